"""The second revision of the seeded texts (issue 11): corrections, distinct form pages.

``services/seed.py`` (and the seeds of the other apps) stay as the first migrations loaded
them. Migration services 0010 (and community_map 0005 and faq 0003 for their own rows, each
naming its own seed's texts) revises a text only while it still equals one of those seeded
originals, so a text staff have edited in the admin is never overwritten:

- CORRECTIONS are word-level corrections applied to every seeded text that contains them
  (grammar slips, dated words such as "esimies", one name for the emotional-climate
  dimension);
- rewrites() (with ADDRESS_REWRITES) replace a whole seeded text, keyed by the text's corrected form, where a page
  needed more than a word changed (distinct form pages, repeated paragraphs removed);
- FORM_FACTS fill the form pages' new fact fields while they are empty.
"""

from services import seed

FORMER_LEADERSHIP_SLUG = "esimiesten-tyonohjaus"
LEADERSHIP_SLUG = "esihenkiloiden-tyonohjaus"

# In order: a longer phrase comes before a shorter one it contains.
CORRECTIONS = [
    (
        "Työnohjaus tarjoaa syvällistä oppimista sekä mahdollisuuden tutkia ja muuttaa omia "
        "asenteita sekä toiminta- ja vuorovaikutustapoja.",
        "Työnohjaus tarjoaa mahdollisuuden syvälliseen oppimiseen sekä omien asenteiden, "
        "toimintatapojen ja vuorovaikutustapojen tutkimiseen ja muuttamiseen.",
    ),
    (
        "Se tarjoaa syvällistä oppimista ja tukee ammatillista kasvua.",
        "Se tarjoaa mahdollisuuden syvälliseen oppimiseen ja tukee ammatillista kasvua.",
    ),
    ("lisää työhön hallinnan tunnetta", "lisää työn hallinnan tunnetta"),
    ("tapoja ja näkökulmia", "näkökulmia ja tapoja"),
    ("ovat tapahtumia, jotka tarjoavat", "ovat prosesseja, jotka tarjoavat"),
    ("perustehtävän suoritus onnistuu", "perustehtävä onnistuu"),
    ("miten sen suoritus onnistuu", "miten se onnistuu"),
    ("Lyhyitä interventioita", "Lyhytkestoista tukea"),
    ("ovat lyhyitä interventioita", "ovat lyhytkestoista tukea"),
    ("on lyhyt interventio, jonka", "on lyhytkestoista tukea, jonka"),
    (
        "Johtaja mahdollistaa yhteisen perustehtävän parhaan mahdollisen toteutumisen.",
        "Johtaja luo edellytykset sille, että perustehtävä onnistuu mahdollisimman hyvin.",
    ),
    (
        "Tunnemaailma kuvaa työyhteisön tunneilmastoa: miltä työssä tuntuu olla",
        "Tunnemaailma kuvaa, miltä työyhteisössä tuntuu olla",
    ),
    # One form of address per page: organisations are addressed with "te".
    (
        "Voit kertoa ryhmän koon [yhteydenottolomakkeella]",
        "Voitte kertoa ryhmän koon [yhteydenottolomakkeella]",
    ),
    (
        "Kerro [yhteydenottolomakkeella](/ota-yhteytta/), toivotteko",
        "Kertokaa [yhteydenottolomakkeella](/ota-yhteytta/), toivotteko",
    ),
    ("Ensin keskustellaan: kerro tilanteestanne", "Ensin keskustellaan: kertokaa tilanteestanne"),
    ("Kerro meille tilanteestanne", "Kertokaa meille tilanteestanne"),
    (
        "Jos et löydä tilanteeseesi sopivaa hintaa, [kysy meiltä]",
        "Jos ette löydä tilanteeseenne sopivaa hintaa, [kysykää meiltä]",
    ),
    ("Miten valitsen itselleni sopivan työnohjaajan?", "Miten valitsemme sopivan työnohjaajan?"),
    (
        "Vertaa työnohjaajien koulutusta, työtapaa, kokemusta omalta alaltasi",
        "Vertailkaa työnohjaajien koulutusta, työtapaa, kokemusta omalta alaltanne",
    ),
    ("Tutustu [työnohjaajiimme]", "Tutustukaa [työnohjaajiimme]"),
    (f"/palvelut/{FORMER_LEADERSHIP_SLUG}/", f"/palvelut/{LEADERSHIP_SLUG}/"),
    ("Esimiestyönohjauksessa", "Esihenkilöiden työnohjauksessa"),
    ("Esimiesten", "Esihenkilöiden"),
    ("esimiesten", "esihenkilöiden"),
    ("esimiesryhmän", "esihenkilöryhmän"),
    ("esimiesryhmälle", "esihenkilöryhmälle"),
    ("esimiesryhmien", "esihenkilöryhmien"),
    ("esimiestyöhön", "esihenkilötyöhön"),
    ("esimiestaitojen", "esihenkilötaitojen"),
    ("Esimiehelle", "Esihenkilölle"),
    ("Esimiehen", "Esihenkilön"),
    ("esimiehen", "esihenkilön"),
    ("esimiehenä", "esihenkilönä"),
    ("esimiehineen", "esihenkilöineen"),
    ("Esimiehet", "Esihenkilöt"),
    ("esimiehet", "esihenkilöt"),
    ("esimiestä", "esihenkilöä"),
    ("Esimies", "Esihenkilö"),
    ("esimies", "esihenkilö"),
    ("Tunneilmastossa", "Tunnemaailmassa"),
    ("tunneilmastoaan", "tunnemaailmaansa"),
    ("tunneilmastoa", "tunnemaailmaa"),
    ("tunneilmaston", "tunnemaailman"),
    ("Tunneilmasto", "Tunnemaailma"),
    ("tunneilmasto", "tunnemaailma"),
]


