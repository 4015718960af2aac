"""Russian and Ukrainian villages named after their kind word ("в селе Тёткино Курской
области"): the gazetteer's village in the area named right after, else a place it does not
list inside that area; none where the text names no area right after."""

from __future__ import annotations

import pytest

from bot.understand.places.gazetteer import Gazetteer
from tests.understand.places.test_local_languages import found

KURSK_OBLAST = "cfg:kursk-oblast"
BELGOROD_OBLAST = "cfg:belgorod-oblast"
KHARKIV_OBLAST = "cfg:kharkiv-oblast"
ZAPORIZHZHIA_OBLAST = "cfg:zaporizhzhia-oblast"
STEPNE = "gn:692554"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Дрон атаковал машину в селе Тёткино Курской области.",
            {f"unlisted:{KURSK_OBLAST}/теткино": "Тёткино", KURSK_OBLAST: "Курской области"},
        ),
        (
            "Снаряд упал на окраине посёлка Красная Яруга Белгородской области.",
            {f"unlisted:{BELGOROD_OBLAST}/красная-яруга": "Красная Яруга",
             BELGOROD_OBLAST: "Белгородской области"},
        ),
        (
            "Окупанти знову обстріляли село Гряканівка на Харківщині.",
            {f"unlisted:{KHARKIV_OBLAST}/гряканівка": "Гряканівка", KHARKIV_OBLAST: "Харківщині"},
        ),
    ],
)  # fmt: skip
def test_a_village_the_gazetteer_lacks_is_placed_in_the_area_after_it(
    gaz: Gazetteer, text: str, expected: dict[str, str]
) -> None:
    assert found(gaz, text) == expected


def test_a_listed_village_stays_the_gazetteers(gaz: Gazetteer) -> None:
    text = "У селі Степне Запорізької області загинула жінка."
    assert found(gaz, text) == {STEPNE: "Степне", ZAPORIZHZHIA_OBLAST: "Запорізької області"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Жители села Ивановка рассказали о взрыве в Курской области.",
            {KURSK_OBLAST: "Курской области"},
        ),
        ("В селе Курской области было тихо.", {KURSK_OBLAST: "Курской области"}),
    ],
)
def test_a_village_in_no_area_named_after_it_is_left_out(
    gaz: Gazetteer, text: str, expected: dict[str, str]
) -> None:
    assert found(gaz, text) == expected
