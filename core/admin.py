"""
Staff accounts in the README's words: *Henkilökuntaan kuuluva*, the role in the list, a
password shown only as set or not (never its hash, salt or algorithm), and the superuser's action
that makes a one-time link to set up two-factor login.
"""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.forms import ReadOnlyPasswordHashWidget, UserChangeForm
from django.contrib.auth.hashers import is_password_usable
from django.contrib.auth.models import User
from django.utils.translation import gettext_lazy as _

from .two_factor import InvitationActionMixin


class PasswordStateWidget(ReadOnlyPasswordHashWidget):
    """Whether a password is set, and the button to set or change it."""

    template_name = "core/widgets/password_state.html"

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["password_set"] = bool(value) and is_password_usable(value)
        return context


class StaffUserChangeForm(UserChangeForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        password = self.fields.get("password")
        if password is not None:
            password.widget = PasswordStateWidget()
            password.help_text = ""


admin.site.unregister(User)


@admin.register(User)
class StaffUserAdmin(InvitationActionMixin, UserAdmin):
    form = StaffUserChangeForm
    list_display = ["username", "full_name", "email", "roles", "is_staff", "is_active"]
    list_filter = ["is_staff", "groups", "is_superuser", "is_active"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("groups")

    @admin.display(description=_("name"), ordering="last_name")
    def full_name(self, user):
        return user.get_full_name()

    @admin.display(description=_("role"))
    def roles(self, user):
        if user.is_superuser:
            return _("Administrator")
        return ", ".join(group.name for group in user.groups.all())
