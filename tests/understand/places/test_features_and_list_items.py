"""Lakes, islands, mountain ranges, valleys, deltas and peninsulas the text names with their
word ("Lake Chad", "Snake Island", "the Qandil Mountains"): unlisted places inside the place
the text puts them in; the world's large islands no installed list names ("Mindanao",
"Sumatra", "Lesbos"); a town opening a list's item before its area ("June: Thruxton,
Hampshire")."""

from __future__ import annotations

from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer


def _found(gaz: Gazetteer, text: str) -> dict[str, tuple[str, str]]:
    """Written name -> the key and kind of the place found there."""
    return {m.as_written: (m.place.key, m.place.kind) for m in find_places(gaz, text)}


def test_a_lake_named_before_its_name_is_a_lake_in_the_place_near_it(gaz: Gazetteer) -> None:
    found = _found(gaz, "Gunmen attacked fishermen on Lake Chad near Baga in Borno State.")
    assert found["Lake Chad"] == ("unlisted:cfg:borno-state/lake-chad", "lake")
    found = _found(gaz, "Swans were found dead on the shore of Lake Erie near Monroe, Michigan.")
    assert found["Lake Erie"][1] == "lake"
    assert found["Lake Erie"][0].startswith("unlisted:gn:5002344/")  # Monroe, Michigan


def test_a_feature_named_with_its_word_after_is_a_place(gaz: Gazetteer) -> None:
    found = _found(gaz, "Ukrainian forces retook Snake Island in the Black Sea on Friday.")
    assert found["Snake Island"][1] == "island"
    found = _found(gaz, "Jets struck positions in the Qandil Mountains of northern Iraq.")
    assert found["Qandil Mountains"] == ("unlisted:cc:IQ/qandil-mountains", "landform")
    found = _found(gaz, "Floods swept farms across the Mekong Delta in Vietnam this week.")
    assert found["Mekong Delta"] == ("unlisted:cc:VN/mekong-delta", "landform")
    found = _found(gaz, "Boats capsized off Kiser Lake, north of Dayton, Ohio.")
    assert found["Kiser Lake"][1] == "lake"


def test_a_listed_place_named_with_a_feature_word_stays_that_place(gaz: Gazetteer) -> None:
    found = _found(gaz, "Taliban fighters entered the Panjshir Valley on Monday.")
    assert found == {"Panjshir": ("gn:6957555", "admin1")}
    assert "Salt Lake City" in _found(gaz, "Salt Lake City police arrested a man from Utah.")


def test_a_feature_word_in_a_longer_name_or_a_person_names_no_feature(gaz: Gazetteer) -> None:
    found = _found(gaz, "Thames Valley Police said a man was arrested in Oxford.")
    assert not any("Valley" in name for name in found)
    found = _found(gaz, "Ricki Lake said she would film the show in Texas.")
    assert not any("Lake" in name for name in found)
    found = _found(gaz, "The gala was cancelled, organisers in Houston, Texas said.")
    assert not any(kind in ("lake", "island", "landform") for _, kind in found.values())


def test_a_large_island_is_a_place_of_its_country(gaz: Gazetteer) -> None:
    found = {m.as_written: m.place for m in find_places(gaz, "Soldiers were flown to Mindanao.")}
    assert found["Mindanao"].country_code == "PH"
    found = {m.as_written: m.place for m in find_places(gaz, "Boats landed on Lesbos overnight.")}
    assert found["Lesbos"].country_code == "GR"
    found = _found(gaz, "Villages in New Guinea were cut off.")
    assert "Guinea" not in found  # the island, not the country Guinea
    assert found["New Guinea"] == ("cfg:new-guinea", "region")


def test_an_island_named_like_a_common_word_needs_support(gaz: Gazetteer) -> None:
    assert _found(gaz, "She writes Java code for a bank.") == {}
    assert "Java" in _found(gaz, "Troops landed on Java, Indonesia's most populous island.")


def test_a_town_opening_a_list_item_before_its_area_is_a_town_there(gaz: Gazetteer) -> None:
    found = _found(gaz, "The rounds: 19 May: Thruxton, Hampshire. 9 June: Croft, Yorkshire.")
    assert found["Thruxton"] == ("unlisted:gn:2647554/thruxton", "town")
    assert found["Croft"] == ("unlisted:cfg:yorkshire/croft", "town")
    found = _found(gaz, "Sites were Pailin, Cambodia; Binh Phuoc, Vietnam; and Kilifi, Kenya.")
    assert found["Binh Phuoc"] == ("unlisted:cc:VN/binh-phuoc", "town")


def test_a_person_opening_a_list_item_is_no_town(gaz: Gazetteer) -> None:
    found = _found(gaz, "Editing: Jane Doe, Nigeria. Photos: Dr. Smith, Kenya.")
    assert set(found) == {"Nigeria", "Kenya"}
