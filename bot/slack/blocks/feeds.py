"""Feeds in Slack: the `/newsbot feeds list` answer and a failing feed's notice."""

from __future__ import annotations

from collections.abc import Sequence

from slack_sdk.models.blocks import (
    SectionBlock,
)

from bot.records import FeedStatus
from bot.slack.blocks.common import (
    MAX_MESSAGE_CHARS,
    MAX_SECTION,
    ONE_LINE,
    Message,
    as_dicts,
    clip,
    context,
    escape,
    fits,
    header,
    link,
    mrkdwn,
)


def feed_failing_message(feed: FeedStatus) -> Message:
    """A feed keeps failing: said once per failure streak to each subscribed channel."""
    name = feed.title or feed.url
    reason = escape(feed.last_error or "unknown error")
    text = (
        f"A news feed keeps failing: *{link(feed.url, name)}* failed "
        f"{feed.consecutive_failures} times in a row ({reason}). Digests and alerts here miss "
        "its articles until it recovers; I will not repeat this."
    )
    return Message(
        f"A news feed keeps failing: {name}", as_dicts([SectionBlock(text=mrkdwn(text))])
    )


def feed_recovered_message(feed: FeedStatus) -> Message:
    """A feed this channel was told was failing works again: said once."""
    name = feed.title or feed.url
    text = (
        f"The news feed *{link(feed.url, name)}* works again: digests and alerts here have its "
        "articles once more."
    )
    return Message(f"A news feed works again: {name}", as_dicts([SectionBlock(text=mrkdwn(text))]))


MAX_FEED_LINK = 1200
"""A feed's link longer than this (a very long URL) is listed as its clipped name alone."""


def feeds_message(feeds: Sequence[FeedStatus], team_id: str, start: int = 1) -> Message:
    """`/newsbot feeds list`: the feeds from the `start`-th on (1-based), each with its id,
    status and who added it; as many as fit one message, then the command for the next."""
    if not feeds:
        text = "No feeds are followed yet: `/newsbot feeds add <url>` adds one."
        return Message(text, as_dicts([SectionBlock(text=mrkdwn(text))]))
    first = min(max(start, 1), len(feeds))
    failing = sum(1 for feed in feeds if feed.consecutive_failures > 0)
    summary = (
        f"{len(feeds) - failing} working, {failing} failing; every workspace on this newsbot "
        "shares them. `/newsbot feeds remove <id>` removes one this workspace added."
    )
    blocks = as_dicts([header(f"News feeds ({len(feeds)})"), context(summary)])
    room = MAX_MESSAGE_CHARS - ONE_LINE  # leaves room for the footer
    lines: list[str] = []
    shown = 0
    for feed in feeds[first - 1 :]:
        line = _feed_line(feed, team_id)
        text = "\n".join([*lines, line])
        if len(text) > MAX_SECTION:
            blocks += as_dicts([SectionBlock(text=mrkdwn("\n".join(lines)))])
            lines, text = [], line
        section = as_dicts([SectionBlock(text=mrkdwn(text))])
        if not fits(blocks, section, spare_blocks=1, chars=room):
            break
        lines.append(line)
        shown += 1
    if lines:
        blocks += as_dicts([SectionBlock(text=mrkdwn("\n".join(lines)))])
    last = first + shown - 1
    if last < len(feeds):
        more = f"Feeds {first}–{last} of {len(feeds)}: `/newsbot feeds list {last + 1}` lists more."
        blocks += as_dicts([context(more)])
    return Message(f"{len(feeds)} news feeds", blocks)


def _feed_line(feed: FeedStatus, team_id: str) -> str:
    """ "`12` <url|Title> · failing 3× in a row: HTTP 503 · added by <@U1>"."""
    label = clip(feed.title or feed.url, 80)
    name = link(feed.url, label)
    if len(name) > MAX_FEED_LINK:
        name = escape(label)
    if feed.consecutive_failures > 0:
        reason = clip(feed.last_error or "unknown error", 200)
        status = f"failing {feed.consecutive_failures}× in a row: {escape(reason)}"
    elif feed.last_polled_at is None:
        status = "not polled yet"
    else:
        status = "ok"
    if feed.origin != "slack":
        who = "added by the operator"
    elif feed.added_team == team_id and feed.added_by:
        who = f"added by <@{feed.added_by}>"
    else:
        who = "added from another workspace"
    return f"`{feed.id}` {name} · {status} · {who}"
