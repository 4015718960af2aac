"""Bad requests stopped before Bolt sees them.

HTTP mode (`guarded`, a WSGI wrapper around POST /slack/events): a body over `MAX_BODY`
gets 413; the signature is checked on the raw bytes first, so anything unsigned, wrongly
signed or more than five minutes old gets 401 whatever its body; a signed body that is not
UTF-8, not JSON where JSON is due, or whose `payload=` is not a JSON object gets 400.
Nothing of the body is echoed back.

Both modes (`check_fields`, a Bolt middleware): a slash command's text longer than its
limit is answered at once with a short "too long" message (never stored, never echoed), and
a button whose value is not what the bot puts there is acknowledged and dropped with one
warning line.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import logging
import re
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Executor
from typing import Any
from urllib.parse import parse_qs

from slack_bolt import BoltResponse, Respond

from bot.answers.corroboration import MAX_OUTLETS, MAX_WITHIN, MIN_OUTLETS, MIN_WITHIN
from bot.answers.severity import MAX_KILLED, MIN_KILLED

log = logging.getLogger(__name__)

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]

MAX_BODY = 256 * 1024
"""Bytes of one request body: Slack's own (a command, a button press with its message,
an event) stay far below it."""
MAX_SKEW_SECONDS = 5 * 60
"""How far a request's timestamp may be from now (Slack's rule against replays)."""
MAX_COMMAND_TEXT = 200
"""Characters a slash command's text may have (a place or topic is stored in 200)."""
COMMAND_TEXT_LIMITS = {"/newsbot": 2000}
"""Commands whose text may be longer (/newsbot feeds add takes a URL)."""
MAX_BUTTON_VALUE = 2000
"""Characters of a button's value, Slack's own limit (a Lift button's mute of a long or
non-Latin topic, escaped in JSON, is far longer than a command's text)."""
MAX_SHOWN = 50
"""Article ids a "Show the N more" button may carry (a briefing shows ten)."""
MAX_KINDS = 30
"""Kinds of event a Subscribe button may carry (the codebook has fewer sub-event types)."""

_ID = re.compile(r"^\d{1,18}$")
_PLACE_KEY = re.compile(r"^(?:[\w:.\-]{1,40}|unlisted:[\w:.\-]{1,40}/[\w.\-'’]{1,79})$")
"""A place's key: a listed place's ("gn:170794", "cfg:darfur"), or a place known only from
reports, under its listed parent ("unlisted:gn:170794/al-shafa", as old story buttons have
it; `understand.places.unlisted`)."""
_CHANNEL = re.compile(r"^[A-Z0-9]{1,20}$")


def guarded(handler: WSGIApp, signing_secret: str, path: str) -> WSGIApp:
    """`handler` behind the size, signature and parse checks for POST `path`."""
    secret = signing_secret.encode()

    def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if environ.get("REQUEST_METHOD") != "POST" or environ.get("PATH_INFO") != path:
            return handler(environ, start_response)
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return _refuse(start_response, "400 Bad Request", "bad content length")
        if length > MAX_BODY:
            return _refuse(start_response, "413 Content Too Large", "request body too large")
        raw = environ["wsgi.input"].read(length) if length > 0 else b""
        signature = environ.get("HTTP_X_SLACK_SIGNATURE")
        timestamp = environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP")
        if not _signed(secret, raw, timestamp, signature):
            return _refuse(start_response, "401 Unauthorized", "invalid request")
        problem = body_problem(raw, environ.get("CONTENT_TYPE", ""))
        if problem is not None:
            log.warning("refused a signed request: %s", problem)
            return _refuse(start_response, "400 Bad Request", problem)
        environ["wsgi.input"] = io.BytesIO(raw)
        environ["CONTENT_LENGTH"] = str(len(raw))
        return handler(environ, start_response)

    return application


