"""Slack's limits and the pieces every message is made of: escaping, links, dates, buttons,
and `fits` to keep a message within the limits."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from slack_sdk.models.blocks import (
    Block,
    ButtonElement,
    ContextBlock,
    HeaderBlock,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)

from bot.understand import split_sentences

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


KIND_WORDS = {"admin1": "province", "admin2": "district"}
"""A gazetteer's kind of place as a reader says it (GeoNames' "admin1" is a province, an
oblast, a state; "admin2" a district, a raion, a county)."""


def kind_words(kind: str) -> str:
    """ "province" for "admin1"; "city", "region", "sea" as they are."""
    return KIND_WORDS.get(kind, kind)


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


def mrkdwn(text: str) -> MarkdownTextObject:
    return MarkdownTextObject(text=clip(text, MAX_SECTION))


def button(text: str, action_id: str, value: str, style: str | None = None) -> ButtonElement:
    return ButtonElement(
        text=PlainTextObject(text=clip(text, MAX_BUTTON)),
        action_id=action_id,
        value=value,
        style=style,
    )


def header(text: str) -> HeaderBlock:
    return HeaderBlock(text=PlainTextObject(text=clip(text, MAX_HEADER)))


def context(text: str) -> ContextBlock:
    return ContextBlock(elements=[MarkdownTextObject(text=clip(text, MAX_CONTEXT))])


def as_dicts(blocks: Iterable[Block]) -> list[dict[str, Any]]:
    return [block.to_dict() for block in blocks]


def json_size(blocks: Sequence[dict[str, Any]]) -> int:
    return len(json.dumps(blocks, ensure_ascii=False))


def fits(
    *parts: Sequence[dict[str, Any]], spare_blocks: int = 0, chars: int = MAX_MESSAGE_CHARS
) -> bool:
    """Whether `parts` together make one message within Slack's limits, keeping
    `spare_blocks` blocks free (for a footer) and within `chars` characters of JSON."""
    count = sum(len(part) for part in parts) + spare_blocks
    return count <= MAX_BLOCKS and sum(json_size(part) for part in parts) <= chars


def split(
    head: list[dict[str, Any]], items: Sequence[list[dict[str, Any]]], more: str
) -> list[list[dict[str, Any]]]:
    """Blocks of `head` then of each item, cut into messages within Slack's limits; every
    message after the first starts with a `more` context line. An item is never cut."""
    messages: list[list[dict[str, Any]]] = []
    current = list(head)
    continuation = as_dicts([context(more)])
    for item in items:
        if current and not fits(current, item):
            messages.append(current)
            current = list(continuation)
        current.extend(item)
    messages.append(current)
    return messages


def text_message(text: str) -> Message:
    """A plain answer (already mrkdwn)."""
    return Message(text, as_dicts([SectionBlock(text=mrkdwn(text))]))
