from django.shortcuts import get_object_or_404, redirect, render

from core.page_cache import cached_content, cached_public_page
from faq.models import Question
from landing.models import HomePage
from pricing.models import PriceRow
from supervisors.models import Supervisor
from testimonials.models import Testimonial

from .models import KeyQuestion, Page, SupervisionForm


def visible_to(request, model):
    """
    Return the items of ``model`` that this visitor may see.

    The public sees published items only; staff who may view the model also see unpublished
    ones, so that they can preview a page before publishing it.
    """
    opts = model._meta
    if request.user.is_staff and request.user.has_perm(f"{opts.app_label}.view_{opts.model_name}"):
        return model.objects.all()
    return model.objects.published()


def content_page(request, slug):
    """
    The page ``slug`` for a view that is not cached whole (it holds a form), or None.

    Staff get it fresh, unpublished too (to preview it); visitors get it from the content
    cache, Markdown rendered, so that the form page costs no query and no rendering for its text.
    """
    if request.user.is_staff:
        return visible_to(request, Page).filter(slug=slug).first()
    return cached_content(f"page:{slug}", lambda: _published_page_with_html(slug))


def _published_page_with_html(slug):
    page = Page.objects.published().filter(slug=slug).first()
    return page.with_rendered_body() if page else None


def _page(request, slug):
    return get_object_or_404(visible_to(request, Page), slug=slug)


@cached_public_page
def home(request):
    page = _page(request, Page.HOME_SLUG)
    home_page = HomePage.load()
    return render(
        request,
        "services/home.html",
        {
            "page": page,
            "home": home_page,
            "steps": home_page.steps.published() if home_page else [],
            "preview": not page.published,
            "forms": SupervisionForm.objects.published(),
            "supervisors": Supervisor.objects.published().select_related("photo"),
            "testimonials": Testimonial.objects.published()[:3],
            "questions": KeyQuestion.objects.published(),
        },
    )


@cached_public_page
def form_list(request):
    page = _page(request, Page.SERVICES_SLUG)
    return render(
        request,
        "services/form_list.html",
        {"page": page, "preview": not page.published, "forms": SupervisionForm.objects.published()},
    )


def _forms_with_price_and_quote(queryset):
    # In the forms' own query, so that a form page stays within its query budget.
    return queryset.annotate(
        **PriceRow.objects.lowest_per_form(), **Testimonial.objects.quote_per_form()
    )


@cached_public_page
def form_detail(request, slug):
    published = list(_forms_with_price_and_quote(SupervisionForm.objects.published()))
    form = next((form for form in published if form.slug == slug), None)
    if form is None and slug in SupervisionForm.FORMER_SLUGS:
        # The form's old address (e.g. before "esimies" became "esihenkilö") keeps working.
        current = SupervisionForm.FORMER_SLUGS[slug]
        if any(form.slug == current for form in published):
            return redirect("services:form_detail", current, permanent=True)
    if form is None:
        form = get_object_or_404(
            _forms_with_price_and_quote(visible_to(request, SupervisionForm)), slug=slug
        )
    return render(
        request,
        "services/form_detail.html",
        {
            "form": form,
            "preview": not form.published,
            "other_forms": [other for other in published if other.pk != form.pk],
            "questions": Question.objects.published().filter(forms=form),
        },
    )


@cached_public_page
def approach(request):
    page = _page(request, Page.APPROACH_SLUG)
    return render(
        request,
        "services/approach.html",
        {"page": page, "preview": not page.published, "questions": KeyQuestion.objects.published()},
    )


@cached_public_page
def page(request, slug):
    page = _page(request, slug)
    canonical_url = page.get_absolute_url()
    if canonical_url != request.path:
        return redirect(canonical_url, permanent=True)
    template = "services/slides.html" if page.layout == Page.Layout.SLIDES else "services/page.html"
    return render(request, template, {"page": page, "preview": not page.published})
