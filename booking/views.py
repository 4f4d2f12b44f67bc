"""
Booking a free first conversation, and the client's own link to cancel or move it.

None of these pages is cached: the free times must be the database's own at every request
(a booked time disappears at once), and the other pages are personal. The client's own link
and the calendar feed are secret addresses: their pages send no Referer onward and are never
indexed (core/token_pages.py).
"""

from datetime import date, timedelta
from urllib.parse import urlencode

from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from community_map.attach import attached_from
from core.token_pages import token_page
from services.choices import published_topics
from services.models import SupervisionForm
from supervisors.choices import published_supervisors
from supervisors.models import Supervisor

from . import invites, rules
from .forms import BookingForm, format_time, parse_time
from .models import Booking, Calendar, token_hash
from .slots import bookable_calendars, by_time, free_slots, within_reach
from .timefmt import HELSINKI, clock, long_day_label, slot_label
from .workflow import Conflict, Refused, book, cancel, move

HTTP_TOO_MANY_REQUESTS = 429
ALTERNATIVES = 6


def _choice(request, name, choices):
    """The slug in ``?name=`` when it is one of ``choices`` (published), else ""."""
    value = request.GET.get(name) or request.POST.get(name) or ""
    return value if value in dict(choices) else ""


def _named(published):
    """``[(slug, name)]`` of a cached published list (services.choices, supervisors.choices)."""
    names = dict(published["choices"])
    return [(slug, names[pk]) for slug, pk in published["by_slug"]]


def _filters(request):
    topics = dict(published_topics()["by_slug"])
    supervisors = dict(published_supervisors()["by_slug"])
    return _choice(request, "muoto", topics), _choice(request, "ohjaaja", supervisors)


def _calendars(topic_slug, supervisor_slug):
    topic = SupervisionForm.objects.published().filter(slug=topic_slug).first()
    supervisor_ids = None
    if supervisor_slug:
        supervisor_ids = list(
            Supervisor.objects.published().filter(slug=supervisor_slug).values_list("pk", flat=True)
        )
    return list(bookable_calendars(supervisor_ids, topic if topic_slug else None))


def _days(entries):
    """Group ``(start, end, ids)`` entries by their Finnish date."""
    days = {}
    for start, end, _ids in entries:
        days.setdefault(start.astimezone(HELSINKI).date(), []).append(
            {
                "start": start,
                "end": end,
                "value": format_time(start),
                "label": slot_label(start),
                "clock": clock(start),
            }
        )
    return [
        {"date": day, "label": long_day_label(day), "slots": slots} for day, slots in days.items()
    ]


def _monday(day):
    return day - timedelta(days=day.weekday())


@never_cache
def times(request):
    """The free times, a week at a time, optionally for one form of supervision or supervisor."""
    topic_slug, supervisor_slug = _filters(request)
    # A map the client chose to attach ("Varaa aika ja liitä kartta") rides along to the form.
    map_summary, attached = attached_from(request.GET)
    calendars = _calendars(topic_slug, supervisor_slug)
    entries = by_time(free_slots(calendars))
    weeks = sorted({_monday(start.astimezone(HELSINKI).date()) for start, _end, _ids in entries})
    try:
        asked = _monday(date.fromisoformat(request.GET.get("viikko", "")))
    except ValueError:
        asked = None
    week = asked if asked in weeks else (weeks[0] if weeks else None)
    shown = [e for e in entries if _monday(e[0].astimezone(HELSINKI).date()) == week]
    index = weeks.index(week) if week else 0
    return render(
        request,
        "booking/times.html",
        {
            "all_topics": _named(published_topics()),
            "all_supervisors": _named(published_supervisors()),
            "topic_slug": topic_slug,
            "supervisor_slug": supervisor_slug,
            "days": _days(shown),
            "week": week,
            "previous_week": weeks[index - 1] if week and index > 0 else None,
            "next_week": weeks[index + 1] if week and index + 1 < len(weeks) else None,
            "has_times": bool(entries),
            "map_summary": map_summary,
            "attached": attached,
            "carry": urlencode(attached),
        },
    )


def _soonest(calendars):
    """The first days' free times, to choose from instead of a time that cannot be booked."""
    return _days(by_time(free_slots(calendars)))[:3]


