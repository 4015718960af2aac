"""The analyzer reads event facts for conflict articles only, with the event's place."""

from __future__ import annotations

import pytest

from bot.understand.analyzer import Analyzer


def test_a_conflict_article_carries_its_event(analyzer: Analyzer) -> None:
    analysis = analyzer.analyze(
        "Air strike kills four in Hajin",
        "DEIR EZ-ZOR, Syria — An air strike hit a house in Hajin in eastern Syria on Monday, "
        "killing at least four people and wounding nine, a monitor said. Fighting continues "
        "across Deir ez-Zor province, where the war has killed thousands.",
    )
    event = analysis.event
    assert event is not None
    assert event.event_type == "Explosions/Remote violence"
    assert event.sub_event_type == "Air/drone strike"
    assert (event.killed.min, event.injured.min) == (4, 9)
    assert event.place is not None
    assert (event.place.as_written, event.place.place.country_code) == ("Hajin", "SY")


def test_the_most_precise_place_of_the_lead_is_the_event_place(analyzer: Analyzer) -> None:
    analysis = analyzer.analyze(
        "",
        "Shelling hit the Ukrainian city of Kharkiv on Tuesday, wounding three people. "
        "Officials in Kyiv condemned the attack.",
    )
    assert analysis.event is not None and analysis.event.place is not None
    assert analysis.event.place.place.name == "Kharkiv"


def test_an_article_that_is_no_conflict_has_no_event(analyzer: Analyzer) -> None:
    analysis = analyzer.analyze(
        "Home side wins the cup", "The home side beat the visitors 3-1 in the final on Saturday."
    )
    assert not analysis.relevance.is_conflict
    assert analysis.event is None


def test_the_village_rather_than_the_capital_where_statements_are_made(
    analyzer: Analyzer,
) -> None:
    analysis = analyzer.analyze(
        "Drone strike kills two in Donetsk region",
        "Officials in Kyiv said a Russian drone struck Blahodatne in Donetsk region overnight, "
        "killing two people.",
    )
    assert analysis.event is not None and analysis.event.place is not None
    assert analysis.event.place.as_written == "Blahodatne"


def test_a_town_named_after_a_lead_that_names_only_the_country(analyzer: Analyzer) -> None:
    analysis = analyzer.analyze(
        "Rebels seize a town in Syria",
        "Rebels seized a town in Syria on Thursday after heavy clashes with the army, a monitor "
        "said. The army confirmed its withdrawal. The fighters took control of Saraqib after "
        "cutting the road to the north.",
    )
    assert analysis.event is not None and analysis.event.place is not None
    assert analysis.event.place.as_written == "Saraqib"


def test_a_place_of_a_separate_incident_is_not_the_event_place(analyzer: Analyzer) -> None:
    analysis = analyzer.analyze(
        "Roadside bomb kills two soldiers in Iraq",
        "A roadside bomb near the town of Fallujah killed two soldiers on Saturday. In a "
        "separate incident, a car bomb exploded in the city of Samarra, wounding ten people.",
    )
    assert analysis.event is not None and analysis.event.place is not None
    assert analysis.event.place.as_written == "Fallujah"


def _event_place(analyzer: Analyzer, title: str, text: str) -> str | None:
    event = analyzer.analyze(title, text).event
    assert event is not None
    return None if event.place is None else event.place.as_written


def test_a_neighbourhood_of_the_headlines_town_named_next_is_the_event_place(
    analyzer: Analyzer,
) -> None:
    assert (
        _event_place(
            analyzer,
            "Shelling kills five civilians in Omdurman",
            "Five civilians were killed on Monday when shells fell on a busy market, medics said. "
            "Rescue teams searched the rubble for hours. The shells hit the Hay al-Wadi "
            "neighbourhood of Omdurman, they said.",
        )
        == "Hay al-Wadi"
    )


