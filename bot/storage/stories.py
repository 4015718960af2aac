"""Stories in the database: which story an article joins, a story's sources, its posts.

The database is the only index: an article's LSH band keys are rows of `story_bands`
keyed (band, published_at, article_id), so finding the recent articles that share a band
with a new one is one index range scan per band, in whichever process stores it. Nothing
is held in memory between polls, so several pollers on PostgreSQL see the same stories.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import cache, lru_cache
from typing import Any, NamedTuple

from sqlalchemy import (
    Connection,
    Select,
    String,
    and_,
    bindparam,
    case,
    func,
    literal,
    or_,
    select,
    true,
    type_coerce,
    union_all,
)

from bot.storage.articles import INSIDE
from bot.storage.bulk import insert_rows
from bot.storage.prepared import Prepared
from bot.storage.schema import (
    anchor_index,
    article_places,
    articles,
    as_stored,
    stories,
    story_bands,
    unpacked,
)
from bot.understand import (
    CROSS_LANGUAGE_WINDOW,
    DAYS_APART,
    EventKey,
    Fingerprint,
    IncidentKey,
    TakeoverKey,
    best_match,
    days_agree,
)
from bot.understand.anchors import RARE, Writer, report_words
from bot.understand.stories import (
    ALIKE_TYPES,
    NEAR_DUPLICATE,
    PARTLY_ALIKE,
    POINT_TYPES,
    UNLISTED,
    Told,
    TollKey,
    facts_conflict,
    far_apart,
    injured_agree,
    similarity,
    tolls_agree,
    tolls_close,
    untold_days,
)

STORY_WINDOW = timedelta(days=3)
"""An article joins a story only through articles published within this much of it, and
only a story whose first report was published within this much of it: a story is bounded,
it does not chain from day to day across weeks."""
BANDS_KEPT = 2 * STORY_WINDOW
"""Band keys of articles published longer ago than this are deleted (`prune_bands`), and an
article already that old when it is stored is not indexed: an article published up to
STORY_WINDOW ago still finds every article of its window, and `story_bands` holds a few
days of articles however many are stored, after a first poll of old items too."""
GROWN_TOLL_WINDOW = 2 * CROSS_LANGUAGE_WINDOW
"""Reports in one language whose tolls differ as a toll grows are one event only when
published within this much of each other (and their incident days agree, `days_agree`): a
revised toll is often told the day after a strike, more than a day after its first report
("As of September 5, the number of dead has increased to 54")."""
MAX_CANDIDATES = 20
"""Most candidate articles compared exactly: those sharing the most band keys (the more
bands two articles share, the more alike they are likely to be)."""
BAND_ROWS = 100
"""Most articles read for each of an article's band keys: the latest published within the
window. A key more articles share within days is boilerplate or a common word, which
tells stories apart poorly, and its rows, read in full, grew with the store (issue
16: 53% of a 35,000-item first poll). A report of the same event shares several of its
BANDS keys, most of them with few articles: it is still found."""


@dataclass(frozen=True)
class Placed:
    """Where a report places its event, for telling two incidents apart by distance."""

    lat: float
    lon: float
    event_type: str
    place: str
    """The event place's key."""
    places: frozenset[str]
    """The keys of every place the report names."""


class Candidate(NamedTuple):
    """A stored article a new report's words are compared with (a tuple: made for each row
    of every article's candidates query)."""

    story: int
    terms: frozenset[str]
    incident_on: date | None
    article: int
    lat: float | None
    lon: float | None
    event_type: str | None
    event_place: str | None
    sub_event_type: str | None
    killed: int | None


def matching_story(
    conn: Connection,
    published: datetime,
    fingerprint: Fingerprint,
    day: date | None,
    names: frozenset[str] = frozenset(),
    placed: Placed | None = None,
    told: Told | None = None,
) -> tuple[tuple[int, float] | None, dict[int, int], frozenset[int]]:
    """The story of the stored article published within the window that is most like
    `fingerprint` and their similarity, when alike enough and its incident day agrees with
    `day` (`days_agree`); the stories of such articles whose words are partly alike
    (PARTLY_ALIKE; article id -> story id) apart from `names` (the report's anchor words:
    words agreeing beside a shared name, not by it), which a name rare in the store may
    join; and the stories of such articles whose words, names included, are partly alike
    (which the one story told at the report's town may be, `lone_story`); looked up by
    shared band keys. A stored article telling another incident (`_elsewhere`, or by
    facts that conflict with `told`, `_other_facts`), or dating none in a story whose reports
    date another day (`_told_other_days`), is none."""
    found = [c for c in candidates(conn, published, fingerprint) if days_agree(day, c.incident_on)]
    elsewhere = _elsewhere(conn, fingerprint, placed, found)
    other_days = _told_other_days(conn, day, found)
    elsewhere |= _other_facts(fingerprint, told, found)
    found = [c for c in found if c.article not in elsewhere and c.story not in other_days]
    plain = fingerprint.terms - names
    partly = {
        c.article: c.story for c in found if _alike_apart(plain, c.terms, names) >= PARTLY_ALIKE
    }
    alike = frozenset(
        c.story for c in found if similarity(fingerprint.terms, c.terms) >= PARTLY_ALIKE
    )
    return best_match(fingerprint.terms, [(c.story, c.terms) for c in found]), partly, alike


