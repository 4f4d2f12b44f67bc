"""Generated submissions: never a server error, valid ones stored once, invalid ones not at all."""

import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contact.models import Enquiry
from services.models import SupervisionForm
from tests.support.factories import make_form_token

pytestmark = pytest.mark.django_db

FUZZ_SETTINGS = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
FIELDS = ["name", "email", "phone", "organisation", "topic", "group_size", "delivery",
          "contact_method", "message", "website"]  # fmt: skip

# Printable text without control or format characters: what a person can type.
typed_text = st.text(
    alphabet=st.characters(
        blacklist_categories=["Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"],
    ),
    min_size=1,
    max_size=200,
).filter(lambda value: value.strip())
valid_email = st.builds(
    "{}@{}.fi".format,
    st.text(alphabet=string.ascii_lowercase + string.digits, min_size=1, max_size=30),
    st.text(alphabet=string.ascii_lowercase, min_size=2, max_size=20),
)
anything = st.one_of(
    st.text(max_size=300),
    st.text(max_size=20_000),
    st.just(""),
    st.text(alphabet=st.characters(max_codepoint=0x1F), max_size=50),
    st.integers().map(str),
)


@pytest.fixture
def submit(client, settings, django_capture_on_commit_callbacks):
    settings.CONTACT_RATE_LIMIT = 1_000_000
    topic_ids = list(SupervisionForm.objects.published().values_list("pk", flat=True))

    def submit(data):
        data = {**data, "started": make_form_token()}
        if data.get("topic") == "published":
            data["topic"] = str(topic_ids[0])
        with django_capture_on_commit_callbacks(execute=True):
            return client.post("/ota-yhteytta/", data)

    return submit


@FUZZ_SETTINGS
@given(
    name=typed_text,
    email=valid_email,
    organisation=st.one_of(st.just(""), typed_text),
    message=st.text(
        alphabet=st.characters(blacklist_categories=["Cc", "Cf", "Cs", "Co", "Cn"]) | st.just("\n"),
        min_size=1,
        max_size=4000,
    ).filter(lambda value: value.strip()),
    topic=st.sampled_from(["", "published"]),
    delivery=st.sampled_from(["on_site", "remote", "either"]),
)
def test_every_valid_submission_is_stored_exactly_once(
    submit, name, email, organisation, message, topic, delivery
):
    before = Enquiry.objects.count()

    response = submit(
        {
            "name": name,
            "email": email,
            "organisation": organisation,
            "message": message,
            "topic": topic,
            "delivery": delivery,
            "contact_method": "email",
        }
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    assert Enquiry.objects.count() == before + 1


invalid_submissions = st.fixed_dictionaries(
    {
        "name": typed_text,
        "email": valid_email,
        "message": typed_text,
        "delivery": st.just("either"),
        "contact_method": st.just("email"),
    }
).flatmap(
    lambda valid: st.one_of(
        st.just({**valid, "name": ""}),
        st.just({**valid, "email": valid["email"].replace("@", "")}),
        st.just({**valid, "message": "x" * 5001}),
        st.just({**valid, "delivery": "mars"}),
        st.just({**valid, "website": "https://spam.example"}),
        st.builds(
            lambda junk: {**valid, "name": valid["name"] + junk},
            st.sampled_from(["\x00", "\x07", "\u200b", "\x1b[31m"]),
        ),
    )
)


@FUZZ_SETTINGS
@given(data=invalid_submissions)
def test_no_invalid_submission_is_stored(submit, data):
    before = Enquiry.objects.count()

    response = submit(data)

    assert response.status_code == 400
    assert Enquiry.objects.count() == before


@FUZZ_SETTINGS
@given(data=st.fixed_dictionaries({}, optional=dict.fromkeys(FIELDS, anything)))
def test_arbitrary_input_never_causes_a_server_error(submit, data):
    before = Enquiry.objects.count()

    response = submit(data)

    assert response.status_code in (302, 400)
    expected = before + 1 if response.status_code == 302 else before
    assert Enquiry.objects.count() == expected
