"""Which sub-event type a headline and lead tell, for every type the cues cover."""

from __future__ import annotations

import pytest

from bot.understand.events import EventRules, read_event
from bot.understand.events.kinds import classify

CASES = [
    (
        "Warplanes pound market town, killing nine",
        "Government jets carried out an air raid on a crowded market in the town on Monday.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    (
        "Drone strike hits wedding party",
        "A drone fired on a wedding party in the hills, residents said.",
        "Explosions/Remote violence",
        "Air/drone strike",
    ),
    (
        "Artillery shelling hits residential district",
        "Mortar rounds and artillery shells fell on homes overnight, the mayor said.",
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    ),
    (
        "Ballistic missile slams into port city",
        "A ballistic missile struck an apartment block in the port city before dawn.",
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    ),
    (
        "Suicide bomber strikes outside ministry",
        "A suicide bomber blew himself up at the gate of the ministry on Tuesday.",
        "Explosions/Remote violence",
        "Suicide bomb",
    ),
    (
        "Roadside bomb hits patrol",
        "An improvised explosive device went off as a patrol passed on the highway.",
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
    ),
    (
        "Grenade thrown into bus stop",
        "Unknown men lobbed a grenade at a bus stop in the old city.",
        "Explosions/Remote violence",
        "Grenade",
    ),
    (
        "Army and rebels clash near border",
        "Heavy clashes broke out between the army and rebel fighters near the border crossing.",
        "Battles",
        "Armed clash",
    ),
    (
        "Militants ambush army convoy",
        "Militants ambushed a military convoy on the road north of the garrison town.",
        "Battles",
        "Armed clash",
    ),
    (
        "Army recaptures river town",
        "Government troops recaptured the river town after a week of fighting, officials said.",
        "Battles",
        "Government regains territory",
    ),
    (
        "Rebels seize mining town",
        "Rebel fighters seized the mining town on Sunday as soldiers withdrew.",
        "Battles",
        "Non-state actor overtakes territory",
    ),
    (
        "Gunmen kill villagers in night raid",
        "Gunmen stormed a village at night and opened fire on villagers, a local official said.",
        "Violence against civilians",
        "Attack",
    ),
    (
        "Gunmen kidnap passengers on highway",
        "Armed men abducted dozens of bus passengers on the highway on Friday.",
        "Violence against civilians",
        "Abduction/forced disappearance",
    ),
    (
        "Soldiers accused of raping women in raid",
        "A rights group said soldiers raped women during a search operation in the district.",
        "Violence against civilians",
        "Sexual violence",
    ),
    (
        "Police arrest militant cell members",
        "Police arrested members of a militant cell in a dawn operation in the capital.",
        "Strategic developments",
        "Arrests",
    ),
    (
        "Air defences shoot down drones over region",
        "Air defence units intercepted and shot down drones over the region overnight.",
        "Strategic developments",
        "Disrupted weapons use",
    ),
    (
        "Government and rebels sign ceasefire",
        "The government and the rebel alliance signed a ceasefire agreement in the capital.",
        "Strategic developments",
        "Agreement",
    ),
    (
        "Armed groups announce merger",
        "Three armed groups announced their merger into a single front on Thursday.",
        "Strategic developments",
        "Change to group/activity",
    ),
    (
        "Fighters loot shops and torch homes",
        "Fighters looted shops and houses were burned in the market town, residents said.",
        "Strategic developments",
        "Looting/property destruction",
    ),
    (
        "Thousands rally in capital against the war",
        "Thousands of people took to the streets of the capital in a peaceful protest.",
        "Protests",
        "Peaceful protest",
    ),
    (
        "Police fire tear gas at marchers",
        "Police fired tear gas to disperse protesters marching on the parliament.",
        "Protests",
        "Protest with intervention",
    ),
    (
        "Security forces open fire on protesters, killing five",
        "Security forces opened fire on protesters in the main square, killing five people.",
        "Protests",
        "Excessive force against protesters",
    ),
    (
        "Rioters torch police station",
        "A mob of rioters stormed the police station and pelted officers with stones.",
        "Riots",
        "Violent demonstration",
    ),
]


@pytest.mark.parametrize(("title", "text", "event_type", "sub_event"), CASES)
def test_each_sub_event_type(
    rules: EventRules, title: str, text: str, event_type: str, sub_event: str
) -> None:
    facts = read_event(rules, title, text)
    assert (facts.event_type, facts.sub_event_type) == (event_type, sub_event)


def test_the_headline_event_decides_not_background(rules: EventRules) -> None:
    text = (
        "Gunmen stormed a village and opened fire on villagers on Sunday, officials said.\n"
        "The army said it had secured the area.\n"
        "The region has seen clashes, air strikes and shelling for years.\n"
        "Last month a suicide bomber struck a market in the provincial capital."
    )
    facts = read_event(rules, "Gunmen kill villagers", text)
    assert facts.sub_event_type == "Attack"


def test_a_protest_that_turned_violent_is_no_peaceful_protest(rules: EventRules) -> None:
    text = "Thousands marched through the city. Police used tear gas and water cannon on them."
    facts = read_event(rules, "Thousands protest in the capital", text)
    assert facts.sub_event_type == "Protest with intervention"


@pytest.mark.parametrize(
    "text",
    [
        "Thousands were in the capital's main square on 3 March.",
        "Thousands were in the capital’s main square on 3 March.",  # a curly apostrophe
        "Thousands were in the capital’s main square on 3 MARCH.",
    ],
)
def test_a_month_in_a_date_is_no_march_whatever_the_script_around(
    rules: EventRules, text: str
) -> None:
    verdict = classify(rules.for_language("en"), "", [text])
    assert verdict.scores["Peaceful protest"] == 0.0


