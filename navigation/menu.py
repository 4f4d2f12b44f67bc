"""The main menu as plain data: read in one query, kept until a menu entry or its target changes."""

from dataclasses import dataclass, field

from django.db.models import Q

from core.parts import cached_part
from services.models import Page, SupervisionForm

from .models import MenuItem


@dataclass
class Entry:
    label: str
    url: str
    # The first link of a group's submenu: the group's own page, by its own title.
    own_title: str = ""
    children: list = field(default_factory=list)

    def state(self, path):
        """'page' when ``path`` is this entry's address, 'section' when it lies beneath it."""
        if path == self.url:
            return "page"
        if self.url != "/" and path.startswith(self.url):
            return "section"
        if any(child.state(path) for child in self.children):
            return "section"
        return ""


def build():
    """The published entries whose targets are published, as top-level entries with children."""
    items = (
        MenuItem.objects.published()
        .filter(Q(parent__isnull=True) | Q(parent__published=True))
        .exclude(page__published=False)
        .exclude(form__published=False)
        .select_related("page", "form")
    )
    entries, children = {}, []
    for item in items:
        url = item.url
        if url is None:  # an app page this release does not have
            continue
        entry = Entry(label=str(item.title), url=url, own_title=str(item.target_title))
        if item.parent_id:
            children.append((item.parent_id, entry))
        else:
            entries[item.pk] = entry
    for parent_id, entry in children:
        if parent_id in entries:
            entries[parent_id].children.append(entry)
    return list(entries.values())


def header_state(request, menu):
    """
    What the site header marks as current for ``request`` (``menu`` is the main menu), in a
    few characters: the state of each entry, the path when a link of the header points to
    it, and whether this is the contact page. Two requests with the same state get the same
    header (its cache key).
    """
    if request is None:  # an error page rendered without one
        return "-"
    path = request.path
    links = {"/"} | {entry.url for entry in menu}
    links |= {child.url for entry in menu for child in entry.children}
    states = "".join((entry.state(path) or "-")[0] for entry in menu)
    match = request.resolver_match
    contact = match is not None and match.view_name == "contact:form"
    return f"{states}|{path if path in links else ''}|{int(contact)}"


def main_menu():
    return cached_part("main-menu", (MenuItem, Page, SupervisionForm), build)
