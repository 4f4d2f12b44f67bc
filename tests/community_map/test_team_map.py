"""The team map run like a ballot: creating, answering, results, lifetime, staff."""

import hashlib
import importlib
import re
from datetime import timedelta
from html import unescape

import pytest
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.test import Client
from django.utils import timezone
from reversion.models import Version

from community_map import content, team
from community_map.models import AnswerCode, TeamResponse, TeamSurvey
from community_map.summary import summarise_team
from contact.models import Enquiry
from core.logging import mask
from services.models import Page
from tests.support.factories import contact_data, log_in_verified
from tests.support.map_answers import all_statements
from tests.support.team_maps import (
    ANSWER_PATH,
    RESULTS_PATH,
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


def stored_values(*querysets):
    """Every value stored in the rows of ``querysets``, as text."""
    return " ".join(
        str(getattr(row, field.attname))
        for queryset in querysets
        for row in queryset
        for field in row._meta.concrete_fields
    )


# Creating ------------------------------------------------------------------------------------


def test_creating_shows_the_results_address_once_and_stores_only_fingerprints():
    response = create(member_count="7")

    assert response.status_code == 200
    html = response.content.decode()
    results_token = re.search(r"/tiimi/tulokset/([A-Za-z0-9_-]{43})/", html)[1]
    survey = TeamSurvey.objects.get()
    assert survey.results_token_hash == hashlib.sha256(results_token.encode()).hexdigest()
    assert survey.member_count == 7
    assert survey.answer_count == 0
    assert AnswerCode.objects.filter(survey=survey).count() == 7
    codes = team.codes_of(survey, results_token)
    stored = stored_values(TeamSurvey.objects.all(), AnswerCode.objects.all())
    assert results_token not in stored
    assert not any(code in stored or code.replace("-", "") in stored for code in codes)
    assert survey.name == "Osasto 4"
    assert survey.threshold == 5
    assert survey.ends_on == timezone.localdate() + timedelta(days=14)
    assert f'href="/tyoyhteisokartta/tiimi/tulokset/{results_token}/koodit/"' in html
    assert "käyttämättömiä koodeja" in unescape(html)
    assert response["Cache-Control"] == "private, no-store"
    assert response["Referrer-Policy"] == "no-referrer"
    assert response["X-Robots-Tag"] == "noindex"


def test_the_personal_map_links_to_the_team_map(client):
    code = ".".join(f"{s.pk}-3" for s in all_statements())

    html = client.get(f"/tyoyhteisokartta/kartta/?v={code}").content.decode()

    assert 'href="/tyoyhteisokartta/tiimi/"' in html


def test_the_form_asks_the_team_size_and_shows_figures_after_closing_by_default(client):
    html = client.get("/tyoyhteisokartta/tiimi/").content.decode()

    assert 'name="member_count"' in html
    assert 'name="threshold" value="5"' in html
    in_two_weeks = (timezone.localdate() + timedelta(days=14)).isoformat()
    assert f'value="{in_two_weeks}"' in html
    assert re.search(r'<input type="radio"[^>]*name="reveal" value="closed"[^>]*checked', html)
    assert "Mitä koodit eivät estä" in html
    assert "käyttämättömiä koodeja, voi vastata niillä" in unescape(html)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"member_count": ""}, "Antakaa tiimin jäsenten määrä"),
        ({"member_count": "4"}, "vähintään 5 jäsentä"),
        ({"member_count": "61"}, "enintään 60 jäsentä"),
        ({"member_count": "6", "threshold": "7"}, "enintään tiimin jäsenten määrä"),
        ({"threshold": "2"}, "Valitkaa vähintään 3"),
        ({"threshold": "kolme"}, "Antakaa kokonaisluku"),
        ({"ends_on": "2020-01-01"}, "ei voi olla menneisyydessä"),
        ({"ends_on": "9999-12-31"}, "enintään kolmen kuukauden"),
        ({"ends_on": "huomenna"}, "Antakaa päivämäärä"),
        ({"reveal": "never"}, "Valitkaa jokin annetuista vaihtoehdoista"),
    ],
)
def test_bad_choices_get_a_finnish_error_and_store_nothing(fields, message):
    response = create(**fields)

    assert response.status_code == 400
    assert message in unescape(response.content.decode())
    assert not TeamSurvey.objects.exists()
    assert not AnswerCode.objects.exists()


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


