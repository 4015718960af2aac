"""Russian and Ukrainian units the gazetteer does not list, named by the adjective of the
town they are named after: Ukraine's hromadas, Russia's okrugs (which replaced its raions)
and raions, alone or listed before one plural noun, and villages named inside them."""

from __future__ import annotations

import pytest

from bot.understand.places.centres import centre_names
from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.normalize import name_key
from tests.understand.places.test_local_languages import found

SUMY_OBLAST = "cfg:sumy-oblast"
BELGOROD_OBLAST = "cfg:belgorod-oblast"
ZAPORIZHZHIA_OBLAST = "cfg:zaporizhzhia-oblast"
KUPIANSK_DISTRICT = "cfg:kupiansk-district"


def unit(area: str, stem: str, noun: str) -> str:
    return f"unlisted:{area}/{stem}-{noun}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ворог знову обстріляв Степногірську громаду Запорізької області з артилерії.",
            unit(ZAPORIZHZHIA_OBLAST, "степногірськ", "hromada"),
        ),
        (
            "На Сумщині вночі двоє людей дістали поранення у Путивльській громаді.",
            unit(SUMY_OBLAST, "путивльськ", "hromada"),
        ),
        (
            "У Сумській області ворожий дрон атакував автівку в Краснопільській громаді.",
            unit(SUMY_OBLAST, "краснопільськ", "hromada"),
        ),
        (
            "Губернатор Белгородской области сообщил, что беспилотник атаковал "
            "Шебекинский городской округ.",
            unit(BELGOROD_OBLAST, "шебекинск", "okrug"),
        ),
    ],
)
def test_a_unit_is_placed_in_its_area(gaz: Gazetteer, text: str, expected: str) -> None:
    assert expected in found(gaz, text)


def test_a_unit_is_placed_by_its_town_only_where_the_text_names_its_area(
    gaz: Gazetteer,
) -> None:
    places = found(gaz, "Депутати Путивльської громади зібралися на позачергову сесію.")
    assert not any(key.endswith("-hromada") for key in places)


def test_units_sharing_one_plural_noun_are_each_placed(gaz: Gazetteer) -> None:
    places = found(
        gaz,
        "За добу обстрілів зазнали Хотінська, Білопільська та Есманська громади Сумської області.",
    )
    for stem in ("хотінськ", "білопільськ", "есманськ"):
        assert unit(SUMY_OBLAST, stem, "hromada") in places


def test_a_village_is_placed_in_the_okrug_named_after_it(gaz: Gazetteer) -> None:
    places = found(
        gaz,
        "В Белгородской области FPV-дрон атаковал село Нежеголь Шебекинского "
        "городского округа, выбиты окна в двух домах.",
    )
    okrug = unit(BELGOROD_OBLAST, "шебекинск", "okrug")
    assert places[okrug] == "Шебекинского городского округа"
    assert places[f"unlisted:{okrug}/нежеголь"] == "Нежеголь"


def test_a_listed_raion_is_read_in_any_case(gaz: Gazetteer) -> None:
    places = found(gaz, "Внаслідок обстрілу села Колодязне Куп’янського району загинув чоловік.")
    assert places[KUPIANSK_DISTRICT] == "Куп’янського району"


@pytest.mark.parametrize(
    ("stem", "town"),
    [
        ("марганецьк", "марганець"),
        ("пологівськ", "пологи"),
        ("краснопільськ", "краснопілля"),
        ("великописарівськ", "велика писарівка"),
        ("великобурлуцьк", "великии бурлук"),
    ],
)
def test_a_units_town_is_named_back_from_its_adjective(stem: str, town: str) -> None:
    assert town in centre_names(stem)


def test_a_village_is_placed_in_the_area_most_of_the_text_names(gaz: Gazetteer) -> None:
    text = (
        "Губернатор Белгородской области сообщил, что в Шебекино и Валуйках повреждены дома, "
        "а в хуторе Рябинки дрон атаковал легковой автомобиль."
    )
    assert found(gaz, text)[f"unlisted:{BELGOROD_OBLAST}/{name_key('Рябинки').strip()}"] == (
        "Рябинки"
    )


def test_a_village_before_a_unit_the_gazetteer_lacks_is_not_put_in_the_main_area(
    gaz: Gazetteer,
) -> None:
    text = (
        "Губернатор Белгородской области сообщил об ударах по Шебекино и Валуйкам. Ранее "
        "скончался мужчина, раненный в селе Званое Глушковского района."
    )
    assert not any("Званое" in written for written in found(gaz, text).values())


