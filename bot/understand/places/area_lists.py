"""Oblasts or raions named together before one plural "области" or "районов" in Russian and
Ukrainian (`with_area_lists`).

"В Курской и Белгородской областях", "у Сумській та Харківській областях", "Брянской, Курской
и Орловской областей", "Харківського, Чугуївського та Ізюмського районів": the adjectives
share one noun in the plural, so no area's name stands whole in the text. A sentence naming
an oblast with its noun may also name others by their adjective alone ("16 — над Белгородской
областью, 3 — над Брянской"). Adjectives listed before one plural noun that a city's
adjective names ("на Олександрівському та Гуляйпільському напрямках") are no towns. Each
adjective is put back in the nominative before "область" or "район" ("Курская область", "Сумська
область", "Чугуївський район") and looked up; an area found so is named there, unless the
list closes a regional office's name ("ГУ МВД по Курской и Белгородской областям"), and the
adjective is no other place ("Дніпропетровську", also Dnipro's old name in the accusative).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.records import Place, PlaceMention
from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.words import CYRILLIC_ADJECTIVE_NOUNS, OFFICE_AREA_WORDS, OFFICE_CYRILLIC

_JOINS = re.compile(r", | и | та | і | й ")
_AREA_KINDS = frozenset(["admin1", "region", "admin2", "district"])
_OFFICE_PREPOSITIONS = frozenset(["в", "во", "у", "по"])
_NOUN_LIST = re.compile(
    r"(?<![\w'’-])((?:[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]*?(?:ого|ому|ої|ій|им|ім|ом|ой|ую|ых|их)"
    r"(?:, | и | та | і | й ))+[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]*?(?:ого|ому|ої|ій|им|ім|ом|ой|ую|ых|их))"
    rf" (?:{'|'.join(CYRILLIC_ADJECTIVE_NOUNS)})"
)
"""Adjectives in an oblique case sharing one noun of `CYRILLIC_ADJECTIVE_NOUNS`."""
_SENTENCE = re.compile(r"[^.!?\n]+")
_OBLAST_NOUN = re.compile(r" (?:област|обл\.)")
_ELIDED = re.compile(
    r"(?<![\w'’-])([А-ЯІЇЄҐ][а-яіїєґ'’-]*?(?:ской|скою|скую|ською|ської|ській|цкой|цкою|цької|цькій|цькою))"
    r"(?= ?[,;:.!?—–)]| (?:и|та|і|й) |$)",
    re.MULTILINE,
)
"""An oblast's adjective in an oblique case with no noun after it: a punctuation mark, a
conjunction or the line's end follows."""


@dataclass(frozen=True)
class _Kind:
    """A kind of area listed: its adjectives' case endings, the nominative endings they are
    put back in, its noun in the nominative and the list's regex."""

    endings: tuple[str, ...]
    nominatives: tuple[str, ...]
    noun: str
    pattern: re.Pattern[str]
    city_districts: bool
    """Whether a city's name after the list makes them its districts ("в Днепровском и
    Шевченковском районах Запорожья"), not raions."""


def _kind(endings: tuple[str, ...], nominatives: tuple[str, ...], noun: str, plural: str) -> _Kind:
    adjective = rf"[А-ЯІЇЄҐ][а-яіїєґ'’-]*?(?:{'|'.join(endings)})"
    pattern = re.compile(
        rf"(?<![\w'’-])((?:{adjective}(?:, | и | та | і | й ))+{adjective}) {plural}(?![\w])"
    )
    return _Kind(endings, nominatives, noun, pattern, noun == "район")


_KINDS = (
    _kind(
        ("ая", "ой", "ую", "ою", "ої", "ій", "а", "у"),
        ("ая", "а"),
        "область",
        r"(?:област(?:ях|ей|ям|ями|и|і)|обл\.)",
    ),
    _kind(
        ("ого", "ому", "ым", "им", "ім", "ом"),
        ("ий", "ый", "ій"),
        "район",
        r"(?:район(?:ів|ов|ах|ам|ами|и|ы))",
    ),
)
"""Oblasts ("области"/"області" is also the plural's nominative) and raions."""


