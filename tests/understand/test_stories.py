"""Story matching on text alone: same event from different outlets, or not."""

from __future__ import annotations

from datetime import UTC, date, datetime

from bot.records import Casualties, EventFacts, Place, PlaceMention
from bot.understand.stories import (
    BANDS,
    THRESHOLD,
    IncidentKey,
    TakeoverKey,
    Told,
    TollKey,
    band_keys,
    best_match,
    days_agree,
    event_town,
    facts_conflict,
    fingerprint,
    incident_key,
    injured_agree,
    provisional_toll,
    risen_toll,
    similarity,
    story_event,
    takeover_key,
    terms_of,
    told_around,
    toll_key,
    tolls_agree,
    untold_days,
    untold_town,
)

HAJIN = (
    "Drone strike hits market in Hajin",
    "At least four people were killed when a drone struck the market.",
)
EARLIER_KEYS = (
    -2163126879131548942,
    6618477862837620174,
    -7162759918367962392,
    -1602288458136876890,
)
"""HAJIN's first band keys as versions before migration 0019 stored them (64-bit)."""
STORED_KEYS = (760583349, -1752955622, 1039964149, -1880699665)
"""HAJIN's first band keys as migration 0028 and every version since store them."""
REUTERS = (
    "Russian drone strike on Kharkiv apartment block kills four, governor says",
    "A Russian drone strike on a nine-storey apartment building in Kharkiv killed four people "
    "and wounded 17 overnight, regional governor Oleh Syniehubov said on Friday.",
)
AP = (
    "Four dead as drones hit residential building in Ukraine's Kharkiv",
    "Russian drones slammed into a residential high-rise in Ukraine's second-largest city "
    "overnight, killing four people and injuring 17, Kharkiv Governor Oleh Syniehubov said.",
)
SUBSTATION = (
    "Russian shelling damages Kharkiv power substation, thousands without electricity",
    "Russian forces shelled an electrical substation on the outskirts of Kharkiv on Sunday "
    "evening, leaving about 30,000 households without power, the energy company said.",
)


def test_two_outlets_on_one_event_are_alike_and_another_event_is_not() -> None:
    reuters, ap, other = (terms_of(*t) for t in (REUTERS, AP, SUBSTATION))
    assert similarity(reuters, ap) >= THRESHOLD
    assert similarity(reuters, other) < THRESHOLD
    assert best_match(ap, [(1, other), (2, reuters)]) == (2, similarity(ap, reuters))
    assert best_match(other, [(2, reuters)]) is None


def test_fingerprints_are_stable_and_share_bands_when_alike() -> None:
    first, again = fingerprint(*REUTERS), fingerprint(*REUTERS)
    assert first == again and len(first.bands) == BANDS
    assert "kharkiv" in first.terms and "the" not in first.terms
    shared = set(first.bands) & set(fingerprint(*AP).bands)
    assert shared, "alike articles meet in the band index"
    assert fingerprint("", "").bands == ()


def test_only_the_lead_counts() -> None:
    lead = " ".join(["ceasefire"] * 5 + ["word"] * 100 + ["unrelated"])
    assert "unrel" not in terms_of("Title", lead)


def test_band_keys_are_those_stored_by_earlier_versions() -> None:
    """Keys stored since migration 0028 still find their stories: the words are those the
    earlier code computed for this article (before datasketch and NLTK were dropped), and
    its first band keys those 0028 made from them."""
    terms = terms_of(*HAJIN)
    assert sorted(terms) == ["drone", "hajin", "hit", "kill", "market", "peopl", "strike", "struck"]
    assert band_keys(terms)[:4] == STORED_KEYS


POLTAVA_DRONES = (
    "Дрони атакували Полтаву: пошкоджено нафтобазу",
    "Уночі російські дрони атакували Полтаву. Внаслідок удару по нафтобазі виникла пожежа, "
    "повідомив голова обласної адміністрації.",
)
POLTAVA_DEPOT = (
    "Удар дронів по Полтаві: горить нафтобаза",
    "Російські ударні дрони вночі вдарили по Полтаві, на нафтобазі спалахнула пожежа, "
    "повідомила обласна адміністрація.",
)
"""Two outlets' Ukrainian reports of one drone strike, each naming the town and the depot
in another case form."""


