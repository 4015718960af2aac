"""Bad requests to the real app over HTTP: the status Slack expects, a clear answer for
the person, no ERROR, no traceback, nothing stored and nothing echoed."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode

import pytest

from bot.slack.guard import REFUSED_BUTTON
from tests.slack.conftest import SlackHarness
from tests.support.fake_slack import TEAM
from tests.support.signed import FORM

JSON = "application/json"
LONG = "Deir al-Zor " * 500  # about 6,000 characters


def _button(harness: SlackHarness, action_id: str, value: str | None) -> str:
    action: dict[str, object] = {"type": "button", "action_id": action_id, "block_id": "b1"}
    if value is not None:
        action["value"] = value
    payload = {
        "type": "block_actions",
        "user": {"id": "UANNA", "team_id": TEAM},
        "team": {"id": TEAM},
        "api_app_id": "A1",
        "response_url": harness.fake.response_url("act"),
        "container": {"type": "message", "channel_id": "CDESK", "is_ephemeral": True},
        "channel": {"id": "CDESK"},
        "actions": [action],
    }
    return urlencode({"payload": json.dumps(payload)})


def _command(harness: SlackHarness, name: str, text: str) -> str:
    form = {
        "team_id": TEAM,
        "channel_id": "CDESK",
        "user_id": "UANNA",
        "command": name,
        "text": text,
        "response_url": harness.fake.response_url("cmd"),
    }
    return urlencode(form)


@dataclass(frozen=True)
class Bad:
    """One bad request: its body (bytes, or built from the harness), content type, how it
    is signed, and the status it must get."""

    body: bytes | Callable[[SlackHarness], str]
    content_type: str
    status: int
    signing: str = "good"  # good | none | wrong
    answer: str | None = None
    """Text the immediate answer must contain."""


NOT_UTF8 = b"payload=\xff\xfe\xfa"
NOT_JSON = b'{"type": "event_callback", '
PAYLOAD_NOT_JSON = b"payload=%7Bnot+json"
PAYLOAD_LIST = urlencode({"payload": "[1, 2, 3]"}).encode()
RADIUS_TEXT = '{"p": "gn:172082", "m": "alerts", "t": null, "r": "30 km; drop"}'
RADIUS_INFINITE = '{"p": "gn:172082", "m": "alerts", "t": null, "r": Infinity}'
TOLL_TEXT = '{"p": "gn:172082", "m": "alerts", "t": null, "k": "5+"}'
TOLL_ZERO = '{"q": "shelling", "m": "alerts", "t": null, "k": 0}'
KINDS_TEXT = '{"p": "gn:172082", "m": "alerts", "t": null, "e": "Air/drone strike"}'
KINDS_NUMBERS = '{"p": "gn:172082", "m": "alerts", "t": null, "e": [1, 2]}'
OUTLETS_MANY = '{"p": "gn:172082", "m": "alerts", "t": null, "o": 500, "w": 120}'
OUTLETS_NO_WINDOW = '{"q": "shelling", "m": "alerts", "t": null, "o": 2}'
BIG = urlencode({"command": "/whatsnew", "text": "x" * (2 * 1024 * 1024)}).encode()

CASES = {
    "not-utf8": Bad(NOT_UTF8, FORM, 400),
    "not-json": Bad(NOT_JSON, JSON, 400),
    "payload-not-json": Bad(PAYLOAD_NOT_JSON, FORM, 400),
    "payload-a-list": Bad(PAYLOAD_LIST, FORM, 400),
    "not-utf8-unsigned": Bad(NOT_UTF8, FORM, 401, "none"),
    "not-json-unsigned": Bad(NOT_JSON, JSON, 401, "none"),
    "payload-not-json-unsigned": Bad(PAYLOAD_NOT_JSON, FORM, 401, "none"),
    "payload-a-list-unsigned": Bad(PAYLOAD_LIST, FORM, 401, "none"),
    "not-utf8-wrongly-signed": Bad(NOT_UTF8, FORM, 401, "wrong"),
    "not-json-wrongly-signed": Bad(NOT_JSON, JSON, 401, "wrong"),
    "payload-not-json-wrongly-signed": Bad(PAYLOAD_NOT_JSON, FORM, 401, "wrong"),
    "payload-a-list-wrongly-signed": Bad(PAYLOAD_LIST, FORM, 401, "wrong"),
    "two-megabytes": Bad(BIG, FORM, 413),
    "two-megabytes-unsigned": Bad(BIG, FORM, 413, "none"),
    "subscribe-too-long": Bad(
        lambda h: _command(h, "/subscribe", LONG), FORM, 200, answer="too long"
    ),
    "mute-too-long": Bad(lambda h: _command(h, "/mute", LONG), FORM, 200, answer="too long"),
    "whatsnew-too-long": Bad(
        lambda h: _command(h, "/whatsnew", LONG), FORM, 200, answer="too long"
    ),
    "more-not-a-number": Bad(lambda h: _button(h, "article_more", "12; drop"), FORM, 200),
    "mute-story-no-value": Bad(lambda h: _button(h, "mute_story", None), FORM, 200),
    "remove-not-a-number": Bad(lambda h: _button(h, "remove_subscription", "-1e9"), FORM, 200),
    "subscribe-place-bad-key": Bad(lambda h: _button(h, "subscribe_place", LONG), FORM, 200),
    "subscribe-radius-not-a-number": Bad(
        lambda h: _button(h, "subscribe_place_0", RADIUS_TEXT), FORM, 200
    ),
    "subscribe-radius-infinite": Bad(
        lambda h: _button(h, "subscribe_place_0", RADIUS_INFINITE), FORM, 200
    ),
    "subscribe-toll-not-a-number": Bad(
        lambda h: _button(h, "subscribe_place_0", TOLL_TEXT), FORM, 200
    ),
    "subscribe-topic-toll-zero": Bad(lambda h: _button(h, "subscribe_topic", TOLL_ZERO), FORM, 200),
    "subscribe-kinds-not-a-list": Bad(
        lambda h: _button(h, "subscribe_place_0", KINDS_TEXT), FORM, 200
    ),
    "subscribe-kinds-not-names": Bad(
        lambda h: _button(h, "subscribe_place_0", KINDS_NUMBERS), FORM, 200
    ),
    "briefing-more-ids-not-numbers": Bad(
        lambda h: _button(h, "briefing_more", '{"p": "cc:SY", "s": 1, "x": ["1; drop"]}'),
        FORM,
        200,
    ),
    "change-timezone-not-a-channel": Bad(
        lambda h: _button(h, "home_change_timezone", "C1; drop"), FORM, 200
    ),
    "subscribe-outlets-too-many": Bad(
        lambda h: _button(h, "subscribe_place_0", OUTLETS_MANY), FORM, 200
    ),
    "subscribe-topic-outlets-no-window": Bad(
        lambda h: _button(h, "subscribe_topic", OUTLETS_NO_WINDOW), FORM, 200
    ),
    "home-remove-not-a-number": Bad(
        lambda h: _button(h, "home_remove_subscription", "12; drop"), FORM, 200
    ),
    "home-lift-not-json": Bad(lambda h: _button(h, "home_lift_mute", "{c: 1"), FORM, 200),
    "home-lift-no-channel": Bad(
        lambda h: _button(h, "home_lift_mute", '{"k": "topic", "t": "x"}'), FORM, 200
    ),
    "share-not-json": Bad(lambda h: _button(h, "share_briefing", "{p: 1"), FORM, 200),
    "brief-place-a-list": Bad(lambda h: _button(h, "brief_place_0", "[1]"), FORM, 200),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_bad_requests_get_the_answer_slack_expects(
    harness: SlackHarness, caplog: pytest.LogCaptureFixture, case: Bad
) -> None:
    caplog.set_level(logging.WARNING)
    body = case.body if isinstance(case.body, bytes) else case.body(harness).encode()
    options: dict[str, object] = {}
    if case.signing == "none":
        options["signed"] = False
    elif case.signing == "wrong":
        options["signature"] = "v0=" + "0" * 64
    status, answered = harness.post(body, case.content_type, **options)  # type: ignore[arg-type]
    harness.app.listener_runner.listener_executor.shutdown(wait=True)
    assert status == case.status
    if case.answer is not None:
        assert case.answer in json.loads(answered)["text"]
    assert len(answered) < 500, "the request was echoed back"
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert "Traceback" not in caplog.text
    if b"block_actions" in body:  # a click always gets an answer, one changing nothing
        assert [c.method for c in harness.fake.calls] == ["auth.test", "response:act"]
        [told] = harness.fake.calls[1:]
        assert told.body["text"] == REFUSED_BUTTON
        assert (told.body["response_type"], told.body["replace_original"]) == ("ephemeral", False)
    else:
        assert [c.method for c in harness.fake.calls] == ["auth.test"]  # no answer, no post
    assert harness.bot.channels.subscriptions(TEAM, ["CDESK"]) == []
    assert harness.bot.channels.mutes(TEAM, "CDESK", harness.bot.clock()) == []


def test_a_command_at_the_limit_is_served(harness: SlackHarness) -> None:
    text = "Deir al-Zor daily 08:00".ljust(200)
    status, _ = harness.post(_command(harness, "/subscribe", text).encode(), FORM)
    assert status == 200
    harness.fake.wait_for("response:cmd")
    [sub] = harness.bot.channels.subscriptions(TEAM, ["CDESK"])
    assert sub.label == "Deir ez-Zor, Syria"
