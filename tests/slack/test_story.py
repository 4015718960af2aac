"""The whole story against the fake Slack, over real HTTP with signed requests."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from bot.clock import utcnow
from bot.runtime import demo
from tests.answers.test_delivery import add_article
from tests.slack.checks import assert_valid_blocks, text_of
from tests.slack.conftest import SlackHarness


def next_eight_utc() -> datetime:
    now = utcnow()
    eight = datetime.combine(now.date(), time(8, 0), tzinfo=UTC)
    return eight if eight > now else eight + timedelta(days=1)


def test_old_news_is_no_digest_new_news_is_once_then_whatsnew(harness: SlackHarness) -> None:
    """Feeds full of last month's articles, then a subscription: those are never pushed
    as new (the recap looks back a day only); what is published after comes once, at
    eight; /whatsnew still finds the old ones with their real dates."""
    fake, bot = harness.fake, harness.bot
    demo.ingest_samples(harness.services)  # published in November 2026, seen just now
    deir = bot.gazetteer.lookup("Deir ez-Zor")[0]
    old = bot.store.place_articles([deir.key], limit=50)
    assert old and all(utcnow() - a.published_at > timedelta(days=2) for a in old)

    status, body = harness.command("/subscribe", "Deir al-Zor daily 08:00", response="sub")
    assert (status, body) == (200, "")
    [confirmation] = fake.wait_for("response:sub")
    assert confirmation.body["response_type"] == "in_channel"
    assert "Deir ez-Zor, Syria" in confirmation.body["text"]
    said = text_of(confirmation.body["blocks"])
    assert "daily at 08:00 (UTC)" in said
    assert "Nothing about it in the last 24 h." in said

    fresh = "Shelling resumes on the outskirts of Deir ez-Zor"
    add_article(bot.store, fresh, deir, utcnow() + timedelta(seconds=1))
    eight = next_eight_utc()
    assert bot.jobs.digests(eight - timedelta(minutes=1)) == 0
    assert bot.jobs.digests(eight) == 1
    posted = fake.calls_to("chat.postMessage")
    assert [c.body["channel"] for c in posted] == ["CDESK"]
    digest = posted[0].body
    assert digest["unfurl_links"] is False
    assert_valid_blocks(digest["blocks"])
    shown = text_of(digest["blocks"])
    assert "Digest: Deir ez-Zor, Syria" in shown
    assert "1 new conflict story" in shown and fresh in shown
    assert not [a.title for a in old if a.title.replace("&", "&amp;") in shown]
    assert bot.jobs.digests(eight) == 0
    assert bot.jobs.digests(eight + timedelta(minutes=5)) == 0
    assert len(fake.calls_to("chat.postMessage")) == 1

    status, body = harness.command("/whatsnew", "Dayr az Zawr 30 days", response="brief")
    assert (status, body) == (200, "")
    [briefing] = fake.wait_for("response:brief")
    assert briefing.body["response_type"] == "ephemeral"
    blocks = briefing.body["blocks"]
    assert_valid_blocks(blocks)
    assert blocks[0] == {
        "type": "header",
        "text": {"type": "plain_text", "text": "Deir ez-Zor, Syria"},
    }
    assert "city in Deir ez-Zor Governorate, Syria" in text_of(blocks)
    assert fresh in text_of(blocks)
    assert old[0].title.replace("&", "&amp;") in text_of(blocks)
    assert f"<!date^{int(old[0].published_at.timestamp())}^" in text_of(blocks)
    actions = [e["action_id"] for b in blocks if b["type"] == "actions" for e in b["elements"]]
    assert "share_briefing" in actions


def test_a_new_subscription_recaps_the_last_day_in_one_message(harness: SlackHarness) -> None:
    bot, fake = harness.bot, harness.fake
    deir = bot.gazetteer.lookup("Deir ez-Zor")[0]
    now = utcnow()
    for hours in range(1, 13):
        add_article(
            bot.store,
            f"Clashes near Deir ez-Zor, day report {hours}",
            deir,
            now - timedelta(hours=hours),
        )
    add_article(bot.store, "Deir ez-Zor shelling two days ago", deir, now - timedelta(hours=30))
    harness.command("/subscribe", "Deir al-Zor alerts", response="sub")
    [confirmation] = fake.wait_for("response:sub")
    assert_valid_blocks(confirmation.body["blocks"])
    said = text_of(confirmation.body["blocks"])
    assert "In the last 24 h (12 stories):" in said
    assert said.count("• ") == 8 and "…and 4 more: `/whatsnew Deir ez-Zor`." in said
    assert "two days ago" not in said
    assert bot.jobs.alerts(utcnow() + timedelta(minutes=5)) == 0, "the recap is no alert"
    assert fake.calls_to("chat.postMessage") == []


def test_a_city_subscription_gets_what_is_tagged_to_its_namesake_governorate(
    harness: SlackHarness,
) -> None:
    fake, services = harness.fake, harness.services
    status, _ = harness.command("/subscribe", "Deir ez-Zor daily 08:00", response="sub")
    assert status == 200
    fake.wait_for("response:sub")
    url = "https://feeds.example.test/east.xml"
    services.store.seed_feeds([{"url": url, "title": "east"}], origin="demo")
    feed = services.store.feed_by_url(url)
    assert feed is not None
    title = "Airstrikes hit villages across Deir ez-Zor province"
    body = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>east</title><item>'
        f"<title>{title}</title><link>https://example.test/1</link>"
        "<description>Airstrikes hit villages in the east of Deir ez-Zor province on Friday, "
        "killing five civilians, local monitors said.</description>"
        "</item></channel></rss>"
    ).encode()
    services.poller.ingest_document(feed, body, demo.HEADERS, url, utcnow())
    [article] = services.store.place_articles(["cfg:deir-ez-zor-governorate"], limit=5)
    assert {p.key for p in article.places} == {"cfg:deir-ez-zor-governorate"}

    assert harness.bot.jobs.digests(next_eight_utc()) == 1
    [digest] = fake.calls_to("chat.postMessage")
    assert title in text_of(digest.body["blocks"])
