"""
Finding the second-person singular ("sinä") in visible Finnish text.

The public site addresses its readers with the formal plural "te"; a word listed here is one
only "sinä" text uses. The lists are explicit words and a few unambiguous endings, each with
word boundaries, so that the plural forms ("voitte", "valitkaa", "tietonne") and ordinary
words ending alike ("kriisit", "esimerkiksi", "voisi") never match.
"""

import re
from html import unescape
from html.parser import HTMLParser


def _words(text):
    return text.split()


PRONOUNS = _words("sinä sinäkin sinun sinua sinulla sinulle sinulta sinussa sinusta sinuun")

# The negation verb and its forms ("et ole", "ellet", "etkö").
NEGATIONS = _words("et etkä etkö ethän ettet ellet jollet mikset älä")

# Second-person singular verbs: present, past and conditional, and their question forms.
VERBS = _words("""
    voit voisit voitko voisitko haluat haluaisit haluatko haluaisitko olet olit olisit oletko
    olitko saat sait saisit saatko näet näit näkisit näetkö teet teit tekisit tiedät tiesit
    tiedätkö pääset pääsit löydät löysit löysitkö annat annoit kirjoitat kirjoitit valitset
    valitsit lähetät lähetit täytät täytit varaat varasit varasitko perut peruit siirrät
    siirsit jaat jaoit vastaat vastasit tarvitset tarvitsit tarvitsetko huomaat huomasit katsot
    katsoit luet luit otat otit kerrot kerroit kerrothan käytät käytit etsit etsitkö kopioit
    arvioit arvioisit toivot toivoit toivoisit osaat ymmärrät muistat muistatko päätät päätit
    kysyt kysyit avaat avasit liität liitit tallennat tulostat suljet suljit poistat poistit
    palaat pidät tunnet koet mietit pohdit tutustut unohdit unohdat aloitat aloitit jatkat
    jätät jätit pystyt ehdit joudut tulet menet haet soitat soitit odotat yrität yritit pyydät
    syötät varmistat muutat muutit kirjaudut liityt osallistut kaipaat
""")

# Imperatives that are nothing else; "Laita viestiä" is allowed only as the name of the
# consultancy's button (see ALLOWED_NAMES).
IMPERATIVES = _words("""
    kerro valitse lähetä kirjoita tarkista katso lue hae soita täytä kysy aloita jätä liitä
    siirrä peru pidä odota yritä lyhennä tallenna pyydä käytä syötä varmista tutustu poista
    sulje näytä siirry vahvista kokeile tarkastele ota laita jaa kuvaile pienennä mieti pohdi
    täydennä palauta
""")

# Imperatives that are also another word ("varaa", "vastaa" and "avaa" are third persons too,
# "muuta" is "other", "luo" is "creates", "tulosta" is "from the result"): counted only where
# a sentence or a label begins.
SENTENCE_INITIAL_IMPERATIVES = _words("""
    varaa vastaa avaa palaa arvioi kopioi luo huomaa muuta vertaa rajaa tulosta
""")

# Possessive suffix -si on nouns and participles: "viestisi", "tietojasi", "antamasi".
POSSESSIVE_WORDS = _words("""
    koodisi viestisi tiimisi tietosi aikasi nimesi sähköpostisi selaimesi oikeutesi
    terveytesi itsesi omasi omaasi tietoihisi viestiisi vastauksiisi kalenteriisi antamasi
    valitsemasi luomasi saamasi etsimäsi kirjoittamasi lähettämäsi täyttämäsi varaamasi
""")
POSSESSIVE_ENDINGS = (
    r"\w+(?:ssasi|ssäsi|stasi|stäsi|llasi|lläsi|ltasi|ltäsi|llesi|ksesi|ksiasi|ksiäsi"
    r"|eesi|ttasi|ttäsi|tasi|täsi|jasi|jäsi|iasi|iäsi|oasi|uasi|yäsi|eäsi|öäsi|nasi|näsi"
    r"|ihisi|uhusi|yhysi)"
    r"|\w{3,}(?:aasi|ääsi|ösi)"
)

ALL_WORDS = PRONOUNS + NEGATIONS + VERBS + IMPERATIVES + POSSESSIVE_WORDS
# "anna" (give) unless it is the name Anna.
GIVE = r"anna(?!\s+(?-i:[A-ZÅÄÖ]))"
# Word boundaries that also keep out addresses ("/ota-yhteytta/", "…/varaus/…/peru/").
SINGULAR = re.compile(
    rf"(?<![\w/-])(?:{'|'.join(ALL_WORDS)}|{GIVE}|{POSSESSIVE_ENDINGS})(?![\w/-])",
    re.IGNORECASE,
)
SENTENCE_INITIAL = re.compile(
    rf"(?:^|[.!?:;–]\s+|\n\s*)({'|'.join(SENTENCE_INITIAL_IMPERATIVES)})(?![\w/-])",
    re.IGNORECASE,
)

# "Laita viestiä" names the consultancy's contact button and feature; it stays as their
# name, always alone on its button, link or menu entry.
ALLOWED_NAMES = {"Laita viestiä"}

# After a negation of another person, an imperative's form is that person's verb: "emme
# tallenna", "ei kerro", "eivät anna".
OTHER_NEGATIONS = set(
    _words(
        "ei en emme ette eivät eikä enkä emmekä ettekä eivätkä eikö ettei etten ettemme "
        "ettette etteivät ellei ellen ellemme ellette elleivät jollei jollette"
    )
)
IMPERATIVE_FORMS = set(IMPERATIVES) | {"anna"}


def singular_forms(text):
    """The second-person singular words in ``text`` (one plain-text segment)."""
    if text.strip() in ALLOWED_NAMES:
        return []
    found = []
    for match in SINGULAR.finditer(text):
        word = match.group(0)
        before = text[: match.start()].split()
        if word.lower() in IMPERATIVE_FORMS and before and before[-1].lower() in OTHER_NEGATIONS:
            continue
        found.append(word)
    found += [match.group(1) for match in SENTENCE_INITIAL.finditer(text)]
    return found


class VisibleText(HTMLParser):
    """
    The text a visitor meets on a page, as segments: each text node, the title, the meta
    description and the words in attributes (alternative texts, labels, button values).
    """

    HIDDEN = {"script", "style", "template"}
    ATTRIBUTES = ("alt", "aria-label", "title", "placeholder", "data-copied", "data-sending-text")

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.segments = []
        self._hidden = 0
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in self.HIDDEN:
            self._hidden += 1
        if tag == "meta" and (
            attrs.get("name") == "description" or attrs.get("property", "").startswith("og:")
        ):
            self.segments.append(attrs.get("content") or "")
        if tag == "input" and attrs.get("type") in {"submit", "button"}:
            self.segments.append(attrs.get("value") or "")
        self.segments += [attrs[name] for name in self.ATTRIBUTES if attrs.get(name)]

    def handle_endtag(self, tag):
        if tag in self.HIDDEN:
            self._hidden -= 1

    def handle_data(self, data):
        if not self._hidden and data.strip():
            self.segments.append(" ".join(data.split()))


def singular_forms_in_html(html):
    """Each (segment, words) of a page whose visible text uses the singular."""
    return [
        (segment, words)
        for segment in VisibleText(html).segments
        if (words := singular_forms(segment))
    ]


def singular_forms_in_text(text):
    """Each (line, words) of a plain text (an email, an invite) that uses the singular."""
    return [
        (line, words) for line in unescape(text).splitlines() if (words := singular_forms(line))
    ]
