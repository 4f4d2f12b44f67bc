"""
The task worker that sends the site's email and makes image renditions, and its health.

django-tasks-db's `db_worker` stops for good on the first database error outside a task (a
SQLite lock held longer than the busy timeout, PostgreSQL restarting), and email then piles
up unseen. `manage.py run_worker` runs the same worker (`Worker`) with four additions:

- **It survives the database going away.** An OperationalError or InterfaceError is logged
  (its kind only), the connections are closed, and the worker waits (1 s, doubling up to
  WORKER_MAX_BACKOFF_SECONDS) and goes on. A task that failed on such an error goes back to
  the queue (up to TASK_TRANSIENT_RETRIES runs), as does one whose outcome could not be
  recorded.
- **It reports itself**: a thread updates the worker's `WorkerHeartbeat` row every
  WORKER_HEARTBEAT_SECONDS, during a long task too, and deletes it when the worker stops.
- **It recovers what a dead worker left**: a task still RUNNING under a worker not seen for
  WORKER_STALE_SECONDS goes back to the queue, to run once any outbox claim it took has
  lapsed (NOTIFY_CLAIM_SECONDS after it started), so that its email is sent and recorded.
- **It keeps addresses out of the task table**: a failure's traceback is stored masked
  (`PrivateTaskResult`).

`problems()` is what /healthz reports: a queue that no live worker serves, a task that has
waited longer than its queue's TASK_MAX_WAIT_SECONDS, a task running under a dead worker or
for longer than TASK_MAX_RUN_SECONDS. Each names the task and its queue, never its arguments.
"""

import logging
import os
import socket
import threading
import time
from datetime import timedelta

from django.conf import settings
from django.db import InterfaceError, OperationalError, connections
from django.utils import timezone
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.compat import TaskResultStatus, task_backends
from django_tasks_db.management.commands.db_worker import Worker as DatabaseWorker
from django_tasks_db.models import DBTaskResult, get_date_max

from .models import PrivateTaskResult, WorkerHeartbeat

logger = logging.getLogger(__name__)

# What a database that is locked, restarting or unreachable for a while raises.
TRANSIENT_ERRORS = (OperationalError, InterfaceError)
TRANSIENT_ERROR_PATHS = {f"{error.__module__}.{error.__qualname__}" for error in TRANSIENT_ERRORS}


class Backoff:
    """Delays that double from ``first`` up to ``limit``, and start again after a quiet spell."""

    def __init__(self, first, limit):
        self.first = first
        self.limit = limit
        self._next = first
        self._last_failure = None

    def next(self):
        now = time.monotonic()
        if self._last_failure is not None and now - self._last_failure > 2 * self.limit:
            self._next = self.first
        self._last_failure = now
        delay, self._next = self._next, min(self._next * 2, self.limit)
        return delay


def close_connections():
    """Close this thread's database connections: the next query opens a fresh one."""
    for connection in connections.all(initialized_only=True):
        connection.close()


class Heartbeat:
    """Update a worker's WorkerHeartbeat row from a thread of its own, while the worker runs."""

    def __init__(self, worker_id, queue_names):
        self.worker_id = worker_id
        self.queues = ",".join(queue_names)
        self.started_at = timezone.now()
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._run, name="heartbeat", daemon=True)

    def __enter__(self):
        self.beat_safely()
        self._thread.start()
        return self

    def __exit__(self, *exc_info):
        self._stopped.set()
        self._thread.join()
        try:
            WorkerHeartbeat.objects.filter(worker_id=self.worker_id).delete()
        except TRANSIENT_ERRORS:
            pass  # the row goes stale instead, and is deleted by the next worker
        finally:
            close_connections()

    def _run(self):
        while not self._stopped.wait(settings.WORKER_HEARTBEAT_SECONDS):
            self.beat_safely()

    def beat_safely(self):
        try:
            self.beat()
            recover_orphaned_tasks()
        except TRANSIENT_ERRORS as error:
            logger.warning("The task worker could not report itself (%s)", type(error).__name__)
        finally:
            close_connections()

    def beat(self):
        now = timezone.now()
        if not WorkerHeartbeat.objects.filter(worker_id=self.worker_id).update(seen_at=now):
            WorkerHeartbeat.objects.create(
                worker_id=self.worker_id,
                queues=self.queues,
                host=socket.gethostname()[:200],
                pid=os.getpid(),
                started_at=self.started_at,
                seen_at=now,
            )


def _stale_before(now):
    return now - timedelta(seconds=settings.WORKER_STALE_SECONDS)


def _live_worker_ids(now):
    return set(
        WorkerHeartbeat.objects.filter(seen_at__gte=_stale_before(now)).values_list(
            "worker_id", flat=True
        )
    )


def _orphaned(tasks, now):
    """The RUNNING ``tasks`` whose worker has not been seen for WORKER_STALE_SECONDS."""
    alive = _live_worker_ids(now)
    return [
        task
        for task in tasks.running().filter(started_at__lt=_stale_before(now))
        if not task.worker_ids or task.worker_ids[-1] not in alive
    ]


