"""HTTP mode refuses what Slack did not sign: 401 and no side effect."""

from __future__ import annotations

import time

import pytest

from tests.slack.conftest import SlackHarness


@pytest.mark.parametrize(
    "options",
    [
        {"signature": "v0=" + "0" * 64},
        {"signed": False},
        {"timestamp": int(time.time()) - 5 * 60 - 30},
    ],
    ids=["bad", "missing", "five-minutes-old"],
)
def test_unsigned_requests_are_refused(harness: SlackHarness, options: dict[str, object]) -> None:
    status, _ = harness.command("/subscribe", "Deir al-Zor daily 08:00", **options)  # type: ignore[arg-type]
    assert status == 401
    status, _ = harness.command("/whatsnew", "Deir al-Zor", **options)  # type: ignore[arg-type]
    assert status == 401
    harness.app.listener_runner.listener_executor.shutdown(wait=True)
    assert harness.bot.channels.subscriptions("T0NEWS", ["CDESK"]) == []
    assert [c.method for c in harness.fake.calls] == ["auth.test"]


def test_other_paths_are_not_found(harness: SlackHarness) -> None:
    status, _ = harness.post("{}", "application/json")
    assert status in (200, 404)  # signed but meaningless: Bolt ignores it
    harness.events_url = harness.events_url.replace("/slack/events", "/elsewhere")
    assert harness.post("{}", "application/json")[0] == 404
