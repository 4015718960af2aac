"""Following something in a channel, as `/subscribe` and every Subscribe button do: say so
truthfully ("already follows" when nothing changed; what a changed subscription was, since
a channel follows a target once: "airstrikes in Sudan" becomes "Sudan when 5+ killed") and,
for a new subscription, add one short recap of the last day instead of pushing it as
news."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from slack_bolt import Respond

from bot.answers import event_place_lines, parse_schedule, zone_label
from bot.records import (
    DEFAULT_DAILY_AT,
    Corroboration,
    Mode,
    Place,
    Subscription,
    Target,
    thresholds,
    titled,
    when_posted,
)
from bot.slack import blocks
from bot.slack.bot import SlackBot
from bot.slack.listeners.common import answer


def how(
    mode: Mode,
    daily_at: str | None,
    min_killed: int | None = None,
    corroboration: Corroboration | None = None,
) -> str:
    """ "daily at 08:00", "weekly on Monday at 08:00", "as alerts (when 5+ killed)", "as
    alerts (when 2+ outlets report it within 2 h)"."""
    return f"{when_posted(mode, daily_at)} {thresholds(min_killed, corroboration)}".rstrip()


def _how(sub: Subscription, zone: str = "") -> str:
    """ "as alerts (when 5+ killed)", "daily at 08:00 (UTC)": how it is delivered (a
    digest's time in `zone`), and its threshold."""
    return f"{sub.describe}{zone} {sub.threshold}".rstrip()


def button_request(value: str) -> tuple[dict[str, Any], Mode, str | None]:
    """A Subscribe button's value: what (`p` place key, with `r` km for a radius around it,
    or `q` topic; `k` the least toll of the stories it takes, `e` its kinds of event, `o`
    and `w` the outlets that must report it within so many minutes) and how (`m` mode and
    `t` time, read as `/subscribe` reads them: a daily digest at the default time when they
    make no schedule); a bare place key (a story's button) means a daily digest at the
    default time."""
    try:
        found = json.loads(value)
    except ValueError:
        found = None
    if not isinstance(found, dict):
        return {"p": value}, "daily", DEFAULT_DAILY_AT
    try:
        mode, at = parse_schedule(f"{found.get('m') or 'daily'} {found.get('t') or ''}")
    except ValueError:
        mode, at = "daily", DEFAULT_DAILY_AT
    return found, mode, at


def namesakes(bot: SlackBot, place: Place, others: Sequence[Place]) -> str:
    """ "Tripoli (city in Lebanon); ..." for other places of the same name that are really
    another place: not a region around this one, and none when it is a country."""
    if place.kind == "country":
        return ""
    around = set(bot.gazetteer.ancestors(place.key))
    named: list[str] = []
    for other in others:
        if other.key in around or place.key in bot.gazetteer.ancestors(other.key):
            continue
        parents = [bot.gazetteer.get(k) for k in bot.gazetteer.ancestors(other.key)]
        within = [p.name for p in parents if p is not None and p.kind != "country"][:1]
        where = ", ".join([*within, other.country])
        named.append(f"{other.name} ({blocks.kind_words(other.kind)} in {where})")
    return "; ".join(dict.fromkeys(named[:3]))


def follow(
    bot: SlackBot,
    respond: Respond,
    where: tuple[str, str, str],
    target: Target,
    mode: Mode,
    daily_at: str | None,
    *,
    alternatives: Sequence[Place] = (),
    min_killed: int | None = None,
    event_kinds: tuple[str, ...] = (),
    corroboration: Corroboration | None = None,
    note: str = "",
    **options: Any,
) -> Subscription | None:
    """Subscribe the channel (`where`: team, channel, user) to `target`, taking only stories
    with `min_killed` killed when given and only events of `event_kinds` (ACLED sub-event
    types) when any, and only stories that `corroboration` outlets reported in time when
    given; answer publicly what changed, privately when nothing did, either followed by
    `note` (why this was followed, when a button named something else). Returns the
    subscription made or changed."""
    team, channel, user = where
    what = {"place": "the place", "topic": "the topic", "near": "news"}[target.kind]
    what = "news of" if event_kinds else what
    label = blocks.escape(titled(target.kind, target.label, event_kinds))
    before = next(
        (
            s
            for s in bot.channels.subscriptions(team, [channel])
            if (s.kind, s.target) == (target.kind, target.key)
        ),
        None,
    )
    if (
        before is not None
        and before.paused_reason is None
        and (before.mode, before.daily_at, before.min_killed, before.event_kinds)
        == (mode, daily_at, min_killed, event_kinds)
        and before.corroboration == corroboration
    ):
        text = f"This channel already follows {what} *{label}*, {_how(before)}.{note}"
        answer(respond, blocks.text_message(text), **options)
        return None
    now = bot.clock()
    sub, created = bot.channels.subscribe(
        team,
        channel,
        target,
        mode,
        daily_at,
        user,
        now,
        timedelta(0),
        min_killed,
        event_kinds,
        corroboration,
    )
    prefs = bot.channels.prefs(team, channel)
    verb = "subscribed this channel to" if created else "changed this channel's subscription to"
    if before is not None and before.paused_reason is not None:
        verb = "resumed this channel's subscription to"
    digest = sub.mode in ("daily", "weekly")
    when = _how(sub, f" ({zone_label(prefs.timezone)})" if digest else "")
    text = f"<@{user}> {verb} {what} *{label}*, {when}."
    if before is not None:  # one subscription per target: say what this one replaced
        daily = before.mode in ("daily", "weekly")
        was = _how(before, f" ({zone_label(prefs.timezone)})" if daily else "")
        if blocks.escape(before.title) != label:
            was = f"*{blocks.escape(before.title)}*, {was}"
        if was != when:
            text = f"{text[:-1]}; it was {was}."
    place = bot.gazetteer.get(target.key) if target.kind == "place" else None
    others = namesakes(bot, place, alternatives) if place is not None else ""
    if others:
        text += f" (Other places share the name: {blocks.escape(others)}.)"
    text += note
    message = blocks.text_message(text)
    if created:
        hours = bot.settings.subscription_backlog_hours
        stories = bot.deliveries.recap(sub, now, timedelta(hours=hours))
        hint = f": `/whatsnew {blocks.escape(place.name)}`" if place is not None else ""
        near = bot.deliveries.distance_labels(stories, [sub])
        places = event_place_lines(bot.gazetteer, stories)
        recap = blocks.recap_blocks(stories, hours, hint, near, places)
        message = blocks.Message(message.text, message.blocks + recap)
    answer(respond, message, public=True, **options)
    return sub
