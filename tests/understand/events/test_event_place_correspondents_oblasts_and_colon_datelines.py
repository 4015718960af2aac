"""Where the event was, not where it was reported from or a namesake of it: a town named as
where a correspondent files from ("Reporting from Dakar, Senegal, ...") is never the event
place; an oblast written as its capital's name and "Region" or "oblast" ("Kaluga Region",
whose first-level area the gazetteer lists only as "Kaluzhskaya oblast'") is the oblast, not
the city; a town opening a line before a colon, the way South Asian papers date their
reports ("Pahalgam: ...", "Baisaran (Pahalgam): ..."), is found; an Indian wire's dateline
with its date and agency and no dash ("Srinagar, May 31 (IANS) Two militants ...") is where
the story was written.

Traps: the city's other mentions stay the city; a line opened by a label before a colon
("Update:") names no place. All sentences are written for these tests."""

from __future__ import annotations

from bot.understand.analyzer import Analyzer


def place_of(analyzer: Analyzer, title: str, text: str) -> tuple[str, str] | None:
    event = analyzer.analyze(title, text).event
    assert event is not None
    if event.place is None:
        return None
    return event.place.as_written, event.place.place.kind


def test_a_correspondent_s_town_is_not_the_event_place(analyzer: Analyzer) -> None:
    title = "Dozens killed as fighters attack trench diggers"
    text = (
        "Fighters opened fire on villagers digging trenches around the town on Saturday, "
        "killing dozens. Reporting from Dakar, Senegal, a correspondent said the attackers "
        "took weapons and an ambulance."
    )
    assert place_of(analyzer, title, text) is None


def test_a_correspondent_s_town_gives_way_to_the_event_s_country(analyzer: Analyzer) -> None:
    title = "Gunmen kill soldiers in army post attack"
    text = (
        "Gunmen killed 12 soldiers in an attack on an army post in Burkina Faso on Sunday. "
        "Speaking from Abidjan, Ivory Coast, our correspondent said reinforcements were sent."
    )
    assert place_of(analyzer, title, text) == ("Burkina Faso", "country")


def test_an_oblast_named_by_its_capital_and_region_is_the_oblast(analyzer: Analyzer) -> None:
    title = "Drone attack on Kaluga Region"
    text = "A drone struck an oil depot in Kaluga Region overnight, injuring two people."
    assert place_of(analyzer, title, text) == ("Kaluga Region", "admin1")


def test_the_city_s_other_mentions_stay_the_city(analyzer: Analyzer) -> None:
    title = "Drones downed south of Moscow"
    text = (
        "Air defences downed drones over the Tula oblast overnight, the governor said. "
        "Debris fell on a warehouse in Tula itself, but nobody was hurt."
    )
    kinds = {m.as_written: m.place.kind for m in analyzer.analyze(title, text).places}
    assert kinds.get("Tula oblast") == "admin1"
    assert kinds.get("Tula") == "city"


def test_a_town_opening_a_line_before_a_colon_is_found(analyzer: Analyzer) -> None:
    title = "Militants attack army post in India"
    text = (
        "Baisaran (Pahalgam): Militants attacked an army post on Tuesday, wounding three "
        "soldiers, officials in India said."
    )
    assert place_of(analyzer, title, text) == ("Pahalgam", "town")


def test_a_label_before_a_colon_names_no_place(analyzer: Analyzer) -> None:
    title = "Gunmen kill farmers"
    text = "Update: Gunmen killed five farmers in a village in Nigeria on Monday, police said."
    places = [m.as_written for m in analyzer.analyze(title, text).places]
    assert places == ["Nigeria"]


def test_an_indian_wire_s_dateline_is_where_the_story_was_written(analyzer: Analyzer) -> None:
    title = "Two militants killed in gunfight"
    text = (
        "Srinagar, May 31 (IANS) Two militants were killed on Thursday in a gunfight "
        "between security forces and militants in Kupwara district, police said."
    )
    assert place_of(analyzer, title, text) == ("Kupwara district", "admin2")
