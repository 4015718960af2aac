"""Killed and injured as the text gives them: number forms, bounds, and the traps."""

from __future__ import annotations

import pytest

from bot.records import Casualties
from bot.understand.events import EventRules, read_event


def figures(rules: EventRules, title: str, text: str) -> tuple[int | None, int | None]:
    facts = read_event(rules, title, text)
    return facts.killed.min, facts.injured.min


@pytest.mark.parametrize(
    ("text", "killed", "exact"),
    [
        ("A shell hit the bus station, killing four people.", 4, True),
        ("An air strike killed 14 people in the village on Monday.", 14, True),
        ("Mortar fire killed at least twenty-five civilians in the town.", 25, False),
        ("More than 1,200 people died when the dam was shelled.", 1200, False),
        ("No fewer than 30 people were killed in the shelling of the market.", 30, False),
        ("Around 40 people died in the air raid, medics said.", 40, False),
        ("The shelling killed a dozen people near the bakery.", 12, True),
        ("The air raid killed two dozen people in the camp.", 24, True),
        ("Three soldiers were killed when their truck hit a landmine.", 3, True),
        ("The death toll from the missile strike has risen to 31, officials said.", 31, True),
    ],
)
def test_number_forms(rules: EventRules, text: str, killed: int, exact: bool) -> None:
    facts = read_event(rules, "", text)
    assert (facts.killed.min, facts.killed.exact) == (killed, exact)


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of people were killed when jets bombed the market.",
        "Several people were killed in the shelling of the port.",
        "Up to 100 people may have died in the air raid on the camp.",
        "Scores were killed when the rocket hit the square.",
        "Hundreds are feared dead after the bombing of the hospital.",
    ],
)
def test_vague_words_and_upper_bounds_give_no_figure(rules: EventRules, text: str) -> None:
    facts = read_event(rules, "", text)
    assert facts.killed.min is None
    assert facts.killed.as_written


def test_killed_and_injured_together(rules: EventRules) -> None:
    text = "A roadside bomb killed three soldiers and wounded seven others on the highway."
    assert figures(rules, "", text) == (3, 7)


def test_title_figures_are_read(rules: EventRules) -> None:
    title = "Drone strike kills six, injures 11 in market town"
    text = "A drone hit the market on Saturday morning, a local official said."
    assert figures(rules, title, text) == (6, 11)


def test_a_war_toll_is_not_the_event_toll(rules: EventRules) -> None:
    text = (
        "Rocket fire hit a school in the city on Tuesday, wounding five children.\n"
        "The war has killed more than 20,000 people since it began."
    )
    assert figures(rules, "", text) == (None, 5)


def test_an_earlier_attack_is_not_the_event(rules: EventRules) -> None:
    text = (
        "Security forces defused a car bomb near the central market on Friday.\n"
        "Earlier this week, a similar bomb killed nine people in the same district."
    )
    assert figures(rules, "", text) == (None, None)


def test_the_attack_a_strike_answers_is_not_its_toll(rules: EventRules) -> None:
    text = (
        "The strike was a reply to a rocket attack on a border town last weekend, leaving "
        "eight teenagers dead.\n"
        "The strike on the hillside suburb left one man and two children dead, medics said."
    )
    facts = read_event(rules, "", text)
    assert facts.killed == Casualties(3, True, "one man and two children dead")


@pytest.mark.parametrize(
    "text",
    [
        "Shelling of the town has killed 12,400 civilians, the governor said.",
        "The army's military operations in the province have killed at least 1,800 people.",
    ],
)
def test_a_campaign_toll_is_no_event_figure(rules: EventRules, text: str) -> None:
    title = "Drone hits fuel depot on the edge of the town"
    assert figures(rules, title, text) == (None, None)


