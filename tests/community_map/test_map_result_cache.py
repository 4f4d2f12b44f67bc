"""The personal map's result is a pure function of its address: cached by the normalised code."""

import gzip

import pytest
from django.core.cache import cache

from community_map import codes
from community_map.models import Dimension
from tests.support.map_answers import all_statements

pytestmark = pytest.mark.django_db

RESULT = "/tyoyhteisokartta/kartta/"


def answers():
    return {statement.pk: 1 + statement.pk % 5 for statement in all_statements()}


def shuffled_code(answers):
    """The same answers in another order than the site writes them."""
    return ".".join(f"{pk}-{value}" for pk, value in sorted(answers.items(), reverse=True))


def test_equivalent_addresses_get_the_same_page_from_the_cache(
    client, django_assert_max_num_queries
):
    given = answers()
    normal, shuffled = codes.encode(given), shuffled_code(given)
    assert normal != shuffled

    first = client.get(RESULT, {"v": shuffled})
    with django_assert_max_num_queries(0):
        second = client.get(RESULT, {"v": normal})

    assert first.status_code == second.status_code == 200
    assert first.content == second.content
    # The page's own links carry the normalised code, whichever form the address had.
    assert f"?kartta={normal}" in first.text
    assert shuffled not in first.text


def test_a_result_costs_at_most_six_queries_cold_and_none_warm(
    client, django_assert_max_num_queries
):
    code = codes.encode(answers())
    cache.clear()
    with django_assert_max_num_queries(6):
        assert client.get(RESULT, {"v": code}).status_code == 200
    with django_assert_max_num_queries(0):
        assert client.get(RESULT, {"v": code}).status_code == 200


def test_different_answers_never_share_a_page(client):
    given = answers()
    other = {**given, min(given): 5 if given[min(given)] != 5 else 1}

    one = client.get(RESULT, {"v": codes.encode(given)})
    two = client.get(RESULT, {"v": codes.encode(other)})

    assert one.content != two.content
    assert codes.encode(other) in two.text


def test_an_edit_of_the_maps_content_shows_on_the_next_result(client):
    code = codes.encode(answers())
    client.get(RESULT, {"v": code})
    dimension = Dimension.objects.first()
    dimension.name = "Perustehtävä ja tavoitteet"
    dimension.save()

    assert "Perustehtävä ja tavoitteet" in client.get(RESULT, {"v": code}).text


def test_an_invalid_address_is_not_stored(client):
    for number in range(3):
        assert client.get(RESULT, {"v": f"1-{number}.x"}).status_code == 400

    assert not [key for key in cache._cache if "page-cache:" in key and RESULT in key]


def test_the_result_is_compressed_with_an_etag(client):
    code = codes.encode(answers())

    page = client.get(RESULT, {"v": code}, headers={"Accept-Encoding": "gzip"})

    assert page["Content-Encoding"] == "gzip"
    assert f"?kartta={code}" in gzip.decompress(page.content).decode()
    again = client.get(
        RESULT, {"v": code}, headers={"Accept-Encoding": "gzip", "If-None-Match": page["ETag"]}
    )
    assert again.status_code == 304
