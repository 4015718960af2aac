"""Radius watches: reading "within 30 km of ...", finding its centre, matching articles."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from bot.answers.radius import (
    Distance,
    Radius,
    around_place,
    centre_of,
    compass,
    distance_from,
    parse_radius,
    resolve_radius,
)
from bot.answers.subscriptions import Matcher, parse_subscribe
from bot.records import (
    Casualties,
    StoredArticle,
    StoredEvent,
    StoredPlace,
    Subscription,
    Target,
)
from bot.understand.analyzer import Analyzer
from tests.support.records import stored_article

NOW = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "km", "around", "point"),
    [
        ("within 30 km of Goma", 30, "Goma", None),
        ("within 30km of Goma", 30, "Goma", None),
        ("Within 12.5 kilometres of Deir ez-Zor", 12.5, "Deir ez-Zor", None),
        ("within 50 km of 36.2,37.1", 50, "36.2,37.1", (36.2, 37.1)),
        ("within 50 km of -1.67, 29.23", 50, "-1.67, 29.23", (-1.67, 29.23)),
        ("within 1 km around Dayr az Zawr", 1, "Dayr az Zawr", None),
        ("within 500 kms from Sake", 500, "Sake", None),
    ],
)
def test_radius_forms(text: str, km: float, around: str, point: tuple[float, float] | None) -> None:
    assert parse_radius(text) == Radius(km, around, point)


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("within Goma", "write a radius as `within 30 km of Goma`"),
        ("within 30 km of", "write a radius as `within 30 km of Goma`"),
        ("within 30 of Goma", "give the radius in km"),
        ("within 20 miles of Goma", "give the radius in km"),
        ("within 0 km of Goma", "a radius runs from 1 to 500 km (not 0 km)"),
        ("within 900 km of Goma", "a radius runs from 1 to 500 km (not 900 km)"),
        ("within 1.2.3 km of Goma", "`1.2.3` is no distance"),
        ("within 30 km of 95,37", "`95,37` is no point: latitude runs from -90 to 90"),
        ("within 30 km of 36.2,190", "longitude from -180 to 180"),
    ],
)
def test_radius_errors(text: str, error: str) -> None:
    with pytest.raises(ValueError, match=error.replace("(", r"\(").replace(")", r"\)")):
        parse_radius(text)


def test_other_text_is_no_radius() -> None:
    assert parse_radius("Goma") is None
    assert parse_radius("withinfield clashes") is None
    assert parse_radius("Deir ez-Zor within days") is None


def test_schedules_after_a_radius() -> None:
    request = parse_subscribe("within 50 km of 36.2,37.1 daily 08:00")
    assert (request.query, request.mode, request.daily_at) == (
        "within 50 km of 36.2,37.1",
        "daily",
        "08:00",
    )
    alerts = parse_subscribe("within 30 km of Goma alerts")
    assert (alerts.query, alerts.mode) == ("within 30 km of Goma", "alerts")


def test_resolving_the_centre(analyzer: Analyzer) -> None:
    gaz = analyzer.gazetteer
    goma = resolve_radius(gaz, Radius(30, "Goma")).target
    assert goma == Target(
        "near", "-1.6741,29.2284,30", "within 30 km of Goma, Democratic Republic of the Congo"
    )
    point = resolve_radius(gaz, Radius(50, "36.2,37.1", (36.2, 37.1))).target
    assert point == Target("near", "36.2000,37.1000,50", "within 50 km of 36.2,37.1")
    deir = resolve_radius(gaz, Radius(30, "Dayr az Zawr")).target
    assert deir is not None and deir.label == "within 30 km of Deir ez-Zor, Syria"
    rutshuru = resolve_radius(gaz, Radius(20, "Rutshuru")).target
    assert rutshuru is not None and rutshuru.key == "-1.1867,29.4467,20", "the town, not the area"
    typo = resolve_radius(gaz, Radius(30, "Gomaa"))
    assert typo.target is None and typo.suggestions[0].name == "Goma"


@pytest.mark.parametrize(
    ("around", "error"),
    [
        ("Syria", "Syria is a country, too large to measure a radius from"),
        ("Idlib Governorate", "Idlib Governorate, Syria is a first-level area"),
        ("Gharb Koy", "I have no coordinates for Gharb Koy"),
        ("Qqqxqz", "No place is called “Qqqxqz”: check the spelling, or give a point"),
    ],
)
def test_centres_refused(analyzer: Analyzer, around: str, error: str) -> None:
    with pytest.raises(ValueError, match=error):
        resolve_radius(analyzer.gazetteer, Radius(30, around))


def test_a_button_radius_is_checked_too(analyzer: Analyzer) -> None:
    goma = analyzer.gazetteer.lookup("Goma")[0]
    assert around_place(goma, 30).key == "-1.6741,29.2284,30"
    with pytest.raises(ValueError, match="a radius runs from 1 to 500 km"):
        around_place(goma, 5000)


def stored(analyzer: Analyzer, name: str) -> StoredPlace:
    place = analyzer.gazetteer.lookup(name)[0]
    return StoredPlace(place.key, place.name, place.kind, place.country_code, name)


def article(
    title: str, places: list[StoredPlace], event_place: StoredPlace | None = None
) -> StoredArticle:
    event = StoredEvent("Battles", "Armed clash", Casualties(), Casualties(), event_place)
    return stored_article(title, places, NOW, event if event_place is not None else None)


def watch(target: Target) -> Subscription:
    start = NOW - timedelta(days=1)
    return Subscription(
        1, "T", "C", "near", target.key, target.label, "alerts", None, "U", start, start
    )


def test_matching_the_event_place_within_the_radius(analyzer: Analyzer) -> None:
    gaz = analyzer.gazetteer
    azaz = watch(around_place(gaz.lookup("Azaz")[0], 30))
    tal_refaat = stored(analyzer, "Tal Refaat")  # 13.4 km from Azaz
    manbij = stored(analyzer, "Manbij")  # 81.4 km from Azaz
    syria = stored(analyzer, "Syria")
    near = article("Clashes at Tal Refaat", [tal_refaat, manbij], event_place=tal_refaat)
    far = article("Clashes at Manbij", [tal_refaat, manbij], event_place=manbij)
    matcher = Matcher(gaz)
    assert matcher.select([near, far], [azaz]) == [near]
    assert matcher.matched([near, far], [azaz]) == [azaz]
    assert matcher.matched([far], [azaz]) == []
    wider = watch(around_place(gaz.lookup("Azaz")[0], 90))
    assert matcher.select([near, far], [wider]) == [near, far]

    towns_only = article("Clashes reported", [syria, tal_refaat])
    assert matcher.select([towns_only], [azaz]) == [towns_only], "no event place: its towns"
    far_towns = article("Clashes reported", [syria, manbij])
    assert matcher.select([far_towns], [azaz]) == []


def test_a_country_never_matches_a_radius(analyzer: Analyzer) -> None:
    gaz = analyzer.gazetteer
    syria, aleppo_gov = stored(analyzer, "Syria"), stored(analyzer, "Aleppo Governorate")
    around_syria_point = watch(around_place(gaz.lookup("Homs")[0], 500))
    country = article("Clashes in Syria", [syria], event_place=syria)
    area = article("Clashes in the province", [aleppo_gov], event_place=aleppo_gov)
    no_event = article("Clashes in Syria", [syria, aleppo_gov])
    matcher = Matcher(gaz)
    assert matcher.select([country, area, no_event], [around_syria_point]) == []
    named = article("Clashes near Tal Refaat", [syria, stored(analyzer, "Tal Refaat")], syria)
    assert matcher.select([named], [around_syria_point]) == [], "the event's place is rough"
    assert matcher.select([replace(named, event=None)], [around_syria_point]) == [
        replace(named, event=None)
    ]


def test_a_village_the_gazetteer_does_not_list_is_where_the_text_puts_it(
    analyzer: Analyzer,
) -> None:
    """ "the village of X, 5 km north of Tal Refaat": X has Tal Refaat's point."""
    gaz = analyzer.gazetteer
    text = "A drone hit the village of Kafr Mizra, 5 km north of Tal Refaat, on Friday."
    [village] = [m.place for m in analyzer.analyze("Drone strike", text).places][:1]
    assert village.key.startswith("unlisted:")
    at_village = StoredPlace(village.key, village.name, village.kind, "SY", village.name)
    strike = article("Drone strike on a village", [at_village], event_place=at_village)
    matcher = Matcher(gaz)
    assert matcher.select([strike], [watch(around_place(gaz.lookup("Azaz")[0], 30))]) == [strike]
    assert matcher.select([strike], [watch(around_place(gaz.lookup("Raqqa")[0], 30))]) == []


