import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _
from django_tasks_db.models import DBTaskResult

from .logging import mask
from .url_tokens import token_hash


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


class TwoFactorInvitationQuerySet(models.QuerySet):
    def issue(self, user, invited_by=None, now=None):
        """
        Invite ``user`` to set up two-factor login; return the link's token (shown once).

        Any earlier invitation of theirs stops working: one link is valid at a time.
        """
        now = now or timezone.now()
        token = secrets.token_urlsafe(32)
        with transaction.atomic():
            self.filter(user=user).delete()
            self.create(
                user=user,
                invited_by=invited_by,
                token_hash=token_hash(token),
                expires_at=now + TwoFactorInvitation.LIFETIME,
            )
        return token

    def valid(self, now=None):
        return self.filter(expires_at__gt=now or timezone.now())

    def open(self, token, user, now=None):
        """
        Use the invitation ``token`` for ``user``, once: return it, or raise
        ``TwoFactorInvitation.DoesNotExist`` (no such link for this user) or
        ``TwoFactorInvitation.Spent`` (opened before, or expired).
        """
        now = now or timezone.now()
        invitation = self.get(token_hash=token_hash(token), user=user)
        # One statement: of two sessions opening the same link at once, one gets it.
        opened = self.valid(now).filter(pk=invitation.pk, opened_at=None).update(opened_at=now)
        if not opened:
            raise TwoFactorInvitation.Spent
        return invitation


class TwoFactorInvitation(models.Model):
    """
    A superuser's one-time link that lets one staff member set up two-factor login.

    Only its hash is stored. The staff member opens it once, logged in with their password,
    in the session that then enrols; it expires after ``LIFETIME`` in any case.
    """

    LIFETIME = timedelta(days=3)

    class Spent(Exception):
        """The invitation was opened before, or has expired."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires"))
    opened_at = models.DateTimeField(_("opened"), null=True, blank=True)

    objects = TwoFactorInvitationQuerySet.as_manager()

    class Meta:
        verbose_name = _("two-factor set-up link")
        verbose_name_plural = _("two-factor set-up links")

    def __str__(self):
        return str(self.user)


class TranslationReview(models.Model):
    """
    A staff member's word that an item's Swedish or English texts say what its Finnish ones
    say (core.translations): it holds while the texts are as they were when it was given (the
    fingerprint), so an edit of either language makes the translation unreviewed again.
    """

    content_type = models.ForeignKey(
        "contenttypes.ContentType", on_delete=models.CASCADE, verbose_name=_("content type")
    )
    object_id = models.CharField(_("item"), max_length=64)
    language = models.CharField(_("language"), max_length=8)
    fingerprint = models.CharField(_("texts reviewed"), max_length=64)
    reviewed_at = models.DateTimeField(_("reviewed"), default=timezone.now)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reviewed by"),
    )

    class Meta:
        verbose_name = _("translation review")
        verbose_name_plural = _("translation reviews")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "language"], name="one_review_per_language"
            )
        ]

    def __str__(self):
        return f"{self.content_type} {self.object_id} ({self.language})"


class SelfServiceLink(models.Model):
    """
    A client's record they manage through a link of its own (a booking, an event
    registration): the link's token is derived from ``manage_key`` and the site's secret key
    under the subclass's ``manage_salt``, and only its hash is stored and looked up, so a copy
    of the database opens nothing. A new key makes every older link stop working.
    """

    manage_salt = None  # "booking.manage"
    manage_url_name = None  # the page the link opens: "booking:manage"

    manage_key = models.CharField(max_length=32, editable=False)
    manage_token_hash = models.CharField(max_length=64, unique=True, editable=False)

    class Meta:
        abstract = True

    def new_manage_key(self):
        self.manage_key = secrets.token_hex(16)
        self.manage_token_hash = token_hash(self.manage_token)

    @property
    def manage_token(self):
        return salted_hmac(self.manage_salt, self.manage_key, algorithm="sha256").hexdigest()

    def manage_url(self):
        return settings.SITE_URL.rstrip("/") + reverse(
            self.manage_url_name, args=[self.manage_token]
        )

    @classmethod
    def by_manage_token(cls, queryset, token):
        """The record of ``queryset`` the link's ``token`` opens, or None."""
        return queryset.filter(manage_token_hash=token_hash(token)).first()


class WorkflowFields(models.Model):
    """
    A model whose state and counters only its workflow changes, by conditional UPDATEs: saving
    a loaded instance again (the admin's change form) writes back only the fields staff edit
    (and ``auto_now`` times), never a count or a state another request changed meanwhile.
    """

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self._state.adding and kwargs.get("update_fields") is None:
            kwargs["update_fields"] = [
                field.name
                for field in self._meta.concrete_fields
                if not field.primary_key and (field.editable or getattr(field, "auto_now", False))
            ]
        super().save(*args, **kwargs)


class StoredAnswerCode(models.Model):
    """
    One person's single-use answer code (core.answer_codes), as its keyed digest: what finds
    the survey or round it answers. Nothing here says whether it has been used, and no answer
    refers to a code: an answer cannot be tied to the code it came with.
    """

    digest = models.CharField(max_length=64, unique=True)

    class Meta:
        abstract = True
        verbose_name = _("answer code")
        verbose_name_plural = _("answer codes")

    def __str__(self):
        return str(_("Answer code %(number)s") % {"number": self.pk})


class ClientDetails(models.Model):
    """
    How to reach the client who sent a form (an enquiry, a booking), as they wrote it and
    ``core.client_forms.ClientDetailsForm`` cleaned it: personal data, kept only as long as the
    record that holds it (see its retention).
    """

    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("email"), max_length=254)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)

    class Meta:
        abstract = True
