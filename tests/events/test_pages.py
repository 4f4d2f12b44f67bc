"""The event pages: Event JSON-LD, the feed, the sitemap, languages, the clock, query budgets."""

import json
import re
from datetime import timedelta
from decimal import Decimal
from unittest import mock

import feedparser
import pytest
from django.test import Client
from django.utils import timezone

from events.models import Event
from services.models import SupervisionForm
from supervisors.models import Supervisor
from tests.support.events import make_event
from tests.support.pages import assert_own_queries_cold_and_none_warm

pytestmark = pytest.mark.django_db


def json_ld(html, kind):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return next(item for item in map(json.loads, blocks) if item["@type"] == kind)


def frozen(when):
    """Make ``timezone.now()`` return ``when`` (an aware datetime)."""
    return mock.patch("django.utils.timezone.now", return_value=when)


def test_an_event_on_site_has_event_json_ld_with_its_offer_place_and_leaders(client):
    leader = Supervisor.objects.create(name="Anna Vetäjä", slug="anna-vetaja")
    event = make_event(places=12, price=Decimal("120"), sessions=2, locality="Helsinki")
    event.leaders.add(leader)
    data = json_ld(client.get(event.get_absolute_url()).content.decode(), "EducationEvent")

    assert data["name"] == "Työnohjauksen tietoisku"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"]["address"]["addressLocality"] == "Helsinki"
    assert data["offers"]["price"] == "150.60"
    assert data["offers"]["priceCurrency"] == "EUR"
    assert data["offers"]["priceSpecification"]["valueAddedTaxIncluded"] is False
    assert data["offers"]["availability"] == "https://schema.org/InStock"
    assert (
        data["performer"]
        == [
            {
                "@type": "Person",
                "name": "Anna Vetäjä",
                "url": "http://127.0.0.1:8000/tyonohjaajat/anna-vetaja/",
            }
        ]
        or data["performer"][0]["name"] == "Anna Vetäjä"
    )
    assert data["organizer"]["@type"] == "Organization"
    assert [sub["startDate"] for sub in data["subEvent"]] == [
        session.start.isoformat() for session in event.sessions.all()
    ]
    assert data["remainingAttendeeCapacity"] == 12


def test_an_online_event_is_a_virtual_location_without_its_video_link(client):
    event = make_event(attendance="online", video_link="https://video.example.com/salainen")
    html = client.get(event.get_absolute_url()).content.decode()
    data = json_ld(html, "EducationEvent")
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"]["@type"] == "VirtualLocation"
    assert "salainen" not in html
    assert data["offers"]["price"] == "0"


def test_the_feed_lists_only_coming_published_events():
    make_event(slug="tuleva", title="Tuleva koulutus")
    make_event(slug="mennyt", title="Mennyt koulutus", days_ahead=-3)
    make_event(slug="luonnos", title="Luonnos", published=False)
    feed = feedparser.parse(Client().get("/koulutukset/atom.xml").content)

    assert not feed.bozo
    assert feed.feed.title.startswith("Tulevat koulutukset ja tietoiskut")
    assert [entry.title for entry in feed.entries] == ["Tuleva koulutus"]
    assert feed.entries[0].link.endswith("/koulutukset/tuleva/")
    swedish = feedparser.parse(Client().get("/sv/utbildningar/atom.xml").content)
    assert swedish.feed.language == "sv"


def test_the_sitemap_lists_coming_events_in_every_language(client):
    event = make_event(slug="tuleva")
    Event.objects.filter(pk=event.pk).update(slug_sv="kommande", slug_en="coming")
    make_event(slug="mennyt", days_ahead=-3)
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/koulutukset/tuleva/" in sitemap
    assert "/sv/utbildningar/kommande/" in sitemap
    assert "/en/events/coming/" in sitemap
    assert "/koulutukset/mennyt/" not in sitemap


