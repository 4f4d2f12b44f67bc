from functools import wraps

from django.contrib import admin
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.i18n import JavaScriptCatalog

from core import admin_titles, dashboard, statistics, two_factor
from core.admin_base import with_finnish_admin
from services.models import SiteDetails

# Apps only superusers see in the admin's menu, under these Finnish headings.
SUPERUSER_APPS = {
    "axes": gettext_lazy("Login lockouts"),
    "django_tasks_database": gettext_lazy("Task queue"),
}


class SiteAdmin(admin.AdminSite):
    """
    The admin at /hallinta/, titled with the site's own name.

    Its front page is the dashboard (core/dashboard.py); every view it serves is behind
    the second factor when that is required (core/two_factor.py).
    """

    index_template = "admin/dashboard/index.html"

    def register(self, model_or_iterable, admin_class=None, **options):
        """Register as Django does, with the site's Finnish admin (core/admin_base.py) mixed in."""
        models = [model_or_iterable] if isinstance(model_or_iterable, type) else model_or_iterable
        for model in models:
            super().register(
                model, with_finnish_admin(admin_class or admin.ModelAdmin, model), **options
            )

    def each_context(self, request):
        context = super().each_context(request)
        name = SiteDetails.load().name or _("Work supervision")
        context["site_header"] = _("%(name)s – administration") % {"name": name}
        context["site_title"] = context["site_header"]
        context["site_url"] = "/"
        return context

    def i18n_javascript(self, request, extra_context=None):
        """
        The admin's JavaScript catalogue: Django's Finnish, completed by the project's own
        (tyonohjaus/locale: the two-box picker's buttons Django's catalogue leaves English).
        """
        return JavaScriptCatalog.as_view(packages=["django.contrib.admin", "tyonohjaus"])(request)

    def has_permission(self, request):
        # Defence in depth: admin_view() already sends a staff member without a verified
        # second factor to verify or enrol.
        return super().has_permission(request) and not two_factor.needs_verification(request)

    def admin_view(self, view, cacheable=False):
        inner = super().admin_view(view, cacheable)

        @wraps(view)
        def second_factor_first(request, *args, **kwargs):
            if two_factor.needs_verification(request):
                if view.__name__ == "logout":
                    # Logging out needs no second factor (and Django's own check, which
                    # has_permission fails, would only send the user to the front page).
                    return view(request, *args, **kwargs)
                return two_factor.redirect_to_verification(request)
            response = inner(request, *args, **kwargs)
            if isinstance(response, TemplateResponse) and response.context_data:
                admin_titles.correct_title(response.context_data)
            return response

        return second_factor_first

    def staff_view(self, view):
        """A view for a logged-in staff member before the second factor is verified."""

        @wraps(view)
        def inner(request, *args, **kwargs):
            user = request.user
            if not (user.is_active and user.is_staff):
                return HttpResponseRedirect(
                    reverse("admin:login", current_app=self.name) + f"?next={request.path}"
                )
            return view(request, *args, **kwargs)

        return inner

    def get_urls(self):
        own = [
            path(
                "kaksivaiheinen/",
                self.staff_view(two_factor.enrol),
                {"admin_site": self},
                name="two_factor_enrol",
            ),
            path(
                "kaksivaiheinen/kutsu/<token:token>/",
                self.staff_view(two_factor.accept_invitation),
                {"admin_site": self},
                name="two_factor_invitation",
            ),
            path(
                "kaksivaiheinen/vahvista/",
                self.staff_view(two_factor.verify),
                {"admin_site": self},
                name="two_factor_verify",
            ),
            path(
                "kaksivaiheinen/varakoodit/",
                self.admin_view(two_factor.recovery_codes),
                {"admin_site": self},
                name="two_factor_recovery_codes",
            ),
            path(
                "tilastot/",
                self.admin_view(statistics.view),
                {"admin_site": self},
                name="statistics",
            ),
        ]
        return own + super().get_urls()

    def index(self, request, extra_context=None):
        context = {
            "widgets": dashboard.widgets_for(request),
            "can_view_statistics": statistics.can_view(request.user),
            **(extra_context or {}),
        }
        return super().index(request, context)

    def get_app_list(self, request, app_label=None):
        if two_factor.needs_verification(request):
            # Nothing of the admin's contents before the second factor (its pages show no
            # menu), and no permission of any model checked for a list no one sees.
            return []
        app_list = super().get_app_list(request, app_label)
        shown = []
        for app in app_list:
            heading = SUPERUSER_APPS.get(app["app_label"])
            if heading is not None:
                if not request.user.is_superuser:
                    continue
                app["name"] = str(heading)
            shown.append(app)
        return shown
