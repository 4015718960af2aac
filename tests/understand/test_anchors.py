"""Anchors: the names and figures that tell one event in any language."""

from __future__ import annotations

from bot.understand.anchors import (
    RARE,
    anchors,
    rare_story,
    report_words,
    story_anchors,
    without,
    words_of,
)


def names(title: str, text: str) -> set[str]:
    return {" ".join(sorted(anchor)) for anchor in anchors(title, text)}


def test_names_inside_sentences_and_figures_are_anchors() -> None:
    found = names(
        "Blast at the Velora Concert Hall",
        "Gunmen opened fire at the Velora Concert Hall in Tarnesk on Friday, killing 137 "
        "people and wounding 1,250, said governor Ilya Brandov.",
    )
    assert {"concert hall velora", "tarnesk", "137", "1250", "brandov ilya"} <= found


def test_a_capital_that_starts_a_sentence_days_and_years_are_not_anchors() -> None:
    found = names(
        "",
        "Residents fled. Several houses burned on 14 March 2025. Officials said 12 died.",
    )
    assert found == set()


def test_function_words_weekdays_months_and_wires_are_not_names() -> None:
    found = names("", "Il 3 maggio, Secondo Reuters, on Tuesday in May Tarnesk lost 45 men.")
    assert found == {"tarnesk", "45"}


def test_a_headline_in_title_case_names_nothing_by_its_capitals() -> None:
    assert names("Gunmen Kill Dozens At Velora Concert Hall", "") == set()
    assert names("", "At the Velora Concert Hall, Ilya Brandov spoke.") == {
        "concert hall velora",
        "brandov ilya",
    }
    assert names("Gunmen kill dozens at Velora Concert Hall", "") == {"concert hall velora"}


def test_codes_of_letters_and_digits_are_anchors() -> None:
    assert "m23" in names("", "Fighters of the M23 group entered the town at dawn.")


def test_an_anchor_counts_only_for_the_one_story_that_names_it() -> None:
    mine = anchors("", "Survivors of the Velora Concert Hall attack in Tarnesk met Ilya Brandov.")
    shared_by_two = [
        (1, True, words_of(anchors("", "At the Velora Concert Hall, Ilya Brandov spoke."))),
        (2, True, words_of(anchors("", "Near the Velora Concert Hall another blast."))),
    ]
    assert story_anchors(mine, shared_by_two) is None
    alone = [shared_by_two[0]]
    assert story_anchors(mine, alone) == (1, 2)


def test_reports_in_one_language_need_more_anchors_than_across_languages() -> None:
    mine = anchors("", "the Velora Concert Hall attack, said Ilya Brandov.")
    other = words_of(anchors("", "en la sala Velora Concert Hall, dijo Ilya Brandov."))
    assert story_anchors(mine, [(7, True, other)]) == (7, 2)
    assert story_anchors(mine, [(7, False, other)]) is None


def test_a_name_that_holds_a_places_name_names_the_place() -> None:
    found = anchors("", "Shelling near Tarnesk Central Market, said Ilya Brandov.")
    assert {" ".join(sorted(a)) for a in without(found, frozenset({"tarnesk"}))} == {"brandov ilya"}


def test_in_german_capitals_in_a_row_are_nouns_not_one_name() -> None:
    found = anchors("", "Laut Angaben der Behörden Tarnesk Polizei Stellungnahme", "de")
    assert all(len(anchor) == 1 for anchor in found)


def test_two_anchors_that_share_a_word_are_one_name() -> None:
    mine = anchors("", "mourners of Velora Brandov, as Brandov was known.")
    other = words_of(anchors("", "los restos de Velora Brandov; Brandov murió."))
    assert story_anchors(mine, [(3, True, other)]) is None


def test_a_people_and_an_armed_group_alone_describe_a_place_not_an_event() -> None:
    mine = anchors("", "the Tarnesk Front said Kelvarian, Ostrani and Duvak families fled.")
    generic = words_of(anchors("", "la guerra de Kelvarian, Ostrani y Duvak sigue."))
    assert story_anchors(mine, [(4, False, generic)]) is None
    specific = words_of(anchors("", "la Tarnesk Front dice que Kelvarian, Ostrani y Duvak."))
    assert story_anchors(mine, [(4, False, specific)]) == (4, 4)


def test_a_long_name_written_whole_in_another_language_is_enough_alone() -> None:
    mine = anchors("", "Gunmen stormed the Velora Grand Concert Hall on Friday evening.")
    whole = words_of(anchors("", "un tiroteo en el Velora Grand Concert Hall el viernes."))
    assert story_anchors(mine, [(5, True, whole)]) == (5, 1)
    assert story_anchors(mine, [(5, False, whole)]) is None


def test_a_long_name_that_shares_only_some_words_is_not_enough() -> None:
    mine = anchors("", "Gunmen stormed the Velora Grand Concert Hall on Friday evening.")
    part = words_of(anchors("", "un concierto en el Velora Theatre el viernes."))
    assert story_anchors(mine, [(5, True, part)]) is None


def test_a_stored_report_is_read_once_while_recent() -> None:
    title, text = "Blast at Velora Hall", "The Tarnesk Front said 140 died at Velora Concert Hall."
    report_words.cache_clear()
    words = report_words(title, text)
    assert words == words_of(anchors(title, text))
    assert report_words(title, text) is words
    assert report_words.cache_info().hits == 1


def test_a_name_two_outlets_of_one_story_write_alone_is_enough_across_languages() -> None:
    mine = anchors("", "Szpital Veltrana zostal trafiony.", "pl")
    told = [("veltrana", 7, True, True), ("veltrana", 7, True, False)]
    assert rare_story(mine, told) == 7
    assert rare_story(mine, told[:1]) is None  # one report's detail
    assert rare_story(mine, [("veltrana", 7, False, True)] * 2) is None  # same language


def test_a_name_several_stories_or_many_reports_write_is_common() -> None:
    mine = anchors("", "Szpital Veltrana zostal trafiony.", "pl")
    assert rare_story(mine, [("veltrana", 7, True, True), ("veltrana", 8, True, True)]) is None
    assert rare_story(mine, [("veltrana", 7, True, True)] * (RARE + 1)) is None


def test_a_story_told_only_days_ago_is_not_joined_by_rare_names() -> None:
    mine = anchors("", "Szpital Veltrana zostal trafiony.", "pl")
    assert rare_story(mine, [("veltrana", 7, True, False)] * 2) is None
