"""
The admin of a model with texts in several languages (beside modeltranslation's admin, which
shows each text's fields one after the other): the model's errors at the Finnish fields, a
filter of the items that still lack a translation or its review, and a tick per language that
says a staff member has read the translation against the Finnish.
"""

from django import forms
from django.contrib import admin
from django.contrib.admin.utils import flatten_fieldsets
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from . import translations

MISSING_LABELS = {"sv": _("Swedish text missing"), "en": _("English text missing")}
UNREVIEWED_LABELS = {
    "sv": _("Swedish translation not reviewed"),
    "en": _("English translation not reviewed"),
}
REVIEW_LABELS = {
    "sv": _("Swedish translation reviewed"),
    "en": _("English translation reviewed"),
}
REVIEW_HELP = _(
    "Tick when you have read the translation and it says what the Finnish text says. "
    "An edit of either text takes the tick away."
)
UNREVIEWED = "tarkistamatta-"


def review_field(language):
    return f"translation_reviewed_{language}"


class MissingTranslationFilter(admin.SimpleListFilter):
    """The items with a text in Finnish that lacks its Swedish or English translation."""

    title = _("translation")
    parameter_name = "kaannos"

    def lookups(self, request, model_admin):
        choices = [(code, MISSING_LABELS[code]) for code in translations.OTHER_LANGUAGES]
        if queryset_is_reviewed(model_admin.model):
            choices += [
                (UNREVIEWED + code, UNREVIEWED_LABELS[code])
                for code in translations.OTHER_LANGUAGES
            ]
        return choices

    def queryset(self, request, queryset):
        value = self.value() or ""
        if value in translations.OTHER_LANGUAGES:
            return queryset.filter(translations.missing(queryset.model, value))
        language = value.removeprefix(UNREVIEWED)
        if value.startswith(UNREVIEWED) and language in translations.OTHER_LANGUAGES:
            items = translations.unreviewed(queryset.model, language)
            return queryset.filter(pk__in=[item.pk for item in items])
        return queryset


def queryset_is_reviewed(model):
    return model in translations.reviewable_models()


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


def _with_review_ticks(form_class, item):
    reviewed = translations.reviewed_languages(item) if item is not None else set()
    ticks = {
        review_field(language): forms.BooleanField(
            label=REVIEW_LABELS[language],
            help_text=REVIEW_HELP,
            required=False,
            initial=language in reviewed,
        )
        for language in translations.OTHER_LANGUAGES
    }
    return type(form_class.__name__, (form_class,), ticks)


class TranslatedContentAdmin:
    """
    A ModelAdmin mixin for a model with translated texts: the missing-translation filter
    beside the admin's own filters, the model's errors at the Finnish fields, and a tick per
    language for the translation's review (its parts' texts included: a dimension's
    statements, the home page's steps).
    """

    def get_list_filter(self, request):
        return [*super().get_list_filter(request), MissingTranslationFilter]

    def _review_ticks(self):
        if not queryset_is_reviewed(self.model):
            return []
        return [review_field(language) for language in translations.OTHER_LANGUAGES]

    def get_form(self, request, obj=None, **kwargs):
        ticks = self._review_ticks()
        if ticks:
            # The ticks are the form's own fields, not the model's: the model form leaves
            # them out, and they are added to it below.
            fields = kwargs.get("fields") or flatten_fieldsets(self.get_fieldsets(request, obj))
            kwargs["fields"] = [name for name in fields if name not in ticks]
        form = _with_finnish_field_errors(super().get_form(request, obj, **kwargs))
        return _with_review_ticks(form, obj) if ticks else form

    def get_fieldsets(self, request, obj=None):
        declared = self.fields
        try:
            fieldsets = super().get_fieldsets(request, obj)
        finally:
            # modeltranslation copies a custom form's Meta.fields onto the admin as it reads
            # the fieldsets; beside declared fieldsets, Django's checks would refuse that.
            self.fields = declared
        ticks = self._review_ticks()
        if ticks:
            fieldsets = [*fieldsets, (_("Review of the translations"), {"fields": ticks})]
        return fieldsets

    @admin.display(description=REVIEW_LABELS["sv"], boolean=True)
    def translation_reviewed_sv(self, item):
        """What staff who may only view the item see in place of the tick."""
        return translations.is_reviewed(item, "sv")

    @admin.display(description=REVIEW_LABELS["en"], boolean=True)
    def translation_reviewed_en(self, item):
        return translations.is_reviewed(item, "en")

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        for language in translations.OTHER_LANGUAGES:
            name = review_field(language)
            if name not in form.cleaned_data:
                continue
            if not form.cleaned_data[name]:
                translations.unmark_reviewed(form.instance, language)
            elif name in form.changed_data:
                translations.mark_reviewed(form.instance, language, request.user)
            # A tick left as it was keeps the review of the texts as they were: if this save
            # changed them, the translation is unreviewed again until someone ticks it anew.


class TranslatedInlineAdmin:
    """An inline's mixin for a model with translated texts: its errors at the Finnish fields."""

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        formset.form = _with_finnish_field_errors(formset.form)
        return formset
