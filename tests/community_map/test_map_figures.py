"""One set of figures: every score rounded once, half up to one decimal, shown alike everywhere."""

from decimal import Decimal

import pytest
from django.core import mail

from community_map import attached_table, content, scoring
from community_map.summary import summarise_team
from contact.models import Enquiry
from tests.support.factories import contact_data
from tests.support.map_answers import all_statements, submit
from tests.support.team_maps import dimension_answers, new_survey


@pytest.mark.parametrize(
    ("value", "shown"),
    [(3.25, "3.3"), (2.75, "2.8"), (Decimal("2.35"), "2.4"), (2.35, "2.4"), (3.24, "3.2")],
)
def test_the_one_rounding_goes_half_up_to_one_decimal(value, shown):
    assert scoring.one_decimal(value) == Decimal(shown)


def test_a_dimension_score_is_its_mean_rounded_half_up():
    leadership = scoring.DimensionData(
        1,
        "johtajuus",
        "Johtajuus",
        statements=tuple(scoring.StatementData(i, "") for i in range(4)),
    )

    for values, shown in (((4, 4, 3, 2), "3.3"), ((3, 3, 3, 2), "2.8")):
        answers = dict(enumerate(values))
        assert scoring.score([leadership], answers)[0].average == Decimal(shown)


def _leadership_answers(values):
    """Every statement 3 (effective), Johtajuus's statements the effective ``values``."""
    leadership = content.dimensions()[-1]
    answers = {f"s{s.pk}": "3" for s in all_statements()}
    for statement, value in zip(leadership.statements, values, strict=True):
        answers[f"s{statement.pk}"] = str(6 - value if statement.reverse_scored else value)
    return leadership, answers


@pytest.mark.django_db
@pytest.mark.parametrize(("values", "shown"), [((4, 4, 3, 2), "3,3"), ((3, 3, 3, 2), "2,8")])
def test_the_result_page_the_attachment_and_the_staff_email_show_the_same_figure(
    client, settings, django_capture_on_commit_callbacks, values, shown
):
    settings.CONTACT_MIN_SECONDS = 0
    leadership, answers = _leadership_answers(values)
    code = submit(client, answers)["Location"].split("?v=")[1]
    row = f'<th scope="row">{leadership.name}</th><td>{shown}</td>'

    result = client.get("/tyoyhteisokartta/kartta/", {"v": code}).content.decode()
    form_page = client.get("/ota-yhteytta/", {"kartta": code}).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/ota-yhteytta/", contact_data(kartta=code))
    staff_email = mail.outbox[0]

    assert f"{row}<td>4 / 4</td>" in result
    assert f"{row}<td>4 vastausta</td>" in form_page
    assert f"- {leadership.name}: {shown} (4 vastausta)" in Enquiry.objects.get().map_summary
    assert f"- {leadership.name}: {shown} (4 vastausta)" in staff_email.body
    assert f"{row}<td>4 vastausta</td>" in staff_email.alternatives[0][0]


@pytest.mark.django_db
def test_the_attachment_is_a_small_table_with_the_address_behind_a_link(client):
    _leadership, answers = _leadership_answers((4, 4, 3, 2))
    code = submit(client, answers)["Location"].split("?v=")[1]

    form_page = client.get("/ota-yhteytta/", {"kartta": code}).content.decode()

    attached = form_page[form_page.index('class="map-attached__summary"') :]
    attached = attached[: attached.index("</section>")]
    assert '<table class="map-attached__table">' in attached
    assert attached.count('<tr><th scope="row">') == len(content.dimensions())
    assert ">Koko kartta</a>" in attached
    assert f"?v={code}</" not in attached  # the long address is only the link's target
    assert "<pre" not in attached


def test_reading_the_text_back_gives_title_rows_and_lists():
    blocks = attached_table.read(
        "Tiimin työyhteisökartta: Tiimi A\n5 / 6 vastannut.\n"
        "- Johtajuus: mediaani 3,3, keskimmäinen puolikas 3,0–3,5 (6 vastaajaa)\n"
        "- Rakenteet: liian vähän arvioita\nEniten samaa mieltä:\n- Meillä on selkeät tavoitteet "
        "(samaa mieltä 6)\n\nTyöyhteisökartta: https://example.com/k/?v=1-2\n- Johtajuus: 3,3 "
        "(4 vastausta)"
    )

    assert [b.kind for b in blocks] == ["text", "text", "table", "text", "list", "title", "table"]
    assert blocks[2].rows == [
        {"name": "Johtajuus", "score": "mediaani 3,3, keskimmäinen puolikas 3,0–3,5",
         "answers": "6 vastaajaa"},
        {"name": "Rakenteet", "score": "liian vähän arvioita", "answers": ""},
    ]  # fmt: skip
    assert blocks[4].rows == ["Meillä on selkeät tavoitteet (samaa mieltä 6)"]
    assert (blocks[5].text, blocks[5].url) == ("Työyhteisökartta", "https://example.com/k/?v=1-2")


@pytest.mark.django_db
def test_the_team_handout_and_attachment_round_a_median_of_three_and_a_quarter_alike(client):
    made = new_survey(threshold="5", member_count="10")
    leadership = content.dimensions()[-1]
    for member in range(10):
        data = dimension_answers([3] * 6)
        if member >= 5:  # five members rate Johtajuus 3.5, five 3.0: the median is 3.25
            for index, statement in enumerate(leadership.statements):
                value = 4 if index % 2 else 3
                data[f"s{statement.pk}"] = str(6 - value if statement.reverse_scored else value)
        made.answer(data)
    reference = client.get(made.results_path + "laheta/")["Location"].split("tiimikartta=")[1]

    handout = client.get(made.results_path + "tuloste/").content.decode()

    assert f"{leadership.name}<span" in handout
    assert "</span></th><td>3,3</td><td>3,0–3,5</td>" in handout
    assert f"- {leadership.name}: mediaani 3,3, keskimmäinen puolikas 3,0–3,5" in summarise_team(
        reference
    )
