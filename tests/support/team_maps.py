"""A team leader's survey, its answer codes and its members' answers, made through the site."""

import hashlib
import re
from datetime import timedelta
from urllib.parse import urlsplit

from django.test import Client
from django.utils import timezone

from community_map import content
from community_map.models import TeamSurvey

ENTER_PATH = "/tyoyhteisokartta/tiimi/vastaa/"
ANSWER_PATH = "/tyoyhteisokartta/tiimi/vastaa/{}/"
RESULTS_PATH = "/tyoyhteisokartta/tiimi/tulokset/{}/"
RESULTS_URL = re.compile(r'id="tulososoite" type="text" readonly value="([^"]+)"')
CODE = re.compile(r'<td class="team-codes__code">([A-Z0-9-]+)</td>')


def create(client=None, path="/tyoyhteisokartta/tiimi/", **fields):
    today = timezone.localdate()
    data = {
        "name": "Osasto 4",
        "member_count": "12",
        "threshold": "5",
        "ends_on": (today + timedelta(days=14)).isoformat(),
        # The form's default is "closed"; most tests look at figures while the survey is open.
        "reveal": "steps",
        "email": "",
        "website": "",
        **fields,
    }
    return (client or Client()).post(path, data)


def codes_on(html):
    """The answer codes listed on a codes page."""
    return CODE.findall(html)


class NewSurvey:
    """A survey made through the form: its results path, its codes, and answering with them."""

    def __init__(self, created=None, *, results_path=None):
        if results_path is None:
            results_path = urlsplit(RESULTS_URL.search(created.content.decode())[1]).path
        self.results_path = results_path
        self.results_token = results_path.rstrip("/").rsplit("/", 1)[1]
        self.codes = codes_on(Client().get(results_path + "koodit/").content.decode())
        self.unused = list(self.codes)
        self.survey = TeamSurvey.objects.get(
            results_token_hash=hashlib.sha256(self.results_token.encode()).hexdigest()
        )

    def answer_path(self, code=None):
        return ANSWER_PATH.format(code or self.unused[0])

    def answer(self, data, client=None):
        """The next member answers with the next unused code, from their own browser."""
        return answer(self.answer_path(self.unused.pop(0)), data, client)

    def close(self, client=None):
        return (client or Client()).post(self.results_path + "sulje/")

    def start_follow_up(self, client=None):
        """The leader starts the follow-up from the results page; the follow-up, or None."""
        started = (client or Client()).post(self.results_path + "seuranta/aloita/")
        if started.status_code != 302:
            return None
        return NewSurvey(results_path=started["Location"])


def new_survey(**fields):
    return NewSurvey(create(**fields))


def dimension_answers(values):
    """Form data giving each dimension the score ``values[i]`` (reverse-scored turned around)."""
    data = {}
    for dimension, value in zip(content.dimensions(), values, strict=True):
        for statement in dimension.statements:
            answer = (6 - value) if statement.reverse_scored else value
            data[f"s{statement.pk}"] = str(answer)
    return data


def answer(path, data, client=None):
    """One member answers from their own browser."""
    return (client or Client()).post(path, data)


def answers_for(dimension_list, values):
    """Form data giving each of ``dimension_list``'s dimensions the score ``values[i]``."""
    data = {}
    for dimension, value in zip(dimension_list, values, strict=True):
        for statement in dimension.statements:
            answer = (6 - value) if statement.reverse_scored else value
            data[f"s{statement.pk}"] = str(answer)
    return data
