"""
Parts of pages kept under the stamps of the kinds of content they show (core.parts): each
names every kind it reads, an edit shows at once, and an edit of another kind leaves it kept.
"""

import re
from datetime import timedelta
from unittest import mock

import pytest
from django.core.management import call_command
from django.db import connection
from django.urls import reverse

from core import parts
from faq.models import Question
from supervisors.models import Supervisor
from tests.support import map_answers
from tests.support.site_urls import public_addresses
from tests.support.token_addresses import all_valid_tokens

TABLE = re.compile(r'(?:FROM|JOIN)\s+"(\w+)"')


def tables_of(kinds):
    """The tables the rows of ``kinds`` are in, their links (many-to-many) included."""
    tables = set()
    for model in kinds:
        tables.add(model._meta.db_table)
        tables.update(parent._meta.db_table for parent in model._meta.get_parent_list())
        tables.update(field.remote_field.through._meta.db_table
                      for field in model._meta.local_many_to_many)  # fmt: skip
    return tables


@pytest.fixture
def example_content(db):
    call_command("load_example_content", verbosity=0)


def test_every_part_names_every_kind_of_content_it_reads(example_content, client, settings):
    """
    Rendered with no cache, every part computes, and each query made while one does reads
    only tables of the kinds it (and every part around it) is kept under.
    """
    addresses = [a for a in public_addresses(client) if a != "/healthz"] + ["/sv/", "/en/"]
    addresses += ["/ei-ole-olemassa/", "/a/b/c/", "/sv/tjanster/ei-ole/"]  # pages not found
    # The pages at secret addresses and a personal map show parts too.
    addresses += [reverse(name, kwargs=kwargs) for name, kwargs in all_valid_tokens().items()]
    addresses.append(map_answers.submit(client, map_answers.answer_all(lambda s: 3))["Location"])
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    unnamed, queried_in_parts = [], set()

    def check(execute, sql, params, many, context):
        for name, kinds in parts.being_computed():
            queried_in_parts.add(name)
            read = set(TABLE.findall(sql)) - tables_of(kinds)
            if read:
                unnamed.append((path, name, sorted(read)))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(check):
        for path in addresses:
            assert client.get(path).status_code < 500, path
    assert not unnamed, "parts read kinds they are not kept under:\n" + "\n".join(
        f"{path} {name}: {tables}" for path, name, tables in unnamed
    )
    # The check looked at the parts of the home page at least.
    assert {"home-supervisors", "map:dimensions", "map:rules"} <= queried_in_parts
    assert [name for name in queried_in_parts if name.startswith("not-found:")]


def test_an_edit_of_another_kind_leaves_the_home_pages_parts_kept(
    example_content, client, django_assert_num_queries
):
    client.get("/")
    question = Question.objects.first()
    question.question_fi = question.question_fi + " (muokattu)"
    question.save()
    # The page (a new content version) is rendered again, its parts are not: only the page's
    # own text and the home page's row are read.
    with django_assert_num_queries(2):
        assert client.get("/").status_code == 200


def test_an_edit_shows_at_once_in_the_part_that_shows_it(example_content, client):
    supervisor = Supervisor.objects.published().first()
    assert supervisor.name in client.get("/").content.decode()
    supervisor.name = "Uusi Nimi"
    supervisor.save()
    home = client.get("/").content.decode()
    assert "Uusi Nimi" in home


def test_a_change_of_unknown_kind_renews_every_part(example_content, client):
    from core import page_cache

    client.get("/")
    Supervisor.objects.update(name="Päivitetty Nimi")  # no signal: the caller invalidates
    page_cache.invalidate()
    assert "Päivitetty Nimi" in client.get("/").content.decode()


def test_a_part_naming_a_kind_whose_changes_keep_no_stamp_is_refused(db):
    """A kind no edit stamps (a booking, say) would keep the part as it was forever."""
    from booking.models import Booking
    from core import page_cache

    with pytest.raises(ValueError, match=r"booking\.Booking"):
        page_cache.kinds_stamp([Booking])


def test_a_kept_part_holds_only_until_the_clock_changes_what_it_shows(db, client):
    """The home page rendered again after an edit elsewhere, with its news part kept."""
    from tests.support.events import make_event

    event = make_event(slug="pian", title="Pian päättyvä")
    assert "Pian päättyvä" in client.get("/").content.decode()
    question = Question.objects.first()
    question.save()  # a new content version
    # The page is rendered again and kept, with its news part as kept before the edit.
    assert "Pian päättyvä" in client.get("/").content.decode()
    with mock.patch("django.utils.timezone.now", return_value=event.ends_at + timedelta(seconds=1)):
        assert "Pian päättyvä" not in client.get("/").content.decode()


def test_staff_get_parts_rendered_afresh_and_keep_none(example_content, editor_client):
    """What staff are shown may be a preview of unsaved or unpublished content."""
    from django.core.cache import cache

    cache.clear()
    assert editor_client.get("/").status_code == 200
    assert not [key for key in cache._cache if ":part:" in key and "home-" in key]
