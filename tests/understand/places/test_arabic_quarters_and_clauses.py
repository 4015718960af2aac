"""Arabic governorates named where the text names their quarters, the dual of a quarter's
word, "also" between villages and their area, and a word before "كان" or a sister of it read
as a far city (issue 18, fifth pass). Sentences written for these tests; quarter and village
names are made up."""

from __future__ import annotations

from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer
from tests.support.places import found

ALEPPO_GOVERNORATE = "cfg:aleppo-governorate"
MASHHAD = "gn:124665"


def _countries(gaz: Gazetteer, text: str) -> dict[str, str]:
    """Written name -> country code of each place found in an Arabic text."""
    return {m.as_written: m.place.country_code for m in find_places(gaz, text, language="ar")}


def test_a_governorate_whose_quarters_the_text_names_stays(gaz: Gazetteer) -> None:
    text = "تجددت المواجهات في محافظة حلب، وتعرضت بعض أحياء حلب لقصف مدفعي ليلة الأحد."
    assert ALEPPO_GOVERNORATE in found(gaz, text, "ar")


def test_the_dual_of_a_quarter_names_two_quarters(gaz: Gazetteer) -> None:
    text = "قصفت المدفعية حيي الطحطوح والصوامع، المحاصرين منذ أشهر في مدينة دير الزور."
    places = _countries(gaz, text)
    assert places.get("الطحطوح") == "SY"
    assert places.get("الصوامع") == "SY"
    assert "المحاصرين" not in places


def test_villages_before_also_and_their_area(gaz: Gazetteer) -> None:
    text = "استهدفت الغارات بلدة الزهيرة، وقصفت قريتي الهويدي والجنينة أيضاً بريف دير الزور."
    assert _countries(gaz, text).get("الجنينة") == "SY"


def test_a_word_before_a_clause_is_no_far_city(gaz: Gazetteer) -> None:
    text = (
        "قتل مدنيان في قصف على بلدة كفرنبل بريف إدلب، وفي مشهد بات مألوفاً هنا نزح مئات "
        "السكان نحو الحدود."
    )
    assert MASHHAD not in found(gaz, text, "ar")


def test_the_city_named_alone_stays(gaz: Gazetteer) -> None:
    text = "وصل وزير الخارجية إلى مشهد بعد زيارة قصيرة إلى طهران."
    assert MASHHAD in found(gaz, text, "ar")
