"""Arabic and French places decided by what the text says around them: a name shared by a
country and a city of another country ("عمان", Oman and Amman), a city's name shared by
cities of two countries after the word for a city ("مدينة زنجبار", Zinjibar and Zanzibar).
Every sentence is written for the test; the controls pass without the changes and guard
them against reaching too far."""

from __future__ import annotations

import pytest

from bot.understand.places.gazetteer import Gazetteer
from tests.support.places import found

AMMAN = "gn:250441"
OMAN = "cc:OM"
ZINJIBAR = "gn:69426"
ZANZIBAR = "gn:148730"
LEBANON = "cc:LB"


@pytest.mark.parametrize(
    ("text", "key", "not_key"),
    [
        ("تظاهر المئات في عمان العاصمة الأردنية احتجاجا على ارتفاع الأسعار.", AMMAN, OMAN),
        ("قال وزير الخارجية في عمان إن الأردن لن يقبل بتهجير السكان.", AMMAN, OMAN),
        ("وصل المبعوث الأممي إلى مسقط، وقالت سلطنة عمان إنها ترحب بالحوار.", OMAN, AMMAN),
        ("أجرى الوزير جولة شملت عمان وقطر والكويت لبحث أمن الخليج.", OMAN, AMMAN),
        ("Officials in Amman said Jordan would host the talks.", AMMAN, OMAN),
    ],
)
def test_a_name_of_a_country_and_a_foreign_city_goes_by_the_country_named(
    gaz: Gazetteer, text: str, key: str, not_key: str
) -> None:
    keys = found(gaz, text, "en" if text.isascii() else "ar")
    assert key in keys
    assert not_key not in keys


def test_a_country_supported_by_its_region_only_stays_the_country_beside_a_far_namesake(
    gaz: Gazetteer,
) -> None:
    text = "The United States urged Israel and Syria to avoid a wider war in Lebanon."
    assert LEBANON in found(gaz, text, "en")


@pytest.mark.parametrize(
    ("text", "key", "not_key"),
    [
        ("سيطر مسلحون على مدينة زنجبار عاصمة محافظة أبين جنوب اليمن.", ZINJIBAR, ZANZIBAR),
        ("عاد الهدوء إلى مدينة زنجبار بعد اشتباكات في اليمن.", ZINJIBAR, ZANZIBAR),
        ("وصل آلاف السياح إلى مدينة زنجبار في تنزانيا هذا الصيف.", ZANZIBAR, ZINJIBAR),
    ],
)
def test_the_word_for_a_city_leaves_the_text_to_choose_among_cities_of_the_name(
    gaz: Gazetteer, text: str, key: str, not_key: str
) -> None:
    keys = found(gaz, text, "ar")
    assert key in keys
    assert not_key not in keys