# Answering -----------------------------------------------------------------------------------


def test_a_member_answers_with_their_code_and_sees_their_own_map():
    made = new_survey()
    member = Client()
    answer_path = made.answer_path()

    page = member.get(answer_path)
    html = page.content.decode()
    assert page.status_code == 200
    assert html.count('<fieldset class="statement') == len(all_statements())
    assert 'method="post"' in html
    assert f'action="{answer_path}"' in html
    assert "csrfmiddlewaretoken" not in html  # the code in the address authorises
    assert "Mitä koodit eivät estä" in html
    assert not page.cookies
    assert page["Referrer-Policy"] == "no-referrer"
    assert page["Cache-Control"] == "private, no-store"

    response = member.post(answer_path, dimension_answers([4, 4, 4, 4, 4, 4]))

    assert response.status_code == 302
    assert response["Location"].startswith("/tyoyhteisokartta/tiimi/oma/")
    assert not response.cookies
    [stored] = TeamResponse.objects.all()
    assert stored.survey == made.survey
    assert {int(pk) for pk in stored.answers} == {s.pk for s in all_statements()}
    made.survey.refresh_from_db()
    assert made.survey.answer_count == 1
    own = member.get(response["Location"])
    assert own.status_code == 200
    assert "Johtajuus" in own.content.decode()
    assert "4,0" in own.content.decode()
    assert own["Cache-Control"] == "private, no-store"


def test_an_answer_row_holds_only_the_answers_and_no_code():
    answer_fields = {field.name for field in TeamResponse._meta.get_fields()}
    code_fields = {field.name for field in AnswerCode._meta.get_fields()}

    assert answer_fields == {"id", "survey", "answers", "step"}
    assert code_fields == {"id", "survey", "digest"}
    assert not any(
        field.is_relation and field.related_model is AnswerCode
        for field in TeamResponse._meta.get_fields()
    )


def test_used_codes_are_kept_sorted_on_the_survey_so_their_order_tells_nothing():
    made = new_survey(member_count="6")
    for code in reversed(made.codes[:4]):
        made.unused.remove(code)
        assert Client().post(made.answer_path(code), dimension_answers([3] * 6)).status_code == 302

    made.survey.refresh_from_db()
    assert made.survey.answer_count == 4
    assert made.survey.used_codes == sorted(made.survey.used_codes)
    digests = set(AnswerCode.objects.filter(survey=made.survey).values_list("digest", flat=True))
    assert set(made.survey.used_codes) < digests


def test_a_used_code_answers_410_in_finnish_and_stores_nothing():
    made = new_survey()
    code = made.unused[0]
    first = made.answer(dimension_answers([3] * 6))
    stranger = Client()

    opened_again = stranger.get(made.answer_path(code))
    sent_again = stranger.post(made.answer_path(code), dimension_answers([1] * 6))

    assert first.status_code == 302
    for response in (opened_again, sent_again):
        assert response.status_code == 410
        assert "Tällä koodilla on jo vastattu" in response.content.decode()
        assert response["Cache-Control"] == "private, no-store"
    assert TeamResponse.objects.count() == 1
    made.survey.refresh_from_db()
    assert made.survey.answer_count == 1


def test_a_survey_never_counts_more_answers_than_codes():
    made = new_survey(member_count="5")

    with pytest.raises(IntegrityError), transaction.atomic():
        TeamSurvey.objects.filter(pk=made.survey.pk).update(answer_count=6)


def test_an_empty_questionnaire_gets_the_maps_finnish_error_and_keeps_the_code():
    made = new_survey()

    response = Client().post(made.answer_path(), {})

    assert response.status_code == 400
    assert (
        "Kartta voidaan piirtää, kun vähintään yhteen väittämään on vastattu"
        in response.content.decode()
    )
    assert not TeamResponse.objects.exists()
    assert made.answer(dimension_answers([3] * 6)).status_code == 302


