"""Districts and towns an Arabic report names after their kind word that the gazetteer lists
under Latin names only (`with_latin_only`).

GeoNames holds Yemen's 241 districts, Iraq's districts and many small towns under English
names alone ("Al Mudhaffar District", "Jabal Habashi District", "Al Qabbaytah"), so
"بمديرية المظفر" or "مديرية جبل حبشي" is no name the tagger knows. A name after a kind word of
a district or a settlement (`_KIND`: "مديرية", "ناحية", "قضاء", "محلية", "مدينة", "بلدة",
"قرية") is read as its consonants (`arabic_skeleton`: the article, the long vowels and
"ع" left out, the letters transliterations write alike made one) and matched to the Latin
names of the places of the country most of the text's places lie in, read the same way
(`latin_skeleton`: "Al Mudhaffar" and "المظفر" are both "mtfr"). Most words after a kind word
are no name, and three consonants match many, so a name is taken only
- where the skeletons are equal and hold three consonants or more (a town's four);
- where the gazetteer has no Arabic name for that place (one it has would have been read);
- where the words are no word that describes a village or names what goes on in an area
  (`local_villages.arabic_name`), and the span is no place already;
- of a district after a district's word, of a town after a town's word, where both match.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping

from bot.records import Place, PlaceMention
from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.local_villages import arabic_name
from bot.understand.places.normalize import ARABIC_MARKS
from bot.understand.places.unlisted import word_spans

_KIND = re.compile(
    r"(?<![^\W_])(?:و|ف)?(?:ب|ل|في )?(?:(مديرية|ناحية|قضاء|محلية)|(مدينة|بلدة|قرية)|"
    r"(مديريتي|ناحيتي|محليتي)|(مدينتي|بلدتي|قريتي)) [\"“«(‘']?"
)
"""A word for a district (group 1) or a town or a village (group 2), or its dual (groups 3
and 4: "مديريتي X وY", two names), a prefix joined to it ("بمديرية", "لناحية") or "في"
before it, and a quote the name may open with ("بمديرية ‘X’")."""
_AND = re.compile(r" ?و ?(?=[^\W\d_])")
"""What joins the second name of a dual kind word's two ("مديريتي وادي عبيدة والجوبة")."""
_DISTRICT_KINDS = frozenset(["admin2", "admin3", "district", "subdistrict"])
_TOWN_KINDS = frozenset(["city", "town", "village"])
_SHORTEST = 3
"""Consonants a skeleton holds, at least, where the text does not name the area the place
lies in ("حيس", "hs", is too short to tell)."""
_SHORTEST_PLACED = 2
"""Consonants a skeleton holds, at least, where the text names the area the place lies in
("مديرية الجوبة" in a report naming Marib Governorate: Al Jubah District, "jb")."""
_SHORTEST_TOWN = 4
"""Consonants a town's skeleton holds, at least: a word after "قرية" or "مدينة" is more often
no name ("قبل", before, is Al Qabyal's "kbl")."""
_ARABIC_LETTERS = {
    "ب": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "h", "خ": "k", "د": "t", "ذ": "t", "ر": "r",
    "ز": "s", "س": "s", "ش": "s", "ص": "s", "ض": "t", "ط": "t", "ظ": "t", "غ": "k", "ف": "f",
    "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h",
}  # fmt: skip
"""Arabic consonants as Latin transliterations write them, those written alike made one (the
long vowels, "ع", the hamza and "ة" have none)."""
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")
_PERSIAN_LETTER = re.compile(r"[کگپچژیۀ]")
"""Letters Persian and Urdu write and Arabic does not: a name written with them ("ام کداده",
Umm Keddada) is no Arabic name a report would match, so its place is read by its consonants."""
_ARABIC_ARTICLE = re.compile(r"(?<![^\W_])ال(?=[^\W\d_])")
_LATIN_KIND_WORDS = re.compile(
    r"\b(?:district|governorate|city|nahiyat|nahiya|qada|qadha|mudiriyat|markaz)\b"
)
"""Words for a kind of place in a GeoNames name ("Jabal Habashi District")."""
_LATIN_ARTICLE = re.compile(r"\b(?:al|el|ul|a[dtrzsn]|a(?:sh|dh|th|z))(?:[ '\-]+)(?=[a-z])")
_LATIN_RULES = [
    (re.compile(r"kh|gh|q|c(?!h)|g"), "k"),
    (re.compile(r"dh|th|d|z(?=h)"), "t"),
    (re.compile(r"sh|ch|z"), "s"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"(?<=[aeiou])h\b"), ""),
    (re.compile(r"[^bfhjklmnrst]"), ""),
    (re.compile(r"(.)\1+"), r"\1"),
]


