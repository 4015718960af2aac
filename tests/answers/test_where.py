"""The place an event line names: the town or area that places it within its country, and
the country, so a reader finds it at a glance and tells namesakes apart."""

from __future__ import annotations

from bot.answers import place_line
from bot.records import Place, StoredPlace
from bot.understand.analyzer import Analyzer


def named(analyzer: Analyzer, name: str, kind: str, country: str = "") -> Place:
    found = [
        p
        for p in analyzer.gazetteer.lookup(name)
        if p.kind == kind and (not country or p.country == country)
    ]
    assert found, name
    return found[0]


def line(analyzer: Analyzer, name: str, kind: str = "city", country: str = "") -> str:
    return place_line(analyzer.gazetteer, named(analyzer, name, kind, country))


def test_a_town_is_named_with_its_province_and_country(analyzer: Analyzer) -> None:
    assert line(analyzer, "Hajin") == "Hajin, Deir ez-Zor, Syria"
    assert line(analyzer, "El Fasher") == "El Fasher, North Darfur, Sudan"
    assert line(analyzer, "Goma") == "Goma, North Kivu, DR Congo"


def test_a_town_that_gives_its_province_its_name_is_not_named_twice(analyzer: Analyzer) -> None:
    assert line(analyzer, "Deir ez-Zor") == "Deir ez-Zor, Syria"
    assert line(analyzer, "Kyiv") == "Kyiv, Ukraine"
    # the governorate goes by the city's Arabic name (Dimashq): the same place in the line
    assert line(analyzer, "Damascus", country="Syria") == "Damascus, Syria"


def test_namesakes_are_told_apart_by_their_province(analyzer: Analyzer) -> None:
    lines = {
        place_line(analyzer.gazetteer, p)
        for p in analyzer.gazetteer.lookup("Novoselivka")
        if p.country == "Ukraine"
    }
    assert len(lines) > 3, "each Novoselivka says which oblast it is in"
    assert "Novoselivka, Donetsk, Ukraine" in lines


def test_an_area_or_a_country_is_named_alone(analyzer: Analyzer) -> None:
    assert line(analyzer, "Deir ez-Zor", "admin1") == "Deir ez-Zor Governorate, Syria"
    assert line(analyzer, "Syria", "country") == "Syria"
    assert line(analyzer, "Middle East", "region") == "Middle East", "no parent: its name"


def test_a_country_with_a_long_formal_name_goes_by_its_short_one(analyzer: Analyzer) -> None:
    assert line(analyzer, "Khan Yunis") == "Khan Yunis, Gaza Strip, Palestine"
    assert line(analyzer, "Palestinian Territory", "country") == "Palestine"
    assert line(analyzer, "Austin", country="United States") == "Austin, Texas, US"
    # a short name is only for the line: the place keeps GeoNames' name
    assert named(analyzer, "Khan Yunis", "city").label == "Khan Yunis, Palestinian Territory"
    # a country whose name is its familiar one keeps it
    assert line(analyzer, "Bangui") == "Bangui, Central African Republic"


def test_a_district_of_a_city_is_named_with_its_city(analyzer: Analyzer) -> None:
    assert line(analyzer, "Shujaiya", "neighbourhood") == "Shujaiya, Gaza, Palestine"


def test_a_village_the_gazetteer_lacks_is_named_by_where_the_text_put_it(
    analyzer: Analyzer,
) -> None:
    gaz = analyzer.gazetteer
    hajin = named(analyzer, "Hajin", "city")
    province = named(analyzer, "Deir ez-Zor", "admin1")
    near_town = StoredPlace(f"unlisted:{hajin.key}/Al-Bahra", "Al-Bahra", "village", "SY", "")
    in_province = StoredPlace(
        f"unlisted:{province.key}/Al-Bahra", "Al-Bahra", "village", "SY", "Al-Bahra"
    )
    assert place_line(gaz, near_town) == "Al-Bahra, near Hajin, Syria"
    assert place_line(gaz, in_province) == "Al-Bahra, Deir ez-Zor, Syria"


def test_what_a_name_already_says_is_not_said_again(analyzer: Analyzer) -> None:
    [district] = analyzer.gazetteer.lookup("Shevchenkivskyi District (Kharkiv)")
    line = place_line(analyzer.gazetteer, district)
    assert line == "Shevchenkivskyi District (Kharkiv), Ukraine", "its city is in its name"
