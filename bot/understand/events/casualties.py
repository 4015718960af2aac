"""Killed and injured figures of an article's main event, read from its first sentences.

A figure counts when it stands next to a casualty word ("killing at least 20", "five were
wounded", "the death toll rose to 18"), is no guess ("feared dead"), no thing ("18 drones"),
no part of a larger figure ("including six children") and no background ("since the war
began", "earlier this week"). The first such figure of each kind wins; a later one of the
same kind that says it comes on top ("two officers also died", "another five") is added.
Vague amounts ("dozens", "several") and upper bounds ("up to 30") give no minimum, only
their words. Nothing is ever guessed: no figure next to a casualty word means none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Literal

from bot.records import Casualties
from bot.understand.events.numbers import (
    DAY_MONTHS,
    MONTHS,
    Figure,
    as_written,
    by_first_word,
    find_figures,
    is_count,
    phrase_at,
    token_texts,
)
from bot.understand.events.rules import CasualtyWords, Periods, fold

Kind = Literal["killed", "injured"]
_CLAUSE_ENDS = frozenset(
    {",", ";", ":", "—", "–", "(", ")", '"', "“", "”", ".", "،", "؛", "«", "»", "„"}
)
_JOINS = frozenset({",", "and", "or", "&", "/", "و", "et", "и", "і", "й", "та"})
_WINDOW = 6
_ADD_REACH = 2
"""A part is added to a figure only within this many sentences after it."""
_SUBJECT_WORDS = 3
"""Words a lone victim's noun may take between its article and its link ("a young aid
worker was killed"); an age ("35-year-old") is one."""
_OPENING = 4
"""An opening phrase ("In late June, ...") dates every figure of its sentence."""
_YEAR_PARTS = frozenset({"early", "late", "mid", "mid-"})
"""Words between a frame and its year that keep it one: "in late 2022"."""
_COMPARED_REACH = 6
"""Words before a span's opening, in its clause, read for a comparison ("the first attack on
the base in months")."""
_TOLL_REACH = 30
"""Words a toll's link may take to its figure, asides between commas included."""
_WAR_TOLL = 10_000
"""A figure this large is a war's or a campaign's toll, never one event's ("operations in
Gaza have killed at least 36,801")."""

_RISING_TOLL = 1_000
"""A figure this large that a count rises to (`words.rises`: "the death toll has risen to
8,796") is a campaign's running toll, as a `_WAR_TOLL` is; one event's rarely reaches it,
and an event's told so ("More than 1,200 died when the dam was shelled") names no rise."""

_MANY_STRIKES = 10
"""A count of strikes, attacks or times from which a sentence tells many incidents: "the
region came under 52 attacks" (`CasualtyWords.strike_counts`), not "two strikes"."""

_RANK_REACH = 8
"""Words after a superlative (`CasualtyWords.rankings`) in which the time frame it ranks
against may stand ("one of the deadliest incidents in the region this year")."""

_ROUNDED = 10
"""A minimum in tens of this ("more than 50") is a rounded figure a later exact one may
tell more precisely (`_supersedes`)."""
_SUPERSEDE_REACH = 3
"""Sentences after a rounded figure in which its exact figure may follow."""

_OPENING_SENTENCES = 2
"""The first sentences read (the headline and the first of the text, or the first two when
there is no headline), where a campaign's tally is named as the article's subject."""
_RISE_REACH = 4
"""Words before a figure in which a rise's words may end ("has risen to at least 2,100")."""


@dataclass(frozen=True)
class _Cue:
    first: int
    last: int
    kind: Kind
    toll: bool


@dataclass(frozen=True)
class Mention:
    """One figure linked to a casualty word in one sentence."""

    kind: Kind
    figure: Figure
    as_written: str
    background: bool
    adds: bool
    hedged: bool
    """Said as a guess ("feared dead", "may have died") or a count of killed and injured
    together ("20 dead and wounded"): words, no figure."""
    running: bool = False
    """Background only for a running toll's start ("killed 200 people since Thursday"): the
    event's toll so far, a minimum, when the headline or lead tells it."""
    tally: bool = False
    """Background as a tally: its sentence counts over a span or from a time ("since
    October 7", "over the past week"), tallies (`background_sentence`), or the figure is a
    war's (`_WAR_TOLL`)."""
    aside: bool = False
    """An armed group's record ("The group has killed 900 soldiers") or the count of a
    country the headline and lead do not name ("в Україні загинули 17 гуманітарних
    працівників"): background outside the headline and the lead."""
    someone: bool = False
    """One person named with a definite article ("the driver was wounded"): at least one,
    the kind's figure only when the text gives no other."""
    estimate: bool = False
    """Another source's estimate of a count already given ("Another official put the death
    toll at 21", `_another_estimate`): never added to it, nor taken for its exact figure."""
    initial: bool = False
    """A first report's figure ("initial reports said 38 were killed", "the blast initially
    killed 12"): a later figure of its kind, not added to it, revises it."""
    risen: bool = False
    """A toll told as risen to its figure ("the toll has since climbed to 15"): a later,
    higher toll of the event, which replaces a smaller figure of its kind read before."""
    parts: tuple[int, ...] = ()
    """The figures summed into this one, when the text gives its parts ("killing nine
    children and nine adults": 9, 9)."""


def _cues(texts: list[str], words: CasualtyWords) -> list[_Cue]:
    cues = []
    killed_firsts, injured_firsts = by_first_word(words.killed), by_first_word(words.injured)
    i = 0
    while i < len(texts):
        if texts[i] not in killed_firsts and texts[i] not in injured_firsts:
            i += 1
            continue
        killed = phrase_at(texts, i, words.killed)
        injured = phrase_at(texts, i, words.injured)
        size = max(killed, injured)
        if size and _a_verdict(texts, i, words):
            i += size
        elif size:
            kind: Kind = "killed" if killed >= injured else "injured"
            toll = any(t in words.tolls for t in texts[i : i + size])  # "число погибших"
            cues.append(_Cue(i, i + size, kind, toll))
            i += size
        else:
            i += 1
    return cues


_VERDICT_REACH = 6
"""Words before "to death" searched for a verdict ("sentenced the three gunmen to death")."""


def _a_verdict(texts: list[str], at: int, words: CasualtyWords) -> bool:
    """Whether the casualty word at `at` is the "death" of "to death" after a court's verdict
    (`words.verdicts`) in its clause: "Three men were condemned to death" tells no death."""
    if texts[at] != "death" or at < 2 or texts[at - 1] != "to":
        return False
    for before in range(at - 2, max(at - 2 - _VERDICT_REACH, -1), -1):
        if texts[before] in _CLAUSE_ENDS:
            return False
        if texts[before] in words.verdicts:
            return True
    return False


def _hedged(texts: list[str], start: int, end: int, words: CasualtyWords) -> bool:
    """Whether a word of guessing stands in [start, end): the month of a date ("on 12 May")
    is none."""
    firsts = by_first_word(words.hedges)
    for at in range(max(start, 0), min(end, len(texts))):
        if texts[at] in firsts and phrase_at(texts, at, words.hedges) and not _in_date(texts, at):
            return True
    return False


def _in_date(texts: list[str], at: int) -> bool:
    """Whether texts[at] is a month next to a number ("12 May", "May 12", "May 2024")."""
    beside = texts[max(at - 1, 0) : at] + texts[at + 1 : at + 2]
    return texts[at] in MONTHS and any(t[:1].isdigit() for t in beside)


def _has(texts: list[str], start: int, end: int, phrases: frozenset[tuple[str, ...]]) -> bool:
    firsts = by_first_word(phrases)
    for i in range(max(start, 0), min(end, len(texts))):
        if texts[i] in firsts and phrase_at(texts, i, phrases):
            return True
    return False


_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")
"""A time of day as written ("17:30", "15.50")."""


def _frame_at(texts: list[str], start: int, end: int, words: CasualtyWords) -> bool:
    """Whether a background frame (`words.background_frames`) stands in [start, end), not
    one before a time of day: "as of 17:30", "станом на 15.50" give the event's toll so far,
    "станом на 3 квітня" a tally."""
    firsts = by_first_word(words.background_frames)
    for i in range(max(start, 0), min(end, len(texts))):
        size = phrase_at(texts, i, words.background_frames) if texts[i] in firsts else 0
        if size and not (i + size < len(texts) and _CLOCK.fullmatch(texts[i + size])):
            return True
    return False


def _clause(texts: list[str], first: int, last: int, window: int = _WINDOW) -> tuple[int, int]:
    """Tokens around [first, last) within `window` words and the same clause."""
    start = first
    while start > 0 and first - start < window and texts[start - 1] not in _CLAUSE_ENDS:
        start -= 1
    end = last
    while end < len(texts) and end - last < window and texts[end] not in _CLAUSE_ENDS:
        end += 1
    return start, end


_ASIDE_WORDS = 3
"""Words an aside between commas may hold ("..., so far, 41 killed")."""


def _aside_start(texts: list[str], clause_start: int) -> int:
    """Where a short aside between commas right before a clause starts ("حتى الآن" in
    "ضحايا العدوان، حتى الآن، 41 شهيدا"), else the clause's own start."""
    if clause_start < 2 or texts[clause_start - 1] not in {",", "،"}:
        return clause_start
    start = clause_start - 1
    while start > 0 and texts[start - 1] not in _CLAUSE_ENDS:
        start -= 1
    aside = clause_start - 1 - start
    return (
        start
        if 0 < aside <= _ASIDE_WORDS and start and texts[start - 1] in {",", "،"}
        else clause_start
    )


def _clause_past_parts(
    texts: list[str], first: int, last: int, words: CasualtyWords
) -> tuple[int, int]:
    """The whole clause around [first, last), an aside naming a part of its toll passed
    over: "15 погибли и 142 получили ранения, в числе которых восемь несовершеннолетних, за
    минувшую неделю" and "33 were killed, including six children, and 150 wounded in four
    days of strikes" tell the span after the aside."""
    start, end = _clause(texts, first, last, window=len(texts))
    while (
        end < len(texts)
        and texts[end] == ","
        and any(t in words.subset for t in texts[end + 1 : end + 1 + _SUBSET_OPENING])
    ):
        close = next((at for at in range(end + 1, len(texts)) if texts[at] in _CLAUSE_ENDS), None)
        if close is None or texts[close] != ",":
            break
        end = _clause(texts, close + 1, close + 1, window=len(texts))[1]
    return start, end


def _of_a_past_time(texts: list[str], clause_start: int, cue: _Cue, words: CasualtyWords) -> bool:
    """Whether a figure's clause, opened by "when", by its own casualty word or by a word of
    consequence ("resulting in") after a comma, tells what happened at a past time the clause
    before names: "the worst since 2022, when 60 people died", "the school was also hit in
    August, killing 8 people", "the seizure of Goma two weeks earlier, resulting in 3,000
    deaths" ("in" and a month or a year, a time frame or an earlier time). "On 3 November,
    ..." dates the event itself and "on Monday, killing 6" is no past time."""
    opener = texts[clause_start]
    opens = opener == words.when or clause_start == cue.first or opener in words.consequences
    if not opens or clause_start < 3 or texts[clause_start - 1] != ",":
        return False
    before = texts[max(clause_start - 3, 0) : clause_start - 1]
    if before[-2:-1] == ["in"] or (before[-3:-2] == ["in"] and before[-2] in MONTHS):
        last = before[-1]
        if last in MONTHS or (last.isdigit() and len(last) == 4):
            return True
    previous = _clause(texts, clause_start - 2, clause_start - 2, window=len(texts))[0]
    return _has(texts, previous, clause_start, words.background_frames) or _has(
        texts, previous, clause_start, words.earlier_times
    )


def _remembered(texts: list[str], clause_start: int, first: int, words: CasualtyWords) -> bool:
    """Whether a figure is told in a relative clause after a word of remembrance in its
    clause: "to mark the anniversary of the massacre in which 52 people were killed"."""
    relatives = words.relatives | {words.when}
    for at in range(clause_start, first):
        if phrase_at(texts, at, words.memorials):
            return any(t in relatives for t in texts[at + 1 : first])
    return False


_RELATIVE_REACH = 3
"""Words at a relative clause's opening, its relative word among them: "in which", "в
результате которого", "au cours duquel"."""


def _of_a_past_incident(
    texts: list[str], clause_start: int, first: int, years: list[int], words: CasualtyWords
) -> bool:
    """Whether a figure's clause is a relative one after a comma ("in which", "which",
    "when": a relative word among its first `_RELATIVE_REACH` words, before the figure at
    `first`) about what the clause before names by its year or month, remembers, answers or
    charges someone with: "the tenth anniversary of the 2014 shelling, in which 30 civilians
    died", "on the anniversary of a massacre, when gunmen killed 30", "в ответ на нападение на
    базу, при котором погибли 40", "were indicted over the raid, in which 40 villagers died".
    A frame in a comparison ("the first since the truce, in
    which 12 died") is none."""
    if clause_start < 2 or texts[clause_start - 1] != ",":
        return False
    relatives = words.relatives | {words.when}
    opening = texts[clause_start : min(clause_start + _RELATIVE_REACH, first)]
    if not any(t in relatives for t in opening):
        return False
    previous = _clause(texts, clause_start - 2, clause_start - 2, window=len(texts))[0]
    before = texts[previous:clause_start]
    charged = _has(texts, previous, clause_start, words.background_frames) and not any(
        t in words.periods.comparisons for t in before
    )
    return (
        any(previous <= at < clause_start for at in years)
        or _has(texts, previous, clause_start, words.memorials)
        or _has(texts, previous, clause_start, words.responses)
        or charged
    )


