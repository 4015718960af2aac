"""One article's event facts: its sub-event type, killed and injured, and place."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.records import EventFacts, Place, PlaceMention
from bot.understand.events.casualties import read_casualties, read_mentions
from bot.understand.events.kinds import Verdict, classify
from bot.understand.events.numbers import MONTHS
from bot.understand.events.placing import several_places
from bot.understand.events.rules import AnyOf, EventRules, fold
from bot.understand.events.scenes import opens_elsewhere, placed_elsewhere
from bot.understand.events.where import event_place, town_or_finer

_LINE = re.compile(r"\s*\n\s*")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")
_NOT_AN_END = re.compile(
    r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Lt|Sgt|Col|Gen|Maj|Capt|Gov|Rep|Sen|No))\.$"
)
"""An initial ("U.S.") or a title ("Gen.") ends no sentence."""
_MONTH_DOT = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|janv|févr|fév|avr|juil|sept|déc"
    r"|ene|abr|ago|dic|gen|mag|giu|lug|ott|set|out|dez|янв|фев|февр|мар|апр|авг|сен|сент|окт"
    r"|ноя|нояб|дек|січ|лют|бер|квіт|трав|черв|лип|серп|вер|жовт|лист|груд)\.$",
    re.IGNORECASE,
)
"""A month's short name and its full stop before a day ("Jan. 27", "janv. 27") end no
sentence: the day is the date's."""
_ANY_END = re.compile(r"[.!?؟…][\"”’»)]?\s+(?=[\"“‘«„(]?(\w))")
"""An end mark and a space before a word: the end of a sentence in another language when the
word starts with a capital or a letter of a script without case (Arabic)."""
SCAN_AFTER_LEAD = 8
"""Body sentences after the lead in which figures are read; later ones are background."""
_HEADING_WORDS = 4
"""A line of two to this many words without an end mark is a section heading ("What was
hit", "Чим били росіяни"): it takes no place among the sentences read for figures. A line
of one word may be page chrome ("Share", "Advertisement") and keeps its place."""
WIDER_SENTENCES = 2
"""Sentences after the place zone read for a town when the zone names only a country or
an area."""
_WHOLES = frozenset({"country", "region"})
"""Kinds of place that hold a headline's town and its neighbours alike."""
_NEAR = re.compile(
    r"(?:\bnear|\boutside|\baround|\boutskirts of|\bfrom"
    r"|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""What puts an event near a place, not in it: "near X", "south of X", "30 km from X"."""
_AREA_WORD = re.compile(
    r"\s*(?:governorate|province|region|oblast|state|district|county)\b", re.IGNORECASE
)
"""A word after a name that makes it the area's ("Deir ez-Zor province")."""
READ_CHARS = 6000
"""The headline event is told at the top: only this much of a text is split and read."""


def _ends(line: str, english: bool) -> list[re.Match[str]]:
    """Where sentences of a line end: English by its own rule, other languages at an end
    mark before a word that is not lower case (any script)."""
    if english:
        return [e for e in _SENTENCE_END.finditer(line)]
    return [e for e in _ANY_END.finditer(line) if not e[1].islower()]


def _sentences(text: str, english: bool = True) -> list[str]:
    """Sentences of the text's top, every line its own paragraph (scraped pages break lines).
    A plain rule (an end mark, a space, a capital or quote) rather than the summarizer's
    Punkt model: cue zones need no more, and it costs a tenth."""
    sentences = []
    for line in _LINE.split(text[:READ_CHARS].strip()):
        start = 0
        for end in _ends(line, english):
            if not _NOT_AN_END.search(line, max(end.start() - 5, 0), end.start() + 1) and not (
                line[end.end() : end.end() + 1].isdigit()
                and _MONTH_DOT.search(line, max(end.start() - 6, 0), end.start() + 1)
            ):
                sentences.append(line[start : end.end()].strip())
                start = end.end()
        sentences.append(line[start:].strip())
    return [s for s in sentences if s]


def _is_heading(sentence: str) -> bool:
    """Whether a body line is a section heading (`_HEADING_WORDS`)."""
    return sentence[-1:].isalnum() and 2 <= len(sentence.split()) <= _HEADING_WORDS


def _scan_end(body: list[str], lead: int) -> int:
    """Where the body sentences read for figures end: `SCAN_AFTER_LEAD` after the lead,
    section headings not counted."""
    end = lead + 1 + SCAN_AFTER_LEAD
    headings = sum(map(_is_heading, body[lead + 1 : end]))
    while headings and end < len(body):
        headings -= not _is_heading(body[end])
        end += 1
    return end


def _end_of(full: str, sentences: list[str], end: int) -> int:
    """Where the last of `sentences` ends in `full`, searching from `end` on."""
    for sentence in sentences:
        at = full.find(sentence[:40], end)
        end = max(end, at + len(sentence) if at >= 0 else end)
    return end


def _countries_after(places: list[PlaceMention], lead_end: int) -> frozenset[str]:
    """How the countries the headline and lead do not name are written after them (every
    mention of one starts at or after `lead_end`): a count in one of them is the country's,
    not the event's ("в Україні загинули 17 гуманітарних працівників")."""
    return frozenset(
        written
        for mention in places
        if mention.place.kind == "country" and min(s for s, _, _ in mention.spans) >= lead_end
        for _, _, written in mention.spans
    )


def _same_event(
    rules: EventRules,
    sentences: list[str],
    lead: int,
    elsewhere: Callable[[str], bool] = lambda _: False,
) -> list[str]:
    """The sentences up to the first after the lead that opens on another event ("In a
    separate incident, ...") or on a place `elsewhere` says is apart ("In the X region,
    ...")."""
    for at in range(lead + 1, len(sentences)):
        if sentences[at].lower().startswith(rules.other_event) or elsewhere(sentences[at]):
            return sentences[:at]
    return sentences


def _told(places: list[PlaceMention], lead_end: int) -> list[Place]:
    """The places the headline and lead (the text up to `lead_end`) name: those finer than a
    country or a region of several when they name any."""
    named = [m.place for m in places if any(first < lead_end for first, _, _ in m.spans)]
    return [p for p in named if p.kind not in _WHOLES] or named


def _toll_sentences(
    rules: EventRules,
    full: str,
    sentences: list[str],
    lead: int,
    lead_end: int,
    scene: list[Place],
    places: list[PlaceMention],
    ancestors: Callable[[str], Sequence[str]] | None,
) -> list[str]:
    """The sentences whose figures may be the event's: those after the lead that place what
    they tell only apart from the event's `scene` (its place, the headline's and lead's
    places) are left out ("Shelling killed two people in Kherson" after a lead about a
    strike on Odesa), though the event's sentences go on after them."""
    kept = []
    for at, sentence in enumerate(sentences):
        start = full.find(sentence, lead_end) if at > lead else -1
        if start < 0 or not placed_elsewhere(
            sentence,
            start,
            full,
            places,
            scene,
            rules.place_openers,
            rules.not_scenes,
            ancestors,
        ):
            kept.append(sentence)
    return kept


def _elsewhere(
    rules: EventRules,
    full: str,
    lead_end: int,
    places: list[PlaceMention],
    ancestors: Callable[[str], Sequence[str]] | None,
) -> Callable[[str], bool]:
    """Whether a body sentence of `full` opens on a place apart from every place named up
    to `lead_end` (the headline and lead): the places finer than a country or a region of
    several, when they name one ("Ukraine says it hit a depot near Donetsk" is told of
    Donetsk, and a frame naming another region of Ukraine is apart from it)."""
    told = _told(places, lead_end)

    def opens(sentence: str) -> bool:
        start = full.find(sentence, lead_end)
        return start >= 0 and opens_elsewhere(
            sentence, start, places, told, rules.place_openers, ancestors
        )

    return opens


_DAY_OPENING = re.compile(r"(?:(?:early|late|earlier|later)\s+)?(?:on\s+)?(?:last\s+)?(\w+)\b")
"""How a sentence opens on a day: "On Wednesday", "Late on Friday", "Last Sunday"."""
_DAYS_AFTER = 2
"""Days after the event's on which a report still tells it ("On Tuesday, the death toll
rose to 14" after a strike on Monday); a day further on is read as one before it."""


def _on_earlier_days(rules: EventRules, top: Sequence[str]) -> Callable[[str], bool]:
    """Whether a sentence opens on a day of the week (`rules.days`, in their order) before
    every day the headline and lead (`top`) name, when they name one: an earlier event's
    ("On Wednesday, 25 people were killed ..." after a raid on Saturday). A day up to
    `_DAYS_AFTER` after one of theirs tells the same event's later news."""
    words = set(re.findall(r"\w+", fold(" ".join(top).lower())))
    told = [at for at, day in enumerate(rules.days) if day in words]
    week = len(rules.days)

    def opens(sentence: str) -> bool:
        found = _DAY_OPENING.match(fold(sentence.lower()))
        if not told or found is None or found[1] not in rules.days:
            return False
        day = rules.days.index(found[1])
        return all((day - at) % week > _DAYS_AFTER for at in told)

    return opens


def _on_earlier_dates(rules: EventRules, top: Sequence[str]) -> Callable[[str], bool]:
    """Whether a sentence dates something by a calendar date after one of `rules.date_ons`
    ("on June 3", "on 3 June") when the headline and lead (`top`) date the event by a day
    of the week and name no month: news names this week's days and dates older ones, so it
    tells an earlier event ("On December 12, 23 soldiers were killed ..." after an attack on
    Tuesday). Not a date right after a word of `rules.not_scenes` ("said on June 3")."""
    words = re.findall(r"\w+", fold(" ".join(top).lower()))
    if not any(day in rules.days for day in words) or any(w in MONTHS for w in words):
        return lambda sentence: False

    def dates(sentence: str) -> bool:
        tokens = re.findall(r"\w+", fold(sentence.lower()))
        for at, word in enumerate(tokens[:-2]):
            if word not in rules.date_ons or (at and tokens[at - 1] in rules.not_scenes):
                continue
            first, second = tokens[at + 1], tokens[at + 2]
            if (first in MONTHS and second.isdigit() and len(second) <= 2) or (
                first.isdigit() and len(first) <= 2 and second in MONTHS
            ):
                return True
        return False

    return dates


def _several_events(rules: EventRules, told: list[str]) -> bool:
    """Whether the headline or lead tells several separate events ("in several separate
    attacks"): a round-up, whose figures are each event's, none of them the article's."""
    lowered = fold(" ".join(told).lower())
    return any(phrase in lowered for phrase in rules.several_events)


def _harmful(rules: EventRules, verdict: Verdict) -> str:
    """The best-scoring sub-event type of an event that hurt people (the default when
    none of them scores)."""
    scored = {
        name: score
        for name, score in verdict.scores.items()
        if score > 0 and name not in rules.no_figures
    }
    return max(scored, key=lambda name: scored[name]) if scored else rules.default


def _by_others(rules: EventRules, sub_event: str, top: Sequence[str]) -> str:
    """The sub-event type of a state's force (`rules.state_force`) told done by an armed
    group in the headline and lead, and by no state force there, is its `instead` type
    ("Gunmen opened fire on a protest": civilians attacked, not excessive force)."""
    force = rules.state_force
    if force is None or sub_event not in force.types:
        return sub_event
    told = [fold(sentence) for sentence in top if sentence]
    if any(force.others.search(s) for s in told) and not any(force.state.search(s) for s in told):
        return force.instead
    return sub_event


def _harm_first(rules: EventRules, sub_event: str, headline: str) -> bool:
    """Whether the headline (the lead when there is none) tells people killed or injured
    before the first cue of `sub_event`: "مقتل ثلاثة جنود واعتقال خمسة مسلحين" (three soldiers
    killed, five gunmen arrested) is the killing's, not "Police arrest man who killed three"."""
    folded = fold(headline)
    cues = next(sub.cues for sub in rules.sub_events if sub.name == sub_event)
    at = min((m.start() for cue in cues if (m := cue.pattern.search(folded))), default=None)
    if at is None:
        return False
    before = read_mentions(folded[:at], rules.words, perpetrators=False)
    return any(not m.background and (m.figure.value or 0) > 0 for m in before)


def tells_no_incident(rules: EventRules, top: Sequence[str]) -> bool:
    """Whether a headline and lead (`top`) are a situation report's: they name its subject
    (an outbreak, food, access, displacement: `rules.report_subjects`) and tell no incident
    (`rules.report_incidents`), whatever fighting they mention in passing."""
    subjects, incidents = rules.report_subjects, rules.report_incidents
    if subjects is None or incidents is None:
        return False
    told = [fold(sentence) for sentence in top if sentence]
    return any(subjects.search(s) for s in told) and not any(incidents.search(s) for s in told)


def _of_a_funeral(rules: EventRules, title: str) -> bool:
    """Whether a headline is a funeral's or a mourning's (`rules.funeral_subjects`) and tells
    no incident (`rules.funeral_incidents`): "Soldiers killed in Iraq laid to rest", "Italy
    holds state funeral for soldiers killed last week". Its dead are an earlier event's, no
    figure of its own; "Strike on funeral kills 12" is an incident."""
    return _names_without_incident(rules.funeral_subjects, rules.funeral_incidents, title)


def _of_an_aftermath(rules: EventRules, title: str) -> bool:
    """Whether a headline is about an incident's aftermath (`rules.aftermath_subjects`: a
    reward offered, troops deployed, a sentence, bodies handed over, an anniversary) and
    tells no incident (`rules.aftermath_incidents`): "India to deploy 35,000 troops along
    border". The dead its article names are earlier events', no figure of its own;
    "Gunmen kill 12 as army deploys troops" is an incident."""
    return _names_without_incident(rules.aftermath_subjects, rules.aftermath_incidents, title)


def _names_without_incident(subjects: AnyOf | None, incidents: AnyOf | None, title: str) -> bool:
    """Whether a headline names one of `subjects` and none of `incidents` (False when either
    list is absent or the headline is empty)."""
    if subjects is None or incidents is None or not title:
        return False
    told = fold(title)
    return bool(subjects.search(told)) and not incidents.search(told)


def _namesake_town(
    full: str,
    place: PlaceMention,
    lookup: Callable[[str], Sequence[Place]],
    ancestors: Callable[[str], Sequence[str]],
) -> PlaceMention:
    """The town an area's name stands for when the event is told near it: an area
    (first-level) named like its own town ("Deir ez-Zor", "Kirkuk"), written after a word
    of nearness ("near", "south of", "km from") and not before a word for an area, is the
    town: one is near a town, not near a province."""
    if place.place.kind != "admin1":
        return place
    for start, end, written in place.spans:
        if not _NEAR.search(full, max(0, start - 20), start) or _AREA_WORD.match(full, end):
            continue
        town = next(
            (
                p
                for p in lookup(written)
                if p.kind == "city" and place.place.key in ancestors(p.key)
            ),
            None,
        )
        if town is not None:
            return PlaceMention(written, start, end, town, place.mentions)
    return place


def read_event(
    rules: EventRules,
    title: str,
    text: str,
    places: list[PlaceMention] | None = None,
    ancestors: Callable[[str], Sequence[str]] | None = None,
    lookup: Callable[[str], Sequence[Place]] | None = None,
) -> EventFacts | None:
    """The facts of the event an article's title and text tell, None when it tells none (a
    situation report: `tells_no_incident`). `places` are the mentions found in
    `title + "\\n\\n" + text` (as the analyzer finds them), for the event place;
    `ancestors` gives the keys of the places containing a place (the gazetteer's), `lookup`
    the places a name may be (the gazetteer's), for the town an area is named after."""
    title = title.strip()
    title_in_text = bool(title) and title in text
    english = rules.language == "en"
    body = [
        b for s in _sentences(text, english) if (b := s.replace(title, " ").strip() if title else s)
    ]
    verdict = classify(rules, title, body)
    lead = verdict.lead or 0
    if tells_no_incident(rules, [title, *body[:1], *body[lead : lead + 1]]):
        return None
    full = f"{title}\n\n{text}" if title else text
    lead_end = _end_of(full, body[: lead + 1], len(title) + 2 if title else 0)
    elsewhere = _elsewhere(rules, full, lead_end, places or [], ancestors)
    scanned_body = _same_event(rules, body[: _scan_end(body, lead)], lead, elsewhere)
    top = [title, *body[lead : lead + 1]]  # the headline and the lead
    zone_end = len(title) + 2 if title else 0
    told = _same_event(rules, body[: lead + 2 + WIDER_SENTENCES], lead, elsewhere)
    zone_end = _end_of(full, told[: lead + 2], zone_end)
    wider_end = _end_of(full, told[lead + 2 :], zone_end)
    said_end = _end_of(full, scanned_body, 0)
    place = event_place(
        full,
        places or [],
        zone_end,
        wider_end,
        len(title),
        ancestors,
        said_end=max(said_end, wider_end),
        several=several_places(" ".join(top)),
    )
    if place is not None and lookup is not None and ancestors is not None:
        place = _namesake_town(full, place, lookup, ancestors)
    scanned = scanned_body
    if place is not None and town_or_finer(place):
        scene = [place.place, *_told(places or [], lead_end)]
        scanned = _toll_sentences(
            rules, full, scanned_body, lead, lead_end, scene, places or [], ancestors
        )
    earlier_day = _on_earlier_days(rules, top)
    earlier_date = _on_earlier_dates(rules, top)
    scanned = [
        s
        for s in scanned
        if s in top
        or not (earlier_day(s) or earlier_date(s) or fold(s.lower()).startswith(rules.links))
    ]
    if title and not title_in_text:
        scanned = [title, *scanned]
    elif title:
        at = text.find(title)
        before = sum(1 for s in scanned if text.find(s) < at)
        scanned = [*scanned[:before], title, *scanned[before:]]
    several = _several_events(rules, top)
    sub_event = _by_others(rules, verdict.sub_event, top)
    if sub_event in rules.after_harm and _harm_first(rules, sub_event, title or top[-1]):
        sub_event = _harmful(rules, verdict)
    if sub_event in rules.unharmed and not several:
        harm = read_casualties(scanned, rules.words)
        if any((figure.min or 0) > 0 for figure in harm):
            sub_event = _harmful(rules, verdict)
    killed, injured = read_casualties(
        scanned,
        rules.words,
        figures=sub_event not in rules.no_figures
        and not several
        and not _of_a_funeral(rules, title)
        and not _of_an_aftermath(rules, title),
        perpetrators=sub_event == "Suicide bomb",
        crowd=sub_event in rules.crowds,
        leads=tuple(top),
        headline=title,
        countries=_countries_after(places or [], lead_end),
    )
    return EventFacts(
        event_type=rules.event_type(sub_event),
        sub_event_type=sub_event,
        killed=killed,
        injured=injured,
        place=place,
    )
