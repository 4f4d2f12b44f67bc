"""Staff manage the main menu in the admin; visitors see a change on their next request."""

import re

import pytest
from django.contrib.auth.models import User
from django.test import Client

from navigation.menu import build
from navigation.models import MAX_TOP_LEVEL, MenuItem
from services.models import Page, SupervisionForm
from tests.support.pages import FORM_NAMES

pytestmark = pytest.mark.django_db

ADMIN = "/hallinta/navigation/menuitem/"


def wide_menu(client, path="/"):
    """The wide main menu of ``path`` as HTML."""
    html = client.get(path).content.decode()
    return re.search(r'<nav class="nav nav--wide".*?</nav>', html, re.S)[0]


def top_level_labels(menu_html):
    labels = re.findall(r'<summary class="nav__link[^"]*">([^<]+)<', menu_html)
    labels += re.findall(r'<li class="nav__item"><a [^>]*>([^<]+)</a>', menu_html)
    return labels


def test_the_migrated_menu_groups_todays_pages_under_four_entries(client):
    menu = wide_menu(client)

    assert sorted(top_level_labels(menu)) == sorted(
        ["Palvelut", "Työnohjaajat", "Työotteemme", "Työyhteisökartta"]
    )
    for name in [*FORM_NAMES, "Hinnat", "Vaikuttavuus", "Johtajuus", "Hyödyt"]:
        assert f">{name}</a>" in menu, name
    # The call to action sits beside the menu: six entries in all.
    html = client.get("/").content.decode()
    assert html.count('class="button button--small header__cta"') == 1


def test_an_admin_change_shows_on_the_next_request(client, editor_client):
    assert "Työnohjaajat" in wide_menu(client)  # now cached
    item = MenuItem.objects.get(app_page="supervisors:list")

    response = editor_client.post(
        f"{ADMIN}{item.pk}/change/",
        {"label_fi": "Ohjaajamme", "parent": "", "published": "on", "app_page": item.app_page},
    )

    assert response.status_code == 302
    menu = wide_menu(client)
    assert ">Ohjaajamme</a>" in menu
    assert "Työnohjaajat<" not in menu


def test_staff_move_an_entry_into_a_submenu_and_out_of_the_menu(client, editor_client):
    wide_menu(client)
    services = MenuItem.objects.get(app_page="services:form_list")
    # An entry without a submenu of its own (the map has the team map under it).
    item = MenuItem.objects.get(app_page="supervisors:list")

    editor_client.post(
        f"{ADMIN}{item.pk}/change/",
        {"label": item.label, "parent": services.pk, "published": "on", "app_page": item.app_page},
    )
    assert "Työnohjaajat" not in top_level_labels(wide_menu(client))
    assert ">Työnohjaajat</a>" in wide_menu(client)

    editor_client.post(
        f"{ADMIN}{item.pk}/change/",
        {"label": item.label, "parent": services.pk, "app_page": item.app_page},
    )
    assert "Työnohjaajat" not in wide_menu(client)


def test_reordering_in_the_admin_shows_on_the_next_request(client, editor_client):
    first, second = MenuItem.objects.filter(parent=None)[:2]
    assert wide_menu(client).index(first.title) < wide_menu(client).index(second.title)

    response = editor_client.post(
        f"{ADMIN}adminsortable2_update/",
        f'{{"updatedItems": [[{second.pk}, {first.order}], [{first.pk}, {second.order}]]}}',
        content_type="application/json",
    )

    assert response.status_code == 200
    assert wide_menu(client).index(second.title) < wide_menu(client).index(first.title)


def test_a_sixth_top_level_entry_is_refused_in_finnish(editor_client):
    assert MenuItem.objects.filter(parent=None).count() == 4
    faq = {"label": "Kysymykset", "parent": "", "published": "on", "app_page": "faq:questions"}
    assert editor_client.post(f"{ADMIN}add/", faq).status_code == 302

    response = editor_client.post(
        f"{ADMIN}add/",
        {"label": "Hinnat", "parent": "", "published": "on", "app_page": "pricing:prices"},
    )

    assert response.status_code == 200
    assert "Valikkoon mahtuu 5 päätason kohtaa" in response.content.decode()
    assert MenuItem.objects.filter(parent=None).count() == MAX_TOP_LEVEL


