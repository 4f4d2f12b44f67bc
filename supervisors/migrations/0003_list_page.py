"""The text of /tyonohjaajat/, kept as a page that staff edit like the others."""

from django.db import migrations

LIST_PAGE = {
    "slug": "tyonohjaajat",
    "title": "Työnohjaajat",
    "lead": (
        "Työnohjaus perustuu luottamukseen ohjaajaan. Tutustu työnohjaajiimme: heidän "
        "koulutukseensa, kokemukseensa eri aloilta ja siihen, miten ja missä he työskentelevät."
    ),
    "body": "",
    "meta_description": (
        "Työnohjaajamme: koulutus, pätevyydet, kokemus eri toimialoilta, työkielet ja "
        "työskentelypaikat. Valitse sinulle sopiva työnohjaaja."
    ),
}


def load_page(apps, schema_editor=None):
    Page = apps.get_model("services", "Page")
    Page.objects.get_or_create(slug=LIST_PAGE["slug"], defaults=LIST_PAGE)


def remove_page(apps, schema_editor):
    apps.get_model("services", "Page").objects.filter(slug=LIST_PAGE["slug"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("supervisors", "0002_content_editor_role"),
        ("services", "0004_contact_pages"),
    ]

    operations = [migrations.RunPython(load_page, remove_page)]
