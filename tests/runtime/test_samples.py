"""The demo's sample feeds (bot/runtime/samples/) and the default feed list (config/feeds.yaml)."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import feedparser
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "bot" / "runtime" / "samples"
FEEDS_YAML = ROOT / "config" / "feeds.yaml"

MALFORMED = {"wirecast.xml"}
"""Sample feeds that are broken on purpose."""

DEIR_EZ_ZOR = re.compile(
    r"\b(?:Deir|Dayr|Dair)[\s-]*(?:ez|al|el|az|e)?[\s-]*(?:Zor|Zawr|Zour)\b"
    r"|\bDeir\s*Ezzor\b"
    r"|دير الزور",
    re.IGNORECASE,
)

SAMPLE_FILES = sorted(SAMPLES.glob("*.xml"))


def _parse(path: Path) -> feedparser.FeedParserDict:
    return feedparser.parse(path.read_bytes())


def _entry_text(entry: feedparser.FeedParserDict) -> str:
    parts = [entry.get("title", ""), entry.get("summary", "")]
    parts += [c.get("value", "") for c in entry.get("content", [])]
    return "\n".join(parts)


def _without_tracking(url: str) -> str:
    scheme, netloc, path, query, _fragment = urlsplit(url)
    kept = [(k, v) for k, v in parse_qsl(query) if not k.lower().startswith("utm_")]
    return urlunsplit((scheme.lower(), netloc.lower(), path, urlencode(kept), ""))


@pytest.fixture(scope="module")
def parsed() -> dict[str, feedparser.FeedParserDict]:
    return {path.name: _parse(path) for path in SAMPLE_FILES}


def test_there_are_enough_sample_feeds() -> None:
    assert len(SAMPLE_FILES) >= 5
    assert {p.name for p in SAMPLE_FILES} >= MALFORMED
    assert (SAMPLES / "README.md").is_file()


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.name)
def test_sample_is_utf8_and_parses(path: Path) -> None:
    path.read_bytes().decode("utf-8")  # raises if not valid UTF-8
    feed = _parse(path)
    assert feed.version in {"rss20", "atom10"}
    assert feed.feed.get("title")
    if path.name in MALFORMED:
        assert feed.bozo, "the deliberately malformed sample should be flagged bozo"
        assert len(feed.entries) >= 3, "the malformed sample should still yield entries"
    else:
        assert not feed.bozo, f"{path.name}: {feed.get('bozo_exception')!r}"
        assert 6 <= len(feed.entries) <= 10


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.name)
def test_sample_entries_are_complete(path: Path) -> None:
    for entry in _parse(path).entries:
        assert entry.get("title")
        assert entry.get("link", "").startswith("https://")
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        assert when is not None, entry.get("title")
        assert (when.tm_year, when.tm_mon) in {(2026, 10), (2026, 11)}
        text = re.sub(r"<[^>]+>", " ", _entry_text(entry))
        sentences = re.findall(r"[.!?](?:[\"”’])?(?:\s|$)", text)
        assert len(sentences) >= 4, f"description too short: {entry.get('title')}"


def test_formats_and_volume(parsed: dict[str, feedparser.FeedParserDict]) -> None:
    versions = {feed.version for feed in parsed.values()}
    assert {"rss20", "atom10"} <= versions
    total = sum(len(feed.entries) for feed in parsed.values())
    assert 35 <= total <= 60


def test_latest_items_are_in_the_demo_window(parsed: dict[str, feedparser.FeedParserDict]) -> None:
    latest = max(
        tuple(e.get("published_parsed") or e.get("updated_parsed"))[:3]
        for feed in parsed.values()
        for e in feed.entries
    )
    assert (2026, 11, 20) <= latest <= (2026, 11, 24)


def test_deir_ez_zor_is_spelled_many_ways(parsed: dict[str, feedparser.FeedParserDict]) -> None:
    texts = [_entry_text(e) for feed in parsed.values() for e in feed.entries]
    mentioning = [t for t in texts if DEIR_EZ_ZOR.search(t)]
    assert len(mentioning) >= 4
    spellings = {m.group(0).lower() for t in mentioning for m in DEIR_EZ_ZOR.finditer(t)}
    for wanted in ("deir ez-zor", "deir al-zor", "dayr az-zawr", "deir ezzor", "دير الزور"):
        assert wanted in spellings, wanted
    feeds_mentioning = {
        name
        for name, feed in parsed.items()
        if any(DEIR_EZ_ZOR.search(_entry_text(e)) for e in feed.entries)
    }
    assert len(feeds_mentioning) >= 3


def test_one_feed_has_no_guids(parsed: dict[str, feedparser.FeedParserDict]) -> None:
    without = [name for name, feed in parsed.items() if not any(e.get("id") for e in feed.entries)]
    assert without, "one sample feed should leave guids out so that links are used"


def test_a_story_is_syndicated_under_the_same_link(
    parsed: dict[str, feedparser.FeedParserDict],
) -> None:
    where: dict[str, set[str]] = defaultdict(set)
    raw: dict[str, set[str]] = defaultdict(set)
    for name, feed in parsed.items():
        for entry in feed.entries:
            canonical = _without_tracking(entry.link)
            where[canonical].add(name)
            raw[canonical].add(entry.link)
    shared = [link for link, names in where.items() if len(names) >= 2]
    assert shared, "one story should appear in two feeds under the same link"
    assert any(any("utm_source=" in link for link in raw[c]) for c in shared)
    assert any(c in raw[c] for c in shared), "one copy should carry no tracking parameters"


def test_some_links_carry_tracking_parameters(
    parsed: dict[str, feedparser.FeedParserDict],
) -> None:
    tracked = [e.link for f in parsed.values() for e in f.entries if "utm_" in e.link]
    assert len(tracked) >= 3


def test_default_feed_list_loads() -> None:
    data = yaml.safe_load(FEEDS_YAML.read_text(encoding="utf-8"))
    feeds = data["feeds"]
    assert len(feeds) >= 15
    urls = [feed["url"] for feed in feeds]
    assert len(urls) == len(set(urls)), "duplicate URLs in config/feeds.yaml"
    lowered = [u.lower().rstrip("/") for u in urls]
    assert len(lowered) == len(set(lowered))
    for feed in feeds:
        url = feed["url"]
        parts = urlsplit(url)
        assert parts.scheme == "https", url
        assert parts.netloc and " " not in url, url
        assert isinstance(feed.get("title"), str) and feed["title"], url
        assert feed.get("region", "world") in {
            "world",
            "middle-east",
            "africa",
            "europe",
            "asia",
            "americas",
        }
    assert "newsbot feeds add" in FEEDS_YAML.read_text(encoding="utf-8")
