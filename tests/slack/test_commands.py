"""Slash commands: acked at once, answered through the response URL, helpful on bad input."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from bot.clock import utcnow
from tests.answers.test_delivery import add_article
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
    for i, button in enumerate(buttons[:2]):
        assert harness.action(button["action_id"], button["value"], response=f"pick{i}")[0] == 200
        [picked] = harness.fake.wait_for(f"response:pick{i}")
        assert picked.body["replace_original"] is True
        assert_valid_blocks(picked.body["blocks"])
        assert picked.body["blocks"][0]["text"]["text"] == button["text"]["text"]


def buttons_of(message: dict[str, Any], prefix: str) -> list[dict[str, Any]]:
    return [
        e
        for b in message["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"].startswith(prefix)
    ]


def test_whatsnew_names_which_tripoli_and_offers_the_others(harness: SlackHarness) -> None:
    libya = ask(harness, "/whatsnew", "Tripoli 3d", "tripoli")
    assert libya["blocks"][0]["text"]["text"] == "Tripoli, Libya"
    assert "Libya" in libya["blocks"][1]["elements"][0]["text"]
    [lebanon_button, *_] = buttons_of(libya, "brief_place_")
    assert lebanon_button["text"]["text"] == "Tripoli, Lebanon"
    window = json.loads(lebanon_button["value"])["s"]
    assert f"<!date^{window}^" in libya["blocks"][1]["elements"][0]["text"]
    status, _ = harness.action(
        lebanon_button["action_id"], lebanon_button["value"], response="lebanon"
    )
    assert status == 200
    [lebanon] = harness.fake.wait_for("response:lebanon")
    assert_valid_blocks(lebanon.body["blocks"])
    assert lebanon.body["replace_original"] is True
    assert lebanon.body["blocks"][0]["text"]["text"] == "Tripoli, Lebanon"
    assert "Lebanon" in lebanon.body["blocks"][1]["elements"][0]["text"]
    back = buttons_of(lebanon.body, "brief_place_")
    assert "Tripoli, Libya" in [b["text"]["text"] for b in back]
    assert {json.loads(b["value"])["s"] for b in back} == {window}
    [share] = buttons_of(lebanon.body, "share_briefing")
    assert json.loads(share["value"]) == json.loads(lebanon_button["value"])
    status, _ = harness.action(
        back[0]["action_id"], back[0]["value"], response="from-shared", ephemeral=False
    )
    assert status == 200
    [private] = harness.fake.wait_for("response:from-shared")
    assert private.body["replace_original"] is False
    assert private.body["response_type"] == "ephemeral"


def test_subscribe_list_remove_and_unsubscribe(harness: SlackHarness) -> None:
    assert "name a place or a topic" in ask(harness, "/subscribe", "", "none")["text"]
    ask(harness, "/subscribe", "Deir al-Zor hourly", "s1")
    choice = ask(harness, "/subscribe", "Mariupl alerts", "s2")
    assert choice["response_type"] == "ephemeral"
    assert "Did you mean" in choice["text"] and "as alerts" in choice["text"]
    assert len(harness.bot.channels.subscriptions(TEAM, ["CDESK"])) == 1, "nothing followed yet"
    [as_topic] = buttons_of(choice, "subscribe_topic")
    assert harness.action("subscribe_topic", as_topic["value"], response="t") == (200, "")
    [topic] = harness.fake.wait_for("response:t")
    assert "the topic *Mariupl*, as alerts" in topic.body["text"]
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
    ask(harness, "/subscribe", "Deir al-Zor hourly", "s1")
    ask(harness, "/subscribe", "Kharkiv hourly", "s2")
    gaz, now = harness.bot.gazetteer, utcnow() + timedelta(seconds=1)
    deir, kharkiv = gaz.lookup("Deir ez-Zor")[0], gaz.lookup("Kharkiv")[0]
    add_article(harness.bot.store, "Shelling in Deir ez-Zor", deir, now)
    add_article(harness.bot.store, "Missiles hit Kharkiv", kharkiv, now)
    delivery = harness.bot.deliveries.digest_now(TEAM, "CDESK", harness.bot.clock())
    assert delivery is not None
    assert [a.title for a in delivery.articles] == ["Missiles hit Kharkiv"]


def test_digest_now_posts_in_the_channel_once(harness: SlackHarness) -> None:
    assert "follows nothing yet" in ask(harness, "/digest", "", "d0")["text"]
    ask(harness, "/subscribe", "Deir al-Zor", "s")
    deir = harness.bot.gazetteer.lookup("Deir ez-Zor")[0]
    add_article(harness.bot.store, "Shelling in Deir ez-Zor", deir, utcnow() + timedelta(seconds=1))
    assert harness.command("/digest", "", response="d1") == (200, "")
    [posted] = harness.fake.wait_for("chat.postMessage")
    assert posted.body["channel"] == "CDESK"
    assert_valid_blocks(posted.body["blocks"])
    assert "Shelling in Deir ez-Zor" in text_of(posted.body["blocks"])
    assert "Nothing new here" in ask(harness, "/digest", "", "d2")["text"]


def test_mutes_are_listed_and_lifted(harness: SlackHarness) -> None:
    assert "Nothing is muted in this channel" in ask(harness, "/mute", "list", "l0")["text"]
    ask(harness, "/mute", "Deir al-Zor for 6h", "m")
    listed = ask(harness, "/mute", "list", "l1")
    assert "Muted in this channel: *Deir ez-Zor, Syria* until <!date^" in listed["text"]
    assert listed.get("response_type") != "in_channel", "a list is for the one who asked"
    assert "That is not muted here" in ask(harness, "/unmute", "Kharkiv", "u0")["text"]
    assert harness.bot.channels.mutes(TEAM, "CDESK", harness.bot.clock()) != []
    lifted = ask(harness, "/unmute", "Deir ez-Zor", "u1")
    assert "Unmuted *Deir ez-Zor, Syria* in this channel" in lifted["text"]
    assert lifted["response_type"] == "in_channel"
    assert harness.bot.channels.mutes(TEAM, "CDESK", harness.bot.clock()) == []


def test_unsubscribing_from_what_is_not_followed_says_nothing_was_removed(
    harness: SlackHarness,
) -> None:
    ask(harness, "/subscribe", "Deir al-Zor hourly", "s1")
    missed = ask(harness, "/unsubscribe", "Mosul", "un")
    shown = text_of(missed["blocks"])
    assert "does not follow *Mosul, Iraq*" in shown and "nothing was removed" in shown
    assert "*Deir ez-Zor, Syria* (place), hourly" in shown
    assert "does not follow *Mosul, Iraq*" in missed["text"]
    assert len(harness.bot.channels.subscriptions(TEAM, ["CDESK"])) == 1


def test_whatsnew_names_the_other_places_by_the_name_asked_just_above_their_buttons(
    harness: SlackHarness,
) -> None:
    gaza = ask(harness, "/whatsnew", "Gaza", "gaza")
    assert gaza["blocks"][0]["text"]["text"] == "Gaza Strip, Palestinian Territory"
    lines = gaza["blocks"][1]["elements"][0]["text"].split("\n")
    assert lines[-1] == "Other places called “Gaza”:"
    assert gaza["blocks"][2]["type"] == "actions"
    assert "Gaza, Mozambique" in text_of([gaza["blocks"][2]])


def test_whatsnew_names_kinds_of_place_in_words_and_tells_namesakes_apart(
    harness: SlackHarness,
) -> None:
    oblast = ask(harness, "/whatsnew", "Donetsk Oblast", "oblast")
    assert text_of(oblast["blocks"]).split("\n")[1] == "*province in Donbas, Ukraine*"
    kyiv = text_of(ask(harness, "/whatsnew", "Kyiv", "kyiv")["blocks"])
    assert "Covering Kyiv, Ukraine (province) too." in kyiv
    town = ask(harness, "/whatsnew", "Zaporizhzhia", "zp")
    header = town["blocks"][0]["text"]["text"]
    others = [e["text"]["text"] for e in town["blocks"][2]["elements"]]
    assert header not in others and len(set(others)) == len(others)
    assert all("admin" not in label for label in others)


def test_mute_and_whatsnew_refuse_spans_beyond_their_longest(harness: SlackHarness) -> None:
    mute = ask(harness, "/mute", "Deir al-Zor for 900 days", "m")
    assert "`for 900 days` is too long: a mute lasts 90 days at most" in mute["text"]
    assert "Nothing was muted" in mute["text"] and "/unsubscribe" in mute["text"]
    huge = ask(harness, "/mute", "Kharkiv 99999999999d", "huge")["text"]
    assert "longer than any span the bot can count" in huge
    assert harness.bot.channels.mutes(TEAM, "CDESK", harness.bot.clock()) == []
    quarter = ask(harness, "/mute", "Deir al-Zor for 90 days", "q")
    assert "Muted *Deir ez-Zor, Syria* in this channel until" in quarter["text"]
    window = ask(harness, "/whatsnew", "Deir al-Zor 999d", "w")
    assert window["text"] == "`999d` is too long: /whatsnew looks back 90 days at most."
    assert "Deir ez-Zor" in text_of(ask(harness, "/whatsnew", "Deir al-Zor 90d", "w2")["blocks"])


def test_a_digest_offers_no_subscribe_button_for_a_place_the_channel_follows(
    harness: SlackHarness,
) -> None:
    ask(harness, "/subscribe", "Syria hourly", "s1")
    ask(harness, "/subscribe", "Deir al-Zor alerts", "s2")
    gaz, now = harness.bot.gazetteer, utcnow() + timedelta(seconds=1)
    add_article(harness.bot.store, "Shelling in Deir ez-Zor", gaz.lookup("Deir ez-Zor")[0], now)
    add_article(harness.bot.store, "Airstrikes on Aleppo", gaz.lookup("Aleppo")[0], now)
    assert harness.command("/digest", "", response="d") == (200, "")
    [posted] = harness.fake.wait_for("chat.postMessage")
    offered: dict[str, list[str]] = {}
    title = ""
    for block in posted.body["blocks"]:
        if block["type"] == "section":
            title = block["text"]["text"].split("|", 1)[-1].split(">", 1)[0]
        elif block["type"] == "actions":
            offered[title] = [e["text"]["text"] for e in block["elements"]]
    assert offered["Airstrikes on Aleppo"] == ["More", "Subscribe to Aleppo", "Mute this story"]
    assert offered["Shelling in Deir ez-Zor"] == ["More", "Mute this story"]


def test_whatsnew_in_a_channel_following_the_place_says_so_instead_of_offering_it(
    harness: SlackHarness,
) -> None:
    """As digests do (review19): no "Subscribe to X" where the channel follows X; the
    briefing says how the channel follows it, and a shared briefing too."""
    ask(harness, "/subscribe", "Deir al-Zor alerts when 5+ killed", "s")
    followed = ask(harness, "/whatsnew", "Dayr az Zawr", "w")
    assert "This channel follows Deir ez-Zor, Syria, as alerts (when 5+ killed)." in text_of(
        followed["blocks"]
    )
    assert buttons_of(followed, "subscribe_place") == []
    [share] = buttons_of(followed, "share_briefing")
    assert harness.action("share_briefing", share["value"], response="share")[0] == 200
    shared, _deleted = harness.fake.wait_for("response:share", 2)
    assert_valid_blocks(shared.body["blocks"])
    assert "This channel follows Deir ez-Zor" in text_of(shared.body["blocks"])
    assert "subscribe_place" not in json.dumps(shared.body["blocks"])
    other = ask(harness, "/whatsnew", "Aleppo", "a")
    assert "This channel follows" not in text_of(other["blocks"])
    assert [b["text"]["text"] for b in buttons_of(other, "subscribe_place")] == [
        "Subscribe to Aleppo"
    ]
    elsewhere = harness.command("/whatsnew", "Deir al-Zor", channel="COTHER", response="o")
    assert elsewhere == (200, "")
    [there] = harness.fake.wait_for("response:o")
    assert len(buttons_of(there.body, "subscribe_place")) == 1
