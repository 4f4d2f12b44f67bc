"""
Every interface string has a Finnish translation, and a Swedish and an English one ready for
the languages to come; the compiled catalogues are current.
"""

from pathlib import Path

import polib
import pytest
from django.conf import settings

SITE_CATALOGUE = Path(settings.BASE_DIR) / "locale" / "{language}" / "LC_MESSAGES" / "django.po"
OTHER_LANGUAGES = ["sv", "en"]
CATALOGUES = sorted(Path(settings.BASE_DIR).glob("**/locale/fi/LC_MESSAGES/django.po"))
CATALOGUES = [path for path in CATALOGUES if ".venv" not in path.parts]
CATALOGUES += [Path(str(SITE_CATALOGUE).format(language=code)) for code in OTHER_LANGUAGES]


def test_every_catalogue_is_found():
    # The site's own and the third-party apps' Finnish, the site's Swedish and English.
    assert len(CATALOGUES) == 4
    assert all(path.exists() for path in CATALOGUES)


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_the_swedish_and_english_catalogues_hold_every_string_of_the_finnish(language):
    def strings(code):
        catalogue = polib.pofile(str(SITE_CATALOGUE).format(language=code))
        return {(entry.msgctxt, entry.msgid) for entry in catalogue if not entry.obsolete}

    assert strings(language) == strings("fi")


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
