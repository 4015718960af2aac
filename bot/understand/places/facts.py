"""What a place name can stand for: the records the gazetteer keeps per name and the default
order among places of one name. Shared by the gazetteer (which caches them) and `resolve`
(which works them out)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.records import Place

UNLISTED = "unlisted:"
"""Key prefix of a place known only from the text (`unlisted`): "unlisted:gn:170794/al-shafa"
(here, so that reading a gazetteer does not import the text's place finders)."""
SMALL_POPULATION = 15_000
"""Below this (focus countries' towns and villages) a place needs support in the text."""
NAMESAKE_POPULATION = 100_000
"""A city of this size or more is the reading of its name that a much smaller namesake
needs a place named near it to win against (`resolve._dwarfed`, `towns._namesakes`)."""
COMPARABLE_SIZE = 10
"""Places of one name within this factor of each other in size are comparable: the
smaller may be the one a text on its area means without a place named near it."""


@dataclass(frozen=True, slots=True)
class NameHit:
    """One place a folded name can stand for."""

    key: str
    upper_only: bool = False
    """An acronym ("US", "DRC"): it counts only when written in capitals."""


_KIND_RANK = {"country": 4, "region": 3, "admin1": 1}
CITY_RANK = 2
"""The kind rank of cities and every kind `_KIND_RANK` does not name."""


def rank(place: Place) -> tuple[int, bool, int]:
    """Default preference among places of one name: countries, named regions ("Gaza" is the
    Strip), then cities and other places before the admin regions named after them ("Deir
    ez-Zor" is the city, not the governorate), hand-curated config places before GeoNames
    ones ("Nuseirat" is the camp), then size."""
    return (_KIND_RANK.get(place.kind, CITY_RANK), place.key.startswith("cfg:"), place.population)


@dataclass(frozen=True, slots=True)
class Reading:
    """One place a name can stand for, with what choosing it needs that no text changes."""

    place: Place
    weak: bool
    """It needs support in the text: a small place, a small city outside the focus
    countries, or one named by another language's spelling (`resolve._foreign_spelling`)."""
    small: bool
    """A small place (`Gazetteer.small`: a village, a town of the focus countries)."""
    rank: tuple[int, bool, int]
    around: tuple[str, ...]
    """The place's key and the keys of the regions and cities containing it: the text
    supports the reading when it names any of them or a place inside one (`Context.named`)."""
    dwarfed: bool
    """Another reading of the name is a large city of the same country that dwarfs this one
    (`resolve._dwarfed`): a place named near it is not support enough."""


@dataclass(frozen=True, slots=True)
class NameFacts:
    """What a name can stand for, worked out once per name (see `name_facts`) so that tagging
    does not redo it for every mention in every text."""

    readings: tuple[Reading, ...]
    sure: Place | None
    """The place, when the name has one reading, not a small one nor a small first-level area
    of GeoNames, and is no common word."""
    risky: bool
    """The name is also a common word or first name (`Gazetteer.risky`)."""
    kinds_differ: bool
    """Some readings are cities, some not: the words around the name may say which."""
    countries: int
    """How many countries the readings are in."""
    namesakes: dict[str, str]
    """City key -> key of the region named after it (config capital_names), both readings."""
    person_like: bool
    """Every reading is a country or city that could be part of a person's name (see
    `places._inside_person_name`)."""
    acronym: bool
    """Some readings count only when the name is written in capitals (`NameHit.upper_only`)."""
    lower_case: NameFacts | None
    """For an acronym, the facts when it is not written in capitals: the other readings
    (None when there are none)."""
    dotted: bool
    """An alias ends in a dot ("U.S."): a mention written with dots takes its final dot."""
    water: bool = False
    """Every reading is a water body (of kind `waters.SEA`: "Black Sea", "Gulf of Aden"), worked
    out once so that the checks around each mention of a name do not read its readings again."""
