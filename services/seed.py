"""The website's first content, in Finnish.

The texts are based on the consultancy's own text (shared/seeds/000_a0c5cdbb8cc93220.txt).
The data migration that seeds the database reads these constants, so that running
``migrate`` gives a complete site. After that the database is the source of truth:
staff edit every text in the admin, and changing this module does not change a
site that already exists.

Body texts are Markdown (## and ### headings, paragraphs, bullet lists, links with
absolute paths). They contain no raw HTML, and no line is indented, because Markdown
treats an indented line as code. Leads, summaries and audiences are plain text.

The contact details in SITE_DETAILS are placeholders for staff to replace.
"""

SITE_DETAILS = dict(
    name="Työnohjaus",
    tagline="Työnohjausta työyhteisöille, työryhmille, johdolle ja yksilöille",
    email="info@example.com",
    phone="+358 40 123 4567",
    street_address="Esimerkkikatu 1",
    postal_code="00100",
    city="Helsinki",
    business_id="",
)


SUPERVISION_FORMS = [
    dict(
        slug="yksilotyonohjaus",
        name="Yksilötyönohjaus",
        summary=(
            "Työnohjaajan ja ohjattavan välistä ammatillista vuorovaikutusta. "
            "Tavoitteena on ohjattavan ammatillinen kasvu ja kehittyminen."
        ),
        audience=(
            "Ammattilaiselle, joka haluaa tukea ammatilliseen kasvuunsa ja "
            "perustehtävänsä hoitamiseen organisaation tavoitteiden mukaisesti."
        ),
        format="individual",
        body="""\
Yksilötyönohjaus on työnohjaajan ja ohjattavan välistä ammatillista vuorovaikutusta. Sen tavoitteena on ohjattavan ammatillinen kasvu ja kehittyminen sekä tuki perustehtävän hoitamisessa organisaation tavoitteiden mukaisesti.

Työnohjauksessa tarkastelemme ohjattavan kanssa hänen vaativia ja kuormittavia työtilanteitaan. Tavoitteena on purkaa työstä aiheutuvaa kuormittuneisuutta, auttaa työtilanteiden ja oman toiminnan tarkastelussa sekä löytää uusia tapoja ja näkökulmia edetä työtilanteissa.

Työnohjaus vahvistaa ammatti-identiteettiä, auttaa rajaamaan omaa työtä ja lisää työhön hallinnan tunnetta.

## Käytännössä

Työnohjausistunnot kestävät yleensä 90–120 minuuttia. Työnohjauksen kesto vaihtelee muutamasta istunnosta useiden vuosien prosesseihin.
""",
    ),
    dict(
        slug="ryhmatyonohjaus",
        name="Ryhmätyönohjaus",
        summary=(
            "Työryhmän yhteistä työnohjausta. Tarkastelemme ryhmän vaativia ja "
            "kuormittavia työtilanteita ja etsimme uusia tapoja edetä niissä."
        ),
        audience=(
            "Työryhmälle tai tiimille, joka haluaa käsitellä yhteisiä työtilanteitaan "
            "ja kehittää yhteistyötään ja vuorovaikutustaan."
        ),
        format="group",
        body="""\
Ryhmätyönohjauksessa tarkastelemme ohjattavien kanssa heidän vaativia ja kuormittavia työtilanteitaan. Tavoitteena on purkaa työstä aiheutuvaa kuormittuneisuutta, auttaa työtilanteiden ja oman toiminnan tarkastelussa sekä löytää uusia tapoja ja näkökulmia edetä työtilanteissa.

Työnohjaus tarjoaa syvällistä oppimista sekä mahdollisuuden tutkia ja muuttaa omia asenteita sekä toiminta- ja vuorovaikutustapoja.

Oman työn hallinta, työtovereiden yhteistyö ja toimivat yhteistyöverkostot luovat perustan työssä onnistumiselle ja jaksamiselle.

## Käytännössä

Työnohjausistunnot kestävät yleensä 90–120 minuuttia. Työnohjauksen kesto vaihtelee muutamasta istunnosta useiden vuosien prosesseihin.
""",
    ),
    dict(
        slug="yhteisotyonohjaus",
        name="Yhteisötyönohjaus",
        summary=(
            "Koko työyhteisön työnohjausta, jossa tarjoamme ulkopuolista näkökulmaa "
            "työyhteisön kehittämiseen. Esimiehet ovat aina mukana."
        ),
        audience=(
            "Työyhteisölle esimiehineen, joka haluaa parantaa toimivuuttaan ja "
            "vuorovaikutussuhteitaan ja kehittää toimintaansa yhdessä."
        ),
        format="group",
        body="""\
Yhteisötyönohjauksessa tarjoamme ulkopuolista näkökulmaa työyhteisön kehittämiseen ja mahdollisuuden työyhteisön toimivuuden ja vuorovaikutussuhteiden parantamiseen. Yhteisötyönohjauksessa esimiehet ovat aina mukana.

Työyhteisön kehittäminen ja työnohjaus ovat tapahtumia, jotka tarjoavat mahdollisuuden asenteiden ja toimintatapojen pysyvään muutokseen. Uuden oppiminen ja käyttöönotto edellyttää kykyä liittää se aikaisempiin, hyväksi koettuihin työtapoihin.

Työnohjausotteemme on työyhteisöä ja johtajuutta tukevaa ja tutkivaa. Lähestymme yhteisöä yhteisödynaamisesta näkökulmasta: tarkastelemme sen perustehtävää, rakenteita, tunneilmastoa ja johtajuutta. Lue lisää [yhteisöllisestä dialogista](/yhteisollinen-dialogi/).

## Käytännössä

Työnohjausistunnot kestävät yleensä 90–120 minuuttia. Työnohjauksen kesto vaihtelee muutamasta istunnosta useiden vuosien prosesseihin. Yleensä on hyödyksi, että työn kehittäminen on määrätietoista, jatkuvaa ja prosessinomaista.
""",
    ),
    dict(
        slug="tilannetyonohjaus",
        name="Tilannetyönohjaus",
        summary=(
            "Lyhyitä interventioita yksilön tai työyhteisön kuormitus- tai "
            "kriisitilanteiden käsittelyyn."
        ),
        audience=(
            "Yksilölle, työryhmälle tai työyhteisölle, joka on kohdannut kuormittavan "
            "tai kriisiksi koetun tilanteen ja tarvitsee tukea sen käsittelyyn."
        ),
        format="either",
        body="""\
Tilannetyönohjaus voidaan toteuttaa joko yksilö- tai ryhmäohjauksena. Tilannetyönohjaukset ovat lyhyitä interventioita yksilön tai yhteisön kuormitus- tai kriisitilanteiden käsittelyyn.

Tavoitteena on auttaa yksilöä tai yhteisöä käsittelemään tilannetta ja sitä kautta selviytymään siitä.

## Käytännössä

Tilannetyönohjaus on lyhytkestoista, ja se keskittyy käsillä olevaan kuormitus- tai kriisitilanteeseen. Työnohjausistunnot kestävät yleensä 90–120 minuuttia.
""",
    ),
    dict(
        slug="esimiesten-tyonohjaus",
        name="Esimiesten työnohjaus",
        summary=(
            "Esimiehen tai esimiesryhmän työnohjausta, jossa tutkitaan omaa "
            "johtajuutta ja suhdetta johdettavaan yhteisöön."
        ),
        audience=(
            "Esimiehelle, johtajalle tai esimiesryhmälle, joka haluaa tukea "
            "ammatilliseen kehittymiseen, johtamistaitojen kasvuun ja työssä jaksamiseen."
        ),
        format="either",
        body="""\
Esimiesten työnohjaus voidaan toteuttaa yksilö- tai ryhmäohjauksena. Siinä tutkitaan omaa johtajuutta ja suhdetta johdettavaan yhteisöön.

Esimiestyönohjauksessa tavoitteena on avata uusia näkökulmia työhön sekä tukea ammatillista kehittymistä, johtamistaitojen kasvua ja työssä jaksamista.

Ohjaamiemme esimiesten ja esimiesryhmien palautteissa toistuu usein sama havainto: työnohjauksen tuloksena johtajuusote on vahvistunut, käyttöön on saatu uusia ”työkaluja” ja oma persoonallinen tapa olla esimies on löytynyt.

Katso lisää: [Hallinnollinen työnohjaus ja johtajuuden konsultaatio](/johtajuus/).

## Käytännössä

Työnohjausistunnot kestävät yleensä 90–120 minuuttia. Työnohjauksen kesto vaihtelee muutamasta istunnosta useiden vuosien prosesseihin.
""",
    ),
]


