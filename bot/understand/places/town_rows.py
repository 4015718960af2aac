"""Which rows of the towns file (`towns`) name a town so, found without reading the file.

A row is "geonameid, name as written, name folded, population, latitude, longitude", tab
separated. The towns module asks for the first row of an area whose written or folded
column is a given folded name; searching the area's rows for it costs a pass over up to a
megabyte (a country's areas, a text's few names). The index holds, sorted, one 64-bit entry
per row and name column: the column's CRC-32 above the row's offset (1.6 MB for 195,000
rows, built in a quarter of a second at the first lookup and sorted a few kB at a time). A
lookup finds the entries of the name's checksum from an offset on, in the file's order; the
caller reads each such row to tell a name from another of the same checksum.

Only a written column that a name can equal is indexed: one without capitals in ASCII that
differs from its folded column. A name the index cannot answer for (`answers`: empty, with a
tab, line break, digit or ASCII capital, which the numeric columns or an unindexed written
column may equal) is searched for in the rows of its area.
"""

from __future__ import annotations

import re
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Iterator

from bot.understand.places.town_file import Blob

_ROW = re.compile(rb"^\d+\t([^\t\n]*)\t([^\t\n]*)\t", re.MULTILINE)
"""A town's row, from its start: the id, then the written and folded name columns."""
_UNINDEXED = re.compile(rb"[\t\n0-9A-Z]")
"""What a name the index answers for holds none of."""
_OFFSET_BITS = 32
_OFFSETS = (1 << _OFFSET_BITS) - 1
_BUCKETS = 256
_BUCKET_SHIFT = 24
"""A checksum's first byte, which its bucket is."""


class RowIndex:
    """The rows of a towns file by the CRC-32 of their name columns (see the module)."""

    def __init__(self, blob: Blob, first: int) -> None:
        """Index the rows of `blob` from offset `first` on (the header before names none)."""
        buckets = [array("Q") for _ in range(_BUCKETS)]  # by the checksum's first byte
        for row in _ROW.finditer(blob, first):
            written, folded = row.group(1, 2)
            at = row.start()
            checksum = zlib.crc32(folded)
            buckets[checksum >> _BUCKET_SHIFT].append(checksum << _OFFSET_BITS | at)
            if written != folded and written.lower() == written:
                checksum = zlib.crc32(written)
                buckets[checksum >> _BUCKET_SHIFT].append(checksum << _OFFSET_BITS | at)
        self.entries = array("Q")
        for bucket in buckets:  # sorted a bucket at a time: few integer objects at once
            self.entries.extend(sorted(bucket))

    @staticmethod
    def answers(name: bytes) -> bool:
        """Whether the index finds every row a column of which is `name`."""
        return bool(name) and _UNINDEXED.search(name) is None

    def rows(self, name: bytes, start: int, end: int) -> Iterator[int]:
        """The offsets, from `start` to before `end` and in order, of the rows whose written
        or folded column may be `name` (`answers` must hold): every row whose column is,
        and a few of another name with the same checksum."""
        entries = self.entries
        checksum = zlib.crc32(name)
        i = bisect_left(entries, checksum << _OFFSET_BITS | start)
        while i < len(entries):
            entry = entries[i]
            if entry >> _OFFSET_BITS != checksum or entry & _OFFSETS >= end:
                return
            yield entry & _OFFSETS
            i += 1
