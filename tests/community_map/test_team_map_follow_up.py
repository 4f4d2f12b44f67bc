"""
The team map, again: a leader (from the results page) or staff (in the admin) starts a
follow-up of a closed survey, with the same statements, threshold, figures' rule and members;
once both rounds show figures, the follow-up's results and handout show both on one radar and
the change in each dimension.
"""

import html
import re
from datetime import timedelta

import pytest
from django.contrib.admin import helpers
from django.contrib.auth.models import User
from django.core.cache import cache
from django.test import Client

from community_map import content, team
from community_map.models import Statement, TeamSurvey
from tests.support.factories import log_in_verified
from tests.support.team_maps import answers_for, dimension_answers, new_survey

pytestmark = pytest.mark.django_db

COMPARISON = re.compile(r'<section class="team-compare".*?</section>', re.S)
POLYGON = re.compile(
    r'<polygon class="team-compare__(before|after)" data-round="\1" points="([^"]+)"'
)


def comparison_on(page):
    """The comparison section of a page, or "" when it has none."""
    found = COMPARISON.search(page)
    return found[0] if found else ""


def text_of(fragment):
    """What a reader reads of ``fragment``: the tags gone, the spaces one."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def rows_of(section):
    """{dimension name: the row's text after the name} of the comparison table."""
    table = section[section.index("<tbody>") : section.index("</tbody>")]
    rows = {}
    for row in re.findall(r"<tr .*?</tr>", table, re.S):
        name = text_of(re.search(r"<th [^>]*>(.*?)</th>", row)[1])
        rows[name] = text_of(row)[len(name) :].strip()
    return rows


def polygons(section):
    """{"before"|"after": [(x, y), …]} of the comparison chart."""
    return {
        round_: [tuple(float(n) for n in point.split(",")) for point in points.split()]
        for round_, points in POLYGON.findall(section)
    }


def closed_survey(values_per_member, **fields):
    """A survey of 12 members in "after closing" mode, answered (each dimension's score given
    per member) and closed by its leader."""
    made = new_survey(**{"threshold": "5", "reveal": "closed", **fields})
    for values in values_per_member:
        made.answer(dimension_answers(values))
    made.close()
    return made


def follow_up_of(made, values_per_member, *, close=True):
    follow_up = made.start_follow_up()
    for values in values_per_member:
        follow_up.answer(dimension_answers(values))
    if close:
        follow_up.close()
    return follow_up


# Starting a follow-up ------------------------------------------------------------------------


def test_the_leader_starts_a_follow_up_with_the_same_settings_and_new_codes(client):
    made = closed_survey([[3] * 6] * 5, name="Osasto 7", member_count="8")
    baseline = made.survey
    page = client.get(made.results_path).text
    assert 'action="' + made.results_path + 'seuranta/aloita/"' in page
    assert "Aloittakaa seurantakysely" in page

    started = client.post(made.results_path + "seuranta/aloita/")

    assert started.status_code == 302
    assert started["Cache-Control"] == "private, no-store"
    assert started["Referrer-Policy"] == "no-referrer"
    follow_up = TeamSurvey.objects.get(follows=baseline)
    assert started["Location"].startswith("/tyoyhteisokartta/tiimi/tulokset/")
    assert team.survey_for_results(started["Location"].split("/")[-2]) == follow_up
    assert (follow_up.name, follow_up.member_count, follow_up.threshold, follow_up.reveal) == (
        "Osasto 7",
        8,
        5,
        "closed",
    )
    assert follow_up.language == baseline.language
    assert follow_up.answer_count == 0
    assert follow_up.closed_on is None
    assert follow_up.ends_on == team.today() + timedelta(days=team.DEFAULT_DAYS)
    # The statements the baseline's answers hold, every one of them.
    asked = sorted(int(pk) for pk in baseline.responses.first().answers)
    assert follow_up.statement_ids == asked
    assert asked == sorted(content.statement_pks(content.dimensions()))
    # Eight new codes, none of them the baseline's, and each opens the follow-up's questionnaire.
    again = type(made)(results_path=started["Location"])
    assert len(again.codes) == 8
    assert not set(again.codes) & set(made.codes)
    assert team.ballot_for(again.codes[0]).survey == follow_up


def test_the_leader_chooses_the_follow_ups_last_day(client):
    made = closed_survey([[3] * 6] * 5)
    page = client.get(made.results_path).text
    assert 'name="ends_on"' in page
    assert "Viimeinen vastauspäivä" in page
    last_day = team.today() + timedelta(days=30)

    started = client.post(made.results_path + "seuranta/aloita/", {"ends_on": last_day.isoformat()})

    assert started.status_code == 302
    assert TeamSurvey.objects.get(follows=made.survey).ends_on == last_day


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        (lambda today: (today - timedelta(days=1)).isoformat(),
         "Viimeinen vastauspäivä ei voi olla menneisyydessä."),
        (lambda today: (team.latest_end(today) + timedelta(days=1)).isoformat(),
         "Viimeinen vastauspäivä voi olla enintään kolmen kuukauden päästä"),
        (lambda today: "31.2.2027", "Antakaa päivämäärä, esimerkiksi 31.12.2026."),
    ],
    ids=["past", "too-late", "no-such-day"],
)  # fmt: skip
def test_a_last_day_out_of_bounds_is_refused_in_finnish_and_nothing_started(client, typed, message):
    made = closed_survey([[3] * 6] * 5)

    refused = client.post(made.results_path + "seuranta/aloita/", {"ends_on": typed(team.today())})

    assert refused.status_code == 400
    assert message in html.unescape(refused.text)
    assert refused["Cache-Control"] == "private, no-store"
    assert not TeamSurvey.objects.filter(follows=made.survey).exists()
    assert "Aloittakaa seurantakysely" in refused.text  # the form, to try again
    assert re.search(r'<input type="date" name="ends_on"[^>]* autofocus', refused.text)


