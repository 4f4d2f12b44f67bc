"""
Staff read the admin in Finnish only: a crawl of every admin page a content editor, an
enquiry handler and an administrator can open finds no English interface text, no word meant
for developers, no Python error name, no label in lower case and no breadcrumb said twice.

The administrator's crawl leaves out the technical pages only superusers see (login lockouts,
the task queue) and the raw error under a failed email, shown to superusers on purpose.
"""

import itertools
import json
import re
from html.parser import HTMLParser

import pytest
from django.contrib.auth.models import User
from django.test import Client

from contact.models import Enquiry
from tests.support.admin_urls import VisibleText, admin_urls_for
from tests.support.factories import enquiry_handler, log_in_verified, make_content_editor

pytestmark = pytest.mark.django_db

# English the admin would show if a translation or a custom page missed it: Django's own
# interface, the third-party apps' model names, and our own msgids.
ENGLISH = [
    r"\bAdd\b",
    r"\bChange\b",
    r"\bDelete\b",
    r"\bSave\b",
    r"\bSearch\b",
    r"\bHistory\b",
    r"\bFilter\b",
    r"\bHome\b",
    r"\bLog out\b",
    r"\bView site\b",
    r"\bWelcome\b",
    r"\bRecent actions\b",
    r"\bSelect\b",
    r"\bAction\b",
    r"\bAccess (attempts|failures|logs)\b",
    r"\bAxes\b",
    r"\bTask results?\b",
    r"\bTasks Database Backend\b",
    r"\bTOTP device\b",
    r"\bStatic device\b",
    r"\bDjango\b",
    r"\bPreview\b",
    r"\bStatistics\b",
    r"\bTwo-factor\b",
    r"\bNew enquiries\b",
    r"\bQuick actions\b",
    r"\bChanged recently\b",
    r"\bSending failed\b",
    r"\bEnquir(y|ies)\b",
    r"\bNone available\b",
    r"\bUnknown content\b",
    # Django's own English that its Finnish catalogues lack, and the raw permission names.
    r"\bChoose\b",
    r"\bRemove\b",
    r"\bCan (add|change|delete|view)\b",
    r"\bPassword\b",
    r"\bStaff status\b",
]
# Words for developers, not for a consultant: commands, status codes, hash details, code names.
DEVELOPER_TERMS = [
    r"check --deploy",
    r"manage\.py",
    r"\bload_example_content\b",
    r"\b40[034]\b",
    r"\b500\b",
    r"\bHTTP\b",
    r"\bJSON\b",
    r"\bCSRF\b",
    r"\bSMTP\b",
    r"\bslug\b",
    r"\bsuola\b",
    r"\bsalt\b",
    r"\btiiviste\b",
    r"\bhash\b",
    r"\bargon2",
    r"\bpbkdf2",
    r"\bNone\b",
    r"\bTrue\b",
    r"\bFalse\b",
    r"\bnull\b",
    r"\bpk\b",
    r"\bID\b",
    r"\bTOTP\b",
    r"\bOTP\b",
    r"\bDEBUG\b",
]
EXCEPTION_NAME = re.compile(r"\b\w*(Error|Exception)\b|Traceback")


@pytest.fixture
def enquiries():
    Enquiry.objects.create(
        name="Maija Meikäläinen",
        email="maija@example.com",
        message="Hei, haluaisimme työnohjausta.",
        notify_error="ValueError: CONTACT_RECIPIENTS is empty: no one to notify.",
        notify_attempts=2,
    )
    Enquiry.objects.create(
        name="Pekka Puu", email="pekka@example.com", message="Kysyisin hinnoista.",
        notify_error="ConnectionRefusedError: [Errno 111] Connection refused",
        notify_attempts=1,
    )  # fmt: skip


def english_on(html, error_names=True):
    text = VisibleText(html).text
    found = [pattern for pattern in ENGLISH + DEVELOPER_TERMS if re.search(pattern, text)]
    if error_names:
        found += [match.group(0) for match in EXCEPTION_NAME.finditer(text)]
    return found


