"""The map as an SVG radar chart, computed on the server: geometry only, drawn by a template."""

import math

WIDTH = 640
HEIGHT = 460
CENTER_X = WIDTH / 2
CENTER_Y = HEIGHT / 2
RADIUS = 150
MAX_VALUE = 5
LABEL_GAP = 22
LABEL_LINE_CHARACTERS = 13
# Room for labels of 23 units, which a phone (the 640-unit picture in about 340 px) draws at
# 12 px; wider screens use a smaller size (site.css, .map-chart__label).
LABEL_FONT_SIZE = 23
LABEL_LINE_HEIGHT = 27


def _point(index, count, value):
    """Where ``value`` (0–5) lies on axis ``index`` of ``count``; the first axis points up."""
    angle = -math.pi / 2 + 2 * math.pi * index / count
    distance = RADIUS * float(value) / MAX_VALUE
    return (
        round(CENTER_X + distance * math.cos(angle), 2),
        round(CENTER_Y + distance * math.sin(angle), 2),
    )


def _wrap(label):
    """Break a long axis label into short lines, so that it stays inside the picture."""
    lines = []
    for word in label.split():
        if lines and len(lines[-1]) + 1 + len(word) <= LABEL_LINE_CHARACTERS:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def _points(points):
    return " ".join(f"{x:g},{y:g}" for x, y in points)


def radar(scores):
    """
    Return what the template needs to draw ``scores`` (DimensionScore objects) as a radar.

    Answered dimensions are joined into the polygon; an unanswered one is left out of it and
    its axis is marked, so that "no answers" never looks like a score of zero.
    """
    count = len(scores)
    if count == 0:
        return None
    rings = [
        {"value": value, "points": _points(_point(i, count, value) for i in range(count))}
        for value in range(1, MAX_VALUE + 1)
    ]
    axes = []
    for index, item in enumerate(scores):
        end_x, end_y = _point(index, count, MAX_VALUE)
        label_x, label_y = _point(index, count, MAX_VALUE * (RADIUS + LABEL_GAP) / RADIUS)
        lines = _wrap(item.dimension.name)
        if abs(label_x - CENTER_X) < 1:
            anchor = "middle"
        else:
            anchor = "start" if label_x > CENTER_X else "end"
        if label_y < CENTER_Y - 1:  # above the centre: the last line sits at the point
            first_line_y = label_y - LABEL_LINE_HEIGHT * (len(lines) - 1)
        elif label_y > CENTER_Y + 1:  # below: the first line hangs from it
            first_line_y = label_y + LABEL_FONT_SIZE * 0.8
        else:
            first_line_y = label_y - LABEL_LINE_HEIGHT * (len(lines) - 1) / 2 + LABEL_FONT_SIZE / 3
        axes.append(
            {
                "name": item.dimension.name,
                "x": end_x,
                "y": end_y,
                "label_x": label_x,
                "label_y": round(first_line_y, 2),
                "lines": lines,
                "line_height": LABEL_LINE_HEIGHT,
                "anchor": anchor,
                "answered": item.average is not None,
            }
        )
    dots = [
        {"x": x, "y": y, "name": item.dimension.name, "average": item.average}
        for index, item in enumerate(scores)
        if item.average is not None
        for x, y in [_point(index, count, item.average)]
    ]
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "center_x": CENTER_X,
        "center_y": CENTER_Y,
        "rings": rings,
        "axes": axes,
        "dots": dots,
        "polygon": _points((dot["x"], dot["y"]) for dot in dots),
    }


def _path(points):
    points = list(points)
    if len(points) < 3:
        return ""
    return "M" + " L".join(f"{x:g},{y:g}" for x, y in points) + " Z"


def team_radar(scores, own=None):
    """
    The team's map: the median polygon (``radar``'s own), the interquartile band around it,
    and optionally a member's own polygon (``own``: DimensionScores in the same order) over it.

    The band is one path of two rings, the third quartile outside and the first inside, filled
    by the even-odd rule so that only the middle half of the team is shaded.
    """
    data = radar(scores)
    if data is None:
        return None
    count = len(scores)
    shown = [(index, item) for index, item in enumerate(scores) if item.average is not None]
    outer = [_point(index, count, item.q3) for index, item in shown]
    inner = [_point(index, count, item.q1) for index, item in shown]
    data["band_outer"] = _points(outer)
    data["band_inner"] = _points(inner)
    data["band_path"] = f"{_path(outer)} {_path(inner)}".strip() if _path(outer) else ""
    data["own_dots"] = []
    data["own_polygon"] = ""
    if own is not None:
        data["own_dots"] = [
            {"x": x, "y": y, "left": round(x - 4, 2), "top": round(y - 4, 2)}
            for index, item in enumerate(own)
            if item.average is not None
            for x, y in [_point(index, count, item.average)]
        ]
        data["own_polygon"] = _points((dot["x"], dot["y"]) for dot in data["own_dots"])
    return data


def _round_shape(scores, count):
    """One round's dots and its outline: a polygon from three dots, a line from two."""
    dots = [
        {"x": x, "y": y, "left": round(x - 5, 2), "top": round(y - 5, 2)}
        for index, item in enumerate(scores)
        if item.average is not None
        for x, y in [_point(index, count, item.average)]
    ]
    return {"dots": dots, "points": _points((dot["x"], dot["y"]) for dot in dots)}


def comparison_radar(before, after):
    """
    Two rounds of a team's map on one radar: ``before`` (the baseline's DimensionScores) and
    ``after`` (the follow-up's, the same dimensions in the same order), each its own outline.
    The axes are ``radar``'s, marked unanswered where either round shows no figure.
    """
    count = len(after)
    if count == 0 or len(before) != count:
        return None
    data = radar(after)
    for axis, old, new in zip(data["axes"], before, after, strict=True):
        axis["answered"] = old.average is not None and new.average is not None
    data["before"] = _round_shape(before, count)
    data["after"] = _round_shape(after, count)
    return data