def _told_other_days(conn: Connection, day: date | None, found: list[Candidate]) -> frozenset[int]:
    """The stories of the candidates dating no incident whose other reports date theirs, all
    on days more than DAYS_APART from `day`: a follow-up that names no day is of its story's
    incident ("the printing house destroyed in the strike"), not of one two days on at the
    same town. None when `day` is unknown or a candidate of the story dates an agreeing
    day (it passed `days_agree`)."""
    if day is None:
        return frozenset()
    undated = {c.story for c in found if c.incident_on is None}
    undated -= {c.story for c in found if c.incident_on is not None}
    if not undated:
        return frozenset()
    stories = _padded("story", undated)
    near = _padded("day", [day - DAYS_APART, day, day + DAYS_APART])
    told = {s for (s,) in _told_on_query(len(stories), len(near)).rows(conn, {**stories, **near})}
    return frozenset(
        story for story in undated - told if _DATED.scalar(conn, {"story": story}) is not None
    )


def _other_facts(
    fingerprint: Fingerprint, told: Told | None, found: list[Candidate]
) -> frozenset[int]:
    """The candidates whose event facts conflict with the report's (`facts_conflict`: a
    sub-event type and a killed figure both differ), unless they are near copies
    (NEAR_DUPLICATE: one report whose facts two readings took differently)."""
    if told is None:
        return frozenset()
    return frozenset(
        c.article
        for c in found
        if facts_conflict(told, Told(c.event_type, c.sub_event_type, c.killed))
        and similarity(fingerprint.terms, c.terms) < NEAR_DUPLICATE
    )


def _alike_apart(plain: frozenset[str], terms: frozenset[str], names: frozenset[str]) -> float:
    """`similarity(plain, terms - names)` for `plain` holding none of `names`, counted
    without making `terms - names`."""
    shared = len(plain & terms)
    union = len(plain) + len(terms) - len(terms & names) - shared
    return shared / union if union else 0.0


def _elsewhere(
    conn: Connection, fingerprint: Fingerprint, placed: Placed | None, found: list[Candidate]
) -> frozenset[int]:
    """The candidates whose violent incident (POINT_TYPES) is placed farther than
    FAR_APART_KM from the report's, when neither report names the other's event place (a
    road attack between two towns, a strike on one city told from the next, name both) and
    they are not near copies (NEAR_DUPLICATE: one report that two taggers placed
    differently); none when the report or a candidate has no point (stored before 0026)."""
    if placed is None or placed.event_type not in POINT_TYPES:
        return frozenset()
    far = [
        c.article
        for c in found
        if c.event_type in POINT_TYPES
        and c.event_place not in placed.places
        and far_apart((placed.lat, placed.lon), (c.lat, c.lon))
        and similarity(fingerprint.terms, c.terms) < NEAR_DUPLICATE
    ]
    if not far:
        return frozenset()
    ids = _padded("article", far)
    naming = _naming_query(len(ids)).rows(conn, {**ids, "place_key": placed.place})
    return frozenset(far) - frozenset(article for (article,) in naming)


@cache
def _naming_query(ids: int) -> Prepared:
    """`_elsewhere`'s statement for `ids` article ids (`_padded`), built once: which of
    some articles name a place."""
    return Prepared(
        select(article_places.c.article_id).where(
            _one_of(article_places.c.article_id, _parameter_names("article", ids)),
            article_places.c.place_key == bindparam("place_key"),
        )
    )


def candidates(conn: Connection, published: datetime, fingerprint: Fingerprint) -> list[Candidate]:
    """The stored articles within the window sharing the most band keys with `fingerprint`
    (at most MAX_CANDIDATES, however many are stored; of each key's articles, the latest
    BAND_ROWS) whose story's first report is within the window too."""
    if not fingerprint.bands:
        return []
    since, until = published - STORY_WINDOW, published + STORY_WINDOW
    keys = list(dict.fromkeys(fingerprint.bands))  # a key given twice is scanned once
    window = _numbered("band", [*keys, *[None] * (len(fingerprint.bands) - len(keys))])
    window.update(since=since, until=until, story_since=since, story_until=until)
    return [
        Candidate(story, _stored_terms(terms), *rest)
        for story, terms, *rest in _candidates_query(len(fingerprint.bands)).rows(conn, window)
    ]


@cache
def _parameter_names(prefix: str, count: int) -> tuple[str, ...]:
    """The names of a statement's `count` parameters of one kind: `prefix` and a number."""
    return tuple(f"{prefix}{n}" for n in range(count))