_SEQUEL_GAP = 3
"""Words a sequel's `~` may stand for ("came two weeks after")."""


def _sequel_end(texts: list[str], at: int, phrase: tuple[str, ...]) -> int:
    """Where `phrase` ends when it starts at texts[at] (its `~`: up to `_SEQUEL_GAP` words
    before the next part, no clause end among them), else 0."""
    for index, part in enumerate(phrase):
        if part == "~":
            target = phrase[index + 1]
            stop = min(at + _SEQUEL_GAP + 1, len(texts))
            while at < stop and texts[at] != target and texts[at] not in _CLAUSE_ENDS:
                at += 1
        elif at < len(texts) and texts[at] == part:
            at += 1
        else:
            return 0
    return at


def _after_a_sequel(texts: list[str], first: int, words: CasualtyWords) -> bool:
    """Whether a sequel ("came a week after", "follows") stands before `first` in the
    sentence, followed by a word ("followed by" and "followed," tell what came next): the
    figure is of the earlier event the sentence names. A sequel opened by a comma (", a day
    after") holds only in its own clause: "On Monday, a day after the truce, a strike killed
    12" tells the day's toll."""
    for at in range(first):
        for phrase in by_first_word(words.sequels).get(texts[at], ()):
            end = _sequel_end(texts, at, phrase)
            if not end or end >= first or texts[end] in _CLAUSE_ENDS | {"by"}:
                continue
            if phrase[0] not in _CLAUSE_ENDS or not any(
                t in _CLAUSE_ENDS for t in texts[end:first]
            ):
                return True
    return False


def _year_at(texts: list[str], at: int) -> bool:
    """Whether texts[at] is a year: four digits from 1900 to 2100."""
    word = texts[at]
    return len(word) == 4 and word.isdigit() and 1900 <= int(word) <= 2100


def _framed_years(texts: list[str], words: CasualtyWords) -> list[int]:
    """Where the sentence dates something by a year alone: a frame word before it ("in
    2021", "during 2022", "in September 2022", "in late 2022"), an incident named by it
    ("a 2022 blast", "the 2015 attack") or an incident's noun and a word of `year_ofs` before
    it ("the shelling of 2014", "l'attentat de 2015"). A day with its month and year ("on 25
    September 2025", "September 25, 2025") is a full date, which may be the event's own: no
    frame."""
    if not words.year_frames:
        return []
    found = []
    for at in range(len(texts)):
        if not _year_at(texts, at):
            continue
        before = at - 1
        if before >= 0 and (_month_at(texts, before, words) or texts[before] in _YEAR_PARTS):
            if before >= 1 and texts[before - 1][:1].isdigit():
                continue  # "25 September 2025"
            before -= 1
        if before >= 1 and texts[before] == "," and texts[before - 1][:1].isdigit():
            continue  # "September 25, 2025"
        following = texts[at + 1] if at + 1 < len(texts) else ""
        named = (
            before >= 1
            and texts[before] in words.year_ofs
            and _names_incident(texts[before - 1], words)
        )
        if (
            (before >= 0 and texts[before] in words.year_frames)
            or named
            or _names_incident(following, words)
        ):
            found.append(at)
    return sorted([*found, *_month_incidents(texts, words)])


def _month_at(texts: list[str], at: int, words: CasualtyWords) -> bool:
    """Whether texts[at] is a month: as dates write it in any language read, or as a frame
    word makes it (`frame_months`: "в марте")."""
    month = texts[at]
    return month in MONTHS or month in DAY_MONTHS or month in words.frame_months


def _dates_since(texts: list[str], words: CasualtyWords) -> list[int]:
    """Where a word of `date_sinces` stands before a day and its month ("с 7 октября", "з
    24 лютого"): a count reckoned from that date, framed like a year."""
    return [
        at
        for at in range(len(texts) - 2)
        if texts[at] in words.date_sinces
        and texts[at + 1].isdigit()
        and _month_at(texts, at + 2, words)
    ]


def _framed_months(texts: list[str], words: CasualtyWords) -> list[int]:
    """Where a frame word (`year_frames`) dates something by a month alone: "in March", "en
    mars", "в марте" (a month as dates write it, or as a frame word makes it:
    `frame_months`), no day or year after it ("in March 2024" is a year's, "in March 3
    attack" a date's)."""
    found = []
    for at in range(1, len(texts)):
        if texts[at - 1] not in words.year_frames or not _month_at(texts, at, words):
            continue
        if at + 1 < len(texts) and texts[at + 1][:1].isdigit():
            continue
        found.append(at)
    return found


_NAMED_BY = frozenset({"the", "last", "that"})
"""Words before a month that makes an incident's name: "the March attack"."""


def _month_incidents(texts: list[str], words: CasualtyWords) -> list[int]:
    """Where a month names an incident, with its day or not: "the March attack", "the
    October 7 attacks", "last May's bombing" (a month after "the" or "last", before a word
    of `words.incidents`): an earlier event, dated like one named by its year."""
    found = []
    for at in range(1, len(texts) - 1):
        month = texts[at].removesuffix("'s").removesuffix("’s")
        if month not in MONTHS or texts[at - 1] not in _NAMED_BY:
            continue
        following = at + 1
        if texts[following][:1].isdigit() and following + 1 < len(texts):
            following += 1
        if _names_incident(texts[following], words):
            found.append(at)
    return found


def _names_incident(word: str, words: CasualtyWords) -> bool:
    """Whether a word names an incident ("blast", "attacks"), not people ("attackers")."""
    found = words.incidents.match(word) if words.incidents is not None else None
    if found is None:
        return False
    grown = next((part for part in found.groups() if part), "")
    return len(grown) < 2 or not word.endswith(words.people_endings)


def _compared(texts: list[str], at: int, periods: Periods) -> bool:
    """Whether a word of comparison (`periods.comparisons`: "deadliest", "first", "such")
    stands in the clause within `_COMPARED_REACH` words before the opening at `at`."""
    for before in range(at - 1, max(at - _COMPARED_REACH, 0) - 1, -1):
        if texts[before] in _CLAUSE_ENDS:
            return False
        if texts[before] in periods.comparisons:
            return True
    return False


def _periods(texts: list[str], words: CasualtyWords) -> list[int]:
    """Where the sentence tells a span of time (`Periods`): "in the first two weeks of
    November", "over two weeks", "within a fortnight", "during October", "за последние две
    недели", "خلال الأيام الأخيرة". Not a time relative to another event ("in the days after
    the strike", "within days of the truce"), a named time ("during the month of Ramadan")
    nor a comparison ("the deadliest attack in two weeks")."""
    periods = words.periods
    if not periods.opens:
        return []
    found = []
    opens, month_opens = by_first_word(periods.opens), by_first_word(periods.month_opens)
    for at in range(len(texts)):
        if texts[at] not in opens and texts[at] not in month_opens:
            continue
        size = phrase_at(texts, at, periods.opens)
        months = phrase_at(texts, at, periods.month_opens)
        if not size and not months:
            continue
        if _compared(texts, at, periods):
            continue
        if months and at + months < len(texts) and texts[at + months] in MONTHS:
            found.append(at)
            continue
        unit = at + size
        while (
            unit < len(texts)
            and unit - at - size < Periods.GAP
            and texts[unit] not in periods.units
            and (texts[unit] in periods.steps or is_count(texts[unit], words))
        ):
            unit += 1
        if not size or unit >= len(texts) or texts[unit] not in periods.units:
            continue
        following = texts[unit + 1] if unit + 1 < len(texts) else ""
        if following in periods.relations:
            continue
        named = all(t == "the" for t in texts[at + size : unit])
        if following == "of" and (texts[at] in periods.relative_opens or named):
            continue  # "within days of the truce", "during the month of Ramadan"
        # ("in a week of violence", "in the first week of November" are spans)
        found.append(at)
    return found


def _of_a_year(years: list[int], clause: tuple[int, int]) -> bool:
    """Whether a framed year (`_framed_years`) or a span of time (`_periods`) opens the
    sentence ("In 2021, a bombing killed 40") or stands in the figure's clause ("an attack
    in 2021 that killed 40", ", including a 2022 blast that killed 53", "killed 27 in the
    first two weeks of November"): not one in another clause ("killed 30, the deadliest
    since a 2019 bombing")."""
    start, end = clause
    return any(at < _OPENING or start <= at < end for at in years)


def _of_a_month(texts: list[str], months: list[int], clause_start: int, first: int) -> bool:
    """Whether a framed month (`_framed_months`) opens the sentence, stands in the figure's
    clause before it ("в марте при ударе по рынку погибли 25") or ends the short clause
    opening it ("; en mars, une frappe avait tué 25"); one after it may be a comparison's
    ("killed 5 in an attack similar to one in March")."""
    return any(
        at < _OPENING
        or clause_start <= at < first
        or (at + 2 == clause_start and texts[at + 1] == ",")
        for at in months
    )


def _names_thing(word: str, words: CasualtyWords) -> bool:
    """Whether a word names a thing, not people: "villages", not "villagers"."""
    found = words.things.match(word)
    if found is None:
        return False
    grown = next((part for part in found.groups() if part), "")
    return len(grown) < 2 or not word.endswith(words.people_endings)


def _is_thing(texts: list[str], figure: Figure, words: CasualtyWords) -> bool:
    """Whether the figure counts a thing named right after it, or after one word more ("two
    Russian missiles"), not after a preposition: "killed two in a raid", "مقتل شخصين في
    غارة" count people."""
    after = texts[figure.last : figure.last + 2]
    if after[:1] and after[0] in words.country_openers:
        return False
    return any(_names_thing(t, words) for t in after)


def _list_end(
    texts: list[str], figure: Figure, cue: _Cue, lasts: dict[int, int], words: CasualtyWords
) -> int:
    """Where a list of groups opened by `figure` ends before `cue`, the groups joined by
    "and" or commas, each a figure (`lasts`: where each figure ends) or "a"/"an" and a noun
    of at most two words ("Four US troops and an Iraqi interpreter were killed", "three
    police officers, two soldiers and a child"): the end of its last part's figure, so the
    casualty word is as near the list as to its last part. `figure.last` when no list
    follows it."""
    end = at = figure.last
    while at < cue.first:
        noun = at
        while noun < cue.first and noun - at < 2 and texts[noun].isalpha():
            if texts[noun] in _JOINS:
                break
            noun += 1
        if noun == at or noun >= cue.first or not (texts[noun] in words.ands or texts[noun] == ","):
            break
        nxt = noun + 1
        if nxt in lasts:
            at = lasts[nxt]
        elif _one_after(texts, nxt, words):
            at = nxt + 1
        else:
            break
        end = at
    return end


_NOUN_WORDS = 3
"""Words of a figure's noun before a relative clause ("two security personnel, who ...")."""
_RELATIVE_WORDS = 20
"""Words a relative clause between commas may hold."""


def _relative_aside(
    texts: list[str], figure: Figure, cue: _Cue, words: CasualtyWords
) -> tuple[int, int] | None:
    """A relative clause between commas after the figure and its noun, closed before `cue`
    ("Two soldiers, who were injured in the blast on Monday, have succumbed"): where its
    opening and closing commas stand, else None."""
    at = figure.last
    while at < cue.first and at - figure.last < _NOUN_WORDS and texts[at].isalpha():
        at += 1
    if at + 1 >= cue.first or texts[at] != "," or texts[at + 1] not in words.relatives:
        return None
    for close in range(at + 2, min(cue.first, at + 2 + _RELATIVE_WORDS)):
        if texts[close] == ",":
            return at, close
        if texts[close] in _CLAUSE_ENDS:
            return None
    return None


def _link(
    texts: list[str],
    figure: Figure,
    cues: list[_Cue],
    words: CasualtyWords,
    starts: set[int],
    lasts: dict[int, int] | None = None,
) -> _Cue | None:
    """The casualty word this figure counts for, if any: the nearest one it is tied to. A
    casualty word followed at once by a figure (`starts`) has its own: a figure before it
    counts for the word before ("مقتل مدنيين اثنين وإصابة 48": two killed, 48 injured). A
    figure opening a list of groups (`_list_end`, with `lasts`: where each figure ends) is
    as near a casualty word after the list as the list's last part."""
    best: tuple[int, _Cue] | None = None
    for cue in cues:
        if (cue.first, cue.last) == (figure.first, figure.last):
            return cue  # a singular verb counting its subject (`_singular_victims`)
        if cue.first >= figure.last and cue.last in starts:
            continue
        if cue.first >= figure.last:  # "five people were killed", not "three of them died"
            gap = _without_subset(texts[figure.last : cue.first], words)
            aside = _relative_aside(texts, figure, cue, words)
            if aside is not None:
                gap = _without_subset(
                    texts[figure.last : aside[0]] + texts[aside[1] + 1 : cue.first], words
                )
            elif lasts is not None and (len(gap) > _WINDOW or any(t in _CLAUSE_ENDS for t in gap)):
                listed = _list_end(texts, figure, cue, lasts, words)
                if listed > figure.last:
                    gap = _without_subset(texts[listed : cue.first], words)
            if gap[:1] and gap[0] in words.copulas:
                gap = gap[1:]  # "шість – зазнали поранення": the dash is the link
            if len(gap) > _WINDOW or (gap[:1] == ["of"] and gap[1:2] != ["people"]):
                continue
            if gap[-1:] and gap[-1] in words.nominal:
                continue  # "attended the funerals of those killed": the dead as a noun
            if any(t in _CLAUSE_ENDS or _names_thing(t, words) for t in gap):
                continue
            if any(
                c.first >= figure.last
                and c.first < cue.first
                and not (aside is not None and aside[0] < c.first < aside[1])
                for c in cues
            ):
                continue
            if _another_clause(texts, figure, cue, words) or _fate_then_subject(
                texts, figure, cue, starts, words
            ):
                continue
            if gap and _fate_before(texts, figure, words):
                continue
            distance = len(gap)
        elif cue.last <= figure.first:  # "killing at least five", "the toll rose to 18"
            gap = texts[cue.last : figure.first]
            if _age_before(texts, figure.first, words) and not cue.toll:
                gap = gap[:-3]  # "погиб 35-летний мужчина": an age before its person
            if cue.toll:
                if (
                    not gap
                    or gap[-1] not in words.toll_links
                    or len(gap) > _TOLL_REACH
                    or any(t in _CLAUSE_ENDS and t != "," for t in gap)
                ):
                    continue  # "the death toll following the blast in X, in Y, rose to 20"
            elif len(gap) > 3 or any(t not in words.verb_gap for t in gap):
                continue
            if _is_thing(texts, figure, words):
                continue
            distance = len(gap) if not cue.toll else _WINDOW
        else:
            continue
        if best is None or distance < best[0]:
            best = (distance, cue)
    return best[1] if best else None


