"""The work community map on the site: questionnaire, result address, contact, admin."""

import re

import pytest
from django.core import mail
from django.test import Client

from community_map import codes
from community_map.models import Dimension, Statement
from contact.models import Enquiry
from tests.support.factories import contact_data, make_content_editor
from tests.support.map_answers import all_statements, answer_all, submit

pytestmark = pytest.mark.django_db


def test_questionnaire_shows_six_dimensions_and_every_statement(client):
    html = client.get("/tyoyhteisokartta/").content.decode()

    for name in ("Perustehtävä", "Vuorovaikutus", "Rakenteet", "Tunnemaailma",
                 "Oppiminen ja kehittyminen", "Johtajuus"):  # fmt: skip
        assert name in html
    assert html.count('<fieldset class="statement') == len(all_statements()) >= 6 * 3
    five = '<span class="scale__number">5</span> <span class="scale__words">Täysin samaa mieltä'
    assert html.count(five) == len(all_statements())
    assert html.count("En osaa sanoa") >= len(all_statements())


def test_answers_go_to_a_shareable_address_and_nothing_is_stored(client):
    tables_before = Enquiry.objects.count()

    response = submit(client, answer_all(lambda s: 4))

    assert response.status_code == 302
    assert response["Location"].startswith("/tyoyhteisokartta/kartta/?v=")
    code = response["Location"].split("?v=")[1]
    assert codes.decode(code, {s.pk for s in all_statements()}) == {
        s.pk: 4 for s in all_statements()
    }
    assert Enquiry.objects.count() == tables_before


def test_result_shows_the_chart_the_table_and_reflections(client):
    location = submit(client, answer_all(lambda s: 2))["Location"]

    html = client.get(location).content.decode()

    assert '<svg class="map-chart__svg"' in html
    assert '<table class="map-table">' in html
    assert html.count('<tr><th scope="row">') >= 6
    assert "Mitä kartta kertoo" in html
    assert "Esihenkilöiden työnohjaus" in html  # weak leadership
    assert 'href="/palvelut/esihenkiloiden-tyonohjaus/"' in html


def test_an_acute_crisis_recommends_situational_supervision(client):
    crisis = [s for s in all_statements() if s.crisis]
    answers = {f"s{s.pk}": "5" if s.crisis else "4" for s in all_statements()}

    html = client.get(submit(client, answers)["Location"]).content.decode()

    assert crisis
    assert 'href="/palvelut/tilannetyonohjaus/"' in html


def test_strong_map_gets_no_recommendation_but_an_invitation(client):
    answers = {f"s{s.pk}": "1" if s.reverse_scored else "5" for s in all_statements()}

    html = client.get(submit(client, answers)["Location"]).content.decode()

    assert 'class="map-recommendations__list"' not in html
    assert "Lähettäkää kartta työnohjaajalle" in html


@pytest.mark.parametrize("code", ["", "1-9", "99999-3", "1-3.1-4", "<script>", "1-3" * 1000])
def test_a_tampered_address_gets_a_finnish_400_not_a_500(client, code):
    response = client.get("/tyoyhteisokartta/kartta/", {"v": code})

    assert response.status_code == 400
    assert "Kartan osoite ei kelpaa" in response.content.decode()


def test_an_out_of_range_submitted_answer_gets_a_form_error(client):
    answers = answer_all(lambda s: 3)
    first = next(iter(answers))
    answers[first] = "7"

    response = submit(client, answers)

    assert response.status_code == 400
    assert "Vastauksissa on korjattavaa" in response.content.decode()


def test_change_answers_link_prefills_the_questionnaire(client):
    location = submit(client, answer_all(lambda s: 2))["Location"]
    code = location.split("?v=")[1]

    html = client.get(f"/tyoyhteisokartta/?v={code}").content.decode()

    first = all_statements()[0]
    assert f'value="2" id="id_s{first.pk}_1" checked' in html or (
        f'name="s{first.pk}" value="2"' in html and "checked" in html
    )


def test_the_map_is_linked_from_the_dialogue_page_and_the_navigation(client):
    assert 'href="/tyoyhteisokartta/"' in client.get("/yhteisollinen-dialogi/").content.decode()
    assert 'href="/tyoyhteisokartta/"' in client.get("/").content.decode()


def test_sending_the_map_attaches_it_to_the_enquiry(client, django_capture_on_commit_callbacks):
    code = submit(client, answer_all(lambda s: 2))["Location"].split("?v=")[1]

    form_page = client.get("/ota-yhteytta/", {"kartta": code}).content.decode()
    assert "Työyhteisökarttanne liitetään viestiin" in form_page
    assert f'name="kartta" value="{code}"' in form_page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/ota-yhteytta/", contact_data(kartta=code))

    assert response.status_code == 302
    enquiry = Enquiry.objects.get()
    assert "Työyhteisökartta: http" in enquiry.map_summary
    assert f"/tyoyhteisokartta/kartta/?v={code}" in enquiry.map_summary
    assert "- Johtajuus: 2,0" in enquiry.map_summary
    assert enquiry.map_summary in mail.outbox[0].body


