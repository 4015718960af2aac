"""A channel's own messages and the App Home: its subscriptions, help."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from slack_sdk.models.blocks import (
    Block,
    DividerBlock,
    InputBlock,
    PlainTextInputElement,
    PlainTextObject,
    SectionBlock,
)
from slack_sdk.models.views import View

from bot.answers import zone_label
from bot.records import ChannelPrefs, FeedStatus, Mute, Subscription
from bot.slack.blocks.common import (
    MAX_BLOCKS,
    Message,
    as_dicts,
    button,
    context,
    escape,
    fits,
    header,
    mrkdwn,
    slack_date,
)


def subscriptions_message(subs: Sequence[Subscription], channel_id: str, note: str = "") -> Message:
    """A channel's subscriptions, each with a Remove button (as many as fit one message,
    then how many more), after `note` (mrkdwn: why they are shown) when given."""
    noted = as_dicts([SectionBlock(text=mrkdwn(note))]) if note else []
    if not subs:
        text = f"<#{channel_id}> follows nothing yet. Try `/subscribe Deir al-Zor daily 08:00`."
        text = f"{note} {text}" if note else text
        return Message(text, as_dicts([SectionBlock(text=mrkdwn(text))]))
    blocks = noted + as_dicts([header("Subscriptions of this channel")])
    shown = 0
    for sub in subs:
        item = as_dicts(
            [
                SectionBlock(
                    text=mrkdwn(_subscription_line(sub)),
                    accessory=button("Remove", "remove_subscription", str(sub.id), "danger"),
                )
            ]
        )
        if not fits(blocks, item, spare_blocks=1):  # one block for the "more" line
            break
        blocks += item
        shown += 1
    if shown < len(subs):
        more = f"…and {len(subs) - shown} more: `/unsubscribe <place or topic>` removes one."
        blocks += as_dicts([context(more)])
    return Message(f"{note} {len(subs)} subscriptions".lstrip(), blocks)


PAUSED_BECAUSE = {
    "not_in_channel": "I am not a member of the channel",
    "channel_not_found": "the channel is gone or private to me",
    "is_archived": "the channel is archived",
    "app_uninstalled": "the app was uninstalled from this workspace",
    "tokens_revoked": "the app's access to this workspace was revoked",
    "not_installed": "the app is not installed in this workspace",
}
"""Why a channel's subscriptions were paused, in words, by the Slack error that paused them."""


def paused_because(reason: str) -> str:
    """ "I am not a member of the channel" for `not_in_channel`; Slack's code, quoted, for a
    reason without words."""
    return PAUSED_BECAUSE.get(reason, f"Slack refused my posts (`{escape(reason)}`)")


def _subscription_line(sub: Subscription) -> str:
    what = "" if sub.kind == "near" else f" ({sub.kind})"
    line = f"*{escape(sub.title)}*{what}, {sub.describe}"
    if sub.threshold:
        line += f" {sub.threshold}"
    if sub.paused_reason:
        line += f" · paused: {paused_because(sub.paused_reason)}"
    return line


def help_message(intro: str = "") -> Message:
    """What the bot understands, after `intro` (say, why the command was not understood)."""
    text = "\n".join(
        [
            *([escape(intro)] if intro else []),
            "*newsbot* follows conflict news for this channel.",
            "`/whatsnew <place> [7d]` what is known lately about a place (any spelling)",
            "`/subscribe <place or topic> [daily HH:MM | weekly Monday 08:00 | hourly | alerts]` "
            "follow it here (daily at 08:00 unless told; a weekly digest lists the week's "
            "stories one line each)",
            "`/subscribe within 30 km of <place or lat,lon> [...]` what happens within 1-500 km "
            "of it",
            "`/subscribe <place, topic or radius> [...] when 5+ killed` only stories whose "
            "reports give at least that many killed",
            "`/subscribe <place, topic or radius> [...] when 2+ outlets report it within 2h` "
            "only stories that many outlets reported within that time of the first report "
            "(6 h unless told)",
            "`/subscribe <kind of event> in <place> [...]` only events of that kind, e.g. "
            "`airstrikes in Sudan alerts`, `shelling in Kharkiv daily 08:00`, `drone strikes "
            "within 30 km of Goma` (ACLED sub-event types and their common names)",
            "`/subscriptions` what this channel follows · `/unsubscribe <place or topic>`",
            "`/digest` this channel's digest now",
            "`/mute <place or topic> [for 6h | 6 hours | 3 days | 2 weeks]` silence it here "
            "(24 h unless told) · `/mute list` what is muted · "
            "`/unmute <place, topic or story title>`",
            "`/newsbot settings` this channel's time zone, schedules, alerts and mutes",
            "`/newsbot timezone Paris` digest times in this zone (`Europe/Paris`, `UTC+3`; UTC "
            "by default)",
            "`/newsbot allquiet on|off` post a line even when nothing is new",
            "`/newsbot feeds list` the news feeds every digest draws on",
            "`/newsbot feeds add <url>` · `/newsbot feeds remove <id or url>` manage them "
            "(workspace admins, unless the operator chose otherwise)",
            'Quote a topic that is also a place name: `/subscribe "Mosul dam"`.',
        ]
    )
    return Message("newsbot help", as_dicts([SectionBlock(text=mrkdwn(text))]))