def test_the_parts_of_a_lead_tally_are_no_event_figures(rules: EventRules) -> None:
    title = "Ministry says 2,410 people killed in the province since the offensive began"
    text = (
        "At least 2,410 people have been killed and 6,900 wounded in the province since the "
        "offensive began in March, the health ministry said on Thursday.\n"
        "The ministry added that 37 paramedics had been killed and 12 ambulances destroyed."
    )
    assert figures(rules, title, text) == (None, None)


def test_an_incident_told_beside_a_tally_keeps_its_figures(rules: EventRules) -> None:
    title = "Strike on market kills 9 as the province's toll since March passes 2,400"
    text = (
        "A strike on the central market killed nine people on Thursday, medics said.\n"
        "Another 14 people were wounded in the strike, they added."
    )
    assert figures(rules, title, text) == (9, 14)


def test_a_year_tally_is_background(rules: EventRules) -> None:
    text = (
        "A roadside bomb killed two police officers on the ring road.\n"
        "That brings the total number of officers killed this year to at least 45."
    )
    assert figures(rules, "", text) == (2, None)


def test_attackers_counted_are_not_victims(rules: EventRules) -> None:
    text = (
        "About two dozen gunmen on motorcycles attacked the village at dawn.\n"
        "They set houses on fire, residents said."
    )
    assert figures(rules, "Gunmen raid village", text) == (None, None)


def test_weapons_and_things_are_not_casualties(rules: EventRules) -> None:
    text = "Air defences shot down 14 drones over the region; 3 houses were damaged."
    assert figures(rules, "", text) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Six people, some of them traders, were killed when a shell hit the bus depot.",
        "Six people, most of them children, were killed when a shell hit the bus depot.",
        "Six people, two of whom were guards, were killed when a shell hit the bus depot.",
    ],
)
def test_a_part_told_aside_leaves_the_whole_its_toll(rules: EventRules, text: str) -> None:
    assert figures(rules, "", text) == (6, None)


def test_another_incident_s_figures_are_not_the_event_s(rules: EventRules) -> None:
    title = "Drone hits apartment block in the port city"
    text = (
        "A drone hit an apartment block in the port city on Friday, the mayor said.\n"
        "Hours later, another residential bombing killed at least three people in the city."
    )
    assert figures(rules, title, text) == (None, None)
    headline = "Another drone strike on the port city kills 4"
    assert figures(rules, headline, "A drone hit a market in the port city.") == (4, None)


@pytest.mark.parametrize(
    "text",
    [
        "Civilians from one family, including two girls, were killed when a shell hit the farm.",
        "The shelling killed two families sheltering in the school, residents said.",
    ],
)
def test_a_count_of_families_is_no_count_of_people(rules: EventRules, text: str) -> None:
    assert figures(rules, "", text)[0] is None


def test_a_suicide_bomber_is_not_counted(rules: EventRules) -> None:
    text = "A suicide bomber blew himself up at a checkpoint; the bomber died and 4 were hurt."
    killed, injured = figures(rules, "", text)
    assert killed is None
    assert injured == 4


def test_parts_are_summed_only_when_the_text_adds_them(rules: EventRules) -> None:
    text = (
        "Militants attacked the market, leaving 12 traders dead.\n"
        "Two policemen guarding the gate also died, officials said."
    )
    facts = read_event(rules, "", text)
    parts = "12 traders dead ... Two policemen guarding the gate also died"
    assert facts.killed == Casualties(14, True, parts)


def test_a_subset_is_not_added(rules: EventRules) -> None:
    text = "The air strike killed 10 people, including four children, in the camp."
    assert figures(rules, "", text) == (10, None)


def test_no_casualties_is_zero(rules: EventRules) -> None:
    text = "Air defences destroyed two drones over the city. There were no casualties."
    assert figures(rules, "", text) == (0, 0)


def test_a_ceasefire_report_carries_no_toll(rules: EventRules) -> None:
    text = (
        "The government and the rebels signed a ceasefire agreement on Monday.\n"
        "Three years of fighting have killed more than 5,000 people."
    )
    facts = read_event(rules, "Ceasefire signed", text)
    assert facts.sub_event_type == "Agreement"
    assert (facts.killed.min, facts.injured.min) == (None, None)