def test_a_tampered_attached_map_is_refused_with_a_finnish_error(client):
    response = client.post("/ota-yhteytta/", contact_data(kartta="1-9"))

    assert response.status_code == 400
    assert "Liitetty kartta" in response.content.decode()
    assert Enquiry.objects.count() == 0


def test_staff_see_the_attached_map_in_the_inbox(client):
    from django.contrib.auth.models import User

    from tests.support.factories import log_in_verified

    enquiry = Enquiry.objects.create(
        name="Kartan lähettäjä",
        email="k@example.com",
        message="Viesti",
        map_summary="Työyhteisökartta: https://example.com/\n- Johtajuus: 2,0 (4 vastausta)",
    )
    staff = Client()
    log_in_verified(staff, User.objects.create_superuser("admin", "a@example.com", "x" * 12))

    html = staff.get(f"/hallinta/contact/enquiry/{enquiry.pk}/change/").content.decode()

    assert '<tr><th scope="row">Johtajuus</th><td>2,0</td><td>4 vastausta</td></tr>' in html


def test_staff_add_a_statement_and_see_it_at_the_next_request(client):
    client.get("/tyoyhteisokartta/")  # cached
    editor = Client()
    editor.force_login(make_content_editor())
    dimension = Dimension.objects.get(slug="rakenteet")
    statements = list(dimension.statements.order_by("order"))
    data = {
        "name_fi": dimension.name,
        "slug": dimension.slug,
        "key_question": dimension.key_question_id or "",
        "description_fi": dimension.description,
        "published": "on",
        "statements-TOTAL_FORMS": str(len(statements) + 1),
        "statements-INITIAL_FORMS": str(len(statements)),
        "statements-MIN_NUM_FORMS": "0",
        "statements-MAX_NUM_FORMS": "1000",
        "reflections-TOTAL_FORMS": "0",
        "reflections-INITIAL_FORMS": "0",
        "reflections-MIN_NUM_FORMS": "0",
        "reflections-MAX_NUM_FORMS": "3",
    }
    for index, statement in enumerate(statements):
        data.update(
            {
                f"statements-{index}-id": statement.pk,
                f"statements-{index}-dimension": dimension.pk,
                f"statements-{index}-text_fi": statement.text,
                f"statements-{index}-order": statement.order,
                f"statements-{index}-published": "on",
            }
        )
    new = len(statements)
    data.update(
        {
            f"statements-{new}-dimension": dimension.pk,
            f"statements-{new}-text_fi": "Kokouksemme alkavat ja päättyvät ajallaan.",
            f"statements-{new}-order": new + 1,
            f"statements-{new}-published": "on",
        }
    )

    response = editor.post(f"/hallinta/community_map/dimension/{dimension.pk}/change/", data)

    assert response.status_code == 302, response.content.decode()[:3000]
    assert Statement.objects.filter(text="Kokouksemme alkavat ja päättyvät ajallaan.").exists()
    assert (
        "Kokouksemme alkavat ja päättyvät ajallaan."
        in client.get("/tyoyhteisokartta/").content.decode()
    )


@pytest.mark.parametrize(
    "url",
    [
        "/hallinta/community_map/dimension/",
        "/hallinta/community_map/dimension/1/change/",
        "/hallinta/community_map/recommendationrule/",
        "/hallinta/community_map/recommendationrule/1/change/",
        "/hallinta/community_map/dimension/add/",
    ],
)
def test_map_admin_pages_render_in_finnish_for_content_editors(url):
    editor = Client()
    editor.force_login(make_content_editor())

    response = editor.get(url)

    assert response.status_code == 200
    assert "Kirjaudu ulos" in response.content.decode()


def test_questionnaire_and_result_need_at_most_four_queries(client, django_assert_max_num_queries):
    from django.core.cache import cache

    cache.clear()
    location = submit(client, answer_all(lambda s: 3))["Location"]
    cache.clear()
    with django_assert_max_num_queries(4):
        client.get("/tyoyhteisokartta/")
    with django_assert_max_num_queries(4):
        client.get(location)
    with django_assert_max_num_queries(1):
        client.get(location)


def test_a_result_address_with_a_trailing_line_break_gets_a_400(client):
    code = codes.encode({all_statements()[0].pk: 3})

    response = client.get("/tyoyhteisokartta/kartta/", {"v": code + "\n"})

    assert response.status_code == 400


def test_the_result_recommends_two_forms_at_most_each_with_the_figure_behind_it(client):
    html = client.get(submit(client, answer_all(lambda s: 2))["Location"]).content.decode()

    links = re.findall(r'class="map-recommendations__link" href="([^"]+)"', html)
    assert len(links) == 2
    assert len(set(links)) == 2
    assert len(re.findall(r'class="map-recommendations__basis">[^<]+ 2,0:</strong>', html)) == 2
