"""A village, town or district the gazetteer lacks, described by the text as lying in or
near a place it names ("Ombeko, a rural township in northern Limpopo", "Tal Harsha is a
village 12 km south of Aleppo"), is a place inside that place; so is a camp a report on
refugees names ("the Hagadera camps"). A kind word that qualifies a person ("a district
judge in Texas") or a side named "camp" ("the Harris camp said") makes no place."""

from __future__ import annotations

from bot.understand.places.gazetteer import Gazetteer
from tests.support.places import found

HARARE, ALEPPO, GOMA, OHIO, TEXAS = ("gn:890299", "gn:170063", "gn:216281", "gn:5165418",
                                     "gn:4736286")  # fmt: skip


def test_a_name_described_as_a_suburb_east_of_a_city_lies_in_that_city(gaz: Gazetteer) -> None:
    text = "A shopkeeper from Dumbani, a suburb located east of Harare, said the taps ran dry."
    assert found(gaz, text).get(f"unlisted:{HARARE}/dumbani") == "Dumbani"


def test_a_name_that_is_a_village_some_km_from_a_town_lies_there(gaz: Gazetteer) -> None:
    text = "Tal Harsha is a small farming village 12 km south of Aleppo, and it was shelled."
    assert found(gaz, text).get(f"unlisted:{ALEPPO}/tal-harsha") == "Tal Harsha"
    text = "The rebels seized Kivumu, the largest town near Goma, after two days of fighting."
    assert found(gaz, text).get(f"unlisted:{GOMA}/kivumu") == "Kivumu"


def test_a_name_with_an_arabic_article_described_as_a_village_is_one(gaz: Gazetteer) -> None:
    text = "Settlers raided Umm al-Khair, a Bedouin village near Hebron, at dawn."
    assert "Umm al-Khair" in found(gaz, text).values()


def test_a_person_described_by_an_office_with_a_kind_word_is_no_place(gaz: Gazetteer) -> None:
    assert found(gaz, "Ana Ruiz, a town councillor in Texas, voted against the plan.") == {
        TEXAS: "Texas"
    }
    assert found(gaz, "Mark Hale, a district attorney in Ohio, filed charges.") == {OHIO: "Ohio"}


def test_a_camp_named_in_a_report_on_refugees_is_a_place(gaz: Gazetteer) -> None:
    text = "Somali refugees crossed into Kenya and reached the overcrowded Hagadera camps."
    assert found(gaz, text).get("unlisted:cc:KE/hagadera") == "Hagadera"
    text = "Hundreds of refugees left Kakwa camp in Northern Bahr el Ghazal after the clashes."
    assert "Kakwa" in found(gaz, text).values()


def test_a_side_named_camp_is_no_place(gaz: Gazetteer) -> None:
    text = "The Harris camp said the senator would speak on refugees in Ohio."
    assert found(gaz, text) == {OHIO: "Ohio"}
    text = "The Harris camp pressed for a vote on the budget in Ohio."
    assert found(gaz, text) == {OHIO: "Ohio"}


def test_a_town_read_first_in_its_country_is_one_place_in_the_area_its_description_gives(
    gaz: Gazetteer,
) -> None:
    text = (
        "He paints houses in the small town of Dolpur in northern India. Dolpur, a market"
        " town in Rajasthan, has grown since the new road opened."
    )
    dolpur = [key for key, written in found(gaz, text).items() if written == "Dolpur"]
    assert len(dolpur) == 1 and dolpur[0].startswith("unlisted:gn:1258899/")
