"""Where the main event happened: the most precise place named in the headline or lead."""

from __future__ import annotations

import re

from bot.records import PlaceMention

_PRECISION = {
    "country": 0,
    "region": 1,
    "admin1": 1,
    "admin2": 2,
    "street": 2,
    "park": 2,
    "village": 4,
    "neighbourhood": 4,
    "district": 4,
    "subdistrict": 4,
    "camp": 4,
}
"""How precise a kind of place is; any other kind (a city, a town) is 3. A village, a
neighbourhood, a district of a town or a camp says more than the town; a street or a park
ranks as a county does, below the town it is in ("Main Street" says little alone)."""
TOWN = 3
_BORDER = re.compile(r"[’']?s? (?:border|frontier)\b")
"""A country named for its border ("near the Mali border") is a bearing, not the place."""


def _dateline(text: str, mention: PlaceMention) -> bool:
    """A dateline ("MOGADISHU, Somalia –", "KYIV (AP) —") names where it was written."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    return mention.as_written.isupper() and not text[line_start : mention.start].strip()


def _bearing(text: str, mention: PlaceMention) -> bool:
    """Whether the place is named only to give a bearing: its border."""
    return mention.place.kind == "country" and bool(_BORDER.match(text, mention.end))


def _precision(mention: PlaceMention) -> int:
    return _PRECISION.get(mention.place.kind, TOWN)


def _rank(mention: PlaceMention) -> tuple[int, int, int]:
    return (_precision(mention), -mention.place.population, -mention.start)


def _inside(mention: PlaceMention, town: PlaceMention) -> bool:
    """Whether the text puts `mention` inside `town` (a district or a camp the gazetteer
    lacks carries its parent's key: "unlisted:<parent>/<name>")."""
    return mention.place.key.startswith(f"unlisted:{town.place.key}/")


def event_place(
    text: str, places: list[PlaceMention], zone_end: int, wider_end: int | None = None
) -> PlaceMention | None:
    """The most precise place among those named before `zone_end` in `text` (the headline and
        lead): of one kind, the smaller (the village rather than the capital where statements
        are made), then the earliest; datelines and borders only when nothing else is named,
    or when the lead calls the dateline's town back ("in the Kenyan capital").
        The next sentences, up to `wider_end`, narrow it down: when it is only a country or an
        area (or nothing), the first town or village of its country named there ("Rebels seized
        a town in DR Congo ... took Kitshanga") is where it happened; when it is a town, the
        first district, neighbourhood or camp named there inside that town."""
    named = [m for m in places if m.start < zone_end]
    usable = [m for m in named if not (_dateline(text, m) or _bearing(text, m))] or named
    best = max(usable, key=_rank) if usable else None
    if wider_end is None:
        return best
    later = [m for m in places if zone_end <= m.start < wider_end and not _dateline(text, m)]
    if best is not None and _precision(best) >= TOWN:
        inside = [m for m in later if _precision(m) > TOWN and _inside(m, best)]
        return min(inside, key=lambda m: m.start) if inside else best
    country = best.place.country_code if best is not None else None
    finer = [
        m
        for m in later
        if _precision(m) >= TOWN and (country is None or m.place.country_code == country)
    ]
    return min(finer, key=lambda m: m.start) if finer else best
