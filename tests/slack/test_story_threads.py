"""A story already posted to a channel that gains sources is told in its thread."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.records import Analysis, ParsedEntry, Place, PlaceMention, PollOutcome, Relevance
from bot.storage import FreshArticle, Store
from bot.understand.stories import fingerprint
from tests.slack.checks import assert_valid_blocks, text_of
from tests.slack.conftest import SlackHarness
from tests.slack.test_posting import subscribe, tomorrow_at
from tests.support.fake_slack import TEAM

CLASHES = [
    (
        "Levant Wire",
        "Clashes between SDF and tribal gunmen in Deir ez-Zor countryside leave 9 dead",
        "Nine people were killed in clashes between the Syrian Democratic Forces and Arab "
        "tribal gunmen in Dhiban, in the eastern countryside of Deir ez-Zor, a monitor said.",
    ),
    (
        "Desert Post",
        "Kurdish-led SDF fights Arab tribes in Syria's Deir ez-Zor, nine killed",
        "Fighting between the Kurdish-led Syrian Democratic Forces and Arab tribal fighters in "
        "Deir ez-Zor killed nine people in Dhiban, a war monitor said.",
    ),
]


def report(store: Store, place: Place, outlet: str, title: str, text: str, at: datetime) -> None:
    url = f"https://{outlet.replace(' ', '').lower()}.example/rss"
    feed = store.feed_by_url(url) or store.add_feed(url, title=outlet)
    link = url.replace("/rss", f"/{len(title)}")
    entry = ParsedEntry(link, link, link, title, text, "", at)
    mention = PlaceMention(place.name, 0, len(place.name), place)
    analysis = Analysis(Relevance(9.0, True), [mention], text)
    fresh = FreshArticle(entry, analysis, fingerprint(title, text))
    store.save_poll(PollOutcome(feed.id, at, at + timedelta(hours=1)), [fresh])


def test_a_new_source_goes_into_the_story_thread_not_a_new_post(harness: SlackHarness) -> None:
    bot, fake = harness.bot, harness.fake
    subscribe(harness, "Deir al-Zor daily 08:00")
    deir = bot.gazetteer.lookup("Deir ez-Zor")[0]
    first_slot = tomorrow_at(8)
    report(bot.store, deir, *CLASHES[0], first_slot - timedelta(hours=2))
    assert bot.jobs.digests(first_slot) == 1
    [digest] = fake.calls_to("chat.postMessage")
    assert "single source: <https://levantwire.example/" in text_of(digest.body["blocks"])
    assert "thread_ts" not in digest.body
    stories = bot.store.stories_of(
        bot.store.conflict_articles_since(first_slot - timedelta(days=1))
    )
    [shown] = bot.channels.shown_stories(TEAM, "CDESK", stories).values()
    parent = shown.thread

    report(bot.store, deir, *CLASHES[1], first_slot + timedelta(hours=2))
    assert bot.jobs.digests(first_slot + timedelta(days=1)) == 1
    _, reply = fake.calls_to("chat.postMessage")
    assert reply.body["thread_ts"] == parent
    assert [
        s.source_count
        for s in bot.store.stories_of(
            bot.store.conflict_articles_since(first_slot - timedelta(days=1))
        )
    ] == [2]
    assert_valid_blocks(reply.body["blocks"])
    told = text_of(reply.body["blocks"])
    assert told.startswith("Now also reported by <") and "|Desert Post>" in told
    [update] = fake.calls_to("chat.update")
    assert update.body["ts"] == parent and "2 sources: " in text_of(update.body["blocks"])

    assert bot.jobs.digests(first_slot + timedelta(days=2)) == 0
    assert len(fake.calls_to("chat.postMessage")) == 2
    assert len(fake.calls_to("chat.update")) == 1


def test_a_second_feed_of_one_outlet_is_no_new_source(harness: SlackHarness) -> None:
    bot, fake = harness.bot, harness.fake
    subscribe(harness, "Deir al-Zor daily 08:00")
    deir = bot.gazetteer.lookup("Deir ez-Zor")[0]
    first_slot = tomorrow_at(8)
    _, title, text = CLASHES[0]
    for n, feed_url in enumerate(["https://feeds.levantwire.com/rss", "https://levantwire.com/sy"]):
        feed = bot.store.add_feed(feed_url, title=f"Levant Wire {n}")
        at = first_slot + timedelta(hours=4 * n - 2)
        link = f"https://www.levantwire.com/story-{n}"
        entry = ParsedEntry(link, link, link, title, text, "", at)
        mention = PlaceMention(deir.name, 0, len(deir.name), deir)
        analysis = Analysis(Relevance(9.0, True), [mention], text)
        fresh = FreshArticle(entry, analysis, fingerprint(title, text))
        bot.store.save_poll(PollOutcome(feed.id, at, at + timedelta(hours=1)), [fresh])
        # the outlet's second feed brings no outlet and no toll: nothing to post or update
        assert bot.jobs.digests(first_slot + timedelta(days=n)) == 1 - n
    [digest] = fake.calls_to("chat.postMessage")
    assert "single source: <https://www.levantwire.com/story-0|Levant Wire 0>" in text_of(
        digest.body["blocks"]
    )
    assert fake.calls_to("chat.update") == []
    assert bot.jobs.digests(first_slot + timedelta(days=2)) == 0, "its report is not offered again"
    assert len(fake.calls_to("chat.postMessage")) == 1
