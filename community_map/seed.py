"""The first content of the work community map (Työyhteisökartta), in Finnish.

The texts are based on the consultancy's own text (shared/seeds/000_a0c5cdbb8cc93220.txt)
and follow the site's existing content in services/seed.py. The six dimensions are the
consultancy's six key development questions (KEY_QUESTIONS), in the same order.

The data migration that seeds the database reads these constants. After that the
database is the source of truth: staff edit every text in the admin, and changing this
module does not change a site that already exists.

INTRO_PAGE["body"] is Markdown with no raw HTML and no indented lines. Every other text
(leads, descriptions, statements, reflections, reasons) is plain text.

DIMENSIONS holds the statements a visitor rates on a 1-5 scale and the reflections shown
for each score band (low = average under 2.5, middle = 2.5-3.5, high = over 3.5). A
statement with reverse_scored=True lowers its dimension's score when the visitor agrees;
crisis=True marks the acute-crisis indicator used by the "crisis_at_least" rule.

RULES maps the visitor's scores to recommended forms of supervision (form slugs as in
services/seed.py SUPERVISION_FORMS):

- "dimension_below": the dimension's average score is below threshold.
- "crisis_at_least": a crisis statement is answered at least threshold (raw answer 1-5).
- "overall_below": the average of all answered dimensions is below threshold.

NO_RECOMMENDATION_TEXT is shown when no rule fires.
"""

INTRO_PAGE = dict(
    slug="tyoyhteisokartta",
    title="Työyhteisökartta",
    lead=(
        "Tarkastele omaa työyhteisöäsi kuuden näkökulman avulla: vastaaminen vie noin "
        "viisi minuuttia. Vastaukset ovat nimettömiä, eikä niitä tallenneta, ellet itse "
        "päätä lähettää karttaa."
    ),
    meta_description=(
        "Työyhteisökartta: arvioi omaa työyhteisöäsi kuudesta näkökulmasta noin "
        "viidessä minuutissa ja saat kartan, pohdintoja ja ehdotuksia työnohjauksesta."
    ),
    body="""\
Vastaa väittämiin ajatellen omaa työyhteisöäsi sellaisena kuin se on nyt, ei sellaisena kuin toivoisit sen olevan. Valitse asteikolta 1–5, kuinka samaa mieltä olet kunkin väittämän kanssa. Jos et ole varma, valitse ”en osaa sanoa”.

Kartta on keskustelun lähtökohta, ei diagnoosi: se kertoo yhden ihmisen näkemyksen yhdellä hetkellä. Työryhmä voi myös verrata karttojaan jakamalla niiden linkit toisilleen ja tarkastella yhdessä, missä näkemykset kohtaavat ja missä ne eroavat.
""",
)


