"""Anchors: what names one event in any language. (pure: no I/O)

Reports of one event in two languages share almost no words, but they write the same
proper names in Latin script ("Crocus City Hall", "Soleimani", "Okhmatdyt", "M23") and the
same figures ("93", "2,800"). An anchor is such a name, written capitalised inside a
sentence (a capital after a full stop, or in a headline in title case, says nothing), or
such a figure (a year or a day of the month names no incident). Common names (a country's
people, an armed group that every report from a place names) are told apart from
distinctive ones by the reports around: an anchor counts for a story only when no other
story told at the same place lately names it (`story_anchors`). A name few reports in the
whole store write, all of one story, is stronger: it finds that story without a place
(`rare_story`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

from unidecode import unidecode

from bot.records import PlaceMention
from bot.understand.events.numbers import MONTH_NAMES
from bot.understand.outlets import WIRES
from bot.understand.stems import stem
from bot.understand.stopwords import stop_words

MIN_ANCHORS = 2
"""Least distinctive anchors a report shares with reports of a story in other languages to
join it: one shared name can be a coincidence, two are a description."""
MIN_ANCHORS_SAME_LANGUAGE = 3
"""The same with reports in its own language, which share more by chance (the words of a
place's usual names and officials)."""
LONG_NAME = 3
"""A name of this many words or more ("Crocus City Hall") that a story's reports in other
languages write whole is enough alone: a long name is one place or body, not a word that
two names share by chance."""
LATIN_LANGUAGES = (
    "english",
    "french",
    "german",
    "italian",
    "spanish",
    "portuguese",
    "polish",
    "czech",
    "slovak",
    "swedish",
)
"""Languages whose capitalised function words ("Der", "Una", "Il") are not names."""
NOUNS_CAPITALISED = frozenset({"de", "lb"})
"""Languages that capitalise every noun: capitals in a row there are not one name."""
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_NAME = re.compile(r"[A-Z](?<![\w'’-][A-Z])[\w'’-]*(?:[ -][A-Z][\w'’-]*)*")
"""A name: capitalised words in a row ("Crocus City Hall", "Al-Shifa"). Each pattern here
opens on a character class and looks behind after it (the character before the match is
none of a word's): `re` then skips to the characters that may open a match."""
_CODE = re.compile(
    r"[A-Z0-9](?<![\w'’-].)(?:(?<=[A-Z])(?=[A-Z]*\d)|(?<=\d)(?=\d*[A-Z]))[A-Z0-9]+(?![\w'’-])"
)
"""Letters and digits in capitals: a group or a weapon ("M23", "F16")."""
_FIGURE = re.compile(r"\d(?<![\w.,]\d)(?:\d{0,2}(?:[,.]\d{3})+(?!\d)|\d+(?!\w))")
"""A figure of two digits or more, with or without thousands separators."""
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”«»()\[\]|•–—-]\s*|\n\s*)$")
"""What comes before a word that starts a sentence, a line or a quote."""
_WORD = re.compile(r"[\w'’]+")
MIN_NAME = 4
"""Shorter capitalised words are mostly initials and function words ("AP", "The")."""
MAX_DAY = 31
"""A figure up to this may be a day of the month ("31 October", "1 nov."): not an anchor."""

TITLE_CASE = 0.6
"""Share of capitalised words above which a headline is in title case."""

Anchor = frozenset[str]
"""One name (its words, lower case, without accents) or one figure."""


def anchors(title: str, text: str, language: str | None = None) -> frozenset[Anchor]:
    """The names and figures of a report's title and text in `language` (ISO 639-1)."""
    found: set[Anchor] = set()
    for part in ("" if _title_case(title) else title, text):
        for match in _NAME.finditer(part):
            words = _WORD.findall(match.group(0))
            if _SENTENCE_START.search(part[max(0, match.start() - 3) : match.start()]):
                words = words[1:]  # its first word may be capitalised for the sentence
            name = frozenset(key for key in map(_key, words) if len(key) >= MIN_NAME) - _common()
            if language in NOUNS_CAPITALISED:
                found.update(frozenset([word]) for word in name)
            elif name:
                found.add(name)
        found.update(frozenset([_key(m.group(0))]) for m in _CODE.finditer(part))
        for match in _FIGURE.finditer(part):
            figure = match.group(0).replace(",", "").replace(".", "").lstrip("0")
            if figure.isdigit() and int(figure) > MAX_DAY and not _is_year(figure):
                found.add(frozenset([figure]))
    return frozenset(found)


