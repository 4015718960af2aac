"""App Home: the user's channels' subscriptions and the feeds' health."""

from __future__ import annotations

from datetime import timedelta

from bot.clock import utcnow
from bot.records import PollOutcome
from tests.slack.checks import assert_valid_blocks, text_of
from tests.slack.conftest import SlackHarness


def test_home_shows_my_channels_and_failing_feeds(harness: SlackHarness) -> None:
    harness.command("/subscribe", "Deir al-Zor", channel="CMINE", response="a")
    harness.command("/subscribe", "Kharkiv", channel="COTHER", response="b")
    harness.fake.wait_for("response:a")
    harness.fake.wait_for("response:b")
    store = harness.bot.store
    store.add_feed("https://ok.example/rss", title="Fine feed")
    broken = store.add_feed("https://broken.example/rss", title="Broken feed")
    now = utcnow()
    failure = PollOutcome(
        broken.id, now, now + timedelta(hours=1), error="HTTP 503", error_kind="http"
    )
    store.save_outcomes([failure, failure])
    harness.fake.user_channels["UANNA"] = ["CMINE"]
    status, _ = harness.event(
        {"type": "app_home_opened", "user": "UANNA", "channel": "D1", "tab": "home"}
    )
    assert status == 200
    [published] = harness.fake.wait_for("views.publish")
    view = published.body["view"]
    view = view if isinstance(view, dict) else __import__("json").loads(view)
    assert published.body["user_id"] == "UANNA" and view["type"] == "home"
    assert_valid_blocks(view["blocks"])
    shown = text_of(view["blocks"])
    assert "<#CMINE>" in shown and "Deir ez-Zor, Syria" in shown
    assert "Kharkiv" not in shown
    assert "*Broken feed* failing 2× in a row: HTTP 503" in shown
    assert "1 of 2 feeds working" in shown
