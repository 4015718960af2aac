"""Seas, gulfs, bays, straits, channels and oceans (config/waters.yaml): places of kind
"sea", each with its point and its names, and no parent (a country's briefing does not take
the ship news of the seas off its coast; `/whatsnew Red Sea` does)."""

from __future__ import annotations

from typing import Any

import yaml

from bot.folders import REPO_CONFIG_DIR

WATERS = REPO_CONFIG_DIR / "waters.yaml"
"""The water bodies' list: name, point [lat, lon], aliases."""
SEA = "sea"
"""The kind of a water body's place."""


def read_waters() -> list[dict[str, Any]]:
    """config/waters.yaml's entries, in its order."""
    with WATERS.open(encoding="utf-8") as f:
        data: list[dict[str, Any]] = yaml.safe_load(f)
    return data
