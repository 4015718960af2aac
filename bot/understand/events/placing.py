"""What a text says outright about where its event was: the place it says the event took
place in, a place it sets inside or at a distance from another, an event told of several
places at once."""

from __future__ import annotations

import re

from bot.records import PlaceMention
from bot.understand.events.rules import has_fellow
from bot.understand.places.waters import SEA
from bot.understand.places.words import HOLDER_AFTER

CONCURRENT = re.compile(
    r", (?:even as|as|while|whereas)\b"
    r"(?! (?:well|many|much|few|far|of|long|soon|part|a result|usual|expected)\b)"
)
"""What opens a clause telling something else going on at the time: "killed five in Khan
Younis, medics said, as Israeli forces pressed their offensive in Rafah" (not ", as well
as", ", as many as", ", as part of")."""
OPENS_CONCURRENT = re.compile(r"(?:As|While|Even as) ")
"""The same clause opening a sentence, up to its first comma: "As fighting raged in Rafah,
a strike killed five in Khan Younis"."""


_STATED = re.compile(
    r"(?<!\bwhat\s)\b(?:took place|taken place|occurred|happened)\b"
    r"(?:[^.;:!?\n]{0,40}?)\b(?:in|at)\s",
    re.IGNORECASE,
)
"""A clause saying where the event was: "The attack took place in the Naser district", "The
incident occurred at …" (not "what happened in …"); the place follows within a few words."""
_STATED_WORDS = ("place", "occurred", "happened")
"""A text whose lower-cased text holds none of these has no `_STATED` clause (ignoring case,
`re` matches their letters only to themselves in either case)."""
STATED_REACH = 40
"""How far after the clause's "in" or "at" its place may start ("in a village in the
Komandjari province")."""
_IN = re.compile(r",\s+in\s+(?:the\s+)?")
"""What sets a place inside the next one: "Moriki, in Zurü local government area"."""
_MEASURED = re.compile(
    r",\s+(?:about\s+|some\s+|around\s+)?\d+(?:\.\d+)?\s*(?:km|kms|kilomet(?:re|er)s?|miles?)\b"
    r"(?:\s*\([^)]{0,20}\))?[\w\s-]{0,20}?\b(?:of|from)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+)?(?:(?:city|town|provincial capital|capital)\s+of\s+)?",
    re.IGNORECASE,
)
"""What measures a place from the next one: ", 30 km (18 miles) south-west of the northern
city of "."""
_NEAR = re.compile(
    r"\b(?:near|outside|close to|outskirts of)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:(?:city|town|capital)\s+of\s+)?$",
    re.IGNORECASE,
)
"""What says the event was near a place rather than in it: "a checkpoint near the city of"."""
_OTHER = re.compile(r"\b(?:other|another|separate|earlier|previous|first|last)\b", re.IGNORECASE)
"""A sentence with these words may tell another event: "Other protests took place in …",
"Air raids in the town of X … killed another six"."""
_END = re.compile(r"[.;!?\n]")
_LIST_LINK = re.compile(r",\s+and\s+|\s+and\s+|,\s+")
_SEVERAL = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|various|\d+)\s+"
    r"(?:[\w-]+\s+)?(?:cities|towns|villages|regions|provinces|states|oblasts)\b",
    re.IGNORECASE,
)
"""An event told of several towns or areas at once: "struck three Ukrainian cities", "over
several regions", "in multiple towns" (not "two districts" or "two markets", which one town
may hold)."""


_SEVERAL_NOUNS = ("cities", "towns", "villages", "regions", "provinces", "states", "oblasts")
"""What every `_SEVERAL` match holds once lower-cased, unless the text has a `CASE_FELLOWS`
letter (ignoring case, `re` reads the long s and the dotless i as "s" and "i")."""


