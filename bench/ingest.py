"""Ingest throughput: parse + understand + store, against its floor, in paired rounds.

The floor is what the product would otherwise run on the same documents: feedparser called
as newsbot calls it (no sanitizer, no relative-URI resolution, the response headers), the
plain text of each entry, and the default summary method's ranker, sumy's TextRank, picking
the same number of sentences (English stems and stop words, sumy's own document parser).
Articles are made from the real texts of ../shared/eval by bench/peer_feeds.py (distinct per
article, ~15% re-reports of a recent one, as another outlet would; synthetic texts, said so,
when ../shared is absent), new ones for every round so no cache is warm from a round before.
Each round times the pipeline (a fresh SQLite store) and the floor on that round's
documents, the order alternating; printed: each round's seconds and ratio, then the median
of the per-round ratios. Target: the pipeline within 1.5x the floor's time.

    .venv/bin/python bench/ingest.py [--articles 2000] [--rounds 5] [--database-url URL]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from pathlib import Path

import feedparser
import snowballstemmer
from sqlalchemy import func, select
from sumy.parsers.plaintext import PlaintextParser
from sumy.summarizers.text_rank import TextRankSummarizer
from sumy.utils import get_stop_words

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.peer_feeds import ArticleMaker, Item, load_corpus, rss_document
from bot.clock import utcnow
from bot.ingest.poll import Poller
from bot.ingest.text import html_to_text
from bot.settings import Settings
from bot.storage import Store
from bot.storage.schema import articles
from bot.understand.analyzer import Analyzer
from bot.understand.summary.sentences import NewsTokenizer

ITEMS_PER_FEED = 50
SAME_EVENT = 0.15
"""Share of articles that re-report a recent one (another outlet, same event)."""
HEADERS = {"content-type": "application/rss+xml"}
NOW = datetime(2026, 12, 4, 12, tzinfo=UTC)
_ENGLISH = snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def _floor_stem(word: str) -> str:
    """The floor's English Snowball stems, cached as newsbot's are but apart from them, so
    neither side finds the other's words stemmed already."""
    return str(_ENGLISH.stemWord(word))


@dataclass(frozen=True)
class Timed:
    """Wall and CPU seconds of one side's run."""

    wall: float
    cpu: float


@dataclass(frozen=True)
class Round:
    """One paired round: each side's seconds on the same documents."""

    pipeline: Timed
    floor: Timed

    @property
    def ratio(self) -> float:
        """Pipeline wall time over floor wall time."""
        return self.pipeline.wall / self.floor.wall

    @property
    def cpu_ratio(self) -> float:
        """Pipeline CPU time over floor CPU time (steadier on a shared machine)."""
        return self.pipeline.cpu / self.floor.cpu


def timer() -> Callable[[], Timed]:
    """Started now; call it for the wall and CPU seconds since."""
    wall, cpu = time.perf_counter(), time.process_time()
    return lambda: Timed(time.perf_counter() - wall, time.process_time() - cpu)


def make_rounds(maker: ArticleMaker, rounds: int, feeds: int) -> list[list[bytes]]:
    """`rounds` sets of `feeds` RSS documents of ITEMS_PER_FEED new articles each."""
    made = []
    gap = timedelta(minutes=17)
    for r in range(rounds):
        documents = []
        for f in range(feeds):
            items: list[Item] = [
                (i, maker.make(), NOW - (r * feeds + f) * gap - i * gap)
                for i in range(ITEMS_PER_FEED)
            ]
            documents.append(rss_document(r * feeds + f, items, "https://outlet.example"))
        made.append(documents)
    return made


def floor(documents: list[bytes], sentences: int) -> Timed:
    """Seconds for feedparser (as newsbot calls it) + sumy TextRank over every entry."""
    summarizer = TextRankSummarizer(_floor_stem)
    summarizer.stop_words = get_stop_words("english")
    tokenizer = NewsTokenizer()
    elapsed = timer()
    for document in documents:
        parsed_feed = feedparser.parse(
            document,
            response_headers=HEADERS,
            sanitize_html=False,
            resolve_relative_uris=False,
        )
        for entry in parsed_feed.entries:
            text = html_to_text(entry.get("summary", ""))
            parsed = PlaintextParser.from_string(text, tokenizer)
            summarizer(parsed.document, sentences)
    return elapsed()