def _names_people(word: str, words: CasualtyWords) -> bool:
    """Whether a word names people: a noun for a person, its plural, a word ending like
    people ("villagers", "policemen") or one of `words.objects` ("others", "troops")."""
    return (
        word in words.objects
        or word in words.lone_people
        or (word.endswith("s") and word[:-1] in words.lone_people)
        or (word.endswith(words.people_endings) and not _names_thing(word, words))
    )


def _object_after(texts: list[str], cue: _Cue, words: CasualtyWords) -> bool:
    """Whether people follow the casualty word as its object ("killed others", "wounded the
    guards", "and wounded a policeman", "of killing a couple": an article and a noun that is
    no thing, vague amount or time): the word is an active verb whose victims are those."""
    at = cue.last
    if at + 1 < len(texts) and texts[at] in words.articles:
        noun = texts[at + 1]
        return (
            noun.isalpha()
            and not _names_thing(noun, words)
            and not phrase_at(texts, at, words.vague)
            and not phrase_at(texts, at + 1, words.background)
        )  # "killing a couple", not "died a day after" or "killed a few"
    if at + 1 < len(texts) and (texts[at] == "the" or texts[at] in words.possessives):
        at += 1
    return at < len(texts) and _names_people(texts[at], words)


def _another_clause(texts: list[str], figure: Figure, cue: _Cue, words: CasualtyWords) -> bool:
    """Whether a figure before a casualty word counts someone else than its victims: the
    word is active, with words between (its subject) and no link verb among them, and has
    its own object ("4 gunmen shot and wounded guards", "a village of 3,000 people where
    bandits killed farmers", "captured 40 fighters and killed others", "evacuated 150
    residents and wounded civilians"); or the two stand in clauses joined by "and"
    (`words.ands`), each with its own link verb ("Two tanks were hit and soldiers were
    wounded"). "Five were shot and killed in the village", "12 wounded civilians" and
    "three soldiers and two civilians were killed" keep their figures."""
    gap = texts[figure.last : cue.first]
    auxiliaries = words.auxiliaries
    if gap and not any(t in auxiliaries for t in gap) and _object_after(texts, cue, words):
        return True
    joins = [at for at, word in enumerate(gap) if word in words.ands]
    if not joins:
        return False
    join = joins[-1]
    if join == len(gap) - 1:
        return _object_after(texts, cue, words)
    return any(t in auxiliaries for t in gap[:join]) and any(
        t in auxiliaries for t in gap[join + 1 :]
    )


def _fate_then_subject(
    texts: list[str], figure: Figure, cue: _Cue, starts: set[int], words: CasualtyWords
) -> bool:
    """Whether a fate that is no casualty (`words.fates`) follows a figure, joined to a new
    subject (an article or a figure) before the casualty word: "dix terroristes neutralisés
    et un gendarme blessé", "ten gunmen captured and two soldiers wounded" count the first
    figure's people for their fate, not for the wounds."""
    if words.fates is None:
        return False
    return any(
        words.fates.match(texts[at])
        and texts[at + 1] in _JOINS - {","}
        and (texts[at + 2] in words.articles or at + 2 in starts)
        for at in range(figure.last, cue.first - 2)
    )


def _fate_before(texts: list[str], figure: Figure, words: CasualtyWords) -> bool:
    """Whether a fate that is no casualty (`words.fates`) stands right before the figure: its
    people are that fate's, not a casualty word's after their noun ("أسر 4 جنود ومقتل ضابط":
    four captured, an officer killed; "captured 40 fighters and killed two")."""
    return (
        words.fates is not None
        and figure.first > 0
        and words.fates.match(texts[figure.first - 1]) is not None
    )


def _whole_at(texts: list[str], first: int, words: CasualtyWords) -> bool:
    """Whether the figure starting at `first` follows a word that makes it a whole ("among
    10", "among the 10", "parmi les dix")."""
    at = first - 1
    if at >= 1 and texts[at] in words.verb_gap:
        at -= 1
    return at >= 0 and texts[at] in words.wholes


def _part_before_whole(
    texts: list[str], figure: Figure, starts: set[int], words: CasualtyWords
) -> bool:
    """Whether a whole follows the figure in its clause: the "two children" of "two
    children among 10 killed"."""
    for first in range(figure.last + 1, min(figure.last + 5, len(texts))):
        if texts[first - 1] in _CLAUSE_ENDS:
            return False
        if first in starts and _whole_at(texts, first, words):
            return True
    return False


def _among_the_victims(texts: list[str], figure: Figure, cue: _Cue, words: CasualtyWords) -> bool:
    """Whether a whole word stands between the figure and its casualty word after it, in
    one clause: "four children were among the dead", "two medics are among those killed"
    name a part of a toll, never the toll."""
    gap = texts[figure.last : cue.first]
    return (
        cue.first >= figure.last
        and any(t in words.wholes for t in gap)
        and not any(t in _CLAUSE_ENDS for t in gap)
    )


_SUBSET_OPENING = 3
"""Words a part's aside may hold before its subset word: ", some of them", ", two of whom"."""


_LISTED_PART_WORDS = 4
"""Words one listed part of a figure's aside may hold: "13 suspected militants", "and a
child"."""


def _past_listed_parts(rest: list[str], words: CasualtyWords) -> list[str]:
    """The words after a part aside that lists several parts between commas (`rest`: what
    follows its first part's comma): "28 people, including five civilians, 10 soldiers and
    13 militants, were killed" leaves "were". Each further part opens with a number or an
    article, after an optional "and", and ends at a comma; `rest` as it is when none does."""
    while "," in rest:
        close = rest.index(",")
        if not _listed_parts(rest[:close], words):
            break
        rest = rest[close + 1 :]
    return rest


def _listed_parts(span: list[str], words: CasualtyWords) -> bool:
    """Whether words between two commas are listed parts only, joined by "and": each a
    number or an article and at most `_LISTED_PART_WORDS` words ("10 soldiers and 13
    suspected militants", "and a child")."""
    parts: list[list[str]] = [[]]
    for token in span:
        if token in words.ands:
            parts.append([])
        else:
            parts[-1].append(token)
    if not parts[0]:
        parts = parts[1:]  # ", and 13 militants,"
    return bool(parts) and all(
        0 < len(part) <= _LISTED_PART_WORDS
        and (is_count(part[0], words) or part[0] in words.articles)
        and all(t.isalnum() or "-" in t for t in part)
        for part in parts
    )


def _without_subset(gap: list[str], words: CasualtyWords) -> list[str]:
    """The words between a figure and its casualty word without a part of the figure
    named between them: "24 others, including 23 civilians, were injured", "24 others
    including 23 civilians were injured", "seven people, among them four children, lost
    their lives" and "five people, some of them police, were killed" leave "others were",
    "people", "people were"; a part with no commas leaves only the link verbs after it
    (`auxiliaries`: "four people including the village chief were killed": "people
    were")."""
    at = next((i for i, t in enumerate(gap) if t in words.subset), None)
    if at is None:
        return gap
    opening = range(at - 1, max(at - _SUBSET_OPENING - 1, -1), -1)
    aside = next((i for i in opening if gap[i] == ","), None)  # ", some of them"
    head, tail = (gap[:at], gap[at:]) if aside is None else (gap[:aside], gap[aside + 1 :])
    if head[-1:] == [","]:
        head = head[:-1]
    if "," in tail:
        tail = _past_listed_parts(tail[tail.index(",") + 1 :], words)
    else:  # "people including the village chief were killed": only the link verb is left
        kept = len(tail)
        while kept and tail[kept - 1] in words.auxiliaries:
            kept -= 1
        tail = tail[kept:]
    return head + tail if len(head) <= 3 else gap


def _combined(
    texts: list[str],
    cue: _Cue,
    cues: list[_Cue],
    starts: set[int],
    ends: set[int],
    linked: set[_Cue],
    words: CasualtyWords,
) -> bool:
    """Whether the casualty word is one of a pair of kinds counted together ("20 dead and
    wounded", "the dead, wounded and missing"): the figure is of neither kind alone. Not
    when the other word has its own figure right after it, before it with at most a noun
    between ("27 قتيلا وإصابة 106": 27 killed, 106 injured), or any figure tied to it
    (`linked`: "أربعة أشخاص لقوا مصرعهم وأصيب تسعة": 4 killed, 9 injured)."""
    for other in cues:
        own = (
            other in linked
            or other.last in starts
            or other.first in ends
            or other.first - 1 in ends
        )
        if other.kind == cue.kind or own:
            continue
        gap = (
            texts[cue.last : other.first]
            if other.first >= cue.last
            else texts[other.last : cue.first]
        )
        if other.first >= cue.last and gap[-1:] and gap[-1] in words.noun_articles:
            continue  # "quatre morts et un blessé": the article counts the other's one
        if len(gap) <= 2 and all(
            t in _JOINS or (at and (t in words.prepositions or t in words.articles))
            for at, t in enumerate(gap)
        ):
            return True  # "20 dead and wounded", "une centaine de morts et de blessés"
    return False


def _after_other_kind(cue: _Cue, cues: list[_Cue], figure: Figure) -> bool:
    """Whether a casualty word of the other kind comes before the figure in its sentence:
    "two were killed, another nine wounded" says nine more people, not nine more wounded."""
    return any(c.kind != cue.kind and c.last <= figure.first for c in cues)


def _adds_to_unnumbered(cue: _Cue, cues: list[_Cue], figure: Figure, linked: set[_Cue]) -> bool:
    """Whether a casualty word of the figure's kind with no figure of its own comes before it
    in its sentence: "the soldiers were killed in a gunbattle which also killed 19 militants"
    adds the 19 to those soldiers, not to another sentence's count."""
    return any(
        c.kind == cue.kind and c.last <= figure.first and c not in linked and c != cue for c in cues
    )


def _counts_one(texts: list[str], at: int, words: CasualtyWords) -> bool:
    """Whether the article at `at` opens no vague amount ("a number of", "a few", "a group
    of": `words.collectives`), further part ("a further three") or background ("a year
    ago")."""
    return (
        not phrase_at(texts, at, words.vague)
        and not phrase_at(texts, at + 1, words.adds)
        and not phrase_at(texts, at + 1, words.background)
        and (at + 1 >= len(texts) or texts[at + 1] not in words.collectives)
    )


def _one_after(texts: list[str], at: int, words: CasualtyWords) -> bool:
    """Whether "a"/"an" (`words.articles`) at `at` counts one person: before a noun that is
    no thing, no vague amount ("a number of", "a few") and no further part ("a further
    three"), or before an age ("killed a 17-year-old"); or whether a possessive
    (`words.possessives`) does, before a singular noun for a person (`words.lone_people`),
    an age between them or none ("wounded his wife", "killed her 12-year-old son", not "his
    family" or "his leg")."""
    if at + 1 < len(texts) and texts[at] in words.possessives:
        noun = at + 4 if _age_before(texts, at + 4, words) else at + 1
        return noun < len(texts) and texts[noun] in words.lone_people
    return (
        at + 1 < len(texts)
        and texts[at] in words.articles
        and (texts[at + 1].replace("-", "").isalpha() or _age_before(texts, at + 4, words))
        and _counts_one(texts, at, words)
        and texts[at + 1] not in words.verb_gap
        and not _names_thing(texts[at + 1], words)
    )


def _another_alone(texts: list[str], at: int, words: CasualtyWords) -> bool:
    """Whether a word of `words.one_more` at `at` stands alone for one more person, its
    clause or sentence ending after it: "killed a soldier and wounded another"."""
    return (
        at < len(texts)
        and texts[at] in words.one_more
        and (at + 1 == len(texts) or texts[at + 1] in _CLAUSE_ENDS)
    )


