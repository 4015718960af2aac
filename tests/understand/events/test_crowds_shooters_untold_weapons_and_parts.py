"""A crowd fired on in a protest is protesters fired on, and shooting "indiscriminately at"
protesters is excessive force; protesters who shoot at the police riot. A strike told in
Russian or Ukrainian without its weapon ("нанесла удар по", "вдарили по") is shelling,
never an attack on civilians, and a "kamikaze" drone in French is a drone. An Arabic number
of 11 to 19 ("ثلاثة عشر") is read whole, not as its unit. No figure is
read from a part of a background toll ("Серед них – 535 дітей" after the UN's toll since
the invasion), from "a similar attack" (another incident), nor from wounded or dead told
without a number, ages, dates, times or attacker counts.

Controls: a crowd fired on that is no protest stays an attack; a drone that "вдарив по" a
car stays a drone strike; a suicide bomber in French stays a suicide bombing; a part after
the event's own figure leaves that figure. All sentences are written for this test."""

from __future__ import annotations

import pytest

from bot.understand.events import EventRules
from tests.support.events import sub_type_and_figures


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Soldiers fire on crowd in the capital",
            "Soldiers fired on a crowd of about 2,000 people who had gathered to protest "
            "against the junta in the capital on Friday, witnesses said.",
        ),
        (
            "Security forces shoot indiscriminately at protesters in the capital",
            "Security forces fired indiscriminately at protesters in the capital on Monday.",
        ),
    ],
)
def test_a_protesting_crowd_shot_at_is_excessive_force(
    rules: EventRules, title: str, text: str
) -> None:
    assert sub_type_and_figures(rules, "en", title, text) == (
        "Excessive force against protesters",
        None,
        None,
    )


def test_a_crowd_fired_on_that_is_no_protest_stays_an_attack(rules: EventRules) -> None:
    assert sub_type_and_figures(
        rules,
        "en",
        "Troops fire on crowd waiting for aid",
        "Soldiers fired on a crowd of people waiting for flour trucks near the city on "
        "Thursday, killing six, medics said.",
    ) == ("Attack", 6, None)


def test_protesters_who_shoot_at_police_riot(rules: EventRules) -> None:
    assert sub_type_and_figures(
        rules,
        "en",
        "Protesters shot at police during rally",
        "Protesters shot at police officers during a rally in the city on Sunday, wounding "
        "two officers, police said.",
    ) == ("Violent demonstration", None, 2)


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        (
            "ru",
            "Россия нанесла удар по Днепру, есть пострадавшие",
            "Ночью российская армия нанесла удар по Днепру. Есть пострадавшие, сообщил глава "
            "области.",
        ),
        (
            "uk",
            "Росіяни вдарили по Херсону, є постраждалі",
            "Окупанти вдарили по Херсону вранці. Є постраждалі, інформація уточнюється.",
        ),
    ],
)
def test_a_strike_told_without_its_weapon_is_shelling_with_no_figure(
    rules: EventRules, language: str, title: str, text: str
) -> None:
    assert sub_type_and_figures(rules, language, title, text) == (
        "Shelling/artillery/missile attack",
        None,
        None,
    )


def test_a_drone_that_hit_a_car_stays_a_drone_strike(rules: EventRules) -> None:
    assert sub_type_and_figures(
        rules,
        "uk",
        "Російський дрон вдарив по автівці на Сумщині",
        "Ворожий дрон вдарив по цивільній автівці, поранено двох людей.",
    ) == ("Air/drone strike", None, 2)


