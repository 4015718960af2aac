"""What a channel follows, and what it has silenced: parsing, resolving and matching.

Pure logic over records (no I/O): Slack's slash commands hand their text here, the store
keeps the results (`bot.storage.channels`), and `bot.answers.delivery` asks which articles match.
A place subscription matches an article naming the place or anything inside it (a
subscription to Syria matches an article about Deir ez-Zor); a topic matches a word or
phrase in an article's title or summary in any of its variants (`bot.answers.topics`), and
an article whose event is of the kind it names ("airstrikes": `bot.answers.event_kinds`); a
radius watch matches an article whose event happened within it (`bot.answers.radius`).
A subscription with a severity threshold takes only stories whose toll reached it
(`bot.answers.severity`); one with kinds of event, only articles whose event is of one of
them (`bot.answers.event_kinds`); one with a corroboration threshold, only stories enough
outlets reported soon enough (`bot.answers.corroboration`).
Only news is pushed: an article published after the subscription was made and first seen
soon after it was published (`bot.answers.freshness`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import timedelta

from bot.answers.corroboration import corroborated, split_corroboration
from bot.answers.durations import QUOTES, at_most, parse_duration, split_duration
from bot.answers.event_kinds import KindTopics, of_kind
from bot.answers.freshness import DEFAULT_STALE_AFTER, is_news, published
from bot.answers.radius import Distance, centre_of, distance_from, event_points, nearest, within
from bot.answers.severity import severe_enough, split_toll
from bot.answers.timezones import check_timezone
from bot.answers.topics import mentions, stems
from bot.records import (
    DEFAULT_DAILY_AT,
    DEFAULT_WEEKLY_AT,
    WEEKDAYS,
    Corroboration,
    Mode,
    Mute,
    Place,
    StoredArticle,
    Subscription,
    Target,
)
from bot.understand import EventKinds, Gazetteer, Lexicon, load_event_kinds, resolve_query, score

DEFAULT_MUTE = timedelta(hours=24)
DEFAULT_WHATSNEW = timedelta(days=7)
LONGEST_MUTE = timedelta(days=90)
"""A mute ends within a quarter: a longer silence is an unsubscription, which the channel's
list shows, not a mute forgotten for years that hides a place's news."""
LONGEST_WHATSNEW = timedelta(days=90)
"""/whatsnew looks back a quarter at most: it tells what is new, and a wider window only makes
a long answer slower (older articles: `newsbot export`)."""


@dataclass(frozen=True)
class SubscribeRequest:
    """`/subscribe` text, parsed: what to follow and how."""

    query: str
    mode: Mode
    daily_at: str | None
    min_killed: int | None = None
    corroboration: Corroboration | None = None


@dataclass(frozen=True)
class Resolved:
    """What a user's place-or-topic text means."""

    target: Target
    alternatives: list[Place]
    """Other places by the same name (the other Tripoli)."""
    suggestions: list[Place]
    """Places with a close name: "did you mean"."""


SCHEDULES = "`daily HH:MM`, `weekly DAY HH:MM`, `hourly` or `alerts`"
_KEYWORDS = {"daily", "weekly", "hourly", "alerts", "alert", "monthly", "fortnightly"}
_UNPOSTED = ("monthly", "fortnightly")
_FILLERS = {"at", "as", "every", "day", "hour", "on", "each"}
_WEEKDAYS = {
    form: day[:3] for day in WEEKDAYS for form in (day[:3].lower(), day.lower(), f"{day.lower()}s")
}
""""mon", "monday", "mondays" -> "Mon": a day as typed, to the form a weekly schedule keeps."""
_SCHEDULE_WORDS = _KEYWORDS | _FILLERS | set(_WEEKDAYS)
_MODES: tuple[Mode, ...] = ("daily", "weekly", "hourly", "alerts")
_TIMEISH = re.compile(r"^[+-]?\d{1,2}(?:[:.h]\d{1,3})?(?:am|pm)?$", re.IGNORECASE)
_CLEAR_TIME = re.compile(r"^\d{1,2}(?:[:.h]\d{2}|(?::\d{2})?(?:am|pm))$", re.IGNORECASE)
"""A time of day no figure could be: "08:00", "8am", "8h30" (not "5")."""
_CLOCK = re.compile(r"^(\d{1,2})(?:[:.h](\d{2}))?(am|pm)?$", re.IGNORECASE)