def _title_case(title: str) -> bool:
    """Whether most words of `title` are capitalised, as in a headline written in title
    case ("Gunmen Kill Dozens At Concert Hall"), whose capitals name nothing."""
    words = [w for w in _WORD.findall(title) if w[0].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) > TITLE_CASE * len(words)


KEYS_KEPT = 16384
"""Words whose `_key` is kept: a report's names recur in the reports around it."""


@lru_cache(maxsize=KEYS_KEPT)
def _key(word: str) -> str:
    """A word as anchors keep it: without accents, lower case, stemmed ("Palestinians" and
    "Palestinian" are one name); kept for the KEYS_KEPT words last asked."""
    key = unidecode(word).lower().strip("'-")
    return stem(key[:-2] if key.endswith("'s") else key)


def words_of(found: Iterable[Anchor]) -> frozenset[str]:
    """Every word of some anchors."""
    return frozenset(word for anchor in found for word in anchor)


REPORTS_KEPT = 512
"""Stored reports whose anchor words `report_words` keeps: each new report at a town reads
the town's latest reports again, so these are read many times while they are recent."""


@lru_cache(maxsize=REPORTS_KEPT)
def report_words(title: str, text: str) -> frozenset[str]:
    """The words of a stored report's anchors (`words_of(anchors(title, text))`), kept for
    the REPORTS_KEPT reports read last."""
    return words_of(anchors(title, text))


def without(found: Iterable[Anchor], words: frozenset[str]) -> frozenset[Anchor]:
    """The anchors with none of `words` ("Gaza City" names the place Gaza)."""
    return frozenset(anchor for anchor in found if not anchor & words)


def _names(found: Iterable[Anchor]) -> int:
    """How many names some anchors write, those that share a word being one ("Qassem
    Soleimani" and "Soleimani")."""
    groups: list[set[str]] = []
    for anchor in found:
        joined = set(anchor)
        for group in [g for g in groups if g & anchor]:
            joined |= group
            groups.remove(group)
        groups.append(joined)
    return len(groups)


def _specific(anchor: Anchor) -> bool:
    """Whether an anchor is more than one word that any report from a place may write (a
    people, an armed group, a broadcaster): a name of several words, a figure or a code."""
    return len(anchor) > 1 or any(char.isdigit() for word in anchor for char in word)


def _is_year(figure: str) -> bool:
    return len(figure) == 4 and figure[:2] in ("19", "20")


@cache
def _common() -> frozenset[str]:
    """Capitalised words that are not names: function words, months, weekdays, wires."""
    words = {w for language in LATIN_LANGUAGES for w in stop_words(language)}
    words.update(MONTH_NAMES, WEEKDAYS, WIRES)
    return frozenset(map(_key, words))


def place_words(places: Iterable[PlaceMention]) -> frozenset[str]:
    """The words of the places a report names, as anchors write them: a place is where
    candidates are looked for, so its name says nothing more."""
    words: set[str] = set()
    for mention in places:
        for name in (mention.as_written, mention.place.name):
            words.update(map(_key, _WORD.findall(name)))
    return frozenset(words)