def corrected(text):
    """The text with every correction applied."""
    for old, new in CORRECTIONS:
        text = text.replace(old, new)
    return text


SESSION = "Yleensä 90–120 minuuttia"

FORM_FACTS = {
    "yksilotyonohjaus": dict(
        session_length=SESSION,
        frequency="Tavallisesti muutaman viikon välein",
        participants="Ohjattava ja työnohjaaja kahden kesken",
    ),
    "ryhmatyonohjaus": dict(
        session_length=SESSION,
        frequency="Tavallisesti muutaman viikon välein",
        participants="Työryhmä tai tiimi; ryhmän koosta sovitaan kartoituksessa",
    ),
    "yhteisotyonohjaus": dict(
        session_length=SESSION,
        frequency="Sovitaan kehittämisen tavoitteiden mukaan",
        participants="Koko työyhteisö esihenkilöineen",
    ),
    "tilannetyonohjaus": dict(
        session_length=SESSION,
        frequency="Yksi tai muutama istunto pian tilanteen jälkeen",
        participants="Tilanteen kohdannut henkilö, työryhmä tai työyhteisö",
    ),
    LEADERSHIP_SLUG: dict(
        session_length=SESSION,
        frequency="Tavallisesti muutaman viikon välein",
        participants="Esihenkilö tai johtaja yksin tai esihenkilöryhmä",
    ),
}

INDIVIDUAL_BODY = """\
Yksilötyönohjaus tukee perustehtävän hoitamista organisaation tavoitteiden mukaisesti. Se vahvistaa ammatti-identiteettiä, auttaa rajaamaan omaa työtä ja lisää työn hallinnan tunnetta.

## Millainen istunto on

Ohjattava tuo istuntoon työtilanteen, joka askarruttaa tai kuormittaa. Tarkastelemme sitä yhdessä: mitä tilanteessa tapahtui, mikä oma osuus siinä oli ja miten siinä voisi toimia toisin. Tavoitteena on purkaa työstä aiheutuvaa kuormittuneisuutta ja löytää uusia näkökulmia ja tapoja edetä.

## Kuinka usein

Istuntoja pidetään tavallisesti muutaman viikon välein, jotta uusia näkökulmia ehtii kokeilla omassa työssä. Kokonaisuus voi olla muutaman istunnon jakso tai useamman vuoden prosessi. Istuntojen määrästä sovitaan [työnohjaussopimuksessa](/nain-aloitamme/).

## Esimerkkejä tilanteista

- Uusi tehtävä tai rooli, jossa oma työ kaipaa jäsentämistä.
- Vaativa asiakastyö, joka kuormittaa ja seuraa mukana työpäivän jälkeen.
- Työn rajaaminen, kun tehtäviä on enemmän kuin aikaa.
- Oman työotteen tutkiminen ja ammatillinen kasvu.
"""