def several_places(told: str) -> bool:
    """Whether a headline or lead tells its event of several towns or areas at once."""
    lowered = told.lower()
    if not has_fellow(told) and not any(noun in lowered for noun in _SEVERAL_NOUNS):
        return False  # the search costs three times as much as looking for these
    return bool(_SEVERAL.search(told))


def stated_places(
    text: str, places: list[PlaceMention], start: int, end: int
) -> list[PlaceMention]:
    """The places that a clause between `start` and `end` says the event took place in: the
    first place named after its "in" or "at", and the places listed with it ("occurred in
    Odesa, Kyiv and Kharkiv"); none when no clause says so, or when its sentence may tell
    another event."""
    lowered = text[start:end].lower()
    if not any(word in lowered for word in _STATED_WORDS):
        return []
    for clause in _STATED.finditer(text, start, end):
        if _OTHER.search(_sentence(text, clause.start())):
            continue
        after = [
            m
            for m in places
            for s, _, _ in m.spans
            if clause.end() <= s <= clause.end() + STATED_REACH
            and not _END.search(text, clause.end(), s)
        ]
        if after:
            first = min(after, key=lambda m: _first_after(m, clause.end()))
            return _listed(text, places, first, _first_after(first, clause.end()))
    return []


def _listed(
    text: str, places: list[PlaceMention], first: PlaceMention, at: int
) -> list[PlaceMention]:
    """`first`, named at `at`, and the places listed after it when the list closes with "and"
    ("Odesa, Kyiv, and Kharkiv"; "Kharkiv, Ukraine" is one place and its country)."""
    starts = {s: (e, m) for m in places for s, e, _ in m.spans}
    listed, end, closed = [first], at + len(first.as_written), False
    while not closed:
        link = _LIST_LINK.match(text, end)
        if link is None or link.end() not in starts:
            break
        closed = "and" in link.group()
        end, mention = starts[link.end()]
        listed.append(mention)
    return listed if closed else [first]


def _first_after(mention: PlaceMention, at: int) -> int:
    return min(s for s, _, _ in mention.spans if s >= at)


def _sentence(text: str, at: int) -> str:
    """The sentence (or line) around `at`."""
    before = max(text.rfind(mark, 0, at) for mark in (". ", "\n", "; ", "! ", "? "))
    after = _END.search(text, at)
    return text[before + 1 : after.start() if after else len(text)]


def placed_in(
    text: str, places: list[PlaceMention], holder: PlaceMention, start: int, end: int
) -> PlaceMention | None:
    """The first place named between `start` and `end` that the text sets inside `holder`
    ("Moriki, in Zurü local government area") or, when it says the event was near `holder`
    ("a checkpoint near the city of Kirkuk"), measures from it ("Rashad, 30 km south-west of
    the city of Kirkuk"); None when there is none, or its sentence may tell another event."""
    holder_starts = {s for s, _, _ in holder.spans}
    near = any(_NEAR.search(text, max(0, s - 40), s) for s in holder_starts if s < end)
    found = [
        (s, m)
        for m in places
        if m.place.key != holder.place.key
        for s, e, _ in m.spans
        if start <= s < end
        and _sets_in(text, e, holder_starts, near)
        and not _OTHER.search(_sentence(text, s))
    ]
    return min(found, key=lambda pair: pair[0])[1] if found else None


def _sets_in(text: str, end: int, holder_starts: set[int], near: bool) -> bool:
    """Whether what follows a place ending at `end` sets it in a place starting at one of
    `holder_starts`, or (`near`) measures it from one."""
    for h in holder_starts:
        between = (end, h) if 0 <= h - end <= 80 else None
        if between is None:
            continue
        if _IN.fullmatch(text, *between) or (near and _MEASURED.fullmatch(text, *between)):
            return True
    return False