def test_reports_in_ukrainian_share_their_words_whatever_the_case_form() -> None:
    """Stemmed as Ukrainian, the town and the depot are one word each in both reports, and
    their prepositions and reporting verbs are no story words: the two are one story's
    words, as they are not read the English way."""
    first, second = (terms_of(*report, "uk") for report in (POLTAVA_DRONES, POLTAVA_DEPOT))
    assert similarity(first, second) >= THRESHOLD
    assert similarity(terms_of(*POLTAVA_DRONES), terms_of(*POLTAVA_DEPOT)) < THRESHOLD
    assert "по" not in first | second and "повідомив" not in first


def test_english_words_are_those_of_an_article_without_a_language() -> None:
    assert terms_of(*REUTERS, "en") == terms_of(*REUTERS)
    assert fingerprint(*REUTERS, "und") == fingerprint(*REUTERS)


def test_incident_days_a_day_apart_agree_and_two_days_apart_do_not() -> None:
    monday = date(2026, 11, 16)
    assert days_agree(monday, date(2026, 11, 17)) and days_agree(monday, None)
    assert not days_agree(monday, date(2026, 11, 18))


def test_the_incident_key_needs_a_language_a_day_and_a_town() -> None:
    town = Place("gn:1", "Hajin", "city", "SY", "Syria", 1, 29237)
    province = Place("gn:2", "Deir ez-Zor Governorate", "admin1", "SY", "Syria", 2, 1200000)
    strike = EventFacts(
        "Explosions/Remote violence",
        "Air/drone strike",
        killed=Casualties(4, True),
        place=PlaceMention("Hajin", 0, 5, town),
    )
    day = date(2026, 11, 16)
    key = IncidentKey("gn:1", day, "Explosions/Remote violence", 4, None)
    assert incident_key("en", strike, day) == key
    assert incident_key("und", strike, day) is None
    assert incident_key("en", strike, None) is None
    wide = EventFacts(strike.event_type, strike.sub_event_type, strike.killed)
    assert incident_key("en", wide, day) is None
    in_province = PlaceMention("Deir ez-Zor", 0, 11, province)
    assert incident_key("en", EventFacts("Battles", "Armed clash", place=in_province), day) is None


def test_the_takeover_key_needs_a_language_a_town_and_a_change_of_hands() -> None:
    town = Place("gn:1", "Masisi", "city", "CD", "DR Congo", 1, 20000)
    province = Place("gn:2", "North Kivu", "admin1", "CD", "DR Congo", 2, 6000000)
    at_town = PlaceMention("Masisi", 0, 6, town)
    taken = EventFacts("Battles", "Non-state actor overtakes territory", place=at_town)
    key = TakeoverKey("gn:1", "Battles", "Non-state actor overtakes territory")
    assert takeover_key("en", taken) == key
    assert takeover_key("fr", taken) == key
    assert takeover_key("und", taken) is None
    assert takeover_key("en", EventFacts("Battles", "Armed clash", place=at_town)) is None
    in_province = PlaceMention("North Kivu", 0, 10, province)
    wide = EventFacts("Battles", taken.sub_event_type, place=in_province)
    assert takeover_key("en", wide) is None


def test_the_toll_key_needs_a_day_a_town_and_a_killed_figure() -> None:
    town = Place("gn:1", "Hajin", "city", "SY", "Syria", 1, 29237)
    at_town = PlaceMention("Hajin", 0, 5, town)
    strike = EventFacts(
        "Explosions/Remote violence", "Air/drone strike", Casualties(30, False), place=at_town
    )
    day = date(2026, 11, 16)
    alike = ("Explosions/Remote violence", "Violence against civilians")
    assert toll_key("en", strike, day) == TollKey("gn:1", day, alike, 30)
    assert toll_key("en", strike, None) is None
    assert toll_key("und", strike, day) is None
    unhurt = EventFacts(strike.event_type, strike.sub_event_type, place=at_town)
    assert toll_key("en", unhurt, day) is None
    clash = EventFacts("Battles", "Armed clash", Casualties(30, False), place=at_town)
    assert toll_key("en", clash, day) == TollKey("gn:1", day, ("Battles",), 30)


def test_tolls_agree_when_the_later_report_gives_more_or_a_close_figure() -> None:
    assert tolls_agree(40, True, 30)  # grown since
    assert tolls_agree(30, False, 40)  # told before it grew
    assert tolls_agree(35, True, 40)  # a close figure, later
    assert not tolls_agree(10, True, 40)  # a quarter: another incident
    assert not tolls_agree(40, False, 10)  # more, told before a lower one


def test_no_dead_is_no_toll_that_grows() -> None:
    assert tolls_agree(0, True, 0)
    assert not tolls_agree(5, True, 0)  # "no one was killed", then five dead: two incidents
    assert not tolls_agree(0, False, 5)
    assert not tolls_agree(0, False, 5, provisional=True)


