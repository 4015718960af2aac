"""The app manifest and the app agree: every command it declares is served."""

from __future__ import annotations

from pathlib import Path

import yaml

import bot.slack
from tests.slack.conftest import SlackHarness

MANIFEST = Path(bot.slack.__file__).parent / "manifest.yaml"


def test_every_declared_command_answers(harness: SlackHarness) -> None:
    manifest = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    commands = [c["command"] for c in manifest["features"]["slash_commands"]]
    assert len(commands) == 8
    events = manifest["settings"]["event_subscriptions"]["bot_events"]
    assert events == ["app_home_opened", "app_uninstalled", "tokens_revoked"]
    for i, command in enumerate(commands):
        assert harness.command(command, "", response=f"c{i}") == (200, "")
    for i in range(len(commands)):
        harness.fake.wait_for(f"response:c{i}")