_THEATRE_BEFORE = re.compile(r"\b(?:war|conflict|crisis)\s+(?:in|on|over|against)\s+(?:the\s+)?$")
_THEATRE_AFTER = re.compile(r"(?:[’']s)?\s+(?:civil\s+)?(?:war|conflict)\b(?!-)")
"""A place named as a war's theatre, the story's background: "Israel's war in Gaza", "the
conflict in Sudan", "the Ukraine war"."""
_ACTOR_AFTER = re.compile(
    r"(?:[’']s)?\s+(?:government|ministry|president|regime|embassy|department)\b",
    re.IGNORECASE,
)
_ACTOR_BEFORE = re.compile(
    r"\b(?:government|president|army|ministry|embassy|regime)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""A place named for its state, who acts or speaks rather than where: "Burundi's government",
"the government of Burundi", "the Kiev regime", "the United States Department of Defense"
(not its army or its authorities: "the Kharkiv military administration" is local)."""


_MEDIATOR_BEFORE = re.compile(
    r"\b(?:mediated|brokered|facilitated|hosted|guaranteed|sponsored)\s+by\s+(?:the\s+)?$"
    r"|\bmediation\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_MEDIATOR_AFTER = re.compile(
    r"(?:[’']s)?(?:\s+|-)(?:mediated|brokered|mediation|mediators?)\b", re.IGNORECASE
)
"""A state named as the go-between of a deal or an exchange, who acts rather than where: "a
swap mediated by the United Arab Emirates", "a Qatar-brokered truce", "with the mediation of
Turkey"."""


_REPORTER_BEFORE = re.compile(
    r"\b(?i:reporting|speaking|writing|filing|broadcasting)\s+from\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2},\s+)?$"
)
_REPORTER_AFTER = re.compile(
    r"-based\s+(?:\w+\s+)?(?:correspondents?|reporters?|journalists?)\b", re.IGNORECASE
)
"""A place named as where a correspondent files from, not where the event was: "Reporting
from Dakar, Senegal, Al Jazeera's reporter said ...", "speaking from the capital", "a
Nairobi-based correspondent" (the town and the country after it)."""


_SEAT_BEFORE = re.compile(
    r"\b(?:officials?|authorities|ministry|ministries|government|leadership|leaders|spokes"
    r"(?:person|man|woman)|diplomats?|embassy|headquarters|command)\s+(?:based\s+)?in\s+"
    r"(?:the\s+(?:\w+\s+)?capitals?,?\s+)?$"
    r"|\b(?:denied|disputed|rejected|claimed|condemned|confirmed)\s+by\s+$",
    re.IGNORECASE,
)
_SEAT_AFTER = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:said|says|claimed|claims"
    r"|denied|denies|condemned|condemns|accused|accuses|blamed|blames|insisted|insists|warned"
    r"|warns|announced|announces|vowed|vows|rejected|rejects|confirmed|confirms)\b"
    r"|-based\b",
    re.IGNORECASE,
)
"""A place named as the seat of those who speak of the event, not where it was: "top
officials in Kyiv", "the ministry in Khartoum", "Moscow claimed", "Washington condemned",
"a claim denied by Kyiv", "a Kyiv-based analyst"."""


def _every_span(
    text: str, mention: PlaceMention, end: int, before: re.Pattern[str], after: re.Pattern[str]
) -> bool:
    spans = [(s, e) for s, e, _ in mention.spans if s < end]
    return bool(spans) and all(
        before.search(text, max(0, s - 30), s) or after.match(text, e) for s, e in spans
    )


def theatre_only(text: str, mention: PlaceMention, end: int) -> bool:
    """Whether every mention of the place before `end` names it as a war's theatre."""
    return _every_span(text, mention, end, _THEATRE_BEFORE, _THEATRE_AFTER)


def reporter_only(text: str, mention: PlaceMention, end: int) -> bool:
    """Whether every mention of the place before `end` names where a correspondent reports
    from."""
    return _every_span(text, mention, end, _REPORTER_BEFORE, _REPORTER_AFTER)