def test_dates_and_times_are_not_figures(rules: EventRules) -> None:
    text = "On March 14 at 4:30 pm a mortar shell killed two people in the old quarter."
    assert figures(rules, "", text) == (2, None)


def test_a_count_of_killed_and_injured_together_is_no_killed_figure(rules: EventRules) -> None:
    facts = read_event(
        rules,
        "",
        "Gunmen ambushed an army convoy near the border on Thursday. An official spoke of "
        "about thirty soldiers dead and wounded, and of others missing.",
    )
    assert facts.killed.min is None
    assert facts.killed.as_written == "about thirty soldiers dead", "its words, no figure"


def test_a_figure_told_after_another_event_opens_is_not_added(rules: EventRules) -> None:
    text = (
        "A car bomb exploded at a checkpoint in the town on Monday, killing five soldiers. "
        "Police cordoned off the area. Meanwhile, two more people were also killed in a "
        "shooting at a market."
    )
    assert figures(rules, "", text)[0] == 5
    assert figures(rules, "", text.replace("Meanwhile, two", "Two"))[0] == 7, "added otherwise"


def test_a_year_before_a_comma_is_no_toll(rules: EventRules) -> None:
    text = (
        "A car bomb exploded at the ministry gate on Saturday. The blast hit the junction "
        "where a lorry bomb had exploded on the 14th, 2019, killing dozens of people."
    )
    assert figures(rules, "", text) == (None, None)


def test_a_comma_after_a_figure_still_ends_its_clause(rules: EventRules) -> None:
    text = (
        "The toll of the rocket attack on the market stands at 14, with around 60 injured, "
        "the governor said."
    )
    assert figures(rules, "", text) == (14, 60)


def test_a_part_named_between_commas_does_not_cut_the_figure_from_its_toll(
    rules: EventRules,
) -> None:
    text = "At least 30 people, including four children, were killed when the shells hit."
    assert figures(rules, "", text) == (30, None)


def test_a_toll_since_a_date_is_a_tally(rules: EventRules) -> None:
    text = (
        "Three people were killed when a drone struck a car in the town on Friday. The number "
        "of people killed in the province since the offensive began in May has risen to 1,240 "
        "and 5,310 injured."
    )
    assert figures(rules, "", text) == (3, None)
    as_of = "As of Sunday, the ministry said 2,800 people had been wounded in the region."
    assert figures(rules, "", f"{text} {as_of}") == (3, None)


def test_a_dateline_with_a_colon_keeps_its_figure(rules: EventRules) -> None:
    assert figures(rules, "", "Marib: 12 fighters were killed in clashes overnight.") == (12, None)


@pytest.mark.parametrize(
    ("text", "killed", "exact"),
    [
        ("Three policemen and two civilians were killed when a bomb went off.", 5, True),
        ("A roadside bomb killed two soldiers and a civilian on the highway on Tuesday.", 3, True),
        ("Shelling killed a woman and her two children in the town overnight.", 3, True),
        ("The clashes left six soldiers and 20 rebels dead, the army said.", 26, True),
        ("The raid killed three guards, two drivers and a cook at the depot.", 6, True),
        ("At least 4 soldiers and 2 civilians were killed in the ambush.", 6, False),
    ],
)  # fmt: skip
def test_parts_of_one_toll_named_together_are_summed(
    rules: EventRules, text: str, killed: int, exact: bool
) -> None:
    facts = read_event(rules, "", text)
    assert (facts.killed.min, facts.killed.exact) == (killed, exact)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Gunmen killed 12 villagers in an overnight raid on the settlement.", 12),
        ("Troops killed 5 gunmen in a raid on a hideout near the border.", 5),
        ("A bomb at the gate of the school killed 6 schoolchildren.", 6),
        ("Militants opened fire on a chapel, killing 3 churchgoers.", 3),
    ],
)
def test_people_named_after_a_place_or_a_weapon_are_people(
    rules: EventRules, text: str, killed: int
) -> None:
    assert read_event(rules, "", text).killed.min == killed