def test_a_country_named_for_its_border_is_not_the_event_place(analyzer: Analyzer) -> None:
    assert (
        _event_place(
            analyzer,
            "Gunmen kill 15 in Burkina Faso",
            "Gunmen attacked a village near the Mali border on Sunday, killing 15 people, "
            "officials said.",
        )
        == "Burkina Faso"
    )


def test_a_dateline_in_mixed_case_names_where_it_was_written_not_the_event(
    analyzer: Analyzer,
) -> None:
    assert (
        _event_place(
            analyzer,
            "Gunmen abduct pupils in Nigeria",
            "Abuja: Gunmen stormed a boarding school in northwestern Nigeria on Friday. Dozens "
            "of pupils were taken, police said. The school is in Kankara, in Katsina state.",
        )
        == "Kankara"
    )


def test_a_lead_calling_the_dateline_town_back_places_the_event_there(
    analyzer: Analyzer,
) -> None:
    assert (
        _event_place(
            analyzer,
            "",
            "KHARTOUM, Sudan (AP) — Shells fell on a crowded market in the Sudanese capital on "
            "Monday, killing nine people, as fighting raged on in Darfur.",
        )
        == "KHARTOUM"
    )


def test_the_headlines_town_holds_against_a_far_town_the_lead_names(analyzer: Analyzer) -> None:
    assert (
        _event_place(
            analyzer,
            "Thousands protest in Sanaa against coalition strikes",
            "Thousands rallied in Sanaa on Friday against an air strike in Hodeidah that "
            "killed 20.",
        )
        == "Sanaa"
    )


def test_the_lead_narrows_the_headlines_town_to_a_village_near_it(analyzer: Analyzer) -> None:
    assert (
        _event_place(
            analyzer,
            "Air strike kills four in Hajin",
            "An air strike hit a house in al-Susah near Hajin on Monday, killing four people, "
            "as shelling went on in Raqqa.",
        )
        == "al-Susah"
    )


def test_a_headline_labelled_with_its_town_keeps_the_town(analyzer: Analyzer) -> None:
    assert (
        _event_place(
            analyzer,
            "Kharkiv: missile strike kills three",
            "A Russian missile hit an apartment block in eastern Ukraine on Monday, killing "
            "three people, officials said.",
        )
        == "Kharkiv"
    )


def test_an_area_the_headline_names_is_not_left_for_a_town_outside_it(analyzer: Analyzer) -> None:
    place = _event_place(
        analyzer,
        "Shelling kills three in Idlib province",
        "Shells fell on a crowded market on Monday, killing three people, rescuers said. "
        "Several shops were destroyed. The opposition blamed government forces. Officials "
        "in Latakia denied it.",
    )
    assert place is not None and "Idlib" in place


def test_a_country_named_in_the_dateline_and_again_in_the_lead_is_the_event_place(
    analyzer: Analyzer,
) -> None:
    assert (
        _event_place(
            analyzer,
            "",
            "Niamey, Niger – At least 12 soldiers died in an ambush in western Niger on "
            "Friday, the defence ministry said.",
        )
        == "Niger"
    )


def test_a_village_the_text_names_before_saying_it_is_one_counts_from_its_first_mention(
    analyzer: Analyzer,
) -> None:
    assert (
        _event_place(
            analyzer,
            "Air raids on market kill 30 in Idlib province",
            "Air raids on a market in Idlib province killed 30 people on Sunday.\n"
            "Rescuers dug through the rubble in Kafr Dabil after the raids, a monitor said.\n"
            "Rebels had taken Jisr al-Shughur the day before.\n"
            "Kafr Dabil lies in the hills; residents of the village of Kafr Dabil fled north.",
        )
        == "Kafr Dabil"
    )


def test_a_toll_told_after_a_frame_naming_another_region_is_not_the_events(
    analyzer: Analyzer,
) -> None:
    analysis = analyzer.analyze(
        "Navy says it sank a patrol boat off the port of Berdyansk",
        "The navy said on Tuesday that sea drones had sunk a patrol boat near the occupied port "
        "of Berdyansk overnight. Footage released by the navy showed a large explosion at the "
        "pier. In the Sumy region, a Russian drone killed three people in the town of Shostka, "
        "local officials said.",
    )
    event = analysis.event
    assert event is not None and event.place is not None
    assert event.killed.min is None
    assert event.place.as_written == "Berdyansk"


