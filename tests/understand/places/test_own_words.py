"""A capitalised word of the text's own language is no town: GeoNames gives Ataq the names
"Ataque" (Spanish and Portuguese "attack") and "Atak" (Polish), so a headline opening on
the word named a town in Yemen. In a text that is not English, a one-word name written with
its capital only where a sentence or headline opens, and that the text also writes in lower
case, is the word. The town told anywhere else, in capitals or in an English text stays.
Every sentence is written for the test."""

from __future__ import annotations

import pytest

from bot.understand.analyzer import Analyzer
from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer

ATAQ = "gn:77726"

TRAPS = [
    ("es", "Ataque con drones contra una base militar en Sudán\n\nEl ataque alcanzó una base "
     "cerca de Jartum."),
    ("es", "Ataque con drones en Yemen\n\nUn ataque con drones mató a cinco personas en el sur "
     "de Yemen."),
    ("pt", "Ataque de drones em Kiev\n\nO ataque de drones atingiu Kiev durante a noite."),
    ("pl", "Atak dronów na Kijów\n\nRosja przeprowadziła atak dronów na Kijów w nocy."),
    ("es", "Decenas de muertos en Sudán. Ataque contra un mercado: el ataque fue con drones."),
]  # fmt: skip
CONTROLS = [
    ("es", "Combates en Ataq\n\nLos combates en Ataq, capital de Shabwa, dejaron diez muertos."),
    ("es", "Ataque con drones en la ciudad\n\nEl ataque alcanzó Ataq por la mañana."),
    ("es", "ATAQ, 3 mar (EFE).- Un ataque con drones alcanzó la ciudad."),
    ("en", "Ataque, as some maps write it, was hit\n\nA drone attack hit Ataque and the ataque "
     "spelling is old."),
]  # fmt: skip


def _keys(gaz: Gazetteer, language: str, text: str) -> set[str]:
    return {m.place.key for m in find_places(gaz, text, language=language)}


@pytest.mark.parametrize(("language", "text"), TRAPS)
def test_a_word_of_the_texts_language_is_no_town(gaz: Gazetteer, language: str, text: str) -> None:
    assert ATAQ in _keys(gaz, "en", text)  # what the tagger read before, as English does
    assert ATAQ not in _keys(gaz, language, text)


@pytest.mark.parametrize(("language", "text"), CONTROLS)
def test_the_town_told_otherwise_stays(gaz: Gazetteer, language: str, text: str) -> None:
    assert ATAQ in _keys(gaz, language, text)


def test_without_a_language_the_tagger_reads_as_before(gaz: Gazetteer) -> None:
    text = TRAPS[0][1]
    assert _keys(gaz, "es", text) | {ATAQ} == {m.place.key for m in find_places(gaz, text)}


def test_the_analyzer_gives_the_detected_language(analyzer: Analyzer) -> None:
    title, text = TRAPS[1][1].split("\n\n")
    analysis = analyzer.analyze(title, text)
    assert analysis.language == "es"
    assert ATAQ not in {m.place.key for m in analysis.places}
