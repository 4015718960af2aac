"""Block Kit messages, rendered from engine records (pure functions, no I/O).

Blocks are built with slack_sdk's block models, which check each block's own limits; a
long digest is split into several messages, each within 50 blocks and the (undocumented,
about 13k characters) total size Slack accepts. Times are Slack date tokens, so each reader
sees them in their own time zone.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)

from bot.answers.briefing import Briefing, NoPlace
from bot.answers.delivery import Delivery
from bot.records import FeedStatus, Place, StoredArticle, Story, Subscription
from bot.understand.summary.sentences import split_sentences

MAX_BLOCKS = 50
MAX_MESSAGE_CHARS = 12_000
"""Budget for a message's blocks as JSON: Slack refuses about 13k (msg_blocks_too_long)."""
MAX_SECTION = 3000
MAX_HEADER = 150
MAX_BUTTON = 75
MAX_CONTEXT = 2000
ONE_LINE = 280


@dataclass(frozen=True)
class Message:
    """One Slack message: notification text and its blocks (as dicts)."""

    text: str
    blocks: list[dict[str, Any]] = field(default_factory=list)


def escape(text: str) -> str:
    """mrkdwn escaping: only &, < and > (not HTML escaping)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def clip(text: str, limit: int) -> str:
    """`text` cut to `limit` characters, with an ellipsis when cut."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def slack_date(moment: datetime, fmt: str = "{date_short_pretty} {time}") -> str:
    """A Slack date token: shown in the reader's time zone, UTC text as fallback."""
    fallback = moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"<!date^{int(moment.timestamp())}^{fmt}|{fallback}>"


def link(url: str | None, label: str) -> str:
    """A mrkdwn link (or the label alone when there is no URL)."""
    if not url:
        return escape(label)
    safe = escape(url).replace("|", "%7C")
    return f"<{safe}|{escape(label).replace('|', '¦')}>"


def one_line(summary: str) -> str:
    """An article's first summary sentence, clipped."""
    sentences = split_sentences(summary)
    return clip(sentences[0] if sentences else summary, ONE_LINE)


def _mrkdwn(text: str) -> MarkdownTextObject:
    return MarkdownTextObject(text=clip(text, MAX_SECTION))


def _button(text: str, action_id: str, value: str, style: str | None = None) -> ButtonElement:
    return ButtonElement(
        text=PlainTextObject(text=clip(text, MAX_BUTTON)),
        action_id=action_id,
        value=value,
        style=style,
    )


def _header(text: str) -> HeaderBlock:
    return HeaderBlock(text=PlainTextObject(text=clip(text, MAX_HEADER)))


def _context(text: str) -> ContextBlock:
    return ContextBlock(elements=[MarkdownTextObject(text=clip(text, MAX_CONTEXT))])


def _dicts(blocks: Iterable[Block]) -> list[dict[str, Any]]:
    return [block.to_dict() for block in blocks]


def _size(blocks: Sequence[dict[str, Any]]) -> int:
    return len(json.dumps(blocks, ensure_ascii=False))


MAX_SOURCE_LINKS = 8
"""Sources linked by name on a story's line; the rest are counted ("and 4 more")."""


def source_links(story: Story) -> str:
    """ "3 sources: <link|Reuters>, <link|AP>, <link|BBC>" or "single source: <link|AP>"."""
    shown = [link(s.link, s.outlet) for s in story.sources[:MAX_SOURCE_LINKS]]
    rest = story.source_count - len(shown)
    more = f" and {rest} more" if rest > 0 else ""
    return f"{story.sources_label}: {', '.join(shown)}{more}"


def story_blocks(story: Story, *, buttons: bool = True) -> list[dict[str, Any]]:
    """One story: its lead article's linked title, every source linked by name, time,
    one-line summary; More / Subscribe / Mute."""
    article = story.lead
    text = (
        f"*{link(article.link, article.title)}*\n"
        f"{source_links(story)} · {slack_date(article.published_at)}\n"
        f"{escape(one_line(article.summary))}"
    )
    blocks: list[Block] = [SectionBlock(text=_mrkdwn(text))]
    if buttons:
        elements = [_button("More", "article_more", str(article.id))]
        if article.places:
            place = article.places[0]
            elements.append(_button(f"Subscribe to {place.name}", "subscribe_place", place.key))
        elements.append(_button("Mute this story", "mute_story", str(article.id)))
        blocks.append(ActionsBlock(elements=elements))
    return _dicts(blocks)


def followup_message(story: Story) -> Message:
    """A thread reply under a story already posted: the sources that reported it since."""
    new_ids = {a.id for a in story.articles}
    fresh = [s for s in story.sources if s.article_id in new_ids]
    added = ", ".join(link(s.link, s.outlet) for s in fresh[:MAX_SOURCE_LINKS])
    text = f"Now {story.sources_label}. Also reported by {added}."
    return Message(f"{story.lead.title}: now {story.sources_label}", _dicts([_context(text)]))


