"""Places local and world news name in ways the tagger used to miss: before one of the place's
own authorities, officials, courts or party members; after a whole title that ends a sentence;
before a day; a county by its name alone once the text has named it in full; a country's name
without its article or by a former name; a place's possessive after "district of"; and a list
of villages after "the villages of"; a small town before its police; a name joined by "au"."""

from __future__ import annotations

from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer
from tests.support.places import kinds_and_areas as _found

BORNO, GEORGIA = "cfg:borno-state", "gn:4197000"


def _mentions(gaz: Gazetteer, text: str) -> dict[str, list[str]]:
    """Place key -> every mention of it as written."""
    return {m.place.key: [w for _, _, w in m.mentions] for m in find_places(gaz, text)}


def test_a_town_before_its_court_officials_or_party_members_is_a_place(gaz: Gazetteer) -> None:
    assert "Oxford" in _found(gaz, "Two men were sentenced at Oxford Crown Court on Friday.")
    assert "Burlington" in _found(gaz, "Burlington Selectman Ruth Miller voted against it.")
    assert "Huntsville" in _found(gaz, "Huntsville City Manager Bill Baine asked for funds.")
    assert "Kettering" in _found(gaz, "Sen. Mark Hale, a Kettering Republican, opposed the bill.")


def test_a_street_or_hall_named_like_a_town_stays_no_place(gaz: Gazetteer) -> None:
    found = _found(gaz, "The van was found on Rye Court, near Centennial Hall.")
    assert "Rye" not in found and "Centennial" not in found


def test_a_name_that_is_also_a_first_name_is_a_place_before_its_police(gaz: Gazetteer) -> None:
    assert "Alexandria" in _found(gaz, "On Sunday Alexandria Police arrested two men.")


def test_a_whole_title_with_a_dot_ends_a_sentence_and_makes_no_person(gaz: Gazetteer) -> None:
    found = _found(gaz, "Voters chose a new Probate Judge. Columbus Council approved the levy.")
    assert "Columbus" in found


def test_a_state_before_a_day_is_the_state(gaz: Gazetteer) -> None:
    assert "Montana" in _found(gaz, "Four passengers died when a plane crashed in Montana Sunday.")


def test_a_county_named_in_full_is_the_county_by_its_name_alone_too(gaz: Gazetteer) -> None:
    mentions = _mentions(
        gaz,
        "Kanawha County schools reopened on Monday. A teacher admitted in Kanawha Circuit "
        "Court that Kanawha had too few buses.",
    )
    county = next(k for k, written in mentions.items() if "Kanawha County" in written)
    assert mentions[county] == ["Kanawha County", "Kanawha", "Kanawha"]


def test_a_countys_name_after_a_given_name_stays_a_persons(gaz: Gazetteer) -> None:
    mentions = _mentions(
        gaz, "Lincoln County deputies opened a museum about Abraham Lincoln on Monday."
    )
    assert ["Lincoln County"] in mentions.values()
    assert not any("Lincoln" in written for written in mentions.values() if len(written) > 1)


def test_a_country_without_its_article_or_by_its_former_name(gaz: Gazetteer) -> None:
    assert _found(gaz, "Netherlands has never had a case before.")["Netherlands"][1] == "cc:NL"
    assert _found(gaz, "Flu reached Romania and Macedonia.")["Macedonia"][1] == "cc:MK"
    assert _found(gaz, "Ships left Cape Verde on Monday.")["Cape Verde"][1] == "cc:CV"


def test_a_possessive_after_district_of_names_the_place_that_owns_it(gaz: Gazetteer) -> None:
    found = _found(gaz, "Clashes hit the Hodan district of Somalia's capital, Mogadishu.")
    assert found["Somalia"] == ("country", "cc:SO")


def test_a_possessive_before_a_district_office_is_its_owner_not_a_place(gaz: Gazetteer) -> None:
    found = _found(gaz, "They met at Caltrans's district office in Fresno, California.")
    assert not any(name.startswith("Caltrans") for name in found)


def test_every_village_of_a_list_after_the_villages_of_is_a_village(gaz: Gazetteer) -> None:
    found = _found(
        gaz, "Gunmen raided the villages of Bakinawa, Mudugari and Gorakin in Borno State."
    )
    for village in ("Bakinawa", "Mudugari", "Gorakin"):
        assert found[village] == ("village", BORNO)


def test_a_small_town_before_its_police_in_a_state_the_text_names(gaz: Gazetteer) -> None:
    found = _found(gaz, "Grovetown police questioned a woman who had driven from Augusta, Georgia.")
    assert found["Grovetown"] == ("town", GEORGIA)


def test_a_name_joined_by_a_french_particle_is_one_name(gaz: Gazetteer) -> None:
    assert "Port-au-Prince" in _found(gaz, "Cholera reached the city of Port-au-Prince.")


def test_a_small_town_before_a_capitalised_official_is_the_town(gaz: Gazetteer) -> None:
    found = _found(gaz, "Litchfield Selectman Ann Ross spoke in Hartford, Connecticut.")
    assert found["Litchfield"][0] == "town"


def test_a_small_town_before_its_town_or_city_authority_is_the_town(gaz: Gazetteer) -> None:
    found = _found(gaz, "Litchfield Town Clerk Ann Ross spoke in Hartford, Connecticut.")
    assert found["Litchfield"][0] == "town"
    found = _found(gaz, "The Grovetown City Council met after a woman drove from Augusta, Georgia.")
    assert found["Grovetown"] == ("town", GEORGIA)


def test_a_school_named_after_a_village_names_no_town(gaz: Gazetteer) -> None:
    found = _found(gaz, "Pupils of Emberton School in Milton Keynes, England, went home.")
    assert "Emberton" not in found
