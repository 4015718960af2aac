"""What a channel is pushed is news: published after it subscribed and not long before the
bot first saw it; topics match however the words are written; the alert header names the
subscription that matched. Through the fake Slack, as a channel sees it."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.clock import utcnow
from bot.records import Place
from bot.settings import Settings
from bot.storage import Store
from bot.storage.schema import articles
from bot.understand.analyzer import Analyzer
from tests.answers.test_delivery import add_article
from tests.slack.checks import assert_valid_blocks, text_of
from tests.slack.conftest import SlackHarness, served, services_for, slack_settings
from tests.support.fake_slack import TEAM, FakeSlack


def subscribe(harness: SlackHarness, text: str) -> None:
    name = f"s{len(harness.fake.calls)}"
    assert harness.command("/subscribe", text, response=name) == (200, "")
    harness.fake.wait_for(f"response:{name}")


def published_then_seen(
    store: Store, title: str, place: Place | None, published: datetime, seen: datetime
) -> None:
    """An article a feed dated `published`, which the bot first saw at `seen`."""
    add_article(store, title, place, published)  # stored as seen when published...
    with store.engine.begin() as conn:  # ...then moved to when the bot really saw it
        conn.execute(articles.update().where(articles.c.title == title).values(first_seen_at=seen))


def alert_texts(harness: SlackHarness, at: datetime) -> list[str]:
    before = len(harness.fake.calls_to("chat.postMessage"))
    harness.bot.jobs.alerts(at)
    posted = harness.fake.calls_to("chat.postMessage")[before:]
    for call in posted:
        assert_valid_blocks(call.body["blocks"])
    return [text_of(call.body["blocks"]) for call in posted]


def test_old_and_stale_articles_are_never_alerts(harness: SlackHarness) -> None:
    store, gaz = harness.bot.store, harness.bot.gazetteer
    kharkiv = gaz.lookup("Kharkiv")[0]
    subscribe(harness, "Kharkiv alerts")
    now = utcnow() + timedelta(seconds=1)
    published_then_seen(
        store, "Kharkiv metro used as shelter in 2017", kharkiv, now - timedelta(days=3000), now
    )
    published_then_seen(
        store,
        "Kharkiv shelled three days before the feed was added",
        kharkiv,
        now - timedelta(hours=72),
        now,
    )
    published_then_seen(
        store, "Kharkiv power cut after strike overnight", kharkiv, now - timedelta(hours=40), now
    )
    published_then_seen(
        store,
        "Kharkiv report dated next week by a broken feed",
        kharkiv,
        now + timedelta(days=7),
        now,
    )
    [alert] = alert_texts(harness, now + timedelta(minutes=5))
    assert "metro used as shelter" not in alert and "three days before" not in alert
    assert "power cut after strike overnight" not in alert, "published before subscribing"
    assert "dated next week" in alert, "a future date counts as when it was first seen"
    assert "1 new conflict story" in alert


def late_find(harness: SlackHarness, title: str) -> list[str]:
    """A Kharkiv article published just after subscribing that the bot first saw 60 h later
    (a feed that was down): the alerts that go out then."""
    kharkiv = harness.bot.gazetteer.lookup("Kharkiv")[0]
    subscribe(harness, "Kharkiv alerts")
    now = utcnow() + timedelta(seconds=1)
    late = now + timedelta(hours=60)
    published_then_seen(harness.bot.store, title, kharkiv, now, late)
    return alert_texts(harness, late + timedelta(minutes=5))


def test_how_stale_is_too_stale_is_a_setting(
    settings: Settings, analyzer: Analyzer, fake_slack: FakeSlack
) -> None:
    for hours, alerts in ((48, 0), (72, 1)):
        tuned = slack_settings(settings.model_copy(update={"stale_after_hours": hours}), fake_slack)
        with served(services_for(tuned, analyzer), fake_slack) as harness:
            assert len(late_find(harness, f"Kharkiv found late {hours}")) == alerts, (
                f"NEWSBOT_STALE_AFTER_HOURS={hours}"
            )


def test_topics_match_plurals_hyphens_and_spacing(harness: SlackHarness) -> None:
    subscribe(harness, "airstrikes alerts")
    now = utcnow() + timedelta(seconds=1)
    for title in (
        "Air strikes pound rebel-held towns",
        "Airstrike kills family of five",
        "Air-strike hits a market",
        "Warplanes circle but no strike reported",
    ):
        add_article(harness.bot.store, title, None, now)
    [alert] = alert_texts(harness, now + timedelta(minutes=5))
    assert "Alert: airstrikes" in alert
    assert (
        "Air strikes pound" in alert and "Airstrike kills" in alert and "Air-strike hits" in alert
    )
    assert "Warplanes circle" not in alert


def test_the_alert_header_names_the_subscription_that_matched(harness: SlackHarness) -> None:
    gaz = harness.bot.gazetteer
    subscribe(harness, "Kharkiv alerts")
    subscribe(harness, "Deir al-Zor alerts")
    subscribe(harness, "ceasefire alerts")
    now = utcnow() + timedelta(seconds=1)
    add_article(harness.bot.store, "Drone attack on Kharkiv", gaz.lookup("Kharkiv")[0], now)
    [alert] = alert_texts(harness, now + timedelta(minutes=5))
    assert "Alert: Kharkiv, Ukraine\n" in alert
    assert "Deir ez-Zor" not in alert and "ceasefire" not in alert
    assert len(harness.bot.channels.subscriptions(TEAM, ["CDESK"])) == 3
