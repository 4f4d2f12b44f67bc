"""
The coming events, each at its own address with its registration form, and a participant's
own link to their registration.

The list is a cached public page kept until the clock alone changes it (an event ending or
its registration closing). An event's page holds the form: it is rendered once per content
version, with fresh tokens in every response (core.page_cache.cached_form_page), and kept
until registration closes, when it is rendered again without the form. Every
registration, cancellation and promotion starts a new content version (events.workflow), so
the places left shown are current. The participant's link is a secret address
(core/token_pages.py).
"""

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from core import page_cache
from core.languages import current_language
from core.page_cache import cached_form_page, cached_public_page
from core.token_pages import token_page
from core.visibility import visible_to
from services.pages import layout, render_in_layout, visible_page

from . import feeds, workflow
from .forms import PARTICIPANT_FIELDS, RegistrationForm, participant_formset
from .models import LIST_SLUG, Event, Registration

HTTP_TOO_MANY_REQUESTS = 429


@layout(LIST_SLUG)
def event_list_layout(request, page):
    """The coming events, the soonest first; past ones are hidden."""
    events = list(Event.objects.listed().prefetch_related("sessions"))
    for event in events:
        # The list changes when an event ends, and its "registration open" note when it closes.
        page_cache.changes_at(event.ends_at)
        page_cache.changes_at(event.closes_at())
    return "events/list.html", {"page": page, "events": events}


@cached_public_page
def event_list(request):
    page = visible_page(request, LIST_SLUG)
    return render_in_layout(request, page, event_list_layout(request, page))


def _event_at(request, slug):
    found = Event.at_address(
        visible_to(request, Event).prefetch_related("sessions", "leaders", "forms"), slug
    ).first()
    if found is None:
        raise Http404
    return found


def _detail(request, event, form=None, participants=None, status=200, **extra):
    is_open = event.registration_open()
    if is_open:
        # The cached page shows the form until registration closes.
        page_cache.changes_at(event.closes_at())
    full = event.places_left == 0
    if form is None:
        # A full event's form joins the waitlist.
        form = RegistrationForm(paid=not event.is_free, initial={"jonoon": full})
    if participants is None:
        participants = participant_formset(meals=event.meals)
    request.language_item = event  # its addresses in the other languages (core.languages)
    return render(
        request,
        "events/detail.html",
        {
            "event": event,
            "form": form,
            "participants": participants,
            "registration_open": is_open,
            "full": full,
            # The form joins the waitlist: the event is full, or the places ran out meanwhile.
            "waitlist": full or form.fields["jonoon"].to_python(form["jonoon"].value()),
            "preview": not event.published,
            **extra,
        },
        status=status,
    )


@cached_form_page(
    variant=lambda request: "",
    fresh_inputs={"started": lambda request: RegistrationForm.issue_token()},
)
def event_detail(request, slug):
    """An event's page and its registration form."""
    event = _event_at(request, slug)
    own = event.address_slug()
    if slug != own:  # a Finnish address under /sv/ or /en/
        return redirect(event.get_absolute_url(), permanent=True)
    if request.method == "POST":
        return _register(request, event)
    return _detail(request, event)


