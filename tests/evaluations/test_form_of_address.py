"""A participant is addressed with "sinä" on every page they meet; the purchaser never is."""

import re

import pytest
from django.test import Client

from processes.links import purchaser_link
from tests.support.evaluations import (
    ANSWER_PATH,
    ENTER_PATH,
    answer,
    answer_data,
    close_by_date,
    make_process,
    make_round,
)
from tests.support.form_of_address import SINA, TE, running_text

pytestmark = pytest.mark.django_db

# The evaluation's own "sinä" words, beside those the site's check knows.
EVALUATION_SINA = re.compile(
    r"\b(työnohjaustasi|lapussasi|vastauksesi|vastauksistasi|vastauskoodillasi|koodiasi|"
    r"suosittelisit)\b",
    re.IGNORECASE,
)


def test_a_participant_is_addressed_with_sina_throughout():
    process = make_process()
    item, codes = make_round(process)
    client = Client()
    pages = {
        "enter": client.get(ENTER_PATH),
        "questions": client.get(ANSWER_PATH.format(codes[0])),
        "errors": answer(codes[0], {}, client),
    }
    pages["thanks"] = client.get(answer(codes[0], answer_data(process, [3, 3], 4))["Location"])
    pages["used"] = client.get(ANSWER_PATH.format(codes[0]))
    close_by_date(item)
    pages["closed"] = client.get(ANSWER_PATH.format(codes[1]))
    for name, response in pages.items():
        text = running_text(response.content.decode())
        assert not TE.findall(text), (name, TE.findall(text))
        if name != "closed":  # "Arviointi on päättynyt": addresses no one
            assert SINA.search(text) or EVALUATION_SINA.search(text), (name, text[:300])


def test_the_purchaser_s_pages_never_say_sina():
    process = make_process()
    make_round(process)
    token = purchaser_link(process).manage_token
    for path in ("", "yhteenveto/"):
        html = Client().get(f"/tyonohjaussopimus/{token}/arvioinnit/{path}").content.decode()
        text = running_text(html) if "<main" in html else html
        assert not SINA.findall(text), (path, SINA.findall(text))