@cache
def _candidates_query(bands: int) -> Prepared:
    """The candidates query for a fingerprint of `bands` band keys, built once: its band
    keys (one parameter each, so the statement is compiled once, not expanded at every
    execution; NULL for a key given twice, which matches no row) and window are bound
    parameters (the window twice, as band keys and articles store their times
    differently). Each band key is one range scan of the primary key reading at most
    BAND_ROWS rows, the latest, and each candidate's story's first report one seek of the
    (story_id, published_at) index, so neither grows with the store nor with a story."""
    since = bindparam("since", type_=story_bands.c.published_at.type)
    until = bindparam("until", type_=story_bands.c.published_at.type)
    story_since = bindparam("story_since", type_=articles.c.published_at.type)
    story_until = bindparam("story_until", type_=articles.c.published_at.type)
    scans = [
        select(story_bands.c.article_id)
        .where(
            story_bands.c.band == bindparam(name, type_=story_bands.c.band.type),
            story_bands.c.published_at >= since,
            story_bands.c.published_at <= until,
        )
        .order_by(story_bands.c.published_at.desc(), story_bands.c.article_id.desc())
        .limit(BAND_ROWS)
        .subquery()
        for name in _parameter_names("band", bands)
    ]
    rows = union_all(*(select(scan) for scan in scans)).subquery()
    shared = func.count().label("shared")
    sharing = (
        select(rows.c.article_id)
        .group_by(rows.c.article_id)
        .order_by(shared.desc(), rows.c.article_id.desc())
        .limit(MAX_CANDIDATES)
        .cte("sharing")
    )
    first = articles.alias("first")
    started = (
        select(func.min(first.c.published_at))
        .where(first.c.story_id == articles.c.story_id)
        .scalar_subquery()
    )
    return Prepared(
        select(
            articles.c.story_id,
            as_stored(articles.c.story_terms),
            articles.c.incident_on,
            articles.c.id,
            articles.c.event_lat,
            articles.c.event_lon,
            articles.c.event_type,
            articles.c.event_place,
            articles.c.sub_event_type,
            articles.c.killed_min,
        )
        .where(
            articles.c.id.in_(select(sharing.c.article_id)),
            started.between(story_since, story_until),
        )
        .order_by(articles.c.id)
    )


def same_event_story(
    conn: Connection, published: datetime, language: str, key: EventKey, undated: bool = False
) -> int | None:
    """The story of a conflict report in another language than `language`, published
    within CROSS_LANGUAGE_WINDOW of `published`, whose event has the same `key`: one range
    scan of the event place's rows in `article_places`' index. A report whose lead dates
    no incident (`undated`) also joins such a report in its own language whose lead dates
    none either: neither tells a day that could set them apart, as two languages' reports
    tell none comparable."""
    found = _same_event_query(key.killed is not None, undated).scalar(
        conn,
        {
            "place_key": key.place_key,
            "since": published - CROSS_LANGUAGE_WINDOW,
            "until": published + CROSS_LANGUAGE_WINDOW,
            "event_type": key.event_type,
            "figure": key.injured if key.killed is None else key.killed,
            "language": language,
        },
    )
    return None if found is None else int(found)


@cache
def _same_event_query(killed_known: bool, undated: bool) -> Prepared:
    """`same_event_story`'s query, built once for events with a killed figure and once for
    those with only an injured one, each for a report dating its incident or not; its
    values are bound parameters."""
    figure = bindparam("figure", type_=articles.c.killed_min.type)
    other_language = articles.c.lang.not_in([bindparam("language"), "und"])  # NULL: false
    return _at_the_event_place(
        articles.c.killed_min == figure
        if killed_known
        else and_(articles.c.killed_min.is_(None), articles.c.injured_min == figure),
        or_(
            other_language,
            and_(articles.c.lang == bindparam("language"), articles.c.incident_on.is_(None)),
        )
        if undated
        else other_language,
    )


def same_day_story(
    conn: Connection, published: datetime, language: str, key: IncidentKey
) -> int | None:
    """The story of a conflict report in `language` published within STORY_WINDOW of
    `published` whose incident has the same place, day and kind, and no casualty figure
    that differs from `key`'s: one range scan of the place's rows in `article_places`'
    index."""
    found = _same_day_query(key.killed is not None, key.injured is not None).scalar(
        conn,
        {
            "place_key": key.place_key,
            "since": published - STORY_WINDOW,
            "until": published + STORY_WINDOW,
            "day": key.day,
            "event_type": key.event_type,
            "killed": key.killed,
            "injured": key.injured,
            "language": language,
        },
    )
    return None if found is None else int(found)


@cache
def _same_day_query(killed_known: bool, injured_known: bool) -> Prepared:
    """`same_day_story`'s query, built once for each pair of figures known or not; its
    values are bound parameters."""
    killed = bindparam("killed", type_=articles.c.killed_min.type)
    injured = bindparam("injured", type_=articles.c.injured_min.type)
    return _at_the_event_place(
        articles.c.incident_on == bindparam("day"),
        _no_other_figure(articles.c.killed_min, killed if killed_known else None),
        _no_other_figure(articles.c.injured_min, injured if injured_known else None),
        articles.c.lang == bindparam("language"),
    )


def same_takeover_story(
    conn: Connection, published: datetime, key: TakeoverKey, day: date | None
) -> int | None:
    """The story of a conflict report in any language published within STORY_WINDOW of
    `published` that tells the same place changing hands the same way (`key`), whatever
    its figures, on an incident day that agrees with `day` (`days_agree`: the entry into a
    town and its airport's seizure a day later are one takeover, a town taken two days
    after its neighbour's airport another): one range scan of the place's rows in
    `article_places`' index."""
    found = _same_takeover_query(day is not None).scalar(
        conn,
        {
            "place_key": key.place_key,
            "since": published - STORY_WINDOW,
            "until": published + STORY_WINDOW,
            "event_type": key.event_type,
            "sub_event_type": key.sub_event_type,
            "first_day": None if day is None else day - DAYS_APART,
            "last_day": None if day is None else day + DAYS_APART,
        },
    )
    return None if found is None else int(found)


@cache
def _same_takeover_query(day_known: bool) -> Prepared:
    """`same_takeover_story`'s query, built once for a report that dates its incident and
    once for one that does not; its values are bound parameters."""
    agreeing = (
        or_(
            articles.c.incident_on.is_(None),
            articles.c.incident_on.between(bindparam("first_day"), bindparam("last_day")),
        )
        if day_known
        else true()
    )
    return _at_the_event_place(articles.c.sub_event_type == bindparam("sub_event_type"), agreeing)


