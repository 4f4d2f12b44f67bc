"""
Numbers for the owner: what came in per month and per form of supervision over 12 months.

Counted from the site's own records (no visitor is tracked). Each kind of record is a
registered ``Series``; an app adds one from its ``dashboard.py``::

    statistics.register(
        statistics.Series(
            name="bookings",
            title=_("Bookings"),
            permission="booking.view_booking",
            queryset=lambda: Booking.objects.all(),
            date_field="created_at",
            group_field="form__name",
        )
    )
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from django.core.exceptions import PermissionDenied
from django.db.models import Count, F
from django.db.models.functions import TruncMonth
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

MONTHS = 12
# The bar chart's drawing area, in SVG units.
CHART_WIDTH = 720
CHART_HEIGHT = 240
CHART_LEFT = 40
CHART_BOTTOM = 40
CHART_TOP = 16


@dataclass(frozen=True)
class Series:
    name: str
    title: str
    permission: str
    queryset: Callable
    date_field: str
    group_field: str


_series: dict[str, Series] = {}


def register(series):
    _series[series.name] = series
    return series


def visible_series(user):
    return [series for series in _series.values() if user.has_perm(series.permission)]


def can_view(user):
    return bool(user.is_authenticated and user.is_staff and visible_series(user))


def month_starts(today=None, months=MONTHS):
    """The first days of the last ``months`` months, oldest first, this month included."""
    today = today or timezone.localdate()
    year, month = today.year, today.month
    starts = []
    for _step in range(months):
        starts.append(date(year, month, 1))
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    return starts[::-1]


def collect(series, today=None):
    """``{"months": [(label, count)], "groups": [(name, count)], "total": n}`` for 12 months."""
    months = month_starts(today)
    start = timezone.make_aware(timezone.datetime(months[0].year, months[0].month, 1))
    recent = series.queryset().filter(**{f"{series.date_field}__gte": start})
    per_month = {
        row["month"].date() if hasattr(row["month"], "date") else row["month"]: row["count"]
        for row in recent.annotate(month=TruncMonth(series.date_field))
        .values("month")
        .annotate(count=Count("pk"))
        .order_by()
    }
    month_rows = [
        (date_format(month, "F Y"), date_format(month, "M"), per_month.get(month, 0))
        for month in months
    ]
    groups = [
        (row["group"] or _("Not chosen"), row["count"])
        for row in recent.values(group=F(series.group_field))
        .annotate(count=Count("pk"))
        .order_by("-count", "group")
    ]
    return {
        "months": month_rows,
        "groups": groups,
        "total": sum(count for _label, _short, count in month_rows),
        "chart": bar_chart(month_rows),
    }


def bar_chart(month_rows):
    """The geometry of one bar per month, scaled to the largest count, for the SVG template."""
    largest = max((count for _label, _short, count in month_rows), default=0)
    scale_top = max(largest, 1)
    plot_height = CHART_HEIGHT - CHART_BOTTOM - CHART_TOP
    slot = (CHART_WIDTH - CHART_LEFT) / len(month_rows)
    bars = []
    for index, (label, short, count) in enumerate(month_rows):
        height = round(plot_height * count / scale_top, 1)
        x = round(CHART_LEFT + index * slot + slot * 0.15, 1)
        bars.append(
            {
                "label": label,
                "short": short,
                "count": count,
                "x": x,
                "y": round(CHART_TOP + plot_height - height, 1),
                "width": round(slot * 0.7, 1),
                "height": height,
                "text_x": round(x + slot * 0.35, 1),
                "value_y": round(CHART_TOP + plot_height - height - 4, 1),
            }
        )
    return {
        "width": CHART_WIDTH,
        "height": CHART_HEIGHT,
        "baseline": CHART_HEIGHT - CHART_BOTTOM,
        "label_y": CHART_HEIGHT - CHART_BOTTOM + 18,
        "left": CHART_LEFT,
        "largest": largest,
        "bars": bars,
    }


def view(request, admin_site):
    """The statistics page: one chart and table per series the staff member may see."""
    series = visible_series(request.user)
    if not series:
        raise PermissionDenied
    context = {
        **admin_site.each_context(request),
        "title": _("Statistics"),
        "sections": [{"series": item, **collect(item)} for item in series],
    }
    return TemplateResponse(request, "admin/statistics.html", context)