def test_a_list_without_and_or_a_part_of_the_figure_is_not_summed(rules: EventRules) -> None:
    appositive = "The strike killed 20 people, 15 of them children, officials said."
    assert read_event(rules, "", appositive).killed.min == 20
    among = "At least seven people, among them four children, lost their lives in the raid."
    assert read_event(rules, "", among).killed.min == 7
    kinds = "Shelling killed 4 people and 9 were wounded in the market."
    assert figures(rules, "", kinds) == (4, 9)


def test_more_after_a_figure_adds_to_the_toll_but_not_to_the_other_kind(
    rules: EventRules,
) -> None:
    later = (
        "Militants ambushed a convoy, killing 8 soldiers. Two more soldiers later died of wounds."
    )
    assert read_event(rules, "", later).killed.min == 10
    others = "Drones struck the port, killing at least two people and injuring 15 more."
    assert figures(rules, "", others) == (2, 15)


def test_one_man_killed_before_a_riot_is_no_toll_of_the_riot(rules: EventRules) -> None:
    text = (
        "Residents set fire to a police station after an officer killed a man at a "
        "checkpoint. Protesters threw stones and burned two police cars."
    )
    assert read_event(rules, "", text).killed.min is None


def test_property_destroyed_with_people_killed_is_an_attack_with_its_toll(
    rules: EventRules,
) -> None:
    facts = read_event(rules, "", "Attackers burned 12 homes in the village, killing 2.")
    assert (facts.event_type, facts.sub_event_type) == ("Violence against civilians", "Attack")
    assert facts.killed.min == 2
    unhurt = read_event(rules, "", "Fighters looted shops and burned 12 homes in the village.")
    assert unhurt.sub_event_type == "Looting/property destruction"


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of people marched through the capital after soldiers killed 12 villagers.",
        "Thousands protested, demanding justice for the 40 people killed in the massacre.",
        "Residents torched a police station after officers shot dead two young men.",
    ],
)
def test_a_crowd_is_not_given_the_toll_of_what_it_is_about(rules: EventRules, text: str) -> None:
    facts = read_event(rules, "", text)
    assert facts.event_type in ("Protests", "Riots")
    assert facts.killed.min is None


def test_protesters_killed_by_the_police_are_the_protests_toll(rules: EventRules) -> None:
    text = "Police shot dead two demonstrators protesting against fuel prices in the capital."
    facts = read_event(rules, "", text)
    assert facts.sub_event_type == "Excessive force against protesters"
    assert facts.killed.min == 2


def test_an_ordinal_is_a_rank_not_a_toll(rules: EventRules) -> None:
    text = "The 5th Brigade said its troops killed militants near the border."
    assert read_event(rules, "", text).killed.min is None
    counted = "The 21st Division said 3 soldiers were killed in the ambush."
    assert read_event(rules, "", counted).killed.min == 3


