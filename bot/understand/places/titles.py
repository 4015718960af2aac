"""Names that are part of a title: a short quoted title (`quoted_title`) or a channel's name
with its number (`channel_number`).

Russian, Ukrainian and French put the names of military units, ships, outlets, brands and
operations in quotation marks ("бригади «Азов»", "крейсер «Москва»", "«Суспільне Херсон»",
"банк «Россия»", "la frégate « Alsace »"): a place's name in such a title is the title's.
A quoted title is short (four words at most), holds no punctuation but hyphens, and no
preposition of place before the name ("«Удар по Харкову»" is a headline naming a place). Names
in capitals stay places ("так званої «ДНР»": the self-proclaimed republic is its oblast).
Cyrillic names are read in any quotation marks; Latin ones only in guillemets and low
quotes, which English never uses; Arabic ones never (an Arabic text quotes a front's name:
"“الخوبة-وادي جارة”").

Television channels and radio stations are named by a place and a number ("France 24",
"Europe 1", "телеканал «Россия-24»", "Київ 24"): a name followed by a number of one or two
digits, not a day of a month nor a distance, is the channel's. A name in Latin letters counts
so only after a French word that takes an outlet ("selon France 24", "sur Europe 1"): English
numbers its roads by their state ("U.S. 95", "Ohio 63").
"""

from __future__ import annotations

import re

from bot.understand.places.inflect import is_cyrillic
from bot.understand.places.words import PLACE_PREPOSITIONS_CYRILLIC

_REACH = 40
"""Characters a quoted title runs on either side of the name, at most."""
_TITLE_WORDS = 4
_OPENING = re.compile(r"""[«„“"][^«»„“”"\n]*$""")
"""The last quotation mark before a name, with nothing closing it between."""
_CLOSING = {"«": "»", "„": "“”", "“": "”“", '"': '"'}
_NOT_TITLE = frozenset(".,;:!?()")
"""Punctuation a title does not hold (a quote of speech does: «Харків, тримайся!»)."""
_PREPOSITIONS = PLACE_PREPOSITIONS_CYRILLIC | {"у", "à", "au", "aux", "en", "dans", "près"}

_NUMBER_AFTER = re.compile(r"[ -]\d{1,2}(?![\d.:/]\d|\d)(?: ([^\W\d_]+))?")
_DATE_OR_DISTANCE = (
    "янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек", "січ",
    "лют", "берез", "квіт", "трав", "черв", "лип", "серп", "верес", "жовт", "листоп", "груд",
    "jan", "fév", "fev", "feb", "mar", "avr", "apr", "mai", "may", "jun", "juin", "jul",
    "juil", "aoû", "aou", "aug", "sep", "oct", "nov", "déc", "dec", "км", "кіло", "кило", "km",
    "kilo", "мил", "mil", "год", "час", "heure", "hour",
)  # fmt: skip
"""How the words after a number begin that make it a date's day, a distance or an hour
("Москва 24 декабря", "Kyiv 5 km")."""
_UNITS = frozenset(["м", "m", "h"])
_FRENCH_BEFORE = frozenset(
    ["selon", "sur", "de", "à", "chaîne", "radio", "antenne", "micro", "après"]
)
"""French words before an outlet's name ("selon France 24", "la chaîne France 24")."""
_WORD_BEFORE = re.compile(r"([^\W\d_]+)['’ ]$")


def quoted_title(text: str, start: int, end: int) -> bool:
    """Whether the name `text[start:end]` is part of a short quoted title (see the module
    docstring)."""
    reach = max(0, start - _REACH)
    window = text[reach:start]  # a quick test: most names have no quotation mark before them
    if '"' not in window and "“" not in window and "«" not in window and "„" not in window:
        return False
    written = text[start:end]
    if written.isupper() and len(written) > 1:
        return False
    if "«" not in window and "„" not in window and not is_cyrillic(written):
        return False  # only « or „ open a title around a name in Latin or Arabic letters (below)
    opening = _OPENING.search(text, reach, start)
    if opening is None:
        return False
    mark = text[opening.start()]
    if not is_cyrillic(written) and (mark not in "«„" or "\u0600" <= written[0] <= "\u06ff"):
        return False
    at = opening.start()
    if at > 0 and text[at - 1].isalnum():
        return False  # a closing mark, not an opening one
    stop = min(len(text), end + _REACH)
    close = min((i for m in _CLOSING[mark] if (i := text.find(m, end, stop)) >= 0), default=-1)
    if close < 0:
        return False
    inner = text[at + 1 : close]
    if "\n" in inner or any(c in _NOT_TITLE for c in inner):
        return False
    words = inner.split()
    before = text[at + 1 : start].split()
    return len(words) <= _TITLE_WORDS and not any(w.lower() in _PREPOSITIONS for w in before)


def channel_number(text: str, start: int, end: int) -> bool:
    """Whether the name at `start` is followed by a channel's number (see the module
    docstring)."""
    match = _NUMBER_AFTER.match(text, end)
    if match is None:
        return False
    if not is_cyrillic(text[start:end]):
        before = _WORD_BEFORE.search(text, max(0, start - 12), start)
        if before is None or before.group(1).lower() not in _FRENCH_BEFORE:
            return False
    word = (match.group(1) or "").lower()
    return not word.startswith(_DATE_OR_DISTANCE) and word not in _UNITS
