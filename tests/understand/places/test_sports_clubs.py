"""Clubs named by their city and countries named as national teams in French, Ukrainian and
Arabic sports reports are no places; the places a sports report puts something in still are."""

from __future__ import annotations

from bot.understand.places.gazetteer import Gazetteer
from tests.understand.places.test_local_languages import found

LILLE = "gn:2998324"


def test_clubs_named_by_their_cities_in_a_french_football_report(gaz: Gazetteer) -> None:
    text = "Ligue 1 : Lille reste cinquième du championnat après sa défaite contre Lens."
    assert found(gaz, text) == {}


def test_a_city_a_football_report_puts_the_match_in_stays_a_place(gaz: Gazetteer) -> None:
    text = "Le match de championnat s'est joué à Lille devant 40 000 spectateurs, dit l'entraîneur."
    assert found(gaz, text) == {LILLE: "Lille"}


def test_a_city_outside_a_sports_report_stays_a_place(gaz: Gazetteer) -> None:
    assert found(gaz, "Lille reste sous la neige ce matin.") == {LILLE: "Lille"}


def test_the_goalpost_in_an_arabic_football_report_is_no_town(gaz: Gazetteer) -> None:
    text = "سدد اللاعب كرة مرت بعيدا عن القائم في مباراة الدوري أمس على ملعب النادي."
    assert found(gaz, text) == {}


def test_a_country_a_sports_report_names_as_a_team_is_no_place(gaz: Gazetteer) -> None:
    text = "Збірна України у матчі здобула перемогу над Швецією, каже тренер."
    assert found(gaz, text) == {}


def test_a_country_a_sports_report_puts_something_in_stays_a_place(gaz: Gazetteer) -> None:
    text = "Збірна України зіграє матч у Польщі через війну в Україні, каже тренер."
    assert found(gaz, text) == {"cc:PL": "Польщі", "cc:UA": "Україні"}


def test_an_arabic_national_team_and_its_opponent_are_no_places(gaz: Gazetteer) -> None:
    text = "صرح مدرب منتخب مصر بعد المباراة أمام تونس في بطولة الدوري."
    assert found(gaz, text) == {}