def test_injured_figures_agree_when_counted_on_with_the_dead() -> None:
    assert injured_agree(45, True, 20, 12, 9)  # dead and injured both counted on since
    assert injured_agree(20, False, 45, 9, 12)  # told before both grew
    assert injured_agree(61, False, 60, 14, 13)  # close, whichever came first
    assert injured_agree(None, True, 20, 9, 9) and injured_agree(20, True, None, 9, 9)
    assert not injured_agree(20, True, 8, 1, 1)  # more injured beside the same dead
    assert not injured_agree(4, True, 20, 12, 9)  # fewer, told later: another incident
    assert not injured_agree(45, True, 20, 9, 12)  # more injured but fewer dead


def test_the_untold_town_is_a_figureless_reports_one_town() -> None:
    town = Place("gn:1", "Hajin", "city", "SY", "Syria", 1, 29237)
    other = Place("gn:2", "Deir ez-Zor", "city", "SY", "Syria", 2, 239000)
    country = Place("cc:SY", "Syria", "country", "SY", "Syria", 3, 22000000)
    at_town = PlaceMention("Hajin", 0, 5, town)
    at_other = PlaceMention("Deir ez-Zor", 10, 21, other)
    in_country = PlaceMention("Syria", 30, 35, country)
    assert untold_town("de", None, [at_town, in_country]) == "gn:1"
    assert untold_town("de", None, [at_town, at_other]) is None  # which one?
    assert untold_town("de", None, [in_country]) is None
    assert untold_town("und", None, [at_town]) is None
    strike = EventFacts("Explosions/Remote violence", "Air/drone strike", place=at_other)
    assert untold_town("tl", strike, [at_town, at_other]) == "gn:2"  # the event's place
    told = EventFacts(strike.event_type, strike.sub_event_type, Casualties(3, False))
    assert untold_town("tl", told, [at_town]) is None  # its figure tells its incident


def test_of_several_towns_the_untold_town_is_the_one_the_headline_names() -> None:
    """ "Hospital in Hajin hit; Deir ez-Zor and Mayadin shelled too": the other towns are
    where else the war went on that day."""
    towns = [
        Place(f"gn:{n}", name, "city", "SY", "Syria", n, 9000)
        for n, name in enumerate(("Hajin", "Deir ez-Zor", "Mayadin"), 1)
    ]
    in_headline = PlaceMention("Hajin", 12, 17, towns[0], ((12, 17, "Hajin"), (60, 65, "Hajin")))
    later = [PlaceMention(p.name, 80 + 20 * n, 90 + 20 * n, p) for n, p in enumerate(towns[1:])]
    assert untold_town("es", None, [in_headline, *later], headline=40) == "gn:1"
    assert untold_town("es", None, [in_headline, *later]) is None  # no headline told
    assert untold_town("es", None, [in_headline, *later], headline=100) is None  # two in it
    assert untold_town("es", None, later, headline=40) is None  # none in it


def test_a_figureless_reports_days_are_its_leads_else_its_publication_day() -> None:
    seen = datetime(2026, 11, 18, 7, tzinfo=UTC)
    tuesday, wednesday = date(2026, 11, 17), date(2026, 11, 18)
    assert untold_days(tuesday, seen, guessed=True) == {tuesday}  # its lead dates it
    assert untold_days(None, seen, guessed=False) == {wednesday}  # dated by its feed
    assert untold_days(None, seen, guessed=True) == {tuesday, wednesday}  # first seen then


def test_an_events_town_is_its_place_when_a_town_or_finer() -> None:
    town = PlaceMention("Hajin", 0, 5, Place("gn:1", "Hajin", "city", "SY", "Syria", 1, 29237))
    country = PlaceMention("Syria", 0, 5, Place("cc:SY", "Syria", "country", "SY", "Syria", 3, 0))
    strike = ("Explosions/Remote violence", "Air/drone strike")
    assert event_town(EventFacts(*strike, place=town)) == "gn:1"
    assert event_town(EventFacts(*strike, place=country)) is None
    assert event_town(EventFacts(*strike)) is None
    assert event_town(None) is None


def test_a_toll_said_not_to_be_final_agrees_with_a_far_higher_one() -> None:
    assert tolls_agree(20, True, 45, provisional=True)  # "at least 20, toll not final"
    assert tolls_agree(20, False, 45, provisional=True)
    assert not tolls_agree(20, True, 45)  # said nothing of the kind: another incident
    assert not tolls_agree(45, False, 20, provisional=True)  # the higher one: as before