def test_requests_with_a_code_are_rate_limited_per_address(monkeypatch):
    monkeypatch.setattr(team, "CODE_LIMIT", 3)
    made = new_survey()
    client = Client()

    statuses = [
        client.get(made.answer_path(made.codes[0])).status_code,
        client.get(ANSWER_PATH.format("XXXX-XXXX-XXXX")).status_code,
        made.answer(dimension_answers([3] * 6), client).status_code,
        made.answer(dimension_answers([3] * 6), client).status_code,
    ]

    assert statuses == [200, 404, 302, 429]
    assert TeamResponse.objects.count() == 1


# Addresses and codes that open nothing -------------------------------------------------------


def _tampered(token):
    return ("A" if token[0] != "A" else "C") + token[1:]


@pytest.mark.parametrize(
    "make_secret",
    [
        lambda secret: _tampered(secret),
        lambda secret: "x" * 43,
        lambda secret: secret + "A",
        lambda secret: "A" * 10_000,
        lambda secret: "%00%27%22<script>",
        lambda secret: "ääkkönen",
    ],
    ids=["tampered", "random", "one-longer", "very-long", "junk", "non-ascii"],
)
def test_wrong_tokens_and_codes_get_a_finnish_404(client, make_secret):
    made = new_survey()

    for path in (
        ANSWER_PATH.format(make_secret(made.codes[0])),
        RESULTS_PATH.format(make_secret(made.results_token)),
        RESULTS_PATH.format(make_secret(made.results_token)) + "koodit/",
        RESULTS_PATH.format(make_secret(made.results_token)) + "tuloste/",
        RESULTS_PATH.format(make_secret(made.results_token)) + "laheta/",
        RESULTS_PATH.format(make_secret(made.results_token)) + "poista/",
        f"/tyoyhteisokartta/tiimi/oma/{make_secret(made.results_token)}/",
    ):
        response = client.get(path)
        assert response.status_code == 404, path
        assert "Tiimikarttaa ei löytynyt" in response.content.decode()
        assert response["Referrer-Policy"] == "no-referrer"
    closing = client.post(RESULTS_PATH.format(make_secret(made.results_token)) + "sulje/")
    assert closing.status_code == 404
    assert not TeamResponse.objects.exists()


def test_a_code_does_not_open_the_results_nor_the_results_token_the_questionnaire(client):
    made = new_survey()

    assert client.get(RESULTS_PATH.format(made.codes[0])).status_code == 404
    assert client.get(ANSWER_PATH.format(made.results_token)).status_code == 404


def test_expired_and_closed_surveys_answer_410_in_finnish(client):
    expired = new_survey()
    TeamSurvey.objects.filter(pk=expired.survey.pk).update(
        ends_on=timezone.localdate() - timedelta(days=1)
    )
    closed = new_survey()
    client.post(closed.results_path + "sulje/")

    for made in (expired, closed):
        path = made.answer_path()
        for response in (client.get(path), client.post(path, dimension_answers([3] * 6))):
            assert response.status_code == 410
            assert "Kysely ei ole enää avoinna" in response.content.decode()
    assert not TeamResponse.objects.exists()


def test_an_altered_own_map_address_is_a_404(client):
    made = new_survey()
    location = made.answer(dimension_answers([3] * 6))["Location"]

    assert client.get(location).status_code == 200
    assert client.get(location[:-3] + "xx/").status_code == 404


# Results -------------------------------------------------------------------------------------


def test_below_five_ratings_every_output_shows_nothing_but_the_count(client, settings):
    settings.CONTACT_MIN_SECONDS = 0
    made = new_survey(threshold="3", member_count="9")
    own_pages = [
        made.answer(dimension_answers([v, 2, 3, 4, 5, 1]))["Location"] for v in (1, 2, 3, 4)
    ]

    html = client.get(made.results_path).content.decode()
    assert "4 / 9 vastannut" in html
    assert figures(html) == ""
    assert "map-chart" not in html
    assert "ediaani" not in html
    assert "Vastaukset väittämittäin" not in html
    handout = client.get(made.results_path + "tuloste/").content.decode()
    assert "4 / 9 vastannut" in handout
    assert "map-chart" not in handout
    assert "ediaani" not in handout
    summary = summarise_team(team.reference_for(made.survey))
    assert summary.splitlines()[1] == "4 / 9 vastannut; lukuja ei vielä näytetä."
    assert len(summary.splitlines()) == 2
    own = client.get(own_pages[0]).content.decode()
    assert "team-chart__band" not in own
    assert "Tiimin mediaani" not in own
    send = client.get(made.results_path + "laheta/")
    contact_page = client.get(send["Location"]).content.decode()
    assert "4 / 9 vastannut" in contact_page
    assert "ediaani" not in contact_page


