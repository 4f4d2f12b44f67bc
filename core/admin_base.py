"""
What every admin form and page of the site shares, mixed into each registered ModelAdmin.

The admin site (tyonohjaus/admin_site.py) mixes ``FinnishAdmin`` into every ModelAdmin it
registers, the third-party ones included, and into their inlines, so no admin can forget it:

- number fields read Finnish numbers (core/finnish_numbers.py);
- change messages name the fields by their Finnish names ("Muutettu otsikko.");
- an inline's add button reads "Lisää viikoittainen aika", not "Lisää toinen Viikoittaiset ajat";
- a yes/no column's icon is read out as "Kyllä" or "Ei", not "True";
- every label starts with a capital letter ("Työkielet", not "työkielet");
- a date and time field's two boxes are each named ("Alkaa: päivämäärä"), which Django's
  split widget leaves to its unlabelled "Pvm:" and "Klo:" text;
- a count takes the partitive: "Valitse kaikki 6 hintaa", not "6 hinnat";
- permissions are named in Finnish: "Sivut | Sivu | Muokkaus", not "Can change page";
- an item with a history (django-reversion) compares versions and logs a restore as such
  (core/admin_history.py).
"""

import functools
import json

from django.contrib import admin
from django.contrib.admin import helpers
from django.contrib.admin.options import InlineModelAdmin
from django.contrib.admin.widgets import AdminSplitDateTime
from django.contrib.auth.models import Permission
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.http import HttpResponseRedirect
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext, pgettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin, TranslationInlineModelAdmin
from reversion.admin import VersionAdmin

from core import admin_titles, finnish_numbers, translations
from core.admin_history import VersionHistory
from core.admin_translations import TranslatedContentAdmin, TranslatedInlineAdmin

# The inline's add button: "Lisää" and the row's name in the nominative, as a verb's object.
ADD_ROW = _("Add %(verbose_name)s")

PERMISSION_ACTIONS = {
    "add": _("Adding"),
    "change": _("Changing"),
    "delete": _("Deleting"),
    "view": _("Viewing"),
}


