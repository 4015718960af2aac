"""Seas, gulfs, straits and oceans are places of their own kind: found in English, French,
Russian, Ukrainian and Arabic text, with a point and no parent; a place named inside a water
body's name is not named, nor is a water body inside a unit's or a company's name or naming
the land on its shore ("the Black Sea port of Odesa")."""

from __future__ import annotations

import pytest

from bot.understand.places import find_places, resolve_query
from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.inflect import case_forms
from bot.understand.places.normalize import name_key
from bot.understand.places.waters import SEA, read_waters
from tests.understand.places.test_local_languages import found

RED_SEA, BLACK_SEA, GULF_OF_ADEN = "cfg:red-sea", "cfg:black-sea", "cfg:gulf-of-aden"


def test_a_ship_attacked_in_a_sea_is_placed_in_the_sea(gaz: Gazetteer) -> None:
    text = "Houthi rebels fired two missiles at a container ship in the Red Sea on Tuesday."
    [mention] = find_places(gaz, text)
    sea = mention.place
    assert (sea.key, sea.kind, mention.as_written) == (RED_SEA, SEA, "Red Sea")
    assert sea.lat is not None and sea.lon is not None and 15 < sea.lat < 25 < 35 < sea.lon < 42
    assert gaz.ancestors(sea.key) == [], "a country's briefing does not take its seas' news"


@pytest.mark.parametrize(
    ("text", "key", "written", "not_named"),
    [
        (
            "Pirates seized a bulk carrier in the Gulf of Aden off Somalia, the navy said.",
            GULF_OF_ADEN,
            "Gulf of Aden",
            "Aden",
        ),
        (
            "A cargo ship hit a mine in the Sea of Azov after leaving the port with grain.",
            "cfg:sea-of-azov",
            "Sea of Azov",
            "Azov",
        ),
        (
            "Iran threatened to close the Strait of Hormuz to tankers carrying crude oil.",
            "cfg:strait-of-hormuz",
            "Strait of Hormuz",
            "Hormuz",
        ),
    ],
)
def test_a_place_inside_a_water_bodys_name_is_not_named(
    gaz: Gazetteer, text: str, key: str, written: str, not_named: str
) -> None:
    places = found(gaz, text)
    assert places[key] == written
    assert not_named not in places.values()


@pytest.mark.parametrize(
    "text",
    [
        "The commander of the Black Sea Fleet was replaced after the loss of its flagship, "
        "officials in the ministry said on a call with reporters.",
        "Red Sea Global said its new resort would open to visitors next year, according to a "
        "statement released by the developer on its website.",
        "Ministers from the coastal states gathered for the Caspian Sea Region Forum, which "
        "was held this week for the third time since it was founded.",
        "A senior fellow at the Atlantic Council said the talks had made little progress on "
        "the questions that matter most to the negotiators.",
    ],
)
def test_a_water_body_inside_a_units_or_companys_name_is_no_place(
    gaz: Gazetteer, text: str
) -> None:
    assert not [m for m in find_places(gaz, text) if m.place.kind == SEA]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("A missile struck the Black Sea port of Odesa overnight, the governor said.", "Odesa"),
        ("Shelling damaged homes in Berdiansk on the Sea of Azov coast on Friday.", "Berdiansk"),
    ],
)
def test_a_water_body_naming_the_land_on_its_shore_is_no_place(
    gaz: Gazetteer, text: str, town: str
) -> None:
    places = find_places(gaz, text)
    assert [m.as_written for m in places] == [town], "the port and the coast are on land"


def test_a_water_body_in_a_title_case_headline_stays_a_place(gaz: Gazetteer) -> None:
    places = found(gaz, "Houthis Attack Ship In Red Sea Near Yemen")
    assert places[RED_SEA] == "Red Sea"


@pytest.mark.parametrize(
    ("text", "key", "written"),
    [
        ("Un navire a été visé par un missile en mer Rouge, selon l'armée.", RED_SEA, "mer Rouge"),
        ("Des pirates ont attaqué un cargo dans le golfe d'Aden.", GULF_OF_ADEN, "golfe d'Aden"),
        ("Морські дрони атакували корабель у Чорному морі вночі.", BLACK_SEA, "Чорному морі"),
        ("Российский десантный корабль поврежден в Черном море.", BLACK_SEA, "Черном море"),
        ("Ракета влучила в судно поблизу Керченської протоки.", "cfg:kerch-strait",
         "Керченської протоки"),
        ("أعلن الحوثيون استهداف سفينة في البحر الأحمر فجر اليوم.", RED_SEA, "البحر الأحمر"),
        ("احتجز قراصنة سفينة شحن في خليج عدن.", GULF_OF_ADEN, "خليج عدن"),
    ],
)  # fmt: skip
def test_a_water_body_named_in_another_language(
    gaz: Gazetteer, text: str, key: str, written: str
) -> None:
    assert found(gaz, text).get(key) == written


def test_a_neuter_sea_name_is_declined_in_both_words() -> None:
    assert {" чорному морі ", " чорного моря "} <= case_forms(name_key("Чорне море"))
    assert {" черном море ", " черным морем "} <= case_forms(name_key("Черное море"))


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Red Sea", "Red Sea"),
        ("Bab al-Mandab", "Bab el-Mandeb"),
        ("Persian Gulf", "Persian Gulf"),
        ("Arabian Gulf", "Persian Gulf"),
        ("Black sea", "Black Sea"),
    ],
)
def test_a_user_can_ask_for_a_water_body(gaz: Gazetteer, query: str, name: str) -> None:
    best = resolve_query(gaz, query).best
    assert best is not None and (best.name, best.kind) == (name, SEA)


def test_every_listed_water_body_is_a_place_with_a_point(gaz: Gazetteer) -> None:
    waters = read_waters()
    assert len(waters) >= 100
    for entry in waters:
        place = gaz.lookup(entry["name"])[0]
        assert place.kind == SEA, entry["name"]
        assert place.lat is not None and -90 <= place.lat <= 90, entry["name"]
        assert place.lon is not None and -180 <= place.lon <= 180, entry["name"]
