"""A first-level area named like a region above countries ("la région du Sahel": Burkina
Faso's area and the wider belt) is the area only where the text names its country or a place
in it. Every sentence is written for the test."""

from __future__ import annotations

from bot.understand.places.gazetteer import Gazetteer
from tests.support.places import found

SAHEL = "cfg:sahel"
SAHEL_BURKINA = "gn:6930713"


def test_the_sahel_of_several_countries_is_the_wide_region(gaz: Gazetteer) -> None:
    text = "Les groupes armés multiplient les attaques dans la région du Sahel, du Mali au Niger."
    places = found(gaz, text, "fr")
    assert SAHEL in places
    assert SAHEL_BURKINA not in places


def test_the_sahel_region_of_burkina_faso_stays_the_area(gaz: Gazetteer) -> None:
    text = "L'armée a mené une opération dans la région du Sahel, près de Dori, au Burkina Faso."
    places = found(gaz, text, "fr")
    assert SAHEL_BURKINA in places
    assert SAHEL not in places


def test_the_wide_region_named_twice_is_one_place(gaz: Gazetteer) -> None:
    text = "Le Sahel souffre ; la région du Sahel compte des millions de déplacés."
    assert found(gaz, text, "fr") == {SAHEL: "Sahel"}
