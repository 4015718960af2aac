"""Parsing what people type, resolving it to a place or a topic, matching articles."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.answers.subscriptions import (
    Matcher,
    parse_mute,
    parse_subscribe,
    parse_whatsnew,
    resolve_target,
)
from bot.answers.timezones import check_timezone
from bot.records import Mute, StoredPlace
from bot.understand.analyzer import Analyzer
from tests.support.records import NOW, stored_article, subscription


def test_parse_subscribe_modes() -> None:
    assert parse_subscribe("Deir al-Zor daily 8:05").daily_at == "08:05"
    request = parse_subscribe("Deir al-Zor")
    assert (request.query, request.mode, request.daily_at) == ("Deir al-Zor", "daily", "08:00")
    assert parse_subscribe("ceasefire talks hourly").mode == "hourly"
    alerts = parse_subscribe("Kharkiv alerts")
    assert (alerts.query, alerts.mode, alerts.daily_at) == ("Kharkiv", "alerts", None)
    with pytest.raises(ValueError, match="name a place or a topic"):
        parse_subscribe("  ")
    assert parse_subscribe("Gaza 08:00").daily_at == "08:00"
    with pytest.raises(ValueError, match="not a time of day"):
        parse_subscribe("Gaza 25:00")


def test_parse_mute_and_whatsnew() -> None:
    assert parse_mute("Kharkiv for 6h") == ("Kharkiv", timedelta(hours=6))
    assert parse_mute("ceasefire talks") == ("ceasefire talks", timedelta(hours=24))
    assert parse_whatsnew("Dayr az Zawr since 3d") == ("Dayr az Zawr", timedelta(days=3))
    assert parse_whatsnew("Dayr az Zawr") == ("Dayr az Zawr", timedelta(days=7))
    assert parse_whatsnew("Mosul") == ("Mosul", timedelta(days=7))
    assert check_timezone("Europe/Paris") == "Europe/Paris"
    with pytest.raises(ValueError, match="not a time zone"):
        check_timezone("Mars/Olympus")


def test_resolving_places_and_topics(analyzer: Analyzer) -> None:
    gaz = analyzer.gazetteer
    place = resolve_target(gaz, "Deir al-Zor").target
    assert (place.kind, place.label) == ("place", "Deir ez-Zor, Syria")
    tripoli = resolve_target(gaz, "Tripoli")
    assert tripoli.alternatives, "the other Tripoli is offered"
    topic = resolve_target(gaz, "Mariupl")
    assert topic.target.kind == "topic"
    assert "Mariupol" in [p.name for p in topic.suggestions]
    forced = resolve_target(gaz, '"Mosul  Dam"').target
    assert (forced.kind, forced.key) == ("topic", "mosul dam")


def test_matching_places_inside_places_topics_and_mutes(analyzer: Analyzer) -> None:
    deir = analyzer.gazetteer.lookup("Deir ez-Zor")[0]
    in_deir = StoredPlace(deir.key, deir.name, deir.kind, "SY", "Deir al-Zor")
    about_deir = stored_article("Shelling near Deir al-Zor", [in_deir])
    ceasefire = stored_article("Ceasefire holds in the south", [])
    ceasefired = stored_article("Ceasefired is not a word", [])
    matcher = Matcher(analyzer.gazetteer)
    assert matcher.select([about_deir, ceasefire], [subscription("place", "cc:SY")]) == [about_deir]
    assert matcher.select(
        [about_deir, ceasefire, ceasefired], [subscription("topic", "ceasefire")]
    ) == [ceasefire]
    late = [subscription("place", deir.key, start=NOW + timedelta(hours=1))]
    assert matcher.select([about_deir], late) == [], "older than the subscription's start"
    muted = [Mute("place", "cc:SY", "Syria", NOW + timedelta(hours=6))]
    assert matcher.select([about_deir], [subscription("place", deir.key)], muted) == []
    story = [Mute("article", str(about_deir.id), about_deir.title, NOW + timedelta(hours=6))]
    assert matcher.select([about_deir], [subscription("place", deir.key)], story) == []


def test_a_village_the_gazetteer_does_not_list_reaches_its_governorate(
    analyzer: Analyzer,
) -> None:
    gaz = analyzer.gazetteer
    text = "Shelling hit the village of Um Ghaytheh, 15 km east of Deir ez-Zor."
    [village] = [m.place for m in analyzer.analyze("Village shelled", text).places][:1]
    stored = StoredPlace(village.key, village.name, village.kind, "SY", "Um Ghaytheh")
    article = stored_article("Village shelled near Deir ez-Zor", [stored])
    governorate = subscription("place", "cfg:deir-ez-zor-governorate")
    assert Matcher(gaz).select([article], [governorate]) == [article]
    assert Matcher(gaz).select([article], [subscription("place", "cc:IQ")]) == []


def test_a_time_zone_after_a_schedule_is_refused_but_a_topic_with_a_figure_is_not() -> None:
    with pytest.raises(ValueError, match="`/newsbot timezone Kyiv`, then `/subscribe Kharkiv"):
        parse_subscribe("Kharkiv daily 08:00 in Kyiv when 5+ killed")
    assert parse_subscribe("Highway 5 Gaza").query == "Highway 5 Gaza"
    assert parse_subscribe("Gaza daily 08:00").query == "Gaza"
