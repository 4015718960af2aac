"""Classes of Russian and Ukrainian front reports (issue 18): a "-ка" village's locative
spelt as a plural village's name, a raion before the oblast holding it, the villages of a
front direction, a village named like a city, and one unlisted village in its case forms."""

from __future__ import annotations

from bot.understand.places.gazetteer import Gazetteer
from tests.understand.places.test_local_languages import found

PETRIVKA_OF_DONETSK_OBLAST = "gn:13645600"
PETRIVTSI_OF_POLTAVA_OBLAST = "gn:697269"
BORYSOV_RAION = "gn:629799"
BELGOROD_OBLAST = "cfg:belgorod-oblast"
SHEVCHENKO_OF_DONETSK_OBLAST = "gn:694167"
TARASIVKA_OF_POLTAVA_OBLAST = "gn:691857"
USPENIVKA_OF_ZAPORIZHZHIA_OBLAST = "gn:690619"
ZAPORIZHZHIA_OBLAST = "cfg:zaporizhzhia-oblast"


def test_a_locative_after_u_is_the_ka_village_not_the_plural_one(gaz: Gazetteer) -> None:
    places = found(
        gaz, "Ворог обстріляв Донеччину: двоє поранених у Петрівці, ще один у Костянтинівці."
    )
    assert places.get(PETRIVKA_OF_DONETSK_OBLAST) == "Петрівці"
    assert PETRIVTSI_OF_POLTAVA_OBLAST not in places


def test_a_raion_before_an_oblast_lies_in_that_oblast(gaz: Gazetteer) -> None:
    places = found(gaz, "В Борисовском районе Белгородской области повреждён дом.")
    assert BORYSOV_RAION not in places
    assert places[f"unlisted:{BELGOROD_OBLAST}/борисовск-raion"] == "Борисовском районе"


def test_the_villages_of_a_front_direction_lie_in_its_towns_oblast(gaz: Gazetteer) -> None:
    text = (
        "В Харьковской области идут бои. На Покровском направлении противник наступал у "
        "Тарасовки и Шевченко."
    )
    places = found(gaz, text)
    assert places.get(SHEVCHENKO_OF_DONETSK_OBLAST) == "Шевченко"
    assert TARASIVKA_OF_POLTAVA_OBLAST not in places


def test_a_village_named_like_a_city_supports_no_namesake_near_the_city(gaz: Gazetteer) -> None:
    assert USPENIVKA_OF_ZAPORIZHZHIA_OBLAST not in found(
        gaz, "Бои идут у села Запорожье и вблизи Успеновки."
    )


def test_an_unlisted_village_is_keyed_by_its_nominative(gaz: Gazetteer) -> None:
    text = "Окупанти обстріляли села Щербаки та Новодарівку Запорізької області."
    places = found(gaz, text)
    assert places.get(f"unlisted:{ZAPORIZHZHIA_OBLAST}/новодарівка") == "Новодарівку"
    assert places.get(f"unlisted:{ZAPORIZHZHIA_OBLAST}/щербаки") == "Щербаки"
