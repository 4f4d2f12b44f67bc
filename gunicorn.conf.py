"""Gunicorn settings, read from the environment: `gunicorn -c gunicorn.conf.py`."""

import multiprocessing
import os

wsgi_app = "tyonohjaus.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = timeout
keepalive = 5
# Recycle workers now and then, so that a slow leak can never grow without bound; rarely,
# because a fresh worker imports the whole site again (about 0.6 s of CPU). At 2,000 requests a
# busy worker spent a third of its time restarting (`make bench`: cached pages 0.50 -> 0.73x the
# floor, their p99 from about 450 ms to 4 ms, once it was 100,000).
max_requests = 100_000
max_requests_jitter = 10_000

# Only these addresses may tell gunicorn, with X-Forwarded-Proto, that the visitor used HTTPS:
# the TLS proxy in front of the app (on the same host by default).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# The error log to standard error, for systemd's journal or any log collector. The access log
# is written where every request arrives, by the proxy in front (deploy/nginx.conf and
# deploy/Caddyfile, their secret tokens and query strings masked): a second line a request
# from the app cost about a sixth of a cached page's time (README, make bench). A deployment
# with no proxy that logs sets GUNICORN_ACCESS_LOG=1 for this one, to standard output.
accesslog = "-" if os.environ.get("GUNICORN_ACCESS_LOG") == "1" else None
errorlog = "-"
# No query string and no referer in the access log: they carry what people typed (an admin
# search for an email address, say). The path, status, size, time in ms and user agent stay.
access_log_format = '%(h)s %(l)s %(u)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(b)s %(M)sms "%(a)s"'
# And every line, access and error, goes through the app's one mask (core/logging.py): control
# characters escaped, email addresses, admin searches and the secret tokens of addresses masked.
logger_class = "core.logging.GunicornLogger"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")

# gunicorn's control socket (for `gunicornc`) is one path per user by default, so two instances
# on one machine (a second site, `make serve` beside a test run) would share it. Nothing here
# uses it: off, unless GUNICORN_CONTROL_SOCKET names a socket of this instance's own.
if os.environ.get("GUNICORN_CONTROL_SOCKET"):
    control_socket = os.environ["GUNICORN_CONTROL_SOCKET"]
else:
    control_socket_disable = True
