"""
The third revision of the seeded texts: one voice and plain Finnish.

The public site addresses the organisations it speaks to with the formal plural "te". The
texts the migrations seeded still said "sinä" in places (the map's introduction, the privacy
and accessibility statements, "Lue lisää", "Katso myös"), mixed the formal "otamme" with the
colloquial "mietitään", and some were translated word for word. This revision corrects them.

As in the second revision (``services/revised_seed.py``), a text staff have edited in the
admin is never overwritten:

- CORRECTIONS (phrases, in order: a longer phrase before a shorter one it contains) and
  REWRITES (whole texts) apply only to a text that still equals what the earlier migrations
  left: the first seed after the second revision. Each app's migration names its own seed's
  texts (services 0011, community_map 0010, faq 0004, supervisors 0004).
- The privacy statement, whose sections several migrations wrote, is revised line by line
  (each Markdown paragraph and list item is a line): a line is replaced only while it reads
  exactly as seeded, so a section staff have rewritten stays theirs.
"""

from django.utils.translation import gettext_noop

from core import seeded_texts
from services import revised_seed

CORRECTIONS = [
    # Home
    (
        "Lue, [miten työnohjaus alkaa](/nain-aloitamme/).",
        "Lukekaa, [miten työnohjaus alkaa](/nain-aloitamme/).",
    ),
    (
        "Lue lisää [työotteestamme](/tyootteemme/).",
        "Lukekaa lisää [työotteestamme](/tyootteemme/).",
    ),
    (
        "Usein siihen liitetään koulutuspäiviä tai lyhyitä tietoiskuja, valmennusta ja "
        "työnohjausta prosessinomaisesti.",
        "Siihen liitetään usein prosessinomaisesti koulutuspäiviä, lyhyitä tietoiskuja, "
        "valmennusta ja työnohjausta.",
    ),
    # Forms of supervision
    (
        "Tutustu työnohjauksen muotoihin ja valitse teille sopiva.",
        "Tutustukaa työnohjauksen muotoihin ja valitkaa teille sopiva.",
    ),
    (
        "[Laita viestiä, niin jutellaan](/ota-yhteytta/) ja mietitään sopiva muoto yhdessä.",
        "[Laittakaa viestiä](/ota-yhteytta/), niin mietimme sopivan muodon yhdessä.",
    ),
    (
        "Lue lisää [yhteisöllisestä dialogista](/yhteisollinen-dialogi/).",
        "Lukekaa lisää [yhteisöllisestä dialogista](/yhteisollinen-dialogi/).",
    ),
    (
        "Katso myös [hallinnollinen työnohjaus ja johtajuuden konsultaatio](/johtajuus/).",
        "Lukekaa myös [hallinnollisesta työnohjauksesta ja johtajuuden "
        "konsultaatiosta](/johtajuus/).",
    ),
    # The contact page
    (
        "Otamme yhteyttä, ja mietitään yhdessä, mikä sopisi teille parhaiten.",
        "Otamme yhteyttä, ja mietimme yhdessä, mikä sopisi teille parhaiten.",
    ),
    (
        "Ota yhteyttä ja kysy työnohjauksesta,",
        "Ottakaa yhteyttä ja kysykää työnohjauksesta,",
    ),
    # Questions
    (
        "Etkö löytänyt vastausta? [Laita viestiä](/ota-yhteytta/), niin vastaamme mielellämme.",
        "Ettekö löytäneet vastausta? [Laittakaa viestiä](/ota-yhteytta/), niin vastaamme "
        "mielellämme.",
    ),
    ("Miten valitsemme sopivan työnohjaajan?", "Miten löydämme meille sopivan työnohjaajan?"),
    (
        "Yksityishenkilöille näytämme hinnat arvonlisäveroineen: "
        "[hinnat yksityishenkilöille](/hinnat/yksityishenkilo/).",
        "Yksityishenkilöiden hinnat näytämme arvonlisäveroineen: katsokaa "
        "[hinnat yksityishenkilöille](/hinnat/yksityishenkilo/).",
    ),
    ("Katso [hinnat](/hinnat/).", "Katsokaa [hinnat](/hinnat/)."),
    (
        "etänä vai kumpi tahansa sopii; toteutustapa sovitaan työnohjaussopimuksessa.",
        "etänä vai kumpi tahansa sopii. Toteutustapa sovitaan työnohjaussopimuksessa.",
    ),
    (
        "Lue lisää [luottamuksellisuudesta ja eettisistä periaatteista](/luottamuksellisuus/).",
        "Lukekaa lisää [luottamuksellisuudesta ja eettisistä periaatteista](/luottamuksellisuus/).",
    ),
    # How supervision starts, confidentiality
    (
        "- peruutuksista ja siirroista (katso [hinnat ja ehdot](/hinnat/))",
        "- peruutuksista ja siirroista (ehdot ovat [hintojen yhteydessä](/hinnat/))",
    ),
    (
        "Katso myös, [miten työnohjaus alkaa](/nain-aloitamme/).",
        "Lukekaa myös, [miten työnohjaus alkaa](/nain-aloitamme/).",
    ),
    # The approach
    (
        "Työotteemme on rakentunut niin elämän- ja työkokemuksemme kuin "
        "työyhteisökehittäjän, työnohjaajan, työyhteisösovittelijan ja psykoterapeutin työn "
        "myötä.",
        "Työotteemme on syntynyt elämän- ja työkokemuksesta: olemme tehneet työtä "
        "työyhteisöjen kehittäjinä, työnohjaajina, työyhteisösovittelijoina ja "
        "psykoterapeutteina.",
    ),
    (
        "Työotettamme ovat muovanneet yhteisödynaamiseen suuntaan opinnot ja työkokemus "
        "Sosiaalipedagogisessa keskuksessa.",
        "Opinnot ja työ Sosiaalipedagogisessa keskuksessa ohjasivat työotettamme "
        "yhteisödynaamiseen suuntaan.",
    ),
    (
        "Niiden lisäksi tapaamme tehdä työtä ovat muokanneet kokemuksemme erilaisista "
        "kehittämishankkeista ja työtilanteista, omaan työhömme saamamme työnohjaus, "
        "aktiivinen toiminta ammattilaisten verkostossa sekä jatkuva perehtyminen "
        "ammattikirjallisuuteen.",
        "Tapaamme tehdä työtä ovat muokanneet myös erilaiset kehittämishankkeet ja "
        "työtilanteet, oma työnohjauksemme, toiminta ammattilaisten verkostoissa ja "
        "ammattikirjallisuus, johon perehdymme jatkuvasti.",
    ),
    (
        "Olemme kiinnostuneita niin yksilö- kuin ryhmädynamiikasta. Työnohjausotteemme on "
        "työyhteisöä ja johtajuutta tukevaa ja tutkivaa sekä työyhteisön osaamisen ja "
        "kehittymisen varaan rakentuvaa.",
        "Olemme kiinnostuneita sekä yksilön että ryhmän dynamiikasta. Työnohjauksessa tuemme "
        "työyhteisöä ja sen johtajuutta ja tutkimme niitä yhdessä. Rakennamme työnohjauksen "
        "työyhteisön oman osaamisen ja kehittymisen varaan.",
    ),
    (
        "olemme kiinnostuneita niin yksilö- kuin ryhmädynamiikasta. Lue, mistä työotteemme on "
        "rakentunut.",
        "olemme kiinnostuneita sekä yksilön että ryhmän dynamiikasta. Lukekaa, mistä "
        "työotteemme on syntynyt.",
    ),
    # Leadership
    (
        "Työyhteisöjen ja johtajuuden ajankohtaisina haasteina näyttävät olevan\n\n"
        "- johtaminen muutoksessa\n"
        "- etä- ja digijohtaminen\n"
        "- yhteisö- ja yksilödynamiikan vaikutusten ymmärtäminen.",
        "Työyhteisöjen ja johtajuuden ajankohtaisia haasteita ovat esimerkiksi\n\n"
        "- muutoksen johtaminen\n"
        "- etätyön ja digitaalisten työtapojen johtaminen\n"
        "- sen ymmärtäminen, miten yhteisön ja yksilöiden dynamiikka vaikuttaa työhön.",
    ),
    (
        "Johdon työnohjaus ja koulutus liitetään osallistujien arkiseen johtamistyöhön ja "
        "strategisiin linjauksiin sekä esihenkilötaitojen parantamiseen niissä.",
        "Johdon työnohjauksessa ja koulutuksessa lähdemme osallistujien arkisesta "
        "johtamistyöstä ja organisaation strategisista linjauksista ja vahvistamme "
        "esihenkilötaitoja niiden toteuttamisessa.",
    ),
    (
        "Koulutuksessa ja työnohjauksessa tutkitaan ja havainnoidaan omaa työtä ja "
        "työyhteisön toimintaa, kokeillaan uusia työvälineitä ja sovelletaan opittua tietoa "
        "käytäntöön.",
        "Koulutuksessa ja työnohjauksessa tarkastellaan omaa työtä ja työyhteisön toimintaa, "
        "kokeillaan uusia työvälineitä ja viedään opittua käytäntöön.",
    ),
    (
        "Työnohjauksessa ratkotaan myös työn tekemisen arkisia pulmia ja käytännön tilanteita. "
        "Yhteisöllisen johtajuuden tehtävänä on sopusoinnun säilyttäminen ja vaaliminen "
        "työyhteisössä.",
        "Työnohjauksessa ratkotaan myös arjen pulmia ja käytännön tilanteita. Yhteisöllisen "
        "johtajuuden tehtävä on pitää yllä ja vaalia työyhteisön sopua.",
    ),
    (
        "Lue myös [esihenkilöiden työnohjauksesta](/palvelut/esihenkiloiden-tyonohjaus/).",
        "Lukekaa myös [esihenkilöiden työnohjauksesta](/palvelut/esihenkiloiden-tyonohjaus/).",
    ),
    (
        "Lue lisää [hallinnollisesta työnohjauksesta ja johtajuuden konsultaatiosta](/johtajuus/).",
        "Lukekaa lisää [hallinnollisesta työnohjauksesta ja johtajuuden konsultaatiosta]"
        "(/johtajuus/).",
    ),
    # Impact and benefits
    (
        "Ohjaamiemme esihenkilöiden ja esihenkilöryhmien palautteissa toistuu usein sama "
        "havainto: työnohjauksen tuloksena johtajuusote on vahvistunut, käyttöön on saatu "
        "uusia ”työkaluja” ja oma persoonallinen tapa olla esihenkilö on löytynyt.",
        "Ohjaamamme esihenkilöt ja esihenkilöryhmät kertovat palautteissaan usein samaa: "
        "työnohjauksen ansiosta heidän johtajuusotteensa on vahvistunut, he ovat saaneet "
        "käyttöönsä uusia ”työkaluja” ja löytäneet oman, persoonallisen tapansa johtaa.",
    ),
    (
        "Katso myös esitys [työnohjauksen hyödyistä](/hyodyt/).",
        "Katsokaa myös esitys [työnohjauksen hyödyistä](/hyodyt/).",
    ),
    (
        "- Esihenkilöiden palautteissa toistuu vahvistunut johtajuusote.",
        "- Esihenkilöt kertovat palautteissaan, että heidän johtajuusotteensa on vahvistunut.",
    ),
    (
        "- Oma persoonallinen tapa olla esihenkilö löytyy.",
        "- Esihenkilö löytää oman, persoonallisen tapansa johtaa.",
    ),
    # The accessibility statement
    ("miten voit antaa palautetta.", "miten voitte antaa palautetta."),
    ("Lue, miten saavutettavuus on testattu", "Lukekaa, miten saavutettavuus on testattu"),
    (
        "Jos huomaat puutteen, kerrothan siitä meille.",
        "Jos huomaatte puutteen, kertokaa siitä meille.",
    ),
    (
        "Voit antaa palautetta saavutettavuudesta",
        "Voitte antaa palautetta saavutettavuudesta",
    ),
    (
        "Jos huomaat sivustolla saavutettavuusongelmia, anna ensin palautetta meille. Jos et "
        "ole tyytyväinen saamaasi vastaukseen tai et saa vastausta lainkaan kahden viikon "
        "kuluessa, voit tehdä ilmoituksen valvontaviranomaiselle.",
        "Jos huomaatte sivustolla saavutettavuusongelmia, antakaa ensin palautetta meille. Jos "
        "saamanne vastaus ei tyydytä teitä tai ette saa vastausta lainkaan kahden viikon "
        "kuluessa, voitte tehdä ilmoituksen valvontaviranomaiselle.",
    ),
    # The privacy statement's lead and description
    (
        "kun otat meihin yhteyttä tämän sivuston kautta, ja mitä oikeuksia sinulla on.",
        "kun otatte meihin yhteyttä tämän sivuston kautta, ja mitä oikeuksia teillä on.",
    ),
    ("ja mitkä ovat oikeutesi.", "ja mitkä ovat oikeutenne."),
    # The work community map's page and texts
    (
        "Tarkastele omaa työyhteisöäsi kuuden näkökulman avulla: vastaaminen vie noin viisi "
        "minuuttia. Vastaukset ovat nimettömiä, eikä niitä tallenneta, ellet itse päätä "
        "lähettää karttaa.",
        "Tarkastelkaa omaa työyhteisöänne kuuden näkökulman avulla. Vastaaminen vie noin viisi "
        "minuuttia. Vastaukset ovat nimettömiä, eikä niitä tallenneta, ellette itse päätä "
        "lähettää karttaa.",
    ),
    (
        "Työyhteisökartta: arvioi omaa työyhteisöäsi kuudesta näkökulmasta noin viidessä "
        "minuutissa ja saat kartan, pohdintoja ja ehdotuksia työnohjauksesta.",
        "Työyhteisökartta: arvioikaa omaa työyhteisöänne kuudesta näkökulmasta noin viidessä "
        "minuutissa, niin saatte kartan, pohdintoja ja ehdotuksia työnohjauksesta.",
    ),
    (
        "Vastaa väittämiin ajatellen omaa työyhteisöäsi sellaisena kuin se on nyt, ei "
        "sellaisena kuin toivoisit sen olevan. Valitse asteikolta 1–5, kuinka samaa mieltä "
        "olet kunkin väittämän kanssa. Jos et ole varma, valitse ”en osaa sanoa”.",
        "Vastatkaa väittämiin ajatellen omaa työyhteisöänne sellaisena kuin se on nyt, ei "
        "sellaisena kuin toivoisitte sen olevan. Valitkaa asteikolta 1–5, kuinka samaa mieltä "
        "olette kunkin väittämän kanssa. Jos ette osaa sanoa, valitkaa ”en osaa sanoa”.",
    ),
    (
        "yksilötyönohjauksessa voit tarkastella omaa työtäsi ja ammatillista kasvuasi",
        "yksilötyönohjauksessa voitte tarkastella omaa työtänne ja ammatillista kasvuanne",
    ),
    (
        "miten perustehtävän suoritusta voidaan kehittää.",
        "miten perustehtävää voidaan hoitaa entistä paremmin.",
    ),
    # The supervisors' page
    ("Tutustu työnohjaajiimme:", "Tutustukaa työnohjaajiimme:"),
    ("Valitse sinulle sopiva työnohjaaja.", "Valitkaa teille sopiva työnohjaaja."),
]

