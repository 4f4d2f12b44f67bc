"""
An attached map's text (``summary.summarise`` / ``summarise_team``) read back as a small table.

The text is what an enquiry or a booking stores and what the plain-text email carries. Where
HTML can be shown (the form page, the staff email, the admin) it becomes a table of dimension,
score and answers, with the map's long address behind a short link instead of on view.
"""

import re
from dataclasses import dataclass, field

ROW = re.compile(r"^- (?P<name>[^:()]+): (?P<score>.+?)(?: \((?P<answers>[^()]*)\))?$")
LABELLED_URL = re.compile(r"^(?P<label>.*?):\s*(?P<url>https?://\S+)$")


@dataclass
class Block:
    kind: str  # "title", "text", "table" or "list"
    text: str = ""
    url: str = ""
    rows: list = field(default_factory=list)


def read(summary):
    """The blocks of ``summary``: its title (and link), figures, notes and statement lists."""
    blocks = []
    in_list = False
    for line in summary.splitlines():
        if not line.strip():
            in_list = False
            continue
        if line.startswith("- "):
            kind = "list" if in_list else "table"
            row = ROW.match(line) if kind == "table" else None
            if kind == "table" and row is None:
                kind = "list"
            if not blocks or blocks[-1].kind != kind:
                blocks.append(Block(kind))
            blocks[-1].rows.append(row.groupdict(default="") if row else line[2:])
            continue
        labelled = LABELLED_URL.match(line)
        if labelled:
            blocks.append(Block("title", labelled["label"], labelled["url"]))
        else:
            blocks.append(Block("text", line))
        in_list = line.endswith(":")
    return blocks


def as_html(summary):
    """``summary`` as the small table the form page, the staff email and the admin show."""
    from django.template.loader import render_to_string

    return render_to_string("community_map/attached_map.html", {"blocks": read(summary)})
