from django.db.models import Prefetch
from django.shortcuts import get_object_or_404

from core.page_cache import cached_public_page
from core.visibility import visible_to
from services.models import SupervisionForm
from services.pages import layout, render_in_layout, visible_page

from .models import Supervisor

LIST_SLUG = "tyonohjaajat"


@layout(LIST_SLUG)
def supervisor_list_layout(request, page):
    return "supervisors/list.html", {
        "page": page,
        "supervisors": Supervisor.objects.published().select_related("photo"),
    }


@layout(Supervisor)
def supervisor_detail_layout(request, supervisor):
    return "supervisors/detail.html", {"supervisor": supervisor}


@cached_public_page
def supervisor_list(request):
    page = visible_page(request, LIST_SLUG)
    return render_in_layout(request, page, supervisor_list_layout(request, page))


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
    return render_in_layout(request, supervisor, supervisor_detail_layout(request, supervisor))
