from django.db import models
from django.utils.translation import gettext_lazy as _


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
