"""The live preview's chart address: only the map's figure, small, cacheable, same scoring."""

import pytest

from community_map import codes, content

pytestmark = pytest.mark.django_db


def code_for(value_for):
    return codes.encode({s.pk: value_for(s) for d in content.dimensions() for s in d.statements})


def test_the_chart_alone_is_a_small_cacheable_figure(client, django_assert_num_queries):
    code = code_for(lambda s: 4 if s.pk % 3 else 0)
    client.get(f"/tyoyhteisokartta/kartta/kaavio/?v={code}")  # content now cached

    with django_assert_num_queries(0):
        response = client.get(f"/tyoyhteisokartta/kartta/kaavio/?v={code}")

    html = response.content.decode()
    assert response.status_code == 200
    assert response["Content-Type"] == "text/html; charset=utf-8"
    assert html.lstrip().startswith('<figure class="map-chart">')
    assert '<svg class="map-chart__svg"' in html
    assert "<html" not in html
    assert "<body" not in html
    assert len(response.content) < 8000
    assert "public" in response["Cache-Control"]
    assert "max-age=300" in response["Cache-Control"]


def test_the_chart_alone_is_the_result_pages_own_figure(client):
    code = code_for(lambda s: s.pk % 6)

    fragment = client.get(f"/tyoyhteisokartta/kartta/kaavio/?v={code}").content.decode().strip()
    page = client.get(f"/tyoyhteisokartta/kartta/?v={code}").content.decode()

    assert fragment.count('class="map-chart__dot"') >= 1
    assert " ".join(fragment.split()) in " ".join(page.split())


@pytest.mark.parametrize("code", ["", "1-9", "99999-3", "1-3.1-4", "<script>", "1-3" * 1000])
def test_the_chart_of_a_tampered_address_is_a_400(client, code):
    response = client.get("/tyoyhteisokartta/kartta/kaavio/", {"v": code})

    assert response.status_code == 400
    assert "Kartan osoite ei kelpaa." in response.content.decode()
    assert "<script>" not in response.content.decode()