def _with_ones(
    texts: list[str], figures: list[Figure], cues: list[_Cue], words: CasualtyWords
) -> list[Figure]:
    """The figures with "a"/"an" (or "his" before a person: "his wife") right after a
    casualty word read as one, for a list it heads: "killed a woman and her two children"
    (not "killed a family of five", whose figure follows); "another" alone after one, the
    end of its clause after it, as one more ("and wounded another")."""
    starts = {f.first for f in figures}
    ones = [
        Figure(cue.last, cue.last + 1, 1, "exact")
        for cue in cues
        if not cue.toll
        and (
            (_one_after(texts, cue.last, words) and not starts & set(range(cue.last, cue.last + 4)))
            or _another_alone(texts, cue.last, words)
        )
    ]
    ones += [
        Figure(cue.first - 1, cue.first, 1, "exact")
        for cue in cues
        if not cue.toll
        and cue.first
        and texts[cue.first - 1] in words.noun_articles
        and cue.first - 1 not in starts
    ]  # "un mort et deux blessés": the article counts one victim
    return sorted([*figures, *ones], key=lambda f: f.first)


def _link_size(texts: list[str], end: int, words: CasualtyWords) -> int:
    """How many words before `end` tie a singular subject to its casualty word ("was",
    "has been"): the longest of `words.lone_links` ending there, 0 when none does."""
    return max(
        (len(link) for link in words.lone_links if tuple(texts[end - len(link) : end]) == link),
        default=0,
    )


def _age_before(texts: list[str], end: int, words: CasualtyWords) -> bool:
    """Whether an age ("35-year-old", "35-летний", "35-річна": `words.ages`) ends at `end`."""
    ages = words.ages
    return (
        3 <= end <= len(texts)
        and texts[end - 3].isdigit()
        and texts[end - 2] == "-"
        and texts[end - 1].startswith(ages)
    )


def _aged_list(texts: list[str], words: CasualtyWords) -> list[Figure]:
    """People listed by their ages before one plural noun, each age one person: "79-річна,
    35-річна та 60-річна жінки", "45-летний и 50-летний мужчины" count 3 and 2. The figure
    spans the ages and the noun."""
    found = []
    at = 0
    while at < len(texts):
        if not _age_before(texts, at + 3, words):
            at += 1
            continue
        first, count, end = at, 1, at + 3
        while end < len(texts) and (texts[end] == "," or texts[end] in words.ands):
            step = (
                end
                + 1
                + (texts[end] == "," and end + 1 < len(texts) and texts[end + 1] in words.ands)
            )
            if not _age_before(texts, step + 3, words):
                break
            count, end = count + 1, step + 3
        noun = texts[end] if end < len(texts) else ""
        if count > 1 and noun.isalpha() and not _names_thing(noun, words):
            found.append(Figure(first, end + 1, count, "exact"))
        at = end
    return found


def _before_degree(texts: list[str], at: int, words: CasualtyWords) -> int:
    """Where a casualty word at `at` starts once an adverb of degree right before it
    (`words.degrees`: "lightly", "seriously") is passed over."""
    return at - 1 if at >= 1 and texts[at - 1] in words.degrees else at


def _lone_victims(
    texts: list[str], figures: list[Figure], cues: list[_Cue], words: CasualtyWords
) -> list[Figure]:
    """One person told as the subject of a casualty word: "a soldier was killed", "an aid
    worker has died", "a 35-year-old man was wounded", "another was wounded" (`one_more`),
    "un civil a été tué" (an article, at
    most `_SUBJECT_WORDS` words that are no thing, no figure, no join ("a woman and child")
    and no relative pronoun ("an organ donor who died" tells who someone is), then a link
    word, or none before a word such as "died"). An article after a preposition opens no
    subject ("employees from a nearby site died"). The article is the figure: 1, exact. A
    person named with a definite article and wounded ("the driver was wounded") is 1 at
    least: the text may count others; one named by a possessive ("his brother was wounded")
    is one."""
    taken = {at for f in figures for at in range(f.first, f.last)}
    ones = []
    for cue in cues:
        end = _before_degree(texts, cue.first, words)
        link = _link_size(texts, end, words)
        elided = not link and cue.first >= 2 and texts[cue.first - 2] in _JOINS
        if elided and texts[cue.first - 1] in words.one_more and cue.first - 1 not in taken:
            ones.append(Figure(cue.first - 1, cue.first, 1, "exact"))  # "and another wounded"
            continue
        if cue.toll or not (link or tuple(texts[cue.first : cue.last]) in words.lone_verbs):
            continue
        at = end - link
        if at >= 1 and texts[at - 1] in words.one_more and at - 1 not in taken:
            ones.append(Figure(at - 1, at, 1, "exact"))  # "another was wounded"
            continue
        for _ in range(_SUBJECT_WORDS):
            if _age_before(texts, at, words):
                at -= 3
            elif at >= 2 and texts[at - 1].isdigit() and texts[at - 2] in words.age_words:
                at -= 2  # "a man aged 45 was wounded"
            elif (
                at > 1
                and texts[at - 1].isalpha()
                and texts[at - 1] not in words.relatives
                and texts[at - 1] not in _JOINS
                and at - 1 not in taken
                and not _names_thing(texts[at - 1], words)
            ):
                at -= 1
            else:
                break
            if (
                texts[at - 1] in words.articles
                and (at < 2 or texts[at - 2] not in words.prepositions)
                and _counts_one(texts, at - 1, words)
            ):
                ones.append(Figure(at - 1, at, 1, "exact"))
                break
            if (
                cue.kind == "injured"
                and texts[at - 1] in words.definites
                and texts[at] in words.lone_people
                and (at < 2 or texts[at - 2] not in words.prepositions)
            ):
                ones.append(Figure(at - 1, at, 1, "min"))  # "the brother was wounded": 1 or more
                break
            if (
                texts[at - 1] in words.possessives
                and texts[at] in words.lone_people
                and at - 1 not in taken
            ):
                ones.append(Figure(at - 1, at, 1, "exact"))  # "his brother was wounded": one
                break
    return ones


def _listed_person(texts: list[str], end: int, words: CasualtyWords) -> tuple[int, bool]:
    """Where one person of a list ending at `end` starts: a singular noun for a person
    (`words.lone_people`) after at most two words or an age, and an article or a possessive
    before them or none ("a 57-year-old woman", "her son", "daughter"); with whether it has
    one. `end` when no person ends there."""
    at = end - 1
    if at < 0 or texts[at] not in words.lone_people:
        return end, False
    for _ in range(2):
        if _age_before(texts, at, words):
            at -= 3
        elif (
            at >= 1
            and texts[at - 1].isalpha()
            and texts[at - 1] not in _JOINS
            and texts[at - 1] not in words.articles
            and texts[at - 1] not in words.possessives
            and texts[at - 1] not in words.lone_people
            and not _names_thing(texts[at - 1], words)
        ):
            at -= 1
        else:
            break
    if at >= 1 and (texts[at - 1] in words.articles or texts[at - 1] in words.possessives):
        return at - 1, True
    return at, False


def _listed_victims(
    texts: list[str], figures: list[Figure], cues: list[_Cue], words: CasualtyWords
) -> list[Figure]:
    """Single people listed as the subject of a casualty word: "a 57-year-old woman and a
    64-year-old man were wounded", "his wife and daughter were killed", "a woman and her son
    died" (two or more, joined by "and" or commas, the first opened by an article or a
    possessive, the list opening its clause, then a link of `words.list_links` or a word
    such as "died"). The list is the figure: its people, exact."""
    taken = {at for f in figures for at in range(f.first, f.last)}
    found = []
    for cue in cues:
        end = _before_degree(texts, cue.first, words)
        link = max(
            (len(k) for k in words.list_links if tuple(texts[end - len(k) : end]) == k),
            default=0,
        )
        if cue.toll or not (link or tuple(texts[cue.first : cue.last]) in words.lone_verbs):
            continue
        last = at = end - link
        count, opened = 0, False
        while True:
            start, has_opener = _listed_person(texts, at, words)
            if start == at:
                break
            count, at, opened = count + 1, start, has_opener
            if not (at >= 1 and (texts[at - 1] in words.ands or texts[at - 1] == ",")):
                break
            at -= 1
        if texts[at : at + 1] and texts[at] in _JOINS:
            continue  # the list goes on before the people: "two soldiers, a woman and ..."
        before = texts[at - 1] if at >= 1 else ""
        if (
            count >= 2
            and opened
            and before not in _JOINS
            and before not in words.prepositions
            and not taken & set(range(at, last))
        ):
            found.append(Figure(at, last, count, "exact"))
    return found


def _speakers(texts: list[str], figure: Figure, cue: _Cue, words: CasualtyWords) -> bool:
    """Whether a figure counts who tells of the harm, not its victims: a verb of saying
    (`words.speech_verbs`) after it and before its casualty word, in its own clause (no
    clause end between: "12 people, officials said, were killed" is an aside). "A police
    officer and two witnesses said 12 were killed": the officer and the witnesses."""
    for at in range(figure.last, cue.first):
        if texts[at] in _CLAUSE_ENDS:
            return False
        if texts[at] in words.speech_verbs:
            return True
    return False


def _list_heads(texts: list[str], figures: list[Figure], words: CasualtyWords) -> list[Figure]:
    """One person opening a list whose next part is a figure: "a woman and two children
    were killed", "a man and his three sons were killed" (an article or a possessive, a
    singular noun for a person as `_listed_person` reads it, then "and", a possessive or
    none, and the figure). The opening word is the figure, 1, exact; the list's parts add
    up to the toll (`_parts`)."""
    starts = {f.first for f in figures}
    heads = []
    for figure in figures:
        join = figure.first - 1
        if join >= 1 and texts[join] in words.possessives:
            join -= 1
        if join < 1 or texts[join] not in words.ands:
            continue
        start, opened = _listed_person(texts, join, words)
        if (
            opened
            and start < join
            and start not in starts
            and (start == 0 or texts[start - 1] not in words.prepositions)
        ):
            heads.append(Figure(start, start + 1, 1, "exact"))
    return heads


def _singular_victims(
    spelt: list[str],
    texts: list[str],
    figures: list[Figure],
    cues: list[_Cue],
    words: CasualtyWords,
) -> list[Figure]:
    """One person told by a casualty verb in the singular (`words.singular_verbs`, matched
    on the words as spelt): "погиб фермер", "погиб местный житель", or by a casualty noun
    next to a verb of receiving in the singular (`words.singular_receipts`: "ранения получил
    его брат", "отримав осколкові поранення"), with no other figure in its clause ("погиб 21
    человек" counts 21) and no thing after it ("пострадал дом"). The verb or noun is the
    figure: 1, exact."""
    ones: list[Figure] = []
    for cue in cues:
        if cue.last - cue.first != 1 or not (
            spelt[cue.first] in words.singular_verbs or _received(spelt, cue, words)
        ):
            continue
        start, end = _clause(texts, cue.first, cue.last)
        if any(f.first < end and f.last > start and f.value != 1 for f in figures):
            continue
        one = Figure(cue.first, cue.last, 1, "exact")
        if not _is_thing(texts, one, words):
            ones.append(one)
    return ones


def _received(spelt: list[str], cue: _Cue, words: CasualtyWords) -> bool:
    """Whether a verb of receiving in the singular (`words.singular_receipts`) stands right
    before an injured word (one word between at most: "отримав осколкові поранення") or
    right after it ("ранения получил брат")."""
    near = [*spelt[max(cue.first - 2, 0) : cue.first], *spelt[cue.last : cue.last + 1]]
    return cue.kind == "injured" and any(t in words.singular_receipts for t in near)


def _dual_victims(
    texts: list[str], figures: list[Figure], cues: list[_Cue], words: CasualtyWords
) -> list[Figure]:
    """Two people told by a casualty noun in the dual (`words.duals`, matched without its
    proclitics): "شهيدان و5 جرحى", "سقوط شهيدين وإصابة ثلاثة", unless a figure right before
    it counts it. The noun is the figure: 2, exact."""
    ends = {f.last for f in figures}
    return [
        Figure(cue.first, cue.last, 2, "exact")
        for cue in cues
        if cue.last - cue.first == 1 and texts[cue.first] in words.duals and cue.first not in ends
    ]


def _headline_victim(texts: list[str], cues: list[_Cue], words: CasualtyWords) -> list[Figure]:
    """One person named by a bare singular noun opening a headline: "Soldier killed in
    border clash", "Gaza: Aid worker killed in strike" (a noun of `words.lone_people` right
    before a casualty word of `words.headline_verbs`, at most two words before it from the
    start or a label's colon). The victim's words are the figure: 1, exact."""
    for cue in cues:
        noun = _before_degree(texts, cue.first, words) - 1
        if noun < 0 or texts[noun] not in words.lone_people:
            continue
        if tuple(texts[cue.first : cue.last]) not in words.headline_verbs:
            continue
        start = next((i + 1 for i in range(noun - 1, -1, -1) if texts[i] == ":"), 0)
        between = texts[start:noun]
        if len(between) <= 2 and all(
            t.isalpha() and t not in _JOINS and not _names_thing(t, words) for t in between
        ):
            return [Figure(start, noun + 1, 1, "exact")]
    return []


_OBJECT_WORDS = 2
"""Words a headline's bare victim may take between its verb and its noun ("kills Hamas
commander")."""