def test_each_results_page_leads_to_the_other_for_whoever_holds_its_link(client):
    made = closed_survey([[3] * 6] * 5)
    follow_up = made.start_follow_up()

    baseline_page = client.get(made.results_path).text
    follow_up_page = client.get(follow_up.results_path).text

    assert f'href="{made.results_path}seuranta/"' in baseline_page
    assert "Aloittakaa seurantakysely" not in baseline_page
    assert client.get(made.results_path + "seuranta/")["Location"] == follow_up.results_path
    assert f'href="{follow_up.results_path}lahtotilanne/"' in follow_up_page
    assert client.get(follow_up.results_path + "lahtotilanne/")["Location"] == made.results_path
    # Neither page holds the other's token: only the address of the step that leads on.
    assert follow_up.results_token not in baseline_page
    assert made.results_token not in follow_up_page


def test_the_database_alone_opens_neither_link():
    made = closed_survey([[3] * 6] * 5)
    follow_up = made.start_follow_up()
    row = follow_up.survey

    assert made.results_token not in str(row.baseline_link)
    assert len(row.baseline_link) == 64
    # Opened with any other token, the seal gives nothing that leads back.
    assert team.linked_baseline_token(row, made.results_token) == ""
    assert team.linked_baseline_token(row, follow_up.results_token) == made.results_token


def test_no_follow_up_while_the_survey_is_open(client):
    made = new_survey(threshold="5", reveal="closed")
    for _ in range(5):
        made.answer(dimension_answers([3] * 6))
    assert "Aloittakaa seurantakysely" not in client.get(made.results_path).text

    refused = client.post(made.results_path + "seuranta/aloita/")

    assert refused.status_code == 409
    assert "Kysely on vielä auki" in refused.text
    assert not TeamSurvey.objects.filter(follows=made.survey).exists()


def test_a_second_start_is_refused_and_changes_nothing(client):
    made = closed_survey([[3] * 6] * 5)
    first = client.post(made.results_path + "seuranta/aloita/")
    assert first.status_code == 302

    second = client.post(made.results_path + "seuranta/aloita/")

    assert second.status_code == 409
    assert "on jo aloitettu" in second.text
    assert TeamSurvey.objects.filter(follows=made.survey).count() == 1
    assert TeamSurvey.objects.count() == 2


def test_starting_takes_a_post_and_a_valid_token(client):
    made = closed_survey([[3] * 6] * 5)

    assert client.get(made.results_path + "seuranta/aloita/").status_code == 405
    wrong = "A" * 43
    start = f"/tyoyhteisokartta/tiimi/tulokset/{wrong}/seuranta/aloita/"
    assert client.post(start).status_code == 404
    assert client.get(f"/tyoyhteisokartta/tiimi/tulokset/{wrong}/seuranta/").status_code == 404
    assert client.get(made.results_path + "seuranta/").status_code == 404  # none started yet
    assert client.get(made.results_path + "lahtotilanne/").status_code == 404  # no baseline
    assert TeamSurvey.objects.count() == 1