def _signed(secret: bytes, raw: bytes, timestamp: str | None, signature: str | None) -> bool:
    """Slack's v0 signature of the raw bytes (slack_sdk's verifier decodes them first, and
    fails on a body that is not UTF-8), with a timestamp at most five minutes off."""
    if not timestamp or not signature or not timestamp.isdigit():
        return False
    if abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
        return False
    expected = hmac.new(secret, b"v0:" + timestamp.encode() + b":" + raw, hashlib.sha256)
    return hmac.compare_digest("v0=" + expected.hexdigest(), signature)


def body_problem(raw: bytes, content_type: str) -> str | None:
    """Why a signed body cannot be read as Slack sends it, or None."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return "body is not UTF-8"
    if "json" in content_type.lower():
        return None if isinstance(_json(text), dict) else "body is not a JSON object"
    try:
        form = parse_qs(text, strict_parsing=bool(text))
    except ValueError:
        return "body is not form-encoded"
    if "payload" in form and not isinstance(_json(form["payload"][0]), dict):
        return "payload is not a JSON object"
    return None


def _json(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return None


def _refuse(start_response: Callable[..., Any], status: str, reason: str) -> list[bytes]:
    body = f"{reason}\n".encode()
    start_response(
        status, [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(body)))]
    )
    return [body]


REFUSED_BUTTON = (
    "I cannot act on that button: it carries something this version of the bot does not "
    "read (it may be on an older message). Nothing was changed; type the command instead: "
    "`/whatsnew PLACE`, `/subscribe PLACE`, `/subscriptions`."
)
"""The private answer to a button press the guard leaves undone (it echoes nothing)."""


def field_checks(background: Executor) -> Callable[..., BoltResponse | None]:
    """Bolt middleware: answer a too-long command; leave undone a malformed button press,
    telling the person privately (through `background`, after the acknowledgement); pass
    everything else on (`next` is Bolt's name for it)."""

    def check_fields(
        body: dict[str, Any], respond: Respond | None, next: Callable[[], None]
    ) -> BoltResponse | None:
        command = body.get("command")
        if isinstance(command, str):
            limit = COMMAND_TEXT_LIMITS.get(command, MAX_COMMAND_TEXT)
            if len(str(body.get("text", ""))) > limit:
                text = f"That is too long for `{command}`: at most {limit} characters, please."
                return BoltResponse(
                    status=200,
                    body=json.dumps({"response_type": "ephemeral", "text": text}),
                    headers={"content-type": "application/json;charset=utf-8"},
                )
        if body.get("type") == "block_actions":
            actions = body.get("actions")
            if not isinstance(actions, list) or not all(_valid_action(a) for a in actions):
                log.warning("refused a button press with an unexpected value")
                if respond is not None:
                    background.submit(_refused, respond)
                return BoltResponse(status=200, body="")
        next()
        return None

    return check_fields


def _refused(respond: Respond) -> None:
    """Tell the person who pressed a refused button, privately, that nothing was done."""
    try:
        respond(text=REFUSED_BUTTON, response_type="ephemeral", replace_original=False)
    except Exception as exc:  # a lost answer is only logged
        log.warning("could not answer a refused button press: %s", type(exc).__name__)


def _valid_action(action: Any) -> bool:
    """Whether a pressed button carries the value the bot gave it."""
    if not isinstance(action, dict) or not isinstance(action.get("action_id"), str):
        return False
    name, value = action["action_id"], action.get("value")
    if name in ("article_more", "mute_story", "remove_subscription", "home_remove_subscription"):
        return isinstance(value, str) and bool(_ID.match(value))
    if name == "home_change_timezone":
        return isinstance(value, str) and bool(_CHANNEL.match(value))
    if name == "home_lift_mute":
        return isinstance(value, str) and _mute_value(value)
    if re.fullmatch(r"subscribe_place(_\d+)?", name):
        return isinstance(value, str) and (bool(_PLACE_KEY.match(value)) or _subscribe_value(value))
    if name == "subscribe_topic":
        if not isinstance(value, str) or len(value) > MAX_BUTTON_VALUE:
            return False
        found = _json(value)  # the topic as typed; escaped in JSON, Arabic takes 6 a letter
        return (
            isinstance(found, dict)
            and isinstance(found.get("q"), str)
            and len(found["q"]) <= MAX_COMMAND_TEXT
            and _toll(found)
            and _outlets(found)
        )
    if name == "share_briefing" or re.fullmatch(r"brief_place_\d+", name):
        return isinstance(value, str) and _place_value(value)
    if name == "briefing_more":
        return isinstance(value, str) and _place_value(value) and _shown_ids(value)
    return value is None or (isinstance(value, str) and len(value) <= MAX_COMMAND_TEXT)


def _mute_value(value: str) -> bool:
    """A Lift button's value: {"c": channel, "k": kind of mute, "t": what it mutes}."""
    found = _json(value) if len(value) <= MAX_BUTTON_VALUE else None
    return (
        isinstance(found, dict)
        and isinstance(found.get("c"), str)
        and bool(_CHANNEL.match(found["c"]))
        and isinstance(found.get("k"), str)
        and bool(re.fullmatch(r"[a-z]{1,20}", found["k"]))
        and isinstance(found.get("t"), str)
        and 0 < len(found["t"]) <= 200
    )


def _subscribe_value(value: str) -> bool:
    """A did-you-mean button's value: {"p": place key, "m": mode, "t": time or null}, with
    "r": the km of a radius around the place, when it stands for one, "k": the least
    number killed, for a severity subscription, "e": the kinds of event, and "o" and "w":
    the outlets that must report a story within so many minutes."""
    found = _json(value)
    km = found.get("r", 1) if isinstance(found, dict) else None
    return (
        isinstance(found, dict)
        and isinstance(found.get("p"), str)
        and bool(_PLACE_KEY.match(found["p"]))
        and isinstance(found.get("m"), str)
        and (found.get("t") is None or isinstance(found.get("t"), str))
        and isinstance(km, int | float)
        and not isinstance(km, bool)
        and 0 < km <= 10_000
        and _toll(found)
        and _kinds(found)
        and _outlets(found)
    )


def _kinds(found: dict[str, Any]) -> bool:
    """Whether a Subscribe button's kinds of event ("e"), if it carries them, are a short
    list of names."""
    kinds = found.get("e", [])
    return (
        isinstance(kinds, list)
        and len(kinds) <= MAX_KINDS
        and all(isinstance(k, str) and 0 < len(k) <= 100 for k in kinds)
    )


def _toll(found: dict[str, Any]) -> bool:
    """Whether a Subscribe button's least number killed ("k"), if it carries one, is one."""
    least = found.get("k", MIN_KILLED)
    return type(least) is int and MIN_KILLED <= least <= MAX_KILLED


def _shown_ids(value: str) -> bool:
    """A "Show the N more" button's article ids ("x"): a short list of ids."""
    shown = _json(value).get("x", [])
    return (
        isinstance(shown, list)
        and len(shown) <= MAX_SHOWN
        and all(type(i) is int and 0 < i < 2**63 for i in shown)
    )


def _outlets(found: dict[str, Any]) -> bool:
    """Whether a Subscribe button's outlets ("o") and window in minutes ("w"), if it
    carries them, are both there and within their limits."""
    if "o" not in found and "w" not in found:
        return True
    outlets, minutes = found.get("o"), found.get("w")
    low, high = MIN_WITHIN.total_seconds() // 60, MAX_WITHIN.total_seconds() // 60
    return (
        type(outlets) is int
        and type(minutes) is int
        and MIN_OUTLETS <= outlets <= MAX_OUTLETS
        and low <= minutes <= high
    )


def _place_value(value: str) -> bool:
    """A briefing button's value: {"p": place key, "s": optional unix time}."""
    found = _json(value)
    if not isinstance(found, dict) or not isinstance(found.get("p"), str):
        return False
    since = found.get("s", 0)
    return bool(_PLACE_KEY.match(found["p"])) and isinstance(since, int) and 0 <= since < 2**40
