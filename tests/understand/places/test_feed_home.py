"""A feed's home (the first-level area its own earlier articles keep naming) settles the
names its later articles leave open; the text still wins where it says where."""

from __future__ import annotations

from bot.understand.places import feed_home, find_places
from bot.understand.places.gazetteer import Gazetteer

LOUISIANA, TEXAS, MINNESOTA = "gn:4331987", "gn:4736286", "gn:5037779"
SOUTH_CAROLINA = "gn:4597040"
ALEXANDRIA_LOUISIANA, ALEXANDRIA_EGYPT = "gn:4314550", "gn:361058"

LOCAL_PAPER = [
    "Pineville aldermen voted on Monday to repave three streets near the levee.",
    "Lafayette schools will open two hours late because of fog, the district said.",
    "A line of storms knocked out power to thousands around Lake Charles, Louisiana.",
    "Shreveport detectives arrested a man after a break-in at a pawn shop.",
]
WORLD_DESK = [
    "Floods closed the main roads into Lyon for a second day.",
    "Trade ministers opened two days of talks in Nairobi on Tuesday.",
    "Osaka will host next year's meeting of the region's port authorities.",
    "Thousands marched through Lima against a rise in bus fares.",
]


def _keys(gaz: Gazetteer, texts: list[str]) -> list[set[str]]:
    """Each text's place keys, newest first (as the store returns a feed's articles)."""
    return [{m.place.key for m in find_places(gaz, text)} for text in reversed(texts)]


def _places(gaz: Gazetteer, text: str, home: str | None) -> dict[str, str]:
    return {m.as_written: m.place.key for m in find_places(gaz, text, home=home)}


def test_a_local_paper_s_earlier_articles_make_its_state_its_home(gaz: Gazetteer) -> None:
    assert feed_home(gaz, _keys(gaz, LOCAL_PAPER)) == LOUISIANA


def test_a_world_desk_has_no_home(gaz: Gazetteer) -> None:
    assert feed_home(gaz, _keys(gaz, WORLD_DESK)) is None


def test_one_article_is_not_yet_a_home(gaz: Gazetteer) -> None:
    assert feed_home(gaz, _keys(gaz, LOCAL_PAPER[:1])) is None


def test_a_bare_name_is_read_in_the_home_and_elsewhere_as_before(gaz: Gazetteer) -> None:
    text = "Police in Alexandria asked for witnesses to a crash on Tuesday evening."
    assert _places(gaz, text, LOUISIANA) == {"Alexandria": ALEXANDRIA_LOUISIANA}
    assert _places(gaz, text, None) == {"Alexandria": ALEXANDRIA_EGYPT}


def test_the_text_placing_a_name_outranks_the_home(gaz: Gazetteer) -> None:
    text = "The school board chair flew to Alexandria, Egypt, for a teachers' conference."
    assert _places(gaz, text, LOUISIANA)["Alexandria"] == ALEXANDRIA_EGYPT


def test_a_country_s_name_stays_the_country_in_any_home(gaz: Gazetteer) -> None:
    text = "A delegation of teachers from Jordan toured the high school on Friday."
    assert _places(gaz, text, MINNESOTA) == {"Jordan": "cc:JO"}


def test_a_home_s_small_town_is_read_for_a_bare_name_of_a_far_city(gaz: Gazetteer) -> None:
    text = "The marching band played in Athens on Saturday night."
    athens = find_places(gaz, text, home=TEXAS)[0].place
    assert athens.country_code == "US" and TEXAS in gaz.admin1_keys(athens.key)
    text = "The marching band played in Athens, Greece, on Saturday night."
    assert _places(gaz, text, TEXAS)["Athens"] == "gn:264371"


def test_a_home_makes_no_place_of_a_common_word(gaz: Gazetteer) -> None:
    text = "Energy prices rose again, and Commerce officials said Friendship mattered."
    assert _places(gaz, text, TEXAS) == _places(gaz, text, None)


def test_a_small_town_of_the_home_is_found_where_the_text_names_no_area(gaz: Gazetteer) -> None:
    text = "A kitchen fire in Tega Cay was put out within minutes, the chief said."
    assert _places(gaz, text, None) == {}
    [town] = find_places(gaz, text, home=SOUTH_CAROLINA)
    assert (town.as_written, town.place.kind) == ("Tega Cay", "town")
    assert gaz.ancestors(town.place.key)[0] == SOUTH_CAROLINA


def test_a_home_makes_no_small_town_of_a_common_word(gaz: Gazetteer) -> None:
    text = "Volunteers in Central handed out meals to families on Friday."
    assert _places(gaz, text, SOUTH_CAROLINA) == {}
