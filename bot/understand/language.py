"""The language of a text: an ISO 639-1 code from py3langid's model (shipped in the package,
loaded once, at the first text), or "und" when the text is too short or too unclear.

The model is unpacked once into the user cache, and loaded from there in a compact form: its
feature weights (27 MB) memory-mapped and read a few rows at a time (`Weights`: the pages
read are handed back at once, as a few texts touch most of them, and only the first rows read
are kept in memory, 4.7 MB at most), and its transition table (38,000 rows of 256 states,
37 MB) as each row's cells that differ from the first state's row (11 MB, `Transitions`, the
cells looked up first remembered, 3 MB at most). A
process never holds the compressed and the unpacked model at once, and the answers are the
model's own."""

from __future__ import annotations

import json
import mmap
import os
from array import array
from functools import cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

import platformdirs
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

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
    return LanguageIdentifier(
        Weights(numpy.load(folder / "ptc.npy", mmap_mode="r")),
        numpy.asarray(small["pc"], dtype=numpy.float32),
        small["classes"],
        transitions,
        array("i", small["output"]),
        norm_probs=True,
        tk_row=array("H", small["row"]),
    )


ROWS_AT_ONCE = 32
"""Feature rows of a text's weights read between two hand-backs of their pages (`Weights`)."""

SPAN_AT_ONCE = 4 << 20
"""Bytes of the weights file the rows read between two hand-backs may span: each page fault
maps a large block around its row, so a batch of rows far apart left up to 17 MB resident (a
text's rows not kept are few and spread over the file); within 4 MB, at most 7 MB."""

ROWS_KEPT = 16384
"""Feature rows `Weights` keeps in memory once read (4.7 MB at most, filled as texts come):
news shares its common n-grams, so on the bench's articles 95% of a text's rows are among the
first 16,384 distinct rows read (77% among 8,192), and each row kept is a page fault less."""


class Weights:
    """py3langid's feature weights (`nb_ptc[features]`: each feature's row of class weights)
    from the memory-mapped file: the first ROWS_KEPT distinct rows read are kept in memory, the
    others read in file order, in batches (ROWS_AT_ONCE rows within SPAN_AT_ONCE bytes), the
    pages of each batch handed back once it is copied. A text gets the same rows in the same
    order, so every score is the same, but little of the file is resident at any time: read at
    once, a text's rows (all over the file) left 12 MB resident for a moment, up to 18 MB
    (each page fault maps a large block of the file), where a batch's rows lie close together
    (median 6 MB, at most 7). The pages stay in the page cache: the next text maps them again
    for a fraction of a millisecond."""

    def __init__(self, mapped: Any) -> None:
        import numpy

        self.mapped = mapped
        self.row_bytes = mapped.strides[0]
        self.start = mapped.offset % mmap.ALLOCATIONGRANULARITY
        """Where row 0 lies in the mapping (numpy maps from an aligned offset)."""
        self.kept = numpy.empty((ROWS_KEPT, mapped.shape[1]), dtype=mapped.dtype)
        """The rows kept, in the order first read (pages not yet written cost no memory)."""
        self.slots = numpy.full(len(mapped), -1, dtype=numpy.int32)
        """Each feature's row in `kept`, or -1."""
        self.used = 0

    def __getitem__(self, features: Any) -> Any:
        import numpy

        slots = self.slots[features]
        rows = numpy.empty((len(features), self.mapped.shape[1]), dtype=self.mapped.dtype)
        found = slots >= 0
        rows[found] = self.kept[slots[found]]
        missing = numpy.flatnonzero(~found)
        if len(missing):
            read = self._read(features[missing])
            rows[missing] = read
            self._keep(features[missing], read)
        return rows

    def _keep(self, features: Any, rows: Any) -> None:
        """Keep the `rows` of `features` (none kept yet) while there is room."""
        import numpy

        taken = min(len(features), ROWS_KEPT - self.used)
        if taken:
            at = numpy.arange(self.used, self.used + taken)
            self.kept[at] = rows[:taken]
            self.slots[features[:taken]] = at
            self.used += taken

    def _read(self, features: Any) -> Any:
        """The rows of `features` from the mapped file, in their order, read in file order in
        batches of at most ROWS_AT_ONCE rows within SPAN_AT_ONCE bytes of the file, each
        batch's pages handed back after it."""
        import numpy

        mapped = self.mapped
        rows = numpy.empty((len(features), mapped.shape[1]), dtype=mapped.dtype)
        order = numpy.argsort(features, kind="stable")
        ordered = features[order]
        span = SPAN_AT_ONCE // self.row_bytes
        start = 0
        while start < len(order):
            within = int(numpy.searchsorted(ordered, ordered[start] + span, side="right"))
            end = min(start + ROWS_AT_ONCE, within)
            chosen = ordered[start:end]
            rows[order[start:end]] = mapped[chosen]
            self._release(int(chosen[0]), int(chosen[-1]) + 1)
            start = end
        self._release(0, len(mapped))  # the blocks mapped around the batches' rows too
        return rows

    def _release(self, first: int, end: int) -> None:
        """Hand back the pages of rows `first` to `end` (read-only: the answers stay)."""
        if hasattr(mmap, "MADV_DONTNEED"):
            low = (self.start + first * self.row_bytes) // mmap.PAGESIZE * mmap.PAGESIZE
            length = self.start + end * self.row_bytes - low
            self.mapped._mmap.madvise(mmap.MADV_DONTNEED, low, length)