# The crisis note services 0010 wrote into the site details.
CRISIS_NOTE = (
    "Jos tilanne on akuutti, hae apua heti. Työterveyshuolto auttaa työhön liittyvissä "
    "kriiseissä, ja MIELI ry:n Kriisipuhelin vastaa numerossa 09 2525 0111. "
    "Hätätilanteessa soita hätänumeroon 112."
)
REVISED_CRISIS_NOTE = (
    "Jos tilanne on akuutti, hakekaa apua viipymättä. Työterveyshuolto auttaa työhön "
    "liittyvissä kriiseissä, ja MIELI ry:n Kriisipuhelin vastaa numerossa 09 2525 0111. "
    "Hätätilanteessa soittakaa hätänumeroon 112."
)

# Whole texts, after the corrections.
REWRITES = {
    "Laita viestiä": "Laittakaa viestiä",
    CRISIS_NOTE: REVISED_CRISIS_NOTE,
}

# The lines of the privacy statement as its migrations wrote them (services 0002, 0005 and
# 0008, booking 0002), and their revision. A line staff have edited is left as it is.
PRIVACY_SLUG = "tietosuoja"
PRIVACY_LINES = {
    "Käsittelemme tietoja, jotka annat meille yhteydenottolomakkeella:": (
        "Käsittelemme tietoja, jotka annatte meille yhteydenottolomakkeella:"
    ),
    "- puhelinnumero, jos annat sen": "- puhelinnumero, jos annatte sen",
    "- organisaatio, jos kerrot sen": "- organisaatio, jos kerrotte sen",
    "- aihe eli työnohjauksen muoto, jos valitset sen": (
        "- aihe eli työnohjauksen muoto, jos valitsette sen"
    ),
    "- ryhmän koko, jos kerrot sen": "- ryhmän koko, jos kerrotte sen",
    "- toivottu työnohjaaja, jos valitset sellaisen": (
        "- toivottu työnohjaaja, jos valitsette sellaisen"
    ),
    "- valitsemasi työnohjauksen muoto.": "- valitsemanne työnohjauksen muoto.",
    "- työyhteisökartan yhteenveto, jos liität sen viestiisi: kartan osoite ja "
    "ulottuvuuksien keskiarvot, ei kenenkään nimeä.": (
        "- työyhteisökartan yhteenveto, jos liitätte sen viestiinne: kartan osoite ja "
        "ulottuvuuksien keskiarvot, ei kenenkään nimeä."
    ),
    "Työyhteisökartan vastauksia ei tallenneta sivustolle: ne ovat vain kartan "
    "osoitteessa, jonka voit itse jakaa.": (
        "Työyhteisökartan vastauksia ei tallenneta sivustolle, vaan ne sisältyvät vain "
        "kartan linkkiin, jonka voitte itse jakaa."
    ),
    "Lisäksi yhteydenottoon tallentuu sen lähetysaika. Saamme tiedot sinulta itseltäsi. "
    "Emme tallenna IP-osoitettasi yhteydenoton yhteyteen.": (
        "Lisäksi yhteydenottoon tallentuu sen lähetysaika. Saamme tiedot teiltä itseltänne. "
        "Emme tallenna IP-osoitettanne yhteydenoton yhteyteen."
    ),
    "Pyydämme, ettet kirjoita viestiin terveyttäsi tai muita arkaluonteisia asioita "
    "koskevia tietoja.": (
        "Pyydämme, ettette kirjoita viestiin terveyttänne tai muita arkaluonteisia asioita "
        "koskevia tietoja."
    ),
    "Kun varaat maksuttoman tutustumiskeskustelun, käsittelemme tietoja, jotka annat "
    "varauslomakkeella:": (
        "Kun varaatte maksuttoman tutustumiskeskustelun, käsittelemme tietoja, jotka annatte "
        "varauslomakkeella:"
    ),
    "- lyhyt viesti, jos kirjoitat sen": "- lyhyt viesti, jos kirjoitatte sen",
    "- valitsemasi aika, työnohjaaja ja työnohjauksen muoto, jos valitset sen.": (
        "- valitsemanne aika ja työnohjaaja sekä työnohjauksen muoto, jos valitsette sen."
    ),
    "Lisäksi varaukseen tallentuu sen tekoaika ja tieto lähetetyistä viesteistä. Tietoja "
    "käytetään keskustelun järjestämiseen: varausvahvistukseen ja kalenterikutsuun, "
    "muistutukseen edellisenä päivänä sekä varauksen perumiseen tai siirtämiseen. "
    "Vahvistus ja kalenterikutsu lähetetään myös työnohjaajalle. Emme tallenna "
    "IP-osoitettasi varauksen yhteyteen, ja roskapostisuojaus toimii kuten "
    "yhteydenottolomakkeessa.": (
        "Lisäksi varaukseen tallentuu sen tekoaika ja tieto lähetetyistä viesteistä. Tietoja "
        "käytetään keskustelun järjestämiseen: varausvahvistukseen ja kalenterikutsuun, "
        "muistutukseen edellisenä päivänä sekä varauksen perumiseen tai siirtämiseen. "
        "Vahvistus ja kalenterikutsu lähetetään myös työnohjaajalle. Emme tallenna "
        "IP-osoitettanne varauksen yhteyteen, ja roskapostisuojaus toimii kuten "
        "yhteydenottolomakkeessa."
    ),
    "Käsittelyn oikeusperuste on sopimusta edeltävät toimenpiteet pyynnöstäsi (EU:n "
    "yleisen tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohta). Varaukset poistetaan "
    "sivuston tietokannasta automaattisesti vuoden (365 päivän) kuluttua keskustelun "
    "ajankohdasta.": (
        "Käsittely perustuu pyyntöönne, ja se on sopimusta edeltävä toimenpide (EU:n yleisen "
        "tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohta). Varaukset poistetaan sivuston "
        "tietokannasta automaattisesti vuoden (365 päivän) kuluttua keskustelun ajankohdasta."
    ),
    "Käsittelemme tietoja vastataksemme yhteydenottoosi ja hoitaaksemme siihen liittyvän "
    "asioinnin, esimerkiksi sopiaksemme työnohjauksesta. Tietoja ei käytetä "
    "markkinointiin.": (
        "Käsittelemme tietoja vastataksemme yhteydenottoonne ja hoitaaksemme siihen liittyvän "
        "asioinnin, esimerkiksi sopiaksemme työnohjauksesta. Tietoja ei käytetä "
        "markkinointiin."
    ),
    "Käsittelyn oikeusperuste on oikeutettu etumme vastata meille lähetettyihin "
    "yhteydenottoihin (EU:n yleisen tietosuoja-asetuksen 6 artiklan 1 kohdan f alakohta). "
    "Kun yhteydenotto koskee työnohjauksesta sopimista, käsittely perustuu myös sopimusta "
    "edeltäviin toimenpiteisiin pyynnöstäsi (6 artiklan 1 kohdan b alakohta).": (
        "Käsittelyn oikeusperuste on oikeutettu etumme vastata meille lähetettyihin "
        "yhteydenottoihin (EU:n yleisen tietosuoja-asetuksen 6 artiklan 1 kohdan f "
        "alakohta). Kun yhteydenotto koskee työnohjauksesta sopimista, käsittely perustuu "
        "myös pyyntöönne, ja se on sopimusta edeltävä toimenpide (6 artiklan 1 kohdan "
        "b alakohta)."
    ),
    "Emme luovuta tietojasi kolmansille osapuolille. Yhteydenotosta lähetetään ilmoitus "
    "sähköpostitse henkilökunnallemme.": (
        "Emme luovuta tietojanne kolmansille osapuolille. Yhteydenotosta lähetetään ilmoitus "
        "sähköpostitse henkilökunnallemme."
    ),
    "- yhteydenottolomakkeen tietoturvaeväste (CSRF-suojaus), joka asetetaan, kun avaat "
    "lomakkeen. Se suojaa lomaketta väärinkäytöltä, ei sisällä tietoja sinusta ja vanhenee "
    "vuoden kuluttua.": (
        "- yhteydenottolomakkeen tietoturvaeväste (CSRF-suojaus), joka asetetaan, kun "
        "avaatte lomakkeen. Se suojaa lomaketta väärinkäytöltä, ei sisällä tietoja teistä ja "
        "vanhenee vuoden kuluttua."
    ),
    "Työyhteisökartta ei aseta evästeitä eikä tallenna vastauksiasi: vastaukset kulkevat "
    "vain kartan osoitteessa. Ne tallentuvat vain, jos lähetät kartan yhteydenoton "
    "liitteenä.": (
        "Työyhteisökartta ei aseta evästeitä eikä tallenna vastauksianne, vaan ne sisältyvät "
        "vain kartan linkkiin. Vastaukset tallentuvat vain, jos lähetätte kartan "
        "yhteydenoton tai ajanvarauksen liitteenä."
    ),
    "Sinulla on oikeus": "Teillä on oikeus",
    "- saada pääsy tietoihisi eli tietää, mitä tietoja sinusta käsittelemme": (
        "- saada pääsy tietoihinne eli tietää, mitä tietoja teistä käsittelemme"
    ),
    "- pyytää tietojesi poistamista": "- pyytää tietojenne poistamista",
    "- pyytää tietojesi käsittelyn rajoittamista": "- pyytää tietojenne käsittelyn rajoittamista",
    "- vastustaa tietojesi käsittelyä, kun käsittely perustuu oikeutettuun etuumme.": (
        "- vastustaa tietojenne käsittelyä, kun käsittely perustuu oikeutettuun etuumme."
    ),
    "Jos katsot, että henkilötietojesi käsittelyssä rikotaan tietosuojasääntelyä, sinulla "
    "on oikeus tehdä valitus valvontaviranomaiselle, joka Suomessa on Tietosuojavaltuutetun "
    "toimisto.": (
        "Jos katsotte, että henkilötietojenne käsittelyssä rikotaan tietosuojasääntelyä, "
        "teillä on oikeus tehdä valitus valvontaviranomaiselle, joka Suomessa on "
        "Tietosuojavaltuutetun toimisto."
    ),
    "Voit käyttää oikeuksiasi tai kysyä tietosuojasta ottamalla meihin yhteyttä sivun "
    "alalaidan yhteystiedoilla tai [yhteydenottolomakkeella](/ota-yhteytta/).": (
        "Voitte käyttää oikeuksianne tai kysyä tietosuojasta ottamalla meihin yhteyttä sivun "
        "alalaidan yhteystiedoilla tai [yhteydenottolomakkeella](/ota-yhteytta/)."
    ),
}


