"""
What every admin form and page of the site shares, mixed into each registered ModelAdmin.

The admin site (tyonohjaus/admin_site.py) mixes ``FinnishAdmin`` into every ModelAdmin it
registers, the third-party ones included, and into their inlines, so no admin can forget it:

- number fields read Finnish numbers (core/finnish_numbers.py);
- change messages name the fields by their Finnish names ("Muutettu otsikko.");
- an inline's add button reads "Lisää viikoittainen aika", not "Lisää toinen Viikoittaiset ajat".
"""

import functools
import json

from django.contrib.admin import helpers
from django.core.exceptions import FieldDoesNotExist
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from core import finnish_numbers

# The inline's add button: "Lisää" and the row's name in the nominative, as a verb's object.
ADD_ROW = _("Add %(verbose_name)s")


class FinnishAdmin:
    """Finnish numbers, change messages and inline buttons for a ModelAdmin or an inline."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        form_class = finnish_numbers.form_class_for(db_field)
        if form_class is not None:
            kwargs.setdefault("form_class", form_class)
            kwargs.setdefault("widget", form_class.widget)
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def get_inlines(self, request, obj):
        return [with_finnish_admin(inline) for inline in super().get_inlines(request, obj)]

    def get_inline_formsets(self, request, formsets, inline_instances, obj=None):
        return [
            FinnishInlineAdminFormSet.from_formset(admin_formset)
            for admin_formset in super().get_inline_formsets(
                request, formsets, inline_instances, obj
            )
        ]

    def construct_change_message(self, request, form, formsets, add=False):
        return change_message(form, formsets, add)


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


@functools.cache
def with_finnish_admin(admin_class):
    """``admin_class`` with ``FinnishAdmin`` mixed in first (the class itself if it has it)."""
    if issubclass(admin_class, FinnishAdmin):
        return admin_class
    return type(
        admin_class.__name__,
        (FinnishAdmin, admin_class),
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
            return str(form._meta.model._meta.get_field(name).verbose_name)
        except (AttributeError, FieldDoesNotExist):
            field = form.fields.get(name)
            return str(field.label) if field is not None and field.label else name


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
