"""Fold place names and texts to one comparable form, keeping a map back to the original.

Folding lower-cases, strips diacritics, unifies Arabic letter variants, turns punctuation and
hyphens into spaces and writes all apostrophes as "'" (a space unless inside a word: "Aleppo's"
-> "aleppo s", "Sana'a" -> "sana'a"; or after a French elision: "l'oblast" -> "l oblast").
Each character folds to exactly one character, so offsets
carry over unchanged, except the few characters folding deletes (Arabic vowel marks, soft
hyphens, combining accents): `Folded` maps offsets back across those. The folded text is
padded with one space at each end so that a folded name wrapped in spaces (see `name_key`)
only ever matches whole words.

Name keys are folded further (apostrophes inside words dropped, every Arabic article form
written "al"); `name_forms` gives the spellings a text may use for a key ("deir ez zor").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

from anyascii import anyascii

_DROP = "\x00"
"""Marks a character that folding deletes; removed in the last step."""

_SEPARATOR = "\x1f"
"""Separates names folded together in one call (`name_forms`); folds to itself."""
_APOSTROPHES = "'’‘ʼʻʿʾ`´′"
_ARABIC_VARIANTS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
_ARABIC_DROPPED = {"\u0640"} | {chr(c) for c in range(0x064B, 0x0653)} | {"\u0670"}
ARABIC_MARKS = f"[{''.join(sorted(_ARABIC_DROPPED))}]"
"""A regex class of the Arabic marks folding drops (`_ARABIC_DROPPED`: short vowels and the
elongating tatweel), which Python's `\\w` does not count as letters: a word written with
them ("مَدْغِل") is still one word."""
_INVISIBLE = {"\u00ad", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\ufeff"}

_NAME_ARTICLE = re.compile(
    r"(?<= )(?:al|el|il|ul|ad|ed|ud|ar|er|az|ez|as|es|an|en|at|et|[ae](?:sh|dh|th)) (?=[^\W\d_])"
)
"""Any article form in a place name, where "As Suwayda" and "Ash Shaddadi" are Arabic."""
_ARTICLE_TOKEN = re.compile(r" al (?=(sh|dh|th|[tdrzsn])?)")
"""An article in a name key, and the sun letters it assimilates to ("az zor", "ash sham")."""
_ELISIONS = frozenset(["c", "d", "j", "l", "m", "n", "s", "t", "qu", "jusqu", "lorsqu", "puisqu"])
"""French words elided before a vowel, in lower case ("l'oblast", "d'Idlib", "qu'Alep"): their
apostrophe separates two words. "N'Djamena" and "O'Brien" are capitalised."""
_ELISION_ENDS = frozenset(e[-1] for e in _ELISIONS)
_LONGEST_ELISION = max(map(len, _ELISIONS))
_LOOSE_APOSTROPHE = re.compile(r"'(?:(?=s(?![^\W_]))|(?![^\W\d_])|(?<![^\W\d_]'))")
"""An apostrophe that is a quote mark or a possessive, not part of a word ("Sana'a")."""


def _fold_char(ch: str) -> str:
    """Fold one character (any case) to exactly one character or to _DROP."""
    if ch in (_DROP, _SEPARATOR):
        return ch
    if ch in _APOSTROPHES:
        return "'"
    lowered = ch.lower()
    if len(lowered) == 1:
        ch = lowered
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


class _FoldTable(dict[int, str]):
    """str.translate table computed lazily, one character at a time."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        self[code] = folded
        return folded


_TABLE = _FoldTable()
_BYTES_TABLE = bytes(
    ord(_fold_char(chr(b))) if b < 0x80 else b for b in range(256)
)  # ASCII folded, UTF-8 lead and continuation bytes left alone
_KEPT = "".join(ch for ch in map(chr, range(0x80, 0x800)) if _fold_char(ch) == ch)
"""The characters UTF-8 writes in two bytes (Latin supplements, Greek, Cyrillic, Hebrew,
Arabic...) that fold to themselves: most letters of those scripts."""
_CHANGING = re.compile(f"[^\\x00-\\x7f{_KEPT}]")
"""A character folding changes, outside ASCII."""
_PUNCTUATION = [(ch, _fold_char(ch)) for ch in "\u2019\u2018\u201c\u201d\u2014\u2013\u00a0\u2026"]
"""The punctuation outside ASCII news text uses most, and its folded form."""


