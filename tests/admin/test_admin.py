"""Staff edit every text of the site in the Finnish admin at /hallinta/, and see it at once."""

import json

import pytest
from django.contrib.auth.models import User
from reversion.models import Version

from services.models import KeyQuestion, Page, SiteDetails, SupervisionForm
from tests.support.admin_forms import in_finnish_fields

pytestmark = pytest.mark.django_db

FORM_FIELDS = ["name", "slug", "summary", "audience", "format", "body"]
QUESTION_FIELDS = ["theme", "question"]
PAGE_FIELDS = ["title", "slug", "lead", "body", "layout", "meta_description"]


def post_data(obj, fields, **overrides):
    """The admin form's POST data for ``obj``, as a browser would send it."""
    data = {field: getattr(obj, field) for field in fields}
    data.update(overrides)
    for flag in ("published", "show_call_to_action"):
        value = data.pop(flag, getattr(obj, flag, False))
        if value:
            data[flag] = "on"
    return in_finnish_fields(type(obj), data)


NEW_ITEMS = {
    "supervisionform": {
        "name": "Uusi ohjaus",
        "slug": "uusi-ohjaus",
        "summary": "Kuvaus.",
        "audience": "Kaikille.",
        "format": "group",
        "body": "Teksti.",
        "published": "on",
    },
    "keyquestion": {"theme": "Uusi", "question": "Mitä uutta?", "published": "on"},
    "page": {
        "title": "Uusi sivu",
        "slug": "uusi-sivu",
        "lead": "",
        "body": "Teksti.",
        "layout": "article",
        "meta_description": "Kuvaus.",
        "published": "on",
    },
}
MODELS = {"supervisionform": SupervisionForm, "keyquestion": KeyQuestion, "page": Page}


@pytest.mark.parametrize("model_name", [*MODELS, "sitedetails"])
def test_content_editor_can_open_each_changelist(editor_client, model_name):
    response = editor_client.get(f"/hallinta/services/{model_name}/", follow=True)

    assert response.status_code == 200


@pytest.mark.parametrize("model_name", MODELS)
def test_content_editor_can_add_an_item(editor_client, model_name):
    model = MODELS[model_name]
    count = model.objects.count()

    response = editor_client.post(
        f"/hallinta/services/{model_name}/add/",
        in_finnish_fields(MODELS[model_name], NEW_ITEMS[model_name]),
    )

    assert response.status_code == 302
    assert model.objects.count() == count + 1


@pytest.mark.parametrize(
    ("model_name", "fields", "field", "value"),
    [
        ("supervisionform", FORM_FIELDS, "summary", "Muutettu kuvaus."),
        ("keyquestion", QUESTION_FIELDS, "question", "Muutettu kysymys?"),
        ("page", PAGE_FIELDS, "lead", "Muutettu ingressi."),
    ],
)
def test_content_editor_can_change_an_item(editor_client, model_name, fields, field, value):
    item = MODELS[model_name].objects.order_by("pk").first()

    response = editor_client.post(
        f"/hallinta/services/{model_name}/{item.pk}/change/",
        post_data(item, fields, **{field: value}),
    )

    assert response.status_code == 302
    item.refresh_from_db()
    assert getattr(item, field) == value


@pytest.mark.parametrize("model_name", MODELS)
def test_content_editor_can_delete_an_item(editor_client, model_name):
    model = MODELS[model_name]
    item = model.objects.order_by("pk").last()

    response = editor_client.post(
        f"/hallinta/services/{model_name}/{item.pk}/delete/", {"post": "yes"}
    )

    assert response.status_code == 302
    assert not model.objects.filter(pk=item.pk).exists()


def test_content_editor_can_change_the_site_details(editor_client):
    details = SiteDetails.load()
    data = {
        "name": "Uusi nimi",
        "tagline": "",
        "email": "uusi@example.com",
        "phone": "",
        "street_address": "",
        "postal_code": "",
        "city": "",
        "business_id": "0737546-2",
    }

    response = editor_client.post(
        f"/hallinta/services/sitedetails/{details.pk}/change/", in_finnish_fields(SiteDetails, data)
    )

    assert response.status_code == 302
    html = editor_client.get("/").content.decode()
    assert "uusi@example.com" in html
    assert "Y-tunnus: 0737546-2" in html


