"""
Each answer's Markdown is rendered once, not on every cold render of the FAQ: a page of a
hundred questions after an edit renders only the answer that changed.
"""

import markdown as markdown_library
import pytest
from django.core.cache import cache
from django.test import Client

from faq.models import Category, Question
from images.models import Image
from tests.support import image_files
from tests.support.factories import make_content_editor
from tests.support.image_files import post_image

pytestmark = pytest.mark.django_db

FAQ = "/usein-kysyttya/"
QUESTIONS = 100


@pytest.fixture
def converted(monkeypatch):
    """The texts the Markdown library converts, as it converts them."""
    texts = []
    real_convert = markdown_library.Markdown.convert

    def convert(self, source):
        texts.append(source)
        return real_convert(self, source)

    monkeypatch.setattr(markdown_library.Markdown, "convert", convert)
    return texts


@pytest.fixture
def hundred_questions():
    category = Category.objects.create(name="Lisää kysymyksiä", order=99)
    Question.objects.bulk_create(
        Question(
            category=category,
            question=f"Kysymys numero {number}?",
            answer=f"Vastaus **{number}**: työnohjaus [tukee](https://example.com/) työtä.",
            order=number,
        )
        for number in range(QUESTIONS)
    )
    return Question.objects.filter(category=category)


def test_a_cold_page_after_an_edit_renders_only_the_changed_answer(
    client, hundred_questions, converted
):
    client.get(FAQ)
    answers = set(Question.objects.values_list("answer", flat=True))
    assert answers <= set(converted)

    edited = hundred_questions.get(order=7)
    edited.answer = "Uusi vastaus, *muokattu*."
    edited.save()  # a new content version: the page is rendered again
    converted.clear()
    html = client.get(FAQ).text

    assert "Uusi vastaus, <em>muokattu</em>." in html
    assert "Vastaus <strong>8</strong>" in html
    assert [text for text in converted if text.startswith(("Vastaus", "Uusi"))] == [
        "Uusi vastaus, *muokattu*."
    ]


def test_a_hundred_questions_cost_a_handful_of_queries_cold_and_one_warm(
    client, hundred_questions, django_assert_max_num_queries
):
    cache.clear()
    with django_assert_max_num_queries(6):
        cold = client.get(FAQ)
    with django_assert_max_num_queries(1):
        warm = client.get(FAQ)

    assert cold.content == warm.content
    assert "Kysymys numero 99?" in warm.text


def test_an_answer_with_an_image_follows_the_image_library(
    client, settings, tmp_path, django_capture_on_commit_callbacks
):
    settings.MEDIA_ROOT = tmp_path / "media"
    editor = Client()
    editor.force_login(make_content_editor())
    post_image(editor, image_files.jpeg(), capture=django_capture_on_commit_callbacks)
    image = Image.objects.get()
    Question.objects.create(
        category=Category.objects.first(),
        question="Miltä työnohjaus näyttää?",
        answer=f"Tältä:\n\n{image.markdown_syntax}\n",
    )
    assert "<picture" in client.get(FAQ).text

    image.delete()

    assert "<picture" not in client.get(FAQ).text
