"""The small towns' list answers by an index of its rows as a search of them would: the
largest town of a name in an area, every area of a country holding one, a saint's name
abbreviated, and no town for a name that only shares another's checksum."""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path

import pytest

from bot.understand.places.towns import Town, Towns, read_towns

TWINS = ("xxipexojjc", "jusynyghbq")
"""Two names of the same CRC-32."""


@pytest.fixture
def towns(tmp_path: Path) -> Towns:
    rows = [
        "A\t100\tXA.01",
        "A\t200\tXA.02",
        "A\t300\tXB.01",
        "#\tXA.01",
        "1\tSpringfield\tspringfield\t9000\t10.0\t20.0",
        "2\tMapleton\tmapleton\t5000\t10.5\t20.5",
        "3\tSpringfield\tspringfield\t800\t11.0\t21.0",
        f"4\t{TWINS[0].title()}\t{TWINS[0]}\t700\t12.0\t22.0",
        "#\tXA.02",
        "5\tSaint Paris\tsaint paris\t600\t13.0\t23.0",
        "6\tSpringfield\tspringfield\t3000\t14.0\t24.0",
        "7\tColonia 10\tcolonia 10\t400\t15.0\t25.0",
        "#\tXB.01",
        "8\tel-ghar\tel ghar\t300\t16.0\t26.0",
    ]
    path = tmp_path / "towns.tsv.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")
    return read_towns(path)


def test_the_largest_town_of_a_name_in_each_area(towns: Towns) -> None:
    assert towns.in_area("XA.01", " springfield ") == Town(1, "Springfield", 9000, 10.0, 20.0)
    assert towns.in_area("XA.02", " springfield ") == Town(6, "Springfield", 3000, 14.0, 24.0)
    assert towns.in_area("XB.01", " springfield ") is None
    assert towns.in_area("XZ.01", " springfield ") is None


def test_every_area_of_a_country_with_a_town_of_the_name_in_the_lists_order(
    towns: Towns,
) -> None:
    found = towns.in_country(" springfield ", "XA")
    assert [(code, town.geonameid) for code, town in found] == [("XA.01", 1), ("XA.02", 6)]
    assert towns.in_country(" springfield ", "XB") == []
    assert towns.in_country(" mapleton ", "XA") == [("XA.01", towns.in_area("XA.01", " mapleton "))]


def test_a_saints_abbreviated_name_finds_the_town_written_out(towns: Towns) -> None:
    assert towns.in_area("XA.02", " st paris ") == Town(5, "Saint Paris", 600, 13.0, 23.0)
    assert [code for code, _ in towns.in_country(" st paris ", "XA")] == ["XA.02"]


def test_a_name_sharing_only_a_towns_checksum_finds_no_town(towns: Towns) -> None:
    assert zlib.crc32(TWINS[0].encode()) == zlib.crc32(TWINS[1].encode())
    assert towns.in_area("XA.01", f" {TWINS[0]} ") is not None
    assert towns.in_area("XA.01", f" {TWINS[1]} ") is None
    assert towns.in_country(f" {TWINS[1]} ", "XA") == []


def test_names_the_index_leaves_out_are_found_by_reading_the_rows(towns: Towns) -> None:
    assert towns.in_area("XA.02", " colonia 10 ") == Town(7, "Colonia 10", 400, 15.0, 25.0)
    assert [code for code, _ in towns.in_country(" colonia 10 ", "XA")] == ["XA.02"]
    assert towns.in_area("XB.01", " el-ghar ") == Town(8, "el-ghar", 300, 16.0, 26.0)
    assert towns.in_area("XB.01", " el ghar ") == Town(8, "el-ghar", 300, 16.0, 26.0)
