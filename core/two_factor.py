"""
Two-factor login for the admin (django-otp): an authenticator app's code (TOTP), with
one-time recovery codes for a lost phone.

Who must verify a second factor: every superuser, every staff member who has enrolled, and,
with ADMIN_REQUIRE_2FA (on in production), every staff member. Until then each admin view
sends them here: to enrol if they have no device, otherwise to type a code. A wrong code is
a failed login to django-axes, so codes cannot be guessed any faster than passwords.

Enrolling needs a superuser's one-time link (``TwoFactorInvitation``, made by an action on
the users' list or by ``manage.py invite_two_factor``), so a password alone cannot set up
someone's second factor first.
"""

from base64 import b32encode

import segno
from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_lockout_response
from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.auth import get_user_model, logout
from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.signals import user_login_failed
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django_otp import devices_for_user, match_token
from django_otp import login as otp_login
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp.util import random_hex

from core.models import TwoFactorInvitation

RECOVERY_CODE_COUNT = 10
APP_DEVICE_NAME = "authenticator"
RECOVERY_DEVICE_NAME = "recovery"


def has_device(user):
    """
    Whether ``user`` has set up an authenticator app (one query, remembered for the request).

    Recovery codes are only ever made together with the app, so the app alone tells.
    """
    if not user.is_authenticated:
        return False
    if not hasattr(user, "_has_second_factor"):
        user._has_second_factor = TOTPDevice.objects.filter(user=user, confirmed=True).exists()
    return user._has_second_factor


def is_required_for(user):
    if not (user.is_authenticated and user.is_active and user.is_staff):
        return False
    return user.is_superuser or settings.ADMIN_REQUIRE_2FA or has_device(user)


def owes_second_factor(user):
    """Whether ``user`` is a staff member who has given the password but not the second factor."""
    if not (user.is_authenticated and user.is_staff) or user.is_verified():
        return False
    return is_required_for(user)


def needs_verification(request):
    return owes_second_factor(request.user)


class UnverifiedStaffAsVisitorMiddleware:
    """
    Outside the admin, a staff member who owes the second factor is an anonymous visitor.

    With the password alone they see only what the public sees: no unpublished page, form or
    supervisor, and pages from the page cache. The admin (its login, code and enrolment pages
    included) keeps the user, and sends them on to give the second factor. Put after
    django-otp's OTPMiddleware; like it, this looks the user up only when something asks.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(reverse("admin:index")):
            user = request.user
            request.user = SimpleLazyObject(
                lambda: AnonymousUser() if owes_second_factor(user) else user
            )
        return self.get_response(request)


def _next_url(request):
    url = request.POST.get("next") or request.GET.get("next") or ""
    if url and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return reverse("admin:index")


def redirect_to_verification(request):
    name = "admin:two_factor_verify" if has_device(request.user) else "admin:two_factor_enrol"
    return HttpResponseRedirect(f"{reverse(name)}?next={request.get_full_path()}")


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=16,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def clean_code(self):
        return "".join(self.cleaned_data["code"].split())


def _code_credentials(user):
    # Counted under a name of their own: a correct password resets the password's failures
    # (AXES_RESET_ON_SUCCESS), and must not give whoever knows it new guesses at the code.
    return {"username": f"{user.get_username()} (2FA)"}


def _locked_out(request):
    """django-axes' lockout response if this user's codes are locked out here, else None."""
    credentials = _code_credentials(request.user)
    if AxesProxyHandler.is_allowed(request, credentials):
        return None
    logout(request)
    return get_lockout_response(request, credentials=credentials)


# django-otp refuses every code for a moment (1 s, 2 s, 4 s, …) after each wrong one.
THROTTLED = _("A wrong code was typed a moment ago: wait a few seconds and type the new code.")


def _throttled(devices):
    """Whether django-otp refuses codes right now: such an attempt is not counted as wrong."""
    return any(not device.verify_is_allowed()[0] for device in devices)


def _count_failure(request, form):
    """Record a wrong code with django-axes; return its lockout response once locked."""
    credentials = _code_credentials(request.user)
    user_login_failed.send(sender=__name__, credentials=credentials, request=request)
    form.add_error("code", _("The code is not correct. Check it and try again."))
    return _locked_out(request)


def _context(admin_site, request, **context):
    return {
        **admin_site.each_context(request),
        # Nothing of the admin's contents before the second factor: no menu of its models.
        "available_apps": [],
        "is_nav_sidebar_enabled": False,
        "next": _next_url(request),
        **context,
    }


def _new_recovery_codes(user):
    """
    Replace ``user``'s recovery codes with new ones. Two requests at once (two tabs) replace
    them one after the other, on the user's row lock: one set of codes is left, never both.
    """
    with transaction.atomic():
        get_user_model().objects.select_for_update().filter(pk=user.pk).first()
        device, _created = StaticDevice.objects.get_or_create(user=user, name=RECOVERY_DEVICE_NAME)
        device.token_set.all().delete()
        codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
        StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return device, codes


def _qr_code(device):
    # Drawn here as SVG markup: nothing is fetched from elsewhere, and the secret stays here.
    return segno.make(device.config_url, error="m").svg_inline(
        scale=5, dark="#000", light="#fff", omitsize=False, title=str(_("QR code"))
    )


def _wrong_code(request, form, throttled):
    """Record a wrong code: the form says so, or the lockout response is returned."""
    if throttled:
        form.add_error("code", THROTTLED)
        return None
    return _count_failure(request, form)


INVITATION_SESSION_KEY = "two_factor_invitation"
PENDING_SECRET_SESSION_KEY = "two_factor_pending_secret"


def invitation_path(token):
    return reverse("admin:two_factor_invitation", args=[token])


def _invitation_page(request, admin_site, problem=None, status=403):
    """Setting up needs a superuser's one-time link; ``problem`` says what was wrong with one."""
    return TemplateResponse(
        request,
        "admin/two_factor/invitation_needed.html",
        _context(admin_site, request, title=_("Set up two-factor login"), problem=problem),
        status=status,
    )