def _nearest(calendars, start, exclude=None):
    """The free times nearest to ``start`` (the taken one), first those after it."""
    entries = [e for e in by_time(free_slots(calendars)) if e[0] != exclude]
    entries.sort(key=lambda entry: (entry[0] < start, abs(entry[0] - start)))
    return sorted(entries[:ALTERNATIVES])


def _book_page(request, form, calendars, start, topic_slug, supervisor_slug, status, **extra):
    supervisor = calendars[0].supervisor if len(calendars) == 1 else None
    if form.is_bound:
        attached = {name: form.data.get(name) for name in ("kartta", "tiimikartta")}
        map_summary = form.map_summary
    else:
        map_summary, attached = extra.pop("attachment", None) or attached_from(request.GET)
    return render(
        request,
        "booking/book.html",
        {
            "form": form,
            "start": start,
            "when": slot_label(start) if start else "",
            "value": format_time(start) if start else "",
            "supervisor": supervisor,
            "calendar": calendars[0] if len(calendars) == 1 else None,
            "topic_slug": topic_slug,
            "supervisor_slug": supervisor_slug,
            "topic_name": dict(_named(published_topics())).get(topic_slug, ""),
            "map_summary": map_summary,
            # The free times again, with the same choices and the map still attached.
            "times_query": urlencode(
                {
                    name: value
                    for name, value in [
                        ("ohjaaja", supervisor_slug),
                        ("muoto", topic_slug),
                        *attached.items(),
                    ]
                    if value
                }
            ),
            **extra,
        },
        status=status,
    )


@never_cache
def book_time(request):
    """Book the time chosen in the list (``?aika=``): the client's details, then the booking."""
    topic_slug, supervisor_slug = _filters(request)
    calendars = _calendars(topic_slug, supervisor_slug)
    if request.method == "POST":
        form = BookingForm(request.POST, calendars=calendars)
        if not form.is_valid():
            if form.is_spam:
                form.count_submission(request)
            # A time no calendar offers (or none at all) is chosen again from the soonest.
            start = form.cleaned_data.get("aika")
            alternatives = None if start else _soonest(calendars)
            return _book_page(request, form, calendars, start, topic_slug, supervisor_slug, 400,
                              alternatives=alternatives)  # fmt: skip
        start = form.cleaned_data["aika"]
        existing = Booking.objects.filter(submission_key=form.submission_key).first()
        if existing is not None:
            return redirect("booking:manage", existing.manage_token)
        if not form.count_submission(request):
            return _book_page(request, form, calendars, start, topic_slug, supervisor_slug,
                              HTTP_TOO_MANY_REQUESTS, rate_limited=True)  # fmt: skip
        details = form.details()
        topic = SupervisionForm.objects.published().filter(slug=topic_slug).first()
        details.update(topic=topic, topic_name=topic.name if topic else "")
        try:
            booking = book(calendars, start, details, form.submission_key)
        except Conflict:
            alternatives = _days(_nearest(calendars, start, exclude=start))
            return _book_page(request, form, calendars, start, topic_slug, supervisor_slug, 409,
                              taken=True, alternatives=alternatives)  # fmt: skip
        return redirect(f"{_manage_path(booking)}?vahvistettu=1")

    start = parse_time(request.GET.get("aika"))
    if start is None:
        return redirect("booking:times")
    attachment = attached_from(request.GET)
    form = BookingForm(initial={"aika": format_time(start), **attachment[1]})
    free = {entry[0] for entry in by_time(free_slots(calendars))}
    if start in free:
        return _book_page(request, form, calendars, start, topic_slug, supervisor_slug, 200,
                          attachment=attachment)  # fmt: skip
    if not within_reach(calendars, start):
        # Past, too soon, beyond every horizon: a time never offered, not a taken one.
        return _book_page(request, form, calendars, None, topic_slug, supervisor_slug, 404,
                          not_offered=True, alternatives=_soonest(calendars),
                          attachment=attachment)  # fmt: skip
    alternatives = _days(_nearest(calendars, start, exclude=start))
    return _book_page(request, form, calendars, start, topic_slug, supervisor_slug, 200,
                      taken=True, alternatives=alternatives, attachment=attachment)  # fmt: skip


def _manage_path(booking):
    return reverse("booking:manage", args=[booking.manage_token])


def _booking_for(token):
    booking = (
        Booking.objects.select_related("supervisor")
        .filter(manage_token_hash=token_hash(token))
        .first()
    )
    return booking


def _link_problem(request, booking, problem, status):
    response = render(
        request, "booking/link_problem.html", {"booking": booking, "problem": problem},
        status=status,
    )  # fmt: skip
    return response