def grown_toll_story(
    conn: Connection,
    published: datetime,
    language: str,
    key: TollKey,
    terms: frozenset[str],
    provisional: bool = False,
    dated_only: bool = False,
    risen: bool = False,
    injured: int | None = None,
) -> int | None:
    """The story of a conflict report in `language` published within GROWN_TOLL_WINDOW of
    `published` (STORY_WINDOW before it when the report says its toll rose, `risen`: a
    follow-up told days after the strike) at the same event place, of a kind told alike
    (`TollKey.event_types`), dating its incident at most DAYS_APART from `key`'s days
    (`TollKey.day` to `TollKey.last_day`), or, unless `dated_only`, dating
    none and published within DAYS_APART of those days (a report dating nothing tells of
    its publication day or the day before) with another killed figure (two strikes on one
    town a day often kill alike: a toll that grew is what ties such a report), whose
    killed figure differs from `key`'s only as a toll grows (`tolls_agree`; `provisional`:
    the report says its toll is not final), whose injured figure does too (`injured_agree`
    with the report's `injured`: a strike told later with fewer injured is another one)
    and whose words are alike enough
    (PARTLY_ALIKE): the most alike. One range scan of the place's rows in
    `article_places`' index, at most PLACE_REPORTS rows."""
    kinds = list(key.event_types)
    rows = _grown_toll_query(len(kinds)).rows(
        conn,
        {
            **_numbered("kind", kinds),
            "place_key": key.place_key,
            "since": published - (STORY_WINDOW if risen else GROWN_TOLL_WINDOW),
            "until": published + GROWN_TOLL_WINDOW,
            "language": language,
            "first_day": key.day - DAYS_APART,
            "last_day": (key.last_day or key.day) + DAYS_APART,
            "first_start": datetime.combine(key.day - DAYS_APART, time(), tzinfo=UTC),
            "last_end": datetime.combine(
                (key.last_day or key.day) + 2 * DAYS_APART, time(), tzinfo=UTC
            ),
        },
    )
    best: tuple[float, int] | None = None
    for story_id, killed, hurt, at, story_terms, incident_on in rows:
        if incident_on is None and (dated_only or killed == key.killed):
            continue
        later = published >= at
        if not tolls_agree(key.killed, later, killed, provisional):
            continue
        if not injured_agree(injured, later, hurt, key.killed, killed):
            continue
        alike = similarity(terms, _stored_terms(story_terms))
        if alike >= PARTLY_ALIKE and (best is None or alike > best[0]):
            best = (alike, story_id)
    return None if best is None else best[1]


@cache
def _grown_toll_query(kinds: int) -> Prepared:
    """`grown_toll_story`'s query for `kinds` event types, built once; its values are bound
    parameters (one a type: the SQL SQLAlchemy expands a list of them to)."""
    day = or_(
        articles.c.incident_on.between(bindparam("first_day"), bindparam("last_day")),
        and_(
            articles.c.incident_on.is_(None),
            articles.c.published_at.between(bindparam("first_start"), bindparam("last_end")),
        ),
    )
    return Prepared(
        _tolls_at_the_event_place(
            kinds,
            articles.c.story_id,
            articles.c.killed_min,
            articles.c.injured_min,
            articles.c.published_at,
            as_stored(articles.c.story_terms),
            articles.c.incident_on,
        ).where(articles.c.lang == bindparam("language"), day)
    )


def retold_toll_story(
    conn: Connection,
    published: datetime,
    language: str,
    key: EventKey,
    day: date | None,
) -> int | None:
    """The one story of the conflict reports in other languages than `language` published
    within CROSS_LANGUAGE_WINDOW of `published` at the same event place and of the same
    kind (or one told alike, ALIKE_TYPES: two languages' cues often type one strike
    differently), whose killed figure is close to `key`'s (`tolls_close`), whose injured
    figure differs only as a count grows (`injured_agree`), and whose incident day agrees
    with `day` (`days_agree`): a strike whose toll was revised between a French and an
    English report, its dead and injured counted on between them. None when no
    story or several are such (words cannot tell two languages' reports apart). One range
    scan of the place's rows, at most PLACE_REPORTS."""
    if key.killed is None:
        return None
    kinds = sorted(ALIKE_TYPES) if key.event_type in ALIKE_TYPES else [key.event_type]
    rows = _retold_toll_query(len(kinds)).rows(
        conn,
        {
            "place_key": key.place_key,
            "since": published - CROSS_LANGUAGE_WINDOW,
            "until": published + CROSS_LANGUAGE_WINDOW,
            **_numbered("kind", kinds),
            "language": language,
        },
    )
    told = {
        story_id
        for story_id, killed, injured, incident_on, at in rows
        if tolls_close(key.killed, killed)
        and injured_agree(key.injured, published >= at, injured, key.killed, killed)
        and days_agree(day, incident_on)
    }
    return told.pop() if len(told) == 1 else None


@cache
def _retold_toll_query(kinds: int) -> Prepared:
    """`retold_toll_story`'s query, built once; its values are bound parameters."""
    return Prepared(
        _tolls_at_the_event_place(
            kinds,
            articles.c.story_id,
            articles.c.killed_min,
            articles.c.injured_min,
            articles.c.incident_on,
            articles.c.published_at,
        ).where(articles.c.lang.not_in([bindparam("language"), "und"]))
    )


