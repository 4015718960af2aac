"""Names in Arabic, French, Russian and Ukrainian text that hold a place's name but name a
person, an office, an outlet, an organisation or a date (`local_other_name`).

- A Russian or Ukrainian given name that is also a town's, in any case, before a surname
  ("з Володимиром Зеленським", "слова Владимира Путина", "Софія Андрухович"), but not after a
  preposition of place ("во Владимире Путин провёл совещание").
- A name after "имени"/"імені" (and "им."/"ім.") is the person a thing is named after
  ("шахта имени Калинина": Kalinin, not Tver).
- A town's name right after a common Russian or Ukrainian given name is a surname
  ("Олександр Харків", "Ірина Львова").
- A Cyrillic name joined by a hyphen to a capitalised word placed by a preposition is the tail
  of one hyphened name ("у Новгород-Сіверську": not Siversk).
- An abbreviation with a case ending is a weapon's or an office's ("атакували КАБом": not Kabo).
- A name before a Ukrainian office's abbreviation is the office's ("Дніпропетровська ОВА"),
  an adjective before a newspaper's noun the paper's ("Українська правда").
- An Arabic name before a word that makes it a news outlet or a football club ("القاهرة
  الإخبارية", "مانشستر سيتي").
- An Arabic place's name between an organisation's word and a definite adjective names the
  organisation ("قوات سوريا الديمقراطية", "مجلس دير الزور العسكري").
- A Levantine month's name next to a number, after "شهر" (month) or before "الماضي" (last) and
  the like is a date ("23 آب 2025": August, not Ibb), as is one after the slash of a date
  giving both calendars' months ("8 أغسطس / آب 2016").
- An Arabic name in quotes after "لـ" (told to) or an outlet's word is the outlet's ("قال
  لـ"الجزيرة"", "مراسل «العربية»"): places are not quoted so.
- "الساحل" (the coast, and the Sahel's Arabic name) before a definite adjective other than
  "African" is a coast ("الساحل السوري", "الساحل الغربي" of Yemen), not the Sahel.
- A French organisation's word and "de"/"du"/"d'" before a name make it the organisation's
  ("Office du Niger", "Université de Kinshasa"); a French bearing before "du"/"de" is a part
  of the place after it ("l'Ouest du pays", "le Sud-Ouest du Niger"), not the region of
  Haiti or Cameroon so named; so is a bearing joined by a hyphen to a name before it or
  after it ("Kordofan-Nord", "Nord-Darfour"), where no longer name was read whole.
- A name hyphened to a capitalised word, the whole placed by a preposition of place or a
  settlement's word, is part of a longer place's name the gazetteer lacks ("à Apetina-Sana":
  not Sanaa; "la commune de Pobé-Mengao": not Pobè in Benin).
"""

from __future__ import annotations

import re

from bot.understand.places.words import (
    ARABIC_DIRECTIONS,
    ARABIC_MONTHS,
    ARABIC_NAME_AFTER,
    ARABIC_NAME_BEFORE,
    ARABIC_ORG_BEFORE,
    ARABIC_PREFIXES,
    CYRILLIC_COMMON_GIVEN_NAMES,
    CYRILLIC_GIVEN_NAMES,
    CYRILLIC_OFFICE_ABBREVIATIONS,
    CYRILLIC_OUTLET_AFTER,
    FRENCH_BEARINGS,
    FRENCH_ORG_BEFORE,
    NAMESAKE_BEFORE_CYRILLIC,
    PLACE_PREPOSITIONS_CYRILLIC,
)

