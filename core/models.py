from django.db import models
from django.utils.translation import gettext_lazy as _
from django_tasks_db.models import DBTaskResult

from .logging import mask


class RateCounter(models.Model):
    """
    How many times one key has acted in its current period (see core.ratelimit).

    The key is a keyed hash (of a client address, say), never the value itself. A period
    starts with the key's first action after the previous one ended; rows whose period is
    over are deleted by `purge_enquiries`.
    """

    key = models.CharField(_("key"), max_length=80, unique=True)
    count = models.PositiveIntegerField(_("count"), default=0)
    expires_at = models.DateTimeField(_("period ends"), db_index=True)

    class Meta:
        verbose_name = _("rate counter")
        verbose_name_plural = _("rate counters")

    def __str__(self):
        return f"{self.key}: {self.count}"


class WorkerHeartbeat(models.Model):
    """
    A running task worker as it last reported itself (core.worker), for /healthz.

    Each worker process updates its own row every WORKER_HEARTBEAT_SECONDS and deletes it
    when it stops; a row not updated for WORKER_STALE_SECONDS is a worker that died.
    """

    worker_id = models.CharField(_("worker"), max_length=64, primary_key=True)
    queues = models.CharField(_("queues"), max_length=200)
    host = models.CharField(_("host"), max_length=200)
    pid = models.PositiveIntegerField(_("process"))
    started_at = models.DateTimeField(_("started"))
    seen_at = models.DateTimeField(_("last seen"), db_index=True)

    class Meta:
        verbose_name = _("task worker")
        verbose_name_plural = _("task workers")

    def __str__(self):
        return f"{self.host}:{self.pid} ({self.queues})"

    @property
    def queue_names(self):
        return self.queues.split(",")


class PrivateTaskResult(DBTaskResult):
    """
    A queued task's record that keeps no email address in a failure's text.

    The worker (core.worker) records every task through this proxy: a mail server's refusal
    names the address it refused, and the task table is read by whoever runs the site.
    """

    class Meta:
        proxy = True

    def save(self, *args, **kwargs):
        self.traceback = mask(self.traceback)
        super().save(*args, **kwargs)
