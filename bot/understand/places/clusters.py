"""Which readings of a name lie beside readings of the text's other names.

A local paper names its towns without their state: "Decatur" and "Avondale" beside "DeKalb
County", "Logan" beside "Greene County" and "Springfield". Each name alone has namesakes in
several states, but only one state holds a reading of every one of them within a short drive
of each other. `Neighbours` counts, for one reading, the other names of the text that have a
reading within NEIGHBOUR_KM of it; `resolve.choose` prefers the reading with the most such
names among the namesakes of one country, after every sign the text gives and before size.
A name's towns of the towns list (`towns.listed_namesakes`: Kent, Connecticut, which the
gazetteer leaves out) are its readings here too: they support the text's other names and
may be chosen by them, but only the gazetteer's readings support them: the list holds so
many small towns named after famous places (a Moscow, a Petersburg and a Washington within a
short drive in several states) that they lie beside each other by chance.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.understand.places.distance import distance_km
from bot.understand.places.facts import NameFacts, Reading

NEIGHBOUR_KM = 100.0
"""How close another name's reading must lie to support a reading: a county and its towns,
a town and the next towns along its roads."""

_CELL_DEGREES = 1.0
"""The side of the grid cells readings are filed in; a degree of latitude is 111 km, more
than NEIGHBOUR_KM, so a neighbour lies in the same cell or one of the eight around it, at
the latitudes of the places LGL-like papers write about (a degree of longitude is wider
than NEIGHBOUR_KM below 64 degrees)."""

Cell = tuple[int, int]


def _keys(facts: NameFacts) -> frozenset[str]:
    """The keys of a name's readings: the name, however it is written."""
    return frozenset(r.place.key for r in facts.readings)


def _cell(lat: float, lon: float) -> Cell:
    return int(lat // _CELL_DEGREES), int(lon // _CELL_DEGREES)


class Neighbours:
    """The readings of a text's names, filed by grid cell, to count a reading's neighbours."""

    def __init__(self, names: Iterable[tuple[NameFacts, tuple[Reading, ...]]]) -> None:
        """`names`: each name's facts and its readings of the towns list."""
        self._cells: dict[Cell, list[tuple[frozenset[str], float, float, bool]]] = {}
        self._counts: dict[tuple[frozenset[str], str], int] = {}
        self._listed: dict[frozenset[str], tuple[Reading, ...]] = {}
        by_name = {_keys(f): (f, listed) for f, listed in names}
        for keys, (facts, listed) in by_name.items():
            if listed:
                self._listed[keys] = listed
            known = len(facts.readings)  # the readings after these are the towns list's
            for i, reading in enumerate((*facts.readings, *listed)):
                place = reading.place
                if place.lat is not None and place.lon is not None:
                    cell = _cell(place.lat, place.lon)
                    entry = (keys, place.lat, place.lon, i >= known)
                    self._cells.setdefault(cell, []).append(entry)

    def listed(self, facts: NameFacts) -> tuple[Reading, ...]:
        """The name's readings of the towns list (none where it is not one of the text's)."""
        return self._listed.get(_keys(facts), ())

    def count(self, facts: NameFacts, reading: Reading, listed: bool = False) -> int:
        """How many other names of the text have a reading within NEIGHBOUR_KM of `reading`
        (a reading of `facts`, the name's own facts). A name sharing a reading with it is
        the same name written otherwise ("ARLINGTON") or part of it, and never supports it.
        A reading of the towns list (`listed`) counts only the gazetteer's readings."""
        place = reading.place
        if place.lat is None or place.lon is None:
            return 0
        own = _keys(facts)
        key = (own, place.key)
        known = self._counts.get(key)
        if known is not None:
            return known
        lat, lon = place.lat, place.lon
        row, column = _cell(lat, lon)
        near: set[frozenset[str]] = set()
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                for name, other_lat, other_lon, other_listed in self._cells.get(
                    (row + dr, column + dc), ()
                ):
                    if name in near or not name.isdisjoint(own) or (listed and other_listed):
                        continue
                    if distance_km(lat, lon, other_lat, other_lon) <= NEIGHBOUR_KM:
                        near.add(name)
        self._counts[key] = len(near)
        return len(near)
