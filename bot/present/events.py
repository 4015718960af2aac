"""One line for an event: "Air/drone strike · Hajin, Syria · at least 4 killed · 9 injured"."""

from __future__ import annotations

from bot.records import Casualties, EventFacts, PlaceMention, ReportedFigure, StoredEvent, Story


def casualty_phrase(casualties: Casualties, verb: str) -> str | None:
    """ "at least 4 killed", "4 killed", "none killed"; None when the text gives no figure."""
    if casualties.min is None:
        return None
    if casualties.min == 0:
        return f"none {verb}"
    return f"{'' if casualties.exact else 'at least '}{casualties.min} {verb}"


def event_line(event: EventFacts | StoredEvent) -> str:
    """The sub-event type, the event place and the figures the text gives, joined by " · "."""
    parts = [event.sub_event_type]
    if isinstance(event.place, PlaceMention):
        parts.append(event.place.place.label)
    elif event.place is not None:
        parts.append(event.place.name)
    for casualties, verb in ((event.killed, "killed"), (event.injured, "injured")):
        phrase = casualty_phrase(casualties, verb)
        if phrase:
            parts.append(phrase)
    return " · ".join(parts)


def figure_phrase(figure: ReportedFigure | None, verb: str) -> str | None:
    """ "at least 7 killed (Levant Daily)": a story's figure with the outlet that gave it."""
    if figure is None:
        return None
    phrase = casualty_phrase(figure.casualties, verb)
    return None if phrase is None else f"{phrase} ({figure.outlet})"


def story_event_line(story: Story) -> str | None:
    """A story's event line: its lead's sub-event type and place, then the highest killed and
    injured figures any of its outlets reported, each with that outlet ("Air/drone strike ·
    Hajin · at least 7 killed (Levant Daily)"); None when it has neither event nor figure."""
    event = story.lead.event
    parts = []
    if event is not None:
        parts.append(event.sub_event_type)
        if event.place is not None:
            parts.append(event.place.name)
    for phrase in (
        figure_phrase(story.figure("killed"), "killed"),
        figure_phrase(story.figure("injured"), "injured"),
    ):
        if phrase:
            parts.append(phrase)
    return " · ".join(parts) or None
