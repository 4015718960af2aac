"""Story grouping: pairwise precision and recall on labelled same-event articles.

`tests/data/stories/articles.jsonl`: 71 articles from many outlets, 21 events of two to four
articles each (an updated version of one article among them) and 11 singletons, several on
the same places and days as an event. Pairs of articles of one event should share a story;
pairs of different events should not.

Methods, each streaming (articles in publication order, each matched against those already
seen within the story window):
- newsbot: MinHash/LSH band keys looked up in the database, candidates
  confirmed by exact Jaccard of the word sets; the real store, a fresh SQLite file.
- tfidf: scikit-learn TF-IDF cosine of title and text against every article seen
  (IDF fitted on the whole set, which favours it), joining the best match above a threshold.

Target: precision >= 0.95 and recall >= 0.90.

    .venv/bin/python bench/stories.py
"""

from __future__ import annotations

import itertools
import json
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity

from bot.records import Analysis, ParsedEntry, PollOutcome, Relevance
from bot.storage import FreshArticle, Store
from bot.storage.stories import STORY_WINDOW
from bot.understand.stories import fingerprint

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "stories" / "articles.jsonl"


def load() -> list[dict[str, str]]:
    """The labelled articles in publication order."""
    rows = [json.loads(line) for line in DATA.read_text().splitlines() if line.strip()]
    return sorted(rows, key=lambda r: (r["published"], r["id"]))


def published(row: dict[str, str]) -> datetime:
    """An article's publication time."""
    return datetime.fromisoformat(row["published"].replace("Z", "+00:00"))


def pairwise(labels: Sequence[str], groups: Sequence[object]) -> tuple[float, float]:
    """Pairwise precision and recall of `groups` against the true `labels`."""
    tp = fp = fn = 0
    for i, j in itertools.combinations(range(len(labels)), 2):
        same, grouped = labels[i] == labels[j], groups[i] == groups[j]
        tp += same and grouped
        fp += grouped and not same
        fn += same and not grouped
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)


def newsbot_groups(rows: Sequence[dict[str, str]]) -> list[object]:
    """Each article's story id after storing them one by one, each outlet a feed."""
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(f"sqlite:///{tmp}/stories.db")
        outlets = dict.fromkeys(row["outlet"] for row in rows)
        feed_ids = {o: store.add_feed(f"https://{n}.example/rss").id for n, o in enumerate(outlets)}
        for row in rows:
            when = published(row)
            entry = ParsedEntry(
                uid=f"story-{row['id']}",
                link=f"https://{row['outlet'].lower().replace(' ', '')}.example/{row['id']}",
                canonical_link=None,
                title=row["title"],
                text=row["text"],
                feed_summary="",
                published_at=when,
            )
            fresh = FreshArticle(
                entry, Analysis(Relevance(1.0, True)), fingerprint(row["title"], row["text"])
            )
            store.save_poll(PollOutcome(feed_ids[row["outlet"]], when, when), [fresh])
        first = min(published(row) for row in rows)
        found = {a.uid: a.story_id for a in store.conflict_articles_since(first, limit=len(rows))}
        store.close()
    return [found[f"story-{row['id']}"] for row in rows]


def tfidf_groups(rows: Sequence[dict[str, str]], threshold: float) -> list[object]:
    """Streaming best-match grouping on TF-IDF cosine (all earlier articles compared)."""
    matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(
        [f"{r['title']}. {r['text']}" for r in rows]
    )
    similar = cosine_similarity(matrix)
    groups: list[object] = []
    for i, row in enumerate(rows):
        best, score = None, threshold
        for j in range(i):
            if abs(published(row) - published(rows[j])) <= STORY_WINDOW and similar[i, j] >= score:
                best, score = j, similar[i, j]
        groups.append(i if best is None else groups[best])
    return groups


def main() -> None:
    """Print precision and recall of each method, and the time per article."""
    rows = load()
    labels = [r["event"] for r in rows]
    events = {label for label in labels if labels.count(label) > 1}
    singletons = len(rows) - sum(labels.count(event) for event in events)
    print(f"{len(rows)} articles, {len(events)} events, {singletons} singletons")
    started = time.perf_counter()
    groups = newsbot_groups(rows)
    seconds = time.perf_counter() - started
    precision, recall = pairwise(labels, groups)
    print(f"{'method':<28} {'precision':>9} {'recall':>7} {'ms/article':>10}")
    row = f"{'newsbot minhash-lsh+jaccard':<28} {precision:9.3f} {recall:7.3f}"
    print(f"{row} {1000 * seconds / len(rows):10.2f}")
    for threshold in (0.15, 0.2, 0.25, 0.3):
        started = time.perf_counter()
        groups = tfidf_groups(rows, threshold)
        seconds = time.perf_counter() - started
        precision, recall = pairwise(labels, groups)
        name = f"tfidf cosine >= {threshold}"
        print(f"{name:<28} {precision:9.3f} {recall:7.3f} {1000 * seconds / len(rows):10.2f}")


if __name__ == "__main__":
    main()
