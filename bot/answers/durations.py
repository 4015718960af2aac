"""Durations as users type them: "30m", "6h", "6 hours", "3 days", "2 weeks", "an hour",
"for 90 minutes", and how to find one at the end of a command's text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import timedelta

FORMS = "e.g. `6h`, `6 hours`, `3 days`, `2 weeks` or `90 minutes`"
_UNITS = {
    "minutes": ("m", "min", "mins", "minute", "minutes"),
    "hours": ("h", "hr", "hrs", "hour", "hours"),
    "days": ("d", "day", "days"),
    "weeks": ("w", "wk", "wks", "week", "weeks"),
}
_UNIT = {alias: unit for unit, aliases in _UNITS.items() for alias in aliases}
_AMOUNT = r"[+-]?\d+(?:[.,]\d+)?|an?|one"
_PATTERN = re.compile(rf"^\s*({_AMOUNT})\s*([a-z]+)\s*$", re.IGNORECASE)
_NUMBERISH = re.compile(r"^[+-]?\d")
QUOTES = "\"'”’"
LEADS = ("for", "since", "last", "past", "the")
"""Words that may come before a duration ("for 6h", "since 3 days", "the last 2 weeks")."""


class TooLong(ValueError):
    """A duration read, but longer than the command allows (or than a clock can count)."""


def parse_duration(text: str) -> timedelta:
    """ "24h", "6 hours", "an hour" -> the timedelta; raises ValueError saying which forms
    work (a duration must be more than zero)."""
    match = _PATTERN.match(text)
    unit = _UNIT.get(match.group(2).lower()) if match else None
    if match is None or unit is None:
        raise ValueError(f"`{text.strip()}` is not a duration: use {FORMS}")
    amount = match.group(1).lower()
    value = 1.0 if amount in ("a", "an", "one") else float(amount.replace(",", "."))
    if value <= 0:
        raise ValueError(f"`{text.strip()}` is not a duration: it must be more than zero")
    try:
        return timedelta(**{unit: value})
    except OverflowError:
        raise TooLong(f"`{text.strip()}` is longer than any span the bot can count") from None


def at_most(duration: timedelta, limit: timedelta, typed: str, what: str) -> timedelta:
    """`duration` when it is within `limit`; else TooLong, saying that `what` ("a mute")
    lasts `limit` at most (`typed`: the words the duration was read from)."""
    if duration <= limit:
        return duration
    raise TooLong(f"`{typed}` is too long: {what} {spoken(limit)} at most")


def spoken(span: timedelta) -> str:
    """A span in the largest whole unit: "90 days", "6 hours", "90 minutes"."""
    minutes = int(span.total_seconds() // 60)
    for unit, size in (("day", 1440), ("hour", 60)):
        if minutes >= size and minutes % size == 0:
            return f"{minutes // size} {unit}{'s' if minutes != size else ''}"
    return f"{minutes} minute{'s' if minutes != 1 else ''}"


def split_duration(words: Sequence[str]) -> tuple[list[str], timedelta | None]:
    """The words before a trailing duration, and the duration (None when there is none).

    "Sudan for 6 hours" -> (["Sudan"], 6 h). Raises ValueError when the end looks like a
    duration but is not one ("for ever", "for 0h", "-3h"): a typo must not become a name.
    """
    rest = list(words)
    for size in (2, 1):
        if len(rest) <= size:
            continue
        tail = " ".join(rest[-size:])
        try:
            duration = parse_duration(tail)
        except ValueError:
            if _NUMBERISH.match(rest[-size]) and (size == 1 or not _NUMBERISH.match(rest[-1])):
                raise
            continue
        rest = rest[:-size]
        while len(rest) > 1 and rest[-1].lower() in LEADS:
            rest.pop()
        return rest, duration
    for back in (2, 3):
        if len(rest) > back and rest[-back].lower() == "for" and rest[-1][-1] not in QUOTES:
            parse_duration(" ".join(rest[-back + 1 :]))  # raises, saying which forms work
    return rest, None
