"""Raw HTML in a staff-written body is removed tag by tag: it never hides the text after it."""

import pytest

from services.markdown import render

AFTER = "\n\n## Seuraava osio\n\nLopputeksti *korostettuna*."


@pytest.mark.parametrize(
    "tag",
    ["style", "math", "script", "svg", "template", "textarea", "title", "noscript", "iframe",
     "xmp", "noembed", "plaintext", "select", "object", "div"],
)  # fmt: skip
def test_an_unclosed_raw_tag_does_not_swallow_the_rest_of_the_body(tag):
    html, headings = render(f"Alku.\n\n<{tag}>{AFTER}")

    assert "<p>Alku.</p>" in html
    assert '<h2 id="osio-seuraava-osio">Seuraava osio</h2>' in html
    assert "<p>Lopputeksti <em>korostettuna</em>.</p>" in html
    assert headings == [{"id": "osio-seuraava-osio", "name": "Seuraava osio"}]
    assert f"<{tag}" not in html


@pytest.mark.parametrize("tag", ["math", "svg", "textarea", "title", "noscript", "template"])
def test_the_text_inside_a_removed_element_stays(tag):
    html, _ = render(f"Kaava: <{tag}>a + b</{tag}> on summa.{AFTER}")

    assert "Kaava: a + b on summa." in html
    assert "Lopputeksti" in html


def test_a_closed_style_element_goes_whole_and_the_rest_stays():
    html, _ = render(f"Alku.\n\n<style>p {{ color: red }}</style>{AFTER}")

    assert "color" not in html
    assert "Lopputeksti" in html


def test_raw_html_in_code_is_shown_as_code():
    html, _ = render("Merkintä `<style>` näkyy tekstinä.")

    assert "<code>&lt;style&gt;</code>" in html


def test_an_editors_own_heading_id_is_dropped():
    html, _ = render('<h2 id="alkuun">Oma otsikko</h2>\n\nTeksti.\n\n## Osio\n\nLisää.')

    assert 'id="alkuun"' not in html
    assert "<h2>Oma otsikko</h2>" in html
    assert '<h2 id="osio-osio">Osio</h2>' in html


def test_an_id_the_renderer_would_generate_is_kept():
    html, _ = render('<h3 id="osio-tausta">Tausta</h3>')

    assert '<h3 id="osio-tausta">Tausta</h3>' in html


@pytest.mark.django_db
def test_the_page_keeps_a_single_alkuun_anchor(client):
    from tests.support.factories import make_page

    make_page(body='<h2 id="alkuun">Kaappaus</h2>\n\nTeksti.')

    html = client.get("/testisivu/").content.decode()

    assert html.count('id="alkuun"') == 1
