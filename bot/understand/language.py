"""The language of a text: an ISO 639-1 code from py3langid's model (shipped in the package,
loaded once, at the first text), or "und" when the text is too short or too unclear.

The model is unpacked once into the user cache, and loaded from there in a compact form: its
feature weights (27 MB) memory-mapped and read a few rows at a time (`Weights`: the pages
read are handed back at once; a few texts touch most of them, so kept they would add 24 MB to
a poller; only the rows news uses most, 2.3 MB, are held), and its
transition table (38,000 rows of 256 states, 37 MB) as the string of bytes each state stands
for (1.2 MB, `Suffixes`): the model's automaton is at each byte in the state of the longest
of its strings that ends there, so a text's states are found for all its bytes at once. A
process never holds the compressed and the unpacked model at once, and the answers are the
model's own."""

from __future__ import annotations

import json
import mmap
import os
from collections import Counter
from functools import cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

from bot.folders import user_cache
from bot.understand.apart import run_apart

UNDETERMINED = "und"
"""ISO 639-2's code for a language that cannot be told."""

MIN_LETTERS = 10
"""Fewer letters than this tell no language ("BREAKING", "Gaza: 12")."""

SAMPLE = 400
"""Characters of the title and text read: at 80 the model already tells every lang-dev
article but one (bench/language.py), and reading whole articles cost ingest 1.6 ms each."""

MIN_CONFIDENCE = 0.2
"""The least probability (the model's, normalised over its languages) of its best guess for
an answer: "Gaza: 12 dead" scores 0.03, a 60-character excerpt of lang-dev at least 0.2."""

NOT_NEWS = frozenset({"eo", "la", "vo"})
"""Two-letter codes the model knows that no news feed writes in: short texts drift to them."""


@cache
def _identifier() -> LanguageIdentifier:
    """The model, its large tables mapped from the unpacked copy, kept for the process."""
    import numpy

    folder = _unpacked()
    if folder is None:  # no writable cache: the whole model in memory (about 75 MB)
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    small = json.loads((folder / "small.json").read_text())
    suffixes = Suffixes(numpy.load(folder / "keys.npy"), numpy.load(folder / "outputs.npy"))
    return SuffixIdentifier(
        Weights(numpy.load(folder / "ptc.npy", mmap_mode="r")),
        numpy.asarray(small["pc"], dtype=numpy.float32),
        small["classes"],
        suffixes,
    )


ROWS_AT_ONCE = 32
"""Feature rows of a text's weights read between two hand-backs of their pages (`Weights`)."""
HELD_ROWS = 8192
"""Feature rows `Weights` keeps in memory once it has learnt which (2.3 MB): the most used
of the first LEARNING_TEXTS texts' rows. On news they are 86% of a later text's rows, and a
row read from the mapped file costs a page fault: reading a text's rows took 0.81 ms, now
0.46 (bench/analysis.py's articles, loaded machine)."""
LEARNING_TEXTS = 500
"""Texts whose rows `Weights` counts before it keeps the HELD_ROWS most used."""


