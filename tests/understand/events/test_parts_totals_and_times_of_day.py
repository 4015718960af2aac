"""Figures read from lists, totals and running tolls: French parts joined by "et", Arabic
counts after a fate that is no casualty, nouns for one or two people, an event's total
("загалом", "всего"), a toll as of a time of day, things counted beside people, and spans
or frames told past an aside. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from bot.understand.events import EventRules, read_event


def figures(rules: EventRules, language: str, text: str) -> tuple[int | None, int | None]:
    facts = read_event(rules.for_language(language), "", text)
    assert facts is not None
    return facts.killed.min, facts.injured.min


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Trois gendarmes et un berger ont été tués dans l'embuscade de samedi.", 4, None),
        ("Deux policiers et trois passants ont été blessés par l'explosion.", None, 5),
        ("L'explosion du camion a fait un mort et trois blessés au marché.", 1, 3),
        ("Deux morts et un blessé dans l'attaque du poste de police.", 2, 1),
        ("Cinq assaillants neutralisés et deux soldats tués lors de l'assaut.", 2, None),
    ],
)
def test_french_parts_of_one_fate_are_summed(
    rules: EventRules, text: str, killed: int | None, injured: int | None
) -> None:
    assert figures(rules, "fr", text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("أسفرت المواجهات عن أسر ستة جنود ومقتل ضابط.", 1, None),
        ("أعلنت الشرطة اعتقال 10 مسلحين وإصابة جندي في الاشتباك.", None, 1),
        ("أسفر الكمين عن مقتل عنصرين من الشرطة.", 2, None),
        ("لقي أربعة رعاة حتفهم في القصف على القرية.", 4, None),
        ("أعلن المستشفى عن إصابة مواطنين اثنين في القصف.", None, 2),
    ],
)
def test_arabic_fates_and_nouns_for_people(
    rules: EventRules, text: str, killed: int | None, injured: int | None
) -> None:
    assert figures(rules, "ar", text) == (killed, injured)


@pytest.mark.parametrize(
    ("language", "text", "killed", "injured"),
    [
        ("uk", "Загалом через удар по Полтаві постраждали 14 людей.", None, 14),
        ("ru", "Всего при атаке на Курск ранены девять человек.", None, 9),
        ("uk", "Загалом з початку вторгнення в області загинули 900 цивільних.", None, None),
        ("uk", "Загалом в області від обстрілів загинули 40 людей.", None, None),
        ("ru", "Всего в регионе при атаках дронов ранены 30 человек.", None, None),
        ("uk", "Станом на 16:40 відомо про дев'ять загиблих у місті.", 9, None),
        ("ru", "По состоянию на 18.00 известно о семи раненых.", None, 7),
        ("uk", "Станом на 1 березня в області загинули 300 мирних жителів.", None, None),
        ("uk", "У Сумах окупанти убили двох людей і поранили одного чоловіка.", 2, 1),
    ],
)
def test_event_totals_and_tolls_as_of_a_time_of_day(
    rules: EventRules, language: str, text: str, killed: int | None, injured: int | None
) -> None:
    assert figures(rules, language, text) == (killed, injured)


@pytest.mark.parametrize(
    ("language", "text", "injured"),
    [
        ("uk", "Унаслідок удару по місту постраждали 6 людей і близько 40 квартир.", 6),
        ("ru", "В результате удара пострадали пять человек и около 30 квартир.", 5),
        ("ru", "Осколки разлетелись по кварталу, больше всего пострадала улица Садовая.", None),
        ("uk", "Від уламків найбільше постраждала вулиця Садова.", None),
    ],
)
def test_dwellings_and_streets_are_things_not_people(
    rules: EventRules, language: str, text: str, injured: int | None
) -> None:
    assert figures(rules, language, text)[1] == injured


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Officials said 21 were killed, including four children, over the past week."),
        ("ru", "11 человек погибли, в том числе двое детей, за последнюю неделю обстрелов."),
        ("ar", "وقالت الوزارة إن حصيلة العدوان، حتى الآن، 60 شهيدا."),
    ],
)
def test_a_span_or_frame_past_an_aside_makes_a_tally(
    rules: EventRules, language: str, text: str
) -> None:
    assert figures(rules, language, text) == (None, None)


def test_an_english_article_before_a_casualty_word_describes_no_count(
    rules: EventRules,
) -> None:
    assert figures(rules, "en", "An injured man lies in a hospital bed in the city.")[1] is None


@pytest.mark.parametrize(
    ("language", "text", "killed", "injured"),
    [
        ("uk", "Поранення дістали 81-річна, 66-річна та 30-річна жінки.", None, 3),
        ("uk", "Загинули 45-річний та 52-річний чоловіки.", 2, None),
        ("ru", "При обстреле ранены 40-летний и 63-летний мужчины.", None, 2),
    ],
)
def test_ages_listed_before_one_plural_noun_count_one_each(
    rules: EventRules, language: str, text: str, killed: int | None, injured: int | None
) -> None:
    assert figures(rules, language, text) == (killed, injured)


@pytest.mark.parametrize(
    ("language", "text", "killed"),
    [
        ("en", "Two passengers were burned alive when gunmen set fire to the bus.", 2),
        ("ru", "При ударе по дому заживо сгорели три человека.", 3),
        ("fr", "Deux villageois ont été brûlés vifs dans l'incendie de leur maison.", 2),
    ],
)
def test_people_burned_alive_are_killed(
    rules: EventRules, language: str, text: str, killed: int
) -> None:
    assert figures(rules, language, text)[0] == killed


@pytest.mark.parametrize(
    "text",
    [
        "هاجم مسلحون حاجزا للجيش قرب البلدة، ما أدى إلى مقتل عنصر وإصابة اثنين.",
        "أصيب ثلاثة عناصر بتبادل لإطلاق النار على حاجز أمني في المنطقة.",
    ],
)
def test_an_arabic_attack_on_a_checkpoint_is_a_clash(rules: EventRules, text: str) -> None:
    facts = read_event(rules.for_language("ar"), "", text)
    assert facts is not None and facts.sub_event_type == "Armed clash"
