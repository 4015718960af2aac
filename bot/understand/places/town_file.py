"""The towns file's bytes, mapped from an unpacked copy in the user cache instead of held.

The towns file (`towns.DATA_FILE`) is 10 MB unpacked, and a poller reads a few of its rows a
text. Unpacked once into the user cache (streamed, under a name made of the packed file's
digest, so a new file gets a copy of its own) and mapped read-only, only the pages a lookup
reads are in memory, and they are the kernel's to drop; `forget_pages` hands back every page
read so far (after the row index's one pass over the whole file, and after each lookup: a
lookup's few pages are mapped again from the page cache in microseconds, where those kept
would add up over a pass to most of the file). Where the cache cannot be
written, the file is read into memory whole, as before.
"""

from __future__ import annotations

import gzip
import hashlib
import mmap
import os
import shutil
import tempfile
from pathlib import Path

from bot.folders import user_cache

Blob = bytes | mmap.mmap
"""The file's bytes: mapped, or held where no copy could be written."""


def read_blob(packed: Path) -> Blob:
    """The unpacked bytes of the gzip file `packed`: mapped from the cache's copy."""
    unpacked = _unpacked(packed)
    if unpacked is None:
        with gzip.open(packed, "rb") as f:
            return f.read()
    with unpacked.open("rb") as f:
        return mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)


def forget_pages(blob: Blob) -> None:
    """Hand back the pages of a mapped file read so far (read again from the page cache or
    the disk when next needed); nothing for bytes held in memory."""
    if isinstance(blob, mmap.mmap) and hasattr(mmap, "MADV_DONTNEED"):
        blob.madvise(mmap.MADV_DONTNEED)


def _unpacked(packed: Path) -> Path | None:
    """The cache's unpacked copy of `packed` (written the first time), or None when the
    cache cannot be written."""
    digest = hashlib.sha256(packed.read_bytes()).hexdigest()[:16]
    copy = user_cache() / f"{packed.name.removesuffix('.gz')}-{digest}"
    if copy.exists():
        return copy
    try:
        copy.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=copy.parent, delete=False) as target:
            try:
                with gzip.open(packed, "rb") as source:
                    shutil.copyfileobj(source, target)
            except OSError:
                os.unlink(target.name)
                raise
        os.replace(target.name, copy)  # whole or not at all, for processes reading at once
    except OSError:
        return None
    return copy