class FinnishAdmin:
    """Finnish numbers, change messages and inline buttons for a ModelAdmin or an inline."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        form_class = finnish_numbers.form_class_for(db_field)
        if form_class is not None:
            kwargs.setdefault("form_class", form_class)
            kwargs.setdefault("widget", form_class.widget)
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if formfield is not None and isinstance(formfield.widget, AdminSplitDateTime):
            name_split_date_time(formfield.widget, db_field.verbose_name)
        return formfield

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        capitalise_labels(form)
        return form

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        capitalise_labels(formset.form)
        return formset

    def get_inlines(self, request, obj):
        return [
            with_finnish_admin(inline, inline.model) for inline in super().get_inlines(request, obj)
        ]

    def get_inline_formsets(self, request, formsets, inline_instances, obj=None):
        return [
            FinnishInlineAdminFormSet.from_formset(admin_formset)
            for admin_formset in super().get_inline_formsets(
                request, formsets, inline_instances, obj
            )
        ]

    def construct_change_message(self, request, form, formsets, add=False):
        return change_message(form, formsets, add)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        formfield = super().formfield_for_manytomany(db_field, request, **kwargs)
        if formfield is not None and db_field.remote_field.model is Permission:
            formfield.label_from_instance = permission_label
        return formfield

    def get_list_display(self, request):
        editable = set(self.list_editable)
        return [
            yes_no_column(self, name)
            if name not in editable and yes_no_value(self, name) is not None
            else name
            for name in super().get_list_display(request)
        ]

    def get_deleted_objects(self, objs, request):
        # Third-party models (the authenticator's devices) name themselves in English only;
        # their names are translated in tyonohjaus/locale and shown translated here.
        deleted, counts, permissions_needed, protected = super().get_deleted_objects(objs, request)
        counts = {gettext(str(name)): count for name, count in counts.items()}
        return translated_names(deleted), counts, permissions_needed, protected

    def changelist_view(self, request, extra_context=None):
        # "Valitse kaikki 6 hintaa": after a number, the partitive of the singular.
        partitive = admin_titles.partitive(self.model._meta.verbose_name)
        if partitive is not None:
            extra_context = {"module_name": partitive, **(extra_context or {})}
        return super().changelist_view(request, extra_context)


class FinnishInlineAdminFormSet(helpers.InlineAdminFormSet):
    """An inline whose add button names one row in the nominative: "Lisää viikoittainen aika"."""

    @classmethod
    def from_formset(cls, admin_formset):
        finnish = cls.__new__(cls)
        finnish.__dict__.update(admin_formset.__dict__)
        return finnish

    def inline_formset_data(self):
        data = json.loads(super().inline_formset_data())
        data["options"]["addText"] = ADD_ROW % {"verbose_name": self.opts.verbose_name}
        return json.dumps(data)


def permission_label(permission):
    """A permission in Finnish: "Sivuston sisältö | Sivu | Muokkaus"."""
    model = permission.content_type.model_class()
    if model is None:
        return gettext(permission.name)
    action, _, codename_model = permission.codename.partition("_")
    if action in PERMISSION_ACTIONS and codename_model == model._meta.model_name:
        what = PERMISSION_ACTIONS[action]
    else:
        what = gettext(permission.name)
    return " | ".join(
        [
            gettext(str(model._meta.app_config.verbose_name)),
            capfirst(gettext(str(model._meta.verbose_name))),
            str(what),
        ]
    )


def name_split_date_time(widget, field_name):
    date, time = widget.widgets
    field_name = capfirst(field_name)
    date.attrs["aria-label"] = pgettext("split field", "%(field)s: date") % {"field": field_name}
    time.attrs["aria-label"] = pgettext("split field", "%(field)s: time") % {"field": field_name}


def capitalise_labels(form_class):
    """Start every label of ``form_class`` with a capital, as Django's own labels do."""
    for field in form_class.base_fields.values():
        # A form's declared fields are shared by every request: change each label once only.
        if field.label and str(field.label)[:1].islower():
            field.label = capfirst(field.label)


def translated_names(items):
    """The nested list of objects to delete, each "name: object" with its name translated."""
    result = []
    for item in items:
        if isinstance(item, list):
            result.append(translated_names(item))
            continue
        name, separator, rest = str(item).partition(": ")
        if separator and "<" not in str(item):
            uncapitalised = name[:1].lower() + name[1:]
            for english in (name, uncapitalised):
                if gettext(english) != english:
                    item = format_html("{}: {}", capfirst(gettext(english)), rest)
                    break
        result.append(item)
    return result


def yes_no_value(model_admin, name):
    """
    A function of an object giving the value of the list column ``name`` if that column
    shows a yes/no icon (a model's BooleanField or a display function with boolean=True),
    with the column's title and ordering; None for any other column.
    """
    if isinstance(name, str):
        try:
            field = model_admin.model._meta.get_field(name)
        except FieldDoesNotExist:
            display = getattr(model_admin, name, None)
        else:
            if not isinstance(field, models.BooleanField):
                return None
            return (lambda obj: getattr(obj, field.name)), field.verbose_name, field.name
    else:
        display = name
    if display is None or not getattr(display, "boolean", False):
        return None
    title = getattr(display, "short_description", name)
    return display, title, getattr(display, "admin_order_field", None)


def yes_no_icon(value):
    """Django's yes/no icon, read out in Finnish (Django's own says "True" or "False")."""
    key = None if value is None else bool(value)
    icon = {True: "yes", False: "no", None: "unknown"}[key]
    text = {True: _("Yes"), False: _("No"), None: _("Unknown")}[key]
    return format_html('<img src="{}" alt="{}">', static(f"admin/img/icon-{icon}.svg"), text)