DIMENSIONS = [
    dict(
        slug="perustehtava",
        name="Perustehtävä",
        key_question_order=1,
        description=(
            "Perustehtävä on se, mitä varten työyhteisö on olemassa: tarkastelemme, miten "
            "sen suoritus onnistuu ja miten sitä voidaan kehittää."
        ),
        statements=[
            dict(
                text="Meillä on yhteinen käsitys siitä, mikä on työyhteisömme perustehtävä.",
                reverse_scored=False,
                crisis=False,
            ),
            dict(
                text="Työmme tavoitteet on sovittu yhdessä, ja ne ovat kaikkien tiedossa.",
                reverse_scored=False,
                crisis=False,
            ),
            dict(
                text=(
                    "Työyhteisössämme jokainen näkee, miten "
                    "oma työ palvelee yhteistä perustehtävää."
                ),
                reverse_scored=False,
                crisis=False,
            ),
            dict(
                text="Pystymme hoitamaan perustehtävämme hyvin myös kiireisinä aikoina.",
                reverse_scored=False,
                crisis=False,
            ),
        ],
        reflections=dict(
            low=(
                "Perustehtävä näyttää kartassanne alueelta, jolla työyhteisö voi tarvita "
                "tukea. Kun perustehtävä ja yhteiset tavoitteet hämärtyvät, työ voi alkaa "
                "tuntua hajanaiselta. Työnohjauksessa voimme yhdessä tarkastella, mitä "
                "varten työyhteisönne on olemassa ja miten perustehtävän suoritusta voidaan "
                "kehittää."
            ),
            middle=(
                "Perustehtävän osalta osa asioista näyttää toimivan, mutta jokin kaipaa "
                "huomiota. Voi olla hyödyllistä pysähtyä yhdessä tarkastelemaan, onko "
                "käsitys perustehtävästä ja työn tavoitteista kaikille yhteinen."
            ),
            high=(
                "Perustehtävä erottuu kartassanne vahvuutena: työn tavoitteet tuntuvat "
                "yhteisiltä, ja työ rakentuu niiden varaan. Tähän vahvuuteen kannattaa "
                "nojata myös silloin, kun työssä on muutoksia tai kuormitusta."
            ),
        ),
    ),
    dict(
        slug="vuorovaikutus",
        name="Vuorovaikutus",
        key_question_order=2,
        description=(
            "Tarkastelemme, millainen vuorovaikutus tukee työn tekemistä: miten "
            "työyhteisössä puhutaan, kuunnellaan ja tehdään yhteistyötä."
        ),
        statements=[
            dict(
                text=(
                    "Työyhteisössämme voi sanoa oman näkemyksensä "
                    "avoimesti, vaikka se poikkeaisi muista."
                ),
                reverse_scored=False,
                crisis=False,
            ),
            dict(
                text="Kuuntelemme toisiamme ja otamme erilaiset näkökulmat vakavasti.",
                reverse_scored=False,
                crisis=False,
            ),
            dict(
                text="Pystymme käsittelemään erimielisyydet asiallisesti ja ajoissa.",
                reverse_scored=False,
                crisis=False,
            ),
            dict(
                text="Meillä on helppo pyytää työtovereilta apua vaativissa työtilanteissa.",
                reverse_scored=False,
                crisis=False,
            ),
        ],
        reflections=dict(
            low=(
                "Vuorovaikutus nousee kartassanne alueeksi, jolla työyhteisö voi tarvita "
                "tukea. Työnohjauksessa voimme yhdessä tutkia, millaiset toiminta- ja "
                "vuorovaikutustavat teillä ovat muotoutuneet ja millainen vuorovaikutus "
                "tukisi työn tekemistä. Ulkopuolinen näkökulma voi auttaa näkemään tuttuja "
                "tilanteita uudella tavalla."
            ),
            middle=(
                "Vuorovaikutuksessa osa asioista sujuu, mutta kaikki ei tunnu yhtä "
                "helpolta. Yhdessä kannattaa tarkastella, missä tilanteissa keskustelu "
                "kulkee luontevasti ja missä se jää kesken."
            ),
            high=(
                "Avoin vuorovaikutus näyttää kartassanne vahvuudelta. Työtovereiden "
                "yhteistyö on tärkeä perusta työssä onnistumiselle ja jaksamiselle, ja sen "
                "varaan voi rakentaa myös silloin, kun edessä on vaikeampia keskusteluja."
            ),
        ),
    ),
    dict(
        slug="rakenteet",
        name="Rakenteet",
        key_question_order=3,
        description=(
            "Rakenteet ovat työn ja yhteistyön puitteita, kuten työnjako, kokoukset ja "
            "yhdessä sovitut käytännöt, joiden varassa arki kulkee."
        ),
        statements=[
            dict(
                text="Työnjako on meillä selkeä, ja jokainen tietää omat vastuunsa.",
                reverse_scored=False,
                crisis=False,
            ),
            dict(
                text="Kokouksemme ja palaverimme palvelevat työn tekemistä.",
                reverse_scored=False,
                crisis=False,
            ),
            dict(
                text="Noudatamme yhdessä sovittuja käytäntöjä myös kiireen keskellä.",
                reverse_scored=False,
                crisis=False,
            ),
            dict(
                text=(
                    "Yhteistyö muiden yksiköiden ja "
                    "yhteistyökumppaneiden kanssa sujuu meillä hyvin."
                ),
                reverse_scored=False,
                crisis=False,
            ),
        ],
        reflections=dict(
            low=(
                "Rakenteet näyttävät kartassanne alueelta, jolla työyhteisö voi tarvita "
                "tukea. Kun työnjako, kokoukset tai yhteiset käytännöt eivät kanna, arki "
                "voi tuntua raskaammalta kuin olisi tarpeen. Työnohjauksessa voimme "
                "yhdessä tarkastella, millaiset työn ja yhteistyön rakenteet palvelisivat "
                "juuri teidän työtänne."
            ),
            middle=(
                "Rakenteissa osa toimii hyvin ja osa kaipaa huomiota. Voi olla hyödyllistä "
                "katsoa yhdessä, mitkä sovitut käytännöt tukevat työtä ja mitkä ovat "
                "jääneet elämään vain tottumuksesta."
            ),
            high=(
                "Rakenteet erottuvat kartassanne vahvuutena: työnjako ja yhteiset "
                "käytännöt tuntuvat tukevan työn tekemistä. Toimivat rakenteet luovat "
                "perustan työssä onnistumiselle ja jaksamiselle, ja niiden varaan on hyvä "
                "rakentaa myös muutoksessa."
            ),
        ),
    ),
    dict(
        slug="tunnemaailma",
        name="Tunnemaailma",
        key_question_order=4,
        description=(
            "Tunnemaailma kuvaa työyhteisön tunneilmastoa: miltä työssä tuntuu olla ja "
            "miten kuormittavia tilanteita käsitellään yhdessä."
        ),
        statements=[
            dict(
                text=(
                    "Työyhteisössämme on turvallista näyttää myös epävarmuutta ja keskeneräisyyttä."
                ),
                reverse_scored=False,
                crisis=False,
            ),
            dict(
                text="Meillä on tilaa puhua myös työn herättämistä vaikeista tunteista.",
                reverse_scored=False,
                crisis=False,
            ),
            dict(
                text=(
                    "Käsittelemme kuormittavia työtilanteita "
                    "yhdessä, eikä kukaan jää niiden kanssa yksin."
                ),
                reverse_scored=False,
                crisis=False,
            ),
            dict(
                text="Ilmapiiri työyhteisössämme tukee työn tekemistä ja jaksamista.",
                reverse_scored=False,
                crisis=False,
            ),
            dict(
                text=(
                    "Työyhteisössämme on juuri nyt akuutti kriisi tai poikkeuksellisen "
                    "raskas kuormitustilanne."
                ),
                reverse_scored=True,
                crisis=True,
            ),
        ],
        reflections=dict(
            low=(
                "Tunnemaailma nousee kartassanne alueeksi, jolla työyhteisö voi tarvita "
                "tukea. Jokaisessa työyhteisössä on oma tunnemaailmansa, ja vaativat "
                "tilanteet näkyvät usein koko yhteisössä. Työnohjauksessa voimme yhdessä "
                "purkaa työstä aiheutuvaa kuormittuneisuutta ja tutkia, millainen "
                "tunneilmasto tukisi perustehtävän parasta mahdollista toteutumista."
            ),
            middle=(
                "Tunneilmastossa näkyy sekä kannattelevia että kuormittavia piirteitä. "
                "Yhdessä voi olla hyvä pysähtyä tarkastelemaan, mikä työyhteisössänne tuo "
                "turvaa ja mikä vie voimia."
            ),
            high=(
                "Tunneilmasto näyttää kartassanne vahvuudelta: työyhteisössänne tuntuu "
                "olevan tilaa myös vaikeille asioille. Turvallinen ilmapiiri voi kantaa "
                "kuormittavienkin aikojen yli, ja sitä kannattaa vaalia tietoisesti."
            ),
        ),
    ),
    dict(
        slug="oppiminen",
        name="Oppiminen ja kehittyminen",
        key_question_order=5,
        description=(
            "Tarkastelemme, miten työyhteisössä tuetaan ammatillista oppimista ja "
            "kehittymistä ja miten uusi liitetään hyväksi koettuihin työtapoihin."
        ),
        statements=[
            dict(
                text="Työyhteisössämme on aikaa ja tilaa pysähtyä pohtimaan omaa työtä.",
                reverse_scored=False,
                crisis=False,
            ),
            dict(
                text="Jaamme osaamistamme ja opimme toinen toisiltamme.",
                reverse_scored=False,
                crisis=False,
            ),
            dict(
                text=(
                    "Kun otamme käyttöön uutta, liitämme sen "
                    "aiempiin, hyväksi koettuihin työtapoihimme."
                ),
                reverse_scored=False,
                crisis=False,
            ),
            dict(
                text="Ammatillista kasvua ja kehittymistä tuetaan työyhteisössämme.",
                reverse_scored=False,
                crisis=False,
            ),
        ],
        reflections=dict(
            low=(
                "Oppiminen ja kehittyminen näyttävät kartassanne alueelta, jolla "
                "työyhteisö voi tarvita tukea. Kun arjessa ei ole tilaa pysähtyä, oma työ "
                "voi alkaa tuntua pelkältä suorittamiselta. Työnohjaus tarjoaa "
                "mahdollisuuden syvälliseen oppimiseen: voimme yhdessä tarkastella omaa "
                "työtä ja etsiä siihen uusia näkökulmia."
            ),
            middle=(
                "Ammatillista oppimista tuetaan jossain määrin, mutta kaikki mahdollisuudet "
                "eivät ehkä ole käytössä. Yhdessä kannattaa tarkastella, miten osaamista "
                "jaetaan ja miten uusi liitetään hyväksi koettuihin työtapoihin."
            ),
            high=(
                "Oppiminen ja kehittyminen erottuvat kartassanne vahvuutena: "
                "työyhteisössänne tuntuu olevan tilaa pohtia omaa työtä ja oppia toisilta. "
                "Tämän varaan on hyvä rakentaa myös silloin, kun työ muuttuu."
            ),
        ),
    ),
    dict(
        slug="johtajuus",
        name="Johtajuus",
        key_question_order=6,
        description=(
            "Tarkastelemme, millaista johtajuutta yhteisössä tarvitaan ja millainen on "
            "työyhteisön suhde johtajuuteen ja organisaatioon."
        ),
        statements=[
            dict(
                text=(
                    "Johtajuus tukee meillä sitä, että voimme "
                    "sitoutua perustehtäväämme ja hoitaa sen hyvin."
                ),
                reverse_scored=False,
                crisis=False,
            ),
            dict(
                text=(
                    "Työyhteisössämme esimies on tavoitettavissa, "
                    "kun tarvitsemme tukea tai päätöksiä."
                ),
                reverse_scored=False,
                crisis=False,
            ),
            dict(
                text="Päätösten perusteet kerrotaan meillä avoimesti.",
                reverse_scored=False,
                crisis=False,
            ),
            dict(
                text="Muutoksia johdetaan meillä niin, että koko työyhteisö pysyy mukana.",
                reverse_scored=False,
                crisis=False,
            ),
        ],
        reflections=dict(
            low=(
                "Johtajuus näyttää kartassanne alueelta, jolla työyhteisö voi tarvita "
                "tukea. Hyvin hoidettu ja tuettu johtajuus on kaikkien etu, ja myös "
                "esimies tarvitsee tukea omaan työhönsä. Työnohjauksessa voimme yhdessä "
                "tutkia, millaista johtajuutta yhteisönne tarvitsee."
            ),
            middle=(
                "Johtajuudessa osa asioista toimii, mutta jokin kaipaa huomiota. Voi olla "
                "hyödyllistä tarkastella yhdessä, millaista johtajuutta työyhteisönne juuri "
                "nyt tarvitsee ja millainen on suhde johtajuuteen ja organisaatioon."
            ),
            high=(
                "Johtajuus erottuu kartassanne vahvuutena: se tuntuu tukevan perustehtävää "
                "ja työyhteisön toimivuutta. Hyvin johdetussa työyhteisössä "
                "työhyvinvointia vaalitaan tietoisesti, ja tähän vahvuuteen kannattaa "
                "nojata myös muutosten keskellä."
            ),
        ),
    ),
]


