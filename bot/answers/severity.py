"""Severity thresholds: "/subscribe Syria alerts when 5+ killed".

A subscription with a threshold selects an article only when its story's toll (the highest
killed figure any of the story's articles reports, `StoredArticle.story_killed`) is at least
the threshold. The phrase follows what is followed, before or after its schedule: `when 5+
killed`, `5+ killed`, `when at least 5 dead`, `when 10+ deaths`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.records import StoredArticle

MIN_KILLED, MAX_KILLED = 1, 10_000
FORMS = "`when 5+ killed` or `when at least 5 killed`"
EXAMPLE = "`/subscribe Syria alerts when 5+ killed`"
_DEATHS = {"killed", "dead", "deaths"}
_FIGURE = re.compile(r"^(?P<number>\d[\d,]*)\+?$")


def split_toll(words: list[str], schedule: Callable[[str], bool]) -> tuple[list[str], int | None]:
    """The words without their severity phrase, and the threshold it gives (None without
    one). Only words that `schedule` accepts may follow the phrase. Raises ValueError saying
    how for a phrase it cannot read, or one followed by more than a schedule."""
    for end, word in enumerate(words):
        found = _phrase(words, end) if word.lower() in _DEATHS else None
        if found is None:
            continue
        start, figure, least = found
        if not all(schedule(w) for w in words[end + 1 :]):
            raise ValueError(f"put the toll after the place or topic, e.g. {EXAMPLE}")
        if start == 0:
            raise ValueError(f"name a place or a topic before the toll, e.g. {EXAMPLE}")
        return words[:start] + words[end + 1 :], _threshold(figure, least)
    return words, None


def toll_word(word: str) -> bool:
    """Whether a word can be part of a toll phrase ("when", "5+", "killed")."""
    lowered = word.lower()
    return lowered in _DEATHS | {"when", "at", "least", "people"} or bool(_FIGURE.match(word))


def _phrase(words: list[str], end: int) -> tuple[int, str, bool] | None:
    """The severity phrase ending at `words[end]` ("killed"): where it starts, its figure
    ("" when none is given) and whether "+", "at least" or "when" makes it the least number;
    None when the words before make no such phrase (the topic "journalists killed")."""
    at = end - 1
    if at >= 0 and words[at].lower() == "people":
        at -= 1
    return least_figure(words, at)


def least_figure(words: list[str], at: int) -> tuple[int, str, bool] | None:
    """The figure of a threshold phrase ending at `words[at]` ("at least 5", "when 5+",
    "5+", "when"): where the phrase starts, its figure ("" when none is given) and whether
    "+", "at least" or "when" makes it the least number; None when the words make no such
    phrase. Shared by tolls ("5+ killed") and outlets ("2+ outlets")."""
    if at < 0:
        return None
    figure = "" if words[at].lower() in ("when", "least") else words[at]
    start = at if figure else at + 1
    least = [w.lower() for w in words[max(0, start - 2) : start]] == ["at", "least"]
    start -= 2 if least else 0
    when = start > 0 and words[start - 1].lower() == "when"
    start -= 1 if when else 0
    plus = figure.endswith("+")
    if not (least or when or plus or _FIGURE.match(figure)):
        return None
    return start, figure, least or when or plus


def _threshold(figure: str, qualified: bool) -> int:
    """The least number killed a figure such as "5+" asks for; raises ValueError saying how."""
    found = _FIGURE.match(figure)
    if not figure or found is None:
        shown = f"`{figure}` is no number" if figure else "give a number"
        raise ValueError(f"{shown} of people killed: write e.g. {FORMS}")
    if not qualified:
        raise ValueError(f"say the least number killed: write e.g. {FORMS}")
    number = int(found["number"].replace(",", ""))
    if not MIN_KILLED <= number <= MAX_KILLED:
        raise ValueError(f"a toll runs from {MIN_KILLED} to {MAX_KILLED:,} killed (not {number:,})")
    return number


def severe_enough(article: StoredArticle, min_killed: int | None) -> bool:
    """Whether the article's story has reported at least `min_killed` killed (always, with
    no threshold)."""
    if min_killed is None:
        return True
    toll = article.story_killed
    return toll is not None and toll >= min_killed
