"""One grammar for every command: each form a user types and the answer it gets, through
signed requests to the app and the fake Slack. A form that is not understood gets a private
error and changes nothing."""

from __future__ import annotations

import itertools
import json
from datetime import timedelta
from typing import Any

import pytest

from bot.clock import utcnow
from tests.answers.test_delivery import add_article
from tests.slack.checks import assert_valid_blocks, text_of
from tests.slack.conftest import SlackHarness
from tests.support.fake_slack import TEAM

PUBLIC, PRIVATE = "in_channel", "ephemeral"
ASKED = itertools.count()

# command, text, how the answer is shown, what it says, what the channel then has
FORMS: list[tuple[str, str, str, str, list[str]]] = [
    (
        "/subscribe",
        "shelling alerts",
        PUBLIC,
        "the topic *shelling*, as alerts",
        ["topic shelling alerts"],
    ),
    ("/mute", "shelling for 2h", PUBLIC, "Muted *shelling*", ["mute shelling 2:00:00"]),
    (
        "/subscribe",
        "Aleppo daily 17:30",
        PUBLIC,
        "*Aleppo, Syria*, daily at 17:30",
        ["place Aleppo, Syria daily 17:30"],
    ),
    (
        "/subscribe",
        "Aleppo",
        PUBLIC,
        "*Aleppo, Syria*, daily at 08:00",
        ["place Aleppo, Syria daily 08:00"],
    ),
    ("/subscribe", "Aleppo at 8pm", PUBLIC, "daily at 20:00", ["place Aleppo, Syria daily 20:00"]),
    ("/subscribe", "Aleppo 7:05", PUBLIC, "daily at 07:05", ["place Aleppo, Syria daily 07:05"]),
    (
        "/subscribe",
        "Aleppo hourly",
        PUBLIC,
        "*Aleppo, Syria*, hourly",
        ["place Aleppo, Syria hourly"],
    ),
    (
        "/subscribe",
        "Dayr az Zawr alerts",
        PUBLIC,
        "*Deir ez-Zor, Syria*, as alerts",
        ["place Deir ez-Zor, Syria alerts"],
    ),
    (
        "/subscribe",
        "ceasefire",
        PUBLIC,
        "the topic *ceasefire*, daily at 08:00",
        ["topic ceasefire daily 08:00"],
    ),
    (
        "/subscribe",
        '"Mosul dam" alerts',
        PUBLIC,
        "the topic *Mosul dam*, as alerts",
        ["topic Mosul dam alerts"],
    ),
    (
        "/subscribe",
        "within 30 km of Azaz alerts",
        PUBLIC,
        "news *within 30 km of Izaz, Syria*, as alerts",
        ["near within 30 km of Izaz, Syria alerts"],
    ),
    (
        "/subscribe",
        "within 50 km of 36.2,37.1 daily 08:00",
        PUBLIC,
        "news *within 50 km of 36.2,37.1*, daily at 08:00",
        ["near within 50 km of 36.2,37.1 daily 08:00"],
    ),
    (
        "/subscribe",
        "within 30km of Dayr az Zawr hourly",
        PUBLIC,
        "news *within 30 km of Deir ez-Zor, Syria*, hourly",
        ["near within 30 km of Deir ez-Zor, Syria hourly"],
    ),
    (
        "/subscribe",
        "Syria alerts when 5+ killed",
        PUBLIC,
        "the place *Syria*, as alerts (when 5+ killed)",
        ["place Syria alerts (when 5+ killed)"],
    ),
    (
        "/subscribe",
        "Aleppo when 5+ killed daily 08:00",
        PUBLIC,
        "*Aleppo, Syria*, daily at 08:00 (UTC) (when 5+ killed)",
        ["place Aleppo, Syria daily 08:00 (when 5+ killed)"],
    ),
    (
        "/subscribe",
        "within 30 km of Azaz alerts when 1+ killed",
        PUBLIC,
        "news *within 30 km of Izaz, Syria*, as alerts (when 1+ killed)",
        ["near within 30 km of Izaz, Syria alerts (when 1+ killed)"],
    ),
    (
        "/subscribe",
        "shelling hourly when at least 10 dead",
        PUBLIC,
        "the topic *shelling*, hourly (when 10+ killed)",
        ["topic shelling hourly (when 10+ killed)"],
    ),
    (
        "/subscribe",
        "Syria alerts when many killed",
        PRIVATE,
        "`many` is no number of people killed: write e.g. `when 5+ killed` or `when at least 5 "
        "killed`. Nothing was changed",
        [],
    ),
    (
        "/subscribe",
        "Syria alerts when 0+ killed",
        PRIVATE,
        "a toll runs from 1 to 10,000 killed (not 0). Nothing was changed",
        [],
    ),
    (
        "/subscribe",
        "Syria alerts when 100000+ killed",
        PRIVATE,
        "a toll runs from 1 to 10,000 killed (not 100,000)",
        [],
    ),
    (
        "/subscribe",
        "when 5+ killed Syria alerts",
        PRIVATE,
        "put the toll after the place or topic, e.g. `/subscribe Syria alerts when 5+ killed`",
        [],
    ),
    (
        "/subscribe",
        "Sudan alerts when 2+ outlets report it within 2 h",
        PUBLIC,
        "the place *Sudan*, as alerts (when 2+ outlets report it within 2 h)",
        ["place Sudan alerts (when 2+ outlets report it within 2 h)"],
    ),
    (
        "/subscribe",
        "Sudan alerts when 2+ outlets",
        PUBLIC,
        "the place *Sudan*, as alerts (when 2+ outlets report it within 6 h)",
        ["place Sudan alerts (when 2+ outlets report it within 6 h)"],
    ),
    (
        "/subscribe",
        "Sudan when 3+ sources within 6h hourly",
        PUBLIC,
        "the place *Sudan*, hourly (when 3+ outlets report it within 6 h)",
        ["place Sudan hourly (when 3+ outlets report it within 6 h)"],
    ),
    (
        "/subscribe",
        "within 30 km of Azaz alerts when 1+ killed and 2+ outlets report it within 90 min",
        PUBLIC,
        "as alerts (when 1+ killed and 2+ outlets report it within 90 min)",
        [
            "near within 30 km of Izaz, Syria alerts "
            "(when 1+ killed and 2+ outlets report it within 90 min)"
        ],
    ),
    (
        "/subscribe",
        "airstrikes in Sudan when at least 2 outlets report it alerts",
        PUBLIC,
        "news of *Air/drone strike in Sudan*, as alerts (when 2+ outlets report it within 6 h)",
        ["place Sudan alerts (when 2+ outlets report it within 6 h)"],
    ),
    ("/subscribe", "Sudan alerts when 1+ outlets", PRIVATE, "ask for 2 to 20 outlets (not 1)", []),
    ("/subscribe", "Sudan alerts 2 outlets", PRIVATE, "say the least number of outlets", []),
    (
        "/subscribe",
        "Sudan alerts when 2+ outlets within 2 days",
        PRIVATE,
        "the outlets' window runs from 10 min to 24 h. Nothing was changed",
        [],
    ),
    ("/subscribe", "Sudan when 2+ outlets within soon", PRIVATE, "say within how long", []),
    (
        "/subscribe",
        "when 2+ outlets Sudan alerts",
        PRIVATE,
        "put the outlets after the place or topic",
        [],
    ),
    ("/subscribe", "within 900 km of Goma", PRIVATE, "a radius runs from 1 to 500 km", []),
    ("/subscribe", "within 20 miles of Goma", PRIVATE, "give the radius in km", []),
    ("/subscribe", "within 30 km of 95,37", PRIVATE, "`95,37` is no point: latitude", []),
    ("/subscribe", "within Goma alerts", PRIVATE, "write a radius as `within 30 km of", []),
    (
        "/subscribe",
        "within 30 km of Syria alerts",
        PRIVATE,
        "Syria is a country, too large to measure a radius from",
        [],
    ),
    (
        "/subscribe",
        "within 30 km of Azazz alerts",
        PRIVATE,
        "No place is called “Azazz”, so nothing is followed yet",
        [],
    ),
    ("/subscribe", "Aleppo daily 25:00", PRIVATE, "`25:00` is not a time of day", []),
    ("/subscribe", "Aleppo 25:00", PRIVATE, "`25:00` is not a time of day", []),
    (
        "/subscribe",
        "Aleppo weekly Monday 08:00",
        PUBLIC,
        "*Aleppo, Syria*, weekly on Monday at 08:00 (UTC)",
        ["place Aleppo, Syria weekly Mon 08:00"],
    ),
    (
        "/subscribe",
        "Aleppo weekly mon 8:00",
        PUBLIC,
        "weekly on Monday at 08:00",
        ["place Aleppo, Syria weekly Mon 08:00"],
    ),
    (
        "/subscribe",
        "Aleppo weekly on Monday at 08:00",
        PUBLIC,
        "weekly on Monday at 08:00",
        ["place Aleppo, Syria weekly Mon 08:00"],
    ),
    (
        "/subscribe",
        "Aleppo every Friday 8pm",
        PUBLIC,
        "weekly on Friday at 20:00",
        ["place Aleppo, Syria weekly Fri 20:00"],
    ),
    (
        "/subscribe",
        "Aleppo weekly",
        PUBLIC,
        "weekly on Monday at 08:00",
        ["place Aleppo, Syria weekly Mon 08:00"],
    ),
    (
        "/subscribe",
        "shelling weekly sunday 18:00",
        PUBLIC,
        "the topic *shelling*, weekly on Sunday at 18:00",
        ["topic shelling weekly Sun 18:00"],
    ),
    ("/subscribe", "Aleppo weekly 25:00", PRIVATE, "`25:00` is not a time of day", []),
    ("/subscribe", "Aleppo weekly Mon Tue 08:00", PRIVATE, "give one day", []),
    ("/subscribe", "Aleppo daily Monday", PRIVATE, "choose one of `daily HH:MM`", []),
    ("/subscribe", "Aleppo monthly", PRIVATE, "I post no monthly digests", []),
    ("/subscribe", "Aleppo alerts 08:00", PRIVATE, "`alerts` takes no time of day", []),
    ("/subscribe", "Aleppo daily hourly", PRIVATE, "choose one of `daily HH:MM`", []),
    (
        "/subscribe",
        "Deir ez Zorr alerts",
        PRIVATE,
        "No place is called “Deir ez Zorr”, so nothing is followed yet",
        [],
    ),
    (
        "/mute",
        "Sudan for 6 hours",
        PUBLIC,
        "Muted *Sudan* in this channel until",
        ["mute Sudan 6:00:00"],
    ),
    ("/mute", "Sudan 6h", PUBLIC, "Muted *Sudan*", ["mute Sudan 6:00:00"]),
    ("/mute", "Sudan for 90 minutes", PUBLIC, "Muted *Sudan*", ["mute Sudan 1:30:00"]),
    ("/mute", "Sudan 3 days", PUBLIC, "Muted *Sudan*", ["mute Sudan 3 days, 0:00:00"]),
    ("/mute", "Sudan for 2 weeks", PUBLIC, "Muted *Sudan*", ["mute Sudan 14 days, 0:00:00"]),
    ("/mute", "Sudan", PUBLIC, "Muted *Sudan*", ["mute Sudan 1 day, 0:00:00"]),
    ("/mute", "Sudan for 0h", PRIVATE, "it must be more than zero. Nothing was muted", []),
    ("/mute", "Sudan for -3h", PRIVATE, "it must be more than zero. Nothing was muted", []),
    ("/mute", "Sudan for ever", PRIVATE, "`ever` is not a duration: use e.g. `6h`, `6 hours`", []),
    (
        "/mute",
        "Mariupl",
        PRIVATE,
        "No place is called “Mariupl”, so nothing was muted. Did you mean: Mariupol, Ukraine",
        [],
    ),
    ("/whatsnew", "Deir ez-Zor 3 days", PRIVATE, "city in Deir ez-Zor Governorate, Syria", []),
    ("/whatsnew", "Dayr az Zawr since 3d", PRIVATE, "city in Deir ez-Zor Governorate, Syria", []),
    ("/whatsnew", "Deir ez Zorr", PRIVATE, "Covering Deir ez-Zor Governorate, Syria too.", []),
    ("/whatsnew", "Deir ez-Zor for ever", PRIVATE, "`ever` is not a duration", []),
    ("/whatsnew", "Qqqxq", PRIVATE, "No place matches “Qqqxq”", []),
    (
        "/subscribe",
        "Kharkiv daily 08:00 Europe/Kyiv",
        PRIVATE,
        "digests keep the channel's time zone: set it with `/newsbot timezone Europe/Kyiv`, "
        "then `/subscribe Kharkiv daily 08:00`",
        [],
    ),
    (
        "/subscribe",
        "Aleppo weekly Monday 9am Beirut time",
        PRIVATE,
        "`/newsbot timezone Beirut`, then `/subscribe Aleppo weekly Monday 9am`",
        [],
    ),
    (
        "/subscribe",
        "Aleppo alerts UTC+3",
        PRIVATE,
        "alerts are posted as they come, whatever the time zone: `/subscribe Aleppo alerts`",
        [],
    ),
]


