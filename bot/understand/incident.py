"""The day an article's incident happened, read from its headline and lead. (pure: no I/O)

News dates its event against the day it is published: "yesterday", "on Tuesday", "on 17
September". The first such expression of the headline, then of the lead, is taken as the
incident's day, resolved against the publication date. A date more than a week before it
(or after it) is background ("since October 7"), not the incident, and is passed over.

Without a publication date (the time the article was seen stands in for it, hours or a day
late), only what does not move with it is read: weekdays and dates. English and French.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from bot.understand.events.numbers import MONTH_NAMES

LEAD_WORDS = 60
"""Only the headline and this many first words of the text are read: the lead dates the
event, later paragraphs date its background."""
LOOKBACK = timedelta(days=7)
"""Most days an incident's day lies before the report's: a date further back is
background, and a weekday is the last one on or before the report's day."""

_FRENCH_MONTHS = (
    ("janvier", "janv"), ("février", "fevrier", "févr"), ("mars",), ("avril", "avr"), ("mai",),
    ("juin",), ("juillet", "juil"), ("août", "aout"), ("septembre",), ("octobre",),
    ("novembre",), ("décembre", "decembre", "déc"),
)  # fmt: skip
_MONTHS = {
    **{
        word: n + 1
        for n, name in enumerate(MONTH_NAMES)
        for word in (name, name[:3], *_FRENCH_MONTHS[n])
    },
    "sept": 9,
}
"""Month names and their short forms, English (`events.numbers`' names) and French."""
_WEEKDAYS = {
    name: n
    for n, names in enumerate(
        [
            ("monday", "lundi"),
            ("tuesday", "mardi"),
            ("wednesday", "mercredi"),
            ("thursday", "jeudi"),
            ("friday", "vendredi"),
            ("saturday", "samedi"),
            ("sunday", "dimanche"),
        ]
    )
    for name in names
}
_DAYS_BEFORE = {
    "yesterday": 1,
    "last night": 1,
    "hier": 1,
    "today": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "tonight": 0,
    "aujourd'hui": 0,
    "aujourd’hui": 0,
    "ce matin": 0,
}
"""Words that date the incident by the publication day (read only when it is known)."""

_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_EXPRESSION = re.compile(
    rf"\b(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th|er)?\s+(?P<month>{_MONTH})\.?"  # 17 September
    rf"|(?P<month_first>{_MONTH})\.?\s+(?P<day_after>\d{{1,2}})(?:st|nd|rd|th)?)\b"  # Sept. 17
    r"(?:,?\s+(?P<year>\d{4})\b)?"
    rf"|\b(?P<weekday>{'|'.join(_WEEKDAYS)})\b"
    rf"|\b(?P<relative>{'|'.join(sorted(_DAYS_BEFORE, key=len, reverse=True))})(?!\w)",
    re.IGNORECASE,
)


def incident_day(title: str, text: str, published: date | None, seen: date) -> date | None:
    """The incident's day: the first date expression of the headline, else of the lead,
    that falls within LOOKBACK before the report's day (the publication date, else the day
    it was `seen`); None when none does."""
    lead = " ".join(text.split(maxsplit=LEAD_WORDS)[:LEAD_WORDS])  # the rest left unsplit
    for part in (title, lead):
        for found in _EXPRESSION.finditer(part):
            day = _resolve(found, published, seen)
            if day is not None:
                return day
    return None


def _resolve(found: re.Match[str], published: date | None, seen: date) -> date | None:
    """The day one expression names, when it is within LOOKBACK of the report's day."""
    reference = published or seen
    if found["relative"]:
        if published is None:
            return None
        words = " ".join(found["relative"].lower().split())
        return published - timedelta(days=_DAYS_BEFORE[words])
    if found["weekday"]:
        back = (reference.weekday() - _WEEKDAYS[found["weekday"].lower()]) % 7
        return reference - timedelta(days=back)
    month = _MONTHS[(found["month"] or found["month_first"]).lower()]
    number = int(found["day"] or found["day_after"])
    years = [int(found["year"])] if found["year"] else [reference.year, reference.year - 1]
    for year in years:
        try:
            day = date(year, month, number)
        except ValueError:
            return None
        if reference - LOOKBACK <= day <= reference + timedelta(days=1):
            return day
    return None
