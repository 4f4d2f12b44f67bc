"""
The privacy statement tells what the evaluations of a supervision process store: a section
after the processes' section (0005), in Finnish, Swedish and English, added only where that
section still ends as 0005 wrote it (core.seeded_texts).
"""

from django.db import migrations
from django.utils.translation import gettext_noop

from core.seeded_texts import add_section

SLUG = "tietosuoja"

ANCHORS = {
    "fi": """Samalla poistuvat sen tavoitteet, sopimuksen versiot, hyväksyntätiedot, tilaajan linkki ja arviointien vastaukset: hyväksyntä säilytetään yhtä kauan kuin sopimus.

""",
    "sv": """Samtidigt raderas dess mål, avtalets versioner, uppgifterna om godkännandet, beställarens länk och svaren på utvärderingarna: godkännandet sparas lika länge som avtalet.

""",
    "en": """With it, its goals, the versions of the agreement, the acceptance records, the purchaser's link and the answers to the evaluations are deleted: the acceptance is kept as long as the agreement.

""",
}

SECTIONS = {
    "fi": """## Työnohjauksen arvioinnit

Työnohjauksen osallistujat arvioivat työnohjausta sovittuja tavoitteita vasten nimettömästi: kukin saa työnohjaajalta paperilapulla kertakäyttöisen vastauskoodin. Vastauksesta tallennamme vain arviot (edistyminen kussakin tavoitteessa, tapaamisten hyödyllisyys, ryhmän kyky käsitellä vaikeita tilanteita ja suosittelu). Emme tallenna vastaajan nimeä, IP-osoitetta, selaimen tunnistetta, vastauskoodia emmekä vastausaikaa. Koodeista tallennamme vain tiivisteet, ja käytetyt koodit kirjataan erilleen vastauksista, joten vastausta ei voi yhdistää koodiin eikä vastaajaan.

Työnohjaaja ja tilaaja näkevät vain koko ryhmän lukuja ja vasta, kun arviointikierros on päättynyt ja vähintään sovittu määrä (vähintään kolme, oletuksena viisi) on vastannut; kysymyksen luvut näytetään vain, kun yhtä moni on vastannut siihen. Sivustolla voidaan julkaista päättyneistä arvioinneista laskettu yhteenvetoluku vain, kun vastauksia on vähintään 30 vähintään viidestä prosessista, eikä siitä voi tunnistaa asiakasta. Arviointien vastaukset poistetaan prosessin mukana.

""",
    "sv": """## Utvärderingar av arbetshandledningen

Deltagarna i handledningen utvärderar den anonymt mot de avtalade målen: var och en får av handledaren en engångskod på en papperslapp. Av ett svar sparar vi endast bedömningarna (framsteg mot varje mål, träffarnas nytta, gruppens förmåga att bearbeta svåra situationer och rekommendationen). Vi sparar inte svararens namn, IP-adress, webbläsarens identifierare, svarskoden eller tidpunkten för svaret. Av koderna sparar vi endast hashvärden, och de använda koderna förs in skilt från svaren, så att ett svar inte kan kopplas till en kod eller en svarare.

Handledaren och beställaren ser endast hela gruppens siffror och först när utvärderingsomgången har stängt och minst det avtalade antalet (minst tre, som standard fem) har svarat; en frågas siffror visas endast när lika många har svarat på den. På webbplatsen kan en sammanfattande siffra som räknats ut från stängda utvärderingar publiceras endast när det finns minst 30 svar från minst fem processer, och ingen kund kan identifieras ur den. Svaren på utvärderingarna raderas tillsammans med processen.

""",
    "en": """## Evaluations of the supervision

The participants evaluate the supervision anonymously against the agreed goals: each receives a single-use answer code on a paper slip from the supervisor. Of an answer we store only the ratings (progress on each goal, the usefulness of the sessions, the group's ability to work on hard situations and the recommendation). We do not store the respondent's name, IP address, browser identifier, answer code or the time of the answer. Of the codes we store only hashes, and the codes used are recorded apart from the answers, so that an answer cannot be linked to a code or a respondent.

The supervisor and the purchaser see only the whole group's figures, and only once the evaluation round has closed and at least the agreed number (at least three, five by default) have answered; a question's figures are shown only when as many answered it. A summary figure computed from closed evaluations may be published on the website only when there are at least 30 answers from at least five processes, and no client can be identified from it. The answers to the evaluations are deleted with the process.

""",
}


def describe_evaluations(apps, schema_editor=None):
    add_section(
        apps,
        SLUG,
        ANCHORS,
        SECTIONS,
        gettext_noop("Seeded text updated: evaluations of supervision"),
    )


class Migration(migrations.Migration):
    dependencies = [
        ("website", "0005_privacy_statement_processes"),
        ("evaluations", "0002_roles"),
        ("reversion", "0002_add_index_on_version_for_content_type_and_db"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(describe_evaluations, migrations.RunPython.noop)]
