"""Checks on feeds managed from Slack: a URL before it is added, a feed before it is removed.

The URL check refuses at once what the SSRF guard would refuse at fetch time, with the same
policy and reason. It does not replace that guard: a name may resolve elsewhere later, and a
redirect may lead elsewhere, so every fetch of a feed added from Slack is checked again.
"""

from __future__ import annotations

import asyncio
import socket
from urllib.parse import urlsplit

from bot.ingest import AddressPolicy, BlockedAddress, GuardedResolver, literal_ip, validate_feed_url
from bot.records import FeedStatus


class FeedRefused(ValueError):
    """A URL that may not be added from Slack; the message says why, for the user."""


def check_new_feed(url: str, policy: AddressPolicy, *, timeout: float = 10.0) -> str:
    """`url` stripped, once it is an http(s) URL whose host `policy` lets a guarded fetch
    reach: a literal IP is checked as it is, a name resolved (within `timeout` seconds) and
    each of its addresses checked. Raises FeedRefused otherwise."""
    try:
        cleaned = validate_feed_url(url)
    except ValueError as exc:
        raise FeedRefused(f"that is not a feed URL I can use: {exc}") from None
    host = urlsplit(cleaned).hostname or ""
    address = literal_ip(host)
    try:
        if address is not None:
            policy.check(host, address)
        else:
            asyncio.run(_resolve_checked(host, policy, timeout))
    except BlockedAddress as exc:
        raise FeedRefused(str(exc)) from None
    except TimeoutError:
        raise FeedRefused(f"could not look up {host} within {timeout:g} s; try again") from None
    except OSError as exc:
        raise FeedRefused(f"could not find the host {host} ({exc}); check the URL") from None
    return cleaned


async def _resolve_checked(host: str, policy: AddressPolicy, timeout: float) -> None:
    """Resolve `host` through the guard fetches use (it raises BlockedAddress)."""
    resolver = GuardedResolver(policy)
    try:
        async with asyncio.timeout(timeout):
            await resolver.resolve(host, 0, socket.AF_UNSPEC)
    finally:
        await resolver.close()


def removal_refusal(feed: FeedStatus, team_id: str) -> str | None:
    """Why workspace `team_id` may not remove `feed` from Slack, or None when it may.

    Every workspace of a deployment shares one pool of feeds, so a workspace removes only
    the feeds it added from Slack; the operator's feeds are managed from the terminal.
    """
    if feed.origin != "slack":
        return (
            f"feed {feed.id} was added by the operator of this newsbot: such feeds are "
            f"managed from the terminal (`newsbot feeds remove {feed.id}`)"
        )
    if feed.added_team != team_id:
        return (
            f"feed {feed.id} was added from another Slack workspace sharing this newsbot: "
            "only that workspace can remove it"
        )
    return None
