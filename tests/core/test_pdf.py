"""
core.pdf: HTML to PDF with the site's own stylesheet, and nothing fetched from anywhere else.
"""

import io
import socket

from pypdf import PdfReader

from core.pdf import html_to_pdf, static_file

DOCUMENT = """<!doctype html><html lang="fi"><head><meta charset="utf-8">
<link rel="stylesheet" href="/static/css/agreement-pdf.css">
<link rel="stylesheet" href="https://example.com/evil.css"></head>
<body><h1>Työnohjaussopimus</h1><p>Ääkköset ja euro: 240,00 € – “lainaus”.</p>
<img src="http://127.0.0.1:9/seuranta.png" alt=""><img src="file:///etc/passwd" alt="">
<img src="/static/../../settings.py" alt=""></body></html>"""


def test_only_the_sites_static_files_are_resolved():
    assert static_file("/static/css/agreement-pdf.css").endswith("static/css/agreement-pdf.css")
    for refused in (
        "https://example.com/static/css/agreement-pdf.css",
        "//example.com/static/css/agreement-pdf.css",
        "file:///etc/passwd",
        "/static/../tyonohjaus/settings.py",
        "/media/kuva.png",
        "/static/css/agreement-pdf.css?v=1",
        "data:text/css,body{}",
    ):
        assert static_file(refused) is None, refused


def test_a_document_becomes_a_pdf_without_any_connection(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("the PDF tried to fetch a resource")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)

    pdf = html_to_pdf(DOCUMENT)

    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "Työnohjaussopimus" in text
    assert "Ääkköset ja euro: 240,00 € – “lainaus”." in text.replace("\u00a0", " ")
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert (round(float(width)), round(float(height))) == (595, 842)  # A4
    # The static stylesheet was read: its 16 mm side margin (45.35 pt; xhtml2pdf's own is 2 cm)
    # and its teal headings (#17605a).
    drawn = reader.pages[0].get_contents().get_data()
    assert b"1 0 0 1 45.35433 " in drawn
    assert b".090196 .376471 .352941 rg" in drawn
