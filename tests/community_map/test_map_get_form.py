"""The map questionnaire is a plain GET form: cached when blank, no token, no cookie."""

import pytest
from django.core.cache import cache

from community_map import codes
from tests.support.map_answers import all_statements, answer_all, submit

pytestmark = pytest.mark.django_db


def checked_values(html):
    """The value of every checked radio button, in page order."""
    return [
        part.split('value="')[1].split('"')[0]
        for part in html.split("<input ")[1:]
        if 'type="radio"' in part and " checked" in part.split(">")[0]
    ]


def code_for(value_for):
    return codes.encode({s.pk: value_for(s) for s in all_statements()})


def test_the_questionnaire_is_a_get_form_without_a_csrf_token(client):
    html = client.get("/tyoyhteisokartta/").content.decode()

    assert 'method="get" action="/tyoyhteisokartta/vastaukset/"' in html
    assert "csrfmiddlewaretoken" not in html


def test_a_submitted_questionnaire_lands_on_the_map_of_its_answers(client):
    answers = answer_all(lambda s: 5 if s.pk % 2 else 0)

    response = submit(client, answers)
    page = client.get(response["Location"])

    assert response.status_code == 302
    assert response["Location"] == "/tyoyhteisokartta/kartta/?v=" + code_for(
        lambda s: 5 if s.pk % 2 else 0
    )
    assert page.status_code == 200
    assert '<svg class="map-chart__svg"' in page.content.decode()


def test_a_posted_questionnaire_is_refused_as_there_is_nothing_to_post(client):
    response = client.post("/tyoyhteisokartta/", answer_all(lambda s: 4))

    assert response.status_code == 405
    assert not response.cookies


@pytest.mark.parametrize(
    "answers",
    [{}, "all don't know", {"utm_source": "uutiskirje"}],
    ids=["nothing-sent", "all-dont-know", "only-other-parameters"],
)
def test_nothing_rated_comes_back_with_a_finnish_error_and_the_answers(client, answers):
    if answers == "all don't know":
        answers = answer_all(lambda s: 0)

    response = submit(client, answers)

    html = response.content.decode()
    assert response.status_code == 400
    assert "Vastauksissa on korjattavaa" in html
    assert "Kartta voidaan piirtää, kun vähintään yhteen väittämään on vastattu." in html
    first = all_statements()[0]
    assert f'<a href="#id_s{first.pk}_0">' in html
    assert checked_values(html) == ["0"] * len(all_statements())  # "en osaa sanoa" kept


@pytest.mark.parametrize("bad_value", ["7", "", "x", "<b>Soita numeroon 0700</b>", "3" * 5000])
def test_an_invalid_answer_comes_back_with_the_other_answers_kept(client, bad_value):
    answers = answer_all(lambda s: 4)
    first, second = all_statements()[:2]
    answers[f"s{first.pk}"] = bad_value

    response = submit(client, answers)

    html = response.content.decode()
    if bad_value == "":  # an empty answer is "en osaa sanoa", which is allowed
        assert response.status_code == 302
        return
    assert response.status_code == 400
    assert "Vastaukseksi käy vain jokin annetuista vaihtoehdoista." in html
    assert "Soita numeroon" not in html  # what was typed in the address is not echoed
    assert f'<a href="#id_s{first.pk}_0">' in html
    assert f'value="1" id="id_s{first.pk}_0" aria-invalid="true">' in html
    assert f'name="s{second.pk}" value="4" id="id_s{second.pk}_3" checked>' in html
    assert checked_values(html) == ["4"] * (len(all_statements()) - 1)


def test_unknown_statements_in_the_address_are_ignored(client):
    answers = answer_all(lambda s: 3)
    answers["s999999"] = "5"

    response = submit(client, answers)

    assert response.status_code == 302
    assert response["Location"] == "/tyoyhteisokartta/kartta/?v=" + code_for(lambda s: 3)


def test_no_page_of_the_map_sets_a_cookie(client):
    code = code_for(lambda s: 2)
    responses = [
        client.get("/tyoyhteisokartta/"),
        client.get("/tyoyhteisokartta/"),  # from the cache
        client.get(f"/tyoyhteisokartta/?v={code}"),
        submit(client, answer_all(lambda s: 2)),
        submit(client, answer_all(lambda s: 0)),
        client.get(f"/tyoyhteisokartta/kartta/?v={code}"),
        client.get(f"/tyoyhteisokartta/kartta/kaavio/?v={code}"),
        client.get("/tyoyhteisokartta/kartta/?v=1-9"),
    ]

    assert [r.status_code for r in responses] == [200, 200, 200, 302, 400, 200, 200, 400]
    for response in responses:
        assert not response.cookies, response.request["PATH_INFO"]
        assert not response.has_header("Set-Cookie")
    assert "Cookie" not in client.cookies


def test_the_blank_questionnaire_is_served_from_the_cache(client, django_assert_num_queries):
    cache.clear()
    first = client.get("/tyoyhteisokartta/")

    with django_assert_num_queries(0):
        again = client.get("/tyoyhteisokartta/")

    assert again.status_code == 200
    assert again.content == first.content
    assert (
        client.get("/tyoyhteisokartta/", headers={"If-None-Match": again["ETag"]}).status_code
        == 304
    )


def test_a_prefilled_questionnaire_is_never_served_from_or_into_the_cache(client):
    client.get("/tyoyhteisokartta/")  # the blank page is now cached

    prefilled = client.get(f"/tyoyhteisokartta/?v={code_for(lambda s: 2)}").content.decode()
    blank = client.get("/tyoyhteisokartta/").content.decode()
    cache.clear()
    client.get(f"/tyoyhteisokartta/?v={code_for(lambda s: 5)}")  # rendered, not cached
    blank_after_prefill = client.get("/tyoyhteisokartta/").content.decode()

    assert checked_values(prefilled) == ["2"] * len(all_statements())
    assert checked_values(blank) == ["0"] * len(all_statements())
    assert checked_values(blank_after_prefill) == ["0"] * len(all_statements())


def test_a_tampered_prefill_code_gives_the_blank_questionnaire(client):
    response = client.get("/tyoyhteisokartta/", {"v": "1-9"})

    assert response.status_code == 200
    assert checked_values(response.content.decode()) == ["0"] * len(all_statements())
