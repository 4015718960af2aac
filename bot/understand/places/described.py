"""Places the gazetteer does not list that the text describes by a kind word and a listed
place: "Mabvuku, a suburb east of Harare", "Lujhu is a rural township in northwestern
Taoyuan", "Kafr Sous, a village 10 km from Idlib". The name, a comma or "is"/"was", an
article, up to three words ("small", "rural", "mostly Christian"), a word for a village, a
town or a district, then where it lies: a preposition or a bearing ("in", "near", "outside",
"east of", "20 km from") right before a place the tagger read. That place holds it.

Also the camps a text on refugees or the displaced names by a capitalised name and "camp"
("Somali refugees in the Dadaab camps", "the displaced fled Doro camp in Upper Nile"): a
camp, in the place the text puts it in. Only in a sentence that speaks of refugees or the
displaced, as a name before "camp" elsewhere is often a side's ("the Smith camp said").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.records import Place, PlaceMention
from bot.understand.places.persons import speaks
from bot.understand.stopwords import stop_words

_KINDS = {
    "village": "village",
    "hamlet": "village",
    "settlement": "village",
    "town": "town",
    "city": "town",
    "municipality": "town",
    "suburb": "neighbourhood",
    "neighbourhood": "neighbourhood",
    "neighborhood": "neighbourhood",
    "township": "district",
    "district": "district",
}
"""A kind word of the description and the kind of place it makes."""
_PART_OF = frozenset(["suburb", "neighbourhood", "neighborhood", "township", "district"])
"""Kind words a bare "of" joins to the place holding them ("Mabvuku, a suburb of Harare");
"a town of" is followed by what it is ("a town of farmers")."""
_WORD = r"[A-Z][\w'’]*(?:-[\w'’]+)*"
_DESCRIBED = re.compile(
    rf"(?<![\w'’-])(?P<name>{_WORD}(?: (?:(?:al|el|ad|ash|as|az)-)?{_WORD}){{0,2}})"
    r"(?:,| is| was) (?:a|an|the) "
    r"(?:[\w'’-]+,? ){0,3}?"
    rf"(?P<kind>{'|'.join(_KINDS)})"
    r"(?:,? (?:located|situated|lying|just|about|some|around|roughly"
    r"|\d+ ?(?:km|kilometres|kilometers|miles)(?: \([^)]{1,20}\))?))*"
    r" (?P<link>in|near|outside|on the outskirts of|from|of"
    r"|(?:(?:north|south)(?:-?(?:east|west))?|east|west) of)"
    r"(?: the)?(?: (?:north|south)?-?(?:east|west)?(?:ern)?| central)? \Z"
)
"""A description ending right before a place: matched backwards from each place's mention,
in the `_REACH` characters before it."""
_REACH = 140
_KIND = re.compile(rf" (?:{'|'.join(_KINDS)})")
"""A kind word as `_DESCRIBED` writes it: a quick test of the reach before the pattern."""
_ENDINGS = (" in ", " near ", " outside ", " of ", " from ", " the ", "ern ", " central ")
"""What the text right before a described place's parent ends with: a quick test first."""
_CAMP = re.compile(r" camps?(?![\w-])(?! [A-Z])")
_CAMP_NAME = re.compile(rf"(?<![\w'’-]){_WORD}(?: {_WORD}){{0,2}}\Z")
_DISPLACED = re.compile(r"\b(?:refugees?|displaced|IDPs?|UNHCR|asylum[- ]seekers?)\b")
"""Words of a sentence that speaks of refugees or the displaced."""
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def described(text: str, named: Sequence[PlaceMention]) -> list[tuple[str, int, int, Place]]:
    """Kind, start, end and parent of each name `text` describes as a village, town or
    district lying in or near a place of `named` (the places read so far), when no place of
    `named` is written there already."""
    taken = [(s, e) for m in named for s, e, _ in m.spans]
    found = []
    for mention in named:
        for at, _, _ in mention.spans:
            if not text.endswith(_ENDINGS, max(0, at - 9), at):
                continue
            reach = max(0, at - _REACH)
            if _KIND.search(text, reach, at) is None:
                continue  # no kind word in reach: the description cannot match
            match = _DESCRIBED.search(text, reach, at)
            if match is None or (match["link"] == "of" and match["kind"] not in _PART_OF):
                continue
            start, end = _without_opening_words(text, *match.span("name"))
            if start < end and not any(s < end and start < e for s, e in taken):
                found.append((_KINDS[match["kind"]], start, end, mention.place))
    return found


def _without_opening_words(text: str, start: int, end: int) -> tuple[int, int]:
    """The name without the capitalised words before it that open a sentence or a phrase
    ("In", "The", "Yesterday" is kept: a name may be one word)."""
    while True:
        word, space, _ = text[start:end].partition(" ")
        if not space or word.lower() not in stop_words("english"):
            return start, end
        start += len(word) + 1


def camps(text: str) -> list[tuple[int, int, int]]:
    """Start and end of each camp's name `text` writes before "camp" or "camps" in a sentence
    that speaks of refugees or the displaced (`_DISPLACED`), and the end of its word."""
    found = []
    at = text.find(" camp")
    while at >= 0:
        word = _CAMP.match(text, at)
        name = _CAMP_NAME.search(text, max(0, at - 60), at) if word else None
        if (
            word is not None
            and name is not None
            and not speaks(text, word.end(), "")  # "the Harris camp said": a side
            and _displaced(text, name.start())
        ):
            start, end = _without_opening_words(text, *name.span())
            if start < end:
                found.append((start, end, word.end()))
        at = text.find(" camp", at + 1)
    return found


def _displaced(text: str, at: int) -> bool:
    """Whether the sentence holding `at` speaks of refugees or the displaced."""
    ends = [match.end() for match in _SENTENCE_END.finditer(text, max(0, at - 400), at)]
    start = ends[-1] if ends else max(0, at - 400)
    stop = _SENTENCE_END.search(text, at)
    return _DISPLACED.search(text, start, stop.start() if stop else len(text)) is not None
