"""The supervisors at /tyonohjaajat/: photo cards, profiles with Person JSON-LD, forms, contact."""

import html
import json
import re

import pytest
from django.core import mail
from django.test import Client

from contact.models import Enquiry
from core.checks import example_content_check
from images.models import Image
from images.validation import clean_image
from services.models import SupervisionForm
from supervisors import examples
from supervisors.models import Credential, Supervisor
from tests.support import image_files
from tests.support.factories import contact_data, log_in_verified, make_content_editor

pytestmark = pytest.mark.django_db

PROFILE = "/tyonohjaajat/aino-esimerkki/"


@pytest.fixture(autouse=True)
def example_content(settings, tmp_path, django_capture_on_commit_callbacks):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.SERVE_MEDIA = True
    with django_capture_on_commit_callbacks(execute=True):
        examples.load()


def json_ld(content):
    return [
        json.loads(block)
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', content)
    ]


def test_the_list_shows_each_published_supervisor_as_a_photo_card_in_finnish(client):
    response = client.get("/tyonohjaajat/")

    content = response.content.decode()
    assert response.status_code == 200
    assert content.count("<h1") == 1
    assert "<title>Työnohjaajat – " in content
    assert content.count('class="person-card"') == 2
    assert "Aino Esimerkki" in content
    assert "Eero Esimerkki" in content
    assert "esimerkkiprofiili, ei oikea henkilö" in content
    assert content.count('type="image/avif"') == 2
    assert 'aria-current="page">Työnohjaajat</a>' in content


def test_a_profile_has_person_json_ld_with_credentials_languages_and_employer(client):
    content = client.get(PROFILE).content.decode()

    person = next(item for item in json_ld(content) if item["@type"] == "Person")
    assert person["name"] == "Aino Esimerkki"
    assert person["knowsLanguage"] == ["fi", "en"]
    assert person["worksFor"]["@type"] == "ProfessionalService"
    assert person["worksFor"]["@id"].endswith("/#organisaatio")
    assert [credential["name"] for credential in person["hasCredential"]] == [
        "Esimerkkipätevyys: työnohjaajakoulutus",
        "Esimerkkipätevyys: sairaanhoitaja (AMK)",
    ]
    crumbs = next(item for item in json_ld(content) if item["@type"] == "BreadcrumbList")
    assert [item["name"] for item in crumbs["itemListElement"]] == [
        "Etusivu",
        "Työnohjaajat",
        "Aino Esimerkki",
    ]


def test_a_profile_shows_the_facts_in_finnish(client):
    content = html.unescape(client.get(PROFILE).content.decode())

    assert content.count("<h1") == 1
    assert "Koulutus ja pätevyydet" in content
    assert "Työkielet" in content
    assert "suomi, englanti" in content
    assert "Lähitapaamiset: Helsinki, Espoo" in content
    assert "Etätapaamiset mahdollisia" in content
    assert 'href="/palvelut/ryhmatyonohjaus/"' in content
    assert "/ota-yhteytta/?ohjaaja=aino-esimerkki" in content


def test_titles_and_descriptions_are_unique(client):
    heads = [
        re.search(r"<title>(.*?)</title>.*?name=\"description\" content=\"(.*?)\"", page, re.S)
        for page in (client.get(url).content.decode() for url in ("/tyonohjaajat/", PROFILE))
    ]
    assert heads[0].groups() != heads[1].groups()
    assert heads[0][1] != heads[1][1]
    assert heads[0][2] != heads[1][2]


@pytest.mark.parametrize(("url", "cold"), [("/tyonohjaajat/", 8), (PROFILE, 6)])
def test_pages_need_a_few_queries_cold_and_one_warm(
    client, url, cold, django_assert_max_num_queries
):
    # The page and its supervisors with their photos, forms, sectors and credentials; the
    # site's details, the staff-managed main menu and the booking calendars (cached with the
    # pages). tests/supervisors/test_list_filters.py shows it does not grow with more people.
    with django_assert_max_num_queries(cold):
        assert client.get(url).status_code == 200
    with django_assert_max_num_queries(1):
        assert client.get(url).status_code == 200


