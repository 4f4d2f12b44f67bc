"""Bookings on the admin's front page (upcoming first conversations) and in the statistics."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core import dashboard, statistics

from .models import Booking

LATEST = 5


@dashboard.widget(
    title=_("Upcoming first conversations"),
    permission="booking.view_booking",
    order=15,
    attention=True,
)
def upcoming_bookings(request):
    upcoming = Booking.objects.active().upcoming().order_by("start")
    return {
        "count": upcoming.count(),
        "entries": dashboard.links_to_change(upcoming.only("pk", "start", "name")[:LATEST]),
        "link": reverse("admin:booking_booking_changelist"),
        "link_text": _("All bookings"),
        "empty": _("No first conversations are booked."),
    }


@dashboard.widget(
    title=_("Bookings whose email failed"),
    permission="booking.view_booking",
    order=25,
    attention=True,
)
def failed_bookings(request):
    count = Booking.objects.any_unsent().count()
    return {
        "count": count,
        "link": reverse("admin:booking_booking_changelist") + "?milloin=kaikki",
        "link_text": _("Show the bookings and resend"),
        "empty": _("Every booking's invitations have been emailed."),
        "alert": count > 0,
    }


statistics.register(
    statistics.Series(
        name="bookings",
        title=_("Booked first conversations"),
        permission="booking.view_booking",
        queryset=lambda: Booking.objects.all(),
        date_field="created_at",
        group_field="topic_name",
    )
)
