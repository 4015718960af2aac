"""Rendering: escaping, Slack dates, and splitting within Block Kit's limits."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from bot.answers.briefing import Briefing
from bot.answers.delivery import Delivery
from bot.records import (
    FeedStatus,
    Place,
    StoredArticle,
    StoredPlace,
    Story,
    StorySource,
    Subscription,
)
from bot.slack.blocks import (
    article_detail,
    briefing_message,
    delivery_messages,
    escape,
    feed_failing_message,
    help_message,
    no_place_message,
    slack_date,
    subscriptions_message,
    text_message,
)
from tests.slack.checks import assert_valid_blocks, text_of

WHEN = datetime(2026, 11, 25, 8, 30, tzinfo=UTC)
PLACE = Place("gn:170794", "Deir ez-Zor", "city", "SY", "Syria", 170794, 271800)


def article(i: int, size: int = 400) -> StoredArticle:
    return StoredArticle(
        id=i,
        uid=str(i),
        title=f"Strike <{i}> & more " + "x" * 200,
        link=f"https://news.example/a?id={i}&x=|y",
        summary=("Shelling hit the city. " * (size // 20))[:size],
        published_at=WHEN,
        first_seen_at=WHEN,
        relevance=9.0,
        is_conflict=True,
        sources=("Levant Monitor", "Wire & Co"),
        places=(StoredPlace(PLACE.key, PLACE.name, "city", "SY", "Deir al-Zor"),),
    )


def subscription(label: str) -> Subscription:
    return Subscription(1, "T", "C", "place", "k", label, "daily", "08:00", "U", WHEN, WHEN)


def test_escaping_and_dates() -> None:
    assert escape("a & <b> \"c\" 'd'") == "a &amp; &lt;b&gt; \"c\" 'd'"
    assert slack_date(WHEN) == "<!date^1795595400^{date_short_pretty} {time}|2026-11-25 08:30 UTC>"


def test_a_long_digest_is_split_within_the_limits() -> None:
    delivery = Delivery(
        "T",
        "C",
        "digest",
        "daily 08:00",
        WHEN,
        [article(i, 2500) for i in range(120)],
        [subscription("Deir ez-Zor, Syria " * 20)],
    )
    messages = delivery_messages(delivery)
    assert len(messages) > 5
    for message in messages:
        assert_valid_blocks(message.blocks)
    header = messages[0].blocks[0]
    assert header["type"] == "header" and len(header["text"]["text"]) == 150
    sections = [b for m in messages for b in m.blocks if b["type"] == "section"]
    assert len(sections) == 120
    first = sections[0]["text"]["text"]
    assert "<https://news.example/a?id=0&amp;x=%7Cy|Strike &lt;0&gt; &amp; more" in first
    assert "2 sources: <https://news.example/a?id=0&amp;x=%7Cy|Levant Monitor>, <" in first
    assert "|Wire &amp; Co> · <!date^" in first
    assert all(len(s["text"]["text"]) <= 3000 for s in sections)
    assert "(continued)" in text_of(messages[1].blocks)


def test_a_briefing_fits_one_message_however_many_articles() -> None:
    found = [article(i, 2500) for i in range(40)]
    answer = Briefing(
        query="Dayr az Zawr",
        place=PLACE,
        exact=True,
        alternatives=[],
        also=[],
        since=WHEN,
        articles=found,
        older=False,
        summary_sentences=[("Shelling hit the city & its outskirts.", found[0])],
    )
    message = briefing_message(answer, ["Deir ez-Zor Governorate"])
    assert_valid_blocks(message.blocks)
    assert message.blocks[-1]["type"] == "actions"
    shown = text_of(message.blocks)
    assert "city in Deir ez-Zor Governorate, Syria" in shown
    assert "Shelling hit the city &amp; its outskirts. _(<https://news.example/a?id=0" in shown


def test_quiet_digest_help_and_empty_list() -> None:
    quiet = delivery_messages(
        Delivery("T", "C", "digest", "hourly", WHEN, [], [subscription("Goma")])
    )
    assert len(quiet) == 1 and "All quiet" in text_of(quiet[0].blocks)
    for message in (*quiet, help_message("I don't know <that>"), subscriptions_message([], "C")):
        assert_valid_blocks(message.blocks)
    many = subscriptions_message([subscription(f"Place {i}") for i in range(80)], "C")
    assert_valid_blocks(many.blocks)
    assert len(json.dumps(many.blocks)) < 13_000


def test_every_message_fits_at_its_largest() -> None:
    """Worst cases: longest labels, summaries, errors and the most of everything."""
    label = "“ceasefire & <talks>” " * 10
    many = subscriptions_message([subscription(label[:200]) for _ in range(80)], "C")
    others = [
        Place(f"gn:{i}", "Tripoli " + "y" * 80, "city", "LB", "Lebanon " * 5) for i in range(9)
    ]
    found = [article(i, 5000) for i in range(40)]
    answer = Briefing(
        query="Tripoli " + "z" * 300,
        place=PLACE,
        exact=False,
        alternatives=others,
        also=others[:3],
        since=WHEN,
        articles=found,
        older=True,
        summary_sentences=[(("Long sentence & <more>. " * 60), a) for a in found[:3]],
    )
    feed = FeedStatus(
        1, "https://feeds.example/" + "p" * 900, "T" * 500, None, "user", True, WHEN, WHEN,
        None, None, 12, "HTTP 503 <html>" + "e" * 5000, "http", WHEN, None, None, 0,
    )  # fmt: skip
    sources = tuple(
        StorySource(i, f"Outlet {i} " + "o" * 200, f"https://o{i}.example/" + "p" * 300, WHEN)
        for i in range(200)
    )
    detail = article_detail(Story(1, (article(1, 20_000),), sources))
    messages = [
        many,
        briefing_message(answer, ["Region " * 30] * 4, shared_by="U1"),
        briefing_message(answer, ["Region " * 30] * 4),
        no_place_message("q" * 3000, others, "whatsnew"),
        no_place_message("q" * 3000, others, "subscribe"),
        detail,
        feed_failing_message(feed),
        text_message("t" * 5000),
        *delivery_messages(
            Delivery("T", "C", "alert", "alerts", WHEN, found, [subscription(label)] * 30)
        ),
    ]
    for message in messages:
        assert_valid_blocks(message.blocks)
    assert "more: `/unsubscribe" in text_of(many.blocks)