def test_an_edit_shows_on_the_next_request(client):
    client.get(PROFILE)
    client.get("/tyonohjaajat/")
    supervisor = Supervisor.objects.get(slug="aino-esimerkki")
    supervisor.role = "Työnohjaaja (STOry), muutettu"
    supervisor.save()
    Credential.objects.create(supervisor=supervisor, title="Uusi esimerkkikoulutus", order=5)

    assert "Työnohjaaja (STOry), muutettu" in client.get("/tyonohjaajat/").content.decode()
    assert "Uusi esimerkkikoulutus" in client.get(PROFILE).content.decode()


def test_a_new_photo_shows_on_the_next_request(client, django_capture_on_commit_callbacks):
    old_photo = Supervisor.objects.get(slug="aino-esimerkki").photo
    assert old_photo.file.name.rsplit(".", 1)[0] in client.get(PROFILE).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        photo = Image(title="Uusi kuva", alt_text="Uusi esimerkkikuva")
        photo.file = clean_image(image_files.upload(image_files.jpeg(size=(700, 700))))
        photo.save()
    Supervisor.objects.filter(slug="aino-esimerkki").update(photo=photo)
    Supervisor.objects.get(slug="aino-esimerkki").save()

    content = client.get(PROFILE).content.decode()
    assert photo.file.name.rsplit(".", 1)[0] in content
    assert old_photo.file.name.rsplit(".", 1)[0] not in content
    assert 'alt="Uusi esimerkkikuva"' in content


def test_an_unpublished_profile_is_hidden_from_visitors_and_previewed_by_staff(client):
    Supervisor.objects.filter(slug="aino-esimerkki").update(published=False)

    assert client.get(PROFILE).status_code == 404
    assert "Aino Esimerkki" not in client.get("/tyonohjaajat/").content.decode()
    staff = Client()
    staff.force_login(make_content_editor())
    preview = staff.get(PROFILE)
    assert preview.status_code == 200
    assert "preview-banner" in preview.content.decode()


def test_a_form_page_shows_the_supervisors_who_offer_that_form(client):
    group = client.get("/palvelut/ryhmatyonohjaus/").content.decode()
    individual = client.get("/palvelut/yksilotyonohjaus/").content.decode()
    community = client.get("/palvelut/yhteisotyonohjaus/").content.decode()

    assert "Tätä työnohjausta tarjoavat" in group
    assert "Aino Esimerkki" in group
    assert "Eero Esimerkki" in group
    assert "Aino Esimerkki" in individual
    assert "Eero Esimerkki" not in individual
    assert "Eero Esimerkki" in community
    assert "Aino Esimerkki" not in community


def test_the_sitemap_lists_the_profiles(client):
    content = client.get("/sitemap.xml").content.decode()

    assert "/tyonohjaajat/aino-esimerkki/</loc>" in content
    assert "/tyonohjaajat/eero-esimerkki/</loc>" in content


def test_the_navigation_links_to_the_supervisors(client):
    assert 'href="/tyonohjaajat/"' in client.get("/").content.decode()


def test_the_contact_form_offers_the_supervisors_with_no_preference_first(client):
    content = client.get("/ota-yhteytta/").content.decode()
    select = re.search(r'<select name="supervisor".*?</select>', content, re.S).group(0)

    options = re.findall(r"<option[^>]*>(.*?)</option>", select)
    assert options == ["Ei väliä", "Aino Esimerkki", "Eero Esimerkki"]
    assert re.search(r'<option value="" selected>Ei väliä', select)


def test_a_profile_link_preselects_its_supervisor(client):
    eero = Supervisor.objects.get(slug="eero-esimerkki")
    content = client.get("/ota-yhteytta/?ohjaaja=eero-esimerkki").content.decode()

    assert re.search(rf'<option value="{eero.pk}" selected>Eero Esimerkki', content)