def seat_only(text: str, mention: PlaceMention, end: int) -> bool:
    """Whether every mention of the place before `end` names it as the seat of those who
    speak (`_SEAT_BEFORE`, `_SEAT_AFTER`)."""
    return _every_span(text, mention, end, _SEAT_BEFORE, _SEAT_AFTER)


def mediator_only(text: str, mention: PlaceMention, end: int) -> bool:
    """Whether every mention of the place before `end` names it as a go-between."""
    return _every_span(text, mention, end, _MEDIATOR_BEFORE, _MEDIATOR_AFTER)


_QUOTES = "\"“”‘’'«»"


def quoted_only(text: str, mention: PlaceMention, end: int) -> bool:
    """Whether every mention of the place before `end` stands alone inside quotation marks: a
    name cited, not a place where anything happened ("still refers to the capital as
    “Kiev”")."""
    spans = [(s, e) for s, e, _ in mention.spans if s < end]
    return bool(spans) and all(
        s > 0 and e < len(text) and text[s - 1] in _QUOTES and text[e] in _QUOTES for s, e in spans
    )


def holder_only(text: str, mention: PlaceMention, end: int) -> bool:
    """Whether every mention of the place before `end` is hyphened to a holder's participle
    (`places.words.HOLDER_AFTER`): "Moscow-installed officials", "a U.S.-led coalition"
    name who holds, runs or backs, not where the event was."""
    spans = [e for s, e, _ in mention.spans if s < end]
    return bool(spans) and all(HOLDER_AFTER.match(text, e) for e in spans)


def actor_only(text: str, mention: PlaceMention, end: int) -> bool:
    """Whether every mention of the place before `end` names it for its state (government,
    army, ministry …)."""
    return _every_span(text, mention, end, _ACTOR_BEFORE, _ACTOR_AFTER)


_CLAUSE_REACH = 90
"""How far back a place's clause is read for what it tells of the place."""
_CLAUSE_START = re.compile(r"(?s:.*)[,;:.!?()\n\"“”]")
_UTILITY = r"(?:power|electricity|water|heating|gas|lights?|energy)"
_THE_PART_OF = (
    r"(?:the\s+)?(?:(?:nearby|neighbouring|neighboring|parts?|much|most|areas?|all|city|town"
    r"|village|capital|region|camp|of)\s+)*"
)
_SUFFERS_BEFORE = re.compile(
    # the event left it in the dark: "plunging the capital and neighbouring X (into darkness)"
    r"\b(?:plung(?:ing|ed|es)?|leav(?:ing|es)|left|throw(?:ing|n|s)?|threw|put(?:ting|s)?)\s"
    r"(?P<dark>)"
    r"|"
    # its power cut: "cutting power to X", "power outages in X", "blackouts across X"
    rf"\b(?:cut\w*|knock\w*|shut\w*)\s+(?:off\s+|out\s+|down\s+)?(?:the\s+)?{_UTILITY}"
    r"(?:\s+suppl(?:y|ies))?\s+(?:to|in|across|for)\s+" + _THE_PART_OF + r"$"
    r"|"
    rf"\b(?:{_UTILITY}\s+(?:suppl(?:y|ies)\s+)?(?:cuts?|outages?|shortages?|failures?)|blackouts?)"
    r"\s+(?:to|in|across|for|hit\w*)\s+" + _THE_PART_OF + r"$"
    r"|"
    # people fled to it: "forcing thousands to flee towards X", "displaced to X"
    r"\b(?:fle(?:e|d|es|eing)|displac\w+|evacuat\w+|escap\w+)\b[^,;:.!?]{0,40}?"
    r"(?<!\bclose\s)(?<!\bnext\s)(?<!\bnear\s)\b(?:to|towards?|into)\s+" + _THE_PART_OF + r"$"
    r"|"
    # its hospitals took the wounded in: "taken to (a hospital in) X"
    r"\b(?:taken|rushed|transferred|brought|airlifted|ferried)\s+(?:[\w-]+\s+){0,3}?to\s+"
    r"(?:[^,;:.!?]{0,40}?\b(?:hospitals?|clinics?|morgues?|medical\s+\w+)\s+(?:in|at)\s+)?"
    + _THE_PART_OF
    + r"$"
    r"|"
    r"\b(?:hospitals?|clinics?|morgues?|medical\s+(?:centres?|centers?|facilities))\s+(?:in|at)\s+"
    + _THE_PART_OF
    + r"(?P<receiving>)$",
    re.IGNORECASE,
)
_SUFFERS_AFTER = {
    "dark": re.compile(
        r"(?:\s+[\w’'-]+){0,3}?\s+(?:(?:into|in)\s+(?:the\s+)?dark(?:ness)?|into\s+(?:a\s+)?"
        rf"blackout|without\s+(?:any\s+)?{_UTILITY}|de-?energi[sz]ed)\b",
        re.IGNORECASE,
    ),
    "receiving": re.compile(
        r"\s+(?:(?:were|was|have|has|had|are|is)\s+)?(?:been\s+)?(?:receiv|treat|admit|took\s+in"
        r"|tak(?:ing|en)\s+in|overwhelm|overflow|swamp|fill|struggl)",
        re.IGNORECASE,
    ),
}
"""A place named only as suffering the event's consequences, not where it happened: left in
the dark ("..., plunging the capital and neighbouring X into darkness", "leaving X without
power"), its power cut ("cutting power to X", "power outages in X"), people fleeing to it
("forcing thousands to flee towards X", not "fled their homes in X") or its hospitals taking
the wounded in ("taken to a hospital in X", "hospitals in X received the wounded", not "a
strike on a hospital in X")."""


