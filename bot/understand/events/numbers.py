"""Figures in a sentence: "14", "1,200", "four", "twenty-five", "a dozen", "two dozen",
each with what precedes it ("at least", "up to") or a vague amount ("dozens", "several")."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal, NamedTuple

from bot.understand.events.rules import CasualtyWords

_TOKEN = re.compile(
    r"\d+(?:[:/\-]\d+)+"  # a date or a time, one token: "2021-03-07", "4:20"
    r"|\d+(?:,\d{3})*(?:\.\d+)?"  # a number; a comma after it stays a clause end
    r"|[^\W\d_]+(?:['’\-][^\W\d_]+)*"  # a word
    r"(?:-\d+[^\W\d_]*|(?<=[A-ZА-ЯЁІЇЄҐ])\d+[^\W\d_]*)?"  # a model or group: "Mi-8", "M23"
    r"|[^\w\s]"
)
_UNITS = {
    "zero": 0, "no": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3,
    "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"dozen": 12, "hundred": 100, "thousand": 1000}
_YEAR = range(1900, 2101)
MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
MONTHS = frozenset(
    [*MONTH_NAMES, "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
     "dec"]
)  # fmt: skip
"""Months as dates write them, whole and short (lower-cased)."""
DAY_MONTHS = frozenset(
    [
        # French, Spanish, Italian, Portuguese, Catalan, Romanian
        "janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août",
        "aout", "septembre", "octobre", "novembre", "décembre", "decembre",
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
        "setiembre", "octubre", "noviembre", "diciembre",
        "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre",
        "dicembre",
        "janeiro", "fevereiro", "março", "marco", "maio", "junho", "julho", "setembro",
        "outubro", "novembro", "dezembro",
        "gener", "febrer", "març", "maig", "juny", "juliol", "agost", "setembre", "desembre",
        "ianuarie", "februarie", "martie", "aprilie", "iunie", "iulie", "septembrie",
        "octombrie", "noiembrie", "decembrie",
        # German, Dutch, Polish, Croatian (datelines of wires in those languages)
        "januar", "jänner", "februar", "märz", "maerz", "juni", "juli", "oktober", "dezember",
        "januari", "februari", "maart", "mei", "augustus",
        "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
        "września", "października", "listopada", "grudnia",
        "siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza",
        "rujna", "studenoga", "studenog", "prosinca",
        # Russian and Ukrainian, as a date writes them (genitive)
        "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
        "октября", "ноября", "декабря",
        "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
        "вересня", "жовтня", "грудня",
        # Arabic (alef folded bare, as `rules.fold` reads): Gregorian, Levantine (their first
        # word: "كانون الثاني", "تشرين الأول") and Maghrebi names
        "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يونيه", "يوليو", "يوليه",
        "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر",
        "كانون", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين",
        "جانفي", "فيفري", "افريل", "ماي", "جوان", "جويلية", "اوت",
    ]
)  # fmt: skip
"""Months of the other languages a date names after its day ("27 janvier", "27 de enero",
"27. Januar", "27 января", "27 كانون الثاني"), lower-cased, besides English `MONTHS`."""
SHORT_MONTHS = frozenset(
    ["janv", "févr", "fevr", "fév", "fev", "avr", "juil", "déc", "ene", "abr", "ago", "dic",
     "set", "gen", "mag", "giu", "lug", "ott", "out", "dez", "mär", "okt", "янв", "фев",
     "февр", "мар", "апр", "авг", "сен", "сент", "окт", "ноя", "нояб", "дек", "січ", "лют",
     "бер", "квіт", "трав", "черв", "лип", "серп", "вер", "жовт", "лист", "груд"]
)  # fmt: skip
"""Months shortened in the other languages: one only with its full stop or a year after
it ("27 janv. 2025", "27 set 2024"; "5 out of 10" is no date)."""
_DAY_MARKS = frozenset({".", "de", "°", "of"})
"""What may stand between a day and its month: "27. Januar", "27 de enero", "1° novembre"."""

Bound = Literal["exact", "min", "max", "vague"]


class Token(NamedTuple):
    """A word, number or punctuation mark, lower-cased, with its place in the sentence."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Figure:
    """An amount of people: tokens [first, last) of the sentence, its value (None when
    vague or an upper bound) and what kind of bound it is."""

    first: int
    last: int
    value: int | None
    bound: Bound


