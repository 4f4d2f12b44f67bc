"""The texts that still lack their Swedish or English translation, on the admin's front page."""

from collections import Counter

from django.conf import settings
from django.db.models import IntegerField, Value
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

from core import dashboard, translations


def _changelist(model):
    try:
        return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    except NoReverseMatch:
        return None


def _editable_models(user):
    """{model: its list's address} of the translated models ``user`` may change in the admin."""
    lists = {
        model: _changelist(model)
        for model in translations.reviewable_models()
        if user.has_perm(f"{model._meta.app_label}.change_{model._meta.model_name}")
    }
    return {model: url for model, url in lists.items() if url is not None}


def missing_counts(models):
    """
    {(model, language): how many of its items have a Finnish text without that language's},
    counted in one query.
    """
    kinds = [(model, language) for model in models for language in translations.OTHER_LANGUAGES]
    queries = [
        model._base_manager.filter(translations.missing(model, language))
        .order_by()
        .annotate(missing_kind=Value(index, output_field=IntegerField()))
        .values_list("missing_kind", flat=True)
        for index, (model, language) in enumerate(kinds)
    ]
    if not queries:
        return {}
    counted = Counter(queries[0].union(*queries[1:], all=True))
    return {kinds[index]: count for index, count in counted.items()}


def may_translate(user):
    return user.is_active and user.is_staff and bool(_editable_models(user))


@dashboard.widget(
    title=_("Texts without a translation"),
    permission=may_translate,
    order=45,
    template="admin/dashboard/missing_translations.html",
)
def missing_translations(request):
    """Per kind of content: how many of its texts lack each language, each a link to them."""
    lists = _editable_models(request.user)
    counts = missing_counts(lists)
    names = dict(settings.LANGUAGES)
    kinds = {}
    for (model, language), count in counts.items():
        kinds.setdefault(model, []).append(
            {
                "name": names[language],
                "count": count,
                "url": f"{lists[model]}?kaannos={language}",
                "order": translations.OTHER_LANGUAGES.index(language),
            }
        )
    return {
        "count": sum(counts.values()),
        "kinds": sorted(
            (
                {
                    "items": model._meta.verbose_name_plural.capitalize(),
                    "languages": sorted(languages, key=lambda language: language["order"]),
                }
                for model, languages in kinds.items()
            ),
            key=lambda kind: str(kind["items"]),
        ),
        "empty": _("Every Finnish text has its Swedish and English translation."),
    }
