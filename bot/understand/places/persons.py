"""The words around a name that make it a person's, not a place's (see `tagging._people`):
a relative's word before it ("his father Zachary"), an age after it ("Parker, 8,"), a credit
in parentheses ("(Zen Trinidad/PNA)"), a verb of speaking with the name its subject ("Noma
said", "“...,” said Noma"), a common given name before it ("Victor Cano"), or, for a given
name that is also a place's ("Victoria"), a surname after it ("Victoria Rowell", "Virginia
L. Lane")."""

from __future__ import annotations

import re

from bot.understand.places.words import (
    DATE_WORDS,
    GENERIC,
    GIVEN_NAMES,
    KIN_WORDS,
    ORG_AFTER,
    PLACE_MODIFIERS,
    PLACE_PREPOSITIONS,
    REPORTING_VERBS,
)

_VERBS = "|".join(sorted(REPORTING_VERBS))
_SUBJECT_OF = re.compile(rf" (?:{_VERBS})\b")
"""A verb of speaking right after a name: the name is who speaks."""
_QUOTED_BY = re.compile(rf"[\"”’'],? (?:{_VERBS}) (?:[A-Z][a-z]+ )?$")
"""A closing quote, a verb of speaking and maybe a given name before a name ("“...,” said
Nash Riad"): the name is who spoke."""
_PREPOSITIONS = PLACE_PREPOSITIONS | {"at", "from", "of", "to", "for", "by", "on", "with"}
_QUOTE_REACH = 24
_QUOTES = frozenset("\"”’'")
_NAME_ENDS = frozenset([",", ".", ";", "\n", ""])
"""What may follow the last word of a speaker's name after a quotation."""
_AGE = re.compile(r", \d{1,3},")
"""A person's age after a name ("Zachary Brooks, 24,")."""
_SURNAME = r"(?:[A-Z]['’])?[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?"
"""A surname's letters: "Rowell", "McClain", "O'Neill", "Redfern-Hardisty"."""
_SURNAME_AFTER = re.compile(rf" (?:[A-Z]\. )?({_SURNAME})(?![\w-]| [A-Z]| of )")
"""A capitalised word after a name, maybe after a middle initial ("Virginia L. Lane"), that
ends the name: an organisation's name goes on ("Virginia Commonwealth University", "Virginia
Department of Education")."""
_CREDIT_OPENS = re.compile(r"\((?:[A-Z][A-Za-z]+ )?$")
"""A credit's opening parenthesis, maybe with a given name, before a name."""
_CREDIT_REACH = 24
_SAINT = re.compile(r"(?:St\.?|Saint) $")


def is_given_name(word: str) -> bool:
    """Whether the capitalised `word` is a common given name (`GIVEN_NAMES`)."""
    return word[:1].isupper() and word[1:].islower() and word.lower() in GIVEN_NAMES


def given_name_before(text: str, word: str, start: int) -> bool:
    """Whether `word`, ending right before the space before `start`, is a common given name
    and no saint's ("St. Joseph London")."""
    at = start - 1 - len(word)
    return is_given_name(word) and _SAINT.search(text, max(0, at - 6), at) is None


def relative(before: str) -> bool:
    """Whether the word before a name, maybe with its comma, names a relative ("his son,
    Parker")."""
    return before.rstrip(",").lower() in KIN_WORDS


def credited(text: str, start: int, end: int) -> bool:
    """Whether the name from `start` to `end` ends a credit's name in parentheses before its
    outlet ("(Zen Trinidad/PNA)", "(MORRIS LAMONT/Sun Media)"): the writer's or
    photographer's name."""
    return (
        text[end : end + 1] == "/"
        and text[end + 1 : end + 2].isupper()
        and _CREDIT_OPENS.search(text, max(0, start - _CREDIT_REACH), start) is not None
    )


def aged(text: str, end: int) -> bool:
    """Whether a person's age follows the name ending at `end` ("Parker, 8,")."""
    return text[end : end + 1] == "," and _AGE.match(text, end) is not None


def speaks(text: str, end: int, before: str) -> bool:
    """Whether a verb of speaking follows the name ending at `end` ("Noma said"), and no
    preposition (`before`, the word before the name) makes it a place's ("officials in
    Ramadi said")."""
    return (
        text[end : end + 1] == " "
        and before not in _PREPOSITIONS
        and _SUBJECT_OF.match(text, end) is not None
    )


def quoted_speaker(text: str, start: int, end: int) -> bool:
    """Whether the name from `start` to `end` closes a quotation and speaks ("“...,” Noma
    said"): the name is who spoke."""
    return (
        text[start - 2 : start - 1] in _QUOTES
        and _SUBJECT_OF.match(text, end) is not None
        and text[end : end + 1] == " "
    )


def quoted(text: str, start: int, end: int) -> bool:
    """Whether the name from `start` to `end` is who a quotation before it is by, the
    speaker's name ending there ("“...,” said Noma."; not "said Poland's minister")."""
    return (
        text[end : end + 1] in _NAME_ENDS
        and _QUOTED_BY.search(text, max(0, start - _QUOTE_REACH), start) is not None
    )


def given_name_before_surname(text: str, written: str, end: int) -> bool:
    """Whether the place's name `written`, ending at `end`, is a common given name before a
    surname: a capitalised word that is no word of a place's or an organisation's name
    ("Victoria Rowell", "Virginia L. Lane"; not "Victoria Falls", "Georgia Tech")."""
    if not is_given_name(written):
        return False
    after = _SURNAME_AFTER.match(text, end)
    if after is None:
        return False
    word = after.group(1).lower()
    return not (
        word in GENERIC or word in DATE_WORDS or word in ORG_AFTER or word in PLACE_MODIFIERS
    )
