"""Arabic villages placed in their area by "ضمن" (within): the word is no part of the
village's name and links it to the area named after it; Sudan's localities after "محلية"
where the word is a noun (issue 18). Sentences written for these tests."""

from __future__ import annotations

from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer


def _places(gaz: Gazetteer, text: str) -> dict[str, str]:
    """Written name -> country code of each place found in an Arabic text."""
    return {m.as_written: m.place.country_code for m in find_places(gaz, text, language="ar")}


def test_within_is_no_part_of_a_village_name(gaz: Gazetteer) -> None:
    text = "قصفت المدفعية قرية التلول ضمن ريف حماة الشمالي وأصيب ثلاثة مزارعين."
    found = _places(gaz, text)
    assert found.get("التلول") == "SY"
    assert not any("ضمن" in name for name in found)


def test_a_village_within_the_areas_of_a_governorate_is_placed_there(gaz: Gazetteer) -> None:
    text = "انفجر لغم أرضي قرب قرية الرويحة ضمن مناطق ريف إدلب الجنوبي."
    assert _places(gaz, text).get("الرويحة") == "SY"


def test_a_sudanese_locality_after_a_preposition_is_placed_in_its_state(gaz: Gazetteer) -> None:
    text = "فر مئات المدنيين من القتال في محلية المالحة بولاية شمال دارفور نحو الحدود."
    assert _places(gaz, text).get("المالحة") == "SD"


def test_local_after_a_noun_is_no_locality(gaz: Gazetteer) -> None:
    text = "نقلت مصادر محلية مطلعة في ولاية شمال دارفور أن القصف طال أحياء الفاشر."
    assert "مطلعة" not in _places(gaz, text)
