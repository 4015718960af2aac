"""Places the gazetteer does not list, known from how the text names them."""

from __future__ import annotations

import pytest

from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.unlisted import PREFIX

DEIR_EZ_ZOR_CITY = "gn:170794"
DEIR_EZ_ZOR_GOVERNORATE = "cfg:deir-ez-zor-governorate"


def test_a_village_the_text_places_rolls_up_to_where_the_text_puts_it(gaz: Gazetteer) -> None:
    text = (
        "A drone struck a car in the village of Um Ghaytheh, 15 km east of Deir ez-Zor, "
        "on Monday. Residents of Um Ghaytheh said two men were killed."
    )
    [village, city] = find_places(gaz, text)
    assert (village.as_written, village.place.kind) == ("Um Ghaytheh", "village")
    assert [m[0] for m in village.mentions] == [text.index("Um Ghaytheh"), text.rindex("Um")]
    assert city.place.key == DEIR_EZ_ZOR_CITY
    assert gaz.ancestors(village.place.key)[:2] == [DEIR_EZ_ZOR_CITY, DEIR_EZ_ZOR_GOVERNORATE]
    assert (village.place.lat, village.place.lon) == (city.place.lat, city.place.lon)
    assert village.place.approximate and village.place.geonameid is None


@pytest.mark.parametrize(
    ("text", "name", "kind", "parent"),
    [
        ("Fighting spread to Thabyu Chaing township in Rakhine State.", "Thabyu Chaing",
         "admin2", "Rakhine State"),
        ("Families sheltered in Otash refugee camp near El Fasher.", "Otash", "camp",
         "El Fasher"),
        ("Mortar rounds fell on the Bab Tuma neighbourhood of Damascus.", "Bab Tuma",
         "neighbourhood", "Damascus"),
        ("A car bomb went off in Mogadishu's Hodan district on Sunday.", "Hodan", "district",
         "Mogadishu"),
        ("Shells fell on Gaza City’s Zeitoun neighbourhood overnight.", "Zeitoun",
         "neighbourhood", "Gaza City"),
        ("Police raided a hideout in the Abu Nasr area in Tripoli on Friday.", "Abu Nasr",
         "district", "Tripoli"),
        ("The drone hit a bus near a small town called Dembecha Gola in the Amhara region.",
         "Dembecha Gola", "town", "Amhara region"),
        ("Masked gunmen torched houses in Mitambo, Macomia, residents said.", "Mitambo",
         "town", "Macomia"),
    ],
)  # fmt: skip
def test_townships_camps_neighbourhoods_areas_and_places_before_their_town(
    gaz: Gazetteer, text: str, name: str, kind: str, parent: str
) -> None:
    found = {m.as_written: m.place for m in find_places(gaz, text)}
    assert found[name].kind == kind
    [parent_key] = [p.key for written, p in found.items() if written == parent]
    assert gaz.ancestors(found[name].key)[0] == parent_key


def test_the_text_outranks_a_namesake_in_another_country(gaz: Gazetteer) -> None:
    """Al-Shafa is also a Saudi town; the text puts its village near Deir ez-Zor."""
    text = "Shelling hit the village of Al-Shafa, 20 km east of Deir ez-Zor."
    places = [m.place for m in find_places(gaz, text)]
    assert [p.country_code for p in places] == ["SY", "SY"]
    assert gaz.ancestors(places[0].key)[0] == DEIR_EZ_ZOR_CITY


@pytest.mark.parametrize(
    "text",
    [
        "The Trump camp said the polls were wrong.",
        "Offices in the Central district closed early.",
        "The village of Kafr Nabudah was shelled. Rebels in Idlib and Aleppo regrouped.",
    ],
)
def test_no_unlisted_place_without_a_name_or_a_place_to_put_it_in(
    gaz: Gazetteer, text: str
) -> None:
    assert not [m for m in find_places(gaz, text) if m.place.key.startswith("unlisted:")]


def test_a_village_told_in_a_later_sentence_is_inside_the_place_named_before(
    gaz: Gazetteer,
) -> None:
    text = (
        "Gunmen attacked farmers in Borno State, Nigeria, on Sunday.\n"
        "They stormed Kalgidi village at dawn and ordered residents out of their homes."
    )
    found = {m.as_written: m.place for m in find_places(gaz, text)}
    assert found["Kalgidi"].kind == "village"
    assert gaz.ancestors(found["Kalgidi"].key)[0] == found["Borno State"].key


