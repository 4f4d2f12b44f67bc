"""
The 403 and 404 pages: inside the admin, a staff member stays in the admin's layout, with its
menu and a way back; everywhere else, the site's own error pages.

The site's 404 page says nothing of the address asked for (its language links lead to each
language's home page), so one page serves every address that is not found: it is kept as a
part (core.parts) per language and per what the header marks as current, and an address a
bot makes up costs little more than a cached page, and adds nothing to the cache.
"""

from django.contrib import admin
from django.http import HttpResponseNotFound
from django.template import loader
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import defaults

from core import page_cache
from core.parts import cached_part
from navigation.menu import header_state, main_menu
from navigation.models import MenuItem
from services.models import Page, SiteDetails, SupervisionForm

# What the layout around the message shows: the header's menu, the site's details.
LAYOUT_KINDS = (MenuItem, Page, SupervisionForm, SiteDetails)


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
    request.not_found = True

    def render():
        return loader.render_to_string(defaults.ERROR_404_TEMPLATE_NAME, request=request)

    if page_cache.may_be_staff(request):
        return HttpResponseNotFound(render())
    name = f"not-found:{header_state(request, main_menu())}"
    return HttpResponseNotFound(cached_part(name, LAYOUT_KINDS, render))
