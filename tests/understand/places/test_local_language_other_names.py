"""Local-language names that open something else's name: a mountain's or a river's after an
Arabic feature word, an office's adjective before a Russian or Ukrainian office word, a
surname after a Russian or Ukrainian given name, the tail of a hyphened town's name, a declined
abbreviation, a city's adjective before an institution's noun."""

from __future__ import annotations

from bot.understand.places.gazetteer import Gazetteer
from tests.understand.places.test_local_languages import found

EL_OBEID = "gn:379003"
KORDOFAN = "cfg:kordofan"
SUDAN = "cc:SD"
DONETSK = "gn:709717"
LUTSK = "gn:702569"
VINNYTSIA = "gn:689558"
NOVHOROD_SIVERSKYI = "gn:699753"
CHERNIHIV_OBLAST = "cfg:chernihiv-oblast"


def test_a_mountain_named_after_a_region_is_no_region(gaz: Gazetteer) -> None:
    text = "اندلعت معارك عنيفة في جبل كردفان قرب مدينة الأبيض في السودان."
    assert found(gaz, text) == {EL_OBEID: "الأبيض", SUDAN: "السودان"}


def test_the_region_itself_stays_a_place(gaz: Gazetteer) -> None:
    assert found(gaz, "وصلت القوات إلى إقليم كردفان.") == {KORDOFAN: "كردفان"}


def test_an_adjective_opening_an_offices_name_is_no_village(gaz: Gazetteer) -> None:
    text = "Про шахраїв у Луцьку попереджає Головне управління Нацполіції."
    assert found(gaz, text) == {LUTSK: "Луцьку"}
    text = "Головне управління розвідки повідомило про удар."
    assert found(gaz, text) == {}


def test_a_city_before_an_office_after_a_preposition_stays_a_place(gaz: Gazetteer) -> None:
    text = "В Донецке управление полиции сообщило о взрыве."
    assert found(gaz, text) == {DONETSK: "Донецке"}


def test_a_towns_name_after_a_given_name_is_a_surname(gaz: Gazetteer) -> None:
    text = "На сесії виступили Оксана Полтава та Олег Харків, депутати міськради Вінниці."
    assert found(gaz, text) == {VINNYTSIA: "Вінниці"}
    assert found(gaz, "Наталья Курская рассказала о школьных олимпиадах.") == {}


def test_the_tail_of_a_placed_hyphened_name_is_no_town_of_its_own(gaz: Gazetteer) -> None:
    text = "Вибухи пролунали у Новгород-Сіверську на Чернігівщині."
    assert found(gaz, text) == {
        NOVHOROD_SIVERSKYI: "Новгород",
        CHERNIHIV_OBLAST: "Чернігівщині",
    }


def test_a_declined_abbreviation_is_no_place(gaz: Gazetteer) -> None:
    text = "Ворог атакував КАБом околиці Вінниці."
    assert found(gaz, text) == {VINNYTSIA: "Вінниці"}


def test_a_citys_adjective_before_an_institution_or_a_direction_is_no_town(
    gaz: Gazetteer,
) -> None:
    text = (
        "Випускники Київського університету та захисники Донецького аеропорту зустрілися у Вінниці."
    )
    assert found(gaz, text) == {VINNYTSIA: "Вінниці"}