def test_site_details_stay_one_record(editor_client):
    assert editor_client.get("/hallinta/services/sitedetails/add/").status_code == 403
    details = SiteDetails.load()
    assert (
        editor_client.get(f"/hallinta/services/sitedetails/{details.pk}/delete/").status_code == 403
    )
    response = editor_client.get("/hallinta/services/sitedetails/")
    assert response.status_code == 302
    assert response["Location"] == f"/hallinta/services/sitedetails/{details.pk}/change/"


@pytest.mark.parametrize(
    "url",
    [
        "/hallinta/",
        "/hallinta/services/supervisionform/",
        "/hallinta/services/keyquestion/",
        "/hallinta/services/page/",
        "/hallinta/services/sitedetails/",
    ],
)
def test_anonymous_visitor_is_sent_to_the_login(client, url):
    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith("/hallinta/login/")


@pytest.mark.parametrize("url", ["/hallinta/auth/user/", "/hallinta/auth/group/"])
def test_content_editor_cannot_see_users_or_roles(editor_client, url):
    assert editor_client.get(url).status_code == 403


def test_enquiry_handler_role_exists_without_content_rights(client):
    from django.contrib.auth.models import Group

    handler = User.objects.create_user("kasittelija", password="x" * 12, is_staff=True)
    handler.groups.add(Group.objects.get(name="Yhteydenottojen käsittelijä"))
    client.force_login(handler)

    assert client.get("/hallinta/services/page/").status_code == 403
    assert client.get("/hallinta/auth/user/").status_code == 403


def test_renaming_a_form_shows_on_its_page_and_the_home_page_at_once(editor_client, client):
    form = SupervisionForm.objects.get(slug="ryhmatyonohjaus")
    client.get("/")  # whatever a cache may hold, the change must show on the next request

    editor_client.post(
        f"/hallinta/services/supervisionform/{form.pk}/change/",
        post_data(form, FORM_FIELDS, name="Tiimityönohjaus"),
    )

    assert "Tiimityönohjaus" in client.get("/palvelut/ryhmatyonohjaus/").content.decode()
    assert "Tiimityönohjaus" in client.get("/").content.decode()


def test_restoring_an_earlier_version_brings_back_the_old_text(editor_client, client):
    page = Page.objects.get(slug="vaikuttavuus")
    original_lead = page.lead
    editor_client.post(
        f"/hallinta/services/page/{page.pk}/change/",
        post_data(page, PAGE_FIELDS, lead="Väliaikainen ingressi."),
    )
    assert "Väliaikainen ingressi." in client.get("/vaikuttavuus/").content.decode()
    original = Version.objects.get_for_object(page).order_by("pk").first()

    history = editor_client.get(f"/hallinta/services/page/{page.pk}/history/")
    assert history.status_code == 200
    assert "Alkuperäinen versio" in history.content.decode()
    revert_url = f"/hallinta/services/page/{page.pk}/history/{original.pk}/"
    form = editor_client.get(revert_url)
    assert form.status_code == 200
    response = editor_client.post(revert_url, post_data(page, PAGE_FIELDS, lead=original_lead))

    assert response.status_code == 302
    html = client.get("/vaikuttavuus/").content.decode()
    assert original_lead in html
    assert "Väliaikainen ingressi." not in html


def test_history_shows_who_changed_what(editor_client):
    question = KeyQuestion.objects.get(order=1)
    editor_client.post(
        f"/hallinta/services/keyquestion/{question.pk}/change/",
        post_data(question, QUESTION_FIELDS, theme="Perustehtävän hoitaminen"),
    )

    html = editor_client.get(
        f"/hallinta/services/keyquestion/{question.pk}/history/"
    ).content.decode()

    assert "toimittaja" in html
    assert "Teema" in html or "teema" in html


def test_reordering_forms_changes_the_public_order(editor_client, client):
    first = SupervisionForm.objects.get(slug="yksilotyonohjaus")
    second = SupervisionForm.objects.get(slug="ryhmatyonohjaus")

    response = editor_client.post(
        "/hallinta/services/supervisionform/adminsortable2_update/",
        json.dumps({"updatedItems": [[second.pk, first.order], [first.pk, second.order]]}),
        content_type="application/json",
    )

    assert response.status_code == 200
    # The cards in the page's content; the main menu has an order of its own (navigation).
    html = client.get("/palvelut/").content.decode().split("<main", 1)[1]
    assert html.index("/palvelut/ryhmatyonohjaus/") < html.index("/palvelut/yksilotyonohjaus/")


