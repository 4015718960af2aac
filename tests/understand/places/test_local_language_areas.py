"""Second-level areas written with their generic word: Ukraine's raions in Ukrainian and
Russian case forms, and francophone Africa's provinces as French writes them, the generic
word in lower case ("dans la province du Yatenga")."""

from __future__ import annotations

import pytest

from bot.understand.places.gazetteer import Gazetteer
from tests.understand.places.test_local_languages import found

ZVENYHORODKA_RAION = "gn:686801"
VOLNOVAKHA_RAION = "gn:689196"
CHERKASY_OBLAST = "cfg:cherkasy-oblast"
YATENGA_PROVINCE = "gn:2353568"
SISSILI_PROVINCE = "gn:2355474"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Уламки збитого дрона впали у Звенигородському районі Черкаської області.",
            {ZVENYHORODKA_RAION: "Звенигородському районі", CHERKASY_OBLAST: "Черкаської області"},
        ),
        (
            "Обломки беспилотника упали в Звенигородском районе.",
            {ZVENYHORODKA_RAION: "Звенигородском районе"},
        ),
        ("Ворог обстріляв Волноваський район уночі.", {VOLNOVAKHA_RAION: "Волноваський район"}),
        ("Обстрел в Волновахском районе продолжается.", {VOLNOVAKHA_RAION: "Волновахском районе"}),
    ],
)
def test_a_raion_is_found_by_its_generic_word(
    gaz: Gazetteer, text: str, expected: dict[str, str]
) -> None:
    assert found(gaz, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Des hommes armés ont attaqué un poste de gendarmerie dans la province du Yatenga.",
            {YATENGA_PROVINCE: "province du Yatenga"},
        ),
        (
            "Plusieurs villages de la province de la Sissili ont été désertés.",
            {SISSILI_PROVINCE: "province de la Sissili"},
        ),
    ],
)
def test_a_province_is_found_as_french_writes_it(
    gaz: Gazetteer, text: str, expected: dict[str, str]
) -> None:
    assert found(gaz, text) == expected


def test_a_province_is_named_in_english(gaz: Gazetteer) -> None:
    assert gaz.places[YATENGA_PROVINCE].name == "Yatenga Province"
