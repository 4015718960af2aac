"""Clubs named by their city in French, Russian, Ukrainian and Arabic sports reports
(`without_clubs`).

A football report names its clubs by their cities ("Lille reste 5e", "une longueur de
Marseille", "le Paris Saint-Germain", "بعيدًا عن القائم" where the post is "القائم"): those are
no places. A report is a sports report when it holds two different words of `SPORTS_WORDS` in
the script its clubs' names are written in (none of them English, so English texts never
are). In one, a city or town is a place only
where the text puts something in it: after a preposition of place ("à Marseille", "в Римі",
"في القاهرة", "بالقاهرة") or as a dateline opening a line. Regions stay places, and so do
countries, except a country the report names as a team: after a national team's word
("сборной России", "l'équipe de France", "منتخب مصر") or as the side beaten or played
("перемогу над Швецією", "contre la Belgique"). Such a country is the team wherever the
report does not put something in it.
"""

from __future__ import annotations

import re

from bot.records import PlaceMention
from bot.understand.places.words import PLACE_WORDS_CYRILLIC, SPORTS_WORDS, TEAM_BEFORE

_CLUB_KINDS = frozenset(["city", "town", "village"])
"""The kinds of place a club is named by."""
_SIDE_KINDS = _CLUB_KINDS | {"country"}
"""The kinds of place a club or a national team is named by."""
_PLACED = re.compile(
    r"(?:(?<![^\W\d_])(?:à|au|aux|en|dans|près de|в|во|у|из|із|под|під|біля|около|возле|في|قرب)"
    r"\s+|(?<![^\W\d_])[وف]?ب)$",
    re.IGNORECASE,
)
"""A preposition of place just before a name (Arabic "ب" joined to it)."""
_REACH = 12
_PART_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{'|'.join(PLACE_WORDS_CYRILLIC)})[^\W\d_]*\s+$")
"""A Russian or Ukrainian word for a place or a part of one just before a name ("на сході
України", "города Рима"): the text puts something there."""
_PART_REACH = 16
_TEAM_WORD = rf"(?<![^\W\d_])(?:{'|'.join(TEAM_BEFORE)})"
_TEAM = re.compile(rf"{_TEAM_WORD}\s+$", re.IGNORECASE)
"""A national team's word, or a word for the side played, just before a country's name."""
_TEAM_REACH = len("sélection de ")


def without_clubs(text: str, named: list[PlaceMention]) -> list[PlaceMention]:
    """`named` without the cities and countries a sports report names only as clubs and
    teams (see the module docstring)."""
    scripts = {_script(m.as_written) for m in named if m.place.kind in _SIDE_KINDS}
    sports = {script for script in scripts if _sports_report(text, SPORTS_WORDS[script])}
    if not sports:
        return named
    return [
        m
        for m in named
        if m.place.kind not in _SIDE_KINDS
        or _script(m.as_written) not in sports
        or (m.place.kind == "country" and not _team(text, m))
        or _placed(text, m)
    ]


def _team(text: str, mention: PlaceMention) -> bool:
    """Whether the report names the country as a team at one of its mentions, or anywhere
    it writes one of their words after a team's word ("збірна України", which the tagger
    takes for no place at all, as an organisation's name)."""
    if any(_TEAM.search(text, max(0, start - _TEAM_REACH), start) for start, _, _ in mention.spans):
        return True
    written = "|".join(sorted({re.escape(w) for _, _, w in mention.spans}))
    return re.search(rf"{_TEAM_WORD}\s+(?:{written})(?![^\W\d_])", text, re.IGNORECASE) is not None


def _script(name: str) -> str:
    """The script of `name`'s first letter: "cyrillic", "arabic" or "latin"."""
    first = name[:1]
    if "\u0400" <= first <= "\u04ff":
        return "cyrillic"
    return "arabic" if "\u0600" <= first <= "\u06ff" else "latin"


def _sports_report(text: str, words: tuple[str, ...]) -> bool:
    """Whether `text` holds two different `words`."""
    if words is SPORTS_WORDS["latin"] and "é" not in text:
        return False  # not French: a quick test spares most English texts the words' search
    return sum(word in text for word in words) >= 2


def _placed(text: str, mention: PlaceMention) -> bool:
    """Whether the text puts something in the place at one of its mentions: after a
    preposition of place or a word for a part of a place, or as a dateline."""
    for start, _, _ in mention.spans:
        line_start = start == 0 or text[start - 1] == "\n"
        if line_start or _PLACED.search(text, max(0, start - _REACH), start):
            return True
        if _PART_BEFORE.search(text, max(0, start - _PART_REACH), start):
            return True
    return False