class Labels(HTMLParser):
    """The texts that name things on a page: headings, labels, column titles, filters, buttons."""

    TAGS = {"h1", "h2", "h3", "label", "legend", "caption", "summary", "button"}

    def __init__(self, html):
        super().__init__()
        self.open = []
        self.found = []
        self.in_thead = False
        self.after_title = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        if tag == "thead":
            self.in_thead = True
        if tag == "h2" and self.after_title:
            # The subtitle under a change page's title is the object's own name (data).
            self.open.append(["choice", ""])
        elif tag in self.TAGS or (tag == "th" and self.in_thead):
            self.open.append([tag, ""])
        elif tag == "input" and self.open and self.open[-1][0] == "label":
            # A checkbox's or a radio button's own label names a choice, not a field
            # ("suomi" among the working languages is rightly in lower case).
            self.open[-1][0] = "choice"

    def handle_endtag(self, tag):
        if tag == "thead":
            self.in_thead = False
        self.after_title = tag == "h1"
        if self.open and (self.open[-1][0] == tag or self.open[-1][0] == "choice"):
            kind, text = self.open.pop()
            text = " ".join(text.split())
            if text and kind != "choice":
                self.found.append(text)

    def handle_data(self, data):
        if self.open:
            self.open[-1][1] += data


def lower_case_labels(html):
    return [text for text in Labels(html).found if text[0].islower()]


def repeated_breadcrumbs(html):
    """Two neighbouring breadcrumbs with the same name ("Etusivu › Etusivu")."""
    trail = re.search(r'<div class="breadcrumbs">(.*?)</div>', html, re.S)
    if trail is None:
        return []
    crumbs = [" ".join(crumb.split()) for crumb in VisibleText(trail.group(1)).text.split("›")]
    crumbs = [crumb.lower() for crumb in crumbs if crumb]
    return [first for first, second in itertools.pairwise(crumbs) if first == second]


def make_superuser():
    return User.objects.create_superuser("paakayttaja", "p@example.com", "x" * 12)


# Technical pages for the administrator alone (tyonohjaus/admin_site.py SUPERUSER_APPS).
TECHNICAL = ("/hallinta/axes/", "/hallinta/django_tasks_database/")


@pytest.mark.parametrize("make_user", [make_content_editor, enquiry_handler, make_superuser])
@pytest.mark.parametrize("require_2fa", [False, True])
def test_every_admin_page_a_role_can_open_is_finnish(make_user, require_2fa, enquiries, settings):
    settings.ADMIN_REQUIRE_2FA = require_2fa
    user = make_user()
    client = Client()
    log_in_verified(client, user)
    urls = [url for url in admin_urls_for(user) if not url.startswith(TECHNICAL)]
    assert len(urls) > 5

    problems = {}
    for url in urls:
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
        html = response.content.decode()
        found = english_on(html, error_names=not user.is_superuser)
        found += [f"lower case: {text}" for text in lower_case_labels(html)]
        found += [f"said twice: {crumb}" for crumb in repeated_breadcrumbs(html)]
        if found:
            problems[url] = found

    assert problems == {}


def test_the_admins_javascript_speaks_finnish_in_the_two_box_picker():
    client = Client()
    client.force_login(make_content_editor())

    response = client.get("/hallinta/jsi18n/")
    catalogue = json.loads(
        re.search(r"const newcatalog = (\{.*?\});", response.content.decode(), re.S).group(1)
    )

    assert response.status_code == 200
    assert catalogue["Choose all %s"] == "Valitse kaikki"
    assert catalogue["Remove all %s"] == "Poista kaikki valinnat"
    assert catalogue["Choose selected %s"] == "Siirrä valituiksi: %s"
    assert catalogue["Remove selected %s"] == "Poista valinnasta: %s"
    assert catalogue["Available %s"] == "Mahdolliset %s"
    for english in [
        'Choose %s by selecting them and then select the "Choose" arrow button.',
        'Remove %s by selecting them and then select the "Remove" arrow button.',
        "(click to clear)",
    ]:
        assert catalogue.get(english, english) != english, english