def channel_state(harness: SlackHarness) -> list[str]:
    """What the channel follows and has muted, as a user would list it."""
    now = harness.bot.clock()
    subs = [
        f"{s.kind} {s.label} {s.mode}"
        + (f" {s.daily_at}" if s.daily_at else "")
        + (f" {s.threshold}" if s.threshold else "")
        for s in harness.bot.channels.subscriptions(TEAM, ["CDESK"])
    ]
    mutes = [
        f"mute {m.label} {round_to_minutes(m.until - now)}"
        for m in harness.bot.channels.mutes(TEAM, "CDESK", now)
    ]
    return subs + mutes


def round_to_minutes(left: timedelta) -> timedelta:
    return timedelta(minutes=round(left.total_seconds() / 60))


def ask(harness: SlackHarness, command: str, text: str) -> dict[str, Any]:
    name = f"a{next(ASKED)}"
    assert harness.command(command, text, response=name) == (200, "")
    [answer] = harness.fake.wait_for(f"response:{name}")
    assert_valid_blocks(answer.body["blocks"])
    return answer.body


@pytest.mark.parametrize(("command", "text", "shown", "says", "then"), FORMS)
def test_each_form_gets_its_answer(
    harness: SlackHarness, command: str, text: str, shown: str, says: str, then: list[str]
) -> None:
    answer = ask(harness, command, text)
    assert answer["response_type"] == shown
    assert says in text_of(answer["blocks"])
    assert channel_state(harness) == then


