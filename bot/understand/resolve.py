"""Which place a name in a text stands for, from what the rest of the text says.

A name of several places goes to the one the text supports best: the words around it ("Hama
province", "the city of X"), its own region or a place inside it named in the text (the
Shevchenkivskyi district of Kharkiv when the text names Kharkiv), its country named (Tripoli
with Benghazi is in Libya), the feed's country, and last the largest place.

A city and the first-level region named after it (config `capital_names`: Deir ez-Zor, Kirkuk,
Amran) share every name. A bare mention is the city unless the text treats it as the region:
(1) words around it say so ("Deir ez-Zor province", "province of Deir ez-Zor", "Idlib and Hama
provinces", "the provinces of Diyala, Kirkuk and Nineveh", "rural Deir ez-Zor", "Kerkeslokh
(Kirkuk) Province"), or "city" does ("Deir ez-Zor city", "the city of Deir ez-Zor"); else
(2) the text names that region explicitly somewhere else, then every bare mention is the region
(one sense per text); else (3) the text names more first-level regions of that country than
cities of it ("active in Diyala and Kirkuk"); else it is the city.

Small places (villages, towns of the focus countries below 15,000 people) and names that are
also common words or first names need support: their country, their region or a place in them
named in the text, the feed's country, or for common words a strong pattern ("in Hit").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.records import Place
from bot.understand.gazetteer import SMALL_POPULATION, Gazetteer, NameHit, rank

WEAK_POPULATION = 50_000
"""Cities outside focus countries smaller than this need support in the text."""
_REGION_AFTER = re.compile(
    r"\)?(?:['’]s)? (?:(?i:north|south|east|west)(?:ern)? |(?i:rural) )?"
    r"(?i:province|governorate|region|oblast|countryside|state|villages?)\b"
)
_REGION_LIST_AFTER = re.compile(
    r"(?:(?:,|,? and|,? or) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)+ "
    r"(?i:provinces|governorates|regions|oblasts|states)\b"
)
_REGION_BEFORE = re.compile(
    r"(?:(?i:provinces?|governorates?|countryside|regions?|oblasts?) of (?:the )?"
    r"(?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?(?:, |,? and ))*|(?i:rural) )$"
)
_CITY_AFTER = re.compile(r" (?i:city)\b")
_CITY_BEFORE = re.compile(r"(?i:city|town) of (?:the )?$")
_PREPOSITIONS = frozenset(
    [
        "in",
        "near",
        "from",
        "outside",
        "around",
        "into",
        "to",
        "toward",
        "towards",
        "across",
        "inside",
        "via",
        "at",
        "with",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
    ]
)
_PLACE_NOUNS = frozenset(["city", "town", "village", "district", "province", "region", "capital"])
_SUPPORTING_WORDS = frozenset(
    [
        "province",
        "governorate",
        "region",
        "district",
        "city",
        "town",
        "village",
        "camp",
        "oblast",
        "state",
    ]
)
_SENTENCE_BREAK = frozenset(".!?:;\n\"“”‘'(•|—–")
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(slots=True)
class Span:
    """A name found in the text and, once resolved, the place it stands for."""

    start: int
    end: int
    written: str
    name: str
    hits: tuple[NameHit, ...]
    place: Place | None = None


@dataclass(slots=True)
class Context:
    """What the text says so far: the places resolved in it and what contains them."""

    gaz: Gazetteer
    text: str
    countries: dict[str, set[int]] = field(default_factory=dict)
    """Country code -> starts of the spans placing the text there."""
    named: dict[str, set[int]] = field(default_factory=dict)
    """Place key -> starts of the spans naming it, or a place inside it or containing it."""
    explicit: dict[str, set[int]] = field(default_factory=dict)
    """Place key -> starts of the spans naming that very place."""
    spans: dict[int, Span] = field(default_factory=dict)
    """Start -> resolved span."""
    ends: dict[int, Span] = field(default_factory=dict)
    """End -> resolved span."""

    def add(self, span: Span) -> None:
        """Record a resolved span."""
        place = span.place
        if place is None:
            return
        self.spans[span.start] = span
        self.ends[span.end] = span
        if place.country_code:
            self.countries.setdefault(place.country_code, set()).add(span.start)
        if place.key in self.explicit:
            self.explicit[place.key].add(span.start)
            return
        self.explicit[place.key] = {span.start}
        self.named.setdefault(place.key, set()).add(span.start)
        for key in self.gaz.ancestor_keys(place.key):
            if key[0] != "c" or key[1] == "f":
                self.named.setdefault(key, set()).add(span.start)

    def supports_country(self, cc: str, start: int) -> bool:
        """Whether a span other than the one at `start` puts the text in country `cc`."""
        return _others(self.countries.get(cc), start)

    def supports_place(self, key: str, start: int) -> bool:
        """Whether another span names a place containing `key` or contained in it."""
        named = self.named
        if _others(named.get(key), start):
            return True
        for ancestor in self.gaz.ancestor_keys(key):
            if ancestor[:3] != "cc:" and _others(named.get(ancestor), start):
                return True
        return False


def _others(starts: set[int] | None, start: int) -> bool:
    """Whether `starts` holds an offset other than `start`."""
    if not starts:
        return False
    return len(starts) > 1 or start not in starts


def choose(
    gaz: Gazetteer, span: Span, context: Context, context_country: str | None, final: bool
) -> Place | None:
    """The place a name stands for, or None when it is too weak and nothing supports it.
    Unless `final`, a name of places in several countries that nothing settles yet is left
    for later (None), when the rest of the text may have settled it."""
    places = [gaz.places[h.key] for h in span.hits]
    kinds = {p.kind == "city" for p in places}
    countries = {p.country_code for p in places}
    qualifier = _qualifier(context.text, span) if len(kinds) > 1 else None
    best: tuple[tuple[int, ...], Place] | None = None
    for hit, place in zip(span.hits, places, strict=True):
        near = context.supports_place(place.key, span.start)
        country = context.supports_country(place.country_code, span.start)
        feed = place.country_code == context_country
        weak = hit.key in gaz.small or (
            place.kind == "city"
            and place.population < WEAK_POPULATION
            and place.country_code not in gaz.focus
        )
        if weak and not (near or country or feed):
            continue
        fits = qualifier is not None and (place.kind == "city") == (qualifier == "city")
        score = (int(fits), int(near), int(country), int(feed), *rank(place))
        if best is None or score > best[0]:
            best = (score, place)
    if best is None or (not (final or any(best[0][:4])) and len(countries) > 1):
        return None
    return _city_or_region(gaz, span, context, best[1], qualifier)


def settle(gaz: Gazetteer, span: Span, context: Context) -> None:
    """Decide a city-or-region name again once the whole text is resolved."""
    place = span.place
    if place is not None and place.key in gaz.capital_of:
        span.place = _city_or_region(gaz, span, context, place, _qualifier(context.text, span))


def _city_or_region(
    gaz: Gazetteer, span: Span, context: Context, place: Place, qualifier: str | None
) -> Place:
    """Between a city and the region named after it, by the rule in the module docstring."""
    region_key = gaz.capital_of.get(place.key)
    if region_key is None or region_key not in {h.key for h in span.hits}:
        return place
    region = gaz.places[region_key]
    if qualifier is not None:
        return place if qualifier == "city" else region
    if _others(context.explicit.get(region_key), span.start):
        return region
    if any(_small_place_inside(gaz, k, region_key, place.key) for k in context.named):
        return region
    return region if _listed_with_region(gaz, span, context, place.country_code) else place


def _small_place_inside(gaz: Gazetteer, key: str, region_key: str, city_key: str) -> bool:
    """A town, village or district of the region outside its capital ("Dhiban")."""
    place = gaz.places[key]
    if place.kind == "city" and place.population >= SMALL_POPULATION:
        return False
    ancestors = gaz.ancestor_keys(key)
    return key != city_key and region_key in ancestors and city_key not in ancestors


def _listed_with_region(gaz: Gazetteer, span: Span, context: Context, cc: str) -> bool:
    """Whether the name is listed next to a first-level region of its country ("in Diyala
    and Kirkuk", "Kirkuk, Diyala")."""
    for other in (context.spans.get(span.end + n) for n in (2, 5, 6)):
        if other is not None and other.place is not None:
            neighbour = other.place
            between = context.text[span.end : other.start]
            if between in (", ", " and ", ", and") and neighbour.kind == "admin1":
                return neighbour.country_code == cc
    for other in (context.ends.get(span.start - n) for n in (2, 5)):
        between = context.text[other.end : span.start] if other is not None else ""
        if other is not None and other.place is not None and between in (", ", " and ", ", and "):
            return other.place.kind == "admin1" and other.place.country_code == cc
    return False


def _qualifier(text: str, span: Span) -> str | None:
    """ "region" or "city" when the words around the name say which it is."""
    after = text[span.end : span.end + 80]
    if span.written.isupper() and after[:1] in (",", " ") and sentence_initial(text, span.start):
        return "city"
    if _REGION_AFTER.match(after) or _REGION_LIST_AFTER.match(after):
        return "region"
    if _CITY_AFTER.match(after):
        return "city"
    before = text[max(0, span.start - 100) : span.start]
    if before.endswith(("ural ", "of ", "of the ", ", ", "and ")):
        if _REGION_BEFORE.search(before):
            return "region"
        if _CITY_BEFORE.search(before):
            return "city"
    return None


def supported(span: Span, context: Context, context_country: str | None) -> bool:
    """Whether a name that is also a common word or first name is really the place here."""
    place = span.place
    if place is None:
        return False
    if place.kind == "country" or _strong_pattern(span, context):
        return True
    if sentence_initial(context.text, span.start):
        return False
    return (
        context.supports_country(place.country_code, span.start)
        or context.supports_place(place.key, span.start)
        or place.country_code == context_country
    )


def _strong_pattern(span: Span, context: Context) -> bool:
    """ "in X", "town of X", "X province", "X, Syria"."""
    text = context.text
    before = [w.lower() for w in re.findall(r"[\w.]+", text[max(0, span.start - 40) : span.start])]
    before = before[-2:]
    if before and before[-1] in _PREPOSITIONS:
        return True
    if len(before) == 2 and before[-1] == "of" and before[0] in _PLACE_NOUNS:
        return True
    rest = text[span.end : span.end + 30]
    word = _WORD.match(rest.lstrip())
    if rest[:1] == " " and word and word.group().lower() in _SUPPORTING_WORDS:
        return True
    if rest.startswith(", "):
        following = context.spans.get(span.end + 2)
        return (
            following is not None
            and following.place is not None
            and span.place is not None
            and following.place.country_code == span.place.country_code
        )
    return False


def sentence_initial(text: str, start: int) -> bool:
    """Whether the word at `start` begins a sentence, a line or a quotation."""
    i = start - 1
    while i >= 0 and text[i] in " \t\"“‘'([":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_BREAK
