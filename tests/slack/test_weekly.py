"""Weekly digests: `/subscribe Aleppo weekly Monday 08:00` posts once a week, on that day at
that time in the channel's time zone, one line per story of the week."""

from __future__ import annotations

import json
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.clock import utcnow
from tests.answers.test_delivery import add_article
from tests.slack.checks import assert_valid_blocks, text_of
from tests.slack.conftest import SlackHarness
from tests.support.fake_slack import TEAM

DAMASCUS = ZoneInfo("Asia/Damascus")


def ask(harness: SlackHarness, command: str, text: str, name: str) -> dict[str, Any]:
    assert harness.command(command, text, response=name) == (200, "")
    [answer] = harness.fake.wait_for(f"response:{name}")
    return dict(answer.body)


def next_monday_8am(after: datetime) -> datetime:
    """The first Monday 08:00 in Damascus after `after`."""
    local = after.astimezone(DAMASCUS)
    day = local.date() + timedelta(days=-local.weekday() % 7)
    monday = datetime.combine(day, time(8, 0), tzinfo=DAMASCUS)
    return monday if monday > after else monday + timedelta(days=7)


def test_a_weekly_digest_comes_once_on_its_day_and_hour(harness: SlackHarness) -> None:
    ask(harness, "/newsbot", "timezone Damascus", "tz")
    said = ask(harness, "/subscribe", "Deir al-Zor weekly on Monday at 08:00", "sub")
    assert "weekly on Monday at 08:00 (Asia/Damascus)" in str(said["text"])
    deir = harness.bot.gazetteer.lookup("Deir ez-Zor")[0]
    start = utcnow().replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
    monday = next_monday_8am(start + timedelta(days=3))
    titles = [f"Shelling report {day} from Deir ez-Zor" for day in range(3)]
    arriving = {monday - timedelta(days=3 - day, minutes=55): t for day, t in enumerate(titles)}
    posted_at = []
    now = start
    while now < monday + timedelta(days=1):  # every hour from subscribing, whatever today is
        for seen in [seen for seen in arriving if seen <= now]:
            add_article(harness.bot.store, arriving.pop(seen), deir, seen)
        if harness.bot.jobs.digests(now):
            posted_at.append(now.astimezone(DAMASCUS))
        now += timedelta(hours=1)
    assert [(t.strftime("%A"), t.hour, t.minute) for t in posted_at] == [("Monday", 8, 0)]
    [digest] = harness.fake.calls_to("chat.postMessage")
    assert_valid_blocks(digest.body["blocks"])
    shown = text_of(digest.body["blocks"])
    assert "Weekly digest: Deir ez-Zor, Syria" in shown
    assert "3 new conflict stories since" in shown
    lines = [line for line in shown.splitlines() if line.startswith("• ")]
    assert len(lines) == 3 and all(any(t in line for t in titles) for line in lines)


def test_weekly_is_shown_as_weekly_everywhere(harness: SlackHarness) -> None:
    ask(harness, "/subscribe", "Aleppo weekly fri 17:30", "sub")
    listed = text_of(ask(harness, "/subscriptions", "", "list")["blocks"])
    assert "*Aleppo, Syria* (place), weekly on Friday at 17:30" in listed
    settings = text_of(ask(harness, "/newsbot", "settings", "settings")["blocks"])
    assert "*Digests:* weekly on Friday at 17:30: Aleppo, Syria" in settings
    harness.fake.user_channels["UANNA"] = ["CDESK"]
    harness.event({"type": "app_home_opened", "user": "UANNA", "channel": "D1", "tab": "home"})
    [published] = harness.fake.wait_for("views.publish")
    view = published.body["view"]
    view = view if isinstance(view, dict) else json.loads(view)
    assert "*Aleppo, Syria* (place), weekly on Friday at 17:30" in text_of(view["blocks"])
    [sub] = harness.bot.channels.subscriptions(TEAM, ["CDESK"])
    assert sub.schedule == "weekly Fri 17:30"
