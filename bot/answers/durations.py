"""Durations as users type them: "30m", "24h", "7d", "2w"."""

from __future__ import annotations

import re
from datetime import timedelta

_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
_PATTERN = re.compile(r"^\s*(\d+)\s*([mhdw])\s*$", re.IGNORECASE)


def parse_duration(text: str) -> timedelta:
    """ "24h" -> 24 hours; raises ValueError with the accepted forms otherwise."""
    match = _PATTERN.match(text)
    if not match or int(match.group(1)) == 0:
        raise ValueError(f"{text!r} is not a duration: use e.g. 30m, 24h, 7d or 2w")
    return timedelta(**{_UNITS[match.group(2).lower()]: int(match.group(1))})
