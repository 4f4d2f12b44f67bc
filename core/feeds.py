"""
The base of the site's Atom feeds (django.contrib.syndication): every address in a feed is
the site's canonical one (SITE_URL), never the host a request happened to name, and a feed
speaks the language of its address (/sv/…, /en/…).
"""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language

from .structured_data import absolute


class SiteFeed(Feed):
    """
    An Atom feed of the site. A subclass gives ``list_path()`` (the page the feed follows,
    in the request's language), ``title``, ``subtitle`` and ``items``; an item's link is its
    ``get_absolute_url()`` on the site's canonical address.
    """

    feed_type = Atom1Feed

    def get_object(self, request, *args, **kwargs):
        # The request's own address is the feed's: kept for ``feed_url``.
        return request.path

    def list_path(self):
        raise NotImplementedError

    def link(self):
        return absolute(self.list_path())

    def feed_url(self, path):
        return absolute(path)

    def feed_guid(self, path):
        return absolute(path)

    @property
    def language(self):
        return get_language()

    def item_link(self, item):
        return absolute(item.get_absolute_url())
