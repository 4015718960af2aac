"""One summary across several articles: a story's sources, or a place briefing.

Works from the per-article summaries made at ingest, never from whole articles, so a
briefing over 50 articles costs a few milliseconds. Each sentence is scored by how much
the other outlets back it (its overlap in words and figures with their sentences: what
most outlets agree on leads, and "12 killed" told twice outweighs "5 killed" told once;
an outlet's articles never back each other and count once), its place in
its own summary (a lead first), the recency of its article and whether it names the
place asked about; discounted like single-article sentences (`form_factor`), then chosen
by maximal marginal relevance (`select`) so one event reported twice is told once.
Every sentence keeps the index of the summary it came from, for its outlet and date.
"""

from __future__ import annotations

import math
import re
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

from bot.understand.stopwords import stop_words
from bot.understand.summary.article import content_stems, form_factor, select
from bot.understand.summary.sentences import split_sentences

MAX_SOURCES = 50
"""Only the first summaries given are read (callers pass the newest first)."""
W_SUPPORT = 1.0
W_LEAD = 0.5
W_RECENT = 0.25
RECENCY_DECAY = 5.0
"""Sources: the recency bonus fades by 1/e every this many summaries down the list."""
FIGURE_WEIGHT = 3.0
"""A figure ("#12") weighs as much as this many words when sentences are compared for
backing: two reports of "12 killed" agree, "5 killed" beside them does not."""
PLACE_BONUS = 1.5
"""As much as full backing by other sources plus being a lead: naming the place wins."""

_STOP_WORDS = stop_words("english")
_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_FIGURE = re.compile(
    r"(?P<digits>\d+(?:,\d{3})*(?:\.\d+)?)"
    rf"|\b(?P<tens>{'|'.join(_TENS)})(?:[-\s](?P<unit_after>{'|'.join(_UNITS)}))?\b"
    rf"|\b(?P<unit>{'|'.join(_UNITS)})\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class SourcedSentence:
    """A sentence of a combined summary and the summary (article) it comes from."""

    text: str
    source: int
    """Index into the summaries given to `summarize_many`."""


def summarize_many(
    summaries: Sequence[str],
    names: Iterable[str] = (),
    count: int = 3,
    outlets: Sequence[str] = (),
) -> list[SourcedSentence]:
    """The `count` best sentences across `summaries` (newest first), most telling first;
    sentences naming any of `names` (a place as written, any case) are favoured.
    `outlets` names who told each summary (by default each summary is its own outlet)."""
    found = [
        (text, source, position)
        for source, summary in enumerate(summaries[:MAX_SOURCES])
        for position, text in enumerate(split_sentences(summary))
    ]
    if not found or count < 1:
        return []
    bags = [content_stems(text, _STOP_WORDS) | figures(text) for text, _, _ in found]
    if outlets and len(outlets) != len(summaries):
        raise ValueError(f"{len(outlets)} outlets given for {len(summaries)} summaries")
    tellers: Sequence[Hashable] = outlets or range(len(summaries))
    support = _support(bags, [tellers[source] for _, source, _ in found])
    naming = _name_pattern(names)
    scores = [
        (
            W_SUPPORT * backing
            + W_LEAD * math.exp(-position)
            + W_RECENT * math.exp(-source / RECENCY_DECAY)
            + (PLACE_BONUS if naming and naming.search(text) else 0.0)
        )
        * form_factor(text)
        for (text, source, position), backing in zip(found, support, strict=True)
    ]
    return [SourcedSentence(found[i][0], found[i][1]) for i in select(scores, bags, count)]


def figures(text: str) -> frozenset[str]:
    """The numbers a sentence states, in digits or in words up to ninety-nine, each as
    "#n": "12" and "twelve" are both "#12", "1,200" is "#1200"."""
    found = set()
    for match in _FIGURE.finditer(text):
        digits, tens, unit_after, unit = match.group("digits", "tens", "unit_after", "unit")
        if digits:
            found.add("#" + digits.replace(",", ""))
        elif tens:
            found.add(f"#{_TENS[tens.lower()] + _UNITS.get((unit_after or '').lower(), 0)}")
        else:
            found.add(f"#{_UNITS[unit.lower()]}")
    return frozenset(found)


def _support(bags: Sequence[frozenset[str]], tellers: Sequence[Hashable]) -> list[float]:
    """How much each sentence is backed by the other outlets: for each other outlet, its
    sentence most like this one (cosine of bags, figures weighing `FIGURE_WEIGHT`), summed,
    and scaled so the best-backed sentence scores 1.

    In plain Python (a briefing compares a few dozen sentences; numpy cost a terminal
    command 12 MB and 0.1 s to import): the weights' squares are whole numbers, so the
    cosines are exactly what a matrix product gave, and the sum over outlets is taken in
    numpy's order (`_pairwise_sum`), so the scores are too, to the last bit."""
    norms = [math.sqrt(sum(_squared_weight(w) for w in bag)) or 1.0 for bag in bags]
    numbered: dict[Hashable, int] = {}
    origin = [numbered.setdefault(t, len(numbered)) for t in tellers]
    backing = []
    for i, bag in enumerate(bags):
        best = [0.0] * len(numbered)
        for j, other in enumerate(bags):
            if origin[j] != origin[i]:
                shared = sum(_squared_weight(w) for w in bag & other)
                best[origin[j]] = max(best[origin[j]], shared / (norms[i] * norms[j]))
        backing.append(_pairwise_sum(best))
    top = max(backing, default=0.0)
    return [b / top if top > 0 else 0.0 for b in backing]


def _squared_weight(word: str) -> float:
    return FIGURE_WEIGHT * FIGURE_WEIGHT if word.startswith("#") else 1.0


def _pairwise_sum(values: Sequence[float]) -> float:
    """The sum as numpy's pairwise summation adds them up: in order below 8 values, else
    in 8 running sums (halves of more than 128 values summed apart), then combined."""
    n = len(values)
    if n < 8:
        total = 0.0
        for value in values:
            total += value
        return total
    if n > 128:
        half = n // 2 - (n // 2) % 8
        return _pairwise_sum(values[:half]) + _pairwise_sum(values[half:])
    sums = list(values[:8])
    whole = n - n % 8
    for start in range(8, whole, 8):
        for k in range(8):
            sums[k] += values[start + k]
    total = ((sums[0] + sums[1]) + (sums[2] + sums[3])) + (
        (sums[4] + sums[5]) + (sums[6] + sums[7])
    )
    for value in values[whole:]:
        total += value
    return total


def _name_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    """One case-insensitive whole-word pattern for all the names, or None."""
    alternatives = sorted({n.strip() for n in names if n.strip()}, key=len, reverse=True)
    if not alternatives:
        return None
    return re.compile(
        r"(?<!\w)(?:" + "|".join(map(re.escape, alternatives)) + r")(?!\w)", re.IGNORECASE
    )
