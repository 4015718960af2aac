"""The town a Russian or Ukrainian raion, okrug or hromada is named after, found from its
adjective's stem ("шебекинск" -> Шебекино, "степногірськ" -> Степногірськ, "краснопільськ"
-> Краснопілля, "марганецьк" -> Марганець, "пологівськ" -> Пологи; `centre_town`), or,
for a Russian unit, from the small towns' list ("климовск" -> Klimovo).

A unit's adjective is made from its centre's name, and the ways back are few: the stem
itself, the stem without its "-ськ"/"-ск" and a town name's ending in its place. Each way is
looked up; a town found so is the centre only where it is the one such town lying in a
first-level area the text names otherwise (the commonest stems name towns in many oblasts);
where several are, the unit lies in their area if it is the one such area the text names
(`centre_area`).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from bot.records import Place
from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.normalize import name_key
from bot.understand.places.scripts import CYRILLIC_IN_LATIN
from bot.understand.places.towns import load_towns, town_place

_COUNTRIES = frozenset(["UA", "RU"])
_TOWN_KINDS = frozenset(["city", "town"])
_SUFFIX = re.compile(r"(?:ськ|цьк|зьк|ск|цк)$")
"""An adjective stem's suffix made from a town's name ("шебекин-ск", "сум-ськ")."""
_ENDINGS = ("", "ь", "ка", "ки", "и", "е", "о", "а")
"""What a town's name may end in after the stem without its suffix: Глухів, Хотінь,
Гродівка, Валуйки, Суми, Шалигине, Шебекино."""


_SHORT_I = re.compile("(?<=[аеёоуыэюя])и")
"""A folded "й" ("граиворон" of Грайворон), read "y" in Latin letters (GeoNames' Grayvoron)."""
_COMPOUND_HEADS = {
    "велико": ("велика", "великии", "велике", "великая", "великое"),
    "мало": ("мала", "малии", "мале", "малая", "малыи", "малое"),
    "больше": ("большая", "большои", "большое"),
    "красно": ("красная", "красныи", "красное", "красна", "красне"),
    "старо": ("стара", "старии", "старе", "старая", "старыи", "старое"),
    "верхньо": ("верхня", "верхніи", "верхнє"),
    "нижньо": ("нижня", "нижніи", "нижнє"),
    "верхне": ("верхняя", "верхнии", "верхнее"),
    "нижне": ("нижняя", "нижнии", "нижнее"),
}
"""The first part of a unit's adjective made from a two-word town name whose first word is
one of these adjectives (folded), and that word's forms: "великописарівськ" -> "Велика
Писарівка", "великобурлуцьк" -> "Великий Бурлук", "малобілозерськ" -> "Мала Білозерка",
"краснояружск" -> "Красная Яруга"."""


_CLOSED_VOWEL = re.compile("[оеи](?=[бвгджзклмнпрстфхцчшщ]$)")
"""The vowel of a stem's last syllable, an "і" in the town's name where that syllable closes
it (Хотинська -> Хотінь)."""
_RAVINE = re.compile("о(?:яр)(?:ськ|ск)$")
"""How a unit's adjective made from a town called "X Яр" ends ("часовоярськ" of Часів Яр)."""


def centre_names(stem: str) -> list[str]:
    """The folded names a town whose unit's adjective has the folded `stem` may go by."""
    names = _one_word_names(stem)
    first, space, second = stem.partition(" ")  # a hyphen folded
    if space and first.endswith("о"):  # Середино-Будська -> Середина-Буда
        names += [f"{first[:-1]}а {name}" for name in _one_word_names(second)]
    ravine = _RAVINE.search(stem)
    if ravine is not None:  # Часовоярська -> Часів Яр, Сухоярська -> Сухий Яр
        first = stem[: ravine.start()]
        alternated = re.sub("о(?=[бвгджзклмнпрстфхцчшщ]$)", "і", first)
        names += [f"{word} яр" for word in (first, alternated, f"{first}ии", f"{first}ыи")]
    head = next((h for h in _COMPOUND_HEADS if stem.startswith(h)), None)
    if head is not None and len(stem) > len(head) + 3:
        rest = _one_word_names(stem[len(head) :])
        names += [f"{word} {name}" for word in _COMPOUND_HEADS[head] for name in rest]
    return names


def _one_word_names(stem: str) -> list[str]:
    """`centre_names` of a one-word town."""
    names = [stem, f"{stem}ии"]  # Куп'янськ; Новгород-Сіверський, itself an adjective
    match = _SUFFIX.search(stem)
    if match is None:
        return names
    base = stem[: match.start()]
    names += [f"{base}{ending}" for ending in _ENDINGS]
    if match.group().startswith("ц"):
        names += [f"{base}ць", f"{base}ц"]  # Марганецька -> Марганець, Марганецкий -> Марганец
        names.append(f"{base}к")  # Великобурлуцька -> Великий Бурлук
    if base.endswith("ль"):
        names.append(f"{base[:-1]}ля")  # Краснопільська -> Краснопілля
    if base.endswith(("ів", "ов")):  # Пологівський -> Пологи, Зайцівська -> Зайцеве, Межова,
        # Великоновосілківський -> Велика Новосілка (a "-ка" town's adjective keeps its "к")
        names += [f"{base[:-2]}{ending}" for ending in ("и", "ове", "еве", "ова", "а")]
    if base.endswith("н"):
        names.append(base[:-1])  # Суджанский -> Суджа
    if base.endswith(("кин", "ян")):  # Шосткинська -> Шостка, Ворожбянська -> Ворожба
        names.append(f"{base[:-2]}а")
    closed = _CLOSED_VOWEL.sub("і", base)
    if closed != base:  # the Ukrainian "і" of a closed last syllable: Хотинська -> Хотінь
        names += [closed, f"{closed}ь"]
    if base.endswith("ж"):
        names += [f"{base[:-1]}га", f"{base[:-1]}г"]  # Краснояружский -> Красная Яруга
    return names


def centre_town(gaz: Gazetteer, stem: str, areas: set[str]) -> Place | None:
    """The one town of Russia or Ukraine named as the adjective's folded `stem` makes
    (`centre_names`) that lies in one of the first-level `areas` the text names, if one; where
    the gazetteer has none, the one of the small towns' list (`_small_centres`)."""
    names = centre_names(stem)
    towns = {
        place.key: place
        for name in names
        for place in gaz.lookup(name)
        if place.kind in _TOWN_KINDS
        and place.country_code in _COUNTRIES
        and areas & set(gaz.admin1_keys(place.key))
    }
    if not towns:
        towns = _small_centres(gaz, names, areas)
    return next(iter(towns.values())) if len(towns) == 1 else None


def centre_area(gaz: Gazetteer, stem: str, areas: set[str], main: str | None) -> Place | None:
    """The one first-level area among `areas` holding towns named as the adjective's folded
    `stem` makes, an adjective's own neuter among them (Покровська громада -> Покровське,
    Зноб-Новгородська -> Зноб-Новгородське), if one, else `main` (the area most of the
    text's places lie in) if it holds such towns: a unit whose centre's name several towns
    bear lies there."""
    held = {
        key
        for name in [*centre_names(stem), f"{stem}е"]
        for place in gaz.lookup(name)
        if place.kind in _TOWN_KINDS and place.country_code in _COUNTRIES
        for key in gaz.admin1_keys(place.key)
        if key in areas
    }
    if len(held) == 1:
        return gaz.places[held.pop()]
    return gaz.places[main] if main in held else None


def centre_areas(gaz: Gazetteer, stem: str) -> set[str]:
    """Keys of the first-level areas of Russia and Ukraine holding a town named as the
    adjective's folded `stem` makes (`centre_names`), the gazetteer's or, in Russia, the
    small towns' list's, wherever it lies."""
    names = centre_names(stem)
    towns = [
        place
        for name in names
        for place in gaz.lookup(name)
        if place.kind in _TOWN_KINDS and place.country_code in _COUNTRIES
    ]
    towns += _small_centres(gaz, names, gaz.first_level_areas("RU")).values()
    return {key for place in towns for key in gaz.admin1_keys(place.key)[:1]}


def own_centre(gaz: Gazetteer, name: str) -> Place | None:
    """The largest town of Russia or Ukraine called `name` (as written, in the nominative),
    the gazetteer's or the small towns' list's (for Russia): where a text names a town right
    before the unit named after it ("Климово Климовского района"), that town is the unit's
    centre, and a unit's centre is its area's largest town of that name, not a hamlet named
    like it elsewhere (Crimea's Klimovo)."""
    towns = [
        place
        for place in gaz.lookup(name)
        if place.kind in _TOWN_KINDS and place.country_code in _COUNTRIES
    ]
    towns += _small_centres(gaz, [name_key(name).strip()], gaz.first_level_areas("RU")).values()
    return max(towns, key=lambda place: place.population, default=None)


def small_town(gaz: Gazetteer, name: str, areas: set[str]) -> Place | None:
    """The one town of the small towns' list called `name` (as written, in Cyrillic) in the
    Russian first-level `areas`, if one (see `_small_centres`)."""
    towns = _small_centres(gaz, [name_key(name).strip()], areas)
    return next(iter(towns.values())) if len(towns) == 1 else None


def _small_centres(gaz: Gazetteer, names: list[str], areas: Collection[str]) -> dict[str, Place]:
    """The towns of the small towns' list (`towns`, which holds Russia's in GeoNames' Latin
    spelling) in the Russian first-level `areas` and called as one of `names` reads in Latin
    letters: the centre of a raion the gazetteer lists neither ("Климовский район" of Klimovo,
    "Грайворонский" of Grayvoron), by key."""
    listed = load_towns()
    found: dict[str, Place] = {}
    for key in sorted(areas):
        area = gaz.get(key)
        if listed is None or area is None or area.country_code != "RU":
            continue
        for name in names:
            latin = _SHORT_I.sub("й", name).translate(CYRILLIC_IN_LATIN)
            town = listed.find(name_key(latin), area)
            if town is not None:
                place = town_place(town, area)
                found[place.key] = place
    return found