def parse_time(text: str) -> str:
    """ "8:30", "08.30", "8pm" -> "08:30", "20:00"; raises ValueError for what is no time of
    day ("25:00", "8")."""
    match = _CLOCK.match(text)
    if match is None or (match.group(2) is None and match.group(3) is None):
        raise ValueError(f"`{text}` is not a time of day: write it HH:MM, e.g. `daily 08:00`")
    hour, minute, half = int(match.group(1)), int(match.group(2) or 0), match.group(3)
    if half:
        if not 1 <= hour <= 12:
            raise ValueError(f"`{text}` is not a time of day: write it HH:MM, e.g. 17:30")
        hour = hour % 12 + (12 if half.lower() == "pm" else 0)
    if hour > 23 or minute > 59:
        raise ValueError(f"`{text}` is not a time of day: use 00:00 to 23:59")
    return f"{hour:02d}:{minute:02d}"


def _schedule_word(word: str) -> bool:
    """Whether a word can be part of a schedule ("daily", "at", "08:00")."""
    return word.lower() in _SCHEDULE_WORDS or bool(_TIMEISH.match(word))


def _schedule_tail(words: list[str]) -> int:
    """Where the schedule words at the end of `words` begin (len(words) when none)."""
    at = len(words)
    while at > 1:
        if _schedule_word(words[at - 1]):
            at -= 1
        else:
            break
    tail = [w.lower() for w in words[at:]]
    meaningful = any(w in _KEYWORDS or w in _WEEKDAYS or _TIMEISH.match(w) for w in tail)
    return at if meaningful else len(words)


def _schedule(tail: list[str]) -> tuple[Mode, str | None]:
    """The mode and time the schedule words say; raises ValueError saying what works."""
    words = [w.lower() for w in tail]
    unposted = [w for w in words if w in _UNPOSTED]
    if unposted:
        raise ValueError(f"I post no {unposted[0]} digests: use {SCHEDULES}")
    times = [w for w in words if _TIMEISH.match(w)]
    if len(times) > 1:
        raise ValueError(f"give one time, e.g. `daily 08:00` (not {', '.join(times)})")
    at = parse_time(times[0]) if times else None
    days = list(dict.fromkeys(_WEEKDAYS[w] for w in words if w in _WEEKDAYS))
    named = {"alerts" if w == "alert" else w for w in words if w in _KEYWORDS}
    if days:
        named.add("weekly")
    if len(named) > 1:
        raise ValueError(f"choose one of {SCHEDULES}")
    mode: Mode = next((m for m in _MODES if m in named), "daily")
    if mode in ("hourly", "alerts"):
        if at:
            raise ValueError(f"`{mode}` takes no time of day: `daily {at}` is a daily digest")
        return mode, None
    if mode == "weekly":
        if len(days) > 1:
            raise ValueError(f"give one day, e.g. `weekly Monday 08:00` (not {', '.join(days)})")
        return mode, f"{days[0] if days else DEFAULT_WEEKLY_AT[:3]} {at or DEFAULT_DAILY_AT}"
    return mode, at or DEFAULT_DAILY_AT


def parse_schedule(text: str) -> tuple[Mode, str | None]:
    """ "weekly on Monday at 8:00" -> ("weekly", "Mon 08:00"): a schedule alone; raises
    ValueError saying what works."""
    return _schedule(text.split())


def parse_subscribe(text: str) -> SubscribeRequest:
    """ "Deir al-Zor daily 08:00" -> query, mode, time; raises ValueError saying how instead.

    Schedules: `daily` (08:00), `daily HH:MM` (or `at HH:MM`, `HH:MM`, `8pm`), `weekly DAY
    HH:MM` (or `weekly on Monday at 8am`, `mondays 08:00`; Monday 08:00 by default),
    `hourly`, `alerts`; monthly ones are refused, since none is posted. A severity threshold
    (`when 5+ killed`) and a corroboration threshold (`when 2+ outlets report it within 2 h`)
    may come before or after the schedule.
    """
    words, corroboration = split_corroboration(text.split(), _schedule_word)
    words, min_killed = split_toll(words, _schedule_word)
    at = _schedule_tail(words) if words and words[-1][-1] not in QUOTES else len(words)
    if at == len(words) and words and words[-1][-1] not in QUOTES:
        _refuse_a_zone(text.split(), words)
    mode, daily_at = _schedule(words[at:])
    query = " ".join(words[:at])
    if not query:
        raise ValueError("name a place or a topic, e.g. `/subscribe Deir al-Zor daily 08:00`")
    return SubscribeRequest(query, mode, daily_at, min_killed, corroboration)


