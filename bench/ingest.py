"""Ingest throughput: parse + understand + store, against its floor.

The floor is what no ingest can avoid: feedparser parsing the same documents and sumy
summarizing the same articles (LexRank, the default, with the same sentence count).
Target: the whole pipeline within 1.5x the floor's time.

    .venv/bin/python bench/ingest.py [--articles 3000] [--database-url URL]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import feedparser
from sumy.nlp.stemmers import Stemmer
from sumy.parsers.plaintext import PlaintextParser
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.utils import get_stop_words

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.synthetic import rss_document
from bot.clock import utcnow
from bot.ingest.poll import Poller
from bot.ingest.text import html_to_text
from bot.settings import Settings
from bot.storage import Store
from bot.understand.analyzer import Analyzer
from bot.understand.summary.sentences import NewsTokenizer

ITEMS_PER_FEED = 50
SENTENCES_PER_ARTICLE = 24


def floor(documents: list[bytes], sentences: int) -> float:
    """Seconds for feedparser + plain sumy LexRank over every entry."""
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    tokenizer = NewsTokenizer()
    started = time.perf_counter()
    for document in documents:
        for entry in feedparser.parse(document).entries:
            text = html_to_text(entry.get("summary", ""))
            parsed = PlaintextParser.from_string(text, tokenizer)
            summarizer(parsed.document, sentences)
    return time.perf_counter() - started


def pipeline(documents: list[bytes], database_url: str) -> float:
    """Seconds for newsbot's parse + understand + store of every document."""
    settings = Settings(database_url=database_url, seed_feeds=False)
    store = Store.open(database_url)
    analyzer = Analyzer.load(settings)
    poller = Poller(store, analyzer, settings)
    feeds = [store.add_feed(f"https://bench.example/{n}/rss") for n in range(len(documents))]
    headers = {"content-type": "application/rss+xml"}
    started = time.perf_counter()
    for feed, document in zip(feeds, documents, strict=True):
        poller.ingest_document(feed, document, headers, feed.url, utcnow())
    elapsed = time.perf_counter() - started
    stored = store.article_count()
    store.close()
    expected = len(documents) * ITEMS_PER_FEED
    assert stored == expected, f"stored {stored} of {expected} articles"
    return elapsed


def main() -> None:
    """Print articles per second of the pipeline and of the floor, and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--database-url", help="default: a fresh SQLite file")
    args = parser.parse_args()
    rng = random.Random(42)
    feeds = max(1, args.articles // ITEMS_PER_FEED)
    documents = [rss_document(rng, n, ITEMS_PER_FEED, SENTENCES_PER_ARTICLE) for n in range(feeds)]
    articles = feeds * ITEMS_PER_FEED
    sentences = Settings(seed_feeds=False).summary_sentences
    # warm both paths (imports, caches, gazetteer) on one document before timing
    floor(documents[:1], sentences)
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database_url or f"sqlite:///{tmp}/bench.db"
        pipeline_seconds = pipeline(documents, url)
    floor_seconds = floor(documents, sentences)
    print(f"articles: {articles} in {feeds} feeds, ~{SENTENCES_PER_ARTICLE} sentences each")
    print(
        f"floor (feedparser + sumy LexRank): {articles / floor_seconds:8.1f} articles/s "
        f"({floor_seconds:.2f} s)"
    )
    print(
        f"newsbot parse+understand+store:    {articles / pipeline_seconds:8.1f} articles/s "
        f"({pipeline_seconds:.2f} s)"
    )
    print(f"ratio pipeline/floor time: {pipeline_seconds / floor_seconds:.2f}x (target <= 1.5x)")


if __name__ == "__main__":
    main()
