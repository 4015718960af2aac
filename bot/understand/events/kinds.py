"""Which ACLED sub-event type an article's headline event is, from weighted cue words.

Each sub-event type's cues (`config/events.yaml`) are looked for in the title, the lead (the
first body sentence with any cue), the sentence after it and a few more; a cue found in a
sentence adds its weight times that sentence's zone weight. Background paragraphs further
down never count. The highest total wins; ties go to the type listed first. A protest
becomes a finer protest type (force used, a riot) once that type's cues score enough.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.understand.events.rules import EventRules, fold


@dataclass(frozen=True)
class Verdict:
    """The sub-event type chosen, every type's score and where the lead sentence is."""

    sub_event: str
    scores: dict[str, float]
    lead: int | None
    """Index of the lead among the body sentences (None: no cue anywhere)."""


def _hits(rules: EventRules, sentence: str) -> dict[str, float]:
    """Each sub-event type's summed cue weights in the sentence (types without a hit left
    out)."""
    totals: dict[str, float] = {}
    sentence = fold(sentence)
    for name, cue in rules.index.candidates(sentence.lower()):
        if cue.pattern.search(sentence):
            totals[name] = totals.get(name, 0.0) + cue.weight
    return {name: total for name, total in totals.items() if total}


def classify(rules: EventRules, title: str, body: list[str]) -> Verdict:
    """The sub-event type of the event told by `title` and the `body` sentences."""
    zones = rules.zones
    scores = {sub.name: 0.0 for sub in rules.sub_events}
    for name, value in _hits(rules, title).items() if title else ():
        scores[name] += value * zones.title
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
            scores[name] += value * weight
    best = max(scores.values())
    sub_event = rules.default if best <= 0 else next(n for n, v in scores.items() if v == best)
    finer = [n for n in rules.refine.get(sub_event, ()) if scores[n] >= rules.refine_min]
    if finer:
        sub_event = max(finer, key=lambda n: scores[n])
    return Verdict(sub_event, scores, lead)
