"""Small towns of the list placed in a country the text names, anywhere in it ("in
Cloughjordan" in a text naming Ireland), and by "at" ("a market at Wana"), where the name is
no common word, person or organisation."""

from __future__ import annotations

from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer


def _towns(gaz: Gazetteer, text: str) -> dict[str, str]:
    return {
        m.as_written: m.place.country_code for m in find_places(gaz, text) if m.place.kind == "town"
    }


def test_a_town_placed_in_a_country_the_text_names(gaz: Gazetteer) -> None:
    text = (
        "Housing officials in Ireland said 36 families in Cloughjordan are still waiting "
        "for a home, according to Dennis van Dorp, who leads the tenants' group. A meeting "
        "at Nenagh Hospital was put off, and Mayor Ballina said in Ballina that more would come."
    )
    assert _towns(gaz, text) == {"Cloughjordan": "IE"}


def test_a_town_placed_by_at_in_a_country_the_text_names(gaz: Gazetteer) -> None:
    text = (
        "The army chief opened a new market at Wana on Thursday, the military of Pakistan said. "
        "Many residents attended."
    )
    assert _towns(gaz, text) == {"Wana": "PK"}
