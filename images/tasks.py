"""Renditions of uploaded images, made by the image worker (`run_worker --queue-name images`)."""

from django.db import transaction
from django_tasks import task
from pictures.tasks import _process_picture

from .models import Image

# Renditions of a large photo take a minute: they have a queue, and a worker, of their own.
RENDITIONS_QUEUE = "images"


@task(queue_name=RENDITIONS_QUEUE)
def make_renditions(*, storage, file_name, sender=None, new=None, old=None):
    """
    Write the new renditions of ``file_name`` and delete the obsolete ones.

    Should that fail, the image says so in the admin (pages go on showing its original).
    """
    try:
        _process_picture(storage=storage, file_name=file_name, sender=sender, new=new, old=old)
    except Exception as error:
        Image.objects.filter(file=file_name).update(
            renditions_ready=False, renditions_error=f"{type(error).__name__}: {error}"[:300]
        )
        raise


def queue_renditions(*, storage, file_name, sender, new=None, old=None):
    """
    django-pictures' processor: queue the work once the upload is committed.

    django-pictures 1.x knows Django 6's own task framework but not the django-tasks backport
    this project runs on Django 5.2, so this hands its arguments (plain JSON) to our queue.
    """
    transaction.on_commit(
        lambda: make_renditions.enqueue(
            storage=storage, file_name=file_name, sender=sender, new=new, old=old
        ),
        robust=True,
    )
