import re
from math import ceil

from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core import page_cache
from core.examples import EXAMPLE_HELP
from images.models import Image
from services import markdown
from services.models import (
    MARKDOWN_HELP,
    Publishable,
    PublishedQuerySet,
    SupervisionForm,
    TranslatedAddress,
)

# The address of the list, a page whose title, lead and description staff edit.
LIST_SLUG = "artikkelit"
# Words a reader reads in a minute: Finnish words are long, so a calm pace.
WORDS_PER_MINUTE = 180
WORD = re.compile(r"\w+")
# How many scheduled articles ``newest`` reads past in its one query.
SCHEDULED_LOOKAHEAD = 10


class ArticleQuerySet(PublishedQuerySet):
    def published(self, now=None):
        """The articles the public may see: published, and their time has come."""
        return self.filter(published=True, published_at__lte=now or timezone.now())

    def newest(self, count, *, related=(), prefetch=()):
        """
        The newest ``count`` of these articles the public may see, and the page being
        rendered told when a scheduled one among them turns visible (core.page_cache).
        """
        now = timezone.now()
        ordered = (
            self.filter(published=True)
            .select_related(*related)
            .prefetch_related(*prefetch)
            .order_by("-published_at", "-pk")
        )
        # Scheduled articles come first in this order: one query reads them and the newest
        # visible ones, unless more are scheduled than it looks past.
        limit = count + SCHEDULED_LOOKAHEAD
        rows = list(ordered[:limit])
        visible = [article for article in rows if article.published_at <= now][:count]
        if len(rows) == limit and len(visible) < count:
            visible = list(ordered.filter(published_at__lte=now)[:count])
        if len(rows) == limit and not any(article.published_at <= now for article in rows):
            soonest = self.scheduled(now).values_list("published_at", flat=True).first()
        else:
            soonest = min((a.published_at for a in rows if a.published_at > now), default=None)
        page_cache.changes_at(soonest)
        return visible

    def scheduled(self, now=None):
        """Published articles whose time is still to come, the soonest first."""
        return self.filter(published=True, published_at__gt=now or timezone.now()).order_by(
            "published_at"
        )


class Article(TranslatedAddress, Publishable):
    """A piece of writing: a title, a lead and a Markdown body, published at its time."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("address"),
        max_length=100,
        unique=True,
        help_text=_(
            "The article's address, e.g. miksi-tyonohjaus for /artikkelit/miksi-tyonohjaus/."
        ),
    )
    lead = models.TextField(
        _("lead"),
        max_length=600,
        help_text=_("A short introduction shown under the title, in the list and in the feed."),
    )
    body = models.TextField(_("body"), help_text=MARKDOWN_HELP)
    author = models.ForeignKey(
        # By name: the content apps import nothing of each other (pyproject.toml's layers).
        "supervisors.Supervisor",
        verbose_name=_("author"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="articles",
    )
    published_at = models.DateTimeField(
        _("publication time"),
        default=timezone.now,
        db_index=True,
        help_text=_(
            "A time in the future schedules the article: it stays hidden until then and "
            "appears by itself."
        ),
    )
    updated_on = models.DateField(
        _("updated"),
        null=True,
        blank=True,
        help_text=_("The day the text was last revised in substance; shown beside the date."),
    )
    forms = models.ManyToManyField(
        SupervisionForm,
        verbose_name=_("forms of supervision"),
        blank=True,
        related_name="articles",
        help_text=_("The newest article is shown on the pages of these forms."),
    )
    image = models.ForeignKey(
        Image,
        verbose_name=_("image for sharing"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_(
            "Shown when the article is shared on social media (Open Graph). Empty: the "
            "site's own image."
        ),
    )
    is_example = models.BooleanField(_("example content"), default=False, help_text=EXAMPLE_HELP)

    objects = ArticleQuerySet.as_manager()

    class Meta(TranslatedAddress.Meta):
        ordering = ["-published_at", "-pk"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("articles:detail", args=[self.address_slug()])

    @property
    def is_scheduled(self):
        return self.published_at > timezone.now()

    @cached_property
    def rendered_body(self):
        return markdown.render(self.body)

    @property
    def body_html(self):
        return self.rendered_body[0]

    @property
    def word_count(self):
        text = " ".join([self.title, self.lead, strip_tags(self.body_html)])
        return len(WORD.findall(text))

    @property
    def reading_minutes(self):
        return max(1, ceil(self.word_count / WORDS_PER_MINUTE))

    @property
    def reading_time(self):
        """ "4 min lukuaika" in the reader's language."""
        return gettext("%(minutes)s min read") % {"minutes": self.reading_minutes}
