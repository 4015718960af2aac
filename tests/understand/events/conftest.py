"""What the event tests share: the event rules as config/events.yaml gives them."""

from __future__ import annotations

import pytest

from bot.understand.events import EventRules, load_event_rules


@pytest.fixture(scope="module")
def rules() -> EventRules:
    """The event rules, loaded once a test module."""
    return load_event_rules()
