"""A raion's or a hromada's further mentions in other case forms (issue 18).

A Russian or Ukrainian report names a raion or a hromada by its adjective, then names it
again in another case: "в Беловском районе ... Беловского района", "Выгоничский и Брасовский
районы ... в Брасовском районе", a hromada list "громад: Білопільської, Великописарівської"
and then "У Великописарівській був обстріл", the noun left out. Where the tagger found the
unit once, each further form of its adjective (the same stem, an adjective's ending) is that
unit again: followed by the unit's noun in any case, or, for a hromada (feminine, unlike the
raion and the oblast named by the same stem with their own nouns), by no noun at all — a
punctuation mark or a lower-case word that is no noun of an area, an office or a front's
direction ("Сумської області", "Сумської ОВА" stay what they are). Forms that overlap a
place found already are left to it. Only spans are added: no new place is found here.
"""

from __future__ import annotations

import re

from bot.records import PlaceMention
from bot.understand.places.words import (
    CYRILLIC_ADJECTIVE_NOUNS,
    CYRILLIC_AREA_AFTER,
    CYRILLIC_OFFICE_AFTER,
)

_UNIT_KINDS = frozenset(["district", "admin2"])
_ADJECTIVE = re.compile(
    r"(?P<stem>[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+?(?:ськ|цьк|ск|цк))(?P<ending>[а-яёіїєґ]{1,3})"
    r"(?: (?P<noun>район|р-н|громад|ТГ)[а-яёіїєґ]*)?"
)
"""A unit's name as the tagger found it: its adjective, with its noun or not."""
_RAION_ENDINGS = "ий|ый|ій|ого|ому|им|ым|ім|ом"
_HROMADA_ENDINGS = "а|ая|ої|ой|ій|у|ую|ою"
_RAION_NOUN = r"(?:район|р-н)[а-яёіїєґ]*"
_HROMADA_NOUN = r"громад[а-яёіїєґ]*"
_NOT_AFTER_BARE = (*CYRILLIC_AREA_AFTER, *CYRILLIC_OFFICE_AFTER, *CYRILLIC_ADJECTIVE_NOUNS)
"""Nouns an adjective left bare may not stand before: another thing its stem names."""


def with_unit_case_forms(text: str, named: list[PlaceMention]) -> list[PlaceMention]:
    """`named` with each raion's or hromada's further mentions in other case forms among its
    spans (see the module docstring)."""
    if "район" not in text and "р-н" not in text and "громад" not in text:
        return named  # a quick test: most texts name no unit
    taken = [(start, end) for m in named for start, end, _ in m.spans]
    result = []
    for mention in named:
        more = _further_forms(text, mention, taken) if mention.place.kind in _UNIT_KINDS else []
        taken.extend((start, end) for start, end, _ in more)
        result.append(mention.with_spans(more) if more else mention)
    return result


def _further_forms(
    text: str, mention: PlaceMention, taken: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """The spans of `text` naming `mention`'s unit in other case forms, overlapping none of
    `taken`."""
    hromada = mention.place.key.endswith("-hromada")
    raion = mention.place.key.endswith("-raion") or mention.place.kind == "admin2"
    if hromada == raion:
        return []  # an okrug, a city's district or a unit whose kind its key does not tell
    stems = {
        match["stem"]
        for _, _, written in mention.spans
        if (match := _ADJECTIVE.fullmatch(written)) is not None
    }
    endings, noun = (_HROMADA_ENDINGS, _HROMADA_NOUN) if hromada else (_RAION_ENDINGS, _RAION_NOUN)
    found = []
    for stem in stems:
        pattern = rf"(?<![\w'’-]){re.escape(stem)}(?:{endings})(?P<noun> {noun})?(?![\w'’-])"
        for match in re.finditer(pattern, text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            if match["noun"] is None and not (hromada and _bare_adjective_alone(text, end)):
                continue
            found.append((start, end, match.group()))
    return found


def _bare_adjective_alone(text: str, end: int) -> bool:
    """Whether the adjective ending at `end` stands with no noun after it: a punctuation mark
    or the text's end follows, or a lower-case word that is no noun of an area, an office or
    a front's direction."""
    after = text[end : end + 1]
    if after in ("", ",", ".", ";", ":", "!", "?", ")", "\n"):
        return True
    word = text[end + 1 : end + 20]
    return after == " " and word[:1].islower() and not word.startswith(_NOT_AFTER_BARE)