def _headline_object(
    texts: list[str], figures: list[Figure], cues: list[_Cue], words: CasualtyWords
) -> list[Figure]:
    """One person named by a bare singular noun right after a headline's casualty verb
    (`words.headline_objects`): "Drone strike kills farmer", "Strike kills Hamas commander"
    (at most `_OBJECT_WORDS` words before the noun, none a figure, a join or a thing). The
    words from the verb to the noun are the figure: 1, exact."""
    taken = {at for f in figures for at in range(f.first, f.last)}
    ones = []
    for cue in cues:
        if tuple(texts[cue.first : cue.last]) not in words.headline_objects:
            continue
        for at in range(cue.last, min(cue.last + _OBJECT_WORDS + 1, len(texts))):
            word = texts[at]
            if at in taken or not word.isalpha() or word in _JOINS or _names_thing(word, words):
                break
            if word in words.lone_people:
                ones.append(Figure(cue.last, at + 1, 1, "exact"))
                break
    return ones


def _parts(
    texts: list[str],
    figure: Figure,
    own: dict[int, tuple[Figure, _Cue | None]],
    cues: list[_Cue],
    cue: _Cue,
    words: CasualtyWords,
) -> list[Figure]:
    """The figures counted together with `figure` as parts of one toll, each after a noun of
    at most two words and joined by "and" (a list by commas, its last part by "and"):
    "three policemen and two civilians were killed", "killing two soldiers, a policeman and
    a child". "a"/"an" before a noun is one, and so is a singular noun for a person alone
    after "and" ("wounding her husband and daughter"); a noun for one person that is its own
    figure needs no noun after it ("погибли мужчина и женщина"); a part's age is passed over
    ("a 57-year-old woman and a 64-year-old man"), and so is a possessive before a part,
    with or without an age ("погибли отец и его 5-летний сын": two). A part tied to another
    casualty word, vague, a thing, or part of the one before ("three of them") ends the
    list; a list joined by commas alone counts when its casualty word follows its last
    part at once (`_ends_at_cue`: a headline's "Two soldiers, four militants killed"). The
    joining words are `words.ands` ("and"; "и"; "і", "та": "43 полицейских и 19 прохожих")."""
    ands = words.ands
    cued = {at for c in cues for at in range(c.first, c.last)}
    parts: list[tuple[Figure, bool]] = []
    at = figure.last
    while True:
        if _age_before(texts, at + 3, words):
            at += 3  # "a 57-year-old woman and a 64-year-old man"
        noun = at
        while (
            noun < len(texts)
            and noun - at < 2
            and texts[noun].isalpha()
            and texts[noun] not in _JOINS
            and texts[noun] not in words.subset
            and noun not in cued
            and noun not in own
        ):
            noun += 1
        if noun == at and not (at == figure.last and _a_person(texts[figure.first], words)):
            break  # a part's noun follows its figure, unless the figure is a person's noun
        if noun >= len(texts) or (texts[noun] != "," and texts[noun] not in ands):
            break
        by_and = texts[noun] in ands
        nxt = noun + 1 + (not by_and and noun + 1 < len(texts) and texts[noun + 1] in ands)
        by_and = by_and or nxt == noun + 2
        if nxt < len(texts) and texts[nxt] in words.possessives:
            person = nxt + 1 + 3 * _age_before(texts, nxt + 4, words)
            if person in own:
                nxt += 1  # "a woman and her two children", "отец и его 5-летний сын"
        if _age_before(texts, nxt + 3, words):
            nxt += 3  # "57-річна жінка та 64-річний чоловік": the person after the age
        if nxt in own:
            part, tied = own[nxt]
            if part.value is None or part.bound == "max" or (tied is not None and tied != cue):
                break
        elif _one_after(texts, nxt, words):
            part = Figure(nxt, nxt + 1, 1, "exact")
        elif by_and and nxt < len(texts) and texts[nxt] in words.lone_people:
            part = Figure(nxt, nxt + 1, 1, "exact")  # "her husband and daughter"
        else:
            break
        if _is_thing(texts, part, words):
            break
        parts.append((part, by_and))
        at = part.last
    if parts and not parts[-1][1] and _ends_at_cue(texts, parts[-1][0].last, cue, words):
        return [part for part, _ in parts]  # "Two soldiers, four militants killed"
    while parts and not parts[-1][1]:
        parts.pop()
    return [part for part, _ in parts]


def _ends_at_cue(texts: list[str], at: int, cue: _Cue, words: CasualtyWords) -> bool:
    """Whether a part ending at `at` is the last of a list its casualty word follows at
    once: its noun of at most two words, then the word, a link verb between or none ("Two
    soldiers, four militants killed", "5 militants, 3 soldiers were killed": a headline's
    list, joined by commas alone)."""
    noun = at
    while (
        noun < cue.first and noun - at < 2 and texts[noun].isalpha() and texts[noun] not in _JOINS
    ):
        noun += 1
    while noun < cue.first and texts[noun] in words.auxiliaries:
        noun += 1
    return noun > at and noun == cue.first


def _a_person(word: str, words: CasualtyWords) -> bool:
    """Whether a word is a noun for one person that counts as a number of its own (one of
    `words.numbers` worth 1 and no numeral of `words.units`: "мужчина", "жінка")."""
    return words.numbers.get(word) == 1 and word not in words.units


@dataclass(frozen=True)
class _Span:
    """Where a figure and its casualty word stand in their sentence's words: [first, last),
    and the clause around them [start, end)."""

    first: int
    last: int
    start: int
    end: int


@dataclass(frozen=True)
class _Dates:
    """Where a sentence dates something apart from its event: framed years, spans of time
    and dates counted from (`_framed_years`, `_periods`, `_dates_since`), framed months
    (`_framed_months`)."""

    years: list[int]
    months: list[int]


def _framed(
    seen: list[str], at: _Span, cue: _Cue, dates: _Dates, crowd: bool, words: CasualtyWords
) -> bool:
    """Whether the sentence's words `seen` frame the figure at `at` as background: another
    time, a tally, a past, answered or remembered event, a sequel's, a year's (or, in a
    crowd, its cause)."""
    first = at.first
    clause_start = _clause(seen, first, first, window=len(seen))[0]
    clause_end = _clause(seen, first, at.last, window=len(seen))[1]
    return (
        _has(seen, at.start, at.end, words.background)
        or _total_of_many(seen, clause_start, clause_end, words)
        or _area_count(seen, at, clause_start, clause_end, words)
        or _recalled(seen, first, clause_end, words)
        or _pluperfect(seen, clause_start, at.last, words)
        or _dated_after(seen, at, clause_start, clause_end, words)
        or _frame_at(seen, _aside_start(seen, clause_start), first, words)
        or _has(seen, clause_start, first, words.responses)
        or (crowd and _has(seen, clause_start, first, words.cause_frames))
        or _has(seen, 0, _OPENING, words.background)
        or _frame_at(seen, 0, _OPENING, words)
        or _has(seen, 0, first, words.earlier_times)
        or _of_a_past_time(seen, clause_start, cue, words)
        or _remembered(seen, clause_start, first, words)
        or _of_a_past_incident(seen, clause_start, first, [*dates.years, *dates.months], words)
        or _after_a_sequel(seen, first, words)
        or _of_a_year(dates.years, _clause_past_parts(seen, first, at.last, words))
        or _of_a_month(seen, dates.months, clause_start, first)
        or _explains_a_dated(seen, first, dates)
    )


def _explains_a_dated(texts: list[str], first: int, dates: _Dates) -> bool:
    """Whether the figure at `first` stands after a colon that explains what its sentence
    dates before it: "in August, drones caused more casualties than any weapon: 58 civilians
    were killed and 272 were wounded" tells August's figures."""
    colon = next((at for at in range(first - 1, -1, -1) if texts[at] == ":"), None)
    return colon is not None and any(at < colon for at in [*dates.years, *dates.months])


def _one_of(word: str, names: frozenset[str]) -> bool:
    """Whether a word is one of `names`, or its elided first part is ("qu'il" for "qu'",
    "d'Agadez" for "d'")."""
    if word in names:
        return True
    cut = min((at for at in (word.find("'"), word.find("’")) if at > 0), default=-1)
    return cut > 0 and word[: cut + 1] in names


def _followed_by(texts: list[str], at: int, names: frozenset[str]) -> bool:
    """Whether the word at `at` (after a phrase) is one of `names` (`_one_of`)."""
    return at < len(texts) and _one_of(texts[at], names)


def _area_count(
    texts: list[str], at: _Span, clause_start: int, clause_end: int, words: CasualtyWords
) -> bool:
    """Whether a whole country as a scope (`words.scopes`: "in the country") stands beside
    the figure and its clause names no incident and no day of this week ("17 aid workers
    have been killed in the country", not "15 people have been killed in the country in an
    air strike" nor "5 were killed in the country on Monday")."""
    for i in range(max(at.start, 0), min(at.end, len(texts))):
        if phrase_at(texts, i, words.scopes):
            return _untimed(texts, clause_start, clause_end, words)
    return False


def _total_of_many(
    texts: list[str], clause_start: int, clause_end: int, words: CasualtyWords
) -> bool:
    """Whether a clause holds a word of a total (`words.totals`) and counts over an area or
    many incidents (`words.totals_over`): "Всего в регионе от ударов погибли 400" is a
    tally; "Загалом у Києві постраждали 18 людей" is the event's sum."""
    over = words.totals_over
    return (
        over is not None
        and _has(texts, clause_start, clause_end, words.totals)
        and any(over.match(texts[at]) for at in range(clause_start, clause_end))
    )


def _untimed(texts: list[str], clause_start: int, clause_end: int, words: CasualtyWords) -> bool:
    """Whether a clause names no incident and no day of this week (`words.this_week`)."""
    return not any(
        _names_incident(texts[at], words) or phrase_at(texts, at, words.this_week)
        for at in range(clause_start, clause_end)
    )


def _in_country(
    texts: list[str],
    at: _Span,
    clause_start: int,
    clause_end: int,
    countries: frozenset[tuple[str, ...]],
    words: CasualtyWords,
) -> bool:
    """Whether one of `countries` after a word opening it as a scope
    (`words.country_openers`: "in", "в", "au") stands beside the figure and the clause names
    no incident and no day of this week ("40 aid workers have been killed in Sudan")."""
    for i in range(max(at.start, 0), min(at.end, len(texts) - 1)):
        if texts[i] in words.country_openers and any(
            tuple(texts[i + 1 : i + 1 + len(name)]) == name for name in countries
        ):
            return _untimed(texts, clause_start, clause_end, words)
    return False


def _recalled(texts: list[str], first: int, clause_end: int, words: CasualtyWords) -> bool:
    """Whether a word recalling a past time (`words.recalls`: "at the time", "alors",
    "тогда", "آنذاك") stands before the figure at `first` in its sentence or after it in its
    clause, and no word after it makes it another thing (`recall_ends`: "at the time of the
    strike", "alors que", "тогда как"): "The first raid was in the spring, and at the time,
    30 people were killed"."""
    if not words.recalls:
        return False
    for at in range(min(clause_end, len(texts))):
        size = phrase_at(texts, at, words.recalls)
        if size and not _followed_by(texts, at + size, words.recall_ends):
            return True
    return False


def _pluperfect(texts: list[str], clause_start: int, last: int, words: CasualtyWords) -> bool:
    """Whether the figure's clause is told in the pluperfect (`words.pluperfect`) before the
    figure's end at `last`: an earlier event recalled ("Une attaque contre ce village avait
    fait 12 morts", "وكانت غارة على البلدة قد أسفرت عن مقتل 12"). Not in reported speech
    (`words.reported` before the figure in its sentence): "Le gouverneur a indiqué que 12
    personnes avaient été tuées" tells the event in the report's tense."""
    if not words.pluperfect or any(_one_of(t, words.reported) for t in texts[:last]):
        return False
    firsts = by_first_word(words.pluperfect)
    for at in range(clause_start, last):
        for phrase in firsts.get(texts[at], ()):
            end = _sequel_end(texts, at, phrase)
            if end and end <= last:
                return True
    return False


_ACTOR_REACH = 3
"""Words before a record's mark its group may stand in: "the group has", "le groupe a
déjà", "the movement, which has"."""


def _record(
    texts: list[str], clause_start: int, cue: _Cue, clause_end: int, words: CasualtyWords
) -> bool:
    """Whether the figure tells an armed group's record: a noun for the group as a whole
    (`words.record_actors`) within `_ACTOR_REACH` words before a mark of a record
    (`words.record_marks`: the perfect's "has", "déjà", "уже") right before the casualty
    word, the group's own act ("The group has killed at least 900 soldiers", "the movement,
    which has killed 3,000", "Le groupe a déjà tué plus de 900 soldats"; not "the monitoring
    group has said 12 were killed"), and the clause names no incident and no day of this
    week ("The group has killed 5 soldiers in the attack" is the event's)."""
    mark = cue.first - 1
    if mark < clause_start or texts[mark] not in words.record_marks:
        return False
    if not any(t in words.record_actors for t in texts[max(mark - _ACTOR_REACH, 0) : mark]):
        return False
    return _untimed(texts, clause_start, clause_end, words)


def _aside(
    texts: list[str],
    at: _Span,
    cue: _Cue,
    countries: frozenset[tuple[str, ...]],
    words: CasualtyWords,
) -> bool:
    """Whether the figure at `at` is a group's record (`_record`), the count of one of
    `countries` (`_in_country`) or another incident's (`_of_another_incident`): background
    outside the headline and lead."""
    clause_start = _clause(texts, at.first, at.first, window=len(texts))[0]
    clause_end = _clause(texts, at.first, at.last, window=len(texts))[1]
    return (
        _record(texts, clause_start, cue, clause_end, words)
        or _in_country(texts, at, clause_start, clause_end, countries, words)
        or _of_another_incident(texts, clause_start, at.first, words)
        or _pointed_back(texts, clause_start, clause_end, words)
        or _after_a_series(texts, at.first, words)
    )