KEY_QUESTIONS = [
    dict(
        theme="Perustehtävä",
        question="Miten perustehtävän suoritus onnistuu ja miten sitä voidaan kehittää?",
    ),
    dict(
        theme="Vuorovaikutus",
        question="Millainen vuorovaikutus tukee työn tekemistä?",
    ),
    dict(
        theme="Rakenteet",
        question="Millaiset työn ja yhteistyön rakenteet palvelevat työn tekemistä?",
    ),
    dict(
        theme="Tunnemaailma",
        question=(
            "Millainen tunnemaailma yhteisössä tukee perustehtävän parasta "
            "mahdollista toteutumista?"
        ),
    ),
    dict(
        theme="Oppiminen ja kehittyminen",
        question="Miten ammatillista oppimista ja kehittymistä tuetaan?",
    ),
    dict(
        theme="Johtajuus",
        question="Millaista johtajuutta yhteisössä tarvitaan?",
    ),
]


PAGES = [
    dict(
        slug="etusivu",
        title="Mitä työnohjaus on?",
        lead=(
            "Teemme työnohjausta työyhteisöille, työryhmille, johdolle, "
            "johtoryhmille ja yksilöille."
        ),
        meta_description=(
            "Työnohjausta työyhteisöille, työryhmille, johdolle ja yksilöille. "
            "Työnohjaus tukee työssä jaksamista, yhteistyötä ja työyhteisön kehittämistä."
        ),
        layout="article",
        body="""\
Oman työn hallinta, työtovereiden yhteistyö, hyvä suhde johtajuuteen ja organisaatioon sekä toimivat yhteistyöverkostot luovat perustan työssä onnistumiselle ja jaksamiselle.

Hyvin toimivalla työpaikalla on yhdessä sovitut työn tavoitteet, toimivat rakenteet, työtä tukeva johtajuus ja avoin vuorovaikutus. Työnohjaus vahvistaa ammatti-identiteettiä, auttaa rajaamaan omaa työtä ja lisää työhön hallinnan tunnetta.

## Miten työnohjaus etenee?

Työnohjauksessa tarkastelemme ohjattavan tai ohjattavien kanssa heidän vaativia ja kuormittavia työtilanteitaan. Tavoitteena on purkaa työstä aiheutuvaa kuormittuneisuutta, auttaa työtilanteiden ja oman toiminnan tarkastelussa sekä löytää uusia tapoja ja näkökulmia edetä työtilanteissa.

Työnohjausistunnot kestävät yleensä 90–120 minuuttia. Työnohjauksen kesto vaihtelee muutamasta istunnosta useiden vuosien prosesseihin. Yleensä on hyödyksi, että työn kehittäminen on määrätietoista, jatkuvaa ja prosessinomaista.

Työnohjaus tarjoaa syvällistä oppimista sekä mahdollisuuden tutkia ja muuttaa omia asenteita sekä toiminta- ja vuorovaikutustapoja.

## Työyhteisön kehittäminen

Työyhteisön kehittäminen ja työnohjaus ovat tapahtumia, jotka tarjoavat mahdollisuuden asenteiden ja toimintatapojen pysyvään muutokseen.

Työnohjauksessa tarjoamme ulkopuolista näkökulmaa työyhteisön kehittämiseen ja mahdollisuuden työyhteisön toimivuuden ja vuorovaikutussuhteiden parantamiseen. Uuden oppiminen ja käyttöönotto edellyttää kykyä liittää se aikaisempiin, hyväksi koettuihin työtapoihin. Työnohjausotteemme on työyhteisöä ja johtajuutta tukevaa ja tutkivaa sekä työyhteisön osaamisen ja kehittymisen varaan rakentuvaa.

Työyhteisön kehittämisessä kohteena on yleensä koko yhteisö ja sen toiminta. Usein siihen liitetään koulutuspäiviä tai lyhyitä tietoiskuja, valmennusta ja työnohjausta prosessinomaisesti.
""",
    ),
    dict(
        slug="palvelut",
        title="Työnohjauksen muodot",
        lead=(
            "Työnohjauksen muotoja ovat yksilötyönohjaus, ryhmätyönohjaus, "
            "yhteisötyönohjaus, tilannetyönohjaus ja esimiesten työnohjaus."
        ),
        meta_description=(
            "Yksilö-, ryhmä- ja yhteisötyönohjaus, tilannetyönohjaus ja esimiesten "
            "työnohjaus. Tutustu työnohjauksen muotoihin ja valitse teille sopiva."
        ),
        layout="article",
        body="""\
Sopiva työnohjauksen muoto riippuu siitä, kenen työtä ja millaista tilannetta työnohjaus koskee: yksittäisen ammattilaisen, työryhmän, koko työyhteisön vai esimiehen työtä. Tilannetyönohjaus ja esimiesten työnohjaus voidaan toteuttaa joko yksilö- tai ryhmäohjauksena.

Muodon ei tarvitse olla selvillä ennen yhteydenottoa. [Laita viestiä, niin jutellaan](/ota-yhteytta/) ja mietitään sopiva muoto yhdessä.
""",
    ),
    dict(
        slug="tyootteemme",
        title="Työotteemme",
        lead=(
            "Työotteemme on rakentunut niin elämän- ja työkokemuksemme kuin "
            "työyhteisökehittäjän, työnohjaajan, työyhteisösovittelijan ja "
            "psykoterapeutin työn myötä."
        ),
        meta_description=(
            "Työotteemme on yhteisödynaaminen: olemme kiinnostuneita niin yksilö- kuin "
            "ryhmädynamiikasta. Lue, mistä työotteemme on rakentunut."
        ),
        layout="article",
        body="""\
Työotettamme ovat muovanneet yhteisödynaamiseen suuntaan opinnot ja työkokemus Sosiaalipedagogisessa keskuksessa.

Niiden lisäksi tapaamme tehdä työtä ovat muokanneet kokemuksemme erilaisista kehittämishankkeista ja työtilanteista, omaan työhömme saamamme työnohjaus, aktiivinen toiminta ammattilaisten verkostossa sekä jatkuva perehtyminen ammattikirjallisuuteen.

Olemme kiinnostuneita niin yksilö- kuin ryhmädynamiikasta. Työnohjausotteemme on työyhteisöä ja johtajuutta tukevaa ja tutkivaa sekä työyhteisön osaamisen ja kehittymisen varaan rakentuvaa.
""",
    ),
    dict(
        slug="vaikuttavuus",
        title="Miten työnohjaus vaikuttaa?",
        lead=(
            "Kokemuksemme ja saamamme palautteen mukaan yhteisöllisyyden tukemisella "
            "ja tutkimisella voidaan vaikuttaa työyhteisöjen toimivuuteen ja "
            "tehokkuuteen sekä työntekijöiden jaksamiseen ja hyvinvointiin."
        ),
        meta_description=(
            "Työnohjaus vaikuttaa työyhteisön toimivuuteen, työntekijöiden jaksamiseen "
            "ja johtajuuteen. Työn kehittäminen yhdessä on kannattava investointi."
        ),
        layout="article",
        body="""\
Ohjaamiemme esimiesten ja esimiesryhmien palautteissa toistuu usein sama havainto: työnohjauksen tuloksena johtajuusote on vahvistunut, käyttöön on saatu uusia ”työkaluja” ja oma persoonallinen tapa olla esimies on löytynyt.

## Kannattava investointi

Sairauspoissaolot ja työkyvyn aleneminen ovat merkittävä kuluerä niin työnantajille kuin työntekijöille itselleenkin. Työnantajalla, joka panostaa henkilöstön hyvinvointiin, on mahdollisuus erottautua myönteisesti ja saada henkilöstö sitoutumaan yhä vahvemmin työyhteisön tavoitteisiin. Työn kehittäminen yhdessä on taloudellinen ja kannattava investointi.

## Yhteisödynaaminen näkökulma

Työnohjauksessa, työyhteisöjen koulutuksissa ja kehittämishankkeissa lähestymme yhteisöjä yhteisödynaamisesta näkökulmasta. Se tarkoittaa yhteisön perustehtävän, rakenteiden, tunneilmaston ja johtajuuden monivivahteista tutkimista. Sitä havainnollistaa [yhteisöllinen dialogi -työkalu](/yhteisollinen-dialogi/).

Katso myös esitys [työnohjauksen hyödyistä](/hyodyt/).
""",
    ),
    dict(
        slug="johtajuus",
        title="Hallinnollinen työnohjaus ja johtajuuden konsultaatio",
        lead=(
            "Mielestämme työyhteisö voi niin hyvin tai niin huonosti kuin sen johto. "
            "Hyvin hoidettu ja tuettu työyhteisön johtajuus on kaikkien etu."
        ),
        meta_description=(
            "Hallinnollinen työnohjaus ja johtajuuden konsultaatio tukevat esimiestä "
            "johtamaan muutosta, etätyötä ja yhteisön dynamiikkaa."
        ),
        layout="article",
        body="""\
Hyvin johdetussa työyhteisössä varmistetaan, että työntekijöillä on mahdollisuus sitoutua perustehtäväänsä ja hoitaa se hyvin.

## Työhyvinvointi ja johtajuuden haasteet

Mielestämme työhyvinvointia pitää vaalia tietoisesti. Johtaja mahdollistaa yhteisen perustehtävän parhaan mahdollisen toteutumisen.

Työyhteisöjen ja johtajuuden ajankohtaisina haasteina näyttävät olevan

- johtaminen muutoksessa
- etä- ja digijohtaminen
- yhteisö- ja yksilödynamiikan vaikutusten ymmärtäminen.

## Työkaluja esimiestyöhön

Esimies tarvitsee työkaluja työyhteisön tukemiseen. Johdon työnohjaus ja koulutus liitetään osallistujien arkiseen johtamistyöhön ja strategisiin linjauksiin sekä esimiestaitojen parantamiseen niissä.

Koulutuksessa ja työnohjauksessa tutkitaan ja havainnoidaan omaa työtä ja työyhteisön toimintaa, kokeillaan uusia työvälineitä ja sovelletaan opittua tietoa käytäntöön.

## Yhteisöllinen johtajuus

Työnohjauksessa ratkotaan myös työn tekemisen arkisia pulmia ja käytännön tilanteita. Yhteisöllisen johtajuuden tehtävänä on sopusoinnun säilyttäminen ja vaaliminen työyhteisössä.

Lue myös [esimiesten työnohjauksesta](/palvelut/esimiesten-tyonohjaus/).
""",
    ),
    dict(
        slug="yhteisollinen-dialogi",
        title="Yhteisöllinen dialogi -työkalu",
        lead=(
            "Yhteisöllinen dialogi -työkalu havainnollistaa yhteisödynaamista "
            "näkökulmaa: yhteisön perustehtävän, rakenteiden, tunneilmaston ja "
            "johtajuuden monivivahteista tutkimista."
        ),
        meta_description=(
            "Työyhteisökartta auttaa tarkastelemaan omaa työyhteisöä yhdessä: "
            "perustehtävää, rakenteita, tunneilmastoa ja johtajuutta."
        ),
        layout="article",
        body="""\
Työnohjauksessa, työyhteisöjen koulutuksissa ja kehittämishankkeissa lähestymme yhteisöjä yhteisödynaamisesta näkökulmasta. Yhteisöllinen dialogi on tapa tarkastella omaa työyhteisöä yhdessä, ammatillisesti ja tutkivalla otteella.

Työyhteisökartta kokoaa yhteen neljä näkökulmaa, joista työyhteisöä voi tarkastella: perustehtävän, rakenteet, tunneilmaston ja johtajuuden. Kartan avulla työyhteisö voi yhdessä pysähtyä katsomaan omaa toimintaansa: mikä sujuu, mikä kuormittaa ja mihin kannattaa kiinnittää huomiota. Kartta ei anna valmiita vastauksia, vaan se tukee yhteistä keskustelua.

## Perustehtävä

Perustehtävä on se, mitä varten työyhteisö on olemassa. Tarkastelemme, miten perustehtävän suoritus onnistuu ja miten sitä voidaan kehittää.

Hyvin toimivalla työpaikalla on yhdessä sovitut työn tavoitteet. Hyvin johdetussa työyhteisössä työntekijöillä on mahdollisuus sitoutua perustehtäväänsä ja hoitaa se hyvin.

## Rakenteet

Rakenteet ovat työn ja yhteistyön puitteita, joiden varassa arki kulkee, esimerkiksi työnjako, kokoukset ja yhdessä sovitut käytännöt. Kysymme, millaiset työn ja yhteistyön rakenteet palvelevat työn tekemistä.

Toimivat rakenteet ja toimivat yhteistyöverkostot luovat perustan työssä onnistumiselle ja jaksamiselle.

## Tunneilmasto

Jokaisessa työyhteisössä on oma tunnemaailmansa, joka vaikuttaa siihen, miten työ sujuu. Tarkastelemme, millainen tunnemaailma yhteisössä tukee perustehtävän parasta mahdollista toteutumista ja millainen vuorovaikutus tukee työn tekemistä.

Olemme kiinnostuneita niin yksilö- kuin ryhmädynamiikasta. Vaativat ja kuormittavat työtilanteet näkyvät usein koko yhteisössä, ja niiden yhteisen käsittelyn tavoitteena on purkaa työstä aiheutuvaa kuormittuneisuutta.

## Johtajuus

Mielestämme työyhteisö voi niin hyvin tai niin huonosti kuin sen johto. Tarkastelemme, millaista johtajuutta yhteisössä tarvitaan ja millainen on työyhteisön suhde johtajuuteen ja organisaatioon.

Yhteisöllisen johtajuuden tehtävänä on sopusoinnun säilyttäminen ja vaaliminen työyhteisössä. Lue lisää [hallinnollisesta työnohjauksesta ja johtajuuden konsultaatiosta](/johtajuus/).

Haluatteko tarkastella omaa työyhteisöänne yhdessä? [Laita viestiä, niin jutellaan](/ota-yhteytta/).
""",
    ),
    dict(
        slug="hyodyt",
        title="Työnohjauksen hyödyt",
        lead=(
            "Lyhyt esitys siitä, miten työnohjaus tukee ammattilaisia, työyhteisöjä ja johtajuutta."
        ),
        meta_description=(
            "Työnohjauksen hyödyt lyhyesti: jaksaminen, ammatti-identiteetti, "
            "hallinnan tunne, yhteistyö, johtajuusote ja kannattava investointi."
        ),
        layout="slides",
        body="""\
## Työnohjaus tukee jaksamista

- Työnohjauksessa tarkastelemme vaativia ja kuormittavia työtilanteita.
- Tavoitteena on purkaa työstä aiheutuvaa kuormittuneisuutta.
- Oman työn hallinta ja toimiva yhteistyö luovat perustan työssä jaksamiselle.

## Ammatti-identiteetti vahvistuu

- Työnohjaus vahvistaa ammatti-identiteettiä.
- Se tarjoaa syvällistä oppimista ja tukee ammatillista kasvua.
- Omia asenteita sekä toiminta- ja vuorovaikutustapoja voi tutkia ja muuttaa.

## Oman työn rajaaminen

- Työnohjaus auttaa rajaamaan omaa työtä.
- Se tukee perustehtävän hoitamista organisaation tavoitteiden mukaisesti.
- Työtilanteisiin löytyy uusia tapoja ja näkökulmia.

## Hallinnan tunne lisääntyy

- Työnohjaus lisää työhön hallinnan tunnetta.
- Työtilanteita ja omaa toimintaa tarkastellaan yhdessä työnohjaajan kanssa.
- Uusi opittu liitetään aiempiin, hyväksi koettuihin työtapoihin.

## Vuorovaikutus ja yhteistyö

- Ulkopuolinen näkökulma työyhteisön kehittämiseen.
- Mahdollisuus parantaa työyhteisön toimivuutta ja vuorovaikutussuhteita.
- Mahdollisuus asenteiden ja toimintatapojen pysyvään muutokseen.

## Johtajuusote vahvistuu

- Esimiesten palautteissa toistuu vahvistunut johtajuusote.
- Työnohjauksesta saadaan uusia ”työkaluja” työyhteisön tukemiseen.
- Oma persoonallinen tapa olla esimies löytyy.

## Kannattava investointi

- Sairauspoissaolot ja työkyvyn aleneminen ovat merkittävä kuluerä niin työnantajille kuin työntekijöille.
- Henkilöstön hyvinvointiin panostava työnantaja voi erottautua myönteisesti ja saada henkilöstön sitoutumaan vahvemmin yhteisiin tavoitteisiin.
- Työn kehittäminen yhdessä on taloudellinen ja kannattava investointi.

## Laita viestiä, niin jutellaan!

Kerro meille tilanteestasi [yhteydenottolomakkeella](/ota-yhteytta/), niin mietitään yhdessä, millainen työnohjaus sopisi teille.
""",
    ),
    dict(
        slug="tietosuoja",
        title="Tietosuojaseloste",
        lead=(
            "Tässä selosteessa kerromme, mitä henkilötietoja käsittelemme, kun otat "
            "meihin yhteyttä tämän sivuston kautta, ja mitä oikeuksia sinulla on."
        ),
        meta_description=(
            "Tietosuojaseloste: mitä tietoja yhteydenottolomake kerää, miksi niitä "
            "käsitellään, kauanko niitä säilytetään ja mitkä ovat oikeutesi."
        ),
        layout="article",
        show_call_to_action=False,
        body="""\
## Rekisterinpitäjä

[rekisterinpitäjä]

## Mitä tietoja käsittelemme

Käsittelemme tietoja, jotka annat meille yhteydenottolomakkeella:

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

Lisäksi yhteydenottoon tallentuu sen lähetysaika. Saamme tiedot sinulta itseltäsi. Emme tallenna IP-osoitettasi yhteydenoton yhteyteen.

Pyydämme, ettet kirjoita viestiin terveyttäsi tai muita arkaluonteisia asioita koskevia tietoja.

## Käsittelyn tarkoitus ja peruste

Käsittelemme tietoja vastataksemme yhteydenottoosi ja hoitaaksemme siihen liittyvän asioinnin, esimerkiksi sopiaksemme työnohjauksesta. Tietoja ei käytetä markkinointiin.

Käsittelyn oikeusperuste on oikeutettu etumme vastata meille lähetettyihin yhteydenottoihin (EU:n yleisen tietosuoja-asetuksen 6 artiklan 1 kohdan f alakohta). Kun yhteydenotto koskee työnohjauksesta sopimista, käsittely perustuu myös sopimusta edeltäviin toimenpiteisiin pyynnöstäsi (6 artiklan 1 kohdan b alakohta).

## Säilytysaika

Yhteydenotot poistetaan sivuston tietokannasta automaattisesti kahden vuoden (730 päivän) kuluttua niiden vastaanottamisesta. Voimme poistaa yhteydenoton myös aiemmin, kun sitä ei enää tarvita. Yhteydenotoista henkilökunnalle lähetetyt sähköposti-ilmoitukset poistetaan, kun niitä ei enää tarvita.

## Tietojen luovutukset

Emme luovuta tietojasi kolmansille osapuolille. Yhteydenotosta lähetetään ilmoitus sähköpostitse henkilökunnallemme.

Sähköpostipalvelun ja sivuston palvelinpalvelun tarjoajat käsittelevät tietoja puolestamme henkilötietojen käsittelijöinä. Ne eivät saa käyttää tietoja omiin tarkoituksiinsa.

## Evästeet

Sivusto käyttää vain teknisesti välttämättömiä evästeitä:

- yhteydenottolomakkeen tietoturvaeväste (CSRF-suojaus), joka asetetaan, kun avaat lomakkeen. Se suojaa lomaketta väärinkäytöltä, ei sisällä tietoja sinusta ja vanhenee vuoden kuluttua.
- ylläpidon kirjautumiseen tarvittava istuntoeväste, jota käytetään vain henkilökuntamme kirjautuessa sivuston ylläpitoon.

Työyhteisökartta ei aseta evästeitä eikä tallenna vastauksiasi: vastaukset kulkevat vain kartan osoitteessa. Ne tallentuvat vain, jos lähetät kartan yhteydenoton liitteenä.

Sivustolla ei ole analytiikkaa, seurantaa eikä mainontaa, eikä se lataa fontteja tai skriptejä kolmansien osapuolten palvelimilta. Koska käytetyt evästeet ovat välttämättömiä sivuston toiminnalle, niihin ei tarvita erillistä suostumusta.

## Palvelimen lokit

Sivuston palvelin kirjaa sivupyynnöistä teknisiä lokitietoja: ajan, IP-osoitteen, pyydetyn sivun osoitteen ilman hakuehtoja, vastauksen tilan ja selaimen tunnisteen. Lokeja käytetään sivuston toiminnan ja tietoturvan varmistamiseen sekä vikojen selvittämiseen. Sähköpostiosoitteet peitetään lokeissa, esimerkiksi muotoon m***@example.com.

Yhteydenottolomakkeen roskapostisuojaus pitää lyhyen aikaa kirjaa siitä, montako viestiä samasta verkko-osoitteesta on lähetetty. Se ei tallenna IP-osoitetta itseään vaan siitä lasketun tunnisteen.

## Rekisteröidyn oikeudet

Sinulla on oikeus

- saada pääsy tietoihisi eli tietää, mitä tietoja sinusta käsittelemme
- pyytää virheellisten tietojen oikaisemista
- pyytää tietojesi poistamista
- pyytää tietojesi käsittelyn rajoittamista
- vastustaa tietojesi käsittelyä, kun käsittely perustuu oikeutettuun etuumme.

Jos katsot, että henkilötietojesi käsittelyssä rikotaan tietosuojasääntelyä, sinulla on oikeus tehdä valitus valvontaviranomaiselle, joka Suomessa on Tietosuojavaltuutetun toimisto.

## Yhteydenotot

Voit käyttää oikeuksiasi tai kysyä tietosuojasta ottamalla meihin yhteyttä sivun alalaidan yhteystiedoilla tai [yhteydenottolomakkeella](/ota-yhteytta/).
""",
    ),
    dict(
        slug="saavutettavuus",
        title="Saavutettavuusseloste",
        lead=(
            "Haluamme, että jokainen voi käyttää sivustoamme vaivatta. Tässä "
            "selosteessa kerromme sivuston saavutettavuudesta ja siitä, miten voit "
            "antaa palautetta."
        ),
        meta_description=(
            "Saavutettavuusseloste: sivuston tavoitteena on WCAG 2.1 AA -taso. Lue, "
            "miten saavutettavuus on testattu ja miten voit antaa palautetta."
        ),
        layout="article",
        show_call_to_action=False,
        body="""\
## Mitä seloste koskee

Tämä saavutettavuusseloste koskee tätä verkkosivustoa: sen kaikkia julkisia sivuja ja yhteydenottolomaketta. Seloste on laadittu lain digitaalisten palvelujen tarjoamisesta (306/2019) mukaisesti.

## Saavutettavuuden tila

Tavoitteemme on, että sivusto täyttää WCAG 2.1 -ohjeistuksen A- ja AA-tason saavutettavuusvaatimukset. Sivusto on suunniteltu ja toteutettu näiden vaatimusten mukaiseksi.

Saavutettavuus on arvioitu itse. Sivut on testattu automaattisilla axe-core-tarkistuksilla sekä tietokoneen että puhelimen näytön levyisinä, ja sivustoa on testattu pelkällä näppäimistöllä käytettynä. Sivusto toimii myös ilman JavaScriptiä.

## Tunnetut puutteet

Emme tiedä sivustolla tällä hetkellä olevan saavutettavuuspuutteita. Tarkistamme myös sivustolle lisäämämme sisällön saavutettavuuden. Jos huomaat puutteen, kerrothan siitä meille.

## Palaute

Voit antaa palautetta saavutettavuudesta tai pyytää sisältöä saavutettavassa muodossa ottamalla meihin yhteyttä sivun alalaidan yhteystiedoilla tai [yhteydenottolomakkeella](/ota-yhteytta/).

## Valvontaviranomainen

Jos huomaat sivustolla saavutettavuusongelmia, anna ensin palautetta meille. Jos et ole tyytyväinen saamaasi vastaukseen tai et saa vastausta lainkaan kahden viikon kuluessa, voit tehdä ilmoituksen valvontaviranomaiselle.

Valvontaviranomaisen yhteystiedot: Liikenne- ja viestintävirasto Traficom, saavutettavuusvalvonta, www.saavutettavuusvaatimukset.fi

## Selosteen päiväys

Seloste on laadittu 25.11.2026.
""",
    ),
    dict(
        slug="ota-yhteytta",
        title="Laita viestiä",
        lead=(
            "Kerro lyhyesti, keitä olette ja millaista työnohjausta mietitte. Otamme yhteyttä, "
            "ja mietitään yhdessä, mikä sopisi teille parhaiten."
        ),
        meta_description=(
            "Ota yhteyttä ja kysy työnohjauksesta, työyhteisön kehittämisestä tai johtajuuden "
            "konsultaatiosta. Vastaamme yleensä kahden arkipäivän kuluessa."
        ),
        layout="article",
        show_call_to_action=False,
        body="""\
Voit kirjoittaa viestiisi niin vähän tai paljon kuin haluat. Kaikki tiedot ovat luottamuksellisia, ja käytämme niitä vain yhteydenottoosi vastaamiseen.

Voit myös soittaa tai lähettää sähköpostia: yhteystiedot ovat sivun alalaidassa.
""",
    ),
    dict(
        slug="kiitos",
        title="Kiitos viestistäsi!",
        lead=(
            "Olemme vastaanottaneet viestisi. Vastaamme henkilökohtaisesti, yleensä kahden "
            "arkipäivän kuluessa."
        ),
        meta_description=(
            "Kiitos yhteydenotostasi. Olemme vastaanottaneet viestisi ja vastaamme "
            "henkilökohtaisesti, yleensä kahden arkipäivän kuluessa."
        ),
        layout="article",
        show_call_to_action=False,
        body="""\
Jos asiasi on kiireellinen, voit myös soittaa meille: puhelinnumero on sivun alalaidassa.

Sillä välin voit tutustua [työnohjauksen muotoihin](/palvelut/) tai [työotteeseemme](/tyootteemme/).
""",
    ),
]

