"""The public pages of the site, shared by the view tests and the browser tests."""

FORM_SLUGS = [
    "yksilotyonohjaus",
    "ryhmatyonohjaus",
    "yhteisotyonohjaus",
    "tilannetyonohjaus",
    "esihenkiloiden-tyonohjaus",
]
FORM_NAMES = [
    "Yksilötyönohjaus",
    "Ryhmätyönohjaus",
    "Yhteisötyönohjaus",
    "Tilannetyönohjaus",
    "Esihenkilöiden työnohjaus",
]

# Every public URL with a piece of its seeded Finnish content.
PUBLIC_PAGES = {
    "/": "Mitä työnohjaus on?",
    "/palvelut/": "Työnohjauksen muodot",
    **{f"/palvelut/{slug}/": name for slug, name in zip(FORM_SLUGS, FORM_NAMES, strict=True)},
    "/tyootteemme/": "Työotteemme",
    "/tyonohjaajat/": "Työnohjaajat",
    "/vaikuttavuus/": "Miten työnohjaus vaikuttaa?",
    "/johtajuus/": "Hallinnollinen työnohjaus ja johtajuuden konsultaatio",
    "/yhteisollinen-dialogi/": "Yhteisöllinen dialogi",
    "/hyodyt/": "Työnohjauksen hyödyt",
    "/tyoyhteisokartta/": "Työyhteisökartta",
    "/ota-yhteytta/": "Laita viestiä",
    "/tietosuoja/": "Tietosuojaseloste",
    "/saavutettavuus/": "Saavutettavuusseloste",
    "/hinnat/": "Hinnat",
    "/hinnat/yksityishenkilo/": "Hinnat yksityishenkilöille",
    "/usein-kysyttya/": "Miten työnohjaus eroaa terapiasta ja coachingista?",
    "/nain-aloitamme/": "Kartoituskerta",
    "/luottamuksellisuus/": "Luottamuksellisuus ja eettiset periaatteet",
}

# The pages that end with the call to action ("Laita viestiä" and, while a supervisor has free
# times, "Varaa maksuton tutustumiskeskustelu").
NO_CALL_TO_ACTION = {"/tyoyhteisokartta/", "/ota-yhteytta/", "/tietosuoja/", "/saavutettavuus/"}
CALL_TO_ACTION_PAGES = {url for url in PUBLIC_PAGES if url not in NO_CALL_TO_ACTION}