def test_an_entry_needs_exactly_one_target(editor_client):
    page = Page.objects.get(slug="hyodyt")

    response = editor_client.post(
        f"{ADMIN}add/",
        {"label": "Kaksi", "page": page.pk, "app_page": "faq:questions", "published": "on"},
    )

    assert response.status_code == 200
    assert "Valitse täsmälleen yksi kohde" in response.content.decode()
    assert not MenuItem.objects.filter(label="Kaksi").exists()


def test_submenus_are_one_level_deep(editor_client):
    child = MenuItem.objects.filter(parent__isnull=False).first()

    response = editor_client.post(
        f"{ADMIN}add/",
        {"label": "Syvä", "parent": child.pk, "app_page": "faq:questions", "published": "on"},
    )

    assert response.status_code == 200
    assert not MenuItem.objects.filter(label="Syvä").exists()


def test_an_app_page_this_release_lacks_is_left_out_not_an_error(client):
    # A name no app of this release answers to, such as one saved before a rename.
    MenuItem.objects.create(app_page="booking:start", parent=None, order=99)

    response = client.get("/")

    assert response.status_code == 200
    assert 'href="None"' not in response.content.decode()
    assert build()[-1].label != "booking:start"


def test_booking_and_public_buyers_sit_under_services_and_the_team_map_under_the_map(client):
    menu = build()
    by_label = {entry.label: entry for entry in menu}

    assert len(menu) == 4
    services = by_label["Palvelut"]
    assert [(c.label, c.url) for c in services.children][-3:] == [
        ("Hinnat", "/hinnat/"),
        ("Maksuton tutustumiskeskustelu", "/ajanvaraus/"),
        ("Julkiset hankinnat", "/julkiset-hankinnat/"),
    ]
    map_entry = by_label["Työyhteisökartta"]
    assert [(c.label, c.url) for c in map_entry.children] == [
        ("Tiimin työyhteisökartta", "/tyoyhteisokartta/tiimi/")
    ]
    # The group's own page stays reachable: the first link of its submenu, in both menus.
    html = client.get("/tyoyhteisokartta/tiimi/").content.decode()
    wide = re.search(r'<nav class="nav nav--wide".*?</nav>', html, re.S)[0]
    assert re.search(r'<summary class="nav__link nav__summary is-current">Työyhteisökartta<', wide)
    assert re.search(r'href="/tyoyhteisokartta/">Työyhteisökartta</a>', wide)
    assert re.search(
        r'href="/tyoyhteisokartta/tiimi/"\s+aria-current="page">Tiimin työyhteisökartta<', wide
    )
    assert html.count('href="/tyoyhteisokartta/">Työyhteisökartta</a>') == 2  # phone menu too
    assert 'href="/ajanvaraus/">Maksuton tutustumiskeskustelu</a>' in wide


def _add_entries():
    import importlib

    from django.apps import apps

    importlib.import_module("navigation.migrations.0003_booking_and_team_map_entries").add_entries(
        apps
    )


def test_the_entries_migration_adds_nothing_twice_and_keeps_orders_distinct():
    _add_entries()

    assert MenuItem.objects.filter(app_page="booking:times").count() == 1
    assert MenuItem.objects.filter(app_page="community_map:team_create").count() == 1
    orders = list(MenuItem.objects.values_list("order", flat=True))
    assert len(orders) == len(set(orders))


