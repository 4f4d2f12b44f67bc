"""
Under a real gunicorn with two workers, on the run's database (SQLite in a file, or
PostgreSQL): participants sending the same code at once store exactly one answer; sending their
own codes at once, all are counted.
"""

from urllib.parse import urlencode

import pytest

from tests.support.live_gunicorn import LiveGunicorn, send_at_once

SETUP = """
from tests.support.evaluations import make_process, make_round
process = make_process(goals=1)
item, codes = make_round(process, code_count=8)
print("round", item.pk, process.goals.get().pk, *codes)
"""

COUNTS = """
from evaluations.models import EvaluationAnswer, EvaluationRound
item = EvaluationRound.objects.get(pk={pk})
print("counts", EvaluationAnswer.objects.filter(round=item).count(), item.answer_count,
      len(set(item.used_codes)), item.used_codes == sorted(item.used_codes))
"""


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    server = LiveGunicorn(tmp_path_factory.mktemp("evaluations"), workers=2).start()
    yield server
    server.stop()


def make_round(server):
    item, goal, *codes = server.printed(SETUP, "round")
    return int(item), goal, codes


def counts(server, item):
    answers, answer_count, used, is_sorted = server.printed(COUNTS.format(pk=item), "counts")
    return int(answers), int(answer_count), int(used), is_sorted == "True"


def test_six_answers_sent_at_once_with_one_code_store_exactly_one(server):
    item, goal, codes = make_round(server)
    path = f"/arviointi/vastaa/{codes[0]}/"

    results = send_at_once(server, [path] * 6, urlencode({f"tavoite_{goal}": "4", "hyoty": "5"}))

    assert sorted(status for status, _page in results) == [302] + [410] * 5, server.log()[-3000:]
    for status, page in results:
        if status == 410:
            assert "Tällä vastauskoodilla on jo lähetetty vastaukset" in page
    assert counts(server, item) == (1, 1, 1, True)
    assert "Internal Server Error" not in server.log()


def test_eight_participants_with_their_own_codes_at_once_are_all_counted(server):
    item, goal, codes = make_round(server)
    paths = [f"/arviointi/vastaa/{code}/" for code in codes]

    results = send_at_once(server, paths, urlencode({f"tavoite_{goal}": "3"}))

    assert sorted(status for status, _page in results) == [302] * 8, server.log()[-3000:]
    assert counts(server, item) == (8, 8, 8, True)
