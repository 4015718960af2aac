"""The event cues of `config/events.yaml`, compiled: sub-event cue patterns and casualty words.

Pattern syntax (the file's header says it too): case-insensitive; a space matches any run of
spaces or hyphens; a trailing `*` matches any word ending; `<name>` is any word of the class
`name`; `~` is up to four words in between.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from ahocorasick_rs import AhoCorasick

from bot.settings import REPO_CONFIG_DIR

DEFAULT_EVENTS_PATH = REPO_CONFIG_DIR / "events.yaml"
_GAP = r"(?:\s+\S+){0,4}?\s+"
_CLASS = re.compile(r"<(\w+)>")


@dataclass(frozen=True)
class Cue:
    """One cue pattern, its weight, and a word it cannot match without (lower case; "" when
    it starts with a class), checked first because a substring test is cheap."""

    pattern: re.Pattern[str]
    weight: float
    anchor: str


@dataclass(frozen=True)
class CueIndex:
    """Which cues a sentence can match: those whose anchor it contains, found in one
    Aho-Corasick pass over the sentence rather than a substring test per cue."""

    cues: tuple[tuple[str, Cue], ...]
    """(sub-event type, cue), in the config's order."""
    finder: AhoCorasick
    by_anchor: dict[str, tuple[int, ...]]
    always: frozenset[int]
    """Cues without an anchor (they start with a class): tried on every sentence."""

    @classmethod
    def of(cls, sub_events: tuple[SubEvent, ...]) -> CueIndex:
        """The index of every cue of `sub_events`."""
        cues = tuple((sub.name, cue) for sub in sub_events for cue in sub.cues)
        by_anchor: dict[str, list[int]] = {}
        for at, (_, cue) in enumerate(cues):
            if cue.anchor:
                by_anchor.setdefault(cue.anchor, []).append(at)
        always = frozenset(at for at, (_, cue) in enumerate(cues) if not cue.anchor)
        finder = AhoCorasick(list(by_anchor) or [" "])
        return cls(cues, finder, {a: tuple(i) for a, i in by_anchor.items()}, always)

    def candidates(self, lowered: str) -> list[tuple[str, Cue]]:
        """The cues whose anchor the lower-cased sentence contains, in the config's order."""
        found = self.finder.find_matches_as_strings(lowered, overlapping=True)
        picked = set(self.always)
        for anchor in set(found):
            picked.update(self.by_anchor.get(anchor, ()))
        return [self.cues[at] for at in sorted(picked)]


@dataclass(frozen=True)
class SubEvent:
    """One ACLED sub-event type: its event type and weighted cue patterns."""

    name: str
    event_type: str
    cues: tuple[Cue, ...]


@dataclass(frozen=True)
class Zones:
    """How much a cue counts by where it is: title, lead sentence, the next, a few after."""

    title: float
    lead: float
    second: float
    rest: float
    rest_sentences: int


@dataclass(frozen=True)
class CasualtyWords:
    """Word lists for reading killed and injured figures (lower case, phrases as word tuples)."""

    killed: frozenset[tuple[str, ...]]
    injured: frozenset[tuple[str, ...]]
    any_cue: re.Pattern[str]
    """Finds any first word of a casualty phrase: sentences without one are skipped."""
    at_least: frozenset[tuple[str, ...]]
    at_most: frozenset[tuple[str, ...]]
    vague: frozenset[tuple[str, ...]]
    hedges: frozenset[tuple[str, ...]]
    things: re.Pattern[str]
    background: frozenset[tuple[str, ...]]
    background_sentence: frozenset[tuple[str, ...]]
    background_frames: frozenset[tuple[str, ...]]
    """A time frame ("since October 7") anywhere before a figure in its clause: a tally."""
    adds: frozenset[tuple[str, ...]]
    perpetrators: frozenset[str]
    none_hurt: tuple[str, ...]
    none_killed: tuple[str, ...]


@dataclass(frozen=True)
class EventRules:
    """Everything `read_event` needs from the config file."""

    sub_events: tuple[SubEvent, ...]
    zones: Zones
    default: str
    refine: dict[str, tuple[str, ...]]
    """Types whose article is one of these more specific types when one scores enough."""
    refine_min: float
    no_figures: frozenset[str]
    words: CasualtyWords
    index: CueIndex
    """The cues of `sub_events` by anchor."""
    other_event: tuple[str, ...] = ()
    """How a sentence opens that tells another event ("in a separate incident"), lower case."""

    def event_type(self, sub_event: str) -> str:
        """The event type a sub-event type belongs to."""
        return next(s.event_type for s in self.sub_events if s.name == sub_event)


