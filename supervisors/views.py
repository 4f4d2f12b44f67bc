from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render

from core.page_cache import cached_public_page
from services.models import Page, SupervisionForm
from services.views import visible_to

from .models import Supervisor

LIST_SLUG = "tyonohjaajat"


@cached_public_page
def supervisor_list(request):
    page = get_object_or_404(visible_to(request, Page), slug=LIST_SLUG)
    return render(
        request,
        "supervisors/list.html",
        {
            "page": page,
            "preview": not page.published,
            "supervisors": Supervisor.objects.published().select_related("photo"),
        },
    )


@cached_public_page
def supervisor_detail(request, slug):
    supervisor = get_object_or_404(
        visible_to(request, Supervisor)
        .select_related("photo")
        .prefetch_related(
            "credentials", Prefetch("forms", queryset=SupervisionForm.objects.published())
        ),
        slug=slug,
    )
    return render(
        request,
        "supervisors/detail.html",
        {"supervisor": supervisor, "preview": not supervisor.published},
    )
