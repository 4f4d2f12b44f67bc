import logging
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core import outbox, retention
from core.languages import client_language_field
from core.models import ClientDetails
from services.models import SupervisionForm
from supervisors.models import Supervisor

from . import emails

logger = logging.getLogger(__name__)

# What staff read about a failed notification, by the kind of error recorded (notify_error
# keeps the technical text, shown to superusers only).
DELIVERY_PROBLEMS = [
    (
        ("ValueError: CONTACT_RECIPIENTS",),
        _(
            "The site has no address to send enquiries to. Ask the site's administrator to "
            "set the staff email address."
        ),
    ),
    (
        ("SMTPAuthenticationError",),
        _("The site could not log in to the mail server. Ask the site's administrator."),
    ),
    (
        ("SMTPRecipientsRefused", "SMTPSenderRefused", "SMTPDataError"),
        _("The mail server refused the message."),
    ),
    (
        (
            "SMTPConnectError",
            "SMTPServerDisconnected",
            "ConnectionRefusedError",
            "ConnectionResetError",
            "TimeoutError",
            "gaierror",
            "OSError",
            "socket",
        ),
        _("The mail server could not be reached."),
    ),
]


class EnquiryQuerySet(models.QuerySet):
    def unsent(self):
        """Return the enquiries whose staff notification has not been delivered yet."""
        return self.filter(notified_at__isnull=True).exclude(status=Enquiry.Status.SPAM)

    def _notification_claim(self):
        return outbox.Lease(self.unsent(), "notify_claimed_until", attempts="notify_attempts")

    def claim_notification(self, pk):
        """
        Take the right to send enquiry ``pk``'s notification, in one UPDATE statement.

        The database lets exactly one of any number of simultaneous claimants change the row,
        so the request path, the worker, the admin and the retry command can never send the
        same enquiry twice. A claim lapses after NOTIFY_CLAIM_SECONDS, so that an enquiry
        whose sender died is not stuck.
        """
        return self._notification_claim().take(pk)

    def deliver_notification(self, pk):
        """
        Email enquiry ``pk`` to CONTACT_RECIPIENTS unless it is sent or being sent already.

        Never called inside a transaction: the claim and the outcome are each committed at
        once, and no database lock is held while the mail server is talked to. A mail failure
        is recorded on the enquiry (and retried later), never raised.
        """
        return outbox.deliver(
            pk,
            self._notification_claim(),
            self,
            emails.send_enquiry_notification,
            sent=lambda enquiry: {"notified_at": timezone.now()},
            error_field="notify_error",
            log=(logger, "Could not email enquiry %s to staff"),
        )

    def deliver_confirmation(self, pk):
        """
        Send enquiry ``pk``'s sender the fixed acknowledgement, at most once.

        The mark is set before sending: a courtesy message lost to a failing mail server is
        better than one sent twice.
        """
        return outbox.deliver(
            pk,
            outbox.MarkFirst(
                self.filter(confirmed_at__isnull=True).exclude(status=Enquiry.Status.SPAM),
                "confirmed_at",
            ),
            self,
            emails.send_enquiry_confirmation,
            log=(logger, "Could not send the confirmation for enquiry %s"),
        )

    def send_pending(self):
        """Send each unsent enquiry's notification once; return the (sent, failed) counts."""
        return outbox.counts(
            [
                self.deliver_notification(pk)
                for pk in self.unsent().order_by("created_at").values_list("pk", flat=True)
            ]
        )

    def expired(self, now=None):
        """Return the enquiries older than the retention period (ENQUIRY_RETENTION_DAYS)."""
        now = now or timezone.now()
        return self.filter(created_at__lt=now - timedelta(days=settings.ENQUIRY_RETENTION_DAYS))

    def purge_expired(self, now=None):
        """
        Delete the expired enquiries and every trace of them in the admin's change log.

        The log keeps each object's name (``object_repr``), so its entries for enquiries go
        with them: those of the expired ones, and any older than the retention period (of
        enquiries staff deleted themselves). Return the number of enquiries deleted.
        """
        now = now or timezone.now()
        cutoff = now - timedelta(days=settings.ENQUIRY_RETENTION_DAYS)
        deleted, _rows = retention.delete_with_log_entries(
            self.expired(now), log_entries_before=cutoff
        )
        return deleted