@pytest.mark.parametrize(
    ("lat", "lon", "way"),
    [(1, 0, "N"), (1, 1, "NE"), (0, 1, "E"), (-1, 1, "SE"), (-1, 0, "S"), (0, -1, "W")],
)
def test_compass_points(lat: float, lon: float, way: str) -> None:
    assert compass(0, 0, lat, lon) == way
    assert compass(50, 30, 50 + lat / 10, 30 + lon / 10) == way


def test_how_far_and_which_way_an_event_lies_from_a_watch_point(analyzer: Analyzer) -> None:
    gaz = analyzer.gazetteer
    target = around_place(gaz.lookup("Azaz")[0], 30)
    assert centre_of(target.label) == "Izaz, Syria"
    assert centre_of("within 50 km of 36.2,37.1") == "36.2,37.1"
    tal_refaat, manbij = stored(analyzer, "Tal Refaat"), stored(analyzer, "Manbij")
    near = article("Clashes at Tal Refaat", [tal_refaat, manbij], event_place=tal_refaat)
    found = distance_from(gaz, target.key, near, centre_of(target.label))
    assert found is not None and round(found.km) == 13 and found.bearing == "S"
    assert (found.short, found.label) == ("13 km S", "13 km S of Izaz, Syria")
    far = article("Clashes at Manbij", [tal_refaat, manbij], event_place=manbij)
    assert distance_from(gaz, target.key, far) is None, "81 km: outside the watch"
    matcher = Matcher(gaz)
    assert matcher.distances([near, far], [watch(target)]) == {near.id: found}
    assert Distance(0.4, "", "Goma").label == "under 1 km from Goma"
    assert Distance(12.2, "NE", "Goma", approximate=True).short == "12 km NE (approx.)"
