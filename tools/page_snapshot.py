"""
Render every page kind a visitor meets into a folder, to compare two versions of the code.

    .venv/bin/python tools/page_snapshot.py OUT_DIR

It migrates a fresh SQLite database in a temporary folder, loads the example content, fetches
each page anonymously with Django's test client and writes its HTML to OUT_DIR, with what
changes on every request (CSRF and form tokens, CSP nonces) replaced by a fixed word. Run it
on two checkouts and compare the folders with `diff -r`: a refactoring that changes no
behaviour leaves them identical. Booking times depend on the clock, so run both within the
same hour.
"""

import os
import re
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

VOLATILE = [
    (re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]+'), r"\1TOKEN"),
    (re.compile(r'(name="started" value=")[^"]+'), r"\1TOKEN"),
    (re.compile(r'(name="form_token" value=")[^"]+'), r"\1TOKEN"),
    (re.compile(r'nonce="[^"]+"'), 'nonce="NONCE"'),
]
SITEMAP_LOC = re.compile(r"<loc>([^<]+)</loc>")
BOOKING_LINK = re.compile(r'href="(/ajanvaraus/varaa/\?[^"]+)"')
RADIO = re.compile(r'<input type="radio" name="([^"]+)" value="4"')


def main(out_dir):
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    workdir = tempfile.mkdtemp()
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir}/snapshot.sqlite3"
    os.environ["MEDIA_ROOT"] = f"{workdir}/media"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
    os.chdir(ROOT)

    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    call_command("migrate", verbosity=0)
    call_command("load_example_content", verbosity=0)
    client = Client()

    sitemap = client.get("/sitemap.xml").content.decode()
    paths = [urlsplit(url).path for url in SITEMAP_LOC.findall(sitemap)]
    paths += [
        "/sitemap.xml",
        "/robots.txt",
        "/site.webmanifest",
        "/ota-yhteytta/kiitos/",
        "/ota-yhteytta/?aihe=ryhmatyonohjaus",
        "/palvelut/esimiesten-tyonohjaus/",
        "/tama-sivu-ei-ole/",
        "/tyoyhteisokartta/tiimi/",
    ]
    times = client.get("/ajanvaraus/").content.decode()
    paths += [link.replace("&amp;", "&") for link in BOOKING_LINK.findall(times)[:1]]
    questionnaire = client.get("/tyoyhteisokartta/").content.decode()
    answers = "&".join(f"{name}=4" for name in dict.fromkeys(RADIO.findall(questionnaire)))
    result = client.get(f"/tyoyhteisokartta/vastaukset/?{answers}", follow=True)
    paths.append(result.request["PATH_INFO"] + "?" + result.request["QUERY_STRING"])

    for path in dict.fromkeys(paths):
        response = client.get(path)
        body = response.content.decode()
        for pattern, replacement in VOLATILE:
            body = pattern.sub(replacement, body)
        name = re.sub(r"[^\w.-]+", "_", path.strip("/")) or "home"
        (out / f"{name}.html").write_text(f"{response.status_code}\n{body}")
        print(response.status_code, path)


if __name__ == "__main__":
    main(sys.argv[1])
