from django.shortcuts import get_object_or_404, redirect, render

from .models import KeyQuestion, Page, SupervisionForm


def _published_page(slug):
    return get_object_or_404(Page.objects.published(), slug=slug)


def home(request):
    return render(
        request,
        "services/home.html",
        {
            "page": _published_page(Page.HOME_SLUG),
            "forms": SupervisionForm.objects.published(),
        },
    )


def form_list(request):
    return render(
        request,
        "services/form_list.html",
        {
            "page": _published_page(Page.SERVICES_SLUG),
            "forms": SupervisionForm.objects.published(),
        },
    )


def form_detail(request, slug):
    form = get_object_or_404(SupervisionForm.objects.published(), slug=slug)
    return render(
        request,
        "services/form_detail.html",
        {
            "form": form,
            "other_forms": SupervisionForm.objects.published().exclude(pk=form.pk),
        },
    )


def approach(request):
    return render(
        request,
        "services/approach.html",
        {
            "page": _published_page(Page.APPROACH_SLUG),
            "questions": KeyQuestion.objects.published(),
        },
    )


def page(request, slug):
    page = _published_page(slug)
    canonical_url = page.get_absolute_url()
    if canonical_url != request.path:
        return redirect(canonical_url, permanent=True)
    template = "services/slides.html" if page.layout == Page.Layout.SLIDES else "services/page.html"
    return render(request, template, {"page": page})


def contact(request):
    """Show how to reach the consultancy; ``?aihe=<slug>`` names the form asked about."""
    topic = None
    if slug := request.GET.get("aihe"):
        topic = SupervisionForm.objects.published().filter(slug=slug).first()
    return render(request, "services/contact.html", {"topic": topic})
