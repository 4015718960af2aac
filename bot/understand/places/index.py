"""The gazetteer of a deployment's settings, read from an on-disk index: for place questions,
or with its spellings to tag texts.

Unpickling the whole gazetteer costs about 80 MB and most of a second, and a long-running
process would hold its million objects for good. The index is an SQLite file next to the
gazetteer's cache, made from the gazetteer the first time it is needed and named after the
same cache key (so it is rebuilt whenever the cache is): every folded name with the places it
stands for, the place records, what contains what, the sound-alike keys and the names in
order for "did you mean", and for tagging the automaton's patterns with each one's name and
length as three blobs and the small sets of names tagging asks about. `IndexedGazetteer`
reads it row by row and answers exactly as the gazetteer it was made from: opened for place
questions it holds no spellings and cannot tag a text; opened for tagging it holds the
spellings (about 10 MB) and the automaton compiled from them (about 30 MB), and remembers
the facts of the names it has met within bounds.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from array import array
from collections.abc import Iterator, Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

from bot.records import Place
from bot.understand.apart import run_apart
from bot.understand.places.facts import NameHit
from bot.understand.places.gazetteer import (
    Gazetteer,
    PlaceAutomaton,
    cache_file,
    compile_automaton,
    return_freed_memory,
)

if TYPE_CHECKING:
    from bot.settings import Settings

_SCHEMA = """
CREATE TABLE places (key TEXT PRIMARY KEY, name TEXT, kind TEXT, country_code TEXT,
    country TEXT, geonameid INTEGER, population INTEGER, lat REAL, lon REAL,
    approximate INTEGER) WITHOUT ROWID;
CREATE TABLE names (position INTEGER PRIMARY KEY, name TEXT UNIQUE);
CREATE TABLE hits (name INTEGER, n INTEGER, key TEXT, upper_only INTEGER,
    PRIMARY KEY (name, n)) WITHOUT ROWID;
