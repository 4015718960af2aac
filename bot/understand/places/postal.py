"""US states and Canadian provinces named by their two-letter postal code after a town and a
comma: "Austin, TX", "Kelowna, BC", "HORRY COUNTY, SC (WMBF)".

The codes are words too ("IN", "OR", "ME", "OK", "HI"), and "MD" or "PA" follows a person's
name as a degree, so a code names its area only there: in capitals, right after ", ", ending
its phrase (`_ENDS_PHRASE`), and after a place the text names, a county or parish, or a
town of that area's list (`towns`: "Kelowna" is a town of British Columbia). The code is then
a mention of the area, which `towns` then reads the town before from, as after "Fla.".
"""

from __future__ import annotations

import re

from bot.records import Place, PlaceMention
from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.towns import load_towns, town_before
from bot.understand.places.unlisted import overlaps

AREAS = {
    **{
        code: ("US", name)
        for code, name in (
            ("AL", "Alabama"), ("AK", "Alaska"), ("AZ", "Arizona"), ("AR", "Arkansas"),
            ("CA", "California"), ("CO", "Colorado"), ("CT", "Connecticut"),
            ("DE", "Delaware"), ("DC", "District of Columbia"), ("FL", "Florida"),
            ("GA", "Georgia"), ("HI", "Hawaii"), ("ID", "Idaho"), ("IL", "Illinois"),
            ("IN", "Indiana"), ("IA", "Iowa"), ("KS", "Kansas"), ("KY", "Kentucky"),
            ("LA", "Louisiana"), ("ME", "Maine"), ("MD", "Maryland"),
            ("MA", "Massachusetts"), ("MI", "Michigan"), ("MN", "Minnesota"),
            ("MS", "Mississippi"), ("MO", "Missouri"), ("MT", "Montana"),
            ("NE", "Nebraska"), ("NV", "Nevada"), ("NH", "New Hampshire"),
            ("NJ", "New Jersey"), ("NM", "New Mexico"), ("NY", "New York"),
            ("NC", "North Carolina"), ("ND", "North Dakota"), ("OH", "Ohio"),
            ("OK", "Oklahoma"), ("OR", "Oregon"), ("PA", "Pennsylvania"),
            ("RI", "Rhode Island"), ("SC", "South Carolina"), ("SD", "South Dakota"),
            ("TN", "Tennessee"), ("TX", "Texas"), ("UT", "Utah"), ("VT", "Vermont"),
            ("VA", "Virginia"), ("WA", "Washington"), ("WV", "West Virginia"),
            ("WI", "Wisconsin"), ("WY", "Wyoming"),
        )
    },
    **{
        code: ("CA", name)
        for code, name in (
            ("AB", "Alberta"), ("BC", "British Columbia"), ("MB", "Manitoba"),
            ("NB", "New Brunswick"), ("NL", "Newfoundland and Labrador"),
            ("NS", "Nova Scotia"), ("ON", "Ontario"), ("PE", "Prince Edward Island"),
            ("QC", "Quebec"), ("SK", "Saskatchewan"), ("YT", "Yukon"),
            ("NT", "Northwest Territories"), ("NU", "Nunavut"),
        )
    },
}  # fmt: skip
"""Postal code -> the country and the name of its first-level area."""
_CODE = re.compile(r", (?P<code>[A-Z]{2})(?![\w-])")
"""A code after a comma (a literal first: a look-behind first would be tried everywhere)."""
_ENDS_PHRASE = re.compile(r"$|[,.;:)\]—–\n]| [-—–(]| \d| [a-z]| [A-Z][a-z]")
"""What follows a code that ends a town's "Town, ST": an end of phrase, a figure, a word in
lower case or a capitalised one, not a word in capitals ("HOUSTON, IN TEXAS")."""
_NAME_END = re.compile(r"[\w.’']")
"""The last character of a name before the comma ("Austin", "St. John's", "Ft.")."""
_COUNTY = re.compile(r"(?:County|COUNTY|Parish|PARISH|Borough|BOROUGH), $")


def with_postal_codes(gaz: Gazetteer, text: str, named: list[PlaceMention]) -> list[PlaceMention]:
    """`named` and the areas the text names by a postal code after a town (see the module
    docstring), each with every such mention."""
    matches = [m for m in _CODE.finditer(text) if m.group("code") in AREAS]
    if not matches:
        return named
    ends = {e for m in named for _, e, _ in m.spans}
    taken = [(s, e) for m in named for s, e, _ in m.spans]
    found: dict[str, list[tuple[int, int, str]]] = {}
    areas: dict[str, Place] = {}
    for match in matches:
        start, end = match.span("code")
        comma = match.start()
        area = _area(gaz, match.group("code"))
        if area is None or not _ENDS_PHRASE.match(text, end) or overlaps(start, end, taken):
            continue
        if not _NAME_END.match(text[comma - 1 : comma]):
            continue
        if comma not in ends and not _COUNTY.search(text, max(0, comma - 10), start):
            towns = load_towns()
            if towns is None or town_before(towns, text, comma, area, taken) is None:
                continue
        found.setdefault(area.key, []).append((start, end, match.group("code")))
        areas[area.key] = area
    if not found:
        return named
    kept = [m.with_spans(s) if (s := found.pop(m.place.key, [])) else m for m in named]
    added = [
        PlaceMention(spans[0][2], spans[0][0], spans[0][1], areas[key], tuple(spans))
        for key, spans in found.items()
    ]
    return sorted([*kept, *added], key=lambda m: m.start)


def _area(gaz: Gazetteer, code: str) -> Place | None:
    """The first-level area the postal code `code` stands for."""
    country, name = AREAS[code]
    for place in gaz.lookup(name):
        if place.kind == "admin1" and place.country_code == country:
            return place
    return None
