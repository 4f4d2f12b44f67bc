"""
An example supervision process and example agreement terms for development, so that the admin,
the agreement and its PDF can be seen. Never loaded by a migration: ``load_example_content``
adds them, flagged ``is_example``. The terms say they are examples, not the consultancy's
terms; the organisation is invented; the price is an example price (pricing.examples).
"""

from datetime import timedelta

from django.utils import timezone

from pricing.models import PriceRow
from services.models import SupervisionForm
from supervisors.models import Supervisor

from .models import AgreementTerms, Goal, Process

TERMS_NAME = "Esimerkkiehdot (ei todelliset ehdot)"
EXAMPLE_NOTE = "Esimerkki kehityskäyttöön – ei konsultoinnin todellinen ehto."
TERMS = {
    "invoicing": f"{EXAMPLE_NOTE} Toteutuneet tapaamiset laskutetaan kuukausittain.",
    "cancellation": f"{EXAMPLE_NOTE} Tapaamisen voi siirtää maksutta viimeistään viikkoa ennen.",
    "confidentiality": (
        f"{EXAMPLE_NOTE} Tapaamisissa puhuttu jää ryhmän ja työnohjaajan välille, ellei laki "
        "velvoita muuhun."
    ),
    "evaluation": (
        f"{EXAMPLE_NOTE} Edistymistä arvioidaan tavoitteisiin alussa, puolivälissä ja lopussa."
    ),
    "ending_early": f"{EXAMPLE_NOTE} Kumpikin osapuoli voi päättää työnohjauksen kirjallisesti.",
}
ORGANISATION = "Esimerkkiorganisaatio (ei todellinen asiakas)"
GOALS = [
    (
        "Vaikeista asiakastilanteista puhutaan tiimissä ääneen ja ajoissa.",
        "Tiimipalavereissa käsitellään vähintään yksi vaikea tilanne kuukaudessa.",
    ),
    (
        "Työnjako ja vastuut ovat kaikille selviä.",
        "Kysymykset siitä, kenelle tehtävä kuuluu, vähenevät arvioinneissa.",
    ),
]


def load():
    """Add the example terms and process (two goals), or bring them back. Idempotent."""
    terms, _created = AgreementTerms.objects.update_or_create(
        name=TERMS_NAME,
        is_example=True,
        defaults={**TERMS, **{f"{field}_fi": text for field, text in TERMS.items()}},
    )
    today = timezone.localdate()
    process, _created = Process.objects.update_or_create(
        organisation=ORGANISATION,
        is_example=True,
        defaults={
            "group_name": "Esimerkkitiimi",
            "purchaser_name": "Esimerkki Tilaaja",
            "purchaser_title": "palvelupäällikkö",
            "purchaser_email": "tilaaja@example.com",
            "form": SupervisionForm.objects.filter(slug="ryhmatyonohjaus").first(),
            "participants": 6,
            "planned_sessions": 10,
            "rhythm": "kerran kuukaudessa, 90 min",
            "mode": Process.Mode.REMOTE,
            "place": "Teams",
            "price_row": PriceRow.objects.filter(is_example=True, form__slug="ryhmatyonohjaus")
            .order_by("pk")
            .first(),
            "employer_information": (
                "Läsnäolot ja arviointien yhteenvedot; tapaamisten sisältö jää ryhmän ja "
                "työnohjaajan välille."
            ),
            "terms": terms,
            "starts_on": today - timedelta(days=90),
            "planned_end_on": today + timedelta(days=270),
            "language": "fi",
        },
    )
    process.supervisors.set(Supervisor.objects.filter(is_example=True).order_by("order")[:1])
    process.goals.all().delete()
    Goal.objects.bulk_create(
        Goal(process=process, position=position, change=change, indicator=indicator)
        for position, (change, indicator) in enumerate(GOALS)
    )
    return process
