"""What the text says outright about the event's place: a clause saying where it took place,
a place set inside or measured from another, an event told of several places, a place
named as a war's theatre or for its state."""

from __future__ import annotations

import pytest

from bot.understand.analyzer import Analyzer


def _event_place(analyzer: Analyzer, title: str, text: str) -> str | None:
    event = analyzer.analyze(title, text).event
    assert event is not None
    return None if event.place is None else event.place.as_written


def test_a_clause_saying_where_the_attack_took_place_names_the_event_place(
    analyzer: Analyzer,
) -> None:
    assert (
        _event_place(
            analyzer,
            "Air strike kills six in Gaza City",
            "An air strike on a family home killed six people on Sunday, health officials said. "
            "Rescuers worked through the night. Neighbours said the children had been asleep. "
            "Ambulances took the wounded to a nearby hospital. The strike took place in the "
            "Tal al-Hawa neighbourhood, residents said.",
        )
        == "Tal al-Hawa"
    )


def test_a_clause_about_other_events_does_not_move_the_event_place(analyzer: Analyzer) -> None:
    assert (
        _event_place(
            analyzer,
            "Rebel shelling kills two in Goma",
            "Rebels shelled a market in Goma on Tuesday, killing two people, the army said. "
            "Other attacks took place in Beni and Butembo.",
        )
        == "Goma"
    )


def test_a_village_set_in_a_towns_area_is_the_event_place(analyzer: Analyzer) -> None:
    assert (
        _event_place(
            analyzer,
            "Gunmen kill seven traders in Zamfara",
            "Gunmen attacked a village market in Moriki, in Zurmi local government area, on "
            "Friday, killing seven traders, residents said.",
        )
        == "Moriki"
    )


def test_a_place_measured_from_the_town_the_attack_was_near_is_the_event_place(
    analyzer: Analyzer,
) -> None:
    assert (
        _event_place(
            analyzer,
            "Militants kill three police officers near Kirkuk",
            "Militants attacked a police post near the city of Kirkuk on Monday, killing three "
            "officers, police said. Reinforcements were sent from the city. The officers had "
            "held the post for a month. Residents heard gunfire for an hour. The post lies "
            "outside Daquq, 45 km south of Kirkuk, a police source said.",
        )
        == "Daquq"
    )


def test_a_place_measured_from_the_town_the_attack_was_in_stays_background(
    analyzer: Analyzer,
) -> None:
    place = _event_place(
        analyzer,
        "Car bomb kills four in Kirkuk",
        "A car bomb exploded at a market in Kirkuk on Monday, killing four people, police said. "
        "Reinforcements were sent to the area. Shops were closed. Residents heard the blast "
        "across the city. Police said the bomber "
        "came from Daquq, 45 km south of Kirkuk.",
    )
    assert place == "Kirkuk"


def test_an_event_told_of_several_towns_has_no_one_event_place(analyzer: Analyzer) -> None:
    assert (
        _event_place(
            analyzer,
            "Russian missiles hit four Ukrainian cities, killing nine",
            "Russian missiles struck four Ukrainian cities overnight, killing nine people, "
            "officials said. In Kharkiv, five people were killed; in Dnipro, two.",
        )
        is None
    )


def test_a_clause_saying_the_event_took_place_in_towns_apart_gives_no_one_place(
    analyzer: Analyzer,
) -> None:
    assert (
        _event_place(
            analyzer,
            "Russian drone strikes kill two, wound 20 overnight",
            "Russian drone strikes killed two people and wounded 20 overnight, Ukrainian "
            "officials said. Most of the damage occurred in Odesa, Dnipro and Kharkiv.",
        )
        is None
    )


def test_an_event_told_of_several_villages_keeps_the_area_holding_them(
    analyzer: Analyzer,
) -> None:
    assert (
        _event_place(
            analyzer,
            "Gunmen kill 30 in raids on villages",
            "Gunmen killed 30 people in raids on three villages in Zamfara State on Sunday, "
            "police said.",
        )
        == "Zamfara State"
    )


def test_a_town_named_as_a_wars_theatre_is_not_the_event_place(analyzer: Analyzer) -> None:
    assert (
        _event_place(
            analyzer,
            "",
            "Rebels shelled a market in Kinshasa on Tuesday, killing two people, the army said, "
            "in a widening of the conflict in Goma.",
        )
        == "Kinshasa"
    )


def test_a_capital_named_for_its_government_is_not_the_event_place(analyzer: Analyzer) -> None:
    assert (
        _event_place(
            analyzer,
            "",
            "Air defences shot down a drone over Moscow overnight and falling debris injured two "
            "people, the ministry said, blaming the Kyiv regime.",
        )
        == "Moscow"
    )


