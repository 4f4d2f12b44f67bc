"""
Booking a free first conversation, and the client's own link to cancel or move it.

The free times come from the cache (booking.slots), never older than the calendar rows each
request reads, so a booked time disappears at once. The list and the form for a free time are
then served as rendered once (``core.page_cache.serve_with_fresh_parts``) under a name made of
everything they show: the choices, the calendars' rows (each change deciding free times gives
its calendar a new ``free_times_version``), and the free times themselves as this request
found them, after the minimum notice; the form's CSRF and form tokens are written in afresh
for every visitor. So a cached page is never older than the request's own reading of the
calendars. The list and the form are then also kept whole for early answers
(core.page_cache), under the free times' stamp read before the calendars
(``booking.models.free_times_stamp``, replaced once any calendar's change commits) and until
the clock alone changes them. A page with a map attached is personal and rendered every time.
The client's own link and the calendar feed are secret addresses: their pages send no Referer
onward and are never indexed (core/token_pages.py).
"""

import hashlib
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
from core import page_cache
from core.token_pages import token_page
from core.translations import in_finnish
from services.choices import published_topics
from services.models import SupervisionForm
from supervisors.choices import published_supervisors
from supervisors.matching import known_sector, ranked, sector_choices

from . import invites, rules
from .forms import BookingForm, format_time, parse_time
from .models import (
    FREE_TIMES_STAMP_KEY,
    Booking,
    Calendar,
    channel_name,
    free_times_stamp,
    token_hash,
)
from .slots import (
    bookable_calendars,
    by_time,
    changes_with_the_clock_at,
    free_slots,
    within_reach,
)
from .timefmt import HELSINKI, clock, long_day_label, slot_label, week_label
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


def _sector(request):
    """The client's sector (``?ala=``) when it is one of the choices, else ""."""
    return known_sector(request.GET.get("ala") or request.POST.get("ala") or "")


def _calendars(topic_slug, supervisor_slug, sector=""):
    """
    The calendars a time may be booked from, the best suited supervisor's first
    (supervisors.matching: the client's sector and form of supervision), so that with no
    preference each time goes to the best suited supervisor free then.
    """
    # The published choices are cached for the content version: naming them costs no query.
    topic_id = dict(published_topics()["by_slug"]).get(topic_slug) if topic_slug else None
    supervisor_ids = None
    if supervisor_slug:
        found = dict(published_supervisors()["by_slug"]).get(supervisor_slug)
        supervisor_ids = [found] if found is not None else []
    calendars = bookable_calendars(supervisor_ids, topic_id)
    if topic_id is not None:
        calendars = calendars.prefetch_related("supervisor__forms")  # for the matching
    calendars = list(calendars)
    order = ranked([c.supervisor for c in calendars], sector, topic_id)
    position = {supervisor.pk: index for index, supervisor in enumerate(order)}
    return sorted(calendars, key=lambda calendar: position[calendar.supervisor_id])


def _offered_by(calendars, supervisor_ids):
    """The first of ``calendars`` (best suited first) among those free at a time."""
    return next((c for c in calendars if c.supervisor_id in supervisor_ids), None)


def _offer_at(calendars, start):
    """The calendar a booking at ``start`` would be made with, or None when none is free."""
    if start is None:
        return None
    for entry_start, _end, ids in by_time(free_slots(calendars)):
        if entry_start == start:
            return _offered_by(calendars, ids)
    return None


def _overview(calendars):
    """How long the first conversations are and by what channels, before a time is chosen."""
    if not calendars:
        return None
    minutes = sorted({calendar.meeting_minutes for calendar in calendars})
    channels = []
    for calendar in calendars:
        name = channel_name(calendar.mode)
        if name not in channels:
            channels.append(name)
    return {
        "minutes": minutes[0] if len(minutes) == 1 else f"{minutes[0]}–{minutes[-1]}",
        "channels": _(" or ").join(channels),
    }


