"""The articles: the list and its pages, each article, the feed, the sitemap and who sees what."""

import json
import re
from datetime import timedelta
from unittest import mock

import feedparser
import pytest
from django.contrib.auth.models import User
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

from articles.models import Article
from services.models import SupervisionForm
from supervisors.models import Supervisor
from tests.support.factories import log_in_verified, make_content_editor
from tests.support.pages import assert_own_queries_cold_and_none_warm

pytestmark = pytest.mark.django_db

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


def make_article(**overrides):
    number = Article.objects.count() + 1
    values = {
        "title": f"Testiartikkeli {number}",
        "slug": f"testiartikkeli-{number}",
        "lead": f"Testiartikkelin {number} johdanto.",
        "body": "Ensimmäinen kappale.\n\n## Väliotsikko\n\n" + "sana " * 700,
        "published_at": timezone.now() - timedelta(days=number),
    }
    values.update(overrides)
    return Article.objects.create(**values)


def frozen(when):
    """The site's clock stopped at ``when``."""
    return mock.patch("django.utils.timezone.now", return_value=when)


def html_of(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode()


def articles_in_feed(client, path="/artikkelit/atom.xml"):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return feed


def json_ld_of(html, kind):
    return [item for item in map(json.loads, JSON_LD.findall(html)) if item["@type"] == kind]


def test_the_list_shows_published_articles_newest_first(client):
    older = make_article(
        title="Vanhempi kirjoitus", published_at=timezone.now() - timedelta(days=9)
    )
    newer = make_article(title="Uudempi kirjoitus", published_at=timezone.now() - timedelta(days=1))

    html = html_of(client, "/artikkelit/")

    assert "Artikkelit</h1>" in html
    assert html.index(newer.title) < html.index(older.title)
    assert f'href="{newer.get_absolute_url()}"' in html


def test_unpublished_and_scheduled_articles_are_hidden_from_the_public(client):
    hidden = make_article(title="Piilotettu kirjoitus", published=False)
    scheduled = make_article(
        title="Ajastettu kirjoitus", published_at=timezone.now() + timedelta(days=2)
    )

    html = html_of(client, "/artikkelit/")

    assert hidden.title not in html
    assert scheduled.title not in html
    assert client.get(hidden.get_absolute_url()).status_code == 404
    assert client.get(scheduled.get_absolute_url()).status_code == 404


def test_staff_who_may_view_articles_preview_hidden_ones_uncached(client):
    scheduled = make_article(published_at=timezone.now() + timedelta(days=2))
    hidden = make_article(published=False)
    log_in_verified(client, make_content_editor())

    scheduled_page = client.get(scheduled.get_absolute_url())
    hidden_page = client.get(hidden.get_absolute_url())

    assert scheduled_page.status_code == 200
    assert "Ajastettu: kävijät näkevät" in scheduled_page.content.decode()
    assert hidden_page.status_code == 200
    assert "no-store" in hidden_page["Cache-Control"]


def test_the_list_is_paginated_ten_to_a_page(client):
    for _ in range(12):
        make_article()

    first = html_of(client, "/artikkelit/")
    second = html_of(client, "/artikkelit/?sivu=2")

    assert first.count('class="article-card"') == 10
    assert second.count('class="article-card"') == 2
    assert 'href="/artikkelit/?sivu=2"' in first
    assert "Sivu 2 / 2" in second
    assert client.get("/artikkelit/?sivu=1")["Location"] == "/artikkelit/"


@pytest.mark.parametrize("page", ["3", "0", "x", "-1", "2.0", "99999999999999999999"])
def test_a_page_number_beyond_the_list_or_not_a_number_is_a_404(client, page):
    for _ in range(12):
        make_article()

    assert client.get("/artikkelit/", {"sivu": page}).status_code == 404


def test_an_empty_list_says_so(client):
    html = html_of(client, "/artikkelit/")

    assert "Artikkeleita ei ole vielä julkaistu." in html


def test_an_article_shows_its_text_reading_time_author_and_forms(client):
    author = Supervisor.objects.create(name="Kirjoittaja Esimerkki", slug="kirjoittaja")
    form = SupervisionForm.objects.get(slug="ryhmatyonohjaus")
    article = make_article(author=author, body="sana " * 700)
    article.forms.add(form)

    html = html_of(client, article.get_absolute_url())

    assert f">{article.title}</h1>" in html
    assert "4 min lukuaika" in html
    assert f'href="{author.get_absolute_url()}"' in html
    assert f'href="{form.get_absolute_url()}"' in html
    assert '<meta property="og:type" content="article">' in html


def test_an_article_has_article_json_ld(client):
    author = Supervisor.objects.create(name="Kirjoittaja Esimerkki", slug="kirjoittaja")
    article = make_article(author=author, updated_on=timezone.localdate())
    article.forms.add(SupervisionForm.objects.get(slug="yksilotyonohjaus"))

    [data] = json_ld_of(html_of(client, article.get_absolute_url()), "Article")

    assert data["headline"] == article.title
    assert data["description"] == article.lead
    assert data["url"].endswith(article.get_absolute_url())
    assert data["author"]["name"] == "Kirjoittaja Esimerkki"
    assert data["author"]["url"].endswith("/tyonohjaajat/kirjoittaja/")
    assert data["datePublished"] == article.published_at.isoformat()
    assert data["dateModified"] == article.updated_on.isoformat()
    assert data["inLanguage"] == "fi"
    assert data["about"][0]["name"] == "Yksilötyönohjaus"


def test_an_article_in_swedish_and_english_at_its_own_addresses(client):
    article = make_article(
        slug="tyonohjauksesta",
        slug_sv="om-handledning",
        slug_en="on-supervision",
        title_sv="Om handledning",
        title_en="On supervision",
    )

    swedish = html_of(client, "/sv/artiklar/om-handledning/")
    english = html_of(client, "/en/articles/on-supervision/")

    assert "Om handledning" in swedish
    assert '<html lang="sv">' in swedish
    assert "Lästid" in swedish
    assert "On supervision" in english
    assert "min read" in english
    assert 'hreflang="en" href="http://testserver/en/articles/on-supervision/"' in swedish or (
        "/en/articles/on-supervision/" in swedish
    )
    # The Finnish address under /sv/ leads to the article's own Swedish one.
    moved = client.get("/sv/artiklar/tyonohjauksesta/")
    assert moved.status_code == 301
    assert moved["Location"] == "/sv/artiklar/om-handledning/"
    assert html_of(client, "/sv/artiklar/").count("Om handledning") >= 1
    assert html_of(client, "/en/articles/").count("On supervision") >= 1
    assert article.get_absolute_url() == "/artikkelit/tyonohjauksesta/"


def test_the_feed_lists_only_published_current_articles(client):
    shown = make_article(title="Näkyvä kirjoitus")
    make_article(title="Piilotettu kirjoitus", published=False)
    make_article(title="Ajastettu kirjoitus", published_at=timezone.now() + timedelta(hours=3))

    feed = articles_in_feed(client)

    assert feed.version == "atom10"
    assert [entry.title for entry in feed.entries] == ["Näkyvä kirjoitus"]
    [entry] = feed.entries
    assert entry.link.endswith(shown.get_absolute_url())
    assert entry.summary == shown.lead
    assert feed.feed.title.startswith("Artikkelit")
    assert feed.feed.language == "fi"


def test_the_feed_speaks_the_language_of_its_address(client):
    make_article(title_sv="En artikel")

    feed = articles_in_feed(client, "/sv/artiklar/atom.xml")

    assert feed.feed.language == "sv"
    assert feed.entries[0].title == "En artikel"
    assert "/sv/artiklar/" in feed.entries[0].link


def test_every_page_links_the_feed_from_its_head(client):
    for path, feed in [("/", "/artikkelit/atom.xml"), ("/sv/", "/sv/artiklar/atom.xml")]:
        head = html_of(client, path).split("</head>")[0]
        assert 'type="application/atom+xml" title="' in head
        assert f'href="{feed}"' in head


def test_the_sitemap_lists_articles_in_every_language(client):
    article = make_article(slug_sv="artikel", slug_en="article")
    make_article(published=False, slug="piilotettu")

    sitemap = client.get("/sitemap.xml").content.decode()

    assert f"<loc>http://testserver{article.get_absolute_url()}</loc>" in sitemap or (
        article.get_absolute_url() in sitemap
    )
    assert "/sv/artiklar/artikel/" in sitemap
    assert "/en/articles/article/" in sitemap
    assert "piilotettu" not in sitemap


def test_a_scheduled_article_appears_at_its_time_without_any_save(
    client, django_assert_num_queries
):
    now = timezone.now()
    at = now + timedelta(hours=2)
    make_article(title="Vanha kirjoitus", published_at=now - timedelta(days=3))
    scheduled = make_article(title="Ajastettu kirjoitus", published_at=at)
    form = SupervisionForm.objects.get(slug="ryhmatyonohjaus")
    scheduled.forms.add(form)
    pages = ["/artikkelit/", "/artikkelit/atom.xml", "/", form.get_absolute_url()]

    with frozen(at - timedelta(minutes=1)):
        for path in pages:
            assert "Ajastettu kirjoitus" not in html_of(client, path), path
        # Served from the page cache now: no query at all.
        for path in pages:
            with django_assert_num_queries(0):
                assert "Ajastettu kirjoitus" not in html_of(client, path), path
        assert scheduled.get_absolute_url() not in client.get("/sitemap.xml").content.decode()
        assert client.get(scheduled.get_absolute_url()).status_code == 404

    with frozen(at):
        for path in pages:
            assert "Ajastettu kirjoitus" in html_of(client, path), path
        assert [entry.title for entry in articles_in_feed(client).entries] == [
            "Ajastettu kirjoitus",
            "Vanha kirjoitus",
        ]
        assert scheduled.get_absolute_url() in client.get("/sitemap.xml").content.decode()
        assert client.get(scheduled.get_absolute_url()).status_code == 200
        # Cached again, now with the article.
        with django_assert_num_queries(0):
            assert "Ajastettu kirjoitus" in html_of(client, "/artikkelit/")


def test_a_scheduled_article_appears_on_early_answers_too(client):
    """EarlyHitMiddleware keeps the list only until the next publication time."""
    now = timezone.now()
    at = now + timedelta(hours=1)
    make_article(title="Ajastettu kirjoitus", published_at=at)
    visitor = Client(HTTP_ACCEPT_ENCODING="identity")

    with frozen(at - timedelta(seconds=1)):
        for _ in range(3):
            assert "Ajastettu kirjoitus" not in visitor.get("/artikkelit/").content.decode()
    with frozen(at + timedelta(seconds=1)):
        assert "Ajastettu kirjoitus" in visitor.get("/artikkelit/").content.decode()


@pytest.mark.parametrize("kind", ["list", "detail", "feed"])
def test_article_pages_need_at_most_four_queries_of_their_own_cold_and_none_warm(
    client, kind, django_assert_max_num_queries
):
    author = Supervisor.objects.create(name="Kirjoittaja Esimerkki", slug="kirjoittaja")
    form = SupervisionForm.objects.get(slug="ryhmatyonohjaus")
    for _ in range(12):
        make_article(author=author).forms.add(form)
    article = Article.objects.first()
    path = {
        "list": "/artikkelit/?sivu=2",
        "detail": article.get_absolute_url(),
        "feed": "/artikkelit/atom.xml",
    }[kind]
    assert_own_queries_cold_and_none_warm(client, path, django_assert_max_num_queries)


def test_the_home_page_shows_the_newest_articles_only_when_there_are_some(client):
    assert "Uusimmat artikkelit" not in html_of(client, "/")

    for number in range(4):
        make_article(title=f"Kotisivun kirjoitus {number}")
    cache.clear()
    html = html_of(client, "/")

    assert "Uusimmat artikkelit" in html
    assert html.count('class="article-card"') == 3
    assert "Kotisivun kirjoitus 3" not in html  # the oldest of four


def test_a_form_page_shows_its_newest_related_article(client):
    form = SupervisionForm.objects.get(slug="yhteisotyonohjaus")
    assert "Lukekaa aiheesta lisää" not in html_of(client, form.get_absolute_url())

    make_article(title="Vanhempi yhteisöstä", published_at=timezone.now() - timedelta(days=5))
    Article.objects.get(title="Vanhempi yhteisöstä").forms.add(form)
    newest = make_article(title="Uusin yhteisöstä", published_at=timezone.now() - timedelta(days=1))
    newest.forms.add(form)
    make_article(title="Muu kirjoitus", published_at=timezone.now())
    html = html_of(client, form.get_absolute_url())

    assert "Lukekaa aiheesta lisää" in html
    assert "Uusin yhteisöstä" in html
    assert "Vanhempi yhteisöstä" not in html
    assert "Muu kirjoitus" not in html


def test_an_article_with_a_sharing_image_gives_it_to_open_graph(client):
    from images.models import Image
    from images.validation import clean_image
    from tests.support import image_files

    image = Image(title="Jakokuva", alt_text="Kaksi tuolia vastakkain")
    image.file = clean_image(image_files.upload(image_files.jpeg(size=(1200, 630))))
    image.save()
    article = make_article(image=image)

    head = html_of(client, article.get_absolute_url()).split("</head>")[0]

    assert re.search(r'<meta property="og:image" content="https?://[^"]+/kuvat/[^"]+"', head)
    assert '<meta property="og:image:alt" content="Kaksi tuolia vastakkain">' in head
    assert "og-image.png" not in head


def test_staff_open_the_article_list_and_change_form_in_the_admin(client):
    article = make_article()
    log_in_verified(client, make_content_editor())

    listing = client.get("/hallinta/articles/article/")
    change = client.get(f"/hallinta/articles/article/{article.pk}/change/")
    add = client.get("/hallinta/articles/article/add/")

    assert listing.status_code == 200
    assert article.title in listing.content.decode()
    assert change.status_code == 200
    html = change.content.decode()
    assert 'lang="fi"' in html
    assert "Julkaisuaika" in html
    assert add.status_code == 200


def test_a_superuser_sees_the_example_warning(client):
    article = make_article(is_example=True)
    log_in_verified(client, User.objects.create_superuser("paa", "p@example.com", "x" * 12))

    html = client.get(f"/hallinta/articles/article/{article.pk}/change/").content.decode()

    assert "Esimerkkiartikkeli – ei oikeaa sisältöä." in html