def split(
    head: list[dict[str, Any]], items: Sequence[list[dict[str, Any]]], more: str
) -> list[list[dict[str, Any]]]:
    """Blocks of `head` then of each item, cut into messages within Slack's limits; every
    message after the first starts with a `more` context line. An item is never cut."""
    messages: list[list[dict[str, Any]]] = []
    current = list(head)
    continuation = _dicts([_context(more)])
    for item in items:
        if current and (
            len(current) + len(item) > MAX_BLOCKS
            or _size(current) + _size(item) > MAX_MESSAGE_CHARS
        ):
            messages.append(current)
            current = list(continuation)
        current.extend(item)
    messages.append(current)
    return messages


def place_where(place: Place, regions: Sequence[str]) -> str:
    """ "city in Deir ez-Zor Governorate, Syria"."""
    within = [*regions, place.country] if place.kind != "country" else list(regions)
    where = ", ".join(dict.fromkeys(name for name in within if name and name != place.name))
    return f"{place.kind} in {where}" if where else place.kind


def briefing_message(
    answer: Briefing | NoPlace, regions: Sequence[str] = (), *, shared_by: str | None = None
) -> Message:
    """The /whatsnew answer: the place as resolved, the combined summary, the latest articles
    (cut to fit one message), and buttons to share it or subscribe."""
    if isinstance(answer, NoPlace):
        return no_place_message(answer.query, answer.suggestions, "whatsnew")
    place = answer.place
    lines = [f"*{escape(place_where(place, regions))}*"]
    if not answer.exact:
        lines.append(f"Closest match for “{escape(answer.query)}”.")
    if answer.also:
        covered = "; ".join(escape(p.label) for p in answer.also)
        lines.append(f"Covering {covered} too.")
    if answer.alternatives:
        lines.append(f"Other places called {escape(place.name)}:")
    if answer.older:
        lines.append(f"Nothing published since {slack_date(answer.since)}; the latest before:")
    else:
        lines.append(f"Since {slack_date(answer.since)}.")
    if shared_by:
        lines.append(f"Shared by <@{shared_by}>.")
    head: list[Block] = [_header(place.label), _context("\n".join(lines))]
    if answer.alternatives:
        head.append(ActionsBlock(elements=place_buttons(answer.alternatives, answer.since)))
    if answer.summary_sentences:
        head.append(SectionBlock(text=_mrkdwn(summary_text(answer))))
    if not answer.articles:
        head.append(SectionBlock(text=_mrkdwn("No conflict articles name this place yet.")))
    actions: list[ButtonElement] = []
    if not shared_by:
        share = place_value(place, answer.since)
        actions.append(_button("Share in channel", "share_briefing", share, "primary"))
    actions.append(_button(f"Subscribe to {place.name}", "subscribe_place", place.key))
    tail = _dicts([DividerBlock(), ActionsBlock(elements=actions)])
    blocks = _dicts(head)
    for story in answer.stories or [Story.alone(a) for a in answer.articles]:
        item = story_blocks(story)
        if (
            len(blocks) + len(item) + len(tail) > MAX_BLOCKS
            or _size(blocks) + _size(item) + _size(tail) > MAX_MESSAGE_CHARS
        ):
            break
        blocks.extend(item)
    return Message(f"What's new: {place.label}", blocks + tail)


def place_value(place: Place, since: datetime | None = None) -> str:
    """A button value naming a place by key (and the briefing's window, when known)."""
    value: dict[str, str | int] = {"p": place.key}
    if since is not None:
        value["s"] = int(since.timestamp())
    return json.dumps(value)


def place_buttons(places: Sequence[Place], since: datetime | None = None) -> list[ButtonElement]:
    """Up to five buttons, each answering with that place's briefing."""
    return [
        _button(p.label, f"brief_place_{i}", place_value(p, since))
        for i, p in enumerate(places[:5])
    ]


def summary_text(answer: Briefing) -> str:
    """The combined summary, each sentence followed by its linked source."""
    parts = []
    for sentence, article in answer.summary_sentences:
        source = article.sources[0] if article.sources else "source"
        parts.append(f"{escape(sentence)} _({link(article.link, source)})_")
    return "\n".join(parts)