def tokenize(sentence: str) -> list[Token]:
    """Words, numbers and punctuation of a sentence, lower-cased."""
    return [Token(m[0].lower(), m.start(), m.end()) for m in _TOKEN.finditer(sentence)]


def token_texts(sentence: str) -> list[str]:
    """The texts of `tokenize(sentence)`, without their places (read faster)."""
    return [token.lower() for token in _TOKEN.findall(sentence)]


def as_written(sentence: str, first: int, last: int) -> str:
    """The sentence's text from its token `first` to its token `last - 1`, as written."""
    tokens = list(itertools.islice(_TOKEN.finditer(sentence), first, last))
    return sentence[tokens[0].start() : tokens[-1].end()]


def _word_value(word: str) -> int | None:
    """The value of one number word ("four", "twenty-five"), else None."""
    if word in _UNITS and word not in ("a", "an", "no", "single"):
        return _UNITS[word]
    if word in _TENS:
        return _TENS[word]
    head, _, tail = word.partition("-")
    if head in _TENS and tail in _UNITS and 0 < _UNITS[tail] < 10:
        return _TENS[head] + _UNITS[tail]
    return None


_ORDINAL_ENDINGS = frozenset({"st", "nd", "rd", "th", "e", "er", "re", "ère", "eme", "ème"})
"""What follows the digits of an ordinal ("5th Brigade", "21st", "3rd"; French "3e
régiment", "1er"): a rank, no count."""


def _digits(word: str, following: str) -> int | None:
    """The value of a figure written in digits ("14", "1,200"), else None: not a decimal, a
    date or a time ("2.5", "2021-03-07", "4:20": one token each), a percentage, a year or an
    ordinal ("5th")."""
    if not word.replace(",", "").isdigit() or following in ("-", "%", ":", "/"):
        return None
    if following in _ORDINAL_ENDINGS:
        return None
    value = int(word.replace(",", ""))
    return None if value in _YEAR and "," not in word else value


def _a_month(words: list[str], at: int) -> bool:
    """Whether words[at] is a month of a date: English or another language's whole name, or
    a short one followed by its full stop or a year (`SHORT_MONTHS`)."""
    if not 0 <= at < len(words):
        return False
    word = words[at]
    if word in MONTHS or word in DAY_MONTHS:
        return True
    following = words[at + 1] if at + 1 < len(words) else ""
    return word in SHORT_MONTHS and (following == "." or _is_year(following))


def _is_year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and int(word) in _YEAR


def in_date(words: list[str], i: int) -> bool:
    """Whether the digits at words[i] are a day of a date in any language the bot reads
    ("27 janvier 2025", "27 de enero", "27. Januar", "27 января", "27 كانون الثاني", "Jan.
    27", "janv. 27"): a day (1 to 31) with its month right after it (a full stop, "de", "°"
    or "of" between or none), or after a month with its full stop. A date names a day, never
    counts people: a dateline's "27" is no toll."""
    word = words[i]
    if not word.isdigit() or not 1 <= int(word) <= 31:
        return False
    after = i + 1 + (i + 1 < len(words) and words[i + 1] in _DAY_MARKS)
    if _a_month(words, after) or _a_month(words, i + 1):
        return True
    return i >= 2 and words[i - 1] == "." and _a_month(words, i - 2)


def is_count(word: str, lists: CasualtyWords) -> bool:
    """Whether a word is a number: digits, an English number word ("two", "twenty-five") or
    one of another language's (`lists.numbers`)."""
    if word[:1].isdigit() or word in lists.numbers or _word_value(word) is not None:
        return True
    return "-" in word and _hyphened(word, lists.numbers) is not None


HYPHEN_MULTIPLIERS = frozenset({20, 100})
"""Number words that multiply a smaller one before them in a hyphened number ("quatre-vingts",
80; "deux-cents", 200), where any other part adds ("soixante-dix", 70)."""
HYPHEN_ONES = {"un": 1, "une": 1}
"""The word for one inside a hyphened number ("vingt-et-un"), which alone is an article and
so no listed number word."""
HYPHEN_AND = frozenset({"et"})
"""The word for "and" inside a hyphened number ("vingt-et-un")."""


