"""Unlisted villages keyed by their name's nominative where its case form says it
(`with_village_forms`): "на Новодарівку" and "у Новодарівці" of one text are one village,
Новодарівка, not two.

The passes that add villages the gazetteer does not list (`villages`, `settlement_lists`)
key each by its name as written, and a case form alone often does not tell its nominative:
"Новодарівці" is a "-ка" village's locative or a plural village's nominative ("Петрівці"),
"Щербаки" a plural's nominative or a "-ка"'s genitive, and such keys stay as written. A form
that only a "-ка" name takes ("-ку", "-кою") is keyed by that name; two forms of one stem in
one text are one village, keyed by the one that ends as a nominative ("-ка", "-е", "-ське",
"-ів"), else by the "-ка" name where a form says it, else by the first. The place keeps the
name as first written.

One name is one place in a text (`_one_place_a_name`): an unlisted village's case form that
is a town's of the same first-level area the text names joins that town ("Приморського" and
"Приморське"), and a town of another area read in a name written exactly as an unlisted
village's joins the village (a list's "Рівнопілля" read once more as Crimea's).
"""

from __future__ import annotations

import dataclasses

from bot.records import PlaceMention
from bot.understand.places.facts import UNLISTED
from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.normalize import name_key

_VILLAGE_KINDS = frozenset(["village"])
_TOWN_KINDS = frozenset(["city", "town", "village"])
_KA_FORMS = ("кою", "ку")
"""Endings (folded) that only a "-ка" name's case forms have: its accusative and
instrumental."""
_CASE_ENDINGS: tuple[tuple[str, str], ...] = (
    ("кою", "к"), ("ці", "к"), ("ку", "к"), ("ки", "к"), ("ке", "к"), ("ка", "к"),
    ("ого", ""), ("ому", ""), ("ом", ""), ("им", ""), ("ім", ""), ("ым", ""), ("ое", ""),
    ("е", ""), ("ові", "ов"), ("ова", "ов"), ("ову", "ов"), ("ів", "ов"), ("ов", "ов"),
    ("ську", "ськ"), ("ська", "ськ"), ("ськ", "ськ"),
)  # fmt: skip
"""A case ending of a village's name (folded) and what its stem keeps of it: "-ка" names
("Новодарівка", "-ці", "-ку", "-кою"), neuter adjectives ("Чарівне", "-ого", "-ому"),
possessives ("Іванів", "-ова", "-ову") and "-ськ" towns."""
_NOMINATIVE_ENDINGS = ("ка", "е", "ськ", "ів", "ов")
"""Endings of a village's name in the nominative."""


def with_village_forms(gaz: Gazetteer, named: list[PlaceMention]) -> list[PlaceMention]:
    """`named` with each unlisted village keyed by its nominative where its forms say it,
    and the mentions of one village in several forms joined (see the module docstring), in
    the order of first mentions."""
    named = _one_place_a_name(gaz, named)
    groups: dict[tuple[str, str], list[PlaceMention]] = {}
    for mention in named:
        if mention.place.kind in _VILLAGE_KINDS and mention.place.key.startswith(UNLISTED):
            parent = mention.place.key.rpartition("/")[0]
            stem = _stem(_folded(mention.place.name))
            if stem is not None:
                groups.setdefault((parent, stem), []).append(mention)
    changed: dict[int, PlaceMention | None] = {}
    for (parent, stem), forms in groups.items():
        names = [_folded(m.place.name) for m in forms]
        nominative = next((n for n in names if n.endswith(_NOMINATIVE_ENDINGS)), None)
        if nominative is None and any(n.endswith(_KA_FORMS) for n in names):
            nominative = f"{stem}а"
        if nominative is None and len(forms) < 2:
            continue
        key = f"{parent}/{(nominative or names[0]).replace(' ', '-')}"
        spans = tuple(sorted(span for m in forms for span in m.spans))
        start, end, written = spans[0]
        place = dataclasses.replace(forms[0].place, key=key)
        for mention in forms:
            changed[id(mention)] = None
        changed[id(forms[0])] = PlaceMention(written, start, end, place, spans)
    if not changed:
        return named
    kept = (changed.get(id(m), m) for m in named)
    return sorted((m for m in kept if m is not None), key=lambda m: m.start)


def _one_place_a_name(gaz: Gazetteer, named: list[PlaceMention]) -> list[PlaceMention]:
    """`named` with each name a text writes for one village read as that one place: an
    unlisted village's case form that is a town's of its first-level area the text names
    ("Приморського" beside "Приморське", Prymorske) joins that town, and a town of another
    first-level area read in a name written as an unlisted village is ("Рівнопілля" of a
    Zaporizhzhia list read once more as Crimea's) joins the village."""
    unlisted = [
        m for m in named if m.place.kind in _VILLAGE_KINDS and m.place.key.startswith(UNLISTED)
    ]
    if not unlisted:
        return named
    listed = [
        m for m in named if m.place.kind in _TOWN_KINDS and not m.place.key.startswith(UNLISTED)
    ]
    joined: dict[int, list[tuple[int, int, str]]] = {}
    dropped: set[int] = set()
    for village in unlisted:
        areas = set(gaz.admin1_keys(village.place.key))
        names = {_folded(w) for _, _, w in village.spans}
        stems = {_stem(n) for n in names} - {None}
        for town in listed:
            if id(town) in dropped:
                continue
            own = set(gaz.admin1_keys(town.place.key))
            forms = {_folded(w) for _, _, w in town.spans}
            if own & areas and stems & {_stem(w) for w in forms}:
                more = [*village.spans, *joined.pop(id(village), [])]
                joined.setdefault(id(town), []).extend(more)
                dropped.add(id(village))
                break
            if not own & areas and forms <= names:
                joined.setdefault(id(village), []).extend(town.spans)
                dropped.add(id(town))
    if not dropped:
        return named
    kept = []
    for mention in named:
        if id(mention) in dropped:
            continue
        extra = joined.get(id(mention))
        if extra:
            spans = tuple(sorted({*mention.spans, *extra}))
            start, end, written = spans[0]
            mention = PlaceMention(written, start, end, mention.place, spans)
        kept.append(mention)
    return sorted(kept, key=lambda m: m.start)


def _folded(name: str) -> str:
    return name_key(name).strip()


def _stem(folded: str) -> str | None:
    """The stem of a village's folded one-word name, by its case ending, if it has one."""
    if " " in folded:
        return None
    for ending, kept in _CASE_ENDINGS:
        if folded.endswith(ending) and len(folded) - len(ending) >= 3:
            return folded[: -len(ending)] + kept
    return None
