"""The A4 handout a team leader takes to a meeting ends with how to reach the consultancy."""

import pytest

from services.models import SiteDetails
from tests.support.team_maps import dimension_answers, new_survey

pytestmark = pytest.mark.django_db


def test_the_handout_ends_with_the_consultancys_name_phone_email_and_booking_address(
    client, settings
):
    settings.SITE_URL = "https://tyonohjaus.example"
    site = SiteDetails.load()
    made = new_survey(threshold="5", member_count="6")
    for value in (1, 2, 3, 4, 5):
        made.answer(dimension_answers([value] * 6))

    handout = client.get(made.results_path + "tuloste/").content.decode()

    contact = handout[handout.index('class="team-handout__contact"') :]
    assert contact.index("</footer>") < contact.index("</article>")  # the last thing on the page
    assert f">{site.name}</h2>" in contact
    assert site.phone
    assert f">{site.phone}</a>" in contact
    assert f">{site.email}</a>" in contact
    assert "Varatkaa aika" in contact
    assert ">https://tyonohjaus.example/ajanvaraus/</a>" in contact
