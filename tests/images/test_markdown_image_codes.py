"""
``![[kuva:N]]`` is an image only in the text of a Markdown body: inside an attribute (a link's
title) or in code it stays as written, and the markup around it is untouched.
"""

import pytest
from django.test import Client

from images.models import Image
from services.markdown import render
from tests.support import image_files
from tests.support.factories import make_content_editor
from tests.support.image_files import post_image

pytestmark = pytest.mark.django_db


@pytest.fixture
def image(settings, tmp_path, django_capture_on_commit_callbacks):
    settings.MEDIA_ROOT = tmp_path / "media"
    editor_client = Client()
    editor_client.force_login(make_content_editor())
    post_image(editor_client, image_files.jpeg(), capture=django_capture_on_commit_callbacks)
    return Image.objects.get()


def test_a_code_in_a_link_title_stays_text_and_the_link_keeps_its_attributes(image):
    code = image.markdown_syntax

    html, _headings = render(f'Lue [ohje](https://example.com/ "{code}") ja {code} tässä.')

    link = f'<a href="https://example.com/" title="{code}" rel="noopener">ohje</a>'
    assert html.startswith(f"<p>Lue {link} ja <picture")
    assert html.count("<picture") == 1
    assert html.endswith(" tässä.</p>")


def test_a_code_alone_in_its_paragraph_is_still_a_figure(image):
    html, _headings = render(f"Johdanto.\n\n{image.markdown_syntax}\n\nLoppu.")

    assert html.count('<figure class="figure">') == 1
    assert "kuva:" not in html


def test_a_code_in_code_is_shown_as_written(image):
    code = image.markdown_syntax

    html, _headings = render(f"Kirjoita `{code}` omalle rivilleen.\n\n    {code}\n")

    assert f"<code>{code}</code>" in html
    assert f"<pre><code>{code}\n</code></pre>" in html
    assert "<picture" not in html


def test_a_code_in_a_title_cannot_open_a_tag_in_the_page(image):
    code = image.markdown_syntax

    html, _headings = render(f'<a href="https://example.com/" title="<p>{code}</p>">a</a>')

    assert "<picture" not in html
    assert html.startswith('<p><a href="https://example.com/" title="')
    assert html.endswith(f'{code}&lt;/p&gt;" rel="noopener">a</a></p>')