def test_a_town_named_before_its_word_is_a_town(gaz: Gazetteer) -> None:
    text = "Gunmen surrounded a school in Kaduna State’s Garindo town on Thursday."
    found = {m.as_written: m.place for m in find_places(gaz, text)}
    assert found["Garindo"].kind == "town"
    assert gaz.ancestors(found["Garindo"].key)[0] == found["Kaduna State"].key


def test_a_listed_name_inside_a_longer_name_gives_way_to_it(gaz: Gazetteer) -> None:
    text = "Gangs set houses on fire in the city's Carrefour-Feuilles neighborhood on Sunday."
    found = {m.as_written: m.place for m in find_places(gaz, text)}
    assert found["Carrefour-Feuilles"].kind == "neighbourhood"
    assert "Carrefour" not in found


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("A roadside bomb exploded near the central Iraqi town of Fallujah.", "Iraqi"),
        ("Police searched the mostly Shiite neighborhood of Peshawar after the blast.",
         "Shiite"),
        ("Rebels overran the nearby town of Jisr al-Shughur Saturday, in Idlib province.",
         "Jisr al-Shughur Saturday"),
        ("The statement, published in Arabic, Syria's state agency said, blamed rebels.",
         "Arabic"),
        ("In a speech in Parliament, London's mayor praised the police.", "Parliament"),
        ("As the debate goes on in Congress, Washington remains divided.", "Congress"),
        ("The senator held a Trump town hall in Ohio last year.", "Trump"),
        ("Troops were deployed in the NATO area near Vilnius.", "NATO"),
    ],
)  # fmt: skip
def test_words_describing_a_place_are_not_its_name(gaz: Gazetteer, text: str, wrong: str) -> None:
    assert wrong not in {m.as_written for m in find_places(gaz, text)}


def test_a_district_a_town_is_in_is_not_inside_that_town(gaz: Gazetteer) -> None:
    text = (
        "Militants attacked a town in Borno State on Friday.\n"
        "Gunmen stormed the town of Rann in Dumbari district and opened fire on homes."
    )
    found = {m.as_written: m.place for m in find_places(gaz, text)}
    assert found["Dumbari"].kind == "admin2"
    assert gaz.ancestors(found["Dumbari"].key)[0] == found["Borno State"].key


def test_a_word_opening_a_sentence_is_no_town(gaz: Gazetteer) -> None:
    found = find_places(
        gaz,
        "The Charleston County council voted on Monday, South Carolina officials said. "
        "But town leaders will keep their ban on bars along First Avenue in Charleston County.",
    )
    assert {m.as_written for m in found} == {"Charleston County", "South Carolina", "First Avenue"}


@pytest.mark.parametrize(
    ("text", "parent"),
    [
        ("Gunmen abducted 14 farmers in Tudun Kasuwa, in Kaduna State, on Sunday.", "Kaduna State"),
        ("Bandits raided a clinic in Tudun Kasuwa, in Zamfara State's Maru area.", "Zamfara State"),
    ],
)
def test_a_name_before_in_and_a_state_is_a_place_in_that_state(
    gaz: Gazetteer, text: str, parent: str
) -> None:
    found = {m.as_written: m.place for m in find_places(gaz, text)}
    [parent_key] = [p.key for written, p in found.items() if written == parent]
    assert found["Tudun Kasuwa"].kind == "town"
    assert gaz.ancestors(found["Tudun Kasuwa"].key)[0] == parent_key


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Flood water reached homes in Kelvaroe near Limerick on Sunday.", ["Kelvaroe"]),
        ("The Limerick list names 26 applicants in Kelvaroe and 24 in Ballyfarrow.",
         ["Kelvaroe", "Ballyfarrow"]),
    ],
)  # fmt: skip
def test_a_name_only_a_preposition_places_is_a_town_of_the_place_in_its_sentence(
    gaz: Gazetteer, text: str, names: list[str]
) -> None:
    found = {m.as_written: m.place for m in find_places(gaz, text)}
    limerick = found["Limerick"]
    for name in names:
        assert found[name].kind == "town"
        assert gaz.ancestors(found[name].key)[0] == limerick.key


@pytest.mark.parametrize(
    "text",
    [
        "A believer in God, she lived in Limerick all her life.",
        "He finished first in Class 3A at the Limerick finals.",
        "A suspect in Brennock fraud case appeared in court in Limerick.",
        "Two Killed in Missile Attack on Limerick Barracks",
        "The attacks went on. Limerick saw a rise in Attack numbers.",
        "Flood water reached homes in Kelvaroe. Limerick was spared.",
        "Kelvaroe fighters raided farms. Families in Kelvaroe near Limerick fled.",
        "As the debate goes on in Parliament, Limerick's mayor said little.",
    ],
)
def test_a_word_a_faith_a_rank_a_headline_or_a_name_with_no_place_beside_it_is_no_town(
    gaz: Gazetteer, text: str
) -> None:
    assert [m.as_written for m in find_places(gaz, text)] == ["Limerick"]


