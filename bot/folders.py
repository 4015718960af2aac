"""The repository's own folders, apart from `settings`, so that what needs only them (the
gazetteer's builder, run in a small process of its own) does not load pydantic (20 MB)."""

from __future__ import annotations

from pathlib import Path

import platformdirs

REPO_CONFIG_DIR = Path(__file__).resolve().parents[1] / "config"
"""The config folder shipped with the code: feeds, lexicon, places, events."""


def user_cache() -> Path:
    """The user's cache folder for newsbot: what is made once per install and machine (the
    gazetteer, the language model's tables, the unpacked towns file)."""
    return Path(platformdirs.user_cache_dir("newsbot"))