def _word(entry: str) -> str:
    """One word or phrase of the pattern syntax as a regex fragment (no class references)."""
    return r"[\s\-]+".join(
        re.escape(w.rstrip("*")) + (r"[\w\-]*" if w.endswith("*") else "") for w in entry.split()
    )


def compile_pattern(pattern: str, classes: dict[str, list[str]]) -> re.Pattern[str]:
    """A cue pattern as a case-insensitive regex bound to word edges."""
    parts = []
    for chunk in re.split(r"\s+~\s+", pattern):
        pieces = []
        for piece in re.split(r"(<\w+>)", chunk):
            match = _CLASS.fullmatch(piece)
            if match:
                pieces.append("(?:" + "|".join(_word(w) for w in classes[match[1]]) + ")")
            elif piece.strip():
                pieces.append(_word(piece.strip()))
        parts.append(r"[\s\-]+".join(pieces))
    return re.compile(r"(?<!\w)" + _GAP.join(parts) + r"(?!\w)", re.IGNORECASE)


def anchor(pattern: str) -> str:
    """The first literal word of a cue pattern, without its `*` ("" when there is none)."""
    for word in pattern.split():
        if word.startswith("<") or word == "~":
            continue
        return word.rstrip("*").lower()
    return ""


def _phrases(entries: list[str]) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(e.lower().split()) for e in entries)


def _things(entries: list[str]) -> re.Pattern[str]:
    alternatives = "|".join(_word(e) if e[0].isalnum() else re.escape(e) for e in entries)
    return re.compile(rf"^(?:{alternatives})$", re.IGNORECASE)


def parse_rules(data: dict[str, Any]) -> EventRules:
    """Rules from the parsed YAML document."""
    classes = {name: list(words) for name, words in data["classes"].items()}
    sub_events = tuple(
        SubEvent(
            name,
            entry["event_type"],
            tuple(
                Cue(compile_pattern(p, classes), float(w), anchor(p))
                for p, w in entry["cues"].items()
            ),
        )
        for name, entry in data["sub_events"].items()
    )
    c = data["casualties"]
    words = CasualtyWords(
        killed=_phrases(c["killed"]),
        any_cue=re.compile(
            r"(?<!\w)(?:"
            + "|".join(sorted({re.escape(e.split()[0]) for e in c["killed"] + c["injured"]}))
            + r")(?!\w)",
            re.IGNORECASE,
        ),
        injured=_phrases(c["injured"]),
        at_least=_phrases(c["at_least"]),
        at_most=_phrases(c["at_most"]),
        vague=_phrases(c["vague"]),
        hedges=_phrases(c["hedges"]),
        things=_things(c["things"]),
        background=_phrases(c["background"]),
        background_sentence=_phrases(c["background_sentence"]),
        background_frames=_phrases(c["background_frames"]),
        adds=_phrases(c["adds"]),
        perpetrators=frozenset(w.lower() for w in c["perpetrators"]),
        none_hurt=tuple(p.lower() for p in c["none_hurt"]),
        none_killed=tuple(p.lower() for p in c["none_killed"]),
    )
    zones = data["zones"]
    names = {s.name for s in sub_events}
    no_figures = frozenset(data["no_figures"])
    refine = {name: tuple(types) for name, types in data["refine"]["types"].items()}
    refined = set(refine) | {t for types in refine.values() for t in types}
    if data["default"] not in names or not no_figures <= names or not refined <= names:
        raise ValueError("events config names a sub-event type it does not define")
    return EventRules(
        sub_events=sub_events,
        zones=Zones(
            float(zones["title"]),
            float(zones["lead"]),
            float(zones["second"]),
            float(zones["rest"]),
            int(zones["rest_sentences"]),
        ),
        default=data["default"],
        refine=refine,
        refine_min=float(data["refine"]["min"]),
        no_figures=no_figures,
        words=words,
        index=CueIndex.of(sub_events),
        other_event=tuple(p.lower() for p in data.get("other_event", ())),
    )


def load_event_rules(path: Path = DEFAULT_EVENTS_PATH) -> EventRules:
    """Rules from `config/events.yaml` (or the file given)."""
    return parse_rules(yaml.safe_load(path.read_text(encoding="utf-8")))
