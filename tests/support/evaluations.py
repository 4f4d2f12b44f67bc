"""Supervision processes with goals, their evaluation rounds, and answering them."""

import re
from datetime import timedelta

from django.test import Client
from django.utils import timezone

from core import roles
from evaluations import rounds
from evaluations.models import EvaluationRound
from processes.models import Process
from supervisors.models import Supervisor
from tests.support import supervision

ENTER_PATH = "/arviointi/"
ANSWER_PATH = "/arviointi/vastaa/{}/"
CODE = re.compile(r'<span class="evaluation-slip__code">([A-Z0-9-]+)</span>')


# Goals whose texts the evaluation tests read back.
GOALS = [
    ("Ryhmä käsittelee ristiriidat avoimesti.", "Ristiriidoista puhutaan palavereissa."),
    ("Perehdytys on yhteisesti sovittu.", "Uudet kertovat tietävänsä, keneltä kysyä."),
    ("Työn kuormitus jakautuu tasaisemmin.", "Ylityöt vähenevät."),
]


def make_process(organisation="Esimerkkikunta", goals=2, is_example=False, **fields):
    """A remote process of ``goals`` goals, begun 200 days ago and ending in 200 days."""
    today = timezone.localdate()
    values = {
        "group_name": "Osasto 4",
        "participants": 6,
        "mode": Process.Mode.REMOTE,
        "place": "",
        "starts_on": today - timedelta(days=200),
        "planned_end_on": today + timedelta(days=200),
        **fields,
    }
    return supervision.make_process(
        goals=GOALS[:goals], organisation=organisation, is_example=is_example, **values
    )


def make_round(process, kind="start", code_count=6, threshold=5, opens_in=-1, closes_in=10):
    """A round made as the admin makes it (its seed, then its codes); return it and its codes."""
    today = timezone.localdate()
    item = EvaluationRound.objects.create(
        process=process,
        kind=kind,
        opens_on=today + timedelta(days=opens_in),
        closes_on=today + timedelta(days=closes_in),
        threshold=threshold,
        code_count=code_count,
        code_seed=rounds.new_seed(),
    )
    rounds.add_codes(item)
    return item, rounds.codes_of(item)


def answer_data(process, goals=None, usefulness=None, hard_situations=None, recommend=None):
    """The POST of one participant: ``goals`` as a list in the goals' order."""
    data = {}
    for goal, value in zip(process.goals.order_by("position", "pk"), goals or [], strict=False):
        if value is not None:
            data[f"tavoite_{goal.pk}"] = str(value)
    for name, value in (("hyoty", usefulness), ("vaikeat", hard_situations),
                        ("suosittelu", recommend)):  # fmt: skip
        if value is not None:
            data[name] = str(value)
    return data


def answer(code, data, client=None):
    return (client or Client()).post(ANSWER_PATH.format(code), data)


def close_by_date(item):
    """Move the round's days into the past, as if its last day had gone by."""
    today = timezone.localdate()
    EvaluationRound.objects.filter(pk=item.pk).update(
        opens_on=today - timedelta(days=20), closes_on=today - timedelta(days=1)
    )
    item.refresh_from_db()
    return item


def supervisor_of(process, username="ohjaaja"):
    """A staff user with the supervisor role, linked to a supervisor profile of ``process``."""
    user = supervision.staff_with_role(roles.SUPERVISORS, username)
    supervisor = Supervisor.objects.create(
        name=f"Ohjaaja {username}", slug=f"ohjaaja-{username}", account=user
    )
    process.supervisors.add(supervisor)
    return user
