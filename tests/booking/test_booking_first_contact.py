"""
The first contact: every free time says its length and channel; a phone call needs the
client's number before anything is saved, and the confirmation, emails and invites name the
channel; the client's sector and form choose the supervisor, who is shown before booking; the
week says its dates; cancelling asks once more; the form says until when it can be changed.
"""

import re
from datetime import date, time, timedelta

import pytest
from django.core import mail
from icalendar import Calendar as ICalendar

from booking.forms import parse_time
from booking.models import Booking, Mode
from booking.slots import bookable_calendars, free_slots
from booking.timefmt import HELSINKI, slot_label, week_label
from services.models import SupervisionForm
from supervisors.matching import ranked
from tests.support.bookings import (
    free_values,
    make_calendar,
    make_supervisor,
    phone_and_video_calendars,
    send,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("commit_at_once")]


def phone_calendar(**overrides):
    supervisor = make_supervisor(
        slug="eero-testi", name="Eero Testi", email="eero@example.com", order=1,
        sectors="opetusala, kunta-ala, järjestöt",
    )  # fmt: skip
    return make_calendar(supervisor, mode=Mode.PHONE, **overrides)


def video_calendar(**overrides):
    supervisor = make_supervisor(
        slug="aino-testi", name="Aino Testi", email="aino@example.com", order=2,
        sectors="Sosiaaliala, Terveydenhuolto",
    )  # fmt: skip
    return make_calendar(supervisor, mode=Mode.VIDEO, **overrides)


def invite_event(message):
    [part] = [a for a in message.attachments if a.get_content_type() == "text/calendar"]
    [event] = ICalendar.from_ical(part.get_payload(decode=True)).walk("VEVENT")
    return event


def messages_to(address):
    return [m for m in mail.outbox if address in str(m.to)]


# Channel and length ------------------------------------------------------------------------


def test_every_free_time_says_its_length_and_channel(client):
    make_calendar(
        make_supervisor(), mode=Mode.ON_SITE, location="Esimerkkikatu 1, Helsinki",
        meeting_minutes=45,
    )  # fmt: skip

    html = client.get("/ajanvaraus/").content.decode()

    slots = re.findall(r'<a class="booking-slot".*?</a>', html, re.S)
    assert slots
    for slot in slots:
        assert "45 min · tapaaminen paikan päällä, Esimerkkikatu 1, Helsinki" in slot


def test_the_page_says_the_length_and_channels_before_a_time_is_chosen(client):
    phone_calendar()
    video_calendar()

    html = client.get("/ajanvaraus/").content.decode()

    overview = re.search(r'<dl class="booking-overview">.*?</dl>', html, re.S)[0]
    assert "Kesto" in overview
    assert "30 min" in overview
    assert "Puhelu tai videopuhelu" in overview
    assert "Maksuton" in overview


def test_a_phone_call_without_a_number_is_refused_in_finnish_and_nothing_is_saved(client):
    phone_calendar()
    value = free_values(client)[0]

    response = send(client, value, phone="", tarjottu="eero-testi")

    html = response.content.decode()
    assert response.status_code == 400
    assert "Antakaa puhelinnumero: keskustelu käydään puhelimessa" in html
    assert not Booking.objects.exists()
    assert mail.outbox == []


def test_a_phone_call_names_the_number_in_the_confirmation_emails_and_invites(client):
    phone_calendar(location="Työnohjaaja soittaa teille.")
    value = free_values(client)[0]

    response = send(client, value, phone="040 123 4567", tarjottu="eero-testi")

    assert response.status_code == 302
    booking = Booking.objects.get()
    assert booking.mode == Mode.PHONE
    confirmation = client.get(response["Location"]).content.decode()
    assert "Puhelu – työnohjaaja soittaa numeroon 040 123 4567" in confirmation
    [to_client] = messages_to("asa@example.com")
    [to_staff] = messages_to("eero@example.com")
    for message in (to_client, to_staff):
        assert "Puhelu – työnohjaaja soittaa numeroon 040 123 4567" in message.body
        assert "Puhelu – työnohjaaja soittaa numeroon 040 123 4567" in message.alternatives[0][0]
        assert str(invite_event(message)["LOCATION"]) == "Puhelu numeroon 040 123 4567"
    assert "Puhelin: 040 123 4567" in to_staff.body


