"""Search engines understand the site: sitemap, robots.txt, canonical and social tags, JSON-LD."""

import json
import re
import xml.etree.ElementTree as ET

import pytest
from django.conf import settings

from services.models import Page, SupervisionForm
from tests.support.pages import ALL_PUBLIC_PAGES, FORM_SLUGS, PUBLIC_PAGES, UNCACHED_PUBLIC_PAGES

pytestmark = pytest.mark.django_db

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def sitemap_locations(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return {
        url.find("s:loc", SITEMAP_NS).text: url.findtext("s:lastmod", None, SITEMAP_NS)
        for url in root.findall("s:url", SITEMAP_NS)
    }


def site(path):
    return settings.SITE_URL.rstrip("/") + path


def json_ld_items(html):
    return [json.loads(block) for block in JSON_LD.findall(html)]


def language_versions(client, path):
    """The page's addresses in Finnish, Swedish and English, as its hreflang links name them."""
    html = client.get(path).content.decode()
    versions = dict(re.findall(r'<link rel="alternate" hreflang="(\w+)" href="([^"]+)">', html))
    assert set(versions) == {"fi", "sv", "en"}, path
    assert versions["fi"] == site(path)
    return versions.values()


def test_sitemap_lists_every_published_page_with_its_last_change(client):
    locations = sitemap_locations(client)

    # Every page in each of its languages, at the addresses the page itself names.
    expected = {url for path in ALL_PUBLIC_PAGES for url in language_versions(client, path)}
    assert set(locations) == expected
    # Content pages give their last change; the booking page and the team map's start page
    # have none to give (the free times change with every booking).
    assert all(locations[url] for path in PUBLIC_PAGES for url in language_versions(client, path))
    assert not any(
        locations[url] for path in UNCACHED_PUBLIC_PAGES for url in language_versions(client, path)
    )


def test_sitemap_leaves_out_unpublished_content(client):
    SupervisionForm.objects.filter(slug="tilannetyonohjaus").update(published=False)
    Page.objects.filter(slug="johtajuus").update(published=False)

    locations = sitemap_locations(client)

    assert site("/palvelut/tilannetyonohjaus/") not in locations
    assert site("/johtajuus/") not in locations
    assert site("/palvelut/yksilotyonohjaus/") in locations
    assert site("/ota-yhteytta/kiitos/") not in locations


def test_robots_txt_names_the_sitemap_and_keeps_crawlers_out_of_the_admin(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Disallow: /hallinta/" in text
    assert "Disallow: /tyoyhteisokartta/kartta/" in text
    assert f"Sitemap: {site('/sitemap.xml')}" in text


@pytest.mark.parametrize("url", ALL_PUBLIC_PAGES)
def test_every_page_has_canonical_and_social_tags(client, url):
    html = client.get(url + "?utm_source=uutiskirje").content.decode()

    assert f'<link rel="canonical" href="{site(url)}">' in html
    assert f'<meta property="og:url" content="{site(url)}">' in html
    for tag in ("og:title", "og:description", "og:image", "og:type", "og:locale"):
        assert f'property="{tag}"' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html


@pytest.mark.parametrize("url", ALL_PUBLIC_PAGES)
def test_json_ld_on_every_page_parses(client, url):
    items = json_ld_items(client.get(url).content.decode())

    assert items
    for item in items:
        assert item["@context"] == "https://schema.org"
    if url != "/":
        [breadcrumbs] = [item for item in items if item["@type"] == "BreadcrumbList"]
        assert breadcrumbs["itemListElement"][0]["item"] == site("/")
        assert breadcrumbs["itemListElement"][-1]["item"] == site(url)


def test_home_page_describes_the_consultancy_and_names_every_published_form(client):
    SupervisionForm.objects.filter(slug="tilannetyonohjaus").update(published=False)

    [organisation] = json_ld_items(client.get("/").content.decode())

    assert organisation["@type"] == "ProfessionalService"
    assert organisation["name"] == "Työnohjaus"
    assert organisation["email"] == "info@example.com"
    assert organisation["address"]["addressLocality"] == "Helsinki"
    assert organisation["areaServed"]["name"] == "Suomi"
    offered = [offer["itemOffered"] for offer in organisation["hasOfferCatalog"]["itemListElement"]]
    published = SupervisionForm.objects.published()
    assert [service["name"] for service in offered] == [form.name for form in published]
    assert all(service["@type"] == "Service" for service in offered)


@pytest.mark.parametrize("slug", FORM_SLUGS)
def test_form_page_describes_its_service(client, slug):
    items = json_ld_items(client.get(f"/palvelut/{slug}/").content.decode())

    [service] = [item for item in items if item["@type"] == "Service"]
    assert service["name"] == SupervisionForm.objects.get(slug=slug).name
    assert service["url"] == site(f"/palvelut/{slug}/")


def test_json_ld_cannot_be_broken_out_of_by_content(client):
    form = SupervisionForm.objects.get(slug="yksilotyonohjaus")
    form.summary = "</script><script>alert(1)</script>"
    form.save()

    html = client.get("/palvelut/yksilotyonohjaus/").content.decode()

    assert "</script><script>alert(1)" not in html
    services = [i for i in json_ld_items(html) if i["@type"] == "Service"]
    assert services[0]["description"] == "</script><script>alert(1)</script>"


@pytest.mark.parametrize("url", [*ALL_PUBLIC_PAGES, "/ei-ole/"])
def test_no_page_references_another_host(client, url):
    html = client.get(url).content.decode()

    own = settings.SITE_URL.rstrip("/")
    for reference in re.findall(r'(?:href|src|content|action)="([^"]*)"', html):
        if "://" in reference or reference.startswith("//"):
            assert reference.startswith(own + "/"), reference


@pytest.mark.parametrize(
    ("url", "content_type"),
    [
        ("/favicon.ico", "image/x-icon"),
        ("/apple-touch-icon.png", "image/png"),
        ("/site.webmanifest", "application/manifest+json"),
    ],
)
def test_icons_and_manifest_exist(client, url, content_type):
    response = client.get(url)

    assert response.status_code == 200
    assert response["Content-Type"] == content_type


@pytest.mark.parametrize(
    ("page", "manifest", "language", "start"),
    [
        ("/", "/site.webmanifest", "fi", "/"),
        ("/sv/", "/sv/site.webmanifest", "sv", "/sv/"),
        ("/en/prices/", "/en/site.webmanifest", "en", "/en/"),
    ],
)
def test_each_language_links_its_own_manifest(client, page, manifest, language, start):
    html = client.get(page).content.decode()

    assert f'<link rel="manifest" href="{manifest}">' in html
    described = json.loads(client.get(manifest).content)
    assert described["lang"] == language
    assert described["start_url"] == start


def test_manifest_icons_exist(client):
    manifest = json.loads(client.get("/site.webmanifest").content)

    assert manifest["lang"] == "fi"
    for icon in manifest["icons"]:
        assert client.get(icon["src"]).status_code == 200, icon["src"]


def test_every_static_reference_of_a_page_exists(client):
    for url in ALL_PUBLIC_PAGES:
        html = client.get(url).content.decode()
        for reference in re.findall(r'(?:href|src)="(/static/[^"]+)"', html):
            assert client.get(reference).status_code == 200, (url, reference)
