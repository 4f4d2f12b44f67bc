"""The map's SVG radar chart, computed on the server, puts each score where it belongs."""

import re

import pytest

from community_map.chart import CENTER_X, CENTER_Y, radar
from community_map.scoring import DimensionScore

from .test_map_scoring import DIMENSIONS


def scores(*averages):
    names = ["A", "B", "C", "D", "E", "F"]
    return [
        DimensionScore(
            DIMENSIONS[0].__class__(pk=i, slug=n.lower(), name=n), average, 1 if average else 0
        )
        for i, (n, average) in enumerate(zip(names, averages, strict=False))
    ]


def test_polygon_points_match_hand_computed_coordinates():
    # Six axes, the first pointing up; radius 150 for 5; centre (320, 230).
    # Axis k is at -90° + 60°·k: cos/sin of -90, -30, 30, 90, 150, 210 degrees.
    chart = radar(scores(5, 4, 3, 2, 1, 2.5))

    expected = [
        (320, 80),  # 5 up: r = 150
        (320 + 120 * 0.866025, 230 - 120 * 0.5),  # 4 at -30°: r = 120
        (320 + 90 * 0.866025, 230 + 90 * 0.5),  # 3 at 30°: r = 90
        (320, 230 + 60),  # 2 down: r = 60
        (320 - 30 * 0.866025, 230 + 30 * 0.5),  # 1 at 150°: r = 30
        (320 - 75 * 0.866025, 230 - 75 * 0.5),  # 2.5 at 210°: r = 75
    ]
    points = [tuple(map(float, pair.split(","))) for pair in chart["polygon"].split()]
    assert points == [pytest.approx(point, abs=0.01) for point in expected]


def test_unanswered_dimension_is_left_out_of_the_polygon_and_marked():
    chart = radar(scores(5, None, 5, 5, 5, 5))

    assert len(chart["polygon"].split()) == 5
    assert [axis["answered"] for axis in chart["axes"]] == [True, False, True, True, True, True]
    assert (CENTER_X, CENTER_Y) not in [(d["x"], d["y"]) for d in chart["dots"]]


def test_rings_mark_every_step_of_the_scale():
    chart = radar(scores(3, 3, 3, 3, 3, 3))

    assert [ring["value"] for ring in chart["rings"]] == [1, 2, 3, 4, 5]
    outer = [tuple(map(float, p.split(","))) for p in chart["rings"][-1]["points"].split()]
    assert outer[0] == pytest.approx((320, 80))


@pytest.mark.django_db
def test_rendered_svg_draws_the_polygon_of_known_answers(client):
    from community_map import content

    dimensions = content.dimensions()
    answers = {s.pk: 5 for d in dimensions for s in d.statements if not s.reverse_scored}
    answers.update({s.pk: 1 for d in dimensions for s in d.statements if s.reverse_scored})
    code = ".".join(f"{pk}-{value}" for pk, value in sorted(answers.items()))

    html = client.get(f"/tyoyhteisokartta/kartta/?v={code}").content.decode()

    polygon = re.search(r'<polygon class="map-chart__area" points="([^"]+)"', html).group(1)
    points = [tuple(map(float, pair.split(","))) for pair in polygon.split()]
    assert points[0] == pytest.approx((320, 80))  # every dimension at 5: the outer ring
    assert points[3] == pytest.approx((320, 380))
    assert len(points) == 6
