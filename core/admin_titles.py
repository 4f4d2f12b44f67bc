"""
Change-page titles in correct Finnish: "Muokkaa sivua", not "Muokkaa sivu".

Django titles a change page "Change %s" with the model's name in the nominative, which is
right in English and for "Lisää sivu", but the Finnish verb "muokata" takes the partitive.
The partitive of each model's name is a translation of its verbose name in the context
"partitive"; a model without one gets the neutral "Muokkaa: <name>".
"""

from django.utils import translation
from django.utils.translation import gettext, pgettext, pgettext_lazy

# Listed here so that makemessages finds them; an app with a new model adds its line.
PARTITIVE_NAMES = [
    pgettext_lazy("partitive", "page"),
    pgettext_lazy("partitive", "supervision form"),
    pgettext_lazy("partitive", "key question"),
    pgettext_lazy("partitive", "site details"),
    pgettext_lazy("partitive", "image"),
    pgettext_lazy("partitive", "supervisor"),
    pgettext_lazy("partitive", "credential"),
    pgettext_lazy("partitive", "sector"),
    pgettext_lazy("partitive", "price"),
    pgettext_lazy("partitive", "price term"),
    pgettext_lazy("partitive", "question category"),
    pgettext_lazy("partitive", "question"),
    pgettext_lazy("partitive", "reference"),
    pgettext_lazy("partitive", "client organisation"),
    pgettext_lazy("partitive", "dimension"),
    pgettext_lazy("partitive", "statement"),
    pgettext_lazy("partitive", "reflection"),
    pgettext_lazy("partitive", "recommendation rule"),
    pgettext_lazy("partitive", "enquiry"),
    pgettext_lazy("partitive", "user"),
    pgettext_lazy("partitive", "group"),
    pgettext_lazy("partitive", "access attempt"),
    pgettext_lazy("partitive", "access failure"),
    pgettext_lazy("partitive", "access log"),
    pgettext_lazy("partitive", "access attempt expiration"),
    pgettext_lazy("partitive", "supervision process"),
    pgettext_lazy("partitive", "goal"),
    pgettext_lazy("partitive", "agreement terms"),
    pgettext_lazy("partitive", "agreement"),
    pgettext_lazy("partitive", "agreement version"),
    pgettext_lazy("partitive", "Task Result"),
    pgettext_lazy("partitive", "booking calendar"),
    pgettext_lazy("partitive", "booking"),
    pgettext_lazy("partitive", "menu entry"),
    pgettext_lazy("partitive", "home page"),
    pgettext_lazy("partitive", "team survey"),
]


def partitive(verbose_name):
    """The partitive of a model's verbose name in the active language, or None if unknown."""
    # The msgid itself, not its English translation: with no language active, gettext gives it.
    with translation.override(None):
        msgid = str(verbose_name)
    translated = pgettext("partitive", msgid)
    return None if translated == msgid else translated


def correct_title(context):
    """Rewrite a change page's title in ``context`` (a TemplateResponse's context_data)."""
    opts = context.get("opts")
    if opts is None or context.get("add") or not context.get("change"):
        return
    if context.get("title") != gettext("Change %s") % opts.verbose_name:
        return
    name = partitive(opts.verbose_name)
    if name is not None:
        context["title"] = gettext("Change %s") % name
    else:
        context["title"] = gettext("Change: %(name)s") % {"name": opts.verbose_name}
