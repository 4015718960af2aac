"""Where the main event happened: the most precise place named in the headline or lead."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.records import PlaceMention
from bot.understand.events.placing import (
    CONCURRENT,
    OPENS_CONCURRENT,
    actor_only,
    earlier_only,
    holder_only,
    labelled_only,
    launched_only,
    mediator_only,
    placed_in,
    quoted_only,
    reporter_only,
    seat_only,
    stated_places,
    suffers_only,
    theatre_only,
    water_bearing_only,
)
from bot.understand.places.distance import distance_km

_PRECISION = {
    "country": 0,
    "region": 1,
    "admin1": 1,
    "admin2": 2,
    "street": 2,
    "park": 2,
    "lake": 2,
    "island": 2,
    "landform": 2,
    "village": 4,
    "neighbourhood": 4,
    "district": 4,
    "subdistrict": 4,
    "camp": 4,
}
"""How precise a kind of place is; any other kind (a city, a town) is 3. A village, a
neighbourhood, a district of a town or a camp says more than the town; a street or a park
ranks as a county does, below the town it is in ("Main Street" says little alone), and so
does a lake, an island or a landform the text alone names, placed in the place nearest it
("Lake Chad" near Baga)."""
TOWN = 3
_BORDER = re.compile(r"[’']?s? (?:border|frontier)\b", re.IGNORECASE)
"""A country named for its border ("near the Mali border") is a bearing, not the place."""
_DATE = (
    r"(?:\d{1,2}(?:st|nd|rd|th|er|\.|°)?(?: de)? [^\W\d_]{3,12}\.?"  # "1 nov.", "1. November"
    r"|[^\W\d_]{3,12}\.? \d{1,2}\b)"  # "May 4", "Sept. 5"
    r"(?:,?(?: de)? \d{4}\b)?"  # "27 janvier 2025", "1 de noviembre de 2023"
)
"""A dateline's date, in any language: a day's figure and a word for its month either way
round, a year after."""
_DATELINE_END = re.compile(
    r"(?:,? ?\[[^\]\n]{1,40}\]|, [A-Z][\w.'’ -]{1,30}?)?"  # "[Burkina Faso]", ", Niger"
    rf"(?:,? {_DATE})?"  # ", May 4", ", Sept. 5", ", 1 nov."
    r"(?: ?\([^)\n]{1,40}\))?"  # "(AFP)", "(ANI/Xinhua)"
    r"\.? ?(?::|[—–]|--? )"  # "(EFE).- "
)
"""What follows a dateline's town in mixed case before the story starts: "Niamey, Niger –",
"Lagos:", "Ouagadougou [Burkina Faso], May 4 (ANI/Xinhua):", "Rawalpindi - Two …", "Deir
al-Balah, 1 nov. (LaPresse/AP) –"."""
_DATED_CREDIT = re.compile(rf",? {_DATE} ?\([^)\n]{{1,40}}\) (?=[A-Z\"“])")
"""A dateline's date and its agency in brackets, the story starting after them with no dash
or colon, as Indian wires write them: "Srinagar, May 31 (IANS) Two militants were killed"."""
NEAR_KM = 40.0
"""The lead may narrow the headline's town to a place this near it, not move it away: "a
protest in Sanaa" told with "Thursday's airstrike in Hodeidah" stays in Sanaa."""
_CALL_BACK = re.compile(r"\b(?:here|(?:the|this) (?:\w+ )?(?:capital|city|town))\b", re.IGNORECASE)
"""How a lead calls its dateline's town back: "an airstrike here", "in the Kenyan capital",
"in this summer capital of …"."""


