"""
The supplier sheet as an A4 PDF, laid out by ReportLab from ``supplier_sheet.SupplierSheet``.

ReportLab is pure Python (no system library to install) and draws with the PDF's own
standard fonts (Helvetica), so the file embeds no font, fetches nothing and stays small. Those
fonts hold the Windows-1252 characters (Finnish, Swedish and English, €, dashes and quotes);
any other letter is written without its accent rather than as a missing glyph. The output is
the same bytes for the same data (ReportLab's invariant mode), so it caches and compares well.
"""

import io
import unicodedata
from html import escape
from html.parser import HTMLParser

from django.utils.translation import get_language, pgettext
from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from core import local_formats
from core.structured_data import absolute

ACCENT = colors.HexColor("#17605a")
MUTED = colors.HexColor("#4b5b5c")
RULE = colors.HexColor("#d9d1c3")
MARGIN = 18 * mm
LABEL_WIDTH = 48 * mm

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=12.5, alignment=TA_LEFT)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.5, leading=11, textColor=MUTED)
LABEL = ParagraphStyle("label", parent=BODY, fontName="Helvetica-Bold")
NUMBER = ParagraphStyle("number", parent=BODY, alignment=TA_RIGHT)
NUMBER_LABEL = ParagraphStyle("number_label", parent=LABEL, alignment=TA_RIGHT)
TITLE = ParagraphStyle(
    "title", parent=BODY, fontName="Helvetica-Bold", fontSize=18, leading=22, textColor=ACCENT
)
HEADING = ParagraphStyle(
    "heading",
    parent=BODY,
    fontName="Helvetica-Bold",
    fontSize=12.5,
    leading=16,
    textColor=ACCENT,
    spaceBefore=9,
    spaceAfter=4,
)
SUBHEADING = ParagraphStyle(
    "subheading", parent=BODY, fontName="Helvetica-Bold", fontSize=10.5, leading=14, spaceBefore=6
)

