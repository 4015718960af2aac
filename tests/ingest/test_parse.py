"""bot.ingest.parse: golden files, plus the behaviour the golden files cannot show on their own.

Golden files: each sample feed in tests/data/feeds/ sits beside `<name>.expected.json`,
the ParsedFeed it must produce (fetched from https://feeds.example.com/<name>). After a
deliberate change of behaviour, rewrite the expected files with

    NEWSBOT_REGEN_GOLDEN=1 .venv/bin/pytest tests/ingest/test_parse.py

and review the diff before keeping it.
"""

from __future__ import annotations

import dataclasses
import json
import os
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from bot.ingest.parse import read_feed
from bot.ingest.text import html_to_text, normalize_space
from bot.records import ParsedEntry

FEEDS = Path(__file__).resolve().parents[1] / "data" / "feeds"
SAMPLES = sorted(p for p in FEEDS.iterdir() if not p.name.endswith(".expected.json"))
REGEN = os.environ.get("NEWSBOT_REGEN_GOLDEN") == "1"


@dataclasses.dataclass(frozen=True)
class ParsedFeed:
    """Everything the poller gets out of one fetched feed document: every item converted."""

    title: str | None
    entries: list[ParsedEntry]
    problem: str | None = None
    """Why the feed is malformed (feedparser's bozo exception), when it is."""
    ttl_minutes: int | None = None
    """The RSS <ttl> hint, when present."""


def parse_feed(body: bytes, headers: dict[str, str], url: str) -> ParsedFeed:
    """The feed read as the poller reads it (`read_feed`), with every item converted."""
    document = read_feed(body, headers, url)
    entries = [e for e in map(document.entry, document.items) if e is not None]
    return ParsedFeed(document.title, entries, document.problem, document.ttl_minutes)


def _as_json(feed: ParsedFeed) -> dict[str, Any]:
    def default(value: object) -> str:
        if isinstance(value, datetime):
            return value.isoformat()
        raise TypeError(f"not JSON serialisable: {value!r}")

    loaded: dict[str, Any] = json.loads(json.dumps(dataclasses.asdict(feed), default=default))
    return loaded


def _parse(path: Path) -> ParsedFeed:
    return parse_feed(path.read_bytes(), {}, f"https://feeds.example.com/{path.name}")


