"""A lone name that is also a first name or a common word ("Sofia", "Mobile", "Split",
"Florence") is a place where the sentence itself places it: after "through" or "downtown",
after "the mayor of" or "residents of", between "a"/"an" and a word for its people ("an
Alexandria man"), as a dateline written as a name before an agency in brackets ("Sofia (AFP)
–"), or run into the lead's first word ("Honolulu The governor said"). The same names stay
people where the words around them say so."""

from __future__ import annotations

from bot.understand.places.gazetteer import Gazetteer
from tests.support.places import found

SOFIA, MOBILE, SPLIT, FLORENCE, HONOLULU = (
    "gn:727011",
    "gn:4076598",
    "gn:3190261",
    "gn:3176959",
    "gn:5856195",
)


def test_a_name_after_a_preposition_of_passage_or_downtown_is_the_place(gaz: Gazetteer) -> None:
    assert SOFIA in found(gaz, "Several thousand people marched through Sofia on Saturday.")
    assert SOFIA in found(gaz, "Crowds blocked the boulevards of downtown Sofia late on Friday.")


def test_a_name_after_its_mayor_or_its_residents_is_the_place(gaz: Gazetteer) -> None:
    assert MOBILE in found(gaz, "The mayor of Mobile ordered shelters opened before the storm.")
    assert SPLIT in found(gaz, "Residents of Split were asked to boil their water for a week.")


def test_a_name_between_an_article_and_a_word_for_its_people_is_the_place(
    gaz: Gazetteer,
) -> None:
    text = "An Alexandria man was held after a chase on Tuesday."
    assert "Alexandria" in found(gaz, text).values()
    assert FLORENCE in found(gaz, "A Florence couple lost their shop in the fire last week.")


def test_a_dateline_written_as_a_name_before_an_agency_is_the_place(gaz: Gazetteer) -> None:
    assert FLORENCE in found(gaz, "Florence (Reuters) - Museums shut their doors on Monday.")
    assert SOFIA in found(gaz, "Sofia (AFP) – Farmers drove tractors into the centre on Monday.")


def test_a_dateline_run_into_the_lead_is_the_place(gaz: Gazetteer) -> None:
    text = "March 2, 2019 Honolulu The state will pay for new sea walls, officials said."
    assert HONOLULU in found(gaz, text)


def test_the_same_names_stay_people_where_the_words_around_them_say_so(gaz: Gazetteer) -> None:
    assert found(gaz, "Sofia Lopez walked through the park with her dog.") == {}
    assert found(gaz, "Florence Nightingale (1820-1910) trained nurses.") == {}
    assert found(gaz, "The company said its mobile network would be upgraded.") == {}
    assert SOFIA not in found(gaz, "The letter came through Sofia Ramos, the club's treasurer.")
    assert FLORENCE not in found(gaz, "Florence (the eldest) - and her sisters ran the farm.")
