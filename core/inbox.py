"""
Notices above the enquiry inbox (the contact app's admin list), added by other apps.

An app registers a function ``(model_admin, request)`` that tells staff something with
``model_admin.message_user``, in its ``admin.py`` (imported at start-up)::

    from core import inbox

    @inbox.notice
    def upcoming_bookings(model_admin, request):
        model_admin.message_user(request, ...)

The inbox calls ``show_notices``, knowing none of the apps that add them.
"""

_registry = {}


def notice(function):
    """Register ``function`` as a notice of the inbox; return it unchanged."""
    _registry[f"{function.__module__}.{function.__name__}"] = function
    return function


def show_notices(model_admin, request):
    """Let every registered notice tell the staff member at the inbox what it has to say."""
    for function in _registry.values():
        function(model_admin, request)