def arabic_skeleton(name: str) -> str:
    """The consonants of an Arabic name as a transliteration writes them, without the article
    or doubled letters ("جبل حبشي" -> "jblhbs", "المظفر" -> "mtfr")."""
    bare = _ARABIC_ARTICLE.sub("", re.sub(ARABIC_MARKS, "", name))
    if bare.endswith("ه"):
        bare = bare[:-1]
    letters = "".join(_ARABIC_LETTERS.get(ch, "") for ch in bare)
    return re.sub(r"(.)\1+", r"\1", letters)


def latin_skeleton(name: str) -> str:
    """The consonants of a Latin name of an Arabic place, read as `arabic_skeleton` reads the
    Arabic ("Al Mudhaffar District" -> "mtfr", "Maqbanah" -> "mkbn")."""
    s = _LATIN_ARTICLE.sub("", _LATIN_KIND_WORDS.sub("", name.lower())).strip()
    for pattern, repl in _LATIN_RULES:
        s = pattern.sub(repl, s)
    return s


_INDEXES: dict[tuple[int, str], tuple[Gazetteer, Mapping[str, tuple[str, ...]]]] = {}
"""Per gazetteer (its `id`, held with it) and country: skeleton -> keys of the country's
places with Latin names only."""


def _skeletons(gaz: Gazetteer, country: str) -> Mapping[str, tuple[str, ...]]:
    """A country's places that the gazetteer names only in Latin letters, by the skeleton of
    each of their names (worked out at the first Arabic text that needs it)."""
    held = _INDEXES.get((id(gaz), country))
    if held is not None and held[0] is gaz:
        return held[1]
    index: dict[str, set[str]] = {}
    for key, names in gaz.names_of_kinds(country, _DISTRICT_KINDS | _TOWN_KINDS).items():
        if any(_ARABIC_LETTER.search(name) and not _PERSIAN_LETTER.search(name) for name in names):
            continue  # a place with an Arabic name is read by it
        for name in names:
            skeleton = latin_skeleton(name) if name.isascii() else ""
            if len(skeleton) >= _SHORTEST_PLACED:
                index.setdefault(skeleton, set()).add(key)
    if len(_INDEXES) >= _COUNTRIES_KEPT:
        _INDEXES.pop(next(iter(_INDEXES)))
    frozen = {skeleton: tuple(sorted(keys)) for skeleton, keys in index.items()}
    _INDEXES[id(gaz), country] = (gaz, frozen)
    return frozen


_COUNTRIES_KEPT = 32


def with_latin_only(gaz: Gazetteer, text: str, named: list[PlaceMention]) -> list[PlaceMention]:
    """`named` and the districts and towns the text names in Arabic after their kind word whose
    gazetteer entries have Latin names only (see the module docstring), in the order of
    their first mentions."""
    country = _home_country(named)
    alone = country is None and len(named) == 1
    if alone:  # a text naming one place: only places inside it
        country = named[0].place.country_code or None
    if country is None or _KIND.search(text) is None:
        return named
    by_skeleton = _skeletons(gaz, country)
    taken = [(s, e) for m in named for s, e, _ in m.spans]
    keys = {m.place.key for m in named}
    areas = {key for m in named for key in (m.place.key, *gaz.enclosing(m.place.key))}
    added: dict[str, PlaceMention] = {}
    for match in _KIND.finditer(text):
        district = match.group(1) is not None or match.group(3) is not None
        for span in _names(text, match):
            if any(s < span[1] and span[0] < e for s, e in taken):
                continue
            place, (start, end) = _matched(
                gaz, text, span, by_skeleton, district, named, areas, alone
            )
            if place is None or place.key in keys or place.key in added:
                continue
            name = text[start:end]
            spans = sorted({(start, end), *word_spans(text, name)})
            spans = [(s, e) for s, e in spans if not any(a < e and s < b for a, b in taken)]
            taken.extend(spans)
            mentions = tuple((s, e, text[s:e]) for s, e in spans)
            added[place.key] = PlaceMention(name, mentions[0][0], mentions[0][1], place, mentions)
    if not added:
        return named
    return sorted([*named, *added.values()], key=lambda m: m.start)