def test_what_says_a_toll_is_not_final() -> None:
    for said in (
        "The final death toll is still being determined, a medic said.",
        "The exact toll is yet to be established.",
        "The final toll is not yet known.",
        "The toll is expected to rise as rescuers search the rubble.",
        "Officials said the figure could rise.",
        "A preliminary toll gave 12 dead.",
        "Selon un bilan provisoire, douze personnes sont mortes.",
        "Le bilan pourrait s'alourdir.",
    ):
        assert provisional_toll("Strike kills 12", said), said
    for said in (
        "The final toll was confirmed at 45.",
        "The death toll rose to 45 on Monday.",
        "At least 20 people were killed.",
        "Reuters | Updated: 27-05-2024 01:34 IST",
    ):
        assert not provisional_toll("Strike kills 12", said), said


def test_a_toll_said_to_rise_before_or_without_its_figure() -> None:
    for title, said in (
        ("Death toll rises in market missile strike", "Rescuers worked through the night."),
        ("Death toll from missile strike on the market rises", "Rescuers found more."),
        ("Rescue goes on", "The number of people killed in the market strike rose to 31."),
        ("Rescue goes on", "The death toll continued to rise on Monday as rescuers dug."),
    ):
        assert risen_toll(title, said), title + said


def test_what_says_a_toll_rose() -> None:
    for title, said in (
        ("Toll from market strike rises to 31", "Rescuers found more bodies."),
        ("Rescue goes on", "The death toll from Sunday's strike has risen to 31, police said."),
        ("Deaths from bombing climb to 31", ""),
        ("Rescue goes on", "The number of victims increased to 31 overnight."),
        ("Secours", "Le bilan s'est alourdi à 31 morts dimanche."),
        ("Officials raise death toll from market strike to 31", "Rescuers found more."),
        ("Рятувальники працюють", "Кількість загиблих внаслідок удару зросла до 31."),
        ("Спасатели работают", "Число погибших при обстреле рынка возросло до 31."),
        ("فرق الإنقاذ", "ارتفعت حصيلة القتلى في قصف السوق إلى 31 شخصا."),
        ("فرق الإنقاذ", "وارتفع عدد الشهداء في قصف السوق إلى 31."),
    ):
        assert risen_toll(title, said), said
    for title, said in (
        ("Strike kills 31", "At least 31 people were killed, police said."),
        ("Strike kills 31", "The toll is expected to rise."),
        ("Strike kills 31", "Officials fear the toll could rise further."),
        ("Prices rise to a record", "Fuel prices rose to a record after the strike."),
        ("Deaths rise as fighting spreads", "Aid groups warned of hunger."),
        ("Удар по рынку", "Число погибших составило 31, сообщили спасатели."),
        ("Беженцы", "Число беженцев из города выросло до 3 тысяч."),
        ("النازحون", "ارتفع عدد النازحين من المدينة إلى ثلاثة آلاف."),
    ):
        assert not risen_toll(title, said), said


def test_a_toll_key_may_span_the_days_a_report_is_bounded_by() -> None:
    town = PlaceMention("Hajin", 0, 5, Place("gn:1", "Hajin", "city", "SY", "Syria", 1, 29237))
    strike = EventFacts(
        "Explosions/Remote violence", "Air/drone strike", Casualties(20), place=town
    )
    monday, tuesday = date(2026, 11, 16), date(2026, 11, 17)
    key = toll_key("en", strike, monday, tuesday)
    assert key is not None and (key.day, key.last_day) == (monday, tuesday)


def _mention(place: Place) -> PlaceMention:
    return PlaceMention(place.name, 0, len(place.name), place)


TOWN = Place("gn:1", "Northtown", "city", "XX", "Xland")
DISTRICT = Place("unlisted:gn:1/east-quarter", "East Quarter", "district", "XX", "Xland")
VILLAGE = Place("unlisted:gn:1/hillside", "Hillside", "village", "XX", "Xland")
AREA = Place("cfg:north-province", "North Province", "admin1", "XX", "Xland")
IN_AREA = Place(
    "unlisted:cfg:north-province/east-quarter", "East Quarter", "district", "XX", "Xland"
)


def test_story_event_places_a_part_of_a_town_at_the_town_the_report_names() -> None:
    event = EventFacts("Battles", "Armed clash", killed=Casualties(3), place=_mention(DISTRICT))
    rolled = story_event(event, [_mention(TOWN), _mention(DISTRICT)])
    assert rolled is not None and rolled.place is not None
    assert rolled.place.place.key == TOWN.key
    assert rolled.killed == event.killed


