"""The public pages of the site, shared by the view tests and the browser tests."""

from django.core.cache import cache

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
    "/ota-yhteytta/": "Laittakaa viestiä",
    "/tietosuoja/": "Tietosuojaseloste",
    "/saavutettavuus/": "Saavutettavuusseloste",
    "/hinnat/": "Hinnat",
    "/hinnat/yksityishenkilo/": "Hinnat yksityishenkilöille",
    "/usein-kysyttya/": "Miten työnohjaus eroaa terapiasta ja coachingista?",
    "/nain-aloitamme/": "Kartoituskerta",
    "/luottamuksellisuus/": "Luottamuksellisuus ja eettiset periaatteet",
    "/julkiset-hankinnat/": "Puitejärjestely ja osa-alueet",
    "/julkiset-hankinnat/toimittajatiedot/": "Toimittajatiedot",
    "/artikkelit/": "Kirjoituksia työnohjauksesta",
    "/koulutukset/": "Koulutukset ja tietoiskut",
}

# The queries a public page may make when it is rendered cold, beside the main menu and the
# availability asked by the call to action: four for a content page (itself, the site details
# and its own content); the home page's eleven parts; the supplier sheet's page, site details,
# supervisors with their forms and credentials, prices and terms; the buyers' page asks too
# whether any term is published, to promise only what exists, and for its client organisations.
# The home page and a form's page also read their coming events in one query, and their newest
# articles (and when the next scheduled one appears) in one more.
PAGE_QUERIES = {
    "/": 11,
    **{f"/palvelut/{slug}/": 6 for slug in FORM_SLUGS},
    "/julkiset-hankinnat/": 6,
    "/julkiset-hankinnat/toimittajatiedot/": 7,
}


def page_queries(url):
    return PAGE_QUERIES.get(url, 4)


# Public pages an app renders afresh for every request, never page-cached: the free times must
# be the database's own at every request, and the team map's creation form keeps Django's CSRF
# check. Every check of a public page's look, accessibility, policy and SEO covers them too;
# the tests of the page cache (and its query budgets) do not.
UNCACHED_PUBLIC_PAGES = {
    "/ajanvaraus/": "Varatkaa maksuton tutustumiskeskustelu",
    "/tyoyhteisokartta/tiimi/": "Tiimin työyhteisökartta",
}
ALL_PUBLIC_PAGES = {**PUBLIC_PAGES, **UNCACHED_PUBLIC_PAGES}

# The pages that end with the call to action ("Laita viestiä" and, while a supervisor has free
# times, "Varatkaa maksuton tutustumiskeskustelu"); a form's page ends with its next steps,
# which offer the same.
NO_CALL_TO_ACTION = {
    "/tyoyhteisokartta/",
    "/ota-yhteytta/",
    "/tietosuoja/",
    "/saavutettavuus/",
    "/julkiset-hankinnat/toimittajatiedot/",
}
CALL_TO_ACTION_PAGES = {url for url in PUBLIC_PAGES if url not in NO_CALL_TO_ACTION}

# Content and form pages: from 64 rem the text at its reading width with a sidebar beside it
# (or, on the prices and the presentation, content as wide), so that the page uses the width.
CONTENT_PAGES = [
    "/palvelut/",
    *(f"/palvelut/{slug}/" for slug in FORM_SLUGS),
    "/tyootteemme/",
    "/vaikuttavuus/",
    "/johtajuus/",
    "/yhteisollinen-dialogi/",
    "/hyodyt/",
    "/hinnat/",
    "/hinnat/yksityishenkilo/",
    "/usein-kysyttya/",
    "/nain-aloitamme/",
    "/luottamuksellisuus/",
    "/julkiset-hankinnat/",
    "/tietosuoja/",
    "/saavutettavuus/",
]


# The two queries every page with the call to action makes besides its own: the main menu, and
# whether any supervisor has a free time to book; both cached with the content version.
CALL_TO_ACTION_QUERIES = 2


def assert_own_queries_cold_and_none_warm(client, path, assert_max_queries, own=4):
    """
    ``path`` asks at most ``own`` queries of its own on an empty cache (and those of the call to
    action), and none on the next request; ``assert_max_queries`` is pytest-django's
    ``django_assert_max_num_queries``.
    """
    cache.clear()
    with assert_max_queries(own + CALL_TO_ACTION_QUERIES):
        assert client.get(path).status_code == 200
    with assert_max_queries(0):
        assert client.get(path).status_code == 200
