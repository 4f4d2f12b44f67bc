"""
The rounds' figures as an SVG bar chart, computed on the server: geometry only, drawn by
``templates/evaluations/chart.html``. Each goal and question on the 1–5 scale is a group of
horizontal bars, one per round, so that the change reads from top to bottom; a round whose
figure is not shown has no bar but a note, so that "not shown" never looks like a low score.
The same figures are in the table beside the chart, which is what a screen reader reads.
"""

WIDTH = 640
LEFT = 16
RIGHT = 570
TOP_VALUE = 5
LEGEND_HEIGHT = 44
LABEL_LINE_HEIGHT = 28
LABEL_LINE_CHARACTERS = 46
BAR_HEIGHT = 24
BAR_GAP = 6
GROUP_GAP = 18
VALUE_GAP = 6
LEGEND_STEP = 150


def _x(value):
    return round(LEFT + (RIGHT - LEFT) * float(value) / TOP_VALUE, 2)


def _wrap(label):
    lines = []
    for word in str(label).split():
        if lines and len(lines[-1]) + 1 + len(word) <= LABEL_LINE_CHARACTERS:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def bars(rows, round_labels):
    """
    What the template needs to draw ``rows`` (figures.Row on the 1–5 scale) for the rounds
    named by ``round_labels``; None when no figure is shown at all.
    """
    rows = [row for row in rows if row.top == TOP_VALUE]
    if not any(cell.figure and cell.figure.shown for row in rows for cell in row.cells):
        return None
    legend = [
        {"x": LEFT + index * LEGEND_STEP, "y": 16, "label": label, "series": index % 3 + 1}
        for index, label in enumerate(round_labels)
    ]
    y = LEGEND_HEIGHT
    groups = []
    for row in rows:
        lines = []
        for line in _wrap(row.label):
            y += LABEL_LINE_HEIGHT
            lines.append({"y": y - 6, "text": line})
        y += 4
        group_bars = []
        for index, cell in enumerate(row.cells):
            shown = cell.figure is not None and cell.figure.shown
            value = cell.figure.average if shown else None
            end = _x(value) if shown else LEFT
            group_bars.append(
                {
                    "series": index % 3 + 1,
                    "y": y,
                    "x": LEFT,
                    "width": round(end - LEFT, 2),
                    "height": BAR_HEIGHT,
                    "value": value,
                    "text_x": round(end + VALUE_GAP, 2),
                    "text_y": y + BAR_HEIGHT - 4,
                }
            )
            y += BAR_HEIGHT + BAR_GAP
        groups.append({"lines": lines, "bars": group_bars})
        y += GROUP_GAP
    grid = [{"x": _x(value), "value": value} for value in range(1, TOP_VALUE + 1)]
    return {
        "width": WIDTH,
        "height": y + 8,
        "legend": legend,
        "groups": groups,
        "grid": grid,
        "grid_top": LEGEND_HEIGHT,
        "grid_bottom": y - GROUP_GAP,
        "axis_y": y + 4,
    }
