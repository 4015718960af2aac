"""Stories as Slack shows them: one story's blocks, a thread reply when it grows, digests and
alerts cut into messages, and an article's detail."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    SectionBlock,
)

from bot.answers import Delivery, Followup, event_place
from bot.present import NO_PLACES, language_name, story_event_line
from bot.records import StoredArticle, Story
from bot.slack.blocks.common import (
    MAX_CONTEXT,
    MAX_SECTION,
    Message,
    as_dicts,
    button,
    clip,
    context,
    escape,
    header,
    link,
    mrkdwn,
    one_line,
    slack_date,
    split,
)

MAX_SOURCE_LINKS = 8
"""Sources linked by name on a story's line; the rest are counted ("and 4 more")."""


def source_links(story: Story) -> str:
    """ "3 sources: <link|Reuters>, <link|AP>, <link|BBC>" or "single source: <link|AP>"."""
    shown = [link(s.link, s.outlet) for s in story.outlets[:MAX_SOURCE_LINKS]]
    rest = story.source_count - len(shown)
    more = f" and {rest} more" if rest > 0 else ""
    return f"{story.sources_label}: {', '.join(shown)}{more}"


def in_language(article: StoredArticle) -> str:
    """ " (Arabic)" after an article not in English; nothing after one in English."""
    name = language_name(article.language)
    return f" ({escape(name)})" if name else ""


STORY_BLOCK = "story-"
"""The block id of a story's section is this and its lead article's id ("story-42"); its
buttons' block "story-42-buttons": how a story's blocks are found in a message to update."""


def story_blocks(
    story: Story,
    *,
    buttons: bool = True,
    followed: Collection[str] = (),
    near: str = "",
    places: Mapping[str, str] = NO_PLACES,
) -> list[dict[str, Any]]:
    """One story: the linked title of the report that gave its highest toll (else its lead
    article's: `Story.headline`), its event line with the story's highest figures and who
    gave them ("Air/drone strike · Hajin, Deir ez-Zor, Syria · at least 7 killed (Levant
    Daily)", its place as `places` names it: `answers.event_place_lines`) when it has one,
    every source linked by name, that report's time and one-line summary; More / Subscribe /
    Mute. No Subscribe button for a place among `followed` (the keys of the
    places the channel already follows). `near`, for a story within one of the channel's
    radius watches, says how far from its point and which way ("13 km S of Izaz, Syria"),
    at the end of the event line. The blocks' ids stay the lead's, whatever the headline,
    so that a post is updated in place as its story grows."""
    lead, article = story.lead, story.headline
    line = " · ".join(filter(None, [story_event_line(story, places), near]))
    event = f"{escape(line)}\n" if line else ""
    text = (
        f"*{link(article.link, article.title)}*{in_language(article)}\n"
        f"{event}"
        f"{source_links(story)} · {slack_date(article.published_at)}\n"
        f"{escape(one_line(article.summary))}"
    )
    block_id = f"{STORY_BLOCK}{lead.id}"
    blocks: list[Block] = [SectionBlock(text=mrkdwn(text), block_id=block_id)]
    if buttons:
        elements = [button("More", "article_more", str(article.id))]
        place = event_place(lead)
        if place is not None and place.key not in followed:
            elements.append(button(f"Subscribe to {place.name}", "subscribe_place", place.key))
        elements.append(button("Mute this story", "mute_story", str(lead.id)))
        blocks.append(ActionsBlock(elements=elements, block_id=f"{block_id}-buttons"))
    return as_dicts(blocks)


def story_leads(blocks: Sequence[dict[str, Any]]) -> list[int]:
    """The ids of the articles leading a story in a message's blocks."""
    return [
        int(block_id.removeprefix(STORY_BLOCK))
        for block in blocks
        if (block_id := str(block.get("block_id", ""))).startswith(STORY_BLOCK)
        and block_id.removeprefix(STORY_BLOCK).isdigit()
    ]


def with_story(
    blocks: Sequence[dict[str, Any]], story: Sequence[dict[str, Any]]
) -> list[dict[str, Any]]:
    """A message's blocks with one story's blocks replaced by `story` (the same story as
    it stands now: same lead, so same block ids); the rest as they were."""
    ids = {block.get("block_id") for block in story}
    replaced: list[dict[str, Any]] = []
    for block in blocks:
        if block.get("block_id") not in ids:
            replaced.append(block)
        elif block.get("block_id") == story[0].get("block_id"):
            replaced.extend(story)
    return replaced


def followup_message(followup: Followup) -> Message:
    """A thread reply under a story already posted, saying in one line what changed: its
    death toll rose ("Death toll rises to 7 (Levant Daily)"), else the outlets that reported
    it since ("Now also reported by Reuters"). (A follow-up with neither is never posted.)"""
    story = followup.story
    if followup.toll is not None:
        figure = followup.toll
        text = f"Death toll rises to {figure.casualties.min} ({escape(figure.outlet)})"
    else:
        added = ", ".join(link(s.link, s.outlet) for s in followup.outlets[:MAX_SOURCE_LINKS])
        text = f"Now also reported by {added}"
    title = followup.lead.title if followup.lead is not None else story.lead.title
    return Message(f"{title}: {one_line(text)}", as_dicts([context(text)]))


