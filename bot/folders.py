"""The repository's own folders, apart from `settings`, so that what needs only them (the
gazetteer's builder, run in a small process of its own) does not load pydantic (20 MB)."""

from __future__ import annotations

from pathlib import Path

REPO_CONFIG_DIR = Path(__file__).resolve().parents[1] / "config"
"""The config folder shipped with the code: feeds, lexicon, places, events."""