def recover_orphaned_tasks(now=None):
    """
    Put every task a dead worker left RUNNING back in the queue; return how many.

    It runs again once any outbox claim it took has lapsed, so that an email it was sending
    when its worker died is sent (perhaps again: never lost) and recorded. Heartbeats of
    workers gone for a day are deleted.
    """
    now = now or timezone.now()
    recovered = 0
    for task in _orphaned(DBTaskResult.objects.all(), now):
        lapsed = task.started_at + timedelta(seconds=settings.NOTIFY_CLAIM_SECONDS + 1)
        run_after = max(now, lapsed)
        # Only while it is still the same run: another worker may have recovered it already.
        if (
            DBTaskResult.objects.filter(
                pk=task.pk, status=TaskResultStatus.RUNNING, started_at=task.started_at
            ).update(status=TaskResultStatus.READY, run_after=run_after)
            == 1
        ):
            recovered += 1
            logger.warning(
                "Task %s (%s) was left running by a worker that stopped; it runs again at %s",
                task.task_path,
                task.pk,
                run_after.isoformat(timespec="seconds"),
            )
    WorkerHeartbeat.objects.filter(seen_at__lt=now - timedelta(days=1)).delete()
    return recovered


class Worker(DatabaseWorker):
    """django-tasks-db's worker, which outlives database errors and reports itself."""

    def __init__(self, **options):
        super().__init__(**options)
        # A task claimed by this worker whose outcome could not be recorded.
        self._unrecorded = None

    def run(self):
        backoff = Backoff(1, settings.WORKER_MAX_BACKOFF_SECONDS)
        with Heartbeat(self.worker_id, self.queue_names):
            while True:
                try:
                    self._put_back_unrecorded()
                    return super().run()
                except TRANSIENT_ERRORS as error:
                    if not self.running:
                        return None
                    delay = backoff.next()
                    logger.warning(
                        "The task worker lost the database (%s); trying again in %s s",
                        type(error).__name__,
                        delay,
                    )
                    close_connections()
                    time.sleep(delay)

    def run_task(self, db_task_result):
        db_task_result.__class__ = PrivateTaskResult
        self._unrecorded = db_task_result
        super().run_task(db_task_result)
        self._unrecorded = None
        if (
            db_task_result.status == TaskResultStatus.FAILED
            and db_task_result.exception_class_path in TRANSIENT_ERROR_PATHS
        ):
            self._retry_later(db_task_result)

    def _retry_later(self, db_task_result):
        runs = len(db_task_result.worker_ids)
        if runs >= settings.TASK_TRANSIENT_RETRIES:
            return
        delay = min(2**runs, settings.WORKER_MAX_BACKOFF_SECONDS)
        DBTaskResult.objects.filter(pk=db_task_result.pk).update(
            status=TaskResultStatus.READY, run_after=timezone.now() + timedelta(seconds=delay)
        )
        logger.warning(
            "Task %s (%s) failed on a database error; run %d of %d in %s s",
            db_task_result.task_path,
            db_task_result.pk,
            runs + 1,
            settings.TASK_TRANSIENT_RETRIES,
            delay,
        )

    def _put_back_unrecorded(self):
        task, self._unrecorded = self._unrecorded, None
        if task is not None:
            DBTaskResult.objects.filter(pk=task.pk, status=TaskResultStatus.RUNNING).update(
                status=TaskResultStatus.READY, run_after=timezone.now()
            )


def _database_queue():
    """The default task backend when it queues in the database (else tasks need no worker)."""
    backend = task_backends["default"]
    return backend if isinstance(backend, DatabaseBackend) else None


def _seconds(delta):
    return int(delta.total_seconds())


def problems(now=None):
    """What /healthz reports about the task queue: a list of one-line texts, empty if well."""
    backend = _database_queue()
    if backend is None:
        return []
    now = now or timezone.now()
    tasks = DBTaskResult.objects.filter(backend_name=backend.alias)
    return [
        *_unserved_queues(sorted(backend.queues), now),
        *_waiting_too_long(tasks, sorted(backend.queues), now),
        *_running_too_long(tasks, now),
    ]


def _unserved_queues(queues, now):
    heartbeats = list(WorkerHeartbeat.objects.all())
    served = {
        queue
        for heartbeat in heartbeats
        if heartbeat.seen_at >= _stale_before(now)
        for queue in heartbeat.queue_names
    }
    for queue in queues:
        if queue in served or "*" in served:
            continue
        seen = [
            heartbeat.seen_at
            for heartbeat in heartbeats
            if queue in heartbeat.queue_names or "*" in heartbeat.queue_names
        ]
        last = f"last seen {_seconds(now - max(seen))} s ago" if seen else "never seen"
        yield f"no task worker for queue {queue} ({last})"


def _waiting_too_long(tasks, queues, now):
    for queue in queues:
        oldest = tasks.ready().filter(queue_name=queue).order_by("enqueued_at").first()
        if oldest is None:
            continue
        since = oldest.enqueued_at
        if oldest.run_after != get_date_max():
            since = max(since, oldest.run_after)
        limit = settings.TASK_MAX_WAIT_SECONDS.get(queue, settings.TASK_MAX_WAIT_SECONDS["default"])
        if _seconds(now - since) > limit:
            yield (f"task {oldest.task_path} in queue {queue} has waited {_seconds(now - since)} s")


def _running_too_long(tasks, now):
    orphaned = {task.pk for task in _orphaned(tasks, now)}
    too_long = now - timedelta(seconds=settings.TASK_MAX_RUN_SECONDS)
    for task in tasks.running().order_by("started_at"):
        running = _seconds(now - task.started_at)
        if task.pk in orphaned:
            yield (
                f"task {task.task_path} in queue {task.queue_name} has been running for "
                f"{running} s under a worker that is no longer seen"
            )
        elif task.started_at < too_long:
            yield (
                f"task {task.task_path} in queue {task.queue_name} has been running for {running} s"
            )