def _tolls_at_the_event_place(kinds: int, *columns: Any) -> Select[Any]:
    """`columns` of the latest PLACE_REPORTS reports at the event place
    (`_reports_at_the_event_place`) of one of `kinds` bound event types that give a killed
    figure: what `grown_toll_story` and `retold_toll_story` compare tolls over."""
    return (
        _reports_at_the_event_place(*columns)
        .where(
            _one_of(articles.c.event_type, _parameter_names("kind", kinds)),
            articles.c.killed_min.is_not(None),
        )
        .order_by(article_places.c.published_at.desc())
        .limit(PLACE_REPORTS)
    )


def lone_story(
    conn: Connection,
    published: datetime,
    language: str,
    place_key: str,
    days: Collection[date],
    excluding: int | None = None,
    alike: Collection[int] = (),
) -> int | None:
    """The story of the conflict reports whose event place is `place_key` published within
    CROSS_LANGUAGE_WINDOW of `published`, when they are all of one story, one of them is
    in another language than `language` or the story is one of `alike` (stories whose
    words are partly like the report's, PARTLY_ALIKE), and one dates its incident on one
    of `days` (the report's days, `untold_days`): the way to its story of a report in a
    language whose casualty cues we lack (no figure, often no event), or of a report in its
    own language that gives no figure and words too unlike for THRESHOLD ("dozens were
    killed"), at a town only one incident was told at that day. A story told there whose
    days (`story_days`) are all others than `days` is another day's incident and not
    counted, nor the reports of story `excluding` (the report's own, when it is looked at
    again: `lone_reports`). One range scan of the place's rows, at most PLACE_REPORTS, and
    with several stories there one of their dated reports."""
    rows = [
        row
        for row in map(
            TownReport._make,
            _lone_story_query().rows(
                conn,
                {
                    "place_key": place_key,
                    "since": published - CROSS_LANGUAGE_WINDOW,
                    "until": published + CROSS_LANGUAGE_WINDOW,
                },
            ),
        )
        if row.story_id != excluding
    ]
    if len({row.story_id for row in rows}) > 1:
        of_the_day = stories_told_on(conn, rows, days)
        rows = [row for row in rows if row.story_id in of_the_day]
    told = {row.story_id for row in rows}
    if len(told) != 1:
        return None
    if told.isdisjoint(alike) and all(row.lang in (None, "und", language) for row in rows):
        return None
    if all(row.incident_on not in days for row in rows):
        return None
    return int(told.pop())


class TownReport(NamedTuple):
    """A report with its event at a town (`lone_story`'s rows)."""

    story_id: int
    lang: str | None
    incident_on: date | None
    published_at: datetime
    published_is_guess: bool


@cache
def _lone_story_query() -> Prepared:
    """`lone_story`'s query, built once; its values are bound parameters."""
    return Prepared(
        _reports_at_the_event_place(
            articles.c.story_id,
            articles.c.lang,
            articles.c.incident_on,
            articles.c.published_at,
            articles.c.published_is_guess,
        )
        .order_by(article_places.c.published_at.desc())
        .limit(PLACE_REPORTS)
    )


def stories_told_on(
    conn: Connection, rows: Sequence[Any], days: Collection[date]
) -> frozenset[int]:
    """The stories of `rows` (reports with their story_id, incident_on, published_at and
    published_is_guess) that tell of one of `days`: a report of the story dates its
    incident on one of them, or none dates any and its `rows` may tell of one
    (`untold_days`). Each (story, day) one seek of the (story_id, incident_on) index, and
    each other story one more for whether any report dates it: however many reports a
    story holds."""
    if not rows or not days:
        return frozenset()
    stories = _padded("story", {row.story_id for row in rows})
    on_days = _padded("day", days)
    told = {
        story
        for (story,) in _told_on_query(len(stories), len(on_days)).rows(
            conn, {**stories, **on_days}
        )
    }
    looked, untold = set(told), set()
    for row in rows:
        if row.story_id in looked:
            continue
        if untold_days(None, row.published_at, bool(row.published_is_guess)).isdisjoint(days):
            continue
        looked.add(row.story_id)
        if _DATED.scalar(conn, {"story": row.story_id}) is None:
            untold.add(row.story_id)
    return frozenset(told | untold)


@cache
def _told_on_query(stories: int, days: int) -> Prepared:
    """`stories_told_on`'s query for `stories` story ids and `days` days (`_padded`), built
    once: which of the stories a report dates on one of the days."""
    return Prepared(
        select(articles.c.story_id)
        .where(
            _one_of(articles.c.story_id, _parameter_names("story", stories)),
            _one_of(articles.c.incident_on, _parameter_names("day", days)),
        )
        .distinct()
    )


_DATED = Prepared(
    select(articles.c.story_id)
    .where(articles.c.story_id == bindparam("story"), articles.c.incident_on.is_not(None))
    .limit(1)
)
"""Whether a report of a story dates its incident: one seek of the (story_id, incident_on)
index."""


def begun_by(conn: Connection, story: int, day: date) -> bool:
    """Whether a report of `story` dates its incident on or before `day`: the story of an
    attack a new report recalls (`understand.look_back`) was begun by then."""
    return _BEGUN_BY.scalar(conn, {"story": story, "day": day}) is not None


_BEGUN_BY = Prepared(
    select(articles.c.story_id)
    .where(articles.c.story_id == bindparam("story"), articles.c.incident_on <= bindparam("day"))
    .limit(1)
)
"""One seek of the (story_id, incident_on) index."""


