from django.db import models
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from services import markdown
from services.models import MARKDOWN_HELP, Publishable, SupervisionForm


class Category(models.Model):
    """A heading that groups questions on the FAQ page."""

    name = models.CharField(_("name"), max_length=100)
    order = models.PositiveIntegerField(_("order"), default=0, db_index=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("question category")
        verbose_name_plural = _("question categories")

    def __str__(self):
        return self.name


class Question(Publishable):
    """A frequently asked question and its answer."""

    category = models.ForeignKey(
        Category,
        verbose_name=_("category"),
        on_delete=models.PROTECT,
        related_name="questions",
    )
    question = models.CharField(_("question"), max_length=300)
    answer = models.TextField(_("answer"), help_text=MARKDOWN_HELP)
    forms = models.ManyToManyField(
        SupervisionForm,
        verbose_name=_("forms of supervision"),
        blank=True,
        related_name="questions",
        help_text=_("The question is also shown on the pages of these forms."),
    )
    order = models.PositiveIntegerField(_("order"), default=0, db_index=True)

    class Meta:
        ordering = ["category__order", "category__pk", "order", "pk"]
        verbose_name = _("question")
        verbose_name_plural = _("frequently asked questions")

    def __str__(self):
        return self.question

    @property
    def anchor(self):
        return f"kysymys-{self.pk}"

    def get_absolute_url(self):
        return reverse("faq:questions") + "#" + self.anchor

    @cached_property
    def answer_html(self):
        return markdown.rendered_html([self.answer])[0]

    @classmethod
    def with_answers_rendered(cls, questions):
        """``questions`` with their answers' HTML, all fetched from the cache at once."""
        for question, html in zip(
            questions, markdown.rendered_html([q.answer for q in questions]), strict=True
        ):
            question.answer_html = html
        return questions
