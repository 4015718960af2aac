"""The places files (config/places.yaml and a user's own): their sections, read and merged."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from bot.folders import REPO_CONFIG_DIR

DEFAULT_CONFIG = REPO_CONFIG_DIR / "places.yaml"
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


_SECTIONS: dict[str, type] = {
    "focus_countries": list,
    "countries": dict,
    "cities": dict,
    "areas": dict,
    "places": list,
    "risky_names": list,
    "acronyms": list,
    "common_words": list,
    "people_names": list,
    "not_places": list,
    "demonyms": dict,
    "admin1_abbreviations": dict,
}


def read_config(paths: Iterable[Path]) -> dict[str, Any]:
    """Merge places files (see config/places.yaml for the format) into one config dict."""
    merged: dict[str, Any] = {name: kind() for name, kind in _SECTIONS.items()}
    for path in paths:
        data = yaml.load(path.read_text("utf-8"), Loader=_YAML_LOADER) or {}
        for name, value in data.items():
            if name not in _SECTIONS or not isinstance(value, _SECTIONS[name]):
                raise ValueError(f"{path}: unknown or malformed section {name!r}")
            if isinstance(value, dict):
                for k, aliases in value.items():
                    merged[name].setdefault(k, []).extend(aliases)
            else:
                merged[name].extend(value)
    return merged