def test_the_invite_location_of_a_video_call_and_a_meeting_on_site(client):
    video = video_calendar()
    send(client, free_values(client)[0], tarjottu="aino-testi")
    video.is_open = False
    video.save()
    make_calendar(make_supervisor(), mode=Mode.ON_SITE, location="Esimerkkikatu 1, Helsinki")
    send(client, free_values(client)[0], email="toinen@example.com", tarjottu="anna-testi")

    [video_invite] = messages_to("asa@example.com")
    [on_site_invite] = messages_to("toinen@example.com")
    assert str(invite_event(video_invite)["LOCATION"]) == "Videolinkki lähetetään ennen tapaamista"
    assert "Videopuhelu – Videolinkki lähetetään ennen tapaamista" in video_invite.body
    assert str(invite_event(on_site_invite)["LOCATION"]) == "Esimerkkikatu 1, Helsinki"
    assert "Tapaaminen paikan päällä – Esimerkkikatu 1, Helsinki" in on_site_invite.body


def test_the_form_asks_the_number_of_a_phone_call_and_says_until_when_it_can_be_changed(client):
    phone_calendar(cancel_deadline_hours=48)
    value = free_values(client)[0]

    html = client.get(f"/ajanvaraus/varaa/?aika={value}").content.decode()

    assert re.search(r'<input type="tel" name="phone"[^>]* required', html)
    assert "Työnohjaaja soittaa teille tähän numeroon." in html
    deadline = slot_label(parse_time(value) - timedelta(hours=48))
    assert f"Voitte perua tai siirtää varauksen itse {deadline} asti." in html


# Matching the client -----------------------------------------------------------------------


def test_with_no_preference_the_sector_chooses_the_supervisor_who_works_in_it(client):
    phone_calendar()
    video_calendar()
    value = free_values(client)[0]

    plain = client.get(f"/ajanvaraus/varaa/?aika={value}").content.decode()
    health = client.get(f"/ajanvaraus/varaa/?aika={value}&ala=terveydenhuolto").content.decode()
    listed = client.get("/ajanvaraus/?ala=terveydenhuolto").content.decode()

    assert 'name="tarjottu" value="eero-testi"' in plain  # the first in order, by phone
    assert 'name="tarjottu" value="aino-testi"' in health
    assert "Aino Testi" in health
    assert "Videopuhelu" in health
    assert '<option value="terveydenhuolto" selected>Terveydenhuolto</option>' in health
    assert '<option value="muu">Muu</option>' in health
    metas = re.findall(r'class="booking-slot__meta"[^>]*>([^<]+)<', listed)
    assert metas
    assert set(metas) == {"30 min · videopuhelu"}
    send(client, value, ala="terveydenhuolto", tarjottu="aino-testi")
    booking = Booking.objects.get()
    assert (booking.supervisor.name, booking.mode, booking.sector) == (
        "Aino Testi", Mode.VIDEO, "Terveydenhuolto",
    )  # fmt: skip
    [to_staff] = messages_to("aino@example.com")
    assert "Toimiala: Terveydenhuolto" in to_staff.body


def test_the_form_of_supervision_counts_with_the_sector():
    group = SupervisionForm.objects.create(
        slug="testiryhma", name="Testiryhmä", published=True, format="group"
    )
    teacher = make_supervisor(slug="a", name="A", sectors="opetusala")
    nurse = make_supervisor(slug="b", name="B", sectors="terveydenhuolto")
    nurse_for_groups = make_supervisor(slug="c", name="C", sectors="terveydenhuolto")
    nurse_for_groups.forms.add(group)

    people = [teacher, nurse, nurse_for_groups]

    assert ranked(people, "terveydenhuolto", group.pk) == [nurse_for_groups, nurse, teacher]
    assert ranked(people, "terveydenhuolto") == [nurse, nurse_for_groups, teacher]
    assert ranked(people, "", group.pk) == [nurse_for_groups, teacher, nurse]
    assert ranked(people) == people