def test_starting_counts_against_the_creation_limit(client, monkeypatch):
    made = closed_survey([[3] * 6] * 5)  # the survey's own creation counts once
    monkeypatch.setattr(team, "CREATE_LIMIT", 2)

    statuses = [client.post(made.results_path + "seuranta/aloita/").status_code for _ in range(2)]

    assert statuses == [302, 429]
    assert TeamSurvey.objects.filter(follows=made.survey).count() == 1


def test_a_follow_up_is_followed_up_in_turn_once_it_has_closed():
    made = closed_survey([[2] * 6] * 5)
    follow_up = follow_up_of(made, [[3] * 6] * 5)

    third = follow_up.start_follow_up()

    assert third.survey.follows == follow_up.survey
    assert third.survey.statement_ids == follow_up.survey.statement_ids


# Staff ---------------------------------------------------------------------------------------


@pytest.fixture
def admin_client():
    client = Client()
    user = User.objects.create_superuser("paakayttaja", "paa@example.com", "salasana-pitka-1")
    log_in_verified(client, user)
    return client


CHANGELIST = "/hallinta/community_map/teamsurvey/"


def test_staff_start_a_follow_up_of_a_closed_survey_and_see_its_addresses_once(
    admin_client, client
):
    made = closed_survey([[3] * 6] * 5, member_count="6")
    assert '<option value="start_follow_up">Aloita seurantakysely</option>' in (
        admin_client.get(CHANGELIST).text
    )

    page = admin_client.post(
        CHANGELIST,
        {"action": "start_follow_up", helpers.ACTION_CHECKBOX_NAME: [made.survey.pk]},
    )

    assert page.status_code == 200
    follow_up = TeamSurvey.objects.get(follows=made.survey)
    shown = r'id="seurannan-tulokset" type="text" readonly value="([^"]+)"'
    results_url = re.search(shown, page.text)[1]
    path = "/" + results_url.split("/", 3)[3]
    assert team.survey_for_results(path.split("/")[-2]) == follow_up
    assert follow_up.member_count == 6
    assert follow_up.baseline_link == ""
    assert "Kopioi nämä osoitteet nyt" in page.text
    # Staff do not hold the baseline's link: the pages say a follow-up exists, without a link.
    baseline_page = client.get(made.results_path).text
    assert f'href="{made.results_path}seuranta/"' not in baseline_page
    assert "seuranta/aloita/" not in baseline_page
    assert "Tämän kyselyn seurantakysely on aloitettu" in baseline_page
    assert "lahtotilanne/" not in client.get(path).text
    assert client.get(path + "lahtotilanne/").status_code == 404


def test_staff_cannot_start_a_follow_up_of_an_open_survey_or_of_two(admin_client):
    open_one = new_survey()
    closed_one = closed_survey([[3] * 6] * 5)
    other = closed_survey([[3] * 6] * 5)

    for pks in ([open_one.survey.pk], [closed_one.survey.pk, other.survey.pk]):
        page = admin_client.post(
            CHANGELIST,
            {"action": "start_follow_up", helpers.ACTION_CHECKBOX_NAME: pks},
            follow=True,
        )
        assert page.status_code == 200
        assert 'class="error"' in page.text

    assert not TeamSurvey.objects.filter(follows__isnull=False).exists()


# Comparability ------------------------------------------------------------------------------


def test_the_follow_up_asks_the_baselines_statements_whatever_staff_publish_later(client):
    made = closed_survey([[3] * 6] * 5)
    dimension = content.dimensions()[0]
    withdrawn = Statement.objects.get(pk=dimension.statements[0].pk)
    withdrawn.published = False
    withdrawn.save()
    added = Statement.objects.create(
        dimension_id=dimension.pk, text="Uusi väittämä seurannan jälkeen.", published=True
    )

    follow_up = made.start_follow_up()
    questionnaire = Client(REMOTE_ADDR="192.0.2.9").get(follow_up.answer_path()).text

    assert f'name="s{withdrawn.pk}"' in questionnaire
    assert f'name="s{added.pk}"' not in questionnaire
    assert withdrawn.pk in follow_up.survey.statement_ids
    assert added.pk not in follow_up.survey.statement_ids
    # An answer to a statement the follow-up does not ask is refused, not stored.
    data = answers_for(content.dimensions_of(follow_up.survey.statement_ids), [3] * 6)
    answered = follow_up.answer({**data, f"s{added.pk}": "4"})
    assert answered.status_code == 302
    # The member's own map, drawn from the statements the follow-up asked.
    own = Client().get(answered["Location"])
    assert own.status_code == 200
    assert "Vastauksesi tiimikarttaan</h1>" in own.text
    assert f"{dimension.name}: 3,0" in text_of(own.text)
    stored = follow_up.survey.responses.get().answers
    assert str(withdrawn.pk) in stored
    assert str(added.pk) not in stored


