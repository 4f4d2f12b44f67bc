"""The figure on /vaikuttavuus/: from closed rounds of real processes, published by staff."""

import io
from datetime import timedelta
from unittest import mock

import pytest
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

from evaluations import rounds
from evaluations.models import ImpactFigure
from tests.support.evaluations import answer, answer_data, close_by_date, make_process, make_round

pytestmark = pytest.mark.django_db

PATH = "/vaikuttavuus/"
# Each process's six participants rate the usefulness of the sessions (1–5).
USEFULNESS = [
    [5, 4, 4, 3, 5, 2],
    [4, 4, 5, 5, 3, 4],
    [3, 3, 4, 5, 4, 4],
    [5, 5, 5, 4, 2, 4],
    [4, 3, 4, 4, 5, 5],
]


def _process_with_closed_round(number, ratings, is_example=False, close=True):
    process = make_process(organisation=f"Organisaatio {number}", is_example=is_example)
    item, codes = make_round(process, code_count=len(ratings) + 2)
    for code, rating in zip(codes, ratings, strict=False):
        assert answer(code, answer_data(process, [3, 3], usefulness=rating)).status_code == 302
    if close:
        close_by_date(item)
    return item


def _publish():
    ImpactFigure.objects.create(published=True)


def _visitor():
    return Client(HTTP_ACCEPT_ENCODING="identity")


def _hand_count(groups):
    ratings = [rating for group in groups for rating in group]
    return round(100 * sum(1 for rating in ratings if rating >= 4) / len(ratings)), len(ratings)


def test_the_figure_appears_at_thirty_answers_from_five_processes_and_matches_a_hand_count():
    _publish()
    for number, ratings in enumerate(USEFULNESS[:4]):
        _process_with_closed_round(number, ratings)
    html = _visitor().get(PATH).content.decode()
    assert "Miten työnohjaus vaikuttaa?" in html  # the page's own text stays
    assert "Hyödyllinen tai erittäin hyödyllinen" not in html  # 24 answers from 4 processes

    _process_with_closed_round(4, USEFULNESS[4])
    html = _visitor().get(PATH).content.decode()
    percent, answers = _hand_count(USEFULNESS)
    year = (timezone.localdate() - timedelta(days=1)).year  # the rounds' last day
    assert answers == 30
    assert f"Hyödyllinen tai erittäin hyödyllinen: {percent}\u00a0%" in html
    assert f"30 vastausta 5 työnohjausprosessista, {year}." in html
    assert "ei validoidusta mittarista" in html


def test_thirty_answers_from_four_processes_are_not_enough():
    _publish()
    for number, ratings in enumerate([*USEFULNESS[:3], USEFULNESS[3] * 2]):
        _process_with_closed_round(number, ratings)
    assert "Hyödyllinen tai erittäin" not in _visitor().get(PATH).content.decode()


def test_example_processes_and_open_rounds_never_count():
    _publish()
    for number, ratings in enumerate(USEFULNESS):
        _process_with_closed_round(number, ratings)
    _process_with_closed_round(10, [1, 1, 1, 1, 1, 1, 1, 1], is_example=True)
    _process_with_closed_round(11, [1, 1, 1, 1, 1, 1], close=False)
    percent, _answers = _hand_count(USEFULNESS)
    html = _visitor().get(PATH).content.decode()
    assert f"Hyödyllinen tai erittäin hyödyllinen: {percent}\u00a0%" in html
    assert "30 vastausta 5 työnohjausprosessista" in html


def test_a_process_marked_as_an_example_leaves_the_published_figure_at_once():
    _publish()
    rounds = [_process_with_closed_round(number, ratings) for number, ratings in
              enumerate(USEFULNESS)]  # fmt: skip
    assert "30 vastausta 5" in _visitor().get(PATH).content.decode()

    process = rounds[0].process
    process.is_example = True
    process.save()

    assert "Hyödyllinen tai erittäin" not in _visitor().get(PATH).content.decode()


