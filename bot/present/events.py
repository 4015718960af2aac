"""One line for an event: "Air/drone strike · Hajin, Deir ez-Zor, Syria · at least 4 killed ·
9 injured". The place is named as `places` gives it (`answers.event_place_lines`: with the
town or area and the country that place it), else by its name alone; a stored event's site
(a named facility at that place) comes before it ("Al-Shifa Hospital, Gaza City, ...")."""

from __future__ import annotations

from collections.abc import Mapping

from bot.records import (
    Casualties,
    EventFacts,
    PlaceMention,
    ReportedFigure,
    StoredEvent,
    StoredPlace,
    Story,
)

NO_PLACES: Mapping[str, str] = {}
"""No place lines: each place by its name alone."""


def place_named(place: StoredPlace | PlaceMention, places: Mapping[str, str]) -> str:
    """An event place as its line names it ("Hajin, Deir ez-Zor, Syria"), else its name (a
    place the text named, with its country: "Hajin, Syria")."""
    key = place.place.key if isinstance(place, PlaceMention) else place.key
    found = places.get(key)
    if found:
        return found
    return place.place.label if isinstance(place, PlaceMention) else place.name


def where_phrase(event: EventFacts | StoredEvent, places: Mapping[str, str]) -> str | None:
    """Where the event happened: its site, then its place as `places` names it ("Al-Shifa
    Hospital, Gaza City, Palestine"); either alone when it has only one; None for neither."""
    site = event.site if isinstance(event, StoredEvent) else None
    place = None if event.place is None else place_named(event.place, places)
    named = [name for name in (None if site is None else site.name, place) if name]
    return ", ".join(named) or None


def casualty_phrase(casualties: Casualties, verb: str) -> str | None:
    """ "at least 4 killed", "4 killed", "none killed"; None when the text gives no figure."""
    if casualties.min is None:
        return None
    if casualties.min == 0:
        return f"none {verb}"
    return f"{'' if casualties.exact else 'at least '}{casualties.min} {verb}"


def event_line(event: EventFacts | StoredEvent, places: Mapping[str, str] = NO_PLACES) -> str:
    """The sub-event type, the event place (as `places` names it) and the figures the text
    gives, joined by " · "."""
    parts = [event.sub_event_type]
    where = where_phrase(event, places)
    if where:
        parts.append(where)
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


def story_event_line(story: Story, places: Mapping[str, str] = NO_PLACES) -> str | None:
    """A story's event line: its lead's sub-event type, site and place (as `places` names it),
    then the highest killed and injured figures any of its outlets reported, each with that
    outlet ("Air/drone strike · Hajin, Deir ez-Zor, Syria · at least 7 killed (Levant
    Daily)"); None when it has neither event nor figure."""
    event = story.lead.event
    parts = []
    if event is not None:
        parts.append(event.sub_event_type)
        where = where_phrase(event, places)
        if where:
            parts.append(where)
    for phrase in (
        figure_phrase(story.figure("killed"), "killed"),
        figure_phrase(story.figure("injured"), "injured"),
    ):
        if phrase:
            parts.append(phrase)
    return " · ".join(parts) or None
