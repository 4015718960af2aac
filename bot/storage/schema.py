"""The database schema: SQLAlchemy tables, the one place that defines them.

Alembic migrations in `bot/storage/migrations/versions/` create exactly these tables;
`tests/storage/test_migrations.py` checks that the two never drift apart.
"""

from __future__ import annotations

import zlib
from datetime import UTC, datetime, timedelta
from functools import cache

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    true,
    type_coerce,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (stored as naive UTC)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database; use UTC-aware datetimes")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class PackedText(TypeDecorator[str]):
    """Long text (an article's body, its summary) stored zlib-compressed on SQLite when that
    is shorter: about half of a news article's bytes. PostgreSQL compresses long values by
    itself (TOAST), so it stores plain text. A row stored plain is read as it is."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | bytes | None:
        if value is None or dialect.name != "sqlite":
            return value
        raw = value.encode()
        packed = zlib.compress(raw)
        return packed if len(packed) < len(raw) else value

    def process_result_value(self, value: str | bytes | None, dialect: Dialect) -> str | None:
        return unpacked(value)


def unpacked(value: str | bytes | None) -> str | None:
    """The text a `PackedText` column stores as `value` (packed or plain)."""
    return zlib.decompress(value).decode() if isinstance(value, bytes) else value


def as_stored(column: ColumnElement[str]) -> ColumnElement[str]:
    """A `PackedText` column read as stored, packed or plain, not unpacked (`unpacked`):
    a value read again and again is unpacked once by whoever remembers it."""
    return type_coerce(column, Text)


EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class _EpochTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes stored as a whole number of `unit`s since 1970 (rounded
    down): a few bytes where SQLite's text form takes 26, for the copies of a time that
    index rows repeat."""

    impl = BigInteger
    cache_ok = True
    unit = timedelta(microseconds=1)

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database; use UTC-aware datetimes")
        return (value - EPOCH) // self.unit

    def process_result_value(self, value: int | None, dialect: Dialect) -> datetime | None:
        return None if value is None else EPOCH + value * self.unit


class UTCMicros(_EpochTime):
    """Exact to the microsecond, as the datetimes given (8 bytes)."""

    cache_ok = True


class UTCSeconds(_EpochTime):
    """To the second (4 bytes): for times only compared with a window of days."""

    cache_ok = True
    unit = timedelta(seconds=1)


metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

feeds = Table(
    "feeds",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("url", Text, nullable=False, unique=True),
    Column("title", Text),
    Column("region", String(40)),
    Column("origin", String(10), nullable=False),  # config | user | demo | slack
    Column("active", Boolean, nullable=False, default=True),
    Column("added_at", UTCDateTime, nullable=False),
    Column("next_poll_at", UTCDateTime, nullable=False),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("consecutive_failures", Integer, nullable=False, default=0),
    Column("last_error", Text),
    Column("last_error_kind", String(20)),
    Column("last_polled_at", UTCDateTime),
    Column("last_success_at", UTCDateTime),
    Column("last_problem", Text),  # a malformed feed that still parsed
    Column("article_count", Integer, nullable=False, default=0),
    # fetch each entry's page for its full text: on | off | auto (when the entry is short)
    Column("full_text", String(4), nullable=False, server_default="off"),
    # who is polling it now (a worker's id) and until when; an expired lease is taken over
    Column("lease_owner", String(80)),
    Column("lease_until", UTCDateTime),
    # the Slack workspace and person that added it (origin "slack" only)
    Column("added_team", String(20)),
    Column("added_by", String(20)),
    Index(None, "active", "next_poll_at"),
)

