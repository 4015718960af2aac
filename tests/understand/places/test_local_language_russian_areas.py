"""Russia's first-level areas in Russian and Ukrainian case forms: a krai ("в Краснодарском
крае", "Краснодарського краю"), an oblast GeoNames names in Russian only, as Ukrainian writes
it ("у Ростовській області"), and an oblast's name GeoNames also gives its city."""

from __future__ import annotations

import pytest

from bot.understand.places.gazetteer import Gazetteer
from tests.understand.places.test_local_languages import found

KRASNODAR_KRAI = "gn:542415"
STAVROPOL_KRAI = "gn:487839"
KHABAROVSK_KRAI = "gn:2022888"
ROSTOV_OBLAST = "gn:501165"
SARATOV_OBLAST = "gn:498671"
VORONEZH_OBLAST = "gn:472039"
VORONEZH = "gn:472045"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Обломки дрона упали в Краснодарском крае.", {KRASNODAR_KRAI: "Краснодарском крае"}),
        ("Жителей Хабаровского края предупредили о буре.", {KHABAROVSK_KRAI: "Хабаровского края"}),
        ("Горить нафтобаза в Краснодарському краї.", {KRASNODAR_KRAI: "Краснодарському краї"}),
        ("У Ставропольському краю оголосили тривогу.", {STAVROPOL_KRAI: "Ставропольському краю"}),
    ],
)  # fmt: skip
def test_a_krai_is_found_in_its_case_forms(
    gaz: Gazetteer, text: str, expected: dict[str, str]
) -> None:
    assert found(gaz, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Уламки впали у Ростовській області.", {ROSTOV_OBLAST: "Ростовській області"}),
        ("Горить нафтобаза в Саратовській області.", {SARATOV_OBLAST: "Саратовській області"}),
    ],
)
def test_a_russian_oblast_is_found_as_ukrainian_writes_it(
    gaz: Gazetteer, text: str, expected: dict[str, str]
) -> None:
    assert found(gaz, text) == expected


def test_the_word_for_a_krai_alone_is_no_place(gaz: Gazetteer) -> None:
    assert found(gaz, "Губернатор края заявил, что край готов к зиме.") == {}


def test_an_oblasts_name_is_the_oblast_not_its_city(gaz: Gazetteer) -> None:
    """GeoNames gives Voronezh its oblast's name among its own."""
    text = "В Воронежской области сбит беспилотник."
    assert found(gaz, text) == {VORONEZH_OBLAST: "Воронежской области"}
    assert found(gaz, "В Воронеже прогремел взрыв.") == {VORONEZH: "Воронеже"}
