"""Who reaches rounds, codes and results in the admin: handlers all, supervisors their own."""

import re
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from core import roles
from evaluations.models import EvaluationCode, EvaluationRound
from tests.support.admin_urls import admin_urls_for
from tests.support.evaluations import (
    CODE,
    answer,
    answer_data,
    make_process,
    make_round,
    supervisor_of,
)
from tests.support.factories import enquiry_handler, log_in_verified, make_content_editor
from tests.support.supervision import staff_with_role

pytestmark = pytest.mark.django_db

ADMIN = "/hallinta/evaluations/evaluationround/"


def _client(user):
    client = Client()
    log_in_verified(client, user)
    return client


def _every_evaluation_address(item):
    return [
        ADMIN,
        f"{ADMIN}add/",
        f"{ADMIN}{item.pk}/change/",
        f"{ADMIN}{item.pk}/koodit/",
        f"{ADMIN}{item.pk}/tulokset/",
        f"{ADMIN}{item.pk}/yhteenveto/",
        f"{ADMIN}{item.pk}/yhteenveto.pdf",
        "/hallinta/evaluations/",
        "/hallinta/evaluations/impactfigure/",
    ]


@pytest.mark.parametrize("make_user", [make_content_editor, enquiry_handler])
def test_content_editors_and_enquiry_handlers_reach_no_round_code_or_answer(make_user):
    item, _codes = make_round(make_process())
    user = make_user()
    assert not [url for url in admin_urls_for(user) if "evaluations" in url]
    client = _client(user)
    for url in _every_evaluation_address(item):
        assert client.get(url).status_code in (403, 404), url
    closing = client.post(f"{ADMIN}{item.pk}/sulje/")
    assert closing.status_code in (403, 404)
    item.refresh_from_db()
    assert item.closed_on is None
    assert "Esimerkkikunta" not in client.get("/hallinta/").content.decode()


def test_nobody_has_an_admin_for_codes_or_answers(admin_user):
    urls = admin_urls_for(admin_user)
    assert not [url for url in urls if "evaluationcode" in url or "evaluationanswer" in url]


def test_a_supervisor_sees_only_their_own_processes_rounds():
    own = make_process(organisation="Oma Oy")
    other = make_process(organisation="Vieras Oy")
    own_round, _ = make_round(own)
    other_round, _ = make_round(other)
    client = _client(supervisor_of(own))
    listing = client.get(ADMIN).content.decode()
    assert "Oma Oy" in listing
    assert "Vieras Oy" not in listing
    assert client.get(f"{ADMIN}{own_round.pk}/koodit/").status_code == 200
    assert client.get(f"{ADMIN}{own_round.pk}/tulokset/").status_code == 200
    for url in (f"{ADMIN}{other_round.pk}/koodit/", f"{ADMIN}{other_round.pk}/tulokset/",
                f"{ADMIN}{other_round.pk}/yhteenveto.pdf"):  # fmt: skip
        assert client.get(url).status_code == 404, url
    assert client.get(f"{ADMIN}{other_round.pk}/change/").status_code == 302  # "not found"
    assert client.post(f"{ADMIN}{other_round.pk}/sulje/").status_code == 404
    form = client.get(f"{ADMIN}add/").content.decode()
    assert "Oma Oy" in form
    assert "Vieras Oy" not in form


