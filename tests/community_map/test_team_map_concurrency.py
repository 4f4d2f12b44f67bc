"""Under a real gunicorn with two workers, simultaneous answers never overfill a team survey."""

import http.client
import threading
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlencode

import pytest

from community_map import team
from tests.support.live_gunicorn import LiveGunicorn

CLIENTS = 30
ROOM = 10  # answers the survey still takes


@pytest.fixture
def server(tmp_path):
    server = LiveGunicorn(tmp_path, workers=2).start()
    yield server
    server.stop()


def make_nearly_full_survey(server):
    """A survey with room for ROOM more answers; returns its answer token and a statement."""
    code = f"""
from datetime import timedelta
from community_map import team
from community_map.models import Statement, TeamResponse, TeamSurvey
survey, _token = team.create_survey(
    name="", threshold=5, ends_on=team.today() + timedelta(days=7), reveal="steps"
)
TeamResponse.objects.bulk_create(
    [TeamResponse(survey=survey, answers={{}}) for _ in range({team.MAX_ANSWERS - ROOM})]
)
TeamSurvey.objects.filter(pk=survey.pk).update(answer_count={team.MAX_ANSWERS - ROOM})
print(survey.answer_token, Statement.objects.first().pk)
"""
    token, statement = server.manage("shell", "-c", code).strip().splitlines()[-1].split()
    return token, statement


def send_answer(server, path, body, everyone_ready):
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    everyone_ready.wait(timeout=60)  # every member sends at the same moment
    connection.request(
        "POST", path, body=body, headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    response = connection.getresponse()
    response.read()
    connection.close()
    return response.status


def test_simultaneous_answers_fill_the_survey_exactly_to_its_limit(server):
    token, statement = make_nearly_full_survey(server)
    path = f"/tyoyhteisokartta/tiimi/vastaa/{token}/"
    body = urlencode({f"s{statement}": "4"})
    everyone_ready = threading.Barrier(CLIENTS)

    with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
        statuses = list(
            pool.map(lambda _n: send_answer(server, path, body, everyone_ready), range(CLIENTS))
        )

    assert sorted(statuses) == [302] * ROOM + [410] * (CLIENTS - ROOM), server.log()[-3000:]
    assert server.count("community_map.TeamResponse") == team.MAX_ANSWERS
    counted = server.manage(
        "shell",
        "-c",
        "from community_map.models import TeamSurvey; print(TeamSurvey.objects.get().answer_count)",
    )
    assert int(counted.strip().splitlines()[-1]) == team.MAX_ANSWERS
    assert "Internal Server Error" not in server.log()