def test_a_frame_naming_a_district_of_the_events_city_keeps_its_toll(
    analyzer: Analyzer,
) -> None:
    analysis = analyzer.analyze(
        "Missiles hit Kharkiv overnight",
        "Russian missiles struck Kharkiv overnight, the regional governor said. Power was cut "
        "across the city. In the Saltivka district, two people were killed when a missile hit "
        "an apartment block.",
    )
    assert analysis.event is not None
    assert analysis.event.killed.min == 2


def test_bombs_dropped_from_aircraft_are_an_air_strike(analyzer: Analyzer) -> None:
    for weapon in ("glide bombs", "guided bombs"):
        analysis = analyzer.analyze(
            f"Russian {weapon} hit a school in Zaporizhzhia",
            f"Two Russian {weapon} struck a school building in Zaporizhzhia on Friday evening, "
            "wounding five people, the regional governor said.",
        )
        assert analysis.event is not None
        assert analysis.event.sub_event_type == "Air/drone strike", weapon


def test_a_country_the_lead_names_does_not_hold_another_regions_toll_in_the_event(
    analyzer: Analyzer,
) -> None:
    analysis = analyzer.analyze(
        "Ukraine says it sank a patrol boat off Berdyansk",
        "Ukraine's navy said on Tuesday that sea drones had sunk a patrol boat near the "
        "occupied port of Berdyansk overnight. The claim could not be verified. In the Sumy "
        "region, a Russian drone killed three people in the town of Shostka, officials said.",
    )
    event = analysis.event
    assert event is not None and event.place is not None
    assert event.killed.min is None
    assert event.place.as_written == "Berdyansk"


def test_a_toll_a_later_sentence_places_only_at_another_town_is_not_the_events(
    analyzer: Analyzer,
) -> None:
    for other in (
        "Shelling killed two people in Kherson, the regional governor said.",
        "Two people were killed in Kherson by shelling on the same night.",
        "Russian shelling also killed two people in the Kherson region.",
    ):
        analysis = analyzer.analyze(
            "Drone attack on Odesa port",
            "A Russian drone attack damaged port facilities in Odesa overnight, the governor "
            f"said. {other}",
        )
        event = analysis.event
        assert event is not None and event.place is not None
        assert event.place.as_written == "Odesa"
        assert event.killed.min is None, other
    for same in (
        "Two people were injured in the Kyivskyi district of the city.",
        "Two people were injured and taken to hospital in Mykolaiv.",
        "Two people were injured, the governor said in a statement in Kyiv.",
    ):
        analysis = analyzer.analyze(
            "Drone attack on Odesa port",
            "A Russian drone attack damaged port facilities in Odesa overnight, the governor "
            f"said. {same}",
        )
        assert analysis.event is not None
        assert analysis.event.injured.min == 2, same


def test_a_name_describing_the_event_town_after_it_places_nothing_apart(
    analyzer: Analyzer,
) -> None:
    """ "the Somali capital of Mogadishu": "Somali" (also a region of Ethiopia) describes
    the town named after "of", and the sentence's toll stays the event's."""
    analysis = analyzer.analyze(
        "Suicide bomber strikes cafe in Mogadishu",
        "A suicide bomber blew himself up at a cafe in Mogadishu on Friday, police said. Four "
        "people were killed and 12 wounded in the blast in the Somali capital of Mogadishu, "
        "a police officer said.",
    )
    assert analysis.event is not None
    assert (analysis.event.killed.min, analysis.event.injured.min) == (4, 12)


JABALIA_LEAD = (
    "An Israeli air strike hit a house in Jabalia on Wednesday, killing 12 people, medics said."
)


