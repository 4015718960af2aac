"""A story already posted in a channel is shown there once: when it grows, its post is
updated in place (outlets, highest death toll and who reported it) and its thread says what
changed in one line; exactly once, even when a worker dies between the two."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from bot.clock import utcnow
from bot.records import (
    Analysis,
    Casualties,
    EventFacts,
    ParsedEntry,
    Place,
    PlaceMention,
    PollOutcome,
    Relevance,
)
from bot.slack.blocks import Message
from bot.slack.courier import metadata_of
from bot.slack.jobs import delivery_parts
from bot.storage import LEASE, FreshArticle, Store
from bot.understand.stories import fingerprint
from tests.slack.checks import assert_valid_blocks, text_of
from tests.slack.conftest import SlackHarness
from tests.slack.test_exactly_once import dead_courier
from tests.slack.test_posting import subscribe, tomorrow_at
from tests.support.fake_slack import TEAM

LATER = LEASE + timedelta(seconds=1)

CLASH = (
    "Clashes between SDF and tribal gunmen in Deir ez-Zor countryside leave {n} dead",
    "At least {n} people were killed in clashes between the Syrian Democratic Forces and Arab "
    "tribal gunmen in Dhiban, in the eastern countryside of Deir ez-Zor, a monitor said.",
)


def button_value(post: dict[str, Any], action_id: str) -> str:
    """The value of the button `action_id` in a posted message's blocks (there is one)."""
    [value] = [
        e["value"]
        for block in post["blocks"]
        for e in block.get("elements", [])
        if e.get("action_id") == action_id
    ]
    return str(value)


def report(store: Store, place: Place, outlet: str, killed: int | None, at: datetime) -> str:
    """One outlet's report of the invented Dhiban clash (its own feed and link), giving
    `killed` as "at least N"; returns its link."""
    title, text = (part.format(n=killed or "several") for part in CLASH)
    url = f"https://{outlet.replace(' ', '').lower()}.example/rss"
    feed = store.feed_by_url(url) or store.add_feed(url, title=outlet)
    link = url.replace("/rss", "/dhiban-clash")
    entry = ParsedEntry(link, link, link, title, text, "", at)
    mention = PlaceMention(place.name, 0, len(place.name), place)
    event = EventFacts("Battles", "Armed clash", Casualties(killed, False), place=mention)
    analysis = Analysis(Relevance(9.0, True), [mention], text, event=event)
    fresh = FreshArticle(entry, analysis, fingerprint(title, text))
    store.save_poll(PollOutcome(feed.id, at, at + timedelta(hours=1)), [fresh])
    return link


def top_level(harness: SlackHarness) -> list[dict[str, Any]]:
    return [m for m in harness.fake.messages("CDESK") if "thread_ts" not in m]


def replies(harness: SlackHarness, thread: str) -> list[dict[str, Any]]:
    return [m for m in harness.fake.messages("CDESK") if m.get("thread_ts") == thread]


def test_a_rising_toll_updates_the_post_and_says_so_once_in_its_thread(
    harness: SlackHarness,
) -> None:
    bot = harness.bot
    subscribe(harness, "Deir al-Zor alerts")
    deir = bot.gazetteer.lookup("Deir ez-Zor")[0]
    now = utcnow() + timedelta(minutes=3)
    report(bot.store, deir, "Desert Post", 2, utcnow())
    assert bot.jobs.alerts(now) == 1
    [post] = top_level(harness)
    first = text_of(post["blocks"])
    assert "at least 2 killed (Desert Post)" in first and "single source" in first

    report(bot.store, deir, "Levant Daily", 7, utcnow())
    assert bot.jobs.alerts(now + timedelta(minutes=3)) == 1
    [post] = top_level(harness)  # no second post of the story
    assert len(harness.fake.calls_to("chat.update")) == 1
    assert_valid_blocks(post["blocks"])
    shown = text_of(post["blocks"])
    assert "2 sources" in shown and "at least 7 killed (Levant Daily)" in shown
    assert "at least 2 killed" not in shown
    [reply] = replies(harness, post["ts"])
    assert text_of(reply["blocks"]) == "Death toll rises to 7 (Levant Daily)"

    assert bot.jobs.alerts(now + timedelta(minutes=6)) == 0
    assert bot.jobs.recover(now + timedelta(minutes=6) + LATER) == 0
    assert len(harness.fake.messages("CDESK")) == 2
    assert len(harness.fake.calls_to("chat.update")) == 1

    gulf = report(bot.store, deir, "Gulf Courier", 7, utcnow())
    assert bot.jobs.alerts(now + timedelta(minutes=9)) == 1
    [post] = top_level(harness)
    assert "3 sources" in text_of(post["blocks"])
    assert "at least 7 killed (Levant Daily)" in text_of(post["blocks"])
    _, told = replies(harness, post["ts"])
    assert text_of(told["blocks"]) == f"Now also reported by <{gulf}|Gulf Courier>"


