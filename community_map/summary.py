"""The map in a few lines of text, for an enquiry that carries it."""

from django.conf import settings
from django.urls import reverse
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from . import codes, content, scoring


def result_url(code):
    return f"{settings.SITE_URL.rstrip('/')}{reverse('community_map:result')}?v={code}"


def summarise(code):
    """Return the map of ``code`` as plain text, or raise codes.InvalidMapCode."""
    dimension_list = content.dimensions_with_reflections()
    answers = codes.decode(code, content.statement_pks(dimension_list))
    scores = scoring.score(dimension_list, answers)
    lines = [_("Work community map: %(url)s") % {"url": result_url(code)}]
    for item in scores:
        if item.average is None:
            lines.append(_("- %(name)s: no answers") % {"name": item.dimension.name})
        else:
            lines.append(
                ngettext(
                    "- %(name)s: %(average)s (%(count)d answer)",
                    "- %(name)s: %(average)s (%(count)d answers)",
                    item.answered,
                )
                % {
                    "name": item.dimension.name,
                    "average": number_format(item.average, 1),
                    "count": item.answered,
                }
            )
    recommended = scoring.recommend(scores, answers, content.rules())
    if recommended:
        names = ", ".join(r.form_name for r in recommended)
        lines.append(_("Forms the map suggests: %(names)s") % {"names": names})
    return "\n".join(lines)
