"""Counties named in a list before "counties", and counties named by their name alone.

A list before "counties": "Walton and Oconee counties", "Clarke,
Madison and Oglethorpe counties". Each name is "<name> County" of the gazetteer, the one in
a state the text's places lie in; where no name of the list has a county there, the one in
the state holding most of the list's counties, when at least two and more than any other
state (a list names neighbours: "Clarke, Oconee and Oglethorpe counties" are Georgia's
whatever else the text names). A name with no such county is left out. A name of the list the
text's places took for another place ("Jackson" the city of "Barrow, Jackson and Madison
counties") is the county there: the word after the list says what it names.

A county the text names in full ("DeKalb County", "Avoyelles Parish") is the county too where
the text writes its name alone ("DeKalb's plan", "Clarke and Oconee schools"), unless a place
was found there or the name stands inside a person's or another name (`_alone`)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from bot.records import Place, PlaceMention
from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.resolve import sentence_initial
from bot.understand.places.towns import areas_named, load_towns
from bot.understand.places.unlisted import word_spans
from bot.understand.places.words import LOCAL_AUTHORITY_AFTER, TITLES

_NAME = r"[A-Z][\w'’]+(?: [A-Z][\w'’]+)?"
_SEPARATOR_WORDS = r", and |, or |, | and | or "
_LIST = re.compile(rf"((?:{_NAME}(?:{_SEPARATOR_WORDS}))+{_NAME}) counties\b")
_SEPARATOR = re.compile(_SEPARATOR_WORDS)
_SHARED_STATE = 2
"""How many of a list's names must be counties of one state for the list to be read there."""


def with_counties(gaz: Gazetteer, text: str, named: list[PlaceMention]) -> list[PlaceMention]:
    """`named` and the counties listed before "counties" (see the module docstring)."""
    if " counties" not in text:
        return named
    towns = load_towns()
    if towns is None:
        return named
    spans = {(s, e): i for i, m in enumerate(named) for s, e, _ in m.spans}
    lists = [_listed(text, match) for match in _LIST.finditer(text)]
    claimed = {(s, e) for listed in lists for _, s, e in listed if (s, e) in spans}
    kept = [m for m in named if not claimed.issuperset((s, e) for s, e, _ in m.spans)]
    areas = {area.key for area, _ in areas_named(gaz, towns, kept).values()}
    added: dict[str, PlaceMention] = {}
    moved: set[tuple[int, int]] = set()
    for listed in lists:
        free = [
            (name, start, end, _counties(gaz, name))
            for name, start, end in listed
            if (start, end) in spans or not any(s < end and start < e for s, e in spans)
        ]
        within = _list_areas(gaz, areas, [counties for *_, counties in free])
        for name, start, end, counties in free:
            ranked = [(max(within.get(k, 0) for k in gaz.admin1_keys(p.key)), p) for p in counties]
            most, place = max(ranked, key=lambda r: r[0], default=(0, None))
            if place is None or not most:
                continue
            moved.add((start, end))
            span = (start, end, name)
            if place.key in added:
                old = added[place.key]
                added[place.key] = PlaceMention(
                    old.as_written, old.start, old.end, place, (*old.mentions, span)
                )
            else:
                added[place.key] = PlaceMention(name, start, end, place, (span,))
    if not added:
        return named
    rest = [m for m in (_without(m, moved) for m in named) if m is not None]
    return sorted([*rest, *added.values()], key=lambda m: m.start)


_COUNTY_WORDS = (" County", " Parish")
_WORD = re.compile(r"[^\W\d_]+")


def with_short_names(text: str, named: list[PlaceMention]) -> list[PlaceMention]:
    """`named`, each county written in full ("DeKalb County") with the mentions of its name
    alone ("DeKalb's plan") added (see the module docstring)."""
    counties = [i for i, m in enumerate(named) if m.place.kind == "admin2"]
    if not counties:
        return named
    taken: list[tuple[int, int]] = []
    named = list(named)
    for i in counties:
        mention = named[i]
        short = {
            written[: -len(word)]
            for _, _, written in mention.spans
            for word in _COUNTY_WORDS
            if written.endswith(word)
        }
        bare = [
            (start, end, name)
            for name in short
            for start, end in word_spans(text, name)
            if not text.startswith(_COUNTY_WORDS, end)
        ]
        if not bare:
            continue  # a quick test: the name is written only with "County" after it
        taken = taken or [(s, e) for m in named for s, e, _ in m.spans]
        added = [
            (start, end, name)
            for start, end, name in bare
            if not any(start < e and s < end for s, e in taken) and _alone(text, start, end)
        ]
        if added:
            spans = sorted({*mention.spans, *added})
            first = spans[0]
            named[i] = replace(
                mention, as_written=first[2], start=first[0], end=first[1], mentions=tuple(spans)
            )
            taken.extend((s, e) for s, e, _ in added)
    return sorted(named, key=lambda m: m.start)


def _alone(text: str, start: int, end: int) -> bool:
    """Whether the county's name at `start`-`end` stands alone: no capitalised word right
    after it but one of the county's own authorities ("DeKalb Police"), and none before it
    inside a sentence, nor a title ("Abraham Lincoln", "StandUp DeKalb", "Mr. Hall")."""
    if text[end : end + 1] == " " and text[end + 1 : end + 2].isupper():
        after = _WORD.match(text, end + 1)
        if after is None or after.group().lower() not in LOCAL_AUTHORITY_AFTER:
            return False
    if text[start - 1 : start] != " ":
        return True
    before = text[max(0, start - 40) : start - 1].rsplit(None, 1)[-1:]
    word = before[0] if before else ""
    if word.rstrip(".") in TITLES:
        return False
    return not (word[:1].isupper() and not sentence_initial(text, start - 1 - len(word)))


def _listed(text: str, match: re.Match[str]) -> list[tuple[str, int, int]]:
    """The names of a list before "counties" with their spans."""
    at = match.start(1)
    listed = []
    for name in _SEPARATOR.split(match.group(1)):
        start = text.index(name, at)
        at = start + len(name)
        listed.append((name, start, at))
    return listed


def _without(mention: PlaceMention, moved: set[tuple[int, int]]) -> PlaceMention | None:
    """`mention` without the spans in `moved` (now a county's), None when none is left."""
    spans = mention.spans
    left = tuple(s for s in spans if (s[0], s[1]) not in moved)
    if len(left) == len(spans):
        return mention
    if not left:
        return None
    return replace(mention, as_written=left[0][2], start=left[0][0], end=left[0][1], mentions=left)


def _counties(gaz: Gazetteer, name: str) -> list[Place]:
    """The gazetteer's counties called "<name> County", best first."""
    return [p for p in gaz.lookup(f"{name} County") if p.kind == "admin2"]


def _list_areas(gaz: Gazetteer, areas: set[str], listed: list[list[Place]]) -> dict[str, int]:
    """The first-level areas a list's counties are read in, each with how many of the names
    have a county there (a name goes to the area holding most: the list names neighbours):
    the text's `areas` where a name has a county there, else the one state holding most of
    the names' counties (at least `_SHARED_STATE`, more than any other), else none."""
    states = [{k for p in counties for k in gaz.admin1_keys(p.key)} for counties in listed]
    held = Counter(k for keys in states for k in keys)
    if any(areas.intersection(keys) for keys in states):
        return {k: n for k, n in held.items() if k in areas}
    ranked = [*held.most_common(2), ("", 0)]
    (best, most), (_, second) = ranked[0], ranked[1]
    return {best: most} if most >= _SHARED_STATE and most > second else {}
