"""
`make bench SCALE=N` fills its own database with a site in use (bench/scale.py): the rows it
writes must still fit the models, show on the pages the bench measures, and say they are
examples. (The bench itself, wrk against gunicorn, is not part of the suite.)
"""

from datetime import timedelta

import pytest
from django.utils import timezone

from bench import scale
from booking.models import Booking, Calendar
from community_map.models import TeamResponse, TeamSurvey
from contact.models import Enquiry
from faq.models import Question
from supervisors.models import Supervisor

pytestmark = pytest.mark.django_db


def test_one_unit_of_a_site_in_use_is_added_and_marked_as_examples():
    added, _survey = scale.load(1)

    assert added == {
        "supervisors": 2,
        "bookings": 500,
        "future bookings": 231,
        "enquiries": 200,
        "questions": 10,
        "surveys": 5,
        "survey answers": 1500,
    }
    assert not Supervisor.objects.filter(is_example=False).exists()
    assert not Calendar.objects.filter(is_example=False).exists()
    assert Booking.objects.exclude(name__startswith="Esimerkki").count() == 0
    assert Enquiry.objects.exclude(name__startswith="Esimerkki").count() == 0
    assert Question.objects.filter(question__startswith="Esimerkkikysymys").count() == 10
    assert TeamSurvey.objects.exclude(name__startswith="Esimerkkitiimi").count() == 0
    # Spread over the weeks ahead: some within the 42 days a calendar offers, most beyond.
    horizon = timezone.now() + timedelta(days=42)
    assert Booking.objects.filter(start__gt=timezone.now(), start__lte=horizon).exists()
    assert Booking.objects.filter(start__gt=horizon).exists()


def test_the_pages_the_bench_measures_show_the_added_rows(client):
    _added, survey = scale.load(1)

    times = client.get("/ajanvaraus/")
    supervisors = client.get("/tyonohjaajat/")
    answer = client.get(f"/tyoyhteisokartta/tiimi/vastaa/{survey['answer_code']}/")
    results = client.get(f"/tyoyhteisokartta/tiimi/tulokset/{survey['results_token']}/")

    assert times.status_code == 200
    assert "/ajanvaraus/varaa/?aika=" in times.content.decode()
    assert "Esimerkki 2" in supervisors.content.decode()
    assert answer.status_code == 200
    assert results.status_code == 200
    shown = TeamSurvey.objects.get(name="Esimerkkitiimi 1")
    assert shown.responses.filter(step__isnull=False).count() == scale.SURVEY_ANSWERS
    assert "300" in results.content.decode()
    assert TeamResponse.objects.count() == 5 * scale.SURVEY_ANSWERS
