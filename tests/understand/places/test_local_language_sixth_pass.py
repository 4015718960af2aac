"""Russian and Ukrainian reports, a sixth pass (issue 18): Russian towns in their Ukrainian
spelling, which GeoNames seldom holds, and names joined by a preposition to their river
("Ростов-на-Дону"), whose first word declines. Sentences of our own."""

from __future__ import annotations

from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.unlisted import PREFIX

RYLSK = "gn:695019"
NOVOSHAKHTINSK = "gn:517963"
BATAYSK = "gn:578740"
SHEBEKINO = "gn:495112"
ROSTOV_ON_DON = "gn:501175"
KURSK = "gn:538560"
BELGOROD = "gn:578072"


def _written(gaz: Gazetteer, text: str, language: str) -> dict[str, set[str]]:
    """Place key -> every form the text writes it in."""
    return {
        m.place.key: {written for _, _, written in m.spans}
        for m in find_places(gaz, text, language=language)
    }


def test_russian_towns_in_their_ukrainian_spelling(gaz: Gazetteer) -> None:
    text = (
        "Уночі вибухи чули в Рильську, Батайську та Новошахтинську, а зранку губернатор "
        "повідомив про вибух у Шебекіно."
    )
    found = _written(gaz, text, "uk")
    assert found.get(RYLSK) == {"Рильську"}
    assert found.get(BATAYSK) == {"Батайську"}
    assert found.get(NOVOSHAKHTINSK) == {"Новошахтинську"}
    assert SHEBEKINO in found


def test_a_russian_town_named_by_an_adjective_is_no_ukrainian_common_word(
    gaz: Gazetteer,
) -> None:
    text = "Мирний житель загинув у Харкові, повідомив Синєгубов."
    found = find_places(gaz, text, language="uk")
    assert all(m.place.country_code == "UA" for m in found)  # not Russia's Мирный


def test_a_town_joined_to_its_river_declines_its_first_word(gaz: Gazetteer) -> None:
    text = "Вибухи пролунали у Ростові-на-Дону; мешканці Ростова-на-Дону чули сирени."
    assert _written(gaz, text, "uk").get(ROSTOV_ON_DON) == {"Ростові-на-Дону", "Ростова-на-Дону"}


def test_a_citys_okrug_named_right_before_the_city(gaz: Gazetteer) -> None:
    text = "Обломки беспилотника упали в Сеймском округе Курска, повреждены окна домов."
    okrugs = [m for m in find_places(gaz, text, language="ru") if "Сеймск" in m.as_written]
    assert [m.place.key for m in okrugs] == [f"{PREFIX}{KURSK}/сеимск-okrug"]  # inside Kursk


def test_a_municipal_okrug_is_no_citys_okrug(gaz: Gazetteer) -> None:
    text = "В Белгороде сбит дрон. Также атакован поселок в Грайворонском округе."
    found = find_places(gaz, text, language="ru")
    assert not any(m.place.key.startswith(f"{PREFIX}{BELGOROD}/") for m in found)
