"""Records as plain JSON-able dicts and CSV rows, for `--json` and `newsbot export`."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict
from datetime import datetime
from typing import Any, Literal

from bot.answers import Activity, Briefing, Incident, NoPlace
from bot.records import (
    Analysis,
    Casualties,
    EventFacts,
    FeedStatus,
    Place,
    PlaceMention,
    ReportedFigure,
    Site,
    StoredArticle,
    StoredEvent,
    StoredPlace,
    StoredSite,
    Story,
)

Locate = Callable[[str], Place | None]
"""The gazetteer's place for a stored place's key, with its point (`answers.located`): where
JSON and CSV take a stored place's country and coordinates from."""


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def place_dict(place: Place) -> dict[str, Any]:
    """A gazetteer place as a dict."""
    return asdict(place)


def stored_place_dict(place: StoredPlace, locate: Locate | None = None) -> dict[str, Any]:
    """A place an article names, as stored, with its country and coordinates from the
    gazetteer (`lat`, `lon`; a village it does not list has the point of the place around it,
    marked `approximate`), the same keys as `analyze --json` gives a place but its spans;
    null where the gazetteer has none."""
    found = locate(place.key) if locate is not None else None
    point = found if found is not None and found.lat is not None else None
    return {
        "key": place.key,
        "name": place.name,
        "kind": place.kind,
        "country_code": place.country_code,
        "country": found.country if found is not None else None,
        "as_written": place.as_written,
        "geonameid": place.geonameid,
        "lat": None if point is None else point.lat,
        "lon": None if point is None else point.lon,
        "approximate": point is not None and (point.approximate or point.key != place.key),
    }


def stored_site_dict(site: StoredSite, locate: Locate | None = None) -> dict[str, Any]:
    """A named facility an article names, as stored: the keys `analyze --json` gives a site
    but its key and spans (its coordinates are its parent's, from the gazetteer when
    `locate` is given; null where there is none)."""
    found = locate(site.parent_key) if locate is not None and site.parent_key else None
    point = found if found is not None and found.lat is not None else None
    return {
        "name": site.name,
        "parent": site.parent_key,
        "parent_name": site.parent_name,
        "lat": None if point is None else point.lat,
        "lon": None if point is None else point.lon,
        "approximate": point is not None,
    }


def article_dict(article: StoredArticle, locate: Locate | None = None) -> dict[str, Any]:
    """A stored article as a dict (times in ISO 8601 UTC; places with their coordinates when
    `locate` is given)."""
    return {
        "id": article.id,
        "uid": article.uid,
        "title": article.title,
        "link": article.link,
        "published_at": _iso(article.published_at),
        "first_seen_at": _iso(article.first_seen_at),
        "relevance": round(article.relevance, 3),
        "is_conflict": article.is_conflict,
        "sources": list(article.sources),
        "places": [stored_place_dict(p, locate) for p in article.places],
        "sites": [stored_site_dict(site, locate) for site in article.sites],
        "summary": article.summary,
        "language": article.language,
        **stored_event_dict(article.event, locate),
    }


def story_dict(story: Story, locate: Locate | None = None) -> dict[str, Any]:
    """A story as a dict: its lead article's title, summary, places and event (type,
    sub-event, place), its `killed` and `injured` (the highest any report gives, as the
    terminal's event line and the CSV's columns show them), its highest and latest figures
    with their outlets, every source (article id, outlet, link, time, the figures it gives)
    and the listed articles."""
    lead = story.lead
    return {
        "story_id": story.id,
        "title": lead.title,
        "link": lead.link,
        "published_at": _iso(lead.published_at),
        "is_conflict": lead.is_conflict,
        "summary": lead.summary,
        "places": [stored_place_dict(p, locate) for p in lead.places],
        "sites": [stored_site_dict(site, locate) for site in lead.sites],
        "language": lead.language,
        **stored_event_dict(lead.event, locate),
        "killed": _highest(story, "killed"),
        "injured": _highest(story, "injured"),
        "figures": story_figures_dict(story),
        "source_count": story.source_count,
        "single_source": story.source_count <= 1,
        "sources": [
            {
                "article_id": source.article_id,
                "outlet": source.outlet,
                "link": source.link,
                "published_at": _iso(source.published_at),
                "killed": _figure(source.killed),
                "injured": _figure(source.injured),
            }
            for source in story.sources
        ],
        "articles": [article_dict(a, locate) for a in story.articles],
    }


def incident_dict(incident: Incident, locate: Locate | None = None) -> dict[str, Any]:
    """An incident within a watch (`newsbot events --json`): its story as `story_dict` gives
    it (event of the report measured, the story's highest figures, every source), with how
    far from the watch point its event happened (`distance_km`, to 0.1 km), which way
    (`bearing`, 8-point compass, "" under 1 km), whether that was measured to a stand-in
    point (`distance_approximate`: a village's area, a district's mean) and when its first
    outlet reported it."""
    return {
        **story_dict(incident.story, locate),
        "distance_km": round(incident.distance.km, 1),
        "bearing": incident.distance.bearing,
        "distance_approximate": incident.distance.approximate,
        "first_reported_at": _iso(incident.first_reported),
    }


