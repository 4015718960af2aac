"""The language of a text: an ISO 639-1 code from py3langid's model (shipped in the package,
loaded once, at the first text), or "und" when the text is too short or too unclear.

The model is unpacked once into the user cache, and loaded from there in a compact form: its
feature weights (27 MB) memory-mapped and read a few rows at a time (`Weights`: the pages
read are handed back at once; a few texts touch most of them, so kept they would add 24 MB to
a poller; only the rows news uses most, 2.3 MB, are held), and its
transition table (38,000 rows of 256 states,
37 MB) as each row's cells that differ from the first state's row (11 MB, `Transitions`),
its states' row offsets as machine integers. A process never holds the compressed and the
unpacked model at once, and the answers are the model's own."""

from __future__ import annotations

import json
import mmap
import os
from array import array
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
    starts, targets = array("I"), array("I")
    starts.frombytes((folder / "starts").read_bytes())
    targets.frombytes((folder / "targets").read_bytes())
    transitions = Transitions((folder / "bytes").read_bytes(), starts, targets, small["first"])
    identifier = LanguageIdentifier(
        Weights(numpy.load(folder / "ptc.npy", mmap_mode="r")),
        numpy.asarray(small["pc"], dtype=numpy.float32),
        small["classes"],
        transitions,
        array("i", small["output"]),
        norm_probs=True,
        tk_row=array("H", small["row"]),
    )
    # py3langid keeps each state's row offset (`tk_row[state] << 8`) as a list of 104,583
    # Python ints, 4 MB for a poller's whole life; as machine integers, 0.4 MB, same values
    identifier._rowbase = array("I", identifier._rowbase)
    return identifier


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


_LAYOUT = 1
"""The unpacked files' layout (part of their folder's name): raise when it changes."""


class Transitions:
    """py3langid's transition table (`tk_nextmove[row << 8 | byte]`, the next state) kept as
    the cells of each row that differ from the first state's row: for each row, the bytes of
    those cells in order (`keys[starts[row]:starts[row + 1]]`) and their states (`targets`,
    at the same places); any other byte leads where it leads from the first state."""

    def __init__(self, keys: bytes, starts: array[int], targets: array[int], first: list[int]):
        self.keys = keys
        self.starts = starts
        self.targets = targets
        self.first = first

    def __getitem__(self, cell: int) -> int:
        row, byte = cell >> 8, cell & 255
        found = self.keys.find(byte, self.starts[row], self.starts[row + 1])
        return self.first[byte] if found < 0 else self.targets[found]


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
    except OSError:
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
    """Write the model's tables to `folder`: the weights as an .npy file, the transitions as
    `Transitions` reads them, in raw bytes, the rest as JSON (written last: its presence says
    all is there)."""
    import numpy

    model: Any = LanguageIdentifier.from_model_file(MODEL_DIR / MODEL_FILE)
    table = numpy.asarray(model.tk_nextmove).reshape(-1, 256)
    first = table[model.tk_row[0]]
    differ = table != first
    rows, keys = numpy.nonzero(differ)  # row by row, bytes in order
    starts = numpy.zeros(len(table) + 1, dtype=numpy.uint32)
    numpy.cumsum(numpy.bincount(rows, minlength=len(table)), out=starts[1:])
    files = {
        "ptc.npy": None,
        "bytes": keys.astype(numpy.uint8).tobytes(),
        "starts": starts.tobytes(),
        "targets": table[differ].astype(numpy.uint32).tobytes(),
    }
    folder.mkdir(parents=True, exist_ok=True)
    tag = f".{os.getpid()}.tmp"
    for name, data in files.items():
        partial = folder / f"{name}{tag}"
        if data is None:
            with partial.open("wb") as f:
                numpy.save(f, model.nb_ptc)
        else:
            partial.write_bytes(data)
        partial.replace(folder / name)
    small = {
        "pc": model.nb_pc.tolist(),
        "classes": list(model.nb_classes),
        "output": list(model.tk_output),
        "row": list(model.tk_row),
        "first": first.tolist(),
    }
    (folder / f"small{tag}.json").write_text(json.dumps(small))
    (folder / f"small{tag}.json").replace(folder / "small.json")


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
