"""Where the words that start some regexes' matches are in a text, found in one pass.

A regex led by a space or by a choice of short words (" village", "in X") is tried by `re`
at nearly every character, which is slow. A small Aho-Corasick automaton over the words its
matches can start with (its cues: a superset of where it can match) finds them all at once,
for several regexes together, and each regex is then tried only where its cues are
(`led_matches`), which finds what `finditer` would. Tagging finds the cues of `towns`,
`unlisted` and `economies` in one pass (`tagging.TEXT_CUES`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping

from ahocorasick_rs import AhoCorasick, Implementation

CueSpans = dict[str, list[tuple[int, int]]]
"""Group -> where its cue words are in a text (start, end), in order, each once."""


class Cues:
    """An automaton over groups of cue words (a group per regex; a word in several groups is
    reported for each)."""

    def __init__(self, groups: Mapping[str, Iterable[str]]) -> None:
        words: list[str] = []
        self.group_of: list[str] = []
        """The group of each word, in the automaton's order."""
        for group, cues in groups.items():
            for cue in dict.fromkeys(cues):  # each once: a group's matches are then distinct
                words.append(cue)
                self.group_of.append(group)
        self.groups = tuple(groups)
        self.automaton = AhoCorasick(words, implementation=Implementation.DFA)

    def find(self, text: str) -> CueSpans:
        """Group -> where its cue words are in `text` (start, end), in order, each once."""
        found: CueSpans = {group: [] for group in self.groups}
        group_of = self.group_of
        for index, start, end in self.automaton.find_matches_as_indexes(text, overlapping=True):
            found[group_of[index]].append((start, end))
        for spans in found.values():
            spans.sort()  # reported by where they end
        return found


def led_matches(
    pattern: re.Pattern[str], text: str, cues: list[tuple[int, int]]
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`'s matches when every match starts where one of `cues` does
    (in order): each tried there, unless a match before it reaches that far."""
    end = 0
    for start, _ in cues:
        if start >= end:
            match = pattern.match(text, start)
            if match is not None:
                end = match.end()
                yield match
