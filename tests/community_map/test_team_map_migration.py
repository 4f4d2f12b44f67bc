"""Surveys made with a shared answer link, before answer codes: closed, readable, honest."""

import hashlib
import importlib
import secrets
from datetime import timedelta

import pytest
from django.apps import apps
from django.test import Client
from django.utils import timezone

from community_map.models import TeamLinkEmail, TeamResponse, TeamSurvey
from tests.support.team_maps import ANSWER_PATH, RESULTS_PATH, dimension_answers

pytestmark = pytest.mark.django_db

migration = importlib.import_module("community_map.migrations.0007_close_surveys_without_codes")


def survey_before_codes(*, reveal, values, threshold=3, closed_on=None):
    """A survey as the shared answer link left it: its link, its results token, its answers."""
    today = timezone.localdate()
    answer_token, results_token = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    survey = TeamSurvey.objects.create(
        name="Vanha tiimi",
        threshold=threshold,
        reveal=reveal,
        legacy_answer_token=answer_token,
        results_token_hash=hashlib.sha256(results_token.encode()).hexdigest(),
        created_on=today - timedelta(days=10),
        ends_on=today + timedelta(days=4),
        closed_on=closed_on,
        answer_count=len(values),
    )
    for value in values:
        answers = {key[1:]: int(v) for key, v in dimension_answers([value] * 6).items()}
        TeamResponse.objects.create(survey=survey, answers=answers)
    return survey, answer_token, results_token


def test_open_surveys_made_before_codes_are_closed_today_and_stay_readable():
    today = timezone.localdate()
    # Steps of three: the old results showed the first six (median 3); the seventh never.
    survey, answer_token, results_token = survey_before_codes(
        reveal="steps", values=[1, 2, 3, 3, 4, 5, 5]
    )

    migration.close_surveys_without_codes(apps)

    survey.refresh_from_db()
    assert (survey.closed_on, survey.ends_on) == (today, today)
    assert survey.shown_steps == 2
    steps = list(TeamResponse.objects.filter(survey=survey).order_by("pk").values_list("step"))
    assert steps == [(1,), (1,), (1,), (2,), (2,), (2,), (None,)]
    client = Client()
    results = client.get(RESULTS_PATH.format(results_token))
    html = results.content.decode()
    assert results.status_code == 200
    assert "7 jäsentä on vastannut" in html
    assert "yhteisellä vastauslinkillä ennen kertakäyttöisiä vastauskoodeja" in html
    assert ">3,0</td>" in html  # the median of 1, 2, 3, 3, 4, 5
    assert "koodit/" not in html
    shared_link = client.get(ANSWER_PATH.format(answer_token))
    assert shared_link.status_code == 410
    assert "Kysely ei ole enää avoinna" in shared_link.content.decode()


def test_a_survey_showing_figures_after_closing_shows_all_its_answers_once_closed():
    _survey, _answer_token, results_token = survey_before_codes(
        reveal="closed", values=[1, 2, 3, 4, 5, 5]
    )

    migration.close_surveys_without_codes(apps)

    html = Client().get(RESULTS_PATH.format(results_token)).content.decode()
    assert ">3,5</td>" in html  # the median of all six


def test_a_survey_closed_before_keeps_its_dates_and_waiting_link_emails_are_dropped():
    earlier = timezone.localdate() - timedelta(days=3)
    survey, _answer_token, _results_token = survey_before_codes(
        reveal="steps", values=[2, 3], closed_on=earlier
    )
    TeamSurvey.objects.filter(pk=survey.pk).update(ends_on=earlier)
    TeamLinkEmail.objects.create(survey=survey, email="vetaja@example.com", results_key="x")

    migration.close_surveys_without_codes(apps)

    survey.refresh_from_db()
    assert (survey.closed_on, survey.ends_on) == (earlier, earlier)
    assert not TeamLinkEmail.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_migrating_a_database_with_an_open_shared_link_survey():
    """The whole way through the schema: the shared link's token is kept, the survey closed."""
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    before = [("community_map", "0005_revise_seeded_texts")]
    executor = MigrationExecutor(connection)
    # Every app's latest migration: going back to before unapplies those that depend on it.
    latest = executor.loader.graph.leaf_nodes()
    executor.migrate(before)
    try:
        old_apps = executor.loader.project_state(before).apps
        OldSurvey = old_apps.get_model("community_map", "TeamSurvey")
        OldResponse = old_apps.get_model("community_map", "TeamResponse")
        OldLinkEmail = old_apps.get_model("community_map", "TeamLinkEmail")
        today = timezone.localdate()
        answer_token = secrets.token_urlsafe(32)
        old = OldSurvey.objects.create(
            threshold=3,
            reveal="steps",
            answer_token=answer_token,
            results_token_hash="0" * 64,
            created_on=today,
            ends_on=today + timedelta(days=7),
            answer_count=4,
        )
        OldResponse.objects.bulk_create(OldResponse(survey=old, answers={}) for _ in range(4))
        OldLinkEmail.objects.create(survey=old, email="vetaja@example.com", results_token="x")
    finally:
        # Whatever happens, the database is left at the latest schema for the tests after.
        MigrationExecutor(connection).migrate(latest)

    survey = TeamSurvey.objects.get()
    assert survey.legacy_answer_token == answer_token
    assert survey.member_count is None
    assert survey.closed_on == today
    assert survey.shown_steps == 1
    assert not TeamLinkEmail.objects.exists()
    assert Client().get(ANSWER_PATH.format(answer_token)).status_code == 410