@pytest.mark.parametrize("sample", SAMPLES, ids=[p.name for p in SAMPLES])
def test_sample_feed_matches_golden_file(sample: Path) -> None:
    expected_path = sample.with_name(sample.name + ".expected.json")
    actual = _as_json(_parse(sample))
    if REGEN:
        text = json.dumps(actual, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
        expected_path.write_text(text, encoding="utf-8")
    assert expected_path.exists(), f"no golden file; run with NEWSBOT_REGEN_GOLDEN=1 ({sample})"
    assert actual == json.loads(expected_path.read_text(encoding="utf-8"))


def test_every_sample_has_a_golden_file() -> None:
    for expected in FEEDS.glob("*.expected.json"):
        assert expected.with_name(expected.name.removesuffix(".expected.json")).exists()
    assert len(SAMPLES) >= 6


def test_malformed_feed_keeps_entries_before_the_error_and_says_where() -> None:
    feed = _parse(FEEDS / "bozo_malformed.xml")
    assert [e.title for e in feed.entries][:2] == ["First good entry", "Second good entry"]
    assert feed.problem == "not well-formed (invalid token) at line 17"


def test_non_url_guids_are_namespaced_by_feed_url() -> None:
    feed = parse_feed((FEEDS / "rss_guids.xml").read_bytes(), {}, "https://a.example/rss")
    other = parse_feed((FEEDS / "rss_guids.xml").read_bytes(), {}, "https://b.example/rss")
    uids = [e.uid for e in feed.entries]
    assert uids == [
        "https://wire.example.org/2024/03/05/kharkiv-shelling",
        "https://a.example/rss#1",
        "urn:uuid:4f0c2a9e-6b1d-4f5e-9a3c-2d8f1b7e6a10",
    ]
    assert uids[1] != other.entries[1].uid


def test_entries_without_guid_or_link_get_a_content_hash() -> None:
    feed = _parse(FEEDS / "tracking_links.xml")
    by_title = {e.title: e for e in feed.entries}
    assert (
        by_title["Drone strike in Idlib"].uid
        == "https://tracked.example.com/world/idlib-drone?id=42"
    )
    assert by_title["Statement without a link"].uid.startswith("sha256:")
    assert len(feed.entries) == 3, "an item with no title, text or link is skipped"


def test_block_tags_keep_sentences_apart() -> None:
    entry = _parse(FEEDS / "rss_guids.xml").entries[1]
    assert "dawn on Tuesday.\n\nIt carried food" in entry.text
    assert "trackPageView" not in entry.text


@pytest.mark.parametrize(
    "body",
    [b"", b"   \n", b"\x00\xff\xfe junk \x89PNG\r\n", (FEEDS / "not_a_feed.html").read_bytes()],
    ids=["empty", "blank", "binary", "html"],
)
def test_non_feed_input_gives_empty_feed_with_problem(body: bytes) -> None:
    feed = parse_feed(body, {"Content-Type": "text/html"}, "https://example.com/")
    assert feed.entries == []
    assert feed.title is None
    assert feed.problem


def test_headers_may_use_any_case_and_relative_links_resolve_against_the_url() -> None:
    body = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        b"<item><title>A</title><link>/a/1?utm_campaign=x</link></item></channel></rss>"
    )
    headers = {"Content-Type": "application/rss+xml; charset=utf-8", "ETag": '"abc"'}
    entry = parse_feed(body, headers, "https://Site.example/feeds/rss").entries[0]
    assert entry.link == "https://Site.example/a/1?utm_campaign=x"
    assert entry.canonical_link == "https://site.example/a/1"


@pytest.mark.parametrize(
    ("ttl", "expected"), [("45", 45), ("0", None), ("-5", None), ("soon", None)]
)
def test_ttl_is_kept_only_when_sane(ttl: str, expected: int | None) -> None:
    body = f'<rss version="2.0"><channel><title>T</title><ttl>{ttl}</ttl></channel></rss>'
    assert parse_feed(body.encode(), {}, "https://example.com/rss").ttl_minutes == expected


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>Troops advanced.</p><p>Civilians fled.</p>", "Troops advanced.\n\nCivilians fled."),
        ("Troops advanced<br/>Civilians fled", "Troops advanced\n\nCivilians fled"),
        ("<ul><li>Kyiv</li><li>Odesa</li></ul>", "Kyiv\n\nOdesa"),
        ("<h2>Update</h2>Shelling<div>resumed</div>", "Update\n\nShelling\n\nresumed"),
        ("A <b>bold</b> <a href='/x?a=1&amp;b=2'>claim</a>.", "A bold claim."),
        ("<script>var a = '<p>';</script><style>p{}</style>Text", "Text"),
        ("Before<!-- <p>hidden</p> -->after", "Beforeafter"),
        ("5 &lt; 10 &amp; 3 > 2 &#8212; &quot;ok&quot;&nbsp;now", '5 < 10 & 3 > 2 — "ok" now'),
        ("Plain  text\n with\tspaces", "Plain text with spaces"),
        ("Para one.\n\n\nPara two.", "Para one.\n\nPara two."),
        ('<img src="a.jpg" alt="x > y">Caption', "Caption"),
        ("", ""),
    ],
)
def test_html_becomes_plain_text_with_paragraphs(html: str, text: str) -> None:
    assert html_to_text(html) == text


def test_normalize_space_makes_one_line() -> None:
    assert normalize_space("  Strikes\n\n hit\u00a0Gaza\u200b  ") == "Strikes hit Gaza"