GROUP_BODY = """\
Ryhmätyönohjauksessa ryhmä käsittelee yhdessä jäsentensä työtilanteita. Toisten kokemukset avaavat omaan työhön näkökulmia, joita yksin ei huomaisi.

## Millainen istunto on

Istunnon alussa sovitaan, mitä tilanteita käsitellään. Yksi ryhmäläinen kertoo tilanteestaan, ja ryhmä pohtii sitä työnohjaajan johdolla: mikä tilanteessa kuormittaa, miten siinä voisi edetä ja mitä siitä voi oppia. Lopuksi kertoja kokoaa, mitä hän ottaa mukaansa.

## Ketkä osallistuvat

Ryhmänä on yleensä työryhmä tai tiimi, jonka jäsenet tekevät yhteistä työtä, tai saman alan ammattilaisten ryhmä. Sopivasta ryhmän koosta sovitaan kartoituksessa tavoitteiden mukaan. Ryhmän kokoonpano pysyy samana koko työnohjauksen ajan, mikä tukee luottamusta.

## Esimerkkejä tilanteista

- Tiimi, jonka työ on henkisesti raskasta ja joka haluaa purkaa kuormitusta yhdessä.
- Uusi tai muuttunut työryhmä, jonka yhteistyö hakee vielä muotoaan.
- Työryhmä, jossa toistuvat samat jännitteet tai väärinymmärrykset.
- Ammattilaisryhmä, joka haluaa kehittää työotettaan vertaisten kanssa.
"""

COMMUNITY_BODY = """\
Yhteisötyönohjauksessa koko työyhteisö tarkastelee toimintaansa yhdessä, ja esihenkilöt ovat aina mukana. Työnohjaus tarjoaa ulkopuolisen näkökulman ja mahdollisuuden parantaa työyhteisön toimivuutta ja vuorovaikutussuhteita.

## Millainen istunto on

Lähestymme työyhteisöä yhteisödynaamisesta näkökulmasta: tarkastelemme sen perustehtävää, rakenteita, tunnemaailmaa ja johtajuutta. Istunnoissa pysähdytään yhteisen työn kysymyksiin, esimerkiksi työnjakoon, yhteisiin pelisääntöihin tai muutoksen herättämiin tunteisiin. Lue lisää [yhteisöllisestä dialogista](/yhteisollinen-dialogi/).

## Kuinka usein

Yhteisötyönohjaus on usein osa pidempää kehittämisprosessia, johon voidaan liittää myös koulutuspäiviä tai valmennusta. Pysyvä muutos asenteissa ja toimintatavoissa vaatii aikaa, joten istunnot jatkuvat tavallisesti pidemmän jakson ajan. Tiheydestä sovitaan yhdessä tavoitteiden mukaan.

## Esimerkkejä tilanteista

- Organisaatiomuutos, yhdistyminen tai uusi toimintamalli, joka koskee koko yhteisöä.
- Työyhteisö, jonka ilmapiiri on kiristynyt tai jossa on ristiriitoja.
- Epäselvä työnjako tai perustehtävä, joka näkyy arjen kitkana.
- Työyhteisö, joka haluaa pysähtyä yhdessä kehittämään toimintaansa.

Työyhteisö voi valmistautua yhteiseen keskusteluun [työyhteisökartalla](/tyoyhteisokartta/).
"""

SITUATIONAL_BODY = """\
Tilannetyönohjaus voidaan toteuttaa joko yksilö- tai ryhmäohjauksena. Tavoitteena on auttaa yksilöä tai yhteisöä käsittelemään tilannetta ja sitä kautta selviytymään siitä.

## Millainen istunto on

Istunnossa keskitytään käsillä olevaan tilanteeseen: mitä tapahtui, miltä se on tuntunut ja mitä työssä tarvitaan, jotta arki voi jatkua. Kokemukset saavat tulla kuulluiksi, ja samalla mietitään, millaista tukea kukin tarvitsee jatkossa.

## Kuinka usein

Tilannetyönohjaus on lyhytkestoista: yleensä yksi tai muutama istunto mahdollisimman pian tilanteen jälkeen. Sen jälkeen arvioidaan yhdessä, riittääkö tuki vai olisiko jatkuvasta työnohjauksesta hyötyä.

## Esimerkkejä tilanteista

- Työpaikalla on sattunut vakava tapahtuma, esimerkiksi väkivalta- tai uhkatilanne.
- Työyhteisö on menettänyt työtoverin.
- Äkillinen muutos, kuten irtisanomiset, on järkyttänyt työyhteisöä.
- Yksittäinen asiakastilanne on jäänyt painamaan mieltä.

Tilannetyönohjaus ei korvaa akuuttia kriisiapua. Jos joku on välittömässä vaarassa, soittakaa hätänumeroon 112.
"""