def test_a_town_named_for_its_own_military_administration_stays_the_event_place(
    analyzer: Analyzer,
) -> None:
    assert (
        _event_place(
            analyzer,
            "",
            "A Russian missile strike killed one person and injured three overnight, the Kyiv "
            "military administration said.",
        )
        == "Kyiv"
    )


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Clashes between the army and the rebels killed nine civilians in Omdurman on "
            "Friday, a medical group said, while drone strikes hit Port Sudan.",
            "Omdurman",
        ),
        (
            "As air strikes pounded Rafah overnight, gunmen shot dead four villagers in Khan "
            "Younis, the agency said.",
            "Khan Yunis",
        ),
    ],
)
def test_a_clause_about_what_else_went_on_gives_no_event_place(
    analyzer: Analyzer, text: str, place: str
) -> None:
    event = analyzer.analyze(title="", text=text).event
    assert event is not None and event.place is not None
    assert event.place.place.name == place


@pytest.mark.parametrize(
    ("title", "text", "place"),
    [
        (
            "Drone strike hits power station near Khartoum",
            "Drones launched by the paramilitary Rapid Support Forces struck a power station "
            "north of Khartoum early on Tuesday, plunging the capital and neighbouring Omdurman "
            "into darkness, the electricity company said.",
            "Khartoum",
        ),
        (
            "Russian missiles hit substation in Kharkiv region",
            "Russian missiles struck an electrical substation in the Kharkiv region overnight, "
            "leaving Kupiansk without power, the regional governor said.",
            "Kharkiv region",
        ),
        (
            "Drone attack on Kherson substation",
            "A Russian drone hit a substation in Kherson on Sunday, cutting power to Bilozerka "
            "and nearby villages, officials said.",
            "Kherson",
        ),
        (
            "Gunmen kill 10 in Nigeria",
            "Gunmen killed 10 villagers on Saturday and the wounded were taken to a hospital in "
            "Kaduna, police said.",
            "Nigeria",
        ),
        (
            "RSF shelling kills 12 in North Darfur",
            "Paramilitary shelling killed 12 civilians on Monday, forcing thousands of families "
            "to flee towards Tawila, aid workers said.",
            "North Darfur",
        ),
        (
            "Air strike kills nine in Sudan's South Kordofan",
            "An army air strike killed nine people at a market on Friday, and hospitals in "
            "Kadugli received dozens of wounded, a local rights group said.",
            "South Kordofan",
        ),
    ],
)
def test_a_place_named_only_as_suffering_the_consequences_is_not_the_event_place(
    analyzer: Analyzer, title: str, text: str, place: str
) -> None:
    assert _event_place(analyzer, title, text) == place


@pytest.mark.parametrize(
    ("title", "text", "place"),
    [
        (
            "Drone hits Sudan power station",
            "An RSF drone hit a power station in Omdurman on Wednesday, plunging Khartoum into "
            "darkness, the power company said.",
            "Omdurman",
        ),
        (
            "Shelling kills five in Ukraine",
            "Five people were killed when Russian shells hit Kupiansk on Monday, leaving the "
            "town without power, officials said.",
            "Kupiansk",
        ),
        (
            "RSF attack on Darfur camp",
            "Thousands of families fled to Tawila after RSF fighters stormed the Zamzam camp on "
            "Friday, killing at least 20 people, aid groups said.",
            "Zamzam camp",
        ),
        (
            "RSF attack on Darfur camp kills 12",
            "RSF fighters attacked displaced people who had fled to the Zamzam camp on Friday, "
            "killing 12, aid groups said.",
            "Zamzam camp",
        ),
    ],
)
def test_the_place_struck_stays_the_event_place_beside_the_places_suffering(
    analyzer: Analyzer, title: str, text: str, place: str
) -> None:
    assert _event_place(analyzer, title, text) == place


def test_a_stated_clause_holds_one_of_its_words() -> None:
    """`stated_places` reads a text for its clause only when it holds one of the clause's
    words, lower-cased: every clause the regex finds holds one, whatever its case."""
    from bot.understand.events.placing import _STATED, _STATED_WORDS

    text = (
        "The attack TOOK PLACE in Odesa. It Happened at dawn. The blast occurred at a depot. "
        "Officials said the raid had taken place in a village."
    )
    clauses = list(_STATED.finditer(text))
    assert len(clauses) == 4
    for clause in clauses:
        assert any(word in clause.group().lower() for word in _STATED_WORDS)
