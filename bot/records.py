"""Plain records passed from one stage of the pipeline to the next.

Data flows one way: fetch -> parse -> understand -> store -> present. Each stage
takes and returns these frozen dataclasses, never database rows or HTTP objects.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

Kind = Literal["place", "topic", "near"]
Mode = Literal["daily", "weekly", "hourly", "alerts"]
DEFAULT_DAILY_AT = "08:00"
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
"""Days as people read them; a weekly schedule stores the first three letters ("Mon 08:00")."""
DEFAULT_WEEKLY_AT = "Mon 08:00"


def when_posted(mode: Mode, at: str | None) -> str:
    """How a subscription is delivered, for people: "daily at 08:00", "weekly on Monday at
    08:00", "hourly", "as alerts"."""
    if mode == "daily":
        return f"daily at {at or DEFAULT_DAILY_AT}"
    if mode == "weekly":
        day, _, clock = (at or DEFAULT_WEEKLY_AT).partition(" ")
        name = next((d for d in WEEKDAYS if d.startswith(day)), day)
        return f"weekly on {name} at {clock}"
    return "hourly" if mode == "hourly" else "as alerts"


@dataclass(frozen=True)
class ParsedEntry:
    """One feed entry, cleaned: what `bot.ingest.parse` makes of a feed item."""

    uid: str
    """Stable id: the entry's guid, else its canonical link, else a hash of title and text."""
    link: str | None
    canonical_link: str | None
    """The link with scheme/host lower-cased, fragment and tracking parameters removed."""
    title: str
    text: str
    """Plain text of the content (HTML stripped, entities decoded, whitespace normalised)."""
    feed_summary: str
    """The feed's own summary/description of the entry, as plain text."""
    published_at: datetime | None
    """Published time in UTC (falling back to updated); None when the feed gives neither."""


@dataclass(frozen=True, slots=True)
class Place:
    """A canonical gazetteer entry."""

    key: str
    """Stable key: "gn:<geonameid>" for GeoNames entries, "cc:<ISO2>" for countries,
    "cfg:<slug>" for places from config/places.yaml."""
    name: str
    kind: str
    """"city", "country", "region", ..."""
    country_code: str
    country: str
    geonameid: int | None = None
    population: int = 0
    lat: float | None = None
    lon: float | None = None
    approximate: bool = False
    """The coordinates stand in for an area's (its places' mean) or come from a parent."""

    @property
    def label(self) -> str:
        """ "Deir ez-Zor, Syria"; a country is its own label."""
        if self.kind == "country" or not self.country or self.country == self.name:
            return self.name
        return f"{self.name}, {self.country}"

    @property
    def detail(self) -> str:
        """What kind of place, and where: "city, Syria"; "country" for a country, "region"
        for a region of several countries ("Middle East")."""
        return (
            self.kind
            if self.kind == "country" or not self.country
            else f"{self.kind}, {self.country}"
        )


@dataclass(frozen=True)
class PlaceMention:
    """A place named in a text: the span as written and the place it resolves to."""

    as_written: str
    start: int
    end: int
    place: Place
    mentions: tuple[tuple[int, int, str], ...] = ()
    """Every mention of the place in the text: (start, end, as written), the first included."""

    @property
    def spans(self) -> tuple[tuple[int, int, str], ...]:
        """`mentions`, or the first mention alone where they were not given."""
        return self.mentions or ((self.start, self.end, self.as_written),)

    def keeping(self, kept: tuple[tuple[int, int, str], ...]) -> PlaceMention | None:
        """This mention with only the `kept` of its `spans`: itself when all are kept, None
        when none is."""
        if len(kept) == len(self.spans):
            return self
        if not kept:
            return None
        start, end, written = kept[0]
        return PlaceMention(written, start, end, self.place, kept)

    def with_spans(self, more: Iterable[tuple[int, int, str]]) -> PlaceMention:
        """This mention with `more` among its spans, written as the first in the text."""
        every = tuple(sorted({*self.spans, *more}))
        start, end, written = every[0]
        return PlaceMention(written, start, end, self.place, every)


@dataclass(frozen=True)
class Site:
    """A named facility a text names ("Al-Shifa Hospital", "Kabul airport"): an event's
    site, shown apart from places (`understand.sites`)."""

    name: str
    """As the text first writes it."""
    key: str
    """"site:<folded name>": two mentions with this key are one site."""
    mentions: tuple[tuple[int, int, str], ...]
    """Every mention: (start, end, as written)."""
    parent: Place | None = None
    """The place the text puts it in (only a place the text names); None when it names none.
    The site's coordinates are its parent's."""