_WORD_AFTER = re.compile(r" ([^\W\d_]+)")
_WORD_BEFORE = re.compile(r"(?:^|(?<=\s))(\S+) $")
_ALEFS = str.maketrans("أإآ", "ااا")
_NUMBER = re.compile(r"\d")
_YEAR_AFTER = re.compile(r" ?\d")
_SLASH_BEFORE = re.compile(r"/ ?$")
_MONTH_AFTER = frozenset(["الماضي", "المقبل", "الجاري", "المنصرم"])
"""Last, next, this: after a month's name ("آب الماضي")."""
_OPENING_QUOTES = frozenset('"«“')
_TOLD_TO = frozenset(["لـ", "ل"])
""""To", joined to a quoted name after a verb of saying ("قال لـ"الجزيرة"")."""
_COAST = "الساحل"
_AFRICAN = frozenset(["الافريقي", "الافريقية"])
""""The coast" and the adjectives that keep it the Sahel ("الساحل الأفريقي"), alefs folded."""
_FRENCH_OF_TAILS = ("de ", "du ", "des ", "d'", "d’")
_FRENCH_OF_LASTS = frozenset(tail[-2] for tail in _FRENCH_OF_TAILS)
"""The letters `_FRENCH_OF_TAILS` end in before their space or apostrophe, looked at before
`endswith`, which is slow."""
_FRENCH_OF_AFTER = (" du ", " de ", " des ", " d'", " d’")
_FRENCH_OF = re.compile(r"([A-ZÀ-Ý][^\W\d_]+) (?:de |du |des |d['’])$")
_HEAD_BEFORE_HYPHEN = re.compile(r"(?<![\w'’-])[A-ZÀ-Ý][^\W\d_]+-$")
"""A capitalised word and the hyphen joining it to the name after."""
_PLACING_BEFORE = frozenset(
    ["à", "de", "du", "dans", "vers", "près", "village", "localité", "commune", "cité",
     "quartier", "ville"]
)  # fmt: skip
"""French prepositions of place and words for a settlement: the hyphened name after one is a
place's whole name. English is left out: its hyphened names join a city and its county
("in Athens-Clarke County") or an institute and its city ("at IBA-Karachi")."""
_ELIDED_OF = ("d'", "d’")
_CYRILLIC_HEAD_BEFORE_HYPHEN = re.compile(r"(?<![\w'’-])[А-ЯЁЄІЇҐ][\w'’]+-$")
"""A capitalised Cyrillic word and the hyphen joining it to the name after."""
_DECLINED_ABBREVIATION = re.compile(r"[А-ЯЁЄІЇҐ]{2,}[а-яёєіїґ]{1,3}")
"""An abbreviation with a case ending ("КАБом"): a weapon's or an office's, not
a place's name."""
_PLACING_CYRILLIC = PLACE_PREPOSITIONS_CYRILLIC | {"у"}
"""Prepositions placing a hyphened name; "у" too, which places only in Ukrainian but takes no
hyphened person's name in Russian."""
_GIVEN_ENDINGS = (
    "", "а", "у", "ом", "ові", "е", "і", "ю", "я", "ы", "ой", "ою", "ей", "єю", "и", "ї",
)  # fmt: skip
_GIVEN_FORMS = frozenset(
    f"{stem}{ending}"
    for name in CYRILLIC_GIVEN_NAMES
    for stem in {name, name[:-1] if name[-1] in "аяь" else name}
    for ending in _GIVEN_ENDINGS
)
"""The case forms of CYRILLIC_GIVEN_NAMES (a few more than there are: none is a word)."""
_WITH = frozenset(["з", "із", "зі", "с", "со"])
_INSTRUMENTAL = ("ом", "ою", "ей", "єю")
"""After "with" ("з", "с") and in the instrumental a given name is a person's, though "з" also
means "from" ("з Володимиром Зеленським"); after any other preposition of place it is the town
("во Владимире Путин провёл совещание")."""


def local_other_name(text: str, start: int, end: int, next_start: int) -> bool:
    """Whether the name `text[start:end]` is part of a person's, an office's, an outlet's or an
    organisation's name or a date's in the ways the module docstring lists; `next_start` is
    where the next name found in the text starts (-1: none)."""
    first = text[start]
    if "\u0400" <= first <= "\u04ff":
        return _cyrillic(text, start, end, next_start)
    if "\u0600" <= first <= "\u06ff":
        return _arabic(text, start, end)
    if not first.isupper():
        return False
    if text[start:end].lower() in FRENCH_BEARINGS and (
        text.startswith(_FRENCH_OF_AFTER, end) or _hyphened(text, start, end)
    ):
        return True
    if _in_hyphened_name(text, start, end, next_start):
        return True
    return (
        text[start - 2 : start - 1] in _FRENCH_OF_LASTS
        and text.endswith(_FRENCH_OF_TAILS, 0, start)
        and _after_french_org(text, start)
    )


def _cyrillic(text: str, start: int, end: int, next_start: int) -> bool:
    before = _word_before(text, start)
    if before.lower() in NAMESAKE_BEFORE_CYRILLIC or _cyrillic_hyphened_tail(text, start):
        return True
    if before[:1].isupper() and before.lower() in CYRILLIC_COMMON_GIVEN_NAMES:
        return True
    if _DECLINED_ABBREVIATION.fullmatch(text, start, end):
        return True
    after = _word_after(text, end)
    if after in CYRILLIC_OFFICE_ABBREVIATIONS:
        return before.lower() not in PLACE_PREPOSITIONS_CYRILLIC
    if after in CYRILLIC_OUTLET_AFTER:
        return True
    written = text[start:end].lower()
    return (
        written in _GIVEN_FORMS
        and after[:1].isupper()
        and not after.isupper()
        and next_start != end + 1
        and (
            before.lower() not in PLACE_PREPOSITIONS_CYRILLIC
            or (before.lower() in _WITH and written.endswith(_INSTRUMENTAL))
        )
    )