def test_a_month_in_a_date_is_neither_a_march_nor_a_guess(rules: EventRules) -> None:
    march = read_event(rules, "", "Gunmen on 3 March killed 4 villagers in the north.")
    assert (march.sub_event_type, march.killed.min) == ("Attack", 4)
    may = read_event(rules, "", "On 12 May, gunmen killed 5 villagers in the north.")
    assert may.killed.min == 5
    crowd = read_event(rules, "", "Thousands march in the capital against the war.")
    assert crowd.sub_event_type == "Peaceful protest"


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Two children among 10 killed in air strike on market", "", (10, None)),
        ("Two soldiers among 5 hurt in grenade blast", "", (None, 5)),
        ("", "Three journalists were among the 12 people killed in the strike, officials said.",
         (12, None)),
        ("", "A grenade blast wounded five people, among them two soldiers, on Tuesday.",
         (None, 5)),
    ],
)  # fmt: skip
def test_a_part_told_before_its_whole_gives_the_whole(
    rules: EventRules, title: str, text: str, expected: tuple[int | None, int | None]
) -> None:
    assert figures(rules, title, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A drone strike hit a building in the town, but no one was hurt.", (0, 0)),
        ("A rocket hit a school, but no one was killed, police said.", (0, None)),
        ("A rocket hit a school, wounding one person, but no one was killed.", (0, 1)),
    ],
)
def test_no_one_is_none_not_one(
    rules: EventRules, text: str, expected: tuple[int | None, int | None]
) -> None:
    assert figures(rules, "", text) == expected


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("A soldier was killed and two others were wounded at the checkpoint.", 1, 2),
        ("An aid worker has died of wounds from the shelling, the charity said.", 1, None),
        ("A 15-year-old boy was wounded by sniper fire in the old town.", None, 1),
        ("A woman died and three people were injured when shells hit the market.", 1, 3),
    ],
)
def test_one_victim_told_as_the_subject_is_one(
    rules: EventRules, text: str, killed: int | None, injured: int | None
) -> None:
    assert figures(rules, "", text) == (killed, injured)


@pytest.mark.parametrize(
    "text",
    [
        "A man who killed three people in a shooting spree was arrested on Friday.",
        "The charity said it had been helped by an organ donor who died last spring.",
        "Staff and workers from a nearby factory died when the shell hit the road.",
        "A woman and child died when the drone struck their car near the camp.",
        "A few soldiers were wounded in the clash at the bridge.",
    ],
)
def test_an_article_that_opens_no_lone_victim_gives_no_one(rules: EventRules, text: str) -> None:
    assert 1 not in figures(rules, "", text)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands marched in the capital on Saturday to mark the anniversary of the "
        "massacre in which 52 people were killed.",
        "Clashes broke out between rival militias on Friday, the worst fighting since 2022, "
        "when at least 60 people died.",
        "A missile hit the port on Monday, the heaviest attack since last year, when 11 "
        "people were killed at the docks.",
        "An airstrike hit the school on Thursday. It was also hit in August, killing 8 people.",
        "A court sentenced a man to death on Monday for killing 12 worshippers at a mosque.",
        "Two men were jailed for life on Friday for the bombing that killed 22 people.",
    ],
)
def test_a_toll_of_a_remembered_or_earlier_time_is_no_event_figure(
    rules: EventRules, text: str
) -> None:
    assert read_event(rules, "", text).killed.min is None


def test_a_toll_on_an_anniversary_or_at_the_time_of_the_event_is_its_own(
    rules: EventRules,
) -> None:
    anniversary = "Two bombs on the fourth anniversary of his death killed at least 73 people."
    assert read_event(rules, "", anniversary).killed.min == 73
    dawn = "Troops raided the village at dawn on Monday, when 4 people were killed."
    assert read_event(rules, "", dawn).killed.min == 4
    dated = "An airstrike hit the market on 3 November, killing 6 people."
    assert read_event(rules, "", dated).killed.min == 6
    accused = "Rebels accused of killing 30 villagers in an overnight raid, officials said."
    assert read_event(rules, "", accused).killed.min == 30


@pytest.mark.parametrize(
    ("title", "killed"),
    [
        ("Soldier killed in border clash", 1),
        ("Gaza: Aid worker killed in strike on convoy", 1),
        ("Police officer shot dead in northern city", 1),
        ("Two soldiers killed in ambush", 2),
        ("Soldiers killed in ambush on convoy", None),
    ],
)
def test_a_headline_s_lone_victim_is_one(rules: EventRules, title: str, killed: int | None) -> None:
    text = "Militants opened fire on the patrol on Tuesday, the army said."
    assert read_event(rules, title, text).killed.min == killed


