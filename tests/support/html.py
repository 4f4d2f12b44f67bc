"""A small reader of rendered HTML for assertions about the structure of a page."""

from html.parser import HTMLParser


class PageOutline(HTMLParser):
    """Collect the parts of a page the tests check: language, title, headings, meta, links."""

    def __init__(self, html):
        super().__init__()
        self.lang = None
        self.title = ""
        self.h1_count = 0
        self.meta = {}
        self.links = []
        self._in_title = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        elif tag == "title":
            self._in_title = True
        elif tag == "h1":
            self.h1_count += 1
        elif tag == "meta" and "name" in attrs:
            self.meta[attrs["name"]] = attrs.get("content", "")
        elif tag == "a" and "href" in attrs:
            self.links.append(attrs["href"])

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data