def _pointed_back(
    texts: list[str], clause_start: int, clause_end: int, words: CasualtyWords
) -> bool:
    """Whether the clause names an incident with a preposition and a demonstrative pointing
    back (`words.pointers`, a word between them and the noun at most): "Nine people were
    killed in that assault" tells an incident named before, not the event."""
    for at in range(max(clause_start, 0), min(clause_end, len(texts))):
        size = phrase_at(texts, at, words.pointers)
        if size and any(_names_incident(w, words) for w in texts[at + size : at + size + 2]):
            return True
    return False


def _after_a_series(texts: list[str], first: int, words: CasualtyWords) -> bool:
    """Whether an ordinal of `words.series` right before "such" or an incident's noun stands
    before the figure at `first`, one of `words.series_breaks` between them: "It was the
    second such attack in a week: a bomb killed eight policemen on Monday" tells the
    earlier incident's dead."""
    for at in range(first):
        if texts[at] not in words.series:
            continue
        following = texts[at + 1 : at + 3]
        if not following or not (
            following[0] == "such" or any(_names_incident(w, words) for w in following)
        ):
            continue
        if any(t in words.series_breaks for t in texts[at + 2 : first]):
            return True
    return False


def _of_another_incident(
    texts: list[str], clause_start: int, first: int, words: CasualtyWords
) -> bool:
    """Whether the clause names another incident before the figure at `first`: a word of
    `other_incidents` before an incident's noun, one word between them at most ("another
    residential bombing killed two", "une autre frappe a tué cinq personnes")."""
    return any(
        texts[at] in words.other_incidents
        and any(_names_incident(word, words) for word in texts[at + 1 : min(at + 3, first)])
        for at in range(max(clause_start, 0), first)
    )


def _dated_after(
    texts: list[str], at: _Span, clause_start: int, clause_end: int, words: CasualtyWords
) -> bool:
    """Whether the figure's clause dates it after it to an earlier time (`earlier_times`:
    "killed 27 soldiers in a raid on another base last month") or, told in the present
    perfect (`words.perfect`), reckons it from one ("400 civilians have died in strikes on
    the province since the offensive began"). Not after a comparison, a relative word or a
    day of this week between ("killed 12 in the deadliest attack since March", "a village
    that had not been hit since 2022", "killed 12 on Friday at a base they had overrun last
    week")."""
    for i in range(at.last, clause_end):
        word = texts[i]
        if (
            word in words.relatives
            or word in words.periods.comparisons
            or phrase_at(texts, i, words.this_week)
        ):
            return False
        if phrase_at(texts, i, words.earlier_times):
            return True
        if word in words.running_since:
            return any(t in words.perfect for t in texts[clause_start:i])
    return False


def _without_running_starts(texts: list[str], words: CasualtyWords) -> list[str] | None:
    """The sentence's words with each word that starts a running toll (`running_since`
    before a day of this week: "since Thursday", "since early Sunday") blanked, so that it
    frames no figure; None when there is none."""
    blanked = None
    for at, word in enumerate(texts):
        if word not in words.running_since:
            continue
        day = at + 1 + (texts[at + 1 : at + 2] != [] and texts[at + 1] in words.running_lead)
        if phrase_at(texts, day, words.this_week) or phrase_at(texts, at + 1, words.this_week):
            blanked = blanked or list(texts)
            blanked[at] = ""
    return blanked


def _unranked(texts: list[str], words: CasualtyWords) -> list[str]:
    """The words with every time frame a superlative ranks the event against blanked: "in
    one of the deadliest incidents in the region this year" compares this event with others
    of the year and counts none of them, so the frame makes no figure of the sentence a
    tally. A frame ranked is one of `words.background_sentence` at most `_RANK_REACH` words
    after the superlative in its clause; a frame next to a figure ("the worst since 2022,
    when 60 died") is left as it is."""
    if not words.rankings or not any(t in words.rankings for t in texts):
        return texts
    frames = words.background_sentence
    firsts = by_first_word(frames)
    kept = list(texts)
    for at, text in enumerate(texts):
        if text not in words.rankings:
            continue
        for i in range(at + 1, min(at + 1 + _RANK_REACH, len(texts))):
            if texts[i] in _CLAUSE_ENDS:
                break
            size = phrase_at(texts, i, frames) if texts[i] in firsts else 0
            if size:
                kept[i : i + size] = ["~"] * size
                break
    return kept


def _since_then(texts: list[str], words: CasualtyWords) -> list[str]:
    """The words with each `words.running_since` right before a rise (`words.rises`)
    blanked: "the toll has since risen to 30" says "after that", no time a count runs
    from."""
    kept = list(texts)
    for at in range(len(texts) - 1):
        if texts[at] in words.running_since and phrase_at(texts, at + 1, words.rises):
            kept[at] = "~"
    return kept


def _many_strikes(texts: list[str], numbers: list[Figure], words: CasualtyWords) -> bool:
    """Whether the sentence counts `_MANY_STRIKES` or more strikes, attacks or times
    (`words.strike_counts` right after the count, or after one word more: "52 ворожих
    ударів", "shelled 30 times"): a day's or an area's many incidents, whose figures are a
    tally."""
    counted = words.strike_counts
    return counted is not None and any(
        _count_of(texts, f) >= _MANY_STRIKES
        and any(counted.fullmatch(t) for t in texts[f.last : f.last + 2])
        for f in numbers
    )


def _count_of(texts: list[str], figure: Figure) -> int:
    """A figure's count, that of a bound too ("came under 40 attacks" reads "under 40" as an
    upper bound): its value, else its last word's digits, else 0."""
    if figure.value is not None:
        return figure.value
    last = texts[figure.last - 1]
    return int(last) if last.isdigit() else 0


def _died_after(spelt: list[str], figure: Figure, words: CasualtyWords) -> bool:
    """Whether one wounded person (a figure of 1) is told to have died later in the
    sentence (`words.died_after`, on the words as `spelt`): "wounding another, who later
    succumbed to his injuries", "мужчина получил тяжёлые ранения ..., но спасти его не
    удалось"."""
    return figure.value == 1 and _has(spelt, figure.last, len(spelt), words.died_after)


_SOME_REACH = 3
"""Words from a number to the word of death after it that make it some of the wounded:
"where two died", "two of them later died" (with "of" at any distance)."""
_SUBJECT_NOUN = 1
"""Words between a casualty adjective and the verb of death of its subject: "two injured
soldiers succumb"."""


_THEIRS_REACH = 3
"""Words after a word of death in which a plural possessive makes it all the wounded's."""


def _all_died_after(
    spelt: list[str], figure: Figure, cue: _Cue, cues: list[_Cue], words: CasualtyWords
) -> bool:
    """Whether several wounded people (a figure above 1) are all told to have died later in
    the sentence (on the words as `spelt`): a word of `words.died_all` after the figure, then
    one of `words.died_words`, with no number of some of them and no other casualty word
    between ("injuring two soldiers, who were shifted to hospital where they succumbed"; not
    "12 wounded, one of whom later died"); or a plural possessive of `words.died_theirs`
    right after the word of death ("and later succumbed to their wounds"); or the casualty
    word is its subject's adjective and the word of death that subject's verb ("Two injured
    soldiers succumb")."""
    if (figure.value or 0) < 2:
        return False
    later = [c.first for c in cues if c.first > figure.last and c != cue]  # not its own
    for at in range(figure.last, len(spelt)):
        if at in later and not phrase_at(spelt, at, words.died_words):
            return False  # another casualty word first: "wounding two and killing three"
        if phrase_at(spelt, at, words.died_words):
            between = spelt[figure.last : at]
            some = any(
                is_count(spelt[i], words)
                and (spelt[i + 1 : i + 2] == ["of"] or at - i <= _SOME_REACH)
                for i in range(figure.last, at)
            )  # "one of whom later died", "where two died": some of them
            named = cue.first == figure.last and at - cue.last <= _SUBJECT_NOUN
            theirs = any(t in words.died_theirs for t in spelt[at + 1 : at + 1 + _THEIRS_REACH])
            return (
                (named or theirs or any(t in words.died_all for t in between))
                and not some
                and not any(t in _CLAUSE_ENDS - {","} for t in between)
            )
    return False


def _funeral_dead(
    sentence: str, texts: list[str], numbers: list[Figure], cues: list[_Cue], words: CasualtyWords
) -> list[Figure]:
    """Figures of the dead a funeral is held for, told with no casualty word of their own:
    "the funeral of fourteen martyrs", "funerals for the 12 victims" (`words.funeral_dead`
    before the figure, an article between them or none, a noun of `words.funeral_nouns`
    within two words after it). With a casualty word right after the noun ("the funeral of
    14 soldiers killed last week") the figure is that word's, read as any other. The
    headline of a funeral's article gives no figure at all (`facts._of_a_funeral`); this
    is the incident article's sentence about the funeral of its dead."""
    if not words.funeral_dead:
        return []
    found = []
    for figure in numbers:
        at = figure.first
        while at > 0 and texts[at - 1] in words.noun_articles | words.definites:
            at -= 1
        opens = [
            start
            for start in range(max(at - 4, 0), at)
            if phrase_at(texts, start, words.funeral_dead) == at - start
        ]
        after = texts[figure.last : figure.last + 3]
        noun = next((i for i, t in enumerate(after) if t in words.funeral_nouns), None)
        if not opens or noun is None or figure.value is None:
            continue
        end = figure.last + noun + 1
        if any(end <= c.first <= end + 1 for c in cues):
            continue  # "the funeral of 14 soldiers killed ...": that word's figure
        found.append(Figure(figure.first, end, figure.value, figure.bound))
    return found


def _a_risen_toll(texts: list[str], figure: Figure, words: CasualtyWords) -> bool:
    """Whether a figure of `_RISING_TOLL` or more is what a count rose to: a rise's words
    (`words.rises`) end at most `_RISE_REACH` words before it, in its clause."""
    if (figure.value or 0) < _RISING_TOLL:
        return False
    start = _clause(texts, figure.first, figure.last)[0]
    return _has(texts, max(start, figure.first - _RISE_REACH), figure.first, words.rises)


def _a_later_act(texts: list[str], words: CasualtyWords) -> bool:
    """Whether a sentence's words before its first casualty word (`texts`) open on a later
    time (`words.later_openers`: "Later that night", "Hours later") and tell an act of their
    own (`words.later_acts`): another incident after the event ("Later that night a drone hit a
    house, killing one more person"), whose figures are not the event's. Without an act it
    is the event's later news ("Hours later, two of the wounded died")."""
    if not phrase_at(texts, 0, words.later_openers):
        return False
    acts = by_first_word(words.later_acts)
    return any(t in acts and phrase_at(texts, at, words.later_acts) for at, t in enumerate(texts))


_SOURCE_GAP = 2
"""Words (adjectives: "another senior official") that may stand between an add word and
the noun of who gives a figure."""
_TOLL_GAP = 4
"""Words from a toll word to the figure it is put at: "put the death toll at 21"."""


def _adds_at(texts: list[str], start: int, end: int, words: CasualtyWords) -> list[int]:
    """Where a phrase of `words.adds` starts in texts[start:end]."""
    firsts = by_first_word(words.adds)
    return [
        at
        for at in range(max(start, 0), min(end, len(texts)))
        if texts[at] in firsts and phrase_at(texts, at, words.adds)
    ]


def _another_estimate(
    texts: list[str], figure: Figure, adds: list[int], words: CasualtyWords
) -> bool:
    """Whether the add words before `figure` (at `adds`) tell another estimate of the same
    count, not a further part of it: they qualify who gives the figure, `words.sources` at
    most `_SOURCE_GAP` words after them and before the figure ("Another official put the
    death toll at 21", "another source said 21 died", "the army also said 21 died"); or the
    figure is what a toll is put at ("..., bringing the toll to 23"): a whole, never a part.
    The text gives parts by groups, places or fates, never by sources."""
    before = texts[max(figure.first - _TOLL_GAP, 0) : figure.first]
    if before and before[-1] in words.toll_links and any(t in words.tolls for t in before):
        return True
    if not adds or phrase_at(texts, figure.last, words.adds_after):
        return False  # "another official said two more died": the figure says it is more
    for at in adds:
        size = phrase_at(texts, at, words.adds)
        after = texts[at + size : min(at + size + _SOURCE_GAP + 1, figure.first)]
        if not any(t in words.sources for t in after):
            return False
    return True