@dataclass(frozen=True)
class Relevance:
    """Conflict relevance of one article."""

    score: float
    is_conflict: bool
    terms: tuple[str, ...] = ()
    """Lexicon terms that counted, for `newsbot analyze` to explain the verdict."""


@dataclass(frozen=True)
class Casualties:
    """Killed or injured in one event, as the text gives it."""

    min: int | None = None
    """The figure, or the least it can be ("at least 20" -> 20); None when the text gives
    no figure (nothing, or only "dozens", "up to 30")."""
    exact: bool = False
    """True for a plain figure ("four people"), False for "at least", "more than", ..."""
    as_written: str = ""
    """The words the figure was read from (parts joined by " ... " when summed)."""


@dataclass(frozen=True)
class EventFacts:
    """What happened in an article's main event, in ACLED's terms, and how many were hurt."""

    event_type: str
    """"Battles", "Explosions/Remote violence", "Violence against civilians", ..."""
    sub_event_type: str
    """"Air/drone strike", "Armed clash", "Attack", ... (the ACLED codebook's names)."""
    killed: Casualties = field(default_factory=Casualties)
    injured: Casualties = field(default_factory=Casualties)
    place: PlaceMention | None = None
    """The most precise place named for the event, None when none is."""


@dataclass(frozen=True)
class Analysis:
    """What the understanding stage knows of one text."""

    relevance: Relevance
    places: list[PlaceMention] = field(default_factory=list)
    summary: str = ""
    containing: list[Place] = field(default_factory=list)
    """Regions and countries containing the places named, not named themselves: an
    article about Dhiban is also about Deir ez-Zor Governorate and Syria."""
    event: EventFacts | None = None
    """What happened and how many were hurt, for a conflict article; None otherwise."""
    language: str | None = None
    """ISO 639-1 code of the text's language ("en", "ar", "uk"), "und" when it cannot be
    told; None when not detected."""
    sites: list[Site] = field(default_factory=list)
    """Named facilities (hospitals, air bases, airports...): event sites, not places."""


@dataclass(frozen=True)
class StoredPlace:
    """A place an article names, as stored with the article."""

    key: str
    name: str
    kind: str
    country_code: str
    as_written: str
    geonameid: int | None = None


@dataclass(frozen=True)
class StoredSite:
    """A named facility an article names, as stored with it (`understand.sites`)."""

    name: str
    """As the text first writes it ("Al-Shifa Hospital")."""
    parent_key: str | None = None
    """The key of the place the text puts it in; None when the text names none."""
    parent_name: str | None = None
    """That place's name."""


@dataclass(frozen=True)
class StoredEvent:
    """An article's event facts as stored with it (figures without their words)."""

    event_type: str
    sub_event_type: str
    killed: Casualties
    injured: Casualties
    place: StoredPlace | None = None
    """The event place, one of the article's places; None when the text names none."""
    site: StoredSite | None = None
    """The event's site: the first named facility the text puts at the event place (or,
    naming no place, the first it names); None when it names none there."""


@dataclass(frozen=True)
class EventReport:
    """One article's report of an event, as a place's activity counts it."""

    article_id: int
    story_id: int | None
    published_at: datetime
    event_type: str
    killed_min: int | None


@dataclass(frozen=True)
class StoredArticle:
    """An article as the store returns it to the front ends."""

    id: int
    uid: str
    title: str
    link: str | None
    summary: str
    published_at: datetime
    first_seen_at: datetime
    relevance: float
    is_conflict: bool
    sources: tuple[str, ...] = ()
    """Titles (or URLs) of every feed the article came from."""
    places: tuple[StoredPlace, ...] = ()
    sites: tuple[StoredSite, ...] = ()
    """The named facilities it names, in the order first named (stored since migration 0030)."""
    story_id: int | None = None
    event: StoredEvent | None = None
    """What happened and how many were hurt (conflict articles stored since events exist)."""
    language: str | None = None
    """ISO 639-1 code ("und": not told); None for articles stored before languages were."""
    story_killed: int | None = None
    """The highest killed figure its story's articles report, this one's included (its own
    figure when it is a story of its own); None when none gives a figure."""
    story_outlets: tuple[datetime, ...] = ()
    """When each outlet that reported its story first did, oldest first (filled only for
    corroboration thresholds: `ArticleStore.with_story_outlets`)."""


@dataclass(frozen=True)
class StorySource:
    """One outlet's report of a story: an article as one feed carried it."""

    article_id: int
    outlet: str
    """The feed's title (or URL)."""
    link: str | None
    published_at: datetime
    outlet_key: str = ""
    """Who told it: a credited wire agency or a registered domain (one outlet under two
    feeds counts once); empty: the outlet's name."""
    killed: Casualties = field(default_factory=Casualties)
    """The killed figure this report gives (none: `Casualties().min` is None)."""
    injured: Casualties = field(default_factory=Casualties)


