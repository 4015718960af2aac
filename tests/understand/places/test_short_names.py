"""Three-letter Cyrillic names of large cities in their locative case ("у Римі", "в Уфе"),
and the same forms written without a preposition of place, which are not the city."""

from __future__ import annotations

import pytest

from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.inflect import short_name_forms
from tests.understand.places.test_local_languages import found

ROME = "gn:3169070"
UFA = "gn:479561"
ABA = "gn:2353151"


@pytest.mark.parametrize(
    ("text", "written", "key"),
    [
        ("Фінал турніру відбудеться у Римі в неділю.", "Римі", ROME),
        ("Министры встретятся в Риме на следующей неделе.", "Риме", ROME),
        ("Беспилотники атаковали нефтезавод в Уфе ночью.", "Уфе", UFA),
        ("Дрони атакували завод в Уфі вночі.", "Уфі", UFA),
    ],
)
def test_short_names_of_large_cities_in_the_locative(
    gaz: Gazetteer, text: str, written: str, key: str
) -> None:
    assert found(gaz, text).get(key) == written


def test_a_locative_form_without_a_preposition_is_no_place(gaz: Gazetteer) -> None:
    assert ABA not in found(gaz, "Колишній прем'єр-міністр Сіндзо Абе виступив з промовою.")
    assert found(gaz, "Вчора в Абе було тихо.").get(ABA) == "Абе"


def test_only_three_letter_names_ending_in_a_consonant_or_a() -> None:
    assert short_name_forms(" рим ") == {" риме ", " римі "}
    assert short_name_forms(" уфа ") == {" уфе ", " уфі "}
    assert short_name_forms(" уху ") == set()
    assert short_name_forms(" киев ") == set()


def test_short_names_of_small_places_stay_undeclined(gaz: Gazetteer) -> None:
    assert found(gaz, "У Мирі відбувся концерт.") == {}