def with_area_lists(gaz: Gazetteer, text: str, named: list[PlaceMention]) -> list[PlaceMention]:
    """`named` and the oblasts of lists sharing a plural "области" that it does not hold, and
    those named with the noun left out (`_elided`), in the order of the text; without the
    towns read in adjectives sharing a noun a city's adjective names (`_adjectives_of_nouns`)."""
    if text.isascii() or (
        "обл" not in text
        and "район" not in text
        and not any(noun in text for noun in CYRILLIC_ADJECTIVE_NOUNS)
    ):
        return named  # a quick test: English texts are spared
    keys = {m.place.key for m in named}
    added: list[PlaceMention] = []
    listed: set[tuple[int, int]] = set()
    also: dict[str, list[tuple[int, int, str]]] = {}
    """The list's mentions of areas `named` already names."""
    for kind in _KINDS:
        for match in kind.pattern.finditer(text):
            at = match.start(1)
            if _office_before(text, at) or (kind.city_districts and _city_after(text, match.end())):
                continue
            for word in _JOINS.split(match.group(1)):
                start = text.index(word, at)
                at = start + len(word)
                place = _area(gaz, kind, word)
                if place is None:
                    continue
                listed.add((start, at))
                if place.key in keys:
                    also.setdefault(place.key, []).append((start, at, word))
                    continue
                keys.add(place.key)
                added.append(PlaceMention(word, start, at, place, ((start, at, word),)))
    listed |= _adjectives_of_nouns(text)
    spans = [span for m in [*named, *added] for span in m.spans]
    for start, end, word, place in _elided(gaz, text, [*named, *added]):
        if any(s < end and start < e for s, e, _ in spans):
            continue
        listed.add((start, end))
        if place.key not in keys:
            keys.add(place.key)
            added.append(PlaceMention(word, start, end, place, ((start, end, word),)))
    if not listed:
        return named
    kept = [m for m in (_without_spans(m, listed) for m in named) if m is not None]
    kept = [_with_spans(m, also[m.place.key]) if m.place.key in also else m for m in kept]
    return sorted([*kept, *added], key=lambda m: m.start)


def _with_spans(mention: PlaceMention, more: list[tuple[int, int, str]]) -> PlaceMention:
    """`mention` with those of the spans `more` that overlap none of its own."""
    own = mention.spans
    return mention.with_spans(m for m in more if not any(s < m[1] and m[0] < e for s, e, _ in own))


def _adjectives_of_nouns(text: str) -> set[tuple[int, int]]:
    """The spans of adjectives listed before one plural noun that a city's adjective names
    ("на Олександрівському та Гуляйпільському напрямках", "Київського та Харківського
    університетів"): adjectives, no towns named like them."""
    spans = set()
    for match in _NOUN_LIST.finditer(text):
        at = match.start(1)
        for word in _JOINS.split(match.group(1)):
            start = text.index(word, at)
            at = start + len(word)
            spans.add((start, at))
    return spans


def _elided(
    gaz: Gazetteer, text: str, named: list[PlaceMention]
) -> list[tuple[int, int, str, Place]]:
    """Oblasts named by their adjective alone in a sentence that names an oblast with its
    noun, the noun left out as a list of counts leaves it ("16 — над Белгородской областью,
    3 — над Брянской и по одному — над Курской"): each adjective in an oblique case that no
    lower-case word follows (a conjunction aside), with its start, end, word and oblast."""
    found = []
    for sentence in _SENTENCE.finditer(text):
        start, end = sentence.span()
        if not any(
            m.place.kind == "admin1" and _OBLAST_NOUN.search(written) and start <= s < end
            for m in named
            for s, _, written in m.spans
        ):
            continue
        for match in _ELIDED.finditer(text, start, end):
            place = _area(gaz, _KINDS[0], match.group(1))
            if place is not None and place.kind == "admin1":
                found.append((match.start(1), match.end(1), match.group(1), place))
    return found


def _without_spans(mention: PlaceMention, listed: set[tuple[int, int]]) -> PlaceMention | None:
    """`mention` without its spans that are a list's oblast adjectives, read otherwise
    ("Дніпропетровську та Запорізьку області": not Dnipro's accusative); None if none is
    left."""
    if mention.place.kind in _AREA_KINDS:
        return mention
    return mention.keeping(tuple(s for s in mention.spans if (s[0], s[1]) not in listed))


def _city_after(text: str, end: int) -> bool:
    """Whether a capitalised word (a city's name in the genitive) follows `end`, not one of
    an area's name ("Харківського та Чугуївського районів Харківської області")."""
    if text[end : end + 1] != " " or not text[end + 1 : end + 2].isupper():
        return False
    words = text[end + 1 : end + 60].split(maxsplit=2)
    return len(words) < 2 or not words[1].lower().startswith(OFFICE_AREA_WORDS)


def _office_before(text: str, start: int) -> bool:
    """Whether "в", "у" or "по" and a regional office's word one or two words before it come
    just before `start` ("ГУ МВД по Курской и Белгородской областям"): the areas are part of
    the office's name, as `tagging` reads one area so."""
    words = text[max(0, start - 60) : start].split()[-3:]
    if not words or words[-1].lower() not in _OFFICE_PREPOSITIONS:
        return False
    return any(word.lower() in OFFICE_CYRILLIC for word in words[:-1])


def _area(gaz: Gazetteer, kind: _Kind, adjective: str) -> Place | None:
    """The area of `kind` an adjective in any case names, if any."""
    ending = next(e for e in kind.endings if adjective.endswith(e))
    stem = adjective[: -len(ending)]
    for nominative in kind.nominatives:
        found = [p for p in gaz.lookup(f"{stem}{nominative} {kind.noun}") if p.kind in _AREA_KINDS]
        if found:
            return found[0]
    return None
