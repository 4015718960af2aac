"""Arabic names written with short-vowel marks, lists opened by "such as" after a plural kind
word, and Arabic words read as places: an adjective after the word it describes, the dual of a
kind word referring back (issue 18, fourth pass). Sentences written for these tests; village
names are made up."""

from __future__ import annotations

from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer
from tests.support.places import found

JUDAYDAH_YEMEN = "gn:30616"
ALEY = "gn:280425"
AL_QARYATAYN = "gn:173361"


def _countries(gaz: Gazetteer, text: str) -> dict[str, str]:
    """Written name -> country code of each place found in an Arabic text."""
    return {m.as_written: m.place.country_code for m in find_places(gaz, text, language="ar")}


def test_a_district_written_with_its_vowel_marks(gaz: Gazetteer) -> None:
    text = "دارت اشتباكات عنيفة في مديرية حَرِيب جنوب مأرب."
    kinds = {m.as_written: m.place.kind for m in find_places(gaz, text, language="ar")}
    assert kinds.get("حَرِيب") == "district"


def test_towns_listed_after_such_as(gaz: Gazetteer) -> None:
    text = "طال القصف بلدات قضاء مرجعيون مثل كفرسلوان، دير نعمان، وعين الزعرور في جنوب لبنان."
    places = _countries(gaz, text)
    assert {places.get(name) for name in ("كفرسلوان", "دير نعمان", "عين الزعرور")} == {"LB"}
    assert "مثل" not in places


def test_an_adjective_after_the_word_it_describes_is_no_town(gaz: Gazetteer) -> None:
    yemen = "وصلت إلى مدينة الحديدة تعزيزات جديدة للقوات الحكومية، وقصفت المدفعية مديرية حيس."
    syria = "تعيش العائلات في مخيمات ذات كثافة سكانية عالية قرب مدينة إدلب شمال غرب سوريا."
    assert JUDAYDAH_YEMEN not in found(gaz, yemen, "ar")
    assert ALEY not in found(gaz, syria, "ar")


def test_a_town_named_like_an_adjective_after_a_preposition_stays(gaz: Gazetteer) -> None:
    text = "سقط صاروخ في عالية بجبل لبنان، وأصيب شخصان في بيروت."
    assert ALEY in found(gaz, text, "ar")


def test_the_two_villages_referring_back_are_no_far_town(gaz: Gazetteer) -> None:
    text = (
        "هاجم مسلحون قريتي الهادي والحسينية في محافظة ديالى، وفر سكان القريتين إلى "
        "بعقوبة في العراق."
    )
    assert AL_QARYATAYN not in found(gaz, text, "ar")