def read_mentions(
    sentence: str,
    words: CasualtyWords,
    perpetrators: bool,
    crowd: bool = False,
    countries: frozenset[tuple[str, ...]] = frozenset(),
) -> list[Mention]:
    """Figures tied to casualty words in one sentence, in order. With `perpetrators` (a
    suicide bombing), figures of bombers and attackers are left out; with `crowd` (a
    protest or riot), figures of the cause it is about are background; a count in one of
    `countries` (names as words, `bare`) is `aside`."""
    funeral = bool(words.funeral_dead) and any(
        " ".join(phrase) in sentence.lower() for phrase in words.funeral_dead
    )
    if not words.has_cue(sentence) and not funeral:
        return []
    spelt = texts = token_texts(sentence)
    if words.stems or words.proclitics:  # else `bare` leaves every word as it is
        texts = [words.bare(text) for text in texts]
    texts = _since_then(_unranked(texts, words), words)
    cues = [
        c for c in _cues(texts, words) if not (c.first and spelt[c.first - 1] in words.negations)
    ]  # "не пострадал": denied
    if not cues and not funeral:
        return []
    mentions = []
    running = _without_running_starts(texts, words)
    numbers = find_figures(texts, words)
    tally = _has(texts, 0, len(texts), words.background_sentence) or _many_strikes(
        texts, numbers, words
    )
    spans = [*_periods(texts, words), *_dates_since(texts, words)]
    counts_on = tally or bool(spans) or any(t in words.running_since for t in texts)
    years = sorted([*_framed_years(texts, words), *spans])
    dates = _Dates(years, _framed_months(texts, words))
    opens_with_add = bool(texts) and phrase_at(texts, 0, words.adds) > 0
    opening_end = next((at for at, t in enumerate(texts) if t in _CLAUSE_ENDS), len(texts))
    of_another_time = (
        bool(texts)
        and texts[0] in words.then_openers
        and (
            any(t in words.tolls for t in texts)
            or any(at < opening_end for at in [*dates.years, *dates.months])
        )
    )  # "When the war ended, the toll stood at 138", "When it was hit in 2023, 16 died"
    of_another_time = of_another_time or _a_later_act(
        texts[: cues[0].first] if cues else texts, words
    )
    figures = _with_ones(texts, numbers, cues, words)
    ones = {f.first for f in figures} - {f.first for f in numbers}
    subjects_alone = _lone_victims(texts, figures, cues, words)
    someone = {f.first for f in subjects_alone if f.bound == "min"}  # "the driver was wounded"
    lone = [
        *subjects_alone,
        *_headline_victim(texts, cues, words),
        *_headline_object(texts, figures, cues, words),
        *_listed_victims(texts, figures, cues, words),
        *_aged_list(texts, words),
        *_list_heads(texts, figures, words),
    ]
    singles = [
        *(
            _singular_victims(spelt, texts, [*figures, *lone], cues, words)
            if words.singular_verbs
            else []
        ),
        *(_dual_victims(texts, [*figures, *lone], cues, words) if words.duals else []),
    ]
    subjects = [f for f in lone if f.first not in ones]
    figures = sorted([*figures, *subjects, *singles], key=lambda f: f.first)
    starts = {figure.first for figure in figures}
    ends = {figure.last for figure in figures}
    lasts = {figure.first: figure.last for figure in figures}
    own = {f.first: (f, _link(texts, f, cues, words, starts, lasts)) for f in figures}
    linked = {tied for _, tied in own.values() if tied is not None}
    if singles:  # a verb's own figure only when no other figure is its ("погиб мужчина")
        held = {own[f.first][1] for f in figures if f not in singles}
        figures = [f for f in figures if f not in singles or own[f.first][1] not in held]
    counted: set[int] = set()
    for figure in figures:
        if figure.first in counted:
            continue
        before = texts[max(figure.first - 5, 0) : figure.first]
        if _part_before_whole(texts, figure, starts, words):
            continue
        if figure.last < len(texts) and texts[figure.last] in words.collectives:
            continue  # "one family", "two families": groups of untold size, no people counted
        if (
            any(t in words.subset for t in before)
            and not any(t in _CLAUSE_ENDS and t not in words.copulas for t in before)
            and not _whole_at(texts, figure.first, words)
        ):
            continue  # a part ("including six children", "Серед них – 535 дітей": a dash
            # for a left-out link verb ends no clause)
        if perpetrators and any(
            t in words.perpetrators for t in texts[figure.last : figure.last + 3]
        ):
            continue
        cue = own[figure.first][1]
        if cue is None or _among_the_victims(texts, figure, cue, words):
            continue
        if _speakers(texts, figure, cue, words):
            continue
        kind = cue.kind
        if kind == "injured" and _all_died_after(spelt, figure, cue, cues, words):
            kind = "killed"  # "injuring two soldiers, who ... succumbed": two dead
        elif kind == "injured" and _died_after(spelt, figure, words):
            if any(c.kind == "killed" and c.first > figure.last for c in cues):
                continue  # "wounded, and later succumbed to his wounds": that cue counts them
            kind = "killed"  # "wounded ..., but doctors could not save him": one dead
        parts = _parts(texts, figure, own, cues, cue, words) if figure.value is not None else []
        if figure.first in ones and not parts and crowd:
            continue  # "killed a man" alone may be the cause a crowd is about, not its toll
        counted.update(part.first for part in parts)
        whole = figure
        if parts:
            exact = all(f.bound == "exact" for f in (figure, *parts))
            whole = Figure(
                figure.first,
                parts[-1].last,
                sum(f.value or 0 for f in (figure, *parts)),
                "exact" if exact else "min",
            )
        first, last = min(whole.first, cue.first), max(whole.last, cue.last)
        start, end = _clause(texts, first, last)
        combined = _combined(texts, cue, cues, starts, ends, linked, words)
        at = _Span(first, last, start, end)
        war = (whole.value or 0) >= _WAR_TOLL or _a_risen_toll(texts, whole, words)
        behind = tally or war or of_another_time
        behind = behind or _framed(texts, at, cue, dates, crowd, words)
        add_words = _adds_at(texts, first - 2, last, words)
        adds = opens_with_add or (
            (add_words or phrase_at(texts, figure.last, words.adds_after) > 0)
            and not _after_other_kind(cue, cues, figure)
            and not _adds_to_unnumbered(cue, cues, figure, linked)
        )
        estimate = adds and _another_estimate(
            texts,
            whole,
            [*(_adds_at(texts, 0, 1, words) if opens_with_add else []), *add_words],
            words,
        )
        mentions.append(
            Mention(
                kind=kind,
                figure=whole,
                as_written=as_written(sentence, first, last),
                background=behind,
                running=behind
                and running is not None
                and not tally
                and not war
                and not _framed(running, at, cue, dates, crowd, words),
                adds=adds and not estimate,
                hedged=combined or _hedged(texts, start, end, words),
                tally=behind and (counts_on or war),
                aside=not behind and _aside(texts, at, cue, countries, words),
                someone=figure.first in someone and not parts,
                estimate=estimate,
                initial=_has(texts, start, cue.last, words.initials),
                risen=cue.toll
                and _has(texts, max(start, whole.first - _RISE_REACH), whole.first, words.rises),
                parts=tuple(f.value or 0 for f in (figure, *parts)) if parts else (),
            )
        )
    taken = {m.figure.first for m in mentions}
    for figure in _funeral_dead(sentence, texts, numbers, cues, words):
        if figure.first not in taken:
            mentions.append(
                Mention(
                    kind="killed",
                    figure=figure,
                    as_written=as_written(sentence, figure.first, figure.last),
                    background=tally or of_another_time,
                    adds=False,
                    hedged=False,
                )
            )
    mentions = _echoed_figures(sentence, texts, cues, mentions, words)
    return _beside_a_war_toll(mentions, [m for m in mentions if m.tally and not m.running])


def _echoed_figures(
    sentence: str, texts: list[str], cues: list[_Cue], mentions: list[Mention], words: CasualtyWords
) -> list[Mention]:
    """The mentions, with a cue's own after a word of `words.echoes` right before it: the
    other kind's figure told before it in the sentence, repeated ("leaving five dead and as
    many injured": five injured)."""
    echoed = []
    for cue in cues:
        size = max(
            (len(p) for p in words.echoes if tuple(texts[cue.first - len(p) : cue.first]) == p),
            default=0,
        )
        told = [m for m in mentions if m.kind != cue.kind and m.figure.last <= cue.first - size]
        if size and told:
            echo = as_written(sentence, cue.first - size, cue.last)
            echoed.append(
                replace(told[-1], kind=cue.kind, as_written=f"{told[-1].as_written} ... {echo}")
            )
    return sorted([*mentions, *echoed], key=lambda m: m.figure.first)


def _beside_a_war_toll(mentions: list[Mention], tallies: list[Mention]) -> list[Mention]:
    """The mentions, a figure of `_RISING_TOLL` or more made a tally when its sentence tells
    the other kind's as one: "The death toll has reached 2,670, with 9,600 injured" (the
    injured are the campaign's too)."""
    kinds = {m.kind for m in tallies if (m.figure.value or 0) >= _RISING_TOLL}
    return [
        replace(m, background=True, tally=True)
        if not m.background and (m.figure.value or 0) >= _RISING_TOLL and kinds - {m.kind}
        else m
        for m in mentions
    ]


def _none_said(text: str, phrases: tuple[str, ...], qualifiers: frozenset[str]) -> str | None:
    """The first of `phrases` ("no one was hurt") the text says, unless a word of
    `qualifiers` right before it makes it tell of only some ("важких поранених немає")."""
    lowered = text.lower()
    for phrase in phrases:
        at = lowered.find(phrase)
        while at >= 0:
            before = lowered[:at].split()[-1:]
            if not before or before[0].strip("\"'«»“”„,;:()") not in qualifiers:
                return text[at : at + len(phrase)]
            at = lowered.find(phrase, at + 1)
    return None


def _bare_words(sentence: str, words: CasualtyWords) -> list[str]:
    """The words of a folded sentence as casualty phrases are matched against them."""
    texts = token_texts(sentence)
    return [words.bare(t) for t in texts] if words.stems or words.proclitics else texts


def _told_kinds(leads: Iterable[str], words: CasualtyWords) -> frozenset[Kind]:
    """The kinds of casualty the headline and lead (`leads`, folded) say there were, with
    or without a figure ("загинули цивільні", "civilians wounded"), in sentences saying
    no "nobody hurt": a "no casualties" line further on is then another place's."""
    nones = (*words.none_hurt, *words.none_killed)
    kinds: set[Kind] = set()
    for sentence in leads:
        if not sentence or not words.has_cue(sentence) or _none_said(sentence, nones, frozenset()):
            continue
        spelt = texts = token_texts(sentence)
        if words.stems or words.proclitics:
            texts = [words.bare(text) for text in texts]
        kinds.update(
            c.kind
            for c in _cues(texts, words)
            if not (c.first and spelt[c.first - 1] in words.negations)
            and not any(t in words.denials for t in texts[max(c.first - 3, 0) : c.first])
        )
    return frozenset(kinds)


def _denied_at_top(
    sentences: list[str], told: set[str], words: CasualtyWords
) -> tuple[int, frozenset[Kind]]:
    """Where the headline, the lead or the sentence right after them says nobody was hurt
    ("Rocket fired from Gaza falls in open field ... No injuries were reported") and which
    kinds it denies (both for "no injuries", the killed for "no deaths"), when none of them
    tells a casualty of any kind: a figure after it is another incident's ("Following the
    weekend attacks, Israeli warplanes struck two sites. Two children were killed"). (-1, no
    kinds) when they deny none."""
    tops = [at for at, sentence in enumerate(sentences) if sentence in told]
    opening = sentences[: tops[-1] + 2] if tops else sentences[:_OPENING_SENTENCES]
    if _told_kinds(opening, words):
        return -1, frozenset()
    for at, sentence in enumerate(opening):
        if _none_said(sentence, words.none_hurt, words.none_qualifiers):
            return at, frozenset({"killed", "injured"})
        if _none_said(sentence, words.none_killed, words.none_qualifiers):
            return at, frozenset({"killed"})
    return -1, frozenset()


def _refine(found: dict[Kind, tuple[int, Casualties]], mentions: list[Mention]) -> None:
    """A later sentence that repeats the event's exact figure of one kind gives the exact
    figure of the other kind for its minimum ("killing 43 people and wounding more than 100"
    ... "43 people had been killed and 117 wounded": 117), one no smaller than it."""
    exact = {
        m.kind: m for m in mentions if m.figure.bound == "exact" and m.figure.value is not None
    }
    if len(exact) != 2:
        return
    pairs: tuple[tuple[Kind, Kind], ...] = (("killed", "injured"), ("injured", "killed"))
    for kind, other in pairs:
        known, rough = found[other][1], found[kind][1]
        new = exact[kind].figure.value
        if (
            known.exact
            and known.min == exact[other].figure.value
            and not rough.exact
            and rough.min is not None
            and new is not None
            and new >= rough.min
        ):
            found[kind] = (found[kind][0], Casualties(new, True, exact[kind].as_written))
            return


def _echoed(found: dict[Kind, tuple[int, Casualties]], index: int, mentions: list[Mention]) -> None:
    """A later sentence told as a tally or a count so far ("so far, 52 people were found
    dead and 102 are injured", "according to the police tally") that repeats the event's
    exact figure of one kind, the only kind read yet, counts the event: its figure of the
    other kind is the event's (`found` is changed in place). A tally of other times would
    repeat the event's figure (more than one person) only by chance; a war's (`_WAR_TOLL`)
    other figure is never taken."""
    if len(found) != 1:
        return
    ((kind, (at, known)),) = found.items()
    other: Kind = "injured" if kind == "killed" else "killed"
    repeats = any(
        m.kind == kind
        and m.background
        and not m.hedged
        and known.exact
        and m.figure.bound == "exact"
        and m.figure.value == known.min
        and (known.min or 0) > 1
        for m in mentions
    )
    given = [
        m
        for m in mentions
        if m.kind == other and m.background and not m.hedged and m.figure.value is not None
    ]
    if index > at and repeats and len(given) == 1 and (given[0].figure.value or 0) < _WAR_TOLL:
        figure = given[0].figure
        found[other] = (
            index,
            Casualties(figure.value, figure.bound == "exact", given[0].as_written),
        )