def story_anchors(
    mine: frozenset[Anchor],
    others: Iterable[tuple[int, bool, frozenset[str]]],
    barred: frozenset[int] = frozenset(),
) -> tuple[int, int] | None:
    """The story whose reports share the most distinctive names with `mine`, and how
    many, when enough. `others` are (story id, whether the report is in another language,
    the words of its anchors) of the reports at the same places lately: a word is
    distinctive when the reports of one story only write it, and an anchor of `mine`
    counts for that story when one of its words is (anchors that share a word are one
    name). MIN_ANCHORS names shared with its reports in other languages are enough, or
    MIN_ANCHORS_SAME_LANGUAGE shared with any; one of them at least must be specific
    (`_specific`): a people and an armed group alone describe a place, not an event. A
    story in `barred` (told too long ago to join) is not chosen, though its reports still
    make the names they write usual."""
    told_by: dict[str, set[int]] = {}
    across: dict[int, set[str]] = {}
    words = words_of(mine)
    for story, other_language, found in others:
        for word in words & found:
            told_by.setdefault(word, set()).add(story)
            if other_language:
                across.setdefault(story, set()).add(word)
    best: tuple[int, int] | None = None
    for story in sorted({story for stories in told_by.values() for story in stories} - barred):
        distinctive = {word for word, stories in told_by.items() if stories == {story}}
        shared = [anchor for anchor in mine if anchor & distinctive]
        crossing = _names([anchor for anchor in shared if anchor & across.get(story, set())])
        count = _names(shared)
        whole = any(len(a) >= LONG_NAME and a <= across.get(story, set()) for a in shared)
        enough = crossing >= MIN_ANCHORS or count >= MIN_ANCHORS_SAME_LANGUAGE or whole
        if enough and any(map(_specific, shared)) and (best is None or count > best[1]):
            best = (story, count)
    return best


RARE = 8
"""Most reports anywhere in the store within the window that may write a word for it to be
rare (`rare_story`): a name a few reports write, all of one story, names that story's
event; one many write (a people, an armed group, a leader) names none."""
RARE_WRITERS = 2
"""Least reports of a story that write a rare name for it alone to join a report in
another language to the story: a name one report writes may be its own detail (the
officer it quotes, at a town where another incident is told the same day), one that two
outlets write is the story's."""
Writer = tuple[str, int, bool, bool]
"""One stored report writing one word: (the word, its story, whether the report is in
another language than the new one, whether it was published within a day of it)."""


def rare_story(
    mine: frozenset[Anchor],
    writers: Iterable[Writer],
    placed: bool = True,
    partly_alike: frozenset[int] = frozenset(),
) -> int | None:
    """The story that the names of `mine` rare across the whole store name, when they are
    enough, else None. `writers` are the stored reports that write each word of `mine`
    (at most RARE + 1 a word: more make it common). A word is rare for a story when at most
    RARE reports in the store write it, all of that story; a name of `mine` counts for the
    story when one of its words is (names that share a word are one). One such name is
    enough when RARE_WRITERS of the story's reports write it, one in another language (two
    languages agree on a name neither translated, and few reports anywhere write it); else
    MIN_ANCHORS_SAME_LANGUAGE are needed (an outlet's attribution, a people and a
    broadcaster are written alike by chance). Only a story told within a day is joined,
    and only one: two stories named alike are no evidence for either. A report not
    `placed` (no place within a country found: its places named in a form the gazetteer
    lacks) needs one report of the story in another language to write the name: there is
    no town whose other incident the name could be a detail of, and two reports in two
    languages agree on a name neither translated. A story in `partly_alike` (its reports'
    words partly like the report's: `stories.PARTLY_ALIKE`) needs one rare name only,
    whoever wrote it: a name and words agreeing at once."""
    by_word: dict[str, list[tuple[int, bool, bool]]] = {}
    for word, story, other_language, recent in writers:
        by_word.setdefault(word, []).append((story, other_language, recent))
    rare: dict[int, set[str]] = {}
    across_languages: dict[int, set[str]] = {}
    recent_stories: set[int] = set()
    for word, rows in by_word.items():
        stories = {story for story, _, _ in rows}
        if len(rows) > RARE or len(stories) != 1:
            continue
        (story,) = stories
        rare.setdefault(story, set()).add(word)
        writers_needed = RARE_WRITERS if placed else 1
        if len(rows) >= writers_needed and any(other for _, other, _ in rows):
            across_languages.setdefault(story, set()).add(word)
        if any(recent for _, _, recent in rows):
            recent_stories.add(story)
    found: list[tuple[int, int]] = []
    for story in sorted(rare.keys() & recent_stories):
        shared = [anchor for anchor in mine if anchor & rare[story]]
        count = _names(shared)
        crossing = any(anchor & across_languages.get(story, set()) for anchor in shared)
        if crossing or count >= MIN_ANCHORS_SAME_LANGUAGE or (count and story in partly_alike):
            found.append((count, story))
    if not found:
        return None
    found.sort(reverse=True)
    if len(found) > 1 and found[1][0] == found[0][0]:
        return None
    return found[0][1]
