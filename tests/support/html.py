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


class FormFields(HTMLParser):
    """
    What a browser would send with the form of ``form_id`` as it stands: ``{name: [values]}``
    (ticked boxes only, each select's chosen option or its first, no buttons).
    """

    def __init__(self, html, form_id):
        super().__init__()
        self.form_id = form_id
        self.fields = {}
        self._inside = False
        self._select = self._textarea = None
        self._options = []
        self.feed(html)

    def _add(self, name, value):
        self.fields.setdefault(name, []).append(value)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self._inside = attrs.get("id") == self.form_id
        if not self._inside:
            return
        name = attrs.get("name")
        kind = attrs.get("type", "text")
        if tag == "input" and name and kind not in ("submit", "button", "reset", "file"):
            if kind not in ("checkbox", "radio") or "checked" in attrs:
                self._add(name, attrs.get("value", "on" if kind in ("checkbox", "radio") else ""))
        elif tag == "select" and name:
            self._select, self._options = name, []
        elif tag == "option" and self._select:
            self._options.append((attrs.get("value", ""), "selected" in attrs))
        elif tag == "textarea" and name:
            self._textarea = name
            self._add(name, "")

    def handle_data(self, data):
        if self._textarea:
            self.fields[self._textarea][-1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self._inside = False
        elif tag == "textarea" and self._textarea:
            # A browser drops the newline that starts a textarea's text.
            value = self.fields[self._textarea][-1]
            self.fields[self._textarea][-1] = value.removeprefix("\n")
            self._textarea = None
        elif tag == "select" and self._select:
            chosen = [value for value, selected in self._options if selected]
            if chosen or self._options:
                self._add(self._select, (chosen or [self._options[0][0]])[0])
            self._select = None
