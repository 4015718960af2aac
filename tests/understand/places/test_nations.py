"""Countries named otherwise than by their names: a demonym before a word for an economy,
after "the" ("the Turkish market", "the growing Peruvian export market"; a demonym elsewhere
stays no place: "Turkish troops", "a Turkish business"; a market town is a town), and an
official name ("Republic of Korea")."""

from __future__ import annotations

from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer


def _places(gaz: Gazetteer, text: str) -> dict[str, list[str]]:
    return {m.place.key: [text[s:e] for s, e, _ in m.spans] for m in find_places(gaz, text)}


def test_a_demonym_before_an_economy_noun_is_its_country(gaz: Gazetteer) -> None:
    text = (
        "The deal opens the lucrative British market to the firm, which also serves the "
        "growing Peruvian export market and the South Korean economy."
    )
    assert _places(gaz, text) == {
        "cc:GB": ["British"],
        "cc:PE": ["Peruvian"],
        "cc:KR": ["South Korean"],
    }


def test_a_further_mention_of_a_country_named_already(gaz: Gazetteer) -> None:
    text = "Exports to Turkey rose, and the Turkish feed industry wants more of them."
    assert _places(gaz, text) == {"cc:TR": ["Turkey", "Turkish"]}


def test_a_demonym_elsewhere_is_no_place(gaz: Gazetteer) -> None:
    text = (
        "Turkish troops shelled the hills, a Turkish business bought the mill, and the "
        "Turkish Airlines business grew. The industry minister met the Russian envoy."
    )
    assert _places(gaz, text) == {}


def test_a_market_town_is_no_economy(gaz: Gazetteer) -> None:
    text = "Shells fell on the Ukrainian market town of Kupiansk overnight."
    assert list(_places(gaz, text)) == ["gn:703656"]


def test_a_country_by_its_official_name(gaz: Gazetteer) -> None:
    text = (
        "Envoys of the Democratic People's Republic of Korea and the Republic of Korea met "
        "officials of the Hashemite Kingdom of Jordan."
    )
    assert _places(gaz, text) == {
        "cc:KP": ["Democratic People's Republic of Korea"],
        "cc:KR": ["Republic of Korea"],
        "cc:JO": ["Hashemite Kingdom of Jordan"],
    }


def test_a_state_word_alone_names_no_country(gaz: Gazetteer) -> None:
    text = "The Republic of Letters met in the Kingdom Hall, and the Korea Herald reported it."
    assert _places(gaz, text) == {}
