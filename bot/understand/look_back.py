"""A report's sentence saying its event came after an earlier attack. (pure: no I/O)

A report of a new strike often recalls the last one on the same town: "It came a day after
a missile strike killed 35", "einen Tag, nachdem ...", "un giorno dopo che ...". That
sentence dates and names the earlier attack, not the report's own: `incident` reads no day
in it, and the report joins no story told before the earlier attack's day
(`storage.saving`). English is read in every text, the words of the report's language
(`LOOK_BACKS`) in its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

_EVENT = (
    r"(?:a\s+|an\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:attack|strike|airstrike|bombing|shelling|barrage|raid|assault)s?\b"
)
"""An earlier attack named a few words after "follows"/"comes after"."""

_COUNTS = {
    "en": {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6},
    "de": {"einen": 1, "ein": 1, "einem": 1, "zwei": 2, "drei": 3, "vier": 4},
    "it": {"un": 1, "uno": 1, "due": 2, "tre": 3, "quattro": 4},
    "fr": {"un": 1, "deux": 2, "trois": 3, "quatre": 4},
    "es": {"un": 1, "dos": 2, "tres": 3, "cuatro": 4},
    "ru": {"день": 1, "два дня": 2, "три дня": 3, "сутки": 1},
    "uk": {"день": 1, "два дні": 2, "три дні": 3, "добу": 1},
}
"""The words counting the days between the two attacks (a figure is read as such)."""


def _counted(language: str, unit: str) -> str:
    """A day count of `language` before `unit` (its word for day or days), as group n."""
    words = "|".join(sorted(_COUNTS[language], key=len, reverse=True))
    return rf"(?P<n>{words}|\d)\s+{unit}"


LOOK_BACKS: dict[str, tuple[str, ...]] = {
    "en": (
        _counted("en", r"days?\s+after\b"),
        r"\bthe\s+day\s+after\b",
        rf"\b(?:comes|came)\s+(?:just\s+|hours\s+|days\s+)?after\s+{_EVENT}",
        rf"\b(?:follows|followed)\s+{_EVENT}",
    ),
    "de": (_counted("de", r"tage?n?,?\s+(?:nachdem|nach)\b"), r"\bam\s+tag\s+nach\b"),
    "it": (_counted("it", r"giorn[oi]\s+dopo\b"), r"\bil\s+giorno\s+dopo\b"),
    "fr": (_counted("fr", r"jours?\s+après\b"), r"\bau\s+lendemain\s+d"),
    "es": (_counted("es", r"días?\s+después\b"), r"\bal\s+día\s+siguiente\s+de"),
    "ru": (rf"\b(?:через|спустя)\s+{_counted('ru', 'после')}", r"на\s+следующий\s+день\s+после"),
    "uk": (rf"\b(?:через|за)\s+{_counted('uk', 'після')}", r"наступного\s+дня\s+після"),
}
"""Each language's phrases saying an event came some days after another (group n: how
many days; none: a day, or "comes after", which says no count)."""

_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
OPENING = 2
"""Only the lead's first sentences are read: a report tells its own event first and
recalls the earlier one right after it; a recall further on is background."""


@dataclass(frozen=True)
class LookBack:
    """A sentence of a headline or lead recalling an earlier attack."""

    part: int
    """0: the headline, 1: the lead."""
    start: int
    end: int
    """The sentence's span in its part."""
    days: int
    """The days between the earlier attack and the report's own; 0 when not said."""


@cache
def _phrases(language: str | None) -> re.Pattern[str]:
    """The look-back phrases read in a text of `language`: English and its own."""
    own = LOOK_BACKS.get(language or "", ()) if language != "en" else ()
    phrases = (p.replace("(?P<n>", f"(?P<n{i}>") for i, p in enumerate((*LOOK_BACKS["en"], *own)))
    return re.compile("|".join(f"(?:{p})" for p in phrases), re.IGNORECASE)


def look_back(title: str, lead: str, language: str | None) -> LookBack | None:
    """The first sentence of the headline, else of the lead's OPENING sentences, that says
    the report's event came after an earlier attack, with the days between them; None when
    none does."""
    phrases = _phrases(language)
    for part, text in enumerate((title, _opening(lead))):
        found = phrases.search(text)
        if found is None:
            continue
        ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, found.start())]
        end = _SENTENCE_END.search(text, found.end())
        return LookBack(
            part,
            ends[-1] if ends else 0,
            len(text) if end is None else end.end(),
            _days(found, language),
        )
    return None


def _opening(lead: str) -> str:
    """The lead's first OPENING sentences."""
    ends = [m.end() for _, m in zip(range(OPENING), _SENTENCE_END.finditer(lead), strict=False)]
    return lead[: ends[-1]] if len(ends) == OPENING else lead


def _days(found: re.Match[str], language: str | None) -> int:
    """The days a look-back phrase counts: its count word or figure, one for "the day
    after" and its kind, none for "comes after"."""
    count = next((c for name, c in found.groupdict().items() if name[0] == "n" and c), None)
    if count is None:
        return 0 if found.group().lower().startswith(("come", "came", "follow")) else 1
    count = " ".join(count.lower().split())
    if count.isdigit():
        return int(count)
    for words in (_COUNTS.get(language or "", {}), _COUNTS["en"]):
        if count in words:
            return words[count]
    return 1
