"""
The site's content security and permissions policies on every static file, built once.

WhiteNoise answers a static file before the rest of the middleware (as its documentation
asks), so django-csp and django-permissions-policy never see it. It calls this function once
per file when it starts (on every request only in development, where it reloads files), and
the headers are then sent with the file as they are: the stylesheet no longer pays for a
policy built afresh on every request. An SVG opened on its own still runs no script.
"""

from csp.utils import build_policy
from django.conf import settings
from django_permissions_policy import PermissionsPolicyMiddleware


def add_policy_headers(headers, path, url):
    """WhiteNoise's ``add_headers_function``: the headers its middleware would have added."""
    headers["Content-Security-Policy"] = build_policy()
    headers["Permissions-Policy"] = PermissionsPolicyMiddleware.compute_header_value(
        settings.PERMISSIONS_POLICY, name="PERMISSIONS_POLICY"
    )
