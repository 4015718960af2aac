"""The feed list in config/feeds.yaml."""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.ingest.fetch import validate_feed_url


def load_feed_list(path: Path) -> list[dict[str, str]]:
    """The feeds listed in `path` (url, and optional title and region); checks every URL."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    listed = []
    for item in data.get("feeds", []):
        entry = {"url": validate_feed_url(str(item["url"]))}
        entry.update({k: str(item[k]) for k in ("title", "region") if item.get(k)})
        listed.append(entry)
    return listed
