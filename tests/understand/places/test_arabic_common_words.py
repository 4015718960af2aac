"""Arabic words of everyday news that GeoNames has as towns ("الأبيض", white; "بحركة", with
the movement) are places only with support: their country named, or a place word before."""

from __future__ import annotations

from bot.understand.places.gazetteer import Gazetteer
from tests.understand.places.test_local_languages import found

RAMALLAH = "gn:282239"
MOGADISHU = "gn:53654"
EL_OBEID = "gn:379003"
SUDAN = "cc:SD"


def test_a_colour_is_no_town(gaz: Gazetteer) -> None:
    text = "أصيب شاب بجروح خطيرة بالسلاح الأبيض في مدينة رام الله."
    assert found(gaz, text) == {RAMALLAH: "رام الله"}


def test_a_movement_is_no_town(gaz: Gazetteer) -> None:
    text = "أعلنت ما يعرف بحركة الشباب مسؤوليتها عن تفجير في مقديشو."
    assert found(gaz, text) == {MOGADISHU: "مقديشو"}


def test_the_town_in_its_country_stays_a_place(gaz: Gazetteer) -> None:
    text = "اندلعت معارك عنيفة في مدينة الأبيض بالسودان."
    assert found(gaz, text) == {EL_OBEID: "الأبيض", SUDAN: "السودان"}
