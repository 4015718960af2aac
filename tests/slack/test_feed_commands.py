"""`/newsbot feeds`: who may add and remove feeds, the SSRF pre-check, and the listing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from bot.records import FeedStatus, PollOutcome
from bot.slack.blocks import feeds_message
from tests.slack.checks import assert_valid_blocks, text_of
from tests.slack.conftest import SlackHarness
from tests.support.fake_slack import TEAM

PUBLIC = "http://93.184.216.34/world/rss.xml"
"""A public address: nothing is fetched by these tests, the URL is only checked and stored."""
OTHER_TEAM = "T0OTHER"


def configure(harness: SlackHarness, **updates: Any) -> None:
    """Change the running app's settings (the listeners read them on each request)."""
    harness.bot.settings = harness.bot.settings.model_copy(update=updates)


def feeds(harness: SlackHarness, text: str, name: str, user: str = "UADMIN") -> str:
    """Run `/newsbot feeds <text>` as `user`; the answer's text (checked against Slack's
    limits, and ephemeral)."""
    assert harness.command("/newsbot", f"feeds {text}", user=user, response=name) == (200, "")
    [reply] = harness.fake.wait_for(f"response:{name}")
    assert reply.body["response_type"] == "ephemeral"
    assert_valid_blocks(reply.body["blocks"])
    return text_of(reply.body["blocks"])


@pytest.fixture
def admins(harness: SlackHarness) -> SlackHarness:
    """The harness, where UADMIN is a workspace admin and UOWNER its primary owner."""
    harness.fake.users.update({"UADMIN": {"is_admin": True}, "UOWNER": {"is_primary_owner": True}})
    return harness


def test_an_admin_adds_a_feed_from_slack(admins: SlackHarness) -> None:
    said = feeds(admins, f"add {PUBLIC}", "add")
    [feed] = admins.services.store.list_feeds()
    assert (feed.url, feed.origin, feed.added_team, feed.added_by) == (
        PUBLIC,
        "slack",
        TEAM,
        "UADMIN",
    )
    assert feed.active
    assert f"Added feed `{feed.id}`" in said
    assert "polled shortly" in said
    [check] = admins.fake.calls_to("users.info")
    assert check.body["user"] == "UADMIN"
    assert "Added feed" in feeds(
        admins, "add <http://1.1.1.1/feed|1.1.1.1/feed>", "owner", "UOWNER"
    )
    assert admins.services.store.feed_by_url("http://1.1.1.1/feed") is not None


def test_a_member_who_is_no_admin_is_refused(admins: SlackHarness) -> None:
    said = feeds(admins, f"add {PUBLIC}", "member", user="UANNA")
    assert "Only workspace admins and owners may add or remove feeds" in said
    assert "NEWSBOT_SLACK_FEED_MANAGERS" in said
    assert admins.services.store.list_feeds() == []


def test_everyone_may_when_the_operator_says_so(admins: SlackHarness) -> None:
    configure(admins, slack_feed_managers="everyone")
    assert "Added feed" in feeds(admins, f"add {PUBLIC}", "anyone", user="UANNA")
    assert admins.fake.calls_to("users.info") == []
    assert admins.services.store.feed_by_url(PUBLIC) is not None


def test_only_the_listed_users_may_when_the_operator_names_them(admins: SlackHarness) -> None:
    configure(admins, slack_feed_managers="UANNA,UBEN")
    assert "Added feed" in feeds(admins, f"add {PUBLIC}", "listed", user="UANNA")
    for user in ("UCARL", "UADMIN"):
        said = feeds(admins, "add http://1.1.1.1/rss", f"unlisted-{user}", user=user)
        assert "Only <@UANNA> and <@UBEN> may add or remove feeds" in said
    assert [f.url for f in admins.services.store.list_feeds()] == [PUBLIC]


