"""The towns file is read from a copy unpacked into the user cache, mapped, and gives the same
towns when the cache cannot be written and the file is held in memory instead."""

from __future__ import annotations

import gzip
import mmap
from pathlib import Path

import pytest

from bot.understand.places.towns import Town, read_towns

ROWS = (
    "A\t9000001\tZZ.01\n"
    "A\t9000002\tZZ.02\n"
    "#\tZZ.01\n"
    "9100001\tOld Mill\told mill\t4200\t10.5\t20.25\n"
    "9100002\tBrookfield\tbrookfield\t900\t10.75\t20.5\n"
    "#\tZZ.02\n"
    "9100003\tBrookfield\tbrookfield\t3100\t11.0\t21.0\n"
)
"""Two made-up first-level areas, each with its towns, largest first."""


@pytest.fixture
def packed(tmp_path: Path) -> Path:
    path = tmp_path / "towns.tsv.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write(ROWS)
    return path


def test_towns_are_found_in_the_mapped_copy(
    packed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    towns = read_towns(packed)
    assert isinstance(towns.blob, mmap.mmap)
    assert towns.in_area("ZZ.01", "brookfield") == Town(9100002, "Brookfield", 900, 10.75, 20.5)
    assert list(towns.everywhere("brookfield") or {}) == ["ZZ.01", "ZZ.02"]
    assert towns.in_area("ZZ.02", "old mill") is None
    again = read_towns(packed)  # a second process finds the copy made by the first
    assert again.in_area("ZZ.01", "old mill") == Town(9100001, "Old Mill", 4200, 10.5, 20.25)


def test_towns_are_the_same_when_the_cache_cannot_be_written(
    packed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(not_a_folder))
    towns = read_towns(packed)
    assert isinstance(towns.blob, bytes)
    assert towns.in_area("ZZ.02", "brookfield") == Town(9100003, "Brookfield", 3100, 11.0, 21.0)
    assert list(towns.everywhere("brookfield") or {}) == ["ZZ.01", "ZZ.02"]
