"""
The two forms of address in running text: "te", the formal plural the site addresses
organisations with, and "sinä", the singular a team member answering meets (issue 11). Each
list holds words only that form uses. tests/support/finnish_voice.py finds the singular on
every public page, buttons and all, by a wider list of its own.
"""

import re
from html import unescape

# Words only "sinä" text uses: pronouns, second-person singular verbs and possessives.
SINA = re.compile(
    r"\b(sinä|sinulle|sinun|sinua|sinulta|voit|et|olet|haluat|pääset|varasit|valitse|"
    r"tarkista|kerro|käytä|kokeile|yritä|ota|pidä|jaa|tallenna|kopioit|lähetä|lue|"
    r"varauksesi|aikasi|tietosi|kalenteristasi|kalenteriisi|tiimisi|tiimillesi|itselläsi|"
    r"sähköpostiisi|sähköpostiosoitettasi|valintojasi|antamasi|valitsemasi|viestistäsi|"
    r"luomasi|tiimikarttasi|verkko-osoitteestasi)\b",
    re.IGNORECASE,
)
# Words only "te" text uses.
TE = re.compile(
    r"\b(te|teille|teidän|teitä|voitte|olette|haluatte|valitkaa|tarkistakaa|kertokaa|"
    r"antakaa|ottakaa|lähettäkää|varauksenne|tietonne|tiiminne|tiimillenne|itsellänne|"
    r"valitsemanne|vastauksenne)\b",
    re.IGNORECASE,
)


def running_text(html):
    """The visible text of <main>, without buttons and links styled as buttons."""
    main = re.search(r"<main\b.*?</main>", html, re.S)[0]
    main = re.sub(r"<(script|style|svg)\b.*?</\1>", " ", main, flags=re.S)
    main = re.sub(r"<button\b.*?</button>", " ", main, flags=re.S)
    main = re.sub(r'<a class="button[^"]*"[^>]*>.*?</a>', " ", main, flags=re.S)
    main = re.sub(r'<input[^>]*type="submit"[^>]*>', " ", main)
    return unescape(re.sub(r"<[^>]+>", " ", main))