def test_agreement_and_division_are_ranked_by_the_bands():
    made = new_survey(threshold="5", member_count="5")
    statements = all_statements()
    split, unanimous = statements[0], statements[1]
    for value in (1, 1, 3, 5, 5):
        data = {f"s{s.pk}": "3" for s in statements}
        data[f"s{split.pk}"] = str(value)
        data[f"s{unanimous.pk}"] = "5"
        made.answer(data)

    html = Client().get(made.results_path).content.decode()
    agreeing = html[html.find('id="yksimielisimmat"') : html.find('id="eriavimmat"')]
    divided = html[html.find('id="eriavimmat"') :]
    divided = divided[: divided.find("</section>")]

    assert unanimous.text in agreeing
    assert "samaa mieltä: 5 / 5" in agreeing
    assert split.text not in agreeing
    assert split.text in divided
    assert "eri mieltä 2, samaa mieltä 2 (5:stä)" in divided


def test_the_results_page_has_reflections_recommendations_a_handout_and_the_codes(client):
    made = new_survey(threshold="5", member_count="6")
    for value in (1, 1, 2, 2, 1):
        made.answer(dimension_answers([value] * 6))

    html = client.get(made.results_path).content.decode()
    handout = client.get(made.results_path + "tuloste/")

    assert "5 / 6 vastannut" in html
    assert "Mitä kartta kertoo" in html
    assert "Työnohjaus, joka voisi auttaa" in html
    assert 'class="map-recommendations__link"' in html
    assert f'href="{made.results_path}koodit/"' in html
    assert "käyttämättömiä koodeja" in unescape(html)
    assert handout.status_code == 200
    assert "team-handout" in handout.content.decode()
    assert "5 / 6 vastannut" in handout.content.decode()
    assert handout["Cache-Control"] == "private, no-store"


def test_results_take_a_bounded_number_of_queries(client, django_assert_max_num_queries):
    made = new_survey(threshold="3", member_count="8")
    for value in (1, 3, 5, 4, 2, 3):
        made.answer(dimension_answers([value] * 6))
    client.get(made.results_path)  # the map's content is cached after the first page

    with django_assert_max_num_queries(4):
        assert client.get(made.results_path).status_code == 200


def test_a_member_who_answered_sees_their_map_over_the_teams(client):
    made = new_survey(threshold="5", member_count="6")
    own_path = made.answer(dimension_answers([5] * 6))["Location"]
    before = client.get(own_path).content.decode()
    for value in (1, 3, 2, 4):
        made.answer(dimension_answers([value] * 6))

    after = client.get(own_path).content.decode()

    assert "team-chart__band" not in before
    assert "team-chart__band" in after
    assert "team-chart__own" in after
    # You, and the team's median with its middle half: 1, 2, 3, 4, 5.
    assert '<td>5,0</td><td class="team-table__figure">3,0 (2,0–4,0)</td>' in after


# Sending, closing, deleting ------------------------------------------------------------------


def test_the_team_map_goes_to_a_supervisor_built_from_the_aggregate(client, settings):
    settings.CONTACT_MIN_SECONDS = 0
    made = new_survey(threshold="5", member_count="6", name="Tiimi A")
    for value in (1, 2, 3, 4, 5):
        made.answer(dimension_answers([value] * 6))
    contact_path = client.get(made.results_path + "laheta/")["Location"]
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
    assert summary.splitlines()[1] == "5 / 6 vastannut."
    assert f"- {name}: mediaani 3,0, keskimmäinen puolikas 2,0–4,0 (5 vastaajaa)" in summary
    assert made.results_token not in summary
    assert not any(code in summary for code in made.codes)


