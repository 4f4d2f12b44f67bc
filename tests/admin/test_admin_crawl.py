"""
Staff read the admin in Finnish only: a crawl of every admin page a content editor and an
enquiry handler can open finds no English interface text and no Python error name.
"""

import re

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


def english_on(html):
    text = VisibleText(html).text
    found = [pattern for pattern in ENGLISH if re.search(pattern, text)]
    found += [match.group(0) for match in EXCEPTION_NAME.finditer(text)]
    return found


@pytest.mark.parametrize("make_user", [make_content_editor, enquiry_handler])
@pytest.mark.parametrize("require_2fa", [False, True])
def test_every_admin_page_a_role_can_open_is_finnish(make_user, require_2fa, enquiries, settings):
    settings.ADMIN_REQUIRE_2FA = require_2fa
    user = make_user()
    client = Client()
    log_in_verified(client, user)
    urls = admin_urls_for(user)
    assert len(urls) > 5

    problems = {}
    for url in urls:
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
        found = english_on(response.content.decode())
        if found:
            problems[url] = found

    assert problems == {}


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
