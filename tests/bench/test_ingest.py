"""bench/ingest.py: paired rounds on fresh articles, on made-up texts (no ../shared)."""

from __future__ import annotations

import random

import feedparser

from bench.ingest import ITEMS_PER_FEED, Round, Timed, make_rounds, paired
from bench.peer_feeds import ArticleMaker, Corpus, Text


def corpus() -> Corpus:
    texts = tuple(
        Text(
            "en", f"Title {t}", tuple(f"Sentence {s} of text {t} is long enough." for s in range(8))
        )
        for t in range(30)
    )
    return Corpus(texts, "made up")


def test_each_round_brings_articles_no_round_before_had() -> None:
    maker = ArticleMaker(corpus(), random.Random(1), same_event=0.15)

    rounds = make_rounds(maker, rounds=3, feeds=2)

    links = [
        {e.link for document in documents for e in feedparser.parse(document).entries}
        for documents in rounds
    ]
    assert all(len(found) == 2 * ITEMS_PER_FEED for found in links)
    assert not (links[0] & links[1]) and not (links[1] & links[2]) and not (links[0] & links[2])


def test_the_side_that_runs_first_alternates_and_each_round_keeps_its_own_ratio() -> None:
    order: list[str] = []

    def ours(documents: list[bytes], number: int) -> Timed:
        order.append("pipeline")
        return Timed(wall=3.0 * (number + 1), cpu=2.0)

    def theirs(documents: list[bytes]) -> Timed:
        order.append("floor")
        return Timed(wall=1.0 + len(order), cpu=1.0)

    timed = paired([[b""], [b""], [b""]], ours, theirs)

    assert order == ["pipeline", "floor", "floor", "pipeline", "pipeline", "floor"]
    assert [r.ratio for r in timed] == [3.0 / 3.0, 6.0 / 4.0, 9.0 / 7.0]
    assert all(r.cpu_ratio == 2.0 for r in timed)
    assert isinstance(timed[0], Round)
