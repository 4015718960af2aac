"""Fold place names and texts to one comparable form, keeping a map back to the original.

Folding lower-cases, strips diacritics, unifies Arabic letter variants, turns punctuation,
hyphens and runs of spaces into one space, drops apostrophes inside words ("Sana'a" ->
"sanaa") and writes every Arabic article form (al-, el-, ez-, ash-, ...) as "al ". The
folded text is padded with one space at each end so that a folded name wrapped in spaces
(see `name_key`) only ever matches whole words.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

_DROP = "\x00"
"""Marks a character that folding deletes; removed in the last step."""

_APOSTROPHES = "'’‘ʼʻʿʾ`´′"
_ARABIC_VARIANTS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
_ARABIC_DROPPED = {"\u0640"} | {chr(c) for c in range(0x064B, 0x0653)} | {"\u0670"}
_INVISIBLE = {"\u00ad", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\ufeff"}

_ARTICLE = re.compile(
    r"(?<![^\W_])(?:(?:al|el|il|ul|ad|ed|ud|ar|er|az|ez|as|es|ash|esh|adh|ath|an|en|at|et)(?=-)"
    r"|al|el|ez|az|ad|ash|adh)[- ](?=[^\W\d_])"
)
"""An Arabic article before a word: any of al-/ez-/ash-/... with a hyphen, or the unambiguous
forms with a space ("El Fasher", "Deir ez Zor"); "as", "an", "at" with a space are English."""
_APOSTROPHE = re.compile(r"'")
_SPACES = re.compile(r" {2,}")


class _FoldTable(dict[int, str]):
    """str.translate table computed lazily, one character at a time."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        self[code] = folded
        return folded


def _fold_char(ch: str) -> str:
    """Fold one (already lower-cased) character to exactly one character or to _DROP."""
    if ch == _DROP:
        return _DROP
    if ch in _APOSTROPHES:
        return "'"
    if ch in _ARABIC_VARIANTS:
        return _ARABIC_VARIANTS[ch]
    if ch in _ARABIC_DROPPED or ch in _INVISIBLE:
        return _DROP
    if ch.isalnum():
        base = unicodedata.normalize("NFKD", ch)
        letters = [c for c in base if not unicodedata.combining(c)]
        if len(letters) == 1 and letters[0].isalnum():
            return letters[0].lower()
        return ch
    if unicodedata.category(ch).startswith("M"):
        return _DROP if ord(ch) < 0x0370 else ch
    return " "


_TABLE = _FoldTable()


def _lower(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _apostrophe(m: re.Match[str]) -> str:
    s = m.string
    i = m.start()
    before = s[i - 1] if i > 0 else " "
    after = s[i + 1] if i + 1 < len(s) else " "
    inside_word = before.isalpha() and after.isalpha()
    possessive = after == "s" and (i + 2 >= len(s) or not s[i + 2].isalnum())
    return _DROP if inside_word and not possessive else " "


def _article(m: re.Match[str]) -> str:
    return "al" + _DROP * (len(m.group()) - 3) + " "


def _spaces(m: re.Match[str]) -> str:
    return " " + _DROP * (len(m.group()) - 1)


@dataclass(frozen=True)
class Folded:
    """A folded text and the way back from its offsets to the original text's."""

    text: str
    """Folded form, with one padding space at each end."""
    breaks: tuple[int, ...]
    """Folded offsets before which one original character was dropped (sorted)."""

    def original_start(self, i: int) -> int:
        """Original offset of the character at folded offset `i` (padding excluded)."""
        return i - 1 + bisect_right(self.breaks, i)

    def original_end(self, i: int) -> int:
        """Original end offset (exclusive) of a folded span ending at `i` (exclusive)."""
        return i - 1 + bisect_right(self.breaks, i)


def fold(text: str) -> Folded:
    """Fold `text` for matching; see the module docstring for what folding does."""
    s = " " + _ARTICLE.sub(_article, _lower(text)).translate(_TABLE) + " "
    if "'" in s:
        s = _APOSTROPHE.sub(_apostrophe, s)
    s = _SPACES.sub(_spaces, s)
    if _DROP not in s:
        return Folded(s, ())
    pieces = s.split(_DROP)
    breaks: list[int] = []
    pos = 0
    for piece in pieces[:-1]:
        pos += len(piece)
        breaks.append(pos)
    return Folded("".join(pieces), tuple(breaks))


def name_key(name: str) -> str:
    """Folded form of a place name, wrapped in single spaces ("" when nothing is left)."""
    folded = fold(name).text.strip()
    return f" {folded} " if folded else ""


def strip_article(key: str) -> str | None:
    """The key without a leading Arabic article (" al fasher " -> " fasher "), if it has one."""
    if key.startswith(" al ") and len(key) > 8:
        return key[3:]
    return None