class Weights:
    """py3langid's feature weights (`nb_ptc[features]`: each feature's row of class weights)
    read from the memory-mapped file in file order, ROWS_AT_ONCE rows at a time, the pages of
    each batch handed back once it is copied. A text gets the same rows in the same order, so
    every score is the same, but little of the file is resident at any time: read at once, a
    text's rows (about 2,000, all over the file) left 12 MB resident for a moment, up to 18
    MB (each page fault maps a large block of the file), where a batch's rows lie close
    together (median 6 MB, at most 11). The pages stay in the page cache: the next text maps
    them again for a fraction of a millisecond. After LEARNING_TEXTS texts, the HELD_ROWS
    rows they used most are copied into memory, and only the others are read from the file:
    the same values, so the same answers."""

    def __init__(self, mapped: Any) -> None:
        self.mapped = mapped
        self.row_bytes = mapped.strides[0]
        self.start = mapped.offset % mmap.ALLOCATIONGRANULARITY
        """Where row 0 lies in the mapping (numpy maps from an aligned offset)."""
        self.uses: Any = None
        """How many texts used each row, while learning (numpy, one count a row)."""
        self.texts = 0
        self.held: tuple[Any, Any] | None = None
        """The rows kept in memory: their row numbers, in order, and their values."""

    def __getitem__(self, features: Any) -> Any:
        import numpy

        held = self.held
        if held is None:
            self._learn(features)
            return self._read(features)
        keys, values = held
        at = numpy.searchsorted(keys, features)
        at[at == len(keys)] = 0
        rows = values[at]  # the held rows in place; the others are read over their places
        others = numpy.flatnonzero(keys[at] != features)
        if len(others):
            self._read_into(rows, features[others], others)
        return rows

    def _learn(self, features: Any) -> None:
        """Count the text's rows; after LEARNING_TEXTS texts, keep the most used."""
        import numpy

        if self.uses is None:
            self.uses = numpy.zeros(len(self.mapped), dtype=numpy.uint32)
        numpy.add.at(self.uses, features, 1)
        self.texts += 1
        if self.texts < LEARNING_TEXTS:
            return
        used = numpy.flatnonzero(self.uses)
        most = used[numpy.argsort(-self.uses[used].astype(numpy.int64), kind="stable")]
        keys = numpy.sort(most[:HELD_ROWS])
        self.held = (keys, self._read(keys))
        self.uses = None

    def _read(self, features: Any) -> Any:
        """The rows of `features` read from the mapped file."""
        import numpy

        rows = numpy.empty((len(features), self.mapped.shape[1]), dtype=self.mapped.dtype)
        self._read_into(rows, features, numpy.arange(len(features)))
        return rows

    def _read_into(self, rows: Any, features: Any, places: Any) -> None:
        """Read the rows of `features` from the mapped file into `rows` at `places`, a batch
        at a time (no copy of them all besides `rows`: a text's rows are some MB)."""
        import numpy

        mapped = self.mapped
        order = numpy.argsort(features, kind="stable")
        for batch in range(0, len(order), ROWS_AT_ONCE):
            at = order[batch : batch + ROWS_AT_ONCE]
            chosen = features[at]
            rows[places[at]] = mapped[chosen]
            self._release(int(chosen[0]), int(chosen[-1]) + 1)
        self._release(0, len(mapped))  # the blocks mapped around the batches' rows too

    def _release(self, first: int, end: int) -> None:
        """Hand back the pages of rows `first` to `end` (read-only: the answers stay)."""
        if hasattr(mmap, "MADV_DONTNEED"):
            low = (self.start + first * self.row_bytes) // mmap.PAGESIZE * mmap.PAGESIZE
            length = self.start + end * self.row_bytes - low
            self.mapped._mmap.madvise(mmap.MADV_DONTNEED, low, length)


_LAYOUT = 2
"""The unpacked files' layout (part of their folder's name): raise when it changes."""

LONGEST_STRING = 7
"""Bytes a state's string may have at most: the keys `Suffixes` looks up pack the bytes and
the length in 64 bits (the model's longest is 6)."""
NO_STATE = -2
"""`Suffixes.pairs`' mark of a pair of bytes that is no state's string."""
END = 1 << 62
"""Sorted after every string of `Suffixes.longer`: a lookup past them all finds no string."""


def _key(value: Any, length: Any) -> Any:
    """The key of a string of `length` bytes packed into `value` (its last byte lowest)."""
    return (value << 3) | length


