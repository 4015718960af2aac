"""Figures of people joined in one sentence: another fate's figure is not the wounded's,
people listed by age or kinship are each counted, and one wounded person said to have died
in the next sentence is dead. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from bot.understand.events import EventRules, read_event


def figures(rules: EventRules, language: str, text: str) -> tuple[int | None, int | None]:
    facts = read_event(rules.for_language(language), "", text)
    return facts.killed.min, facts.injured.min


@pytest.mark.parametrize(
    ("language", "text", "injured"),
    [
        ("fr", "Attaque du poste : dix terroristes neutralisés et un gendarme blessé.", None),
        ("en", "Twelve gunmen were neutralised and two guards wounded in the attack.", 2),
        ("ru", "При атаке на блокпост восемь боевиков нейтрализованы и один военный ранен.", 1),
    ],
)  # fmt: skip
def test_another_fate_s_figure_is_not_the_wounded_s(
    rules: EventRules, language: str, text: str, injured: int | None
) -> None:
    assert figures(rules, language, text)[1] == injured


@pytest.mark.parametrize(
    ("language", "text", "injured"),
    [
        ("uk", "Унаслідок обстрілу Херсона поранені 43-річна жінка та 71-річний чоловік.", 2),
        ("ru", "В результате обстрела Херсона ранены 43-летняя женщина и 71-летний мужчина.", 2),
        ("en", "The shelling of Kherson wounded a 43-year-old woman and a 71-year-old man.", 2),
        ("en", "A 43-year-old woman and a 71-year-old man were wounded in the shelling.", 2),
    ],
)
def test_people_listed_by_age_are_each_counted(
    rules: EventRules, language: str, text: str, injured: int
) -> None:
    assert figures(rules, language, text)[1] == injured


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Унаслідок удару дрона по селу загинули дружина та син місцевого фермера."),
        ("ru", "В результате удара дрона по селу погибли жена и сын местного фермера."),
        ("en", "The drone strike on the village killed his wife and son."),
        ("en", "His wife and son were killed in the drone strike on the village."),
        ("en", "A woman and her son died in the drone strike on the village."),
    ],
)
def test_kin_listed_without_a_comma_are_each_counted(
    rules: EventRules, language: str, text: str
) -> None:
    assert figures(rules, language, text)[0] == 2


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A farmer was wounded in the shelling of the village. He later died in hospital."),
        ("fr", "Un fermier a été blessé dans le bombardement. Il a succombé à ses blessures."),
        ("ru", "При обстреле села ранен фермер. Позже он скончался в больнице."),
    ],
)  # fmt: skip
def test_one_wounded_whose_death_the_next_sentence_tells_is_killed(
    rules: EventRules, language: str, text: str
) -> None:
    assert figures(rules, language, text) == (1, None)


def test_a_later_death_of_someone_else_leaves_the_wounded(rules: EventRules) -> None:
    text = "A farmer was wounded in the shelling of the village. A neighbour died in hospital."
    assert figures(rules, "en", text)[1] == 1


def test_a_list_of_people_after_a_figure_is_not_counted_twice(rules: EventRules) -> None:
    text = "Three soldiers and a civilian were killed in the shelling of the town."
    assert figures(rules, "en", text)[0] == 4
