"""A Ukrainian city named like the land around it is the land after "на" in the locative,
the city after "у" or as a direction ("наступ на Запоріжжя"); a text in Ukrainian hints at
Ukraine, as a feed's country does."""

from __future__ import annotations

import pytest

from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer
from tests.understand.places.test_local_languages import found

ZAPORIZHZHIA = "gn:687700"
ZAPORIZHZHIA_OBLAST = "cfg:zaporizhzhia-oblast"
HULIAIPOLE = "gn:707898"


def test_a_city_named_like_its_land_after_on_is_the_land(gaz: Gazetteer) -> None:
    text = "Минулої доби на Запоріжжі окупанти поранили трьох цивільних."
    assert found(gaz, text) == {ZAPORIZHZHIA_OBLAST: "Запоріжжі"}


@pytest.mark.parametrize(
    "text",
    [
        "Уночі у Запоріжжі лунали вибухи.",
        "Аналітики вважають, що армія РФ не має сил на наступ на Запоріжжя.",
    ],
)
def test_the_city_after_in_or_as_a_direction_stays_the_city(gaz: Gazetteer, text: str) -> None:
    assert ZAPORIZHZHIA in found(gaz, text)


def test_a_ukrainian_text_hints_at_ukraine(gaz: Gazetteer) -> None:
    text = "Під Гуляйполем тривають запеклі бої, ворог штурмує позиції."
    places = {m.place.key: m.as_written for m in find_places(gaz, text, language="uk")}
    assert places == {HULIAIPOLE: "Гуляйполем"}
