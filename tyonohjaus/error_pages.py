"""
The 403 and 404 pages: inside the admin, a staff member stays in the admin's layout, with its
menu and a way back; everywhere else, the site's own error pages.
"""

from django.contrib import admin
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import defaults


def _inside_the_admin(request):
    user = getattr(request, "user", None)
    return (
        request.path.startswith(reverse("admin:index"))
        and user is not None
        and user.is_active
        and user.is_staff
    )


def _admin_error(request, title, message, status):
    context = {**admin.site.each_context(request), "title": title, "message": message}
    response = TemplateResponse(request, "admin/error_page.html", context, status=status)
    return response.render()


def permission_denied(request, exception):
    if _inside_the_admin(request):
        return _admin_error(
            request,
            _("No access"),
            _(
                "Your role does not give access to this page. If your work needs it, ask the "
                "main user to change your role."
            ),
            403,
        )
    return defaults.permission_denied(request, exception)


def page_not_found(request, exception):
    if _inside_the_admin(request):
        return _admin_error(
            request,
            _("Page not found"),
            _("There is no such page in the admin, or the item has been deleted."),
            404,
        )
    return defaults.page_not_found(request, exception)
