"""
The purchaser's secret link: one per process (``models.Agreement``), its token derived from a
random key and the site's secret, only its SHA-256 stored. The same link opens the agreement
and, in the evaluations app, the purchaser's results.
"""

from django.db import IntegrityError, transaction

from .models import Agreement


def process_for_purchaser_token(token):
    """The process whose purchaser's link carries ``token``, or None for any other token."""
    agreement = Agreement.by_manage_token(Agreement.objects.select_related("process"), token)
    return None if agreement is None else agreement.process


def agreement_for_purchaser_token(token):
    """The agreement (with its process) the purchaser's link ``token`` opens, or None."""
    agreements = Agreement.objects.select_related(
        "process__terms", "process__price_row", "process__form"
    )
    return Agreement.by_manage_token(agreements, token)


def purchaser_link(process):
    """The process's agreement with a purchaser's link, made on first need."""
    agreement = Agreement.objects.filter(process=process).first()
    if agreement is None:
        agreement = Agreement(process=process)
        agreement.new_manage_key()
        try:
            with transaction.atomic():
                agreement.save()
        except IntegrityError:  # made meanwhile by another request
            agreement = Agreement.objects.get(process=process)
    return agreement
