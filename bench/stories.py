"""Story grouping: pairwise precision and recall on labelled same-event articles.

Sets:
- regression: `tests/data/stories/articles.jsonl`, hand-written (71 articles, 21 events and
  11 singletons); kept as a regression set, not as the target.
- stories-dev tune / held-out: `../shared/eval/stories-dev.jsonl`, 135 real article openings
  (25 events told by 2-6 outlets, 15 same-place same-week distractors), split BY EVENT with
  the stable hash of `bench/geoparsing.py` (about two thirds tune, one third held out; tune
  on the first only). Skipped with a message when ../shared is absent.

A stories-dev article without a date arrives (is polled) when the dated reports of its event
were published, plus 0-35 hours by a hash of its id (the event's label date when none of
them is dated); it is stored undated, as the pipeline stores an entry without a date. An
article without a verbatim headline gets its first line as title.

Methods, each streaming (articles in arrival order, each matched against those already seen):
- newsbot: the pipeline's own analysis (places, event, language; every article taken as a
  conflict report) and fingerprint, stored one by one in a fresh
  SQLite store, candidates looked up by index keys and confirmed (bot/understand/stories.py).
- tfidf: scikit-learn TF-IDF cosine of title and text against every article seen within the
  story window (IDF fitted on the whole set, which favours it), joining the best match.

Also printed: milliseconds per article, and candidate comparisons per article with 10k and
100k synthetic articles stored (1,000 a day, so the window holds as many in both), with the
reports read at the article's town for its names (`place_reports`) and the index rows read
for its names store-wide (`rare_writers`, at most RARE + 1 a name): none may grow with
the store. Target: precision >= 0.95 and recall >= 0.90 on every set.

`--tune` prints the regression set and the tune split only (the held-out third stays unseen
while tuning).

    .venv/bin/python bench/stories.py [--tune] [--scale]
"""

from __future__ import annotations

import hashlib
import itertools
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity
from sqlalchemy import Connection, insert

from bench.flags import TUNE, check_flags
from bench.geoparsing import split_of
from bot.records import ParsedEntry, PollOutcome, Relevance
from bot.settings import Settings
from bot.storage import FreshArticle, Store
from bot.storage.schema import anchor_index, article_places, articles, stories, story_bands
from bot.storage.stories import STORY_WINDOW, candidates, place_reports, rare_writers
from bot.understand import Analyzer, fingerprint

ROOT = Path(__file__).resolve().parents[1]
REGRESSION = ROOT / "tests" / "data" / "stories" / "articles.jsonl"
SHARED = ROOT.parent / "shared" / "eval" / "stories-dev.jsonl"


@dataclass(frozen=True)
class Row:
    """One labelled article as a feed would bring it."""

    id: str
    event: str
    outlet: str
    link: str
    title: str
    text: str
    arrives: datetime
    published: datetime | None


def regression_rows() -> list[Row]:
    """The hand-written set, in publication order."""
    rows = []
    for line in REGRESSION.read_text().splitlines():
        if line.strip():
            r = json.loads(line)
            when = datetime.fromisoformat(r["published"].replace("Z", "+00:00"))
            slug = r["outlet"].lower().replace(" ", "")
            link = f"https://{slug}.example/{r['id']}"
            rows.append(
                Row(str(r["id"]), r["event"], r["outlet"], link, r["title"], r["text"], when, when)
            )
    return sorted(rows, key=lambda r: (r.arrives, r.id))


def _jitter(key: str, hours: int) -> timedelta:
    digest = hashlib.sha256(key.encode()).digest()
    return timedelta(hours=int.from_bytes(digest[:4], "big") % hours)


def _label_date(event: str) -> datetime:
    parts = event.split("-")
    digits = [p for p in parts if p.isdigit()]
    year, month = int(digits[0]), int(digits[1])
    day = int(digits[2]) if len(digits) > 2 else 1
    return datetime(year, month, day, tzinfo=UTC)


def shared_rows() -> dict[str, list[Row]] | None:
    """stories-dev by split, each in arrival order; None when ../shared is absent."""
    if not SHARED.exists():
        return None
    raw = [json.loads(line) for line in SHARED.read_text().splitlines() if line.strip()]
    dated: dict[str, list[datetime]] = {}
    for r in raw:
        if r["date"]:
            day = datetime.fromisoformat(r["date"]).replace(tzinfo=UTC)
            dated.setdefault(r["event"], []).append(day)
    parts: dict[str, list[Row]] = {"stories-dev tune": [], "stories-dev held-out": []}
    for r in raw:
        if r["date"]:
            published = datetime.fromisoformat(r["date"]).replace(tzinfo=UTC)
            published += timedelta(hours=6) + _jitter(r["id"], 12)
            arrives: datetime = published
        else:
            days = dated.get(r["event"])
            base = (
                datetime.fromtimestamp(statistics.median(d.timestamp() for d in days), UTC)
                if days
                else _label_date(r["event"])
            )
            published, arrives = None, base + _jitter(r["id"], 36)
        title = r["title"] or r["text"].strip().splitlines()[0][:200]
        row = Row(r["id"], r["event"], r["outlet"], r["url"], title, r["text"], arrives, published)
        parts[f"stories-dev {split_of('stories-dev', r['event'])}"].append(row)
    return {name: sorted(rows, key=lambda r: (r.arrives, r.id)) for name, rows in parts.items()}


