"""`/newsbot settings` and time zones as people type them."""

from __future__ import annotations

import pytest

from tests.slack.checks import assert_valid_blocks, text_of
from tests.slack.conftest import SlackHarness
from tests.support.fake_slack import TEAM


def newsbot(harness: SlackHarness, text: str, name: str) -> dict[str, object]:
    assert harness.command("/newsbot", text, response=name) == (200, "")
    [answer] = harness.fake.wait_for(f"response:{name}")
    assert_valid_blocks(answer.body["blocks"])
    return answer.body


@pytest.mark.parametrize(
    ("typed", "stored", "shown"),
    [
        ("europe/paris", "Europe/Paris", "Europe/Paris"),
        ("Paris", "Europe/Paris", "Europe/Paris"),
        ("new york", "America/New_York", "America/New_York"),
        ("Damascus", "Asia/Damascus", "Asia/Damascus"),
        ("UTC+3", "Etc/GMT-3", "UTC+3"),
        ("GMT-5", "Etc/GMT+5", "UTC-5"),
        ("+03:00", "Etc/GMT-3", "UTC+3"),
        ("utc", "UTC", "UTC"),
    ],
)
def test_time_zones_in_any_case_as_cities_and_offsets(
    harness: SlackHarness, typed: str, stored: str, shown: str
) -> None:
    answer = newsbot(harness, f"timezone {typed}", "tz")
    assert answer["response_type"] == "in_channel"
    assert f"Digest times here are now in {shown}." in str(answer["text"])
    assert harness.bot.channels.prefs(TEAM, "CDESK").timezone == stored


@pytest.mark.parametrize(
    ("typed", "says"),
    [("Mars/Olympus", "is not a time zone I know"), ("UTC+05:30", "use a city")],
)
def test_a_zone_it_cannot_keep_changes_nothing(
    harness: SlackHarness, typed: str, says: str
) -> None:
    answer = newsbot(harness, f"timezone {typed}", "bad")
    assert answer["response_type"] == "ephemeral"
    assert says in str(answer["text"]) and "Nothing was changed" in str(answer["text"])
    assert harness.bot.channels.prefs(TEAM, "CDESK").timezone == "UTC"


def test_settings_show_zone_schedules_alerts_mutes_and_quiet(harness: SlackHarness) -> None:
    for i, text in enumerate(
        ["Aleppo daily 07:30", "Idlib daily 07:30", "Kharkiv alerts", "ceasefire hourly"]
    ):
        harness.command("/subscribe", text, response=f"s{i}")
        harness.fake.wait_for(f"response:s{i}")
    harness.command("/mute", "Sudan for 3 days", response="m")
    harness.fake.wait_for("response:m")
    newsbot(harness, "timezone UTC+3", "tz")
    newsbot(harness, "allquiet on", "q")
    shown = text_of(newsbot(harness, "settings", "settings")["blocks"])
    assert "*Time zone:* UTC+3" in shown
    assert (
        "*Digests:* daily at 07:30: Aleppo, Syria, Idlib, Syria; hourly: ceasefire (topic)" in shown
    )
    assert "*Alerts:* Kharkiv, Ukraine" in shown
    assert "*Muted:* Sudan until <!date^" in shown
    assert "*All quiet:* on" in shown
