"""The activity picture in Slack: drawn, then uploaded as slack_sdk's `files_upload_v2` does
it (files.getUploadURLExternal, the bytes to the URL it gives, files.completeUploadExternal
shared with the person who asked, in their conversation with the app), so that an image block
in their private answer can show it by file id and nothing is posted in the channel."""

from __future__ import annotations

import logging

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackRequestError

from bot.answers import Activity
from bot.present.chart import activity_png
from bot.slack.blocks import Picture

log = logging.getLogger(__name__)


def alt_text(activity: Activity) -> str:
    """What the picture shows, in words: incidents by event type and killed in the window."""
    counts = ", ".join(f"{kind} {sum(days)}" for kind, days in activity.incidents.items())
    return f"Incidents per day in {activity.title} ({counts}); {sum(activity.killed)} killed."


def upload_activity(client: WebClient, activity: Activity, user: str) -> Picture | None:
    """The activity picture uploaded and shared with `user` (a Slack user id); None when
    there is nothing to draw or Slack refused it (logged: the briefing goes out without
    it)."""
    png = activity_png(activity)
    if png is None:
        return None
    described = alt_text(activity)
    try:
        uploaded = client.files_upload_v2(
            file=png,
            filename="activity.png",
            title=activity.title,
            alt_txt=described,
            channels=[user],
        )
        file_id = str(uploaded["file"]["id"])
    except (SlackApiError, SlackRequestError, OSError, KeyError, TypeError) as exc:
        log.warning("activity picture for %s not uploaded: %s", activity.place.key, exc)
        return None
    return Picture(file_id, activity.title, described)
