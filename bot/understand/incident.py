"""The day an article's incident happened, read from its headline and lead. (pure: no I/O)

News dates its event against the day it is published: "yesterday", "on Tuesday", "on 17
September". The first such expression of the headline, then of the lead, is taken as the
incident's day, resolved against the publication date. A date more than a week before it
(or after it) is background ("since October 7"), not the incident, and is passed over.

Without a publication date (the time the article was seen stands in for it, hours or a day
late), only what does not move with it is read: weekdays and dates. English and French in
every text; in a text of another language we have its words for (`LANGUAGES`: German,
Italian, Spanish, Portuguese, Dutch, Romanian, Polish, Croatian and Bosnian, Russian,
Ukrainian, Greek, Bulgarian, Albanian, Indonesian) its own weekdays, months and words for
yesterday and today as well, each read only in its own language (Spanish "domingo" is a
name in an English text).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from ahocorasick_rs import AhoCorasick

from bot.understand.events.numbers import MONTH_NAMES
from bot.understand.events.rules import FELLOW_LETTERS, has_fellow
from bot.understand.look_back import LookBack, look_back

LEAD_WORDS = 60
"""Only the headline and this many first words of the text are read: the lead dates the
event, later paragraphs date its background."""
LOOKBACK = timedelta(days=7)
"""Most days an incident's day lies before the report's: a date further back is
background, and a weekday is the last one on or before the report's day."""

_FRENCH_MONTHS = (
    ("janvier", "janv"), ("février", "fevrier", "févr"), ("mars",), ("avril", "avr"), ("mai",),
    ("juin",), ("juillet", "juil"), ("août", "aout"), ("septembre",), ("octobre",),
    ("novembre",), ("décembre", "decembre", "déc"),
)  # fmt: skip
_MONTHS = {
    **{
        word: n + 1
        for n, name in enumerate(MONTH_NAMES)
        for word in (name, name[:3], *_FRENCH_MONTHS[n])
    },
    "sept": 9,
}
"""Month names and their short forms, English (`events.numbers`' names) and French."""
_WEEKDAYS = {
    name: n
    for n, names in enumerate(
        [
            ("monday", "lundi"),
            ("tuesday", "mardi"),
            ("wednesday", "mercredi"),
            ("thursday", "jeudi"),
            ("friday", "vendredi"),
            ("saturday", "samedi"),
            ("sunday", "dimanche"),
        ]
    )
    for name in names
}
_DAYS_BEFORE = {
    "yesterday": 1,
    "last night": 1,
    "hier": 1,
    "today": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "tonight": 0,
    "aujourd'hui": 0,
    "aujourd’hui": 0,
    "ce matin": 0,
}
"""Words that date the incident by the publication day (read only when it is known)."""


@dataclass(frozen=True)
class Words:
    """One language's words for days: its weekdays from Monday (each a tuple of the forms a
    lead writes: "środa", "w środę"), its months from January, and the words that date a
    day by the publication day (days before it: "ieri" 1, "oggi" 0)."""

    weekdays: tuple[tuple[str, ...], ...]
    months: tuple[tuple[str, ...], ...]
    days_before: dict[str, int]
    day_mark: str = ""
    """What may stand between a day's figure and its month: "." ("27. Juli"), "°" ("1°
    novembre"), "de" ("1 de noviembre de 2024")."""


