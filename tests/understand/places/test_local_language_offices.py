"""Local-language words around a name that make it part of something else (an office's area,
a law, a road's towns, a channel, a brigade, a named building), a case form opening a
sentence, and Arabic first-level areas named without their area word."""

from __future__ import annotations

import pytest

from bot.understand.places.gazetteer import Gazetteer
from tests.understand.places.test_local_languages import found

RUSSIA = "cc:RU"
UKRAINE = "cc:UA"
KYIV = "gn:703448"
ODESA = "gn:698740"
DAMASCUS = "gn:170654"
DONETSK_OBLAST = "cfg:donetsk-oblast"
TERNOPIL_OBLAST = "cfg:ternopil-oblast"
HAIL_REGION = "gn:106280"
MEDINA_REGION = "gn:109224"
IRBIT = "gn:1505526"


def test_an_organisation_first_in_a_paragraph_still_takes_its_country(gaz: Gazetteer) -> None:
    text = "Новости дня.\n\nМинобороны России сообщило о перехвате ракет."
    assert found(gaz, text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Об этом сообщили в ГУ Нацполиции в Донецкой области.",
        "Пресс-служба ГУ МВД России по Московской области сообщила о задержании.",
        "Про це повідомляє управління поліції у Тернопільській області.",
    ],
)
def test_a_regional_offices_area_is_part_of_its_name(gaz: Gazetteer, text: str) -> None:
    assert found(gaz, text) == {}


def test_an_area_after_a_preposition_without_an_office_is_a_place(gaz: Gazetteer) -> None:
    assert found(gaz, "Ракета впала у Тернопільській області.") == {
        TERNOPIL_OBLAST: "Тернопільській області"
    }
    assert found(gaz, "Війська стоять у Донецькій області.") == {
        DONETSK_OBLAST: "Донецькій області"
    }


def test_a_countrys_law_code_is_no_place(gaz: Gazetteer) -> None:
    assert found(gaz, "Дело возбуждено по статье Уголовного кодекса Украины.") == {}


def test_every_later_town_of_a_roads_name_is_no_place(gaz: Gazetteer) -> None:
    assert found(gaz, "Авария произошла на трассе Курган — Ирбит — Тавда.") == {}
    assert found(gaz, "ДТП сталося на трасі Одеса-Київ.") == {}
    assert found(gaz, "Поезд Москва - Ирбит отменён.") == {
        "gn:524901": "Москва",
        IRBIT: "Ирбит",
    }


def test_a_building_named_after_a_city_is_no_place(gaz: Gazetteer) -> None:
    assert found(gaz, "Пожар начался в здании Одесса на окраине.") == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("نقلت قناة روسيا اليوم عن مصدر في دمشق.", {DAMASCUS: "دمشق"}),
        ("أعلن لواء دمشق أن الهجوم فشل.", {}),
    ],
)
def test_an_arabic_channel_or_brigade_named_after_a_place_is_no_place(
    gaz: Gazetteer, text: str, expected: dict[str, str]
) -> None:
    assert found(gaz, text) == expected


def test_a_case_form_opening_a_sentence_is_a_common_word(gaz: Gazetteer) -> None:
    assert found(gaz, "Решта родини переїхала до Києва.") == {KYIV: "Києва"}
    assert found(gaz, "Одесу атакували дрони.") == {ODESA: "Одесу"}


def test_an_arabic_region_is_found_without_its_area_word_in_a_list(gaz: Gazetteer) -> None:
    text = "تشهد منطقتي المدينة المنورة وحائل أمطارا غزيرة."
    assert found(gaz, text) == {MEDINA_REGION: "المدينة المنورة", HAIL_REGION: "حائل"}