def _names(text: str, match: re.Match[str]) -> list[tuple[int, int]]:
    """The spans of the name after a kind word, or of the two after its dual."""
    first = arabic_name(text, match.end())
    if first is None:
        return []
    if match.group(3) is None and match.group(4) is None:
        return [first]
    joined = _AND.match(text, first[1])
    second = arabic_name(text, joined.end()) if joined is not None else None
    return [first] if second is None else [first, second]


def _matched(
    gaz: Gazetteer,
    text: str,
    span: tuple[int, int],
    by_skeleton: Mapping[str, tuple[str, ...]],
    district: bool,
    named: list[PlaceMention],
    areas: set[str],
    alone: bool,
) -> tuple[Place | None, tuple[int, int]]:
    """The place a name's span after a kind word (of a district where `district`) stands for,
    and the span: the whole name, else its first word ("المظفر" of "المظفر الشرقي"); only a
    place inside `areas` where the text names one place (`alone`)."""
    start, end = span
    first = text.find(" ", start, end)
    for candidate in [(start, end), *([(start, first)] if first > 0 else [])]:
        skeleton = arabic_skeleton(text[candidate[0] : candidate[1]])
        if not district and len(skeleton) < _SHORTEST_TOWN:
            continue
        places = [gaz.places[k] for k in by_skeleton.get(skeleton, ())]
        short = alone or len(skeleton) < _SHORTEST
        place = _chosen(gaz, places, short, district, named, areas)
        if place is not None:
            return place, candidate
    return None, span


def _home_country(named: list[PlaceMention]) -> str | None:
    """The country most of the text's places lie in (more than half, and two or more)."""
    counts = Counter(m.place.country_code for m in named if m.place.country_code)
    if not counts:
        return None
    country, times = counts.most_common(1)[0]
    return country if times >= 2 and times * 2 > sum(counts.values()) else None


def _chosen(
    gaz: Gazetteer,
    places: list[Place],
    short: bool,
    district: bool,
    named: list[PlaceMention],
    areas: set[str],
) -> Place | None:
    """The place of `places` of the kind the kind word names (a district's or a town's), the
    one nearest the text's places where several are. A `short` skeleton (fewer than
    `_SHORTEST` consonants, or any in a text naming one place) counts only for a place inside
    an area the text names or one holding a place it names (`areas`); after a
    district's word with no such district, a town inside an area the text names stands for
    the district named after it (Sudan's "محلية أم كدادة", whose localities the gazetteer
    lacks)."""

    def placed(place: Place) -> bool:
        return any(key in areas for key in gaz.enclosing(place.key))

    fitting = [p for p in places if p.kind in (_DISTRICT_KINDS if district else _TOWN_KINDS)]
    if district and not fitting:
        fitting = [p for p in places if p.kind in _TOWN_KINDS and placed(p)]
    if short:
        fitting = [p for p in fitting if placed(p)]
    if len(fitting) <= 1:
        return fitting[0] if fitting else None
    points = [(m.place.lat, m.place.lon) for m in named if m.place.lat is not None]

    def distance(place: Place) -> float:
        if place.lat is None or place.lon is None or not points:
            return math.inf
        return min(math.dist((place.lat, place.lon), p) for p in points)  # type: ignore[arg-type]

    return min(fitting, key=distance)