def test_a_supervisor_opens_a_round_prints_its_slips_and_closes_it_early():
    process = make_process()
    client = _client(supervisor_of(process))
    today = timezone.localdate()
    response = client.post(
        f"{ADMIN}add/",
        {
            "process": process.pk,
            "kind": "start",
            "opens_on": today.isoformat(),
            "closes_on": (today + timedelta(days=14)).isoformat(),
            "threshold": "5",
            "code_count": "7",
        },
    )
    assert response.status_code == 302
    item = EvaluationRound.objects.get()
    assert EvaluationCode.objects.filter(round=item).count() == 7
    slips = client.get(f"{ADMIN}{item.pk}/koodit/").content.decode()
    codes = CODE.findall(slips)
    assert len(set(codes)) == 7
    assert "/arviointi/" in slips
    assert answer(codes[0], answer_data(process, [4, 4], 4)).status_code == 302
    # The threshold and the number of codes are fixed once the codes are out.
    change = client.get(f"{ADMIN}{item.pk}/change/").content.decode()
    assert 'name="threshold"' not in change
    assert 'name="code_count"' not in change
    closed = client.post(f"{ADMIN}{item.pk}/sulje/")
    assert closed.status_code == 302
    item.refresh_from_db()
    assert item.closed_on == today
    assert answer(codes[1], answer_data(process, [4, 4], 4)).status_code == 410
    # A closed round never opens again: its days can no longer be changed.
    change = client.get(f"{ADMIN}{item.pk}/change/").content.decode()
    assert 'name="closes_on"' not in change
    assert 'name="opens_on"' not in change


def test_a_threshold_under_three_is_refused_by_the_form_and_the_database(admin_user):
    from django.db import IntegrityError, transaction

    process = make_process()
    client = _client(admin_user)
    today = timezone.localdate()
    response = client.post(
        f"{ADMIN}add/",
        {"process": process.pk, "kind": "mid", "opens_on": today.isoformat(),
         "closes_on": today.isoformat(), "threshold": "2", "code_count": "6"},
    )  # fmt: skip
    assert response.status_code == 200
    assert "Vähintään 3" in response.content.decode()
    assert not EvaluationRound.objects.exists()
    with pytest.raises(IntegrityError), transaction.atomic():
        make_round(process, threshold=2)


def test_process_handlers_see_every_process_and_may_publish_the_figure():
    make_round(make_process(organisation="Yksi Oy"))
    make_round(make_process(organisation="Toinen Oy"))
    client = _client(staff_with_role(roles.PROCESS_HANDLERS, "kasittelija-p"))
    listing = client.get(ADMIN).content.decode()
    assert "Yksi Oy" in listing
    assert "Toinen Oy" in listing
    published = client.post("/hallinta/evaluations/impactfigure/add/", {"published": "on"})
    assert published.status_code == 302


def test_the_process_purge_deletes_its_rounds_codes_answers_and_their_admin_log(admin_user):
    import io

    from django.contrib.admin.models import ADDITION, LogEntry
    from django.contrib.contenttypes.models import ContentType
    from django.core.management import call_command

    from evaluations.models import EvaluationAnswer
    from processes.models import Process

    long_ago = timezone.localdate() - timedelta(days=4 * 365)
    old = make_process(organisation="Vanha Oy", starts_on=long_ago - timedelta(days=100),
                       planned_end_on=long_ago, retention_years=2)  # fmt: skip
    kept = make_process(organisation="Tuore Oy")
    for process in (old, kept):
        item, codes = make_round(process)
        answer(codes[0], answer_data(process, [3, 3], 3))
        LogEntry.objects.create(
            user=admin_user,
            content_type=ContentType.objects.get_for_model(EvaluationRound),
            object_id=str(item.pk),
            object_repr=str(item),
            action_flag=ADDITION,
        )
    call_command("purge_processes", stdout=io.StringIO())
    assert list(Process.objects.values_list("organisation", flat=True)) == ["Tuore Oy"]
    assert list(EvaluationRound.objects.values_list("process__organisation", flat=True)) == [
        "Tuore Oy"
    ]
    assert EvaluationCode.objects.exclude(round__process=kept).count() == 0
    assert EvaluationAnswer.objects.count() == 1
    assert EvaluationAnswer.objects.get().round.process == kept
    assert list(LogEntry.objects.values_list("object_repr", flat=True)) == [
        str(kept.evaluation_rounds.get())
    ]


def test_supervisors_role_is_given_no_answer_or_code_rights():
    from django.contrib.auth.models import Group

    for role in roles.STAFF_ROLES:
        names = set(
            Group.objects.get(name=role)
            .permissions.filter(content_type__app_label="evaluations")
            .values_list("codename", flat=True)
        )
        assert not {name for name in names if re.search("answer|code", name)}, role
