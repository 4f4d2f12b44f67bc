"""The rate limit counts each attempt in one statement, and starts a new period after one ends."""

from datetime import timedelta

import pytest
from django.utils import timezone

from core import ratelimit
from core.models import RateCounter

pytestmark = pytest.mark.django_db


def test_attempts_within_the_limit_pass_and_the_next_is_refused(django_assert_num_queries):
    results = []
    for _ in range(4):
        with django_assert_num_queries(1):
            results.append(ratelimit.hit("test:a", 3, 60))

    assert results == [True, True, True, False]
    assert RateCounter.objects.get(key="test:a").count == 4


def test_keys_are_counted_apart():
    for _ in range(3):
        ratelimit.hit("test:a", 3, 60)

    assert ratelimit.hit("test:b", 3, 60)


def test_a_new_period_starts_once_the_last_is_over():
    for _ in range(4):
        ratelimit.hit("test:a", 3, 60)
    RateCounter.objects.filter(key="test:a").update(expires_at=timezone.now())

    assert ratelimit.hit("test:a", 3, 60)
    counter = RateCounter.objects.get(key="test:a")
    assert counter.count == 1
    assert counter.expires_at > timezone.now() + timedelta(seconds=50)


def test_the_period_runs_from_the_first_attempt():
    ratelimit.hit("test:a", 3, 60)
    first_end = RateCounter.objects.get(key="test:a").expires_at

    ratelimit.hit("test:a", 3, 600)

    assert RateCounter.objects.get(key="test:a").expires_at == first_end


def test_a_counter_forgotten_meanwhile_starts_again():
    ratelimit.hit("test:a", 3, 60)
    RateCounter.objects.filter(key="test:a").update(expires_at=timezone.now() - timedelta(hours=1))
    assert ratelimit.forget_expired() == 1

    assert ratelimit.hit("test:a", 3, 60)
    assert RateCounter.objects.get(key="test:a").count == 1
