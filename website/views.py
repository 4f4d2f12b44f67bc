"""
The pages that combine apps: home, the forms of supervision, the approach and every page of
running text. Each page's context is built by one layout function, which the public view and
the admin's unsaved preview (services/pages.py) both call.
"""

from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import content_disposition_header
from django.utils.text import slugify

from core.page_cache import cached_public_page
from core.parts import cached_part
from core.visibility import visible_to
from faq.models import Question
from landing.models import HomePage
from pricing.models import PriceRow
from services.models import KeyQuestion, Page, SupervisionForm
from services.pages import layout, layout_for, render_in_layout, visible_page
from supervisors.models import Supervisor
from testimonials.models import Testimonial

from .supplier_sheet import KINDS as SHEET_KINDS
from .supplier_sheet import SupplierSheet

# The page for public buyers: its text is a content page staff edit; below it, the supplier
# details built from the data, also at its own address to print and as a PDF.
BUYERS_SLUG = "julkiset-hankinnat"


def _show(request, page):
    return render_in_layout(request, page, layout_for(request, page))


@layout(Page.HOME_SLUG)
def home_layout(request, page):
    home_page = HomePage.load()
    return "services/home.html", {
        "page": page,
        "home": home_page,
        "steps": home_page.steps.published() if home_page else [],
        "forms": SupervisionForm.objects.published(),
        "supervisors": Supervisor.objects.published().select_related("photo"),
        "testimonials": Testimonial.objects.published()[:3],
        "questions": KeyQuestion.objects.published(),
    }


@layout(Page.SERVICES_SLUG)
def form_list_layout(request, page):
    return "services/form_list.html", {
        "page": page,
        "forms": SupervisionForm.objects.published(),
    }


@layout(Page.APPROACH_SLUG)
def approach_layout(request, page):
    return "services/approach.html", {
        "page": page,
        "questions": KeyQuestion.objects.published(),
    }


def _forms_with_price_and_quote(queryset):
    # In the forms' own query, so that a form page stays within its query budget.
    return queryset.annotate(
        **PriceRow.objects.lowest_per_form(), **Testimonial.objects.quote_per_form()
    )


@layout(SupervisionForm)
def form_detail_layout(request, form, published=None):
    """A form's page; ``published`` are the published forms, annotated, if already read."""
    if published is None:
        published = list(_forms_with_price_and_quote(SupervisionForm.objects.published()))
    return "services/form_detail.html", {
        "form": form,
        "other_forms": [other for other in published if other.pk != form.pk],
        "questions": Question.objects.published().filter(forms=form) if form.pk else [],
    }


@cached_public_page
def home(request):
    return _show(request, visible_page(request, Page.HOME_SLUG))


@cached_public_page
def form_list(request):
    return _show(request, visible_page(request, Page.SERVICES_SLUG))


@cached_public_page
def form_detail(request, slug):
    published = list(_forms_with_price_and_quote(SupervisionForm.objects.published()))
    form = next((form for form in published if form.address_slug() == slug), None)
    if form is None:
        # The form's old address (e.g. before "esimies" became "esihenkilö"), or its Finnish
        # one under /sv/ or /en/, leads to its address.
        current = SupervisionForm.FORMER_SLUGS.get(slug, slug)
        moved = next((form for form in published if current == form.slug), None)
        if moved is not None:
            return redirect(moved, permanent=True)
        forms = _forms_with_price_and_quote(visible_to(request, SupervisionForm))
        form = SupervisionForm.at_address(forms, slug).first()
        if form is None:
            raise Http404
    return render_in_layout(request, form, form_detail_layout(request, form, published))


@cached_public_page
def approach(request):
    return _show(request, visible_page(request, Page.APPROACH_SLUG))


@cached_public_page
def page(request, slug):
    page = Page.at_address(visible_to(request, Page), slug).first()
    if page is None:
        raise Http404
    canonical_url = page.get_absolute_url()
    if canonical_url != request.path:
        return redirect(canonical_url, permanent=True)
    return _show(request, page)


@layout(BUYERS_SLUG)
def public_buyers_layout(request, page):
    return "services/public_buyers.html", {"page": page, "sheet": SupplierSheet()}


@cached_public_page
def supplier_sheet(request):
    page = visible_page(request, BUYERS_SLUG)
    return render_in_layout(
        request, page, ("services/supplier_sheet.html", {"page": page, "sheet": SupplierSheet()})
    )


@cached_public_page
def _supplier_sheet_pdf(request):
    visible_page(request, BUYERS_SLUG)  # the sheet goes with its page: a 404 while unpublished
    # Imported when a sheet is first drawn (then kept by the page cache): ReportLab is a tenth
    # of the site's start-up, for every worker, management command and test process.
    from . import supplier_sheet_pdf

    def draw():
        return supplier_sheet_pdf.render(SupplierSheet(), reverse("services:supplier_sheet"))

    content = cached_part("supplier-sheet-pdf", SHEET_KINDS, draw)
    return HttpResponse(content, content_type="application/pdf")


def supplier_sheet_pdf_file(request):
    """
    The supplier sheet as a PDF download. The page cache keeps the body and its type only, so
    the file's name is given here, on every response, cached or not.
    """
    response = _supplier_sheet_pdf(request)
    if response.status_code == 200:
        name = slugify(SupplierSheet().site.name) or "tyonohjaus"
        response["Content-Disposition"] = content_disposition_header(
            True, f"toimittajatiedot-{name}.pdf"
        )
    return response
