"""A real SMTP server on 127.0.0.1 for the tests (aiosmtpd), recording what it receives."""

import email
import email.policy
import socket

from aiosmtpd.controller import Controller


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RecordingHandler:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.messages.append((envelope.rcpt_tos, message))
        return "250 Message accepted for delivery"


class SMTPServer:
    """Start and stop a local SMTP server on a fixed port."""

    def __init__(self, port):
        self.port = port
        self.handler = RecordingHandler()
        self._controller = None

    @property
    def messages(self):
        return self.handler.messages

    def start(self):
        self._controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)
        self._controller.start()

    def stop(self):
        if self._controller is not None:
            self._controller.stop()
            self._controller = None
