"""Events in Arabic, French, Russian and Ukrainian reporting: each read with its language's
cues (config/events/<code>.yaml), the sub-event type and figures in the codebook's English
terms. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from bot.understand.analyzer import Analyzer
from bot.understand.events import EventRules, read_event
from bot.understand.events.rules import fold


def facts_of(rules: EventRules, language: str, title: str, text: str) -> tuple[object, ...]:
    facts = read_event(rules.for_language(language), title, text)
    return (
        facts.sub_event_type,
        facts.killed.min,
        facts.killed.exact,
        facts.injured.min,
        facts.injured.exact,
    )


@pytest.mark.parametrize(
    ("language", "title", "text", "expected"),
    [
        (
            "uk",
            "Ракетний удар по Харкову: троє загиблих",
            "Унаслідок ракетного удару по Харкову загинули троє людей, ще п'ятеро поранені. "
            "Від початку війни у місті загинули понад 1900 мирних жителів.",
            ("Shelling/artillery/missile attack", 3, True, 5, True),
        ),
        (
            "uk",
            "",
            "Вночі ударні безпілотники атакували Одесу. Загинула жінка, ще щонайменше "
            "шестеро людей отримали поранення.",
            ("Air/drone strike", 1, True, 6, False),
        ),
        (
            "ru",
            "",
            "В результате обстрела Белгорода погибли четыре человека, 11 получили ранения. "
            "Всего с начала года в области погибли 120 мирных жителей.",
            ("Shelling/artillery/missile attack", 4, True, 11, True),
        ),
        (
            "ru",
            "",
            "Не менее семи военнослужащих погибли в бою с боевиками у деревни на границе.",
            ("Armed clash", 7, False, None, False),
        ),
        (
            "fr",
            "",
            "Une frappe aérienne a fait au moins 12 morts et une vingtaine de blessés samedi "
            "dans un marché du nord du pays. Depuis le début du conflit, 15 000 personnes "
            "ont été tuées.",
            ("Air/drone strike", 12, False, 20, False),
        ),
        (
            "fr",
            "",
            "Un kamikaze s'est fait exploser devant un commissariat, tuant trois policiers et "
            "blessant huit passants.",
            ("Suicide bomb", 3, True, 8, True),
        ),
        (
            "ar",
            "",
            "قال مسؤولون إن أربعة أطفال كانوا بين 12 شخصا قتلوا في غارة جوية على سوق المدينة.",
            ("Air/drone strike", 12, True, None, False),
        ),
        (
            "fr",
            "Deux enfants parmi les dix morts d'une frappe aérienne sur un marché",
            "Une frappe aérienne a touché un marché lundi, selon des médecins.",
            ("Air/drone strike", 10, True, None, False),
        ),
        (
            "ar",
            "",
            "أسفرت غارة جوية على بلدة في ريف المدينة عن مقتل خمسة مدنيين وإصابة 12 آخرين "
            "بجروح. وقتل أكثر من ألف شخص منذ بداية الحرب.",
            ("Air/drone strike", 5, True, 12, True),
        ),
        (
            "ar",
            "",
            "قتل 9 أشخاص على الأقل وأصيب آخرون في انفجار عبوة ناسفة زرعت على جانب الطريق.",
            ("Remote explosive/landmine/IED", 9, False, None, False),
        ),
        (
            "ar",
            "",
            "اندلعت اشتباكات عنيفة بين الجيش ومسلحين في المدينة دون خسائر في الأرواح.",
            ("Armed clash", 0, True, 0, True),
        ),
    ],
)
def test_each_language_gives_the_kind_and_the_event_s_own_figures(
    rules: EventRules, language: str, title: str, text: str, expected: tuple[object, ...]
) -> None:
    assert facts_of(rules, language, title, text) == expected


def test_a_round_up_of_several_attacks_gives_no_figure(rules: EventRules) -> None:
    text = (
        "Des soldats ont été tués dans plusieurs attaques distinctes dans le centre du pays. "
        "L'une d'elles a causé la mort de deux militaires et sept autres ont été blessés."
    )
    assert facts_of(rules, "fr", "", text)[1::2] == (None, None)


def test_vague_amounts_give_no_figure(rules: EventRules) -> None:
    text = "Десятки людей погибли и несколько сотен ранены в результате обстрела города."
    assert facts_of(rules, "ru", "", text)[1::2] == (None, None)


def test_the_analyzer_reads_the_event_with_the_detected_language(analyzer: Analyzer) -> None:
    analysis = analyzer.analyze(
        "Росіяни обстріляли Херсон: двоє загиблих",
        "Унаслідок артилерійського обстрілу Херсона загинули двоє людей, ще четверо "
        "поранені. Снаряди влучили у житлові будинки та магазин у центрі міста.",
    )
    assert analysis.language == "uk"
    event = analysis.event
    assert event is not None
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert (event.killed.min, event.injured.min) == (2, 4)
    assert event.place is not None and event.place.place.name == "Kherson"


def test_a_time_or_a_date_is_no_figure_and_a_dateline_colon_hides_none(rules: EventRules) -> None:
    text = (
        "Херсон: 12 людей загинули внаслідок обстрілу 2024-05-03 о 4:20, ще 7 поранені. "
        "Станом на ранок від початку року в області загинули 1 240 людей."
    )
    assert facts_of(rules, "uk", "", text)[1::2] == (12, 7)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Обстріл Сум обійшовся без жертв, повідомила обласна адміністрація."),
        ("uk", "Ракетний удар по Одесі: загиблих і поранених немає, повідомив губернатор."),
        ("ru", "Ни один человек не пострадал при атаке беспилотников на Брянск."),
        ("fr", "Personne n'a été blessé dans l'attaque contre le convoi, a indiqué l'armée."),
        ("ar", "استهدفت طائرة مسيرة سيارة في ريف المدينة ولم تسجل أي إصابات."),
    ],
)
def test_no_one_hurt_said_in_each_language_is_zero(
    rules: EventRules, language: str, text: str
) -> None:
    assert facts_of(rules, language, "", text)[1::2] == (0, 0)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "La frappe répond à une attaque contre un village frontalier la semaine "
            "dernière, qui a fait 9 morts. Le bombardement du marché a tué 4 personnes.",
        ),
        (
            "ru",
            "Удар стал ответом на атаку по пограничному селу на прошлой неделе, в "
            "результате которой погибли 9 человек. При обстреле рынка погибли 4 человека.",
        ),
        (
            "uk",
            "Удар став відповіддю на атаку на прикордонне село минулого тижня, унаслідок "
            "якої загинули 9 людей. Під час обстрілу ринку загинули 4 людини.",
        ),
        (
            "ar",
            "جاءت الغارة ردا على هجوم على قرية حدودية الأسبوع الماضي، أسفر عن مقتل 9 "
            "أشخاص. وأسفر قصف السوق عن مقتل 4 أشخاص.",
        ),
    ],
)
def test_a_figure_of_last_week_is_not_the_event_s(
    rules: EventRules, language: str, text: str
) -> None:
    assert facts_of(rules, language, "", text)[1] == 4


def test_one_victim_told_as_the_subject_in_french_is_one(rules: EventRules) -> None:
    text = "Un civil a été tué et deux autres blessés dans une frappe de drone près de la ville."
    assert facts_of(rules, "fr", "", text)[1::2] == (1, 2)
    relative = "Un soldat qui avait été blessé en mars a quitté l'hôpital de la ville."
    assert facts_of(rules, "fr", "", relative)[1::2] == (None, None)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("أعلنت الوزارة مقتل شخص في غارة على سيارة قرب البلدة.", 1),
        ("أعلنت الوزارة مقتل شخصين في غارة على دراجة نارية قرب البلدة.", 2),
        ("أدت غارة بطائرة مسيرة على سيارة إلى استشهاد مواطن قرب البلدة.", 1),
        ("أعلنت الوزارة مقتل 100 شخص في غارات على قرى الجنوب.", 100),
    ],
)
def test_an_arabic_person_noun_counts_its_one_or_two(
    rules: EventRules, text: str, killed: int
) -> None:
    assert facts_of(rules, "ar", "", text)[1] == killed


def test_a_figure_before_a_preposition_and_a_raid_counts_people(rules: EventRules) -> None:
    text = "Soldiers killed two in raids on farms near the border, residents said."
    assert facts_of(rules, "en", "", text)[1] == 2
    assert facts_of(rules, "en", "", "The jets fired two missiles at the farm.")[1] is None


def test_another_incident_in_french_is_not_the_event_s(rules: EventRules) -> None:
    text = (
        "Un drone a frappé un immeuble du port vendredi, selon le maire.\n"
        "La veille, une autre frappe a tué cinq personnes dans le quartier nord."
    )
    assert facts_of(rules, "fr", "Un drone frappe un immeuble du port", text)[1] is None


@pytest.mark.parametrize(
    ("language", "text", "killed", "injured"),
    [
        ("ru", "При атаке беспилотника на село погибли мужчина и женщина.", 2, None),
        ("uk", "Унаслідок удару дрона по авто постраждали жінка і двоє дітей.", None, 3),
        ("uk", "Унаслідок удару по селищу загинули чоловік та жінка.", 2, None),
    ],
)
def test_nouns_for_one_person_listed_with_and_are_added(
    rules: EventRules, language: str, text: str, killed: int | None, injured: int | None
) -> None:
    assert facts_of(rules, language, "", text)[1::2] == (killed, injured)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "uk",
            "Унаслідок удару по ринку загинули двоє людей, ще п'ятеро – зазнали поранень.",
            (2, 5),
        ),
        ("ru", "При ударе по рынку погибли два человека, еще пятеро – получили ранения.", (2, 5)),
    ],
)
def test_a_dash_for_a_left_out_link_verb_ties_the_figure(
    rules: EventRules, language: str, text: str, expected: tuple[int, int]
) -> None:
    assert facts_of(rules, language, "", text)[1::2] == expected


def test_a_region_s_past_day_without_a_preposition_is_a_tally(rules: EventRules) -> None:
    text = (
        "Унаслідок удару дрона по авто загинув фермер.\n"
        "За даними ОВА, минулої доби в області загинула одна людина, ще восьмеро – зазнали "
        "поранень."
    )
    assert facts_of(rules, "uk", "", text)[1::2] == (1, None)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "A drone hit a car on the ring road on Monday.\nUN monitors said drones caused "
            "more harm in August than any other weapon: 58 civilians were killed and 272 "
            "were injured.",
        ),
        (
            "uk",
            "Дрон атакував авто на об'їзній дорозі в понеділок.\nМоніторингова місія ООН "
            "зазначала, що в серпні дрони завдали більше шкоди, ніж будь-яка інша зброя: "
            "загинули 58 цивільних і 272 – були поранені.",
        ),
    ],
)
def test_figures_after_a_colon_explaining_a_dated_sentence_are_that_time_s(
    rules: EventRules, language: str, text: str
) -> None:
    assert facts_of(rules, language, "", text)[1::2] == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "La frappe a fait près d'une dizaine de morts dans le village, selon des témoins.",
        "La frappe a fait une centaine de morts et de blessés dans le village.",
        "La frappe a fait près d'une centaine de morts et de blessés parmi les rebelles.",
    ],
)
def test_a_french_rough_upper_bound_or_a_joint_count_gives_no_figure(
    rules: EventRules, text: str
) -> None:
    assert facts_of(rules, "fr", "", text)[1::2] == (None, None)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Jets struck the border district on Monday.\nThe army has pressed its campaign in "
            "the valley in response to a raid on a base in which around 40 soldiers were killed.",
        ),
        (
            "fr",
            "Des avions ont frappé le district frontalier lundi.\nL'armée mène sa campagne "
            "dans la vallée en représailles à un raid contre une base qui a tué 40 soldats.",
        ),
        (
            "ru",
            "Самолеты нанесли удар по приграничному району в понедельник.\nАрмия ведет "
            "кампанию в долине в ответ на нападение на базу, при котором погибли 40 военных.",
        ),
        (
            "uk",
            "Літаки завдали удару по прикордонному району в понеділок.\nАрмія веде кампанію "
            "в долині у відповідь на напад на базу, внаслідок якого загинули 40 військових.",
        ),
        (
            "ar",
            "قصفت طائرات المنطقة الحدودية يوم الاثنين.\nويواصل الجيش حملته في الوادي ردا على "
            "هجوم على قاعدة عسكرية قتل فيه 40 جنديا.",
        ),
    ],
)
def test_the_figure_of_an_answered_attack_is_not_the_event_s(
    rules: EventRules, language: str, text: str
) -> None:
    assert facts_of(rules, language, "", text)[1] is None


def test_an_event_told_after_what_it_answers_keeps_its_toll(rules: EventRules) -> None:
    text = "In response to the rocket fire, jets struck the border district, killing 12 people."
    assert facts_of(rules, "en", "", text)[1] == 12


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A guard was fatally wounded by sniper fire at the gate on Monday."),
        ("en", "Gunmen fatally shot a guard at the gate on Monday."),
        ("ru", "При ударе дрона по машине водитель получил травмы, несовместимые с жизнью."),
        ("ru", "При обстреле села водитель получил смертельные ранения."),
        ("uk", "Унаслідок удару дрона по авто водій дістав поранення, несумісні з життям."),
        ("fr", "Un gardien a été mortellement blessé par un tireur embusqué lundi."),
    ],
)
def test_mortal_wounds_are_a_death(rules: EventRules, language: str, text: str) -> None:
    assert facts_of(rules, language, "", text)[1::2] == (1, None)


def test_cues_read_arabic_without_marks_and_other_text_as_written() -> None:
    assert fold("إِطلاق نار") == "اطلاق نار"
    text = "Kyiv’s mayor said"
    assert fold(text) is text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Une frappe de drone a touché un immeuble de la ville mardi. En 2022, un "
            "bombardement sur la même rue avait tué 40 personnes.",
        ),
        (
            "fr",
            "Une frappe de drone a touché un immeuble de la ville mardi. L'attaque intervient "
            "deux semaines après une frappe qui a tué 14 personnes.",
        ),
        (
            "uk",
            "Російський дрон атакував багатоповерхівку в місті у вівторок. У 2022 році "
            "внаслідок обстрілу тієї ж вулиці загинули 40 людей.",
        ),
        (
            "ar",
            "استهدفت غارة جوية منزلا في المدينة اليوم الثلاثاء. وفي عام 2021 قتل 40 شخصا في "
            "غارة على نفس الحي.",
        ),
    ],
)
def test_a_figure_of_another_year_or_an_earlier_event_is_not_the_event_s(
    rules: EventRules, language: str, text: str
) -> None:
    assert facts_of(rules, language, "", text)[1] is None


def test_a_year_alone_frames_its_figures_a_full_date_does_not(rules: EventRules) -> None:
    framed = "Des hommes armés ont tué 12 civils dans un village du centre en 2019."
    assert facts_of(rules, "fr", "", framed)[1] is None
    french = "Des hommes armés ont tué 12 civils dans un village le lundi 3 mars 2025."
    assert facts_of(rules, "fr", "", french)[1] == 12


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # A toll named by "число"/"кількість" or "жертвами ... стали": the figure after its
        # link, the new one of a rising toll.
        ("ru", "Число погибших при ударе по городу возросло с 5 до 12 человек.", (12, None)),
        ("uk", "Кількість загиблих унаслідок удару по місту зросла до 15.", (15, None)),
        (
            "ru",
            "По данным властей, жертвами обстрела стали около 20 человек, ранения получили "
            "порядка 30.",
            (20, 30),
        ),
        ("uk", "Жертвами ракетного удару стали семеро людей, ще п'ятеро травмовано.", (7, 5)),
        # An age is no figure: the one person after it is.
        ("ru", "При атаке беспилотника погиб 35-летний мужчина, еще двое ранены.", (1, 2)),
        ("uk", "Унаслідок обстрілу загинула 70-річна жінка, ще троє поранені.", (1, 3)),
        # Parts of one toll joined by the language's "and", the degree of wounds in the word.
        (
            "ru",
            "Ранения различной степени тяжести получили 12 военных и 7 мирных жителей.",
            (None, 19),
        ),
        ("uk", "Поранення отримали 5 військових та 3 цивільних.", (None, 8)),
    ],
)
def test_russian_and_ukrainian_tolls_ages_and_lists(
    rules: EventRules, language: str, text: str, expected: tuple[object, object]
) -> None:
    assert facts_of(rules, language, "", text)[1::2] == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "За минувшие сутки в результате обстрелов области погибли 5 человек, ранены 14."),
        ("uk", "За останню добу внаслідок обстрілів області загинули 3 людей, ще 9 поранені."),
    ],
)
def test_a_region_s_day_is_a_tally_not_the_event_s(
    rules: EventRules, language: str, text: str
) -> None:
    assert facts_of(rules, language, "", text)[1::2] == (None, None)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Collective numerals and cardinals in their case forms, teens, tens with a unit.
        ("ru", "Удар дрона по остановке ранил семерых человек.", (None, 7)),
        ("ru", "При обстреле погибли восьмеро военнослужащих, госпитализированы девятеро.", (8, 9)),
        ("ru", "Ночной удар унес жизни шести человек, ранены двадцать пять.", (6, 25)),
        ("ru", "Погибли шестнадцать человек.", (16, None)),
        ("uk", "Унаслідок атаки дронів поранено дев'ятьох людей.", (None, 9)),
        ("uk", "Загинули двадцять п'ять людей, поранення дістали одинадцятеро.", (25, 11)),
        ("uk", "Загинула людина, ще десятьох поранено.", (1, 10)),
        # "двадцять чоловік" counts twenty people: a noun for one person is no unit.
        ("uk", "Загинули тридцять два військових, поранення отримали двадцять чоловік.", (32, 20)),
    ],
)
def test_russian_and_ukrainian_number_words_in_their_forms(
    rules: EventRules, language: str, text: str, expected: tuple[object, object]
) -> None:
    assert facts_of(rules, language, "", text)[1::2] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ru", "Обстрел рынка в Херсоне: есть 3 погибших и 7 раненых.", (3, 7)),
        ("uk", "Унаслідок обстрілу ринку в Херсоні – 3 загиблих і 7 поранених.", (3, 7)),
    ],
)
def test_the_dead_and_wounded_as_nouns_after_a_figure_are_counted(
    rules: EventRules, language: str, text: str, expected: tuple[int, int]
) -> None:
    """ "3 погибших": the noun a toll phrase spells out ("число погибших") counts alone."""
    assert facts_of(rules, language, "", text)[1::2] == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ru", "При обстреле Херсона погиб 52-летний горожанин, еще двое ранены.", (1, 2)),
        ("ru", "Под Курском при атаке дрона погиб тракторист Петр Сидоренко.", (1, None)),
        ("ru", "При ударе по рынку погибла местная жительница.", (1, None)),
        ("ru", "При ударе по рынку погиб 21 человек.", (21, None)),
        ("uk", "Унаслідок удару дрона загинув тракторист Петро Сидоренко.", (1, None)),
        ("uk", "Під час обстрілу Херсона загинула місцева мешканка, ще троє поранені.", (1, 3)),
    ],
)
def test_a_casualty_verb_in_the_singular_counts_its_one_subject(
    rules: EventRules, language: str, text: str, expected: tuple[int | None, int | None]
) -> None:
    assert facts_of(rules, language, "", text)[1::2] == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Дрон попал в автобус на трассе, водитель не пострадал."),
        ("uk", "Дрон влучив в автобус на трасі, водій не постраждав."),
    ],
)
def test_a_denied_casualty_word_counts_nobody(rules: EventRules, language: str, text: str) -> None:
    assert facts_of(rules, language, "", text)[1::2] == (None, None)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ar", "قال مسؤول محلي إن خمسة اشخاص لقوا مصرعهم واصيب سبعة اخرون في القصف.", (5, 7)),
        ("ru", "Пять мирных жителей погибли и ранены еще семеро при обстреле рынка.", (5, 7)),
        ("uk", "П'ятеро мирних жителів загинули і поранені ще семеро внаслідок обстрілу.", (5, 7)),
    ],
)
def test_killed_and_injured_each_with_its_own_figure_are_no_joint_count(
    rules: EventRules, language: str, text: str, expected: tuple[int, int]
) -> None:
    """The two words stand together ("لقوا مصرعهم وأصيب"), but each has its figure."""
    assert facts_of(rules, language, "", text)[1::2] == expected


@pytest.mark.parametrize(
    ("title", "text", "sub_event"),
    [
        ("Унаслідок російської атаки на місто загинули двоє людей", "", "Shelling"),
        ("", "Внаслідок ворожого влучання у будинок поранено п'ятеро мешканців.", "Shelling"),
        ("", "У трьох районах міста зафіксовано падіння уламків, є постраждалі.", "Shelling"),
        ("Росіяни атакували місто дронами: поранено трьох людей", "", "Air/drone strike"),
        ("", "Російські війська атакували позиції ЗСУ, бій тривав дві години.", "Armed clash"),
    ],
)  # fmt: skip
def test_a_ukrainian_strike_naming_no_weapon_is_shelling_a_named_one_its_weapon(
    rules: EventRules, title: str, text: str, sub_event: str
) -> None:
    assert str(facts_of(rules, "uk", title, text)[0]).startswith(sub_event)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Soixante-dix personnes ont été tuées dans une frappe de drone sur l'hôpital.", 70),
        ("Au moins vingt-et-un civils ont été tués dans le bombardement du marché.", 21),
        ("Trente-deux soldats ont été tués dans l'embuscade contre le convoi.", 32),
        ("Quatre-vingt-dix personnes ont été tuées dans l'attaque du village.", 90),
    ],
)
def test_a_french_number_written_in_hyphened_words_is_the_toll(
    rules: EventRules, text: str, killed: int
) -> None:
    assert facts_of(rules, "fr", "", text)[1] == killed


def test_two_number_words_hyphened_as_a_rough_range_are_no_toll(rules: EventRules) -> None:
    """A rough range written hyphened ("deux-trois": two or three) is no number."""
    text = "Deux-trois personnes ont été tuées dans une frappe de drone sur le marché."
    assert facts_of(rules, "fr", "", text)[1] is None