def test_a_worker_killed_between_the_reply_and_its_record_replies_once(
    harness: SlackHarness,
) -> None:
    bot = harness.bot
    subscribe(harness, "Deir al-Zor alerts")
    deir = bot.gazetteer.lookup("Deir ez-Zor")[0]
    now = utcnow() + timedelta(minutes=3)
    report(bot.store, deir, "Desert Post", 2, utcnow())
    assert bot.jobs.alerts(now) == 1
    report(bot.store, deir, "Levant Daily", 7, utcnow())
    later = now + timedelta(minutes=3)
    [followup] = bot.deliveries.due_alerts(later)
    dead = dead_courier(harness)
    intent = dead.begin(TEAM, "CDESK", None, delivery_parts(followup), later)
    edit, reply = intent.parts
    assert edit.edits is not None and reply.thread == edit.edits
    shown = dead.edit(intent, edit.edits, edit.blocks)
    assert dead.log.record(intent, edit.edits, dead.owner, later, shown)
    dead.poster.post(
        TEAM,
        "CDESK",
        Message(reply.text, reply.blocks),
        thread_ts=reply.thread,
        metadata=metadata_of(intent, 1),
    )  # ... and the worker is killed before recording the reply

    assert bot.jobs.recover(later + LATER) == 1
    [post] = top_level(harness)
    [told] = replies(harness, post["ts"])
    assert text_of(told["blocks"]) == "Death toll rises to 7 (Levant Daily)"
    assert "at least 7 killed (Levant Daily)" in text_of(post["blocks"])
    assert bot.jobs.alerts(later + timedelta(minutes=3)) == 0
    assert bot.jobs.recover(later + 3 * LATER) == 0
    assert len(harness.fake.messages("CDESK")) == 2


def test_a_story_being_posted_is_never_posted_again_as_new(harness: SlackHarness) -> None:
    bot = harness.bot
    subscribe(harness, "Deir al-Zor alerts")
    deir = bot.gazetteer.lookup("Deir ez-Zor")[0]
    now = utcnow() + timedelta(minutes=3)
    first = report(bot.store, deir, "Desert Post", 2, utcnow())
    [alert] = bot.deliveries.due_alerts(now)
    dead_courier(harness).begin(TEAM, "CDESK", None, delivery_parts(alert), now)
    # ... its worker is killed before posting; meanwhile another outlet reports the story
    second = report(bot.store, deir, "Levant Daily", 7, utcnow())
    bot.jobs.alerts(now + timedelta(seconds=20))
    bot.jobs.recover(now + LATER)
    bot.jobs.alerts(now + timedelta(minutes=3))

    [post] = top_level(harness)
    assert first in text_of(post["blocks"])
    [told] = replies(harness, post["ts"])
    assert text_of(told["blocks"]) == "Death toll rises to 7 (Levant Daily)"
    assert second in text_of(post["blocks"])  # updated in place: now 2 sources
    for link in (first, second):
        shown_in = [m for m in top_level(harness) if link in text_of(m["blocks"])]
        assert len(shown_in) == 1


def test_a_deleted_post_still_gets_its_thread_told_once(harness: SlackHarness) -> None:
    bot = harness.bot
    subscribe(harness, "Deir al-Zor alerts")
    deir = bot.gazetteer.lookup("Deir ez-Zor")[0]
    now = utcnow() + timedelta(minutes=3)
    report(bot.store, deir, "Desert Post", 2, utcnow())
    assert bot.jobs.alerts(now) == 1
    [post] = top_level(harness)
    harness.fake.channels["CDESK"].remove(post)  # someone deleted it
    report(bot.store, deir, "Levant Daily", 7, utcnow())
    assert bot.jobs.alerts(now + timedelta(minutes=3)) == 1
    [update] = harness.fake.calls_to("chat.update")
    assert update.body["ts"] == post["ts"]
    [told] = replies(harness, post["ts"])
    assert text_of(told["blocks"]) == "Death toll rises to 7 (Levant Daily)"
    assert bot.jobs.alerts(now + timedelta(minutes=6)) == 0
    assert len(harness.fake.calls_to("chat.update")) == 1


