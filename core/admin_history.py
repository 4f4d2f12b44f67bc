"""
History that staff can read: compare a saved version with the item as it is now, and a
restore recorded in the admin log as a restore, not as an ordinary change.

Mixed into every django-reversion ``VersionAdmin`` the admin site registers
(core/admin_base.py), so every item with a history gets both.
"""

from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import capfirst
from django.utils.translation import gettext
from reversion.models import Version

from . import translations

EMPTY = "—"


class VersionHistory:
    """A ``VersionAdmin`` mixin: the comparison view and restores logged as restores."""

    def get_urls(self):
        opts = self.model._meta
        compare = path(
            "<path:object_id>/history/<int:version_id>/vertaa/",
            self.admin_site.admin_view(self.compare_view),
            name=f"{opts.app_label}_{opts.model_name}_compare",
        )
        return [compare, *super().get_urls()]

    def compare_view(self, request, object_id, version_id):
        """The fields of one saved version beside the same fields now, changed ones first."""
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404
        if not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        version = get_object_or_404(
            Version.objects.get_for_object(obj).select_related("revision__user"), pk=version_id
        )
        rows = compare(obj, version.field_dict)
        opts = self.model._meta
        saved = date_format(timezone.localtime(version.revision.date_created), "j.n.Y H.i")
        context = {
            **self.admin_site.each_context(request),
            "opts": opts,
            "object": obj,
            "title": gettext("Compare the version of %(date)s with the current one")
            % {"date": saved},
            "saved": saved,
            "saved_by": saved_by(version.revision.user),
            "version": version,
            "changed": [row for row in rows if row["changed"]],
            "unchanged": [row for row in rows if not row["changed"]],
            "history_url": reverse(
                f"admin:{opts.app_label}_{opts.model_name}_history", args=[quote(obj.pk)]
            ),
            "restore_url": reverse(
                f"admin:{opts.app_label}_{opts.model_name}_revision",
                args=[quote(obj.pk), version.pk],
            ),
            "can_restore": self.has_change_permission(request, obj),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/version_compare.html", context)

    def history_view(self, request, object_id, extra_context=None):
        response = super().history_view(request, object_id, extra_context)
        for action in getattr(response, "context_data", {}).get("action_list", []):
            action["compare_url"] = f"{action['url']}vertaa/"
        return response

    def revision_view(self, request, object_id, version_id, extra_context=None):
        request.restoring_version = version_id
        return super().revision_view(request, object_id, version_id, extra_context)

    def recover_view(self, request, version_id, extra_context=None):
        request.restoring_version = version_id
        return super().recover_view(request, version_id, extra_context)

    def log_change(self, request, obj, message):
        return super().log_change(request, obj, restore_message(request) or message)

    def log_addition(self, request, obj, message):
        return super().log_addition(request, obj, restore_message(request) or message)


def saved_by(user):
    if user is None:
        return gettext("the site itself")
    return user.get_full_name() or user.get_username()


def restore_message(request):
    """The log's message for a restore in this request, or None if it is no restore."""
    version_id = getattr(request, "restoring_version", None)
    if version_id is None:
        return None
    version = Version.objects.select_related("revision").filter(pk=version_id).first()
    if version is None:
        return None
    saved = date_format(timezone.localtime(version.revision.date_created), "j.n.Y H.i")
    return gettext("Restored the version saved on %(date)s.") % {"date": saved}


def compare(obj, saved_fields):
    """Each field staff edit, with its saved and current value as text, and whether it changed."""
    rows = []
    # A text saved in each language is compared language by language; one saved before the
    # texts had languages, by its original field.
    by_language = {
        name
        for name in translations.translated_fields(type(obj))
        if f"{name}_{translations.DEFAULT_LANGUAGE}" in saved_fields
    }
    for field in obj._meta.get_fields():
        if not getattr(field, "editable", False) or field.auto_created or not field.concrete:
            continue
        if field.attname not in saved_fields or field.name in by_language:
            continue
        then = saved_fields[field.attname]
        now = current_value(obj, field)
        rows.append(
            {
                # A language's field by its own name: "Otsikko (ruotsi)".
                "name": capfirst(field.verbose_name),
                "then": shown(field, then),
                "now": shown(field, now),
                "changed": normalised(then) != normalised(now),
            }
        )
    return rows


def current_value(obj, field):
    if isinstance(field, models.ManyToManyField):
        return [related.pk for related in getattr(obj, field.name).all()]
    return getattr(obj, field.attname)


def normalised(value):
    if isinstance(value, (list, tuple)):
        return sorted(str(item) for item in value)
    return "" if value is None else str(value)


def shown(field, value):
    """A stored value as staff read it: choices by their label, related items by name."""
    if value in (None, "", []):
        return EMPTY
    if isinstance(field, models.ManyToManyField):
        items = field.related_model._default_manager.filter(pk__in=value)
        return ", ".join(str(item) for item in items) or EMPTY
    if isinstance(field, models.ForeignKey):
        item = field.related_model._default_manager.filter(pk=value).first()
        return str(item) if item is not None else gettext("(deleted)")
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(field, models.BooleanField):
        return gettext("Yes") if value else gettext("No")
    if isinstance(field, models.JSONField) and isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)
