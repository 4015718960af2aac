"""Arabic words of everyday news that GeoNames has as towns ("الأبيض", white; "بحركة", with
the movement; "الإشارة", the signal; "آب", August) are places only with support: a place of
their country right after them or listed before them, or a place word before them in a text
naming their country."""

from __future__ import annotations

from bot.understand.places.gazetteer import Gazetteer
from tests.understand.places.test_local_languages import found

RAMALLAH = "gn:282239"
MOGADISHU = "gn:53654"
EL_OBEID = "gn:379003"
SUDAN = "cc:SD"
DEIR_EZ_ZOR_GOVERNORATE = "cfg:deir-ez-zor-governorate"
SYRIA = "cc:SY"
DIYALA_GOVERNORATE = "cfg:diyala-governorate"
CHAD = "cc:TD"
ZAWIYA = "gn:2218970"
TRIPOLI_LIBYA = "gn:2210247"
LIBYA = "cc:LY"
ALEPPO = "gn:170063"
AL_BAB = "gn:174018"


def test_a_colour_is_no_town(gaz: Gazetteer) -> None:
    text = "أصيب شاب بجروح خطيرة بالسلاح الأبيض في مدينة رام الله."
    assert found(gaz, text) == {RAMALLAH: "رام الله"}


def test_a_movement_is_no_town(gaz: Gazetteer) -> None:
    text = "أعلنت ما يعرف بحركة الشباب مسؤوليتها عن تفجير في مقديشو."
    assert found(gaz, text) == {MOGADISHU: "مقديشو"}


def test_the_town_in_its_country_stays_a_place(gaz: Gazetteer) -> None:
    text = "اندلعت معارك عنيفة في مدينة الأبيض بالسودان."
    assert found(gaz, text) == {EL_OBEID: "الأبيض", SUDAN: "السودان"}


def test_a_signal_is_no_town_in_a_report_of_its_country(gaz: Gazetteer) -> None:
    text = "وتجدر الإشارة إلى أن القصف طال ريف دير الزور في سوريا."
    assert found(gaz, text) == {DEIR_EZ_ZOR_GOVERNORATE: "ريف دير الزور", SYRIA: "سوريا"}


def test_a_month_after_a_preposition_is_no_governorate(gaz: Gazetteer) -> None:
    text = "سقطت البلدة في آب 2014 بيد المسلحين في محافظة ديالى."
    assert found(gaz, text) == {DIYALA_GOVERNORATE: "محافظة ديالى"}


def test_a_preposition_joined_to_a_word_is_no_town(gaz: Gazetteer) -> None:
    text = "يعد الطريق نقطة مهمة لأي تحرك عسكري في شمال تشاد."
    assert found(gaz, text) == {CHAD: "تشاد"}


def test_a_corner_named_near_its_country_is_no_city(gaz: Gazetteer) -> None:
    text = "قتل جندي عند الزاوية الشمالية للسوق في ليبيا."
    assert found(gaz, text) == {LIBYA: "ليبيا"}


def test_the_city_placed_by_the_city_after_it(gaz: Gazetteer) -> None:
    text = "سيطر المسلحون على الزاوية غرب طرابلس."
    assert found(gaz, text) == {ZAWIYA: "الزاوية", TRIPOLI_LIBYA: "طرابلس"}


def test_the_city_after_its_kind_word_in_its_country(gaz: Gazetteer) -> None:
    text = "قتل جندي في مدينة الزاوية في ليبيا."
    assert found(gaz, text) == {ZAWIYA: "الزاوية", LIBYA: "ليبيا"}


def test_the_town_listed_after_a_city_of_its_country(gaz: Gazetteer) -> None:
    text = "قصفت الطائرات حلب والباب أمس."
    assert found(gaz, text) == {ALEPPO: "حلب", AL_BAB: "الباب"}


def test_a_kind_word_does_not_carry_a_far_countrys_city(gaz: Gazetteer) -> None:
    text = "قتل طفل قرب بلدة العين في السودان."
    assert "gn:292913" not in found(gaz, text)
