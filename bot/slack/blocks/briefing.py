"""`/whatsnew` answers: a place's briefing, buttons for places, and "no place matches"."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    DividerBlock,
    ImageBlock,
    SectionBlock,
)
from slack_sdk.models.blocks.basic_components import SlackFile

from bot.answers import Briefing, NoPlace
from bot.present import NO_PLACES
from bot.records import Corroboration, Place, Story
from bot.slack.blocks.common import (
    MAX_MESSAGE_CHARS,
    Message,
    as_dicts,
    button,
    context,
    escape,
    fits,
    header,
    kind_words,
    link,
    mrkdwn,
    slack_date,
)
from bot.slack.blocks.stories import line_sections, story_blocks

MORE_RESERVE = 600
"""Characters a capped briefing keeps free for its "more" line and button (the ids of the
articles shown, at most a briefing's ten)."""


@dataclass(frozen=True)
class Picture:
    """An image uploaded to Slack, to show in a message by its file id."""

    file_id: str
    title: str
    alt_text: str


def place_where(place: Place, containing: Sequence[str]) -> str:
    """ "city in Deir ez-Zor Governorate, Syria"."""
    within = [*containing, place.country] if place.kind != "country" else list(containing)
    where = ", ".join(dict.fromkeys(name for name in within if name and name != place.name))
    kind = kind_words(place.kind)
    return f"{kind} in {where}" if where else kind


def briefing_message(
    answer: Briefing | NoPlace,
    containing: Sequence[str] = (),
    *,
    shared_by: str | None = None,
    picture: Picture | None = None,
    followed: str | None = None,
) -> Message:
    """The /whatsnew answer: the place as resolved, the combined summary, the `picture` of
    its last 30 days, the latest articles (cut to fit one message), and buttons to share it
    or subscribe; when the channel already follows the place, `followed` says how ("This
    channel follows Deir ez-Zor, Syria, as alerts.") instead of a Subscribe button."""
    if isinstance(answer, NoPlace):
        return no_place_message(answer.query, answer.suggestions, "whatsnew")
    place = answer.place
    lines = [f"*{escape(place_where(place, containing))}*"]
    if not answer.exact:
        lines.append(f"Closest match for “{escape(answer.query)}”.")
    if answer.also:
        covered = "; ".join(escape(distinct_label(p, [place])) for p in answer.also)
        lines.append(f"Covering {covered} too.")
    if answer.older and answer.articles:
        lines.append(f"Nothing published since {slack_date(answer.since)}; the latest before:")
    elif answer.older:
        lines.append(f"Nothing published since {slack_date(answer.since)}.")
    else:
        lines.append(f"Since {slack_date(answer.since)}.")
    if shared_by:
        lines.append(f"Shared by <@{shared_by}>.")
    if followed:
        lines.append(escape(followed))
    if answer.alternatives:  # last, just above their buttons; by the name asked ("Gaza")
        asked = answer.query.strip()
        named = escape(place.name)
        if answer.exact and asked and asked.casefold() != place.name.casefold():
            named = f"“{escape(asked)}”"
        lines.append(f"Other places called {named}:")
    head: list[Block] = [header(place.label), context("\n".join(lines))]
    if answer.alternatives:
        buttons = place_buttons(answer.alternatives, answer.since, beside=place)
        head.append(ActionsBlock(elements=buttons))
    if answer.summary_sentences:
        head.append(SectionBlock(text=mrkdwn(summary_text(answer))))
    if not answer.articles:
        head.append(SectionBlock(text=mrkdwn("No conflict articles name this place yet.")))
    if picture is not None:
        head.append(
            ImageBlock(
                slack_file=SlackFile(id=picture.file_id),
                title=picture.title,
                alt_text=picture.alt_text,
            )
        )
    actions: list[ButtonElement] = []
    if not shared_by:
        share = place_value(place, answer.since)
        actions.append(button("Share in channel", "share_briefing", share, "primary"))
    if not followed:
        actions.append(button(f"Subscribe to {place.name}", "subscribe_place", place.key))
    tail = _buttons_row(actions)
    blocks = as_dicts(head)
    stories = answer.stories or [Story.alone(a) for a in answer.articles]
    shown = 0
    for story in stories:
        item = story_blocks(story, places=answer.places)
        if not fits(blocks, item, tail, spare_blocks=1, chars=MAX_MESSAGE_CHARS - MORE_RESERVE):
            break
        blocks.extend(item)
        shown += 1
    more = len(stories) - shown + answer.more_stories
    if more and not answer.older:
        noun = "story" if more == 1 else "stories"
        ids = [a.id for story in stories[:shown] for a in story.articles]
        value = json.dumps({"p": place.key, "s": int(answer.since.timestamp()), "x": ids})
        actions.append(button(f"Show the {more:,} more", "briefing_more", value))
        blocks += as_dicts([context(f"{more:,} more {noun} not shown.")])
        tail = _buttons_row(actions)
    return Message(f"What's new: {place.label}", blocks + tail)


def _buttons_row(actions: list[ButtonElement]) -> list[dict[str, Any]]:
    """A briefing's last row of buttons under a divider; nothing when there is no button (a
    shared briefing of a place the channel follows)."""
    return as_dicts([DividerBlock(), ActionsBlock(elements=actions)]) if actions else []


def left_out_message(
    place: Place,
    since: datetime,
    stories: Sequence[Story],
    places: Mapping[str, str] = NO_PLACES,
) -> Message:
    """The stories a briefing left out, one line each with its event line (each event place
    as `places` names it: `answers.event_place_lines`; as many as one message holds, then
    how many more and where to find them all)."""
    title = f"{place.label}: {len(stories):,} more since {slack_date(since)}"
    if not stories:
        text = f"Nothing more about {escape(place.name)} since {slack_date(since)}."
        return Message(text, as_dicts([SectionBlock(text=mrkdwn(text))]))
    blocks = as_dicts([context(title)])
    listed = 0
    for count, item in line_sections(stories, places):
        if not fits(blocks, item, spare_blocks=1):
            break
        blocks += item
        listed += count
    if listed < len(stories):
        rest = f"…and {len(stories) - listed:,} more: `newsbot export {escape(place.name)}`"
        blocks += as_dicts([context(rest + " lists every article.")])
    return Message(title, blocks)


def place_value(place: Place, since: datetime | None = None) -> str:
    """A button value naming a place by key (and the briefing's window, when known)."""
    value: dict[str, str | int] = {"p": place.key}
    if since is not None:
        value["s"] = int(since.timestamp())
    return json.dumps(value)


def place_buttons(
    places: Sequence[Place], since: datetime | None = None, *, beside: Place | None = None
) -> list[ButtonElement]:
    """Up to five buttons, each answering with that place's briefing; one labelled like
    another of them or like the place `beside` them names its kind ("Kyiv, Ukraine
    (province)")."""
    shown = places[:5]
    return [
        button(
            distinct_label(p, [*shown, *([beside] if beside else [])]),
            f"brief_place_{i}",
            place_value(p, since),
        )
        for i, p in enumerate(shown)
    ]


def distinct_label(place: Place, others: Sequence[Place]) -> str:
    """The place's label, with its kind when another of `others` is labelled alike."""
    alike = any(o.key != place.key and o.label == place.label for o in others)
    return f"{place.label} ({kind_words(place.kind)})" if alike else place.label


def summary_text(answer: Briefing) -> str:
    """The combined summary, each sentence followed by its linked source."""
    parts = []
    for sentence, article in answer.summary_sentences:
        source = article.sources[0] if article.sources else "source"
        parts.append(f"{escape(sentence)} _({link(article.link, source)})_")
    return "\n".join(parts)


def no_place_message(query: str, suggestions: Sequence[Place], command: str) -> Message:
    """No place by that name, with the closest ones as buttons that brief that place."""
    if not query.strip():
        text = f"Name a place, e.g. `/{command} Deir al-Zor`. Any spelling works."
        return Message(text, as_dicts([SectionBlock(text=mrkdwn(text))]))
    text = f"No place matches “{escape(query)}”."
    if not suggestions:
        text += " Check the spelling, or try a nearby town."
        return Message(text, as_dicts([SectionBlock(text=mrkdwn(text))]))
    text += " Did you mean one of these places?"
    return Message(
        text,
        as_dicts(
            [SectionBlock(text=mrkdwn(text)), ActionsBlock(elements=place_buttons(suggestions))]
        ),
    )


def subscribe_choice_message(
    query: str,
    suggestions: Sequence[Place],
    mode: str,
    daily_at: str | None,
    describe: str,
    *,
    km: float | None = None,
    min_killed: int | None = None,
    event_kinds: Sequence[str] = (),
    corroboration: Corroboration | None = None,
    topic: str | None = None,
    lead: str | None = None,
) -> Message:
    """A /subscribe whose text is no place but close to some (or a Subscribe button whose
    place is no longer known: `lead` says so instead): nothing is followed yet; each
    button subscribes to one of the places (as asked: `describe`, with the least toll
    `min_killed`, only events of `event_kinds` when any, only stories `corroboration` outlets
    reported in time), or to a radius of `km` around it;
    for a place alone, the last button follows the text (or `topic`) as a topic."""
    what = "it" if km is None else f"news within {km:g} km of it"
    if event_kinds:
        what = ", ".join(event_kinds) + (" in it" if km is None else f" within {km:g} km of it")
    lead = lead or f"No place is called “{escape(query)}”, so nothing is followed yet."
    text = (
        f"{lead} Did you mean one of these places? A button subscribes this channel to "
        f"{what}, {describe}."
    )
    toll: dict[str, Any] = {} if min_killed is None else {"k": min_killed}
    if corroboration is not None:
        toll |= {"o": corroboration.outlets, "w": corroboration.within // timedelta(minutes=1)}
    radius = {} if km is None else {"r": km}
    kinds = {"e": list(event_kinds)} if event_kinds else {}
    buttons = [
        button(
            p.label,
            f"subscribe_place_{i}",
            subscribe_value(mode, daily_at, p=p.key, **radius, **toll, **kinds),
        )
        for i, p in enumerate(suggestions[:4])
    ]
    if km is None:
        followed = query if topic is None else topic
        buttons.append(
            button(
                f"Follow “{followed}” as a topic",
                "subscribe_topic",
                subscribe_value(mode, daily_at, q=followed, **toll),
            )
        )
    return Message(
        text, as_dicts([SectionBlock(text=mrkdwn(text)), ActionsBlock(elements=buttons)])
    )


def subscribe_value(mode: str, daily_at: str | None, **what: str | float | list[str]) -> str:
    """A Subscribe button's value: what to follow (`p`: a place key, `q`: a topic, `r`: the
    km of a radius around the place) and how (`m`: the mode, `t`: the time of a daily
    digest, `k`: the least toll of the stories to take, `e`: the kinds of event, `o` and `w`:
    the outlets that must report a story within so many minutes)."""
    return json.dumps({**what, "m": mode, "t": daily_at})