def test_an_altered_team_map_reference_is_refused_with_a_finnish_error(client, settings):
    settings.CONTACT_MIN_SECONDS = 0
    made = new_survey()
    reference = team.reference_for(made.survey)

    response = client.post(
        "/ota-yhteytta/",
        {**contact_data(), "tiimikartta": reference[:-2] + "xx"},
    )

    assert response.status_code == 400
    assert "Liitetty tiimikartta on vanhentunut" in response.content.decode()
    assert not Enquiry.objects.exists()


def test_deleting_removes_the_survey_its_codes_and_every_answer_at_once(client):
    made = new_survey(threshold="3")
    for value in (2, 3, 4):
        made.answer(dimension_answers([value] * 6))

    confirm = client.get(made.results_path + "poista/")
    response = client.post(made.results_path + "poista/")

    assert confirm.status_code == 200
    assert response.status_code == 302
    assert not TeamSurvey.objects.filter(pk=made.survey.pk).exists()
    assert not TeamResponse.objects.exists()
    assert not AnswerCode.objects.exists()
    assert client.get(made.results_path).status_code == 404
    assert client.get(made.answer_path()).status_code == 404


def test_closed_surveys_and_their_answers_are_purged_90_days_after_the_end_date():
    old, recent = new_survey(threshold="3"), new_survey(threshold="3")
    for made in (old, recent):
        for value in (2, 3, 4):
            made.answer(dimension_answers([value] * 6))
    today = timezone.localdate()
    TeamSurvey.objects.filter(pk=old.survey.pk).update(ends_on=today - timedelta(days=91))
    TeamSurvey.objects.filter(pk=recent.survey.pk).update(ends_on=today - timedelta(days=90))

    call_command("purge_team_maps", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert list(TeamSurvey.objects.values_list("pk", flat=True)) == [recent.survey.pk]
    assert set(TeamResponse.objects.values_list("survey_id", flat=True)) == {recent.survey.pk}
    assert set(AnswerCode.objects.values_list("survey_id", flat=True)) == {recent.survey.pk}
    assert TeamResponse.objects.count() == 3


def test_the_nightly_purge_unit_runs_the_team_map_purge():
    from pathlib import Path

    unit = (Path(settings.BASE_DIR) / "deploy" / "tyonohjaus-purge.service").read_text()

    assert "manage.py purge_team_maps" in unit


# Staff ---------------------------------------------------------------------------------------


def test_the_admin_lists_counts_and_dates_but_never_answers_or_codes(admin_user):
    admin_client = Client()
    log_in_verified(admin_client, admin_user)
    made = new_survey(threshold="3")
    made.answer(dimension_answers([2] * 6))
    survey = TeamSurvey.objects.get()

    listing = admin_client.get("/hallinta/community_map/teamsurvey/")
    detail = admin_client.get(f"/hallinta/community_map/teamsurvey/{survey.pk}/change/")

    assert listing.status_code == 200
    assert detail.status_code == 200
    statement = all_statements()[0].text
    for html in (listing.content.decode(), detail.content.decode()):
        assert "Osasto 4" in html
        assert survey.results_token_hash not in html
        assert survey.used_codes[0] not in html
        assert not any(code in html for code in made.codes)
        assert statement not in html
    assert admin_client.get("/hallinta/community_map/teamresponse/").status_code == 404
    assert admin_client.get("/hallinta/community_map/answercode/").status_code == 404


# Privacy -------------------------------------------------------------------------------------

team_map_section = importlib.import_module(
    "community_map.migrations.0004_privacy_statement_team_map"
)
answer_codes_section = importlib.import_module(
    "community_map.migrations.0009_privacy_statement_answer_codes"
)


def test_the_privacy_statement_describes_the_answer_codes_and_no_cookie(client):
    html = client.get("/tietosuoja/").content.decode()

    assert "Tiimin työyhteisökartta" in html
    assert "kertakäyttöisen vastauskoodin" in html
    assert "vastausta ei voi yhdistää koodiin" in html
    assert "Emme tallenna vastaajan nimeä, IP-osoitetta" in html
    assert "alle viiden vastaajan arvioista" in html
    assert "90 päivän kuluttua" in html
    assert "tästä selaimesta on jo vastattu" not in html


def test_the_seeded_statement_gets_the_team_map_and_then_its_codes_with_history():
    page = Page.objects.get(slug="tietosuoja")
    current = page.body
    seeded = current.replace(answer_codes_section.SECTION_NEW, answer_codes_section.SECTION_OLD)
    seeded = seeded.replace(team_map_section.SECTION, "")
    assert team_map_section.HEADING not in seeded
    Page.objects.filter(pk=page.pk).update(body=seeded.replace("\n", "\r\n"))

    team_map_section.describe_team_map(apps)
    answer_codes_section.describe_answer_codes(apps)

    page.refresh_from_db()
    assert page.body == current
    assert page.body.count("## Tiimin työyhteisökartta") == 1
    latest = Version.objects.get_for_object(page).first()
    assert latest.revision.comment == "Valmisteksti päivitetty: tiimikartan vastauskoodit"


def test_a_statement_staff_rewrote_keeps_their_text():
    edited = "## Omat kohtamme\n\nKirjoitimme selosteen itse.\n"
    Page.objects.filter(slug="tietosuoja").update(body=edited)

    team_map_section.describe_team_map(apps)
    answer_codes_section.describe_answer_codes(apps)

    assert Page.objects.get(slug="tietosuoja").body == edited


def test_secrets_in_team_map_addresses_are_masked_in_logs():
    line = (
        '"GET /tyoyhteisokartta/tiimi/tulokset/tyc3_u1IGwMkXMhXbJdUtHSKFMXSkS_wjyLsyOblX2A/koodit/'
        ' HTTP/1.1" 200 and /tyoyhteisokartta/tiimi/vastaa/K7MP-4XRT-9CHA/ and '
        "/tyoyhteisokartta/tiimi/oma/WzEs:1xW:RRt/"
    )

    masked = mask(line)

    assert masked == (
        '"GET /tyoyhteisokartta/tiimi/tulokset/***/koodit/ HTTP/1.1" 200 and '
        "/tyoyhteisokartta/tiimi/vastaa/***/ and /tyoyhteisokartta/tiimi/oma/***/"
    )


def test_browsers_post_with_origin_null_under_no_referrer_and_the_secret_pages_accept_it():
    """
    Under ``Referrer-Policy: no-referrer`` a browser sends ``Origin: null`` with a form's POST.

    The pages with a code or a token must work so; the creation form and the code entry form,
    on pages without one, keep the CSRF check.
    """
    made = new_survey()
    strict = Client(enforce_csrf_checks=True, HTTP_ORIGIN="null")

    answered = strict.post(made.answer_path(), dimension_answers([3] * 6))
    closed = strict.post(made.results_path + "sulje/")
    created = Client(enforce_csrf_checks=True).post("/tyoyhteisokartta/tiimi/", {})
    entered = Client(enforce_csrf_checks=True).post(
        "/tyoyhteisokartta/tiimi/vastaa/", {"koodi": made.codes[1]}
    )
    form_page = Client().get("/tyoyhteisokartta/tiimi/")

    assert answered.status_code == 302
    assert closed.status_code == 302
    made.survey.refresh_from_db()
    assert made.survey.answer_count == 1
    assert made.survey.closed_on is not None
    assert created.status_code == 403
    assert entered.status_code == 403
    assert "Referrer-Policy" not in form_page or form_page["Referrer-Policy"] != "no-referrer"
    assert "csrfmiddlewaretoken" in form_page.content.decode()


def test_nginx_logs_team_map_addresses_with_their_secrets_masked():
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
    assert logged(f"/tyoyhteisokartta/tiimi/tulokset/{token}/koodit/") == (
        "/tyoyhteisokartta/tiimi/tulokset/***/koodit/"
    )
    assert logged("/tyoyhteisokartta/tiimi/vastaa/K7MP-4XRT-9CHA/") == (
        "/tyoyhteisokartta/tiimi/vastaa/***/"
    )
    assert logged("/tyoyhteisokartta/tiimi/vastaa/") == "/tyoyhteisokartta/tiimi/vastaa/"
    assert logged("/tyoyhteisokartta/tiimi/") == "/tyoyhteisokartta/tiimi/"