def _move_choices(booking):
    calendar = (
        Calendar.objects.filter(supervisor_id=booking.supervisor_id)
        .prefetch_related("weekly_hours", "extra_times", "blocked_days")
        .first()
    )
    if calendar is None or not calendar.is_open:
        return None, []
    entries = [e for e in by_time(free_slots([calendar])) if e[0] != booking.start]
    return calendar, _days(entries)


@token_page
def manage(request, token):
    """The client's own page of a booking: its details, and buttons to cancel or move it."""
    booking = _booking_for(token)
    if booking is None:
        return _link_problem(request, None, "invalid", 404)
    if not booking.is_active:
        return _link_problem(request, booking, "cancelled", 410)
    if booking.end <= timezone.now():
        return _link_problem(request, booking, "past", 410)
    changeable = booking.changeable_by_client()
    _calendar, move_days = _move_choices(booking) if changeable else (None, [])
    return render(
        request,
        "booking/manage.html",
        {
            "booking": booking,
            "token": token,
            "when": slot_label(booking.start),
            "just_booked": request.GET.get("vahvistettu") == "1",
            "just_moved": request.GET.get("siirretty") == "1",
            "changeable": changeable,
            "deadline": slot_label(booking.self_service_deadline()),
            "move_days": move_days,
        },
    )


def _changeable_booking(request, token):
    """The booking the client's link names and may still change, or the page explaining why not."""
    booking = _booking_for(token)
    if booking is None:
        return None, _link_problem(request, None, "invalid", 404)
    if not booking.is_active:
        return None, _link_problem(request, booking, "cancelled", 410)
    if not booking.changeable_by_client():
        return None, _link_problem(request, booking, "too_late", 403)
    return booking, None


@token_page
@csrf_exempt  # posted from a page under no-referrer; the token authorises (core/token_pages.py)
@require_POST
def cancel_booking(request, token):
    booking, problem = _changeable_booking(request, token)
    if problem is not None:
        return problem
    if not cancel(booking, Booking.CancelledBy.CLIENT):
        return _link_problem(request, booking, "cancelled", 410)
    return render(request, "booking/cancelled.html", {"booking": booking,
                  "when": slot_label(booking.start)})  # fmt: skip


def _move_refused(request, booking, token, move_days, error, status):
    return render(request, "booking/manage.html", {
        "booking": booking, "token": token, "when": slot_label(booking.start),
        "changeable": True, "deadline": slot_label(booking.self_service_deadline()),
        "move_days": move_days, "move_error": error,
    }, status=status)  # fmt: skip


@token_page
@csrf_exempt  # posted from a page under no-referrer; the token authorises (core/token_pages.py)
@require_POST
def move_booking(request, token):
    booking, problem = _changeable_booking(request, token)
    if problem is not None:
        return problem
    calendar, move_days = _move_choices(booking)
    start = parse_time(request.POST.get("aika"))
    if calendar is None or start is None:
        return _move_refused(request, booking, token, move_days, _("Please choose a time"), 400)
    taken = _("This time was just booked by someone else")
    try:
        moved = move(booking, calendar, start)
    except Refused as refused:
        # Its own time, a past one, …: what the client asked for cannot be; nothing is sent.
        if refused.objection == rules.OVERLAP:
            return _move_refused(request, booking, token, move_days, taken, 409)
        return _move_refused(request, booking, token, move_days, refused.objection.message, 400)
    except Conflict:
        return _move_refused(request, booking, token, move_days, taken, 409)
    return redirect(f"{_manage_path(moved)}?siirretty=1")


@token_page
def feed(request, token):
    """
    A supervisor's upcoming bookings as a calendar to subscribe to (secret address), served
    while whoever made the address may read bookings; otherwise as if it did not exist.
    """
    calendar = (
        Calendar.objects.select_related("supervisor", "feed_issued_to")
        .filter(feed_token_hash=token_hash(token))
        .first()
    )
    if calendar is None or not calendar.feed_is_readable():
        return render(request, "404.html", status=404)
    bookings = (
        Booking.objects.active()
        .filter(supervisor_id=calendar.supervisor_id, end__gt=timezone.now() - timedelta(days=7))
        .select_related("supervisor")
    )
    response = HttpResponse(
        invites.feed(calendar.supervisor, bookings), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = 'inline; filename="ajanvaraukset.ics"'
    return response
