"""
Under a real gunicorn with two workers, on the run's database (SQLite in a file, or
PostgreSQL): members sending the same code at once store exactly one answer, and members
sending different codes at once all get in, none lost.
"""

from urllib.parse import urlencode

import pytest

from tests.support.live_gunicorn import LiveGunicorn, send_at_once

SETUP = """
from datetime import timedelta
from community_map import team
from community_map.models import Statement
survey, token = team.create_survey(
    name="", member_count={members}, threshold=5, ends_on=team.today() + timedelta(days=7),
    reveal="steps",
)
print("survey", survey.pk, Statement.objects.first().pk, *team.codes_of(survey, token))
"""

COUNTS = """
from community_map.models import TeamResponse, TeamSurvey
survey = TeamSurvey.objects.get(pk={pk})
print("counts", TeamResponse.objects.filter(survey=survey).count(), survey.answer_count,
      len(set(survey.used_codes)), survey.used_codes == sorted(survey.used_codes))
"""


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    server = LiveGunicorn(tmp_path_factory.mktemp("team-map"), workers=6).start()
    yield server
    server.stop()


def make_survey(server, members):
    survey, statement, *codes = server.printed(SETUP.format(members=members), "survey")
    return int(survey), statement, codes


def counts(server, survey):
    responses, answer_count, used, is_sorted = server.printed(COUNTS.format(pk=survey), "counts")
    return int(responses), int(answer_count), int(used), is_sorted == "True"


def test_ten_members_sending_the_same_code_at_once_store_exactly_one_answer(server):
    survey, statement, codes = make_survey(server, members=8)
    path = f"/tyoyhteisokartta/tiimi/vastaa/{codes[0]}/"

    results = send_at_once(server, [path] * 10, urlencode({f"s{statement}": "4"}))

    statuses = sorted(status for status, _page in results)
    assert statuses == [302] + [410] * 9, server.log()[-3000:]
    for status, page in results:
        if status == 410:
            assert "Tällä koodilla on jo vastattu" in page
    assert counts(server, survey) == (1, 1, 1, True)
    assert "Internal Server Error" not in server.log()
    assert "database is locked" not in server.log()


def test_twenty_members_with_their_own_codes_at_once_are_all_counted(server):
    survey, statement, codes = make_survey(server, members=20)
    paths = [f"/tyoyhteisokartta/tiimi/vastaa/{code}/" for code in codes]

    results = send_at_once(server, paths, urlencode({f"s{statement}": "2"}))

    assert sorted(status for status, _page in results) == [302] * 20, server.log()[-3000:]
    assert counts(server, survey) == (20, 20, 20, True)
    assert "Internal Server Error" not in server.log()


CLOSED = """
from datetime import timedelta
from community_map import team
survey, token = team.create_survey(
    name="", member_count=6, threshold=5, ends_on=team.today() + timedelta(days=7),
    reveal="closed",
)
team.close(survey)
print("closed", survey.pk, token)
"""

FOLLOW_UPS = """
from community_map.models import AnswerCode, TeamSurvey
follow_ups = TeamSurvey.objects.filter(follows_id={pk})
print("follow-ups", follow_ups.count(), AnswerCode.objects.filter(survey__in=follow_ups).count())
"""


def test_starting_a_follow_up_eight_times_at_once_starts_exactly_one(server):
    output = server.manage("shell", "-c", CLOSED)
    [line] = [line for line in output.splitlines() if line.startswith("closed ")]
    _label, survey, token = line.split()
    path = f"/tyoyhteisokartta/tiimi/tulokset/{token}/seuranta/aloita/"

    results = send_at_once(server, [path] * 8, "")

    statuses = sorted(status for status, _page in results)
    assert statuses == [302] + [409] * 7, server.log()[-3000:]
    for status, page in results:
        if status == 409:
            assert "on jo aloitettu" in page
    output = server.manage("shell", "-c", FOLLOW_UPS.format(pk=survey))
    [line] = [line for line in output.splitlines() if line.startswith("follow-ups ")]
    assert line.split()[1:] == ["1", "6"]
    assert "Internal Server Error" not in server.log()
    assert "database is locked" not in server.log()