def home_view(
    subs: Sequence[Subscription],
    feeds: Sequence[FeedStatus],
    settings: Mapping[str, tuple[ChannelPrefs, Sequence[Mute]]] | None = None,
) -> dict[str, Any]:
    """App Home: the subscriptions of the user's channels (each channel with its time zone and
    a button to change it, a Remove button on each subscription, its mutes with a Lift
    button), then the feeds' health. `settings`: channel id -> its settings and mutes."""
    settings = settings or {}
    blocks: list[Block] = [header("Your channels' subscriptions")]
    channel = None
    for sub in subs[:20]:
        if sub.channel_id != channel:
            channel = sub.channel_id
            prefs, mutes = settings.get(channel, (ChannelPrefs(), ()))
            blocks.append(
                SectionBlock(
                    text=mrkdwn(f"<#{channel}> · time zone {zone_label(prefs.timezone)}"),
                    accessory=button("Change time zone", "home_change_timezone", channel),
                )
            )
            for mute in mutes[:3]:
                lift = mute_value(channel, mute)
                blocks.append(
                    SectionBlock(
                        text=mrkdwn(f"Muted: {escape(mute.label)} until {slack_date(mute.until)}"),
                        accessory=button("Lift", "home_lift_mute", lift),
                    )
                )
        blocks.append(
            SectionBlock(
                text=mrkdwn(_subscription_line(sub)),
                accessory=button("Remove", "home_remove_subscription", str(sub.id), "danger"),
            )
        )
    if not subs:
        blocks.append(SectionBlock(text=mrkdwn("None yet: `/subscribe` in a channel.")))
    failing = [f for f in feeds if f.consecutive_failures > 0]
    blocks += [DividerBlock(), header("Feeds")]
    healthy = len(feeds) - len(failing)
    blocks.append(context(f"{healthy} of {len(feeds)} feeds working."))
    for feed in failing[: MAX_BLOCKS - len(blocks)]:
        reason = escape(feed.last_error or "unknown error")
        blocks.append(
            SectionBlock(
                text=mrkdwn(
                    f"*{escape(feed.title or feed.url)}* failing "
                    f"{feed.consecutive_failures}× in a row: {reason}"
                )
            )
        )
    return {"type": "home", "blocks": as_dicts(blocks[:100])}


def settings_message(
    channel_id: str, prefs: ChannelPrefs, subs: Sequence[Subscription], mutes: Sequence[Mute]
) -> Message:
    """`/newsbot settings`: the channel's time zone, digest schedules, alert subscriptions,
    paused subscriptions, mutes and "all quiet" setting."""
    schedules: dict[str, list[str]] = {}
    alerts, paused = [], []
    for sub in subs:
        name = escape(sub.title) + (" (topic)" if sub.kind == "topic" else "")
        name += f" {sub.threshold}" if sub.threshold else ""
        if sub.paused_reason:
            paused.append(f"{name}: {paused_because(sub.paused_reason)}")
        elif sub.mode == "alerts":
            alerts.append(name)
        else:
            schedules.setdefault(sub.describe, []).append(name)
    digests = [f"{when}: {', '.join(names)}" for when, names in sorted(schedules.items())]
    muted = [
        f"{escape(m.label)}"
        + ("" if m.kind in ("place", "topic") else " (story)")
        + f" until {slack_date(m.until)}"
        for m in mutes
    ]
    quiet = "on (a line is posted when nothing is new)" if prefs.all_quiet else "off"
    lines = [
        f"*Time zone:* {zone_label(prefs.timezone)} · `/newsbot timezone Paris` changes it",
        "*Digests:* " + ("; ".join(digests) or "none"),
        "*Alerts:* " + (", ".join(alerts) or "none"),
        *(["*Paused:* " + "; ".join(paused)] if paused else []),
        "*Muted:* " + ("; ".join(muted) or "nothing"),
        f"*All quiet:* {quiet} · `/newsbot allquiet on|off`",
    ]
    head = header("Settings of this channel")
    body = SectionBlock(text=mrkdwn("\n".join(lines)))
    hint = context(f"`/subscriptions` lists <#{channel_id}>'s subscriptions with Remove buttons.")
    return Message("Settings of this channel", as_dicts([head, body, hint]))


TIMEZONE_VIEW = "home_timezone"
"""The callback id of the time zone modal; its input is block and action `zone`."""


def timezone_modal(channel_id: str, prefs: ChannelPrefs) -> dict[str, Any]:
    """App Home's "Change time zone": a modal asking for the channel's zone as people type it
    (the channel rides in its private metadata)."""
    field = PlainTextInputElement(
        action_id="zone",
        initial_value=zone_label(prefs.timezone),
        placeholder=PlainTextObject(text="Paris, Europe/Paris or UTC+3"),
    )
    hint = f"Digests in <#{channel_id}> are posted at their times in this zone."
    view = View(
        type="modal",
        callback_id=TIMEZONE_VIEW,
        private_metadata=channel_id,
        title=PlainTextObject(text="Time zone"),
        submit=PlainTextObject(text="Save"),
        close=PlainTextObject(text="Cancel"),
        blocks=[
            SectionBlock(text=mrkdwn(hint)),
            InputBlock(
                block_id="zone",
                label=PlainTextObject(text="A city, an IANA name or a UTC offset"),
                element=field,
            ),
        ],
    )
    return dict(view.to_dict())


def mute_value(channel_id: str, mute: Mute) -> str:
    """A Lift button's value: the channel and which mute."""
    return json.dumps({"c": channel_id, "k": mute.kind, "t": mute.target})