TABLE_STYLE = TableStyle(
    [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
)


def plain(text):
    """``text`` in the standard fonts' characters: a letter they lack loses its accent."""
    characters = []
    for character in str(text):
        try:
            character.encode("cp1252")
        except UnicodeEncodeError:
            base = unicodedata.normalize("NFKD", character).encode("cp1252", "ignore")
            character = base.decode("cp1252") or "?"
        characters.append(character)
    return "".join(characters)


def markup(text):
    """Text for a Paragraph: in the fonts' characters and escaped for its mini-markup."""
    return escape(plain(text), quote=False)


def _href(url):
    return absolute(url) if url.startswith("/") else url


def link(text, url):
    return f'<a href="{escape(_href(url))}" color="#17605a">{markup(text)}</a>'


def _value(value):
    text = link(value.text, value.url) if value.url and not value.url_label else markup(value.text)
    if value.url and value.url_label:
        text += f" ({link(value.url_label, value.url)})"
    return text


def _fact_rows(facts):
    return [
        [
            Paragraph(markup(fact.label), LABEL),
            Paragraph("<br/>".join(_value(value) for value in fact.values), BODY),
        ]
        for fact in facts
    ]


def facts_table(facts, width):
    table = Table(_fact_rows(facts), colWidths=[LABEL_WIDTH, width - LABEL_WIDTH], hAlign="LEFT")
    table.setStyle(TABLE_STYLE)
    return table


class _HtmlFlowables(HTMLParser):
    """Paragraphs and lists of the sanitised HTML of a Markdown text (a term's body)."""

    BLOCKS = {"p", "li", "h2", "h3", "h4", "blockquote"}
    INLINE = {"strong": "b", "b": "b", "em": "i", "i": "i"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.flowables, self._items, self._text, self._block = [], None, [], None
        self._open_link = False

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCKS:
            self._flush()
            self._block = tag
        elif tag in ("ul", "ol"):
            self._flush()
            self._items = []
        elif tag in self.INLINE:
            self._text.append(f"<{self.INLINE[tag]}>")
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            self._text.append(f'<a href="{escape(_href(href))}" color="#17605a">' if href else "")
            self._open_link = bool(href)
        elif tag == "br":
            self._text.append("<br/>")

    def handle_endtag(self, tag):
        if tag in self.BLOCKS:
            self._flush()
        elif tag in ("ul", "ol") and self._items is not None:
            self._flush()
            if self._items:
                self.flowables.append(
                    ListFlowable(
                        [ListItem(item, leftIndent=10) for item in self._items],
                        bulletType="bullet",
                        start="•",
                        leftIndent=10,
                        bulletFontSize=8,
                    )
                )
            self._items = None
        elif tag in self.INLINE:
            self._text.append(f"</{self.INLINE[tag]}>")
        elif tag == "a" and self._open_link:
            self._text.append("</a>")
            self._open_link = False

    def handle_data(self, data):
        self._text.append(markup(data))

    def _flush(self):
        text = "".join(self._text).strip()
        self._text = []
        block, self._block = self._block, None
        if not text:
            return
        style = SUBHEADING if block in ("h2", "h3", "h4") else BODY
        paragraph = Paragraph(text, style)
        if self._items is not None:
            self._items.append(paragraph)
        else:
            self.flowables.append(paragraph)
            self.flowables.append(Spacer(0, 3))

    def close(self):
        super().close()
        self._flush()


def html_flowables(html):
    parser = _HtmlFlowables()
    parser.feed(str(html))
    parser.close()
    return parser.flowables


def _story(sheet, width, sheet_url):
    story = [
        Paragraph(markup(_("Supplier details")), TITLE),
        Paragraph(markup(sheet.company_name), SUBHEADING),
    ]
    about = []
    if sheet.updated:
        about.append(
            markup(_("Last changed %(date)s") % {"date": local_formats.date(sheet.updated)})
        )
    about.append(_("The current details: %(link)s") % {"link": link(sheet_url, sheet_url)})
    story += [Paragraph(" · ".join(about), SMALL), Spacer(0, 4)]

    story += [Paragraph(markup(_("Company")), HEADING), facts_table(sheet.company, width)]

    if sheet.lots:
        rows = [
            [
                Paragraph(link(lot.name, lot.url), LABEL),
                Paragraph(markup(", ".join(lot.supervisors)), BODY),
            ]
            for lot in sheet.lots
        ]
        table = Table(rows, colWidths=[LABEL_WIDTH, width - LABEL_WIDTH], hAlign="LEFT")
        table.setStyle(TABLE_STYLE)
        story += [Paragraph(markup(_("Lots and supervisors")), HEADING), table]

    if sheet.supervisors:
        story.append(Paragraph(markup(_("Supervisors")), HEADING))
        for supervisor in sheet.supervisors:
            story.append(
                KeepTogether(
                    [
                        Paragraph(link(supervisor.name, supervisor.url), SUBHEADING),
                        Paragraph(markup(supervisor.role), SMALL),
                        Spacer(0, 2),
                        facts_table(supervisor.facts, width),
                    ]
                )
            )

    if sheet.prices:
        header = [
            Paragraph(markup(_("Service")), LABEL),
            Paragraph(markup(_("Unit")), LABEL),
            Paragraph(markup(_("Price excl. VAT")), NUMBER_LABEL),
            Paragraph(markup(pgettext("column", "VAT")), NUMBER_LABEL),
        ]
        rows = [header]
        for line in sheet.prices:
            service = markup(line.what) + "".join(
                f'<br/><font size="8.5" color="#4b5b5c">{markup(n)}</font>' for n in line.notes
            )
            rows.append(
                [
                    Paragraph(service, BODY),
                    Paragraph(markup(line.unit), BODY),
                    Paragraph(markup(line.net), NUMBER),
                    Paragraph(markup(line.rate), NUMBER),
                ]
            )
        table = Table(
            rows,
            colWidths=[width - 96 * mm, 40 * mm, 34 * mm, 22 * mm],
            repeatRows=1,
            hAlign="LEFT",
        )
        table.setStyle(TABLE_STYLE)
        story += [Paragraph(markup(_("Prices without VAT")), HEADING), table]

    if sheet.terms:
        story.append(Paragraph(markup(_("Terms")), HEADING))
        for term in sheet.terms:
            story.append(Paragraph(markup(term.title), SUBHEADING))
            story += html_flowables(term.html)
    return story


def render(sheet, sheet_url):
    """The sheet as the bytes of an A4 PDF; ``sheet_url`` is the HTML sheet's address."""
    buffer = io.BytesIO()
    title = f"{_('Supplier details')}: {sheet.company_name}"
    footer = plain(f"{sheet.company_name} · {_('Supplier details')}")

    def on_page(canvas, document):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(MUTED)
        # Lined up with the text, inside the frame's padding.
        canvas.drawString(MARGIN + 6, 10 * mm, footer)
        canvas.drawRightString(
            A4[0] - MARGIN - 6, 10 * mm, plain(_("Page %(number)d") % {"number": document.page})
        )
        canvas.restoreState()

    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=plain(title),
        author=plain(sheet.company_name),
        subject=plain(_("Supplier details for public procurement")),
        lang=get_language(),
        invariant=True,
    )
    # The frame keeps 6 pt of padding on each side inside the margins.
    document.build(
        _story(sheet, document.width - 12, absolute(sheet_url)),
        onFirstPage=on_page,
        onLaterPages=on_page,
    )
    return buffer.getvalue()