LEADERSHIP_BODY = """\
Esihenkilöiden työnohjaus voidaan toteuttaa yksilö- tai ryhmäohjauksena. Tavoitteena on avata uusia näkökulmia työhön sekä tukea ammatillista kehittymistä, johtamistaitojen kasvua ja työssä jaksamista.

## Millainen istunto on

Istunnossa tutkitaan omaa johtajuutta ja suhdetta johdettavaan yhteisöön. Lähtökohtana ovat esihenkilön omat työtilanteet: vaikea keskustelu, muutoksen johtaminen tai oma rooli työyhteisön ristiriidassa. Esihenkilöryhmässä ryhmän jäsenet saavat lisäksi toisistaan vertaistukea.

## Kuinka usein

Istuntoja pidetään tavallisesti muutaman viikon välein pidemmän jakson ajan, jotta uusia toimintatapoja ehtii kokeilla käytännössä. Istuntojen määrästä ja tiheydestä sovitaan [työnohjaussopimuksessa](/nain-aloitamme/).

## Esimerkkejä tilanteista

- Uusi esihenkilö, joka etsii omaa tapaansa johtaa.
- Muutos, jonka esihenkilö johtaa ja jota hän samalla itse käy läpi.
- Etä- tai monipaikkaisen työyhteisön johtaminen.
- Esihenkilöryhmä, joka haluaa yhtenäistää johtamisen käytäntöjään.

Katso myös [hallinnollinen työnohjaus ja johtajuuden konsultaatio](/johtajuus/).
"""

HOME_BODY = """\
Oman työn hallinta, työtovereiden yhteistyö, hyvä suhde johtajuuteen ja organisaatioon sekä toimivat yhteistyöverkostot luovat perustan työssä onnistumiselle ja jaksamiselle.

Hyvin toimivalla työpaikalla on yhdessä sovitut työn tavoitteet, toimivat rakenteet, työtä tukeva johtajuus ja avoin vuorovaikutus.

## Miten työnohjaus etenee?

Työnohjauksessa tarkastelemme ohjattavan tai ohjattavien kanssa heidän vaativia ja kuormittavia työtilanteitaan. Tavoitteena on purkaa työstä aiheutuvaa kuormittuneisuutta, auttaa työtilanteiden ja oman toiminnan tarkastelussa sekä löytää uusia näkökulmia ja tapoja edetä työtilanteissa.

Työnohjaus alkaa keskustelusta ja kartoituksesta, ja istunnot jatkuvat sovitun jakson ajan. Lue, [miten työnohjaus alkaa](/nain-aloitamme/).

## Työyhteisön kehittäminen

Työyhteisön kehittäminen ja työnohjaus ovat prosesseja, jotka tarjoavat mahdollisuuden asenteiden ja toimintatapojen pysyvään muutokseen.

Uuden oppiminen ja käyttöönotto edellyttää kykyä liittää se aikaisempiin, hyväksi koettuihin työtapoihin. Siksi rakennamme työnohjauksen työyhteisön oman osaamisen varaan. Lue lisää [työotteestamme](/tyootteemme/).

Työyhteisön kehittämisessä kohteena on yleensä koko yhteisö ja sen toiminta. Usein siihen liitetään koulutuspäiviä tai lyhyitä tietoiskuja, valmennusta ja työnohjausta prosessinomaisesti.
"""