def _hyphened(word: str, numbers: Mapping[str, int]) -> int | None:
    """The value of a number written as number words joined by hyphens, "soixante-dix" (70),
    "quatre-vingt-dix" (90), "vingt-et-un" (21), "trente-deux" (32), "deux-cents" (200):
    each part a number word of `numbers` (a plural "s" dropped, "vingts"), the word for one
    after the first, or "and"; a multiplier (HYPHEN_MULTIPLIERS) after a smaller part
    multiplies, any other part smaller than the one before it adds. None when a part is none
    of these, or a part adds what is no smaller ("deux-trois", two or three, is no number)."""
    values: list[int] = []
    for at, part in enumerate(word.split("-")):
        if part in HYPHEN_AND and at:
            continue
        value = numbers.get(part)
        if value is None and part.endswith("s"):
            value = numbers.get(part[:-1])
        if value is None and at:
            value = HYPHEN_ONES.get(part)
        if value is None:
            return None
        values.append(value)
    if len(values) < 2:
        return None
    total = values[0]
    for before, value in itertools.pairwise(values):
        if value in HYPHEN_MULTIPLIERS and total < value:
            total *= value
        elif value < before:
            total += value
        else:
            return None
    return total


def _local_number(words: list[str], i: int, lists: CasualtyWords) -> tuple[int, int] | None:
    """A number of another language at words[i] (a digit figure or a listed number word, a
    unit word with a word for ten after it (`lists.teens`: "ثلاثة عشر"), a tens word with a
    unit word after it (`lists.units`: "двадцать пять"), and a scale word after it): (value,
    tokens used), else None."""
    word = words[i]
    following = words[i + 1] if i + 1 < len(words) else ""
    if word[0].isdigit():
        value = _digits(word, following)
        if value is None or in_date(words, i):
            return None
    elif word in lists.numbers:
        value = lists.numbers[word]
    elif word in lists.teen_units and following in lists.teens:
        value = lists.teen_units[word]
    elif "-" in word and (compound := _hyphened(word, lists.numbers)) is not None:
        value = compound
    else:
        return None
    used = 1
    if 0 < value < 10 and following in lists.teens and not word[0].isdigit():
        value, used = value + 10, 2  # "ثلاثة عشر": 13
        following = words[i + 2] if i + 2 < len(words) else ""
    unit = lists.numbers.get(following, 0) if following in lists.units else 0
    if value in _TENS.values() and 0 < unit < 10 and not word[0].isdigit():
        value, used = value + unit, 2  # "двадцять п'ять": 25
        following = words[i + 2] if i + 2 < len(words) else ""
    if following in lists.scales:
        return value * lists.scales[following], used + 1
    return value, used


def _number(words: list[str], i: int, lists: CasualtyWords | None = None) -> tuple[int, int] | None:
    """A number starting at words[i]: (value, tokens used), else None."""
    if lists is not None and lists.numbers:
        return _local_number(words, i, lists)
    word = words[i]
    following = words[i + 1] if i + 1 < len(words) else ""
    if word[0].isdigit():
        previous = words[i - 1] if i else ""
        if following in ("pm", "am") or previous in MONTHS or following in MONTHS:
            return None  # "4 pm", "November 30", "30 November"
        if in_date(words, i):
            return None  # "Jan. 27", "27 janvier": a day, no count
        value = _digits(word, following)
        if value is None:
            return None
        if following in ("hundred", "thousand") and value < 1000:  # not "36,096 thousand"
            return value * _SCALES[following], 2
        return value, 1
    if word == "half" and words[i + 1 : i + 3] == ["a", "dozen"]:
        return 6, 3
    base = _UNITS.get(word) if word in ("a", "an") else _word_value(word)
    if base is None:
        return None
    used = 1
    if word not in ("a", "an") and base in _TENS.values() and following in _UNITS:
        unit = _UNITS[following]
        if 0 < unit < 10 and following not in ("a", "an", "no", "single"):
            base, used = base + unit, 2
    scale = words[i + used] if i + used < len(words) else ""
    if scale in _SCALES:
        return base * _SCALES[scale], used + 1
    if word in ("a", "an"):
        return None
    return base, used


