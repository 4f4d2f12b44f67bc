"""Coming events with their free places on the admin's front page, and registrations in the
statistics."""

from django.db.models import Count, Q
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core import dashboard, statistics

from .models import Event, Registration

SHOWN = 5


def _sees_events(user):
    return user.has_perm("events.view_event") or user.has_perm("events.view_registration")


@dashboard.widget(title=gettext_lazy("Coming events"), permission=_sees_events, order=17)
def coming_events(request):
    # The coming events are few: read at once, counted here.
    coming = list(
        Event.objects.coming()
        .exclude(status=Event.Status.CANCELLED)
        .order_by("starts_at")
        .annotate(waiting=Count("registrations", filter=Q(registrations__status="waitlisted")))
    )
    may_edit = request.user.has_perm("events.view_event")
    entries = []
    for event in coming[:SHOWN]:
        text = _("%(title)s: %(left)d of %(places)d places free") % {
            "title": event.title,
            "left": event.places_left,
            "places": event.places,
        }
        if event.waiting:
            text += ", " + _("%(count)d on the waitlist") % {"count": event.waiting}
        if not event.published:
            text += " " + _("(not published)")
        if may_edit:
            url = reverse("admin:events_event_change", args=[event.pk])
        else:
            url = reverse("admin:events_registration_changelist") + f"?event__id__exact={event.pk}"
        entries.append({"url": url, "text": text})
    return {
        "count": len(coming),
        "entries": entries,
        "link": reverse(
            "admin:events_event_changelist" if may_edit else "admin:events_registration_changelist"
        ),
        "link_text": _("All events") if may_edit else _("All registrations"),
        "empty": _("No events are coming."),
    }


statistics.register(
    statistics.Series(
        name="registrations",
        title=gettext_lazy("Event registrations"),
        permission="events.view_registration",
        queryset=lambda: Registration.objects.all(),
        date_field="created_at",
        group_field="event__title_fi",
    )
)