def test_unpublish_action_hides_the_selected_forms(editor_client, client):
    form = SupervisionForm.objects.get(slug="tilannetyonohjaus")

    editor_client.post(
        "/hallinta/services/supervisionform/",
        {"action": "unpublish", "_selected_action": [form.pk]},
    )

    assert client.get("/palvelut/tilannetyonohjaus/").status_code == 404
    editor_client.post(
        "/hallinta/services/supervisionform/",
        {"action": "publish", "_selected_action": [form.pk]},
    )
    assert client.get("/palvelut/tilannetyonohjaus/").status_code == 200


def test_duplicate_address_gets_a_finnish_error_and_saves_nothing(editor_client):
    count = SupervisionForm.objects.count()
    data = {**NEW_ITEMS["supervisionform"], "slug": "yksilotyonohjaus"}

    response = editor_client.post(
        "/hallinta/services/supervisionform/add/", in_finnish_fields(SupervisionForm, data)
    )

    assert response.status_code == 200
    assert "on jo olemassa" in response.content.decode()
    assert SupervisionForm.objects.count() == count


def test_invalid_address_gets_a_finnish_error(editor_client):
    data = {**NEW_ITEMS["page"], "slug": "ei kelpaa!"}

    response = editor_client.post("/hallinta/services/page/add/", in_finnish_fields(Page, data))

    assert response.status_code == 200
    assert "Anna lyhytnimi" in response.content.decode()
    assert not Page.objects.filter(title="Uusi sivu").exists()


def test_empty_required_field_gets_a_finnish_error(editor_client):
    data = {**NEW_ITEMS["supervisionform"], "name": ""}

    response = editor_client.post(
        "/hallinta/services/supervisionform/add/", in_finnish_fields(SupervisionForm, data)
    )

    assert response.status_code == 200
    assert "Tämä kenttä vaaditaan." in response.content.decode()


def test_existing_page_address_cannot_be_changed(editor_client):
    page = Page.objects.get(slug="tietosuoja")

    editor_client.post(
        f"/hallinta/services/page/{page.pk}/change/", post_data(page, PAGE_FIELDS, slug="muu")
    )

    page.refresh_from_db()
    assert page.slug == "tietosuoja"


def test_script_typed_into_the_admin_is_harmless_on_the_site(editor_client, client):
    form = SupervisionForm.objects.get(slug="yksilotyonohjaus")

    editor_client.post(
        f"/hallinta/services/supervisionform/{form.pk}/change/",
        post_data(
            form,
            FORM_FIELDS,
            name="<script>alert(1)</script>Yksilö",
            body="Teksti <script>alert(2)</script> <b onclick=alert(3)>lihava</b>",
        ),
    )

    html = client.get("/palvelut/yksilotyonohjaus/").content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;Yksilö" in html
    assert "<script>alert" not in html
    assert "onclick" not in html


def test_staff_preview_an_unpublished_page_that_the_public_cannot_see(editor_client, client):
    Page.objects.filter(slug="johtajuus").update(published=False)

    assert client.get("/johtajuus/").status_code == 404
    response = editor_client.get("/johtajuus/")
    assert response.status_code == 200
    assert "Esikatselu" in response.content.decode()


def test_staff_preview_an_unpublished_form(editor_client, client):
    SupervisionForm.objects.filter(slug="tilannetyonohjaus").update(published=False)

    assert client.get("/palvelut/tilannetyonohjaus/").status_code == 404
    assert "Esikatselu" in editor_client.get("/palvelut/tilannetyonohjaus/").content.decode()
    assert "Esikatselu" not in editor_client.get("/palvelut/yksilotyonohjaus/").content.decode()


def test_admin_is_titled_with_the_site_name(editor_client):
    html = editor_client.get("/hallinta/").content.decode()

    assert "Työnohjaus – ylläpito" in html


def test_a_page_the_role_does_not_reach_stays_in_the_admin(editor_client):
    response = editor_client.get("/hallinta/auth/user/")

    page = response.content.decode()
    assert response.status_code == 403
    assert 'id="header"' in page  # the admin's own layout, with its menu
    assert 'class="skip-link"' not in page
    assert "Roolisi ei anna pääsyä tälle sivulle" in page
    assert 'href="/hallinta/"' in page


def test_an_unknown_admin_address_stays_in_the_admin(editor_client):
    response = editor_client.get("/hallinta/services/ei-tallaista/")

    assert response.status_code == 404
    assert 'id="header"' in response.content.decode()


def test_staff_outside_the_admin_see_the_sites_own_error_page(editor_client):
    response = editor_client.get("/ei-tallaista-sivua/")

    page = response.content.decode()
    assert response.status_code == 404
    assert 'class="skip-link"' in page
    assert 'id="header"' not in page
