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


def summarise_team(reference):
    """
    Return the team map a leader's reference names as plain text, or raise InvalidReference.

    A plain function of the reference, built from the aggregate on the server, so that any
    form (the contact form, a booking) can attach a team map the same way; it shows exactly
    what the results page shows, and below the threshold nothing but the count.
    """
    from . import team

    survey = team.survey_for_reference(reference)
    team_map = team.team_map(survey, with_reflections=False)
    if survey.name:
        lines = [_("Team work community map: %(name)s") % {"name": survey.name}]
    else:
        lines = [_("Team work community map")]
    if not team_map.shown:
        lines.append(
            ngettext(
                "%(count)d answer so far; figures are shown from %(threshold)d answers.",
                "%(count)d answers so far; figures are shown from %(threshold)d answers.",
                team_map.count,
            )
            % {"count": team_map.count, "threshold": survey.threshold}
        )
        return "\n".join(lines)
    lines.append(
        _("%(count)d answers; the figures are from %(basis)d of them.")
        % {"count": team_map.count, "basis": team_map.basis}
    )
    for item in team_map.scores:
        if item.average is None:
            lines.append(_("- %(name)s: too few answers") % {"name": item.dimension.name})
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
        lines += [f"- {s.statement.text} ({_figure(s.median)})" for s in team_map.agree]
    if team_map.disagree:
        lines.append(_("Most disagreement:"))
        lines += [
            f"- {s.statement.text} ({_figure(s.q1)}–{_figure(s.q3)})" for s in team_map.disagree
        ]
    if team_map.recommendations:
        names = ", ".join(r.form_name for r in team_map.recommendations)
        lines.append(_("Forms the map suggests: %(names)s") % {"names": names})
    return "\n".join(lines)