@dataclass(frozen=True)
class ReportedFigure:
    """A story's killed or injured figure as one outlet reported it."""

    casualties: Casualties
    outlet: str
    article_id: int
    published_at: datetime


@dataclass(frozen=True)
class Story:
    """One event: the articles listed for it and every source that reported it."""

    id: int | None
    """None for an article stored before stories existed (a story of its own)."""
    articles: tuple[StoredArticle, ...]
    """The story's articles that the listing asked for, in its order; the first leads."""
    sources: tuple[StorySource, ...]
    toll_report: StoredArticle | None = None
    """The report that gave its highest killed figure, when the listing did not ask for it
    (read for its headline)."""

    @classmethod
    def alone(cls, article: StoredArticle) -> Story:
        """An article as a story of its own (not grouped), its feeds as its sources."""
        outlets = article.sources or ("unknown source",)
        event = article.event
        killed, injured = (event.killed, event.injured) if event else (Casualties(), Casualties())
        sources = tuple(
            StorySource(article.id, outlet, article.link, article.published_at, "", killed, injured)
            for outlet in outlets
        )
        return cls(article.story_id, (article,), sources)

    @property
    def lead(self) -> StoredArticle:
        """The article whose title and summary stand for the story."""
        return self.articles[0]

    @property
    def headline(self) -> StoredArticle:
        """The article whose headline is shown above the story's figures: the report that
        gave its highest killed figure, when it is known (among its articles or as
        `toll_report`), so "leave 4 dead" never heads "at least 9 killed"; else its lead."""
        toll = self.figure("killed")
        if toll is not None:
            for article in (*self.articles, *filter(None, [self.toll_report])):
                if article.id == toll.article_id:
                    return article
        return self.lead

    @property
    def outlets(self) -> tuple[StorySource, ...]:
        """The first source of each outlet that reported it, oldest first."""
        first: dict[str, StorySource] = {}
        for source in self.sources:
            first.setdefault(source.outlet_key or source.outlet, source)
        return tuple(first.values())

    @property
    def source_count(self) -> int:
        """How many outlets reported it: two feeds of one site, or three sites carrying one
        wire story, count once."""
        return len(self.outlets)

    @property
    def sources_label(self) -> str:
        """ "3 sources", or "single source"."""
        return "single source" if self.source_count <= 1 else f"{self.source_count} sources"

    def figure(
        self, which: Literal["killed", "injured"], *, latest: bool = False
    ) -> ReportedFigure | None:
        """The highest `which` figure its sources report, with the outlet that reported it
        first (or, with `latest`, the figure of the most recently published report that gives
        one); None when no report gives one."""
        given = [s for s in self.sources if getattr(s, which).min is not None]
        if not given:
            return None
        if latest:
            best = max(given, key=lambda s: (s.published_at, s.article_id))
        else:
            best = min(given, key=lambda s: (-getattr(s, which).min, s.published_at, s.article_id))
        return ReportedFigure(getattr(best, which), best.outlet, best.article_id, best.published_at)


@dataclass(frozen=True)
class StoryPost:
    """Where a channel was shown a story: the thread its further reports go into, and the
    message in which it leads (updated in place as it grows) with the article leading it."""

    thread: str
    message: str | None = None
    """None for a story posted before messages were recorded for updates."""
    lead_id: int | None = None


@dataclass(frozen=True)
class FeedStatus:
    """One feed and its polling state, for `newsbot feeds list` and the poller."""

    id: int
    url: str
    title: str | None
    region: str | None
    origin: str
    active: bool
    added_at: datetime
    next_poll_at: datetime
    etag: str | None
    last_modified: str | None
    consecutive_failures: int
    last_error: str | None
    last_error_kind: str | None
    last_polled_at: datetime | None
    last_success_at: datetime | None
    last_problem: str | None
    article_count: int
    full_text: str = "off"
    """Fetch entries' pages for their full text: "on", "off" or "auto" (short entries)."""
    added_team: str | None = None
    """The Slack workspace that added it (origin "slack" only)."""
    added_by: str | None = None
    """The Slack user who added it (origin "slack" only)."""


@dataclass(frozen=True)
class PollOutcome:
    """What one poll of one feed found out, to be stored with its articles."""

    feed_id: int
    polled_at: datetime
    next_poll_at: datetime
    error: str | None = None
    error_kind: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    problem: str | None = None
    feed_title: str | None = None


