"""Realistic feeds for bench/peers.py: articles made from real text, distinct per article.

The bodies come from the shared development sets (../shared/eval, read at run time, never
copied into the project). Each article takes a run of sentences from one real text (its
lead, when the run starts there) and is filled up to that text's length with sentences of
other texts in the same language, so no two articles are near-copies; a share of them
(`same_event`) re-report an article made shortly before, as another outlet would: the same
sentences, one dropped and the rest after the lead reordered, under another headline.
Without ../shared the texts are synthetic (bench/synthetic.py), and `Corpus.source` says so.
"""

from __future__ import annotations

import json
import random
import re
from collections import deque
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

from bench.synthetic import article_text

SHARED = Path(__file__).resolve().parents[2] / "shared" / "eval"
SOURCES = (
    "articles-dev.jsonl",
    "stories-dev.jsonl",
    "events-dev.jsonl",
    "lang-dev.jsonl",
    "summaries-dev.jsonl",
)
RUN = 4
"""Sentences an article takes from its own real text."""
RECENT = 300
"""Articles a re-report may pick from (the latest made)."""
SHORTEST, LONGEST = 600, 3000
"""Bounds on an article's length in characters."""
_SENTENCE_END = re.compile(r"(?<=[.!?؟])\s+")


@dataclass(frozen=True)
class Text:
    """One real (or synthetic) text, split into sentences."""

    lang: str
    title: str | None
    sentences: tuple[str, ...]


@dataclass(frozen=True)
class Article:
    """One feed item's title and body."""

    title: str
    sentences: tuple[str, ...]
    re_report: bool = False


@dataclass(frozen=True)
class Corpus:
    """The texts articles are made from, and where they came from."""

    texts: tuple[Text, ...]
    source: str


def split_sentences(text: str) -> tuple[str, ...]:
    """Sentences of `text` (a plain end-mark split: enough to recombine real sentences)."""
    parts = (p.strip() for line in text.splitlines() for p in _SENTENCE_END.split(line))
    return tuple(p for p in parts if len(p) > 1)


def load_corpus(folder: Path = SHARED, rng: random.Random | None = None) -> Corpus:
    """The development sets' texts, or synthetic ones when the folder is absent."""
    texts = []
    for name in SOURCES:
        path = folder / name
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            sentences = split_sentences(row["text"])
            if sentences:
                texts.append(Text(row.get("lang") or "en", row.get("title"), sentences))
    if texts:
        return Corpus(tuple(texts), f"{len(texts)} real texts from {folder}")
    rng = rng or random.Random(3)
    made = [article_text(rng, 8) for _ in range(400)]
    synthetic = tuple(Text("en", title, tuple(body)) for title, body in made)
    return Corpus(synthetic, f"{folder} not found: {len(synthetic)} synthetic texts")


def headline(sentence: str, words: int = 12) -> str:
    """A headline cut from a sentence: its first `words` words, without the end mark."""
    cut = sentence.split()[:words]
    return " ".join(cut).rstrip(".,;:!?؟")


class ArticleMaker:
    """Makes articles from a corpus, distinct per article except for deliberate re-reports."""

    def __init__(self, corpus: Corpus, rng: random.Random, same_event: float) -> None:
        self.rng = rng
        self.same_event = same_event
        self.order = list(corpus.texts)
        rng.shuffle(self.order)
        self.next_text = 0
        self.pool: dict[str, list[str]] = {}
        for text in corpus.texts:
            self.pool.setdefault(text.lang, []).extend(text.sentences)
        self.recent: deque[Article] = deque(maxlen=RECENT)

    def make(self) -> Article:
        """The next article: a re-report of a recent one, or a new one."""
        if self.recent and self.rng.random() < self.same_event:
            return self._re_report(self.rng.choice(self.recent))
        article = self._fresh()
        self.recent.append(article)
        return article

    def _fresh(self) -> Article:
        text = self.order[self.next_text % len(self.order)]
        self.next_text += 1
        start = self.rng.randrange(max(1, len(text.sentences) - RUN + 1))
        sentences = list(text.sentences[start : start + RUN])
        target = min(max(sum(len(s) + 1 for s in text.sentences), SHORTEST), LONGEST)
        pool = self.pool[text.lang]
        length = sum(len(s) + 1 for s in sentences)
        while length < target:
            sentence = self.rng.choice(pool)
            sentences.append(sentence)
            length += len(sentence) + 1
        title = text.title if start == 0 and text.title else headline(sentences[0], 14)
        return Article(title, tuple(sentences))

    def _re_report(self, base: Article) -> Article:
        lead, rest = base.sentences[0], list(base.sentences[1:])
        if len(rest) > 1:
            rest.pop(self.rng.randrange(len(rest)))
        self.rng.shuffle(rest)
        return Article(headline(rest[0] if rest else lead, 10), (lead, *rest), re_report=True)


Item = tuple[int, Article, datetime]
"""An item's number in its feed, its article and when it was published."""


def rss_document(feed_no: int, items: list[Item], base_url: str) -> bytes:
    """An RSS 2.0 feed of `items`, in the order given."""
    entries = []
    for item_no, article, when in items:
        link = f"{base_url}/{feed_no}/{item_no}"
        published = format_datetime(when, usegmt=True)
        paragraphs = "".join(
            f"<p>{escape(' '.join(article.sentences[i : i + 3]))}</p>"
            for i in range(0, len(article.sentences), 3)
        )
        entries.append(
            f"<item><title>{escape(article.title)}</title><link>{escape(link)}</link>"
            f"<guid>{escape(link)}</guid><pubDate>{published}</pubDate>"
            f"<description>{escape(paragraphs)}</description></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Outlet {feed_no}</title><link>{base_url}/{feed_no}</link>"
        f"<description>News</description>{''.join(entries)}</channel></rss>"
    ).encode()


@dataclass(frozen=True)
class FeedSet:
    """Every feed's document before and after its new items arrive."""

    first: tuple[bytes, ...]
    changed: tuple[bytes, ...]
    articles: int
    re_reports: int


def make_feeds(
    corpus: Corpus,
    feeds: int,
    items: int,
    new_items: int,
    same_event: float,
    now: datetime,
    seed: int = 11,
    base_url: str = "https://outlet.example",
) -> FeedSet:
    """`feeds` feeds of `items` articles each; in the changed state each brings `new_items`
    new articles on top and drops as many of its oldest."""
    maker = ArticleMaker(corpus, random.Random(seed), same_event)
    gap = timedelta(minutes=23)
    old: list[list[Item]] = [
        [(i, maker.make(), now - timedelta(hours=1) - i * gap) for i in range(items)]
        for _ in range(feeds)
    ]
    new: list[list[Item]] = [
        [(items + k, maker.make(), now - k * gap) for k in range(new_items)] for _ in range(feeds)
    ]
    first = tuple(rss_document(n, old[n], base_url) for n in range(feeds))
    changed = tuple(
        rss_document(n, new[n] + old[n][: items - new_items], base_url) for n in range(feeds)
    )
    made = [a for feed in old + new for _, a, _ in feed]
    return FeedSet(first, changed, len(made), sum(a.re_report for a in made))