def pipeline(
    documents: list[bytes],
    database_url: str,
    analyzer: Analyzer,
    not_conflict: list[int] | None = None,
) -> Timed:
    """Seconds for newsbot's parse + understand + store of every document; how many of the
    articles stored are not conflict is appended to `not_conflict` (when given)."""
    store = Store.open(database_url)
    settings = Settings(database_url=database_url, seed_feeds=False)
    poller = Poller(store, analyzer, settings)
    feeds = [store.add_feed(f"https://outlet.example/{n}/rss") for n in range(len(documents))]
    before = store.article_count()
    others_before = _not_conflict(store) if not_conflict is not None else 0
    elapsed = timer()
    for feed, document in zip(feeds, documents, strict=True):
        poller.ingest_document(feed, document, HEADERS, feed.url, utcnow())
    timed = elapsed()
    stored = store.article_count() - before
    if not_conflict is not None:
        not_conflict.append(_not_conflict(store) - others_before)
    store.close()
    expected = len(documents) * ITEMS_PER_FEED
    assert stored == expected, f"stored {stored} of {expected} articles"
    return timed


def _not_conflict(store: Store) -> int:
    """How many of the stored articles are not conflict."""
    with store.engine.connect() as conn:
        query = select(func.count()).select_from(articles).where(~articles.c.is_conflict)
        return int(conn.execute(query).scalar_one())


def paired(
    rounds: list[list[bytes]],
    run_pipeline: Callable[[list[bytes], int], Timed],
    run_floor: Callable[[list[bytes]], Timed],
) -> list[Round]:
    """Each round's pipeline and floor seconds, the side that runs first alternating."""
    timed = []
    for number, documents in enumerate(rounds):
        if number % 2 == 0:
            ours = run_pipeline(documents, number)
            theirs = run_floor(documents)
        else:
            theirs = run_floor(documents)
            ours = run_pipeline(documents, number)
        timed.append(Round(ours, theirs))
    return timed


def main() -> None:
    """Print each round's seconds and ratio, and the median of the per-round ratios."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000, help="per round")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--database-url", help="default: a fresh SQLite file per round")
    args = parser.parse_args()
    corpus = load_corpus()
    maker = ArticleMaker(corpus, random.Random(42), SAME_EVENT)
    feeds = max(1, args.articles // ITEMS_PER_FEED)
    warm, *rounds = make_rounds(maker, args.rounds + 1, feeds)
    settings = Settings(seed_feeds=False)
    sentences = settings.summary_sentences
    analyzer = Analyzer.load(settings)
    articles = feeds * ITEMS_PER_FEED
    print(f"texts: {corpus.source}")
    print(f"articles: {articles} a round in {feeds} feeds, {SAME_EVENT:.0%} re-reports")
    not_conflict: list[int] = []
    with tempfile.TemporaryDirectory() as tmp:

        def run_pipeline(documents: list[bytes], number: int) -> Timed:
            url = args.database_url or f"sqlite:///{tmp}/bench-{number}.db"
            return pipeline(documents, url, analyzer, not_conflict if number >= 0 else None)

        # warm both paths (imports, gazetteer, compiled rules) on a set of their own
        run_pipeline(warm[:2], -1)
        floor(warm[:2], sentences)
        timed = paired(rounds, run_pipeline, lambda d: floor(d, sentences))
    other = sum(not_conflict)
    print(
        f"not conflict: {other} of {articles * len(timed)} articles stored "
        f"({other / (articles * len(timed)):.0%}; no summary made at ingest)"
    )
    print("round  pipeline s  floor s  ratio | pipeline CPU s  floor CPU s  CPU ratio")
    for number, one in enumerate(timed):
        print(
            f"{number:5d}  {one.pipeline.wall:10.2f}  {one.floor.wall:7.2f}  {one.ratio:5.2f}x |"
            f" {one.pipeline.cpu:14.2f}  {one.floor.cpu:11.2f}  {one.cpu_ratio:8.2f}x"
        )
    pipeline_median = statistics.median(r.pipeline.wall for r in timed)
    floor_median = statistics.median(r.floor.wall for r in timed)
    print(
        f"floor (feedparser + sumy TextRank): {articles / floor_median:7.1f} articles/s "
        f"(median {floor_median:.2f} s)"
    )
    print(
        f"newsbot parse+understand+store:     {articles / pipeline_median:7.1f} articles/s "
        f"(median {pipeline_median:.2f} s)"
    )
    ratio = statistics.median(r.ratio for r in timed)
    cpu_ratio = statistics.median(r.cpu_ratio for r in timed)
    print(f"median of per-round ratios pipeline/floor: {ratio:.2f}x (target <= 1.5x)")
    print(f"median of per-round CPU-time ratios:       {cpu_ratio:.2f}x")


if __name__ == "__main__":
    main()