_ZONE_BEFORE, _ZONE_AFTER = {"in"}, {"time", "zone", "timezone"}
"""Words around a time zone typed after a schedule: "in Kyiv", "Kyiv time"."""


def _refuse_a_zone(typed: list[str], words: list[str]) -> None:
    """Raise ValueError saying where a time zone goes when `words` (the command's, its
    thresholds taken out) end on a schedule and a time zone ("Kharkiv daily 08:00 Kyiv
    time"), which would otherwise all be followed as one topic: a digest's time is read in
    the channel's zone, set by `/newsbot timezone`; alerts and hourly digests have none.
    `typed` is the whole command, to say what to type instead."""
    for start in range(1, len(words) - 1):
        end = start
        while end < len(words) and _schedule_word(words[end]):
            end += 1
        said = [w.lower() for w in words[start:end]]
        if not any(w in _KEYWORDS or w in _WEEKDAYS or _CLEAR_TIME.match(w) for w in said):
            continue
        zone = words[end:]
        named = zone[1:] if zone and zone[0].lower() in _ZONE_BEFORE else zone
        named = named[:-1] if named and named[-1].lower() in _ZONE_AFTER else named
        try:
            check_timezone(" ".join(named))
        except ValueError:
            continue
        rest = next(
            typed[:i] + typed[i + len(zone) :]
            for i in range(len(typed), -1, -1)
            if typed[i : i + len(zone)] == zone
        )
        instead = f"`/subscribe {' '.join(rest)}`"
        mode = _schedule(words[start:end])[0]
        if mode in ("alerts", "hourly"):
            what = "alerts are posted as they come" if mode == "alerts" else "hourly digests"
            raise ValueError(f"{what}, whatever the time zone: {instead}")
        raise ValueError(
            "digests keep the channel's time zone: set it with "
            f"`/newsbot timezone {' '.join(named)}`, then {instead}"
        )


def parse_mute(text: str) -> tuple[str, timedelta]:
    """ "Kharkiv for 6 hours" -> ("Kharkiv", 6 hours); 24 hours when no duration is given.
    Raises ValueError for a duration it cannot read ("for ever", "for 0h"), TooLong for one
    beyond LONGEST_MUTE."""
    words = text.split()
    rest, duration = split_duration(words)
    query = " ".join(rest)
    if not query or _is_duration(query):
        raise ValueError("name a place or a topic, e.g. `/mute Kharkiv for 6h`")
    if duration is None:
        return query, DEFAULT_MUTE
    typed = " ".join(words[len(rest) :])
    return query, at_most(duration, LONGEST_MUTE, typed, "a mute lasts")


def parse_whatsnew(text: str) -> tuple[str, timedelta]:
    """ "Deir ez-Zor 3 days" -> ("Deir ez-Zor", 3 days); the last 7 days by default.
    Raises ValueError for a duration it cannot read, TooLong for one beyond LONGEST_WHATSNEW."""
    words = text.split()
    rest, window = split_duration(words)
    if window is None:
        return " ".join(rest), DEFAULT_WHATSNEW
    typed = " ".join(words[len(rest) :])
    return " ".join(rest), at_most(window, LONGEST_WHATSNEW, typed, "/whatsnew looks back")


def _is_duration(text: str) -> bool:
    try:
        parse_duration(text)
    except ValueError:
        return False
    return True


def topic_key(phrase: str) -> str:
    """A topic as stored and matched: case-folded, inner spaces collapsed."""
    return " ".join(phrase.casefold().split())