def yes_no_column(model_admin, name):
    """The list column ``name``, its yes/no icon read out in Finnish."""
    value, title, ordering = yes_no_value(model_admin, name)

    @admin.display(description=title, ordering=ordering)
    def column(obj):
        return yes_no_icon(value(obj))

    return column


@functools.cache
def with_finnish_admin(admin_class, model=None):
    """
    ``admin_class`` with ``FinnishAdmin`` mixed in first (the class itself if it has it), and,
    for a ``model`` with texts in several languages, modeltranslation's admin: each text's
    field in every language, one after the other ("Otsikko (suomi)", "Otsikko (ruotsi)", ...).
    """
    if issubclass(admin_class, FinnishAdmin):
        return admin_class
    bases = (FinnishAdmin, admin_class)
    if model is not None and translations.translated_fields(model):
        if issubclass(admin_class, InlineModelAdmin):
            bases = (FinnishAdmin, TranslatedInlineAdmin, admin_class, TranslationInlineModelAdmin)
        else:
            # Below the admin's own class, whose hooks (readonly fields, say) come first.
            bases = (FinnishAdmin, TranslatedContentAdmin, admin_class, TranslationAdmin)
    if issubclass(admin_class, VersionAdmin):
        bases = (bases[0], VersionHistory, *bases[1:])
    return type(
        admin_class.__name__,
        bases,
        {"__module__": admin_class.__module__, "__doc__": admin_class.__doc__},
    )


def field_name(form, name):
    """
    The untranslated name of a form's field, as the admin log stores it.

    The log stores names untranslated and translates them when shown, so store the model
    field's verbose name ("headline", which the catalogue knows), not the form's label,
    which is capitalised ("Headline", which it does not).
    """
    with translation.override(None):
        try:
            field = form._meta.model._meta.get_field(name)
        except (AttributeError, FieldDoesNotExist):
            field = None
        if field is not None:
            # A text's language field by the text's own name ("title", not "title [sv]").
            return str(getattr(field, "translated_field", field).verbose_name)
        form_field = form.fields.get(name)
        return str(form_field.label) if form_field is not None and form_field.label else name


def change_message(form, formsets, add):
    """Django's change message (a JSON list for LogEntry), naming fields by verbose name."""
    message = []
    if add:
        message.append({"added": {}})
    elif form.changed_data:
        message.append({"changed": {"fields": [field_name(form, f) for f in form.changed_data]}})
    for formset in formsets or []:
        with translation.override(None):
            for added in formset.new_objects:
                message.append(
                    {"added": {"name": str(added._meta.verbose_name), "object": str(added)}}
                )
            for changed, fields in formset.changed_objects:
                message.append(
                    {
                        "changed": {
                            "name": str(changed._meta.verbose_name),
                            "object": str(changed),
                            "fields": [field_name(formset.forms[0], f) for f in fields],
                        }
                    }
                )
            for deleted in formset.deleted_objects:
                message.append(
                    {"deleted": {"name": str(deleted._meta.verbose_name), "object": str(deleted)}}
                )
    return message


class SingleRecordAdmin:
    """
    A ModelAdmin mixin for a model kept as one record (the site's details, the home page):
    it can be added only while there is none and never deleted, and its list opens the record.
    """

    def _has_record(self, request):
        # The admin asks for every model's add permission twice on its front page (the app
        # list and the navigation), so the answer is kept for the request.
        known = request.__dict__.setdefault("_single_records", {})
        if self.model not in known:
            known[self.model] = self.model._default_manager.exists()
        return known[self.model]

    def has_add_permission(self, request):
        return not self._has_record(request) and super().has_add_permission(request)

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        record = self.model._default_manager.only("pk").first()
        opts = self.model._meta
        if record is None:
            return HttpResponseRedirect(reverse(f"admin:{opts.app_label}_{opts.model_name}_add"))
        return HttpResponseRedirect(
            reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[record.pk])
        )
