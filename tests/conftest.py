import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _isolated(settings):
    """Each test starts with an empty cache (rate limits) and known contact settings."""
    cache.clear()
    settings.CONTACT_RECIPIENTS = ["henkilokunta@example.com", "ohjaaja@example.com"]
    settings.DEFAULT_FROM_EMAIL = "Työnohjaus <sivusto@example.com>"
    yield
    cache.clear()
