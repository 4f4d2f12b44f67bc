"""
The first frequently asked questions, in Finnish, loaded by migration 0002.

Answered from the consultancy's own text and common Finnish practice of work supervision.
Where the answer is the consultancy's own decision (prices, people), the answer links to the
page staff keep up to date instead of stating it here. ``forms`` names the slugs of the
forms whose pages also show the question.
"""

CATEGORIES = ["Työnohjauksesta", "Käytännön järjestelyt", "Hinnat ja aloittaminen"]

QUESTIONS = [
    dict(
        category="Työnohjauksesta",
        question="Miten työnohjaus eroaa terapiasta ja coachingista?",
        answer="""\
Työnohjauksen aiheena on aina työ: ohjattavan työtilanteet, oma toiminta työssä, työyhteisön vuorovaikutus ja suhde perustehtävään. Tavoitteena on ammatillinen kasvu ja työssä jaksaminen.

Terapia on hoitoa, jonka aiheena on ihmisen oma elämä ja mielen hyvinvointi kokonaisuutena. Coaching eli valmennus on yleensä lyhytkestoista ja keskittyy tietyn tavoitteen saavuttamiseen. Työnohjaus on tutkivampaa: siinä pysähdytään tarkastelemaan vaativia ja kuormittavia työtilanteita ja etsitään niihin uusia näkökulmia.
""",
        forms=["yksilotyonohjaus"],
    ),
    dict(
        category="Työnohjauksesta",
        question="Onko työnohjaus luottamuksellista?",
        answer="""\
On. Istuntojen sisällöistä ei kerrota ulkopuolisille, ei myöskään työnantajalle. Työnohjaussopimuksessa sovitaan yhdessä, mitä työnantajalle tai muulle tilaajalle kerrotaan, esimerkiksi toteutuneet tapaamiset ja arvioinnin yleiset havainnot. Lue lisää [luottamuksellisuudesta ja eettisistä periaatteista](/luottamuksellisuus/).
""",
        forms=[
            "yksilotyonohjaus",
            "ryhmatyonohjaus",
            "yhteisotyonohjaus",
            "tilannetyonohjaus",
            "esimiesten-tyonohjaus",
        ],
    ),
    dict(
        category="Työnohjauksesta",
        question="Kuinka kauan työnohjaus kestää?",
        answer="""\
Yksi työnohjausistunto kestää yleensä 90–120 minuuttia, ja istunnot pidetään tavallisesti muutaman viikon välein. Koko työnohjauksen kesto vaihtelee muutamasta istunnosta useiden vuosien prosesseihin. Tilannetyönohjaus on lyhytkestoista ja keskittyy käsillä olevaan tilanteeseen. Kesto sovitaan työnohjaussopimuksessa, ja sitä arvioidaan matkan varrella.
""",
        forms=["yksilotyonohjaus", "ryhmatyonohjaus", "yhteisotyonohjaus", "tilannetyonohjaus"],
    ),
    dict(
        category="Käytännön järjestelyt",
        question="Kuinka suuri ryhmä voi osallistua työnohjaukseen?",
        answer="""\
Ryhmätyönohjauksessa ryhmänä on yleensä työryhmä tai tiimi, jonka jäsenet tekevät yhteistä työtä. Yhteisötyönohjauksessa mukana on koko työyhteisö esimiehineen. Sopiva ryhmän koko riippuu tavoitteista ja työnohjauksen muodosta, ja siitä sovitaan kartoituksessa. Voit kertoa ryhmän koon [yhteydenottolomakkeella](/ota-yhteytta/).
""",
        forms=["ryhmatyonohjaus", "yhteisotyonohjaus"],
    ),
    dict(
        category="Käytännön järjestelyt",
        question="Voiko työnohjauksen toteuttaa etänä?",
        answer="""\
Työnohjausta voidaan toteuttaa myös etäyhteydellä, ja osa istunnoista voi olla etänä ja osa paikan päällä. Kerro [yhteydenottolomakkeella](/ota-yhteytta/), toivotteko tapaamisia paikan päällä, etänä vai kumpi tahansa sopii; toteutustapa sovitaan työnohjaussopimuksessa. Etäistuntojen ehdot ovat [hintojen yhteydessä](/hinnat/).
""",
        forms=[],
    ),
    dict(
        category="Käytännön järjestelyt",
        question="Mitä työnantajalle kerrotaan työnohjauksesta?",
        answer="""\
Vain se, mistä on yhdessä sovittu. Työnohjaussopimus tehdään yleensä kolmikantaisena: ohjattavat, työnohjaaja ja työnohjauksen tilaaja sopivat yhdessä tavoitteista ja siitä, mitä tilaajalle raportoidaan. Tyypillisesti tilaaja saa tiedon toteutuneista tapaamisista ja arvioinnin yleisistä havainnoista, ei istuntojen sisällöistä.
""",
        forms=["ryhmatyonohjaus", "yhteisotyonohjaus", "esimiesten-tyonohjaus"],
    ),
    dict(
        category="Hinnat ja aloittaminen",
        question="Kuka työnohjauksen maksaa?",
        answer="""\
Useimmiten työnohjauksen maksaa työnantaja, koska työnohjaus on osa työtä ja sen kehittämistä. Työnantaja voi myös tarjota työnohjausta osana henkilöstön työhyvinvoinnin tukemista. Ammatinharjoittaja tai yksityishenkilö voi hankkia työnohjausta myös itse. Katso [hinnat](/hinnat/).
""",
        forms=[],
    ),
    dict(
        category="Hinnat ja aloittaminen",
        question="Voiko yksityishenkilö ostaa työnohjausta?",
        answer="""\
Voi. Yksilötyönohjausta voi hankkia myös itse, esimerkiksi oman ammatillisen kasvun tueksi tai ammatinharjoittajana. Yksityishenkilöille näytämme hinnat arvonlisäveroineen: [hinnat yksityishenkilöille](/hinnat/yksityishenkilo/).
""",
        forms=["yksilotyonohjaus"],
    ),
    dict(
        category="Hinnat ja aloittaminen",
        question="Miten työnohjaus alkaa?",
        answer="""\
Ensin keskustellaan: kerro tilanteestanne [yhteydenottolomakkeella](/ota-yhteytta/) tai soittamalla. Sen jälkeen tapaamme kartoituskerralla, teemme työnohjaussopimuksen ja aloitamme säännölliset istunnot. Vaiheet on kuvattu sivulla [Näin aloitamme](/nain-aloitamme/).
""",
        forms=[
            "yksilotyonohjaus",
            "ryhmatyonohjaus",
            "yhteisotyonohjaus",
            "tilannetyonohjaus",
            "esimiesten-tyonohjaus",
        ],
    ),
    dict(
        category="Hinnat ja aloittaminen",
        question="Miten valitsen itselleni sopivan työnohjaajan?",
        answer="""\
Vertaa työnohjaajien koulutusta, työtapaa, kokemusta omalta alaltasi ja sitä, missä he työskentelevät. Tärkeintä on, että yhteistyö tuntuu luottamukselliselta, ja sen voi todeta kartoituskerralla ennen sopimuksen tekemistä. Tutustu [työnohjaajiimme](/tyonohjaajat/).
""",
        forms=["yksilotyonohjaus", "esimiesten-tyonohjaus"],
    ),
]
