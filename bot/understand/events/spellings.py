"""The kinds of event people name (`spellings:` of config/events.yaml): each spelling, and
every sub-event and event type by its own name, stands for one or more ACLED sub-event types."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from bot.understand.events.rules import DEFAULT_EVENTS_PATH


@dataclass(frozen=True)
class EventKinds:
    """Spellings of kinds of event, folded, and the sub-event types each stands for (in the
    order of the config file)."""

    spellings: dict[str, tuple[str, ...]]
    sub_events: tuple[str, ...]
    """Every sub-event type, in the order of the config file."""

    def named(self, text: str) -> tuple[str, ...]:
        """The sub-event types `text` names ("Airstrikes" -> ("Air/drone strike",)); empty
        for text naming no kind of event."""
        return self.spellings.get(fold(text), ())


def fold(text: str) -> str:
    """A spelling as looked up: case-folded, inner spaces collapsed."""
    return " ".join(text.casefold().split())


def parse_event_kinds(data: dict[str, Any]) -> EventKinds:
    """The kinds from the parsed YAML document; raises ValueError for a spelling that names
    no sub-event or event type."""
    types: dict[str, list[str]] = {}
    for name, entry in data["sub_events"].items():
        types.setdefault(entry["event_type"], []).append(name)
    sub_events = tuple(data["sub_events"])
    meanings = {name: (name,) for name in sub_events} | {k: tuple(v) for k, v in types.items()}
    spellings = {fold(name): names for name, names in meanings.items()}
    for spelling, listed in (data.get("spellings") or {}).items():
        unknown = [name for name in listed if name not in meanings]
        if unknown:
            raise ValueError(f"events config: spelling {spelling!r} names unknown {unknown}")
        names = {sub for name in listed for sub in meanings[name]}
        spellings[fold(spelling)] = tuple(s for s in sub_events if s in names)
    return EventKinds(spellings, sub_events)


@lru_cache(maxsize=8)
def load_event_kinds(path: Path = DEFAULT_EVENTS_PATH) -> EventKinds:
    """The kinds from `config/events.yaml` (or the file given), read once per file."""
    return parse_event_kinds(yaml.safe_load(path.read_text(encoding="utf-8")))