def test_the_entries_migration_respects_a_menu_staff_have_reshaped():
    MenuItem.objects.filter(app_page__in=["booking:times", "community_map:team_create"]).delete()
    # Staff moved the map under another entry and placed their own booking link at the top.
    services = MenuItem.objects.get(app_page="services:form_list")
    MenuItem.objects.filter(app_page="community_map:questionnaire").update(parent=services)
    MenuItem.objects.create(app_page="booking:start", label="Varaa aika", order=0)

    _add_entries()

    booking = MenuItem.objects.get(app_page="booking:times")  # renamed, not added
    assert (booking.label, booking.parent_id) == ("Varaa aika", None)
    assert not MenuItem.objects.filter(app_page="community_map:team_create").exists()


def test_unpublished_targets_and_entries_are_hidden(client):
    Page.objects.filter(slug="hyodyt").update(published=False)
    SupervisionForm.objects.filter(slug="ryhmatyonohjaus").update(published=False)
    MenuItem.objects.filter(app_page="community_map:questionnaire").update(published=False)

    menu = wide_menu(client)

    assert "/hyodyt/" not in menu
    assert "/palvelut/ryhmatyonohjaus/" not in menu
    assert "/tyoyhteisokartta/" not in menu
    assert "/palvelut/yksilotyonohjaus/" in menu


def test_the_current_page_is_marked_for_screen_readers(client):
    menu = wide_menu(client, "/hyodyt/")

    assert re.search(r'href="/hyodyt/"\s+aria-current="page">Hyödyt<', menu)
    assert re.search(r'<summary class="nav__link nav__summary is-current">Työotteemme', menu)
    assert menu.count('aria-current="page"') == 1


def test_a_profile_marks_its_section(client):
    from supervisors import examples

    examples.load()
    menu = wide_menu(client, "/tyonohjaajat/aino-esimerkki/")

    assert re.search(r'class="nav__link is-current" href="/tyonohjaajat/">', menu)
    assert 'aria-current="page"' not in menu


def test_the_menu_is_read_in_one_query(django_assert_num_queries):
    with django_assert_num_queries(1):
        entries = build()

    assert [entry.label for entry in entries][:2] == ["Palvelut", "Työnohjaajat"]
    # The forms, the prices, the booking page and the page for public buyers.
    assert len(entries[0].children) == len(FORM_NAMES) + 3


def test_a_renamed_form_keeps_its_menu_entry(client):
    form = SupervisionForm.objects.get(slug="yksilotyonohjaus")
    form.name = "Yksilöohjaus"
    form.save()

    assert ">Yksilöohjaus</a>" in wide_menu(client)


def test_the_phone_menu_has_an_icon_and_a_label_not_a_bare_triangle(client):
    html = client.get("/").content.decode()

    toggle = re.search(r'<summary class="menu__toggle">(.*?)</summary>', html, re.S)[1]
    assert '<svg class="menu__icon"' in toggle
    assert '<span class="menu__label">Valikko</span>' in toggle


def test_staff_without_rights_cannot_change_the_menu():
    user = User.objects.create_user("vieras", password="x", is_staff=True)
    client = Client()
    client.force_login(user)

    assert client.get(ADMIN).status_code == 403


def test_the_menu_admin_pages_render_in_finnish(editor_client):
    item = MenuItem.objects.filter(parent__isnull=False).first()
    for url in (ADMIN, f"{ADMIN}add/", f"{ADMIN}{item.pk}/change/", f"{ADMIN}{item.pk}/history/"):
        response = editor_client.get(url)

        assert response.status_code == 200, url
        assert "Valikon kohdat" in response.content.decode() or "valikon kohta" in (
            response.content.decode()
        ), url


def test_publishing_several_at_once_still_leaves_room_for_the_button(editor_client):
    new = [
        MenuItem.objects.create(app_page=name, published=False, order=90 + index)
        for index, name in enumerate(["faq:questions", "pricing:prices", "contact:form"])
    ]

    response = editor_client.post(
        ADMIN,
        {"action": "publish", "_selected_action": [item.pk for item in new]},
        follow=True,
    )

    assert MenuItem.objects.published().filter(parent=None).count() == MAX_TOP_LEVEL
    assert "2 kohtaa jäi julkaisematta" in response.content.decode()