@functools.cache
def by_first_word(phrases: frozenset[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    """The phrases by their first word, the longest first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(phrases, key=len, reverse=True):
        index.setdefault(phrase[0], []).append(phrase)
    return index


def phrase_at(words: list[str], i: int, phrases: frozenset[tuple[str, ...]]) -> int:
    """Length of the longest phrase of `phrases` starting at words[i] (0: none)."""
    if i >= len(words):
        return 0
    for phrase in by_first_word(phrases).get(words[i], ()):
        size = len(phrase)
        if size == 1 or tuple(words[i : i + size]) == phrase:
            return size
    return 0


_NEGATIONS = frozenset({"no", "not", "ни"})
"""Words that make the number after them none: "no one", "not one", "ни один"."""


_RANGES = frozenset({"to", "and", "or", "-"})
"""Words between the two ends of a range ("5 to 12", "20 and 30")."""


def _in_ages(texts: list[str], i: int, words: CasualtyWords) -> bool:
    """Whether the number at texts[i] is an age after an age word (`words.age_words`): "aged
    45", "aged between 20 and 30", "aged 5 to 12"."""

    def opens(at: int) -> bool:  # the age word ends at `at`, "between" or none after it
        if at >= 0 and texts[at] in words.age_words:
            return True
        return at >= 1 and texts[at] == "between" and texts[at - 1] in words.age_words

    if opens(i - 1):
        return True
    return i >= 3 and texts[i - 1] in _RANGES and texts[i - 2].isdigit() and opens(i - 3)


def _counted(texts: list[str], i: int, words: CasualtyWords) -> bool:
    """Whether a number or a rough amount ("une centaine": `words.about_numbers`) starts at
    texts[i]."""
    return _number(texts, i, words) is not None or texts[i] in words.about_numbers


def find_figures(texts: list[str], words: CasualtyWords) -> list[Figure]:
    """Every amount of people or things in the sentence (its token texts), in order,
    non-overlapping."""
    figures: list[Figure] = []
    kinds: tuple[tuple[frozenset[tuple[str, ...]], Bound], ...] = (
        (words.at_least, "min"),
        (words.at_most, "max"),
    )
    at_least, at_most = by_first_word(words.at_least), by_first_word(words.at_most)
    vague = by_first_word(words.vague)  # a word no phrase starts with starts none here
    i = 0
    while i < len(texts):
        lead = 0
        bound: Bound = "exact"
        word = texts[i]
        for phrases, kind in kinds if word in at_least or word in at_most else ():
            size = phrase_at(texts, i, phrases)
            if size and i + size < len(texts) and _counted(texts, i + size, words):
                lead, bound = size, kind
                break
        number = _number(texts, i + lead, words)
        if number is not None and not lead and i and texts[i - 1] in _NEGATIONS:
            number = None  # "no one was hurt", "not one", "ни один": none, not one
        if number is not None and i and word[:1].isdigit() and texts[i - 1] in words.designators:
            number = None  # "Battalion 24", "Route 9": a name, no amount
        if number is not None and word[:1].isdigit() and _in_ages(texts, i, words):
            number = None  # "aged 45", "aged between 20 and 30": an age, no amount
        if number is None and texts[i + lead] in words.about_numbers:
            number = (words.about_numbers[texts[i + lead]], 1)
            bound = "max" if bound == "max" else "min"  # "près d'une centaine": none
        if number is not None:
            value, used = number
            after = i + lead + used
            if bound == "exact" and any(
                phrase_at(texts, at, words.at_least_after) for at in (after, after + 1)
            ):
                bound = "min"
            figures.append(Figure(i, i + lead + used, None if bound == "max" else value, bound))
            i += lead + used
            continue
        size = phrase_at(texts, i, words.vague) if word in vague else 0
        if size:
            figures.append(Figure(i, i + size, None, "vague"))
            i += size
            continue
        i += 1
    return figures