def _fold_one(m: re.Match[str]) -> str:
    return _TABLE[ord(m.group())]


def _translate(text: str) -> str:
    """Per-character folding of a whole text (one character in, one character out)."""
    data = text.encode()
    if len(data) > 2 * len(text):  # mostly three-byte scripts (CJK, Burmese, Devanagari...)
        return text.translate(_TABLE)
    folded = data.translate(_BYTES_TABLE).decode()
    if len(data) == len(text):
        return folded
    for char, folded_char in _PUNCTUATION:
        if char in folded:
            folded = folded.replace(char, folded_char)
    return folded if folded.isascii() else _CHANGING.sub(_fold_one, folded)


@dataclass(frozen=True)
class Folded:
    """A folded text and the way back from its offsets to the original text's."""

    text: str
    """Folded form, with one padding space at each end."""
    breaks: tuple[int, ...]
    """Folded offsets before which one original character was dropped (sorted)."""

    def original(self, i: int) -> int:
        """Original offset of folded offset `i` (padding excluded); also right for span ends."""
        if not self.breaks:
            return i - 1
        return i - 1 + bisect_right(self.breaks, i)


def _split_elisions(text: str) -> str:
    """`text` with the apostrophe after each French elision made a space (one character for
    one). Only the apostrophes are looked at (found with `str.find`, faster than a regex), and
    before them only as far back as the longest elided word."""
    chars: list[str] | None = None
    for quote in ("'", "’"):
        at = text.find(quote)
        while at >= 0:
            if text[at - 1 : at] in _ELISION_ENDS and _elided_before(text, at):
                chars = chars or list(text)
                chars[at] = " "
            at = text.find(quote, at + 1)
    return text if chars is None else "".join(chars)


def _elided_before(text: str, at: int) -> bool:
    """Whether the apostrophe at `at` follows a French elided word and precedes a letter."""
    if text[at - 1 : at] not in _ELISION_ENDS or not text[at + 1 : at + 2].isalpha():
        return False
    start = at
    while start > 0 and at - start <= _LONGEST_ELISION and text[start - 1].isalpha():
        start -= 1
    return text[start:at] in _ELISIONS


def fold(text: str) -> Folded:
    """Fold `text` for matching; see the module docstring for what folding does."""
    if "'" in text or "’" in text:
        text = _split_elisions(text)
    s = f" {_translate(text)} "
    if "'" in s:
        s = _LOOSE_APOSTROPHE.sub(" ", s)
    if _DROP not in s:
        return Folded(s, ())
    pieces = s.split(_DROP)
    breaks: list[int] = []
    pos = 0
    for piece in pieces[:-1]:
        pos += len(piece)
        breaks.append(pos)
    return Folded("".join(pieces), tuple(breaks))


CYRILLIC = "cyrillic"
ARABIC = "arabic"
_SCRIPT_LEADS = {
    CYRILLIC: (b"\xd0", b"\xd1", b"\xd2", b"\xd3"),
    ARABIC: (b"\xd8", b"\xd9", b"\xda", b"\xdb"),
}
"""The UTF-8 lead bytes of the Cyrillic (U+0400-U+04FF) and Arabic (U+0600-U+06FF) blocks:
no other character's UTF-8 holds them."""


def text_scripts(text: str) -> frozenset[str]:
    """Which of CYRILLIC and ARABIC `text` holds a character of: its UTF-8 bytes searched for
    the blocks' lead bytes, several times faster over a whole text than a regex or a search
    for each word of those scripts (English news is rarely pure ASCII: curly quotes, dashes)."""
    if text.isascii():
        return frozenset()
    data = text.encode(errors="surrogatepass")
    return frozenset(
        script for script, leads in _SCRIPT_LEADS.items() if any(b in data for b in leads)
    )


