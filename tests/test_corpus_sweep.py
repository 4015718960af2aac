"""Every sample in feedparser's own test corpus goes through parse, split and summary.

The corpus (about 2,100 feeds: well-formed, ill-formed, odd encodings, entity tricks) is
shared by the team outside this repository; the test is skipped when it is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.parse import parse_feed
from bot.understand.sentences import split_sentences
from bot.understand.summary import Summarizer

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "feedparser-tests"


def test_whole_corpus_parses_splits_and_summarizes_without_an_exception() -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"feedparser test corpus not found at {CORPUS}")
    samples = sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.suffix in {".xml", ".json"})
    assert len(samples) >= 2000
    summarizer = Summarizer()
    entries = 0
    for sample in samples:
        url = f"http://example.com/{sample.relative_to(CORPUS).as_posix()}"
        feed = parse_feed(sample.read_bytes(), {"Content-Type": "application/xml"}, url)
        for entry in feed.entries:
            assert entry.uid, sample
            assert entry.published_at is None or entry.published_at.utcoffset() is not None
            split_sentences(entry.text)
            summarizer.summarize(entry.text)
            entries += 1
    assert entries > 500
