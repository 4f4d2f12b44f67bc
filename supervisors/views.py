from django.db.models import Prefetch
from django.shortcuts import get_object_or_404

from core.page_cache import cached_public_page
from core.visibility import visible_to
from services.models import SupervisionForm
from services.pages import layout, render_in_layout, visible_page

from .forms import REMOTE, SupervisorFilter, filter_query
from .models import Supervisor, published_with_qualifications

LIST_SLUG = "tyonohjaajat"


@layout(LIST_SLUG)
def supervisor_list_layout(request, page):
    """
    The list with its filters (``?muoto=&ala=&kieli=&eta=``). The published supervisors are
    few: they are read at once with all they show, and filtered here, so that the filters'
    choices come from the same rows and the page costs the same few queries however many
    there are.
    """
    supervisors = published_with_qualifications()
    query = filter_query(request)
    filters = SupervisorFilter(request.GET if query else None, supervisors=supervisors)
    shown = filters.filter(supervisors) if filters.is_bound else supervisors
    return "supervisors/list.html", {
        "page": page,
        "supervisors": shown,
        "all_count": len(supervisors),
        "filters": filters,
        "filtered": bool(query),
        "remote_value": REMOTE,
    }


@layout(Supervisor)
def supervisor_detail_layout(request, supervisor):
    return "supervisors/detail.html", {"supervisor": supervisor}


@cached_public_page(variant=filter_query)
def supervisor_list(request):
    page = visible_page(request, LIST_SLUG)
    template, context = supervisor_list_layout(request, page)
    # A filter value that is not among the choices (an old link, a typo) is the visitor's
    # error: the page says so beside the filters, with status 400, and is never cached.
    status = 400 if context["filters"].errors else 200
    return render_in_layout(request, page, (template, context), status=status)


@cached_public_page
def supervisor_detail(request, slug):
    supervisor = get_object_or_404(
        visible_to(request, Supervisor)
        .select_related("photo")
        .prefetch_related(
            "credentials",
            "sectors",
            Prefetch("forms", queryset=SupervisionForm.objects.published()),
        ),
        slug=slug,
    )
    return render_in_layout(request, supervisor, supervisor_detail_layout(request, supervisor))
