"""Russian and Ukrainian regional reports: settlement lists whose names other places bear,
an oblast's adjective with its noun left out, adjectives sharing a front's noun, hromadas
named after towns several places are called, villages before their hromada."""

from __future__ import annotations

from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer
from tests.understand.places.test_local_languages import found

KHERSON_OBLAST = "cfg:kherson-oblast"
DNIPROPETROVSK_OBLAST = "cfg:dnipropetrovsk-oblast"
DONETSK_OBLAST = "cfg:donetsk-oblast"
SUMY_OBLAST = "cfg:sumy-oblast"
BRYANSK_OBLAST = "cfg:bryansk-oblast"
BOHODUKHIV_RAION = "gn:711892"


def areas_of(gaz: Gazetteer, text: str, language: str) -> dict[str, tuple[str, ...]]:
    """Each name as written and the first-level areas of the place it is read as."""
    return {
        m.as_written: gaz.admin1_keys(m.place.key)
        for m in find_places(gaz, text, language=language)
    }


def test_a_list_naming_a_village_called_like_a_far_city_stays_one_oblasts(
    gaz: Gazetteer,
) -> None:
    areas = areas_of(
        gaz,
        "На Херсонщині під обстрілами перебували Антонівка, Олександрівка, Молодіжне, "
        "Білозерка, Станіслав та Садове.",
        "uk",
    )
    assert areas["Олександрівка"] == (KHERSON_OBLAST,)  # no old name of Donetsk
    assert areas["Молодіжне"] == (KHERSON_OBLAST,)


def test_a_list_running_into_its_oblast_is_that_oblasts(gaz: Gazetteer) -> None:
    areas = areas_of(
        gaz,
        "Армия заявила о контроле над селами Сосновка, Зеленое и Ивановка "
        "Днепропетровской области.",
        "ru",
    )
    for name in ("Сосновка", "Зеленое", "Ивановка"):
        assert areas[name] == (DNIPROPETROVSK_OBLAST,)


def test_a_settlement_named_by_its_general_kind_word(gaz: Gazetteer) -> None:
    areas = areas_of(
        gaz, "Военные сообщили о взятии населенного пункта Вишневое Днепропетровской области.", "ru"
    )
    assert areas["Вишневое"] == (DNIPROPETROVSK_OBLAST,)


def test_oblasts_named_by_their_adjective_alone_beside_one_with_its_noun(
    gaz: Gazetteer,
) -> None:
    places = found(
        gaz,
        "Ночью сбиты 20 дронов: 12 — над Курской областью, 5 — над Брянской, 3 — над Орловской.",
    )
    assert places[BRYANSK_OBLAST] == "Брянской"
    assert "gn:514801" in places  # Oryol Oblast


def test_an_adjective_alone_before_a_noun_is_no_oblast(gaz: Gazetteer) -> None:
    places = found(gaz, "Ветераны Курской битвы и Брянской дивизии собрались в Москве.")
    assert "cfg:kursk-oblast" not in places
    assert BRYANSK_OBLAST not in places


def test_adjectives_sharing_a_fronts_noun_are_no_towns(gaz: Gazetteer) -> None:
    text = "Найбільше боїв зафіксовано на Олександрівському та Гуляйпільському напрямках."
    assert found(gaz, text) == {}


def test_a_raion_by_its_adjective_alone_is_no_city_quarter(gaz: Gazetteer) -> None:
    places = found(gaz, "У Харківському районі пошкоджено гараж, у Богодухівському - школу.")
    assert places[BOHODUKHIV_RAION] == "Богодухівському"


def test_hromadas_named_after_towns_several_places_are_called(gaz: Gazetteer) -> None:
    pokrovska = areas_of(
        gaz, "На Дніпропетровщині ворог атакував Покровську громаду Синельниківського району.", "uk"
    )
    mezhivska = areas_of(
        gaz, "Через удар по Межівській громаді на Дніпропетровщині постраждав чоловік.", "uk"
    )
    seredyno_budska = areas_of(gaz, "На Сумщині обстрілів зазнала Середино-Будська громада.", "uk")
    assert pokrovska["Покровську громаду"] == (DNIPROPETROVSK_OBLAST,)
    assert mezhivska["Межівській громаді"] == (DNIPROPETROVSK_OBLAST,)
    assert seredyno_budska["Середино-Будська громада"] == (SUMY_OBLAST,)


def test_a_village_before_its_hromada_is_no_far_namesake(gaz: Gazetteer) -> None:
    areas = areas_of(
        gaz,
        "На Донеччині у Донецькому Миколаївської громади пошкоджено будинки, у Краматорську "
        "та Слов'янську поранено людей, у Дружківці пошкоджено школу.",
        "uk",
    )
    assert areas["Донецькому"] == (DONETSK_OBLAST,)


def test_a_word_before_a_hromada_without_a_preposition_is_no_village(gaz: Gazetteer) -> None:
    places = found(gaz, "Мешканці Куп'янської громади отримали допомогу в Харкові.")
    assert not any(name == "Мешканці" for name in places.values())
