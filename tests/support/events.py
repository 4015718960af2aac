"""What the event tests read from a report."""

from __future__ import annotations

from bot.understand.events import EventRules, read_event


def sub_type_and_figures(
    rules: EventRules, language: str, title: str, text: str
) -> tuple[str, int | None, int | None]:
    """The sub-event type and the killed and injured minimums read from a report."""
    facts = read_event(rules.for_language(language), title, text)
    assert facts is not None
    return facts.sub_event_type, facts.killed.min, facts.injured.min


def english_figures(rules: EventRules, title: str, text: str) -> tuple[int | None, int | None]:
    """The killed and injured minimums read from an English report."""
    facts = read_event(rules.for_language("en"), title, text)
    assert facts is not None
    return facts.killed.min, facts.injured.min
