"""The place automata: every spelling is found by the automaton of its first letter, and a
text is searched only by the automata of the letters it holds."""

from __future__ import annotations

import pytest

from bot.understand.places import gazetteer
from bot.understand.places.gazetteer import PlaceAutomaton, compile_automaton

SPELLINGS = [" lviv ", " харків ", " херсон ", " حلب ", " ادلب ", " αθήνα ", " mariupol "]


def _found(automaton: PlaceAutomaton, text: str) -> list[int]:
    return sorted(index for index, _ in automaton.matches(text))


@pytest.mark.parametrize("run_patterns", [120_000, 1])
def test_each_spelling_is_found_whatever_its_script(
    monkeypatch: pytest.MonkeyPatch, run_patterns: int
) -> None:
    monkeypatch.setattr(gazetteer, "RUN_PATTERNS", run_patterns)  # 1: a run a spelling
    automaton = compile_automaton("\n".join(SPELLINGS).encode())
    text = " shelling hit харків and херсон , then lviv ; near حلب and mariupol "
    assert _found(automaton, text) == [0, 1, 2, 3, 6]


def test_an_english_text_is_searched_by_the_latin_automaton_alone() -> None:
    automaton = compile_automaton("\n".join(SPELLINGS).encode())
    runs = list(automaton.runs(" a drone struck lviv overnight "))
    assert runs == list(automaton.ascii)
    assert len(runs) < len(automaton.ascii) + sum(map(len, automaton.by_lead.values()))