def test_a_similar_or_an_earlier_event_s_toll_is_no_event_figure(rules: EventRules) -> None:
    similar = "A drone struck a market in the town on Monday. A similar attack killed 14 people."
    assert read_event(rules, "", similar).killed.min is None
    earlier = (
        "Rebels attacked the airport on Friday, after their seizure of the city two weeks "
        "earlier, resulting in over 3,000 deaths."
    )
    assert read_event(rules, "", earlier).killed.min is None
    own = "A drone strike killed 5 people on Monday in an attack similar to one in March."
    assert read_event(rules, "", own).killed.min == 5


@pytest.mark.parametrize(
    "background",
    [
        "Last month's bombing at the same market killed 30 people.",
        "Last year’s attack on the market killed 30 worshippers.",
        "The blast came two weeks after a suicide bomber killed 14 people at a school.",
        "It comes a week after gunmen killed 11 people at a bus station.",
        "The attack follows a rocket strike on Tuesday that killed seven people.",
        "In 2021, a bombing at the same market killed 40 people.",
        "A suicide attack on the market in 2021 killed 40 people.",
        "The market was the target of an attack in 2019 that killed 40 people.",
        "The group has carried out many attacks, including a 2022 blast that killed 53.",
        "The United Nations says 1,500 civilians were killed in the province during 2023.",
        "Such attacks have killed 900 people in the province.",
        "Bombings killed 900 people in the first half of the year.",
    ],
)
def test_a_figure_of_another_time_or_of_many_events_is_no_event_figure(
    rules: EventRules, background: str
) -> None:
    text = f"A bomb exploded in the crowded market on Friday, police said. {background}"
    assert figures(rules, "Bomb explodes in market", text) == (None, None)


def test_a_year_frames_its_own_clause_and_a_sequel_what_follows_it(rules: EventRules) -> None:
    framed = "A drone strike killed four people in the town in 2019."
    assert figures(rules, "", framed) == (None, None)
    deadliest = (
        "A drone strike killed four people on Wednesday, the deadliest attack since a 2009 "
        "strike which killed 30 people."
    )
    assert figures(rules, "", deadliest) == (4, None)
    dated = "A drone strike hit a house on 12 March 2024 in the town, killing four people."
    assert figures(rules, "", dated) == (4, None)
    written = "On March 12, 2024, a drone strike hit a house in the town, killing four people."
    assert figures(rules, "", written) == (4, None)
    followed = "A blast followed by gunfire killed 12 people at the checkpoint."
    assert figures(rules, "", followed) == (12, None)


def test_a_later_exact_figure_said_with_the_event_s_other_figure_refines_a_minimum(
    rules: EventRules,
) -> None:
    text = (
        "A suicide bomber struck a crowded mosque, killing 43 people and wounding more than "
        "100. The mosque's imam was among the dead. Doors and windows were destroyed. Rescue "
        "teams searched the hall. An official said that 43 people had been killed and 117 "
        "wounded."
    )
    facts = read_event(rules, "", text)
    assert (facts.killed.min, facts.injured.min, facts.injured.exact) == (43, 117, True)
    other = (
        "A suicide bomber struck a crowded mosque, killing 43 people and wounding more than "
        "100. The mosque's imam was among the dead. Doors and windows were destroyed. Rescue "
        "teams searched the hall. An official said that 12 people had been killed and 117 "
        "wounded in a bombing there last year."
    )
    assert figures(rules, "", other) == (43, 100)