def test_a_march_is_a_protest_beside_curly_quotes(rules: EventRules) -> None:
    text = "Thousands joined the march on the capital’s main square."
    assert classify(rules.for_language("en"), "", [text]).sub_event == "Peaceful protest"


@pytest.mark.parametrize(
    ("title", "text", "sub_event"),
    [
        (
            "Israeli strikes kill 43 across Gaza",
            "Israeli strikes killed at least 43 people across the Gaza Strip overnight and on "
            "Tuesday, the territory's civil defence agency said.",
            "Air/drone strike",
        ),
        (
            "Five killed in strike on Gaza City home",
            "Five people were killed in a strike on a home in the Zeitoun neighbourhood on "
            "Wednesday, the civil defence agency said.",
            "Air/drone strike",
        ),
        (
            "US strikes hit Houthi targets in Yemen",
            "US forces carried out strikes on Houthi targets near Hodeidah on Saturday, killing "
            "six fighters, the group's media office said.",
            "Air/drone strike",
        ),
        (
            "Myanmar junta bombs school in Sagaing",
            "The military junta bombed a village school in Sagaing region on Monday, killing "
            "17 students and two teachers, the opposition said.",
            "Air/drone strike",
        ),
        (
            "Sudan army bombs RSF positions",
            "The Sudanese army bombed paramilitary positions in Nyala on Saturday, killing 11 "
            "people, residents said.",
            "Air/drone strike",
        ),
        (
            "Five dead, 12 wounded in Russian strike on eastern city",
            "At least five people were killed and 12 wounded on Friday by a Russian missile "
            "strike on the city centre, the regional governor said.",
            "Shelling/artillery/missile attack",
        ),
    ],
)
def test_a_strike_with_harm_a_target_or_a_states_forces_is_told_by_its_weapon(
    rules: EventRules, title: str, text: str, sub_event: str
) -> None:
    assert read_event(rules, title, text).sub_event_type == sub_event


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Doctors strike in Khartoum after hospital attack",
            "Doctors in Khartoum went on strike on Monday after gunmen stormed a hospital and "
            "wounded two staff, the doctors' union said.",
        ),
        (
            "West Bank shuts down in general strike",
            "Palestinian factions called a general strike across the West Bank on Thursday "
            "after Israeli forces killed five people in a raid on Jenin.",
        ),
    ],
)
def test_a_strike_by_workers_is_a_protest(rules: EventRules, title: str, text: str) -> None:
    assert read_event(rules, title, text).sub_event_type == "Peaceful protest"


@pytest.mark.parametrize(
    ("title", "text", "sub_event"),
    [
        (
            "Gunmen attack aid convoy in the west",
            "Gunmen attacked an aid convoy on the road to the camp on Tuesday, killing three "
            "drivers, the UN said.",
            "Attack",
        ),
        (
            "Militants ambush relief convoy",
            "Militants ambushed a relief convoy north of the town, killing two drivers and "
            "looting the trucks.",
            "Attack",
        ),
        (
            "Attack on humanitarian convoy kills two",
            "An attack on a food convoy killed two drivers near the border on Monday.",
            "Attack",
        ),
        (
            "Militants ambush army convoy",
            "Militants ambushed an army convoy near the border, killing five soldiers.",
            "Armed clash",
        ),
        (
            "Roadside bomb hits aid convoy",
            "A roadside bomb struck an aid convoy on the highway, wounding four workers.",
            "Remote explosive/landmine/IED",
        ),
    ],
)
def test_an_attack_on_an_aid_convoy_is_on_civilians_one_on_troops_a_clash(
    rules: EventRules, title: str, text: str, sub_event: str
) -> None:
    assert read_event(rules, title, text).sub_event_type == sub_event


@pytest.mark.parametrize(
    ("title", "text", "sub_event", "killed"),
    [
        (
            "Two killed outside Marchetti bakery",
            "Two people were killed outside the Marchetti bakery in the capital on Monday, "
            "police said.",
            "Attack",
            2,
        ),
        (
            "Men in military uniforms kill five villagers",
            "Men in military uniforms killed five villagers on Sunday, residents said.",
            "Attack",
            5,
        ),
        (
            "Protestant pastor shot dead at church gate",
            "Gunmen shot dead a Protestant pastor at the gate of his church on Sunday.",
            "Attack",
            1,
        ),
        (
            "Thousands march against the war",
            "Thousands of people marched through the capital on Saturday, chanting slogans.",
            "Peaceful protest",
            None,
        ),
    ],
)
def test_a_cue_matches_whole_words_not_a_name_it_begins(
    rules: EventRules, title: str, text: str, sub_event: str, killed: int | None
) -> None:
    facts = read_event(rules, title, text)
    assert (facts.sub_event_type, facts.killed.min) == (sub_event, killed)


@pytest.mark.parametrize(
    ("title", "text", "sub_event", "killed"),
    [
        (
            "Seven dead in the north",
            "Gunmen killed seven villagers on Sunday, the first such attack in the area since "
            "the truce was signed.",
            "Attack",
            7,
        ),
        (
            "Rebels violate truce",
            "Rebels attacked an army post on Monday in violation of the ceasefire, killing four "
            "soldiers.",
            "Armed clash",
            4,
        ),
        (
            "Government and rebels sign ceasefire",
            "The government and the rebels signed a ceasefire agreement in the capital on Monday.",
            "Agreement",
            None,
        ),
    ],
)
def test_a_truce_named_as_a_time_or_broken_is_no_agreement(
    rules: EventRules, title: str, text: str, sub_event: str, killed: int | None
) -> None:
    facts = read_event(rules, title, text)
    assert (facts.sub_event_type, facts.killed.min) == (sub_event, killed)