# What is shown ------------------------------------------------------------------------------


def test_no_comparison_while_the_follow_up_shows_no_figures(client):
    made = closed_survey([[2] * 6] * 5)
    follow_up = follow_up_of(made, [[4] * 6] * 5, close=False)  # "after closing": none yet

    page = client.get(follow_up.results_path).text
    section = comparison_on(page)

    assert "Seurantakysely ei vielä näytä lukuja" in section
    assert "team-compare__before" not in section
    assert "2,0" not in page
    assert "4,0" not in page


def test_no_comparison_when_the_baseline_had_too_few_answers(client):
    made = closed_survey([[2] * 6] * 4)  # four answers: below the threshold of five
    follow_up = follow_up_of(made, [[4] * 6] * 6)

    page = client.get(follow_up.results_path).text
    section = comparison_on(page)

    assert "liian vähän vastauksia lukujen näyttämiseen" in section
    assert "team-compare__before" not in page
    assert "2,0" not in page
    assert "4,0" in page  # the follow-up's own figures, under its own rules
    handout = client.get(follow_up.results_path + "tuloste/").text
    assert comparison_on(handout) == ""
    assert "2,0" not in handout


def test_no_comparison_while_the_follow_up_has_too_few_answers(client):
    made = closed_survey([[2] * 6] * 6)
    follow_up = follow_up_of(made, [[4] * 6] * 4)

    page = client.get(follow_up.results_path).text

    assert "team-compare__before" not in page
    assert "2,0" not in page
    assert "4,0" not in page
    assert "Vastauksia on liian vähän mihinkään lukuun" in page
    assert "Seurantakyselyssä oli liian vähän vastauksia" in comparison_on(page)


def test_a_dimension_is_compared_only_where_both_rounds_show_it(client):
    made = closed_survey([[2, 3, 3, 3, 3, 3]] * 5)
    # In the follow-up, only four of the five rate the first dimension; the rest "don't know".
    first = content.dimensions()[0]
    unrated = {f"s{s.pk}": "0" for s in first.statements}
    follow_up = made.start_follow_up()
    for number in range(5):
        data = dimension_answers([4, 4, 3, 3, 3, 3])
        follow_up.answer({**data, **unrated} if number == 0 else data)
    follow_up.close()

    rows = rows_of(comparison_on(client.get(follow_up.results_path).text))

    assert rows[first.name] == "liian vähän arvioita vertailuun"
    assert rows[content.dimensions()[1].name] == "3,0 → 4,0 +1,0"
    assert rows[content.dimensions()[2].name] == "3,0 → 3,0 0,0"


def test_the_change_in_each_dimension_is_the_hand_computed_one(client):
    dimensions = content.dimensions()
    leadership = next(d for d in dimensions if d.name == "Johtajuus")
    assert len(leadership.statements) == 4
    assert not any(s.reverse_scored for s in leadership.statements)

    def member(leading):
        """Every other dimension 3; the four leadership statements as given."""
        data = dimension_answers([3] * 6)
        for statement, value in zip(leadership.statements, leading, strict=True):
            data[f"s{statement.pk}"] = str(value)
        return data

    # Baseline: the members' leadership means 2.0, 2.0, 2.25→2.3, 2.75→2.8, 3.0, 3.0 (each
    # rounded half up to one decimal, as a member's own map shows it); the median of six is
    # the mean of the middle two, (2.3 + 2.8) / 2 = 2.55 → 2.6.
    made = new_survey(threshold="5", reveal="closed")
    for leading in ([2, 2, 2, 2], [2, 2, 2, 2], [2, 2, 2, 3], [2, 3, 3, 3], [3, 3, 3, 3], [3] * 4):
        made.answer(member(leading))
    made.close()
    # Follow-up: 3.0, 3.25→3.3, 3.25→3.3, 3.5, 3.75→3.8, 4.0; the median (3.3 + 3.5) / 2 = 3.4.
    follow_up = made.start_follow_up()
    for leading in ([3] * 4, [3, 3, 3, 4], [3, 3, 3, 4], [3, 3, 4, 4], [3, 4, 4, 4], [4] * 4):
        follow_up.answer(member(leading))
    follow_up.close()

    page = client.get(follow_up.results_path).text
    section = comparison_on(page)

    assert rows_of(section)["Johtajuus"] == "2,6 → 3,4 +0,8"
    assert "Johtajuus 2,6 → 3,4." in text_of(re.search(r"<desc .*?</desc>", section, re.S)[0])
    assert rows_of(section)["Perustehtävä"] == "3,0 → 3,0 0,0"


