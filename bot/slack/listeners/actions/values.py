"""What a button press carries: the pressed button's value and the channel it was in."""

from __future__ import annotations

from typing import Any


def action_value(body: dict[str, Any]) -> str:
    """The value of the button pressed."""
    return str(body["actions"][0]["value"])


def action_channel(body: dict[str, Any]) -> str | None:
    """The channel the message with the button is in (None in the App Home)."""
    channel = body.get("channel") or body.get("container", {})
    return channel.get("id") or channel.get("channel_id")


def action_text(body: dict[str, Any]) -> str:
    """The label of the button pressed, as Slack sends it back ("" when it does not)."""
    label = body["actions"][0].get("text")
    return str(label.get("text", "")) if isinstance(label, dict) else ""
