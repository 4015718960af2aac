"""A ministry's running toll of a war is no event's figure, a funeral's headline gives no
figure of the dead it mourns, an Arabic casualty noun in the dual counts two, a headline's
bare victim after its verb is one, a wounded person told to have died is not injured, and a
lone victim wounded to a degree ("lightly", "seriously") is one.

Traps: a headline and lead telling a war's toll rising past a thousand ("death toll rises to
4,310", its wounded in the same sentence); a funeral or a mourning whose headline names
soldiers killed days before; "شهيدان" in a headline; "Drone strike kills farmer"; "wounding
another, who later died of his wounds", "но спасти его не удалось"; "Soldier lightly
wounded". Controls: a strike told beside the toll keeps its own figures, an event's own toll
of a thousand told with no rise is kept; a strike on a funeral is an incident and keeps them
too; a number after the verb counts as written; twelve wounded, one of whom died, stay
twelve. All sentences are written for this test."""

from __future__ import annotations

import pytest

from bot.understand.events import EventRules, read_event


def figures(rules: EventRules, title: str, text: str, language: str = "en") -> tuple[object, ...]:
    facts = read_event(rules.for_language(language), title, text)
    return facts.killed.min, facts.injured.min


def test_a_war_toll_rising_past_a_thousand_is_no_event_s_figure(rules: EventRules) -> None:
    title = "Health ministry: death toll in the enclave rises to 4,310"
    text = (
        "The health ministry said on Monday that the death toll of the military campaign on "
        "the enclave had risen to 4,310, with 9,100 others wounded. Relief agencies said "
        "fuel would run out within days."
    )
    assert figures(rules, title, text) == (None, None)


def test_an_event_s_toll_of_a_thousand_told_without_a_rise_is_kept(rules: EventRules) -> None:
    title = "More than 1,200 killed as dam shelled"
    text = "More than 1,200 people died when the dam was shelled on Sunday, officials said."
    assert figures(rules, title, text) == (1200, None)


def test_a_strike_told_beside_a_war_toll_keeps_its_own_figures(rules: EventRules) -> None:
    title = "Air strike on a shelter kills 14 as death toll passes 4,310"
    text = (
        "An air strike on a school used as a shelter killed 14 people and wounded 30 on "
        "Monday, medics said, as the ministry's count of people killed in the war passed 4,310."
    )
    assert figures(rules, title, text) == (14, 30)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Three soldiers killed in border ambush laid to rest",
            "Hundreds of mourners lined the streets of the garrison town on Saturday as the "
            "three soldiers were buried. They died on Tuesday when their patrol was ambushed "
            "near the border; four others were wounded.",
        ),
        (
            "Town holds funeral for 11 villagers killed last week",
            "Relatives and officials gathered at the town's cemetery on Sunday to bury the "
            "11 villagers killed when gunmen attacked their farms last Thursday.",
        ),
    ],
)
def test_a_funeral_s_headline_gives_no_figure_of_the_dead_it_mourns(
    rules: EventRules, title: str, text: str
) -> None:
    assert figures(rules, title, text) == (None, None)


def test_a_strike_on_a_funeral_is_an_incident_with_its_figures(rules: EventRules) -> None:
    title = "Air strike on funeral kills 12 in hill village"
    text = "An air strike hit a funeral in a hill village on Friday, killing 12 mourners and "
    text += "wounding 20, local officials said."
    assert figures(rules, title, text) == (12, 20)


@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        ("شهيدان بقصف على البلدة", "قصفت طائرة مسيرة منزلا في البلدة فجر اليوم.", (2, None)),
        ("قصف على البلدة", "أسفر القصف عن سقوط شهيدين وإصابة ثلاثة آخرين في البلدة.", (2, 3)),
        ("قتيلان و4 جرحى في قصف على السوق", "قصفت المدفعية سوق البلدة صباح اليوم.", (2, 4)),
    ],
)
def test_an_arabic_casualty_noun_in_the_dual_counts_two(
    rules: EventRules, title: str, text: str, want: tuple[int | None, int | None]
) -> None:
    assert figures(rules, title, text, "ar") == want


def test_perish_counts_the_dead(rules: EventRules) -> None:
    title = "Eight civilians perish in shelling of market town"
    text = "Artillery shells hit the market of a border town on Sunday, residents said."
    assert figures(rules, title, text) == (8, None)


@pytest.mark.parametrize(
    ("title", "killed"),
    [
        ("Drone strike kills farmer near border village", 1),
        ("Drone Strike Kills Local Farmer Near Border Village", 1),
        ("Gunmen kill two farmers near border village", 2),
    ],
)
def test_a_headline_s_bare_victim_after_its_verb_is_one(
    rules: EventRules, title: str, killed: int
) -> None:
    text = "Rockets hit a field on the edge of a border village on Wednesday, residents said."
    assert figures(rules, title, text)[0] == killed


@pytest.mark.parametrize(
    ("language", "title", "text", "want"),
    [
        (
            "en",
            "Drone strike on car in border district",
            "A drone hit a car in the border district on Monday, killing one man and wounding "
            "another, who later died of his wounds in hospital, officials said.",
            (1, None),
        ),
        (
            "ru",
            "Дрон атаковал автомобиль в приграничном селе",
            "Водитель получил тяжёлые ранения, его доставили в больницу, но спасти его не "
            "удалось, сообщил губернатор.",
            (1, None),
        ),
        (
            "en",
            "Shelling wounds 12 in market town",
            "Shelling hit the market of a town on Monday, wounding 12 people, one of whom later "
            "died in hospital, officials said.",
            (None, 12),
        ),
    ],
)
def test_a_wounded_person_told_to_have_died_is_not_injured(
    rules: EventRules, language: str, title: str, text: str, want: tuple[int | None, int | None]
) -> None:
    assert figures(rules, title, text, language) == want


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Soldier lightly wounded at checkpoint",
            "Gunfire hit a checkpoint outside the city on Monday, the army said.",
        ),
        (
            "Gunfire at checkpoint outside the city",
            "A soldier was seriously wounded by gunfire at a checkpoint outside the city on "
            "Monday, the army said.",
        ),
    ],
)
def test_a_lone_victim_wounded_to_a_degree_is_one(rules: EventRules, title: str, text: str) -> None:
    assert figures(rules, title, text) == (None, 1)