def _dateline_end(text: str, start: int, end: int, title_end: int) -> int | None:
    """Where a dateline opened by the place written at `text[start:end]` ends ("MOGADISHU,
    Somalia –", "KYIV (AP) —", "Niamey, Niger –": a place opening its line, in capitals or,
    below the headline ("Sudan: RSF seizes …" is a headline's label), before a dateline's
    end); None when it opens none."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return None
    found = _DATELINE_END.match(text, end) if start >= title_end else None
    if found is None and start >= title_end:
        found = _DATED_CREDIT.match(text, end)
    if found is not None:
        return found.end()
    return end if text[start:end].isupper() else None


def _written_from(text: str, places: list[PlaceMention], zone_end: int, title_end: int) -> set[int]:
    """Starts of the mentions that only say where the story was written: a dateline's town
    and the places after it in the dateline (its country), unless the lead calls the town
    back ("the city", "here"); wherever the town is written, and in a headline that is the
    dateline's line copied (a feed giving no headline: its text's first line)."""
    starts: set[int] = set()
    spans = sorted(span for m in places for span in m.spans)
    headline = text[:title_end].strip()
    for mention in places:
        for start, end, _ in mention.spans:
            dateline_end = _dateline_end(text, start, end, title_end)
            if dateline_end is None or start in starts:
                continue
            inside = {s for s, _, _ in spans if start <= s < dateline_end}
            if headline and text.startswith(headline, start):  # the headline copies it
                offset = text.index(headline)
                inside |= {s - start + offset for s in inside}
            if _CALL_BACK.search(text, dateline_end, max(dateline_end, zone_end)):
                inside.discard(start)
            starts |= inside
    return starts


_SENTENCE_START = re.compile(r"(?s:.*)(?:[.!?][\"'”’)]*\s|\n)")


def _concurrent(text: str, mention: PlaceMention, zone_end: int) -> bool:
    """Whether every mention of the place before `zone_end` follows, in its sentence, a
    comma and a word opening what else went on at the time (`CONCURRENT`), or stands in
    such a clause opening its sentence (`OPENS_CONCURRENT`)."""
    for start, _, _ in mention.spans:
        if start >= zone_end:
            continue
        before = _SENTENCE_START.match(text, 0, start)
        opening = before.end() if before else 0
        while opening < start and text[opening].isspace():
            opening += 1
        if CONCURRENT.search(text, opening, start):
            continue
        if not (OPENS_CONCURRENT.match(text, opening) and "," not in text[opening:start]):
            return False
    return True


def _named_apart(mention: PlaceMention, written_from: set[int], zone_end: int) -> bool:
    """Whether the place is named before `zone_end` other than in a dateline: "Niamey,
    Niger – ... in southwestern Niger" names Niger in the lead too."""
    starts = [s for s, _, _ in mention.mentions] or [mention.start]
    return any(s < zone_end and s not in written_from for s in starts)


def _bearing(text: str, mention: PlaceMention) -> bool:
    """Whether the place is named only to give a bearing: its border."""
    return mention.place.kind == "country" and bool(_BORDER.match(text, mention.end))


def _for_its_state(text: str, mention: PlaceMention, zone_end: int) -> bool:
    """Whether a town is named only for the state it is the seat of ("the Kiev regime", "the
    Damascus government"); a country so named ("Burundi's government") is still where."""
    return _precision(mention) >= TOWN and actor_only(text, mention, zone_end)


def _precision(mention: PlaceMention) -> int:
    return _PRECISION.get(mention.place.kind, TOWN)


def town_or_finer(mention: PlaceMention) -> bool:
    """Whether a place is a town or more precise (a village, a district of a town, a camp):
    a place that can tell one incident from another."""
    return _precision(mention) >= TOWN


def _rank(mention: PlaceMention) -> tuple[int, int, int]:
    return (_precision(mention), -mention.place.population, -mention.start)


def _near(mention: PlaceMention, town: PlaceMention) -> bool:
    """Whether `mention` is `town` or lies within NEAR_KM of it (unknown coordinates: not)."""
    a, b = mention.place, town.place
    if a.key == b.key:
        return True
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    return distance_km(a.lat, a.lon, b.lat, b.lon) <= NEAR_KM


def _inside(mention: PlaceMention, town: PlaceMention) -> bool:
    """Whether the text puts `mention` inside `town` (a district or a camp the gazetteer
    lacks carries its parent's key: "unlisted:<parent>/<name>")."""
    return mention.place.key.startswith(f"unlisted:{town.place.key}/")


_NEAR_BEFORE = re.compile(r"\b(?:near|outside|on the outskirts of|in the outskirts of)\s+$")
"""Words before a town that put the event beside it, not in it ("militants near Islamabad")."""


def _only_near(text: str, mention: PlaceMention, zone_end: int) -> bool:
    """Whether every mention of the town before `zone_end` follows `_NEAR_BEFORE`: the
    headline and lead tell the event only as near it."""
    starts = [s for s, _, _ in mention.spans if s < zone_end]
    return bool(starts) and all(
        _NEAR_BEFORE.search(text, max(0, s - 30), s) is not None for s in starts
    )


