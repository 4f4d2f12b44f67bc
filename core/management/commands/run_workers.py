import signal
import subprocess
import sys
import time

from django.conf import settings
from django.core.management.base import BaseCommand
from django_tasks_db.compat import task_backends

from core.worker import Backoff

# How often the supervisor looks at its workers.
POLL_SECONDS = 0.5
# Time a stopping worker gets to finish the task in hand (as systemd's TimeoutStopSec).
STOP_TIMEOUT = 90


class Command(BaseCommand):
    help = (
        "Run one task worker (run_worker) for each queue of the task backend, and start "
        "again any that stops (for make run and make serve; systemd does this in production)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--interval",
            default="1",
            help="How often each worker looks for a task when its queue is empty (seconds).",
        )

    def handle(self, *, interval, **options):
        self.stopping = False
        signal.signal(signal.SIGTERM, self.stop)
        signal.signal(signal.SIGINT, self.stop)
        queues = sorted(task_backends["default"].queues)
        workers = {queue: self.start(queue, interval) for queue in queues}
        backoffs = {queue: Backoff(1, settings.WORKER_MAX_BACKOFF_SECONDS) for queue in queues}
        while not self.stopping:
            for queue, process in workers.items():
                if process.poll() is None:
                    continue
                delay = backoffs[queue].next()
                self.stderr.write(
                    f"The task worker for queue {queue} stopped (exit code "
                    f"{process.returncode}); starting it again in {delay} s."
                )
                time.sleep(delay)
                if not self.stopping:
                    workers[queue] = self.start(queue, interval)
            time.sleep(POLL_SECONDS)
        self.stop_all(workers.values())

    def start(self, queue, interval):
        process = subprocess.Popen(
            [
                sys.executable,
                str(settings.BASE_DIR / "manage.py"),
                "run_worker",
                "--queue-name",
                queue,
                "--interval",
                interval,
            ]
        )
        self.stdout.write(f"Started the task worker for queue {queue} (process {process.pid}).")
        self.stdout.flush()
        return process

    def stop(self, signum, frame):
        self.stopping = True

    def stop_all(self, processes):
        for process in processes:
            if process.poll() is None:
                process.terminate()
        deadline = time.monotonic() + STOP_TIMEOUT
        for process in processes:
            try:
                process.wait(timeout=max(0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
