"""Pages kept in the content cache carry their rendered Markdown: a warm request renders none."""

import pytest

from services import markdown
from services.models import Page

pytestmark = pytest.mark.django_db


@pytest.fixture
def markdown_calls(monkeypatch):
    """Count the calls to the Markdown renderer, which still renders as before."""
    calls = []
    real_render = markdown.render

    def counting_render(text):
        calls.append(text)
        return real_render(text)

    monkeypatch.setattr(markdown, "render", counting_render)
    return calls


def test_a_warm_request_does_not_render_the_markdown_again(client, markdown_calls):
    cold = client.get("/ota-yhteytta/kiitos/")
    rendered_cold = len(markdown_calls)

    warm = client.get("/ota-yhteytta/kiitos/")

    assert rendered_cold >= 1
    assert len(markdown_calls) == rendered_cold
    assert warm.status_code == 200
    assert '<div class="prose">' in warm.text
    assert warm.text.split('<div class="prose">')[1] == cold.text.split('<div class="prose">')[1]


def test_an_edit_of_the_text_renders_it_afresh(client, markdown_calls):
    client.get("/ota-yhteytta/kiitos/")
    page = Page.objects.get(slug="kiitos")
    page.body = "Vastaamme **pian**."
    page.save()

    assert "Vastaamme <strong>pian</strong>." in client.get("/ota-yhteytta/kiitos/").text
