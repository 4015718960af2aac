"""An area word in capitals, peninsulas several
countries share, and a language after "in": what reporting writes and the tagger misread."""

from __future__ import annotations

import pytest

from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer


def test_a_language_after_in_is_no_town(gaz: Gazetteer) -> None:
    text = "Police in Mississauga, Ontario, said the man shouted in Spanish before he fled."
    assert [m.as_written for m in find_places(gaz, text)] == ["Mississauga", "Ontario"]


def test_an_unlisted_town_before_an_area_written_with_its_capitalised_word(
    gaz: Gazetteer,
) -> None:
    text = "Hundreds of migrants camped in Tlacotepec Nuevo, Oaxaca State, on Wednesday."
    found = {m.as_written: m.place for m in find_places(gaz, text)}
    assert found["Tlacotepec Nuevo"].kind == "town"
    assert gaz.ancestors(found["Tlacotepec Nuevo"].key)[0] == found["Oaxaca"].key


@pytest.mark.parametrize(
    ("text", "members"),
    [
        ("Talks aim to bring peace to the Korean Peninsula, Seoul said.", {"KP", "KR"}),
        ("Drones were launched across the Arabian Peninsula overnight.", {"SA", "YE"}),
    ],
)
def test_a_peninsula_several_countries_share_is_a_region_above_them(
    gaz: Gazetteer, text: str, members: set[str]
) -> None:
    [region] = [m.place for m in find_places(gaz, text) if m.place.kind == "region"]
    assert members <= {gaz.places[k].country_code for k in gaz.containing(region.key)}