def test_an_event_speaks_swedish_at_its_swedish_address(client):
    event = make_event(slug="tietoisku")
    Event.objects.filter(pk=event.pk).update(slug_sv="infotillfalle", title_sv="Infotillfälle")
    response = client.get("/sv/utbildningar/infotillfalle/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Infotillfälle" in html
    assert re.search(r'hreflang="fi" href="[^"]*/koulutukset/tietoisku/"', html)
    assert client.get("/sv/utbildningar/tietoisku/")["Location"].endswith(
        "/sv/utbildningar/infotillfalle/"
    )


def test_an_event_leaves_the_list_when_it_ends_without_any_save(client):
    event = make_event(slug="pian", title="Pian päättyvä")
    visitor = Client(HTTP_ACCEPT_ENCODING="identity")
    assert "Pian päättyvä" in visitor.get("/koulutukset/").content.decode()
    with frozen(event.ends_at + timedelta(seconds=1)):
        assert "Pian päättyvä" not in visitor.get("/koulutukset/").content.decode()


def test_registration_closes_on_the_cached_page_at_its_time(client):
    closes = timezone.now() + timedelta(hours=1)
    event = make_event(registration_closes=closes)
    visitor = Client(HTTP_ACCEPT_ENCODING="identity")
    assert 'name="osallistuja-0-name"' in visitor.get(event.get_absolute_url()).content.decode()
    with frozen(closes + timedelta(seconds=1)):
        html = visitor.get(event.get_absolute_url()).content.decode()
    assert 'name="osallistuja-0-name"' not in html
    assert "Ilmoittautuminen on päättynyt" in html


def test_form_pages_and_the_home_page_show_the_coming_events(client):
    event = make_event(slug="ryhmille", title="Tietoisku ryhmille")
    event.forms.add(SupervisionForm.objects.get(slug="ryhmatyonohjaus"))
    assert "Tietoisku ryhmille" in client.get("/").content.decode()
    assert "Tietoisku ryhmille" in client.get("/palvelut/ryhmatyonohjaus/").content.decode()
    assert "Tietoisku ryhmille" not in client.get("/palvelut/yksilotyonohjaus/").content.decode()


def test_the_home_page_has_no_events_section_without_events(client):
    assert "Tulevat koulutukset ja tietoiskut" not in client.get("/").content.decode()


@pytest.mark.parametrize("kind", ["list", "detail", "feed"])
def test_event_pages_need_at_most_four_queries_of_their_own_cold_and_none_warm(
    client, kind, django_assert_max_num_queries
):
    leader = Supervisor.objects.create(name="Anna Vetäjä", slug="anna-vetaja")
    for number in range(5):
        event = make_event(slug=f"tapahtuma-{number}", sessions=3)
        event.leaders.add(leader)
        event.forms.add(SupervisionForm.objects.get(slug="ryhmatyonohjaus"))
    path = {
        "list": "/koulutukset/",
        "detail": event.get_absolute_url(),
        "feed": "/koulutukset/atom.xml",
    }[kind]
    assert_own_queries_cold_and_none_warm(client, path, django_assert_max_num_queries)


def test_a_free_events_organisation_is_one_labelled_field_and_a_paid_ones_a_group(client):
    free = make_event(places=3)
    html = client.get(free.get_absolute_url()).content.decode()
    # The field's label, and no legend repeating it.
    assert re.findall(r"<(\w+)[^>]*>\s*Organisaatio\s*<", html) == ["label"]
    assert "Organisaatio ja laskutus" not in html
    assert "Käytämme tietoja vain tapahtuman järjestämiseen. " in html  # nothing to invoice

    paid = make_event(places=3, price=Decimal("120"), slug="koulutuspaiva")
    html = client.get(paid.get_absolute_url()).content.decode()
    assert "<legend>Organisaatio ja laskutus</legend>" in html
    assert "Käytämme tietoja vain tapahtuman järjestämiseen ja laskuttamiseen." in html
