"""One summary across several articles: a story's sources, or a place briefing.

Works from the per-article summaries made at ingest, never from whole articles, so a
briefing over 50 articles costs a few milliseconds. Each sentence is scored by how much
the other sources back it (word overlap with sentences of other articles), its place in
its own summary (a lead first), the recency of its article and whether it names the
place asked about; discounted like single-article sentences (`form_factor`), then chosen
by maximal marginal relevance (`select`) so one event reported twice is told once.
Every sentence keeps the index of the summary it came from, for its outlet and date.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy
from sumy.utils import get_stop_words

from bot.understand.summary.article import content_stems, form_factor, select
from bot.understand.summary.sentences import split_sentences

MAX_SOURCES = 50
"""Only the first summaries given are read (callers pass the newest first)."""
W_SUPPORT = 1.0
W_LEAD = 0.5
W_RECENT = 0.25
RECENCY_DECAY = 5.0
"""Sources: the recency bonus fades by 1/e every this many summaries down the list."""
PLACE_BONUS = 1.5
"""As much as full backing by other sources plus being a lead: naming the place wins."""

_STOP_WORDS = get_stop_words("english")


@dataclass(frozen=True)
class SourcedSentence:
    """A sentence of a combined summary and the summary (article) it comes from."""

    text: str
    source: int
    """Index into the summaries given to `summarize_many`."""


def summarize_many(
    summaries: Sequence[str], names: Iterable[str] = (), count: int = 3
) -> list[SourcedSentence]:
    """The `count` best sentences across `summaries` (newest first), most telling first;
    sentences naming any of `names` (a place as written, any case) are favoured."""
    found = [
        (text, source, position)
        for source, summary in enumerate(summaries[:MAX_SOURCES])
        for position, text in enumerate(split_sentences(summary))
    ]
    if not found or count < 1:
        return []
    bags = [content_stems(text, _STOP_WORDS) for text, _, _ in found]
    support = _support(bags, [source for _, source, _ in found])
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


def _support(bags: Sequence[frozenset[str]], sources: Sequence[int]) -> list[float]:
    """How much each sentence is backed by the other sources: the sum of its cosine
    similarities to their sentences, scaled so the best-backed one scores 1."""
    vocabulary: dict[str, int] = {}
    columns = [[vocabulary.setdefault(w, len(vocabulary)) for w in bag] for bag in bags]
    matrix = numpy.zeros((len(bags), len(vocabulary) or 1))
    for row, words in enumerate(columns):
        matrix[row, words] = 1.0
    norms = numpy.sqrt(matrix.sum(axis=1))
    norms[norms == 0] = 1.0
    similar = (matrix @ matrix.T) / numpy.outer(norms, norms)
    origin = numpy.asarray(sources)
    similar[origin[:, None] == origin[None, :]] = 0.0
    backing = similar.sum(axis=1)
    top = float(backing.max())
    return [float(b) / top if top > 0 else 0.0 for b in backing]


def _name_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    """One case-insensitive whole-word pattern for all the names, or None."""
    alternatives = sorted({n.strip() for n in names if n.strip()}, key=len, reverse=True)
    if not alternatives:
        return None
    return re.compile(
        r"(?<!\w)(?:" + "|".join(map(re.escape, alternatives)) + r")(?!\w)", re.IGNORECASE
    )