@pytest.mark.parametrize(
    ("title", "text", "sub_event", "killed", "injured"),
    [
        (
            "Des drones russes kamikazes frappent Kiev",
            "Des drones russes kamikazes ont frappé Kiev lundi matin, blessant trois personnes.",
            "Air/drone strike",
            None,
            3,
        ),
        (
            "Attentat kamikaze à Mogadiscio",
            "Un kamikaze s'est fait exploser devant un hôtel de Mogadiscio, tuant cinq personnes.",
            "Suicide bomb",
            5,
            None,
        ),
    ],
)
def test_a_kamikaze_drone_is_a_drone_and_a_kamikaze_a_suicide_bomber(
    rules: EventRules,
    title: str,
    text: str,
    sub_event: str,
    killed: int | None,
    injured: int | None,
) -> None:
    assert sub_type_and_figures(rules, "fr", title, text) == (sub_event, killed, injured)


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        (
            "uk",
            "Російські війська обстріляли Херсон",
            "Російські війська обстріляли Херсон з артилерії, пошкоджено будинки.\n\n"
            "ООН станом на 30 червня підтвердила загибель 9 177 і поранення 15 993 цивільних "
            "людей в Україні внаслідок повномасштабного вторгнення Росії. Серед них – 535 "
            "загиблих і 1095 поранених дітей.",
        ),
        (
            "ru",
            "Российские войска обстреляли Херсон",
            "Российские войска обстреляли Херсон из артиллерии, повреждены дома.\n\n"
            "ООН по состоянию на 30 июня подтвердила гибель 9 177 мирных жителей Украины с "
            "начала полномасштабного вторжения. Среди них – 535 погибших детей.",
        ),
        (
            "en",
            "Gunmen attack village in Borno",
            "Gunmen attacked a village in Borno state on Sunday, burning homes, residents "
            "said. On May 5, at least 200 people were killed in a similar attack in a border "
            "town in the same state.",
        ),
    ],
)
def test_no_figure_from_a_background_toll_s_part_or_a_similar_attack(
    rules: EventRules, language: str, title: str, text: str
) -> None:
    _, killed, injured = sub_type_and_figures(rules, language, title, text)
    assert (killed, injured) == (None, None)


@pytest.mark.parametrize(
    ("language", "title", "text", "killed"),
    [
        (
            "uk",
            "Росіяни обстріляли Херсон: 5 поранених",
            "Російські війська обстріляли Херсон, поранені п'ятеро людей. Серед них – двоє дітей.",
            None,
        ),
        (
            "en",
            "Gunmen kill 12 in Borno village",
            "Gunmen killed 12 villagers in Borno state on Sunday, residents said. On May 5, "
            "at least 200 people were killed in a similar attack in a border town.",
            12,
        ),
    ],
)
def test_the_event_s_own_figure_stays_beside_them(
    rules: EventRules, language: str, title: str, text: str, killed: int | None
) -> None:
    _, got_killed, got_injured = sub_type_and_figures(rules, language, title, text)
    assert (got_killed, got_injured) == (killed, 5 if language == "uk" else None)


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        (
            "uk",
            "Окупанти обстріляли Нікополь, є поранені",
            "Російські війська вдень обстріляли Нікополь з артилерії. Є поранені, серед них "
            "дитина.",
        ),
        (
            "ru",
            "Армия России обстреляла Херсон, есть раненые",
            "Российские войска 5 мая обстреляли Херсон из артиллерии. Есть погибшие и раненые.",
        ),
        (
            "en",
            "Civilians killed as shelling hits market",
            "Civilians were killed and dozens were wounded when shells hit a busy market at "
            "5 am on 3 May, residents said.",
        ),
        (
            "en",
            "Gunmen attack village in Zamfara",
            "About 20 gunmen on motorcycles attacked a village in Zamfara state, shooting "
            "residents and burning houses.",
        ),
        (
            "en",
            "Drone strike hits house in Kherson",
            "A drone struck a house in Kherson where a 12-year-old girl lived with her family.",
        ),
    ],
)
def test_no_figure_from_the_unnumbered_ages_dates_or_attackers(
    rules: EventRules, language: str, title: str, text: str
) -> None:
    _, killed, injured = sub_type_and_figures(rules, language, title, text)
    assert (killed, injured) == (None, None)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("قتل ثلاثة عشر مدنيا في غارة جوية على ريف إدلب مساء السبت.", 13, None),
        ("قُتل أحد عشر مدنياً وأصيب آخرون، مساء اليوم السبت، بقصف جوي على ريف إدلب.", 11, None),
        ("أسفرت غارة جوية على ريف إدلب عن مقتل خمسة عشر مدنيا وإصابة عشرة آخرين.", 15, 10),
        ("قتل ثلاثة مدنيين في غارة جوية على ريف إدلب.", 3, None),
    ],
)
def test_an_arabic_number_of_eleven_to_nineteen_is_read_whole(
    rules: EventRules, text: str, killed: int, injured: int | None
) -> None:
    assert sub_type_and_figures(rules, "ar", "", text) == ("Air/drone strike", killed, injured)


def test_no_figure_from_a_past_year_told_in_a_when_clause(rules: EventRules) -> None:
    _, killed, injured = sub_type_and_figures(
        rules,
        "en",
        "Drone strike hits Kherson market",
        "A Russian drone struck a market in Kherson on Monday morning, damaging stalls, "
        "officials said. When the market was hit in 2023, 16 people were killed.",
    )
    assert (killed, injured) == (None, None)