def corrected(text):
    """The text with every correction applied, or its rewrite."""
    for old, new in CORRECTIONS:
        text = text.replace(old, new)
    return REWRITES.get(text, text)


def after_second_revision(first_seed_texts):
    """The first seed's texts as the second revision (services 0010 and its kin) left them."""
    replacements = revised_seed.rewrites(revised_seed.first_seed())
    second = {revised_seed.corrected(text) for text in first_seed_texts}
    return {replacements.get(text, text) for text in second}


def revise(apps, seeded_texts):
    """
    Correct every text still equal to what the earlier migrations seeded.

    ``seeded_texts`` maps (app label, model, field) to the set of texts the earlier
    migrations left in that field; a text staff have changed matches none of them and is
    left alone.
    """
    for (app_label, model_name, field), originals in seeded_texts.items():
        model = apps.get_model(app_label, model_name)
        for obj in model.objects.filter(**{f"{field}__in": originals}):
            text = corrected(getattr(obj, field))
            if text != getattr(obj, field):
                model.objects.filter(pk=obj.pk).update(**{field: text})


def revised_privacy_body(body):
    """``body`` with each line still as seeded revised, or None if nothing changed."""
    text = body.replace("\r\n", "\n")
    changed = "\n".join(PRIVACY_LINES.get(line, line) for line in text.split("\n"))
    return changed if changed != text else None


def revise_privacy_statement(apps):
    """Revise the privacy statement's seeded lines, recorded in the page's history."""
    Page = apps.get_model("services", "Page")
    page = Page.objects.filter(slug=PRIVACY_SLUG).first()
    body = revised_privacy_body(page.body) if page else None
    if body is None:
        return
    page.body = body
    page.save(update_fields=["body", "updated_at"])
    seeded_texts.record_revision(
        apps,
        page,
        gettext_noop("Seeded text updated: the statement addresses the reader with “te”"),
    )