CREATE TABLE parents (key TEXT, n INTEGER, parent TEXT, PRIMARY KEY (key, n)) WITHOUT ROWID;
CREATE TABLE sounds (sound TEXT, n INTEGER, name TEXT, PRIMARY KEY (sound, n)) WITHOUT ROWID;
CREATE TABLE facts (what TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE blobs (what TEXT PRIMARY KEY, value BLOB) WITHOUT ROWID;
"""
_PLACE_COLUMNS = (
    "key, name, kind, country_code, country, geonameid, population, lat, lon, approximate"
)


FACTS_KEPT = 10_000
"""Names whose facts a tagging process remembers (two generations of this many at most)."""
ANCESTORS_KEPT = 20_000
"""Places whose ancestors a tagging process remembers (likewise)."""
PLACES_KEPT = 20_000
"""Places a tagging process remembers once read (likewise)."""
NAMES_KEPT = 20_000
"""Names whose places a tagging process remembers once looked up (likewise)."""


def load_places(settings: Settings) -> Gazetteer:
    """What tagging a text needs of the config folder's and the settings' extra places: the
    gazetteer read from its index (made first when missing), its automata compiled now,
    while the process is still small (compiling needs a 60 MB working copy for a moment);
    the whole gazetteer when the index cannot be written (a read-only cache)."""
    index = _index_of(settings)
    if not index.exists() and not _made_apart(settings, index):
        gazetteer = _whole(settings)
        if not write_index(gazetteer, index):
            return gazetteer
        del gazetteer
        return_freed_memory()
    tagger = IndexedGazetteer.open(index, tagging=True)
    tagger.automaton  # noqa: B018 (compiled here, see above)
    return tagger


def _made_apart(settings: Settings, index: Path) -> bool:
    """Build the gazetteer and write its cache and `index` in a process of their own, whose
    memory (about 205 MB at its peak, 60 MB of it never given back by a process that built
    the gazetteer) ends with it; whether the index is there now."""
    extra = str(settings.extra_places) if settings.extra_places else ""
    run_apart(_BUILD, str(_places_file(settings)), extra, str(index))
    return index.exists()


_BUILD = """
import sys
from pathlib import Path
from bot.understand.places.build import load_gazetteer
from bot.understand.places.index import write_index
places, extra, index = sys.argv[1:]
write_index(load_gazetteer(Path(extra) if extra else None, places=Path(places)), Path(index))
"""


def load_place_index(settings: Settings) -> Gazetteer:
    """What place questions need of the settings' gazetteer: its name index, made first when
    missing; the gazetteer itself when the index cannot be written (a read-only cache)."""
    index = _index_of(settings)
    if not index.exists() and not _made_apart(settings, index):
        gazetteer = _whole(settings)
        if not write_index(gazetteer, index):
            return gazetteer
        del gazetteer
    return IndexedGazetteer.open(index)


def _whole(settings: Settings) -> Gazetteer:
    """The settings' whole gazetteer, unpickled or built here: only when the index is missing
    and could not be made apart, so a place question never imports the builder."""
    from bot.understand.places.build import load_gazetteer

    return load_gazetteer(settings.extra_places, places=_places_file(settings))


def _places_file(settings: Settings) -> Path:
    return settings.config_dir / "places.yaml"


def _index_of(settings: Settings) -> Path:
    """The name index of the settings' gazetteer (beside its cache)."""
    return index_file(cache_file(settings.extra_places, places=_places_file(settings)))


def index_file(cached: Path) -> Path:
    """The name index beside the gazetteer cache `cached`."""
    return cached.with_suffix(".sqlite")


def write_index(gaz: Gazetteer, path: Path) -> bool:
    """Write the name index of `gaz` to `path` (whole or not at all); False when it cannot
    be written."""
    partial = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        with closing(sqlite3.connect(partial)) as db:
            _fill(db, gaz)
            db.commit()
        partial.replace(path)
    except (OSError, sqlite3.Error):
        partial.unlink(missing_ok=True)
        return False
    return True


def _fill(db: sqlite3.Connection, gaz: Gazetteer) -> None:
    db.executescript(_SCHEMA)
    db.executemany(
        f"INSERT INTO places ({_PLACE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (_place_row(p) for p in gaz.places.values()),
    )
    db.executemany(
        "INSERT INTO names VALUES (?, ?)", ((i, name) for i, name in enumerate(gaz.names))
    )
    db.executemany(
        "INSERT INTO hits VALUES (?, ?, ?, ?)",
        (
            (i, n, hit.key, hit.upper_only)
            for i, hits in enumerate(gaz.names.values())
            for n, hit in enumerate(hits)
        ),
    )
    db.executemany(
        "INSERT INTO parents VALUES (?, ?, ?)",
        ((key, n, parent) for key, up in gaz.parents.items() for n, parent in enumerate(up)),
    )
    db.executemany(
        "INSERT INTO sounds VALUES (?, ?, ?)",
        ((sound, n, name) for sound, names in gaz.phonetic.items() for n, name in enumerate(names)),
    )
    facts = {
        "small": sorted(gaz.small),
        "focus": sorted(gaz.focus),
        "capital_of": gaz.capital_of,
        "regions": gaz.regions,
        "risky": sorted(gaz.risky),
        "lower_ok": sorted(gaz.lower_ok),
        "acronyms": sorted(gaz.acronyms),
        "dotted": sorted(gaz.dotted),
        "abbreviations": sorted(gaz.abbreviations),
        "demonyms": gaz.demonyms,
        "shadowed": gaz.shadowed,
        "locatives": sorted(gaz.locatives),
        "romanized": gaz.romanized,
    }
    rows = [(what, json.dumps(value)) for what, value in facts.items()]
    db.executemany("INSERT INTO facts VALUES (?, ?)", rows)
    distinct = dict.fromkeys(gaz.spelling_names)  # a spelling's name: a place's or a demonym
    position = {name: i for i, name in enumerate(distinct)}
    blobs = {
        "patterns": gaz.patterns,
        "spelling_names": "\n".join(distinct).encode(),
        "spelling_positions": array("I", [position[n] for n in gaz.spelling_names]).tobytes(),
        "spelling_lengths": array("H", gaz.spelling_lengths).tobytes(),
    }
    db.executemany("INSERT INTO blobs VALUES (?, ?)", list(blobs.items()))


def _place_row(p: Place) -> tuple[Any, ...]:
    return (p.key, p.name, p.kind, p.country_code, p.country, p.geonameid, p.population,
            p.lat, p.lon, p.approximate)  # fmt: skip


class _Rows:
    """One read-only connection to a name index, shared by the threads of a process."""

    def __init__(self, path: Path) -> None:
        self.path = path
        uri = f"{path.resolve().as_uri()}?mode=ro"
        self.db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        self.lock = threading.Lock()

    def all(self, sql: str, *args: Any) -> list[Any]:
        with self.lock:
            return self.db.execute(sql, args).fetchall()


class _Places(Mapping[str, Place]):
    """Places by key; with `kept`, the places read lately remembered (see `_Remembered`)."""

    def __init__(self, rows: _Rows, kept: int = 0) -> None:
        self.rows = rows
        self.kept = _Remembered(kept) if kept else None

    def __getitem__(self, key: str) -> Place:
        place: Place | None = self.kept.get(key) if self.kept is not None else None
        if place is not None:
            return place
        found = self.rows.all(f"SELECT {_PLACE_COLUMNS} FROM places WHERE key = ?", key)
        if not found:
            raise KeyError(key)
        key, name, kind, code, country, geonameid, population, lat, lon, approximate = found[0]
        place = Place(
            key, name, kind, code, country, geonameid, population, lat, lon, bool(approximate)
        )
        if self.kept is not None:
            self.kept[key] = place
        return place

    def __iter__(self) -> Iterator[str]:
        return iter([key for (key,) in self.rows.all("SELECT key FROM places")])

    def __len__(self) -> int:
        count: int = self.rows.all("SELECT count(*) FROM places")[0][0]
        return count


class _Names(Mapping[str, tuple[NameHit, ...]]):
    """Names -> their hits; with `kept`, the names looked up lately remembered, a name no
    place bears too (as no hits)."""

    def __init__(self, rows: _Rows, kept: int = 0) -> None:
        self.rows = rows
        self.kept = _Remembered(kept) if kept else None

    def __getitem__(self, name: str) -> tuple[NameHit, ...]:
        hits: tuple[NameHit, ...] | None = self.kept.get(name) if self.kept is not None else None
        if hits is None:
            found = self.rows.all(
                "SELECT hits.key, hits.upper_only FROM names"
                " JOIN hits ON hits.name = names.position WHERE names.name = ? ORDER BY hits.n",
                name,
            )
            hits = tuple(NameHit(key, bool(upper_only)) for key, upper_only in found)
            if self.kept is not None:
                self.kept[name] = hits
        if not hits:
            raise KeyError(name)
        return hits

    def __iter__(self) -> Iterator[str]:
        return iter([name for (name,) in self.rows.all("SELECT name FROM names ORDER BY position")])

    def __len__(self) -> int:
        count: int = self.rows.all("SELECT count(*) FROM names")[0][0]
        return count


class _Lists(Mapping[str, tuple[str, ...]]):
    """A table of (key, n, value) rows as key -> its values in order; with `kept`, the keys
    read lately remembered, a key with no rows too (as no values)."""

    def __init__(self, rows: _Rows, table: str, key: str, value: str, kept: int = 0) -> None:
        self.rows = rows
        self.select = f"SELECT {value} FROM {table} WHERE {key} = ? ORDER BY n"
        self.keys_sql = f"SELECT DISTINCT {key} FROM {table}"
        self.kept = _Remembered(kept) if kept else None

    def __getitem__(self, key: str) -> tuple[str, ...]:
        values: tuple[str, ...] | None = self.kept.get(key) if self.kept is not None else None
        if values is None:
            values = tuple(value for (value,) in self.rows.all(self.select, key))
            if self.kept is not None:
                self.kept[key] = values
        if not values:
            raise KeyError(key)
        return values

    def __iter__(self) -> Iterator[str]:
        return iter([key for (key,) in self.rows.all(self.keys_sql)])

    def __len__(self) -> int:
        return len(self.rows.all(self.keys_sql))


class _SpellingNames(Sequence[str]):
    """The folded name of each pattern, in pattern order, read off one UTF-8 blob of the
    distinct names (a list of 300,000 references to 130,000 strings would take 12 MB)."""

    def __init__(self, names: bytes, positions: array[int]) -> None:
        self.names = names
        self.positions = positions
        starts = array("I", [0])
        at = names.find(b"\n")
        while at >= 0:
            starts.append(at + 1)
            at = names.find(b"\n", at + 1)
        starts.append(len(names) + 1)
        self.starts = starts

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...
    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        position = self.positions[index]
        return self.names[self.starts[position] : self.starts[position + 1] - 1].decode()

    def __len__(self) -> int:
        return len(self.positions)


_ABSENT = object()


class _Remembered(dict[str, Any]):
    """A cache of at most two generations of `limit` entries: when the newer is full it
    becomes the older, and what is read from the older moves back to the newer. An entry
    read twice within `limit` new entries is the same object both times (tagging tells a
    text's mentions of one name apart by their facts' identity)."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit
        self.older: dict[str, Any] = {}

    def __missing__(self, key: str) -> Any:
        value = self.older.pop(key)
        self[key] = value
        return value

    def get(self, key: str, default: Any = None) -> Any:
        value = dict.get(self, key, _ABSENT)
        if value is _ABSENT:
            value = self.older.pop(key, _ABSENT)
            if value is _ABSENT:
                return default
            self[key] = value
        return value

    def __contains__(self, key: object) -> bool:
        return super().__contains__(key) or key in self.older

    def __setitem__(self, key: str, value: Any) -> None:
        if len(self) >= self.limit and not super().__contains__(key):
            self.older = dict(self)
            self.clear()
        super().__setitem__(key, value)


@dataclass
class IndexedGazetteer(Gazetteer):
    """A gazetteer read from its index: for answering place questions, or, opened with its
    spellings, for tagging text."""

    rows: _Rows = field(kw_only=True, repr=False)

    def first_level_areas(self, country: str) -> frozenset[str]:
        """Keys of the first-level areas of the country `country`, read by one query (not
        place by place)."""
        query = "SELECT key FROM places WHERE kind = 'admin1' AND country_code = ?"
        return frozenset(key for (key,) in self.rows.all(query, country))

    def names_of_kinds(self, country: str, kinds: frozenset[str]) -> dict[str, set[str]]:
        """Key -> folded names of each place of one of `kinds` in the country `country`, read
        by one query (not name by name)."""
        marks = ", ".join("?" * len(kinds))
        query = (
            "SELECT hits.key, names.name FROM places JOIN hits ON hits.key = places.key"
            " JOIN names ON names.position = hits.name"
            f" WHERE places.country_code = ? AND places.kind IN ({marks})"
        )
        found: dict[str, set[str]] = {}
        for key, name in self.rows.all(query, country, *sorted(kinds)):
            found.setdefault(key, set()).add(name.strip())
        return found

    @classmethod
    def open(cls, path: Path, *, tagging: bool = False) -> IndexedGazetteer:
        """The gazetteer of the index at `path`; with `tagging`, its spellings too."""
        rows = _Rows(path)
        facts = {what: json.loads(value) for what, value in rows.all("SELECT * FROM facts")}
        blobs: dict[str, bytes] = {}
        if tagging:
            blobs = dict(rows.all("SELECT what, value FROM blobs"))
        positions, lengths = array("I"), array("H")
        positions.frombytes(blobs.get("spelling_positions", b""))
        lengths.frombytes(blobs.get("spelling_lengths", b""))
        return cls(
            places=_Places(rows, PLACES_KEPT if tagging else 0),
            names=_Names(rows, NAMES_KEPT if tagging else 0),
            parents=_Lists(rows, "parents", "key", "parent", ANCESTORS_KEPT if tagging else 0),
            risky=frozenset(facts["risky"] if tagging else ()),
            small=frozenset(facts["small"]),
            focus=frozenset(facts["focus"]),
            lower_ok=frozenset(facts["lower_ok"] if tagging else ()),
            patterns=blobs.get("patterns", b""),
            spelling_names=_SpellingNames(blobs.get("spelling_names", b""), positions),
            spelling_lengths=lengths,
            acronyms=frozenset(facts["acronyms"] if tagging else ()),
            dotted=frozenset(facts["dotted"] if tagging else ()),
            demonyms=facts["demonyms"] if tagging else {},
            capital_of=facts["capital_of"],
            abbreviations=frozenset(facts["abbreviations"] if tagging else ()),
            shadowed=facts["shadowed"] if tagging else {},
            locatives=frozenset(facts["locatives"] if tagging else ()),
            romanized={k: tuple(v) for k, v in facts["romanized"].items()} if tagging else {},
            regions={k: tuple(v) for k, v in facts["regions"].items()},
            ancestor_cache=_Remembered(ANCESTORS_KEPT),
            enclosing_cache=_Remembered(ANCESTORS_KEPT),
            admin1_cache=_Remembered(ANCESTORS_KEPT),
            facts_cache=_Remembered(FACTS_KEPT),
            listed_cache=_Remembered(FACTS_KEPT),
            rows=rows,
        )

    @cached_property
    def automaton(self) -> PlaceAutomaton:
        """The automata over the spellings, when opened for tagging."""
        if not self.patterns:
            raise TypeError("a gazetteer opened for place questions cannot tag text")
        return compile_automaton(self.patterns)

    @cached_property
    def phonetic(self) -> Mapping[str, tuple[str, ...]]:
        """The sound-alike keys, read from the index."""
        return _Lists(self.rows, "sounds", "sound", "name")

    @cached_property
    def name_list(self) -> list[str]:
        """Every folded name in the gazetteer's order, read from the index at the first
        question no name answers exactly (about 17 MB, kept for the next ones)."""
        found = self.rows.all("SELECT name FROM names ORDER BY position")
        return [name.strip() for (name,) in found]
