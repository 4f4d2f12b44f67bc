"""The admin's front page: the processes the user sees whose agreement awaits acceptance."""

from django.db.models import Max, OuterRef, Subquery
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core import dashboard

from .models import AgreementVersion, Process

SHOWN = 5


@dashboard.widget(
    title=gettext_lazy("Agreements awaiting acceptance"),
    permission="processes.view_process",
    order=18,
)
def awaiting_acceptance(request):
    latest = AgreementVersion.objects.filter(agreement__process=OuterRef("pk")).order_by("-number")
    waiting = list(
        Process.objects.visible_to(request.user)
        .annotate(
            latest_number=Max("agreement__versions__number"),
            latest_accepted=Subquery(latest.values("accepted_at")[:1]),
        )
        .filter(latest_number__isnull=False, latest_accepted__isnull=True, ended_on__isnull=True)
        .order_by("starts_on", "pk")
    )
    return {
        "count": len(waiting),
        "entries": dashboard.links_to_change(
            waiting[:SHOWN],
            text=lambda process: (
                _("%(process)s: version %(number)d")
                % {"process": process, "number": process.latest_number}
            ),
        ),
        "link": reverse("admin:processes_process_changelist"),
        "link_text": _("All supervision processes"),
        "empty": _("Every agreement made has been accepted."),
    }