ARMED_GROUP_SENTENCES = [
    ("The convoy was attacked by al-Shabaab near Afgooye on Tuesday.", "al-Shabaab"),
    ("Fighters loyal to Hayat Tahrir al-Sham took the hill outside Idlib.",
     "Hayat Tahrir al-Sham"),
    ("A splinter of Jama'at Nusrat al-Islam wal-Muslimin claimed the raid near Djibo.",
     "Jama'at Nusrat al-Islam wal-Muslimin"),
    ("Three soldiers died in an ambush blamed on Boko Haram near Maiduguri.", "Boko Haram"),
    ("Recruitment in Boko Haram has slowed, officials in Maiduguri said.", "Boko Haram"),
    ("An uptick in Boko Haram and ISWAP attacks hit farmers near Monguno.", "Boko Haram"),
    ("Two commanders defected from Ansar Allah in Sanaa last week.", "Ansar Allah"),
    ("Elders said young men had joined al-Shabaab in Jubaland.", "al-Shabaab"),
    ("Support for Hezbollah in Nabatieh has not waned, a resident said.", "Hezbollah"),
    ("A rift in Hayat Tahrir al-Sham widened after the arrests in Idlib.",
     "Hayat Tahrir al-Sham"),
    ("Civilians trapped in Rapid Support Forces territory near El Fasher begged for food.",
     "Rapid Support Forces"),
    ("A senior figure in Islamic State was killed in a raid near Raqqa.", "Islamic State"),
    ("The boy was abducted by Lashkar-e-Taiba gunmen near Srinagar.", "Lashkar-e-Taiba"),
    ("Divisions in Ahrar al-Sham grew as fighting near Aleppo went on.", "Ahrar al-Sham"),
    ("The attack near Beni was claimed by the Allied Democratic Forces.",
     "Allied Democratic Forces"),
    ("Dozens enlisted in Ansar al-Sunna after the raids near Mocimboa da Praia.",
     "Ansar al-Sunna"),
    ("Tensions in Jabhat al-Nusra surfaced as it fought near Hama.", "Jabhat al-Nusra"),
    ("The strike killed a senior figure in Hamas in Khan Younis.", "Hamas"),
    ("Many of the recruits in Al-Shabaab came from camps near Kismayo.", "Al-Shabaab"),
    ("A split in Ansar Dine followed the raid near Kidal.", "Ansar Dine"),
    ("Fighters in Jaish al-Adl attacked a post near Zahedan.", "Jaish al-Adl"),
    ("A defector from Hurras al-Din surrendered near Idlib.", "Hurras al-Din"),
    ("Young men were recruited in Lakurawa camps near Sokoto.", "Lakurawa"),
    ("Shelling hit the Houthi-controlled area near Hodeidah.", "Houthi-controlled"),
    ("Troops entered the Islamic State-held area west of Mosul.", "Islamic State-held"),
    ("Aid stalled in the al-Shabaab-held district near Baidoa.", "al-Shabaab-held"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "group"), ARMED_GROUP_SENTENCES)
def test_an_armed_group_after_a_preposition_is_no_place(
    gaz: Gazetteer, text: str, group: str
) -> None:
    start = text.index(group)
    end = start + len(group)
    found = find_places(gaz, text)
    assert found, "the sentence's town is still found"
    assert not [m.as_written for m in found if m.start < end and start < m.end]


@pytest.mark.parametrize(
    "text",
    [
        "Seven hurt by a fire in Limerick Speaking on the radio in Cork, the mayor said little.",
        "Taliban Bombers Kill 27, Wound 40 in Attack on Police in Limerick",
    ],
)
def test_a_place_run_into_the_next_word_or_a_headline_word_after_a_number_is_no_town(
    gaz: Gazetteer, text: str
) -> None:
    assert [m.as_written for m in find_places(gaz, text) if m.place.key.startswith(PREFIX)] == []


def test_a_place_a_town_is_compared_with_is_not_where_it_lies(gaz: Gazetteer) -> None:
    text = "A nurse who works in Kelvaoe, a town smaller than Cardiff, said the wards were full."
    assert [m.as_written for m in find_places(gaz, text)] == ["Cardiff"]