def _figure(casualties: Casualties) -> dict[str, Any]:
    """A stored figure: its minimum (None: no figure) and whether exact."""
    return {"min": casualties.min, "exact": casualties.exact}


def _highest(story: Story, which: Literal["killed", "injured"]) -> dict[str, Any] | None:
    """The story's highest `which` ("killed", "injured") figure as its event's: None when the
    lead has no event and no report gives one."""
    figure = story.figure(which)
    if figure is not None:
        return _figure(figure.casualties)
    return None if story.lead.event is None else _figure(Casualties())


def figure_dict(figure: ReportedFigure | None) -> dict[str, Any] | None:
    """A story's figure with the outlet (and article) that reported it; None: no report
    gives one."""
    if figure is None:
        return None
    return {
        "min": figure.casualties.min,
        "exact": figure.casualties.exact,
        "outlet": figure.outlet,
        "article_id": figure.article_id,
        "published_at": _iso(figure.published_at),
    }


def story_figures_dict(story: Story) -> dict[str, Any]:
    """The story's highest and latest killed and injured figures, each with its outlet."""
    return {
        which: {
            "highest": figure_dict(story.figure(which)),
            "latest": figure_dict(story.figure(which, latest=True)),
        }
        for which in ("killed", "injured")
    }


def feed_dict(feed: FeedStatus) -> dict[str, Any]:
    """A feed and its polling state as a dict."""
    data = asdict(feed)
    for key, value in data.items():
        if isinstance(value, datetime):
            data[key] = value.isoformat()
    return data


def briefing_dict(answer: Briefing | NoPlace, locate: Locate | None = None) -> dict[str, Any]:
    """A place briefing (or the no-match answer) as a dict."""
    if isinstance(answer, NoPlace):
        return {
            "query": answer.query,
            "place": None,
            "error": f"no place matches {answer.query!r}",
            "suggestions": [place_dict(p) for p in answer.suggestions],
        }
    return {
        "query": answer.query,
        "place": place_dict(answer.place),
        "exact": answer.exact,
        "alternatives": [place_dict(p) for p in answer.alternatives],
        "also": [place_dict(p) for p in answer.also],
        "since": _iso(answer.since),
        "older": answer.older,
        "summary": answer.summary,
        "summary_sentences": [
            {"text": text, "article_id": article.id, "sources": list(article.sources)}
            for text, article in answer.summary_sentences
        ],
        "articles": [article_dict(a, locate) for a in answer.articles],
        "stories": [story_dict(s, locate) for s in answer.stories],
    }


def activity_dict(activity: Activity) -> dict[str, Any]:
    """A place's 30 days of activity: the days, stories per day by event type, and killed
    per ISO week."""
    return {
        "days": [day.isoformat() for day in activity.days],
        "incidents": activity.incidents,
        "weeks": activity.weeks,
        "killed_per_week": activity.killed,
    }


def mention_dict(mention: PlaceMention) -> dict[str, Any]:
    """A place as named in a text: the words, where they are, and the place they stand for."""
    return {
        "as_written": mention.as_written,
        "start": mention.start,
        "end": mention.end,
        "name": mention.place.name,
        "kind": mention.place.kind,
        "country_code": mention.place.country_code,
        "country": mention.place.country,
        "geonameid": mention.place.geonameid,
        "key": mention.place.key,
        "lat": mention.place.lat,
        "lon": mention.place.lon,
        "approximate": mention.place.approximate,
    }


def casualties_dict(casualties: Casualties) -> dict[str, Any]:
    """Killed or injured: the minimum (None: no figure), whether exact, the words read."""
    return asdict(casualties)


def event_dict(event: EventFacts | None) -> dict[str, Any]:
    """An article's event facts as flat keys (all None when it has none)."""
    if event is None:
        return dict.fromkeys(("event_type", "sub_event_type", "killed", "injured", "event_place"))
    return {
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "killed": casualties_dict(event.killed),
        "injured": casualties_dict(event.injured),
        "event_place": None if event.place is None else mention_dict(event.place),
    }


def stored_event_dict(event: StoredEvent | None, locate: Locate | None = None) -> dict[str, Any]:
    """A stored article's event as the same flat keys as `event_dict` (figures without the
    words they were read from; the place with its coordinates when `locate` is given)."""
    if event is None:
        return event_dict(None)
    return {
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "killed": _figure(event.killed),
        "injured": _figure(event.injured),
        "event_place": None if event.place is None else stored_place_dict(event.place, locate),
    }