def test_the_example_content_shows_results_but_never_counts(admin_user):
    from django.core.management import call_command

    from evaluations.models import EvaluationRound
    from processes.models import Process
    from tests.support.factories import log_in_verified

    _publish()
    for number, ratings in enumerate(USEFULNESS):
        _process_with_closed_round(number, ratings)
    call_command("load_example_content", stdout=io.StringIO())
    call_command("load_example_content", stdout=io.StringIO())  # again: nothing doubles
    example = Process.objects.get(is_example=True)
    assert EvaluationRound.objects.filter(process=example).count() == 2
    assert all(rounds.is_closed(item) for item in example.evaluation_rounds.all())
    percent, _answers = _hand_count(USEFULNESS)
    html = _visitor().get(PATH).content.decode()
    assert f"Hyödyllinen tai erittäin hyödyllinen: {percent}\u00a0%" in html
    assert "30 vastausta 5 työnohjausprosessista" in html
    client = Client()
    log_in_verified(client, admin_user)
    first = example.evaluation_rounds.order_by("pk").first()
    results = client.get(f"/hallinta/evaluations/evaluationround/{first.pk}/tulokset/")
    assert results.content.decode().count("(6)") >= 6


def test_a_round_with_fewer_answers_than_its_threshold_does_not_count():
    _publish()
    for number, ratings in enumerate(USEFULNESS):
        _process_with_closed_round(number, ratings)
    _process_with_closed_round(20, [1, 1])  # two answers: they would be told by subtraction
    assert "30 vastausta 5 työnohjausprosessista" in _visitor().get(PATH).content.decode()


def test_nothing_is_shown_until_staff_publish_it():
    for number, ratings in enumerate(USEFULNESS):
        _process_with_closed_round(number, ratings)
    assert "Hyödyllinen tai erittäin" not in _visitor().get(PATH).content.decode()
    _publish()  # saving the switch starts a new content version
    assert "Hyödyllinen tai erittäin" in _visitor().get(PATH).content.decode()


def test_the_cached_page_is_refreshed_when_a_round_closes_early_or_by_the_clock():
    _publish()
    for number, ratings in enumerate(USEFULNESS[:4]):
        _process_with_closed_round(number, ratings)
    early = _process_with_closed_round(4, USEFULNESS[4], close=False)
    visitor = _visitor()
    assert "Hyödyllinen tai erittäin" not in visitor.get(PATH).content.decode()
    rounds.close(early)
    assert "30 vastausta 5" in visitor.get(PATH).content.decode()

    by_clock = _process_with_closed_round(5, [1, 1, 1, 1, 1, 1], close=False)
    before = visitor.get(PATH).content.decode()
    assert "30 vastausta 5" in before
    after_last_day = rounds.closing_moment(by_clock) + timedelta(minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=after_last_day):
        assert "36 vastausta 6" in visitor.get(PATH).content.decode()


@pytest.mark.parametrize("path", ["/sv/verkningsfullhet/", "/en/impact/"])
def test_the_figure_is_on_the_swedish_and_english_pages_too(path):
    _publish()
    for number, ratings in enumerate(USEFULNESS):
        _process_with_closed_round(number, ratings)
    percent, _answers = _hand_count(USEFULNESS)
    html = _visitor().get(path).content.decode()
    expected = {"/sv/verkningsfullhet/": f"Nyttig eller mycket nyttig: {percent}\u00a0%",
                "/en/impact/": f"Useful or very useful: {percent}%"}[path]  # fmt: skip
    assert expected in html


def test_the_page_costs_no_query_warm(django_assert_max_num_queries):
    _publish()
    for number, ratings in enumerate(USEFULNESS):
        _process_with_closed_round(number, ratings)
    cache.clear()
    visitor = _visitor()
    with django_assert_max_num_queries(12):
        visitor.get(PATH)
    with django_assert_max_num_queries(0):
        assert visitor.get(PATH).status_code == 200


@pytest.mark.parametrize(
    ("path", "heading", "words"),
    [
        ("/tietosuoja/", "Työnohjauksen arvioinnit", "emmekä vastausaikaa"),
        ("/sv/dataskydd/", "Utvärderingar av arbetshandledningen", "tidpunkten för svaret"),
        ("/en/privacy/", "Evaluations of the supervision", "or the time of the answer"),
    ],
)
def test_the_privacy_statement_describes_the_evaluations(path, heading, words):
    html = _visitor().get(path).content.decode()
    assert heading in html
    assert words in html
