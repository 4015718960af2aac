"""Subscriptions by kind of event: the spellings people type, "<kind> in <place>" read off a
/subscribe text, and matching on the article's own event."""

from __future__ import annotations

from dataclasses import replace

import pytest
import yaml

from bot.answers.event_kinds import of_kind, split_kinds
from bot.answers.subscriptions import Matcher, parse_subscribe
from bot.records import Casualties, Mute, StoredArticle, StoredEvent, StoredPlace, Subscription
from bot.understand import load_event_kinds
from bot.understand.analyzer import Analyzer
from bot.understand.events.rules import DEFAULT_EVENTS_PATH
from bot.understand.events.spellings import parse_event_kinds
from tests.support.records import stored_article, subscription

AIR, SHELLING = "Air/drone strike", "Shelling/artillery/missile attack"
KINDS = load_event_kinds()


@pytest.mark.parametrize(
    ("text", "kinds", "rest"),
    [
        ("airstrikes in Sudan", (AIR,), "Sudan"),
        ("Air strike in Sudan", (AIR,), "Sudan"),
        ("AIR/DRONE STRIKE in Sudan", (AIR,), "Sudan"),
        ("drone  strikes IN  Deir ez-Zor", (AIR,), "Deir ez-Zor"),
        ("Shelling in Kharkiv", (SHELLING,), "Kharkiv"),
        ("drone strikes within 30 km of Goma", (AIR,), "within 30 km of Goma"),
        ("abductions in Nigeria", ("Abduction/forced disappearance",), "Nigeria"),
        ("kidnappings in Nigeria", ("Abduction/forced disappearance",), "Nigeria"),
        ("IEDs in Kabul", ("Remote explosive/landmine/IED",), "Kabul"),
        ("clashes in Darfur", ("Armed clash",), "Darfur"),
        ("riots in Nairobi", ("Violent demonstration",), "Nairobi"),
        (
            "explosions in Gaza",
            (
                "Suicide bomb",
                AIR,
                SHELLING,
                "Remote explosive/landmine/IED",
                "Grenade",
            ),
            "Gaza",
        ),
        (
            "Protests in Tehran",
            ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
            "Tehran",
        ),
    ],
)
def test_a_kind_before_in_or_within_is_read(text: str, kinds: tuple[str, ...], rest: str) -> None:
    assert split_kinds(KINDS, text) == (kinds, rest)


@pytest.mark.parametrize(
    "text",
    [
        "airstrikes",
        "shelling",
        "Sudan",
        "peace talks in Geneva",
        "airstrikes in",
        "airstrikes Sudan",
        "within 30 km of Goma",
        "Rostov-on-Don",
        '"airstrikes in Sudan"',
    ],
)
def test_text_without_a_kind_in_a_place_is_left_as_it_was(text: str) -> None:
    assert split_kinds(KINDS, text) == ((), text)


def test_every_sub_event_and_event_type_is_a_kind_by_its_own_name() -> None:
    data = yaml.safe_load(DEFAULT_EVENTS_PATH.read_text(encoding="utf-8"))
    for name, entry in data["sub_events"].items():
        assert KINDS.named(name.upper()) == (name,)
        assert name in KINDS.named(entry["event_type"].lower())
    assert KINDS.sub_events == tuple(data["sub_events"])


def test_a_spelling_of_an_unknown_type_is_refused() -> None:
    data = yaml.safe_load(DEFAULT_EVENTS_PATH.read_text(encoding="utf-8"))
    data["spellings"] = {"airstrikes": ["Air strike"]}
    with pytest.raises(ValueError, match="spelling 'airstrikes' names unknown"):
        parse_event_kinds(data)


def test_the_schedule_and_toll_come_off_before_the_kind() -> None:
    request = parse_subscribe("abductions in Nigeria alerts when 1+ killed")
    assert (request.query, request.mode, request.min_killed) == (
        "abductions in Nigeria",
        "alerts",
        1,
    )
    assert split_kinds(KINDS, request.query) == (
        ("Abduction/forced disappearance",),
        "Nigeria",
    )
    daily = parse_subscribe("shelling in Kharkiv daily 08:00")
    assert (daily.query, daily.mode, daily.daily_at) == ("shelling in Kharkiv", "daily", "08:00")


def _of(article: StoredArticle, sub_event: str | None) -> StoredArticle:
    if sub_event is None:
        return replace(article, event=None)
    event = StoredEvent("Explosions/Remote violence", sub_event, Casualties(None), None)
    return replace(article, event=event)


def _kinds(target: str, *kinds: str) -> Subscription:
    return replace(subscription("place", target), event_kinds=kinds)


def test_a_kind_filter_takes_only_articles_whose_event_is_of_it(analyzer: Analyzer) -> None:
    deir = analyzer.gazetteer.lookup("Deir ez-Zor")[0]
    in_deir = StoredPlace(deir.key, deir.name, deir.kind, "SY", "Deir ez-Zor")
    report = stored_article("Deir ez-Zor hit again", [in_deir])
    strike, shelled, plain = _of(report, AIR), _of(report, SHELLING), _of(report, None)
    matcher = Matcher(analyzer.gazetteer)
    air = [_kinds("cc:SY", AIR)]
    assert matcher.select([strike], air) == [strike]
    assert matcher.select([shelled], air) == []
    assert matcher.select([plain], air) == [], "no event is no kind"
    assert matcher.matched([strike], air) == air
    assert matcher.matched([shelled], air) == []
    either = [_kinds("cc:SY", AIR, SHELLING)]
    assert matcher.select([strike, shelled, plain], either) == [strike, shelled]
    anything = [_kinds("cc:SY")]
    assert matcher.select([strike, shelled, plain], anything) == [strike, shelled, plain]
    assert matcher.select([strike], [_kinds("cc:IQ", AIR)]) == [], "still its place"
    assert of_kind(plain, ()) and not of_kind(plain, (AIR,))


def test_the_title_names_the_kinds_before_the_place() -> None:
    assert _kinds("Sudan", AIR).title == "Air/drone strike in Sudan"
    assert _kinds("Sudan").title == "Sudan"
    near = replace(
        subscription("near", "1.0,2.0,30"), label="within 30 km of Goma", event_kinds=(AIR,)
    )
    assert near.title == "Air/drone strike within 30 km of Goma"


@pytest.mark.parametrize(
    ("topic", "kind"),
    [
        ("airstrikes", AIR),
        ("Air-strike", AIR),
        ("drone strikes", AIR),
        ("shelling", SHELLING),
        ("rocket attacks", SHELLING),
    ],
)
def test_a_topic_naming_a_kind_matches_events_of_it_in_other_words(
    analyzer: Analyzer, topic: str, kind: str
) -> None:
    report = stored_article("Two killed on the Tal Abyad road", [])
    of_it, other = _of(report, kind), _of(report, AIR if kind == SHELLING else SHELLING)
    follows = [subscription("topic", topic)]
    matcher = Matcher(analyzer.gazetteer)
    assert matcher.select([of_it, other, _of(report, None)], follows) == [of_it]
    assert matcher.muted([of_it, other], [Mute("topic", topic, topic, report.first_seen_at)]) == [
        of_it
    ]
    assert matcher.select([of_it], [subscription("topic", "ceasefire talks")]) == []
