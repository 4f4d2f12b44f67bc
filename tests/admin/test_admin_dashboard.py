"""
The admin's front page shows each staff role what needs its attention, and only what its
permissions allow; the statistics page counts enquiries per month and per form.
"""

import re
from datetime import datetime, timedelta

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth.models import User
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.utils import timezone

from booking.models import Booking
from community_map import team
from contact.models import Enquiry
from core import dashboard
from services.models import Page
from tests.support.bookings import book_soonest as book_through_the_site
from tests.support.bookings import make_calendar, make_supervisor
from tests.support.factories import enquiry_handler, log_in_verified, make_content_editor

pytestmark = pytest.mark.django_db

HANDLER_WIDGETS = {
    "contact.dashboard.new_enquiries",
    "contact.dashboard.failed_enquiries",
    "booking.dashboard.upcoming_bookings",
    "booking.dashboard.failed_bookings",
    "events.dashboard.coming_events",
}
ALL_WIDGETS = HANDLER_WIDGETS | {
    "community_map.dashboard.open_team_surveys",
    "pricing.dashboard.complete_offer",
    "processes.dashboard.awaiting_acceptance",
    "services.dashboard.quick_actions",
    "services.dashboard.recent_changes",
    "website.dashboard.missing_translations",
}


def widgets_on(html):
    return set(re.findall(r'data-widget="([\w.]+)"', html))


def widget_html(html, name):
    return html.split(f'data-widget="{name}"')[1].split('data-widget="')[0]


def client_for(user, verified=False):
    client = Client()
    if verified:
        log_in_verified(client, user)
    else:
        client.force_login(user)
    return client


def make_enquiry(name, days_ago=0, **fields):
    return Enquiry.objects.create(
        name=name,
        email=f"{name.split()[0].lower()}@example.com",
        message="Viesti.",
        created_at=timezone.now() - timedelta(days=days_ago),
        **fields,
    )


def test_the_content_editor_sees_content_widgets_only():
    html = client_for(make_content_editor()).get("/hallinta/").content.decode()

    assert widgets_on(html) == {
        "events.dashboard.coming_events",
        "pricing.dashboard.complete_offer",
        "services.dashboard.quick_actions",
        "services.dashboard.recent_changes",
        "website.dashboard.missing_translations",
    }
    assert "Lisää sivu" in html
    assert "Muokkaa hintoja" in html
    assert "Lisää työnohjaaja" in html
    assert "Tilastot" not in html


def test_the_enquiry_handler_sees_enquiry_and_booking_widgets_only():
    make_enquiry("Maija Meikäläinen")

    html = client_for(enquiry_handler()).get("/hallinta/").content.decode()

    assert widgets_on(html) == HANDLER_WIDGETS
    assert "Maija Meikäläinen" in html
    assert "Lisää sivu" not in html
    assert 'href="/hallinta/tilastot/"' in html


def test_a_superuser_sees_every_widget():
    superuser = User.objects.create_superuser("paa", "p@example.com", "x" * 12)

    html = client_for(superuser, verified=True).get("/hallinta/").content.decode()

    assert widgets_on(html) == ALL_WIDGETS


def test_a_staff_member_without_roles_sees_no_widget():
    user = User.objects.create_user("uusi", password="x" * 12, is_staff=True)

    html = client_for(user).get("/hallinta/").content.decode()

    assert widgets_on(html) == set()


def test_new_enquiries_show_the_count_and_the_latest_five():
    for number in range(7):
        make_enquiry(f"Asiakas {number}", days_ago=number)
    make_enquiry("Käsitelty Asiakas", status=Enquiry.Status.HANDLED, notified_at=timezone.now())

    html = client_for(enquiry_handler()).get("/hallinta/").content.decode()

    widget = html[html.index('data-widget="contact.dashboard.new_enquiries"') :]
    widget = widget[: widget.index("</div>")]
    assert '<span class="dashboard-widget__count">7</span>' in widget
    assert [f"Asiakas {number}" in widget for number in range(7)] == [True] * 5 + [False] * 2
    assert "Käsitelty Asiakas" not in widget


def test_failed_emails_are_counted_apart():
    make_enquiry("Lähetetty", notified_at=timezone.now())
    make_enquiry("Epäonnistunut", notify_error="OSError: ei yhteyttä", notify_attempts=3)

    html = client_for(enquiry_handler()).get("/hallinta/").content.decode()

    widget = html[html.index('data-widget="contact.dashboard.failed_enquiries"') :]
    assert '<span class="dashboard-widget__count">1</span>' in widget[: widget.index("</div>")]
    assert "?tila=epaonnistui" in widget


def test_recent_changes_say_what_was_changed_and_by_whom():
    editor = make_content_editor()
    editor.first_name, editor.last_name = "Terhi", "Toimittaja"
    editor.save()
    page = Page.objects.get(slug="vaikuttavuus")
    LogEntry.objects.log_actions(editor.pk, [page], CHANGE, change_message="[]", single_object=True)

    html = client_for(editor).get("/hallinta/").content.decode()

    widget = html[html.index('data-widget="services.dashboard.recent_changes"') :]
    assert page.title in widget
    assert "Terhi Toimittaja" in widget
    assert "muutettu" in widget


def test_recent_changes_leave_out_what_the_role_may_not_see():
    editor = make_content_editor()
    enquiry = make_enquiry("Salainen Lähettäjä")
    LogEntry.objects.create(
        user=editor,
        content_type=ContentType.objects.get_for_model(Enquiry),
        object_id=str(enquiry.pk),
        object_repr=str(enquiry),
        action_flag=CHANGE,
    )

    html = client_for(editor).get("/hallinta/").content.decode()

    assert "Salainen Lähettäjä" not in html