def _supersedes(found: tuple[int, Casualties], index: int, mention: Mention) -> bool:
    """Whether an exact figure read in sentence `index` tells the rounded one `found` of its
    kind more precisely: "a suicide bomber killed more than 50 people" ... "54 people
    killed". The rounded figure is a minimum in tens ("more than 50", "at least 20"), the
    exact one a little above it (by at most a fifth) within `_SUPERSEDE_REACH` sentences
    after it and no part added to it; unless the next sentences give yet another figure of
    the kind (`read_casualties`: sources differing keep the lead's)."""
    at, rough = found
    value = mention.figure.value
    return (
        not rough.exact
        and rough.min is not None
        and rough.min >= _ROUNDED
        and rough.min % _ROUNDED == 0
        and at < index <= at + _SUPERSEDE_REACH
        and mention.figure.bound == "exact"
        and not mention.adds
        and not mention.hedged
        and not mention.estimate
        and value is not None
        and rough.min < value <= rough.min + rough.min // 5
    )


def _revises(
    found: dict[Kind, tuple[int, Casualties]], initial: set[Kind], index: int, mention: Mention
) -> bool:
    """Whether a figure read in sentence `index` revises the first report's figure of its
    kind (`initial`): another figure of the kind, no first report's itself, neither added
    to it nor another source's estimate, within `_SUPERSEDE_REACH` sentences after it
    ("Initial reports said 38 were killed ... at least 89 were known to have died": 89)."""
    kind = mention.kind
    return (
        kind in initial
        and index <= found[kind][0] + _SUPERSEDE_REACH
        and not (mention.initial or mention.adds or mention.estimate)
        and mention.figure.value not in (None, found[kind][1].min)
    )


def _grows(known: Casualties, mention: Mention, headline: bool) -> bool:
    """Whether a later mention gives the whole of which the figure read so far (`known`) is
    a part or an earlier count: a toll risen to more ("11 killed" ... "the toll has since
    climbed to 15") or, when `known` is the headline's (`headline`), a sum of parts, one of
    them its figure ("kills 9 kids" ... "killing nine children and nine adults": 18; a
    headline names the group that makes the news). Not a lead's figure that a sum in the
    headline goes past: such a headline may join two events ("Three civilians and four
    rebels killed"). Never a part added nor another source's estimate."""
    value = mention.figure.value
    return (
        value is not None
        and known.min is not None
        and value > known.min
        and not (mention.adds or mention.estimate)
        and (mention.risen or (headline and known.exact and known.min in mention.parts))
    )


def _tallied(told: Iterable[Mention]) -> frozenset[Kind]:
    """The kinds of figure the headline and lead (`told`) give only as tallies ("at least
    3,785 killed ... since October 7") and never as an incident's own figure: the article is
    that tally's, and any figure of the kind further on ("44 health workers had been
    killed") is one of its parts."""
    told = [m for m in told if m.figure.value is not None and not m.hedged]
    own = {m.kind for m in told if not m.background}
    return frozenset(m.kind for m in told if m.background and m.tally and m.kind not in own)


def _so_far(mention: Mention) -> Mention:
    """A running toll told by the headline or lead: the event's toll so far, a minimum."""
    figure = mention.figure
    bound = "min" if figure.bound == "exact" else figure.bound
    return replace(mention, figure=replace(figure, bound=bound), background=False, running=False)


def _died_next(
    found: dict[Kind, tuple[int, Casualties]], sentences: list[str], words: CasualtyWords
) -> None:
    """Wounded people (an exact figure) whose death the next sentence tells, opening with a
    pronoun for them (`words.died_subjects` for one, `words.died_all` for several) and
    saying `words.died_after` ("A man was wounded in the shelling. He later died in
    hospital.", "Two soldiers were critically injured ... However, they have succumbed to
    their injuries."), are killed, not injured: `found` is changed in place. A death toll
    read elsewhere is left as it is, since they may be in it or not; they are no longer
    counted injured."""
    if "injured" not in found:
        return
    at, hurt = found["injured"]
    if not hurt.min or not hurt.exact or at + 1 >= len(sentences):
        return
    spelt = [t.lower() for t in token_texts(sentences[at + 1])]
    died = words.died_after
    subjects = words.died_subjects if hurt.min == 1 else words.died_all
    if not any(t in subjects for t in spelt[:_OPENING]):
        return
    said = next(
        (spelt[i : i + size] for i in range(len(spelt)) if (size := phrase_at(spelt, i, died))),
        None,
    )
    if said is None:
        return
    killed = found.get("killed")
    del found["injured"]
    if killed is None:  # else a toll read elsewhere is left as it is
        found["killed"] = (
            at + 1,
            Casualties(hurt.min, True, f"{hurt.as_written} ... {' '.join(said)}"),
        )


_SHARE_GAP = 4
"""Words a share of a toll may take to its casualty word: "two medics are among those"."""


def _toll_shares(sentence: str, words: CasualtyWords) -> list[tuple[Kind, int]]:
    """Figures of a sentence that count a share of a toll told before, each with its kind:
    "eight of those killed were children" (the figure, "of" and a word that makes the
    casualty word a noun, `nominal`), "four children were among the dead" (a whole word,
    `wholes`, before the casualty word in one clause). No figure of the event's own."""
    texts = token_texts(sentence)
    cues = _cues(texts, words)
    shares: list[tuple[Kind, int]] = []
    for figure in find_figures(texts, words):
        cue = next((c for c in cues if c.first >= figure.last), None)
        if cue is None or figure.value is None or cue.first - figure.last > _SHARE_GAP:
            continue
        gap = texts[figure.last : cue.first]
        of_those = gap[:1] == ["of"] and gap[-1:] != [] and gap[-1] in words.nominal
        if (of_those or _among_the_victims(texts, figure, cue, words)) and not any(
            t in _CLAUSE_ENDS for t in gap
        ):
            shares.append((cue.kind, figure.value))
    return shares


def _completes(known: Casualties, shares: int, mention: Mention) -> bool:
    """Whether an added figure (`mention`, "three women and four men were also killed") is
    the last share of a toll (`known`) whose other shares (`shares`, their sum) the text
    told after it: together they make up the toll exactly ("killed 15 people" ... "eight
    of those killed were children" ... "three women and four men were also killed": 15,
    not 22). A part that goes past the toll is added to it."""
    value = mention.figure.value
    return shares > 0 and value is not None and known.min == shares + value


def read_casualties(
    sentences: list[str],
    words: CasualtyWords,
    *,
    figures: bool = True,
    perpetrators: bool = False,
    crowd: bool = False,
    leads: tuple[str, ...] = (),
    countries: frozenset[str] = frozenset(),
    headline: str = "",
) -> tuple[Casualties, Casualties]:
    """Killed and injured of the main event, from its sentences in reading order (title
    first). With `figures` False (an event that is no violence itself, such as a ceasefire)
    only an explicit "no casualties" is read; with `crowd` (a protest or riot) the figures
    of what it is about are left out. In `leads` (the headline and the lead) a running toll
    ("have killed 200 people since Thursday") is the event's toll so far, a minimum; a
    count in one of `countries` (as written) is background outside them. A figure of the
    `headline` grows to a later sum of parts that holds it (`_grows`); a toll told as risen
    is a whole, no later part added to it ("risen to 31 ... three more bodies": 31)."""
    sentences = [fold(s) for s in sentences]
    top_line = fold(headline) if headline else None
    names = frozenset(tuple(words.bare(t) for t in token_texts(fold(name))) for name in countries)
    told = {fold(s) for s in leads}
    campaign = any(
        _has(_bare_words(s, words), 0, len(s), words.campaign_tallies)
        for s in {*told, *sentences[:_OPENING_SENTENCES]}
    )

    def read(sentence: str) -> list[Mention]:
        mentions = read_mentions(sentence, words, perpetrators, crowd, names) if figures else []
        if sentence in told and campaign:
            return [replace(m, background=True, tally=True) for m in mentions]
        if sentence in told:
            return [_so_far(m) if m.running else m for m in mentions]
        return [replace(m, background=True) if m.aside else m for m in mentions]

    def _disputed(kind: Kind, values: set[int | None], rounded_at: int, index: int) -> bool:
        """Whether a sentence between the rounded figure's (`rounded_at`) and the exact
        one's (`index`), or within `_SUPERSEDE_REACH` after the exact one's, gives a figure of
        the kind other than theirs (`values`): sources differ ("23 had been killed" ...
        "another official put the death toll at 21"), and the rounded figure of the lead
        stands."""
        near = range(rounded_at + 1, min(index + 1 + _SUPERSEDE_REACH, len(sentences)))
        return any(
            m.kind == kind
            and not (m.background or m.hedged)
            and m.figure.value is not None
            and m.figure.value not in values
            for at in near
            if at != index
            for m in read(sentences[at])
        )

    top = {at: read(s) for at, s in enumerate(sentences) if s in told}
    tallied = _tallied(m for mentions in top.values() for m in mentions)
    denied_at, denied = _denied_at_top(sentences, told, words)
    found: dict[Kind, tuple[int, Casualties]] = {}
    initial: set[Kind] = set()  # kinds whose figure found is a first report's
    risen: set[Kind] = set()  # kinds whose figure found is a toll told as risen: a whole
    vague: dict[Kind, tuple[int, str]] = {}
    someone: dict[Kind, str] = {}
    shares: dict[Kind, int] = {}  # sums of the shares of each kind's toll told after it
    for index, sentence in enumerate(sentences):
        settled = len(found) == 2 and all(index > at + _ADD_REACH for at, _ in found.values())
        if settled and all(c.exact for _, c in found.values()):
            break  # both read exactly, too far on for a part to be added: nothing can change
        mentions = top[index] if index in top else read(sentence)
        mentions = [
            replace(m, background=True)
            if m.kind in tallied or (m.kind in denied and index > denied_at)
            else m
            for m in mentions
        ]
        if len(found) == 2 and all(index > at for at, _ in found.values()):
            _refine(found, [m for m in mentions if not m.background and not m.hedged])
        _echoed(found, index, mentions)
        if settled:
            continue
        for share_kind, share in _toll_shares(sentence, words):
            if share_kind in found and index > found[share_kind][0]:
                shares[share_kind] = shares.get(share_kind, 0) + share
        parts: set[Kind] = set()  # kinds this later sentence splits into parts
        for mention in mentions:
            if mention.background:
                continue
            value, kind = mention.figure.value, mention.kind
            if mention.someone:
                someone.setdefault(kind, mention.as_written)
                continue
            if kind in parts and mention.adds:
                continue  # "11 killed" ... "nine were killed in X while two others in Y"
            if (
                kind in found
                and index > found[kind][0]
                and not mention.adds
                and not mention.hedged
                and value is not None
                and value < (found[kind][1].min or 0)
            ):
                parts.add(kind)
                shares[kind] = shares.get(kind, 0) + value
            if value is None or mention.hedged:
                vague.setdefault(kind, (index, mention.as_written))
                continue
            if kind not in found and mention.adds and kind in vague:
                continue  # "dozens were injured" ... "another seven were hurt": a part
            exact = mention.figure.bound == "exact"
            if kind in found and _grows(
                found[kind][1], mention, sentences[found[kind][0]] == top_line
            ):
                initial.discard(kind)
                found[kind] = (index, Casualties(value, exact, mention.as_written))
                if mention.risen:
                    risen.add(kind)
                continue
            if _revises(found, initial, index, mention):
                initial.discard(kind)
                found[kind] = (found[kind][0], Casualties(value, exact, mention.as_written))
                continue
            if (
                kind in found
                and _supersedes(found[kind], index, mention)
                and not _disputed(kind, {value, found[kind][1].min}, found[kind][0], index)
            ):
                found[kind] = (found[kind][0], Casualties(value, True, mention.as_written))
                continue
            if kind not in found:
                found[kind] = (index, Casualties(value, exact, mention.as_written))
                if mention.initial:
                    initial.add(kind)
                if mention.risen:
                    risen.add(kind)
            elif mention.adds and index <= found[kind][0] + _ADD_REACH and kind not in risen:
                first_index, so_far = found[kind]
                if _completes(so_far, shares.get(kind, 0), mention):
                    continue
                if so_far.min is not None and mention.as_written not in so_far.as_written:
                    total = Casualties(
                        so_far.min + value,
                        so_far.exact and exact,
                        f"{so_far.as_written} ... {mention.as_written}",
                    )
                    found[kind] = (first_index, total)
    _died_next(found, sentences, words)
    text = "\n".join(sentences)
    none_hurt = _none_said(text, words.none_hurt, words.none_qualifiers)
    none_killed = _none_said(text, words.none_killed, words.none_qualifiers) or none_hurt
    some = _told_kinds(told, words) if none_hurt or none_killed else frozenset()
    if "killed" in some:
        none_hurt = None  # "nobody was hurt" after a death the lead tells: another place's
    results = []
    kinds: tuple[tuple[Kind, str | None], ...] = (("killed", none_killed), ("injured", none_hurt))
    for kind, none in kinds:
        if kind in found:
            results.append(found[kind][1])
        elif none is not None and kind not in vague and kind not in some:
            results.append(Casualties(0, True, none))
        elif kind in someone and kind not in vague:
            results.append(Casualties(1, False, someone[kind]))
        else:
            results.append(Casualties(None, False, vague.get(kind, (0, ""))[1]))
    return results[0], results[1]
