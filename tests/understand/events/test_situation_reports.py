"""A report telling no incident has no event, a blockade is the headline's event, and "near X"
is the town X when a province shares its name.

Traps: situation reports (an outbreak, food, access, displacement, funding) whose headline and
lead mention fighting only in passing; they tell no incident, so no event is read (ACLED
codes incidents). Controls: incidents told beside the same subjects (a verb of an act done,
past tense or a headline's present) keep their event. A blockade named by the headline is the
event (Strategic developments, Other), not an abduction told further down. All sentences are
written for this test."""

from __future__ import annotations

import pytest

from bot.understand.analyzer import Analyzer
from bot.understand.events import EventRules, read_event

NO_INCIDENT = [
    (
        "Measles spreads in shelters near Kassala as fighting cuts roads",
        "Measles is spreading through shelters for displaced families near Kassala, where "
        "fighting between two armed groups has cut the roads used by supply trucks. "
        "Doctors counted 600 suspected cases last month.",
    ),
    (
        "Cholera outbreak grows in lakeside camps amid clashes",
        "A cholera outbreak in camps along the lake has doubled in a fortnight, health "
        "workers said, as clashes in nearby hills keep mobile teams away.",
    ),
    (
        "Food insecurity deepens in besieged highland towns",
        "Nearly half a million people in highland towns surrounded by armed groups face "
        "food insecurity, with the price of flour up fivefold since spring.",
    ),
    (
        "Northern Province: humanitarian access snapshot, October",
        "Access to the northern districts worsened in October as fighting along the river "
        "closed two of the three supply routes.",
    ),
    (
        "Famine warning for river valley as war drags on",
        "Famine conditions are likely in the river valley by March, the monitoring network "
        "said, as the war keeps farmers from their fields.",
    ),
    (
        "Displacement sites around the capital overstretched as fighting resumes",
        "Renewed fighting in two eastern districts has pushed some 20,000 people into "
        "displacement sites around the capital this month.",
    ),
    (
        "Flash update: hostilities in the eastern valley",
        "Hostilities between the army and local militias in the eastern valley have "
        "displaced an estimated 9,000 people since the start of the month.",
    ),
    (
        "Malnutrition rises among children in camps as shelling continues",
        "Malnutrition among children under five in the border camps has risen by a third, "
        "aid agencies said, with shelling nearby making deliveries irregular.",
    ),
    (
        "Funding shortfall leaves clinics in conflict zone without medicines",
        "Aid agencies say the humanitarian response in the conflict zone is 15% funded, "
        "and clinics near the front line are running out of medicines.",
    ),
    (
        "Floods and fighting displace families along the coast",
        "More than 1,000 families were displaced along the coast by floods and renewed "
        "fighting, and priority needs are shelter and clean water.",
    ),
    (
        "",
        "An epidemic of dengue is spreading in the besieged city, where fighting has "
        "disrupted water supplies for weeks, health officials said.",
    ),
]


@pytest.mark.parametrize("title, text", NO_INCIDENT)
def test_a_report_telling_no_incident_has_no_event(
    rules: EventRules, title: str, text: str
) -> None:
    assert read_event(rules, title, text) is None


INCIDENT = [
    (
        "Shelling hits cholera treatment centre in camp",
        "Shells struck a cholera treatment centre in a camp for displaced people on Monday, "
        "killing two nurses, medics said.",
        "Shelling/artillery/missile attack",
    ),
    (
        "Gunmen attack villagers queuing for food aid in the north",
        "Gunmen attacked villagers queuing for food aid on Tuesday, wounding three people, "
        "as food insecurity spreads in the region.",
        "Attack",
    ),
    (
        "Air strike kills 12 in displacement camp",
        "An air strike killed 12 people in a displacement camp on Sunday, residents said.",
        "Air/drone strike",
    ),
    (
        "Clashes erupt near aid hub as famine looms",
        "Rival militias clashed near the aid hub on Friday, as famine looms over the "
        "district, witnesses said.",
        "Armed clash",
    ),
    (
        "Aid workers abducted on road to border crossing",
        "Armed men abducted four aid workers on the road to the border crossing on "
        "Wednesday, their agency said, as humanitarian access shrinks.",
        "Abduction/forced disappearance",
    ),
    (
        "Drone strike on market kills five amid hunger crisis",
        "A drone struck a crowded market on Thursday, killing five people in a town where "
        "hunger has deepened, local officials said.",
        "Air/drone strike",
    ),
    (
        "Rebels seize town on supply route, cutting aid",
        "Rebels seized a town on the main supply route on Saturday, cutting off access for "
        "aid convoys to the displaced, residents said.",
        "Non-state actor overtakes territory",
    ),
    (
        "Protesters rally over food prices in the capital",
        "Thousands of protesters rallied in the capital on Friday over food prices, "
        "organisers said.",
        "Peaceful protest",
    ),
    (
        "",
        "A roadside bomb killed three soldiers escorting a convoy of displaced families on "
        "Monday, the army said.",
        "Remote explosive/landmine/IED",
    ),
]


