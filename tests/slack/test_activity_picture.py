"""The activity picture in /whatsnew against the fake Slack: the briefing answered first, then
replaced by the same briefing with the PNG, uploaded as files_upload_v2 does it and shown by
file id; the briefing kept whatever goes wrong."""

from __future__ import annotations

import io
from datetime import timedelta
from typing import Any

from matplotlib.image import imread

from bot.clock import utcnow
from tests.answers.test_activity import CLASH, STRIKE, save
from tests.slack.checks import assert_valid_blocks, text_of
from tests.slack.conftest import SlackHarness

HEADLINE = "Five dead as drones hit residential building"
"""The strike's headline: its highest toll's report (AP's five, not Reuters' four)."""


def seed(harness: SlackHarness) -> None:
    """Kharkiv: a strike two outlets reported two days ago, a clash a week ago."""
    store, now = harness.bot.store, utcnow()
    for n, report in enumerate(STRIKE):
        save(store, report, now - timedelta(days=2, minutes=40 * n))
    save(store, CLASH, now - timedelta(days=7), "Battles")


def whatsnew(harness: SlackHarness, text: str, name: str, count: int = 1) -> dict[str, Any]:
    assert harness.command("/whatsnew", text, response=name) == (200, "")
    answer = harness.fake.wait_for(f"response:{name}", count)[-1]
    assert_valid_blocks(answer.body["blocks"])
    return answer.body


def images(message: dict[str, Any]) -> list[dict[str, Any]]:
    return [b for b in message["blocks"] if b["type"] == "image"]


def test_whatsnew_uploads_the_picture_and_shows_it_by_file_id(harness: SlackHarness) -> None:
    seed(harness)
    answer = whatsnew(harness, "Kharkiv", "kharkiv", count=2)
    fake = harness.fake
    first, then = fake.calls_to("response:kharkiv")
    assert not images(first.body) and "replace_original" not in first.body, "answered at once"
    assert then.body["replace_original"] is True, "the picture replaces the first answer"
    [asked] = fake.calls_to("files.getUploadURLExternal")
    [(file_id, png)] = fake.uploads.items()
    assert int(asked.body["length"]) == len(png) and asked.body["filename"] == "activity.png"
    assert len(fake.calls_to(f"upload:{file_id}")) == 1
    [completed] = fake.calls_to("files.completeUploadExternal")
    assert "channel_id" not in completed.body, "never shared in the channel: the answer is private"
    assert fake.files[file_id]["channels"] == ["UANNA"], "shared with the person who asked"
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) < 100_000
    assert imread(io.BytesIO(png), format="png").shape[:2] == (400, 800)
    [image] = images(answer)
    assert image["slack_file"] == {"id": file_id}
    assert image["title"]["text"].startswith("Kharkiv, Ukraine: ")
    assert "(Battles 1, Explosions/Remote violence 1)" in image["alt_text"]
    assert "7 killed" in image["alt_text"]
    assert HEADLINE in text_of(answer["blocks"])


def test_a_place_without_incidents_uploads_nothing(harness: SlackHarness) -> None:
    answer = whatsnew(harness, "Kharkiv", "quiet")
    assert not images(answer)
    assert not harness.fake.calls_to("files.getUploadURLExternal")
    assert len(harness.fake.calls_to("response:quiet")) == 1


def test_a_failed_upload_keeps_the_briefing(harness: SlackHarness) -> None:
    seed(harness)
    harness.fake.fail("files.completeUploadExternal", "not_in_channel")
    answer = whatsnew(harness, "Kharkiv", "refused")
    assert not images(answer)
    assert HEADLINE in text_of(answer["blocks"])
    assert len(harness.fake.calls_to("response:refused")) == 1, "nothing to replace it with"


def test_a_picture_refused_leaves_the_briefing_as_it_was(harness: SlackHarness) -> None:
    seed(harness)
    harness.fake.fail(
        "response:again",
        "invalid_blocks",
        status=400,
        when=lambda call: call.body.get("replace_original") is True,
    )
    whatsnew(harness, "Kharkiv", "again", count=2)
    first, refused = harness.fake.calls_to("response:again")
    assert not images(first.body) and images(refused.body)
    assert HEADLINE in text_of(first.body["blocks"])
    assert len(harness.fake.calls_to("response:again")) == 2, "not sent a third time"
