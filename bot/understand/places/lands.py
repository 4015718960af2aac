"""A Ukrainian town named like the land around it, after "на", is the land: "на Запоріжжі"
is Zaporizhzhia Oblast, "у Запоріжжі" the city (`land_of`).

Ukrainian puts a town's name after "у"/"в" and a land's after "на" ("на Харківщині", "на
Поділлі"). A land's name in "-жжя", "-лля", "-сся", "-ття" (a doubled consonant and "-я",
"-і" in the locative) names a city too where the city took the land's name; after "на" in
the locative it is the land, the first-level area the city lies in. The accusative after
"на" ("наступ на Запоріжжя") is a direction towards the city and stays the city.
"""

from __future__ import annotations

import re

from bot.records import Place
from bot.understand.places.gazetteer import Gazetteer

_LAND_LOCATIVE = re.compile(r"[А-ЯІЇЄҐ][а-яіїєґ'’]*([бвгґджзклмнпрстфхцчшщ])\1і")
"""A noun in "-жжя", "-лля", ... in the Ukrainian locative ("Запоріжжі")."""
_ON = re.compile(r"(?<![\w'’-])[Нн]а $")


def land_of(gaz: Gazetteer, text: str, start: int, written: str, place: Place) -> Place | None:
    """The first-level area a Ukrainian city named `written` at `start` stands for, written as
    a land after "на" (see the module docstring), else None."""
    if (
        place.kind != "city"
        or place.country_code != "UA"
        or not _LAND_LOCATIVE.fullmatch(written)
        or not _ON.search(text, max(0, start - 3), start)
    ):
        return None
    areas = gaz.admin1_keys(place.key)
    return gaz.places[areas[0]] if areas else None
