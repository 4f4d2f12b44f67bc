"""
The site's languages in its addresses: Finnish at the root (today's addresses), Swedish under
/sv/ and English under /en/, each with addresses in its own words.

The language of a request is the one its path names, Finnish elsewhere (the admin included):
never negotiated from the browser's Accept-Language or a cookie, so the address alone decides
what a page says, and the page cache, keyed by address, never mixes two languages.
"""

from typing import NamedTuple

from django.conf import settings
from django.db import models
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from django.utils import translation
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _


def _route_in_current_language(routes):
    return routes.get(translation.get_language(), routes[settings.LANGUAGE_CODE])


_lazy_route = lazy(_route_in_current_language, str)


def localized(finnish, **others):
    """
    A URL route that reads in the request's language: ``localized("hinnat/", sv="priser/",
    en="prices/")``. Django compiles and reverses a lazy route per language.
    """
    return _lazy_route({settings.LANGUAGE_CODE: finnish, **others})


class PathLanguageMiddleware:
    """
    Speak the language the address names (/sv/…, /en/…), Finnish for every other address,
    for the request and nothing after it.

    Django's LocaleMiddleware would also ask the browser (Accept-Language, a cookie) and add
    ``Vary: Accept-Language`` to every Finnish page; here nothing but the path decides.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
        request.LANGUAGE_CODE = language
        with translation.override(language):
            response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response


class LanguageVersion(NamedTuple):
    code: str  # "sv"
    name: str  # in its own language: "Svenska"
    path: str  # "/sv/tjanster/grupphandledning/"
    current: bool


def language_versions(request, item=None):
    """
    This page in every language of the site, Finnish first: the ``item`` shown (a page, a
    form of supervision) at its own address in each language, when this is its address; any
    other page at its route's address in each, with the same arguments. A page not found
    (``request.not_found``) has no other language: it leads to each language's home page.
    None for any other page that no route names.
    """
    if getattr(request, "not_found", False):
        return _versions(lambda: reverse("services:home"))
    if item is not None and item.get_absolute_url() != request.path:
        item = None  # shown at another address than its own (the buyers' page's sheet)
    match = getattr(request, "resolver_match", None)
    if item is None and (match is None or not match.url_name):
        return []
    if item is not None:
        return _versions(item.get_absolute_url)
    return _versions(lambda: reverse(match.view_name, args=match.args, kwargs=match.kwargs))


def _versions(address):
    """``address()`` in every language; none if it has no address in one of them."""
    current = translation.get_language()
    versions = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            try:
                path = address()
            except NoReverseMatch:
                return []
        name = translation.get_language_info(code)["name_local"]
        versions.append(LanguageVersion(code, name.capitalize(), path, code == current))
    return versions


def current_language():
    """
    The language of the request being served (Finnish outside one): the default of a
    client's ``language``, so that what is sent to them later speaks the language they used.
    """
    language = translation.get_language()
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


# {URL name: function(kwargs, language) -> kwargs}: how an app puts the arguments of one of its
# addresses (an item's slug) into another language (see ``address_in``).
_ARGUMENT_TRANSLATORS = {}


def translate_arguments_with(view_name, translate):
    """Let ``address_in`` put ``view_name``'s arguments into another language."""
    _ARGUMENT_TRANSLATORS[view_name] = translate


def address_in(path, language):
    """
    The address in ``language`` of the page at the Finnish address ``path`` (a link staff
    wrote in a text: "/ota-yhteytta/?aihe=…#osio"), its query and fragment kept; ``path`` as
    it is when no route of the site knows it.
    """
    if language == settings.LANGUAGE_CODE:
        return path
    address, mark, fragment = path.partition("#")
    address, question, query = address.partition("?")
    with translation.override(settings.LANGUAGE_CODE):
        try:
            match = resolve(address)
        except Resolver404:
            return path
    kwargs = match.kwargs
    if match.view_name in _ARGUMENT_TRANSLATORS:
        kwargs = _ARGUMENT_TRANSLATORS[match.view_name](kwargs, language)
    with translation.override(language):
        try:
            translated = reverse(match.view_name, args=match.args, kwargs=kwargs)
        except NoReverseMatch:
            return path
    return f"{translated}{question}{query}{mark}{fragment}"


def current_address(finnish_path):
    """The page at the Finnish address ``finnish_path`` in the request's language."""
    return address_in(finnish_path, translation.get_language())


def client_language_field(editable=False, help_text=""):
    """
    The language a client used on the site (an enquiry's, a booking's, a team survey's): what
    is sent to them later speaks it. Set from the request that makes the item, or chosen by
    staff where they make it (``editable``: a supervision process).
    """
    return models.CharField(
        _("language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=current_language,
        editable=editable,
        help_text=help_text,
    )