@functools.lru_cache(maxsize=8192)
def name_key(name: str) -> str:
    """Folded form of a place name, wrapped in single spaces ("" when nothing is left).

    Apostrophes inside words are dropped ("Sana'a" -> " sanaa "), runs of spaces merged and
    every article form written "al" ("As Suwayda", "Ash Shaddadi" -> " al suwayda ", ...).
    (Remembered: texts name the same places again and again.)
    """
    return name_forms([name])[0][0]


def name_forms(names: list[str]) -> list[tuple[str, frozenset[str]]]:
    """For each name, its `name_key` and every folded form a text may write it in: the key,
    the name as folded (apostrophes and "St. " spacing kept) and the key with each of its
    first two articles in the other forms ("el", "ez", "ash": "deir ez zor" for "deir al zor").
    Folds all names in one pass, for speed."""
    raws = [r.strip() for r in fold(f" {_SEPARATOR} ".join(names)).text.split(_SEPARATOR)]
    collapsed = [" ".join(r.split()) for r in raws]
    joined = f" {_SEPARATOR} ".join(c.replace("'", "") for c in collapsed)
    keys = [k.strip() for k in _NAME_ARTICLE.sub("al ", f" {joined} ").split(_SEPARATOR)]
    forms: list[tuple[str, frozenset[str]]] = []
    for raw, short, key in zip(raws, collapsed, keys, strict=True):
        padded = f" {key} "
        variants = {padded, f" {raw} ", f" {short} "}
        if " al " in padded:
            variants |= _article_forms(padded)
        forms.append((padded, frozenset(variants)) if key else ("", frozenset()))
    return forms


def _article_forms(key: str) -> set[str]:
    """The key with its first two articles written every other way."""
    forms = {key}
    for m in list(_ARTICLE_TOKEN.finditer(key))[:2]:
        sun = m.group(1)
        words = ["el", *(f"{v}{sun}" for v in "ae")] if sun else ["el"]
        forms |= {
            f"{f[: m.start()]} {w} {f[m.end() :]}"
            for f in forms
            for w in words
            if f[m.start() : m.end()] == " al "
        }
    return forms


def strip_article(key: str) -> str | None:
    """The key without a leading Arabic article (" al fasher " -> " fasher "), if it has one."""
    if key.startswith(" al ") and len(key) > 8:
        return key[3:]
    return None


_DEVANAGARI_CONSONANT = re.compile(
    r"([\u0915-\u0939\u0958-\u095f])(?![\u093e-\u094d\u0962\u0963])(?=[\u0900-\u097f])"
)


def transliterate(query: str) -> str:
    """A Latin reading of a name in another script ("खार्किव" -> "kharkiv", "Λίμαν" -> "Liman"),
    keeping Devanagari's unwritten inherent vowels inside words."""
    return anyascii(_DEVANAGARI_CONSONANT.sub(r"\1a", query))


_PHONETIC_RULES = [
    (re.compile(r"(?<=[a-z])h(?![a-z])"), ""),
    (re.compile(r"kh|gh|q|c(?!h)|g"), "k"),
    (re.compile(r"dh|th|d|tt"), "t"),
    (re.compile(r"sh|ch"), "s"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"z"), "s"),
    (re.compile(r"[aeiouyw']+"), "a"),
    (re.compile(r"(.)\1+"), r"\1"),
]


def phonetic_keys(folded: list[str]) -> list[str]:
    """A rough sound skeleton of each folded Latin-script name, for matching other transliterations:
    vowels merged, th/dh/d and kh/gh/q/k and sh/s/z alike ("thiban", "dhiban" -> "taban")."""
    s = "|".join(f.strip() for f in folded)
    for pattern, repl in _PHONETIC_RULES:
        s = pattern.sub(repl, s)
    return s.split("|")
