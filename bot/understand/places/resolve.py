"""Which place a name in a text stands for, from what the rest of the text says.

A name of several places goes to the one the text supports best: the words around it ("Hama
province", "the city of X"), its own region or a place inside it named in the text (the
Shevchenkivskyi district of Kharkiv when the text names Kharkiv), its country named (Tripoli
with Benghazi is in Libya), the feed's country, then, among namesakes of one country lying
apart, the one beside namesakes of the text's other names ("Henry County" and "Washington
County" together are Iowa's, `clusters`), and last the largest place. A country is
also supported by another country of a region above countries that holds it ("Lebanon" with
Syria and Israel named is the country, not a Lebanon of the United States the text names).
A place more than ten times smaller than a large city of its name in its own country is not
supported by another place of its first-level area alone, only by a place beside it or the
area named itself ("Washington" in a text naming Chicago is the capital, not a town of
Illinois).

A city and the first-level region named after it (config `capital_names`: Deir ez-Zor, Kirkuk,
Amran) share every name. A bare mention is the city unless the text treats it as the region:
(1) words around it say so ("Deir ez-Zor province", "province of Deir ez-Zor", "Idlib and Hama
provinces", "the provinces of Diyala, Kirkuk and Nineveh", "rural Deir ez-Zor", "Kerkeslokh
(Kirkuk) Province"), or "city" does ("Deir ez-Zor city", "the city of Deir ez-Zor"); else
(2) the text names that region explicitly somewhere else, and not the city as the city ("the
city of X"), then every bare mention is the region (one sense per text); else (3) the text
names more first-level regions of that country than cities of it ("active in Diyala and
Kirkuk"); else it is the city.

Small places (villages, towns of the focus countries below 15,000 people) and names that are
also common words or first names need support: their country, their region or a place in them
named in the text, or a hint (the feed's country or region, a demonym in the text: "Malian
soldiers"), or for common words a strong pattern ("in Hit"). A hint lets a small place be
chosen but never prefers it to a larger place of the same name (a Khartoum suburb is called
Riyadh).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from rapidfuzz.distance import DamerauLevenshtein

from bot.records import Place
from bot.understand.places.clusters import NEIGHBOUR_KM, Neighbours
from bot.understand.places.distance import distance_km
from bot.understand.places.facts import (
    CITY_RANK,
    COMPARABLE_SIZE,
    NAMESAKE_POPULATION,
    SMALL_POPULATION,
    NameFacts,
    NameHit,
    Reading,
    rank,
)
from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.normalize import name_key
from bot.understand.places.old_names import without_old_names
from bot.understand.places.towns import listed_namesakes
from bot.understand.places.waters import SEA
from bot.understand.places.words import CYRILLIC_KIND_ABBREVIATIONS, LOCAL_AUTHORITY_AFTER

WEAK_POPULATION = 50_000
"""Cities outside focus countries smaller than this need support in the text."""
STRONG_POPULATION = 1_000_000
"""Cities from this size up stay places even next to other capitalised words."""
_GEONAMES_KINDS = frozenset(["city", "admin1"])
"""Kinds whose small places are weak and person-like (see `_reading`): a first-level area
("Michael", a sheading of the Isle of Man) counts its cities' people. A second-level one is
named with "County" or "District" and so is not weak; one named alone ("Derbyshire") may
still be a surname."""
_PERSON_LIKE_KINDS = frozenset([*_GEONAMES_KINDS, "admin2"])
_AFTER = re.compile(
    r"(?P<region>\)?(?:['’]s)? (?:(?i:north|south|east|west)(?:ern)? |(?i:rural) )?"
    r"(?i:province|governorate|region|oblast|countryside|state|villages?)\b"
    r"|(?:(?:,|,? and|,? or) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)+ "
    r"(?i:provinces|governorates|regions|oblasts|states)\b)"
    r"|(?P<city> (?i:city)\b)"
)
"""Words after a name saying what it is: "X province", "X and Y provinces", "X city"."""
_AFTER_LENGTH = 80
_REGION_BEFORE = re.compile(
    r"(?:(?i:provinces?|governorates?|countryside|regions?|oblasts?|states?) of (?:the )?"
    r"(?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?(?:, |,? and ))*|(?i:rural) )$"
)
_REGION_WORDS = ("province", "governorate", "countryside", "region", "oblast", "state")
"""The words `_REGION_BEFORE` needs, in lower case, but "rural"."""
_CITY_BEFORE = re.compile(r"(?i:city|town) of (?:the )?$")
_CITY_BEFORE_LONGEST = len("city of the ")
_LOCAL_CITY_BEFORE = re.compile(
    r"(?:(?<![^\W_])[وفبل]{0,2}مدينة |(?<![^\W_])ville (?:de |d['’ ])"
    r"|(?<![^\W_])(?:город[еау]?|міст[оіау]) )$"
)
""""City of" in Arabic, French, Russian and Ukrainian ("مدينة دير الزور", "ville de Goma",
"в городе Харькове", "у місті Харкові")."""
_LOCAL_CITY_BEFORE_LONGEST = len("ومدينة ")
_LOCAL_REGION_BEFORE = re.compile(r"(?<![^\W_])[وفبل]{0,2}(?:محافظة|ولاية|ريف) $")
""""Governorate of", "state of", "the countryside of" in Arabic ("محافظة البيضاء", "بولاية شمال
كردفان", "بريف حلب")."""
_LOCAL_REGIONS_BEFORE = re.compile(
    r"(?<![^\W_])[وفبل]{0,2}(?:محافظات|محافظتي|ولايات|ولايتي|مناطق|منطقتي) "
    r"(?:(?!(?:في|من|على|عن|قرب|إلى|الى) )[^\W\d_]+ ){0,2}(?:و[^\W\d_]+ (?:[^\W\d_]+ )?)*و?$"
)
""""The governorates (regions, states) of A, B and C" in Arabic: every name of the list, its
items joined by "و" ("محافظات أبين وشبوة وصنعاء", "منطقتي المدينة المنورة وحائل"); not
"areas in" a place ("مناطق في جنوب صنعاء": a preposition follows)."""
_LOCAL_REGIONS_REACH = 120
_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")
"""A quick test before `_LOCAL_REGIONS_BEFORE`, which is slow: its words are Arabic."""
_BEFORE_ENDINGS = ("ural ", "of ", "of the ", ", ", "and ")
"""How the text before a name ends when `_REGION_BEFORE` or `_CITY_BEFORE` can match."""
_BEFORE_LASTS = frozenset(ending[-2] for ending in _BEFORE_ENDINGS)
"""The characters `_BEFORE_ENDINGS` end in before their space, looked at before `endswith`,
which is slow."""
_BEFORE_LENGTH = 100
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
        "downtown",
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
NEIGHBOUR_GAP = len(", and ")
"""The farthest a resolved name can be from another and bear on it (`_listed_with_region`,
`_strong_pattern`)."""
_PLACE_NOUNS = frozenset(["city", "town", "village", "district", "province", "region", "capital"])
_OF_PLACE_WORDS = _PLACE_NOUNS | frozenset(
    ["mayor", "residents", "outskirts", "suburbs", "streets", "people"]
)
"""Words before "of" that say a place follows: its kind, its mayor, its people or its parts
("the mayor of Mobile", "residents of Split", "the streets of Sofia")."""
_THROUGH = frozenset(["through", "throughout"])
"""Prepositions of passage: they place a name that no capitalised word follows ("marched
through Sofia"; not "came through Sofia Ramos", a person)."""
_RESIDENT_NOUNS = frozenset(
    ["man", "woman", "men", "women", "resident", "residents", "native", "couple", "teen"]
)
"""Words for people after "a" and a name that say they live in the place ("an Alexandria
man", "a Florence couple"): an article before a given name makes no person of it."""
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


def name_facts(gaz: Gazetteer, name: str) -> NameFacts:
    """The facts of folded name `name`, remembered in the gazetteer."""
    facts = gaz.facts_cache.get(name)
    if facts is None:
        hits = gaz.names[name]
        acronym = name in gaz.acronyms
        lower = [h for h in hits if not h.upper_only] if acronym else []
        lower_case = _name_facts(gaz, name, lower, False, None) if lower else None
        facts = _name_facts(gaz, name, list(hits), acronym, lower_case)
        gaz.facts_cache[name] = facts
    return facts


def area_facts(gaz: Gazetteer, name: str) -> NameFacts:
    """The facts of folded name `name` read as the area it abbreviates only
    (`Gazetteer.shadowed`), remembered in the gazetteer."""
    cache_key = f"abbreviation:{name}"
    facts = gaz.facts_cache.get(cache_key)
    if facts is None:
        facts = _name_facts(gaz, name, [NameHit(gaz.shadowed[name])], False, None)
        gaz.facts_cache[cache_key] = facts
    return facts


def _reading(
    gaz: Gazetteer, name: str, place: Place, cities: list[Place], largest_cities: dict[str, int]
) -> Reading:
    small = place.key in gaz.small
    weak = (
        small
        or _foreign_spelling(gaz, name, place)
        or (
            place.kind in _GEONAMES_KINDS
            and place.population < WEAK_POPULATION
            and place.country_code not in gaz.focus
        )
    )
    order = _rank(gaz, place, cities)
    around = (place.key, *gaz.enclosing(place.key))
    dwarfed = _dwarfed(place, largest_cities.get(place.country_code, 0))
    return Reading(place, weak, small, order, around, dwarfed)


FOREIGN_SPELLING_POPULATION = 1_000_000
"""Below this a city outside the focus countries has no spelling of its own in English or
French news beside its GeoNames name (`_foreign_spelling`)."""


_FOREIGN_SPELLING_EDITS = 1
"""At most this many letters apart from its GeoNames name, a one-word spelling of a city is
another language's (`_foreign_spelling`); further apart, it may be a name of its own that
English news uses ("Sams" in LGL is labelled a place)."""


def _foreign_spelling(gaz: Gazetteer, name: str, place: Place) -> bool:
    """Whether folded `name` is another language's spelling, one word in Latin letters a
    letter from its own, of a city outside the focus countries of fewer than
    FOREIGN_SPELLING_POPULATION people: GeoNames keeps such spellings ("Boni" for Bonn,
    "Pensa" for Penza, "Mambasa" for Mombasa), which news in English or French does not use
    and which are often a small place GeoNames lacks (Boni in Mali, Mambasa in Ituri): the
    city needs the text's support. Longer variants ("St. Paul", "Quebec City") are English."""
    if place.kind != "city" or place.country_code in gaz.focus or not name.isascii():
        return False
    own = name_key(place.name)
    return (
        place.population < FOREIGN_SPELLING_POPULATION
        and name != own
        and name.count(" ") == 2
        and own.count(" ") == 2
        and DamerauLevenshtein.distance(name, own) <= _FOREIGN_SPELLING_EDITS
    )


def _rank(gaz: Gazetteer, place: Place, cities: list[Place]) -> tuple[int, bool, int]:
    """`facts.rank`, but a first-level area is weighed against the name's cities (`cities`)
    as a city, by size, unless one of them lies inside it or is a large city of its country
    (NAMESAKE_POPULATION or more): "Ontario" is the province, not Ontario, California,
    "Virginia" the state, not Virginia, Free State, and "Oregon" the state, not Oregon, Ohio;
    a city and the area of its name ("New York", "Deir ez-Zor") and a large city of the
    area's country ("Washington") keep the city first."""
    kind, config, population = rank(place)
    if place.kind == "admin1" and not any(
        city.country_code == place.country_code
        and (city.population >= NAMESAKE_POPULATION or place.key in gaz.ancestor_keys(city.key))
        for city in cities
    ):
        kind = CITY_RANK
    return (kind, config, population)


def _name_facts(
    gaz: Gazetteer, name: str, hits: list[NameHit], acronym: bool, lower_case: NameFacts | None
) -> NameFacts:
    places = without_old_names(
        name,
        _without_city_aliases(
            name, _without_capital_aliases(name, [gaz.places[h.key] for h in hits])
        ),
    )
    cities = [p for p in places if p.kind == "city"]
    largest_cities: dict[str, int] = {}  # country code -> population of its largest city
    for city in cities:
        largest_cities[city.country_code] = max(
            city.population, largest_cities.get(city.country_code, 0)
        )
    readings = tuple(_reading(gaz, name, place, cities, largest_cities) for place in places)
    risky = name in gaz.risky
    keys = {p.key for p in places}
    sure = (
        len(places) == 1
        and not risky
        and places[0].key not in gaz.small
        and not _small_geonames_area(readings[0])
        and not _foreign_spelling(gaz, name, places[0])
    )
    return NameFacts(
        readings=readings,
        sure=places[0] if sure else None,
        risky=risky,
        kinds_differ=len({p.kind == "city" for p in places}) > 1,
        countries=len({p.country_code for p in places}),
        namesakes={k: r for k in keys if (r := gaz.capital_of.get(k)) in keys},
        person_like=all(
            (p.kind in _PERSON_LIKE_KINDS and p.population < STRONG_POPULATION)
            or (p.kind == "country" and risky)
            for p in places
        ),
        acronym=acronym,
        lower_case=lower_case,
        dotted=name in gaz.dotted,
        water=bool(readings) and all(r.place.kind == SEA for r in readings),
    )


def _small_geonames_area(reading: Reading) -> bool:
    """Whether the reading is a first-level area of GeoNames too small to be named without
    support (weak: a sheading of the Isle of Man, "Patrick", is named like a person); the
    config's hand-kept areas ("Belgorod Oblast") are not."""
    return reading.weak and reading.place.kind == "admin1" and reading.place.key.startswith("gn:")


SPELLING = 0.8
"""A city's other name this alike to its own (normalised Damerau-Levenshtein similarity) is
another spelling of it ("Odessa" for Odesa: .83), not an unrelated name GeoNames lists for it
("Cancun" for Changchun: .67)."""


def _without_city_aliases(name: str, places: list[Place]) -> list[Place]:
    """`places` but the GeoNames cities that bear the name only as another name of theirs where
    a city of comparable size (within COMPARABLE_SIZE) bears it as its own: "Cancun" is
    Cancún, not Changchun, and "Islamabad" the capital, not Chattogram, whatever the
    text names; "Calcutta" stays Kolkata beside a town of South Africa. A city whose other
    name is another spelling of its own (`SPELLING`: "Odessa" for Odesa, "Kharkov" for
    Kharkiv) keeps it: the text's places decide between it and the namesake (Odessa, Texas)."""
    own = max(
        (p.population for p in places if p.kind == "city" and name_key(p.name) == name),
        default=-1,
    )
    if own < 0:
        return places
    return [
        p
        for p in places
        if p.kind != "city"
        or not p.key.startswith("gn:")
        or name_key(p.name) == name
        or p.population > own * COMPARABLE_SIZE
        or DamerauLevenshtein.normalized_similarity(name, name_key(p.name)) >= SPELLING
    ]


def _without_capital_aliases(name: str, places: list[Place]) -> list[Place]:
    """`places` but the cities that a country among them holds and that bear its name only as
    another name of theirs ("Mexico" for Mexico City, "Kuwait" for Kuwait City): the name
    alone is the country."""
    countries = {p.country_code for p in places if p.kind == "country"}
    if not countries:
        return places
    return [
        p
        for p in places
        if p.kind != "city" or p.country_code not in countries or name_key(p.name) == name
    ]


@dataclass(slots=True)
class Span:
    """A name found in the text and, once resolved, the place it stands for."""

    start: int
    end: int
    written: str
    facts: NameFacts
    place: Place | None = None
    qualifier: str | None = None
    """ "city" or "region" when the words around say which (`qualify`), else None."""
    bound: frozenset[str] = frozenset()
    """Keys of the readings the text itself binds the name to ("Augusta, Georgia": the
    Augusta in Georgia and the Georgia holding it, see `bind`); empty when it binds none."""
    inflected: bool = False
    """Written in a case form of the name ("Донецка" for "Донецк"), not as the gazetteer
    writes it."""
    holder: bool = False
    """Hyphened to a holder's participle ("Moscow-installed", `words.HOLDER_AFTER`): it names
    who holds or backs, not where, and supports no other name's reading."""


@dataclass(slots=True)
class Context:
    """What the text says so far: the places resolved in it and what contains them.

    A span is asked about (`choose`, `supported`) only while it is not recorded (`add`), so
    the support found is always another span's."""

    gaz: Gazetteer
    text: str
    countries: set[str] = field(default_factory=set)
    """Codes of the countries the recorded spans are in."""
    named: dict[str, None] = field(default_factory=dict)
    """Keys of the places named and of the regions and cities containing them, in the order
    found (a dict as an ordered set: see `small_place_inside`)."""
    regions: set[str] = field(default_factory=set)
    """Keys of the regions above countries (config/regions.yaml) holding the countries of the
    recorded spans: a country's ancestors."""
    explicit: set[str] = field(default_factory=set)
    """Keys of the places named themselves."""
    qualified: set[str] = field(default_factory=set)
    """Keys of the places the words around a name chose ("the city of X", "X province")."""
    spans: dict[int, Span] = field(default_factory=dict)
    """Start -> resolved span."""
    ends: dict[int, Span] = field(default_factory=dict)
    """End -> resolved span."""
    times: dict[str, int] = field(default_factory=dict)
    """Key -> how many times the text names the place (its recorded and repeated mentions)."""
    inside: dict[tuple[str, str], tuple[int, bool]] = field(default_factory=dict)
    """(region, city) -> how many `named` keys were checked, and whether one of them is a
    small place of the region outside the city (see `small_place_inside`)."""
    neighbours: Neighbours | None = None
    """The readings of the text's names (`clusters.Neighbours`), once tagging knows them."""

    def add(self, span: Span) -> None:
        """Record a resolved span."""
        place = span.place
        if place is None:
            return
        self.spans[span.start] = span
        self.ends[span.end] = span
        self.repeat(place.key)
        if span.qualifier is not None:
            self.qualified.add(place.key)
        if place.country_code and place.country_code not in self.countries:
            self.countries.add(place.country_code)
            self.regions.update(self.gaz.ancestor_keys(f"cc:{place.country_code}"))
        if place.key not in self.explicit:
            self.explicit.add(place.key)
            named = self.named
            named[place.key] = None
            for key in self.gaz.enclosing(place.key):
                named[key] = None

    def repeat(self, key: str) -> None:
        """Count one more mention of the place `key`."""
        self.times[key] = self.times.get(key, 0) + 1

    def supports_place(self, key: str) -> bool:
        """Whether the text names the place `key`, a region or city containing it or a place
        inside one of them."""
        return key in self.named or not self.named.keys().isdisjoint(self.gaz.enclosing(key))

    def small_place_inside(self, region_key: str, city_key: str) -> bool:
        """Whether the text names a town, village or district of the region outside its
        capital ("Dhiban"). `named` only grows, so each key is checked once per pair."""
        checked, found = self.inside.get((region_key, city_key), (0, False))
        if not found and checked < len(self.named):
            new = itertools.islice(self.named, checked, None)
            found = any(_small_place_inside(self.gaz, k, region_key, city_key) for k in new)
            self.inside[region_key, city_key] = (len(self.named), found)
        return found


def choose(
    span: Span,
    context: Context,
    hints: frozenset[str],
    final: bool,
    home: str | None = None,
    front: str | None = None,
) -> Place | None:
    """The place a name stands for, or None when it is too weak and nothing supports it.
    `hints` holds the countries of the feed and of the text's demonyms; `home` is the key of
    the feed's home area (`home.feed_home`): a reading inside it may be chosen even when small,
    as a hint's may, and wins where nothing in the text or the hints decides, over larger
    namesakes too, unless the name is also a country's. Unless `final`, a name of places in
    several countries that nothing settles yet is left for later (None), when the rest of the
    text may have settled it. `front`, the key of the first-level area of the front direction
    the text names before the name (`fronts.front_area`), settles as `home` does, and a small
    place outside it needs the text's own support: the country named is not enough. Where all
    that leaves a tie, a reading that the text's other names have readings beside
    (`context.neighbours`) wins among the name's namesakes of one country lying apart
    (`_far_namesakes`), before size; it lets a small one be chosen too where the name has a
    reading among them that needs no support (`_place_anyway`). The name's towns of the towns
    list in a country the text names (`_listed_in`) are chosen so too, or where the text names
    a place they lie in, never on the country alone."""
    qualifier = span.qualifier
    named = context.named.keys()
    countries = context.countries
    times = context.times
    best: tuple[tuple[bool, bool, bool, int, bool, bool, bool, int], tuple[int, bool, int]] | None
    best = None
    chosen: Place | None = None  # the place scoring `best`
    if home is not None and any(r.place.kind == "country" for r in span.facts.readings):
        home = None  # a country's name stays the country's where the text does not say
    shared = _region_shared_with_named(span, context, hints)  # "عمان" with Jordan named
    among = _far_namesakes(span.facts) if context.neighbours is not None else frozenset()
    namesake_anyway = _place_anyway(span.facts, among)
    listed = _listed_in(span.facts, context)
    town_anyway = bool(listed) and _place_anyway(span.facts)
    if listed:
        among = among | _with_countrymen(span.facts, listed)
    known = len(span.facts.readings)  # the readings after these are the towns list's
    for i, reading in enumerate((*span.facts.readings, *listed)):
        place = reading.place
        bound = place.key in span.bound
        near = not named.isdisjoint(reading.around) or (
            place.kind == "country"
            and place.key not in shared
            and not context.regions.isdisjoint(context.gaz.ancestor_keys(place.key))
        )
        if near and reading.dwarfed and not _near_below_area(reading, context):
            near = False
        named_times = max([times.get(k, 0) for k in reading.around]) if near else 0
        country = place.country_code in countries
        hinted = place.country_code in hints
        fronted = front is not None and front in reading.around
        homed = (home is not None and home in reading.around) or fronted
        from_list = i >= known
        beside = (
            context.neighbours.count(span.facts, reading, from_list)
            if context.neighbours is not None and place.key in among
            else 0
        )
        anyway = town_anyway if from_list else namesake_anyway
        lifted = beside > 0 and anyway and not reading.dwarfed
        if from_list and not (near or homed or lifted):
            continue  # the list has a town of most names in most countries: no support
        if reading.weak and not (bound or near or country or hinted or homed or lifted):
            continue
        if (
            front is not None
            and reading.weak
            and not (bound or fronted or _near_in_area(reading, context))
        ):
            continue
        hinted = hinted and not reading.small  # a hint lets a small place be chosen, not win
        fits = qualifier is not None and (place.kind == "city") == (qualifier == "city")
        signs = (bound, fits, near, named_times, country, hinted, homed, beside)
        score = (signs, reading.rank)
        if best is None or score > best:
            best, chosen = score, place
    if best is None or chosen is None or (not (final or any(best[0])) and span.facts.countries > 1):
        return None
    return city_or_region(span, context, chosen)


_NAME_GOES_ON = re.compile(r" [A-Z]")


def neighbours(gaz: Gazetteer, spans: list[Span], text: str) -> Neighbours:
    """The readings of the names of `spans` that may support a namesake beside them
    (`clusters.Neighbours`): not a common word's or a first name's, nor a name the next word
    carries on, capitalised ("Washington Drive", "Country Club Road"), which may be a street's
    or a firm's rather than a place's; with each name's towns of the towns list
    (`towns.listed_namesakes`)."""
    return Neighbours(
        (s.facts, _listed_readings(gaz, s))
        for s in spans
        if not s.facts.risky and not _NAME_GOES_ON.match(text, s.end)
    )


def _listed_readings(gaz: Gazetteer, span: Span) -> tuple[Reading, ...]:
    """The towns of the towns list of the span's name (`towns.listed_namesakes`) as its
    readings, small, so needing support (remembered in the gazetteer); but none dwarfed by a
    large place among the name's readings (`_dwarfed`), of any kind and country: the list
    holds many small towns named after famous places ("Moscow", "Cairo", "Florida",
    "Washington"), and the name is the famous place unless the text says "X, <its area>"
    (`towns.with_towns`)."""
    name = name_key(span.written)
    cache = gaz.listed_cache
    found = cache.get(name)
    if found is None:
        largest = max((r.place.population for r in span.facts.readings), default=0)
        found = tuple(
            Reading(town, True, True, rank(town), (town.key, *gaz.enclosing(town.key)), False)
            for town in listed_namesakes(gaz, name)
            if not _dwarfed(town, largest)
        )
        cache[name] = found
    return found


def _far_namesakes(facts: NameFacts) -> frozenset[str]:
    """The keys of the readings the text's other names may choose between
    (`clusters.Neighbours`): the name's largest reading and its namesakes of the same country
    that lie apart from it, neither inside it, holding it nor within NEIGHBOUR_KM of it (Gaza
    the city and the Gaza Strip, England and the United Kingdom, a city and the governorate
    named after it are one place for them); none when it has no such namesake. A reading of
    another country is never chosen by them: a Middle East text naming Paris and Lebanon means
    France's city, though towns of both names lie side by side in Kentucky."""
    readings = facts.readings
    if len(readings) < 2:
        return frozenset()
    top = max(readings, key=lambda r: r.rank)
    far = [r.place.key for r in readings if _apart(r, top)]
    return frozenset([top.place.key, *far]) if far else frozenset()


def _place_anyway(facts: NameFacts, among: frozenset[str] | None = None) -> bool:
    """Whether a reading of the name (of those among `among`, when given) needs no support
    in the text (`Reading.weak`): then the name is a place whatever the text's other names
    say, and they may choose a small namesake of it ("Decatur" beside "DeKalb County" is
    Georgia's town, not Illinois' city) or its town of the towns list without making a place
    of a name that was none."""
    return any(not r.weak for r in facts.readings if among is None or r.place.key in among)


def _listed_in(facts: NameFacts, context: Context) -> tuple[Reading, ...]:
    """The name's readings of the towns list (`clusters.Neighbours.listed`) in a country the
    text has placed a name in: a text naming no place of a country does not mean its town."""
    if context.neighbours is None:
        return ()
    return tuple(
        r for r in context.neighbours.listed(facts) if r.place.country_code in context.countries
    )


def _with_countrymen(facts: NameFacts, listed: tuple[Reading, ...]) -> frozenset[str]:
    """The keys of `listed` (towns-list readings) and of the name's readings of their
    countries: the readings the text's other names choose between with them."""
    countries = {r.place.country_code for r in listed}
    return frozenset(
        r.place.key for r in (*facts.readings, *listed) if r.place.country_code in countries
    )


def _apart(reading: Reading, top: Reading) -> bool:
    """Whether `reading` is a namesake of `top` in its country lying apart from it."""
    place, other = reading.place, top.place
    if place.country_code != other.country_code or "country" in (place.kind, other.kind):
        return False  # another country's, or the country holding the other
    if place.key in top.around or other.key in reading.around:
        return False  # one inside the other
    lat, lon, top_lat, top_lon = place.lat, place.lon, other.lat, other.lon
    if lat is None or lon is None or top_lat is None or top_lon is None:
        return False
    return distance_km(lat, lon, top_lat, top_lon) > NEIGHBOUR_KM


def _kind(place: Place | None) -> str:
    """The kind of a place of the gazetteer; a town of the towns list chosen for a name
    (`_listed_in`), which the gazetteer does not hold (None), is a town."""
    return "town" if place is None else place.kind


def _near_in_area(reading: Reading, context: Context) -> bool:
    """Whether the text names the reading's place, or a place it lies in other than a named
    region spanning oblasts (Donbas holds the villages of two)."""
    places = context.gaz.places
    return any(k in context.named and _kind(places.get(k)) != "region" for k in reading.around)


def _region_shared_with_named(span: Span, context: Context, hints: frozenset[str]) -> set[str]:
    """The keys of the name's country readings that the text names neither themselves nor
    through a place of theirs, and that only a region shared with the country of another
    reading supports, a country the text names or hints at ("الأردن", "الأردنية"): the region
    supports them only because of that country, which supports the other reading directly
    ("عمان" with Jordan named is Amman, not Oman; both lie in the Middle East). Where another
    named country of the region supports them too, the text is about the region's countries
    and they stay; a reading other than a city does not count ("Niger" beside Nigeria is the
    country, not Nigeria's Niger State)."""
    readings = span.facts.readings
    if span.facts.countries < 2 or not any(r.place.kind == "country" for r in readings):
        return set()
    gaz, countries = context.gaz, context.countries
    others = {
        r.place.country_code
        for r in readings
        if r.place.kind == "city"
        and (r.place.country_code in countries or r.place.country_code in hints)
    }
    shared = set()
    for reading in readings:
        place = reading.place
        if place.kind != "country" or place.country_code in countries:
            continue
        regions = set(gaz.ancestor_keys(place.key))
        supporters = {
            cc
            for cc in countries | others
            if cc != place.country_code and not regions.isdisjoint(gaz.ancestor_keys(f"cc:{cc}"))
        }
        if supporters and supporters <= others:
            shared.add(place.key)
    return shared


def _dwarfed(place: Place, largest: int) -> bool:
    """Whether another reading of the name, the largest city of the same country (of
    population `largest`, 0 for none), is a large city (NAMESAKE_POPULATION or more) more
    than COMPARABLE_SIZE times the size of `place`. Across countries the country's support
    decides ("Samar" beside Dnipro is Ukraine's, not Samara). Worked out once per name
    (`Reading.dwarfed`)."""
    return largest >= NAMESAKE_POPULATION and largest > place.population * COMPARABLE_SIZE


def _near_below_area(reading: Reading, context: Context) -> bool:
    """Whether the text names the reading's place, a place it lies in below a first-level
    area (a county), a place inside one of those, or its first-level area itself: not only
    another place of the same state ("Chicago" does not make "Washington" a town of
    Illinois rather than the capital)."""
    gaz = context.gaz
    return any(
        key in context.named and (_kind(gaz.places.get(key)) != "admin1" or key in context.explicit)
        for key in reading.around
    )


def bind(spans: list[Span], text: str) -> None:
    """ "X, <area>" ("Augusta, Georgia", "Paris, Tenn."): where some reading of X lies in a
    reading of the first-level area or country right after it, those readings are the ones
    meant (`Span.bound`), here and for every other mention of both names in the text."""
    bound: dict[int, set[str]] = {}
    for span, area in itertools.pairwise(spans):
        if area.start - span.end != 2 or text[span.end : area.start] != ", ":
            continue
        if len(span.facts.readings) < 2:
            continue
        areas = {
            r.place.key: r.place
            for r in area.facts.readings
            if r.place.kind in ("admin1", "country")
        }
        inside = [
            (r.place.key, a)
            for r in span.facts.readings
            for a in areas
            if a in r.around or a == f"cc:{r.place.country_code}"
        ]
        if inside and len({k for k, _ in inside}) < len(span.facts.readings):
            bound.setdefault(id(span.facts), set()).update(k for k, _ in inside)
            bound.setdefault(id(area.facts), set()).update(a for _, a in inside)
    if bound:
        for span in spans:
            keys = bound.get(id(span.facts))
            if keys:
                span.bound = frozenset(keys)


_LISTED_BETWEEN = re.compile(r"(?:, |,? and |,? or )(?:[\w]+ in )?")
"""What separates names of a list: a comma or a conjunction, maybe a tally's words ("twelve
in Ontario, eight in Alberta")."""
_LISTED_GAP = 20
"""The longest text `_LISTED_BETWEEN` may match, tested first: a regex is slower."""


def among_areas(spans: list[Span], text: str) -> None:
    """A name listed next to a first-level area ("Arkansas, Colorado, Delaware and Idaho",
    "Florida, Georgia and Alabama") is the first-level area of that country it may stand for,
    not a city or a country of its name; the change runs on along the list. An area holding
    one of the name's readings places it instead ("Washington, D.C.")."""
    listed = [s for s in spans if s.place is not None]
    pairs = [
        (a, b)
        for a, b in itertools.pairwise(listed)
        if b.start - a.end <= _LISTED_GAP and _LISTED_BETWEEN.fullmatch(text, a.end, b.start)
    ]
    changed = bool(pairs)
    while changed:
        changed = False
        for a, b in pairs:
            changed = _as_area_of(a, b) or _as_area_of(b, a) or changed


def _as_area_of(span: Span, other: Span) -> bool:
    """Make `span` the first-level area of `other`'s country it may stand for, when `other`
    is a first-level area and `span` is not (see `among_areas`); whether it changed."""
    place, area = span.place, other.place
    if (
        area is None
        or area.kind != "admin1"
        or place is None
        or place.kind == "admin1"
        or len(span.facts.readings) < 2
        or span.qualifier == "city"
        or any(area.key in r.around for r in span.facts.readings)  # "X, <its area>"
    ):
        return False
    for reading in span.facts.readings:
        if reading.place.kind == "admin1" and reading.place.country_code == area.country_code:
            span.place = reading.place
            return True
    return False


def settle(span: Span, context: Context) -> None:
    """Decide a city-or-region name again once the whole text is resolved."""
    if span.place is not None:
        span.place = city_or_region(span, context, span.place)


def city_or_region(span: Span, context: Context, place: Place) -> Place:
    """Between a city and the region named after it, by the rule in the module docstring
    (`place` itself when the name has no such pair of readings)."""
    region_key = span.facts.namesakes.get(place.key)
    if region_key is None:
        return named_area(span, context.gaz, context.text, place)
    region = context.gaz.places[region_key]
    if span.qualifier is not None:
        return place if span.qualifier == "city" else region
    if place.key in context.qualified:
        return place
    if region_key in context.explicit or context.small_place_inside(region_key, place.key):
        return region
    return region if _listed_with_region(span, context, place.country_code) else place


def named_area(span: Span, gaz: Gazetteer, text: str, place: Place) -> Place:
    """`place`, or, for a city whose name a region word follows ("a Kharkiv village",
    "Sumy province": `qualify`), the first-level area holding it and named after it
    ("Kharkiv Oblast"), if any: the area the text means where the gazetteer does not give
    the name the area's reading too (`NameFacts.namesakes`)."""
    if place.kind != "city":
        return place
    for key in gaz.parents.get(place.key, ()):
        area = gaz.places.get(key)
        if area is not None and area.kind == "admin1" and area.name.startswith(place.name + " "):
            return area if (span.qualifier or qualify(text, span)) == "region" else place
    return place


def _small_place_inside(gaz: Gazetteer, key: str, region_key: str, city_key: str) -> bool:
    """A town, village or district of the region outside its capital ("Dhiban")."""
    place = gaz.places.get(key)
    if place is not None and place.kind == "city" and place.population >= SMALL_POPULATION:
        return False
    if key in gaz.ancestor_keys(city_key):
        return False  # the district around the capital ("Kirkuk District") is no such place
    ancestors = gaz.ancestor_keys(key)
    return key != city_key and region_key in ancestors and city_key not in ancestors


def _listed_with_region(span: Span, context: Context, cc: str) -> bool:
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


def qualify(text: str, span: Span) -> str | None:
    """ "region" or "city" when the words around the name say which it is."""
    end = span.end
    if (
        span.written.isupper()
        and text[end : end + 1] in (",", " ")
        and sentence_initial(text, span.start)
    ):
        return "city"
    after = _AFTER.match(text, end, end + _AFTER_LENGTH)
    if after:
        return after.lastgroup
    if _local_word_before(text, span.start):
        reach = max(0, span.start - _LOCAL_CITY_BEFORE_LONGEST - 1)
        if _LOCAL_CITY_BEFORE.search(text, reach, span.start):
            return "city"
        if _LOCAL_REGION_BEFORE.search(text, reach, span.start):
            return "region"
    if _local_regions_before(text, span.start):
        return "region"
    if text[span.start - 2 : span.start - 1] in _BEFORE_LASTS and text.endswith(
        _BEFORE_ENDINGS, 0, span.start
    ):
        before = text[max(0, span.start - _BEFORE_LENGTH) : span.start]
        if _may_name_region(before) and _REGION_BEFORE.search(before):
            return "region"
        if _CITY_BEFORE.search(before, len(before) - _CITY_BEFORE_LONGEST):
            return "city"
    return None


_LOCAL_WORD_ENDS = frozenset("de")
"""The ASCII letters `_LOCAL_CITY_BEFORE`'s and `_LOCAL_REGION_BEFORE`'s words end in ("ville
de", "ville d'"): the rest end in an Arabic or Cyrillic letter."""


def _local_word_before(text: str, start: int) -> bool:
    """A quick test that `_LOCAL_CITY_BEFORE` or `_LOCAL_REGION_BEFORE` may end at `start`:
    a space or an apostrophe before it and, before that, a letter other than ASCII or one of
    `_LOCAL_WORD_ENDS` (or a line break before it, which `$` may stand before)."""
    mark = text[start - 1 : start]
    if mark == "\n":
        return True
    last = text[start - 2 : start - 1]
    return mark in _WORD_END_MARKS and (not last.isascii() or last in _LOCAL_WORD_ENDS)


_WORD_END_MARKS = frozenset(" '’")


def _local_regions_before(text: str, start: int) -> bool:
    """Whether an Arabic list of regions ends at `start` (`_LOCAL_REGIONS_BEFORE`); an ASCII
    text holds no Arabic letter."""
    reach = max(0, start - _LOCAL_REGIONS_REACH)
    return not text.isascii() and bool(
        _ARABIC_LETTER.search(text, reach, start)
        and _LOCAL_REGIONS_BEFORE.search(text, reach, start)
    )


def _may_name_region(before: str) -> bool:
    """A quick test that `_REGION_BEFORE` may match: searching with it is slow."""
    lowered = before.lower()
    return lowered.endswith("rural ") or any(word in lowered for word in _REGION_WORDS)


def supported(span: Span, context: Context, hints: frozenset[str]) -> bool:
    """Whether a name that is also a common word or first name is really the place here."""
    place = span.place
    if place is None:
        return False
    if place.kind == "country" or _strong_pattern(span, context):
        return True
    if sentence_initial(context.text, span.start):
        return False
    return (
        place.country_code in context.countries
        or context.supports_place(place.key)
        or place.country_code in hints
    )


def _strong_pattern(span: Span, context: Context) -> bool:
    """ "in X", "through X", "town of X", "the mayor of X", "an X man", "X province", "X
    Police", "X, Syria", a dateline ("COLUMBUS (AP) --", "Sofia (AFP) –")."""
    text = context.text
    if _dateline(span, text):
        return True
    before = [w.lower() for w in re.findall(r"[\w.]+", text[max(0, span.start - 40) : span.start])]
    before = before[-2:]
    if before and before[-1] in _PREPOSITIONS:
        return True
    if before and before[-1] in _THROUGH and not text[span.end : span.end + 2][1:].isupper():
        return True
    if len(before) == 2 and before[-1] == "of" and before[0] in _OF_PLACE_WORDS:
        return True
    rest = text[span.end : span.end + 30]
    word = _WORD.match(rest.lstrip())
    if (
        before[-1:] in (["a"], ["an"])
        and rest[:1] == " "
        and word is not None
        and word.group() in _RESIDENT_NOUNS
    ):
        return True
    if rest[:1] == " " and word and word.group().lower() in _SUPPORTING_WORDS:
        return True
    after = word.group() if word is not None and rest[:1] == " " else ""
    if after.istitle() and after.lower() in LOCAL_AUTHORITY_AFTER:
        return True  # the place's own authority: "Alexandria Police"
    if rest.startswith(", "):
        following = context.spans.get(span.end + 2)
        return (
            following is not None
            and following.place is not None
            and span.place is not None
            and following.place.country_code == span.place.country_code
        )
    return False


_DATELINE_AFTER = (", ", " (", " -", " —", " –")


_AGENCY_AFTER = re.compile(r" \([A-Z][\w/]*(?: [A-Z][\w/]*){0,2}\) ?[-—–]")
"""An agency in brackets and a dash after a dateline's place ("Sofia (AFP) –")."""


def _dateline(span: Span, text: str) -> bool:
    """Whether the span is a dateline's place, first in its sentence (a dateline follows the
    headline): in capitals, followed by a comma, the agency in brackets or a dash
    ("COLUMBUS, Ohio --", "HAMILTON (AP) —"), or written as a name, followed by the agency in
    brackets and a dash ("Sofia (AFP) –")."""
    if span.written.isupper():
        after = len(span.written) > 3 and text.startswith(_DATELINE_AFTER, span.end)
    else:
        after = text.startswith(" (", span.end) and _AGENCY_AFTER.match(text, span.end) is not None
    return after and sentence_initial(text, span.start)


def sentence_initial(text: str, start: int) -> bool:
    """Whether the word at `start` begins a sentence, a line or a quotation (not after the
    dot of a place kind's abbreviation: "м. Чернігова")."""
    i = start - 1
    while i >= 0 and text[i] in " \t\"“‘'([":
        i -= 1
    return i < 0 or (text[i] in _SENTENCE_BREAK and not kind_abbreviation_dot(text, i))


def kind_abbreviation_dot(text: str, dot: int) -> bool:
    """Whether `text[dot]` is the dot of a place kind's abbreviation ("м." of "м. Чернігова",
    `CYRILLIC_KIND_ABBREVIATIONS`), which ends no sentence."""
    if text[dot] != ".":
        return False
    i = dot
    while i > 0 and (text[i - 1].isalpha() or text[i - 1] == "-"):
        i -= 1
    return text[i:dot] in CYRILLIC_KIND_ABBREVIATIONS