class Suffixes:
    """The model's automaton as the string of bytes each state stands for and the feature
    each state counts (-1 for none). Its state after any text is the one of the longest of
    these strings that ends the text (`_unpack` checks this of every transition), so the
    states at every byte of a text are found together, one length of string at a time: the
    strings of one and two bytes in tables of every byte and every pair, the longer ones
    (a string of a state less its last byte is a state's too) by extending the last length's
    found strings by their next byte, looked up in the sorted strings of that length."""

    def __init__(self, keys: Any, outputs: Any) -> None:
        """From `_unpack`'s keys (sorted, made by `_key`; the empty string's, 0, first) and
        each key's state's feature."""
        import numpy

        lengths, values = keys & 7, keys >> 3
        self.singles = numpy.full(256, outputs[0], dtype=numpy.int32)
        """The feature counted at a byte when no longer string ends there."""
        self.singles[values[lengths == 1]] = outputs[lengths == 1]
        self.pairs = numpy.full(1 << 16, NO_STATE, dtype=numpy.int32)
        """The feature counted at a pair of bytes that is a state's string."""
        self.pairs[values[lengths == 2]] = outputs[lengths == 2]
        self.longer = [
            (numpy.append(values[lengths == size], END), outputs[lengths == size])
            for size in range(3, LONGEST_STRING + 1)
        ]
        """For each length from 3 on, its strings sorted (END after them) and features."""

    def visits(self, text: bytes) -> dict[int, int]:
        """How many times each feature is counted walking `text`, in the order the walk first
        counts them (as py3langid's `visit_counts`)."""
        import numpy

        data = numpy.frombuffer(text, dtype=numpy.uint8)
        found = self.singles[data]
        pairs = data[:-1].astype(numpy.int64) << 8 | data[1:]
        features = self.pairs[pairs]
        two = features != NO_STATE
        ends, values = numpy.flatnonzero(two) + 1, pairs[two]
        found[ends] = features[two]
        for strings, outputs in self.longer:
            ends += 1
            inside = ends < len(data)
            ends = ends[inside]
            values = values[inside] << 8 | data[ends]
            at = numpy.searchsorted(strings, values)
            hit = strings[at] == values
            ends, values = ends[hit], values[hit]
            if not len(ends):
                break
            found[ends] = outputs[at[hit]]
        return Counter(found[found >= 0].tolist())


class SuffixIdentifier(LanguageIdentifier):
    """py3langid's identifier with its walk over a text's bytes done by `Suffixes`: the same
    features counted, so the same scores."""

    __slots__ = ("suffixes",)

    def __init__(self, nb_ptc: Any, nb_pc: Any, nb_classes: list[str], suffixes: Suffixes):
        super().__init__(nb_ptc, nb_pc, nb_classes, None, None, norm_probs=True, tk_row=[])
        self.suffixes = suffixes

    def _raw_score(self, text: bytes) -> Any:
        """py3langid's scores of the features the text's walk counts (none: all 0.0)."""
        import numpy

        visits = self.suffixes.visits(text)
        if visits:
            return self._sparse_score(visits, self.nb_ptc)
        return numpy.zeros(len(self.nb_classes), dtype=numpy.float32)


def _unpacked() -> Path | None:
    """The folder of the model's unpacked tables in the user cache (made the first time), or
    None when it cannot be written."""
    name = f"langid-{version('py3langid')}-{_LAYOUT}"
    folder = user_cache() / name
    if (folder / "small.json").exists() or (
        run_apart(_UNPACK, str(folder)) and (folder / "small.json").exists()
    ):
        return folder
    try:
        _unpack(folder)  # a process of its own could not do it
    except (OSError, ValueError):
        return None
    return folder


_UNPACK = """
import sys
from pathlib import Path
from bot.understand.language import _unpack
_unpack(Path(sys.argv[1]))
"""
"""Unpacking in a process of its own: the whole model (120 MB while its tables are made)
is never held by the process that detects languages."""


def _unpack(folder: Path) -> None:
    """Write the model's tables to `folder`: the weights as an .npy file, the automaton as
    `Suffixes` reads it, the rest as JSON (written last: its presence says all is there).
    ValueError: the automaton is not one `Suffixes` can walk."""
    import numpy

    model: Any = LanguageIdentifier.from_model_file(MODEL_DIR / MODEL_FILE)
    moves = numpy.asarray(model.tk_nextmove).reshape(-1, 256)  # py3langid's array: no copy
    rows = numpy.asarray(model.tk_row)
    keys, outputs = _state_strings(moves, rows, numpy.asarray(model.tk_output))
    folder.mkdir(parents=True, exist_ok=True)
    tag = f".{os.getpid()}.tmp"
    for name, data in {"ptc.npy": model.nb_ptc, "keys.npy": keys, "outputs.npy": outputs}.items():
        partial = folder / f"{name}{tag}"
        with partial.open("wb") as f:
            numpy.save(f, data)
        partial.replace(folder / name)
    small = {"pc": model.nb_pc.tolist(), "classes": list(model.nb_classes)}
    (folder / f"small{tag}.json").write_text(json.dumps(small))
    (folder / f"small{tag}.json").replace(folder / "small.json")