def test_a_failed_admin_check_changes_nothing(admins: SlackHarness) -> None:
    admins.fake.fail("users.info", "missing_scope")
    said = feeds(admins, f"add {PUBLIC}", "scope")
    assert "could not check who may manage feeds (`missing_scope`)" in said
    assert admins.services.store.list_feeds() == []


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("http://127.0.0.1/feed", "refused: 127.0.0.1 is a loopback address"),
        ("http://localhost/x", "refused: localhost (127.0.0.1) is a loopback address"),
        ("http://[::1]/", "refused: ::1 is a loopback address"),
        ("http://169.254.169.254/", "refused: 169.254.169.254 is a cloud metadata address"),
        ("http://10.0.0.7:8080/rss", "refused: 10.0.0.7 is a private address"),
    ],
)
def test_internal_addresses_are_refused_at_once(admins: SlackHarness, url: str, why: str) -> None:
    said = feeds(admins, f"add {url}", "ssrf")
    assert said.startswith("I did not add that feed: ")
    assert why in said or (url == "http://localhost/x" and "localhost (::1)" in said)
    assert "feeds added from Slack may only reach public addresses" in said
    assert admins.services.store.list_feeds() == []


def test_an_allowed_network_lets_an_internal_feed_in(admins: SlackHarness) -> None:
    configure(admins, fetch_allowed_networks="127.0.0.0/8")
    assert "Added feed" in feeds(admins, "add http://127.0.0.1/feed", "allowed")
    assert "refused: ::1" in feeds(admins, "add http://[::1]/feed", "still-refused")
    feed = admins.services.store.feed_by_url("http://127.0.0.1/feed")
    assert feed is not None and feed.origin == "slack"


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("ftp://93.184.216.34/feed", "not an http(s) URL (scheme 'ftp')"),
        ("http:///feed", "URL has no host"),
        ("http://93.184.216.34:99999/feed", "malformed URL"),
        ("feeds.example/rss", "not an http(s) URL (no scheme)"),
    ],
)
def test_a_malformed_url_gets_a_clear_error(admins: SlackHarness, url: str, why: str) -> None:
    said = feeds(admins, f"add {url}", "bad")
    assert "I did not add that feed: that is not a feed URL I can use" in said
    assert why in said
    assert admins.services.store.list_feeds() == []


def test_an_operator_feed_is_already_followed_and_stays_the_operators(
    admins: SlackHarness,
) -> None:
    store = admins.services.store
    store.seed_feeds([{"url": PUBLIC, "title": "World desk"}])
    said = feeds(admins, f"add {PUBLIC}", "again")
    assert "is already followed" in said and "World desk" in said
    feed = store.feed_by_url(PUBLIC)
    assert feed is not None
    assert (feed.origin, feed.added_team, feed.added_by) == ("config", None, None)


def test_a_workspace_removes_only_the_feeds_it_added(admins: SlackHarness) -> None:
    store = admins.services.store
    mine = "http://1.1.1.1/mine.xml"
    feeds(admins, f"add {mine}", "add-mine")
    feeds(admins, f"add {PUBLIC}", "add-second")
    config = store.add_feed("https://feeds.example/config.xml", origin="config")
    theirs = store.add_feed(
        "https://feeds.example/theirs.xml", origin="slack", added_team=OTHER_TEAM, added_by="UX"
    )
    said = feeds(admins, f"remove {config.id}", "rm-config")
    assert "added by the operator of this newsbot" in said
    assert f"managed from the terminal (`newsbot feeds remove {config.id}`)" in said
    said = feeds(admins, f"remove {theirs.url}", "rm-theirs")
    assert "added from another Slack workspace sharing this newsbot" in said
    refused = feeds(admins, f"remove {mine}", "rm-member", user="UANNA")
    assert "Only workspace admins and owners" in refused
    mine_feed = store.feed_by_url(mine)
    assert mine_feed is not None
    assert f"Removed feed `{mine_feed.id}`" in feeds(admins, f"remove {mine_feed.id}", "rm-id")
    assert "Removed feed" in feeds(admins, f"remove <{PUBLIC}>", "rm-url")
    assert "No feed `99` is followed" in feeds(admins, "remove 99", "rm-none")
    assert "No feed" in feeds(admins, f"remove {mine_feed.id}", "rm-twice")
    active = {f.url for f in store.list_feeds()}
    assert active == {config.url, theirs.url}