_LAYOUT = 1
"""The unpacked files' layout (part of their folder's name): raise when it changes."""


CELLS_KEPT = 32768
"""Cells of the transition table `Transitions` remembers once looked up (about 3 MB): a
remembered cell is one dict lookup, where the compact table costs a Python call and a search
of its row. On the bench's articles, after 500 texts 87% of the next 500's lookups are
remembered, and the walk over a text's bytes takes a third less time."""


class Transitions(dict[int, int]):
    """py3langid's transition table (`tk_nextmove[row << 8 | byte]`, the next state) kept as
    the cells of each row that differ from the first state's row: for each row, the bytes of
    those cells in order (`row_keys[starts[row]:starts[row + 1]]`) and their states (`targets`,
    at the same places); any other byte leads where it leads from the first state. The first
    CELLS_KEPT cells looked up are remembered in the dict itself (the walk's `nm[cell]`)."""

    def __init__(self, keys: bytes, starts: array[int], targets: array[int], first: list[int]):
        super().__init__()
        self.row_keys = keys
        self.starts = starts
        self.targets = targets
        self.first = first

    def __missing__(self, cell: int) -> int:
        row, byte = cell >> 8, cell & 255
        found = self.row_keys.find(byte, self.starts[row], self.starts[row + 1])
        state = self.first[byte] if found < 0 else self.targets[found]
        if len(self) < CELLS_KEPT:
            self[cell] = state
        return state


def _unpacked() -> Path | None:
    """The folder of the model's unpacked tables in the user cache (made the first time), or
    None when it cannot be written."""
    name = f"langid-{version('py3langid')}-{_LAYOUT}"
    folder = Path(platformdirs.user_cache_dir("newsbot")) / name
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
    if _too_few_letters(full_text):
        return UNDETERMINED
    identifier = _identifier()
    scores = identifier._decide(full_text)
    labels, answered = _columns(tuple(identifier.nb_classes))
    if float(scores[labels].max()) < MIN_CONFIDENCE or not len(answered):
        return UNDETERMINED
    return str(identifier.nb_classes[answered[int(scores[answered].argmax())]])


LETTERS_FIRST = 40
"""Characters `_too_few_letters` counts first: most texts have enough letters among them."""


def _too_few_letters(text: str) -> bool:
    """Whether `text` has fewer than MIN_LETTERS letters (counting its first LETTERS_FIRST
    characters first: enough there is enough; counting 400 characters costs 20 us)."""
    return (
        sum(map(str.isalpha, text[:LETTERS_FIRST])) < MIN_LETTERS
        and sum(map(str.isalpha, text)) < MIN_LETTERS
    )


@cache
def _columns(classes: tuple[str, ...]) -> tuple[Any, Any]:
    """The model's score columns `LanguageIdentifier.rank` reads (each label's first; a
    label's other columns hold 0 after `_decide`), and among them those of the languages
    `detect_language` answers, in the model's order. The best of these by score, the first
    on a tie (`argmax`), is the first of them in `rank`'s stable sort, best first: the same
    answer without sorting 140 labels (the scores are never NaN: the weights are finite)."""
    import numpy

    first: dict[str, int] = {}
    for column, label in enumerate(classes):
        first.setdefault(label, column)
    answered = [c for label, c in first.items() if len(label) == 2 and label not in NOT_NEWS]
    return (
        numpy.fromiter(first.values(), dtype=numpy.intp),
        numpy.asarray(answered, dtype=numpy.intp),
    )
