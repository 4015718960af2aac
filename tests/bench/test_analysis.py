"""bench/analysis.py: each stage of an analysis counted, the analysis unchanged."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from bench.analysis import STAGES, entries_of, timing
from bench.ingest import ITEMS_PER_FEED, make_rounds
from bench.peer_feeds import ArticleMaker, Corpus, Text
from bot.understand import analyzer as analyzer_module
from bot.understand.analyzer import Analyzer
from bot.understand.summary import Summarizer

TITLE = "Drone strike hits a market in Kharkiv"
TEXT = (
    "A drone strike on a market in Kharkiv killed three people and wounded nine on Monday, "
    "the regional governor said. Rescuers searched the rubble for hours.\n\n"
    "The city has been shelled almost every day this month."
)


def test_every_stage_is_counted_and_the_analysis_is_the_same(
    analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = analyzer.analyze(TITLE, TEXT)
    for name in STAGES:  # put back after the test
        monkeypatch.setattr(analyzer_module, name, getattr(analyzer_module, name))
    monkeypatch.setattr(Summarizer, "summarize", Summarizer.summarize)
    spent: Counter[str] = Counter()

    timing(spent)
    after = analyzer.analyze(TITLE, TEXT)

    assert after == before and after.event is not None
    assert set(spent) == {"language", "places", "relevance", "events", "summary"}
    assert all(seconds >= 0 for seconds in spent.values())


def test_the_articles_are_the_entries_of_every_document() -> None:
    texts = tuple(
        Text("en", f"Title {t}", tuple(f"Sentence {s} of text {t} is long." for s in range(6)))
        for t in range(10)
    )
    maker = ArticleMaker(Corpus(texts, "made up"), random.Random(1), same_event=0.15)

    entries = entries_of(make_rounds(maker, rounds=1, feeds=2)[0])

    assert len(entries) == 2 * ITEMS_PER_FEED
    assert len({entry.link for entry in entries}) == len(entries)
