"""
/healthz watches the task queue: a queue that no live worker serves, a task that waited too
long and a task that a dead worker left running answer 503, naming the task and its queue but
none of its arguments; what a dead worker left running goes back to the queue.
"""

from datetime import timedelta

import pytest
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from contact.tasks import notify_staff
from core.models import WorkerHeartbeat
from core.worker import recover_orphaned_tasks
from images.tasks import make_renditions

pytestmark = pytest.mark.django_db

DATABASE_QUEUE = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default", "images"],
    }
}


@pytest.fixture(autouse=True)
def database_queue():
    with override_settings(TASKS=DATABASE_QUEUE):
        yield


def report_in(worker_id="worker-1", queues="default,images", seconds_ago=0):
    now = timezone.now()
    return WorkerHeartbeat.objects.create(
        worker_id=worker_id,
        queues=queues,
        host="palvelin",
        pid=1234,
        started_at=now - timedelta(hours=1),
        seen_at=now - timedelta(seconds=seconds_ago),
    )


def queued_notification(enquiry_id=4242, waited_seconds=0):
    result = notify_staff.enqueue(enquiry_id)
    DBTaskResult.objects.filter(pk=result.id).update(
        enqueued_at=timezone.now() - timedelta(seconds=waited_seconds)
    )
    return DBTaskResult.objects.get(pk=result.id)


def running_under(worker_id, seconds=120):
    task = queued_notification()
    DBTaskResult.objects.filter(pk=task.pk).update(
        status="RUNNING",
        worker_ids=[worker_id],
        started_at=timezone.now() - timedelta(seconds=seconds),
    )
    return DBTaskResult.objects.get(pk=task.pk)


def test_health_check_answers_200_while_a_worker_reported_in_for_every_queue(client):
    report_in("email-worker", queues="default", seconds_ago=5)
    report_in("image-worker", queues="images", seconds_ago=50)
    queued_notification(waited_seconds=10)

    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.content == b"ok\n"


def test_health_check_answers_503_when_no_worker_was_seen_for_a_minute(client):
    report_in("email-worker", queues="default", seconds_ago=75)
    report_in("image-worker", queues="images", seconds_ago=5)

    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.content == (
        b"task queue: no task worker for queue default (last seen 75 s ago)\n"
    )


def test_health_check_answers_503_when_no_worker_ever_reported_in(client):
    response = client.get("/healthz")

    assert response.status_code == 503
    assert b"no task worker for queue default (never seen)" in response.content
    assert b"no task worker for queue images (never seen)" in response.content


def test_health_check_names_a_task_that_waited_too_long_but_not_its_arguments(client):
    report_in(seconds_ago=1)
    queued_notification(enquiry_id=987654, waited_seconds=300)

    response = client.get("/healthz")

    assert response.status_code == 503
    text = response.content.decode()
    assert "task contact.tasks.notify_staff in queue default has waited 300 s" in text
    assert "987654" not in text


def test_image_work_may_wait_longer_than_email(client, settings):
    report_in(seconds_ago=1)
    make_renditions.enqueue(storage=["x", [], {}], file_name="kuvat/a.jpg")
    DBTaskResult.objects.update(enqueued_at=timezone.now() - timedelta(seconds=300))

    assert client.get("/healthz").status_code == 200

    DBTaskResult.objects.update(
        enqueued_at=timezone.now() - timedelta(seconds=settings.TASK_MAX_WAIT_SECONDS["images"] + 5)
    )
    response = client.get("/healthz")
    assert response.status_code == 503
    assert b"task images.tasks.make_renditions in queue images has waited" in response.content


def test_a_task_left_running_by_a_dead_worker_is_reported_and_put_back_in_the_queue(
    client, settings
):
    report_in("alive", seconds_ago=1)
    report_in("killed", seconds_ago=90)
    task = running_under("killed", seconds=100)
    busy = running_under("alive", seconds=100)

    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.content == (
        b"task queue: task contact.tasks.notify_staff in queue default has been running for "
        b"100 s under a worker that is no longer seen\n"
    )

    assert recover_orphaned_tasks() == 1

    task.refresh_from_db()
    busy.refresh_from_db()
    assert busy.status == "RUNNING"
    assert task.status == "READY"
    # It runs again once the outbox claim it may have taken has lapsed, not before.
    assert task.run_after == task.started_at + timedelta(seconds=settings.NOTIFY_CLAIM_SECONDS + 1)
    assert client.get("/healthz").status_code == 200


def test_a_task_running_too_long_is_reported(client, settings):
    report_in("alive", seconds_ago=1)
    running_under("alive", seconds=settings.TASK_MAX_RUN_SECONDS + 10)

    response = client.get("/healthz")

    assert response.status_code == 503
    assert b"task contact.tasks.notify_staff in queue default has been running for" in (
        response.content
    )


@override_settings(
    TASKS={"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
)
def test_tasks_run_at_once_need_no_worker(client):
    assert client.get("/healthz").status_code == 200
