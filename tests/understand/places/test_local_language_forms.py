"""More classes of local-language place mentions: Russian feminine names in "-ь" and
Ukrainian names with an apostrophe in their case forms, names that are neuter adjectives,
oblasts named by their land, French demonyms as hints, a country named after its town,
Arabic district words, French services named with a country, and config cities that are
another city's old name."""

from __future__ import annotations

import pytest

from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.inflect import case_forms
from tests.understand.places.test_local_languages import found

KAZAN = "gn:551487"
RYAZAN = "gn:500096"
KUPIANSK = "gn:703656"
SLOVIANSK = "gn:693468"
KRAMATORSK = "gn:704508"
OCHERETYNE = "gn:698759"
DONETSK_OBLAST = "cfg:donetsk-oblast"
VOLYN_OBLAST = "cfg:volyn-oblast"
ZAKARPATTIA_OBLAST = "cfg:zakarpattia-oblast"
TESSIT = "gn:10343856"
MENAKA = "gn:2453514"
MALI = "cc:ML"
YEMEN = "cc:YE"


@pytest.mark.parametrize(
    ("text", "written", "key"),
    [
        ("Беспилотник атаковал завод в Казани.", "Казани", KAZAN),
        ("Взрыв произошел под Рязанью.", "Рязанью", RYAZAN),
        ("Ракетний удар по Куп’янську вночі.", "Куп’янську", KUPIANSK),
        ("ЗСУ відійшли з Очеретиного на Донеччині.", "Очеретиного", OCHERETYNE),
    ],
)
def test_case_forms_of_more_declensions(gaz: Gazetteer, text: str, written: str, key: str) -> None:
    assert found(gaz, text).get(key) == written


def test_neuter_adjective_names_decline_but_common_adjectives_do_not() -> None:
    assert " очеретиному " in case_forms(" очеретине ")
    assert " урожаином " in case_forms(" урожаиное ")
    assert case_forms(" червоне ") == set()  # "Червоного Хреста" is the Red Cross
    assert case_forms(" покровське ") == set()  # "Покровського училища": the town's adjective


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Тривога на Волині триває.", VOLYN_OBLAST),
        ("Дрон упал в Закарпатье.", ZAKARPATTIA_OBLAST),
        ("На Закарпатті спокійно.", ZAKARPATTIA_OBLAST),
    ],
)
def test_oblasts_named_by_their_land(gaz: Gazetteer, text: str, key: str) -> None:
    assert key in found(gaz, text)


def test_a_french_demonym_supports_a_small_town(gaz: Gazetteer) -> None:
    text = "Selon l’armée malienne, une attaque a eu lieu à Tessit."
    assert found(gaz, text) == {TESSIT: "Tessit"}


def test_a_country_named_after_its_town_supports_it(gaz: Gazetteer) -> None:
    assert found(gaz, "Une attaque à Ménaka, au Mali.") == {MENAKA: "Ménaka", MALI: "Mali"}


def test_an_arabic_district_is_not_its_town(gaz: Gazetteer) -> None:
    district = found(gaz, "غارة جوية في مديرية رداع في اليمن")
    assert district == {"unlisted:gn:71491/رداع": "رداع", YEMEN: "اليمن"}
    assert "gn:71491" in found(gaz, "غارة جوية على رداع في اليمن")


def test_a_french_service_named_with_its_country_is_no_place(gaz: Gazetteer) -> None:
    assert found(gaz, "Météo-France a placé 17 départements en vigilance orange.") == {}


def test_a_config_city_is_the_one_bearing_the_name_not_one_that_bore_it(gaz: Gazetteer) -> None:
    """Donetsk Oblast lists Sloviansk, not Nikopol, whose old name it was: Kramatorsk,
    in the oblast, supports Sloviansk."""
    text = "Russian strike on Sloviansk and Kramatorsk."
    assert found(gaz, text) == {SLOVIANSK: "Sloviansk", KRAMATORSK: "Kramatorsk"}
    text = "Удар по Слов'янську та Краматорську."
    assert found(gaz, text) == {SLOVIANSK: "Слов'янську", KRAMATORSK: "Краматорську"}