stories = Table(
    "stories",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("title", Text, nullable=False),  # its first article's
    Column("first_seen_at", UTCDateTime, nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("uid", Text, nullable=False, unique=True),
    Column("canonical_link", Text, unique=True),
    Column("link", Text),
    Column("title", Text, nullable=False),
    Column("text", PackedText, nullable=False),
    Column("feed_summary", PackedText),  # the feed's own text; NULL: the same as `text`
    Column("summary", PackedText, nullable=False),
    Column("published_at", UTCDateTime, nullable=False),
    Column("published_is_guess", Boolean, nullable=False),  # no date in the feed: first-seen
    Column("first_seen_at", UTCDateTime, nullable=False),
    Column("relevance", Float, nullable=False),
    Column("is_conflict", Boolean, nullable=False),
    Column("feed_id", Integer, ForeignKey("feeds.id", ondelete="SET NULL")),  # first source
    Column("story_id", Integer, ForeignKey("stories.id", ondelete="SET NULL")),
    Column("story_terms", PackedText),  # the word set story matching compares (space-separated)
    Column("page_status", Text),  # full text: "page" when used, else why the snippet stayed
    # the event (conflict articles): ACLED types, figures (NULL: none given), place key
    Column("event_type", Text),
    Column("sub_event_type", Text),
    Column("killed_min", Integer),
    Column("killed_exact", Boolean),
    Column("injured_min", Integer),
    Column("injured_exact", Boolean),
    Column("event_place", Text),
    # the event place's point when it is a populated place (`understand.stories.event_point`):
    # story matching by words refuses two reports placed far apart (migration 0026); NULL:
    # an area, no event, or stored before
    Column("event_lat", Float),
    Column("event_lon", Float),
    Column("lang", String(8)),  # ISO 639-1 code, "und" when not told; NULL: stored before
    Column("wire", String(32)),  # the news agency its opening credits ("Reuters"); NULL: none
    Column("incident_on", Date),  # the day its lead dates the incident; NULL: none
    # a conflict report's anchor words (`understand.anchors.report_words`), space-separated,
    # kept when it is stored so that reports at its places read them, not its text; NULL:
    # stored before 0023, not a conflict report with places, or a word holding a space;
    # packed on SQLite like the body (about 160 bytes, 115 packed; plain rows read as they are)
    Column("anchor_words", PackedText),
    # a conflict report giving no casualty figure: the town it tells of and the day its lead
    # dates (NULL: none), by which a report later stored at the town finds it again
    # (`stories.lone_reports`, migration 0025); NULL: a figure, no one town, or stored before
    Column("untold_town", String(120)),
    Column("untold_on", Date),
    # a story's articles, and its first report as one seek (`stories._candidates_query`)
    Index(None, "story_id", "published_at"),
    # whether a story dates its incident on a day, as one seek (`stories.stories_told_on`);
    # migration 0027 makes it partial, dated reports only (an undated one is never looked up
    # by it). Its WHERE is not declared here: a dialect's keyword would import that dialect
    # in every process, a SQLite one too
    Index(None, "story_id", "incident_on"),
    # "new conflict articles since T" and "latest conflict articles" walk these in order:
    Index(None, "is_conflict", "first_seen_at"),
    Index(None, "is_conflict", "published_at"),
)

article_sources = Table(
    "article_sources",
    metadata,
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("feed_id", Integer, ForeignKey("feeds.id", ondelete="CASCADE"), primary_key=True),
    Column("link", Text),
    Column("seen_at", UTCDateTime, nullable=False),
    # the outlet when the article credits no wire: the link's registered domain, else the
    # feed's ("bbc.co.uk"), else the feed's URL
    Column("outlet", Text, nullable=False),
    Index(None, "feed_id", "seen_at"),  # a feed's latest articles (`ArticleStore.feed_places`)
)

story_bands = Table(
    "story_bands",
    metadata,
    # an article's LSH band keys: "recent articles sharing a band with this one" is one
    # range scan of the primary key per band, whatever the number of articles stored
    # (SQLite: WITHOUT ROWID, the key is the table; no second copy of each row)
    Column("band", BigInteger, primary_key=True),
    Column("published_at", UTCSeconds, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sqlite_with_rowid=False,
)

anchor_index = Table(
    "anchor_index",
    metadata,
    # a conflict report's anchor words, its places' names too (migration 0024; a report
    # whose places were not found looks them up by name): "the recent reports that write
    # this name" is one range scan of the primary key per word, whatever the number of
    # articles stored; pruned with the band keys
    Column("word", String(120), primary_key=True),
    Column("published_at", UTCSeconds, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sqlite_with_rowid=False,
)

article_places = Table(
    "article_places",
    metadata,
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("place_key", String(120), primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(20), nullable=False),
    Column("country_code", String(2), nullable=False),
    Column("geonameid", Integer),
    Column("as_written", Text, nullable=False),
    # copied from the article so that "latest conflict articles naming X" is one index range scan:
    Column("is_conflict", Boolean, nullable=False),
    Column("published_at", UTCMicros, nullable=False),
    Index(None, "place_key", "is_conflict", "published_at", "article_id"),
    sqlite_with_rowid=False,  # the primary key is the table: no second copy of each row
)


article_sites = Table(
    "article_sites",
    metadata,
    # the named facilities an article names (`understand.sites`), in the order first named
    # (`position`, from 0), each with the place its text puts it in (NULL: none); not places:
    # no place query reads them (migration 0030)
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("parent_key", String(120)),
    Column("parent_name", Text),
    sqlite_with_rowid=False,  # the primary key is the table: no second copy of each row
)

# ---- Slack: every channel-level record carries its workspace (team) id ---------------------

subscriptions = Table(
    "subscriptions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("team_id", String(20), nullable=False),
    Column("channel_id", String(20), nullable=False),
    Column("kind", String(10), nullable=False),  # place | topic | near (a radius watch)
    Column("target", String(200), nullable=False),  # place key, folded topic, "lat,lon,km"
    Column("label", Text, nullable=False),  # what to show: "Deir ez-Zor, Syria", "ceasefire"
    Column("mode", String(10), nullable=False),  # daily | weekly | hourly | alerts
    Column("daily_at", String(9)),  # "HH:MM" daily, "Mon HH:MM" weekly, in the channel's zone
    Column("created_by", String(20), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("start_from", UTCDateTime, nullable=False),  # a new subscription's backlog limit
    Column("paused_reason", Text),  # a Slack error that stopped delivery (not_in_channel ...)
    Column("min_killed", Integer),  # only stories with at least this many killed; NULL: all
    Column("event_kinds", Text),  # JSON list of ACLED sub-event types; NULL: any kind
    Column("min_outlets", Integer),  # only stories this many outlets reported; NULL: all
    Column("outlets_within", Integer),  # ... within this many minutes of the first report
    UniqueConstraint("team_id", "channel_id", "kind", "target"),
)

channel_settings = Table(
    "channel_settings",
    metadata,
    Column("team_id", String(20), primary_key=True),
    Column("channel_id", String(20), primary_key=True),
    Column("timezone", String(64), nullable=False, default="UTC"),
    Column("all_quiet", Boolean, nullable=False, default=False),
)

digest_slots = Table(
    "digest_slots",
    metadata,
    Column("team_id", String(20), primary_key=True),
    Column("channel_id", String(20), primary_key=True),
    Column("slot", String(40), primary_key=True),  # "daily 08:00@2026-11-25T07:00Z", ...
    Column("schedule", String(20), nullable=False),  # "daily 08:00" | "weekly Mon 08:00" | "hourly"
    Column("claimed_at", UTCDateTime, nullable=False),
    Column("done_at", UTCDateTime),  # set once posted: the next digest starts from claimed_at
    Index(None, "team_id", "channel_id", "schedule", "done_at"),
    Column("delivery_id", String(36)),  # the delivery that will post it, once written
)

mutes = Table(
    "mutes",
    metadata,
    Column("team_id", String(20), primary_key=True),
    Column("channel_id", String(20), primary_key=True),
    Column("kind", String(10), primary_key=True),  # place | topic | article
    Column("target", String(200), primary_key=True),
    Column("label", Text, nullable=False),
    Column("until", UTCDateTime, nullable=False),
    Column("created_by", String(20), nullable=False),
)

posted_messages = Table(
    "posted_messages",
    metadata,
    Column("team_id", String(20), primary_key=True),
    Column("channel_id", String(20), primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("claimed_at", UTCDateTime, nullable=False),
    Column("ts", String(40)),  # the message's ts once posted (its thread's, for a reply)
    Column("delivery_id", String(36)),  # the delivery carrying it, once written
    Column("message_ts", String(40)),  # the message it leads a story in (updated in place)
)

slack_messages = Table(
    "slack_messages",
    metadata,
    Column("team_id", String(20), primary_key=True),
    Column("channel_id", String(20), primary_key=True),
    Column("ts", String(40), primary_key=True),
    Column("text", Text, nullable=False),  # as last posted or updated
    Column("blocks", Text, nullable=False),  # JSON
)

deliveries = Table(
    "deliveries",
    metadata,
    Column("id", String(36), primary_key=True),  # also in each message's metadata
    Column("team_id", String(20), nullable=False),
    Column("channel_id", String(20), nullable=False),
    Column("slot", String(40)),  # the digest slot it fills, if any
    Column("intent_at", UTCDateTime, nullable=False),  # wall clock before the first post
    Column("parts", Text, nullable=False),  # JSON: the messages to post, in order
    Column("posted", Text, nullable=False, default="[]"),  # JSON: ts of each part posted
    Column("lease_owner", String(80), nullable=False),
    Column("lease_until", UTCDateTime, nullable=False),
    Column("done_at", UTCDateTime),
    Index(None, "done_at", "lease_until"),
)

feed_notices = Table(
    "feed_notices",
    metadata,
    Column("team_id", String(20), primary_key=True),
    Column("channel_id", String(20), primary_key=True),
    Column("feed_id", Integer, ForeignKey("feeds.id", ondelete="CASCADE"), primary_key=True),
    # the failure streak noticed: the feed's last success before it ("never" if none)
    Column("streak", String(40), primary_key=True),
    Column("notified_at", UTCDateTime, nullable=False),
    # told, or given up on; a claim left unfinished past STALE_CLAIM is taken over
    Column("finished", Boolean, nullable=False, server_default=true()),
)


# ---- Slack installations (OAuth mode): slack_sdk's own tables -----------------------------


def build_slack_oauth_tables(target: MetaData) -> tuple[Table, Table, Table]:
    """slack_sdk's installations, bots and OAuth states tables on `target`, built by its
    stores' own classmethods under the names the stores query, so they cannot drift."""
    from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
    from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore

    installs, states = SQLAlchemyInstallationStore, SQLAlchemyOAuthStateStore
    return (
        installs.build_installations_table(target, installs.default_installations_table_name),
        installs.build_bots_table(target, installs.default_bots_table_name),
        states.build_oauth_states_table(target, states.default_table_name),
    )


@cache
def slack_oauth_tables() -> tuple[Table, Table, Table]:
    """slack_sdk's installations, bots and OAuth states tables on `metadata` (migration 0006
    makes them), added at the first call: importing slack_sdk's stores costs a command that
    never touches Slack about 10 MB and 80 ms. Alembic's view of the schema calls it."""
    return build_slack_oauth_tables(metadata)
