"""A country whose name is its feminine adjective, after a definite noun, is that adjective
("القوات السعودية"); a town after "بلدة" in a text naming its country once, or whose places
lie mostly in one country beside the attacker's, is placed in that country (issue 18).
Sentences written for these tests."""

from __future__ import annotations

from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer


def _places(gaz: Gazetteer, text: str) -> dict[str, str]:
    """Written name -> country code of each place found in an Arabic text."""
    return {m.as_written: m.place.country_code for m in find_places(gaz, text, language="ar")}


def test_saudi_forces_are_no_place_in_saudi_arabia(gaz: Gazetteer) -> None:
    text = "قال سكان إن صواريخ أطلقتها القوات السعودية سقطت على منطقة حيدان جنوب غرب صعدة."
    found = _places(gaz, text)
    assert "السعودية" not in found
    assert found.get("صعدة") == "YE"


def test_saudi_arabia_named_as_a_country_is_still_read(gaz: Gazetteer) -> None:
    led = _places(gaz, "شن طيران التحالف بقيادة السعودية غارات على محافظة صعدة.")
    assert led.get("السعودية") == "SA"
    visited = _places(gaz, "زار الوزير المملكة العربية السعودية أمس.")
    assert visited.get("المملكة العربية السعودية") == "SA"


def test_a_town_in_a_text_naming_its_country_once_is_placed_there(gaz: Gazetteer) -> None:
    text = (
        "أغار الطيران الحربي على أطراف بلدة عيتا الشعب بعد ظهر اليوم.\n"
        "وتشهد المناطق الحدودية جنوبي لبنان توتراً منذ أشهر."
    )
    assert _places(gaz, text).get("عيتا الشعب") == "LB"


def test_a_town_is_placed_in_the_country_most_places_lie_in(gaz: Gazetteer) -> None:
    text = (
        "سقطت قذائف على النبطية وعلى أطراف صور. واستهدفت مسيرة سيارة في بلدة كفرا، وقالت "
        "إسرائيل إنها ضربت هدفاً عسكرياً، فيما دانت دمشق الغارة."
    )
    assert _places(gaz, text).get("كفرا") == "LB"


def test_a_town_in_a_text_split_between_two_countries_is_not_placed(gaz: Gazetteer) -> None:
    text = "وصل وفد من دمشق إلى أنقرة، بعد قصف طال بلدة كفرنوران صباح اليوم."
    assert "كفرنوران" not in _places(gaz, text)