class Enquiry(ClientDetails):
    """A message a visitor sent with the contact form ("Laita viestiä")."""

    class Status(models.TextChoices):
        NEW = "new", _("New")
        HANDLED = "handled", _("Handled")
        SPAM = "spam", _("Spam")

    class Delivery(models.TextChoices):
        ON_SITE = "on_site", _("On site")
        REMOTE = "remote", _("Remote")
        EITHER = "either", _("Either suits")

    class ContactMethod(models.TextChoices):
        EMAIL = "email", _("Email")
        PHONE = "phone", _("Phone")

    topic = models.ForeignKey(
        SupervisionForm,
        verbose_name=_("form of supervision"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="enquiries",
    )
    # The topic's name when the enquiry was sent: kept even if the form is renamed or deleted.
    topic_name = models.CharField(_("topic"), max_length=100, blank=True)
    supervisor = models.ForeignKey(
        Supervisor,
        verbose_name=_("supervisor"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="enquiries",
    )
    # The supervisor's name when the enquiry was sent: kept if the profile is renamed or deleted.
    supervisor_name = models.CharField(_("supervisor"), max_length=100, blank=True)
    group_size = models.PositiveSmallIntegerField(_("group size"), null=True, blank=True)
    delivery = models.CharField(
        _("on site or remote"), max_length=20, choices=Delivery.choices, default=Delivery.EITHER
    )
    contact_method = models.CharField(
        _("preferred contact method"),
        max_length=20,
        choices=ContactMethod.choices,
        default=ContactMethod.EMAIL,
    )
    message = models.TextField(_("message"), max_length=5000)
    map_summary = models.TextField(
        _("work community map"),
        blank=True,
        help_text=_("The map the sender chose to attach, with the address to open it."),
    )

    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.NEW, db_index=True
    )
    staff_notes = models.TextField(
        _("staff notes"), blank=True, help_text=_("Internal notes; never shown to the sender.")
    )
    created_at = models.DateTimeField(_("sent"), default=timezone.now, db_index=True)
    handled_at = models.DateTimeField(_("handled"), null=True, blank=True)
    notified_at = models.DateTimeField(_("staff notified"), null=True, blank=True)
    notify_attempts = models.PositiveSmallIntegerField(_("notification attempts"), default=0)
    notify_error = models.TextField(_("notification error"), blank=True)
    # Who may send the notification right now: set by the one sender that claimed it.
    notify_claimed_until = models.DateTimeField(
        _("notification being sent until"), null=True, blank=True, editable=False
    )
    confirmed_at = models.DateTimeField(_("confirmation sent"), null=True, blank=True)
    # The form showing's own key: the same form sent twice stores one enquiry.
    submission_key = models.CharField(
        _("submission key"), max_length=32, unique=True, null=True, blank=True, editable=False
    )

    # The language the client used on the site: what is sent to them speaks it.
    language = client_language_field()

    objects = EnquiryQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("enquiry")
        verbose_name_plural = _("enquiries")

    def __str__(self):
        return f"{self.name} ({self.topic_label})"

    @property
    def topic_label(self):
        return self.topic_name or str(_("Not sure yet"))

    @property
    def supervisor_label(self):
        return self.supervisor_name or str(_("No preference"))

    @property
    def notification_failed(self):
        return self.notified_at is None and self.status != self.Status.SPAM

    @property
    def delivery_problem(self):
        """A staff member's explanation of why the notification failed ("" if it did not)."""
        if not self.notify_error:
            return ""
        for prefixes, explanation in DELIVERY_PROBLEMS:
            if self.notify_error.startswith(prefixes):
                return str(explanation)
        return str(_("The email could not be sent."))

    def mark_handled(self):
        self.status = self.Status.HANDLED
        self.handled_at = timezone.now()
        self.save(update_fields=["status", "handled_at"])

    def mark_spam(self):
        self.status = self.Status.SPAM
        self.save(update_fields=["status"])
