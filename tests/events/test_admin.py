"""Staff and events in the admin: cancelling asks first, the CSV files, who sees what."""

from decimal import Decimal

import pytest
from django.core import mail
from django.test import Client

from events import workflow
from events.models import Event, Registration
from tests.support.events import make_event
from tests.support.factories import enquiry_handler, make_content_editor

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("commit_at_once")]


def client_of(user):
    client = Client()
    client.force_login(user)
    return client


def register(event, email, **details):
    return workflow.register(
        event,
        [{"name": email.split("@")[0].title(), "email": email}],
        {"organisation": "Säätiö ry", **details},
        group_key=email.replace("@", "").replace(".", "").ljust(32, "x")[:32],
        waitlist=True,
    )[0]


def test_cancelling_an_event_lists_who_is_emailed_and_waits_for_confirmation():
    event = make_event(places=1)
    register(event, "maija@example.com")
    register(event, "matti@example.com")
    mail.outbox.clear()
    editor = client_of(make_content_editor())
    action = {"action": "cancel_events", "_selected_action": [event.pk]}

    asked = editor.post("/hallinta/events/event/", action)
    assert asked.status_code == 200
    html = asked.content.decode()
    assert "maija@example.com" in html
    assert "matti@example.com" in html
    assert Event.objects.get().status == Event.Status.SCHEDULED
    assert not mail.outbox

    editor.post("/hallinta/events/event/", {**action, "sending_confirmed": "1"})
    assert Event.objects.get().status == Event.Status.CANCELLED
    assert len(mail.outbox) == 2


def test_a_handler_cancels_a_registration_and_the_waitlist_moves_up():
    event = make_event(places=1)
    first = register(event, "maija@example.com")
    register(event, "matti@example.com")
    handler = client_of(enquiry_handler())
    action = {"action": "cancel_registrations", "_selected_action": [first.pk]}

    assert handler.post("/hallinta/events/registration/", action).status_code == 200
    assert Registration.objects.get(pk=first.pk).status == "registered"
    handler.post("/hallinta/events/registration/", {**action, "sending_confirmed": "1"})
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses == {"maija@example.com": "cancelled", "matti@example.com": "registered"}


def test_the_participants_and_invoicing_csv_for_handlers_only():
    event = make_event(places=3, price=Decimal("80"))
    register(event, "maija@example.com", invoicing="private")
    ids = list(Registration.objects.values_list("pk", flat=True))
    handler = client_of(enquiry_handler())
    response = handler.post(
        "/hallinta/events/registration/",
        {"action": "export_invoicing", "_selected_action": ids},
    )
    assert response["Content-Type"].startswith("text/csv")
    assert "laskutus.csv" in response["Content-Disposition"]
    assert "80,00;25,5;20,40;100,40" in response.content.decode()
    # Content editors edit events but never see who registered.
    editor = client_of(make_content_editor("toimittaja2"))
    assert editor.get("/hallinta/events/registration/").status_code == 403
    assert (
        "maija@example.com"
        not in editor.get(f"/hallinta/events/event/{event.pk}/change/").content.decode()
    )


def test_raising_the_places_gives_them_to_the_waitlist_in_order():
    event = make_event(places=1)
    register(event, "maija@example.com")
    register(event, "matti@example.com")
    register(event, "liisa@example.com")
    Event.objects.filter(pk=event.pk).update(places=2)
    event.refresh_from_db()

    promoted = workflow.places_changed(event)

    assert [registration.email for registration in promoted] == ["matti@example.com"]
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses["matti@example.com"] == "registered"
    assert statuses["liisa@example.com"] == "waitlisted"
    assert Event.objects.get().taken == 2


def test_a_save_of_an_event_loaded_before_a_registration_keeps_its_places_taken():
    event = make_event(places=3)
    opened_by_staff = Event.objects.get(pk=event.pk)  # the admin's change form, loaded
    register(event, "maija@example.com")  # meanwhile, a visitor registers
    opened_by_staff.title = "Uusi otsikko"
    opened_by_staff.save()
    saved = Event.objects.get(pk=event.pk)
    assert saved.title == "Uusi otsikko"
    assert saved.taken == 1


def test_a_save_of_a_registration_loaded_before_its_promotion_keeps_the_place():
    event = make_event(places=1)
    first = register(event, "maija@example.com")
    waiting = register(event, "matti@example.com")
    opened_by_staff = Registration.objects.get(pk=waiting.pk)
    workflow.cancel(first, Registration.CancelledBy.PARTICIPANT)  # Matti is promoted meanwhile
    opened_by_staff.staff_notes = "Soitettu."
    opened_by_staff.save()
    saved = Registration.objects.get(pk=waiting.pk)
    assert saved.staff_notes == "Soitettu."
    assert saved.status == Registration.Status.REGISTERED
