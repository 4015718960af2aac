"""Corroboration thresholds: "/subscribe Sudan alerts when 2+ outlets report it within 2 h".

A subscription with one selects an article only once its story has been reported by that
many distinct outlets (as `bot.understand.outlets` counts them: a wire story carried by
three sites is one) within the window from the story's first report; `DEFAULT_WITHIN` when
the phrase gives none. The phrase follows what is followed, before or after the schedule
and the toll: `when 2+ outlets`, `2+ sources within 6h`, `when at least 3 outlets report it
within 90 min`, `when 5+ killed and 2+ outlets report it`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta

from bot.answers.durations import parse_duration
from bot.answers.severity import least_figure, toll_word
from bot.records import Corroboration, StoredArticle

MIN_OUTLETS, MAX_OUTLETS = 2, 20
MIN_WITHIN, MAX_WITHIN = timedelta(minutes=10), timedelta(hours=24)
DEFAULT_WITHIN = timedelta(hours=6)
EXAMPLE = "`/subscribe Sudan alerts when 2+ outlets report it within 2 h`"
_OUTLETS = {"outlets", "outlet", "sources", "source"}
_REPORT = {"report", "reports", "reported", "reporting", "confirm", "confirms", "confirmed"}
_OBJECT = {"it", "them", "this"}
_FIGURE = re.compile(r"^(?P<number>\d+)\+?$")


def split_corroboration(
    words: list[str], schedule: Callable[[str], bool]
) -> tuple[list[str], Corroboration | None]:
    """The words without their corroboration phrase, and the threshold it gives (None
    without one). Only schedule words (`schedule`) and a toll ("when 5+ killed") may follow
    the phrase. Raises ValueError saying how for a phrase it cannot read."""
    for at, word in enumerate(words):
        found = _start(words, at) if word.lower() in _OUTLETS else None
        if found is None:
            continue
        start, figure, qualified = found
        end, within = _tail(words, at + 1)
        if end < len(words) and words[end].lower() == "and":
            end += 1
        if not all(schedule(w) or toll_word(w) for w in words[end:]):
            raise ValueError(f"put the outlets after the place or topic, e.g. {EXAMPLE}")
        if start == 0:
            raise ValueError(f"name a place or a topic before the outlets, e.g. {EXAMPLE}")
        return words[:start] + words[end:], Corroboration(_outlets(figure, qualified), within)
    return words, None


def _start(words: list[str], at: int) -> tuple[int, str, bool] | None:
    """Where the phrase whose `words[at]` is "outlets" starts, its figure ("" when none)
    and whether "+", "at least" or "when" makes it the least number; None when the words
    before make no such phrase (the topic "news sources")."""
    found = least_figure(words, at - 1)
    if found is None:
        return None
    start, figure, qualified = found
    if start > 0 and words[start - 1].lower() == "and":
        start -= 1
    return start, figure, qualified


def _tail(words: list[str], at: int) -> tuple[int, timedelta]:
    """Where the words after "outlets" ("report it within 2 h") end, and the window."""
    if at < len(words) and words[at].lower() in _REPORT:
        at += 1
        if at < len(words) and words[at].lower() in _OBJECT:
            at += 1
    if at >= len(words) or words[at].lower() != "within":
        return at, DEFAULT_WITHIN
    for size in (2, 1):
        span = " ".join(words[at + 1 : at + 1 + size])
        if len(words) < at + 1 + size:
            continue
        try:
            within = parse_duration(span)
        except ValueError:
            continue
        return at + 1 + size, _window(within)
    raise ValueError(f"say within how long, e.g. {EXAMPLE} (or `within 90 min`, `within 6h`)")


def _outlets(figure: str, qualified: bool) -> int:
    """The least number of outlets "2+" asks for; raises ValueError saying how."""
    found = _FIGURE.match(figure)
    if not figure or found is None:
        shown = f"`{figure}` is no number" if figure else "give a number"
        raise ValueError(f"{shown} of outlets: write e.g. {EXAMPLE}")
    number = int(found["number"])
    if not qualified:
        raise ValueError(f"say the least number of outlets: write e.g. {EXAMPLE}")
    if not MIN_OUTLETS <= number <= MAX_OUTLETS:
        raise ValueError(f"ask for {MIN_OUTLETS} to {MAX_OUTLETS} outlets (not {number})")
    return number


def _window(within: timedelta) -> timedelta:
    """The window, checked against its limits; raises ValueError saying them."""
    if not MIN_WITHIN <= within <= MAX_WITHIN:
        raise ValueError("the outlets' window runs from 10 min to 24 h")
    return timedelta(minutes=int(within.total_seconds() // 60))


def corroborated(article: StoredArticle, threshold: Corroboration | None) -> bool:
    """Whether the article's story was reported by `threshold.outlets` outlets within its
    window from the first report (always, with no threshold)."""
    if threshold is None:
        return True
    times = article.story_outlets
    if not times:
        return False
    first = times[0]
    return sum(t - first <= threshold.within for t in times) >= threshold.outlets