DIALOGUE_BODY = """\
Työnohjauksessa, työyhteisöjen koulutuksissa ja kehittämishankkeissa lähestymme yhteisöjä yhteisödynaamisesta näkökulmasta. Yhteisöllinen dialogi on tapa tarkastella omaa työyhteisöä yhdessä, ammatillisesti ja tutkivalla otteella.

Työyhteisökartta kokoaa yhteen kuusi näkökulmaa, joista työyhteisöä voi tarkastella: perustehtävän, vuorovaikutuksen, rakenteet, tunnemaailman, oppimisen ja kehittymisen sekä johtajuuden. Kartan avulla työyhteisö voi yhdessä pysähtyä katsomaan omaa toimintaansa: mikä sujuu, mikä kuormittaa ja mihin kannattaa kiinnittää huomiota. Kartta ei anna valmiita vastauksia, vaan se tukee yhteistä keskustelua.

## Perustehtävä

Perustehtävä on se, mitä varten työyhteisö on olemassa. Tarkastelemme, miten perustehtävä onnistuu ja miten sitä voidaan kehittää. Hyvin johdetussa työyhteisössä työntekijöillä on mahdollisuus sitoutua perustehtäväänsä ja hoitaa se hyvin.

## Vuorovaikutus

Vuorovaikutus on tapa, jolla työyhteisössä puhutaan, kuunnellaan ja ratkotaan erimielisyyksiä. Kysymme, millainen vuorovaikutus tukee työn tekemistä.

## Rakenteet

Rakenteet ovat työn ja yhteistyön puitteita, joiden varassa arki kulkee, esimerkiksi työnjako, kokoukset ja yhdessä sovitut käytännöt. Kysymme, millaiset työn ja yhteistyön rakenteet palvelevat työn tekemistä.

## Tunnemaailma

Jokaisessa työyhteisössä on oma tunnemaailmansa, joka vaikuttaa siihen, miten työ sujuu. Tarkastelemme, millainen tunnemaailma yhteisössä tukee perustehtävän parasta mahdollista toteutumista. Vaativat ja kuormittavat työtilanteet näkyvät usein koko yhteisössä, ja niiden yhteisen käsittelyn tavoitteena on purkaa kuormittuneisuutta.

## Oppiminen ja kehittyminen

Ammatillinen oppiminen tarvitsee aikaa, rakenteita ja turvallisen ilmapiirin. Tarkastelemme, miten ammatillista oppimista ja kehittymistä työyhteisössä tuetaan.

## Johtajuus

Johtajuus luo edellytykset sille, että työyhteisö voi hoitaa perustehtävänsä hyvin. Kysymme, millaista johtajuutta yhteisö tarvitsee ja miten se suhtautuu johtajuuteen ja organisaatioon. Lue lisää [hallinnollisesta työnohjauksesta ja johtajuuden konsultaatiosta](/johtajuus/).

## Kokeilkaa työyhteisökarttaa

Työyhteisökartalla voitte tarkastella omaa työyhteisöänne näiden kuuden näkökulman kautta ja nähdä, missä työnohjaus voisi auttaa. [Täyttäkää työyhteisökartta](/tyoyhteisokartta/).
"""

DIALOGUE_DESCRIPTION = (
    "Yhteisöllinen dialogi ja työyhteisökartta: tarkastelkaa työyhteisöänne yhdessä kuudesta "
    "näkökulmasta perustehtävästä johtajuuteen."
)

# The benefits presentation loses its last slide, a second contact invitation that repeated
# the one every page ends with.
SLIDES_CALL_TO_ACTION = "\n## Laita viestiä, niin jutellaan!\n"