def test_changing_the_sector_on_the_form_shows_the_new_supervisor_before_booking(client):
    phone_calendar()
    video_calendar()
    value = free_values(client)[0]

    # The form showed Eero (no sector); the client then chose healthcare and sent it.
    response = send(client, value, ala="terveydenhuolto", tarjottu="eero-testi", phone="")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Tarkistakaa työnohjaaja" in html
    assert 'name="tarjottu" value="aino-testi"' in html
    assert not Booking.objects.exists()

    confirmed = send(client, value, ala="terveydenhuolto", tarjottu="aino-testi")

    assert confirmed.status_code == 302
    assert Booking.objects.get().supervisor.slug == "aino-testi"


def test_a_sector_in_an_address_that_no_supervisor_lists_is_ignored(client):
    video_calendar()

    response = client.get("/ajanvaraus/?ala=<script>")

    assert response.status_code == 200
    assert "&lt;script&gt;" not in response.content.decode()


# A calm booking page -----------------------------------------------------------------------


def test_the_week_label_says_its_number_and_dates():
    assert week_label(date(2026, 12, 7)) == "Viikko 50: 7.–13.12."
    assert week_label(date(2026, 12, 28)) == "Viikko 53: 28.12.–3.1."


def test_the_week_shows_its_dates_and_buttons_to_the_weeks_around_it(client):
    make_calendar(horizon_days=20)
    last_time = free_slots(bookable_calendars())[-1].start.astimezone(HELSINKI).date()
    last_monday = last_time - timedelta(days=last_time.weekday())

    first = client.get("/ajanvaraus/").content.decode()
    last = client.get(f"/ajanvaraus/?viikko={last_monday.isoformat()}").content.decode()

    title = re.search(r'<p class="booking-week__title"[^>]*>([^<]+)<', first)[1]
    assert re.fullmatch(r"Viikko \d+: \d+\.(\d+\.)?–\d+\.\d+\.", title)
    assert week_label(last_monday) in last
    disabled = r'<span class="button[^"]*" aria-disabled="true">'
    assert re.search(disabled + r"<span aria-hidden=\"true\">←</span> Edellinen viikko", first)
    assert re.search(r'<a class="button[^"]*" href="\?viikko=[^"]+" rel="next">Ensi viikko', first)
    assert re.search(r'<a class="button[^"]*" href="\?viikko=[^"]+" rel="prev">', last)
    assert re.search(disabled + "Ensi viikko", last)


def test_the_christmas_week_offers_no_time_on_the_holidays(client):
    make_calendar(hours=[(day, time(9), time(16)) for day in range(7)], horizon_days=366)

    html = client.get("/ajanvaraus/?viikko=2026-12-21").content.decode()

    assert "Viikko 52: 21.–27.12." in html
    days = re.findall(r'class="booking-day__title">([^<]+)<', html)
    assert days == ["Maanantai 21.12.2026", "Tiistai 22.12.2026", "Keskiviikko 23.12.2026",
                    "Sunnuntai 27.12.2026"]  # fmt: skip
    for value in free_values(client, "?viikko=2026-12-21"):
        assert parse_time(value).astimezone(HELSINKI).day not in (24, 25, 26)


def test_matching_by_sector_and_form_costs_no_query_per_supervisor(
    client, django_assert_max_num_queries
):
    group = SupervisionForm.objects.create(
        slug="testiryhma", name="Testiryhmä", published=True, format="group"
    )
    for calendar in phone_and_video_calendars():
        calendar.supervisor.forms.add(group)
    for number in range(3):
        supervisor = make_supervisor(slug=f"lisa-{number}", name=f"Lisä {number}", published=True)
        supervisor.forms.add(group)
        make_calendar(supervisor)
    client.get("/ajanvaraus/?ala=terveydenhuolto&muoto=testiryhma")  # the choices cached

    with django_assert_max_num_queries(7):
        response = client.get("/ajanvaraus/?ala=terveydenhuolto&muoto=testiryhma")

    assert response.status_code == 200