_RELATIVE = re.compile(r"\b(?:who|whom|which|that|where)\b", re.IGNORECASE)
"""A relative clause tells who the victims were, not what the event led to: "attacked
displaced people who had fled to the Zamzam camp" places the attack at the camp."""


def _suffers(text: str, start: int, end: int) -> bool:
    """Whether the place written at `text[start:end]` is named, in its clause, as suffering
    the event's consequences (`_SUFFERS_BEFORE`), in no relative clause."""
    reach = max(0, start - _CLAUSE_REACH)
    opening = _CLAUSE_START.match(text, reach, start)
    clause_start = opening.end() if opening else reach
    before = _SUFFERS_BEFORE.search(text, clause_start, start)
    if before is None or _RELATIVE.search(text, clause_start, start):
        return False
    needs = next((name for name, value in before.groupdict().items() if value is not None), None)
    return needs is None or bool(_SUFFERS_AFTER[needs].match(text, end))


def suffers_only(text: str, mention: PlaceMention, end: int) -> bool:
    """Whether every mention of the place before `end` names it only as suffering the
    event's consequences (`_SUFFERS_BEFORE`): the event happened elsewhere."""
    spans = [(s, e) for s, e, _ in mention.spans if s < end]
    return bool(spans) and all(_suffers(text, s, e) for s, e in spans)


_LAUNCHED_BEFORE = re.compile(
    # fired from it: "rockets launched from", "a drone launched by Hezbollah from", "took off
    # from", "crossed from", "rocket fire from"
    r"\b(?:launch(?:ed|es|ing)?|fired|fires?|firing|shot|lobbed|took\s+off|tak(?:e|es|en|ing)"
    r"\s+off|cross(?:ed|es|ing)|originat(?:ed|es|ing))(?:\s+[\w-]+){0,4}?\s+from\s+"
    r"|"
    # a weapon named with where it came from: "a cruise missile from Yemen"
    r"\b(?:rockets?|missiles?|drones?|UAVs?|shells?|projectiles?|mortars?)\s+from\s+"
)
_LAUNCH_SITE = re.compile(
    r"(?:(?:the|an?|areas?|territory|direction|side|vicinity|outskirts|suburbs?|region|village"
    r"|town|city|district|of|in|inside|deep|near|around|occupied|(?:north|south)(?:-?(?:east|west))?"
    r"(?:ern)?|(?:east|west)(?:ern)?|[\w]+-(?:held|controlled|occupied))\s+)*",
    re.IGNORECASE,
)
_LAUNCHED_AFTER = re.compile(r"[-\u2010](?:launched|fired)\b", re.IGNORECASE)
"""A place named only as where a weapon was fired from, not where it hit: "rockets launched
from an area north of X struck a football pitch in Y", "a drone that took off from X", "a
missile fired from the territory of the X region", "a cruise missile from X", "X-launched
rockets"; the words between "from" and the place only frame it (`_LAUNCH_SITE`)."""


