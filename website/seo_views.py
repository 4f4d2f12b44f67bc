"""Files for search engines and browsers: robots.txt, the web app manifest and root icons."""

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from services.models import SiteDetails

DAY = 24 * 60 * 60


@require_safe
@cache_control(public=True, max_age=DAY)
def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /hallinta/"]
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            lines += [
                f"Disallow: {reverse('contact:thanks')}",
                # Every set of answers is its own address: nothing there for a search index.
                f"Disallow: {reverse('community_map:result')}",
                # An evaluation's code page, its questions and its thanks: for participants only.
                f"Disallow: {reverse('evaluations:enter_code')}",
            ]
    lines += [
        "",
        f"Sitemap: {settings.SITE_URL.rstrip('/')}{reverse('sitemap')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_safe
@cache_control(public=True, max_age=DAY)
def web_manifest(request):
    site = SiteDetails.load()
    return JsonResponse(
        {
            "name": site.name,
            "short_name": site.name,
            "description": site.tagline,
            "lang": translation.get_language(),
            "start_url": reverse("services:home"),
            "display": "browser",
            "background_color": "#f7f5f0",
            "theme_color": "#1f5f5b",
            "icons": [
                {"src": static("img/favicon.svg"), "type": "image/svg+xml", "sizes": "any"},
                {"src": static("img/icon-192.png"), "type": "image/png", "sizes": "192x192"},
                {"src": static("img/icon-512.png"), "type": "image/png", "sizes": "512x512"},
                {
                    "src": static("img/icon-maskable-512.png"),
                    "type": "image/png",
                    "sizes": "512x512",
                    "purpose": "maskable",
                },
            ],
        },
        content_type="application/manifest+json",
        json_dumps_params={"ensure_ascii": False},
    )


def root_file(static_path, content_type):
    """Serve a static file at a fixed root address some clients ask for (e.g. /favicon.ico)."""

    @require_safe
    @cache_control(public=True, max_age=DAY)
    def view(request):
        path = finders.find(static_path)
        if path is None:
            raise Http404
        return FileResponse(open(path, "rb"), content_type=content_type)

    return view
