"""A real SMTP server on 127.0.0.1 for the tests (aiosmtpd), recording what it receives."""

import asyncio
import email
import email.policy
import socket

from aiosmtpd.controller import Controller


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RecordingHandler:
    def __init__(self, delay=0):
        self.messages = []
        self.delay = delay

    async def handle_DATA(self, server, session, envelope):
        if self.delay:
            await asyncio.sleep(self.delay)  # a slow server: the sender waits for its answer
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.messages.append((envelope.rcpt_tos, message))
        return "250 Message accepted for delivery"


class RefusingHandler(RecordingHandler):
    """A server that refuses the given recipients, naming each in its answer (as servers do)."""

    def __init__(self, refused, delay=0):
        super().__init__(delay)
        self.refused = set(refused)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refused:
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
        envelope.rcpt_tos.append(address)
        return "250 OK"


def send_email_to(settings, port):
    """Send Django's email by SMTP to the local server on ``port`` (pytest-django's settings)."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 2


class SMTPServer:
    """Start and stop a local SMTP server on a fixed port (refusing ``refuse``, if given)."""

    def __init__(self, port, delay=0, refuse=()):
        self.port = port
        self.handler = RefusingHandler(refuse, delay) if refuse else RecordingHandler(delay)
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


class SilentServer:
    """A mail server that accepts connections and never answers (hung, or a black hole)."""

    def __init__(self, port):
        self.port = port
        self._socket = None

    def start(self):
        self._socket = socket.socket()
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind(("127.0.0.1", self.port))
        # Connections complete in the backlog and are never accepted: no greeting ever comes.
        self._socket.listen(64)

    def stop(self):
        if self._socket is not None:
            self._socket.close()
            self._socket = None