def _launched(text: str, start: int, end: int) -> bool:
    """Whether the place written at `text[start:end]` is named as a launch site."""
    if _LAUNCHED_AFTER.match(text, end):
        return True
    reach = max(0, start - _CLAUSE_REACH)
    opening = _CLAUSE_START.match(text, reach, start)
    clause_start = opening.end() if opening else reach
    return any(
        _LAUNCH_SITE.fullmatch(text, found.end(), start)
        for found in _LAUNCHED_BEFORE.finditer(text, clause_start, start)
    )


def launched_only(text: str, mention: PlaceMention, end: int) -> bool:
    """Whether every mention of the place before `end` names it only as where a weapon was
    fired from (`_launched`): the event happened where it hit."""
    spans = [(s, e) for s, e, _ in mention.spans if s < end]
    return bool(spans) and all(_launched(text, s, e) for s, e in spans)


_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_EARLIER = re.compile(
    # a year framed as a time: "in 2022", "during 2016", "in late 2023", "in March 2022"
    r"\b(?:in|during|of)\s+(?:(?:early|late|mid)[\s-]+)?"
    rf"(?:(?:{_MONTH_NAMES})\s+)?(?:19|20)\d\d\b(?![-–/]\d)"
    r"|"
    # a year or more back: "last year", "a decade ago", "two years earlier"
    r"(?<!since\s)\b(?:last|the\s+previous)\s+year\b"
    r"|\b(?:[\w-]+\s+)?(?:years?|decades?)\s+(?:ago|earlier|before)\b",
    re.IGNORECASE,
)
"""A time of another year named in a clause: "captured in Bakhmut in 2023", "held since
fighting in Taiz in 2016", "during the battle for Bakhmut last year", "abducted in Adra a
decade ago". A day with its month and year ("on 3 March 2026") is a date, perhaps the
event's own, not framed by these words."""
_EARLIER_DIGITS = ("19", "20")
_EARLIER_WORDS = ("year", "decade")
"""What an `_EARLIER` time cannot be written without: a year's first digits, or these words
(found in the lower-cased clause: ignoring case, `re` matches their letters only to
themselves in either case). `_PLUPERFECT` needs "had" alike."""
_COMPARED = re.compile(
    r"\b(?:deadliest|bloodiest|worst|heaviest|largest|biggest|first|highest|record|ever)\b",
    re.IGNORECASE,
)
"""A comparison with another time says nothing of the place's: "the deadliest strike on
Kherson in 2025" (nor does a time since: "the heaviest attack on Kyiv since 2022", "since
last year")."""
_CAMPAIGN = re.compile(
    r"\b(?:siege|battle|defen[cs]e|fall|occupation|capture|storming|encirclement)\s+"
    r"(?:of|for)\s+(?:the\s+)?(?:(?:city|town|port|village)\s+of\s+)?$",
    re.IGNORECASE,
)
_PLUPERFECT = re.compile(r"\bhad\s+(?!to\b)[a-z]+", re.IGNORECASE)
"""A campaign told in the pluperfect is an earlier time: "They had been captured during the
siege of Mariupol" (not "during the siege of El Fasher, shelling killed 10 on Monday")."""
_CLAUSE_END = re.compile(r"[,;:.!?()\n\"“”]")
_EARLIER_REACH = 60
"""How far after a place its clause is read for an earlier time."""