def test_another_app_adds_a_widget_with_a_few_lines():
    @dashboard.widget(title="Testivimpain", permission="contact.view_enquiry", name="test.extra")
    def extra(request):
        return {"count": 3, "entries": [], "link": "/hallinta/", "link_text": "Avaa"}

    try:
        handler_html = client_for(enquiry_handler()).get("/hallinta/").content.decode()
        editor_html = client_for(make_content_editor()).get("/hallinta/").content.decode()
    finally:
        dashboard._registry.pop("test.extra")

    assert 'data-widget="test.extra"' in handler_html
    assert "Testivimpain" in handler_html
    assert 'data-widget="test.extra"' not in editor_html


def test_the_dashboard_stays_quick(django_assert_max_num_queries):
    for number in range(30):
        make_enquiry(f"Asiakas {number}")
    superuser = User.objects.create_superuser("paa", "p@example.com", "x" * 12)
    client = client_for(superuser, verified=True)

    # A few queries a widget, none per item: thirty enquiries cost what one does. (22 since
    # the agreements awaiting acceptance and the impact figure's settings joined the page.)
    with django_assert_max_num_queries(22):
        assert client.get("/hallinta/").status_code == 200


def test_statistics_count_enquiries_per_month_and_per_form():
    now = timezone.localtime()
    make_enquiry("Tämä kuu 1", topic_name="Yksilötyönohjaus")
    make_enquiry("Tämä kuu 2", topic_name="Ryhmätyönohjaus")
    make_enquiry("Roskaposti", status=Enquiry.Status.SPAM, topic_name="Yksilötyönohjaus")
    last_year = timezone.make_aware(datetime(now.year - 2, now.month, 1))
    Enquiry.objects.create(name="Vanha", email="v@example.com", message="x", created_at=last_year)

    response = client_for(enquiry_handler()).get("/hallinta/tilastot/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Yhteydenotot: yhteensä 2" in html
    assert re.search(r'<svg class="bar-chart"[^>]*role="img"', html)
    enquiries_chart = html.split('<svg class="bar-chart"')[1].split("</svg>")[0]
    assert enquiries_chart.count('<rect class="bar-chart__bar"') == 12
    assert "<title>" in html
    assert '<th scope="row">Yksilötyönohjaus</th><td>1</td>' in html
    assert '<th scope="row">Ryhmätyönohjaus</th><td>1</td>' in html
    rows = re.findall(r'<tr><th scope="row">([^<]+)</th><td>(\d+)</td></tr>', html)
    month_counts = [int(count) for label, count in rows[:12]]
    assert month_counts[-1] == 2
    assert sum(month_counts) == 2
    assert "style=" not in html.split('<svg class="bar-chart"')[1].split("</svg>")[0]


def test_statistics_are_refused_to_staff_who_may_not_read_enquiries():
    assert client_for(make_content_editor()).get("/hallinta/tilastot/").status_code == 403


def test_upcoming_first_conversations_show_the_soonest_to_the_enquiry_handler(client):
    calendar = make_calendar(make_supervisor(email="anna@example.com"))
    booking = book_through_the_site(client, calendar)
    Booking.objects.filter(pk=booking.pk).update(client_sent_sequence=None)

    html = client_for(enquiry_handler()).get("/hallinta/").content.decode()

    upcoming = widget_html(html, "booking.dashboard.upcoming_bookings")
    assert 'dashboard-widget__count">1<' in upcoming
    assert str(booking) in upcoming
    assert f"/hallinta/booking/booking/{booking.pk}/change/" in upcoming
    failed = widget_html(html, "booking.dashboard.failed_bookings")
    assert 'dashboard-widget__count">1<' in failed


def test_open_team_surveys_are_counted_and_nothing_else_is_shown():
    today = timezone.localdate()
    team.create_survey(
        name="Osasto 4",
        member_count=8,
        threshold=3,
        ends_on=today + timedelta(days=7),
        reveal="steps",
    )
    closed, _token = team.create_survey(
        name="Suljettu",
        member_count=8,
        threshold=3,
        ends_on=today + timedelta(days=7),
        reveal="steps",
    )
    closed.closed_on = today
    closed.save()
    superuser = User.objects.create_superuser("paa", "p@example.com", "x" * 12)

    html = client_for(superuser, verified=True).get("/hallinta/").content.decode()

    surveys = widget_html(html, "community_map.dashboard.open_team_surveys")
    assert 'dashboard-widget__count">1<' in surveys
    assert "Osasto 4" not in surveys


def test_statistics_count_bookings_too():
    calendar = make_calendar(make_supervisor(email="anna@example.com"))
    book_through_the_site(Client(), calendar)

    html = client_for(enquiry_handler()).get("/hallinta/tilastot/").content.decode()

    assert "Varatut tutustumiskeskustelut: yhteensä 1" in html


def test_coming_events_show_their_free_places_and_waitlist_to_those_who_handle_them():
    from events import workflow
    from tests.support.events import make_event

    event = make_event(places=1)
    for number in range(2):
        workflow.register(
            event,
            [{"name": f"Osallistuja {number}", "email": f"o{number}@example.com"}],
            {"organisation": ""},
            group_key=f"{number:032d}",
            waitlist=True,
        )
    editor = widget_html(
        client_for(make_content_editor()).get("/hallinta/").content.decode(),
        "events.dashboard.coming_events",
    )
    assert "Työnohjauksen tietoisku: 0 / 1 paikkaa vapaana, jonossa 1" in editor
    assert f"/hallinta/events/event/{event.pk}/change/" in editor
    handler = widget_html(
        client_for(enquiry_handler()).get("/hallinta/").content.decode(),
        "events.dashboard.coming_events",
    )
    assert f"/hallinta/events/registration/?event__id__exact={event.pk}" in handler