def test_more_lists_every_source_of_the_story(harness: SlackHarness) -> None:
    bot = harness.bot
    subscribe(harness, "Deir al-Zor alerts")
    deir = bot.gazetteer.lookup("Deir ez-Zor")[0]
    now = utcnow() + timedelta(minutes=3)
    first = report(bot.store, deir, "Desert Post", 2, utcnow())
    second = report(bot.store, deir, "Levant Daily", 7, utcnow())
    assert bot.jobs.alerts(now) == 1
    [post] = top_level(harness)
    lead = button_value(post, "article_more")
    harness.action("article_more", lead, ephemeral=False, response="more")
    [answer] = harness.fake.wait_for("response:more")
    assert_valid_blocks(answer.body["blocks"])
    detail = text_of(answer.body["blocks"])
    assert f"<{first}|Desert Post>" in detail and f"<{second}|Levant Daily>" in detail
    assert "2 sources" in detail


def test_a_digest_waits_for_a_post_of_its_story_then_updates_it(harness: SlackHarness) -> None:
    bot = harness.bot
    subscribe(harness, "Deir al-Zor daily 08:00")
    deir = bot.gazetteer.lookup("Deir ez-Zor")[0]
    eight = tomorrow_at(8)
    first = report(bot.store, deir, "Desert Post", 2, eight - timedelta(hours=2))
    asked = bot.deliveries.digest_now(TEAM, "CDESK", eight - timedelta(minutes=5))
    assert asked is not None  # /digest, whose worker is killed before posting it
    dead_courier(harness).begin(TEAM, "CDESK", None, delivery_parts(asked), eight)
    second = report(bot.store, deir, "Levant Daily", 7, eight - timedelta(hours=1))

    assert bot.jobs.digests(eight) == 0  # its story is being posted: the digest waits
    assert bot.jobs.recover(eight + LATER) == 1
    assert bot.jobs.digests(eight + timedelta(minutes=1)) == 1
    assert bot.jobs.digests(eight + timedelta(minutes=2)) == 0  # the slot is done

    [post] = top_level(harness)
    assert first in text_of(post["blocks"]) and second in text_of(post["blocks"])
    [told] = replies(harness, post["ts"])
    assert text_of(told["blocks"]) == "Death toll rises to 7 (Levant Daily)"


def test_a_story_at_an_unlisted_village_offers_a_place_its_button_can_follow(
    harness: SlackHarness,
) -> None:
    """A village the gazetteer lacks ("unlisted:<parent>/<slug>") is no place a channel can
    follow: the story's Subscribe button names the listed place its report names instead,
    and pressing it subscribes (a button naming the village was dropped unanswered)."""
    bot = harness.bot
    subscribe(harness, "Deir al-Zor alerts")
    area = bot.gazetteer.get(bot.gazetteer.ancestors(bot.gazetteer.lookup("Deir ez-Zor")[0].key)[0])
    assert area is not None and area.kind != "country"
    village = Place(f"unlisted:{area.key}/al-shafa", "Al-Shafa", "village", area.country_code,
                    area.country, lat=area.lat, lon=area.lon, approximate=True)  # fmt: skip
    title = "Shelling kills three in Al-Shafa, in the Deir ez-Zor countryside"
    link = "https://desertpost.example/al-shafa-shelling"
    feed = bot.store.add_feed("https://desertpost.example/rss", title="Desert Post")
    at = utcnow()
    entry = ParsedEntry(link, link, link, title, f"{title}, a monitor said.", "", at)
    mentions = [
        PlaceMention("Al-Shafa", 24, 32, village),
        PlaceMention("Deir ez-Zor", 41, 52, area),
    ]
    analysis = Analysis(Relevance(9.0, True), mentions, title)
    fresh = FreshArticle(entry, analysis, fingerprint(title, title))
    bot.store.save_poll(PollOutcome(feed.id, at, at + timedelta(hours=1)), [fresh])
    assert bot.jobs.alerts(at + timedelta(minutes=3)) == 1
    [post] = top_level(harness)
    [button] = [
        e
        for block in post["blocks"]
        for e in block.get("elements", [])
        if e.get("action_id") == "subscribe_place"
    ]
    assert button["value"] == area.key and button["text"]["text"] == f"Subscribe to {area.name}"
    harness.action("subscribe_place", button["value"], ephemeral=False, response="sub")
    [answer] = harness.fake.wait_for("response:sub")
    assert f"subscribed this channel to the place *{area.label}*" in answer.body["text"]


