"""Where the main event happened: the most precise place named in the headline or lead."""

from __future__ import annotations

from bot.records import PlaceMention

_PRECISION = {"country": 0, "region": 1, "admin1": 1, "admin2": 2, "street": 2, "park": 2}
"""Less precise kinds; any other kind (a city, a village, a camp) ranks above them. A street or
a park ranks as a county does, below the town it is in ("Main Street" says little alone)."""


def _dateline(text: str, mention: PlaceMention) -> bool:
    """A dateline ("MOGADISHU, Somalia –", "KYIV (AP) —") names where it was written."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    return mention.as_written.isupper() and not text[line_start : mention.start].strip()


def _precision(mention: PlaceMention) -> int:
    return _PRECISION.get(mention.place.kind, 3)


def _rank(mention: PlaceMention) -> tuple[int, int, int]:
    return (_precision(mention), -mention.place.population, -mention.start)


def event_place(
    text: str, places: list[PlaceMention], zone_end: int, wider_end: int | None = None
) -> PlaceMention | None:
    """The most precise place among those named before `zone_end` in `text` (the headline and
    lead): of one kind, the smaller (the village rather than the capital where statements
    are made), then the earliest; datelines only when nothing else is named. When that is
    only a country or an area (or nothing), the first town or village of its country named
    before `wider_end` (the next sentences: "Rebels seized a town in DR Congo ... took
    Kitshanga") is where it happened."""
    named = [m for m in places if m.start < zone_end]
    usable = [m for m in named if not _dateline(text, m)] or named
    best = max(usable, key=_rank) if usable else None
    if wider_end is None or (best is not None and _precision(best) == 3):
        return best
    country = best.place.country_code if best is not None else None
    finer = [
        m
        for m in places
        if zone_end <= m.start < wider_end
        and _precision(m) == 3
        and not _dateline(text, m)
        and (country is None or m.place.country_code == country)
    ]
    return min(finer, key=lambda m: m.start) if finer else best