def test_the_radar_draws_both_rounds_at_the_hand_computed_points(client):
    # Six axes, the first pointing up, 60° apart, around (320, 230); 5 lies 150 units out, so
    # a median v lies d = 30·v out: axis i at (320 + d·sin(60°·i), 230 − d·cos(60°·i)), with
    # sin 60° = 0.8660254: d·sin 60° is 51.96 for d = 60, 77.94 for 90, 103.92 for 120 and
    # 129.90 for 150.
    made = closed_survey([[2, 3, 2, 3, 2, 3]] * 5)
    follow_up = follow_up_of(made, [[4, 4, 3, 3, 5, 5]] * 5)

    section = comparison_on(client.get(follow_up.results_path).text)
    drawn = polygons(section)

    # d = 60, 90, 60, 90, 60, 90
    assert drawn["before"] == [
        (320, 170),
        (397.94, 185),
        (371.96, 260),
        (320, 320),
        (268.04, 260),
        (242.06, 185),
    ]
    # d = 120, 120, 90, 90, 150, 150
    assert drawn["after"] == [
        (320, 110),
        (423.92, 170),
        (397.94, 275),
        (320, 320),
        (190.1, 305),
        (190.1, 155),
    ]
    # Told apart by more than colour: squares on the first round, circles on the follow-up,
    # and a legend that names the lines.
    assert section.count('class="team-compare__before-dot"') == 6
    assert section.count('class="team-compare__after-dot"') == 6
    squares = re.findall(
        r'<rect class="team-compare__before-dot" x="([\d.]+)" y="([\d.]+)"', section
    )
    circles = re.findall(
        r'<circle class="team-compare__after-dot" cx="([\d.]+)" cy="([\d.]+)"', section
    )
    # Each square's corner 5 units up and left of its point, 10 wide; each circle on its point.
    assert [(float(x) + 5, float(y) + 5) for x, y in squares] == drawn["before"]
    assert [(float(x), float(y)) for x, y in circles] == drawn["after"]
    assert "katkoviiva, neliöt" in section
    assert "yhtenäinen viiva, ympyrät" in section


def test_the_handout_shows_both_rounds(client):
    made = closed_survey([[2] * 6] * 5)
    follow_up = follow_up_of(made, [[4] * 6] * 5)

    handout = client.get(follow_up.results_path + "tuloste/").text
    section = comparison_on(handout)

    assert set(polygons(section)) == {"before", "after"}
    assert set(rows_of(section).values()) == {"2,0 → 4,0 +2,0"}
    assert "Kaavio näyttää tiimin mediaanin ensimmäisessä kyselyssä" in handout
    assert "varjostettu" not in handout  # no band on the chart of both rounds
    baseline_handout = client.get(made.results_path + "tuloste/").text
    assert comparison_on(baseline_handout) == ""  # the baseline's own handout is its own


def test_the_baselines_own_page_shows_no_comparison(client):
    made = closed_survey([[2] * 6] * 5)
    follow_up_of(made, [[4] * 6] * 5)

    page = client.get(made.results_path).text

    assert comparison_on(page) == ""
    assert "2,0" in page
    assert "4,0" not in page


@pytest.mark.parametrize(
    ("address", "heading", "row"),
    [
        (
            "/en/work-community-map/team/results/{}/",
            "Change since the first survey",
            "2.0 → 4.0 +2.0",
        ),
        (
            "/sv/arbetsgemenskapskarta/team/resultat/{}/",
            "Förändring sedan den första enkäten",
            "2,0 → 4,0 +2,0",
        ),
    ],
)
def test_the_comparison_in_swedish_and_english(client, address, heading, row):
    made = closed_survey([[2] * 6] * 5)
    follow_up = follow_up_of(made, [[4] * 6] * 5)

    page = client.get(address.format(follow_up.results_token)).text
    section = comparison_on(page)

    assert f">{heading}</h2>" in section
    assert set(rows_of(section).values()) == {row}


# The cache ----------------------------------------------------------------------------------


