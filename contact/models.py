import logging
import smtplib
from datetime import timedelta

from django.conf import settings
from django.core.mail import BadHeaderError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from services.models import SupervisionForm

from . import emails

logger = logging.getLogger(__name__)

# What can go wrong while handing a message to the mail server.
SEND_ERRORS = (smtplib.SMTPException, OSError, BadHeaderError, ValueError)


class EnquiryQuerySet(models.QuerySet):
    def unsent(self):
        """Return the enquiries whose staff notification has not been delivered yet."""
        return self.filter(notified_at__isnull=True).exclude(status=Enquiry.Status.SPAM)

    def send_pending(self):
        """Send each unsent enquiry's notification once; return the (sent, failed) counts."""
        sent = failed = 0
        for pk in self.unsent().order_by("created_at").values_list("pk", flat=True):
            with transaction.atomic():
                # Lock the row where the database can, so that two overlapping runs
                # never send the same enquiry twice.
                enquiry = self.unsent().select_for_update(skip_locked=True).filter(pk=pk).first()
                if enquiry is None:
                    continue
                if enquiry.notify_staff():
                    sent += 1
                else:
                    failed += 1
        return sent, failed

    def expired(self, now=None):
        """Return the enquiries older than the retention period (ENQUIRY_RETENTION_DAYS)."""
        now = now or timezone.now()
        return self.filter(created_at__lt=now - timedelta(days=settings.ENQUIRY_RETENTION_DAYS))


class Enquiry(models.Model):
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

    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("email"), max_length=254)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
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
    def notification_failed(self):
        return self.notified_at is None and self.status != self.Status.SPAM

    def notify_staff(self):
        """
        Email this enquiry to CONTACT_RECIPIENTS and record the outcome.

        Never raises for a mail failure: the enquiry stays saved and is marked unsent with the
        error, so that `send_pending_enquiries` or the admin can send it later.
        """
        self.notify_attempts += 1
        try:
            emails.send_enquiry_notification(self)
        except SEND_ERRORS as error:
            logger.exception("Could not email enquiry %s to staff", self.pk)
            self.notify_error = f"{type(error).__name__}: {error}"[:1000]
            self.save(update_fields=["notify_attempts", "notify_error"])
            return False
        self.notified_at = timezone.now()
        self.notify_error = ""
        self.save(update_fields=["notify_attempts", "notify_error", "notified_at"])
        return True

    def confirm_to_sender(self):
        """Send the sender a fixed acknowledgement: none of the text they typed is repeated."""
        try:
            emails.send_enquiry_confirmation(self)
        except SEND_ERRORS:
            logger.exception("Could not send the confirmation for enquiry %s", self.pk)

    def notify_after_commit(self):
        """Send the emails once the enquiry is safely stored."""

        def send():
            self.notify_staff()
            if settings.CONTACT_SEND_CONFIRMATION:
                self.confirm_to_sender()

        transaction.on_commit(send)

    def mark_handled(self):
        self.status = self.Status.HANDLED
        self.handled_at = timezone.now()
        self.save(update_fields=["status", "handled_at"])

    def mark_spam(self):
        self.status = self.Status.SPAM
        self.save(update_fields=["status"])
