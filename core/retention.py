"""Deleting clients' records at the end of their retention, with every trace in the admin's log."""

from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q


def delete_with_log_entries(expired, log_entries_before=None):
    """
    Delete the records of the queryset ``expired`` and the admin's log entries about them.

    The log keeps each object's name (``object_repr``), which for a client's record is their
    name and the time they chose, so its entries go with the records, in one transaction.
    ``log_entries_before`` (a time) also deletes the model's entries older than it: those of
    records staff deleted themselves. Returns the number of records deleted and the number of
    rows, those of the records' own data (which the delete cascades to) included.
    """
    model = expired.model
    ids = [str(pk) for pk in expired.values_list("pk", flat=True)]
    about_them = Q(object_id__in=ids)
    if log_entries_before is not None:
        about_them |= Q(action_time__lt=log_entries_before)
    with transaction.atomic():
        LogEntry.objects.filter(
            about_them, content_type=ContentType.objects.get_for_model(model)
        ).delete()
        rows, by_model = model._default_manager.filter(pk__in=ids).delete()
    return by_model.get(model._meta.label, 0), rows
