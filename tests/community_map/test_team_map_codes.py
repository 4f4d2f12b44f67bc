"""The answer codes: short and unambiguous, one per member, on slips, as links and typed by hand."""

import re
from html import unescape

import pytest
from django.test import Client

from community_map import answer_codes, team
from community_map.models import AnswerCode
from tests.support.team_maps import ENTER_PATH, codes_on, dimension_answers, new_survey


def link_of(code):
    return team.site_url(f"/tyoyhteisokartta/tiimi/vastaa/{code}/")


TOKEN = "tyc3_u1IGwMkXMhXbJdUtHSKFMXSkS_wjyLsyOblX2A"


def test_codes_are_three_groups_of_four_symbols_nobody_mistakes_for_another():
    codes = answer_codes.codes_for(TOKEN, 60)

    assert len(set(codes)) == 60
    for code in codes:
        assert re.fullmatch(r"[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}", code)
        assert not set(code) & set("0O1IL2Z5S8BGQD")
    assert codes == answer_codes.codes_for(TOKEN, 60)  # the token gives the same codes again
    assert codes[0] != answer_codes.code_for(TOKEN[::-1], 0)


@pytest.mark.parametrize(
    "typed",
    ["k7mp-4xrt-9cha", " K7MP 4XRT 9CHA ", "K7MP4XRT9CHA", "k7mp–4xrt—9cha", "K7MP-\n4XRT-9CHA"],
)
def test_a_code_is_read_whatever_its_case_spaces_or_dashes(typed):
    assert answer_codes.normalised(typed) == "K7MP-4XRT-9CHA"


@pytest.mark.parametrize(
    "typed", ["", "K7MP-4XRT-9CH", "K7MP-4XRT-9CHAA", "K7MP-4XRT-9CH0", "K7MP/4XRT/9CHA", None]
)
def test_text_that_cannot_be_a_code_is_refused(typed):
    with pytest.raises(answer_codes.InvalidCode):
        answer_codes.normalised(typed)


@pytest.mark.django_db
def test_the_code_sheet_has_one_slip_and_one_link_per_member_and_stays_private(client):
    made = new_survey(member_count="7", name="Osasto 4")

    response = client.get(made.results_path + "koodit/")

    html = unescape(response.content.decode())
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    assert response["Referrer-Policy"] == "no-referrer"
    assert html.count('<li class="team-slip">') == 7
    assert codes_on(html) == made.codes
    assert len(made.codes) == 7
    for code in made.codes:
        assert html.count(f'<span class="team-slip__code">{code}</span>') == 1
        assert f'<td class="team-codes__link">{link_of(code)}</td>' in html
    assert html.count("Tiimikartta: Osasto 4") == 7
    # Where to type the code, without the scheme: 127.0.0.1:8000/tyoyhteisokartta/tiimi/vastaa/
    address = team.site_url(ENTER_PATH).split("//", 1)[1].replace("/", "/<wbr>")
    assert html.count(f'<span class="team-slip__address">{address}</span>') == 7


@pytest.mark.django_db
def test_thirty_slips_make_a_sheet_and_a_larger_team_gets_two(client):
    made = new_survey(member_count="31")

    html = client.get(made.results_path + "koodit/").content.decode()

    sheets = re.findall(r'<ul class="team-slips"[^>]*>(.*?)</ul>', html, re.S)
    assert [sheet.count('class="team-slip"') for sheet in sheets] == [30, 1]


@pytest.mark.django_db
def test_a_member_types_the_code_from_the_slip_and_goes_on_to_the_questionnaire():
    made = new_survey()
    member = Client()
    code = made.codes[2]

    form = member.get(ENTER_PATH)
    typed = member.post(ENTER_PATH, {"koodi": f"  {code.lower().replace('-', ' ')} "})

    assert form.status_code == 200
    assert "csrfmiddlewaretoken" in form.content.decode()
    assert typed.status_code == 302
    assert typed["Location"] == f"/tyoyhteisokartta/tiimi/vastaa/{code}/"
    questionnaire = member.get(typed["Location"])
    assert questionnaire.status_code == 200
    assert "Tiimikartta: Osasto 4" in questionnaire.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("typed", ["", "K7MP-4XRT-9CHA", "<script>alert(1)</script>"])
def test_a_code_that_does_not_exist_gets_a_finnish_error_and_can_be_corrected(typed):
    new_survey()

    response = Client().post(ENTER_PATH, {"koodi": typed})

    html = response.content.decode()
    assert response.status_code == 400
    assert "Tarkista koodi" in html
    assert "<script>alert" not in html
    if typed:
        error = re.search(r'<div id="id_koodi_error".*?</div>', html, re.S)[0]
        assert "Tällaista vastauskoodia ei ole" in error
        assert "K7MP" not in error
        assert "script" not in error
    else:
        assert "Kirjoita lapussasi oleva vastauskoodi" in html


@pytest.mark.django_db
def test_typing_a_used_code_leads_to_the_finnish_410():
    made = new_survey()
    code = made.unused[0]
    made.answer(dimension_answers([3] * 6))
    member = Client()

    typed = member.post(ENTER_PATH, {"koodi": code})
    page = member.get(typed["Location"])

    assert page.status_code == 410
    assert "Tällä koodilla on jo vastattu" in page.content.decode()


@pytest.mark.django_db
def test_codes_are_stored_only_as_keyed_digests():
    made = new_survey(member_count="5")

    digests = set(AnswerCode.objects.values_list("digest", flat=True))

    assert digests == {answer_codes.digest(code) for code in made.codes}
    assert all(re.fullmatch(r"[0-9a-f]{64}", digest) for digest in digests)
    assert team.ballot_for(made.codes[0].lower()).survey == made.survey
    assert team.ballot_for("K7MP-4XRT-9CHA") is None
