"""Which ACLED sub-event type an article's headline event is, from weighted cue words.

Each sub-event type's cues (`config/events.yaml`) are looked for in the title, the lead (the
first body sentence with any cue), the sentence after it and a few more; a cue found in a
sentence adds its weight times that sentence's zone weight. Background paragraphs further
down never count. A strike told without its weapon (config `strikes`: "Israeli strikes
killed 43", beside harm, a target or a state's forces) adds its cues' score to the best-scoring
of the types it may be (the weapon the text names), an air strike when none scores. A state's
forces hurt or attacked (config `forces`: "soldiers were killed") add their cues' score to a
clash unless a weapon fired from afar outscores it in the headline and lead. The highest
total wins; ties go to the type listed first. A protest becomes a finer protest type
(force used, a riot) once that type's cues score enough, with the refinement's own cues
(config `refine.cues`: "fired on a crowd" in a protest) counted only then.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.understand.events.numbers import MONTH_NAMES, phrase_at, tokenize
from bot.understand.events.rules import (
    FORCES,
    REFINING,
    STRIKES,
    EventRules,
    fold,
    has_fellow,
)

_MONTH = "|".join(MONTH_NAMES)
_DATE = re.compile(
    rf"(?=(?:of |early |late |mid-?)?(?:{_MONTH})\b)(?:"  # what every date below opens on
    rf"(?<=\d )(?:of )?(?:{_MONTH})\b"  # 3 March, 21st of March
    rf"|(?<=\d(?:st|nd|rd|th) )(?:of )?(?:{_MONTH})\b"
    rf"|\b(?:{_MONTH})(?= \d)"  # March 3, March 2024
    rf"|(?<=\b(?:in|by) )(?:early |late |mid-?)?(?:{_MONTH})\b"  # in March, by late May
    rf"|(?<=\b(?:since|until) )(?:early |late |mid-?)?(?:{_MONTH})\b"  # since mid-March
    rf"|(?<=\btill )(?:early |late |mid-?)?(?:{_MONTH})\b"
    rf"|(?<=\bend of )(?:{_MONTH})\b|(?<=\bstart of )(?:{_MONTH})\b"  # the end of March
    rf"|(?<=\bmiddle of )(?:{_MONTH})\b|(?<=\bbeginning of )(?:{_MONTH})\b)",
    re.IGNORECASE,
)
"""A month in a date: no cue word ("3 March" is no protest march)."""
_TITLED_NAMES = tuple(name.title() for name in MONTH_NAMES)
_TITLED_MONTH = re.compile(
    rf"\b(?P<month>{'|'.join(_TITLED_NAMES)})\b"
    r"(?P<named>['’]s\b|\s+(?P<next>[A-Za-z]+))?"
)
"""A month written with its capital ("the March attack", "March's bombing", "last March"):
outside a headline in title case, and after the first word, a capitalised "March" is the
month; in any case when a noun for an incident ("attack", "Massacre") follows it or it is
possessive."""
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_TITLE_WORD = 4
"""Words this long or longer tell a headline written in title case from one in sentence
case ("Thousands March Against War" against "Survivors of the March attack ...")."""


def _title_case(sentence: str) -> bool:
    """Whether more than half the long words after the first start with a capital."""
    words = [w for w in _WORD.findall(sentence)[1:] if len(w) >= _TITLE_WORD]
    return bool(words) and 2 * sum(w[0].isupper() for w in words) > len(words)


def _names_incident(rules: EventRules, word: str) -> bool:
    """Whether a word names an incident ("attack", "bombing"), not an act told by a verb
    ("attacked") or people ("attackers")."""
    incidents = rules.words.incidents
    return (
        incidents is not None
        and incidents.fullmatch(word) is not None
        and not word.lower().endswith(("ed", *rules.words.people_endings))
    )


def _months(rules: EventRules, sentence: str) -> str:
    """The sentence with the months it names blanked (`_DATE`, `_TITLED_MONTH`): a month is
    no cue word ("the March attack", "since March", "3 March" are no protest march; "a
    march through the city", "protesters marched" still are)."""
    lowered = sentence.lower()
    if not has_fellow(sentence) and not any(month in lowered for month in MONTH_NAMES):
        return sentence  # `_DATE` needs a month (or a fellow to spell one), and so does a title
    sentence = _DATE.sub(lambda m: " " * len(m[0]), sentence)
    if not any(month in sentence for month in _TITLED_NAMES):
        return sentence
    titled = _title_case(sentence)
    spans = []
    for found in _TITLED_MONTH.finditer(sentence):
        following = found["next"]
        month = found.span("month")
        if found["named"] and following is None:
            spans.append(month)  # "March's bombing"
        elif following is not None and _names_incident(rules, following):
            spans.append(month)  # "the March attack", "After March Massacre"
        elif not titled and sentence[: found.start()].strip():
            spans.append(month)  # "a year after rebels seized it last March"
    for start, end in spans:
        sentence = sentence[:start] + " " * (end - start) + sentence[end:]
    return sentence


@dataclass(frozen=True)
class Verdict:
    """The sub-event type chosen, every type's score and where the lead sentence is."""

    sub_event: str
    scores: dict[str, float]
    lead: int | None
    """Index of the lead among the body sentences (None: no cue anywhere)."""


def _hits(rules: EventRules, sentence: str) -> dict[str, float]:
    """Each sub-event type's summed cue weights in the sentence (types without a hit left
    out). In a sentence telling a crowd, what follows a word naming its cause is what the
    crowd is about, not the event: "marched after soldiers killed 12 villagers" is a
    protest, its killing left out; so after an arrest's strong cue ("arrested three
    officers on suspicion of facilitating a suicide bomb attack")."""
    found: list[tuple[str, float, int]] = []
    folded = fold(sentence)
    cues = rules.index.candidates(folded)
    if not cues:
        return {}  # blanking its months takes words away, never adds one: still no cue
    sentence = _months(rules, folded)
    if sentence is not folded:
        cues = rules.index.candidates(sentence)
    countered: dict[str, list[tuple[int, int]]] = {}
    for name, cue in cues:
        match = cue.pattern.search(sentence)
        if match and name in rules.countered:
            if name not in countered:
                countered[name] = [m.span() for m in rules.countered[name].finditer(sentence)]
            spans = countered[name]
            if _inside(match.start(), spans):
                match = next(
                    (m for m in cue.pattern.finditer(sentence) if not _inside(m.start(), spans)),
                    None,
                )
        if match:
            found.append((name, cue.weight, match.start()))
    crowd = min((at for name, _, at in found if name in rules.crowds), default=None)
    cause = _cause_at(sentence, crowd, rules.words.cause_frames) if crowd is not None else None
    answer = min(
        (
            at
            for name, weight, at in found
            if name in rules.answering and weight >= rules.answer_weight
        ),
        default=None,
    )
    if answer is not None and (crowd is None or answer < crowd):
        cause = _cause_at(sentence, answer, rules.answer_frames)
    anchors = rules.crowds | rules.answering
    totals: dict[str, float] = {}
    for name, weight, at in found:
        if cause is None or at < cause or name in anchors:
            totals[name] = totals.get(name, 0.0) + weight
    return {name: total for name, total in totals.items() if total}


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= at < end for start, end in spans)