# The contact and thank-you pages address the organisation with "te", as the form does.
ADDRESS_REWRITES = {
    "Kerro lyhyesti, keitä olette ja millaista työnohjausta mietitte. Otamme yhteyttä, ja mietitään yhdessä, mikä sopisi teille parhaiten.": "Kertokaa lyhyesti, keitä olette ja millaista työnohjausta mietitte. Otamme yhteyttä, ja mietitään yhdessä, mikä sopisi teille parhaiten.",
    "Voit kirjoittaa viestiisi niin vähän tai paljon kuin haluat. Kaikki tiedot ovat luottamuksellisia, ja käytämme niitä vain yhteydenottoosi vastaamiseen.\n\nVoit myös soittaa tai lähettää sähköpostia: yhteystiedot ovat sivun alalaidassa.\n": "Voitte kirjoittaa viestiin niin vähän tai paljon kuin haluatte. Kaikki tiedot ovat luottamuksellisia, ja käytämme niitä vain yhteydenottoonne vastaamiseen.\n",
    "Kiitos viestistäsi!": "Kiitos viestistänne!",
    "Olemme vastaanottaneet viestisi. Vastaamme henkilökohtaisesti, yleensä kahden arkipäivän kuluessa.": "Olemme vastaanottaneet viestinne. Vastaamme henkilökohtaisesti, yleensä kahden arkipäivän kuluessa.",
    "Kiitos yhteydenotostasi. Olemme vastaanottaneet viestisi ja vastaamme henkilökohtaisesti, yleensä kahden arkipäivän kuluessa.": "Kiitos yhteydenotostanne. Olemme vastaanottaneet viestinne ja vastaamme henkilökohtaisesti, yleensä kahden arkipäivän kuluessa.",
    "Jos asiasi on kiireellinen, voit myös soittaa meille: puhelinnumero on sivun alalaidassa.\n\nSillä välin voit tutustua [työnohjauksen muotoihin](/palvelut/) tai [työotteeseemme](/tyootteemme/).\n": "Jos asianne on kiireellinen, voitte myös soittaa meille: puhelinnumero on sivun alalaidassa.\n\nSillä välin voitte tutustua [työnohjauksen muotoihin](/palvelut/) tai [työotteeseemme](/tyootteemme/).\n",
}


def rewrites(first_seed):
    """
    Map the corrected form of each seeded text that is rewritten whole to its new text.

    ``first_seed`` is a dict of the first seeds' texts by name (``first_seed()``).
    """
    forms = {form["slug"]: form for form in first_seed["forms"]}
    pages = {page["slug"]: page for page in first_seed["pages"]}
    new_bodies = {
        "yksilotyonohjaus": INDIVIDUAL_BODY,
        "ryhmatyonohjaus": GROUP_BODY,
        "yhteisotyonohjaus": COMMUNITY_BODY,
        "tilannetyonohjaus": SITUATIONAL_BODY,
        FORMER_LEADERSHIP_SLUG: LEADERSHIP_BODY,
    }
    result = {corrected(forms[slug]["body"]): body for slug, body in new_bodies.items()}
    result.update(ADDRESS_REWRITES)
    result[corrected(pages["yhteisollinen-dialogi"]["meta_description"])] = DIALOGUE_DESCRIPTION
    result[corrected(pages["etusivu"]["body"])] = HOME_BODY
    result[corrected(first_seed["dialogue_body"])] = DIALOGUE_BODY
    slides = corrected(pages["hyodyt"]["body"])
    result[slides] = slides[: slides.index(SLIDES_CALL_TO_ACTION)].rstrip() + "\n"
    return result


# The link community_map's first migration appended to the dialogue page.
DIALOGUE_LINK = (
    "\n\n## Kokeile työyhteisökarttaa\n\n"
    "Työyhteisökartalla voit tarkastella omaa työyhteisöäsi näiden kysymysten kautta ja nähdä, "
    "missä työnohjaus voisi auttaa. [Täytä työyhteisökartta](/tyoyhteisokartta/)."
)


def first_seed():
    """The first seeds' texts that ``rewrites`` replaces whole."""
    dialogue = next(page for page in seed.PAGES if page["slug"] == "yhteisollinen-dialogi")
    return {
        "forms": seed.SUPERVISION_FORMS,
        "pages": seed.PAGES,
        "dialogue_body": dialogue["body"].rstrip() + DIALOGUE_LINK + "\n",
    }


def revise(apps, seeded_texts):
    """
    Revise every text still equal to one of its first seed's texts.

    ``seeded_texts`` maps (app label, model, field) to the set of texts the first seed gave
    that field; a text staff have changed matches none of them and is left alone.
    """
    replacements = rewrites(first_seed())
    for (app_label, model_name, field), originals in seeded_texts.items():
        model = apps.get_model(app_label, model_name)
        for obj in model.objects.filter(**{f"{field}__in": originals}):
            text = corrected(getattr(obj, field))
            text = replacements.get(text, text)
            if text != getattr(obj, field):
                model.objects.filter(pk=obj.pk).update(**{field: text})
