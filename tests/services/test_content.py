"""The public pages say each thing once, and every form page has content of its own."""

import re
from collections import defaultdict
from html.parser import HTMLParser

import pytest

from services.models import SupervisionForm
from tests.support.pages import ALL_PUBLIC_PAGES, FORM_SLUGS

pytestmark = pytest.mark.django_db

MIN_WORDS = 12
# The parts pages share on purpose (the site header and footer are outside <main>): navigation,
# footers, the contact invitation at the end of a page (on a form's page, its next steps), and
# the cards that link to a form.
SHARED_PARTS = {"footer", "nav"}
SHARED_CLASSES = {"cta", "next-steps", "card"}
PARAGRAPH_TAGS = {"p", "li", "dd", "blockquote"}
# The price list for private persons is the same page as the price list, VAT included.
PAGES = [url for url in ALL_PUBLIC_PAGES if url != "/hinnat/yksityishenkilo/"]


class Paragraphs(HTMLParser):
    """Collect the text of every paragraph in a page's main content, outside shared parts."""

    def __init__(self, html):
        super().__init__()
        self.paragraphs = []
        self._stack = []  # (tag, shared) for each open element
        self._in_main = 0
        self._text = None
        self._depth = 0
        self.feed(html)

    def _shared(self):
        return any(shared for _tag, shared in self._stack)

    def handle_starttag(self, tag, attrs):
        if tag in {"br", "img", "input", "meta", "link", "hr", "source", "wbr"}:
            return
        classes = set((dict(attrs).get("class") or "").split())
        self._stack.append((tag, tag in SHARED_PARTS or bool(classes & SHARED_CLASSES)))
        if tag == "main":
            self._in_main += 1
        if tag in PARAGRAPH_TAGS and self._text is None and self._in_main and not self._shared():
            self._text = []
            self._depth = len(self._stack)

    def handle_endtag(self, tag):
        while self._stack:
            open_tag, _shared = self._stack.pop()
            if self._text is not None and len(self._stack) < self._depth:
                self.paragraphs.append(" ".join("".join(self._text).split()))
                self._text = None
            if open_tag == "main":
                self._in_main -= 1
            if open_tag == tag:
                break

    def handle_data(self, data):
        if self._text is not None:
            self._text.append(data)


SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def words(text):
    return re.findall(r"\w[\w’'-]*", text)


def test_reader_collects_main_paragraphs_and_skips_shared_parts():
    html = (
        "<header><p>Otsikon teksti</p></header><main><p>Yksi <a href='/'>linkki</a>.</p>"
        "<ul><li>Kohta</li></ul><aside class='cta'><p>Kutsu</p></aside></main>"
        "<footer><p>Alatunniste</p></footer>"
    )

    assert Paragraphs(html).paragraphs == ["Yksi linkki.", "Kohta"]


def test_no_paragraph_or_sentence_of_twelve_words_appears_on_two_public_pages(client):
    pages_by_paragraph = defaultdict(set)
    for url in PAGES:
        response = client.get(url)
        assert response.status_code == 200, url
        for paragraph in Paragraphs(response.content.decode()).paragraphs:
            if len(words(paragraph)) >= MIN_WORDS:
                pages_by_paragraph[paragraph].add(url)
            # A long sentence repeated inside otherwise different paragraphs counts too.
            for sentence in SENTENCE_END.split(paragraph):
                if sentence != paragraph and len(words(sentence)) >= MIN_WORDS:
                    pages_by_paragraph[sentence].add(url)

    repeated = {text: sorted(urls) for text, urls in pages_by_paragraph.items() if len(urls) > 1}
    assert repeated == {}


@pytest.mark.parametrize("slug", FORM_SLUGS)
def test_each_form_page_has_its_own_facts_and_situations(client, slug):
    html = client.get(f"/palvelut/{slug}/").content.decode()
    form = SupervisionForm.objects.get(slug=slug)
    paragraphs = Paragraphs(html).paragraphs

    for label in ("Ketkä osallistuvat", "Istunnon kesto", "Kuinka usein"):
        assert f"<dt>{label}</dt>" in html
    assert "Esimerkkejä tilanteista" in html
    # The lead (the summary) is not repeated as the first paragraph of the text.
    assert paragraphs[0] == form.summary
    assert not paragraphs[1].startswith(form.summary.split(".")[0])


def test_not_found_page_offers_the_main_ways_on(client):
    response = client.get("/ei-ole-olemassa/")

    assert response.status_code == 404
    html = response.content.decode()
    for href in (
        "/palvelut/",
        "/tyonohjaajat/",
        "/hinnat/",
        "/usein-kysyttya/",
        "/tyoyhteisokartta/",
        "/ota-yhteytta/",
    ):
        assert f'href="{href}"' in html


def test_thank_you_page_says_what_happens_next(client):
    html = client.get("/ota-yhteytta/kiitos/").content.decode()

    assert "Mitä seuraavaksi tapahtuu" in html
    assert "kartoituskerrasta ja kirjallisesta työnohjaussopimuksesta" in html
    assert 'href="/nain-aloitamme/"' in html