def _beside(mention: PlaceMention, town: PlaceMention) -> bool:
    """Whether `mention` is another town (or finer) within NEAR_KM of `town`."""
    return (
        _precision(mention) >= TOWN and mention.place.key != town.place.key and _near(mention, town)
    )


def _area_in(mention: PlaceMention, best: PlaceMention | None) -> bool:
    """Whether `mention` is an area finer than the country `best` is ("the Banibangou
    department", "Kisii County" after "in western Kenya"): where the event is when the next
    sentences name no town of it."""
    return (
        best is not None
        and best.place.kind == "country"
        and _precision(best) < _precision(mention) < TOWN
    )


def event_place(
    text: str,
    places: list[PlaceMention],
    zone_end: int,
    wider_end: int | None = None,
    title_end: int = 0,
    ancestors: Callable[[str], Sequence[str]] | None = None,
    said_end: int | None = None,
    several: bool = False,
) -> PlaceMention | None:
    """The place of the event told before `zone_end` (`_chosen_place`, or `_without_seats`
    when the text names towns only as the seat of those who speak), unless the text says
    more before `said_end` (the end of the event's own sentences): told of several towns or
    areas at once (`several`, or a clause saying it took place in towns apart: "occurred in
    Odesa, Kyiv and Kharkiv"), it is the area among the headline's and lead's places, none
    when they name only countries and towns; else a place a clause says the event took place
    in ("The attack took place in the Naser district") or a place set inside the chosen one
    or measured from it ("Rashad, 30 km south-west of Kirkuk"), when it is at least as
    precise and in the same country."""
    stated = stated_places(text, places, 0, said_end) if said_end is not None else []
    if several or _apart(stated):
        areas = [m for m in places if m.start < zone_end and 0 < _precision(m) < TOWN]
        return max(areas, key=_rank) if areas else None
    best = _without_seats(text, places, zone_end, wider_end, title_end, ancestors, said_end)
    if best is None:
        best = _chosen_place(text, places, zone_end, wider_end, title_end, ancestors)
    if said_end is None:
        return best
    if stated and _narrows(stated[0], best):
        return stated[0]
    placed = placed_in(text, places, best, 0, said_end) if best is not None else None
    return placed if placed is not None and _narrows(placed, best) else best


def _without_seats(
    text: str,
    places: list[PlaceMention],
    zone_end: int,
    wider_end: int | None,
    title_end: int,
    ancestors: Callable[[str], Sequence[str]] | None,
    said_end: int | None,
) -> PlaceMention | None:
    """When the headline, lead or next sentences name a town only as the seat of those who
    speak of the event ("top officials in Kyiv", "Moscow claimed": `seat_only`), the town or
    finer place `_chosen_place` finds with those seats set aside, reading on to the end of the
    event's own sentences (`said_end`): where the event was, not where it is spoken of. The
    town must be in a seat's country: a foreign capital's comment on an event abroad is left
    to `_chosen_place`, since a capital where the event happened is also where its rulers
    speak. None when no town is such a seat or no such place is found."""
    end = max(e for e in (zone_end, wider_end, said_end) if e is not None)
    seats = [m for m in places if m.start < end and town_or_finer(m) and seat_only(text, m, end)]
    if not seats:
        return None
    others = [m for m in places if m not in seats]
    best = _chosen_place(text, others, zone_end, end, title_end, ancestors)
    if best is None or not town_or_finer(best):
        return None
    return best if best.place.country_code in {m.place.country_code for m in seats} else None


def _apart(listed: list[PlaceMention]) -> bool:
    """Whether a list of places holds towns (or finer) that are neither near nor inside one
    another: several places, not one and the town around it."""
    towns = [m for m in listed if _precision(m) >= TOWN]
    return any(
        not (_near(a, b) or _inside(a, b) or _inside(b, a))
        for i, a in enumerate(towns)
        for b in towns[i + 1 :]
    )


def _narrows(mention: PlaceMention, best: PlaceMention | None) -> bool:
    """Whether `mention` is as precise as `best` or more, in its country (any, without one)."""
    if best is None:
        return True
    country = best.place.country_code
    return _precision(mention) >= _precision(best) and (
        not country or mention.place.country_code == country
    )


