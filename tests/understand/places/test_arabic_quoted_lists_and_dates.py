"""Arabic lists of quoted villages whose quotes turn either way, villages around a town, an
area at kilometres written with tanween, Yemen's subdistricts; plurals of the countryside,
inhabitants and "surrounding" are no villages' names, nor a kind word joined to the next
list; a Levantine month after the slash of a date is no place (issue 18). Sentences written
for these tests."""

from __future__ import annotations

from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer


def _places(gaz: Gazetteer, text: str) -> dict[str, str]:
    """Written name -> country code of each place found in an Arabic text."""
    return {m.as_written: m.place.country_code for m in find_places(gaz, text, language="ar")}


def test_quoted_villages_whose_quotes_turn_either_way_are_all_placed(gaz: Gazetteer) -> None:
    text = "سقطت قذائف على قرى “الزهيرية” و”العوينات” و”تل الضباع” بريف حماة الشمالي."
    found = _places(gaz, text)
    assert found.get("العوينات") == "SY"
    assert found.get("تل الضباع") == "SY"


def test_villages_around_a_town_are_placed_by_it(gaz: Gazetteer) -> None:
    text = "قصفت المدفعية مناطق الخرابة والمزيرعة وفي محيط مدينة محردة بعد منتصف الليل."
    found = _places(gaz, text)
    assert found.get("الخرابة") == "SY"
    assert found.get("المزيرعة") == "SY"


def test_an_area_kilometres_from_a_town_is_placed_by_it(gaz: Gazetteer) -> None:
    text = (
        "هاجم مسلحون منطقة أم صفيرة، الواقعة على بعد 30 كيلومترًا شرق الأبيض في ولاية شمال كردفان."
    )
    assert _places(gaz, text).get("أم صفيرة") == "SD"


def test_a_yemeni_subdistrict_is_placed_by_its_district(gaz: Gazetteer) -> None:
    text = "استهدفت غارة منازل في عزلة بني مالك بمديرية باقم ليلة أمس."
    assert _places(gaz, text).get("بني مالك") == "YE"


def test_countrysides_inhabitants_and_surroundings_are_no_villages(gaz: Gazetteer) -> None:
    text = (
        "تعرضت عدة قرى بأرياف محافظة حماة للقصف، واستهدفت القذائف قرى المدنيين،"
        " ثم هاجم مسلحون قرى محيطة بمدينة الأبيض."
    )
    found = _places(gaz, text)
    assert "بأرياف" not in found
    assert "المدنيين" not in found
    assert "محيطة" not in found


def test_a_kind_word_joined_to_the_next_list_is_no_part_of_a_name(gaz: Gazetteer) -> None:
    text = "طال القصف بلدة الزقوم وقرى الحويجة والعمقية بريف حماة الغربي."
    found = _places(gaz, text)
    assert "الزقوم وقرى" not in found
    assert found.get("الحويجة") == "SY"


def test_a_month_after_the_slash_of_a_date_is_no_place(gaz: Gazetteer) -> None:
    text = "قتل مدنيان الأحد 9 أغسطس / آب في غارة على مديرية كتاف بمحافظة صعدة."
    found = _places(gaz, text)
    assert "آب" not in found
    assert found.get("كتاف") == "YE"


def test_ibb_itself_is_still_a_place(gaz: Gazetteer) -> None:
    text = "اندلعت اشتباكات عنيفة في محافظة إب وسط اليمن."
    assert _places(gaz, text).get("محافظة إب") == "YE"
