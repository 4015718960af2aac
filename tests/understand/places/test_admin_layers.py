"""The second-level areas news names by their bare name (the counties of England and Ireland,
Scotland's council areas) are places, inside their country; one whose name is a common word or
a person's stays one only with support (`geodata._own_name`, the config's risky words)."""

from __future__ import annotations

import pytest

from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.towns import load_towns


def _found(gaz: Gazetteer, text: str) -> dict[str, tuple[str, str]]:
    """Written name -> the kind and country of the place found there."""
    return {m.as_written: (m.place.kind, m.place.country_code) for m in find_places(gaz, text)}


def test_an_english_county_named_alone_is_the_county(gaz: Gazetteer) -> None:
    found = _found(gaz, "Flood warnings were issued across Essex and Suffolk after days of rain.")
    assert found["Essex"] == ("admin2", "GB")
    assert found["Suffolk"] == ("admin2", "GB")


def test_a_scottish_council_area_named_alone_is_the_area(gaz: Gazetteer) -> None:
    found = _found(gaz, "Police in Fife are appealing for witnesses after a crash on Tuesday.")
    assert found["Fife"] == ("admin2", "GB")


def test_an_irish_county_is_a_place_of_ireland(gaz: Gazetteer) -> None:
    found = _found(gaz, "Three people were injured in a farm accident in County Tipperary.")
    assert found["County Tipperary"] == ("admin2", "IE")
    found = _found(gaz, "Gardaí in Tipperary said the road would stay closed overnight.")
    assert found["Tipperary"] == ("admin2", "IE")


def test_an_irish_province_is_a_first_level_area(gaz: Gazetteer) -> None:
    found = _found(gaz, "Storm damage was worst in Munster, the forecaster said.")
    assert found["Munster"] == ("admin1", "IE")


def test_a_county_named_like_a_surname_needs_support(gaz: Gazetteer) -> None:
    assert "Kent" not in _found(gaz, "Defence lawyer Sarah Kent said her client would appeal.")
    found = _found(gaz, "Migrants landed on beaches in Kent, the Home Office said, in England.")
    assert found["Kent"] == ("admin2", "GB")


def test_a_county_named_like_a_given_name_needs_support(gaz: Gazetteer) -> None:
    assert _found(gaz, "Kerry told reporters the talks would resume next week.") == {}
    found = _found(gaz, "Flooding closed roads across Kerry and Clare in Ireland on Sunday.")
    assert found["Kerry"] == ("admin2", "IE")
    assert found["Clare"] == ("admin2", "IE")


def test_an_area_named_like_a_city_of_its_country_stays_the_city(gaz: Gazetteer) -> None:
    found = _found(gaz, "Thousands marched through York, in northern England, on Saturday.")
    assert found["York"] == ("city", "GB")


def test_a_small_irish_town_is_placed_by_a_county_or_city_the_text_names(
    gaz: Gazetteer,
) -> None:
    text = "Gardaí in Tipperary said a man was arrested in Nenagh on Monday."
    found = {m.as_written: m.place for m in find_places(gaz, text)}
    assert (found["Nenagh"].kind, found["Nenagh"].country_code) == ("town", "IE")
    assert found["Nenagh"].lat is not None and 52.7 < found["Nenagh"].lat < 53.0
    text = "The council in Limerick said 40 families in Cahir were still waiting for homes."
    found = {m.as_written: m.place for m in find_places(gaz, text)}
    assert (found["Cahir"].kind, found["Cahir"].country_code) == ("town", "IE")


def test_the_small_towns_list_holds_every_first_level_area_by_its_code() -> None:
    towns = load_towns()
    if towns is None:
        pytest.skip("the small towns' list is not built")
    codes = set(towns.areas.values())
    assert {"IE.M", "IE.L", "IS.38", "LT.57"} <= codes


def test_a_small_town_before_its_county_lies_in_that_county(gaz: Gazetteer) -> None:
    [town, county] = find_places(gaz, "Two men were arrested in Nenagh, County Tipperary.")
    assert (town.as_written, county.as_written) == ("Nenagh", "County Tipperary")
    assert gaz.ancestors(town.place.key)[0] == county.place.key
    [town, county] = find_places(gaz, "A fire in Scottdale, Westmoreland County, destroyed a home.")
    assert (town.place.kind, county.place.kind) == ("town", "admin2")
    assert gaz.ancestors(town.place.key)[:2] == [county.place.key, "gn:6254927"]  # Pennsylvania


def test_a_small_town_across_a_state_line_is_placed_by_the_city_beside_it(
    gaz: Gazetteer,
) -> None:
    text = "Police in Kansas City, Kansas, said a man from Platte City was arrested."
    found = {m.as_written: m.place for m in find_places(gaz, text)}
    assert found["Platte City"].kind == "town"
    assert gaz.ancestors(found["Platte City"].key)[0] == "gn:4398678"  # Missouri
    text = "Police in Wichita, Kansas, said a man from Platte City was arrested."
    assert "Platte City" not in _found(gaz, text)


def test_a_small_town_before_its_country_and_a_time_lies_in_that_country(gaz: Gazetteer) -> None:
    for text in (
        "Cyclists raced through the hills of Weiswampach, Luxembourg yesterday.",
        "Cyclists raced through the hills of Weiswampach, Luxembourg on Sunday.",
    ):
        assert _found(gaz, text)["Weiswampach"] == ("town", "LU")
    assert "Mayfield" not in _found(gaz, "Police said Mayfield, Kentucky officials knew.")