def no_place_message(query: str, suggestions: Sequence[Place], command: str) -> Message:
    """No place by that name, with the closest ones as buttons: for /whatsnew a button
    briefs that place; for /subscribe (which followed the text as a topic) it subscribes."""
    if not query.strip():
        text = f"Name a place, e.g. `/{command} Deir al-Zor`. Any spelling works."
        return Message(text, _dicts([SectionBlock(text=_mrkdwn(text))]))
    if command == "subscribe":
        text = f"“{escape(query)}” is no place I know, so it is followed as a topic."
    else:
        text = f"No place matches “{escape(query)}”."
    if not suggestions:
        text += " Check the spelling, or try a nearby town."
        return Message(text, _dicts([SectionBlock(text=_mrkdwn(text))]))
    text += " Did you mean one of these places?"
    if command == "subscribe":
        buttons = [
            _button(p.label, f"subscribe_place_{i}", p.key) for i, p in enumerate(suggestions[:5])
        ]
    else:
        buttons = place_buttons(suggestions)
    return Message(text, _dicts([SectionBlock(text=_mrkdwn(text)), ActionsBlock(elements=buttons)]))


def delivery_messages(delivery: Delivery) -> list[Message]:
    """A digest or an alert as messages within Slack's limits (the first one carries the
    header; the rest go into its thread)."""
    labels = ", ".join(dict.fromkeys(sub.label for sub in delivery.subscriptions))
    if delivery.kind == "alert":
        title = f"Alert: {labels}"
    elif delivery.schedule == "hourly":
        title = f"Hourly digest: {labels}"
    else:
        title = f"Digest: {labels}"
    stories = delivery.listed
    count = len(stories)
    if not count:
        quiet = f"All quiet: nothing new since {slack_date(delivery.since)}."
        return [Message(f"{title}: all quiet", _dicts([_header(title), _context(quiet)]))]
    noun = "story" if count == 1 else "stories"
    intro = f"{count} new conflict {noun} since {slack_date(delivery.since)}."
    head = _dicts([_header(title), _context(intro)])
    items = [story_blocks(story) for story in stories]
    parts = split(head, items, f"{title} (continued)")
    return [
        Message(f"{title}: {count} new {noun}" if i == 0 else f"{title} (continued)", blocks)
        for i, blocks in enumerate(parts)
    ]


def article_detail(article: StoredArticle) -> Message:
    """ "More": the full summary and every source."""
    sources = "\n".join(f"• {escape(s)}" for s in article.sources) or "• unknown source"
    places = ", ".join(dict.fromkeys(p.name for p in article.places))
    text = (
        f"*{link(article.link, article.title)}*\n"
        f"Published {slack_date(article.published_at)}" + (f" · {escape(places)}" if places else "")
    )
    blocks: list[Block] = [
        SectionBlock(text=_mrkdwn(text)),
        SectionBlock(text=_mrkdwn(escape(article.summary or "No summary."))),
        _context(f"*Sources*\n{sources}"),
    ]
    return Message(article.title, _dicts(blocks))


def subscriptions_message(subs: Sequence[Subscription], channel_id: str) -> Message:
    """A channel's subscriptions, each with a Remove button (as many as fit one message,
    then how many more)."""
    if not subs:
        text = f"<#{channel_id}> follows nothing yet. Try `/subscribe Deir al-Zor daily 08:00`."
        return Message(text, _dicts([SectionBlock(text=_mrkdwn(text))]))
    blocks = _dicts([_header("Subscriptions of this channel")])
    shown = 0
    for sub in subs:
        item = _dicts(
            [
                SectionBlock(
                    text=_mrkdwn(_subscription_line(sub)),
                    accessory=_button("Remove", "remove_subscription", str(sub.id), "danger"),
                )
            ]
        )
        if len(blocks) + 2 > MAX_BLOCKS or _size(blocks) + _size(item) > MAX_MESSAGE_CHARS:
            break
        blocks += item
        shown += 1
    if shown < len(subs):
        more = f"…and {len(subs) - shown} more: `/unsubscribe <place or topic>` removes one."
        blocks += _dicts([_context(more)])
    return Message(f"{len(subs)} subscriptions", blocks)


def _subscription_line(sub: Subscription) -> str:
    what = "place" if sub.kind == "place" else "topic"
    line = f"*{escape(sub.label)}* ({what}), {sub.describe}"
    if sub.paused_reason:
        line += f" · paused: `{escape(sub.paused_reason)}`"
    return line


