"""Yemeni districts and towns an Arabic report names after their kind word that the
gazetteer lists under Latin names only (issue 18, sixth pass). Sentences written for these
tests."""

from __future__ import annotations

from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.latin_only import arabic_skeleton, latin_skeleton


def _places(gaz: Gazetteer, text: str) -> dict[str, tuple[str, str]]:
    """Written name -> (English name, country code) of each place found in an Arabic text."""
    return {
        m.as_written: (m.place.name, m.place.country_code)
        for m in find_places(gaz, text, language="ar")
    }


def test_a_district_listed_only_in_latin_letters_is_found(gaz: Gazetteer) -> None:
    text = (
        "سقطت قذائف على منازل في مديرية جبل حبشي غرب محافظة تعز، وقالت السلطات في عدن إن "
        "القصف أوقع جرحى."
    )
    assert _places(gaz, text).get("جبل حبشي") == ("Jabal Habashi District", "YE")


def test_a_district_after_a_joined_preposition_is_found(gaz: Gazetteer) -> None:
    text = "أصيب مزارعان في قرية نائية التابعة لمديرية القبيطة شمال محافظة لحج، ونقلا إلى عدن."
    name, country = _places(gaz, text).get("القبيطة", ("", ""))
    assert country == "YE"
    assert name.startswith("Al Qabbaytah")


def test_a_directorate_of_an_office_is_no_district(gaz: Gazetteer) -> None:
    text = "أعلنت مديرية الصحة في محافظة تعز أن مستشفيات عدن استقبلت الجرحى."
    assert "الصحة" not in _places(gaz, text)


def test_a_district_of_another_country_than_the_text_is_not_read(gaz: Gazetteer) -> None:
    text = "قصفت الطائرات قرية جبل حبشي قرب مدينة حلب، وفر السكان نحو إدلب."
    assert _places(gaz, text).get("جبل حبشي", ("", ""))[1] != "YE"


def test_the_arabic_and_the_latin_name_read_alike() -> None:
    assert arabic_skeleton("المُظفر") == latin_skeleton("Al Mudhaffar District")
    assert arabic_skeleton("مقبنة") == latin_skeleton("Maqbanah")
    assert arabic_skeleton("القبيطة") != latin_skeleton("Al Qahirah")


def test_a_two_consonant_district_is_found_in_the_governorate_the_text_names(
    gaz: Gazetteer,
) -> None:
    text = "نزحت عشرات الأسر من مديرية الجوبة بعد قصف صاروخي على قرى جنوب محافظة مأرب."
    assert _places(gaz, text).get("الجوبة") == ("Al Jubah District", "YE")


def test_a_two_consonant_word_after_a_district_word_elsewhere_is_no_district(
    gaz: Gazetteer,
) -> None:
    text = "قالت مديرية الأمن في عدن إن هجوماً استهدف نقطة تفتيش في محافظة لحج."
    assert "الأمن" not in _places(gaz, text)


def test_both_districts_after_the_dual_are_found(gaz: Gazetteer) -> None:
    text = "تواصلت المعارك في مديريتي العبدية والجوبة جنوب محافظة مأرب اليمنية."
    found = _places(gaz, text)
    assert found.get("العبدية") == ("Al Abdiyah District", "YE")
    assert found.get("الجوبة") == ("Al Jubah District", "YE")


def test_a_locality_named_after_a_town_named_in_persian_letters_is_that_town(
    gaz: Gazetteer,
) -> None:
    text = "نزح آلاف السكان من قرى محلية أم كدادة شرق الفاشر في ولاية شمال دارفور."
    name, country = _places(gaz, text).get("أم كدادة", ("", ""))
    assert (name, country) == ("Umm Kaddadah", "SD")