def test_the_crawl_covers_each_roles_own_models(enquiries):
    editor_urls = admin_urls_for(make_content_editor())
    handler_urls = admin_urls_for(enquiry_handler())

    assert "/hallinta/services/page/" in editor_urls
    assert "/hallinta/supervisors/supervisor/add/" in editor_urls
    assert "/hallinta/contact/enquiry/" not in editor_urls
    assert "/hallinta/contact/enquiry/" in handler_urls
    assert not any(url.startswith("/hallinta/services/") for url in handler_urls)


def test_the_crawl_would_notice_english_and_error_names():
    assert english_on("<p>Access attempts</p><p>ValueError: x</p>") == [
        r"\bAccess (attempts|failures|logs)\b",
        "ValueError",
    ]
    assert english_on("<p>Muokkaa sivua</p><script>var Error;</script>") == []


def test_the_crawl_would_notice_jargon_lower_case_labels_and_repeated_breadcrumbs():
    assert english_on("<p>Kävijä saa 404-sivun; ks. `check --deploy`.</p>") == [
        "check --deploy",
        r"\b40[034]\b",
    ]
    assert lower_case_labels(
        '<label for="a">työkielet:</label><label><input type="checkbox"> suomi</label>'
        "<details><summary>julkaistu</summary></details><h1>Hinnat</h1>"
    ) == ["työkielet:", "julkaistu"]
    assert repeated_breadcrumbs(
        '<div class="breadcrumbs"><a href="/">Etusivu</a> › <a href="/e/">Etusivu</a> › X</div>'
    ) == ["etusivu"]


def test_staff_read_why_an_email_failed_in_finnish_and_superusers_the_detail(enquiries):
    enquiry = Enquiry.objects.get(name="Maija Meikäläinen")
    handler = Client()
    handler.force_login(enquiry_handler())
    superuser = Client()
    log_in_verified(superuser, User.objects.create_superuser("paa", "p@example.com", "x" * 12))
    url = f"/hallinta/contact/enquiry/{enquiry.pk}/change/"

    staff_html = handler.get(url).content.decode()
    super_html = superuser.get(url).content.decode()

    assert "Sivustolla ei ole osoitetta" in staff_html
    assert "CONTACT_RECIPIENTS" not in staff_html
    assert "ValueError: CONTACT_RECIPIENTS is empty" in super_html


def test_login_lockouts_show_only_to_superusers_under_a_finnish_heading():
    editor = Client()
    editor.force_login(make_content_editor())
    superuser = Client()
    log_in_verified(superuser, User.objects.create_superuser("paa", "p@example.com", "x" * 12))

    editor_html = editor.get("/hallinta/").content.decode()
    super_html = superuser.get("/hallinta/").content.decode()

    assert "Kirjautumisen estot" not in editor_html
    assert editor.get("/hallinta/axes/").status_code == 404
    assert "Kirjautumisen estot" in super_html
    assert "Kirjautumisyritykset" in super_html
    assert not re.search(r"\bAccess (attempts|failures|logs)\b", VisibleText(super_html).text)
    assert "Tehtäväjono" in super_html


@pytest.mark.parametrize(
    ("url", "title"),
    [
        ("/hallinta/services/page/{page}/change/", "Muokkaa sivua"),
        ("/hallinta/services/supervisionform/add/", "Lisää työnohjauksen muoto"),
        ("/hallinta/services/supervisionform/{form}/change/", "Muokkaa työnohjauksen muotoa"),
    ],
)
def test_titles_use_the_right_finnish_case(url, title):
    from services.models import Page, SupervisionForm

    client = Client()
    client.force_login(make_content_editor())
    url = url.format(
        page=Page.objects.order_by("pk").first().pk,
        form=SupervisionForm.objects.order_by("pk").first().pk,
    )

    html = client.get(url).content.decode()

    assert f"<h1>{title}</h1>" in html
    assert f"{title} | Työnohjaus – ylläpito</title>" in html
