"""
The purchaser's own link to the supervision agreement: the version to accept with its form,
the versions accepted before, each as a page and a PDF. Secret addresses
(core/token_pages.py): private, never cached or indexed.

Accepting is a POST that names the version and its digest as read; it is recorded once
(agreements.accept). A second acceptance of the same version answers 410; an acceptance of a
version changed since it was opened answers 409 and shows the new text.
"""

from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe

from core import page_cache
from core.token_pages import token_page

from . import agreements, freshness, purchaser_pages
from .forms import AcceptanceForm
from .links import agreement_for_purchaser_token

HTTP_CONFLICT = 409
HTTP_GONE = 410


def _problem(request, problem, status, **context):
    return render(
        request, "processes/link_problem.html", {"problem": problem, **context}, status=status
    )


def _page(request, agreement, token, versions, form=None, status=200, **extra):
    current, accepted = versions
    if form is None and not current.is_accepted:
        form = AcceptanceForm(initial={"version": current.number, "digest": current.digest})
    return render(
        request,
        "processes/agreement_page.html",
        {
            "agreement": agreement,
            "process": agreement.process,
            "version": current,
            "accepted_versions": accepted,
            "form": form,
            "token": token,
            "purchaser_pages": purchaser_pages.links(agreement.process, token),
            **extra,
        },
        status=status,
    )


def _versions(agreement):
    """
    The current version and those accepted before it (agreements.current_and_accepted, with
    the process the link's lookup read), or None while the process is not ready.
    """
    try:
        return agreements.current_and_accepted(agreement, agreement.process)
    except agreements.NotReady:
        return None


def _current_page(request, agreement, token, **extra):
    """The agreement's current version to accept (or accepted), or why it cannot be shown."""
    versions = _versions(agreement)
    if versions is None:
        return _problem(request, "not_ready", 404)
    return _page(request, agreement, token, versions, **extra)


def _asked_version(request):
    """The version number asked for in ``?versio=``, None for the current one, 0 if not one."""
    asked = request.GET.get("versio")
    if asked is None:
        return None
    return int(asked) if asked.isdigit() and len(asked) < 7 else 0


# The purchaser's token, in the page's links, is written in for each response from the page's
# own address: the cache keeps the page without it.
AGREEMENT_FRESH = page_cache.FreshParts(
    texts={"token": page_cache.address_segment}, csrf=False, early_name="processes.agreement"
)


@token_page
@require_safe
@page_cache.pinning_content_version
def agreement(request, token):
    """
    The agreement to accept (or accepted), with the earlier accepted versions; with
    ``?versio=N``, version N as it was shown. The page at its plain address is stored and
    kept for early answers (core.page_cache) while no process has changed: a purchaser's
    second look, or a colleague's, costs no query and no drawing of the agreement.
    """
    stamp = freshness.stamp()  # before anything the page shows is read
    found = agreement_for_purchaser_token(token)
    if found is None:
        return _problem(request, "invalid", 404)
    number = _asked_version(request)
    if number is not None:
        shown = found.versions.filter(number=number).first()
        if shown is None:
            return _problem(request, "no_version", 404, token=token)
        return render(
            request,
            "processes/version_page.html",
            {"agreement": found, "process": found.process, "version": shown, "token": token},
        )
    if "hyvaksytty" in request.GET:
        return _current_page(request, found, token, just_accepted=True)
    # Stored under the stamp, read before the process: while it stands, the version the page
    # shows is still the current one, and nothing needs to be drawn or compared.
    return freshness.serve(
        request,
        f"agreement:{found.pk}",
        lambda: _current_page(request, found, token),
        AGREEMENT_FRESH,
        stamp,
    )


@token_page
@csrf_exempt  # posted from a page under no-referrer; the token authorises (core/token_pages.py)
@require_POST
def accept(request, token):
    found = agreement_for_purchaser_token(token)
    if found is None:
        return _problem(request, "invalid", 404)
    versions = _versions(found)
    if versions is None:
        return _problem(request, "not_ready", 404)
    current = versions[0]
    form = AcceptanceForm(request.POST)
    if not form.is_valid():
        if current.is_accepted:
            return _problem(request, "accepted", HTTP_GONE, version=current, token=token)
        return _page(request, found, token, versions, form=form, status=400)
    number = form.cleaned_data["version"]
    version = found.versions.filter(number=number).first()
    if version is None:
        form.add_error(None, _("This version of the agreement does not exist."))
        return _page(request, found, token, versions, form=form, status=400)
    if version.is_accepted:
        return _problem(request, "accepted", HTTP_GONE, version=version, token=token)
    try:
        agreements.accept(
            version, form.cleaned_data["digest"], form.cleaned_data["name"],
            form.cleaned_data["title"],
        )  # fmt: skip
    except agreements.AlreadyAccepted:
        version.refresh_from_db()
        return _problem(request, "accepted", HTTP_GONE, version=version, token=token)
    except agreements.Outdated:
        return _current_page(request, found, token, status=HTTP_CONFLICT, changed=True)
    return redirect(reverse("processes:agreement", args=[token]) + "?hyvaksytty=1")


@token_page
@require_safe
def agreement_pdf(request, token):
    """The current version as a PDF; with ``?versio=N``, version N."""
    found = agreement_for_purchaser_token(token)
    if found is None:
        return _problem(request, "invalid", 404)
    number = _asked_version(request)
    if number is None:
        versions = _versions(found)
        if versions is None:
            return _problem(request, "not_ready", 404)
        shown = versions[0]
    else:
        shown = found.versions.filter(number=number).first()
        if shown is None:
            return _problem(request, "no_version", 404, token=token)
    response = HttpResponse(agreements.pdf(shown), content_type="application/pdf")
    filename = _("supervision-agreement-%(number)d.pdf") % {"number": shown.number}
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
