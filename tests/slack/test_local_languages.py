"""Reports in other languages reach a place's channel: a Ukrainian report of a strike on
Kharkiv is in the digest of a channel subscribed to Kharkiv (fake Slack, signed requests)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from bot.clock import utcnow
from bot.runtime import demo
from tests.slack.checks import assert_valid_blocks, text_of
from tests.slack.conftest import SlackHarness

TITLE = "Ракетний удар по Харкову: загинули троє людей"
REPORT = (
    "Російські війська вночі завдали ракетного удару по Харкову. Унаслідок обстрілу загинули "
    "троє людей, ще одинадцятеро поранені. Ракета влучила у двір житлового будинку. "
    "Рятувальники працювали на місці до ранку."
)


def next_eight_utc() -> datetime:
    now = utcnow()
    eight = datetime.combine(now.date(), time(8, 0), tzinfo=UTC)
    return eight if eight > now else eight + timedelta(days=1)


def test_a_ukrainian_report_of_a_strike_on_kharkiv_is_in_the_kharkiv_digest(
    harness: SlackHarness,
) -> None:
    fake, services = harness.fake, harness.services
    status, _ = harness.command("/subscribe", "Kharkiv daily 08:00", response="sub")
    assert status == 200
    [confirmation] = fake.wait_for("response:sub")
    assert "Kharkiv, Ukraine" in confirmation.body["text"]
    url = "https://feeds.example.test/kharkiv-uk.xml"
    services.store.seed_feeds([{"url": url, "title": "kharkiv-uk"}], origin="demo")
    feed = services.store.feed_by_url(url)
    assert feed is not None
    body = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Харків</title>'
        f"<item><title>{TITLE}</title><link>https://example.test/uk/1</link>"
        f"<description>{REPORT}</description></item></channel></rss>"
    ).encode()
    services.poller.ingest_document(feed, body, demo.HEADERS, url, utcnow())

    assert harness.bot.jobs.digests(next_eight_utc()) == 1
    [digest] = fake.calls_to("chat.postMessage")
    assert_valid_blocks(digest.body["blocks"])
    shown = text_of(digest.body["blocks"])
    assert "Digest: Kharkiv, Ukraine" in shown
    assert TITLE in shown and "(Ukrainian)" in shown
    assert harness.bot.jobs.digests(next_eight_utc()) == 0