def _days(entries, calendars=()):
    """Group ``(start, end, ids)`` entries by their Finnish date, each with who offers it."""
    days = {}
    for start, end, ids in entries:
        calendar = _offered_by(calendars, ids)
        days.setdefault(start.astimezone(HELSINKI).date(), []).append(
            {
                "start": start,
                "end": end,
                "value": format_time(start),
                "label": slot_label(start),
                "clock": clock(start),
                "minutes": int((end - start).total_seconds() // 60),
                "channel": calendar.channel if calendar else "",
                "supervisor": calendar.supervisor.name if calendar else "",
            }
        )
    return [
        {"date": day, "label": long_day_label(day), "slots": slots} for day, slots in days.items()
    ]


def _query(topic_slug, supervisor_slug, sector, attached, lead=()):
    """
    The client's choices and the attached map, as a query string for the next link, after the
    ``lead`` pairs (the week, the time) as the page's links write them.
    """
    pairs = [*lead, ("muoto", topic_slug), ("ohjaaja", supervisor_slug), ("ala", sector)]
    return urlencode([(name, value) for name, value in [*pairs, *attached.items()] if value])


def _monday(day):
    return day - timedelta(days=day.weekday())


def _page_name(kind, choices, calendars, slots, *shown):
    """
    A cache name for a booking page: what it shows is decided by the ``choices``, the
    ``calendars`` (their rows, by ``free_times_version``), the free ``slots`` and ``shown``.
    """
    facts = (
        choices,
        [(calendar.pk, calendar.free_times_version) for calendar in calendars],
        [(slot.start.timestamp(), slot.supervisor_id) for slot in slots],
        shown,
    )
    return f"booking-{kind}:{hashlib.sha256(repr(facts).encode()).hexdigest()}"


# The free times in a page's name change whenever the minimum notice passes one of them (every
# few minutes in office hours, with many calendars): older variants are let go soon.
STORED_SECONDS = 15 * 60
TIMES_FRESH = page_cache.FreshParts(csrf=False)
FORM_FRESH = page_cache.FreshParts(
    {"started": lambda request: BookingForm.issue_token()}, early_name="booking.form"
)


@never_cache
@page_cache.pinning_content_version
def times(request):
    """The free times, a week at a time, optionally for one form of supervision or supervisor."""
    # Read before the calendars: a page kept with this stamp is never newer than they are.
    stamp = free_times_stamp()
    topic_slug, supervisor_slug = _filters(request)
    sector = _sector(request)
    # A map the client chose to attach ("Varaa aika ja liitä kartta") rides along to the form.
    map_summary, attached = attached_from(request.GET)
    calendars = _calendars(topic_slug, supervisor_slug, sector)
    slots = free_slots(calendars)
    # Each time's week once (times in order, so a week's times follow each other); only the
    # week shown is merged and grouped by day.
    by_week = {}
    for slot in slots:
        by_week.setdefault(_monday(slot.start.astimezone(HELSINKI).date()), []).append(slot)
    weeks = sorted(by_week)
    try:
        asked = _monday(date.fromisoformat(request.GET.get("viikko", "")))
    except ValueError:
        asked = None
    week = asked if asked in weeks else (weeks[0] if weeks else None)

    def render_page():
        shown = by_time(by_week.get(week, []))
        index = weeks.index(week) if week else 0
        return render(
            request,
            "booking/times.html",
            {
                "all_topics": _named(published_topics()),
                "all_supervisors": _named(published_supervisors()),
                "all_sectors": sector_choices(),
                "topic_slug": topic_slug,
                "supervisor_slug": supervisor_slug,
                "sector": sector,
                "overview": _overview(calendars),
                "days": _days(shown, calendars),
                "week": week,
                "week_label": week_label(week) if week else "",
                "previous_week": weeks[index - 1] if week and index > 0 else None,
                "next_week": weeks[index + 1] if week and index + 1 < len(weeks) else None,
                "has_times": bool(slots),
                "map_summary": map_summary,
                "attached": attached,
                # The choices and the map ride along in the week and time links.
                "query": _query(topic_slug, supervisor_slug, sector, attached),
                # The contact form's own names: it preselects the best suited supervisor too.
                "contact_query": urlencode(
                    [
                        (name, value)
                        for name, value in [
                            ("aihe", topic_slug),
                            ("ala", sector),
                            *attached.items(),
                        ]
                        if value
                    ]
                ),
            },
        )

    if attached:  # a map rides along: personal and rare
        return render_page()
    choices = (topic_slug, supervisor_slug, sector)
    name = _page_name("times", choices, calendars, slots, week)
    response = page_cache.serve_with_fresh_parts(
        request, name, render_page, TIMES_FRESH, STORED_SECONDS
    )
    # Kept whole for early answers to the same address, while no calendar's free times have
    # changed and until the clock alone changes them (the first time passes its notice).
    asked_week = week.isoformat() if week and week == asked else ""
    address = _query(topic_slug, supervisor_slug, sector, {}, lead=[("viikko", asked_week)])
    return page_cache.keep_early_while(
        request,
        response,
        address,
        {FREE_TIMES_STAMP_KEY: stamp},
        changes_with_the_clock_at(calendars, slots),
    )


def _soonest(calendars):
    """The first days' free times, to choose from instead of a time that cannot be booked."""
    return _days(by_time(free_slots(calendars)), calendars)[:3]


def _nearest(calendars, start, exclude=None):
    """The free times nearest to ``start`` (the taken one), first those after it."""
    entries = [e for e in by_time(free_slots(calendars)) if e[0] != exclude]
    entries.sort(key=lambda entry: (entry[0] < start, abs(entry[0] - start)))
    return sorted(entries[:ALTERNATIVES])


def _book_page(request, form, calendars, start, choices, status, **extra):
    """
    The booking form for ``start``: the time, the supervisor who would take it (name, photo,
    channel, length) and until when the client may change it, above the client's details.
    """
    topic_slug, supervisor_slug, sector = choices
    if form.is_bound:
        attached = {name: form.data.get(name) for name in ("kartta", "tiimikartta")}
        map_summary = form.map_summary
    else:
        map_summary, attached = extra.pop("attachment", None) or attached_from(request.GET)
    offer = extra.pop("offer", None)
    if offer is None and start is not None and not extra.get("alternatives"):
        offer = _offer_at(calendars, start)
    return render(
        request,
        "booking/book.html",
        {
            "form": form,
            "start": start,
            "when": slot_label(start) if start else "",
            "value": format_time(start) if start else "",
            "offer": offer,
            "supervisor": offer.supervisor if offer else None,
            "deadline": (
                slot_label(start - timedelta(hours=offer.cancel_deadline_hours)) if offer else ""
            ),
            "topic_slug": topic_slug,
            "supervisor_slug": supervisor_slug,
            "map_summary": map_summary,
            # The free times again, with the same choices and the map still attached.
            "times_query": _query(topic_slug, supervisor_slug, sector, attached),
            **extra,
        },
        status=status,
    )


def _form(*args, **kwargs):
    return BookingForm(*args, sectors=sector_choices(), topics=_named(published_topics()), **kwargs)


def _book(request, calendars, choices):
    """Validate the details and book: the time goes to the supervisor the form showed."""
    topic_slug, _supervisor_slug, sector = choices
    # The form's own field strips the value the same way before reading it.
    offer = _offer_at(calendars, parse_time((request.POST.get("aika") or "").strip()))
    form = _form(request.POST, calendars=calendars, mode=offer.mode if offer else None)
    # The form names the supervisor it showed; other choices may have made another better
    # suited, and the client then confirms the new one before anything is booked.
    shown = request.POST.get("tarjottu")
    rematched = bool(shown and offer and shown != offer.supervisor.slug)
    if not form.is_valid():
        if form.is_spam:
            form.count_submission(request)
        # A time no calendar offers (or none at all) is chosen again from the soonest.
        start = form.cleaned_data.get("aika")
        alternatives = None if start else _soonest(calendars)
        return _book_page(request, form, calendars, start, choices, 400, offer=offer,
                          rematched=rematched, alternatives=alternatives)  # fmt: skip
    start = form.cleaned_data["aika"]
    existing = Booking.objects.filter(submission_key=form.submission_key).first()
    if existing is not None:
        return redirect("booking:manage", existing.manage_token)
    if rematched:
        return _book_page(request, form, calendars, start, choices, 200, offer=offer,
                          rematched=True)  # fmt: skip
    if not form.count_submission(request):
        return _book_page(request, form, calendars, start, choices, HTTP_TOO_MANY_REQUESTS,
                          offer=offer, rate_limited=True)  # fmt: skip
    details = form.details()
    topic = SupervisionForm.objects.published().filter(slug=topic_slug).first()
    details.update(
        topic=topic,
        # Staff read and group bookings by the Finnish name, whatever the client's language.
        topic_name=in_finnish(topic, "name") if topic else "",
        sector=dict(sector_choices()).get(sector, ""),
    )
    try:
        if offer is None:
            raise Conflict
        booking = book([offer], start, details, form.submission_key)
    except Conflict:
        # The time may still be free with another supervisor: offered again, under their name.
        # The calendars are read again, so their free times include the booking that won.
        calendars = _calendars(*choices)
        alternatives = _days(_nearest(calendars, start), calendars)
        return _book_page(request, form, calendars, start, choices, 409,
                          taken=True, alternatives=alternatives)  # fmt: skip
    return redirect(f"{_manage_path(booking)}?vahvistettu=1")


@never_cache
@page_cache.pinning_content_version
def book_time(request):
    """Book the time chosen in the list (``?aika=``): the client's details, then the booking."""
    stamp = free_times_stamp()  # before the calendars, as for the list
    topic_slug, supervisor_slug = _filters(request)
    choices = (topic_slug, supervisor_slug, _sector(request))
    calendars = _calendars(*choices)
    if request.method == "POST":
        return _book(request, calendars, choices)

    start = parse_time(request.GET.get("aika"))
    if start is None:
        return redirect("booking:times")
    attachment = attached_from(request.GET)
    offer = _offer_at(calendars, start)
    form = _form(
        initial={"aika": format_time(start), "ala": choices[2], "muoto": topic_slug,
                 **attachment[1]},
        mode=offer.mode if offer else None,
    )  # fmt: skip
    if offer is not None:

        def render_page():
            return _book_page(request, form, calendars, start, choices, 200, offer=offer,
                              attachment=attachment)  # fmt: skip

        if attachment[1]:  # a map rides along: personal and rare
            return render_page()
        # The offer's calendar and the time decide the rest (the other free times do not show).
        name = _page_name("form", choices, [offer], [], format_time(start))
        response = page_cache.serve_with_fresh_parts(
            request, name, render_page, FORM_FRESH, STORED_SECONDS
        )
        # Kept whole for early answers to the address the list links to, while no calendar's
        # free times have changed and until the time passes its minimum notice.
        address = _query(*choices, {}, lead=[("aika", format_time(start))])
        until = start - timedelta(hours=offer.min_notice_hours)
        return page_cache.keep_early_while(
            request, response, address, {FREE_TIMES_STAMP_KEY: stamp}, until, fresh=FORM_FRESH
        )
    if not within_reach(calendars, start):
        # Past, too soon, beyond every horizon: a time never offered, not a taken one.
        return _book_page(request, form, calendars, None, choices, 404, not_offered=True,
                          alternatives=_soonest(calendars), attachment=attachment)  # fmt: skip
    alternatives = _days(_nearest(calendars, start, exclude=start), calendars)
    return _book_page(request, form, calendars, start, choices, 200, taken=True,
                      alternatives=alternatives, attachment=attachment)  # fmt: skip


def _manage_path(booking):
    return reverse("booking:manage", args=[booking.manage_token])


def _booking_for(token):
    return Booking.by_manage_token(Booking.objects.select_related("supervisor"), token)


def _link_problem(request, booking, problem, status):
    response = render(
        request, "booking/link_problem.html", {"booking": booking, "problem": problem},
        status=status,
    )  # fmt: skip
    return response


def _move_choices(booking):
    calendar = Calendar.objects.filter(supervisor_id=booking.supervisor_id).first()
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
def cancel_booking(request, token):
    """
    Ask once more, then cancel: viewing the question changes nothing (mail scanners open
    links), and only the confirmation's POST (``vahvista``) cancels.
    """
    booking, problem = _changeable_booking(request, token)
    if problem is not None:
        return problem
    if request.method != "POST" or request.POST.get("vahvista") != "1":
        return render(request, "booking/cancel_confirm.html", {
            "booking": booking, "token": token, "when": slot_label(booking.start),
        })  # fmt: skip
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