def delivery_messages(delivery: Delivery) -> list[Message]:
    """A digest or an alert as messages within Slack's limits (the first one carries the
    header; the rest go into its thread)."""
    labels = ", ".join(
        dict.fromkeys(f"{sub.title} {sub.threshold}".rstrip() for sub in delivery.subscriptions)
    )
    weekly = delivery.schedule.startswith("weekly")
    if delivery.kind == "alert":
        title = f"Alert: {labels}"
    elif delivery.schedule == "hourly" or weekly:
        title = f"{'Weekly' if weekly else 'Hourly'} digest: {labels}"
    else:
        title = f"Digest: {labels}"
    stories = delivery.listed
    count = len(stories)
    if not count:
        quiet = f"All quiet: nothing new since {slack_date(delivery.since)}."
        return [Message(f"{title}: all quiet", as_dicts([header(title), context(quiet)]))]
    noun = "story" if count == 1 else "stories"
    intro = f"{count} new conflict {noun} since {slack_date(delivery.since)}."
    head = as_dicts([header(title), context(intro)])
    if weekly:
        near = {s.lead.id: _near(delivery, s) for s in stories}
        items = [blocks for _, blocks in line_sections(stories, delivery.places, near)]
    else:
        items = [
            story_blocks(
                s, followed=delivery.followed, near=_near(delivery, s), places=delivery.places
            )
            for s in stories
        ]
    parts = split(head, items, f"{title} (continued)")
    return [
        Message(f"{title}: {count} new {noun}" if i == 0 else f"{title} (continued)", blocks)
        for i, blocks in enumerate(parts)
    ]


def _near(delivery: Delivery, story: Story) -> str:
    """ "13 km S of Izaz, Syria" for a story within one of the channel's radius watches."""
    distance = delivery.distance(story)
    return "" if distance is None else distance.label


def article_detail(story: Story) -> Message:
    """ "More": the story's lead in full, and every source of the story (each outlet's report
    linked, with its time), not only the lead's."""
    article = story.lead
    places = ", ".join(dict.fromkeys(p.name for p in article.places))
    text = (
        f"*{link(article.link, article.title)}*{in_language(article)}\n"
        f"Published {slack_date(article.published_at)}" + (f" · {escape(places)}" if places else "")
    )
    lines = [
        f"• {link(s.link, s.outlet)} · {slack_date(s.published_at)}"
        for s in dict.fromkeys(story.sources or ())
    ] or ["• unknown source"]
    shown: list[str] = []
    for number, line in enumerate(lines):
        rest = len(lines) - number
        if len("\n".join([*shown, line])) > MAX_CONTEXT - 100:
            shown.append(f"…and {rest} more")
            break
        shown.append(line)
    blocks: list[Block] = [
        SectionBlock(text=mrkdwn(text)),
        SectionBlock(text=mrkdwn(escape(article.summary or "No summary."))),
        context(f"*Sources ({story.sources_label})*\n" + "\n".join(shown)),
    ]
    return Message(article.title, as_dicts(blocks))


RECAP_LINES = 8
"""Most stories a new subscription's recap lists, one line each."""


def story_line(story: Story, near: str = "", places: Mapping[str, str] = NO_PLACES) -> str:
    """One story on one line: the linked title of the report that gave its highest toll
    (`Story.headline`), its event line as a digest's story block gives it ("Air/drone strike
    · Hajin, Deir ez-Zor, Syria · at least 7 killed (Levant Daily)", its place as `places`
    names it) when it has one, how many sources, when; then, for a story within a radius
    watch, how far from its point (`near`: "13 km S of Izaz, Syria")."""
    article = story.headline
    parts = [f"{link(article.link, clip(article.title, 120))}{in_language(article)}"]
    event = story_event_line(story, places)
    if event:
        parts.append(escape(event))
    parts += [story.sources_label, slack_date(article.published_at)]
    if near:
        parts.append(escape(near))
    return "• " + " · ".join(parts)


def line_sections(
    stories: Sequence[Story],
    places: Mapping[str, str] = NO_PLACES,
    near: Mapping[int, str] | None = None,
) -> list[tuple[int, list[dict[str, Any]]]]:
    """Stories one line each (a weekly digest, a briefing's rest: `story_line`, each event
    place as `places` names it and, by the story's lead article id, how far from a radius
    watch's point it happened: `near`), as sections of as many lines as one holds, each with
    how many stories it lists."""
    sections: list[list[str]] = [[]]
    for story in stories:
        line = story_line(story, (near or {}).get(story.lead.id, ""), places)
        if sections[-1] and len("\n".join([*sections[-1], line])) > MAX_SECTION - 200:
            sections.append([])
        sections[-1].append(line)
    return [
        (len(lines), as_dicts([SectionBlock(text=mrkdwn("\n".join(lines)))])) for lines in sections
    ]


def recap_blocks(
    stories: Sequence[Story],
    hours: float,
    more_hint: str = "",
    near: Mapping[int, str] | None = None,
    places: Mapping[str, str] = NO_PLACES,
) -> list[dict[str, Any]]:
    """A new subscription's one look back: a line per story of the last `hours`
    (`story_line`: with its event line, its place as `places` names it; at most
    `RECAP_LINES`, then how many more, and `more_hint`); `near` gives, by the story's lead
    article id, how far from a new radius watch's point it happened."""
    if not stories:
        return as_dicts([context(f"Nothing about it in the last {hours:g} h.")])
    lines: list[str] = []
    for story in stories[:RECAP_LINES]:
        line = story_line(story, (near or {}).get(story.lead.id, ""), places)
        if len("\n".join([*lines, line])) > MAX_SECTION - 200:
            break
        lines.append(line)
    rest = len(stories) - len(lines)
    if rest:
        lines.append(f"…and {rest} more{more_hint}.")
    title = (
        f"In the last {hours:g} h ({len(stories)} {'story' if len(stories) == 1 else 'stories'}):"
    )
    return as_dicts([context(title), SectionBlock(text=mrkdwn("\n".join(lines)))])
