"""The enquiry inbox's widgets on the admin's front page, and its numbers for the statistics."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core import dashboard, statistics

from .models import Enquiry

LATEST = 5


@dashboard.widget(
    title=_("New enquiries"), permission="contact.view_enquiry", order=10, attention=True
)
def new_enquiries(request):
    new = Enquiry.objects.filter(status=Enquiry.Status.NEW)
    latest = new.only("pk", "name", "topic_name", "created_at")[:LATEST]
    return {
        "count": new.count(),
        "entries": dashboard.links_to_change(latest, time=lambda enquiry: enquiry.created_at),
        "link": reverse("admin:contact_enquiry_changelist") + "?tila=uusi",
        "link_text": _("Open the inbox"),
        "empty": _("No new enquiries."),
    }


@dashboard.widget(
    title=_("Enquiries whose email failed"),
    permission="contact.view_enquiry",
    order=20,
    attention=True,
)
def failed_enquiries(request):
    count = Enquiry.objects.unsent().count()
    return {
        "count": count,
        "link": reverse("admin:contact_enquiry_changelist") + "?tila=epaonnistui",
        "link_text": _("Show them and resend"),
        "empty": _("Every enquiry has reached staff by email."),
        "alert": count > 0,
    }


statistics.register(
    statistics.Series(
        name="enquiries",
        title=_("Enquiries"),
        permission="contact.view_enquiry",
        queryset=lambda: Enquiry.objects.exclude(status=Enquiry.Status.SPAM),
        date_field="created_at",
        group_field="topic_name",
    )
)
