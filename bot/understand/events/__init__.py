"""Events: what happened in an article (ACLED event and sub-event type), how many were killed
and injured, and where, read from its headline and lead with the cues of config/events.yaml."""

from typing import TYPE_CHECKING

from bot.lazy import exports

if TYPE_CHECKING:
    from bot.understand.events.facts import read_event
    from bot.understand.events.rules import DEFAULT_EVENTS_PATH, EventRules, load_event_rules
    from bot.understand.events.spellings import EventKinds, load_event_kinds

__all__ = [
    "DEFAULT_EVENTS_PATH",
    "EventKinds",
    "EventRules",
    "load_event_kinds",
    "load_event_rules",
    "read_event",
]

__getattr__ = exports(
    __name__,
    {
        "read_event": "facts",
        "DEFAULT_EVENTS_PATH": "rules",
        "EventRules": "rules",
        "load_event_rules": "rules",
        "EventKinds": "spellings",
        "load_event_kinds": "spellings",
    },
)