def test_did_you_mean_subscribes_as_asked_and_says_when_already(harness: SlackHarness) -> None:
    choice = ask(harness, "/subscribe", "Deir ez Zorr daily 06:30")
    buttons = [e for b in choice["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert [b["text"]["text"] for b in buttons][:2] == [
        "Deir ez-Zor, Syria",
        "Deir ez-Zor Governorate, Syria",
    ]
    assert buttons[-1]["text"]["text"] == "Follow “Deir ez Zorr” as a topic"
    assert json.loads(buttons[0]["value"])["m"] == "daily"
    assert harness.action(buttons[0]["action_id"], buttons[0]["value"], response="b") == (200, "")
    [picked] = harness.fake.wait_for("response:b")
    assert picked.body["response_type"] == PUBLIC
    assert channel_state(harness) == ["place Deir ez-Zor, Syria daily 06:30"]
    again = ask(harness, "/subscribe", "Deir al-Zor daily 6:30")
    assert again["response_type"] == PRIVATE
    assert "already follows the place *Deir ez-Zor, Syria*, daily at 06:30" in again["text"]
    changed = ask(harness, "/subscribe", "Deir al-Zor alerts")
    assert "changed this channel's subscription" in changed["text"]
    assert channel_state(harness) == ["place Deir ez-Zor, Syria alerts"]


def test_namesakes_are_other_places_with_their_kind_and_parent(harness: SlackHarness) -> None:
    lebanon = ask(harness, "/subscribe", "Lebanon alerts")["text"]
    assert "Other places" not in lebanon, "a country's name means the country"
    deir = ask(harness, "/subscribe", "Deir al-Zor")["text"]
    assert "Other places" not in deir, "its own governorate is no other place"
    tripoli = ask(harness, "/subscribe", "Tripoli")["text"]
    assert "(Other places share the name: Tripoli (city in " in tripoli
    assert "Lebanon)" in tripoli


def test_did_you_mean_carries_a_weekly_schedule(harness: SlackHarness) -> None:
    choice = ask(harness, "/subscribe", "Deir ez Zorr weekly on Friday at 18:00")
    assert "weekly on Friday at 18:00" in text_of(choice["blocks"])
    buttons = [e for b in choice["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert json.loads(buttons[0]["value"])["m"] == "weekly"
    assert harness.action(buttons[0]["action_id"], buttons[0]["value"], response="b") == (200, "")
    [picked] = harness.fake.wait_for("response:b")
    assert "weekly on Friday at 18:00" in picked.body["text"]
    assert channel_state(harness) == ["place Deir ez-Zor, Syria weekly Fri 18:00"]


def test_a_typo_shows_exactly_what_the_right_spelling_shows(harness: SlackHarness) -> None:
    gaz, now = harness.bot.gazetteer, utcnow()
    city = gaz.lookup("Deir ez-Zor")[0]
    governorate = next(p for p in gaz.lookup("Deir ez-Zor Governorate") if p.kind != "city")
    add_article(harness.bot.store, "Clashes in the city of Deir ez-Zor", city, now)
    add_article(harness.bot.store, "Raids across the Deir ez-Zor countryside", governorate, now)
    right = ask(harness, "/whatsnew", "Deir ez-Zor")
    typo = ask(harness, "/whatsnew", "Deir ez Zorr")

    def stories(answer: dict[str, Any]) -> list[str]:
        return [line for line in text_of(answer["blocks"]).splitlines() if line.startswith("*<")]

    assert "Raids across the Deir ez-Zor countryside" in text_of(typo["blocks"])
    assert stories(typo) == stories(right) and len(stories(right)) == 2
