"""Every interface string has a Finnish translation, and the compiled catalogues are current."""

from pathlib import Path

import polib
import pytest
from django.conf import settings

CATALOGUES = sorted(Path(settings.BASE_DIR).glob("**/locale/fi/LC_MESSAGES/django.po"))
CATALOGUES = [path for path in CATALOGUES if ".venv" not in path.parts]


def test_both_catalogues_are_found():
    assert len(CATALOGUES) == 2


@pytest.mark.parametrize("path", CATALOGUES, ids=str)
def test_every_string_is_translated_and_none_is_fuzzy(path):
    catalogue = polib.pofile(path)

    assert catalogue.untranslated_entries() == []
    assert catalogue.fuzzy_entries() == []


@pytest.mark.parametrize("path", CATALOGUES, ids=str)
def test_compiled_catalogue_matches_its_source(path):
    # Keyed by context too: one English word can have several Finnish forms ("partitive").
    source = {
        (entry.msgctxt, entry.msgid): entry.msgstr or entry.msgstr_plural
        for entry in polib.pofile(path)
    }
    compiled = {
        (entry.msgctxt, entry.msgid): entry.msgstr or entry.msgstr_plural
        for entry in polib.mofile(path.with_suffix(".mo"))
        if entry.msgid
    }

    assert compiled == source