RULES = [
    dict(
        form_slug="esimiesten-tyonohjaus",
        kind="dimension_below",
        dimension_slug="johtajuus",
        threshold=3.0,
        reason=(
            "Kartassanne johtajuus nousee kehityskohteeksi: esimiesten työnohjauksessa "
            "johtaja voi tutkia omaa johtajuuttaan ja suhdettaan johtamaansa yhteisöön."
        ),
    ),
    dict(
        form_slug="tilannetyonohjaus",
        kind="crisis_at_least",
        dimension_slug=None,
        threshold=4.0,
        reason=(
            "Vastauksissanne näkyy akuutti kriisi tai poikkeuksellisen raskas kuormitus: "
            "tilannetyönohjaus on lyhyt interventio, jonka tavoitteena on auttaa yksilöä "
            "tai yhteisöä käsittelemään tilannetta."
        ),
    ),
    dict(
        form_slug="ryhmatyonohjaus",
        kind="dimension_below",
        dimension_slug="vuorovaikutus",
        threshold=3.0,
        reason=(
            "Kartassanne vuorovaikutus nousee kehityskohteeksi: ryhmätyönohjauksessa "
            "työryhmä voi tutkia yhdessä toiminta- ja vuorovaikutustapojaan ja etsiä uusia "
            "tapoja edetä yhteisissä työtilanteissa."
        ),
    ),
    dict(
        form_slug="yhteisotyonohjaus",
        kind="dimension_below",
        dimension_slug="tunnemaailma",
        threshold=3.0,
        reason=(
            "Kartassanne tunnemaailma nousee kehityskohteeksi: yhteisötyönohjauksessa koko "
            "työyhteisö esimiehineen voi tarkastella tunneilmastoaan ja purkaa työstä "
            "aiheutuvaa kuormittuneisuutta."
        ),
    ),
    dict(
        form_slug="yhteisotyonohjaus",
        kind="dimension_below",
        dimension_slug="rakenteet",
        threshold=3.0,
        reason=(
            "Kartassanne rakenteet nousevat kehityskohteeksi: yhteisötyönohjauksessa "
            "työyhteisö voi yhdessä tarkastella, millaiset työn ja yhteistyön rakenteet "
            "palvelevat työn tekemistä."
        ),
    ),
    dict(
        form_slug="yhteisotyonohjaus",
        kind="dimension_below",
        dimension_slug="perustehtava",
        threshold=3.0,
        reason=(
            "Kartassanne perustehtävä nousee kehityskohteeksi: yhteisötyönohjauksessa "
            "työyhteisö voi yhdessä tarkastella, mitä varten se on olemassa ja miten "
            "perustehtävän suoritus onnistuu."
        ),
    ),
    dict(
        form_slug="yksilotyonohjaus",
        kind="dimension_below",
        dimension_slug="oppiminen",
        threshold=3.0,
        reason=(
            "Kartassanne ammatillinen oppiminen nousee kehityskohteeksi: "
            "yksilötyönohjauksessa voit tarkastella omaa työtäsi ja ammatillista kasvuasi "
            "yhdessä työnohjaajan kanssa."
        ),
    ),
    dict(
        form_slug="ryhmatyonohjaus",
        kind="dimension_below",
        dimension_slug="oppiminen",
        threshold=3.0,
        reason=(
            "Kartassanne ammatillinen oppiminen nousee kehityskohteeksi: "
            "ryhmätyönohjauksessa työryhmä voi oppia yhdessä omista työtilanteistaan ja "
            "jakaa osaamistaan."
        ),
    ),
    dict(
        form_slug="yhteisotyonohjaus",
        kind="overall_below",
        dimension_slug=None,
        threshold=2.5,
        reason=(
            "Kokonaisuutena kartta viittaa siihen, että työyhteisö voi tarvita tukea "
            "monella alueella: yhteisötyönohjauksessa tarkastelemme koko yhteisön "
            "toimintaa ulkopuolisesta näkökulmasta, ja esimiehet ovat aina mukana."
        ),
    ),
]


NO_RECOMMENDATION_TEXT = (
    "Karttanne näyttää pääosin vahvuuksia, ja niihin kannattaa nojata. Työnohjaus voi "
    "tukea myös vahvuuksien vaalimista ja tulevaan katsomista: laita viestiä, niin "
    "jutellaan."
)