def test_the_list_shows_each_feed_its_status_and_who_added_it(admins: SlackHarness) -> None:
    store = admins.services.store
    assert "No feeds are followed yet" in feeds(admins, "list", "empty", user="UANNA")
    feeds(admins, f"add {PUBLIC}", "add")
    ops = store.add_feed("https://feeds.example/ops.xml", title="Ops wire", origin="config")
    store.add_feed(
        "https://feeds.example/theirs.xml", origin="slack", added_team=OTHER_TEAM, added_by="UX"
    )
    now = datetime.now(UTC)
    store.save_outcomes(
        [PollOutcome(ops.id, now, now + timedelta(hours=1), "HTTP 503 Service Unavailable", "http")]
    )
    said = feeds(admins, "list", "list", user="UANNA")
    lines = said.splitlines()
    assert "News feeds (3)" in lines
    assert "2 working, 1 failing" in said
    [ops_line] = [line for line in lines if "Ops wire" in line]
    assert ops_line.startswith(f"`{ops.id}` <https://feeds.example/ops.xml|Ops wire>")
    assert "failing 1× in a row: HTTP 503 Service Unavailable · added by the operator" in ops_line
    [mine] = [line for line in lines if PUBLIC in line]
    assert mine.endswith("not polled yet · added by <@UADMIN>")
    [theirs] = [line for line in lines if "theirs.xml" in line]
    assert theirs.endswith("added from another workspace")
    assert "UX" not in said
    assert said == feeds(admins, "", "bare", user="UANNA")


def test_many_feeds_are_listed_page_by_page_within_slack_limits(admins: SlackHarness) -> None:
    store = admins.services.store
    long_path = "p" * 900
    store.seed_feeds(
        {"url": f"https://feeds.example/{i}/{long_path}", "title": f"Feed {i} " + "T" * 200}
        for i in range(150)
    )
    first = feeds(admins, "list", "page1", user="UANNA")
    [more] = [line for line in first.splitlines() if "lists more" in line]
    assert more.startswith("Feeds 1–")
    shown = int(more.split("–")[1].split(" ")[0])
    assert 0 < shown < 150
    second = feeds(admins, f"list {shown + 1}", "page2", user="UANNA")
    [again] = [line for line in second.splitlines() if "lists more" in line]
    assert again.startswith(f"Feeds {shown + 1}–")
    assert f"Feed {shown - 1} " not in second and f"Feed {shown} " in second
    assert "`/newsbot feeds list 40` lists from the 40th on" in feeds(admins, "list x", "bad")


def test_the_largest_listing_fits_one_message() -> None:
    when = datetime(2026, 11, 20, tzinfo=UTC)
    huge = [
        FeedStatus(
            i, f"https://feeds.example/{i}?a=1&b=<2>|" + "q&" * 1500, "T&<>|" * 200, None,
            "slack", True, when, when, None, None, i % 3, "HTTP 503 <html>&" + "e" * 5000,
            "http", when, None, None, 0, added_team=TEAM, added_by="U" + "9" * 18,
        )
        for i in range(1, 1001)
    ]  # fmt: skip
    message = feeds_message(huge, TEAM)
    assert_valid_blocks(message.blocks)
    assert "`/newsbot feeds list" in text_of(message.blocks)
    assert_valid_blocks(feeds_message(huge, TEAM, start=999).blocks)


def test_help_mentions_the_feed_commands(admins: SlackHarness) -> None:
    assert admins.command("/newsbot", "help", response="help") == (200, "")
    [reply] = admins.fake.wait_for("response:help")
    said = text_of(reply.body["blocks"])
    assert "`/newsbot feeds list`" in said
    assert "`/newsbot feeds add <url>`" in said
    assert "I understand `/newsbot feeds list`" in feeds(admins, "add", "usage")
