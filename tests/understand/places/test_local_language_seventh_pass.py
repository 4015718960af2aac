"""Russian and Ukrainian reports, a seventh pass (issue 18): a list of villages closed by
their raion ("... Синьківка та Іванівка Куп'янського району") names villages of that raion,
those the gazetteer does not know among them, and not namesakes in other oblasts; a raion
named by the abbreviation "р-н" ("в Изюмском р-не"). Sentences of our own."""

from __future__ import annotations

from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.unlisted import PREFIX
from tests.support.places import keys_by_written

KUPIANSK_RAION = "cfg:kupiansk-district"
KHARKIV_OBLAST = "cfg:kharkiv-oblast"
KHARKIV = "gn:706483"
POLTAVA = "gn:696643"
IZIUM_RAION = "cfg:izium-district"
BOHODUKHIV_RAION = "gn:711892"
DONETSK_OBLAST = "cfg:donetsk-oblast"


def test_a_list_closed_by_its_raion_names_villages_of_that_raion(gaz: Gazetteer) -> None:
    text = (
        "Уночі окупанти били з артилерії, а вдень під обстрілом були Веселе, Петропавлівка, "
        "Синьківка та Іванівка Куп'янського району."
    )
    found = keys_by_written(gaz, text, "uk")
    assert found["Синьківка"] == f"{PREFIX}{KUPIANSK_RAION}/синьківка"
    for name in ("Веселе", "Петропавлівка", "Іванівка"):  # not namesakes of another oblast
        assert KHARKIV_OBLAST in gaz.admin1_keys(found[name])


def test_a_russian_list_closed_by_its_raion(gaz: Gazetteer) -> None:
    text = "Под обстрелом были Двуречная, Кучеровка, Синьковка и Петропавловка Купянского района."
    found = keys_by_written(gaz, text, "ru")
    assert found["Кучеровка"] == f"{PREFIX}{KUPIANSK_RAION}/кучеровка"
    assert found["Синьковка"] == f"{PREFIX}{KUPIANSK_RAION}/синьковка"


def test_cities_of_other_oblasts_before_a_raion_stay_themselves(gaz: Gazetteer) -> None:
    text = "Сирени лунали у Харкові, Полтаві та Краснопіллі Сумського району."
    found = keys_by_written(gaz, text, "uk")
    assert found["Харкові"] == KHARKIV
    assert found["Полтаві"] == POLTAVA


def test_a_list_of_hromadas_by_their_adjectives_names_no_village(gaz: Gazetteer) -> None:
    text = "Без світла лишилися мешканці Білопільської, Краснопільської та Хотінської громад."
    found = find_places(gaz, text, language="uk")
    assert found
    assert all(m.place.kind != "village" for m in found)


def test_a_raion_named_by_its_abbreviated_noun(gaz: Gazetteer) -> None:
    assert keys_by_written(gaz, "Снаряд упал в Изюмском р-не, повреждён дом.", "ru") == {
        "Изюмском р-не": IZIUM_RAION
    }
    found = keys_by_written(
        gaz, "Уранці обстріляли Куп'янський р-н; у Богодухівському р-ні тихо.", "uk"
    )
    assert found["Куп'янський р-н"] == KUPIANSK_RAION
    assert found["Богодухівському р-ні"] == BOHODUKHIV_RAION  # not a city's namesake district


def test_a_citys_district_by_its_abbreviated_noun(gaz: Gazetteer) -> None:
    found = keys_by_written(gaz, "Уламки впали у Шевченківському р-ні Харкова.", "uk")
    assert found["Шевченківському р-ні"] == f"{PREFIX}{KHARKIV}/шевченківськ-raion"
    assert found["Харкова"] == KHARKIV


def test_a_raion_named_after_a_ka_town_lies_in_the_oblast_the_text_names(
    gaz: Gazetteer,
) -> None:
    text = "На Донеччині неспокійно. У Великоновосілківському районі поранено двох."
    found = keys_by_written(gaz, text, "uk")
    assert found["Великоновосілківському районі"] == (
        f"{PREFIX}{DONETSK_OBLAST}/великоновосілківськ-raion"
    )  # the raion of Велика Новосілка, whose adjective keeps the "к" of "-ка"
