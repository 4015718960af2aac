"""Figures read as people would read them: a martyrdom idiom of Arabic-English reporting
counts the dead, a wounded person doctors could not save is dead (not injured), a person
told to have received wounds ("ранения получил его брат", "отримав осколкові поранення") or
named by a possessive ("his brother was wounded") is one injured, and a day or an area of
many strikes counted ("the region came under 52 attacks") gives no event's figure.

Traps: "Al-Aqsa Martyrs Brigades" (no death); "52 ворожих ударів ... відомо про трьох
поранених" (a day's tally); a wounded man who "could not be saved". Controls: two strikes
counted keep their toll; a plural verb of receiving with its own figure keeps it; "the
death of" stays as it was. All sentences are written for this test."""

from __future__ import annotations

import pytest

from bot.understand.events import EventRules, read_event


def figures(rules: EventRules, title: str, text: str, language: str = "en") -> tuple[object, ...]:
    facts = read_event(rules.for_language(language), title, text)
    assert facts is not None
    return facts.killed.min, facts.injured.min


@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        (
            "Drone strike hits a house in a border town",
            "Three Palestinians embraced martyrdom and five others were injured when a drone "
            "struck a house in the town on Tuesday, medical sources said.",
            (3, 5),
        ),
        (
            "Missile hits army camp",
            "The ballistic missile fired at the camp resulted in the martyrdom of 12 soldiers "
            "and the injury of 20 others, the army spokesman said.",
            (12, 20),
        ),
        (
            "Two young men martyred in raid on camp",
            "Two young men were martyred by the occupation forces' bullets during a raid on the "
            "camp on Monday, the health ministry said.",
            (2, None),
        ),
        (
            "A citizen got martyred in a roadside bombing",
            "A roadside bomb hit a military vehicle on a desert road on Friday, a security "
            "source said.",
            (1, None),
        ),
    ],
)
def test_martyrdom_idioms_count_the_dead(
    rules: EventRules, title: str, text: str, want: tuple[int | None, int | None]
) -> None:
    assert figures(rules, title, text) == want


def test_a_brigade_named_after_martyrs_counts_nobody(rules: EventRules) -> None:
    title = "Gunmen attack a checkpoint on the edge of the city"
    text = (
        "Gunmen attacked a checkpoint on Sunday. The Al-Aqsa Martyrs Brigades said its "
        "fighters fired 3 rockets at the post."
    )
    assert figures(rules, title, text) == (None, None)


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        (
            "en",
            "Shelling of a village near the front",
            "A man was wounded in the shelling of the village and taken to hospital, where "
            "doctors could not save him.",
        ),
        (
            "ru",
            "Удар дрона по автомобилю в приграничном селе",
            "Мужчина получил тяжелые ранения при атаке дрона на автомобиль, однако медикам не "
            "удалось его спасти.",
        ),
        (
            "uk",
            "Обстріл прифронтового міста",
            "Жінка дістала важкі поранення внаслідок обстрілу міста, лікарі не змогли її "
            "врятувати.",
        ),
    ],
)
def test_a_wounded_person_who_could_not_be_saved_is_dead(
    rules: EventRules, language: str, title: str, text: str
) -> None:
    assert figures(rules, title, text, language) == (1, None)


@pytest.mark.parametrize(
    ("language", "title", "text", "want"),
    [
        (
            "ru",
            "Обстрел села в приграничном районе",
            "В результате обстрела села погиб мужчина, ранения получил его брат.",
            (1, 1),
        ),
        (
            "ru",
            "Обстрел города",
            "Погибла 55-летняя женщина. 47-летний мужчина, управлявший автомобилем, получил "
            "ранение.",
            (1, 1),
        ),
        (
            "uk",
            "Обстріл міста",
            "Загинув 45-річний чоловік. Ще один, 47 років, отримав осколкові поранення.",
            (1, 1),
        ),
        (
            "uk",
            "Обстріл прикордонної громади",
            "Через обстріл села загинув чоловік, поранення дістав його син.",
            (1, 1),
        ),
        (
            "en",
            "Shelling of a village near the front",
            "A man was killed and his brother was wounded when a shell hit their house in the "
            "village.",
            (1, 1),
        ),
        (
            "ru",
            "Удар по городу",
            "При ударе по городу ранения получили пять человек.",
            (None, 5),
        ),
    ],
)
def test_one_person_told_to_have_received_wounds_is_one_injured(
    rules: EventRules, language: str, title: str, text: str, want: tuple[int | None, int | None]
) -> None:
    assert figures(rules, title, text, language) == want


@pytest.mark.parametrize(
    ("language", "title", "text", "want"),
    [
        (
            "uk",
            "Через обстріл села загинуло двоє людей",
            "Через обстріл села загинуло двоє людей, повідомили в ОВА. Область 15 лютого "
            "зазнала 52 ворожих ударів, відомо про трьох поранених людей.",
            (2, None),
        ),
        (
            "en",
            "Shelling kills two in a border village",
            "Shelling killed two people in a border village on Monday, officials said. The "
            "region came under 40 attacks during the day, with four people wounded.",
            (2, None),
        ),
        (
            "en",
            "Two strikes on a market town kill six",
            "Two strikes on the market town killed six people and wounded 11 on Monday, "
            "officials said.",
            (6, 11),
        ),
    ],
)
def test_a_day_of_many_strikes_counted_is_a_tally(
    rules: EventRules, language: str, title: str, text: str, want: tuple[int | None, int | None]
) -> None:
    assert figures(rules, title, text, language) == want
