"""Plain text of feed fields: whitespace of every kind made one space."""

from __future__ import annotations

from bot.ingest.text import normalize_space


def test_whitespace_of_any_kind_is_one_space_and_invisible_marks_go() -> None:
    raw = "\u00a0 Shelling\u2009hit\n\tthe\x1cport \u200bcity\u3000"
    assert normalize_space(raw) == "Shelling hit the port city"
