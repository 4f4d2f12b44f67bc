"""
The users' admin: Django's own, with the superuser's action that makes two-factor set-up links.

Registered by SiteAdminConfig.ready (in place of Django's), once the admin site exists.
"""

from django.contrib.auth.admin import UserAdmin

from core.two_factor import InvitationActionMixin


class StaffUserAdmin(InvitationActionMixin, UserAdmin):
    pass
