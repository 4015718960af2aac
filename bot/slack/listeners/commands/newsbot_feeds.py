"""`/newsbot feeds list | add <url> | remove <id or url>`: the feeds, managed from Slack.

Anyone may list the feeds; adding and removing is for the people `NEWSBOT_SLACK_FEED_MANAGERS`
names (workspace admins and owners by default). A feed added here has origin "slack": it is
fetched through the SSRF guard, and only the workspace that added it may remove it.
"""

from __future__ import annotations

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.ingest import AddressPolicy, fetch_limits
from bot.records import FeedStatus
from bot.settings import FeedManagers
from bot.slack.blocks import Message, clip, escape, feeds_message, link, text_message
from bot.slack.bot import SlackBot
from bot.slack.feed_admin import FeedRefused, check_new_feed, removal_refusal

USAGE = (
    "I understand `/newsbot feeds list`, `/newsbot feeds add <url>` and "
    "`/newsbot feeds remove <id or url>`."
)


def feeds_command(
    bot: SlackBot, client: WebClient, words: list[str], team: str, user: str
) -> Message:
    """The answer to `/newsbot feeds <words>` from `user` of workspace `team`."""
    verb = words[0].lower() if words else "list"
    if verb == "list" and len(words) <= 2:
        start = words[1] if len(words) == 2 else "1"
        if not (start.isascii() and start.isdigit()):
            return text_message(f"{USAGE} `/newsbot feeds list 40` lists from the 40th on.")
        return feeds_message(bot.store.list_feeds(), team, int(start))
    if verb not in ("add", "remove") or len(words) != 2:
        return text_message(USAGE)
    refused = _not_a_manager(bot, client, user)
    if refused is not None:
        return refused
    target = slack_url(words[1])
    return _add(bot, target, team, user) if verb == "add" else _remove(bot, target, team)


def slack_url(text: str) -> str:
    """A URL as typed in a slash command: Slack may send it as `<url|label>`, escaped."""
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1].split("|", 1)[0]
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def is_workspace_admin(client: WebClient, user_id: str) -> bool:
    """Whether the user is an admin or owner of the workspace (`users.info`)."""
    user = client.users_info(user=user_id)["user"]
    return any(user.get(flag) for flag in ("is_admin", "is_owner", "is_primary_owner"))


def _not_a_manager(bot: SlackBot, client: WebClient, user: str) -> Message | None:
    """Why `user` may not add or remove feeds, or None when they may."""
    managers = FeedManagers.parse(bot.settings.slack_feed_managers)
    try:
        if managers.allows(user, lambda: is_workspace_admin(client, user)):
            return None
    except SlackApiError as exc:
        error = exc.response.get("error", "unknown error")
        return text_message(f"I could not check who may manage feeds (`{error}`): nothing changed.")
    return text_message(
        f"Only {managers.describe()} may add or remove feeds here; the operator of this "
        "newsbot chooses who (`NEWSBOT_SLACK_FEED_MANAGERS`). `/newsbot feeds list` shows "
        "the feeds to everyone."
    )


def _add(bot: SlackBot, url: str, team: str, user: str) -> Message:
    """Add `url` once it passes the SSRF pre-check; an active feed is left as it is."""
    policy = AddressPolicy.allowing(fetch_limits(bot.settings).allowed_networks)
    try:
        checked = check_new_feed(url, policy, timeout=bot.settings.fetch_connect_timeout)
    except FeedRefused as exc:
        return text_message(f"I did not add that feed: {escape(str(exc))}.")
    feed = bot.store.feed_by_url(checked)
    if feed is None or not feed.active:
        feed = bot.store.add_feed(checked, origin="slack", added_team=team, added_by=user)
        if (feed.origin, feed.added_team, feed.added_by) == ("slack", team, user):
            return text_message(
                f"Added feed `{feed.id}`: {_name(feed)}. It will be polled shortly; "
                "`/newsbot feeds list` shows how it does."
            )
    return text_message(f"Feed `{feed.id}` is already followed: {_name(feed)}. Nothing changed.")


def _remove(bot: SlackBot, target: str, team: str) -> Message:
    """Remove the feed `target` names (id or URL) if this workspace added it."""
    numeric = target.isascii() and target.isdigit() and len(target) <= 9
    feed = bot.store.feed(int(target)) if numeric else bot.store.feed_by_url(target.strip())
    if feed is None or not feed.active:
        return text_message(
            f"No feed `{escape(target)}` is followed: `/newsbot feeds list` shows their ids."
        )
    refusal = removal_refusal(feed, team)
    if refusal is not None:
        return text_message(f"I did not remove it: {escape(refusal)}.")
    bot.store.remove_feed(feed.id)
    return text_message(
        f"Removed feed `{feed.id}`: {_name(feed)}. It is no longer polled; its articles stay."
    )


def _name(feed: FeedStatus) -> str:
    """The feed as a link, named by its title when it has one."""
    return link(feed.url, clip(feed.title or feed.url, 100))
