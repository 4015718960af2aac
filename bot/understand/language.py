"""The language of a text: an ISO 639-1 code from py3langid's model (shipped in the package,
loaded once, at the first text), or "und" when the text is too short or too unclear.

The model's two large tables (its transition table, 37 MB, and its feature weights, 27 MB)
are unpacked once into the user cache and memory-mapped from there: a process keeps in
memory only the pages the texts it reads touch (news in a handful of scripts reaches a
fraction of a model of 97 languages), and never holds the compressed and the unpacked model
at once."""

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
    with (folder / "nextmove").open("rb") as f:
        nextmove = memoryview(mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)).cast("I")
    return LanguageIdentifier(
        numpy.load(folder / "ptc.npy", mmap_mode="r"),
        numpy.asarray(small["pc"], dtype=numpy.float32),
        small["classes"],
        nextmove,
        array("i", small["output"]),
        norm_probs=True,
        tk_row=array("H", small["row"]),
    )


def _unpacked() -> Path | None:
    """The folder of the model's unpacked tables in the user cache (made the first time), or
    None when it cannot be written."""
    folder = Path(platformdirs.user_cache_dir("newsbot")) / f"langid-{version('py3langid')}"
    if (folder / "small.json").exists():
        return folder
    try:
        _unpack(folder)
    except OSError:
        return None
    return folder


def _unpack(folder: Path) -> None:
    """Write the model's tables to `folder`: the weights as an .npy file, the transitions as
    raw 32-bit integers, the rest as JSON (written last: its presence says all is there)."""
    import numpy

    model: Any = LanguageIdentifier.from_model_file(MODEL_DIR / MODEL_FILE)
    if model.tk_nextmove.itemsize != 4:
        raise OSError("unexpected transition table")  # the mapped view reads 32-bit cells
    folder.mkdir(parents=True, exist_ok=True)
    tag = f".{os.getpid()}.tmp"
    numpy.save(folder / f"ptc{tag}.npy", model.nb_ptc)
    (folder / f"ptc{tag}.npy").replace(folder / "ptc.npy")
    (folder / f"nextmove{tag}").write_bytes(model.tk_nextmove.tobytes())
    (folder / f"nextmove{tag}").replace(folder / "nextmove")
    small = {
        "pc": model.nb_pc.tolist(),
        "classes": list(model.nb_classes),
        "output": list(model.tk_output),
        "row": list(model.tk_row),
    }
    (folder / f"small{tag}.json").write_text(json.dumps(small))
    (folder / f"small{tag}.json").replace(folder / "small.json")


def detect_language(title: str, text: str) -> str:
    """The language of an article's title and text as an ISO 639-1 code ("en", "ar", "uk"),
    or "und" when the model's best guess is unsure. Only ISO 639-1 languages are answered: a
    dialect of the model's ("arz", Egyptian Arabic; "pcm", Nigerian Pidgin) gives way to the
    best two-letter language."""
    full_text = (f"{title}\n\n{text}" if title else text)[:SAMPLE]
    if sum(char.isalpha() for char in full_text) < MIN_LETTERS:
        return UNDETERMINED
    ranked = _identifier().rank(full_text)
    if ranked[0][1] < MIN_CONFIDENCE:
        return UNDETERMINED
    return next((c for c, _ in ranked if len(c) == 2 and c not in NOT_NEWS), UNDETERMINED)
