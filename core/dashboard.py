"""
The admin's front page: a registry of small widgets, each shown only to whom it concerns.

An app adds a widget in its own ``dashboard.py`` (found at start-up, like ``admin.py``)::

    from core import dashboard

    @dashboard.widget(
        title=_("Upcoming first conversations"),
        permission="booking.view_booking",
        order=30,
    )
    def upcoming_bookings(request):
        return {"count": ..., "entries": [...], "link": reverse(...)}

The function returns the context of the widget's template (``template``, by default the
generic ``admin/dashboard/widget.html``, which shows ``count``, ``entries`` and ``link``), or
None to show nothing. ``permission`` is a permission name or a callable ``(user) -> bool``.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.contrib.admin.templatetags.admin_urls import admin_urlname
from django.urls import reverse
from django.utils.module_loading import autodiscover_modules

DEFAULT_TEMPLATE = "admin/dashboard/widget.html"


@dataclass(frozen=True)
class Widget:
    name: str
    title: str
    context: Callable
    permission: str | Callable | None = None
    template: str = DEFAULT_TEMPLATE
    order: int = 100
    # "attention" widgets are drawn first and highlighted when they have something to show.
    attention: bool = False
    extra: dict = field(default_factory=dict)

    def allowed(self, user):
        if self.permission is None:
            return user.is_active and user.is_staff
        if callable(self.permission):
            return self.permission(user)
        return user.has_perm(self.permission)


_registry: dict[str, Widget] = {}


def register(widget):
    _registry[widget.name] = widget
    return widget


def widget(
    title, permission=None, order=100, template=DEFAULT_TEMPLATE, attention=False, name=None
):
    """Register the decorated function as a widget's context; see the module's docstring."""

    def decorator(function):
        register(
            Widget(
                name=name or f"{function.__module__}.{function.__name__}",
                title=title,
                context=function,
                permission=permission,
                template=template,
                order=order,
                attention=attention,
            )
        )
        return function

    return decorator


def widgets_for(request):
    """The widgets ``request.user`` may see, in order, each with its rendered context."""
    shown = []
    for item in sorted(_registry.values(), key=lambda item: (item.order, item.name)):
        if not item.allowed(request.user):
            continue
        context = item.context(request)
        if context is None:
            continue
        shown.append({"widget": item, "context": context})
    return shown


def links_to_change(records, text=str, time=None):
    """A widget's ``entries``: a link to each record's page in the admin, named ``text(record)``."""
    return [
        {
            "url": reverse(admin_urlname(record._meta, "change"), args=[record.pk]),
            "text": text(record),
            "time": time(record) if time else None,
        }
        for record in records
    ]


def autodiscover():
    autodiscover_modules("dashboard")