@pytest.mark.parametrize(
    "text",
    [
        "Clashes broke out in the hills on Monday.\nTwelve civilians were among those killed.",
        "Shelling hit the old market overnight.\nFour children are among the dead, medics said.",
    ],
)
def test_a_part_among_the_victims_is_no_toll(rules: EventRules, text: str) -> None:
    assert figures(rules, "", text) == (None, None)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Soldiers shot dead a man at a checkpoint outside the town on Monday.", 1, None),
        ("Gunmen killed a 60-year-old farmer on his land near the village.", 1, None),
        ("A drone strike wounded a 12-year-old girl in the town.", None, 1),
    ],
)
def test_one_victim_after_the_casualty_word_is_the_toll(
    rules: EventRules, text: str, killed: int | None, injured: int | None
) -> None:
    assert figures(rules, "", text) == (killed, injured)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels fired a missile at the airport on Sunday, a day after air strikes on the port "
        "killed at least 38 people.",
        "Militants shelled the border post on Friday, two weeks after an ambush nearby killed "
        "nine soldiers.",
    ],
)
def test_a_figure_after_a_comma_and_a_time_since_is_the_earlier_events(
    rules: EventRules, text: str
) -> None:
    assert figures(rules, "", text) == (None, None)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Two soldiers were killed and another was wounded when their truck hit a mine.", 2, 1),
        ("Three people were killed in the strike and another died later in hospital.", 4, None),
    ],
)
def test_another_alone_is_one_more_person(
    rules: EventRules, text: str, killed: int | None, injured: int | None
) -> None:
    assert figures(rules, "", text) == (killed, injured)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Gunmen killed a man and wounded his wife outside their home on Sunday.", 1, 1),
        ("Settlers shot dead a Palestinian and wounded his brother near the village.", 1, 1),
        ("The blast killed a policeman and wounded a passer-by, officials said.", 1, 1),
        ("A sniper killed a soldier and wounded another, the army said.", 1, 1),
        ("Two soldiers were killed and another wounded when the convoy was ambushed.", 2, 1),
        ("Gunmen killed a farmer and wounded his two sons in the attack.", 1, 2),
        ("The strike killed a woman and wounded her husband and daughter, medics said.", 1, 2),
        ("Gunmen killed a woman and her son in the village on Friday.", 2, None),
    ],
)
def test_one_victim_in_a_coordinated_clause_is_its_kinds_figure(
    rules: EventRules, text: str, killed: int | None, injured: int | None
) -> None:
    assert figures(rules, "", text) == (killed, injured)


@pytest.mark.parametrize(
    "text",
    [
        "The shelling killed a man and wounded his family, neighbours said.",
        "A sniper killed a man and wounded his dog near the checkpoint.",
    ],
)
def test_a_possessive_before_no_person_counts_nobody(rules: EventRules, text: str) -> None:
    assert figures(rules, "", text) == (1, None)


@pytest.mark.parametrize(
    ("title", "text", "killed"),
    [
        (
            "",
            "Israeli strikes have killed more than 200 people across Gaza since Thursday, "
            "health officials said.",
            Casualties(200, False, "killed more than 200"),
        ),
        (
            "",
            "Fighting in the city has killed 87 civilians since the weekend, the UN said.",
            Casualties(87, False, "killed 87"),
        ),
        (
            "",
            "At least 45 people have been killed since early Saturday in clashes between the "
            "army and rebels in the city.",
            Casualties(45, False, "At least 45 people have been killed"),
        ),
        (
            "Paramilitary assault on camp kills 300 since Friday",
            "The assault went on for a third day, aid groups said.",
            Casualties(300, False, "kills 300"),
        ),
    ],
)
def test_a_toll_since_a_day_of_this_week_in_the_lead_is_the_running_toll(
    rules: EventRules, title: str, text: str, killed: Casualties
) -> None:
    assert read_event(rules, title, text).killed == killed


@pytest.mark.parametrize(
    "text",
    [
        "Air strikes have killed 20 people since the war began in April.",
        "The army has killed 30 militants since January, it said.",
        "An air strike hit a school in the city on Friday, medics said. Strikes have killed "
        "more than 200 people across the region since Thursday, officials said.",
    ],
)
def test_a_toll_since_another_time_or_told_after_the_lead_is_background(
    rules: EventRules, text: str
) -> None:
    assert figures(rules, "", text) == (None, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Two people were killed in the strike.",
        "THE TOLL ROSE TO 12.",
        "A skilled crew repaired the line.",
        "Residents said nobody was hurt-free.",
        "No one was reported injured-",
        "The market reopened on Monday.",
        "Two people were \u212ailled in the strike.",
        "Two people were kılled in the strike.",
        "Двоє людей загинули.",
        "“Two people were killed,” the governor’s office said.",
        "The governor’s office said the market reopened.",
    ],
)
def test_the_cue_finder_answers_as_the_cue_regex(rules: EventRules, sentence: str) -> None:
    """A sentence without a casualty word's letters is passed over without the regex; every
    sentence gets the regex's own answer (the Kelvin sign and dotless i included, which `re`
    reads as "k" and "i" ignoring case)."""
    words = rules.words
    assert words.cue_finder is not None
    assert words.has_cue(sentence) == bool(words.any_cue.search(sentence))