# Pages added with prices, questions and how supervision starts (migration 0006 adds them to
# sites migrated before). They say nothing about prices or people the consultancy has not
# decided: those are on the price list and the supervisors' pages, which staff keep.
PAGES += [
    dict(
        slug="hinnat",
        title="Hinnat",
        lead=(
            "Hinnat perustuvat istuntojen määrään ja kestoon. Sovimme työnohjauksen laajuuden "
            "ja aikataulun aina yhdessä ennen aloittamista."
        ),
        meta_description=(
            "Työnohjauksen hinnat organisaatioille arvonlisäverottomina ja yksityishenkilöille "
            "arvonlisäveroineen sekä peruutus-, matka- ja laskutusehdot."
        ),
        layout="article",
        body="""\
Kartoituskerralla ja työnohjaussopimuksessa sovitaan istuntojen määrä, kesto ja tiheys, joten kokonaishinta on selvillä ennen aloittamista. Jos et löydä tilanteeseesi sopivaa hintaa, [kysy meiltä](/ota-yhteytta/).
""",
    ),
    dict(
        slug="usein-kysyttya",
        title="Usein kysyttyä",
        lead="Vastauksia kysymyksiin, joita työnohjausta harkitsevat meiltä usein kysyvät.",
        meta_description=(
            "Usein kysyttyä työnohjauksesta: miten se eroaa terapiasta ja coachingista, kuka "
            "sen maksaa, kauanko se kestää ja onko se luottamuksellista."
        ),
        layout="article",
        body="""\
Etkö löytänyt vastausta? [Laita viestiä](/ota-yhteytta/), niin vastaamme mielellämme.
""",
    ),
    dict(
        slug="nain-aloitamme",
        title="Näin aloitamme",
        lead=(
            "Työnohjaus alkaa keskustelusta ja kartoituksesta. Ennen varsinaisia istuntoja "
            "sovimme yhdessä tavoitteista, aikataulusta ja luottamuksellisuudesta."
        ),
        meta_description=(
            "Näin työnohjaus alkaa: ensimmäinen keskustelu, kartoituskerta, työnohjaussopimus, "
            "säännölliset istunnot ja yhteinen arviointi."
        ),
        layout="article",
        body="""\
## Ensimmäinen keskustelu

Kerro meille tilanteestanne [yhteydenottolomakkeella](/ota-yhteytta/) tai soittamalla. Ensimmäisessä keskustelussa kuulemme, keitä olette, millaisessa tilanteessa työnne on ja mitä toivotte työnohjaukselta. Työnohjauksen muodon ei tarvitse olla selvillä etukäteen: mietimme sopivan muodon yhdessä.

Jos työnohjausta hankkii työnantaja, keskusteluun osallistuu usein myös esimies tai henkilöstöhallinnon edustaja, joka tilaa työnohjauksen.

## Kartoituskerta

Kartoituskerralla tapaamme ohjattavan tai ohjattavat. Tutustumme toisiimme, tarkastelemme työn tilannetta ja sen kuormittavia tekijöitä ja mietimme, mihin työnohjauksella halutaan vaikuttaa. Samalla jokainen voi arvioida, tuntuuko yhteistyö sopivalta.

Työyhteisö voi halutessaan valmistautua kartoitukseen [työyhteisökartalla](/tyoyhteisokartta/): kartan voi täyttää nimettömästi ja tuoda mukaan ensimmäiseen tapaamiseen.

## Työnohjaussopimus

Kartoituksen jälkeen teemme kirjallisen työnohjaussopimuksen. Kun työnohjauksen maksaa työnantaja, sopimus tehdään yleensä kolmikantaisena: sen osapuolia ovat ohjattavat, työnohjaaja ja työnohjauksen tilaaja. Sopimuksessa sovitaan

- työnohjauksen tavoitteista
- aikataulusta: istuntojen määrästä, kestosta ja tiheydestä sekä tapaamispaikasta tai etäyhteydestä
- peruutuksista ja siirroista (katso [hinnat ja ehdot](/hinnat/))
- luottamuksellisuudesta
- siitä, mitä työnantajalle tai muulle tilaajalle kerrotaan.

Työnantajalle tai tilaajalle kerrotaan vain se, mistä sopimuksessa on yhdessä sovittu, esimerkiksi toteutuneet tapaamiset ja arvioinnin yleiset havainnot. Istuntojen sisällöistä ei kerrota. Lue lisää [luottamuksellisuudesta ja eettisistä periaatteista](/luottamuksellisuus/).

## Istunnot

Työnohjausistunnot kestävät yleensä 90–120 minuuttia, ja ne pidetään tavallisesti muutaman viikon välein. Säännöllisyys antaa aikaa kokeilla uusia näkökulmia omassa työssä ja palata niihin seuraavalla kerralla. Työnohjauksen kesto vaihtelee muutamasta istunnosta useiden vuosien prosesseihin.

## Arviointi

Arvioimme työnohjauksen etenemistä yhdessä sovituin välein ja viimeistään työnohjauksen päättyessä: miten tavoitteet ovat toteutuneet ja mitä työnohjaus on tuonut työhön. Arvioinnin perusteella sovitaan, jatketaanko, muutetaanko painopistettä vai päätetäänkö työnohjaus. Yleensä on hyödyksi, että työn kehittäminen on määrätietoista, jatkuvaa ja prosessinomaista.
""",
    ),
    dict(
        slug="luottamuksellisuus",
        title="Luottamuksellisuus ja eettiset periaatteet",
        lead=("Työnohjaus perustuu luottamukseen. Se, mitä istunnoissa puhutaan, jää istuntoihin."),
        meta_description=(
            "Työnohjauksen luottamuksellisuus ja eettiset periaatteet: mitä istunnoista "
            "kerrotaan työnantajalle ja miten ohjattavien tietoja käsitellään."
        ),
        layout="article",
        body="""\
## Luottamuksellisuus

Työnohjaaja ei kerro istuntojen sisällöistä ulkopuolisille. Myös ohjattavat sitoutuvat siihen, että toisten ryhmäläisten asiat eivät kulje istunnoista eteenpäin.

Työnantajalle tai muulle tilaajalle kerrotaan vain se, mistä on yhdessä sovittu työnohjaussopimuksessa, esimerkiksi toteutuneet tapaamiset ja arvioinnin yleiset havainnot. Luottamuksellisuuden rajoista, kuten lakiin perustuvista ilmoitusvelvollisuuksista, puhutaan avoimesti jo työnohjauksen alussa.

## Eettiset periaatteet

- Työnohjaus keskittyy työhön: ohjattavan työtilanteisiin, työrooliin ja työyhteisön toimintaan.
- Kunnioitamme jokaisen ohjattavan näkemyksiä ja kokemuksia, ja jokaisella on oikeus tulla kuulluksi.
- Työnohjaaja ei ole osapuoli työyhteisön ristiriidoissa eikä toimi samaan aikaan ohjattaviensa esimiehenä tai arvioijana.
- Työnohjaajalla on oma työnohjauksensa ja hän kehittää jatkuvasti osaamistaan.
- Jos työnohjaus ei ole oikea apu tilanteeseen, kerromme sen ja mietimme yhdessä, mistä apua voisi saada.

## Henkilötiedot

Yhteydenottojen ja työnohjaukseen liittyvien tietojen käsittelystä kerrotaan [tietosuojaselosteessa](/tietosuoja/). Katso myös, [miten työnohjaus alkaa](/nain-aloitamme/).
""",
    ),
]
