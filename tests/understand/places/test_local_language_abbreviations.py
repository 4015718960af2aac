"""Russian and Ukrainian abbreviations of a place's kind ("м.", "с.", "смт", "г."): the dot
ends no sentence, so a city's case form after "м." is the city, and a village after "с." is
placed as one after "село" is."""

from __future__ import annotations

import pytest

from bot.understand.places.gazetteer import Gazetteer
from tests.understand.places.test_local_languages import found

CHERNIHIV = "gn:710735"
KHARKIV = "gn:706483"
KURSK = "gn:538560"
KHARKIV_OBLAST = "cfg:kharkiv-oblast"
KUPIANSK_DISTRICT = "cfg:kupiansk-district"
CHERNIHIV_RAION = "gn:710736"


@pytest.mark.parametrize(
    ("text", "key", "written"),
    [
        ("Гості оглянули зруйновані квартали м. Чернігова.", CHERNIHIV, "Чернігова"),
        ("Волонтери працюють у м. Харкові вже третій рік.", KHARKIV, "Харкові"),
        ("Сирени вночі звучали над м.Харковом.", KHARKIV, "Харковом"),
        ("Дрон упал на окраине г. Курска.", KURSK, "Курска"),
    ],
)
def test_a_city_after_its_kind_abbreviation_is_found(
    gaz: Gazetteer, text: str, key: str, written: str
) -> None:
    assert found(gaz, text).get(key) == written


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Уранці окупанти обстріляли с. Тополине Куп’янського району.",
            {f"unlisted:{KUPIANSK_DISTRICT}/тополине": "Тополине"},
        ),
        (
            "Рятувальники приїхали в с.Вербове Чернігівського району.",
            {f"unlisted:{CHERNIHIV_RAION}/вербове": "Вербове"},
        ),
        (
            "Осколки пошкодили дах школи у смт. Ясенове Харківської області.",
            {f"unlisted:{KHARKIV_OBLAST}/ясенове": "Ясенове"},
        ),
    ],
)
def test_a_village_after_its_kind_abbreviation_is_placed_in_the_area_after_it(
    gaz: Gazetteer, text: str, expected: dict[str, str]
) -> None:
    assert expected.items() <= found(gaz, text).items()


def test_a_sentence_ending_in_a_short_word_still_ends(gaz: Gazetteer) -> None:
    """Only a kind's abbreviation joins the sentences: after "них." the next one starts."""
    assert found(gaz, "Про це знали всі з них. Решта пасажирів вийшла.") == {}
