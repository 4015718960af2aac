"""Places named like the quarter or district of a city a text names
(`without_quarter_namesakes`).

"حي الحميدية في مدينة دير الزور" (the Hamidiyah quarter of Deir ez-Zor) and "أحياء الجورة
والقصور" name quarters of a city. The gazetteer rarely holds a city's quarters, but often a
village of the same name hundreds of kilometres away (Al Hamidiyah in Hama's countryside):
that village is not what the text names. Russian and Ukrainian name a city's districts and a
region's raions alike by an adjective and "район", and many share one ("Дніпровський район"
is a district of Kyiv, of Kamianske and of Kherson, and the raion around Dnipro): a city's
district that GeoNames holds as a populated place is one of them only where the text names
its city. So a name after a quarter's word, or a city's district named with "район", stays a
place when the gazetteer holds it as a neighbourhood ("حي الشجاعية") or when it lies near
another place the text names; and in Arabic, a city of `NAMESAKE_POPULATION` or more after a
quarter's word is the city whose quarters the text names ("أحياء حلب"), not a quarter.
"""

from __future__ import annotations

import re

from bot.records import Place, PlaceMention
from bot.understand.places.distance import distance_km
from bot.understand.places.facts import NAMESAKE_POPULATION

_QUARTER_BEFORE = re.compile(r"(?<![^\W_])[وفبل]{0,2}(?:حي|حيي|أحياء|احياء|حارة|حارات) $")
"""A word for a city's quarter or quarters just before a name, a prefix joined to it ("لحي",
"بأحياء")."""
_REACH = len("وبأحياء ")
_NEAR_KM = 25.0
"""How far from another place of the text a quarter's namesake may lie and be the quarter."""
_POINT_KINDS = frozenset(["city", "town", "village", "neighbourhood", "locality", "camp"])
"""Kinds of place whose point is close enough to lend a quarter nearby its city."""
_HOLDING_KINDS = frozenset(["country", "admin1"])
_DISTRICT_NOUNS = ("район", "р-н")
"""How "район" and its abbreviation begin ("районі", "р-ні")."""
"""Kinds of place a quarter's word is followed by only as the place holding the quarters."""


def _quarter(text: str, start: int, written: str, place: Place) -> bool:
    """Whether the name `written` at `start`, read as `place`, names a quarter: after an
    Arabic quarter's word, unless it is a city of NAMESAKE_POPULATION or more, or a country or
    a first-level area, the place whose quarters the text names ("أحياء حلب", read as Aleppo's
    governorate where the text names it); or a city's district named with "район" or "р-н"."""
    if place.kind == "city" and written.rsplit(None, 1)[-1].lower().startswith(_DISTRICT_NOUNS):
        return True
    if place.kind == "city" and place.population >= NAMESAKE_POPULATION:
        return False
    if place.kind in _HOLDING_KINDS:
        return False
    return _QUARTER_BEFORE.search(text, max(0, start - _REACH), start) is not None


def without_quarter_namesakes(text: str, named: list[PlaceMention]) -> list[PlaceMention]:
    """`named` without the places named only where the text names a city's quarter, far from
    every other place it names (see the module docstring)."""
    if "ح" not in text and not any(noun in text for noun in _DISTRICT_NOUNS):
        return named  # a quick test: English texts are spared
    return [m for m in named if not _far_quarter(text, m, named)]


def _far_quarter(text: str, mention: PlaceMention, named: list[PlaceMention]) -> bool:
    place = mention.place
    if place.kind == "neighbourhood" or place.lat is None or place.lon is None:
        return False
    if not any(_quarter(text, start, written, place) for start, _, written in mention.spans):
        return False
    return not any(
        other.place.kind in _POINT_KINDS
        and other.place.lat is not None
        and other.place.lon is not None
        and distance_km(place.lat, place.lon, other.place.lat, other.place.lon) <= _NEAR_KM
        for other in named
        if other is not mention
    )
