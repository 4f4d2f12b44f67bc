"""
The admin of a model with texts in several languages (beside modeltranslation's admin, which
shows each text's fields one after the other): the model's errors at the Finnish fields, and a
filter of the items that still lack a translation.
"""

from django.contrib import admin
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from . import translations

MISSING_LABELS = {"sv": _("Swedish text missing"), "en": _("English text missing")}


class MissingTranslationFilter(admin.SimpleListFilter):
    """The items with a text in Finnish that lacks its Swedish or English translation."""

    title = _("translation")
    parameter_name = "kaannos"

    def lookups(self, request, model_admin):
        return [(code, MISSING_LABELS[code]) for code in translations.OTHER_LANGUAGES]

    def queryset(self, request, queryset):
        if self.value() not in translations.OTHER_LANGUAGES:
            return queryset
        return queryset.filter(translations.missing(queryset.model, self.value()))


class FinnishFieldErrors:
    """
    A model form mixin: the model's error on a translated text (``alt_text``, raised by its
    ``clean()``) shown at the text's Finnish field (``alt_text_fi``), the one the form has.
    """

    def add_error(self, field, error):
        if field is None and isinstance(error, ValidationError) and hasattr(error, "error_dict"):
            by_field = {}
            for name, errors in error.error_dict.items():
                if (
                    name in translations.translated_fields(self._meta.model)
                    and name not in self.fields
                ):
                    name = f"{name}_{translations.DEFAULT_LANGUAGE}"
                by_field.setdefault(name, []).extend(errors)
            error = ValidationError(by_field)
        super().add_error(field, error)


def _with_finnish_field_errors(form_class):
    if issubclass(form_class, FinnishFieldErrors):
        return form_class
    return type(form_class.__name__, (FinnishFieldErrors, form_class), {})


class TranslatedContentAdmin:
    """
    A ModelAdmin mixin for a model with translated texts: the missing-translation filter
    beside the admin's own filters, and the model's errors at the Finnish fields.
    """

    def get_list_filter(self, request):
        return [*super().get_list_filter(request), MissingTranslationFilter]

    def get_form(self, request, obj=None, **kwargs):
        return _with_finnish_field_errors(super().get_form(request, obj, **kwargs))

    def get_fieldsets(self, request, obj=None):
        declared = self.fields
        try:
            return super().get_fieldsets(request, obj)
        finally:
            # modeltranslation copies a custom form's Meta.fields onto the admin as it reads
            # the fieldsets; beside declared fieldsets, Django's checks would refuse that.
            self.fields = declared


class TranslatedInlineAdmin:
    """An inline's mixin for a model with translated texts: its errors at the Finnish fields."""

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        formset.form = _with_finnish_field_errors(formset.form)
        return formset
