"""
Every admin address a staff member can open, found from the admin site's own registry.

A model that another app registers later is covered without changing the tests: each
registered ModelAdmin contributes its list, add, change, history and delete pages, as far
as the user's permissions reach, for its first object if it has one.
"""

from html.parser import HTMLParser

from django.contrib import admin
from django.test import RequestFactory
from django.urls import reverse

from core import statistics

# The site-wide admin pages, beyond each model's own.
SITE_URL_NAMES = [
    "admin:index",
    "admin:password_change",
    "admin:two_factor_recovery_codes",
]


def admin_urls_for(user):
    """The GET-able admin URLs ``user`` may open (as the model admins decide), sorted."""
    request = RequestFactory().get("/hallinta/")
    request.user = user
    urls = {reverse(name) for name in SITE_URL_NAMES}
    if statistics.can_view(user):
        urls.add(reverse("admin:statistics"))
    app_labels = set()
    for model, model_admin in admin.site._registry.items():
        opts = model._meta
        if not model_admin.has_view_or_change_permission(request):
            continue
        base = f"admin:{opts.app_label}_{opts.model_name}"
        app_labels.add(opts.app_label)
        urls.add(reverse(f"{base}_changelist"))
        if model_admin.has_add_permission(request):
            urls.add(reverse(f"{base}_add"))
        item = model._default_manager.order_by("pk").first()
        if item is None:
            continue
        urls.add(reverse(f"{base}_change", args=[item.pk]))
        urls.add(reverse(f"{base}_history", args=[item.pk]))
        if model_admin.has_delete_permission(request, item):
            urls.add(reverse(f"{base}_delete", args=[item.pk]))
    urls.update(reverse("admin:app_list", args=[label]) for label in app_labels)
    return sorted(urls)


class VisibleText(HTMLParser):
    """The text a person reads on a page: text outside scripts and styles, and labels."""

    LABEL_ATTRIBUTES = {"title", "aria-label", "placeholder", "alt"}

    def __init__(self, html):
        super().__init__()
        self.parts = []
        self._skip = 0
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "template"):
            self._skip += 1
        for name, value in attrs:
            if value and (
                name in self.LABEL_ATTRIBUTES
                or (tag == "input" and name == "value" and dict(attrs).get("type") == "submit")
            ):
                self.parts.append(value)

    def handle_endtag(self, tag):
        if tag in ("script", "style", "template") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip and data.strip():
            self.parts.append(data.strip())

    @property
    def text(self):
        return "\n".join(self.parts)
