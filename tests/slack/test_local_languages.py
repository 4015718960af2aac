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


AR_STRIKE = (
    "غارة بطائرة مسيرة تقتل خمسة مدنيين في سوق بمدينة دير الزور",
    "قتل خمسة مدنيين وأصيب ثمانية آخرون في غارة بطائرة مسيرة استهدفت سوقا شعبيا في مدينة "
    "دير الزور شرقي سوريا صباح اليوم، بحسب ما أفادت مصادر محلية.",
)
EN_STRIKE = (
    "Drone strike kills five civilians at Deir ez-Zor market",
    "A drone strike killed five civilians and wounded eight others at a crowded market in the "
    "city of Deir ez-Zor in eastern Syria this morning, local sources said.",
)
AR_SHELLING = (
    "قصف مدفعي يقتل طفلين في دير الزور",
    "قتل طفلان وأصيبت امرأة بقصف مدفعي استهدف حيا سكنيا في مدينة دير الزور مساء اليوم، وفق "
    "مصادر محلية.",
)


def ingest(harness: SlackHarness, site: str, reports: list[tuple[str, str]]) -> None:
    """One feed of `site` serving `reports` (title, text), polled now."""
    services = harness.services
    url = f"https://{site}/feed.xml"
    services.store.seed_feeds([{"url": url, "title": site}], origin="demo")
    feed = services.store.feed_by_url(url)
    assert feed is not None
    items = "".join(
        f"<item><title>{title}</title><link>https://{site}/{n}</link>"
        f"<description>{text}</description></item>"
        for n, (title, text) in enumerate(reports)
    )
    body = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{site}</title>{items}</channel></rss>"
    ).encode()
    services.poller.ingest_document(feed, body, demo.HEADERS, url, utcnow())


def test_an_arabic_and_an_english_report_of_one_strike_are_one_story_with_two_outlets(
    harness: SlackHarness,
) -> None:
    harness.command("/subscribe", "Deir al-Zor daily 08:00", response="sub")
    harness.fake.wait_for("response:sub")
    ingest(harness, "furat.example", [AR_STRIKE, AR_SHELLING])
    ingest(harness, "wire.example", [EN_STRIKE])

    assert harness.bot.jobs.digests(next_eight_utc()) == 1
    [digest] = harness.fake.calls_to("chat.postMessage")
    assert_valid_blocks(digest.body["blocks"])
    shown = text_of(digest.body["blocks"])
    assert "2 new conflict stories" in shown, "the shelling the same day stays its own story"
    strike, shelling = shown.split(AR_SHELLING[0])
    assert "Air/drone strike · Deir ez-Zor, Syria · 5 killed" in strike
    assert "2 sources: <https://furat.example/0|furat.example>, <https://wire.example/0|" in strike
    assert "single source: <https://furat.example/1|furat.example>" in shelling


def test_reports_in_one_language_do_not_join_by_the_cross_language_key(
    harness: SlackHarness,
) -> None:
    """Two English reports of different strikes on the same town with the same toll share
    the key by which reports in two languages join, but neither their words nor a day their
    leads give: they stay two stories."""
    harness.command("/subscribe", "Deir al-Zor daily 08:00", response="sub")
    harness.fake.wait_for("response:sub")
    ingest(harness, "wire.example", [EN_STRIKE])
    other = (
        "Five dead as drone hits bus near Deir ez-Zor bridge",
        "Five passengers were killed and eight hurt when an armed drone struck a minibus on "
        "the old bridge road in the city of Deir ez-Zor on Sunday evening, medics said.",
    )
    ingest(harness, "valley.example", [other])
    assert harness.bot.jobs.digests(next_eight_utc()) == 1
    [digest] = harness.fake.calls_to("chat.postMessage")
    assert "2 new conflict stories" in text_of(digest.body["blocks"])
