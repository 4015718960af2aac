"""What every listener does alike: ack at once, know the workspace, answer in Block Kit."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from slack_bolt import Ack, BoltContext, Respond
from slack_sdk import WebClient
from slack_sdk.webhook import WebhookResponse

from bot import metrics
from bot.answers import Briefing, NoPlace, brief, brief_place, place_activity
from bot.slack.blocks import Message, Picture, briefing_message, text_message
from bot.slack.bot import SlackBot
from bot.slack.pictures import upload_activity


def ack_now(ack: Ack) -> None:
    """Acknowledge within Slack's 3 seconds; the work runs after, in a lazy listener."""
    ack()


def team_of(context: BoltContext, body: dict[str, Any]) -> str:
    """The workspace (team) id of a request."""
    team = context.team_id or body.get("team_id") or body.get("team", {}).get("id")
    return str(team or body.get("user", {}).get("team_id", ""))


def answer(
    respond: Respond, message: Message, *, public: bool = False, **options: Any
) -> WebhookResponse:
    """Answer through the response URL: ephemeral unless `public`, links not unfurled."""
    return respond(
        text=message.text,
        blocks=message.blocks,
        response_type="in_channel" if public else "ephemeral",
        unfurl_links=False,
        unfurl_media=False,
        **options,
    )


Asked = tuple[str, str | None]
"""Where a briefing is asked: the workspace and the channel (None when not in one)."""


def briefing_for(
    bot: SlackBot, query: str, since: datetime, asked: Asked
) -> tuple[Briefing | NoPlace, Message]:
    """The /whatsnew answer for `query` (found, and as a message), without its picture."""
    with metrics.BRIEFING_SECONDS.time():
        found = brief(bot.store, bot.gazetteer, query, since)
    return found, _render(bot, found, asked, None)


def briefing_picture(
    bot: SlackBot, client: WebClient, found: Briefing, user: str, asked: Asked
) -> Message | None:
    """The briefing again with the picture of the place's last 30 days (uploaded and shared
    with `user`, who asked); None when the place has no incident or the upload failed."""
    activity = place_activity(bot.store, found.place, found.also, bot.clock())
    picture = upload_activity(client, activity, user)
    return None if picture is None else _render(bot, found, asked, None, picture)


def place_briefing_for(
    bot: SlackBot, place_key: str, since: datetime, asked: Asked, shared_by: str | None = None
) -> Message:
    """The briefing on one place chosen by a button (the engine's `brief_place`, rendered)."""
    found = brief_place(bot.store, bot.gazetteer, place_key, since)
    if found is None:
        return text_message("I no longer know that place: try `/whatsnew` with its name.")
    return _render(bot, found, asked, shared_by)


def followed_here(bot: SlackBot, asked: Asked, place_key: str) -> str | None:
    """ "This channel follows Deir ez-Zor, Syria, as alerts." when the channel asking
    follows the place itself (as digests hide their Subscribe button: any subscription to
    it, paused or not, whatever its kinds or threshold), else None."""
    team, channel = asked
    if channel is None:
        return None
    for sub in bot.channels.subscriptions(team, [channel]):
        if sub.kind == "place" and sub.target == place_key:
            paused = " (paused)" if sub.paused_reason is not None else ""
            return (
                f"This channel follows {sub.title}, {sub.describe} {sub.threshold}".rstrip()
                + f"{paused}."
            )
    return None


def _render(
    bot: SlackBot,
    answer: Briefing | NoPlace,
    asked: Asked,
    shared_by: str | None,
    picture: Picture | None = None,
) -> Message:
    """A briefing as a message, its place shown with the places it lies in, and whether the
    channel it is asked in follows it."""
    containing: list[str] = []
    followed = None
    if isinstance(answer, Briefing):
        for key in bot.gazetteer.ancestors(answer.place.key):
            place = bot.gazetteer.get(key)
            if place is not None and not key.startswith("cc:") and place.country_code:
                containing.append(place.name)
        followed = followed_here(bot, asked, answer.place.key)
    return briefing_message(
        answer, containing, shared_by=shared_by, picture=picture, followed=followed
    )