LANGUAGES: dict[str, Words] = {
    "de": Words(
        (("montag",), ("dienstag",), ("mittwoch",), ("donnerstag",), ("freitag",),
         ("samstag", "sonnabend"), ("sonntag",)),
        (("januar", "jänner"), ("februar",), ("märz", "maerz"), ("april",), ("mai",),
         ("juni",), ("juli",), ("august",), ("september",), ("oktober",), ("november",),
         ("dezember",)),
        {"gestern": 1, "heute": 0},
        r"\.",
    ),
    "it": Words(
        (("lunedì", "lunedi"), ("martedì", "martedi"), ("mercoledì", "mercoledi"),
         ("giovedì", "giovedi"), ("venerdì", "venerdi"), ("sabato",), ("domenica",)),
        (("gennaio",), ("febbraio",), ("marzo",), ("aprile",), ("maggio",), ("giugno",),
         ("luglio",), ("agosto",), ("settembre",), ("ottobre",), ("novembre",),
         ("dicembre",)),
        {"ieri": 1, "oggi": 0, "stamattina": 0},
        "°",
    ),
    "es": Words(
        (("lunes",), ("martes",), ("miércoles", "miercoles"), ("jueves",), ("viernes",),
         ("sábado", "sabado"), ("domingo",)),
        (("enero",), ("febrero",), ("marzo",), ("abril",), ("mayo",), ("junio",), ("julio",),
         ("agosto",), ("septiembre", "setiembre"), ("octubre",), ("noviembre",),
         ("diciembre",)),
        {"ayer": 1, "anoche": 1, "hoy": 0},
        r"\s+de",
    ),
    "pt": Words(
        (("segunda-feira",), ("terça-feira", "terca-feira"), ("quarta-feira",),
         ("quinta-feira",), ("sexta-feira",), ("sábado", "sabado"), ("domingo",)),
        (("janeiro",), ("fevereiro",), ("março", "marco"), ("abril",), ("maio",),
         ("junho",), ("julho",), ("agosto",), ("setembro",), ("outubro",), ("novembro",),
         ("dezembro",)),
        {"ontem": 1, "hoje": 0},
        r"\s+de",
    ),
    "nl": Words(
        (("maandag",), ("dinsdag",), ("woensdag",), ("donderdag",), ("vrijdag",),
         ("zaterdag",), ("zondag",)),
        (("januari",), ("februari",), ("maart",), ("april",), ("mei",), ("juni",), ("juli",),
         ("augustus",), ("september",), ("oktober",), ("november",), ("december",)),
        {"gisteren": 1, "gisteravond": 1, "vandaag": 0},
    ),
    "ro": Words(
        # "luni" (Monday) is also "months": left out
        ((), ("marți", "marţi", "marti"), ("miercuri",), ("joi",), ("vineri",),
         ("sâmbătă", "sâmbăta", "sambata"), ("duminică", "duminica")),
        (("ianuarie",), ("februarie",), ("martie",), ("aprilie",), ("mai",), ("iunie",),
         ("iulie",), ("august",), ("septembrie",), ("octombrie",), ("noiembrie",),
         ("decembrie",)),
        {"ieri": 1, "azi": 0, "astăzi": 0},
    ),
    "pl": Words(
        (("poniedziałek",), ("wtorek",), ("środa", "środę"), ("czwartek",), ("piątek",),
         ("sobota", "sobotę"), ("niedziela", "niedzielę")),
        (("stycznia",), ("lutego",), ("marca",), ("kwietnia",), ("maja",), ("czerwca",),
         ("lipca",), ("sierpnia",), ("września",), ("października",), ("listopada",),
         ("grudnia",)),
        {"wczoraj": 1, "dziś": 0, "dzisiaj": 0},
        r"\.",
    ),
    "hr": Words(
        (("ponedjeljak",), ("utorak",), ("srijeda", "srijedu"), ("četvrtak",), ("petak",),
         ("subota", "subotu"), ("nedjelja", "nedjelju")),
        (("siječnja",), ("veljače",), ("ožujka",), ("travnja",), ("svibnja",), ("lipnja",),
         ("srpnja",), ("kolovoza",), ("rujna",), ("listopada",), ("studenoga", "studenog"),
         ("prosinca",)),
        {"jučer": 1, "sinoć": 1, "danas": 0},
        r"\.",
    ),
    "ru": Words(
        (("в понедельник",), ("во вторник",), ("в среду",), ("в четверг",), ("в пятницу",),
         ("в субботу",), ("в воскресенье",)),
        (("января",), ("февраля",), ("марта",), ("апреля",), ("мая",), ("июня",), ("июля",),
         ("августа",), ("сентября",), ("октября",), ("ноября",), ("декабря",)),
        {"вчера": 1, "сегодня": 0},
    ),
    "uk": Words(
        (("в понеділок", "у понеділок"), ("у вівторок", "в вівторок"),
         ("в середу", "у середу"), ("в четвер", "у четвер"), ("в п'ятницю", "у п'ятницю",
         "в п’ятницю", "у п’ятницю"), ("в суботу", "у суботу"), ("в неділю", "у неділю")),
        (("січня",), ("лютого",), ("березня",), ("квітня",), ("травня",), ("червня",),
         ("липня",), ("серпня",), ("вересня",), ("жовтня",), ("листопада",), ("грудня",)),
        {"вчора": 1, "сьогодні": 0},
    ),
    "el": Words(
        # Tuesday and Thursday ("τρίτη", "πέμπτη") are also "third" and "fifth": left out
        (("δευτέρα", "δευτέρας"), (), ("τετάρτη", "τετάρτης"), (),
         ("παρασκευή", "παρασκευής"), ("σάββατο", "σαββάτου"), ("κυριακή", "κυριακής")),
        (("ιανουαρίου",), ("φεβρουαρίου",), ("μαρτίου",), ("απριλίου",), ("μαΐου",),
         ("ιουνίου",), ("ιουλίου",), ("αυγούστου",), ("σεπτεμβρίου",), ("οκτωβρίου",),
         ("νοεμβρίου",), ("δεκεμβρίου",)),
        {"χθες": 1, "χτες": 1, "σήμερα": 0},
    ),
    "bg": Words(
        (("понеделник",), ("вторник",), ("сряда",), ("четвъртък",), ("петък",), ("събота",),
         ("неделя",)),
        (("януари",), ("февруари",), ("март",), ("април",), ("май",), ("юни",), ("юли",),
         ("август",), ("септември",), ("октомври",), ("ноември",), ("декември",)),
        {"вчера": 1, "днес": 0},
    ),
    "sq": Words(
        (("e hënë", "të hënën"), ("e martë", "të martën"), ("e mërkurë", "të mërkurën"),
         ("e enjte", "të enjten"), ("e premte", "të premten"), ("e shtunë", "të shtunën"),
         ("e diel", "të dielën")),
        (("janar",), ("shkurt",), ("mars",), ("prill",), ("maj",), ("qershor",), ("korrik",),
         ("gusht",), ("shtator",), ("tetor",), ("nëntor",), ("dhjetor",)),
        {"dje": 1, "sot": 0},
    ),
    "id": Words(
        # "minggu" alone is also "week": Sunday only after "hari" (day)
        (("senin",), ("selasa",), ("rabu",), ("kamis",), ("jumat", "jum'at"), ("sabtu",),
         ("hari minggu",)),
        (("januari",), ("februari",), ("maret",), ("april",), ("mei",), ("juni",), ("juli",),
         ("agustus",), ("september",), ("oktober",), ("november",), ("desember",)),
        {"kemarin": 1, "hari ini": 0},
    ),
}  # fmt: skip
"""The words for days of the languages whose reports are read beside English and French
(the weekdays of Russian and Ukrainian with their preposition: "среда" alone is also "a
medium"). Bosnian writes Croatian's (`_SAME_WORDS`). Greek, Bulgarian, Albanian and
Indonesian reports have no event rules: the day their lead names is how they join the story
told at their town that day (`storage.stories.lone_story`)."""
_SAME_WORDS = {"bs": "hr"}


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words`, the longest first, each escaped."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _expression(
    months: Iterable[str], weekdays: Iterable[str], relative: Iterable[str], day_mark: str = ""
) -> re.Pattern[str]:
    """The date expressions of these words: a day and its month either way round (its
    year after), a weekday, a word dating by the publication day."""
    month = "|".join(sorted(months, key=len, reverse=True))
    mark = f"(?:{day_mark})?" if day_mark else ""
    return re.compile(
        rf"\b(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th|er)?{mark}\s+(?P<month>{month})\.?"  # 17 Sept
        rf"|(?P<month_first>{month})\.?\s+(?P<day_after>\d{{1,2}})(?:st|nd|rd|th)?)\b"  # Sept. 17
        rf"(?:,?{mark}\s+(?P<year>\d{{4}})\b)?"
        rf"|\b(?P<weekday>{'|'.join(weekdays)})\b"
        rf"|\b(?P<relative>{'|'.join(sorted(relative, key=len, reverse=True))})(?!\w)",
        re.IGNORECASE,
    )


_EXPRESSION = _expression(_MONTHS, _WEEKDAYS, _DAYS_BEFORE)
"""English and French date expressions, read in every text."""
_LOWER_EXPRESSION = re.compile(_EXPRESSION.pattern)
"""`_EXPRESSION` minding case, for a lower-cased text: its letters (ASCII, "é", "û") are
matched ignoring case by the letters that lower-case to them and by the `CASE_FELLOWS`
alone, so in a text without those it finds the same dates at the same places, faster."""


_DIGIT = re.compile(r"\d")
_DAY_WORDS = AhoCorasick(sorted({word.split()[0] for word in [*_WEEKDAYS, *_DAYS_BEFORE]}))
"""The first words of the English and French weekdays and words dating by the publication
day (all ASCII letters)."""


def _dates(expression: re.Pattern[str], part: str) -> Iterator[re.Match[str]]:
    """The date expressions of `part`: English and French ones read in its lower-cased text
    (`_LOWER_EXPRESSION`) when it holds no `CASE_FELLOWS`, and not at all when it cannot
    name a day (`_may_name_day`)."""
    if expression is not _EXPRESSION or has_fellow(part):
        return expression.finditer(part)
    if not _may_name_day(part):
        return iter(())
    return _LOWER_EXPRESSION.finditer(part.lower())


def _may_name_day(part: str) -> bool:
    """Whether `_EXPRESSION` can match `part`, which holds no `CASE_FELLOWS`: a date needs a
    digit, a weekday or relative word its first word (`_DAY_WORDS`, found in the
    lower-cased text)."""
    return _DIGIT.search(part) is not None or bool(_DAY_WORDS.find_matches_as_indexes(part.lower()))


@cache
def _reading(
    language: str | None,
) -> tuple[re.Pattern[str], dict[str, int], dict[str, int], dict[str, int]]:
    """The date expressions read in a text of `language`, and the month, weekday and
    relative words they may match (lower-cased): English and French, and the language's
    own (LANGUAGES)."""
    words = LANGUAGES.get(_SAME_WORDS.get(language or "", language or ""))
    if words is None:
        return _EXPRESSION, _MONTHS, _WEEKDAYS, _DAYS_BEFORE
    months = {**_MONTHS, **{w: n + 1 for n, forms in enumerate(words.months) for w in forms}}
    weekdays = {**_WEEKDAYS, **{w: n for n, forms in enumerate(words.weekdays) for w in forms}}
    relative = {**_DAYS_BEFORE, **words.days_before}
    pattern = _expression(
        [_alternation(months)],
        [_alternation(weekdays).replace(r"\ ", r"\s+")],
        [_alternation(relative).replace(r"\ ", r"\s+")],
        words.day_mark,
    )
    return pattern, months, weekdays, relative


def incident_day(
    title: str, text: str, published: date | None, seen: date, language: str | None = None
) -> date | None:
    """The incident's day: the first date expression of the headline, else of the lead,
    that falls within LOOKBACK before the report's day (the publication date, else the day
    it was `seen`), one right after an event's noun (`_EVENT_ON`: "an attack on Saturday")
    or owning one (`_EVENT_OF`: "Saturday's strike") first; None when none does. English
    and French expressions are read in any text, the words of `language` (its ISO 639-1
    code) in its own (LANGUAGES). In a report saying its event came after an earlier attack
    ("a day after", `LOOK_BACKS`) the dates of that sentence, and those its count of days
    puts too early for a report told within a day of its event, are the earlier attack's
    (`_earlier`), and a day
    by an event's noun comes in its turn: the attack it names may be the earlier one."""
    expression, months, weekdays, relative = _reading(language)
    lead = _lead(text)
    back = look_back(title, lead, language)
    for n, part in enumerate((title, lead)):
        first: date | None = None
        said: date | None = None
        for found in _dates(expression, part):
            day = _resolve(found, published, seen, months, weekdays, relative)
            if day is None or (back and _earlier(back, n, found.start(), day, published, seen)):
                continue
            if not back and (
                _after_event(part, found.start()) or _EVENT_OF.match(part, found.end())
            ):
                return day
            if _dates_saying(part, found):
                said = said or day
            else:
                first = first or day
        if first is not None or said is not None:
            return first or said
    return None


def _earlier(
    back: LookBack, part: int, at: int, day: date, published: date | None, seen: date
) -> bool:
    """Whether a day expression of a report recalling an earlier attack (`back`), at `at`
    in its `part` (0: headline, 1: lead) and naming `day`, dates that attack: it stands in
    the sentence recalling it, or the recall counts days and `day` is that many days or
    more before the one preceding the report's (its publication day; the day it was seen,
    which may be a day late, less one more): too early for the report's own event, told
    within a day."""
    if part == back.part and back.start <= at < back.end:
        return True
    last = (published or seen - timedelta(days=1)) - timedelta(days=1)
    return back.days > 0 and day <= last - timedelta(days=back.days)


def earlier_incident(
    title: str,
    text: str,
    published: date | None,
    seen: date,
    language: str | None,
    own: date | None,
) -> date | None:
    """The day of the earlier attack a report says its event came after (`look_back`):
    the day its sentence names, else its count of days before the report's own day (`own`,
    its `incident_day`; else the day before the publication day, or the one before the day
    it was seen); None when it recalls none, or says "comes after" and names no day."""
    lead = _lead(text)
    back = look_back(title, lead, language)
    if back is None:
        return None
    expression, months, weekdays, relative = _reading(language)
    recalled = (title, lead)[back.part][back.start : back.end]
    for found in _dates(expression, recalled):
        day = _resolve(found, published, seen, months, weekdays, relative)
        if day is not None:
            return day
    if not back.days:
        return None
    last = own or (published or seen - timedelta(days=1)) - timedelta(days=1)
    return last - timedelta(days=back.days)


def _lead(text: str) -> str:
    """The first LEAD_WORDS words of `text` (the rest left unsplit)."""
    return " ".join(text.split(maxsplit=LEAD_WORDS)[:LEAD_WORDS])


_EVENT_NOUN = r"(?:attack|strike|airstrike|bombing|shelling|explosion|blast|raid|assault|ambush)s?"
"""The nouns of a violent event, singular or plural."""
_EVENT_ON = re.compile(rf"\b{_EVENT_NOUN}\s+(?:early\s+|late\s+)?on\s+$", re.IGNORECASE)
"""An event's noun just before a day expression: "an attack on Saturday" dates the
incident over a day the lead gives first ("visited on Sunday the site of an attack on
Saturday")."""


_EVENT_OF = re.compile(rf"['’]s\s+(?:[\w-]+\s+){{0,3}}?{_EVENT_NOUN}\b", re.IGNORECASE)
"""A day expression owning an event's noun, a few words on: "Saturday's missile strike",
"yesterday's suicide bombing" date the incident over a day the lead gives first, that of a
follow-up ("On Monday, crews sifted through the rubble of Saturday's strike")."""


_SAID_AFTER = re.compile(
    r"\s+(?:повідом|заяв|написа|розпові|сказа|сообщ|рассказа)\w*",
    re.IGNORECASE,
)
"""A Ukrainian or Russian verb of saying right after a day expression: "Про це 27 травня
повідомив голова ОВА" dates the announcement, not the incident."""
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|told\s+\w+|announced|reported|stated|wrote|posted|confirmed)"
    r"\s+(?:(?:early|late)\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
"""An English verb of saying right before a day expression: "the governor said on Monday"
dates the statement."""


def _dates_saying(part: str, found: re.Match[str]) -> bool:
    """Whether the day expression `found` dates a statement (`_SAID_AFTER`, `_SAID_BEFORE`):
    another day the part gives is the incident's ("Про це 27 травня повідомив ... 25 травня
    росіяни вдарили"), and it is taken only when the part gives none."""
    start = found.start()
    return bool(
        _SAID_AFTER.match(part, found.end()) or _SAID_BEFORE.search(part, max(0, start - 40), start)
    )


def _after_event(part: str, at: int) -> bool:
    """Whether `_EVENT_ON` ends at `at`: it is searched only when "on" and a space do."""
    before = part[:at]
    told = before.rstrip()
    return told != before and told[-2:].lower() == "on" and bool(_EVENT_ON.search(part, 0, at))


_FELLOW_LETTERS = str.maketrans(FELLOW_LETTERS)


def _key(words: str) -> str:
    """Words an expression matched, as its tables hold them: lower case, single spaces, the
    `CASE_FELLOWS` ("Tueſday") read as the letters they stood for."""
    return " ".join(words.translate(_FELLOW_LETTERS).lower().split())


def _resolve(
    found: re.Match[str],
    published: date | None,
    seen: date,
    months: dict[str, int],
    weekdays: dict[str, int],
    relative: dict[str, int],
) -> date | None:
    """The day one expression names, when it is within LOOKBACK of the report's day."""
    reference = published or seen
    if found["relative"]:
        if published is None:
            return None
        return published - timedelta(days=relative[_key(found["relative"])])
    if found["weekday"]:
        back = (reference.weekday() - weekdays[_key(found["weekday"])]) % 7
        return reference - timedelta(days=back)
    month = months[_key(found["month"] or found["month_first"])]
    number = int(found["day"] or found["day_after"])
    years = [int(found["year"])] if found["year"] else [reference.year, reference.year - 1]
    for year in years:
        try:
            day = date(year, month, number)
        except ValueError:
            return None
        if reference - LOOKBACK <= day <= reference + timedelta(days=1):
            return day
    return None