def analysis_dict(
    analysis: Analysis, source: str, parents: Callable[[str], list[Place]] | None = None
) -> dict[str, Any]:
    """What `newsbot analyze --json` prints for one input; `parents` gives the places
    containing a place (by its key), nearest first, for each place's chain."""
    return {
        "input": source,
        "language": analysis.language,
        "relevance": {
            "score": round(analysis.relevance.score, 3),
            "is_conflict": analysis.relevance.is_conflict,
            "terms": list(analysis.relevance.terms),
        },
        "places": [
            {
                **mention_dict(m),
                "mentions": [
                    {"start": start, "end": end, "as_written": written}
                    for start, end, written in m.mentions
                ],
                "parents": [
                    {"key": p.key, "name": p.name, "kind": p.kind}
                    for p in (parents(m.place.key) if parents else [])
                ],
            }
            for m in analysis.places
        ],
        "sites": [site_dict(site) for site in analysis.sites],
        "summary": analysis.summary,
        **event_dict(analysis.event),
    }


def site_dict(site: Site) -> dict[str, Any]:
    """A named facility as `analyze --json` gives it: its name, every mention, its parent
    (the place the text puts it in; null when the text names none) and the parent's
    coordinates, which stand for the site's (`approximate`: always, as a site has no point of
    its own)."""
    parent = site.parent
    return {
        "name": site.name,
        "key": site.key,
        "mentions": [
            {"start": start, "end": end, "as_written": written}
            for start, end, written in site.mentions
        ],
        "parent": None if parent is None else parent.key,
        "parent_name": None if parent is None else parent.label,
        "lat": None if parent is None else parent.lat,
        "lon": None if parent is None else parent.lon,
        "approximate": parent is not None and parent.lat is not None,
    }


def to_json(data: Any) -> str:
    """Pretty JSON, non-ASCII kept as is (place names in Arabic script stay readable)."""
    return json.dumps(data, ensure_ascii=False, indent=2)


EXPORT_COLUMNS = (
    "published_at",
    "story_id",
    "source_count",
    "source",
    "title",
    "link",
    "source_links",
    "places",
    "sites",
    "summary",
    "is_conflict",
    "language",
    "event_type",
    "sub_event_type",
    "event_place",
    "event_place_lat",
    "event_place_lon",
    "killed",
    "killed_exact",
    "killed_outlet",
    "injured",
    "injured_exact",
    "injured_outlet",
)


def export_rows(found: Iterable[Story], locate: Locate | None = None) -> list[dict[str, Any]]:
    """One flat row per story, for `newsbot export`, with the names and units of the JSON
    export: its sources' outlets and links in parallel "; "-separated lists, its lead's sites
    (their names, "; "-separated), its lead's event (type, sub-event, place and the place's
    coordinates), its highest killed and injured figures (the minimum, whether exact, the
    outlet); an empty cell where JSON has null."""
    return [
        {
            "published_at": _iso(story.lead.published_at),
            "story_id": story.id,
            "source_count": story.source_count,
            "source": "; ".join(s.outlet for s in story.sources),
            "title": story.lead.title,
            "link": story.lead.link,
            "source_links": "; ".join(s.link or "" for s in story.sources),
            "places": "; ".join(dict.fromkeys(p.name for p in story.lead.places)),
            "sites": "; ".join(site.name for site in story.lead.sites),
            "summary": story.lead.summary,
            "is_conflict": story.lead.is_conflict,
            "language": story.lead.language or "",
            **_flat_event(story.lead.event, locate),
            **_flat_figures(story),
        }
        for story in found
    ]


def _flat_event(event: StoredEvent | None, locate: Locate | None) -> dict[str, Any]:
    """The event's type, sub-event type, place and the place's coordinates, as CSV cells."""
    facts = stored_event_dict(event, locate)
    place = facts["event_place"] or {}
    return {
        "event_type": facts["event_type"],
        "sub_event_type": facts["sub_event_type"],
        "event_place": place.get("name"),
        "event_place_lat": place.get("lat"),
        "event_place_lon": place.get("lon"),
    }


def _flat_figures(story: Story) -> dict[str, Any]:
    """The story's highest killed and injured figures, whether exact, and their outlets, as
    CSV cells."""
    cells: dict[str, Any] = {}
    for which in ("killed", "injured"):
        figure = story.figure(which)
        cells[which] = None if figure is None else figure.casualties.min
        cells[f"{which}_exact"] = None if figure is None else figure.casualties.exact
        cells[f"{which}_outlet"] = None if figure is None else figure.outlet
    return cells


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What a spreadsheet reads as the start of a formula in a cell (CSV injection)."""


def _cell(value: Any) -> Any:
    """A value as a CSV cell: empty for None, `true`/`false` as JSON writes booleans, and
    text that a spreadsheet would run as a formula ("=HYPERLINK(...)" in a feed's title)
    quoted with a leading apostrophe, so feed text stays text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def to_csv(rows: Sequence[dict[str, Any]]) -> str:
    """Rows as CSV text with a header line."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=EXPORT_COLUMNS)
    writer.writeheader()
    writer.writerows({key: _cell(value) for key, value in row.items()} for row in rows)
    return buffer.getvalue()
