"""Body text is Markdown, rendered and sanitised: staff-written HTML never reaches a page."""

import pytest

from services.markdown import render
from tests.support.factories import make_form, make_page

HOSTILE = (
    "Hyvää tekstiä.\n\n<script>alert('x')</script>\n\n"
    '<img src="x" onerror="alert(1)">\n\n[klikkaa](javascript:alert(1))'
)


def test_it_renders_headings_lists_and_links():
    html, headings = render("## Otsikko\n\n- yksi\n- kaksi\n\n[Ota yhteyttä](/ota-yhteytta/)")

    assert '<h2 id="osio-otsikko">Otsikko</h2>' in html
    assert "<li>yksi</li>" in html
    assert 'href="/ota-yhteytta/"' in html
    assert headings == [{"id": "osio-otsikko", "name": "Otsikko"}]


def test_a_text_is_converted_once_and_each_rendering_gets_its_own_headings(monkeypatch):
    import markdown

    converted = []
    convert = markdown.Markdown.convert
    monkeypatch.setattr(
        markdown.Markdown,
        "convert",
        lambda self, text: converted.append(text) or convert(self, text),
    )
    text = "## Kerran muunnettu otsikko\n\nTeksti, jonka työntekijä kirjoitti."

    first_html, first_headings = render(text)
    first_headings[0]["name"] = "Muutettu sivulla"
    second_html, second_headings = render(text)

    assert converted == [text]
    assert second_html == first_html
    assert second_headings == [
        {"id": "osio-kerran-muunnettu-otsikko", "name": "Kerran muunnettu otsikko"}
    ]


def test_it_removes_scripts_event_handlers_and_javascript_links():
    html, _ = render(HOSTILE)

    assert "Hyvää tekstiä." in html
    assert "<script" not in html
    assert "alert" not in html.replace("klikkaa", "")
    assert "onerror" not in html
    assert "javascript:" not in html


@pytest.mark.django_db
def test_script_in_a_form_body_never_reaches_its_page(client):
    make_form(body=HOSTILE)

    html = client.get("/palvelut/testiohjaus/").content.decode()

    assert "Hyvää tekstiä." in html
    assert "<script>alert" not in html
    assert "onerror" not in html
    assert "javascript:" not in html


@pytest.mark.django_db
def test_html_in_plain_text_fields_is_escaped(client):
    make_page(title="<b>Otsikko</b>", lead="<script>alert(1)</script>")

    html = client.get("/testisivu/").content.decode()

    assert "&lt;b&gt;Otsikko&lt;/b&gt;" in html
    assert "<script>alert(1)</script>" not in html


@pytest.mark.django_db
def test_slides_are_split_at_second_level_headings():
    page = make_page(
        layout="slides",
        body="Johdanto.\r\n\r\n## Ensimmäinen\r\n\r\nA\r\n\r\n## Toinen ##\r\n\r\nB",
    )

    titles = [slide["title"] for slide in page.slides]

    assert titles == ["Testisivu", "Ensimmäinen", "Toinen"]
    assert "<p>B</p>" in page.slides[2]["html"]
