"""A team leader's survey and its members' answers, made through the site as in a browser."""

import re
from datetime import timedelta

from django.test import Client
from django.utils import timezone

from community_map import content
from community_map.models import TeamSurvey

ANSWER_PATH = "/tyoyhteisokartta/tiimi/vastaa/{}/"


RESULTS_PATH = "/tyoyhteisokartta/tiimi/tulokset/{}/"


def create(client=None, **fields):
    today = timezone.localdate()
    data = {
        "name": "Osasto 4",
        "threshold": "5",
        "ends_on": (today + timedelta(days=14)).isoformat(),
        "reveal": "steps",
        "email": "",
        "website": "",
        **fields,
    }
    return (client or Client()).post("/tyoyhteisokartta/tiimi/", data)


def new_survey(**fields):
    """Create a survey through the form; return it with its answer and results paths."""
    html = create(**fields).content.decode()
    answer_url = re.search(r'id="vastausosoite" type="text" readonly value="([^"]+)"', html)[1]
    results_url = re.search(r'id="tulososoite" type="text" readonly value="([^"]+)"', html)[1]
    answer_token = answer_url.rstrip("/").rsplit("/", 1)[1]
    results_token = results_url.rstrip("/").rsplit("/", 1)[1]
    survey = TeamSurvey.objects.get(answer_token=answer_token)
    return survey, ANSWER_PATH.format(answer_token), RESULTS_PATH.format(results_token)


def dimension_answers(values):
    """Form data giving each dimension the score ``values[i]`` (reverse-scored turned around)."""
    data = {}
    for dimension, value in zip(content.dimensions(), values, strict=True):
        for statement in dimension.statements:
            answer = (6 - value) if statement.reverse_scored else value
            data[f"s{statement.pk}"] = str(answer)
    return data


def answer(path, data):
    """One member answers from their own browser."""
    return Client().post(path, data)