@pytest.mark.parametrize("title, text, sub_event", INCIDENT)
def test_an_incident_beside_a_reports_subject_keeps_its_event(
    rules: EventRules, title: str, text: str, sub_event: str
) -> None:
    facts = read_event(rules, title, text)
    assert facts is not None
    assert facts.sub_event_type == sub_event


BLOCKADES = [
    (
        "Insurgents tighten fuel blockade on the capital",
        "Insurgents have attacked at least four fuel convoys on roads to the capital this "
        "week, hauliers said. Several tankers were burned and a number of drivers were "
        "abducted.",
    ),
    (
        "Armed groups impose blockade on northern towns",
        "Armed groups have closed the roads into three northern towns and attacked trucks "
        "trying to reach them, officials said. Two drivers were kidnapped on Sunday.",
    ),
]


@pytest.mark.parametrize("title, text", BLOCKADES)
def test_a_blockade_in_the_headline_is_the_event(rules: EventRules, title: str, text: str) -> None:
    facts = read_event(rules, title, text)
    assert facts is not None
    assert (facts.event_type, facts.sub_event_type) == ("Strategic developments", "Other")


def test_other_languages_read_no_report_rule(rules: EventRules) -> None:
    """The report words are English: another language's text keeps its event."""
    facts = read_event(
        rules.for_language("fr"),
        "Le choléra progresse dans les camps",
        "Des combats ont tué trois soldats près des camps, a indiqué l'armée.",
    )
    assert facts is not None


_LATER = (
    " No group said it carried out the attack. Officials promised an inquiry. Residents said"
    " shops stayed shut. The roads were reopened by evening."
)
NEAR_A_TOWN = [
    (
        "Drone strike hits fuel trucks near Deir ez-Zor",
        "At least four people were killed when a drone struck fuel trucks on the road south "
        "of Deir ez-Zor on Monday, medics said." + _LATER + " Fighting has spread from the "
        "town of Dhiban to villages along the river.",
        ("Deir ez-Zor", "city"),
    ),
    (
        "Roadside bomb kills two soldiers near Kirkuk",
        "Two soldiers were killed when a roadside bomb hit their patrol south-west of Kirkuk "
        "on Friday, the army said." + _LATER + " Security forces have searched villages "
        "around Hawija for weeks.",
        ("Kirkuk", "city"),
    ),
    (  # control: the town named alone
        "Shelling kills three outside Idlib",
        "Three civilians were killed when shells landed on a farm outside Idlib on Sunday, "
        "rescuers said." + _LATER + " Shelling has also hit Saraqib in recent weeks.",
        ("Idlib", "city"),
    ),
    (  # control: the province written as one
        "Clashes in Deir ez-Zor province leave six dead",
        "Six fighters were killed in clashes in Deir ez-Zor province on Monday, a monitor "
        "said." + _LATER + " Fighting has spread from the town of Dhiban to villages along "
        "the river.",
        ("Deir ez-Zor Governorate", "admin1"),
    ),
]


@pytest.mark.parametrize("title, text, place", NEAR_A_TOWN)
def test_near_a_name_shared_by_a_town_and_its_province_is_the_town(
    analyzer: Analyzer, title: str, text: str, place: tuple[str, str]
) -> None:
    event = analyzer.analyze(title, text).event
    assert event is not None and event.place is not None
    assert (event.place.place.name, event.place.place.kind) == place