def resolve_target(gazetteer: Gazetteer, query: str, lexicon: Lexicon | None = None) -> Resolved:
    """A place when the text names one exactly (any spelling), else a topic.

    Quotes or a `topic:` prefix force a topic; so does a term of the conflict `lexicon`
    ("shelling" is no misspelt Shillong). Another topic that looks like a misspelt place
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
    topic = Target("topic", topic_key(text), text)
    if lexicon is not None and score(lexicon, text, "").terms:
        return Resolved(topic, [], [])
    return Resolved(topic, [], list(resolution.suggestions))


def _article_text(article: StoredArticle) -> list[str]:
    return stems(f"{article.title}\n{article.summary}")


def article_place_keys(gazetteer: Gazetteer, article: StoredArticle) -> set[str]:
    """Keys of the places an article names and of every place containing them."""
    keys = {p.key for p in article.places}
    for place in article.places:
        keys.update(gazetteer.ancestors(place.key))
    return keys


@dataclass(frozen=True)
class _Seen:
    """What matching needs of one article, worked out once."""

    article: StoredArticle
    places: set[str]
    text: list[str]
    points: list[tuple[float, float]]


def _seen(gazetteer: Gazetteer, article: StoredArticle) -> _Seen:
    return _Seen(
        article,
        article_place_keys(gazetteer, article),
        _article_text(article),
        event_points(gazetteer, article),
    )


class Matcher:
    """Which articles a channel's subscriptions select and its mutes leave out."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        stale_after: timedelta = DEFAULT_STALE_AFTER,
        kinds: EventKinds | None = None,
    ) -> None:
        self.gazetteer = gazetteer
        self.stale_after = stale_after
        self.kind_topics = KindTopics(kinds or load_event_kinds())

    def _hits(self, kind: str, target: str, seen: _Seen) -> bool:
        article = seen.article
        if kind == "place":
            return target in seen.places
        if kind == "topic":
            return mentions(seen.text, target) or self.kind_topics.of_topic(article, target)
        if kind == "near":
            return within(target, seen.points)
        if kind == "story":
            return target == str(article.story_id)
        return target == str(article.id)

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
        """News matching a subscription (published after it was made), not muted."""
        chosen = []
        for article in articles:
            if not is_news(article, self.stale_after):
                continue
            seen = _seen(self.gazetteer, article)
            wanted = any(
                published(article) >= sub.created_at
                and severe_enough(article, sub.min_killed)
                and of_kind(article, sub.event_kinds)
                and corroborated(article, sub.corroboration)
                and (
                    self._hits(sub.kind, sub.target, seen)
                    or (sub.kind == "place" and self.namesake(sub.target) in seen.places)
                )
                for sub in subscriptions
            )
            muted = any(self._hits(m.kind, m.target, seen) for m in mutes)
            if wanted and not muted:
                chosen.append(article)
        return chosen

    def muted(
        self, articles: Iterable[StoredArticle], mutes: Sequence[Mute]
    ) -> list[StoredArticle]:
        """The articles a mute covers."""
        if not mutes:
            return []
        seen = [_seen(self.gazetteer, article) for article in articles]
        return [s.article for s in seen if any(self._hits(m.kind, m.target, s) for m in mutes)]

    def matched(
        self, articles: Iterable[StoredArticle], subscriptions: Sequence[Subscription]
    ) -> list[Subscription]:
        """The subscriptions that select at least one of these articles (for a header)."""
        found = [_seen(self.gazetteer, a) for a in articles]
        return [
            sub
            for sub in subscriptions
            if any(
                self._hits(sub.kind, sub.target, s)
                and severe_enough(s.article, sub.min_killed)
                and of_kind(s.article, sub.event_kinds)
                and corroborated(s.article, sub.corroboration)
                for s in found
            )
        ]

    def distances(
        self, articles: Iterable[StoredArticle], subscriptions: Sequence[Subscription]
    ) -> dict[int, Distance]:
        """For each article whose event lies within one of these radius watches, how far from
        the nearest such watch's point and which way (by article id): what an alert or a
        digest tells a radius watch beside the event ("13 km S of Izaz, Syria")."""
        watches = [sub for sub in subscriptions if sub.kind == "near"]
        if not watches:
            return {}
        found = {}
        for article in articles:
            distance = nearest(
                distance_from(self.gazetteer, sub.target, article, centre_of(sub.label))
                for sub in watches
            )
            if distance is not None:
                found[article.id] = distance
        return found
