"""Russian and Ukrainian reports, a seventh pass (issue 18): a list of villages closed by
their raion ("... Синьківка та Іванівка Куп'янського району") names villages of that raion,
those the gazetteer does not know among them, and not namesakes in other oblasts. Sentences
of our own."""

from __future__ import annotations

from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.unlisted import PREFIX

KUPIANSK_RAION = "cfg:kupiansk-district"
KHARKIV_OBLAST = "cfg:kharkiv-oblast"
KHARKIV = "gn:706483"
POLTAVA = "gn:696643"


def _by_name(gaz: Gazetteer, text: str, language: str) -> dict[str, str]:
    """Each form the text writes -> the key of the place it names."""
    return {
        written: m.place.key
        for m in find_places(gaz, text, language=language)
        for _, _, written in m.spans
    }


def test_a_list_closed_by_its_raion_names_villages_of_that_raion(gaz: Gazetteer) -> None:
    text = (
        "Уночі окупанти били з артилерії, а вдень під обстрілом були Веселе, Петропавлівка, "
        "Синьківка та Іванівка Куп'янського району."
    )
    found = _by_name(gaz, text, "uk")
    assert found["Синьківка"] == f"{PREFIX}{KUPIANSK_RAION}/синьківка"
    for name in ("Веселе", "Петропавлівка", "Іванівка"):  # not namesakes of another oblast
        assert KHARKIV_OBLAST in gaz.admin1_keys(found[name])


def test_a_russian_list_closed_by_its_raion(gaz: Gazetteer) -> None:
    text = "Под обстрелом были Двуречная, Кучеровка, Синьковка и Петропавловка Купянского района."
    found = _by_name(gaz, text, "ru")
    assert found["Кучеровка"] == f"{PREFIX}{KUPIANSK_RAION}/кучеровка"
    assert found["Синьковка"] == f"{PREFIX}{KUPIANSK_RAION}/синьковка"


def test_cities_of_other_oblasts_before_a_raion_stay_themselves(gaz: Gazetteer) -> None:
    text = "Сирени лунали у Харкові, Полтаві та Краснопіллі Сумського району."
    found = _by_name(gaz, text, "uk")
    assert found["Харкові"] == KHARKIV
    assert found["Полтаві"] == POLTAVA


def test_a_list_of_hromadas_by_their_adjectives_names_no_village(gaz: Gazetteer) -> None:
    text = "Без світла лишилися мешканці Білопільської, Краснопільської та Хотінської громад."
    found = find_places(gaz, text, language="uk")
    assert found
    assert all(m.place.kind != "village" for m in found)