def pairwise(labels: Sequence[str], groups: Sequence[object]) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 of `groups` against the true `labels`."""
    tp = fp = fn = 0
    for i, j in itertools.combinations(range(len(labels)), 2):
        same, grouped = labels[i] == labels[j], groups[i] == groups[j]
        tp += same and grouped
        fp += grouped and not same
        fn += same and not grouped
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def newsbot_groups(rows: Sequence[Row], analyzer: Analyzer) -> list[object]:
    """Each article's story id after storing them one by one, each outlet a feed."""
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(f"sqlite:///{tmp}/stories.db")
        outlets = dict.fromkeys(row.outlet for row in rows)
        feed_ids = {o: store.add_feed(f"https://{n}.example/rss").id for n, o in enumerate(outlets)}
        for row in rows:
            entry = ParsedEntry(
                uid=f"story-{row.id}",
                link=row.link,
                canonical_link=None,
                title=row.title,
                text=row.text,
                feed_summary="",
                published_at=row.published,
            )
            analysis = analyzer.analyze_entry(entry)
            analysis = replace(analysis, relevance=Relevance(1.0, True), summary="")
            fresh = FreshArticle(
                entry, analysis, fingerprint(entry.title, entry.text, analysis.language)
            )
            store.save_poll(PollOutcome(feed_ids[row.outlet], row.arrives, row.arrives), [fresh])
        first = min(row.arrives for row in rows) - STORY_WINDOW
        found = {a.uid: a.story_id for a in store.conflict_articles_since(first, limit=len(rows))}
        store.close()
    return [found[f"story-{row.id}"] for row in rows]


def tfidf_groups(rows: Sequence[Row], threshold: float) -> list[object]:
    """Streaming best-match grouping on TF-IDF cosine (all earlier articles compared)."""
    matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(
        [f"{r.title}. {r.text}" for r in rows]
    )
    similar = cosine_similarity(matrix)
    groups: list[object] = []
    for i, row in enumerate(rows):
        best, score = None, threshold
        for j in range(i):
            if abs(row.arrives - rows[j].arrives) <= STORY_WINDOW and similar[i, j] >= score:
                best, score = j, similar[i, j]
        groups.append(i if best is None else groups[best])
    return groups


# --- candidates as the store grows ----------------------------------------------------------

PER_DAY = 1000
_VOCAB = [f"w{n}" for n in range(20000)]
_PLACES = [f"gn:{n}" for n in range(100)]
_NAMES = [f"name{n}" for n in range(5000)]
"""The names the synthetic articles write: a few common ones, most rare."""
"""The towns the synthetic articles name, one each: about 10 a day each, like a town in
the news."""


def _synthetic(rng: random.Random) -> tuple[str, str]:
    """A made-up title and text: common and rare words, a few places by name."""
    words = [rng.choice(_VOCAB[:500]) for _ in range(40)] + rng.sample(_VOCAB, 60)
    return " ".join(words[:8]), " ".join(words)


def _names(rng: random.Random) -> list[str]:
    """A synthetic article's anchor words: two common names, three of any."""
    return [*rng.sample(_NAMES[:20], 2), *rng.sample(_NAMES, 3)]


