from django.db import transaction
from django.db.models.signals import post_delete

from .models import Image, delete_stored_files


def connect(model, page_cache):
    """Pages show images: refresh them when one is changed or deleted."""
    page_cache.invalidate_on_change(model)
    post_delete.connect(delete_files, sender=model)


def delete_files(sender, instance, **kwargs):
    """A deleted image takes its original and every rendition with it, once committed."""
    if instance.file:
        storage, name = instance.file.storage, instance.file.name
        transaction.on_commit(lambda: delete_stored_files(storage, name))


def renditions_processed(sender, file_name, new, **kwargs):
    """django-pictures wrote the renditions: pages may now offer them."""
    if sender.model is not Image or not new:
        return
    from core import page_cache

    if Image.objects.filter(file=file_name).update(renditions_ready=True, renditions_error=""):
        page_cache.invalidate()