def _cause_at(sentence: str, after: int, frames: frozenset[tuple[str, ...]]) -> int | None:
    """Where the first phrase of `frames` (naming a crowd's cause, or a charge) stands
    after `after`, if any."""
    tokens = tokenize(sentence[after:])
    texts = [token.text for token in tokens]
    return next(
        (after + t.start for i, t in enumerate(tokens) if phrase_at(texts, i, frames)),
        None,
    )


def _hit_by(types: tuple[str, ...], told: dict[str, float]) -> str:
    """What hit a state's forces: the first of `types` (a clash) unless another (a weapon)
    scores more in the headline and lead (`told`)."""
    clash, *weapons = types
    weapon = max(weapons, key=lambda n: told.get(n, 0.0), default=clash)
    return weapon if told.get(weapon, 0.0) > told.get(clash, 0.0) else clash


def classify(rules: EventRules, title: str, body: list[str]) -> Verdict:
    """The sub-event type of the event told by `title` and the `body` sentences."""
    zones = rules.zones
    scores = {sub.name: 0.0 for sub in rules.sub_events}
    told: dict[str, float] = {}  # the scores of the headline and lead alone
    for name, value in _hits(rules, title).items() if title else ():
        scores[name] = scores.get(name, 0.0) + value * zones.title
        told[name] = told.get(name, 0.0) + value * zones.title
    lead = None
    for index, sentence in enumerate(body):
        hits = _hits(rules, sentence)
        if lead is None and not hits:
            continue
        if lead is None:
            lead = index
        offset = index - lead
        weight = (
            zones.lead
            if offset == 0
            else zones.second
            if offset == 1
            else zones.rest
            if offset <= zones.rest_sentences + 1
            else 0.0
        )
        if not weight:
            break
        for name, value in hits.items():
            scores[name] = scores.get(name, 0.0) + value * weight
            if offset == 0:
                told[name] = told.get(name, 0.0) + value * weight
    unnamed = scores.pop(STRIKES, 0.0)
    if unnamed:
        weapon = max(rules.strike_types, key=lambda n: scores[n])
        scores[weapon] += unnamed
        told[weapon] = told.get(weapon, 0.0) + told.pop(STRIKES, 0.0)
    hit = scores.pop(FORCES, 0.0)
    if hit:
        scores[_hit_by(rules.forces_types, told)] += hit
    refining = {
        name.removeprefix(REFINING): scores.pop(name)
        for name in [n for n in scores if n.startswith(REFINING)]
    }
    best = max(scores.values())
    sub_event = rules.default if best <= 0 else next(n for n, v in scores.items() if v == best)
    totals = {n: scores[n] + refining.get(n, 0.0) for n in rules.refine.get(sub_event, ())}
    finer = [n for n, total in totals.items() if total >= rules.refine_min]
    if finer:
        sub_event = max(finer, key=totals.__getitem__)
    return Verdict(sub_event, scores, lead)