def _register(request, event):
    form = RegistrationForm(request.POST, paid=not event.is_free)
    rows = _rows_asked(request)
    participants = participant_formset(request.POST, meals=event.meals)
    if "lisaa" in request.POST:
        # "Add a participant" without JavaScript: the form as written, with one more row.
        written = [
            {name: request.POST.get(f"osallistuja-{row}-{name}", "") for name in PARTICIPANT_FIELDS}
            for row in range(rows)
        ]
        return _detail(
            request,
            event,
            form=RegistrationForm(initial=request.POST.dict(), paid=not event.is_free),
            participants=participant_formset(meals=event.meals, initial=[*written, {}]),
            added=True,
        )
    valid = form.is_valid() & participants.is_valid()
    if not valid:
        if form.is_spam:
            form.count_submission(request)
        return _detail(request, event, form=form, participants=participants, status=400)
    existing = Registration.objects.filter(group_key=form.submission_key).first()
    if existing is not None:
        return redirect(_manage_path(existing))
    if not form.count_submission(request):
        return _detail(request, event, form=form, participants=participants,
                       status=HTTP_TOO_MANY_REQUESTS, rate_limited=True)  # fmt: skip
    try:
        registrations = workflow.register(
            event,
            participants.people(),
            form.details(),
            group_key=form.submission_key,
            waitlist=form.cleaned_data["jonoon"],
            language=current_language(),
        )
    except workflow.Closed:
        event.refresh_from_db()
        return _detail(request, event, form=form, participants=participants, status=410)
    except workflow.Full as full:
        event.refresh_from_db()
        data = request.POST.copy()
        data["jonoon"] = "True"
        form = RegistrationForm(data, paid=not event.is_free)
        form.is_valid()
        return _detail(
            request, event, form=form, participants=participants, status=409,
            places_left=full.places_left,
        )  # fmt: skip
    except workflow.AlreadyRegistered as already:
        for row in participants.forms:
            if row.cleaned_data.get("email", "").lower() == already.email.lower():
                row.add_error("email", _("This email address is already registered for the event."))
        return _detail(request, event, form=form, participants=participants, status=409)
    return redirect(f"{_manage_path(registrations[0])}?ilmoittauduttu={len(registrations)}")


def _rows_asked(request):
    """How many participants' rows the form sent (within the group limit)."""
    try:
        rows = int(request.POST.get("osallistuja-TOTAL_FORMS", "1"))
    except ValueError:
        return 1
    return min(max(rows, 1), settings.EVENT_GROUP_LIMIT)


def _manage_path(registration):
    return reverse("events:manage", args=[registration.manage_token])


def _registration_for(token):
    return Registration.by_manage_token(Registration.objects.select_related("event"), token)


def _group(registration):
    return list(
        Registration.objects.filter(group_key=registration.group_key).exclude(pk=registration.pk)
    )


@token_page
def manage(request, token):
    """The participant's own page: the registration, their place in the queue, cancelling."""
    registration = _registration_for(token)
    if registration is None:
        return render(request, "events/link_problem.html", {"problem": "invalid"}, status=404)
    event = registration.event
    try:
        just = int(request.GET.get("ilmoittauduttu", "0"))
    except ValueError:
        just = 0
    return render(
        request,
        "events/manage.html",
        {
            "registration": registration,
            "event": event,
            "token": token,
            "just_registered": just > 0,
            "group": _group(registration) if just > 1 else [],
            "position": registration.waitlist_position(),
            "cancellable": registration.cancellable(),
            "free_cancellation": registration.cancellation_is_free(),
            "ended": event.ends_at is not None and event.ends_at <= timezone.now(),
        },
    )


@token_page
@csrf_exempt  # posted from a page under no-referrer; the token authorises (core/token_pages.py)
def cancel_registration(request, token):
    """
    Ask once more, then cancel: viewing the question changes nothing (mail scanners open
    links), and only the confirmation's POST (``vahvista``) cancels.
    """
    registration = _registration_for(token)
    if registration is None:
        return render(request, "events/link_problem.html", {"problem": "invalid"}, status=404)
    event = registration.event
    if not registration.cancellable():
        problem = "cancelled" if registration.is_cancelled else "started"
        return render(request, "events/link_problem.html",
                      {"problem": problem, "event": event}, status=410)  # fmt: skip
    context = {
        "registration": registration,
        "event": event,
        "token": token,
        "free_cancellation": registration.cancellation_is_free(),
        "position": registration.waitlist_position(),
    }
    if request.method != "POST" or request.POST.get("vahvista") != "1":
        return render(request, "events/cancel_confirm.html", context)
    if not workflow.cancel(registration, Registration.CancelledBy.PARTICIPANT):
        return render(request, "events/link_problem.html",
                      {"problem": "cancelled", "event": event}, status=410)  # fmt: skip
    return render(request, "events/cancelled.html", context)


event_feed = cached_public_page(feeds.ComingEvents())
