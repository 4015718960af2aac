"""A cue is tried only on a sentence holding every word it cannot match without: its anchor,
its other literal words, a word of each class it names (`needs`). Passing the others over
changes no answer: every cue whose regex matches is still tried, a sentence spelling a word
with a character `re` reads as an ASCII letter ignoring case (`CASE_FELLOWS`: the long s,
the dotless i, the Kelvin sign) included. The report words (`AnyOf`) answer as their one
combined pattern. The sentences are written for these tests."""

from __future__ import annotations

import re

import pytest

from bot.understand.events import EventRules
from bot.understand.events.placing import several_places
from bot.understand.events.rules import compile_pattern, needs, one_of

CLASSES = {"security": ["soldier*", "police", "armed men"]}

SENTENCES = [
    "Gunmen attacked a police post outside the town on Sunday.",
    "Two soldiers were killed when their convoy hit a roadside bomb.",
    "The attack on the market killed eleven people.",
    "Protesters marched through the capital and police fired tear gas.",
    "Shelling hit the city overnight, officials said.",
    "Two ſoldiers were killed in the attack.",
    "Rebels attacked an army base, \u212ailling three guards.",
    "Militants attacked the barracks near the border.",
    "The ceasefire held for a third day.",
    "Measles cases rose in the camp as aid agencies lost access to the area.",
    "Funding for the response ran short, the agencies said.",
    "Cholera spread after gunmen ſeized the water plant.",
    "Food prices doubled in the town.",
]


def test_a_cue_needs_its_words_and_a_word_of_each_class() -> None:
    found = needs("<security> ~ killed", CLASSES)
    assert found == (frozenset({"soldier", "police", "armed"}), frozenset({"killed"}))


def test_a_word_outside_ascii_is_not_asked_for() -> None:
    """Ignoring case, `re` may match such a word's letters to others than its lower case:
    only ASCII words are asked for."""
    assert needs("tué* ~ <security>", CLASSES) == (frozenset({"soldier", "police", "armed"}),)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_every_cue_that_matches_is_tried(rules: EventRules, sentence: str) -> None:
    tried = {id(cue) for _, cue in rules.index.candidates(sentence)}
    lowered = sentence.lower()
    for _, cue in rules.index.cues:
        if cue.pattern.search(sentence) and (not cue.anchor or cue.anchor in lowered):
            assert id(cue) in tried, cue.pattern.pattern


def test_a_cue_missing_a_needed_word_is_not_tried(rules: EventRules) -> None:
    """ "attack* ~ <security>" is anchored on "attack", but the sentence names no security
    force: its regex is not run."""
    sentence = "The attack on the market killed eleven people."
    tried = [cue.pattern.pattern for _, cue in rules.index.candidates(sentence)]
    assert tried
    assert not any("soldier" in pattern for pattern in tried)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_report_words_answer_as_their_combined_pattern(
    rules: EventRules, sentence: str
) -> None:
    for words in (rules.report_subjects, rules.report_incidents):
        assert words is not None
        assert words.search(sentence) == bool(words.pattern.search(sentence))


def test_a_cue_with_a_star_inside_a_word_is_refused_by_name() -> None:
    """A star matches a word's beginning or rest; inside a word it would stand for itself and
    the cue could never match, so the config is refused, naming the entry."""
    with pytest.raises(ValueError, match="attentat\\*-suicide"):
        compile_pattern("attentat*-suicide*", CLASSES)
    assert compile_pattern("attentat* suicide*", CLASSES).search("un attentat-suicide à Gao")


COUNTERED = ["drone* jammed", "jamming ~ drone*", "anti-drone*", "<security> ~ killed"]
COUNTERED_SENTENCES = [
    "Troops jammed a drone over the base; the anti-drone guns stayed silent.",
    "Jamming of the enemy drones failed, and two soldiers were killed.",
    "Armed men killed a farmer; police said the drones jammed at dawn.",
    "The antidrone unit was not there.",
]


@pytest.mark.parametrize("sentence", [*SENTENCES, *COUNTERED_SENTENCES])
def test_patterns_in_one_match_as_their_alternation(sentence: str) -> None:
    """`one_of` tests the word edge once for all its patterns: the same matches, at the same
    places, as the patterns joined by "|"."""
    patterns = [compile_pattern(p, CLASSES) for p in COUNTERED]
    joined = re.compile("|".join(p.pattern for p in patterns), re.IGNORECASE)
    spans = [m.span() for m in one_of(patterns).finditer(sentence)]
    assert spans == [m.span() for m in joined.finditer(sentence)]


def test_patterns_in_one_find_each_of_them() -> None:
    patterns = [compile_pattern(p, CLASSES) for p in COUNTERED]
    found = [m[0] for m in one_of(patterns).finditer(COUNTERED_SENTENCES[1])]
    assert found == ["Jamming of the enemy drones", "soldiers were killed"]


def test_only_patterns_opening_on_a_word_edge_are_joined() -> None:
    """A pattern without the word edge would gain one in the join: it is refused."""
    with pytest.raises(ValueError, match="word edge"):
        one_of([compile_pattern("drone*", CLASSES), re.compile("jamm")])


@pytest.mark.parametrize(
    ("told", "several"),
    [
        ("Missiles struck three Ukrainian cities overnight", True),
        ("Drones hit several regions of the country", True),
        ("Drones hit ſeveral regionſ of the country", True),
        ("Shelling hit two districts of the city", False),
        ("A strike hit the town of Izium", False),
    ],
)
def test_an_event_told_of_several_places(told: str, several: bool) -> None:
    """The nouns looked for first (`_SEVERAL_NOUNS`) pass no sentence over that the full
    search would find, one spelt with the long s included."""
    assert several_places(told) is several