def told_far_off(conn: Connection, story: int, day: date | None) -> bool:
    """Whether the reports of `story` date their incident, and all on days more than
    DAYS_APART from `day` (the day a report's lead dates): names it shares with them then
    tell another incident at the place (a strike on the town two days before). One seek of
    the (story_id, incident_on) index for whether any report dates it, one more for the
    days near `day`; False when `day` is unknown."""
    if day is None or _DATED.scalar(conn, {"story": story}) is None:
        return False
    stories = _padded("story", [story])
    near = _padded("day", [day - DAYS_APART, day, day + DAYS_APART])
    return not _told_on_query(len(stories), len(near)).rows(conn, {**stories, **near})


@dataclass(frozen=True)
class LoneReport:
    """A story of stored reports that all give no figure at one town (`lone_reports`): one
    report, or several in a language whose casualty cues we lack, joined by their words."""

    story_id: int
    published: datetime
    """When its latest report was published."""
    language: str | None
    """Its latest report's language."""
    days: frozenset[date]
    """The days its reports may tell of (`untold_days`)."""


def lone_reports(conn: Connection, published: datetime, place_key: str) -> list[LoneReport]:
    """The stories of conflict reports giving no figure whose town
    (`articles.untold_town`) is `place_key`, published within CROSS_LANGUAGE_WINDOW of
    `published`, every report of each giving no figure at that town: those a report stored
    at that town may have made joinable (`lone_story`, tried again for each). One range
    scan of the place's rows in `article_places`' index, at most PLACE_REPORTS."""
    lone: dict[int, LoneReport] = {}
    for story_id, at, lang, on, guessed in _lone_reports_query().rows(
        conn,
        {
            "place_key": place_key,
            "since": published - CROSS_LANGUAGE_WINDOW,
            "until": published + CROSS_LANGUAGE_WINDOW,
        },
    ):
        days = untold_days(on, at, guessed)
        seen = lone.get(story_id)  # rows come latest first
        lone[story_id] = (
            LoneReport(story_id, at, lang, days)
            if seen is None
            else replace(seen, days=seen.days | days)
        )
    return list(lone.values())


@cache
def _lone_reports_query() -> Prepared:
    """`lone_reports`' query, built once; its values are bound parameters."""
    other = articles.alias("other")
    alone = ~(
        select(other.c.id)
        .where(
            other.c.story_id == articles.c.story_id,
            other.c.id != articles.c.id,
            or_(other.c.untold_town.is_(None), other.c.untold_town != bindparam("place_key")),
        )
        .exists()
    )
    return Prepared(
        _conflict_reports_at_the_place(
            articles.c.story_id,
            articles.c.published_at,
            articles.c.lang,
            articles.c.untold_on,
            articles.c.published_is_guess,
        )
        .where(
            articles.c.untold_town == bindparam("place_key"),
            articles.c.story_id.is_not(None),
            alone,
        )
        .order_by(article_places.c.published_at.desc())
        .limit(PLACE_REPORTS)
    )


def told_at(conn: Connection, told: dict[int, int], place_keys: Sequence[str]) -> frozenset[int]:
    """The stories (`told`: article id -> story id) of the articles that name one of
    `place_keys`: each article's rows of `article_places`, by its primary key."""
    if not told or not place_keys:
        return frozenset()
    ids, keys = _padded("article", told), _padded("place", set(place_keys))
    found = _told_at_query(len(ids), len(keys)).rows(conn, {**ids, **keys})
    return frozenset(told[article_id] for (article_id,) in found)


@cache
def _told_at_query(ids: int, places: int) -> Prepared:
    """`told_at`'s query for `ids` article ids and `places` place keys (`_padded`), built
    once."""
    return Prepared(
        select(article_places.c.article_id)
        .where(
            _one_of(article_places.c.article_id, _parameter_names("article", ids)),
            _one_of(article_places.c.place_key, _parameter_names("place", places)),
        )
        .distinct()
    )


def _at_the_event_place(*conditions: Any) -> Prepared:
    """The story of the earliest conflict article published between the bound `since` and
    `until` whose event place is the bound `place_key` and event type `event_type`, and
    which meets `conditions`: a range scan of the place's rows in `article_places`' index."""
    return Prepared(
        _reports_at_the_event_place(articles.c.story_id)
        .where(articles.c.event_type == bindparam("event_type"), *conditions)
        .order_by(article_places.c.published_at)
        .limit(1)
    )


def _within_town() -> Any:
    """The start of the keys of the places the text alone makes known inside the bound
    `place_key` (`understand.stories.story_event`): a report placed at a town's district
    is a report at the town."""
    return literal(UNLISTED) + bindparam("place_key", type_=String) + literal("/")


AREA = INSIDE + UNLISTED
"""The start of the key of an unlisted town's area (`understand.stories.area_key`, stored by
`saving` as a region's row of a report placed there): the bound `place_key` is one when
the report's event is at an unlisted town, and then every report holding its row is placed
there, whatever place its text put the town in."""


def _reports_at_the_event_place(*columns: Any) -> Select[Any]:
    """`columns` of the conflict articles in a story published between the bound `since`
    and `until` whose event place is the bound `place_key` (or, for an unlisted town's
    area, AREA, that town under any parent in its country): a range scan of the place's
    rows in `article_places`' index."""
    return _conflict_reports_at_the_place(*columns).where(
        or_(
            articles.c.event_place == bindparam("place_key"),
            articles.c.event_place.startswith(_within_town()),
            bindparam("place_key", type_=String).startswith(literal(AREA)),
        ),
        articles.c.story_id.is_not(None),
    )


