"""
The supervision agreement: drawn from a process and its terms, kept as versions, accepted once.

``render_content`` draws the agreement's text (``processes/agreement_body.html``) in the
process's language. ``current_version`` compares it with the latest version: an unaccepted
version follows the process's edits; an accepted one never changes, so an edit after the
acceptance makes a new version, which needs its own acceptance. The HTML page and the PDF both
show a version's stored ``content`` inside the one template ``processes/agreement_document.html``,
so the two cannot differ.

``accept`` records the purchaser's acceptance in one conditional UPDATE of a version that is
still unaccepted and still the one they read (its digest): of two acceptances at the same
moment, one is recorded and the other is told it came too late.
"""

import hashlib
import io

from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from core.pdf import html_to_pdf
from services.models import SiteDetails

from . import freshness
from .links import purchaser_link
from .models import Agreement, AgreementVersion, Process


class NotReady(Exception):
    """The process lacks what an agreement needs (its terms, its goals)."""


def missing(process, goals=None, supervisors=None):
    """What the process still lacks for an agreement, as a list of Finnish sentences."""
    lacks = []
    if process.terms_id is None:
        lacks.append(_("Choose the agreement terms."))
    if not (goals if goals is not None else process.goals.exists()):
        lacks.append(_("Add at least one goal."))
    if not (supervisors if supervisors is not None else process.supervisors.exists()):
        lacks.append(_("Choose the supervisors."))
    return lacks


def _context(process, goals, supervisors):
    return {
        "process": process,
        "goals": goals,
        "supervisors": supervisors,
        "terms": process.terms,
        "price_row": process.price_row,
        "price": process.price_row.amount if process.price_row else None,
        "site": SiteDetails.current(),
    }


def render_content(process, goals, supervisors):
    """The agreement's text for ``process`` as HTML, in the process's language."""
    with translation.override(process.language):
        context = _context(process, goals, supervisors)
        return render_to_string("processes/agreement_body.html", context).strip()


def digest(content):
    return hashlib.sha256(content.encode()).hexdigest()


def current_version(process, agreement=None):
    """
    The version of ``process``'s agreement the purchaser is to read now, made or brought up
    to date from the process (read under the agreement's row lock, so two saves make one
    version). Raise NotReady while the process lacks its terms, goals or supervisors.
    """
    return current_and_accepted(agreement or purchaser_link(process))[0]


def current_and_accepted(agreement, process=None):
    """
    The current version of ``agreement`` (as ``current_version``) and the versions accepted
    before it, newest first. ``process``, the agreement's own as this request has just read
    it with its terms, price row and form, saves reading it again when the version is up to
    date; without it, the process is read afresh.
    """
    # Almost every read finds the latest version up to date: it is looked for without the
    # lock first, which only a read that makes or updates a version takes.
    process, content, versions = _drawn_and_versions(agreement, process)
    if versions and versions[0].digest == digest(content):
        return versions[0], versions[1:]
    with transaction.atomic():
        Agreement.objects.select_for_update().filter(pk=agreement.pk).first()
        process, content, versions = _drawn_and_versions(agreement)
        latest = versions[0] if versions else None
        if latest is not None and latest.digest == digest(content):
            return latest, versions[1:]
        now = timezone.now()
        if latest is not None and not latest.is_accepted:
            unaccepted = AgreementVersion.objects.filter(pk=latest.pk, accepted_at__isnull=True)
            updated = unaccepted.update(
                content=content, digest=digest(content), language=process.language, updated_at=now
            )
            if updated:  # an UPDATE sends no signal
                freshness.changed()
                latest.refresh_from_db()
                return latest, versions[1:]
        made = AgreementVersion.objects.create(
            agreement=agreement,
            number=(latest.number + 1) if latest else 1,
            language=process.language,
            content=content,
            digest=digest(content),
            created_at=now,
            updated_at=now,
        )
        return made, versions


def _drawn_and_versions(agreement, process=None):
    """
    The process as it is now (read afresh unless given), the agreement drawn from it, and the
    agreement's latest version with those accepted before it, newest first. Raise NotReady
    while the process lacks what an agreement needs.
    """
    if process is None:
        process = Process.objects.select_related("terms", "price_row", "form").get(
            pk=agreement.process_id
        )
    goals, supervisors = list(process.goals.all()), list(process.supervisors.all())
    if missing(process, goals, supervisors):
        raise NotReady
    content = render_content(process, goals, supervisors)
    # One query for both: an agreement has a version for each acceptance, and one more.
    versions = list(agreement.versions.order_by("-number"))
    return process, content, versions[:1] + [v for v in versions[1:] if v.is_accepted]


def refresh(process):
    """
    Bring the process's agreement up to date after an edit, if it has one already: its
    current version, or None.
    """
    if Agreement.objects.filter(process=process).exists() and not missing(process):
        return current_version(process)
    return None


class AlreadyAccepted(Exception):
    """The version was accepted already (a second use of the link, or a race lost)."""


class Outdated(Exception):
    """The version changed after the purchaser opened it: they must read it again."""


def accept(version, seen_digest, name, title, now=None):
    """
    Record the purchaser's acceptance of ``version`` as read (``seen_digest``), once.
    Raise AlreadyAccepted or Outdated when it cannot be recorded.
    """
    now = now or timezone.now()
    accepted = AgreementVersion.objects.filter(
        pk=version.pk, accepted_at__isnull=True, digest=seen_digest
    ).update(accepted_at=now, accepted_name=name, accepted_title=title)
    if accepted == 1:
        freshness.changed()  # an UPDATE sends no signal
        version.refresh_from_db()
        return version
    current = AgreementVersion.objects.get(pk=version.pk)
    if current.is_accepted:
        raise AlreadyAccepted
    raise Outdated


def document_context(version):
    agreement = version.agreement
    return {
        "version": version,
        "agreement": agreement,
        "process": agreement.process,
        "site": SiteDetails.current(),
    }


def pdf(version):
    """The agreement of ``version`` as an A4 PDF, from the page's own template."""
    with translation.override(version.language):
        html = render_to_string("processes/agreement_pdf.html", document_context(version))
    return html_to_pdf(html)


def page_count(version):
    """How many A4 pages the PDF of ``version`` takes: the agreement is meant to fit on one."""
    from pypdf import PdfReader  # only here: a tenth of the site's start-up otherwise

    return len(PdfReader(io.BytesIO(pdf(version))).pages)


def too_long(version):
    """A warning for staff when ``version`` takes more than one A4 page, else None."""
    pages = page_count(version)
    if pages <= 1:
        return None
    return _(
        "The agreement takes %(pages)d A4 pages. Shorten the terms or the goals so that it fits "
        "on one page."
    ) % {"pages": pages}
