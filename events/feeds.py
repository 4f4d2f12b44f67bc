"""The Atom feed of coming events, in each language of the site."""

from django.urls import reverse
from django.utils.translation import gettext as _

from core import page_cache
from core.feeds import SiteFeed
from services.models import SiteDetails

from .models import Event


class ComingEvents(SiteFeed):
    def list_path(self):
        return reverse("events:list")

    def _site_name(self):
        return SiteDetails.current().name

    def title(self):
        return _("Coming training days and info sessions – %(site)s") % {"site": self._site_name()}

    def author_name(self):
        return self._site_name()

    def subtitle(self):
        return _("Training days, info sessions and webinars open for registration.")

    def items(self):
        events = list(Event.objects.listed().prefetch_related("sessions")[:50])
        for event in events:
            page_cache.changes_at(event.ends_at)
        return events

    def item_title(self, event):
        return event.title

    def item_description(self, event):
        return f"{', '.join(event.dates)}. {event.lead}"

    def item_pubdate(self, event):
        return event.updated_at

    def item_updateddate(self, event):
        return event.updated_at
