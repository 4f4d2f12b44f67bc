"""
Staff change the order of content by keyboard too: arrow buttons in each row move an item
past its neighbour, say so, and the move is recorded where recent changes are shown.
"""

import json

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.test import Client

from services.models import SupervisionForm
from tests.support.factories import enquiry_handler, make_content_editor

pytestmark = pytest.mark.django_db

LIST = "/hallinta/services/supervisionform/"


@pytest.fixture
def editor():
    client = Client()
    client.force_login(make_content_editor())
    return client


def forms_in_order():
    return list(SupervisionForm.objects.order_by("order", "pk").values_list("slug", flat=True))


def move(client, form, direction):
    return client.post(
        f"{LIST}{form.pk}/siirra/{direction}/",
        HTTP_REFERER=f"http://testserver{LIST}?published__exact=1",
    )


def test_each_row_has_arrow_buttons_named_for_screen_readers(editor):
    html = editor.get(LIST).content.decode()

    second = SupervisionForm.objects.get(slug="ryhmatyonohjaus")
    assert (
        f'<button type="submit" class="order-move" formaction="{LIST}{second.pk}/siirra/ylos/" '
        'aria-label="Siirrä ylemmäs: Ryhmätyönohjaus"' in html
    )
    assert 'aria-label="Siirrä alemmas: Ryhmätyönohjaus"' in html


def test_moving_up_swaps_with_the_item_above_and_confirms_it(editor, client):
    before = forms_in_order()
    second = SupervisionForm.objects.get(slug=before[1])

    response = move(editor, second, "ylos")

    assert response.status_code == 302
    assert response["Location"] == f"http://testserver{LIST}?published__exact=1"
    assert forms_in_order() == [before[1], before[0], *before[2:]]
    page = editor.get(LIST).content.decode()
    assert "”Ryhmätyönohjaus” siirrettiin ylemmäs ennen kohdetta ”Yksilötyönohjaus”." in page
    services = client.get("/palvelut/").content.decode().split("<main", 1)[1]
    assert services.index("/palvelut/ryhmatyonohjaus/") < services.index(
        "/palvelut/yksilotyonohjaus/"
    )


def test_a_move_is_logged_and_shown_among_recent_changes(editor):
    second = SupervisionForm.objects.get(slug=forms_in_order()[1])

    move(editor, second, "ylos")

    entry = LogEntry.objects.get(object_id=str(second.pk))
    assert entry.action_flag == CHANGE
    assert entry.get_change_message() == "Siirretty ylemmäs ennen kohdetta ”Yksilötyönohjaus”."
    dashboard = editor.get("/hallinta/").content.decode()
    assert (
        f'/hallinta/services/supervisionform/{second.pk}/change/">Ryhmätyönohjaus</a>' in dashboard
    )


def test_moving_the_first_item_up_changes_nothing_and_says_why(editor):
    before = forms_in_order()
    first = SupervisionForm.objects.get(slug=before[0])

    response = move(editor, first, "ylos")

    assert response.status_code == 302
    assert forms_in_order() == before
    assert not LogEntry.objects.exists()
    assert "”Yksilötyönohjaus” on jo ensimmäisenä." in editor.get(LIST).content.decode()


def test_moving_down_swaps_with_the_item_below(editor):
    before = forms_in_order()
    first = SupervisionForm.objects.get(slug=before[0])

    move(editor, first, "alas")

    assert forms_in_order() == [before[1], before[0], *before[2:]]


def test_a_move_needs_a_post_and_the_right_to_change(editor):
    form = SupervisionForm.objects.get(slug="ryhmatyonohjaus")
    handler = Client()
    handler.force_login(enquiry_handler())

    assert editor.get(f"{LIST}{form.pk}/siirra/ylos/").status_code == 405
    assert editor.post(f"{LIST}{form.pk}/siirra/sivulle/").status_code == 404
    assert handler.post(f"{LIST}{form.pk}/siirra/ylos/").status_code == 403


def test_a_drag_and_drop_is_logged_with_the_new_place(editor):
    first, second = (SupervisionForm.objects.get(slug=slug) for slug in forms_in_order()[:2])

    response = editor.post(
        f"{LIST}adminsortable2_update/",
        json.dumps({"updatedItems": [[second.pk, first.order], [first.pk, second.order]]}),
        content_type="application/json",
    )

    assert response.status_code == 200
    [entry] = LogEntry.objects.all()
    assert entry.object_id in {str(first.pk), str(second.pk)}
    assert entry.get_change_message().startswith("Siirretty paikalle ")
