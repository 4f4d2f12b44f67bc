"""The questions and answers as schema.org structured data (JSON-LD)."""

from django.utils.html import strip_tags
from django.utils.translation import get_language

from core.structured_data import CONTEXT, absolute


def faq_page(questions):
    """The questions and answers as an FAQPage."""
    return {
        "@context": CONTEXT,
        "@type": "FAQPage",
        "inLanguage": get_language(),
        "mainEntity": [
            {
                "@type": "Question",
                "name": question.question,
                "url": absolute(question.get_absolute_url()),
                "acceptedAnswer": {
                    "@type": "Answer",
                    "text": strip_tags(question.answer_html).strip(),
                },
            }
            for question in questions
        ],
    }