def _cyrillic_hyphened_tail(text: str, start: int) -> bool:
    """Whether a Cyrillic name is the tail of a hyphened name placed by a preposition before
    its head ("у Новгород-Сіверську": not Siversk; "в Усть-Лабинске"): the head is read on its
    own, if at all; a road between two towns, "траса Київ-Одеса", names both."""
    if text[start - 1 : start] != "-":
        return False
    head = _CYRILLIC_HEAD_BEFORE_HYPHEN.search(text, max(0, start - 30), start)
    return head is not None and _word_before(text, head.start()).lower() in _PLACING_CYRILLIC


def _arabic(text: str, start: int, end: int) -> bool:
    written = text[start:end].translate(_ALEFS)
    before, after = _word_before(text, start), _word_after(text, end)
    if written in ARABIC_MONTHS:
        return (
            bool(_NUMBER.search(before) or _NUMBER.search(after))
            or before == "شهر"
            or after in _MONTH_AFTER
            or _in_a_date(text, start, end)
        )
    if after in ARABIC_NAME_AFTER or _quoted_outlet(text, start):
        return True
    if written.endswith(_COAST) and _definite_adjective(after):
        return after.translate(_ALEFS) not in _AFRICAN
    return (
        _without_prefix(before) in ARABIC_ORG_BEFORE
        and _definite_adjective(after)
        and after not in ARABIC_DIRECTIONS
    )


def _quoted_outlet(text: str, start: int) -> bool:
    """Whether a name opens a quote joined to "لـ" or after an outlet's word (see the module
    docstring)."""
    if text[start - 1 : start] not in _OPENING_QUOTES:
        return False
    space = text.rfind(" ", max(0, start - 30), start - 1)
    joined = text[space + 1 : start - 1]
    if joined:
        return joined in _TOLD_TO
    before = _word_before(text, start - 1)
    return before in _TOLD_TO or before in ARABIC_NAME_BEFORE


def _definite_adjective(word: str) -> bool:
    """Whether an Arabic word looks like a definite adjective of relation ("السوري")."""
    return word.startswith("ال") and word.endswith(("ي", "ية"))


def _without_prefix(word: str) -> str:
    """An Arabic word without the conjunction or preposition joined to it ("وقوات", "لقوات")."""
    for prefix in ARABIC_PREFIXES:
        if word.startswith(prefix) and word[len(prefix) :] in ARABIC_ORG_BEFORE:
            return word[len(prefix) :]
    return word


def _hyphened(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is joined by a hyphen to a word before or after it."""
    return (text[start - 2 : start - 1].isalpha() and text[start - 1 : start] == "-") or (
        text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha()
    )


def _in_hyphened_name(text: str, start: int, end: int, next_start: int) -> bool:
    """Whether `text[start:end]` is one part of a hyphened name placed by the word before it
    ("à Apetina-Sana", "la commune de Pobé-Mengao"): joined by a hyphen to a capitalised word
    no name found begins at (a road between two towns, "axe Beni-Butembo", names both)."""
    if text[start - 1 : start] == "-" and text[start - 2 : start - 1].isalpha():
        head = _HEAD_BEFORE_HYPHEN.search(text, max(0, start - 30), start)
        return head is not None and _placed_before(text, head.start())
    if text[end : end + 1] == "-" and text[end + 1 : end + 2].isupper() and next_start != end + 1:
        return _placed_before(text, start)
    return False


def _placed_before(text: str, start: int) -> bool:
    """Whether a preposition of place or a word for a settlement is right before `start`."""
    return text.endswith(_ELIDED_OF, 0, start) or _word_before(text, start) in _PLACING_BEFORE


def _after_french_org(text: str, start: int) -> bool:
    """Whether a capitalised French organisation's word and "de"/"du"/"des"/"d'" are right
    before `start` ("Office du Niger")."""
    match = _FRENCH_OF.search(text, max(0, start - 30), start)
    return match is not None and match.group(1) in FRENCH_ORG_BEFORE


def _in_a_date(text: str, start: int, end: int) -> bool:
    """Whether a year follows a month's name ("آب 2016") or the slash of a date giving both
    calendars' months precedes it ("8 أغسطس / آب", "أغسطس/آب"): a date, not Ibb."""
    slash = _SLASH_BEFORE.search(text, max(0, start - 3), start)
    return bool(_YEAR_AFTER.match(text, end) or slash)


def _word_before(text: str, start: int) -> str:
    match = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return match.group(1) if match else ""


def _word_after(text: str, end: int) -> str:
    match = _WORD_AFTER.match(text, end)
    return match.group(1) if match else ""
