from urllib.parse import urlencode

from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache

from community_map.attach import attached_from
from core.page_cache import cached_form_page
from services.choices import published_topics
from services.models import Page, SupervisionForm
from services.pages import content_page, layout
from supervisors.choices import published_supervisors
from supervisors.matching import known_sector, suggested
from supervisors.models import Supervisor

from .forms import ContactForm

HTTP_TOO_MANY_REQUESTS = 429


def topic_from_address(slug):
    """The pk of the published form named by ``?aihe=<slug>``; anything else is ignored."""
    slug = SupervisionForm.FORMER_SLUGS.get(slug, slug)
    return dict(published_topics()["by_slug"]).get(slug)


def supervisor_from_address(slug):
    """The pk of the published supervisor named by ``?ohjaaja=<slug>``; else None."""
    return dict(published_supervisors()["by_slug"]).get(slug)


def suggested_supervisor(topic_pk, sector_key):
    """
    The pk of the supervisor to preselect for a client who said their sector (``?ala=``,
    e.g. from the booking page): the one best suited to it and the form, as booking chooses.
    """
    sector = known_sector(sector_key)
    if not sector:
        return None
    supervisor = suggested(
        list(Supervisor.objects.published().prefetch_related("forms")), sector, topic_pk
    )
    return supervisor.pk if supervisor else None


def contact_form(*args, **kwargs):
    """The contact form, offering the published forms of supervision and supervisors."""
    topics = published_topics()
    return ContactForm(
        *args,
        topic_choices=topics["choices"],
        supervisor_choices=published_supervisors()["choices"],
        group_topics=topics["group_pks"],
        **kwargs,
    )


def cached_variant(request):
    """
    Which cached copy of the contact page a GET gets: the preselected form and supervisor.

    "" is the plain page. An unknown or unpublished ``?aihe=`` or ``?ohjaaja=`` is treated as
    none, as the form treats it, so that it cannot fill the cache; a page with a map attached
    (``?kartta=``, ``?tiimikartta=``) or a sector (``?ala=``, which preselects a supervisor) is
    rare and personal, so it is rendered uncached.
    """
    if request.GET.get("kartta") or request.GET.get("tiimikartta") or request.GET.get("ala"):
        return None
    topic = request.GET.get("aihe", "")
    topic = SupervisionForm.FORMER_SLUGS.get(topic, topic)
    supervisor = request.GET.get("ohjaaja", "")
    preselected = {
        "aihe": topic if topic_from_address(topic) is not None else "",
        "ohjaaja": supervisor if supervisor_from_address(supervisor) is not None else "",
    }
    return urlencode({name: slug for name, slug in preselected.items() if slug})


@cached_form_page(
    variant=cached_variant, fresh_inputs={"started": lambda request: ContactForm.issue_token()}
)
def contact(request):
    """Show and accept the contact form; ``?aihe=<slug>`` preselects a form of supervision."""
    status = 200
    rate_limited = False
    map_summary = ""
    if request.method == "POST":
        form = contact_form(request.POST)
        if form.is_valid():
            # A repeated POST of the same form gets the first one's result, uncounted.
            if form.already_submitted() is not None:
                return redirect("contact:thanks")
            if form.count_submission(request):
                form.save_once()
                return redirect("contact:thanks")
            rate_limited = True
            status = HTTP_TOO_MANY_REQUESTS
        else:
            if form.is_spam:
                form.count_submission(request)
            status = 400
        map_summary = form.map_summary
    else:
        topic = topic_from_address(request.GET.get("aihe", ""))
        form = contact_form(
            initial={
                "topic": topic,
                "supervisor": supervisor_from_address(request.GET.get("ohjaaja", ""))
                or suggested_supervisor(topic, request.GET.get("ala", "")),
                "kartta": request.GET.get("kartta", ""),
                "tiimikartta": request.GET.get("tiimikartta", ""),
            }
        )
        map_summary, _attached = attached_from(request.GET)
    page = content_page(request, Page.CONTACT_SLUG)
    template, context = contact_layout(
        request, page, form=form, rate_limited=rate_limited, map_summary=map_summary
    )
    return render(request, template, context, status=status)


@layout(Page.CONTACT_SLUG)
def contact_layout(request, page, form=None, rate_limited=False, map_summary=""):
    """The contact page; the admin's preview shows it with a blank form."""
    if form is None:
        form = contact_form()
    return "contact/form.html", {
        "form": form,
        "page": page,
        "rate_limited": rate_limited,
        "map_summary": map_summary,
    }


@layout(Page.THANKS_SLUG)
def thanks_layout(request, page):
    return "contact/thanks.html", {"page": page}


@never_cache
def thanks(request):
    template, context = thanks_layout(request, content_page(request, Page.THANKS_SLUG))
    return render(request, template, context)