@pytest.mark.parametrize(
    ("language", "text", "killed"),
    [
        (
            "en",
            "The death toll from the car bombing at a market in the port town, in the south "
            "of the country, has risen to 14.",
            14,
        ),
        ("en", "The death toll, hospital officials said, rose to nine.", 9),
        (
            "ru",
            "Число погибших при взрыве на рынке в портовом городе, по данным властей, "
            "возросло до 14.",
            14,
        ),
        (
            "uk",
            "Кількість загиблих унаслідок вибуху на ринку в портовому місті, за даними влади, "
            "зросла до 14.",
            14,
        ),
    ],
)
def test_a_toll_reaches_its_figure_across_asides_between_commas(
    rules: EventRules, language: str, text: str, killed: int
) -> None:
    facts = read_event(rules.for_language(language), "", text)
    assert facts.killed.min == killed


@pytest.mark.parametrize(
    ("language", "text", "killed"),
    [
        (
            "en",
            "Missile strikes on the region killed at least 11 people. Nine people were killed "
            "in the city while two others were killed in a nearby town.",
            11,
        ),
        (
            "ru",
            "Ракетный удар по области унес жизни 11 человек. Девять человек погибли в городе, "
            "еще двое погибли в соседнем селе.",
            11,
        ),
        (
            "uk",
            "Ракетний удар по області забрав життя 11 людей. Дев'ятеро людей загинули в місті, "
            "ще двоє загинули в сусідньому селі.",
            11,
        ),
        (
            "en",
            "Missile strikes on the region killed 3 people. Three people were killed in the "
            "city and two others died later in hospital.",
            5,
        ),
    ],
)
def test_others_after_a_part_of_the_toll_are_its_other_part_not_more(
    rules: EventRules, language: str, text: str, killed: int
) -> None:
    """A later sentence splitting the toll (nine here, two there) adds nothing to it; one
    repeating it before "two others" does."""
    facts = read_event(rules.for_language(language), "", text)
    assert facts.killed.min == killed


@pytest.mark.parametrize(
    ("language", "text", "killed"),
    [
        (
            "en",
            "A drone hit a kindergarten in the city overnight, the mayor said.\n"
            "The building was empty at the time.\nWhat was hit\nThe second floor collapsed.\n"
            "Firefighters worked through the night.\nThe fire was put out by morning.\n"
            "Rescue teams searched the rubble.\nWho was hurt\nNeighbours gathered outside.\n"
            "Officials gave an update at noon.\nOne man was killed, the mayor said.",
            1,
        ),
        (
            "uk",
            "Дрон влучив у дитячий садок у місті вночі, повідомив мер.\n"
            "У будівлі тоді нікого не було.\nКуди влучили\nДругий поверх обвалився.\n"
            "Рятувальники працювали всю ніч.\nПожежу загасили до ранку.\n"
            "Рятувальники розбирали завали.\nХто постраждав\nСусіди зібралися біля будівлі.\n"
            "Посадовці оновили дані опівдні.\nВідомо про одного загиблого.",
            1,
        ),
    ],
)
def test_section_headings_take_no_place_among_the_sentences_read(
    rules: EventRules, language: str, text: str, killed: int
) -> None:
    facts = read_event(rules.for_language(language), "", text)
    assert facts.killed.min == killed
