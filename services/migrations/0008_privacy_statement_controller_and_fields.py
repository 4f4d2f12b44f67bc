"""
The privacy statement names the controller from the site details and lists every field the
contact form collects.

Only a section that still reads exactly as it was seeded is replaced: a section staff have
edited is theirs and stays as it is, and other sections (changed by other releases) are left
alone. The change is recorded in the page's history (django-reversion), as the seeded text was.
"""

from django.core import serializers
from django.db import migrations
from django.utils import timezone, translation
from django.utils.translation import gettext

SLUG = "tietosuoja"

SECTION_CHANGES = [
    (
        """## Rekisterinpitäjä

Rekisterinpitäjä on tämän sivuston ylläpitäjä. Rekisterinpitäjän nimi ja yhteystiedot näkyvät jokaisen sivun alalaidassa.
""",
        """## Rekisterinpitäjä

[rekisterinpitäjä]
""",
    ),
    (
        """Käsittelemme tietoja, jotka annat meille yhteydenottolomakkeella:

- nimi
- sähköpostiosoite
- puhelinnumero
- organisaatio
- viesti
- valitsemasi työnohjauksen muoto.
""",
        """Käsittelemme tietoja, jotka annat meille yhteydenottolomakkeella:

- nimi
- sähköpostiosoite
- puhelinnumero, jos annat sen
- organisaatio, jos kerrot sen
- aihe eli työnohjauksen muoto, jos valitset sen
- ryhmän koko, jos kerrot sen
- toivottu toteutustapa: paikan päällä, etänä tai kumpi tahansa
- toivottu yhteydenottotapa: sähköposti tai puhelin
- toivottu työnohjaaja, jos valitset sellaisen
- viesti
- työyhteisökartan yhteenveto, jos liität sen viestiisi: kartan osoite ja ulottuvuuksien keskiarvot, ei kenenkään nimeä.

Työyhteisökartan vastauksia ei tallenneta sivustolle: ne ovat vain kartan osoitteessa, jonka voit itse jakaa.
""",
    ),
]


def updated_body(body):
    """Return ``body`` with each still-seeded section replaced, or None if nothing changed."""
    # A browser sends the admin's text area with CRLF line ends: a save without edits is no edit.
    text = body.replace("\r\n", "\n")
    changed = text
    for old, new in SECTION_CHANGES:
        if changed.count(old) == 1:
            changed = changed.replace(old, new)
    return changed if changed != text else None


def _record_revision(apps, page):
    Revision = apps.get_model("reversion", "Revision")
    Version = apps.get_model("reversion", "Version")
    ContentType = apps.get_model("contenttypes", "ContentType")
    with translation.override("fi"):
        comment = gettext("Seeded text updated: the controller and the collected fields")
    revision = Revision.objects.create(date_created=timezone.now(), comment=comment)
    Version.objects.create(
        revision=revision,
        object_id=str(page.pk),
        content_type=ContentType.objects.get_or_create(app_label="services", model="page")[0],
        db="default",
        format="json",
        serialized_data=serializers.serialize("json", [page]),
        object_repr=page.title,
    )


def update_privacy_statement(apps, schema_editor=None):
    Page = apps.get_model("services", "Page")
    page = Page.objects.filter(slug=SLUG).first()
    body = updated_body(page.body) if page else None
    if body is None:
        return
    page.body = body
    page.save(update_fields=["body", "updated_at"])
    _record_revision(apps, page)


class Migration(migrations.Migration):
    dependencies = [
        ("services", "0007_prices_questions_and_start_pages"),
        ("reversion", "0002_add_index_on_version_for_content_type_and_db"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(update_privacy_statement, migrations.RunPython.noop)]
