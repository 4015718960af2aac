"""An area or large town of an Arabic-speaking country written in another romanization than
the gazetteer's ("Menoufia" for GeoNames' "Al Minufiyah", "Beni Suef" for "Bani Suwayf") is
that place where the text names its country; a person, an institution named after the place
or a text of another country's places gets none."""

from __future__ import annotations

from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.romanized import romanized_key
from tests.support.places import found

MINUFIYAH, DAQAHLIYAH, BANI_SUWAYF, BANI_SUWAYF_GOVERNORATE = (
    "gn:360689", "gn:361849", "gn:359173", "gn:359171"
)  # fmt: skip


def test_spellings_of_one_name_share_a_key() -> None:
    assert romanized_key(" menoufia ") == romanized_key(" al minufiyah ")
    assert romanized_key(" daqahliya ") == romanized_key(" al daqahliyah ")
    assert romanized_key(" beni suef ") == romanized_key(" bani suwayf ")
    assert romanized_key(" menoufia ") != romanized_key(" manbij ")


def test_governorates_in_news_spellings_are_their_governorates(gaz: Gazetteer) -> None:
    text = "Doctors in Egypt found new cases in Menoufia and in Daqahliya on Sunday."
    places = found(gaz, text)
    assert places.get(MINUFIYAH) == "Menoufia"
    assert places.get(DAQAHLIYAH) == "Daqahliya"


def test_a_town_and_its_governorate_are_told_apart_by_the_area_word(gaz: Gazetteer) -> None:
    town = "A bus overturned near Beni Suef, south of Cairo, killing four."
    assert found(gaz, town).get(BANI_SUWAYF) == "Beni Suef"
    area = "Farmers in Beni Suef governorate, south of Cairo, lost their crops."
    assert found(gaz, area).get(BANI_SUWAYF_GOVERNORATE) == "Beni Suef"


def test_a_possessive_country_before_the_name_keeps_it_a_place(gaz: Gazetteer) -> None:
    text = "Egypt's Menoufia province reported its first case."
    assert found(gaz, text).get(MINUFIYAH) == "Menoufia"


def test_a_person_or_an_institution_of_that_spelling_is_no_place(gaz: Gazetteer) -> None:
    assert MINUFIYAH not in found(gaz, "Dr. Menoufia told reporters in Cairo the ward was full.")
    assert MINUFIYAH not in found(gaz, "Students of Menoufia University in Egypt went on strike.")


def test_the_spelling_counts_only_where_the_text_names_the_country(gaz: Gazetteer) -> None:
    assert MINUFIYAH not in found(gaz, "The firm opened a shop in Menoufia last week.")
    assert MINUFIYAH not in found(gaz, "Officials in Ohio said Menoufia had not replied.")


def test_a_name_of_that_spelling_with_no_word_of_place_before_it_is_no_place(
    gaz: Gazetteer,
) -> None:
    text = "Officials in Cairo said Menoufia would not comment on the vote."
    assert MINUFIYAH not in found(gaz, text)


def test_a_name_after_a_place_and_a_comma_is_a_place_of_the_list(gaz: Gazetteer) -> None:
    text = "Clinics closed in Cairo, Alexandria, and Menoufia after the storm."
    assert found(gaz, text).get(MINUFIYAH) == "Menoufia"