def _state_strings(table: Any, rows: Any, output: Any) -> tuple[Any, Any]:
    """`Suffixes`' keys and outputs for the automaton whose state `s` moves on each byte to
    `table[rows[s]]`, from state 0: each state reached stands for the shortest string that
    reaches it. ValueError unless every move goes to the state of the longest state's string
    ending the state's string and its byte (then by induction the state after any text is
    that of its longest ending string) and no string is longer than LONGEST_STRING.

    The check is Aho-Corasick's: a move on `byte` either reaches the state whose string is
    the state's own and `byte`, or goes where the state of the string's longest shorter
    ending (its fallback, checked a length before) goes on `byte`. Rows are read a chunk of
    states at a time, so no copy of the 26.8M moves is made."""
    import numpy

    values = numpy.zeros(len(rows), dtype=numpy.int64)
    lengths = numpy.full(len(rows), -1, dtype=numpy.int64)  # -1: not reached yet
    fallbacks = numpy.zeros(len(rows), dtype=numpy.int64)
    lengths[0], frontier, length = 0, numpy.zeros(1, dtype=numpy.int64), 0
    while len(frontier):  # breadth first: the first string that reaches a state is shortest
        for states in _chunks(frontier):
            nexts = table[rows[states]]
            unseen = lengths[nexts] < 0
            if length >= LONGEST_STRING and unseen.any():
                raise ValueError("a state's string is longer than LONGEST_STRING")
            strings = values[states][:, None] << 8 | numpy.arange(256)
            values[nexts[unseen]], lengths[nexts[unseen]] = strings[unseen], length + 1
        for states in _chunks(frontier):
            nexts = table[rows[states]]
            strings = values[states][:, None] << 8 | numpy.arange(256)
            own = (values[nexts] == strings) & (lengths[nexts] == length + 1)
            # the empty string has no shorter ending: a byte no state's string starts with stays
            fallback = table[rows[fallbacks[states]]] if length else numpy.zeros_like(nexts)
            if not (own | (nexts == fallback)).all():
                raise ValueError("the automaton is not at its longest ending string's state")
            fallbacks[nexts[own]] = fallback[own]
        length += 1
        frontier = numpy.flatnonzero(lengths == length)
    reached = numpy.flatnonzero(lengths >= 0)
    keys = _key(values[reached], lengths[reached])
    order = numpy.argsort(keys)
    return keys[order], numpy.asarray(output)[reached[order]].astype(numpy.int32)


STATES_AT_ONCE = 4096
"""States whose 256 moves `_state_strings` reads together (8 MB a copy)."""


def _chunks(states: Any) -> Any:
    """`states` in slices of STATES_AT_ONCE."""
    return (states[at : at + STATES_AT_ONCE] for at in range(0, len(states), STATES_AT_ONCE))


def detect_language(title: str, text: str) -> str:
    """The language of an article's title and text as an ISO 639-1 code ("en", "ar", "uk"),
    or "und" when the model's best guess is unsure. Only ISO 639-1 languages are answered: a
    dialect of the model's ("arz", Egyptian Arabic; "pcm", Nigerian Pidgin) gives way to the
    best two-letter language."""
    full_text = (f"{title}\n\n{text}" if title else text)[:SAMPLE]
    if sum(map(str.isalpha, full_text)) < MIN_LETTERS:
        return UNDETERMINED
    identifier = _identifier()
    ranked = identifier.rank(full_text)
    if ranked[0][1] < MIN_CONFIDENCE:
        return UNDETERMINED
    return next((c for c, _ in ranked if len(c) == 2 and c not in NOT_NEWS), UNDETERMINED)
