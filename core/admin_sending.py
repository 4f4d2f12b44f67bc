"""
The step before a change or an action in the admin that emails clients: it lists which
emails go to whom, and only its confirmation (``SENDING_CONFIRMED`` posted back with what was
posted before) carries the change out.
"""

from dataclasses import dataclass

from django.contrib.admin import helpers
from django.template.response import TemplateResponse

SENDING_CONFIRMED = "sending_confirmed"


@dataclass(frozen=True)
class Outgoing:
    """One email to be sent: to whom (``recipient``, an address) and what it carries."""

    recipient: str
    what: str


def confirmed(request):
    return bool(request.POST.get(SENDING_CONFIRMED))


def ask(model_admin, request, title, groups, posted):
    """
    The confirmation page: ``groups`` are ``{"item", "change" (optional), "emails"}``, each
    email ``what`` is sent and to whom (``recipient``); ``posted`` the ``(name, value)``
    fields sent again on confirming.
    """
    return TemplateResponse(
        request,
        "admin/sending_confirmation.html",
        {
            **model_admin.admin_site.each_context(request),
            "title": title,
            "opts": model_admin.opts,
            "groups": groups,
            "hidden_fields": [*posted, (SENDING_CONFIRMED, "1")],
        },
    )


def action_fields(items, action):
    """The posted fields that run the admin ``action`` again on ``items``."""
    return [*((helpers.ACTION_CHECKBOX_NAME, str(item.pk)) for item in items), ("action", action)]