def _of_an_earlier_time(text: str, start: int, end: int) -> bool:
    """Whether the place written at `text[start:end]` is told, in its clause, of another
    year or an earlier time (`_EARLIER`), or as the scene of a campaign told in the
    pluperfect (`_CAMPAIGN`, `_PLUPERFECT`)."""
    reach = max(0, start - _CLAUSE_REACH)
    opening = _CLAUSE_START.match(text, reach, start)
    clause_start = opening.end() if opening else reach
    closing = _CLAUSE_END.search(text, end, end + _EARLIER_REACH)
    clause_end = closing.start() if closing else min(len(text), end + _EARLIER_REACH)
    clause = text[clause_start:clause_end]
    lowered = clause.lower()
    if any(word in clause for word in _EARLIER_DIGITS) or any(
        word in lowered for word in _EARLIER_WORDS
    ):
        earlier = _EARLIER.search(text, clause_start, clause_end)
        if earlier is not None and not _COMPARED.search(text, clause_start, earlier.start()):
            return True
    return bool(
        "had" in lowered
        and _PLUPERFECT.search(text, clause_start, clause_end)
        and _CAMPAIGN.search(text, clause_start, start)
    )


def earlier_only(text: str, mention: PlaceMention, end: int) -> bool:
    """Whether every mention of the place before `end` tells it of another year or an
    earlier time (`_of_an_earlier_time`): a past event's place ("Many of the men had been
    captured in Bakhmut in 2023"), not the event's."""
    spans = [(s, e) for s, e, _ in mention.spans if s < end]
    return bool(spans) and all(_of_an_earlier_time(text, s, e) for s, e in spans)


_LABEL_END = re.compile(r":\s")
"""What ends a headline's label: "Israel and Gaza strikes: …"."""


def labelled_only(
    text: str, places: list[PlaceMention], mention: PlaceMention, title_end: int, end: int
) -> bool:
    """Whether every mention of the place before `end` stands in a headline label (before
    the headline's first colon) that names two places or more: "Israel and Gaza strikes:",
    "Russia-Ukraine war:" name a running story, not where its latest event was ("Sudan:" is
    a place's own label, which this leaves)."""
    colon = _LABEL_END.search(text, 0, title_end)
    if colon is None:
        return False
    in_label = {m.place.key for m in places for s, _, _ in m.spans if s < colon.start()}
    spans = [s for s, _, _ in mention.spans if s < end]
    return len(in_label) >= 2 and bool(spans) and all(s < colon.start() for s in spans)


_WATER_PATH_BEFORE = re.compile(
    r"\b(?:across|cross(?:ed|es|ing)?)\s+(?:the\s+)?$|\b(?:on|by|along)\s+the\s+$", re.IGNORECASE
)
_WATER_DESCRIBING_AFTER = re.compile(
    r"(?:[’']s)?\s+(?:resort|port|coast(?:al)?|shores?|city|town|village|harbou?r)\b",
    re.IGNORECASE,
)
"""A water body named as a crossing or to tell where a town lies, not where the event was:
"drones launched across the Azov Sea", "Eilat, on the Red Sea", "the Black Sea port of …"
(not "shot down over the Black Sea", where it happened, nor "attacks on Red Sea shipping")."""


def water_bearing_only(text: str, mention: PlaceMention, end: int) -> bool:
    """Whether every mention of the water body (a place of kind `SEA`) before `end` names it
    as a crossing or as a town's setting (`_WATER_PATH_BEFORE`, `_WATER_DESCRIBING_AFTER`)."""
    return mention.place.kind == SEA and _every_span(
        text, mention, end, _WATER_PATH_BEFORE, _WATER_DESCRIBING_AFTER
    )
