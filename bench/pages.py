"""
In-process timings of the heavier pages, through Django's test client, without a server.

    .venv/bin/python bench/pages.py [--requests 200]

Production settings on a fresh SQLite database and file cache in a temporary folder; each page
is asked for by a browser that accepts gzip. For each page: the median milliseconds per request
with an empty cache ("cold") and with the cache warm, the SQL queries of each, and the bytes
sent. The floor is a constant 20 KB view through the same middleware. Pages measured: the team
map's answer page, its results at 300 answers, a personal map result, the FAQ at 100
questions, and the FAQ again after an edit of other content (a new content version).
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

ANSWERS = 300
QUESTIONS = 100


def setup(workdir):
    from bench.run import environment

    os.environ.update(environment(workdir, 0))
    # Hashed names need collectstatic; plain names cost the same to render.
    os.environ["DJANGO_STATICFILES_STORAGE"] = (
        "django.contrib.staticfiles.storage.StaticFilesStorage"
    )
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", "--noinput", verbosity=0)


def make_survey():
    """A survey in steps mode with ``ANSWERS`` answers stored, every step shown."""
    from datetime import timedelta

    from community_map import answer_codes, codes, content, team
    from community_map.models import TeamSurvey

    statements = [s.pk for d in content.dimensions() for s in d.statements]
    _survey, token = team.create_survey(
        name="Osasto 4",
        member_count=ANSWERS + 1,
        threshold=5,
        ends_on=team.today() + timedelta(days=14),
        reveal=TeamSurvey.Reveal.STEPS,
    )
    all_codes = answer_codes.codes_for(token, ANSWERS + 1)
    for number in range(ANSWERS):
        answers = {pk: 1 + (number * 7 + pk) % 5 for pk in statements}
        team.store_answer(team.ballot_for(all_codes[number]), answers)
    own = codes.encode({pk: 1 + pk % 5 for pk in reversed(statements)})
    return token, all_codes[-1], own


def make_questions():
    from faq.models import Category, Question

    category = Category.objects.create(name="Mittaus", order=99)
    body = (
        "Työnohjaus on **luottamuksellista** ammatillista keskustelua. Se tukee [jaksamista]"
        "(https://example.com/) ja kasvua.\n\n- ensimmäinen kohta\n- toinen kohta\n\n"
        "> Lainaus, joka kertoo jotakin olennaista työstä ja sen merkityksestä.\n\n"
    ) * 3
    Question.objects.bulk_create(
        Question(category=category, question=f"Kysymys {n}?", answer=f"{body}Vastaus {n}.")
        for n in range(QUESTIONS)
    )


ADDRESSES = iter(range(1, 10**6))


def measure(client, path, requests, before=None):
    """(median ms per request, queries and bytes of the last, its encoding), ``before()`` each."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    times, queries, size = [], 0, 0
    for _ in range(requests):
        if before:
            before()
        number = next(ADDRESSES)  # the answer page counts requests per address
        meta = {"REMOTE_ADDR": f"10.{number >> 16 & 255}.{number >> 8 & 255}.{number & 255}"}
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            response = client.get(path, headers={"Accept-Encoding": "gzip, br"}, **meta)
            times.append(time.perf_counter() - start)
        assert response.status_code == 200, (path, response.status_code)
        queries, size = len(captured), len(response.content)
        encoding = response.get("Content-Encoding", "identity")
    return statistics.median(times) * 1000, queries, size, encoding


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--requests", type=int, default=200)
    options = parser.parse_args()
    setup(Path(tempfile.mkdtemp(prefix="tyonohjaus-pages-")))
    from django.core.cache import cache
    from django.test import Client

    from core import page_cache

    token, code, own = make_survey()
    make_questions()
    pages = {
        "floor (constant 20 KB)": "/bench/floor/",
        "team answer page": f"/tyoyhteisokartta/tiimi/vastaa/{code}/",
        f"team results, {ANSWERS} answers": f"/tyoyhteisokartta/tiimi/tulokset/{token}/",
        "personal map result": f"/tyoyhteisokartta/kartta/?v={own}",
        f"FAQ, {QUESTIONS} questions": "/usein-kysyttya/",
    }
    client = Client()
    cold_requests = max(options.requests // 10, 5)
    print(f"{'page':32} {'cold ms':>8} {'q':>3} {'warm ms':>8} {'q':>3} {'bytes':>8}  encoding")
    for name, path in pages.items():
        cold_ms, cold_q, _size, _enc = measure(client, path, cold_requests, cache.clear)
        measure(client, path, 5)
        warm_ms, warm_q, size, encoding = measure(client, path, options.requests)
        print(f"{name:32} {cold_ms:8.2f} {cold_q:3} {warm_ms:8.2f} {warm_q:3} {size:8}  {encoding}")
    # An edit of any content starts a new content version: every page is rendered again.
    edited_ms, edited_q, _size, _enc = measure(
        client, pages[f"FAQ, {QUESTIONS} questions"], cold_requests, page_cache._start_new_version
    )
    print(f"{'FAQ after an edit elsewhere':32} {edited_ms:8.2f} {edited_q:3}")


if __name__ == "__main__":
    main()