def test_a_datelines_date_with_the_day_first_names_where_it_was_written(
    analyzer: Analyzer,
) -> None:
    """European datelines write the day before the month, in their language, a year after
    it, or end in ".-": the town before them is where the story was written."""
    for dateline in (
        "Deir al-Balah, 1 Nov. (Reuters) –",
        "Deir al-Balah, 1. November (dpa) -",
        "Deir al-Balah, 1 de noviembre de 2023 (EFE).-",
        "Deir al-Balah, 1 nov. 2023 –",
    ):
        assert _event_place(analyzer, "Strike in Gaza", f"{dateline} {JABALIA_LEAD}") == "Jabalia"
    french = (
        "Deir el-Balah, 1er nov. (AFP) – Des frappes aériennes israéliennes ont tué des dizaines "
        "de personnes à Jabalia mercredi, selon des témoins."
    )
    assert _event_place(analyzer, "Frappes sur Gaza", french) == "Jabalia"


def test_a_headline_copying_the_datelines_line_does_not_place_the_event_there(
    analyzer: Analyzer,
) -> None:
    """A feed giving no headline: the text's first line, dateline and all, stands in for
    it; the dateline's town is still only where the story was written."""
    text = f"Deir al-Balah, Nov. 1 (Reuters) – {JABALIA_LEAD}\nThe toll was expected to rise."
    assert _event_place(analyzer, text.splitlines()[0][:80], text) == "Jabalia"


def test_a_town_opening_the_lead_before_a_figure_that_is_no_date_is_the_event_place(
    analyzer: Analyzer,
) -> None:
    text = (
        "Omdurman, 12 miles from the front line, was shelled on Monday; the strike killed five "
        "people in the city, medics said."
    )
    assert _event_place(analyzer, "Shelling across the Nile", text) == "Omdurman"


COUNTRY_COUNTS = [
    "Gunmen attacked an aid convoy near El Fasher on Monday, wounding drivers. The UN says 40 "
    "aid workers have been killed in Sudan.",
    "У понеділок дрон атакував гуманітарний конвой під Харковом. За даними ООН, в Україні "
    "загинули 17 гуманітарних працівників.",
    "В понедельник беспилотник атаковал машину медиков под Харьковом. В Украине погибли более "
    "100 медиков, сообщил Минздрав.",
    "Des jihadistes ont attaqué un convoi humanitaire lundi près de Gao. Selon l'ONU, 17 "
    "travailleurs humanitaires ont été tués au Mali.",
    "هاجم مسلحون قافلة مساعدات قرب الفاشر يوم الاثنين. وقالت الأمم المتحدة إن 40 من عمال "
    "الإغاثة قتلوا في السودان.",
]


@pytest.mark.parametrize("text", COUNTRY_COUNTS)
def test_a_count_in_a_country_the_lead_does_not_name_is_no_figure(
    analyzer: Analyzer, text: str
) -> None:
    event = analyzer.analyze("", text).event
    assert event is not None
    assert event.killed.min is None


COUNTRY_TOLLS = [
    ("", "Jihadists attacked an army post in northern Mali on Sunday. Twelve soldiers were "
     "killed in Mali, the army said.", 12),
    ("Twelve soldiers killed in Mali", "Jihadists attacked an army post on Sunday, the army "
     "said.", 12),
    ("", "Jihadists attacked an army post near Gao on Sunday. Twelve soldiers were killed in "
     "the attack in Mali, the army said.", 12),
    ("", "Des jihadistes ont attaqué un convoi humanitaire lundi près de Gao, dans le nord du "
     "Mali. Selon l'ONU, 17 travailleurs humanitaires ont été tués au Mali.", 17),
    ("", "Дрон атакував автобус під Харковом. У понеділок в Україні загинули 5 людей.", 5),
]  # fmt: skip


@pytest.mark.parametrize(("title", "text", "killed"), COUNTRY_TOLLS)
def test_a_toll_in_the_country_the_lead_names_or_with_its_incident_or_day_stays(
    analyzer: Analyzer, title: str, text: str, killed: int
) -> None:
    event = analyzer.analyze(title, text).event
    assert event is not None
    assert event.killed.min == killed
