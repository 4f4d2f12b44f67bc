"""
Fill the bench's own database before it is served: `bench/run.py` runs this with the bench
settings (its temporary database, cache and media folder) and reads the JSON it prints.

- the example content of `make run` (`load_example_content`: supervisors with calendars,
  prices, a quote) and its portraits' renditions, as the task worker would make them;
- a team survey of 12 members, 8 of whom have answered (its figures are shown in steps);
- with ``--scale N``, N units of a site in use (bench/scale.py).

- an open evaluation round of the example supervision process, beside its two closed ones.

It prints the addresses whose keys exist only here: a personal map's result (``?v=``), the
team's answer page (an unused code) and its results page (the results token), the purchaser's
agreement and evaluations (their secret link), and an evaluation's answer page (an unused
code).
"""

import argparse
import json
import os
import random
import sys
from datetime import timedelta
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
TEAM_MEMBERS, TEAM_ANSWERED = 12, 8


def sample_answers(statements, rng):
    """One person's answers {statement pk: 0–5}: mostly middling, a few low and high."""
    return {pk: rng.choice([1, 2, 2, 3, 3, 4, 4, 5, 0]) for pk in statements}


def team_survey(rng):
    from community_map import content, team

    survey, token = team.create_survey(
        name="Esimerkkitiimi",
        member_count=TEAM_MEMBERS,
        threshold=5,
        ends_on=team.today() + timedelta(days=14),
        reveal="steps",
    )
    codes = team.codes_of(survey, token)
    statements = sorted(content.statement_pks(content.dimensions()))
    for code in codes[:TEAM_ANSWERED]:
        team.store_answer(team.ballot_for(code), sample_answers(statements, rng))
    return {"results_token": token, "answer_code": codes[TEAM_ANSWERED]}


def supervision_process_keys():
    """The example process's purchaser link and an unused code of a new, open round."""
    from django.utils import timezone

    from evaluations import rounds
    from evaluations.models import EvaluationRound
    from processes.links import purchaser_link
    from processes.models import Process

    process = Process.objects.examples().first()
    today = timezone.localdate()
    open_round = EvaluationRound.objects.create(
        process=process,
        kind=EvaluationRound.Kind.END,
        opens_on=today,
        closes_on=today + timedelta(days=14),
        code_count=8,
        code_seed=rounds.new_seed(),
    )
    rounds.add_codes(open_round)
    return {"purchaser_token": purchaser_link(process).manage_token,
            "evaluation_code": rounds.codes_of(open_round)[0]}  # fmt: skip


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--scale", type=int, default=0)
    options = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    import django

    django.setup()
    from django.core.cache import cache
    from django.core.management import call_command

    from community_map import codes, content

    rng = random.Random(1)
    quiet = {"stdout": open(os.devnull, "w")}  # noqa: SIM115  (the process ends soon)
    call_command("load_example_content", **quiet)
    call_command("make_renditions", **quiet)
    team_keys = team_survey(rng)
    process_keys = supervision_process_keys()
    added = {}
    if options.scale:
        from bench import scale

        added, team_keys = scale.load(options.scale)
    statements = sorted(content.statement_pks(content.dimensions()))
    map_code = codes.encode(sample_answers(statements, rng))
    cache.clear()  # the bench's own cache: every page renders afresh from the loaded rows
    print(
        json.dumps(
            {
                "map_result": "/tyoyhteisokartta/kartta/?v=" + map_code,
                "team_answer": f"/tyoyhteisokartta/tiimi/vastaa/{team_keys['answer_code']}/",
                "team_results": f"/tyoyhteisokartta/tiimi/tulokset/{team_keys['results_token']}/",
                "agreement": f"/tyonohjaussopimus/{process_keys['purchaser_token']}/",
                "evaluations": f"/tyonohjaussopimus/{process_keys['purchaser_token']}/arvioinnit/",
                "evaluation_answer": f"/arviointi/vastaa/{process_keys['evaluation_code']}/",
                "added": added,
            }
        )
    )


if __name__ == "__main__":
    main()
