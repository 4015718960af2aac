"""A country's economy named by its demonym: "the Turkish market", "the growing Peruvian
export market", "the Sudanese economy".

A demonym is no place to newsbot: "Turkish troops", "a Russian strike" are hints at most
(`hints`, config `demonyms`). But before a word for an economy (`ECONOMY_WORDS`: market,
economy, industry, sector, exports, imports, business), after "the" and with at most one
lower-case word between ("the Turkish feed industry"), the demonym stands for the country
itself, the market in it: GeoWebNews types it a toponym (Mixed), and a desk following the
country wants the article. Only there is the demonym read as its country. A continent's
adjective is not ("the Asian economy": GeoVirus does not count it, and a continent is too
wide to follow for it).

The demonyms are every country's (`nations`, from countryinfo); a demonym that several
countries share is the most populous one's ("Indian", "French", "Chinese").
"""

from __future__ import annotations

import re

from bot.records import PlaceMention
from bot.understand.places.cues import CueSpans
from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.nations import demonyms

ECONOMY_WORDS = (
    "market",
    "markets",
    "economy",
    "economies",
    "industry",
    "industries",
    "sector",
    "exports",
    "imports",
    "business",
)
"""Nouns for an economy: after a demonym and "the", the demonym is its country."""

_PLACE_AFTER = ("town", "towns", "square", "place", "hall", "stall", "stalls", "street", "minister")
"""Words that make the economy's noun a modifier: a market town or square is a town or a
square ("the Ukrainian market town of X"), an industry minister a person."""
CUES = {"economy": ["market", "econom", "industr", "sector", "exports", "imports", "business"]}
"""What `ECONOMY_WORDS` begin with, cue words (see `cues`) looked for before any regex runs;
the tagger finds them with the other modules' (`tagging.TEXT_CUES`)."""
_NOUN = re.compile(rf"(?:{'|'.join(ECONOMY_WORDS)})\b(?! (?:{'|'.join(_PLACE_AFTER)})\b)")
_BEFORE = re.compile(
    r"(?<![\w-])[Tt]he (?:[a-z]+ ){0,2}?(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:[a-z]+ )?$"
)
"""Before an economy's noun (`_NOUN`): "the", up to two lower-case words, a demonym, at most
one lower-case word ("the lucrative British market", "the Turkish livestock business")."""
_REACH = 80
"""How far before the noun `_BEFORE` looks."""


def with_economies(
    gaz: Gazetteer, text: str, named: list[PlaceMention], cues: CueSpans
) -> list[PlaceMention]:
    """`named` with the demonyms that name an economy ("the Turkish market") read as their
    country: a further mention of a place named already, or a new place, in the
    order of the text. `cues`: where the words of `CUES` are in `text`."""
    table = demonyms()
    found: list[tuple[int, int, str, str]] = []
    for at, _ in cues["economy"]:
        if text[at - 1 : at] != " " or not _capital_before(text, at - 1):
            continue  # a quick test: no capitalised word just before ("the stock market")
        if _NOUN.match(text, at) is None:
            continue
        before = _BEFORE.search(text, max(0, at - _REACH), at)
        if before is None:
            continue
        name, start = before.group("name"), before.start("name")
        if name in table:  # not "the Turkish Airlines business": the firm's
            found.append((start, start + len(name), name, f"cc:{table[name]}"))
    if not found:
        return named
    by_key = {m.place.key: m for m in named}
    added: dict[str, PlaceMention] = {}
    for start, end, name, key in found:
        mention = by_key.get(key) or added.get(key)
        if mention is not None:
            spans = tuple(sorted({*mention.spans, (start, end, name)}))
            first = spans[0]
            mention = PlaceMention(first[2], first[0], first[1], mention.place, spans)
        else:
            place = gaz.get(key)
            if place is None:
                continue
            mention = PlaceMention(name, start, end, place, ((start, end, name),))
        if key in by_key:
            by_key[key] = mention
        else:
            added[key] = mention
    return sorted([*by_key.values(), *added.values()], key=lambda m: m.start)


def _capital_before(text: str, space: int) -> bool:
    """Whether one of the two words before the space at `space` is capitalised, as a demonym
    before an economy's noun is ("the Turkish market", "the Turkish feed industry")."""
    for _ in range(2):
        start = text.rfind(" ", max(0, space - 40), space) + 1
        if text[start : start + 1].isupper():
            return True
        space = start - 1
        if space < 0:
            return False
    return False