@dataclass(frozen=True)
class Target:
    """A place (by gazetteer key), a topic (a folded word or phrase) or a radius watch
    ("36.2000,37.1000,30": latitude, longitude, km), with its label."""

    kind: Kind
    key: str
    label: str


def titled(kind: Kind, label: str, event_kinds: Sequence[str] = ()) -> str:
    """A followed thing's label after its kinds of event, when it has any ("Air/drone strike
    in Sudan", "Air/drone strike within 30 km of Goma")."""
    if not event_kinds:
        return label
    return ", ".join(event_kinds) + (" " if kind == "near" else " in ") + label


@dataclass(frozen=True)
class Corroboration:
    """A corroboration threshold: "when 2+ outlets report it within 2 h"."""

    outlets: int
    within: timedelta
    """Counted from the story's first report."""

    @property
    def describe(self) -> str:
        """ "when 2+ outlets report it within 2 h" (or "within 90 min")."""
        minutes = int(self.within.total_seconds() // 60)
        span = f"{minutes // 60:g} h" if minutes % 60 == 0 else f"{minutes} min"
        return f"when {self.outlets}+ outlets report it within {span}"


@dataclass(frozen=True)
class Subscription:
    """One thing a channel follows, and how."""

    id: int
    team_id: str
    channel_id: str
    kind: Kind
    target: str
    label: str
    mode: Mode
    daily_at: str | None
    """When in its period a digest is posted, in the channel's time zone: "HH:MM" daily,
    "Mon HH:MM" weekly; None hourly and for alerts."""
    created_by: str
    created_at: datetime
    start_from: datetime
    """Nothing first seen before this is delivered (a new subscription never dumps the backlog)."""
    paused_reason: str | None = None
    min_killed: int | None = None
    """Only stories whose toll reached this many killed (None: every story)."""
    event_kinds: tuple[str, ...] = ()
    """Only articles whose event is of one of these ACLED sub-event types (empty: any)."""
    corroboration: Corroboration | None = None
    """Only stories that this many outlets reported within this time (None: every story)."""

    @property
    def schedule(self) -> str | None:
        """The digest this subscription feeds ("daily 08:00", "weekly Mon 08:00", "hourly"),
        None for alerts."""
        if self.mode == "daily":
            return f"daily {self.daily_at or DEFAULT_DAILY_AT}"
        if self.mode == "weekly":
            return f"weekly {self.daily_at or DEFAULT_WEEKLY_AT}"
        return "hourly" if self.mode == "hourly" else None

    @property
    def describe(self) -> str:
        """How it is delivered, for people: "daily at 08:00", "weekly on Monday at 08:00",
        "hourly", "as alerts"."""
        return when_posted(self.mode, self.daily_at)

    @property
    def title(self) -> str:
        """What it follows, for people: its label, after its kinds of event when it has any
        ("Air/drone strike in Sudan", "Air/drone strike within 30 km of Goma")."""
        return titled(self.kind, self.label, self.event_kinds)

    @property
    def threshold(self) -> str:
        """ "(when 5+ killed)", "(when 2+ outlets report it within 2 h)", both, or empty."""
        return thresholds(self.min_killed, self.corroboration)


def thresholds(min_killed: int | None, corroboration: Corroboration | None) -> str:
    """ "(when 5+ killed)", "(when 2+ outlets report it within 2 h)", "(when 5+ killed and
    2+ outlets report it within 2 h)"; empty for neither."""
    said = [] if min_killed is None else [f"when {min_killed:,}+ killed"]
    if corroboration is not None:
        told = corroboration.describe
        said.append(told if not said else told.removeprefix("when "))
    return f"({' and '.join(said)})" if said else ""


@dataclass(frozen=True)
class Mute:
    """Something a channel silenced until a time: a place, a topic, a story or one article
    (an article stored before stories existed)."""

    kind: Literal["place", "topic", "story", "article"]
    target: str
    label: str
    until: datetime


@dataclass(frozen=True)
class ChannelPrefs:
    """A channel's own settings."""

    timezone: str = "UTC"
    all_quiet: bool = False
    """Post a short "nothing new" digest rather than nothing."""

    @property
    def zone(self) -> ZoneInfo:
        """The channel's time zone."""
        return ZoneInfo(self.timezone)


@dataclass(frozen=True)
class UnfinishedNotice:
    """A failing-feed notice a process claimed and never finished, now taken over."""

    team_id: str
    channel_id: str
    feed_id: int
    streak: str
    claimed_at: datetime
    """When it was first claimed: it may be in the channel from then on."""
