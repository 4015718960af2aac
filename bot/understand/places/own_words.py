"""A capitalised word of the text's own language is no town (issue 12).

GeoNames lists, beside a place's own name, the spellings other languages give it, and some
of those are everyday words of yet another language: "Ataque" (Spanish and Portuguese for
"attack") and "Atak" (Polish) are names of Ataq in Yemen. A headline opening on the word
("Ataque con drones contra ...") named Ataq. In a text that is not English, a one-word name
written with its capital only where a sentence, line or headline opens, and that the same
text also writes in lower case as a word ("... el ataque con drones ..."), is that word of
the text's own language: no place. English texts are left as they are (their common words
that are places are config `common_words`); a name in capitals (a dateline) or told
anywhere else in a sentence stays a place. A Russian or Ukrainian text may write the word in
lower case in another case form only ("Доба на Харківщині" opening a headline, "протягом
доби" in its text): that also makes it the word, for a place outside Russia and Ukraine.
A Cyrillic text need not write the word twice: a name opening its sentences that spells a
town of a country writing no Cyrillic, in a text naming nothing else in that country, is
the word ("Усі служби працюють", "all", is also Wuxi's Ukrainian name; `_far_alone`).
"""

from __future__ import annotations

import re

from bot.records import PlaceMention
from bot.understand.places.arabic_words import is_capital, settled_elsewhere
from bot.understand.places.resolve import sentence_initial

_WHOLES = frozenset({"country", "region"})
"""Kinds of place no language's everyday word is taken for here."""


def without_own_words(
    text: str, named: list[PlaceMention], language: str | None
) -> list[PlaceMention]:
    """`named` without the places that `text`, in `language` (not English), names only by one
    of its own words opening a sentence (see the module docstring)."""
    if language is None or language == "en":
        return named
    return [m for m in named if not _own_word(text, m, named)]


def _own_word(text: str, mention: PlaceMention, named: list[PlaceMention]) -> bool:
    if mention.place.kind in _WHOLES:
        return False
    for start, _, written in mention.spans:
        if not written.isalpha() or not written[:1].isupper() or written.isupper():
            return False
        if not sentence_initial(text, start):
            return False
    lowered = mention.spans[0][2].lower()
    if re.search(rf"(?<!\w){re.escape(lowered)}(?!\w)", text) is not None:
        return True
    if mention.place.country_code in _OWN_COUNTRIES:
        return False
    return _inflected(text, lowered) or _far_alone(mention, named)


def _far_alone(mention: PlaceMention, named: list[PlaceMention]) -> bool:
    """Whether `mention`, written in Cyrillic, names a town of a country that does not write
    Cyrillic, not its capital, and the text's other places settle another country and none
    lies in the town's (`arabic_words.settled_elsewhere`): a Cyrillic spelling of a far town
    opening a sentence is then a word of the text's own language ("Усі служби працюють":
    "all", not Wuxi; "Атака дронів": not Ataq) rather than the town, which a report about
    it would place by naming its country or another of its places. A capital opening a
    sentence is its government's voice ("Пекін заявив"), a place the guide counts."""
    if not _CYRILLIC_LOWER.match(mention.spans[0][2][-1:]):
        return False
    place = mention.place
    if not place.country_code or place.country_code in _CYRILLIC_COUNTRIES:
        return False
    others = [m for m in named if m is not mention]
    return settled_elsewhere(mention, others) and not is_capital(place.country_code, place.name)


_OWN_COUNTRIES = frozenset({"UA", "RU"})
"""Countries whose towns a Russian or Ukrainian text names by their case forms: a word of
those languages that is one of their towns stays one ("Суми", whatever "суму" the text holds)."""
_CYRILLIC_COUNTRIES = frozenset(
    {"UA", "RU", "BY", "BG", "RS", "MK", "ME", "BA", "KZ", "KG", "TJ", "MN"}
)
"""Countries that write their places' names in Cyrillic: a Cyrillic name of one of their towns
is its own name, not a far town's spelling in another script."""
_CYRILLIC_ENDING = re.compile("[аеиіоуюяєїыё]$")
"""The vowel a Russian or Ukrainian noun's nominative may end in."""
_CYRILLIC_LOWER = re.compile("[а-яёіїєґ]")
"""A lower-case Cyrillic letter of those languages."""


def _inflected(text: str, lowered: str) -> bool:
    """Whether `text` writes the Cyrillic word `lowered` in lower case in another case form,
    its stem with another ending ("Доба" opening a headline, "протягом доби" after it)."""
    stem = _CYRILLIC_ENDING.sub("", lowered)
    if len(stem) < 3 or not _CYRILLIC_LOWER.fullmatch(stem[0]):
        return False
    return re.search(rf"(?<!\w){re.escape(stem)}[а-яёіїєґ]{{1,3}}(?!\w)", text) is not None
