from django.contrib import admin
from django.utils.translation import gettext as _

from services.models import SiteDetails


class SiteAdmin(admin.AdminSite):
    """The admin at /hallinta/, titled with the site's own name."""

    def each_context(self, request):
        context = super().each_context(request)
        name = SiteDetails.load().name or _("Work supervision")
        context["site_header"] = _("%(name)s – administration") % {"name": name}
        context["site_title"] = context["site_header"]
        context["site_url"] = "/"
        return context
