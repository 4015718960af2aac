"""Requests signed the way Slack signs them, sent over real HTTP."""

from __future__ import annotations

import hashlib
import hmac
import time
import urllib.error
import urllib.request
from urllib.parse import urlencode


def signature_of(secret: str, timestamp: str, body: bytes) -> str:
    """Slack's v0 signature of a body's bytes (valid UTF-8 or not)."""
    base = b"v0:" + timestamp.encode() + b":" + body
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


def post_signed(
    url: str,
    body: str | bytes,
    content_type: str,
    secret: str,
    *,
    timestamp: int | None = None,
    signature: str | None = None,
    signed: bool = True,
) -> tuple[int, str]:
    """POST `body` to `url` signed with `secret` (or with the given signature, or unsigned);
    returns the status and the response body (bytes are sent as they are)."""
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    headers = {"content-type": content_type}
    data = body if isinstance(body, bytes) else body.encode()
    if signed:
        good = signature_of(secret, stamp, data)
        headers["x-slack-request-timestamp"] = stamp
        headers["x-slack-signature"] = signature or str(good)
    request = urllib.request.Request(url, data, headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


FORM = "application/x-www-form-urlencoded"


def slash_command_form(
    *, team: str, channel: str, user: str, command: str, text: str, response_url: str
) -> str:
    """A slash command's body, in Slack's form encoding."""
    return urlencode(
        {
            "token": "legacy",
            "team_id": team,
            "team_domain": "news",
            "channel_id": channel,
            "channel_name": channel.lower(),
            "user_id": user,
            "user_name": user.lower(),
            "command": command,
            "text": text,
            "api_app_id": "A1",
            "is_enterprise_install": "false",
            "response_url": response_url,
            "trigger_id": "1.2.3",
        }
    )


def slash_command(url: str, secret: str, **fields: str) -> tuple[int, str]:
    """POST a signed slash command (the fields of `slash_command_form`) to `url`."""
    return post_signed(url, slash_command_form(**fields), FORM, secret)