def _chosen_place(
    text: str,
    places: list[PlaceMention],
    zone_end: int,
    wider_end: int | None = None,
    title_end: int = 0,
    ancestors: Callable[[str], Sequence[str]] | None = None,
) -> PlaceMention | None:
    """The most precise place among those named before `zone_end` in `text` (the headline
    and lead): of one kind, the smaller (the village rather than the capital where statements
    are made), then the earliest; never a place named only as where a correspondent reports
    from ("Reporting from Dakar, Senegal"); datelines, borders and places named only in a
    clause about something else going on at the time (", as ...", ", while ...") or only as
    suffering its consequences (", plunging X into darkness", "forcing thousands to flee
    towards X") only when nothing else is named, or
    when the lead calls the dateline's town back ("in the Kenyan capital"). A town the
    headline (`text[:title_end]`) names holds: the lead narrows it only to places near it.

    The next sentences, up to `wider_end`, narrow it down: when it is only a country or an
    area (or nothing), the first town or village of its country named there ("Rebels seized
    a town in DR Congo ... took Kitshanga"), inside the area when it is one (`ancestors`
    gives the keys of the places containing a place), is where it happened, and with no
    town there, the first area finer than the country ("the Banibangou department"); when it
    is a town, the first district, neighbourhood or camp named there inside that town, or,
    when the headline and lead tell the event only as near the town ("near Islamabad"), the
    first other town beside it ("in Tarnol in the outskirts of Islamabad")."""
    named = [
        m
        for m in places
        if m.start < zone_end
        and not _for_its_state(text, m, zone_end)
        and not holder_only(text, m, zone_end)
    ]
    written_from = _written_from(text, places, zone_end, title_end)
    usable = [
        m
        for m in named
        if _named_apart(m, written_from, zone_end)
        and not _bearing(text, m)
        and not theatre_only(text, m, zone_end)
        and not mediator_only(text, m, zone_end)
        and not quoted_only(text, m, zone_end)
        and not labelled_only(text, places, m, title_end, zone_end)
    ] or named
    usable = [m for m in usable if not _concurrent(text, m, zone_end)] or usable
    usable = [m for m in usable if not suffers_only(text, m, zone_end)] or usable
    usable = [m for m in usable if not launched_only(text, m, zone_end)] or usable
    usable = [m for m in usable if not water_bearing_only(text, m, zone_end)] or usable
    usable = [m for m in usable if not earlier_only(text, m, zone_end)]
    usable = [m for m in usable if not reporter_only(text, m, zone_end)]
    headline = [m for m in usable if m.start < title_end]
    anchor = max(headline, key=_rank) if headline else None
    if anchor is not None and _precision(anchor) >= TOWN:
        usable = [m for m in usable if _near(m, anchor) or _inside(m, anchor)]
    best = max(usable, key=_rank) if usable else None
    if wider_end is None:
        return best
    later = [
        m
        for m in places
        if zone_end <= m.start < wider_end
        and m.start not in written_from
        and not suffers_only(text, m, wider_end)
        and not launched_only(text, m, wider_end)
        and not earlier_only(text, m, wider_end)
        and not quoted_only(text, m, wider_end)
        and not water_bearing_only(text, m, wider_end)
        and not holder_only(text, m, wider_end)
        and not reporter_only(text, m, wider_end)
    ]
    if best is not None and _precision(best) >= TOWN:
        inside = [m for m in later if _precision(m) > TOWN and _inside(m, best)]
        if not inside and _only_near(text, best, zone_end):
            inside = [m for m in later if _beside(m, best)]  # "near Islamabad" ... "in Tarnol"
        return min(inside, key=lambda m: m.start) if inside else best
    country = best.place.country_code if best is not None else None
    finer = [
        m
        for m in later
        if (_precision(m) >= TOWN or _area_in(m, best))
        and (country is None or m.place.country_code == country)
    ]
    if best is not None and best.place.kind != "country" and ancestors is not None:
        finer = [m for m in finer if best.place.key in ancestors(m.place.key)]
    towns = [m for m in finer if _precision(m) >= TOWN]
    return min(towns or finer, key=lambda m: m.start) if finer else best
