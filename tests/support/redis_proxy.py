"""
A TCP proxy in front of the real Redis (127.0.0.1:6379) that a test can take down.

So that a site started against a working Redis can then see it go away while it runs: the
proxy stops listening and cuts every open connection (``go_down``), or keeps every connection
open but never answers again (``go_silent``), like a Redis host that hangs.
"""

import contextlib
import os
import socket
import threading
from urllib.parse import urlsplit

from tests.support.smtp import free_port

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379")


def redis_available():
    parts = urlsplit(REDIS_URL)
    try:
        with socket.create_connection((parts.hostname, parts.port or 6379), timeout=1):
            return True
    except OSError:
        return False


class RedisProxy:
    def __init__(self):
        parts = urlsplit(REDIS_URL)
        self.upstream = (parts.hostname, parts.port or 6379)
        self.port = free_port()
        self.silent = False
        self._listener = None
        self._sockets = []
        self._lock = threading.Lock()

    def url(self, database):
        return f"redis://127.0.0.1:{self.port}/{database}"

    def start(self):
        self._listener = socket.create_server(("127.0.0.1", self.port))
        threading.Thread(target=self._accept, args=(self._listener,), daemon=True).start()
        return self

    def go_silent(self):
        """Keep every connection open, and accept new ones, but never answer again."""
        self.silent = True

    def go_down(self):
        """Refuse every connection, and cut the open ones."""
        listener, self._listener = self._listener, None
        if listener is not None:
            # shutdown() wakes the thread blocked in accept(); close() alone would not.
            with contextlib.suppress(OSError):
                listener.shutdown(socket.SHUT_RDWR)
            listener.close()
        self._cut_connections()

    stop = go_down

    def _cut_connections(self):
        with self._lock:
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def _track(self, sock):
        with self._lock:
            self._sockets.append(sock)

    def _accept(self, listener):
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            self._track(client)
            if self.silent:
                continue
            upstream = socket.create_connection(self.upstream)
            self._track(upstream)
            for source, target in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(source, target), daemon=True).start()

    def _pump(self, source, target):
        try:
            while data := source.recv(65536):
                if not self.silent:
                    target.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, target):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
