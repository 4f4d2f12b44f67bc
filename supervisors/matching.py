"""
Which supervisor suits a client best, when the client has no preference ("Ei väliä").

The client's sector and the form of supervision they are after decide: first whoever works in
that sector and offers that form, then whoever works in the sector, then whoever offers the
form; otherwise the supervisors' own order. The booking flow (the time goes to the best suited
supervisor free then) and the contact form (its default choice) both ask here, so they agree.
"""

from django.utils.translation import gettext_lazy as _

from .choices import published_sectors
from .models import OTHER_SECTOR


def sector_choices():
    """``[(key, name)]``: the sectors of the published supervisors, then "Muu"."""
    return [*published_sectors(), (OTHER_SECTOR, _("Other"))]


def known_sector(key):
    """``key`` when it is one of sector_choices(), else "" (an address may say anything)."""
    if not key:
        return ""
    return key if key in dict(sector_choices()) else ""


def suitability(supervisor, sector="", form_id=None):
    """How well ``supervisor`` suits a client: compare, the higher the better."""
    in_sector = supervisor.works_in(sector)
    offers_form = supervisor.offers(form_id)
    return (in_sector and offers_form, in_sector, offers_form)


def ranked(supervisors, sector="", form_id=None):
    """``supervisors`` best suited first; equally suited ones keep their given order."""
    return sorted(
        supervisors, key=lambda supervisor: suitability(supervisor, sector, form_id), reverse=True
    )


def best_suited(supervisors, sector="", form_id=None):
    """The best suited of ``supervisors``, or None when there are none."""
    found = ranked(supervisors, sector, form_id)
    return found[0] if found else None


def suggested(supervisors, sector, form_id=None):
    """
    The supervisor to suggest to a client of ``sector``: the best suited one who works in it,
    or None when nobody does (then the client is better left with no preference).
    """
    best = best_suited(supervisors, sector, form_id)
    return best if best is not None and best.works_in(sector) else None
