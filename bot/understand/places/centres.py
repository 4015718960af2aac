"""The town a Russian or Ukrainian raion, okrug or hromada is named after, found from its
adjective's stem ("шебекинск" -> Шебекино, "степногірськ" -> Степногірськ, "краснопільськ"
-> Краснопілля, "марганецьк" -> Марганець, "пологівськ" -> Пологи; `centre_town`).

A unit's adjective is made from its centre's name, and the ways back are few: the stem
itself, the stem without its "-ськ"/"-ск" and a town name's ending in its place. Each way is
looked up; a town found so is the centre only where it is the one such town lying in a
first-level area the text names otherwise (the commonest stems name towns in many oblasts).
"""

from __future__ import annotations

import re

from bot.records import Place
from bot.understand.places.gazetteer import Gazetteer

_COUNTRIES = frozenset(["UA", "RU"])
_TOWN_KINDS = frozenset(["city", "town"])
_SUFFIX = re.compile(r"(?:ськ|цьк|зьк|ск|цк)$")
"""An adjective stem's suffix made from a town's name ("шебекин-ск", "сум-ськ")."""
_ENDINGS = ("", "ь", "ка", "ки", "и", "е", "о", "а")
"""What a town's name may end in after the stem without its suffix: Глухів, Хотінь,
Гродівка, Валуйки, Суми, Шалигине, Шебекино."""


def centre_names(stem: str) -> list[str]:
    """The folded names a town whose unit's adjective has the folded `stem` may go by."""
    names = [stem, f"{stem}ии"]  # Куп'янськ; Новгород-Сіверський, itself an adjective
    match = _SUFFIX.search(stem)
    if match is None:
        return names
    base = stem[: match.start()]
    names += [f"{base}{ending}" for ending in _ENDINGS]
    if match.group().startswith("ц"):
        names += [f"{base}ць", f"{base}ц"]  # Марганецька -> Марганець, Марганецкий -> Марганец
    if base.endswith("ль"):
        names.append(f"{base[:-1]}ля")  # Краснопільська -> Краснопілля
    if base.endswith(("ів", "ов")):  # Пологівський -> Пологи, Зайцівська -> Зайцеве
        names += [f"{base[:-2]}{ending}" for ending in ("и", "ове", "еве")]
    if base.endswith("н"):
        names.append(f"{base[:-1]}а")  # Суджанский -> Суджа
    return names


def centre_town(gaz: Gazetteer, stem: str, areas: set[str]) -> Place | None:
    """The one town of Russia or Ukraine named as the adjective's folded `stem` makes
    (`centre_names`) that lies in one of the first-level `areas` the text names, if one."""
    towns = {
        place.key: place
        for name in centre_names(stem)
        for place in gaz.lookup(name)
        if place.kind in _TOWN_KINDS
        and place.country_code in _COUNTRIES
        and areas & set(gaz.admin1_keys(place.key))
    }
    return next(iter(towns.values())) if len(towns) == 1 else None