def test_a_village_read_as_a_far_namesake_is_the_reports_own(gaz: Gazetteer) -> None:
    text = (
        "Губернатор Брянской области сообщил об обстреле поселка Климово. В Брянской области "
        "объявлен высокий уровень опасности."
    )
    places = found(gaz, text)
    assert places[f"unlisted:cfg:bryansk-oblast/{name_key('Климово').strip()}"] == "Климово"


def test_a_village_named_after_n_p_is_placed_whole(gaz: Gazetteer) -> None:
    text = (
        "Протягом доби росіяни обстрілювали прикордоння Чернігівської області. Зафіксовано "
        "вибухи на Чернігівщині у напрямку н.п. Михальчина Слобода."
    )
    places = found(gaz, text)
    key = (
        f"unlisted:cfg:chernihiv-oblast/{name_key('Михальчина Слобода').strip().replace(' ', '-')}"
    )
    assert places[key] == "Михальчина Слобода"


def test_a_hyphenated_hromadas_parts_are_no_towns(gaz: Gazetteer) -> None:
    text = "Двічі за день росіяни обстріляли село в Новгород-Сіверській громаді на Чернігівщині."
    places = found(gaz, text)
    assert unit("cfg:chernihiv-oblast", "новгород-сіверськ", "hromada") in places
    assert all(" " in written or "-" in written or "Черн" in written for written in places.values())


def test_a_federal_okrugs_adjective_is_no_town(gaz: Gazetteer) -> None:
    places = found(
        gaz,
        "Сильные дожди ожидаются в Нижегородской области и на севере Приволжского "
        "федерального округа.",
    )
    assert set(places.values()) == {"Нижегородской области"}


BRYANSK_OBLAST = "cfg:bryansk-oblast"


def test_a_russian_raion_is_placed_by_a_small_town_it_is_named_after(gaz: Gazetteer) -> None:
    places = found(
        gaz,
        "В Погарском районе повреждены два дома. Об этом сообщил губернатор Брянской области.",
    )
    assert places[unit(BRYANSK_OBLAST, "погарск", "raion")] == "Погарском районе"


def test_russian_raions_sharing_one_plural_noun_are_each_placed(gaz: Gazetteer) -> None:
    places = found(gaz, "Под обстрел попали Климовский и Погарский районы Брянской области.")
    assert places[unit(BRYANSK_OBLAST, "климовск", "raion")] == "Климовский"
    assert places[unit(BRYANSK_OBLAST, "погарск", "raion")] == "Погарский"


def test_a_citys_districts_sharing_one_plural_noun_are_no_raions(gaz: Gazetteer) -> None:
    places = found(gaz, "Ночью обстреляны Шевченковский и Киевский районы Харькова.")
    assert places == {"gn:706483": "Харькова"}


def test_a_unit_is_placed_by_a_two_word_town(gaz: Gazetteer) -> None:
    places = found(
        gaz,
        "На Сумщині за добу поранено двох людей: обоє у Великописарівській громаді.",
    )
    assert unit(SUMY_OBLAST, "великописарівськ", "hromada") in places


def test_a_hromada_is_read_by_its_abbreviation(gaz: Gazetteer) -> None:
    places = found(gaz, "У Великобурлуцькій ОТГ Харківської області пошкоджено будинок.")
    assert places[unit("cfg:kharkiv-oblast", "великобурлуцьк", "hromada")] == (
        "Великобурлуцькій ОТГ"
    )
    places = found(gaz, "На Дніпропетровщині ворог атакував Марганецьку ТГ.")
    assert unit("cfg:dnipropetrovsk-oblast", "марганецьк", "hromada") in places


def test_a_raion_named_by_its_adjective_alone_in_a_list_of_raions(gaz: Gazetteer) -> None:
    places = found(
        gaz,
        "Обстріли тривали: у Куп’янському районі пошкоджено школу, в Ізюмському - склад.",
    )
    assert places[KUPIANSK_DISTRICT] == "Куп’янському районі"
    assert places["cfg:izium-district"] == "Ізюмському"


def test_an_adjective_alone_is_no_raion_where_the_text_names_none(gaz: Gazetteer) -> None:
    assert "cfg:izium-district" not in found(gaz, "Як повідомили в Ізюмському, склад згорів.")


def test_an_okrug_is_placed_by_a_small_town_whose_name_holds_a_short_i(gaz: Gazetteer) -> None:
    places = found(
        gaz,
        "Губернатор Белгородской области сообщил: по селу Новостроевка-Вторая "
        "Грайворонского городского округа нанесён удар.",
    )
    okrug = unit(BELGOROD_OBLAST, "граиворонск", "okrug")
    assert places[okrug] == "Грайворонского городского округа"
    assert places[f"unlisted:{okrug}/новостроевка-вторая"] == "Новостроевка-Вторая"
