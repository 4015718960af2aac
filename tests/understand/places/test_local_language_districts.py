"""Russian and Ukrainian names of parts of a city or of the country: a city's district named
by an adjective and "район" (a place inside that city, not a far raion of the same
adjective), and Ukraine's historical and geographic regions."""

from __future__ import annotations

import pytest

from bot.understand.places.gazetteer import Gazetteer
from tests.understand.places.test_local_languages import found

DONETSK = "gn:709717"
ZAPORIZHZHIA = "gn:687700"
KHARKIV = "gn:706483"
KYIV = "gn:703448"
VOLGOGRAD = "gn:472757"
BELGOROD = "gn:578072"
BELGOROD_DISTRICT = "gn:578070"
POKROVSK_DISTRICT = "cfg:pokrovsk-district"
DONETSK_OBLAST = "cfg:donetsk-oblast"
CRIMEA = "cfg:crimea"


def district(city: str, stem: str) -> str:
    return f"unlisted:{city}/{stem}-raion"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Снаряд попал в жилой дом в Ленинском районе Донецка.",
            {district(DONETSK, "ленинск"): "Ленинском районе", DONETSK: "Донецка"},
        ),
        (
            "Жильцы Шевченковского района Запорожья остались без воды.",
            {district(ZAPORIZHZHIA, "шевченковск"): "Шевченковского района",
             ZAPORIZHZHIA: "Запорожья"},
        ),
        (
            "Вибухова хвиля пошкодила вікна у Холодногірському районі Харкова.",
            {district(KHARKIV, "холодногірськ"): "Холодногірському районі", KHARKIV: "Харкова"},
        ),
    ],
)  # fmt: skip
def test_a_district_before_a_city_is_the_citys(
    gaz: Gazetteer, text: str, expected: dict[str, str]
) -> None:
    assert found(gaz, text) == expected


def test_a_district_in_a_text_naming_one_city_is_that_citys(gaz: Gazetteer) -> None:
    text = (
        "В Волгограде поймали двух курьеров телефонных аферистов, оба жители Волгограда. В "
        "Краснооктябрьском районе они забрали деньги у пенсионерки, а в Дзержинском районе у "
        "пожилого мужчины."
    )
    assert found(gaz, text) == {
        VOLGOGRAD: "Волгограде",
        district(VOLGOGRAD, "краснооктябрьск"): "Краснооктябрьском районе",
        district(VOLGOGRAD, "дзержинск"): "Дзержинском районе",
    }


def test_a_districts_case_forms_are_one_place(gaz: Gazetteer) -> None:
    text = "Обстрел Ленинского района Донецка продолжался. В Ленинском районе горят дома."
    mentions = [m for m in found(gaz, text) if m.startswith("unlisted:")]
    assert mentions == [district(DONETSK, "ленинск")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В Покровском районе Донецкой области погибли два человека.",
            {POKROVSK_DISTRICT: "Покровском районе", DONETSK_OBLAST: "Донецкой области"},
        ),
        (
            "Харьков снова атакован дронами. В Покровском районе погибли двое.",
            {KHARKIV: "Харьков", POKROVSK_DISTRICT: "Покровском районе"},
        ),
        (
            "В Киеве объявили тревогу. В Покровском районе погибли двое.",
            {KYIV: "Киеве", POKROVSK_DISTRICT: "Покровском районе"},
        ),
        (
            "В Белгородском районе сбит беспилотник. В самом Белгороде было тихо.",
            {BELGOROD_DISTRICT: "Белгородском районе", BELGOROD: "Белгороде"},
        ),
    ],
)
def test_a_raion_stays_a_raion(gaz: Gazetteer, text: str, expected: dict[str, str]) -> None:
    assert found(gaz, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Циклон сначала накроет Прикарпатье и Буковину, затем Слобожанщину.",
            {"cfg:prykarpattia": "Прикарпатье", "cfg:bukovina": "Буковину",
             "cfg:slobozhanshchyna": "Слобожанщину"},
        ),
        (
            "У суботу на Лівобережжі та в Криму пориви вітру, на Поділлі сніг.",
            {"cfg:left-bank-ukraine": "Лівобережжі", CRIMEA: "Криму", "cfg:podillia": "Поділлі"},
        ),
        ("Найбільше опадів випаде на Галичині.", {"cfg:halychyna": "Галичині"}),
    ],
)  # fmt: skip
def test_a_historical_region_of_ukraine_is_a_place(
    gaz: Gazetteer, text: str, expected: dict[str, str]
) -> None:
    assert found(gaz, text) == expected


def test_a_bank_in_lower_case_is_no_region(gaz: Gazetteer) -> None:
    assert found(gaz, "Обстрелы левобережья области не прекращаются.") == {}