def test_a_muted_story_listed_by_mute_list_can_be_unmuted_by_its_title(
    harness: SlackHarness,
) -> None:
    bot = harness.bot
    subscribe(harness, "Deir al-Zor alerts")
    deir = bot.gazetteer.lookup("Deir ez-Zor")[0]
    report(bot.store, deir, "Desert Post", 2, utcnow())
    assert bot.jobs.alerts(utcnow() + timedelta(minutes=3)) == 1
    [post] = top_level(harness)
    story = button_value(post, "mute_story")
    harness.action("mute_story", story, ephemeral=False, response="muted")
    harness.fake.wait_for("response:muted")
    title = CLASH[0].format(n=2)
    harness.command("/mute", "list", response="list")
    listed = harness.fake.wait_for("response:list")[0].body["text"]
    assert f"*{title}* until" in listed and "story title" in listed
    harness.command("/unmute", title.lower(), response="unmute")
    [lifted] = harness.fake.wait_for("response:unmute")
    assert lifted.body["text"] == f"Unmuted *{title}* in this channel."
    assert bot.channels.mutes(TEAM, "CDESK", bot.clock()) == []


def headline_of(post: dict[str, Any]) -> str:
    """The linked title heading a posted story: "<link|title>"."""
    return str(post["blocks"][-2]["text"]["text"].split("\n", 1)[0])


def test_a_storys_headline_is_the_report_that_gave_its_toll(harness: SlackHarness) -> None:
    bot = harness.bot
    subscribe(harness, "Deir al-Zor alerts")
    deir = bot.gazetteer.lookup("Deir ez-Zor")[0]
    now = utcnow() + timedelta(minutes=3)
    levant = report(bot.store, deir, "Levant Daily", 9, utcnow() - timedelta(minutes=1))
    report(bot.store, deir, "Desert Post", 4, utcnow())  # the latest report, a lower figure
    assert bot.jobs.alerts(now) == 1
    [post] = top_level(harness)
    shown = text_of(post["blocks"])
    assert "at least 9 killed (Levant Daily)" in shown and "leave 4 dead" not in shown
    assert headline_of(post) == f"*<{levant}|{CLASH[0].format(n=9)}>*"


def test_a_posted_storys_headline_follows_its_rising_toll(harness: SlackHarness) -> None:
    bot = harness.bot
    subscribe(harness, "Deir al-Zor alerts")
    deir = bot.gazetteer.lookup("Deir ez-Zor")[0]
    now = utcnow() + timedelta(minutes=3)
    report(bot.store, deir, "Desert Post", 4, utcnow())
    assert bot.jobs.alerts(now) == 1
    [post] = top_level(harness)
    assert "leave 4 dead" in headline_of(post)
    levant = report(bot.store, deir, "Levant Daily", 9, utcnow())
    assert bot.jobs.alerts(now + timedelta(minutes=3)) == 1
    [post] = top_level(harness)  # updated in place, as its toll rose
    assert "at least 9 killed (Levant Daily)" in text_of(post["blocks"])
    assert headline_of(post) == f"*<{levant}|{CLASH[0].format(n=9)}>*"
    [reply] = replies(harness, post["ts"])
    assert text_of(reply["blocks"]) == "Death toll rises to 9 (Levant Daily)"
    gulf = report(bot.store, deir, "Gulf Courier", 6, utcnow())
    assert bot.jobs.alerts(now + timedelta(minutes=6)) == 1
    [post] = top_level(harness)  # a lower figure from a new outlet leaves the headline
    assert headline_of(post) == f"*<{levant}|{CLASH[0].format(n=9)}>*"
    assert text_of(replies(harness, post["ts"])[1]["blocks"]).startswith(
        f"Now also reported by <{gulf}|"
    )
