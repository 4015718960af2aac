"""A report's sentence recalling an earlier attack, in the languages read, and the days it
dates: the earlier attack's, not the report's own. All sentences are written for these
tests."""

from __future__ import annotations

from datetime import date

from bot.understand.incident import earlier_incident, incident_day
from bot.understand.look_back import look_back

MONDAY = date(2026, 11, 23)


def test_the_recalling_sentence_and_its_days_in_each_language() -> None:
    leads = {
        "en": "Drones hit the port. It came two days after a missile strike killed nine.",
        "de": "Drohnen trafen den Hafen. Das geschah einen Tag, nachdem neun Menschen starben.",
        "it": "Droni sul porto. È successo due giorni dopo che un missile uccise nove persone.",
        "fr": "Des drones ont frappé le port, au lendemain d'une frappe qui a tué neuf personnes.",
        "es": "Drones atacaron el puerto. Ocurrió un día después de un ataque con misiles.",
        "ru": "Дроны атаковали порт через день после ракетного удара.",
        "uk": "Дрони атакували порт наступного дня після ракетного удару.",
    }
    days = {lang: look_back("", lead, lang) for lang, lead in leads.items()}
    assert {lang: back.days for lang, back in days.items() if back} == {
        "en": 2, "de": 1, "it": 2, "fr": 1, "es": 1, "ru": 1, "uk": 1,
    }  # fmt: skip
    recalled = days["en"]
    assert recalled is not None
    assert leads["en"][recalled.start : recalled.end].strip().startswith("It came")


def test_a_report_recalling_nothing_or_another_languages_phrase_has_no_look_back() -> None:
    assert (
        look_back("Drones hit the port", "Nine people died a day later in hospital.", "en") is None
    )
    assert look_back("", "Ocurrió un día después de un ataque.", "de") is None


def test_a_follow_on_strike_is_dated_by_its_own_day_not_by_the_one_it_recalls() -> None:
    lead = (
        "Drones struck the port on Monday. This comes a day after a missile strike on the "
        "city centre killed nine. Officials said Sunday's strike hit a school."
    )
    assert incident_day("Port hit again", lead, MONDAY, MONDAY, "en") == MONDAY
    assert earlier_incident("Port hit again", lead, MONDAY, MONDAY, "en", MONDAY) == date(
        2026, 11, 22
    )


def test_a_day_the_recalling_sentence_names_is_the_earlier_attacks() -> None:
    lead = "The drone attack follows Friday's missile strike on the same district."
    assert incident_day("Drones hit the port", lead, MONDAY, MONDAY, "en") is None
    assert earlier_incident("Drones hit the port", lead, MONDAY, MONDAY, "en", None) == date(
        2026, 11, 20
    )


def test_a_day_too_early_for_a_recalling_report_is_not_its_own() -> None:
    lead = (
        "Bombs fell on the outskirts, the air force said. It came a day after a missile "
        "attack killed nine; the ministry said Saturday's strike hit a barracks."
    )
    assert incident_day("Outskirts bombed", lead, MONDAY, MONDAY, "en") is None
    assert earlier_incident("Outskirts bombed", lead, MONDAY, MONDAY, "en", None) == date(
        2026, 11, 21
    )


def test_a_report_recalling_nothing_keeps_its_day_by_an_events_noun() -> None:
    lead = "On Monday, crews cleared the rubble of Saturday's strike on the port."
    assert incident_day("Port rubble cleared", lead, MONDAY, MONDAY, "en") == date(2026, 11, 21)
    assert earlier_incident("Port rubble cleared", lead, MONDAY, MONDAY, "en", None) is None


def test_a_recall_after_the_leads_opening_sentences_is_background() -> None:
    lead = (
        "Shelling hit the port on Monday. Two dock workers were wounded. Cranes were "
        "damaged. Mourners had gathered there two days after a missile strike last week."
    )
    assert look_back("Port shelled", lead, "en") is None
    assert incident_day("Port shelled", lead, MONDAY, MONDAY, "en") == MONDAY
