"""Where the main event happened: the most precise place named in the headline or lead."""

from __future__ import annotations

from bot.records import PlaceMention

_PRECISION = {"country": 0, "region": 1, "admin1": 1, "admin2": 2}
"""Less precise kinds; any other kind (a city, a village, a camp) ranks above them."""


def _dateline(text: str, mention: PlaceMention) -> bool:
    """A dateline ("MOGADISHU, Somalia –", "KYIV (AP) —") names where it was written."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    return mention.as_written.isupper() and not text[line_start : mention.start].strip()


def event_place(text: str, places: list[PlaceMention], zone_end: int) -> PlaceMention | None:
    """The most precise place among those named before `zone_end` in `text` (the headline and
    lead): of one kind, the smaller (the village rather than the capital where statements
    are made), then the earliest; datelines only when nothing else is named."""
    named = [m for m in places if m.start < zone_end]
    if not named:
        return None
    usable = [m for m in named if not _dateline(text, m)] or named
    return max(
        usable, key=lambda m: (_PRECISION.get(m.place.kind, 3), -m.place.population, -m.start)
    )