@never_cache
def accept_invitation(request, admin_site, token):
    """
    Open a one-time set-up link: it must be this user's, unused and unexpired. It is used up
    here, and enrolment then works in this session only.
    """
    user = request.user
    if has_device(user):
        if not user.is_verified():
            return redirect_to_verification(request)
        return redirect("admin:two_factor_recovery_codes")
    try:
        invitation = TwoFactorInvitation.objects.open(token, user)
    except TwoFactorInvitation.DoesNotExist:
        # Someone else's link looks the same as one that never existed.
        return _invitation_page(request, admin_site, _("This link is not valid."), status=404)
    except TwoFactorInvitation.Spent:
        return _invitation_page(
            request, admin_site, _("This link has been used or has expired."), status=410
        )
    request.session[INVITATION_SESSION_KEY] = invitation.pk
    request.session.pop(PENDING_SECRET_SESSION_KEY, None)
    return redirect("admin:two_factor_enrol")


def _invitation_of_this_session(request):
    pk = request.session.get(INVITATION_SESSION_KEY)
    if pk is None:
        return None
    return TwoFactorInvitation.objects.valid().filter(pk=pk, user=request.user).first()


def _pending_authenticator(request, fresh):
    """The authenticator being set up, unsaved: a new secret on each visit, kept in the session."""
    if fresh or PENDING_SECRET_SESSION_KEY not in request.session:
        request.session[PENDING_SECRET_SESSION_KEY] = random_hex(20)
    return TOTPDevice(
        user=request.user,
        name=APP_DEVICE_NAME,
        key=request.session[PENDING_SECRET_SESSION_KEY],
        confirmed=True,
    )


def _code_matches(device, code):
    """Check ``code`` against the unsaved ``device``; on success, remember its time step."""
    if not (code.isascii() and code.isdigit()):
        return False
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    if not totp.verify(int(code), device.tolerance):
        return False
    device.last_t = totp.t()
    return True


@never_cache
@sensitive_post_parameters("code")
def enrol(request, admin_site):
    """
    Set up an authenticator app: show its QR code, confirm with the first code it shows.

    Only in a session that opened a superuser's one-time link for this user; each visit shows
    a new secret, kept in the session, never stored with the account until it is confirmed.
    """
    user = request.user
    if has_device(user):
        if not user.is_verified():
            return redirect_to_verification(request)
        return redirect("admin:two_factor_recovery_codes")
    if _invitation_of_this_session(request) is None:
        return _invitation_page(request, admin_site)
    form = CodeForm(request.POST or None)
    device = _pending_authenticator(request, fresh=request.method != "POST")
    if request.method == "POST" and (locked_out := _locked_out(request)):
        return locked_out
    if request.method == "POST" and form.is_valid():
        if _code_matches(device, form.cleaned_data["code"]):
            with transaction.atomic():
                device.save()
                _device, codes = _new_recovery_codes(user)
                TwoFactorInvitation.objects.filter(user=user).delete()
            for key in (INVITATION_SESSION_KEY, PENDING_SECRET_SESSION_KEY):
                request.session.pop(key, None)
            user._has_second_factor = True
            otp_login(request, device)
            return _recovery_codes_page(
                request, admin_site, _("Two-factor login is on"), codes, just_enrolled=True
            )
        if locked_out := _count_failure(request, form):
            return locked_out
    return TemplateResponse(
        request,
        "admin/two_factor/enrol.html",
        _context(
            admin_site,
            request,
            title=_("Set up two-factor login"),
            form=form,
            qr_code=_qr_code(device),
            secret=_grouped(b32encode(device.bin_key).decode()),
        ),
        status=400 if form.errors else 200,
    )


