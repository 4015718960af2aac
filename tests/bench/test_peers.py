"""bench/peers.py and bench/peer_feeds.py: the paired figures and the made feeds, on made-up
texts (no reader, no network, no ../shared)."""

from __future__ import annotations

import random
import re
import sqlite3
import subprocess
import sys
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import feedparser

from bench.peer_feeds import ArticleMaker, Corpus, Text, load_corpus, make_feeds
from bench.peers import Figure, finished, format_rows, launched, paired_rows, store_bytes

NOW = datetime(2026, 12, 4, 20, tzinfo=UTC)


@dataclass(frozen=True)
class Timed:
    seconds: float
    peak_mb: float


FIGURES = (
    Figure("first pass", "s", lambda r: r.seconds, ratio_bar=3.0),
    Figure("peak memory", "MB", lambda r: r.peak_mb, own_bar=250),
)


def corpus(texts: int = 40, sentences: int = 8) -> Corpus:
    """Texts whose sentences are all different, so shared sentences show where they came from."""
    made = tuple(
        Text(
            "en",
            f"Title {t}",
            tuple(
                f"Sentence {s} of text {t} says something long enough." for s in range(sentences)
            ),
        )
        for t in range(texts)
    )
    return Corpus(made, "made up")


def test_the_ratio_is_the_median_of_each_rounds_ratio_not_a_ratio_of_medians() -> None:
    ours = [Timed(30, 300), Timed(10, 200), Timed(12, 220)]
    theirs = [Timed(10, 50), Timed(10, 50), Timed(2, 40)]

    first, memory = paired_rows(FIGURES, ours, theirs)

    assert first.ours == 12 and first.theirs == 10
    assert first.ratio == 3.0  # per round 3.0, 1.0, 6.0 (medians alone would say 1.2)
    assert first.met is True
    assert memory.ours == 220 and memory.met is True  # judged on newsbot's own figure


def test_a_figure_over_its_bar_says_so() -> None:
    rows = paired_rows(FIGURES, [Timed(40, 400)], [Timed(10, 50)])

    lines = format_rows(rows, "medians of 1 paired rounds")

    assert rows[0].ratio == 4.0
    assert "4.00x" in lines[1] and "NOT met" in lines[1]
    assert "400.00 MB" in lines[2] and "NOT met" in lines[2]


def test_without_the_peer_only_newsbots_own_bars_are_judged() -> None:
    first, memory = paired_rows(FIGURES, [Timed(40, 100)], [])

    assert first.ratio is None and first.met is None
    assert memory.met is True
    assert " - " in format_rows([first], "newsbot alone")[1]


def test_articles_are_distinct_except_the_re_reports() -> None:
    maker = ArticleMaker(corpus(), random.Random(1), same_event=0.2)

    articles = [maker.make() for _ in range(400)]
    fresh = [a for a in articles if not a.re_report]

    assert 40 < len(articles) - len(fresh) < 120
    pairs_sharing_most = sum(
        len(set(a.sentences) & set(b.sentences)) > len(a.sentences) // 2
        for i, a in enumerate(fresh)
        for b in fresh[i + 1 :]
    )
    assert pairs_sharing_most == 0


def test_a_re_report_tells_a_recent_article_again_under_another_headline() -> None:
    maker = ArticleMaker(corpus(), random.Random(2), same_event=0.5)
    articles = [maker.make() for _ in range(60)]

    for article in (a for a in articles if a.re_report):
        base = next(
            b for b in articles if not b.re_report and b.sentences[0] == article.sentences[0]
        )
        assert set(article.sentences) <= set(base.sentences)
        assert len(article.sentences) >= len(base.sentences) - 1
        assert article.title != base.title


def test_the_changed_feed_brings_new_items_on_top_and_keeps_the_old_ones_dates() -> None:
    made = make_feeds(corpus(), feeds=3, items=6, new_items=2, same_event=0.0, now=NOW)

    before = feedparser.parse(made.first[1]).entries
    after = feedparser.parse(made.changed[1]).entries

    assert len(before) == len(after) == 6
    assert [e.link for e in after[:2]] == [
        "https://outlet.example/1/6",
        "https://outlet.example/1/7",
    ]
    kept = {e.link: e.published for e in before}
    assert all(kept[e.link] == e.published for e in after[2:])
    assert made.articles == 3 * (6 + 2)


def test_without_the_shared_sets_the_texts_are_synthetic_and_say_so(tmp_path: Path) -> None:
    found = load_corpus(tmp_path / "absent")

    assert "not found" in found.source and "synthetic" in found.source
    assert found.texts and all(t.sentences for t in found.texts)


def test_the_store_size_includes_what_the_write_ahead_log_held(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    with closing(sqlite3.connect(path)) as writer:
        writer.execute("PRAGMA journal_mode=WAL")
        writer.execute("PRAGMA wal_autocheckpoint=0")
        writer.execute("CREATE TABLE t (body TEXT)")
        writer.executemany("INSERT INTO t VALUES (?)", [("x" * 1000,)] * 500)
        writer.commit()
        assert path.stat().st_size < 100_000  # the rows are still in the log

        assert store_bytes(path) > 500_000


def test_feed_titles_are_cut_from_sentences_without_their_end_mark() -> None:
    maker = ArticleMaker(corpus(texts=3, sentences=12), random.Random(4), same_event=0.0)

    titles = [maker.make().title for _ in range(30)]

    assert all(
        re.fullmatch(r"(Title \d+|Sentence \d+ of text \d+ says something long enough)", t)
        for t in titles
    )


def test_a_small_command_started_from_a_large_process_reports_its_own_peak(
    tmp_path: Path,
) -> None:
    ballast = bytearray(200 * 1024 * 1024)  # this process is now larger than the command
    ballast[::4096] = b"x" * len(ballast[::4096])
    measured = tmp_path / "peak"

    ended = finished(subprocess.Popen(launched(["true"], measured)), measured)

    assert ended.code == 0
    assert ended.peak_mb < 100
    del ballast


def test_the_launcher_passes_on_the_commands_exit_code(tmp_path: Path) -> None:
    measured = tmp_path / "peak"

    ended = finished(subprocess.Popen(launched(["sh", "-c", "exit 3"], measured)), measured)

    assert ended.code == 3 and ended.seconds > 0


def test_newsbots_side_is_loaded_as_newsbot_run_is_imports_out_of_the_collectors_sight() -> None:
    check = (
        "import gc; from bench.peer_newsbot import load_as_newsbot_run; load_as_newsbot_run(); "
        "print(gc.isenabled(), gc.get_freeze_count() > 50_000, len(gc.get_objects()) < 5_000)"
    )
    root = Path(__file__).resolve().parents[2]

    done = subprocess.run([sys.executable, "-c", check], cwd=root, capture_output=True, text=True)

    assert done.stdout.split() == ["True", "True", "True"], done.stderr
