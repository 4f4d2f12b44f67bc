"""The team map's SVG radar: the median polygon, the interquartile band and a member's own map."""

import re

import pytest
from django.test import Client

from community_map.chart import team_radar
from community_map.scoring import DimensionData, DimensionScore
from community_map.team_figures import TeamDimensionScore

# Six axes, the first pointing up; radius 150 for 5; centre (320, 230).
# Axis k is at -90° + 60°·k: cos/sin of -90, -30, 30, 90, 150, 210 degrees.
COS30, SIN30 = 0.866025, 0.5


def dimension(index):
    return DimensionData(pk=index, slug=f"d{index}", name=f"D{index}")


def team_scores(*triples):
    return [
        TeamDimensionScore(dimension(i), median, 5, q1, q3)
        if median is not None
        else TeamDimensionScore(dimension(i), None, 2)
        for i, (median, q1, q3) in enumerate(triples)
    ]


def points(text):
    return [tuple(map(float, pair.split(","))) for pair in text.split()]


def path_rings(path):
    """The two rings of the band's path "M x,y L x,y … Z M … Z" as lists of points."""
    return [
        [tuple(map(float, p.split(","))) for p in re.findall(r"-?[0-9.]+,-?[0-9.]+", ring)]
        for ring in path.split("Z")
        if ring.strip()
    ]


def test_median_polygon_and_band_match_hand_computed_coordinates():
    chart = team_radar(
        team_scores(
            (3, 2, 4),  # up: r = 90 (median), 60 and 120 (quartiles)
            (4, 3.5, 5),  # -30°: r = 120, 105, 150
            (2.5, 1.75, 4.25),  # 30°: r = 75, 52.5, 127.5
            (5, 5, 5),  # down: r = 150 for all three
            (1, 1, 2),  # 150°: r = 30, 30, 60
            (2, 1, 3),  # 210°: r = 60, 30, 90
        )
    )

    assert points(chart["polygon"]) == [
        pytest.approx(p, abs=0.01)
        for p in [
            (320, 230 - 90),
            (320 + 120 * COS30, 230 - 120 * SIN30),
            (320 + 75 * COS30, 230 + 75 * SIN30),
            (320, 230 + 150),
            (320 - 30 * COS30, 230 + 30 * SIN30),
            (320 - 60 * COS30, 230 - 60 * SIN30),
        ]
    ]
    outer, inner = path_rings(chart["band_path"])
    assert outer == [
        pytest.approx(p, abs=0.01)
        for p in [
            (320, 230 - 120),
            (320 + 150 * COS30, 230 - 150 * SIN30),
            (320 + 127.5 * COS30, 230 + 127.5 * SIN30),
            (320, 380),
            (320 - 60 * COS30, 230 + 60 * SIN30),
            (320 - 90 * COS30, 230 - 90 * SIN30),
        ]
    ]
    assert inner == [
        pytest.approx(p, abs=0.01)
        for p in [
            (320, 230 - 60),
            (320 + 105 * COS30, 230 - 105 * SIN30),
            (320 + 52.5 * COS30, 230 + 52.5 * SIN30),
            (320, 380),
            (320 - 30 * COS30, 230 + 30 * SIN30),
            (320 - 30 * COS30, 230 - 30 * SIN30),
        ]
    ]
    assert points(chart["band_outer"]) == outer
    assert points(chart["band_inner"]) == inner


def test_a_dimension_with_too_few_answers_is_left_out_of_polygon_and_band():
    chart = team_radar(
        team_scores((3, 2, 4), (None, None, None), (3, 2, 4), (3, 2, 4), (3, 2, 4), (3, 2, 4))
    )

    assert len(points(chart["polygon"])) == 5
    outer, inner = path_rings(chart["band_path"])
    assert len(outer) == len(inner) == 5
    assert [axis["answered"] for axis in chart["axes"]] == [True, False, True, True, True, True]


def test_a_members_own_polygon_is_drawn_over_the_teams():
    team = team_scores(*[(3, 2, 4)] * 6)
    own = [DimensionScore(dimension(i), value, 3) for i, value in enumerate([5, 4, 3, 2, 1, None])]

    chart = team_radar(team, own=own)

    assert points(chart["own_polygon"]) == [
        pytest.approx(p, abs=0.01)
        for p in [
            (320, 80),
            (320 + 120 * COS30, 230 - 120 * SIN30),
            (320 + 90 * COS30, 230 + 90 * SIN30),
            (320, 290),
            (320 - 30 * COS30, 230 + 30 * SIN30),
        ]
    ]
    first = chart["own_dots"][0]
    assert (first["left"], first["top"]) == (316, 76)  # an 8 × 8 square centred on the point


@pytest.mark.django_db
def test_the_results_page_draws_the_band_and_median_of_known_answers():
    from tests.support.team_maps import dimension_answers, new_survey

    made = new_survey(threshold="5", member_count="5")
    for value in (2, 2, 3, 5, 5):  # every dimension: median 3, quartiles 2 and 5
        made.answer(dimension_answers([value] * 6))

    html = Client().get(made.results_path).content.decode()

    polygon = re.search(r'<polygon class="map-chart__area" points="([^"]+)"', html)[1]
    assert points(polygon)[0] == pytest.approx((320, 140))  # 3 → r = 90 up
    assert points(polygon)[3] == pytest.approx((320, 320))  # and down
    band = re.search(r'<path class="team-chart__band" fill-rule="evenodd" d="([^"]+)"', html)[1]
    outer, inner = path_rings(band)
    assert outer[0] == pytest.approx((320, 230 - 150))  # 5 → r = 150
    assert inner[0] == pytest.approx((320, 230 - 60))  # 2 → r = 60
