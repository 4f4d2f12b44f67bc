"""The team's work community map: anonymous answers, an aggregate only above the threshold."""

import hashlib
import importlib
import re
from datetime import timedelta
from html import unescape

import pytest
from django.apps import apps
from django.conf import settings
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from reversion.models import Version

from community_map import content, team
from community_map.models import TeamLinkEmail, TeamResponse, TeamSurvey
from community_map.summary import summarise_team
from contact.models import Enquiry
from core.logging import mask
from services.models import Page
from tests.support.factories import contact_data, log_in_verified
from tests.support.map_answers import all_statements
from tests.support.team_maps import (
    ANSWER_PATH,
    RESULTS_PATH,
    answer,
    create,
    dimension_answers,
    new_survey,
)

pytestmark = pytest.mark.django_db


def figures(html):
    """The part of the results page that carries figures (everything but the count)."""
    start = html.find('class="map-result__figures"')
    end = html.find('id="toiminnot"')
    return html[start:end] if start >= 0 else ""


# Creating ------------------------------------------------------------------------------------


def test_creating_shows_both_addresses_once_and_stores_only_a_hash_of_the_results_token():
    response = create()

    assert response.status_code == 200
    html = response.content.decode()
    results_token = re.search(r"/tiimi/tulokset/([A-Za-z0-9_-]{43})/", html)[1]
    survey = TeamSurvey.objects.get()
    assert survey.results_token_hash == hashlib.sha256(results_token.encode()).hexdigest()
    stored = {f.attname: str(getattr(survey, f.attname)) for f in TeamSurvey._meta.fields}
    assert not any(results_token in value for value in stored.values())
    assert len(survey.answer_token) == 43
    assert survey.answer_token != results_token
    assert survey.name == "Osasto 4"
    assert survey.threshold == 5
    assert survey.ends_on == timezone.localdate() + timedelta(days=14)
    assert response["Cache-Control"] == "private, no-store"
    assert response["Referrer-Policy"] == "no-referrer"
    assert response["X-Robots-Tag"] == "noindex"


def test_the_personal_map_links_to_the_team_map(client):
    code = ".".join(f"{s.pk}-3" for s in all_statements())

    html = client.get(f"/tyoyhteisokartta/kartta/?v={code}").content.decode()

    assert 'href="/tyoyhteisokartta/tiimi/"' in html


def test_the_form_defaults_to_five_answers_and_two_weeks(client):
    html = client.get("/tyoyhteisokartta/tiimi/").content.decode()

    assert 'name="threshold" value="5"' in html
    in_two_weeks = (timezone.localdate() + timedelta(days=14)).isoformat()
    assert f'value="{in_two_weeks}"' in html


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"threshold": "2"}, "Valitkaa vähintään 3"),
        ({"threshold": "kolme"}, "Antakaa kokonaisluku"),
        ({"ends_on": "2020-01-01"}, "ei voi olla menneisyydessä"),
        ({"ends_on": "9999-12-31"}, "enintään kolmen kuukauden"),
        ({"ends_on": "huomenna"}, "Antakaa päivämäärä"),
        ({"reveal": "never"}, "Valitse"),
    ],
)
def test_bad_choices_get_a_finnish_error_and_store_nothing(fields, message):
    response = create(**fields)

    assert response.status_code == 400
    assert message in unescape(response.content.decode())
    assert not TeamSurvey.objects.exists()


def test_the_end_date_may_be_three_months_ahead_but_not_a_day_more():
    latest = team.latest_end(timezone.localdate())

    assert create(ends_on=latest.isoformat()).status_code == 200
    assert create(ends_on=(latest + timedelta(days=1)).isoformat()).status_code == 400
    assert TeamSurvey.objects.count() == 1


def test_the_honeypot_stores_nothing():
    response = create(website="http://spam.example")

    assert response.status_code == 400
    assert not TeamSurvey.objects.exists()


def test_creating_is_rate_limited(monkeypatch):
    monkeypatch.setattr(team, "CREATE_LIMIT", 2)
    client = Client()

    statuses = [create(client).status_code for _ in range(3)]

    assert statuses == [200, 200, 429]
    assert TeamSurvey.objects.count() == 2