def test_story_event_keeps_a_village_an_unnamed_town_and_a_part_of_an_area() -> None:
    """A village is a place of its own; a district whose town the report does not name, or
    whose parent is an area, keeps its place."""
    for place, named in ((VILLAGE, TOWN), (DISTRICT, None), (IN_AREA, AREA)):
        event = EventFacts("Battles", "Armed clash", place=_mention(place))
        places = [_mention(place)] + ([_mention(named)] if named else [])
        assert story_event(event, places) is event
    assert story_event(None, []) is None


SEASIDE = Place("gn:2", "Seaside", "city", "XX", "Xland", 2, 150000, 31.30, 34.25)
HARBOUR_QUARTER = Place(
    "cfg:harbour-quarter", "Harbour Quarter", "neighbourhood", "XX", "Xland", lat=31.31, lon=34.24
)
HILLTOWN = Place("gn:3", "Hilltown", "city", "XX", "Xland", 3, 40000, 31.52, 34.45)


def test_story_event_places_a_listed_neighbourhood_at_the_nearby_town_the_report_names() -> None:
    """A camp's quarter the gazetteer lists ("Harbour Quarter", 1.5 km from Seaside's
    centre) is where one outlet places a strike that others place at Seaside."""
    event = EventFacts(
        "Explosions/Remote violence",
        "Air/drone strike",
        Casualties(40),
        place=_mention(HARBOUR_QUARTER),
    )
    rolled = story_event(event, [_mention(HILLTOWN), _mention(SEASIDE), _mention(HARBOUR_QUARTER)])
    assert rolled is not None and rolled.place is not None
    assert rolled.place.place.key == SEASIDE.key


def test_story_event_keeps_a_listed_neighbourhood_far_from_the_towns_named() -> None:
    """Hilltown, 30 km off, is no town the quarter lies in; nor is a quarter without a
    town named beside it rolled up."""
    event = EventFacts("Battles", "Armed clash", place=_mention(HARBOUR_QUARTER))
    assert story_event(event, [_mention(HARBOUR_QUARTER), _mention(HILLTOWN)]) is event
    assert story_event(event, [_mention(HARBOUR_QUARTER)]) is event


def test_a_look_back_days_on_is_matched_around_its_incidents_day() -> None:
    friday = date(2026, 11, 20)
    end_of_friday = datetime(2026, 11, 21, tzinfo=UTC)
    for published in (
        datetime(2026, 11, 24, 9, tzinfo=UTC),
        datetime(2026, 11, 26, 20, tzinfo=UTC),
    ):
        assert told_around(friday, published) == end_of_friday
    for published in (
        datetime(2026, 11, 21, 18, tzinfo=UTC),
        datetime(2026, 11, 28, 9, tzinfo=UTC),
    ):
        assert told_around(friday, published) == published  # within a day, or background
    assert told_around(None, end_of_friday) == end_of_friday


AIR_STRIKE = ("Explosions/Remote violence", "Air/drone strike")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
ON_CIVILIANS = ("Violence against civilians", "Attack")


def test_facts_conflict_when_both_kind_and_toll_differ() -> None:
    assert facts_conflict(Told(*SHELLING, 2), Told(*AIR_STRIKE, 5))
    assert facts_conflict(Told(*SHELLING, 0), Told(*AIR_STRIKE, 3))


def test_facts_do_not_conflict_when_one_of_them_agrees_or_is_untold() -> None:
    assert not facts_conflict(Told(*AIR_STRIKE, 5), Told(*AIR_STRIKE, 2))
    assert not facts_conflict(Told(*AIR_STRIKE, 5), Told(*SHELLING, 4))
    assert not facts_conflict(Told(*AIR_STRIKE, 5), Told(*SHELLING, None))
    assert not facts_conflict(Told(None, None, 5), Told(*SHELLING, 2))


def test_a_strike_told_as_an_attack_on_civilians_or_with_a_risen_toll_does_not_conflict() -> None:
    assert not facts_conflict(Told(*AIR_STRIKE, 30), Told(*ON_CIVILIANS, 12))
    assert not facts_conflict(Told(*SHELLING, 12, rose=True), Told(*AIR_STRIKE, 40))


def test_a_later_report_of_a_higher_toll_told_otherwise_does_not_conflict() -> None:
    assert not facts_conflict(Told(*SHELLING, 9), Told(*AIR_STRIKE, 4))
