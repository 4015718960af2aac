"""Features named after a country ("the Jordan Valley", "the Niger Delta", "the Congo Basin"):
the feature, never the country; a name taken from one ("the Niger Delta Liberation Front")
names no place. A people's word before a kind word ("a Fulani village") and a title before
"Park" ("President Park") name none either."""

from __future__ import annotations

from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer


def _found(gaz: Gazetteer, text: str) -> dict[str, tuple[str, str]]:
    """Written name -> the key and kind of the place found there."""
    return {m.as_written: (m.place.key, m.place.kind) for m in find_places(gaz, text)}


def _keys(gaz: Gazetteer, text: str) -> list[str]:
    return [m.place.key for m in find_places(gaz, text)]


def test_a_country_named_feature_is_the_feature_in_the_place_near_it(gaz: Gazetteer) -> None:
    text = "Settlers burned olive groves in the Jordan Valley near Jericho."
    found = _found(gaz, text)
    assert found["Jordan Valley"][1] == "landform"
    assert found["Jordan Valley"][0].startswith("unlisted:gn:284899/")  # Jericho
    assert "cc:JO" not in _keys(gaz, text)
    text = "Gunmen kidnapped oil workers in the Niger Delta. Nigeria's navy sent patrol boats."
    assert _found(gaz, text)["Niger Delta"] == ("unlisted:cc:NG/niger-delta", "landform")
    assert "cc:NE" not in _keys(gaz, text)
    found = _found(gaz, "Loggers cleared forest in the Congo Basin last year.")
    assert found["Congo Basin"] == ("unlisted:cc:CD/congo-basin", "landform")


def test_a_country_named_feature_is_one_place_however_often_named(gaz: Gazetteer) -> None:
    text = (
        "Herders moved into the Jordan Valley near Jericho. Farmers in the Jordan Valley say "
        "wells near Tubas ran dry."
    )
    valley = [m for m in find_places(gaz, text) if m.as_written == "Jordan Valley"]
    assert len(valley) == 1 and len(valley[0].mentions) == 2


def test_a_name_taken_from_a_country_named_feature_names_no_place(gaz: Gazetteer) -> None:
    keys = _keys(gaz, "The Niger Delta Liberation Front claimed the attack near Warri.")
    assert "cc:NE" not in keys
    assert "gn:2565341" not in keys  # Delta State, read from the group's name
    assert "gn:2319133" in keys  # Warri


def test_a_peoples_word_before_a_kind_word_names_no_place(gaz: Gazetteer) -> None:
    found = _found(gaz, "Drones hit a Palestinian village near Nablus at dawn.")
    assert list(found) == ["Nablus"]
    found = _found(gaz, "Gunmen torched a Fulani village in Plateau State, Nigeria.")
    assert "Fulani" not in found
    found = _found(gaz, "Shells fell on a Russian village near the border with Ukraine.")
    assert "Russian" not in found


def test_a_title_before_park_names_a_person_not_a_park(gaz: Gazetteer) -> None:
    found = _found(gaz, "Former President Park was sentenced by a court in Seoul.")
    assert list(found) == ["Seoul"]
    assert "Knox Park" in _found(gaz, "Police searched Knox Park in Dallas after the shooting.")


def test_a_country_named_feature_is_never_put_in_a_far_datelines_country(gaz: Gazetteer) -> None:
    text = (
        "LONDON (Reuters) - An oil company said on Monday that armed men blew up a pipeline "
        "in the Niger Delta overnight."
    )
    found = _found(gaz, text)
    assert found["Niger Delta"][1] == "landform"
    assert not found["Niger Delta"][0].startswith(("unlisted:cc:GB", "unlisted:gn:2643743"))