def _grouped(secret):
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


@never_cache
@sensitive_post_parameters("code")
def verify(request, admin_site):
    """Ask for the authenticator app's code or one recovery code."""
    user = request.user
    if not has_device(user):
        return redirect_to_verification(request)
    if user.is_verified():
        return HttpResponseRedirect(_next_url(request))
    form = CodeForm(request.POST or None)
    if request.method == "POST" and (locked_out := _locked_out(request)):
        return locked_out
    if request.method == "POST" and form.is_valid():
        throttled = _throttled(devices_for_user(user))
        device = match_token(user, form.cleaned_data["code"])
        if device is not None:
            otp_login(request, device)
            return HttpResponseRedirect(_next_url(request))
        if locked_out := _wrong_code(request, form, throttled):
            return locked_out
    return TemplateResponse(
        request,
        "admin/two_factor/verify.html",
        _context(admin_site, request, title=_("Two-factor login"), form=form),
        status=400 if form.errors else 200,
    )


@never_cache
def recovery_codes(request, admin_site):
    """
    How many recovery codes are left; new ones on request, after a confirmation (the old ones
    stop working), shown once on a page that prints as a sheet of its own.
    """
    user = request.user
    codes = None
    confirming = False
    if request.method == "POST" and has_device(user):
        if request.POST.get("vahvista") == "1":
            _device, codes = _new_recovery_codes(user)
        else:
            confirming = True
    left = StaticToken.objects.filter(device__user=user).count()
    return _recovery_codes_page(
        request,
        admin_site,
        _("Two-factor login"),
        codes,
        codes_left=left,
        has_device=has_device(user),
        confirming=confirming,
    )


def _recovery_codes_page(request, admin_site, title, codes, **extra):
    """The recovery codes page: ``codes`` are new ones, shown once, or None."""
    return TemplateResponse(
        request,
        "admin/two_factor/recovery_codes.html",
        _context(admin_site, request, title=title, codes=codes, made_at=timezone.now(), **extra),
    )


def reset(user):
    """Remove every second-factor device of ``user``: they enrol again, with a new link."""
    removed = 0
    for model in (TOTPDevice, StaticDevice):
        devices = model.objects.filter(user=user)
        removed += devices.count()
        devices.delete()  # a recovery device takes its codes with it
    return removed


def invitation_url(token):
    """The set-up link's full address, for a management command's output or an email."""
    return settings.SITE_URL.rstrip("/") + invitation_path(token)


class InvitationActionMixin:
    """For the users' ModelAdmin: the superuser's action that makes one-time set-up links."""

    actions = ["invite_to_two_factor"]

    def has_invite_to_two_factor_permission(self, request):
        return request.user.is_superuser

    @admin.action(
        description=_("Create a link to set up two-factor login"),
        permissions=["invite_to_two_factor"],
    )
    def invite_to_two_factor(self, request, queryset):
        """Each link is shown once here (only its hash is stored), for the superuser to pass on."""
        for user in queryset.order_by("username"):
            if not (user.is_active and user.is_staff):
                message = _("%(name)s is not an active staff member: no link was made.")
                self.message_user(request, message % {"name": user}, messages.WARNING)
                continue
            if has_device(user):
                message = _(
                    "%(name)s already uses two-factor login: reset it first "
                    "(manage.py reset_two_factor) if the phone is lost."
                )
                self.message_user(request, message % {"name": user}, messages.WARNING)
                continue
            token = TwoFactorInvitation.objects.issue(user, invited_by=request.user)
            url = request.build_absolute_uri(invitation_path(token))
            lead = _(
                "%(name)s's link to set up two-factor login (give it to them now: it is "
                "shown only once, works once, for them only, within %(days)d days):"
            ) % {"name": user, "days": TwoFactorInvitation.LIFETIME.days}
            self.message_user(
                request, format_html("{} <code>{}</code>", lead, url), messages.SUCCESS
            )
