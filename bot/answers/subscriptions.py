"""What a channel follows, and what it has silenced: parsing, resolving and matching.

Pure logic over records (no I/O): Slack's slash commands hand their text here, the store
keeps the results (`bot.storage.channels`), and `bot.answers.delivery` asks which articles match.
A place subscription matches an article naming the place or anything inside it (a
subscription to Syria matches an article about Deir ez-Zor); a topic matches a word or
phrase in an article's title or summary.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.answers.durations import parse_duration
from bot.records import (
    DEFAULT_DAILY_AT,
    Mode,
    Mute,
    Place,
    StoredArticle,
    Subscription,
    Target,
)
from bot.understand import Gazetteer, resolve_query

DEFAULT_MUTE = timedelta(hours=24)
DEFAULT_WHATSNEW = timedelta(days=7)
_MODES: dict[str, Mode] = {"daily": "daily", "hourly": "hourly", "alerts": "alerts"}
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


@dataclass(frozen=True)
class SubscribeRequest:
    """`/subscribe` text, parsed: what to follow and how."""

    query: str
    mode: Mode
    daily_at: str | None


@dataclass(frozen=True)
class Resolved:
    """What a user's place-or-topic text means."""

    target: Target
    alternatives: list[Place]
    """Other places by the same name (the other Tripoli)."""
    suggestions: list[Place]
    """Places with a close name: "did you mean"."""


def parse_subscribe(text: str) -> SubscribeRequest:
    """ "Deir al-Zor daily 08:00" -> query, mode, time; raises ValueError saying how instead."""
    words = text.split()
    mode: Mode = "daily"
    daily_at: str | None = DEFAULT_DAILY_AT
    at = _TIME.match(words[-1]) if words else None
    if at and len(words) >= 2 and words[-2].lower() == "daily":
        daily_at = f"{int(at.group(1)):02d}:{at.group(2)}"
        words = words[:-2]
    elif at:
        raise ValueError(f"write `daily {words[-1]}` for a daily digest at that time")
    elif words and words[-1].lower() in _MODES:
        mode = _MODES[words.pop().lower()]
        daily_at = DEFAULT_DAILY_AT if mode == "daily" else None
    query = " ".join(words)
    if not query:
        raise ValueError("name a place or a topic, e.g. `/subscribe Deir al-Zor daily 08:00`")
    return SubscribeRequest(query, mode, daily_at)


def parse_mute(text: str) -> tuple[str, timedelta]:
    """ "Kharkiv for 6h" -> ("Kharkiv", 6 hours); 24 hours when no duration is given."""
    words = text.split()
    duration = DEFAULT_MUTE
    if words:
        try:
            duration = parse_duration(words[-1])
            words = words[:-1]
            if words and words[-1].lower() == "for":
                words = words[:-1]
        except ValueError:
            pass
    query = " ".join(words)
    if not query:
        raise ValueError("name a place or a topic, e.g. `/mute Kharkiv for 6h`")
    return query, duration


def parse_whatsnew(text: str) -> tuple[str, timedelta]:
    """ "Dayr az Zawr 3d" -> ("Dayr az Zawr", 3 days); the last 7 days by default."""
    words = text.split()
    window = DEFAULT_WHATSNEW
    if len(words) >= 2:
        try:
            window = parse_duration(words[-1])
            words = words[:-1]
            if len(words) >= 2 and words[-1].lower() == "since":
                words = words[:-1]
        except ValueError:
            pass
    return " ".join(words), window


def check_timezone(name: str) -> str:
    """The IANA time zone name, if it is one; raises ValueError otherwise."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"{name!r} is not a time zone: use e.g. UTC, Europe/Paris") from exc
    return name


def topic_key(phrase: str) -> str:
    """A topic as stored and matched: case-folded, inner spaces collapsed."""
    return " ".join(phrase.casefold().split())


def resolve_target(gazetteer: Gazetteer, query: str) -> Resolved:
    """A place when the text names one exactly (any spelling), else a topic.

    Quotes or a `topic:` prefix force a topic; a topic that looks like a misspelt place
    comes with suggestions for the caller to offer.
    """
    text = query.strip()
    forced = text.lower().startswith("topic:") or (len(text) > 2 and text[0] in "\"'“")
    if forced:
        phrase = text[6:] if text.lower().startswith("topic:") else text[1:-1]
        return Resolved(Target("topic", topic_key(phrase), phrase.strip()), [], [])
    resolution = resolve_query(gazetteer, text)
    if resolution.best is not None and resolution.exact:
        place = resolution.best
        return Resolved(Target("place", place.key, place.label), resolution.alternatives, [])
    return Resolved(Target("topic", topic_key(text), text), [], list(resolution.suggestions))


def _topic_pattern(phrase: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, phrase.split())) + r"(?!\w)")


def _article_text(article: StoredArticle) -> str:
    return f"{article.title}\n{article.summary}".casefold()


def article_place_keys(gazetteer: Gazetteer, article: StoredArticle) -> set[str]:
    """Keys of the places an article names and of every place containing them."""
    keys = {p.key for p in article.places}
    for place in article.places:
        keys.update(gazetteer.ancestors(place.key))
    return keys


def _hits(kind: str, target: str, places: set[str], text: str, article: StoredArticle) -> bool:
    if kind == "place":
        return target in places
    if kind == "topic":
        return _topic_pattern(target).search(text) is not None
    if kind == "story":
        return target == str(article.story_id)
    return target == str(article.id)


class Matcher:
    """Which articles a channel's subscriptions select and its mutes leave out."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def namesake(self, key: str) -> str | None:
        """The region named after the city `key` ("Deir ez-Zor Governorate" for the city): a
        subscription to the city takes what is tagged to it, as `/whatsnew` shows it."""
        return self.gazetteer.capital_of.get(key)

    def select(
        self,
        articles: Iterable[StoredArticle],
        subscriptions: Sequence[Subscription],
        mutes: Sequence[Mute] = (),
    ) -> list[StoredArticle]:
        """Articles matching a subscription (first seen at or after its start), not muted."""
        chosen = []
        for article in articles:
            places = article_place_keys(self.gazetteer, article)
            text = _article_text(article)
            wanted = any(
                article.first_seen_at >= sub.start_from
                and (
                    _hits(sub.kind, sub.target, places, text, article)
                    or (sub.kind == "place" and self.namesake(sub.target) in places)
                )
                for sub in subscriptions
            )
            muted = any(_hits(m.kind, m.target, places, text, article) for m in mutes)
            if wanted and not muted:
                chosen.append(article)
        return chosen
