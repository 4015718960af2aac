"""Slash commands: acked at once, answered through the response URL, helpful on bad input."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from bot import demo
from tests.slack.checks import assert_valid_blocks, text_of
from tests.slack.conftest import SlackHarness
from tests.support.fake_slack import TEAM


def ask(harness: SlackHarness, command: str, text: str, name: str) -> dict[str, Any]:
    assert harness.command(command, text, response=name) == (200, "")
    answer = harness.fake.wait_for(f"response:{name}")[0]
    assert_valid_blocks(answer.body["blocks"])
    return answer.body


def test_whatsnew_helps_with_empty_unknown_and_misspelt_places(harness: SlackHarness) -> None:
    assert "Name a place" in text_of(ask(harness, "/whatsnew", "", "empty")["blocks"])
    unknown = ask(harness, "/whatsnew", "Qqqxq", "unknown")
    assert "No place matches “Qqqxq”" in text_of(unknown["blocks"])
    typo = ask(harness, "/whatsnew", "Tripolli", "typo")
    assert "Did you mean" in text_of(typo["blocks"])
    buttons = [e for b in typo["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert buttons[0]["text"]["text"].startswith("Tripoli, ")
    assert harness.action(buttons[0]["action_id"], buttons[0]["value"], response="pick")[0] == 200
    [picked] = harness.fake.wait_for("response:pick")
    assert picked.body["replace_original"] is True
    assert picked.body["blocks"][0]["text"]["text"].startswith("Tripoli, ")


def test_whatsnew_names_which_tripoli(harness: SlackHarness) -> None:
    shown = text_of(ask(harness, "/whatsnew", "Tripoli 3d", "tripoli")["blocks"])
    assert "Tripoli, Libya" in shown and "Tripoli, Lebanon" in shown


def test_subscribe_list_remove_and_unsubscribe(harness: SlackHarness) -> None:
    assert "name a place or a topic" in ask(harness, "/subscribe", "", "none")["text"]
    ask(harness, "/subscribe", "Deir al-Zor hourly", "s1")
    topic = ask(harness, "/subscribe", "Mariupl alerts", "s2")
    assert "the topic *Mariupl*, as alerts" in topic["text"]
    [hint] = harness.fake.wait_for("response:s2", 2)[1:]
    assert "Did you mean" in hint.body["text"] and hint.body["response_type"] == "ephemeral"
    listing = ask(harness, "/subscriptions", "", "list")
    shown = text_of(listing["blocks"])
    assert "*Deir ez-Zor, Syria* (place), hourly" in shown and "*Mariupl* (topic)" in shown
    remove = [b["accessory"]["value"] for b in listing["blocks"] if "accessory" in b]
    assert len(remove) == 2
    assert harness.action("remove_subscription", remove[0], response="rm") == (200, "")
    [after] = harness.fake.wait_for("response:rm")
    assert after.body["replace_original"] is True
    assert len([b for b in after.body["blocks"] if "accessory" in b]) == 1
    gone = ask(harness, "/unsubscribe", "mariupl", "un")
    assert "Unsubscribed from *Mariupl*" in gone["text"]
    assert harness.bot.channels.subscriptions(TEAM, ["CDESK"]) == []


def test_newsbot_help_settings_and_unknown(harness: SlackHarness) -> None:
    assert "/subscribe <place or topic>" in text_of(ask(harness, "/newsbot", "help", "h")["blocks"])
    assert "I don't know `dance`" in text_of(ask(harness, "/newsbot", "dance", "u")["blocks"])
    assert "not a time zone" in ask(harness, "/newsbot", "timezone Mars/Base", "tz0")["text"]
    ask(harness, "/newsbot", "timezone Europe/Paris", "tz")
    ask(harness, "/newsbot", "allquiet on", "q")
    prefs = harness.bot.channels.prefs(TEAM, "CDESK")
    assert (prefs.timezone, prefs.all_quiet) == ("Europe/Paris", True)


def test_mute_silences_a_place_in_the_channel(harness: SlackHarness) -> None:
    answer = ask(harness, "/mute", "Deir al-Zor for 6h", "m")
    assert "Muted *Deir ez-Zor, Syria* in this channel until <!date^" in answer["text"]
    [mute] = harness.bot.channels.mutes(TEAM, "CDESK", harness.bot.clock())
    assert mute.until - harness.bot.clock() <= timedelta(hours=6)
    demo.ingest_samples(harness.services)
    ask(harness, "/subscribe", "Deir al-Zor hourly", "s1")
    ask(harness, "/subscribe", "Kharkiv hourly", "s2")
    delivery = harness.bot.deliveries.digest_now(TEAM, "CDESK", harness.bot.clock())
    assert delivery is not None and delivery.articles, "Kharkiv news still comes"
    deir = harness.bot.gazetteer.lookup("Deir ez-Zor")[0].key
    assert all(deir not in {p.key for p in a.places} for a in delivery.articles)


def test_digest_now_posts_in_the_channel_once(harness: SlackHarness) -> None:
    assert "follows nothing yet" in ask(harness, "/digest", "", "d0")["text"]
    demo.ingest_samples(harness.services)
    ask(harness, "/subscribe", "Deir al-Zor", "s")
    assert harness.command("/digest", "", response="d1") == (200, "")
    [posted] = harness.fake.wait_for("chat.postMessage")
    assert posted.body["channel"] == "CDESK"
    assert_valid_blocks(posted.body["blocks"])
    assert "Nothing new here" in ask(harness, "/digest", "", "d2")["text"]