def test_a_started_follow_up_shows_on_the_baselines_page_at_once(client):
    made = closed_survey([[3] * 6] * 5)
    for _ in range(2):  # the second from the page kept whole
        assert "seuranta/aloita/" in client.get(made.results_path).text

    made.start_follow_up()

    page = client.get(made.results_path).text
    assert "seuranta/aloita/" not in page
    assert f'href="{made.results_path}seuranta/"' in page


def test_the_follow_ups_answers_and_the_baselines_state_show_at_once(client):
    made = closed_survey([[2] * 6] * 5, reveal="steps")
    follow_up = made.start_follow_up()  # in steps too, as the baseline
    for _ in range(4):
        follow_up.answer(dimension_answers([4] * 6))
    for _ in range(2):
        assert "team-compare__before" not in client.get(follow_up.results_path).text

    follow_up.answer(dimension_answers([4] * 6))  # the fifth closes the first step

    assert set(rows_of(comparison_on(client.get(follow_up.results_path).text)).values()) == {
        "2,0 → 4,0 +2,0"
    }
    client.get(follow_up.results_path)

    # The baseline deleted by its leader: the comparison goes at once, the follow-up stays.
    Client().post(made.results_path + "poista/")

    page = client.get(follow_up.results_path)
    assert page.status_code == 200
    assert comparison_on(page.text) == ""
    assert "lahtotilanne/" not in page.text
    assert "4,0" in page.text


def test_the_cache_holds_neither_rounds_token_nor_a_code(client):
    made = closed_survey([[2] * 6] * 5)
    follow_up = follow_up_of(made, [[4] * 6] * 5)
    for path in (made.results_path, follow_up.results_path):
        client.get(path)
        client.get(path + "tuloste/")

    keys = " ".join(cache._cache)
    values = b" ".join(value for value in cache._cache.values() if isinstance(value, bytes))
    assert b'class="team-compare__before"' in values  # the pages looked at are stored
    for secret in (made.results_token, follow_up.results_token, *follow_up.codes):
        assert secret not in keys
        assert secret.encode() not in values


def test_a_warm_follow_up_page_costs_one_query(client, django_assert_max_num_queries):
    made = closed_survey([[2] * 6] * 5)
    follow_up = follow_up_of(made, [[4] * 6] * 5)
    cache.clear()
    cold = client.get(follow_up.results_path)
    cache.delete(team.SURVEYS_STAMP_KEY)  # no early answer: the page itself from the cache

    with django_assert_max_num_queries(1):
        warm = client.get(follow_up.results_path)

    assert warm.text == cold.text


# Retention ----------------------------------------------------------------------------------


def test_a_follow_up_keeps_nothing_alive_and_outlives_its_baseline():
    made = closed_survey([[2] * 6] * 5)
    follow_up = follow_up_of(made, [[4] * 6] * 5)
    baseline = made.survey
    baseline.refresh_from_db()
    purge_day = baseline.ends_on + timedelta(days=team.RETENTION_DAYS + 1)
    # The follow-up ended later: closed today, but say it ran on for a month.
    TeamSurvey.objects.filter(pk=follow_up.survey.pk).update(
        ends_on=baseline.ends_on + timedelta(days=30)
    )

    assert team.purge(on=purge_day) == 1

    assert not TeamSurvey.objects.filter(pk=baseline.pk).exists()
    remaining = TeamSurvey.objects.get(pk=follow_up.survey.pk)
    assert remaining.follows is None
    assert remaining.responses.count() == 5
    page = Client().get(follow_up.results_path)
    assert page.status_code == 200
    assert comparison_on(page.text) == ""
    assert "4,0" in page.text

    assert team.purge(on=purge_day + timedelta(days=30)) == 1
    assert not TeamSurvey.objects.exists()


def test_purging_a_follow_up_leaves_its_baseline_as_its_own_dates_say():
    made = closed_survey([[2] * 6] * 5)
    follow_up = follow_up_of(made, [[4] * 6] * 5)
    baseline = TeamSurvey.objects.get(pk=made.survey.pk)
    TeamSurvey.objects.filter(pk=baseline.pk).update(ends_on=baseline.ends_on + timedelta(days=60))
    follow_up.survey.refresh_from_db()
    purge_day = follow_up.survey.ends_on + timedelta(days=team.RETENTION_DAYS + 1)

    assert team.purge(on=purge_day) == 1

    assert list(TeamSurvey.objects.values_list("pk", flat=True)) == [baseline.pk]
    assert Client().get(made.results_path).status_code == 200
