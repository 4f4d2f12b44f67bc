"""
A working secret for every address with a ``<token:…>`` (core/url_tokens.py), on rows of its own.

The log test (tests/core/test_log_tokens.py) requests every token address with a valid token
and wrong ones; it fails for an address that has no entry here, so a new one gets its own.
Runs in the test process and, through ``manage.py shell``, against a live gunicorn's database.
"""

import secrets
from datetime import timedelta

from django.contrib.auth.models import Group, User
from django.utils import timezone

from booking.models import Booking, Mode
from community_map import content, team
from core import roles
from core.models import TwoFactorInvitation
from events import workflow
from tests.support.bookings import make_calendar, make_supervisor
from tests.support.events import make_event


def _booking_token():
    supervisor = make_supervisor(slug=f"ohjaaja-{secrets.token_hex(4)}")
    make_calendar(supervisor)
    start = (timezone.now() + timedelta(days=7)).replace(minute=0, second=0, microsecond=0)
    booking = Booking(
        supervisor=supervisor,
        start=start,
        end=start + timedelta(minutes=45),
        mode=Mode.VIDEO,
        name="Åsa Äijälä",
        email="asa@example.com",
    )
    booking.new_manage_key()
    booking.save()
    return booking.manage_token


def _registration_token():
    event = make_event(slug=f"tietoisku-{secrets.token_hex(4)}")
    [registration] = workflow.register(
        event,
        [{"name": "Åsa Äijälä", "email": f"asa-{secrets.token_hex(4)}@example.com"}],
        {"organisation": "Säätiö ry"},
        group_key=secrets.token_hex(16),
    )
    return registration.manage_token


def _feed_token():
    calendar = make_calendar(make_supervisor(slug=f"ohjaaja-{secrets.token_hex(4)}"))
    handler = User.objects.create_user(
        f"kasittelija-{secrets.token_hex(4)}", password="x" * 12, is_staff=True
    )
    handler.groups.add(Group.objects.get(name=roles.ENQUIRY_HANDLERS))
    return calendar.regenerate_feed_token(issued_to=handler)


def _survey():
    return team.create_survey(
        name="Osasto 4",
        member_count=8,
        threshold=3,
        ends_on=timezone.localdate() + timedelta(days=14),
        reveal="steps",
    )


def _answer_code():
    survey, results_token = _survey()
    return team.codes_of(survey, results_token)[0]


def _results_token():
    _survey_row, results_token = _survey()
    return results_token


def _own_map_reference():
    survey, _results_token = _survey()
    statements = content.statement_pks(content.dimensions_with_reflections())
    return team.own_map_reference(survey, dict.fromkeys(statements, 3))


def _purchaser_token():
    from processes import agreements
    from tests.support.supervision import make_process, purchaser_token

    process = make_process(organisation=f"Tilaaja {secrets.token_hex(4)}")
    agreements.current_version(process)  # the agreement's first version
    return purchaser_token(process)


def _evaluation_code():
    from tests.support.evaluations import make_process, make_round

    _round, codes = make_round(make_process(organisation=f"Tilaaja {secrets.token_hex(4)}"))
    return codes[0]


def _two_factor_invitation():
    user = User.objects.create_user(
        f"uusi-{secrets.token_hex(4)}", password="x" * 12, is_staff=True
    )
    return TwoFactorInvitation.objects.issue(user)


VALID_TOKENS = {
    "admin:two_factor_invitation": {"token": _two_factor_invitation},
    "booking:manage": {"token": _booking_token},
    "booking:cancel": {"token": _booking_token},
    "booking:move": {"token": _booking_token},
    "booking:feed": {"token": _feed_token},
    "events:manage": {"token": _registration_token},
    "events:cancel": {"token": _registration_token},
    "processes:agreement": {"token": _purchaser_token},
    "processes:accept": {"token": _purchaser_token},
    "processes:pdf": {"token": _purchaser_token},
    "evaluations:answer": {"code": _evaluation_code},
    "evaluation_results:results": {"token": _purchaser_token},
    "evaluation_results:summary": {"token": _purchaser_token},
    "evaluation_results:summary_pdf": {"token": _purchaser_token},
    "community_map:team_answer": {"code": _answer_code},
    "community_map:team_own": {"reference": _own_map_reference},
    "community_map:team_results": {"token": _results_token},
    "community_map:team_codes": {"token": _results_token},
    "community_map:team_handout": {"token": _results_token},
    "community_map:team_send": {"token": _results_token},
    "community_map:team_book": {"token": _results_token},
    "community_map:team_close": {"token": _results_token},
    "community_map:team_delete": {"token": _results_token},
    "community_map:team_start_follow_up": {"token": _results_token},
    "community_map:team_follow_up": {"token": _results_token},
    "community_map:team_baseline": {"token": _results_token},
}


def valid_tokens(view_name):
    """The keyword arguments of a working address of ``view_name``, on new rows."""
    return {name: make() for name, make in VALID_TOKENS[view_name].items()}


def all_valid_tokens():
    """``{view name: keyword arguments}`` for every token address (for ``manage.py shell``)."""
    return {view_name: valid_tokens(view_name) for view_name in VALID_TOKENS}