def test_the_leader_can_have_the_links_emailed_and_the_address_is_not_kept(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        html = create(email="vetaja@example.com").content.decode()

    assert "Sähköpostiosoitettanne ei tallenneta" in html
    [message] = mail.outbox
    assert message.to == ["vetaja@example.com"]
    results_url = re.search(r'id="tulososoite" type="text" readonly value="([^"]+)"', html)[1]
    answer_url = re.search(r'id="vastausosoite" type="text" readonly value="([^"]+)"', html)[1]
    assert results_url in message.body
    assert answer_url in message.body
    assert not TeamLinkEmail.objects.exists()
    survey = TeamSurvey.objects.get()
    stored = " ".join(str(getattr(survey, f.attname)) for f in TeamSurvey._meta.fields)
    assert "vetaja" not in stored


# Answering -----------------------------------------------------------------------------------


def test_a_member_answers_with_the_personal_maps_questionnaire_and_sees_their_own_map():
    survey, answer_path, _results = new_survey()
    member = Client()

    page = member.get(answer_path)
    html = page.content.decode()
    assert page.status_code == 200
    assert html.count('<fieldset class="statement') == len(all_statements())
    assert 'method="post"' in html
    assert "csrfmiddlewaretoken" not in html  # the token in the address authorises
    assert not page.cookies  # no CSRF cookie, nothing else
    assert page["Referrer-Policy"] == "no-referrer"
    assert page["Cache-Control"] == "private, no-store"

    response = member.post(answer_path, dimension_answers([4, 4, 4, 4, 4, 4]))

    assert response.status_code == 302
    assert response["Location"].startswith("/tyoyhteisokartta/tiimi/oma/")
    [stored] = TeamResponse.objects.all()
    assert stored.survey == survey
    assert {int(pk) for pk in stored.answers} == {s.pk for s in all_statements()}
    survey.refresh_from_db()
    assert survey.answer_count == 1
    own = member.get(response["Location"])
    assert own.status_code == 200
    assert "Johtajuus" in own.content.decode()
    assert "4,0" in own.content.decode()
    assert own["Cache-Control"] == "private, no-store"


def test_a_response_row_holds_only_the_answers():
    fields = {field.name for field in TeamResponse._meta.get_fields()}

    assert fields == {"id", "survey", "answers"}


def test_a_second_answer_from_the_same_browser_is_refused_softly():
    _survey, answer_path, _results = new_survey()
    member = Client()
    member.post(answer_path, dimension_answers([3] * 6))

    again = member.get(answer_path)
    repeated = member.post(answer_path, dimension_answers([1] * 6))

    assert "Olet jo vastannut" in again.content.decode()
    assert repeated.status_code == 409
    assert TeamResponse.objects.count() == 1
    assert member.cookies["tiimikartta-vastattu"].value == "1"
    assert member.cookies["tiimikartta-vastattu"]["path"] == answer_path


def test_an_empty_questionnaire_gets_the_maps_finnish_error_and_stores_nothing():
    _survey, answer_path, _results = new_survey()

    response = answer(answer_path, {})

    assert response.status_code == 400
    assert "Arvioi vähintään yksi väittämä" in response.content.decode()
    assert not TeamResponse.objects.exists()


def test_answering_is_rate_limited(monkeypatch):
    monkeypatch.setattr(team, "ANSWER_LIMIT", 2)
    _survey, answer_path, _results = new_survey()

    statuses = [answer(answer_path, dimension_answers([3] * 6)).status_code for _ in range(3)]

    assert statuses == [302, 302, 429]
    assert TeamResponse.objects.count() == 2


def test_a_full_survey_takes_no_more_answers():
    survey, answer_path, _results = new_survey()
    TeamResponse.objects.bulk_create(
        [TeamResponse(survey=survey, answers={}) for _ in range(team.MAX_ANSWERS - 1)]
    )
    TeamSurvey.objects.filter(pk=survey.pk).update(answer_count=team.MAX_ANSWERS - 1)

    last = answer(answer_path, dimension_answers([3] * 6))
    over = answer(answer_path, dimension_answers([3] * 6))

    assert last.status_code == 302
    assert over.status_code == 410
    assert TeamResponse.objects.count() == team.MAX_ANSWERS


# Tokens --------------------------------------------------------------------------------------


def _tampered(token):
    return ("A" if token[0] != "A" else "B") + token[1:]


@pytest.mark.parametrize(
    "make_token",
    [
        lambda token: _tampered(token),
        lambda token: "x" * 43,
        lambda token: token + "A",
        lambda token: "A" * 10_000,
        lambda token: "%00%27%22<script>",
        lambda token: "ääkkönen",
    ],
    ids=["tampered", "random", "one-longer", "very-long", "junk", "non-ascii"],
)
def test_wrong_tokens_get_a_finnish_404(client, make_token):
    _survey, answer_path, results_path = new_survey()
    answer_token = answer_path.rstrip("/").rsplit("/", 1)[1]
    results_token = results_path.rstrip("/").rsplit("/", 1)[1]

    for path in (
        ANSWER_PATH.format(make_token(answer_token)),
        RESULTS_PATH.format(make_token(results_token)),
        RESULTS_PATH.format(make_token(results_token)) + "tuloste/",
        RESULTS_PATH.format(make_token(results_token)) + "laheta/",
        RESULTS_PATH.format(make_token(results_token)) + "poista/",
        f"/tyoyhteisokartta/tiimi/oma/{make_token(answer_token)}/",
    ):
        response = client.get(path)
        assert response.status_code == 404, path
        assert "Tiimikarttaa ei löytynyt" in response.content.decode()
        assert response["Referrer-Policy"] == "no-referrer"
    assert client.post(RESULTS_PATH.format(make_token(results_token)) + "sulje/").status_code == 404


def test_the_answer_token_does_not_open_the_results_nor_the_results_token_the_questionnaire(
    client,
):
    _survey, answer_path, results_path = new_survey()
    answer_token = answer_path.rstrip("/").rsplit("/", 1)[1]
    results_token = results_path.rstrip("/").rsplit("/", 1)[1]

    assert client.get(RESULTS_PATH.format(answer_token)).status_code == 404
    assert client.get(ANSWER_PATH.format(results_token)).status_code == 404


def test_expired_and_closed_surveys_answer_410_in_finnish(client):
    expired, expired_path, _results = new_survey()
    TeamSurvey.objects.filter(pk=expired.pk).update(
        ends_on=timezone.localdate() - timedelta(days=1)
    )
    _closed, closed_path, closed_results = new_survey()
    client.post(closed_results + "sulje/")

    for path in (expired_path, closed_path):
        for response in (client.get(path), answer(path, dimension_answers([3] * 6))):
            assert response.status_code == 410
            assert "Kysely ei ole enää avoinna" in response.content.decode()
    assert not TeamResponse.objects.exists()


def test_an_altered_own_map_address_is_a_404(client):
    _survey, answer_path, _results = new_survey()
    location = answer(answer_path, dimension_answers([3] * 6))["Location"]

    assert client.get(location).status_code == 200
    assert client.get(location[:-3] + "xx/").status_code == 404


# Results -------------------------------------------------------------------------------------


def test_below_the_threshold_every_output_shows_nothing_but_the_count(client, settings):
    settings.CONTACT_MIN_SECONDS = 0
    survey, answer_path, results_path = new_survey(threshold="5")
    own_pages = [
        answer(answer_path, dimension_answers([v, 2, 3, 4, 5, 1]))["Location"] for v in (1, 2, 3, 4)
    ]

    html = client.get(results_path).content.decode()
    assert "4 jäsentä on vastannut" in html
    assert figures(html) == ""
    assert "map-chart" not in html
    assert "Mediaani" not in html
    assert "mediaani" not in html
    assert "Vastaukset väittämittäin" not in html
    handout = client.get(results_path + "tuloste/").content.decode()
    assert "map-chart" not in handout
    assert "ediaani" not in handout
    summary = summarise_team(team.reference_for(survey))
    assert summary.splitlines()[1] == "4 vastausta tähän mennessä; lukuja näytetään 5 vastauksesta."
    assert len(summary.splitlines()) == 2
    own = client.get(own_pages[0]).content.decode()
    assert "team-chart__band" not in own
    assert "Tiimin mediaani" not in own
    send = client.get(results_path + "laheta/")
    contact_page = client.get(send["Location"]).content.decode()
    assert "4 vastausta tähän mennessä" in contact_page
    assert "ediaani" not in contact_page


def test_at_the_threshold_medians_and_spreads_equal_hand_computed_values(client):
    _survey, answer_path, results_path = new_survey(threshold="4")
    # Dimension scores of four members; the first dimension is 1, 2, 4, 5:
    # median (2 + 4) / 2 = 3; quartiles by linear interpolation over positions 0–3:
    # Q1 at 0.75 = 1 + 0.75·(2 − 1) = 1.75, Q3 at 2.25 = 4 + 0.25·(5 − 4) = 4.25.
    members = [
        [1, 3, 3, 2, 5, 1],
        [2, 3, 4, 2, 5, 2],
        [4, 3, 4, 3, 5, 2],
        [5, 3, 5, 4, 5, 5],
    ]
    for values in members:
        answer(answer_path, dimension_answers(values))

    survey = TeamSurvey.objects.get()
    team_map = team.team_map(survey)
    expected = [
        (3.0, 1.75, 4.25),
        (3.0, 3.0, 3.0),
        (4.0, 3.75, 4.25),  # 3, 4, 4, 5
        (2.5, 2.0, 3.25),  # 2, 2, 3, 4
        (5.0, 5.0, 5.0),
        (2.0, 1.75, 2.75),  # 1, 2, 2, 5
    ]
    assert [(s.average, s.q1, s.q3) for s in team_map.scores] == expected
    assert all(s.answered == 4 for s in team_map.scores)
    assert team_map.basis == 4

    html = client.get(results_path).content.decode()
    rows = re.findall(
        r'<tr><th scope="row">([^<]+)<span class="team-table__rated">4 arvioi</span></th>'
        r"<td>([^<]+)</td><td>([^<]+)</td>",
        html,
    )
    table = {name: (median, spread) for name, median, spread in rows[:6]}
    names = [d.name for d in content.dimensions()]
    assert table[names[0]] == ("3,0", "1,8–4,3")  # 1.75 and 4.25 rounded half up
    assert table[names[2]] == ("4,0", "3,8–4,3")
    assert table[names[5]] == ("2,0", "1,8–2,8")


def test_the_open_survey_changes_only_in_whole_steps_of_the_threshold(client):
    _survey, answer_path, results_path = new_survey(threshold="3")
    for value in (2, 3, 4):
        answer(answer_path, dimension_answers([value] * 6))
    at_three = figures(client.get(results_path).content.decode())

    answer(answer_path, dimension_answers([5] * 6))  # the fourth, alone
    at_four = client.get(results_path).content.decode()
    answer(answer_path, dimension_answers([5] * 6))
    at_five = figures(client.get(results_path).content.decode())
    answer(answer_path, dimension_answers([5] * 6))
    at_six = figures(client.get(results_path).content.decode())

    assert "4 jäsentä on vastannut" in at_four
    assert "Luvut on laskettu 3 vastauksesta (vastauksia on yhteensä 4)" in unescape(at_four)
    assert figures(at_four) == at_three == at_five
    assert at_six != at_three
    assert ">4,5</td>" in at_six  # median of 2, 3, 4, 5, 5, 5


def test_leftover_answers_stay_hidden_after_closing_in_steps_mode(client):
    survey, answer_path, results_path = new_survey(threshold="3")
    for value in (2, 3, 4, 5):
        answer(answer_path, dimension_answers([value] * 6))
    before = figures(client.get(results_path).content.decode())

    client.post(results_path + "sulje/")

    assert figures(client.get(results_path).content.decode()) == before
    survey.refresh_from_db()
    assert survey.closed_on == timezone.localdate() == survey.ends_on


def test_the_leader_may_choose_to_see_figures_only_after_closing(client):
    _survey, answer_path, results_path = new_survey(threshold="3", reveal="closed")
    for value in (2, 3, 4, 5):
        answer(answer_path, dimension_answers([value] * 6))

    open_html = client.get(results_path).content.decode()
    client.post(results_path + "sulje/")
    closed_html = client.get(results_path).content.decode()

    assert figures(open_html) == ""
    assert "vasta kyselyn sulkeuduttua" in open_html
    assert ">3,5</td>" in figures(closed_html)  # all four count once closed: 2, 3, 4, 5


def test_a_statement_rated_by_fewer_than_the_threshold_has_no_distribution(client):
    _survey, answer_path, results_path = new_survey(threshold="3")
    rare = all_statements()[0]
    for index, value in enumerate((2, 3, 4)):
        data = dimension_answers([value] * 6)
        if index > 0:
            data[f"s{rare.pk}"] = "0"  # "don't know": only one member rated it
        answer(answer_path, data)

    survey = TeamSurvey.objects.get()
    team_map = team.team_map(survey)
    html = client.get(results_path).content.decode()

    shown = {item.statement.pk for item in team_map.statements}
    assert rare.pk not in shown
    assert shown == {s.pk for s in all_statements()} - {rare.pk}
    table = html[html.find("team-distributions__table") :]
    assert rare.text not in table
    assert all_statements()[1].text in table


def test_agreement_and_disagreement_are_ranked_by_the_spread_of_answers():
    _survey, answer_path, _results = new_survey(threshold="3")
    statements = all_statements()
    split, unanimous = statements[0], statements[1]
    for value in (1, 3, 5):
        data = {f"s{s.pk}": "3" for s in statements}
        data[f"s{split.pk}"] = str(value)
        data[f"s{unanimous.pk}"] = "5"
        answer(answer_path, data)

    team_map = team.team_map(TeamSurvey.objects.get())

    assert team_map.disagree[0].statement.pk == split.pk
    assert (team_map.disagree[0].q1, team_map.disagree[0].q3) == (2.0, 4.0)
    assert split.pk not in {s.statement.pk for s in team_map.agree}
    assert team_map.agree[0].spread == 0


def test_the_results_page_has_reflections_recommendations_and_a_handout(client):
    _survey, answer_path, results_path = new_survey(threshold="3")
    for value in (1, 1, 2):
        answer(answer_path, dimension_answers([value] * 6))

    html = client.get(results_path).content.decode()
    handout = client.get(results_path + "tuloste/")

    assert "Mitä kartta kertoo" in html
    assert "Työnohjaus, joka voisi auttaa" in html
    assert 'class="map-recommendations__link"' in html
    assert handout.status_code == 200
    assert "team-handout" in handout.content.decode()
    assert handout["Cache-Control"] == "private, no-store"


def test_results_take_a_bounded_number_of_queries(client, django_assert_max_num_queries):
    _survey, answer_path, results_path = new_survey(threshold="3")
    for value in (1, 3, 5, 4, 2, 3):
        answer(answer_path, dimension_answers([value] * 6))
    client.get(results_path)  # the map's content is cached after the first page

    with django_assert_max_num_queries(4):
        assert client.get(results_path).status_code == 200


def test_a_member_who_answered_sees_their_map_over_the_teams(client):
    _survey, answer_path, _results = new_survey(threshold="3")
    own_path = answer(answer_path, dimension_answers([5] * 6))["Location"]
    before = client.get(own_path).content.decode()
    for value in (1, 3):
        answer(answer_path, dimension_answers([value] * 6))

    after = client.get(own_path).content.decode()

    assert "team-chart__band" not in before
    assert "team-chart__band" in after
    assert "team-chart__own" in after
    # You, and the team's median with its middle half.
    assert '<td>5,0</td><td class="team-table__figure">3,0 (2,0–4,0)</td>' in after


# Sending, closing, deleting ------------------------------------------------------------------


def test_the_team_map_goes_to_a_supervisor_built_from_the_aggregate(client, settings):
    settings.CONTACT_MIN_SECONDS = 0
    _survey, answer_path, results_path = new_survey(threshold="3", name="Tiimi A")
    for value in (2, 3, 4):
        answer(answer_path, dimension_answers([value] * 6))
    contact_path = client.get(results_path + "laheta/")["Location"]
    reference = contact_path.split("tiimikartta=", 1)[1]

    page = client.get(contact_path)
    assert "Tiimin työyhteisökartta: Tiimi A" in page.content.decode()
    response = client.post(
        "/ota-yhteytta/",
        {**contact_data(), "tiimikartta": reference, "kartta": ""},
    )

    assert response.status_code == 302
    summary = Enquiry.objects.get().map_summary
    name = content.dimensions()[0].name
    assert f"- {name}: mediaani 3,0, keskimmäinen puolikas 2,5–3,5 (3 arvioi)" in summary
    assert results_path.split("/")[-2] not in summary


def test_an_altered_team_map_reference_is_refused_with_a_finnish_error(client, settings):
    settings.CONTACT_MIN_SECONDS = 0
    survey, _answer_path, _results = new_survey()
    reference = team.reference_for(survey)

    response = client.post(
        "/ota-yhteytta/",
        {**contact_data(), "tiimikartta": reference[:-2] + "xx"},
    )

    assert response.status_code == 400
    assert "Liitetty tiimikartta on vanhentunut" in response.content.decode()
    assert not Enquiry.objects.exists()


def test_deleting_removes_the_survey_and_every_answer_at_once(client):
    survey, answer_path, results_path = new_survey(threshold="3")
    for value in (2, 3, 4):
        answer(answer_path, dimension_answers([value] * 6))

    confirm = client.get(results_path + "poista/")
    response = client.post(results_path + "poista/")

    assert confirm.status_code == 200
    assert response.status_code == 302
    assert not TeamSurvey.objects.filter(pk=survey.pk).exists()
    assert not TeamResponse.objects.exists()
    assert client.get(results_path).status_code == 404
    assert client.get(answer_path).status_code == 404


def test_closed_surveys_and_their_answers_are_purged_90_days_after_the_end_date():
    old, old_path, _ = new_survey(threshold="3")
    recent, recent_path, _ = new_survey(threshold="3")
    for path in (old_path, recent_path):
        for value in (2, 3, 4):
            answer(path, dimension_answers([value] * 6))
    today = timezone.localdate()
    TeamSurvey.objects.filter(pk=old.pk).update(ends_on=today - timedelta(days=91))
    TeamSurvey.objects.filter(pk=recent.pk).update(ends_on=today - timedelta(days=90))

    call_command("purge_team_maps", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert list(TeamSurvey.objects.values_list("pk", flat=True)) == [recent.pk]
    assert set(TeamResponse.objects.values_list("survey_id", flat=True)) == {recent.pk}
    assert TeamResponse.objects.count() == 3


def test_the_nightly_purge_unit_runs_the_team_map_purge():
    from pathlib import Path

    unit = (Path(settings.BASE_DIR) / "deploy" / "tyonohjaus-purge.service").read_text()

    assert "manage.py purge_team_maps" in unit


# Staff ---------------------------------------------------------------------------------------


def test_the_admin_lists_counts_and_dates_but_never_answers(admin_user):
    admin_client = Client()
    log_in_verified(admin_client, admin_user)
    survey, answer_path, _results = new_survey(threshold="3")
    answer(answer_path, dimension_answers([2] * 6))

    listing = admin_client.get("/hallinta/community_map/teamsurvey/")
    detail = admin_client.get(f"/hallinta/community_map/teamsurvey/{survey.pk}/change/")

    assert listing.status_code == 200
    assert detail.status_code == 200
    statement = all_statements()[0].text
    for html in (listing.content.decode(), detail.content.decode()):
        assert "Osasto 4" in html
        assert survey.answer_token not in html
        assert survey.results_token_hash not in html
        assert statement not in html
    assert admin_client.get("/hallinta/community_map/teamresponse/").status_code == 404


# Privacy -------------------------------------------------------------------------------------

privacy_migration = importlib.import_module(
    "community_map.migrations.0004_privacy_statement_team_map"
)


def test_the_privacy_statement_describes_the_team_map_and_its_cookie(client):
    html = client.get("/tietosuoja/").content.decode()

    assert "Tiimin työyhteisökartta" in html
    assert "Emme tallenna vastaajan nimeä, IP-osoitetta" in html
    assert "90 päivän kuluttua" in html
    assert "tästä selaimesta on jo vastattu kyselyyn" in html


def test_the_team_map_section_is_added_to_a_seeded_statement_with_history():
    page = Page.objects.get(slug="tietosuoja")
    seeded = page.body.replace(privacy_migration.SECTION, "").replace(
        privacy_migration.COOKIE_NEW, privacy_migration.COOKIE_OLD
    )
    Page.objects.filter(pk=page.pk).update(body=seeded.replace("\n", "\r\n"))

    privacy_migration.describe_team_map(apps)

    page.refresh_from_db()
    assert page.body.count("## Tiimin työyhteisökartta") == 1
    assert page.body.index("## Tiimin työyhteisökartta") < page.body.index(
        "## Rekisteröidyn oikeudet"
    )
    latest = Version.objects.get_for_object(page).first()
    assert latest.revision.comment == "Valmisteksti päivitetty: tiimin työyhteisökartta"


def test_a_statement_staff_rewrote_keeps_their_text():
    edited = "## Omat kohtamme\n\nKirjoitimme selosteen itse.\n"
    Page.objects.filter(slug="tietosuoja").update(body=edited)

    privacy_migration.describe_team_map(apps)

    assert Page.objects.get(slug="tietosuoja").body == edited


def test_tokens_in_team_map_addresses_are_masked_in_logs():
    line = (
        '"GET /tyoyhteisokartta/tiimi/tulokset/tyc3_u1IGwMkXMhXbJdUtHSKFMXSkS_wjyLsyOblX2A/tuloste/'
        ' HTTP/1.1" 200 and /tyoyhteisokartta/tiimi/vastaa/abc-DEF_123/ and '
        "/tyoyhteisokartta/tiimi/oma/WzEs:1xW:RRt/"
    )

    masked = mask(line)

    assert masked == (
        '"GET /tyoyhteisokartta/tiimi/tulokset/***/tuloste/ HTTP/1.1" 200 and '
        "/tyoyhteisokartta/tiimi/vastaa/***/ and /tyoyhteisokartta/tiimi/oma/***/"
    )


def test_browsers_post_with_origin_null_under_no_referrer_and_the_token_pages_accept_it():
    """
    Under ``Referrer-Policy: no-referrer`` a browser sends ``Origin: null`` with a form's POST.

    The token pages' forms must work so; the creation form, on a page without a token, keeps
    the CSRF check.
    """
    survey, answer_path, results_path = new_survey()
    strict = Client(enforce_csrf_checks=True, HTTP_ORIGIN="null")

    answered = strict.post(answer_path, dimension_answers([3] * 6))
    closed = strict.post(results_path + "sulje/")
    created = Client(enforce_csrf_checks=True).post("/tyoyhteisokartta/tiimi/", {})
    form_page = Client().get("/tyoyhteisokartta/tiimi/")

    assert answered.status_code == 302
    assert closed.status_code == 302
    survey.refresh_from_db()
    assert survey.answer_count == 1
    assert survey.closed_on is not None
    assert created.status_code == 403
    assert "Referrer-Policy" not in form_page or form_page["Referrer-Policy"] != "no-referrer"
    assert "csrfmiddlewaretoken" in form_page.content.decode()


def test_nginx_logs_team_map_addresses_with_their_tokens_masked():
    from pathlib import Path

    nginx = (Path(settings.BASE_DIR) / "deploy" / "nginx.conf").read_text()
    pattern, replacement = re.search(
        r'map \$uri \$uri_masked \{\s*"~(.+?)"\s+"(.+?)";\s*default \$uri;', nginx
    ).groups()
    log_format = re.search(r"^log_format tyonohjaus (.*?);", nginx, re.M | re.S)[1]
    python_pattern = re.compile(pattern.replace("(?<", "(?P<"))
    python_replacement = re.sub(r"\$\{(\w+)\}", r"\\g<\1>", replacement)

    def logged(uri):
        return python_pattern.sub(python_replacement, uri) if python_pattern.match(uri) else uri

    assert "$uri_masked" in log_format
    token = "tyc3_u1IGwMkXMhXbJdUtHSKFMXSkS_wjyLsyOblX2A"
    assert logged(f"/tyoyhteisokartta/tiimi/tulokset/{token}/tuloste/") == (
        "/tyoyhteisokartta/tiimi/tulokset/***/tuloste/"
    )
    answer_uri = f"/tyoyhteisokartta/tiimi/vastaa/{token}/"
    assert logged(answer_uri) == "/tyoyhteisokartta/tiimi/vastaa/***/"
    assert logged("/tyoyhteisokartta/tiimi/") == "/tyoyhteisokartta/tiimi/"
