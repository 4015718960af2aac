"""Towns of Cyrillic-writing countries named in Latin letters in a Cyrillic text
(`without_latin_towns`); Latin letters typed for their Cyrillic look-alikes inside Cyrillic
words (`cyrillic_look_alikes`: "Курахiвська" with a Latin "i").

A Russian or Ukrainian text writes the towns of Russia and Ukraine in Cyrillic. The Latin
words it holds are brands, outlets and quotes ("автомобіля Dacia Logan", "видання Kyiv
Post"), and GeoNames gives small towns of those countries old, foreign or transliterated
names in Latin letters ("Dacia" is a name of Kurortne). So in a text mostly in Cyrillic, a
town of a Cyrillic-writing country that the text names only in Latin letters is not named.
Countries and areas stay.
"""

from __future__ import annotations

import re

from bot.records import PlaceMention
from bot.understand.places.geodata import CYRILLIC_COUNTRIES
from bot.understand.places.inflect import is_cyrillic

_TOWN_KINDS = frozenset(["city", "town", "village"])
_CYRILLIC_LETTER = re.compile("[\u0400-\u04ff]")
_LATIN_LETTER = re.compile("[A-Za-z]")
CYRILLIC_IN_LATIN = str.maketrans(
    {
        **dict(zip("абвгґдезиійклмнопрстуфыэ", "abvggdeziiyklmnoprstufye", strict=True)),
        **{"ё": "yo", "є": "ye", "ж": "zh", "ї": "yi", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
           "щ": "shch", "ъ": "", "ь": "", "ю": "yu", "я": "ya"},
    }
)  # fmt: skip
"""Cyrillic letters in Latin ones, as English writes Russian names (Ukrainian "и" and "г" are
read the Russian way: the phonetic match absorbs the difference)."""
_LOOK_ALIKES = str.maketrans("aceiopxyABCEHIKMOPTX", "асеіорхуАВСЕНІКМОРТХ")
"""Latin letters and the Cyrillic letters they look like (the Ukrainian "і" for "i")."""
_LOOK_ALIKE = re.compile(
    "(?<=[\u0400-\u04ff])[aceiopxyABCEHIKMOPTX]+|[aceiopxyABCEHIKMOPTX]+(?=[\u0400-\u04ff])"
)
"""Latin look-alikes joined to a Cyrillic letter in one word ("Курахiвська", "Соледарськiй",
"Ямпiль", a Latin "i" each): typed on a Latin keyboard layout, read for their Cyrillic
letters."""


def cyrillic_look_alikes(text: str) -> str:
    """`text` with the Latin letters that sit inside Cyrillic words as their Cyrillic
    look-alikes (`_LOOK_ALIKE`), of the same length, so that every span stays where it was
    (a quick test spares texts with no Cyrillic letter)."""
    if _CYRILLIC_LETTER.search(text) is None:
        return text
    return _LOOK_ALIKE.sub(lambda m: m.group().translate(_LOOK_ALIKES), text)


def without_latin_towns(text: str, named: list[PlaceMention]) -> list[PlaceMention]:
    """`named` without the towns of Cyrillic-writing countries that a Cyrillic text names
    only in Latin letters (see the module docstring)."""
    latin = {id(m) for m in named if _latin_town(m)}
    if not latin or not _mostly_cyrillic(text):
        return named
    return [m for m in named if id(m) not in latin]


def _latin_town(mention: PlaceMention) -> bool:
    place = mention.place
    if place.kind not in _TOWN_KINDS or place.country_code not in CYRILLIC_COUNTRIES:
        return False
    return not any(is_cyrillic(written) for _, _, written in mention.spans)


def _mostly_cyrillic(text: str) -> bool:
    """Whether `text` holds more Cyrillic letters than Latin ones."""
    if _CYRILLIC_LETTER.search(text) is None:
        return False  # a quick test: English texts naming Kyiv are spared the counts
    return len(_CYRILLIC_LETTER.findall(text)) > len(_LATIN_LETTER.findall(text))
