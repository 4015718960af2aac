"""A drone that was jammed, spoofed or suppressed by electronic warfare did not strike:
the report is no Air/drone strike (config `countered`), in every language the cues read,
while a strike told beside jamming stays one. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from bot.understand.events import EventRules, read_event
from bot.understand.events.kinds import classify


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        (
            "en",
            "Russian drone jammed over Kharkiv",
            "Ukrainian electronic warfare units jammed a Russian attack drone over the city "
            "overnight, the regional governor said.",
        ),
        ("en", "Drones jammed near the front", "Electronic warfare suppressed dozens of drones."),
        (
            "en",
            "GPS spoofing sends drones off course",
            "GPS spoofing sent several drones off course near the border on Tuesday.",
        ),
        (
            "en",
            "",
            "A drone suppressed by electronic warfare crashed into a field near the village.",
        ),
        ("en", "EW units down 20 Russian drones", "The drones were jammed over the region."),
        ("ru", "", "Средства РЭБ подавили несколько беспилотников над городом."),
        ("ru", "", "Беспилотник был подавлен средствами радиоэлектронной борьбы и упал в поле."),
        ("uk", "", "Засоби РЕБ подавили ворожий дрон над містом, повідомили в ОВА."),
        ("uk", "", "Російський дрон, подавлений засобами РЕБ, впав у полі поблизу села."),
        (
            "fr",
            "",
            "Un drone russe a été brouillé par la guerre électronique au-dessus de la ville.",
        ),
        ("ar", "", "تمكنت وحدات الحرب الإلكترونية من التشويش على طائرة مسيرة فوق المدينة."),
    ],
)
def test_a_jammed_drone_is_no_strike(
    rules: EventRules, language: str, title: str, text: str
) -> None:
    facts = read_event(rules.for_language(language), title, text)
    assert facts.sub_event_type == "Disrupted weapons use"
    assert (facts.killed.min, facts.injured.min) == (None, None)


@pytest.mark.parametrize(
    ("title", "text", "killed", "injured"),
    [
        (
            "Drone strike kills three despite jamming",
            "A drone strike killed three people in the town despite electronic warfare "
            "systems in the area.",
            3,
            None,
        ),
        (
            "Drone hits village",
            "A Russian drone struck a house in the village, wounding two.",
            None,
            2,
        ),
    ],
)
def test_a_strike_beside_jamming_is_still_a_strike(
    rules: EventRules, title: str, text: str, killed: int | None, injured: int | None
) -> None:
    facts = read_event(rules, title, text)
    assert facts.sub_event_type == "Air/drone strike"
    assert (facts.killed.min, facts.injured.min) == (killed, injured)


def test_an_advance_under_cover_of_jamming_is_a_battle(rules: EventRules) -> None:
    facts = read_event(
        rules,
        "Troops press toward the river town",
        "Small assault groups moved into the town's eastern streets under cover of rain and "
        "drone jamming, a commander said.",
    )
    assert facts.sub_event_type == "Armed clash"


def test_a_countered_drone_counts_nothing_for_a_strike(rules: EventRules) -> None:
    verdict = classify(
        rules, "Drone jamming blankets the front", ["Jammed drones fell short of the town."]
    )
    assert verdict.scores["Air/drone strike"] == 0
    assert verdict.sub_event == "Disrupted weapons use"
