"""Storing a poll's new articles in one transaction: each joined to its story, with its
sources, places and event (the write side of `Store`; the queries are `articles`).

It reads the understanding stage (stories' keys, anchors, outlets, the incident day),
which no read needs: a command that only reads never imports this module."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, delete, func, select, update

from bot.records import Analysis, EventFacts, ParsedEntry, Place, PollOutcome
from bot.storage.articles import INSIDE, FreshArticle, key_of, stored_ids
from bot.storage.bulk import insert_rows
from bot.storage.engine import begin_writing, dialect_insert, retried, upsert
from bot.storage.feeds import write_states
from bot.storage.prepared import Prepared
from bot.storage.schema import (
    article_places,
    article_sites,
    article_sources,
    articles,
    feeds,
    stories,
)
from bot.storage.stories import (
    ANCHORS_KEPT,
    BANDS_KEPT,
    Placed,
    anchor_column,
    begun_by,
    grown_toll_story,
    index_anchors,
    index_bands,
    lone_reports,
    lone_story,
    matching_story,
    new_story,
    place_reports,
    prune_bands,
    rare_writers,
    retold_toll_story,
    same_day_story,
    same_event_story,
    same_takeover_story,
    told_at,
    told_far_off,
)
from bot.storage.story_merge import merge_stories
from bot.understand import (
    CROSS_LANGUAGE_WINDOW,
    NEAR_DUPLICATE,
    Fingerprint,
    earlier_incident,
    event_key,
    incident_day,
    incident_key,
    takeover_key,
)
from bot.understand.anchors import (
    Anchor,
    anchors,
    place_words,
    rare_story,
    story_anchors,
    without,
    words_of,
)
from bot.understand.outlets import source_domain, wire_credit
from bot.understand.places.waters import SEA
from bot.understand.stories import (
    TOLL_RISES_DAYS,
    Told,
    area_key,
    event_point,
    event_town,
    provisional_toll,
    risen_toll,
    story_event,
    told_around,
    toll_key,
    untold_days,
    untold_town,
)

REGION_ROW = {"name": "", "kind": "", "country_code": "", "geonameid": None, "as_written": ""}
"""A region's row is found by its key, time and conflict flag alone: what would describe the
region is left empty (migration 0016)."""

NO_STORY = Fingerprint(frozenset(), ())
"""An article stored without a fingerprint is a story of its own, found by no other."""


def save_poll(
    engine: Engine,
    outcome: PollOutcome,
    fresh: Sequence[FreshArticle] = (),
    seen: Mapping[int, str | None] | None = None,
) -> int:
    """Store one poll of one feed in one transaction; returns how many articles are new.

    `fresh` are entries not stored before, with their analysis; `seen` maps the ids of
    articles already stored (found again here, or first in another feed) to this feed's
    link for them: only this feed is added to their sources. An article that another
    writer stored meanwhile counts as seen.
    """
    return retried(lambda: _save_poll_once(engine, outcome, fresh, seen or {}))


def _save_poll_once(
    engine: Engine,
    outcome: PollOutcome,
    fresh: Sequence[FreshArticle],
    seen: Mapping[int, str | None],
) -> int:
    sources = dict(seen)
    with begin_writing(engine) as conn:
        lost_races = []
        place_rows: list[dict[str, Any]] = []
        site_rows: list[dict[str, Any]] = []
        told_at_towns: list[tuple[int, datetime, str, frozenset[int]]] = []
        for item in fresh:
            article_id = _insert_article(
                conn, engine.dialect.name, outcome, item, place_rows, told_at_towns
            )
            if article_id is None:
                lost_races.append(item.entry)
            else:
                sources[article_id] = item.entry.link
                site_rows.extend(_site_rows(article_id, item.analysis))
        insert_rows(conn, article_places, place_rows)
        insert_rows(conn, article_sites, site_rows)
        for article_id, published, town, alike in told_at_towns:
            _rejoin_lone_reports(conn, article_id, published, town, alike)
        for uid, (article_id, _) in stored_ids(conn, lost_races).items():
            sources.setdefault(article_id, next(e.link for e in lost_races if e.uid == uid))
        if sources:
            feed_url = _FEED_URL.scalar(conn, {"feed_id": outcome.feed_id})
            conn.execute(
                upsert(engine, article_sources).on_conflict_do_nothing(),
                [
                    {
                        "article_id": article_id,
                        "feed_id": outcome.feed_id,
                        "link": link,
                        "seen_at": outcome.polled_at,
                        "outlet": source_domain(feed_url, link),
                    }
                    for article_id, link in sources.items()
                ],
            )
        write_states(conn, [outcome])
        new_count = len(fresh) - len(lost_races)
        counted = {"b_id": outcome.feed_id, "b_new": new_count}
        if outcome.error is None and outcome.feed_title:
            conn.execute(_COUNT_TITLED, {**counted, "b_title": outcome.feed_title})
        else:
            conn.execute(_COUNT, counted)
    return new_count


def prune_story_bands(engine: Engine, now: datetime) -> int:
    """Forget the band keys of articles too old for any new article to match
    (`stories.BANDS_KEPT`); how many rows went."""
    with begin_writing(engine) as conn:
        return prune_bands(conn, now)


def _insert_article(
    conn: Connection,
    dialect: str,
    outcome: PollOutcome,
    item: FreshArticle,
    place_rows: list[dict[str, Any]],
    told_at_towns: list[tuple[int, datetime, str, frozenset[int]]],
) -> int | None:
    """Store one new article in its story, its band keys indexed; its place rows are
    added to `place_rows` (stored by the caller, with those of the poll's other
    articles), and, when its event's place is a town or finer, (its id, publication
    time, that town, the stories whose words are partly like its own) to `told_at_towns`
    (for `_rejoin_lone_reports`, once its place rows are stored); None when another writer
    stored it meanwhile."""
    entry, analysis = item.entry, item.analysis
    story = item.story or NO_STORY
    published = entry.published_at or outcome.polled_at
    day = _incident_day(entry, analysis, outcome.polled_at)
    at_town = replace(analysis, event=_in_its_area(story_event(analysis.event, analysis.places)))
    values = {
        "uid": key_of(entry.uid),
        "canonical_link": key_of(entry.canonical_link),
        "link": entry.link,
        "title": entry.title,
        "text": entry.text,
        "feed_summary": None if entry.feed_summary == entry.text else entry.feed_summary,
        "summary": analysis.summary,
        "published_at": published,
        "published_is_guess": entry.published_at is None,
        "first_seen_at": outcome.polled_at,
        "relevance": analysis.relevance.score,
        "is_conflict": analysis.relevance.is_conflict,
        "feed_id": outcome.feed_id,
        "story_terms": " ".join(sorted(story.terms)),
        "page_status": item.page_status,
        "lang": analysis.language,
        "wire": wire_credit(entry.text),
        "incident_on": day,
        **_event_values(analysis.event),
        **_untold_values(entry, at_town, day, outcome.polled_at),
    }
    found = _report_anchors(entry, analysis)
    names = words_of(found) if found else frozenset()
    if found is not None and (analysis.places or analysis.containing):
        values["anchor_words"] = anchor_column(names)
    mine = None if found is None else without(found, place_words(analysis.places))
    placed = _placed(analysis, values)
    told = _told(analysis, entry.title, entry.text)
    match, partly_alike, alike = matching_story(conn, published, story, day, names, placed, told)
    keyed = _keyed_story(conn, published, at_town, day, entry.published_at is None)
    earlier = _earlier_day(entry, analysis, day, outcome.polled_at, values.get("untold_on"))
    if earlier is not None:  # the story of the attack the report recalls is not its own
        match = None if match is None or begun_by(conn, match[0], earlier) else match
        keyed = None if keyed is None or begun_by(conn, keyed, earlier) else keyed
    if match and keyed is not None and keyed != match[0]:
        older, younger = sorted((match[0], keyed))
        if merge_stories(conn, older, younger):
            match = (older, match[1])
    joined = (
        match[0]
        if match
        else keyed
        or _grown_toll(conn, published, entry, at_town, day, story)
        or _retold_toll(conn, published, at_town, day)
        or _on_its_days(conn, _named_story(conn, published, mine, analysis), day)
        or _on_its_days(conn, _rare_story(conn, published, mine, analysis, partly_alike), day)
        or _lone_story(conn, published, entry, at_town, values, alike)
    )
    if joined is not None and earlier is not None and begun_by(conn, joined, earlier):
        joined = None
    values["story_id"] = joined or new_story(conn, entry.title, outcome.polled_at)
    inserted = _article_insert(dialect).scalar(conn, values)
    if inserted is None:  # another writer stored it meanwhile: no story of its own
        if joined is None:
            conn.execute(delete(stories).where(stories.c.id == values["story_id"]))
        return None
    recent = published >= outcome.polled_at - BANDS_KEPT  # older: pruned at once
    if recent and (match is None or match[1] < NEAR_DUPLICATE):
        index_bands(conn, inserted, published, story)
    if names and published >= outcome.polled_at - ANCHORS_KEPT:
        index_anchors(conn, inserted, published, names)
    town = event_town(at_town.event)
    if town is not None:
        told_at_towns.append((int(inserted), published, town, alike))
    rows: dict[str, dict[str, Any]] = {}
    shared = {
        "article_id": inserted,
        "is_conflict": analysis.relevance.is_conflict,
        "published_at": published,
    }
    for mention in analysis.places:
        place = mention.place
        rows.setdefault(
            place.key,
            {
                **shared,
                "place_key": place.key,
                "name": place.name,
                "kind": place.kind,
                "country_code": place.country_code,
                "geonameid": place.geonameid,
                "as_written": mention.as_written,
            },
        )
    for region in analysis.containing:
        key = INSIDE + region.key
        rows.setdefault(key, {**shared, **REGION_ROW, "place_key": key})
    for area in (town, values.get("untold_town")):  # an unlisted town's area: `_in_its_area`
        if area is not None and area.startswith(INSIDE):
            rows.setdefault(area, {**shared, **REGION_ROW, "place_key": area})
    place_rows.extend(rows.values())
    return int(inserted)


def _site_rows(article_id: int, analysis: Analysis) -> list[dict[str, Any]]:
    """The rows of an article's named facilities (`article_sites`), in the order first named,
    each with the place its text puts it in (None: none)."""
    return [
        {
            "article_id": article_id,
            "position": position,
            "name": site.name,
            "parent_key": None if site.parent is None else site.parent.key,
            "parent_name": None if site.parent is None else site.parent.name,
        }
        for position, site in enumerate(analysis.sites)
    ]


def _on_its_days(conn: Connection, story: int | None, day: date | None) -> int | None:
    """`story`, found by a report's names, unless its reports date their incident only on
    days far from `day` (the day the report's lead dates, `told_far_off`): the same names
    at one town two days apart tell another incident there."""
    return None if story is None or told_far_off(conn, story, day) else story


def _in_its_area(event: EventFacts | None) -> EventFacts | None:
    """The event as story keys read it when it is at an unlisted town or village: at that
    town's area in its country (INSIDE + `area_key`), where another outlet's report of it
    is whatever place its text put the town in ("Yelwata" under Benue State by one text,
    under Nasarawa State by another that names both). The stored event keeps its place."""
    if event is None or event.place is None:
        return event
    area = area_key(event.place.place)
    if area is None:
        return event
    place = replace(event.place.place, key=INSIDE + area)
    return replace(event, place=replace(event.place, place=place))


@cache
def _article_insert(dialect: str) -> Prepared:
    """The INSERT of one article (nothing when its uid or link is stored), built once."""
    insert = dialect_insert(dialect, articles)
    return Prepared(insert.on_conflict_do_nothing().returning(articles.c.id))


def _keyed_story(
    conn: Connection, published: datetime, analysis: Analysis, day: date | None, guessed: bool
) -> int | None:
    """The story an article joins by its event's facts: the same event reported in another
    language (`event_key`), the same place's capture told in any language over the story
    window (`takeover_key`), or the same incident in its own language on the same day
    (`incident_key`), else None. A report whose lead dates nothing (`guessed`: its feed
    gave no date either) joins by the days it was likely written on (`untold_days`), its
    publication day first, a report that dates its incident on one of them: wires often
    give no day ("killed at least 31 people"). A report whose words match another story
    bridges the two (`merge_stories`)."""
    if analysis.language is None:
        return None
    key = event_key(analysis.language, analysis.event)
    if key is not None:
        found = same_event_story(conn, published, analysis.language, key, undated=day is None)
        if found is not None:
            return found
    taken = takeover_key(analysis.language, analysis.event)
    if taken is not None:
        found = same_takeover_story(conn, published, taken, day)
        if found is not None:
            return found
    days = [day] if day is not None else sorted(untold_days(None, published, guessed), reverse=True)
    for told in days:
        same_day = incident_key(analysis.language, analysis.event, told)
        if same_day is None:
            return None
        found = same_day_story(conn, published, analysis.language, same_day)
        if found is not None:
            return found
    return None


def _grown_toll(
    conn: Connection,
    published: datetime,
    entry: ParsedEntry,
    analysis: Analysis,
    day: date | None,
    story: Fingerprint,
) -> int | None:
    """The story of a report in its language of the same place, day and kind whose toll
    differs only as a toll grows between outlets, or as a toll the report says is not final
    (`provisional_toll`) may, and whose words are alike enough (`grown_toll_story`), else
    None. A report whose lead dates nothing tells of the day it was published (or first
    seen, when its feed gave no date) or the one before (`untold_days`): a revised toll is
    often told the day after, "a missile strike that killed more than 50 people". One whose
    feed dated it joins only a report dating its incident (`dated_only`): two reports
    dating nothing published a day apart may tell two strikes on one town. A report saying
    its toll rose (`risen_toll`) may tell of a strike up to TOLL_RISES_DAYS before those
    days, told within the story window: its lead dates the count ("rose to 40 today")."""
    last_day = None
    dated_only = day is None and entry.published_at is not None
    if day is None:
        days = untold_days(None, published, guessed=True)
        day, last_day = min(days), max(days)
    key = toll_key(analysis.language, analysis.event, day, last_day)
    if key is None or analysis.language is None:
        return None
    title, text = entry.title or "", entry.text or ""
    risen = risen_toll(title, text)
    if risen:
        key = replace(key, day=key.day - TOLL_RISES_DAYS, last_day=key.last_day or key.day)
    provisional = provisional_toll(title, text)
    injured = analysis.event.injured.min if analysis.event is not None else None
    return grown_toll_story(
        conn,
        published,
        analysis.language,
        key,
        story.terms,
        provisional,
        dated_only,
        risen,
        injured,
    )


def _retold_toll(
    conn: Connection, published: datetime, analysis: Analysis, day: date | None
) -> int | None:
    """The one story told in other languages within a day at the report's town, of its
    kind, whose toll is close to the report's (`retold_toll_story`), else None."""
    key = event_key(analysis.language, analysis.event)
    if key is None or analysis.language is None:
        return None
    return retold_toll_story(conn, published, analysis.language, key, day)


def _untold_values(
    entry: ParsedEntry, analysis: Analysis, day: date | None, polled_at: datetime
) -> dict[str, Any]:
    """The columns of a conflict report in a told language giving no casualty figure: its
    town (`untold_town`) and the day its lead dates (its event's `day`, or for a report
    with no event read the day its lead dates all the same: a weekday in its language,
    "Lunedì"); none for any other article."""
    if analysis.language is None or not analysis.relevance.is_conflict:
        return {}
    town = untold_town(analysis.language, analysis.event, analysis.places, len(entry.title or ""))
    if town is None:
        return {}
    if analysis.event is None:  # an event's unlisted town is its area already: `_in_its_area`
        area = next((area_key(m.place) for m in analysis.places if m.place.key == town), None)
        town = town if area is None else INSIDE + area
        day = _lead_day(entry, analysis, polled_at)
    return {"untold_town": town, "untold_on": day}


def _lone_story(
    conn: Connection,
    published: datetime,
    entry: ParsedEntry,
    analysis: Analysis,
    values: dict[str, Any],
    alike: frozenset[int],
) -> int | None:
    """The one story told within a day at the town of a conflict report that gives no
    casualty figure (`values`' untold town and day, `lone_story`), in other languages or
    in words partly like its own (`alike`: the stories of its candidates), else None; the
    report's days are those `untold_days` gives, the reports looked at those published
    around it or, for a look-back days on, around its incident's day (`told_around`)."""
    town = values.get("untold_town")
    if town is None or analysis.language is None:
        return None
    days = untold_days(values["untold_on"], published, entry.published_at is None)
    around = told_around(values["untold_on"], published)
    return lone_story(conn, around, analysis.language, town, days, alike=alike)


_FEED_URL = Prepared(select(feeds.c.url).where(feeds.c.id == bindparam("feed_id")))
_COUNT = (
    update(feeds)
    .where(feeds.c.id == bindparam("b_id"))
    .values(article_count=feeds.c.article_count + bindparam("b_new"))
)
_COUNT_TITLED = _COUNT.values(title=func.coalesce(feeds.c.title, bindparam("b_title")))
"""A poll's new articles counted on its feed (and, from a document that parsed, the feed's
title kept when it has none yet): built once, SQLAlchemy's compiled form cached."""

_STORY_OF = Prepared(select(articles.c.story_id).where(articles.c.id == bindparam("article_id")))


def _rejoin_lone_reports(
    conn: Connection, article_id: int, published: datetime, town: str, alike: frozenset[int]
) -> None:
    """Move into the story of report `article_id`, just stored with its event at `town`,
    the stories of reports giving no figure stored before at that town (one report, or
    several joined by their words) which the same rules now join to it (`lone_reports`,
    `lone_story` as if each had come after it): reports stored before any other at their
    town are not left apart when the story forms there; one in the report's language joins
    only when it is one of `alike` (words partly like the report's). A lone story a
    channel was shown, or mutes or follows, stays (`merge_stories`)."""
    reports = lone_reports(conn, published, town)
    if not reports:  # most towns hold none: the report's story is not read for nothing
        return
    story = _STORY_OF.scalar(conn, {"article_id": article_id})
    if story is None:
        return
    for lone in reports:
        if lone.story_id == story or lone.language in (None, "und"):
            continue
        alike_it = (story,) if lone.story_id in alike else ()
        joined = lone_story(
            conn, lone.published, lone.language, town, lone.days, lone.story_id, alike_it
        )
        if joined == story:
            merge_stories(conn, story, lone.story_id)


def _report_anchors(entry: ParsedEntry, analysis: Analysis) -> frozenset[Anchor] | None:
    """The anchors of a conflict report (in its language: their words are those of
    `report_words(title, text)` in any language), which reports at its places and reports
    writing the same rare names read; None for any other article, which no report reads."""
    if not analysis.relevance.is_conflict:
        return None
    return anchors(entry.title or "", entry.text or "", analysis.language)


def _rare_story(
    conn: Connection,
    published: datetime,
    mine: frozenset[Anchor] | None,
    analysis: Analysis,
    partly_alike: dict[int, int],
) -> int | None:
    """The story that the names of a conflict report rare across the whole store name
    (`rare_story`: the reports writing each, read from `anchor_index`), else None: the
    way to its story of a report whose places are not found, or which shares one
    distinctive name with it. `mine` are its anchors, its places' names aside;
    `partly_alike` the articles (id -> story id) whose words are partly like its own: their
    stories count as such when one of those names a place the report names (a town, a
    province, a sea; not a country or a wider region), as an outlet's attribution ("the
    Syrian Observatory") gives two reports of one country's incidents rare words alike."""
    if analysis.language in (None, "und") or not mine:
        return None
    writers = rare_writers(conn, published, analysis.language, words_of(mine))
    placed = any(_in_one_country(m.place) for m in analysis.places)
    keys = [m.place.key for m in analysis.places if _in_one_country(m.place) or m.place.kind == SEA]
    alike = told_at(conn, partly_alike, keys) if writers else frozenset()
    return rare_story(mine, writers, placed, alike)


def _named_story(
    conn: Connection,
    published: datetime,
    mine: frozenset[Anchor] | None,
    analysis: Analysis,
) -> int | None:
    """The story of the conflict reports of the last day at the article's places that
    share enough of its distinctive names and figures (`mine`: its anchors, its places'
    names aside; `story_anchors`), else None. Its places are those within one country that
    it names, with the places inside them, and the regions around them (a village and its
    province are one area). The reports of the week there tell which names are usual at
    them; only a story told there within the last day is joined."""
    if analysis.language in (None, "und") or mine is None:
        return None
    named = [m.place.key for m in analysis.places if _in_one_country(m.place)]
    around = [p.key for p in analysis.containing if _in_one_country(p)]
    reports = place_reports(conn, published, [*named, *(INSIDE + k for k in named), *around])
    if not reports:
        return None
    best = story_anchors(
        mine,
        (
            (story, lang not in (None, "und", analysis.language), words)
            for story, lang, words, _ in reports
        ),
        frozenset(story for story, *_ in reports)
        - {story for story, *_, at in reports if abs(at - published) <= CROSS_LANGUAGE_WINDOW},
    )
    return None if best is None else best[0]


def _in_one_country(place: Place) -> bool:
    """Whether a place lies within one country and is smaller: a town, a district, a
    province, a region such as the Gaza Strip (not a country, nor the Middle East)."""
    return place.kind != "country" and bool(place.country_code)


def _incident_day(entry: ParsedEntry, analysis: Analysis, polled_at: datetime) -> date | None:
    """The day a conflict report's lead dates its event (`incident_day`, read in its
    language), None for an article without an event."""
    if analysis.event is None:
        return None
    return _lead_day(entry, analysis, polled_at)


def _earlier_day(
    entry: ParsedEntry,
    analysis: Analysis,
    day: date | None,
    polled_at: datetime,
    untold_on: date | None,
) -> date | None:
    """The day of the earlier attack a conflict report says its event came after
    (`earlier_incident`; its own day: its incident's, else the one its lead dates), None
    for a report recalling none, for a report saying its toll rose (`risen_toll`: "the day
    after the strike" recalls its own event) and for any other article."""
    title, text = entry.title or "", entry.text or ""
    if not analysis.relevance.is_conflict or risen_toll(title, text):
        return None
    published = entry.published_at.date() if entry.published_at else None
    own = day or untold_on
    return earlier_incident(title, text, published, polled_at.date(), analysis.language, own)


def _lead_day(entry: ParsedEntry, analysis: Analysis, polled_at: datetime) -> date | None:
    """The day an article's headline or lead dates, in English, French or its language
    (`incident_day`), whether or not its event was read."""
    published = entry.published_at.date() if entry.published_at else None
    title, text = entry.title or "", entry.text or ""
    return incident_day(title, text, published, polled_at.date(), analysis.language)


def _event_values(event: EventFacts | None) -> dict[str, Any]:
    """The article's event columns (all NULL without an event)."""
    if event is None:
        return {}
    point = event_point(event)  # a populated place's: word matches refuse far-apart reports
    return {
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "killed_min": event.killed.min,
        "killed_exact": event.killed.exact,
        "injured_min": event.injured.min,
        "injured_exact": event.injured.exact,
        "event_place": None if event.place is None else event.place.place.key,
        "event_lat": None if point is None else point[0],
        "event_lon": None if point is None else point[1],
    }


def _told(analysis: Analysis, title: str, text: str) -> Told | None:
    """The report's event facts a word match weighs (`stories.facts_conflict`); None for a
    report without an event or a killed figure, whose facts conflict with none (its text is
    then not read again for a risen toll)."""
    event = analysis.event
    if event is None or event.killed.min is None:
        return None
    rose = risen_toll(title, text) or provisional_toll(title, text)
    return Told(event.event_type, event.sub_event_type, event.killed.min, rose)


def _placed(analysis: Analysis, values: dict[str, Any]) -> Placed | None:
    """Where the report places its event, when at a populated place's point."""
    event, lat, lon = analysis.event, values.get("event_lat"), values.get("event_lon")
    if event is None or lat is None or lon is None:
        return None
    keys = frozenset(m.place.key for m in analysis.places)
    return Placed(lat, lon, event.event_type, values["event_place"], keys)