def help_message(intro: str = "") -> Message:
    """What the bot understands, after `intro` (say, why the command was not understood)."""
    text = "\n".join(
        [
            *([escape(intro)] if intro else []),
            "*newsbot* follows conflict news for this channel.",
            "`/whatsnew <place> [7d]` what is known lately about a place (any spelling)",
            "`/subscribe <place or topic> [daily HH:MM | hourly | alerts]` follow it here",
            "`/subscriptions` what this channel follows · `/unsubscribe <place or topic>`",
            "`/digest` this channel's digest now",
            "`/mute <place or topic> [for 6h]` silence it here for a while",
            "`/newsbot timezone Europe/Paris` digest times in this zone (UTC by default)",
            "`/newsbot allquiet on|off` post a line even when nothing is new",
            "`/newsbot feeds list` the news feeds every digest draws on",
            "`/newsbot feeds add <url>` · `/newsbot feeds remove <id or url>` manage them "
            "(workspace admins, unless the operator chose otherwise)",
            'Quote a topic that is also a place name: `/subscribe "Mosul dam"`.',
        ]
    )
    return Message("newsbot help", _dicts([SectionBlock(text=_mrkdwn(text))]))


def text_message(text: str) -> Message:
    """A plain answer (already mrkdwn)."""
    return Message(text, _dicts([SectionBlock(text=_mrkdwn(text))]))


def home_view(subs: Sequence[Subscription], feeds: Sequence[FeedStatus]) -> dict[str, Any]:
    """App Home: the subscriptions of the user's channels, then the feeds' health."""
    blocks: list[Block] = [_header("Your channels' subscriptions")]
    channel = None
    for sub in subs[:30]:
        if sub.channel_id != channel:
            channel = sub.channel_id
            blocks.append(_context(f"<#{channel}>"))
        blocks.append(SectionBlock(text=_mrkdwn(_subscription_line(sub))))
    if not subs:
        blocks.append(SectionBlock(text=_mrkdwn("None yet: `/subscribe` in a channel.")))
    failing = [f for f in feeds if f.consecutive_failures > 0]
    blocks += [DividerBlock(), _header("Feeds")]
    healthy = len(feeds) - len(failing)
    blocks.append(_context(f"{healthy} of {len(feeds)} feeds working."))
    for feed in failing[: MAX_BLOCKS - len(blocks)]:
        reason = escape(feed.last_error or "unknown error")
        blocks.append(
            SectionBlock(
                text=_mrkdwn(
                    f"*{escape(feed.title or feed.url)}* failing "
                    f"{feed.consecutive_failures}× in a row: {reason}"
                )
            )
        )
    return {"type": "home", "blocks": _dicts(blocks[:100])}


def feed_failing_message(feed: FeedStatus) -> Message:
    """A feed keeps failing: said once per failure streak to each subscribed channel."""
    name = feed.title or feed.url
    reason = escape(feed.last_error or "unknown error")
    text = (
        f"A news feed keeps failing: *{link(feed.url, name)}* failed "
        f"{feed.consecutive_failures} times in a row ({reason}). Digests and alerts here miss "
        "its articles until it recovers; I will not repeat this."
    )
    return Message(f"A news feed keeps failing: {name}", _dicts([SectionBlock(text=_mrkdwn(text))]))


MAX_FEED_LINK = 1200
"""A feed's link longer than this (a very long URL) is listed as its clipped name alone."""


def feeds_message(feeds: Sequence[FeedStatus], team_id: str, start: int = 1) -> Message:
    """`/newsbot feeds list`: the feeds from the `start`-th on (1-based), each with its id,
    status and who added it; as many as fit one message, then the command for the next."""
    if not feeds:
        text = "No feeds are followed yet: `/newsbot feeds add <url>` adds one."
        return Message(text, _dicts([SectionBlock(text=_mrkdwn(text))]))
    first = min(max(start, 1), len(feeds))
    failing = sum(1 for feed in feeds if feed.consecutive_failures > 0)
    summary = (
        f"{len(feeds) - failing} working, {failing} failing; every workspace on this newsbot "
        "shares them. `/newsbot feeds remove <id>` removes one this workspace added."
    )
    blocks = _dicts([_header(f"News feeds ({len(feeds)})"), _context(summary)])
    room = MAX_MESSAGE_CHARS - ONE_LINE  # leaves room for the footer
    lines: list[str] = []
    shown = 0
    for feed in feeds[first - 1 :]:
        line = _feed_line(feed, team_id)
        text = "\n".join([*lines, line])
        if len(text) > MAX_SECTION:
            blocks += _dicts([SectionBlock(text=_mrkdwn("\n".join(lines)))])
            lines, text = [], line
        section = _dicts([SectionBlock(text=_mrkdwn(text))])
        if len(blocks) + 2 > MAX_BLOCKS or _size(blocks) + _size(section) > room:
            break
        lines.append(line)
        shown += 1
    if lines:
        blocks += _dicts([SectionBlock(text=_mrkdwn("\n".join(lines)))])
    last = first + shown - 1
    if last < len(feeds):
        more = f"Feeds {first}–{last} of {len(feeds)}: `/newsbot feeds list {last + 1}` lists more."
        blocks += _dicts([_context(more)])
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
