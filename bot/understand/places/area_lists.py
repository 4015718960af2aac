"""Oblasts named together before one plural "области" in Russian and Ukrainian
(`with_area_lists`).

"В Курской и Белгородской областях", "у Сумській та Харківській областях", "Брянской, Курской
и Орловской областей": the adjectives share one noun in the plural, so no oblast's name
stands whole in the text. Each adjective is put back in the nominative before "область"
("Курская область", "Сумська область") and looked up; an oblast found so is named there,
unless the list closes a regional office's name ("ГУ МВД по Курской и Белгородской
областям").
"""

from __future__ import annotations

import re

from bot.records import Place, PlaceMention
from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.words import OFFICE_CYRILLIC

_ADJECTIVE = r"[А-ЯІЇЄҐ][а-яіїєґ'’-]*?(?:ая|ой|ую|ою|ої|ій|а|у)"
_LIST = re.compile(
    rf"(?<![\w'’-])((?:{_ADJECTIVE}(?:, | и | та | і | й ))+{_ADJECTIVE}) "
    r"(?:област(?:ях|ей|ям|ями|и|і)|обл\.)(?![\w])"
)
"""Two or more oblast adjectives, joined by commas and "и"/"та"/"і"/"й", before the plural
noun ("области"/"області" is also the plural's nominative)."""
_JOINS = re.compile(r", | и | та | і | й ")
_ENDINGS = ("ая", "ой", "ую", "ою", "ої", "ій", "а", "у")
_AREA_KINDS = frozenset(["admin1", "region"])
_OFFICE_PREPOSITIONS = frozenset(["в", "во", "у", "по"])


def with_area_lists(gaz: Gazetteer, text: str, named: list[PlaceMention]) -> list[PlaceMention]:
    """`named` and the oblasts of lists sharing a plural "области" that it does not hold, in
    the order of the text."""
    if "обл" not in text:
        return named  # a quick test: English texts are spared
    keys = {m.place.key for m in named}
    added: list[PlaceMention] = []
    for match in _LIST.finditer(text):
        at = match.start(1)
        if _office_before(text, at):
            continue
        for word in _JOINS.split(match.group(1)):
            start = text.index(word, at)
            at = start + len(word)
            place = _oblast(gaz, word)
            if place is None or place.key in keys:
                continue
            keys.add(place.key)
            added.append(PlaceMention(word, start, at, place, ((start, at, word),)))
    if not added:
        return named
    return sorted([*named, *added], key=lambda m: m.start)


def _office_before(text: str, start: int) -> bool:
    """Whether "в", "у" or "по" and a regional office's word one or two words before it come
    just before `start` ("ГУ МВД по Курской и Белгородской областям"): the areas are part of
    the office's name, as `tagging` reads one area so."""
    words = text[max(0, start - 60) : start].split()[-3:]
    if not words or words[-1].lower() not in _OFFICE_PREPOSITIONS:
        return False
    return any(word.lower() in OFFICE_CYRILLIC for word in words[:-1])


def _oblast(gaz: Gazetteer, adjective: str) -> Place | None:
    """The oblast an adjective in any case names, if any."""
    ending = next(e for e in _ENDINGS if adjective.endswith(e))
    stem = adjective[: -len(ending)]
    for nominative in (f"{stem}ая", f"{stem}а"):
        found = [p for p in gaz.lookup(f"{nominative} область") if p.kind in _AREA_KINDS]
        if found:
            return found[0]
    return None