def _conflict_reports_at_the_place(*columns: Any) -> Select[Any]:
    """`columns` of the conflict articles naming the bound `place_key` published between the
    bound `since` and `until`: a range scan of the place's rows in `article_places`' index."""
    return (
        select(*columns)
        .join(article_places, article_places.c.article_id == articles.c.id)
        .where(
            article_places.c.place_key == bindparam("place_key"),
            article_places.c.is_conflict,
            article_places.c.published_at >= bindparam("since"),
            article_places.c.published_at <= bindparam("until"),
        )
    )


PLACE_REPORTS = 60
"""Most reports at an article's places read for its anchors: the latest ones within
USUAL_NAMES_WINDOW (a town in the news has a few dozen a day)."""
USUAL_NAMES_WINDOW = timedelta(days=7)
"""How far back and ahead the reports at a place tell which names are usual there (a
place's armed groups, river, officials): a day of a place seldom in the news holds too few
reports to tell them; only a story with a report within CROSS_LANGUAGE_WINDOW is joined."""


def place_reports(
    conn: Connection, published: datetime, place_keys: Sequence[str]
) -> list[tuple[int, str | None, frozenset[str], datetime]]:
    """(story id, language, anchor words, published) of the latest conflict reports (at
    most PLACE_REPORTS) published within USUAL_NAMES_WINDOW of `published` that name one
    of `place_keys`: a range scan of each place's rows in `article_places`' index. A
    report's anchor words are those kept when it was stored (`anchor_column`), else found
    from its title and text (`report_words`: reports stored before they were kept)."""
    if not place_keys:
        return []
    keys = sorted(set(place_keys))
    window = _numbered("place", keys)
    window.update(since=published - USUAL_NAMES_WINDOW, until=published + USUAL_NAMES_WINDOW)
    return [
        (
            story_id,
            lang,
            report_words(title, text) if kept is None else _kept_words(kept),
            at,
        )
        for story_id, lang, kept, title, text, at in _place_reports_query(len(keys)).rows(
            conn, window
        )
    ]


@cache
def _place_reports_query(places: int) -> Prepared:
    """`place_reports`' query for `places` place keys, built once: one parameter a key (the
    SQL SQLAlchemy expands a list of them to), and the window. A report's title and text
    are read only when its anchor words were not kept (NULL otherwise: no text is unpacked
    for nothing)."""
    at_places = (
        select(article_places.c.article_id)
        .where(
            _one_of(article_places.c.place_key, _parameter_names("place", places)),
            article_places.c.is_conflict,
            article_places.c.published_at >= bindparam("since"),
            article_places.c.published_at <= bindparam("until"),
        )
        .group_by(article_places.c.article_id)
        .order_by(func.max(article_places.c.published_at).desc())
        .limit(PLACE_REPORTS)
        .subquery()
    )
    unkept = articles.c.anchor_words.is_(None)
    return Prepared(
        select(
            articles.c.story_id,
            articles.c.lang,
            as_stored(articles.c.anchor_words),
            type_coerce(case((unkept, articles.c.title)), articles.c.title.type),
            type_coerce(case((unkept, articles.c.text)), articles.c.text.type),
            articles.c.published_at,
        )
        .join(at_places, at_places.c.article_id == articles.c.id)
        .where(articles.c.story_id.is_not(None))
    )


def _one_of(column: Any, names: Sequence[str]) -> Any:
    """`column` IN the bound parameters `names`, each of the column's type."""
    return column.in_([bindparam(name, type_=column.type) for name in names])


def _padded(prefix: str, values: Collection[Any]) -> dict[str, Any]:
    """`values`, sorted, as the parameters of a statement built for a power of two of them
    (at least 4): the last value repeated up to it, which an IN list matches no more nor
    less for. A lookup's statements are so a few, not one for every count."""
    given = sorted(values)
    size = max(4, 1 << (len(given) - 1).bit_length())
    padded = [*given, *[given[-1]] * (size - len(given))]
    return _numbered(prefix, padded)


def _numbered(prefix: str, values: Sequence[Any]) -> dict[str, Any]:
    """`values` as the parameters `_parameter_names(prefix, len(values))`, in order."""
    return dict(zip(_parameter_names(prefix, len(values)), values, strict=True))


def anchor_column(words: frozenset[str]) -> str | None:
    """A report's anchor words as `articles.anchor_words` keeps them: sorted, joined by
    spaces; None (not kept: found again from the text when read) if a word holds a space
    or is empty, which the join could not give back."""
    if any(not word or " " in word for word in words):
        return None
    return " ".join(sorted(words))


WORD_SETS = 256
"""Most stored word sets (`_kept_words`, `_stored_terms`) each remembers, by the value
stored: the latest reports at a place, or sharing band keys, are read again by each report
stored after them (of a bench round's reads, 88% of anchor words and 62% of story terms
were read among the last 256 distinct values); 256 sets hold about 1.1 MB."""


@lru_cache(maxsize=WORD_SETS)
def _kept_words(stored: str | bytes) -> frozenset[str]:
    """The words `anchor_column` kept, as `articles.anchor_words` stores them (`as_stored`)."""
    kept = unpacked(stored)
    return frozenset(kept.split(" ")) if kept else frozenset()