def test_an_enquiry_keeps_the_chosen_supervisor_and_staff_see_it(
    client, django_capture_on_commit_callbacks
):
    aino = Supervisor.objects.get(slug="aino-esimerkki")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/ota-yhteytta/", contact_data(supervisor=str(aino.pk)))

    assert response.status_code == 302
    enquiry = Enquiry.objects.get()
    assert enquiry.supervisor == aino
    assert enquiry.supervisor_name == "Aino Esimerkki"
    notification = mail.outbox[0]
    assert "Työnohjaaja: Aino Esimerkki" in notification.body
    assert "Aino Esimerkki" in notification.alternatives[0][0]
    aino.delete()
    enquiry.refresh_from_db()
    assert enquiry.supervisor is None
    assert enquiry.supervisor_label == "Aino Esimerkki"


def test_an_enquiry_without_a_choice_says_no_preference(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/ota-yhteytta/", contact_data())

    assert Enquiry.objects.get().supervisor_label == "Ei väliä"
    assert "Työnohjaaja: Ei väliä" in mail.outbox[0].body


def test_the_admin_inbox_shows_the_chosen_supervisor(django_capture_on_commit_callbacks, client):
    aino = Supervisor.objects.get(slug="aino-esimerkki")
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/ota-yhteytta/", contact_data(supervisor=str(aino.pk)))
    admin = Client()
    log_in_verified(
        admin,
        type(make_content_editor()).objects.create_superuser("paakayttaja", password="x" * 12),
    )

    listing = admin.get("/hallinta/contact/enquiry/").content.decode()
    detail = admin.get(f"/hallinta/contact/enquiry/{Enquiry.objects.get().pk}/change/")

    assert "Aino Esimerkki" in listing
    assert "Aino Esimerkki" in detail.content.decode()


def test_loading_the_examples_again_changes_nothing():
    before = (
        list(Supervisor.objects.values()),
        list(Image.objects.values()),
        list(Credential.objects.values()),
    )

    assert examples.load() == 0

    after = (
        list(Supervisor.objects.values()),
        list(Image.objects.values()),
        list(Credential.objects.values()),
    )
    assert after == before


def test_examples_say_they_are_examples_and_have_drawn_portraits():
    for supervisor in Supervisor.objects.select_related("photo"):
        assert supervisor.is_example
        assert "Esimerkki" in supervisor.name
        assert "ei oikea henkilö" in supervisor.role
        assert "piirros, ei oikea henkilö" in supervisor.photo.title
        assert supervisor.photo.renditions_ready
        assert all(c.title.startswith("Esimerkkipätevyys") for c in supervisor.credentials.all())


def test_the_admin_marks_examples_clearly():
    editor = Client()
    editor.force_login(make_content_editor())
    aino = Supervisor.objects.get(slug="aino-esimerkki")

    listing = editor.get("/hallinta/supervisors/supervisor/?is_example__exact=1")
    change = editor.get(f"/hallinta/supervisors/supervisor/{aino.pk}/change/")

    assert listing.status_code == 200
    assert "Aino Esimerkki" in listing.content.decode()
    assert "Esimerkki – ei oikea henkilö" in html.unescape(change.content.decode())


def test_the_deploy_check_warns_while_examples_are_published():
    def example_warnings():
        return [
            warning.msg
            for warning in example_content_check(None)
            if warning.id == "services.W002" and "supervisors.Supervisor" in warning.msg
        ]

    assert len(example_warnings()) == 1

    Supervisor.objects.update(published=False)
    assert example_warnings() == []


def test_forms_keep_their_supervisors_when_a_form_is_renamed(client):
    form = SupervisionForm.objects.get(slug="ryhmatyonohjaus")
    form.name = "Tiimityönohjaus"
    form.save()

    assert "Tiimityönohjaus" in client.get(PROFILE).content.decode()