def scale(stored: int, analyzer: Analyzer, probes: int = 200) -> tuple[float, float, float, float]:
    """Mean candidate comparisons, mean reports read at the article's town
    (`place_reports`), mean index rows read for its names store-wide (`rare_writers`), and
    ms per lookup of the three, for `probes` new articles with `stored`
    synthetic articles already in the store (PER_DAY a day, newest just before the probes),
    each a story of its own (stories are bounded by the window: one story holding every
    filler article would start outside it and never be a candidate)."""
    rng = random.Random(stored)
    towns = random.Random(-stored)
    names = random.Random(stored + 1)  # its own stream: the other figures as before
    end = datetime(2026, 6, 1, tzinfo=UTC)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(f"sqlite:///{tmp}/scale.db")
        feed_id = store.add_feed("https://scale.example/rss").id
        with store.engine.begin() as conn:
            batch: list[dict[str, object]] = []
            bands: list[dict[str, object]] = []
            own: list[dict[str, object]] = []
            named: list[dict[str, object]] = []
            words: list[dict[str, object]] = []
            for n in range(stored):
                when = end - timedelta(days=(stored - n) / PER_DAY)
                title, text = _synthetic(rng)
                fp = fingerprint(title, text)
                batch.append(
                    {
                        "id": n + 1,
                        "uid": f"s{n}",
                        "link": None,
                        "title": title,
                        "text": text,
                        "feed_summary": "",
                        "summary": "",
                        "published_at": when,
                        "published_is_guess": False,
                        "first_seen_at": when,
                        "relevance": 1.0,
                        "is_conflict": True,
                        "feed_id": feed_id,
                        "story_id": n + 1,
                        "story_terms": " ".join(sorted(fp.terms)),
                    }
                )
                own.append({"id": n + 1, "title": title, "first_seen_at": when})
                bands.extend(
                    {"band": b, "published_at": when, "article_id": n + 1}
                    for b in dict.fromkeys(fp.bands)
                )
                named.append(_place_row(n + 1, towns.choice(_PLACES), when))
                words.extend(
                    {"word": word, "published_at": when, "article_id": n + 1}
                    for word in dict.fromkeys(_names(names))
                )
                if len(batch) >= 2000:
                    _insert(conn, own, batch, bands, named, words)
                    batch, bands, own, named, words = [], [], [], [], []
            if batch:
                _insert(conn, own, batch, bands, named, words)
        compared = read = rare = 0
        started = time.perf_counter()
        with store.engine.connect() as conn:
            for _ in range(probes):
                title, text = _synthetic(rng)
                compared += len(candidates(conn, end, fingerprint(title, text)))
                read += len(place_reports(conn, end, [towns.choice(_PLACES)]))
                rare += len(rare_writers(conn, end, "en", frozenset(_names(names))))
        seconds = time.perf_counter() - started
        store.close()
    return compared / probes, read / probes, rare / probes, 1000 * seconds / probes


def _place_row(article_id: int, key: str, when: datetime) -> dict[str, object]:
    """A synthetic article's row in article_places: the town it names."""
    return {
        "article_id": article_id,
        "place_key": key,
        "name": key,
        "kind": "city",
        "country_code": "XX",
        "geonameid": None,
        "as_written": key,
        "is_conflict": True,
        "published_at": when,
    }


def _insert(conn: Connection, *rows: list[dict[str, object]]) -> None:
    """Insert one batch of synthetic stories, articles, band keys, place rows and anchor
    words."""
    tables = (stories, articles, story_bands, article_places, anchor_index)
    for table, batch in zip(tables, rows, strict=True):
        conn.execute(insert(table), batch)


def main() -> None:
    """Print precision, recall and F1 of each method on each set, and the scale figures."""
    check_flags(
        __doc__,
        {"--tune": TUNE, "--scale": "candidates compared per article at 10k and 100k stored"},
    )
    analyzer = Analyzer.load(Settings(seed_feeds=False))
    sets: dict[str, list[Row]] = {"regression (tests/data)": regression_rows()}
    shared = shared_rows()
    if shared is None:
        print(f"{SHARED} absent: stories-dev skipped")
    else:
        sets.update(shared)
        if "--tune" in sys.argv:
            del sets["stories-dev held-out"]
    for name, rows in sets.items():
        labels = [r.event for r in rows]
        events = {label for label in labels if labels.count(label) > 1}
        print(f"\n{name}: {len(rows)} articles, {len(events)} events of 2+")
        print(f"{'method':<28} {'P':>6} {'R':>6} {'F1':>6} {'ms/article':>10}")
        started = time.perf_counter()
        groups = newsbot_groups(rows, analyzer)
        ms = 1000 * (time.perf_counter() - started) / len(rows)
        p, r, f = pairwise(labels, groups)
        print(f"{'newsbot':<28} {p:6.3f} {r:6.3f} {f:6.3f} {ms:10.2f}")
        for threshold in (0.15, 0.25):
            started = time.perf_counter()
            groups = tfidf_groups(rows, threshold)
            ms = 1000 * (time.perf_counter() - started) / len(rows)
            p, r, f = pairwise(labels, groups)
            print(f"{f'tfidf cosine >= {threshold}':<28} {p:6.3f} {r:6.3f} {f:6.3f} {ms:10.2f}")
    if "--scale" not in sys.argv:
        print("\n(--scale: candidate comparisons with 10k and 100k stored, a few minutes)")
        return
    print(f"\ncandidates compared per new article ({PER_DAY} stored a day)")
    for stored in (10_000, 100_000):
        compared, read, rare, ms = scale(stored, analyzer)
        print(
            f"{stored:>7} stored: {compared:6.1f} comparisons, {read:6.1f} reports read at "
            f"the town, {rare:6.1f} index rows read for its names, {ms:6.2f} ms per lookup"
        )


if __name__ == "__main__":
    main()