@lru_cache(maxsize=WORD_SETS)
def _stored_terms(stored: str | bytes | None) -> frozenset[str]:
    """An article's story terms, as `articles.story_terms` stores them (`as_stored`)."""
    return frozenset((unpacked(stored) or "").split())


def _no_other_figure(column: Any, figure: Any) -> Any:
    """The stored figure agrees with `figure` (a bound parameter, None when unknown):
    either is unknown, or they are equal."""
    return true() if figure is None else or_(column.is_(None), column == figure)


def new_story(conn: Connection, title: str, seen_at: datetime) -> int:
    """A story for an article that matches none; returns its id."""
    return int(_NEW_STORY.scalar(conn, {"title": title, "first_seen_at": seen_at}))


_NEW_STORY = Prepared(stories.insert().returning(stories.c.id))


def index_bands(
    conn: Connection, article_id: int, published: datetime, fingerprint: Fingerprint
) -> None:
    """Make a stored article findable by its band keys."""
    insert_rows(
        conn,
        story_bands,
        [
            {"band": band, "published_at": published, "article_id": article_id}
            for band in dict.fromkeys(fingerprint.bands)
        ],
    )


def prune_bands(conn: Connection, now: datetime) -> int:
    """Delete the band keys of articles published more than BANDS_KEPT before `now`, and
    their anchor words published more than ANCHORS_KEPT before it (one pass over each
    table, which holds only the recent ones); how many rows went."""
    deleted = conn.execute(
        story_bands.delete().where(story_bands.c.published_at < now - BANDS_KEPT)
    ).rowcount
    return (
        deleted
        + conn.execute(
            anchor_index.delete().where(anchor_index.c.published_at < now - ANCHORS_KEPT)
        ).rowcount
    )


ANCHORS_KEPT = timedelta(days=90)
"""Anchor words of reports published longer ago than this are deleted (`prune_bands`), and
a report already that old when it is stored is not indexed. What the index keeps is the
history by which `rare_writers` tells how rare a name is in the whole store: a week of a
small store, or of a place seldom in the news, is too thin (a broadcaster, a people or an
armed group then looks rare)."""
MAX_RARE_WORDS = 48
"""Most of a report's anchor words looked up store-wide (the longest first, which are the
least likely to be common)."""
MAX_WORD = 120
"""`anchor_index.word`'s length: a longer word is not indexed."""


def index_anchors(
    conn: Connection, article_id: int, published: datetime, words: frozenset[str]
) -> None:
    """Make a stored conflict report findable by its anchor words (`anchor_index`), its
    places' names among them: a report in which no place was found writes them as names."""
    insert_rows(
        conn,
        anchor_index,
        [
            {"word": word, "published_at": published, "article_id": article_id}
            for word in sorted(words)
            if 0 < len(word) <= MAX_WORD
        ],
    )


def rare_writers(
    conn: Connection, published: datetime, language: str, words: frozenset[str]
) -> list[Writer]:
    """(word, story id, whether in another language than `language`, whether published
    within CROSS_LANGUAGE_WINDOW) of the stored reports that write each of `words`, the
    latest first and at most RARE + 1 a word (more make it common), published before
    STORY_WINDOW after `published` (all `anchor_index` keeps, ANCHORS_KEPT): each word one
    limited range scan of its primary key, so the reads do not grow with the store."""
    looked = sorted((w for w in words if 0 < len(w) <= MAX_WORD), key=lambda w: (-len(w), w))
    looked = looked[:MAX_RARE_WORDS]
    if not looked:
        return []
    scans = _scans(len(looked))
    padded = [*looked, *[""] * (scans - len(looked))]  # "" is never indexed: no rows
    found = _rare_query(scans).rows(
        conn,
        {
            **_numbered("word", padded),
            "until": published + STORY_WINDOW,
        },
    )
    return [
        (
            word,
            story_id,
            lang not in (None, "und", language),
            abs(at - published) <= CROSS_LANGUAGE_WINDOW,
        )
        for word, story_id, lang, at in found
    ]


RARE_SCANS = (4, 8, 16, 32, MAX_RARE_WORDS)
"""The word counts `rare_writers`' statement is built for: a report's words are padded up
to the next one with the empty word, which no row holds. A statement for every count up
to MAX_RARE_WORDS held about 30 MB of SQLAlchemy objects in a poller (1,176 range scans
built and compiled); these five hold 108."""


def _scans(words: int) -> int:
    """The range scans of the statement that looks up `words` words (RARE_SCANS)."""
    return next(scans for scans in RARE_SCANS if scans >= words)


@cache
def _rare_query(words: int) -> Prepared:
    """`rare_writers`' query for `words` words, built once: each word's rows (the latest,
    at most RARE + 1) are one limited range scan, the words' scans joined by UNION ALL."""
    until = bindparam("until", type_=anchor_index.c.published_at.type)
    scans = [
        select(anchor_index.c.word, anchor_index.c.article_id, anchor_index.c.published_at)
        .where(
            anchor_index.c.word == bindparam(name, type_=anchor_index.c.word.type),
            anchor_index.c.published_at <= until,
        )
        .order_by(anchor_index.c.published_at.desc())
        .limit(RARE + 1)
        .subquery()
        for name in _parameter_names("word", words)
    ]
    rows = union_all(*(select(scan) for scan in scans)).subquery()
    return Prepared(
        select(rows.c.word, articles.c.story_id, articles.c.lang, rows.c.published_at)
        .join(articles, articles.c.id == rows.c.article_id)
        .where(articles.c.story_id.is_not(None))
    )
