"""
The privacy statement tells what a supervision process, its agreement and the purchaser's
acceptance store, who sees them and when they are deleted: a section after the events section
(0004), in Finnish, Swedish and English.

Inserted in each language only while that language's events section still ends exactly as
0004 wrote it, and only once (core.seeded_texts): a statement staff have rewritten there is
theirs and stays as it is. The change is recorded in the page's history, as the seeded text was.
"""

from django.db import migrations
from django.utils.translation import gettext_noop

from core.seeded_texts import add_section

SLUG = "tietosuoja"

ANCHORS = {
    "fi": """Ilmoittautumiset poistetaan sivuston tietokannasta automaattisesti vuoden (365 päivän) kuluttua tapahtuman päättymisestä.

""",
    "sv": """Anmälningarna raderas automatiskt ur webbplatsens databas ett år (365 dagar) efter att evenemanget har avslutats.

""",
    "en": """Registrations are deleted from the website's database automatically one year (365 days) after the event has ended.

""",
}

SECTIONS = {}
SECTIONS["fi"] = """## Työnohjausprosessit ja työnohjaussopimus

Kun organisaationne tilaa työnohjauksen, kirjaamme työnohjausprosessin tiedot sivuston ylläpitoon: organisaation ja ryhmän nimen, tilaajan yhteyshenkilön nimen, tehtävänimikkeen ja sähköpostiosoitteen, osallistujamäärän, työnohjaajat, aikataulun ja paikan, hinnan, työnohjauksen tavoitteet sekä sen, mitä työnantajalle tai tilaajalle kerrotaan. Osallistujien nimiä prosessiin ei kirjata.

Työnohjaussopimus laaditaan näistä tiedoista ja sopimusehdoistamme. Tilaajan yhteyshenkilö saa sähköpostilla henkilökohtaisen linkin, jolla hän lukee ja hyväksyy sopimuksen. Hyväksynnästä tallennetaan hyväksyjän nimi ja tehtävänimike, hyväksymisen ajankohta sekä sopimus sellaisena kuin se hyväksyttiin. Linkistä sivusto tallentaa vain tiivisteen, josta linkkiä ei voi päätellä, eikä IP-osoitetta tallenneta hyväksynnän yhteyteen.

Tietoja näkevät vain prosessin omat työnohjaajat ja työnohjausprosesseja käsittelevät henkilöt. Käsittelyn oikeusperuste on sopimuksen täytäntöönpano ja sitä edeltävät toimenpiteet (EU:n yleisen tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohta).

Prosessi poistetaan sivuston tietokannasta automaattisesti, kun sille asetettu säilytysaika (oletuksena kaksi vuotta) on kulunut työnohjauksen päättymisestä. Samalla poistuvat sen tavoitteet, sopimuksen versiot, hyväksyntätiedot, tilaajan linkki ja arviointien vastaukset: hyväksyntä säilytetään yhtä kauan kuin sopimus.

"""

SECTIONS["sv"] = """## Handledningsprocesser och handledningsavtal

När er organisation beställer arbetshandledning för vi in uppgifterna om handledningsprocessen i webbplatsens administration: organisationens och gruppens namn, beställarens kontaktpersons namn, befattning och e-postadress, antalet deltagare, handledarna, tidtabellen och platsen, priset, handledningens mål samt vad som berättas för arbetsgivaren eller beställaren. Deltagarnas namn förs inte in i processen.

Handledningsavtalet upprättas utifrån dessa uppgifter och våra avtalsvillkor. Beställarens kontaktperson får per e-post en personlig länk, med vilken hen läser och godkänner avtalet. Om godkännandet sparas godkännarens namn och befattning, tidpunkten för godkännandet samt avtalet så som det godkändes. Av länken sparar webbplatsen endast ett hashvärde, ur vilket länken inte kan härledas, och ingen IP-adress sparas i samband med godkännandet.

Uppgifterna ses endast av processens egna handledare och av de personer som hanterar handledningsprocesser. Behandlingen grundar sig på fullgörandet av avtalet och åtgärder som föregår det (artikel 6.1 b i EU:s allmänna dataskyddsförordning).

Processen raderas automatiskt ur webbplatsens databas när den lagringstid som angetts för den (som standard två år) har gått ut efter att handledningen avslutats. Samtidigt raderas dess mål, avtalets versioner, uppgifterna om godkännandet, beställarens länk och svaren på utvärderingarna: godkännandet sparas lika länge som avtalet.

"""

SECTIONS["en"] = """## Supervision processes and the supervision agreement

When your organisation orders work supervision, we record the details of the supervision process in the website's administration: the names of the organisation and the group, the name, job title and email address of the purchaser's contact person, the number of participants, the supervisors, the schedule and place, the price, the goals of the supervision and what the employer or purchaser is told. The participants' names are not recorded in the process.

The supervision agreement is drawn up from these details and our terms. The purchaser's contact person receives a personal link by email, with which they read and accept the agreement. For the acceptance, the name and job title of the person accepting, the time of acceptance and the agreement as it was accepted are stored. The website stores only a hash of the link, from which the link cannot be deduced, and no IP address is stored with the acceptance.

The data is seen only by the process's own supervisors and the people who handle supervision processes. The processing is based on performing the contract and on steps taken prior to entering into it (Article 6(1)(b) of the EU General Data Protection Regulation).

A process is deleted from the website's database automatically when the retention period set for it (two years by default) has passed since the supervision ended. With it, its goals, the versions of the agreement, the acceptance records, the purchaser's link and the answers to the evaluations are deleted: the acceptance is kept as long as the agreement.

"""


def describe_processes(apps, schema_editor=None):
    add_section(
        apps,
        SLUG,
        ANCHORS,
        SECTIONS,
        gettext_noop("Seeded text updated: supervision processes and agreements"),
    )


class Migration(migrations.Migration):
    dependencies = [
        ("website", "0004_privacy_statement_events"),
        ("processes", "0002_roles"),
        ("reversion", "0002_add_index_on_version_for_content_type_and_db"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(describe_processes, migrations.RunPython.noop)]
