"""Where the understanding half of ingest spends its time: each stage of
`Analyzer.analyze_entry` (language, places, relevance, event facts, summary) and the story
fingerprint, in CPU seconds over the articles bench/ingest.py makes.

The articles are bench/ingest.py's (real texts of ../shared/eval, ~15% re-reports), parsed
as a poll parses them; a first set warms the caches, a second is timed. Each stage is
wrapped where the analyzer calls it (`bench/first_pass.py`'s wrapper: its thread's CPU
seconds); printed: the seconds, milliseconds an article and share of each, and what the
analyzer spends besides its stages.

    XDG_CACHE_HOME=/tmp/cache-bench .venv/bin/python bench/analysis.py [--articles 1000]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.first_pass import _timed
from bench.ingest import HEADERS, ITEMS_PER_FEED, SAME_EVENT, make_rounds
from bench.peer_feeds import ArticleMaker, load_corpus
from bot.ingest.parse import read_feed
from bot.records import ParsedEntry
from bot.settings import Settings
from bot.understand import analyzer
from bot.understand.stories import fingerprint
from bot.understand.summary import Summarizer

STAGES = {
    "detect_language": "language",
    "find_places": "places",
    "score": "relevance",
    "read_event": "events",
}
"""The analyzer module's stage functions and the label each is printed under."""


def entries_of(documents: list[bytes]) -> list[ParsedEntry]:
    """The entries of the RSS documents, as a poll reads them."""
    entries = []
    for document in documents:
        feed = read_feed(document, HEADERS, "https://outlet.example/rss")
        entries.extend(e for item in feed.items if (e := feed.entry(item)) is not None)
    return entries


def timing(spent: Counter[str]) -> None:
    """Wrap each stage where the analyzer calls it to add its CPU seconds to `spent`."""
    for name, label in STAGES.items():
        setattr(analyzer, name, _timed(getattr(analyzer, name), label, spent))
    Summarizer.summarize = _timed(Summarizer.summarize, "summary", spent)  # type: ignore[method-assign]


def main() -> None:
    """Time every stage over the articles and print each one's share."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    maker = ArticleMaker(load_corpus(), random.Random(42), SAME_EVENT)
    warm, measured = (
        entries_of(documents)
        for documents in make_rounds(maker, 2, max(1, args.articles // ITEMS_PER_FEED))
    )
    analysis = analyzer.Analyzer.load(Settings(seed_feeds=False))
    for entry in warm:
        language = analysis.analyze_entry(entry).language
        fingerprint(entry.title, entry.text or entry.feed_summary, language)
    spent: Counter[str] = Counter()
    timing(spent)
    analyze = _timed(analysis.analyze_entry, "analyze_entry", spent)
    fingerprint_of = _timed(fingerprint, "fingerprint", spent)
    cpu = time.process_time()
    for entry in measured:
        language = analyze(entry).language
        fingerprint_of(entry.title, entry.text or entry.feed_summary, language)
    cpu = time.process_time() - cpu
    count = len(measured)
    print(f"{count} articles: analysis and fingerprints {cpu:.2f} s CPU")
    stages = [*STAGES.values(), "summary"]
    spent["the analyzer's own work"] = spent["analyze_entry"] - sum(spent[s] for s in stages)
    for label in ("analyze_entry", "fingerprint"):
        print(_line(label, spent[label], count, cpu))
    print("  analyze_entry's stages:")
    for label, seconds in spent.most_common():
        if label not in ("analyze_entry", "fingerprint"):
            print(_line(f"  {label}", seconds, count, cpu))


def _line(label: str, seconds: float, count: int, cpu: float) -> str:
    """One part's CPU seconds, milliseconds an article and share of the whole."""
    each = 1000 * seconds / count
    return f"  {label:26} {seconds:7.2f} s  {each:5.2f} ms an article  {seconds / cpu:6.1%}"


if __name__ == "__main__":
    main()
