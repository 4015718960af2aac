"""Every sample of feedparser's own test corpus goes through our whole ingest.

The corpus (about 2,100 feeds: well-formed, ill-formed, odd encodings, entity tricks) is
shared by the team outside this repository; the test is skipped when it is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.clock import utcnow
from bot.ingest.poll import Poller
from bot.settings import Settings
from bot.storage import Store
from bot.understand.analyzer import Analyzer

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "feedparser-tests"


def test_every_corpus_file_is_parsed_understood_and_stored_without_an_exception(
    store: Store, analyzer: Analyzer, settings: Settings
) -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"feedparser test corpus not found at {CORPUS} (it lives in ../shared)")
    samples = sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.name != "LICENSE")
    assert len(samples) >= 2000
    poller = Poller(store, analyzer, settings)
    headers = {"content-type": "application/xml"}
    stored = 0
    for sample in samples:
        url = f"http://example.com/{sample.relative_to(CORPUS).as_posix()}"
        feed = store.add_feed(url)
        outcome, new = poller.ingest_document(feed, sample.read_bytes(), headers, url, utcnow())
        stored += new
        if outcome.error is not None:  # an ill-formed sample with nothing usable in it
            assert outcome.error.startswith("not a feed: ") and len(outcome.error) > 12
    assert store.article_count() == stored > 100  # many samples share ids and links
