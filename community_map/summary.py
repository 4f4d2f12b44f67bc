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


def _figure(value):
    return number_format(value, 1)


def answered(survey):
    """ "6 / 8 answered", or "6 answers" for a survey made before answer codes."""
    if survey.has_codes:
        return _("%(count)d / %(members)d answered") % {
            "count": survey.answer_count,
            "members": survey.member_count,
        }
    return ngettext("%(count)d answer", "%(count)d answers", survey.answer_count) % {
        "count": survey.answer_count
    }


def _bands(item):
    return ", ".join(f"{band.label} {band.count}" for band in item.bands if band.count)


def summarise_team(reference):
    """
    Return the team map a leader's reference names as plain text, or raise InvalidReference.

    A plain function of the reference, built from the aggregate on the server, so that any
    form (the contact form, a booking) can attach a team map the same way; it shows exactly
    what the results page shows, and while nothing is shown, nothing but the count.
    """
    from . import team, team_figures

    survey = team.survey_for_reference(reference)
    team_map = team_figures.team_map(survey, with_reflections=False)
    if survey.name:
        lines = [_("Team work community map: %(name)s") % {"name": survey.name}]
    else:
        lines = [_("Team work community map")]
    if not team_map.shown:
        lines.append(_("%(answered)s; no figures are shown yet.") % {"answered": answered(survey)})
        return "\n".join(lines)
    lines.append(answered(survey) + ".")
    for item in team_map.scores:
        if item.average is None:
            lines.append(_("- %(name)s: too few ratings") % {"name": item.dimension.name})
        else:
            lines.append(
                _("- %(name)s: median %(median)s, middle half %(q1)s–%(q3)s (%(count)d rated)")
                % {
                    "name": item.dimension.name,
                    "median": _figure(item.average),
                    "q1": _figure(item.q1),
                    "q3": _figure(item.q3),
                    "count": item.answered,
                }
            )
    if team_map.agree:
        lines.append(_("Most agreement:"))
        lines += [f"- {s.statement.text} ({_bands(s)})" for s in team_map.agree]
    if team_map.disagree:
        lines.append(_("Most disagreement:"))
        lines += [f"- {s.statement.text} ({_bands(s)})" for s in team_map.disagree]
    if team_map.recommendations:
        names = ", ".join(r.form_name for r in team_map.recommendations)
        lines.append(_("Forms the map suggests: %(names)s") % {"names": names})
    return "\n".join(lines)
