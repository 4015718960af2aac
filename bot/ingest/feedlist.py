"""The feed list in config/feeds.yaml."""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.ingest.fetch import validate_feed_url
from bot.settings import ConfigError

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's loader where PyYAML has it: every command reads the list to seed new feeds."""


def load_feed_list(path: Path) -> list[dict[str, str]]:
    """The feeds listed in `path` (url, and optional title and region); checks every URL.

    A file that cannot be read, is not YAML, or lists a feed without a usable URL raises
    `ConfigError` naming the file (and the feed's place in the list)."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER) or {}
    except OSError as exc:
        raise ConfigError(f"cannot read the feed list {path}: {exc.strerror or exc}") from exc
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        where = getattr(exc, "problem_mark", None)
        at = f" (line {where.line + 1})" if where is not None else ""
        raise ConfigError(f"the feed list {path} is not valid YAML{at}") from exc
    feeds = data.get("feeds", []) if isinstance(data, dict) else None
    if not isinstance(feeds, list):
        raise ConfigError(f"the feed list {path} must be `feeds:` followed by a list of feeds")
    listed = []
    for number, item in enumerate(feeds, start=1):
        if not isinstance(item, dict) or not item.get("url"):
            raise ConfigError(f"the feed list {path}: feed {number} has no `url:`")
        try:
            entry = {"url": validate_feed_url(str(item["url"]))}
        except ValueError as exc:
            raise ConfigError(f"the feed list {path}: feed {number}: {exc}") from exc
        entry.update({k: str(item[k]) for k in ("title", "region") if item.get(k)})
        listed.append(entry)
    return listed
