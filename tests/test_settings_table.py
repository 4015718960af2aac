"""docs/settings.md lists every setting exactly as the code defines it."""

from __future__ import annotations

from pathlib import Path

from bot.settings_table import settings_table

TABLE = Path(__file__).resolve().parents[1] / "docs" / "settings.md"


def test_the_settings_table_is_up_to_date() -> None:
    assert TABLE.read_text(encoding="utf-8") == settings_table(), (
        "regenerate it: python -m bot.settings_table > docs/settings.md"
    )
