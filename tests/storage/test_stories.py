"""Stories in the store: one event from several feeds is one story with every source."""

from __future__ import annotations

import itertools
import json
import threading
import zlib
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, update
from sqlalchemy import text as sql_text

from bot.records import (
    Analysis,
    Casualties,
    EventFacts,
    Mute,
    ParsedEntry,
    Place,
    PlaceMention,
    PollOutcome,
    Relevance,
)
from bot.storage import ChannelStore, FreshArticle, Store
from bot.storage import stories as stories_module
from bot.storage.schema import articles, story_bands
from bot.storage.stories import place_reports
from bot.understand.anchors import report_words
from bot.understand.stories import fingerprint
from tests.conftest import POSTGRES_URL
from tests.support.locks import wait_for_lock_waiters

T0 = datetime(2026, 11, 20, 6, tzinfo=UTC)
STRIKE = [
    (
        "Reuters",
        "Russian drone strike on Kharkiv apartment block kills four, governor says",
        "A Russian drone strike on a nine-storey apartment building in Kharkiv killed four "
        "people and wounded 17 overnight, governor Oleh Syniehubov said.",
    ),
    (
        "AP",
        "Four dead as drones hit residential building in Ukraine's Kharkiv",
        "Russian drones slammed into a residential high-rise in Kharkiv overnight, killing "
        "four people and injuring 17, Governor Oleh Syniehubov said.",
    ),
    (
        "BBC",
        "Ukraine war: Kharkiv apartment block hit in overnight drone attack",
        "At least four people have been killed after Russian drones struck a block of flats "
        "in Kharkiv, officials say. Seventeen others were injured, governor Syniehubov said.",
    ),
]
OTHER = (
    "Reuters",
    "M23 rebels seize Congo's Masisi town after heavy fighting",
    "M23 rebels captured the town of Masisi in eastern Congo's North Kivu province after two "
    "days of heavy fighting with the army, local officials said.",
)


def save(
    store: Store,
    outlet: str,
    title: str,
    text: str,
    published: datetime,
    polled: datetime | None = None,
) -> None:
    feed = store.feed_by_url(f"https://{outlet}.example/rss") or store.add_feed(
        f"https://{outlet}.example/rss", title=outlet
    )
    link = f"https://{outlet}.example/{abs(hash((title, published)))}"
    entry = ParsedEntry(link, link, link, title, text, "", published)
    fresh = FreshArticle(entry, Analysis(Relevance(9.0, True)), fingerprint(title, text))
    polled = polled or published
    store.save_poll(PollOutcome(feed.id, polled, polled + timedelta(hours=1)), [fresh])


HAJIN = Place("gn:174506", "Hajin", "city", "SY", "Syria", 174506, 29237)
TUESDAY = datetime(2026, 11, 17, 9, tzinfo=UTC)


def save_event(
    store: Store,
    outlet: str,
    title: str,
    text: str,
    published: datetime,
    killed: int,
    language: str = "en",
) -> None:
    """Store a report in `language` of an air strike on Hajin that killed `killed`."""
    feed = store.add_feed(f"https://{outlet}.example/rss", title=outlet)
    link = f"https://{outlet}.example/{abs(hash((title, published)))}"
    entry = ParsedEntry(link, link, link, title, text, "", published)
    mention = PlaceMention("Hajin", text.index("Hajin"), text.index("Hajin") + 5, HAJIN)
    event = EventFacts(
        "Explosions/Remote violence",
        "Air/drone strike",
        killed=Casualties(killed, True),
        place=mention,
    )
    analysis = Analysis(Relevance(9.0, True), [mention], event=event, language=language)
    fresh = FreshArticle(entry, analysis, fingerprint(title, text))
    store.save_poll(PollOutcome(feed.id, published, published + timedelta(hours=1)), [fresh])


def story_count(store: Store) -> int:
    return len({a.story_id for a in store.conflict_articles_since(TUESDAY - timedelta(days=9))})


def test_reports_of_one_days_strike_on_a_town_join_though_their_words_differ(
    store: Store,
) -> None:
    save_event(
        store,
        "levant",
        "Drone strike on market kills four",
        "A drone struck the crowded market in Hajin on Monday, killing four civilians, "
        "local medics said.",
        TUESDAY,
        4,
    )
    save_event(
        store,
        "cedar",
        "Four civilians dead in eastern Syria",
        "Residents of Hajin reported that an unmanned aircraft hit traders at a busy "
        "bazaar yesterday; four people lost their lives.",
        TUESDAY + timedelta(hours=3),
        4,
    )
    assert story_count(store) == 1


def test_a_strike_on_the_same_town_and_day_with_another_toll_is_another_story(
    store: Store,
) -> None:
    save_event(
        store,
        "levant",
        "Drone strike on market kills four",
        "A drone struck the crowded market in Hajin on Monday, killing four civilians.",
        TUESDAY,
        4,
    )
    save_event(
        store,
        "cedar",
        "Nine fighters dead in eastern Syria",
        "An unmanned aircraft hit a checkpoint outside Hajin yesterday; nine gunmen lost "
        "their lives, a monitor said.",
        TUESDAY + timedelta(hours=3),
        9,
    )
    assert story_count(store) == 2


def save_typed(
    store: Store,
    outlet: str,
    title: str,
    text: str,
    published: datetime,
    killed: int,
    kind: tuple[str, str] = ("Explosions/Remote violence", "Air/drone strike"),
) -> None:
    """Store an English report of an event of `kind` at Hajin that killed `killed`."""
    feed = store.add_feed(f"https://{outlet}.example/rss", title=outlet)
    link = f"https://{outlet}.example/{abs(hash((title, published)))}"
    entry = ParsedEntry(link, link, link, title, text, "", published)
    mention = PlaceMention("Hajin", text.index("Hajin"), text.index("Hajin") + 5, HAJIN)
    event = EventFacts(*kind, killed=Casualties(killed, False), place=mention)
    analysis = Analysis(Relevance(9.0, True), [mention], event=event, language="en")
    fresh = FreshArticle(entry, analysis, fingerprint(title, text))
    store.save_poll(PollOutcome(feed.id, published, published + timedelta(hours=1)), [fresh])


ATTACK_ON_CIVILIANS = ("Violence against civilians", "Attack")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
CIVILIANS_KILLED = "Civilians killed in Hajin as attack hits town on Monday"


def test_alike_words_do_not_join_a_strike_and_a_shelling_with_other_tolls(store: Store) -> None:
    """Issue 16: a drone strike on a market killing five and a shelling of a quarter
    killing two, at one town on one day, told in words alike enough to join: their kinds and
    tolls both differ, so they are two incidents."""
    save_typed(
        store,
        "levant",
        CIVILIANS_KILLED,
        "Five civilians were killed in Hajin on Monday when a drone hit a crowded market in "
        "the town, local sources said.",
        TUESDAY,
        5,
    )
    save_typed(
        store,
        "levant",
        CIVILIANS_KILLED,
        "Two children were killed in Hajin on Monday when artillery shells hit a residential "
        "quarter of the town, local sources said.",
        TUESDAY + timedelta(hours=2),
        2,
        SHELLING,
    )
    assert story_count(store) == 2


def test_alike_words_join_a_strike_told_as_shelling_with_a_close_toll(store: Store) -> None:
    """One strike, typed a drone strike by one outlet and shelling by another, its toll
    revised from five to four: the kinds differ but the tolls agree, so it is one story."""
    save_typed(
        store,
        "levant",
        CIVILIANS_KILLED,
        "Five civilians were killed in Hajin on Monday when a drone hit a crowded market in "
        "the town, local sources said.",
        TUESDAY,
        5,
    )
    save_typed(
        store,
        "cedar",
        "Shelling kills four civilians at Hajin market",
        "Shells struck the crowded market of Hajin on Monday, killing four civilians, "
        "residents said.",
        TUESDAY + timedelta(hours=2),
        4,
        SHELLING,
    )
    assert story_count(store) == 1


def test_a_later_report_of_a_grown_toll_joins_though_typed_otherwise(store: Store) -> None:
    """Outlets give one strike's toll as it grows (30, then 40 killed) and type it
    differently (an air strike, an attack on civilians); their words, too few alike to
    join them alone, are enough for one place, day and kind of event."""
    save_typed(
        store,
        "levant",
        "Israeli strike on school sheltering families in Hajin kills 30",
        "An air strike hit a school sheltering displaced families in Hajin on Monday, "
        "killing at least 30 people, medics said.",
        TUESDAY,
        30,
    )
    save_typed(
        store,
        "cedar",
        "Toll rises to 40 in Hajin",
        "Rescuers pulled more bodies from the rubble of a school in Hajin on Monday; 40 "
        "dead, among them children, officials said.",
        TUESDAY + timedelta(hours=4),
        40,
        ATTACK_ON_CIVILIANS,
    )
    assert story_count(store) == 1


@pytest.mark.parametrize(
    ("killed", "kind"),
    [(12, ATTACK_ON_CIVILIANS), (40, ("Battles", "Armed clash"))],
)
def test_other_incidents_at_a_town_on_the_day_of_a_strike_stay_apart(
    store: Store, killed: int, kind: tuple[str, str]
) -> None:
    """A report in words a little like a strike's (more than a grown toll needs, less than
    words alone) is another incident when its toll is far lower or its kind another (a
    clash); a report whose toll would fit but whose words differ is another too."""
    save_typed(
        store,
        "levant",
        "Israeli strike on school sheltering families in Hajin kills 30",
        "An air strike hit a school sheltering displaced families in Hajin on Monday, "
        "killing at least 30 people, medics said.",
        TUESDAY,
        30,
    )
    save_typed(
        store,
        "cedar",
        f"Toll rises to {killed} in Hajin",
        "Rescuers pulled more bodies from the rubble of a school in Hajin on Monday; "
        f"{killed} dead, among them children, officials said.",
        TUESDAY + timedelta(hours=4),
        killed,
        kind,
    )
    save_typed(
        store,
        "delta",
        "Gunmen storm checkpoint outside Hajin",
        "Gunmen stormed a checkpoint outside Hajin on Monday and 33 guards died in the "
        "firefight, a monitor reported.",
        TUESDAY + timedelta(hours=5),
        33,
        ATTACK_ON_CIVILIANS,
    )
    assert story_count(store) == 3


def test_alike_reports_of_incidents_two_days_apart_are_two_stories(store: Store) -> None:
    """Another strike on the same town is told in the same words: its day tells it apart."""
    save_event(
        store,
        "levant",
        "Drone strike on Hajin market kills four civilians",
        "A drone struck the market in Hajin on Monday, killing four civilians, medics said.",
        TUESDAY,
        4,
    )
    save_event(
        store,
        "cedar",
        "Drone strike on Hajin market kills four civilians",
        "A drone struck the market in Hajin on Thursday, killing four civilians, medics said.",
        TUESDAY + timedelta(days=2),
        4,
    )
    assert story_count(store) == 2


MASISI = Place("gn:212902", "Masisi", "city", "CD", "DR Congo", 212902, 20000)
TAKEN = "Non-state actor overtakes territory"


def save_battle(
    store: Store,
    outlet: str,
    title: str,
    text: str,
    published: datetime,
    sub_event_type: str = TAKEN,
    place: Place = MASISI,
    language: str = "en",
) -> None:
    """Store a report in `language` of a battle (by default a rebel capture) at `place`,
    named in its text, with no casualty figure."""
    feed = store.add_feed(f"https://{outlet}.example/rss", title=outlet)
    link = f"https://{outlet}.example/{abs(hash((title, published)))}"
    entry = ParsedEntry(link, link, link, title, text, "", published)
    start = text.index(place.name)
    mention = PlaceMention(place.name, start, start + len(place.name), place)
    event = EventFacts("Battles", sub_event_type, place=mention)
    analysis = Analysis(Relevance(9.0, True), [mention], event=event, language=language)
    fresh = FreshArticle(entry, analysis, fingerprint(title, text))
    store.save_poll(PollOutcome(feed.id, published, published + timedelta(hours=1)), [fresh])


def test_reports_of_a_towns_capture_told_over_several_days_are_one_story(
    store: Store,
) -> None:
    """A town is taken once: its entry on one day, its full control the next and a report
    that dates neither, in other words and another language, are one takeover."""
    save_battle(
        store,
        "lakes",
        "Rebels push into eastern Congo town",
        "Rebel fighters entered Masisi on Monday after government soldiers fled their "
        "positions on the hills above it, residents said.",
        TUESDAY - timedelta(days=1),
    )
    save_battle(
        store,
        "kivu",
        "Insurgents say they hold all of Masisi",
        "The insurgent alliance announced on Tuesday full control of Masisi, its airstrip "
        "and the road north, and named an administrator for the territory.",
        TUESDAY,
    )
    save_battle(
        store,
        "grands-lacs",
        "Les rebelles contrôlent la ville",
        "Les rebelles affirment avoir pris le contrôle total de Masisi et de sa piste "
        "d'atterrissage mardi.",
        TUESDAY + timedelta(hours=5),
        language="fr",
    )
    save_battle(
        store,
        "highlands",
        "Life under the new administration",
        "Shops reopened in Masisi, now held by the insurgents, as aid groups counted the "
        "families who had fled towards the lake.",
        TUESDAY + timedelta(days=1),
    )
    assert story_count(store) == 1


def test_a_clash_in_a_captured_town_and_other_captures_stay_apart(store: Store) -> None:
    """A clash in the town, the capture of another town and a capture of the same town
    dated two days later are other incidents."""
    save_battle(
        store,
        "lakes",
        "Rebels take hilltop airstrip",
        "Rebel fighters seized the airstrip of Masisi on Sunday after government soldiers "
        "fled their positions on the hills above it, residents said.",
        TUESDAY - timedelta(days=2),
    )
    save_battle(
        store,
        "kivu",
        "Fighting flares near market",
        "Army troops and rebels exchanged fire near the central market of Masisi on "
        "Monday morning, witnesses said.",
        TUESDAY - timedelta(days=1),
        sub_event_type="Armed clash",
    )
    sake = Place("gn:204953", "Sake", "city", "CD", "DR Congo", 204953, 70000)
    save_battle(
        store,
        "grands-lacs",
        "Rebels seize lakeside town",
        "Insurgents seized Sake, on the road to the provincial capital, on Monday.",
        TUESDAY - timedelta(hours=20),
        place=sake,
    )
    save_battle(
        store,
        "highlands",
        "Insurgents march into town centre",
        "Insurgents marched into the centre of Masisi on Tuesday and raised their flag "
        "over the administrator's office.",
        TUESDAY,
    )
    assert story_count(store) == 4


FRENCH_STRIKE = (
    "Frappe de drone sur un marché syrien",
    "Un drone a frappé lundi le marché de Hajin et tué quatre civils, selon des médecins.",
)
ENGLISH_STRIKE = (
    "Drone strike on Hajin market kills four civilians",
    "A drone struck the crowded market in Hajin on Monday, killing four civilians, local "
    "medics said.",
)


def test_a_report_that_matches_two_unshown_stories_merges_them(store: Store) -> None:
    """The French report and an English one without event facts start two stories; a
    later English report has the English one's words and the French one's facts."""
    save_event(store, "sahel", *FRENCH_STRIKE, TUESDAY, 4, language="fr")
    save(store, "levant", *ENGLISH_STRIKE, TUESDAY + timedelta(hours=1))
    assert story_count(store) == 2
    save_event(store, "cedar", *ENGLISH_STRIKE, TUESDAY + timedelta(hours=2), 4)
    assert story_count(store) == 1


def english_story(store: Store) -> tuple[int, int]:
    """(article id, story id) of the stored English report without event facts."""
    found = store.conflict_articles_since(TUESDAY - timedelta(days=1))
    article = next(a for a in found if a.title == ENGLISH_STRIKE[0])
    assert article.story_id is not None
    return article.id, article.story_id


def test_a_story_already_posted_to_a_channel_is_not_merged_away(store: Store) -> None:
    save_event(store, "sahel", *FRENCH_STRIKE, TUESDAY, 4, language="fr")
    save(store, "levant", *ENGLISH_STRIKE, TUESDAY + timedelta(hours=1))
    article_id, _ = english_story(store)
    ChannelStore(store.engine).claim_articles("T1", "C1", [article_id], TUESDAY)
    save_event(store, "cedar", *ENGLISH_STRIKE, TUESDAY + timedelta(hours=2), 4)
    assert story_count(store) == 2


def test_a_story_a_channel_muted_is_not_merged_away(store: Store) -> None:
    save_event(store, "sahel", *FRENCH_STRIKE, TUESDAY, 4, language="fr")
    save(store, "levant", *ENGLISH_STRIKE, TUESDAY + timedelta(hours=1))
    _, story_id = english_story(store)
    mute = Mute("story", str(story_id), ENGLISH_STRIKE[0], TUESDAY + timedelta(days=1))
    ChannelStore(store.engine).mute("T1", "C1", mute, "U1")
    save_event(store, "cedar", *ENGLISH_STRIKE, TUESDAY + timedelta(hours=2), 4)
    assert story_count(store) == 2


@pytest.mark.skipif(POSTGRES_URL is None, reason="needs PostgreSQL (NEWSBOT_DATABASE_URL)")
def test_a_story_claimed_while_a_report_would_merge_it_is_not_merged_away(
    store: Store, database_url: str
) -> None:
    """Another worker claims the English report for a channel, not yet committed, while a
    bridging report arrives: the merge waits for the claim and then keeps the story."""
    save_event(store, "sahel", *FRENCH_STRIKE, TUESDAY, 4, language="fr")
    save(store, "levant", *ENGLISH_STRIKE, TUESDAY + timedelta(hours=1))
    article_id, _ = english_story(store)
    holder = create_engine(database_url)
    with holder.connect() as claim:
        claim.execute(
            sql_text(
                "INSERT INTO posted_messages (team_id, channel_id, article_id, claimed_at)"
                " VALUES ('T1', 'C1', :id, now())"
            ),
            {"id": article_id},
        )
        bridge = threading.Thread(
            target=save_event,
            args=(store, "cedar", *ENGLISH_STRIKE, TUESDAY + timedelta(hours=2), 4),
        )
        bridge.start()
        wait_for_lock_waiters(store.engine, "%FOR UPDATE%")
        claim.commit()
    bridge.join(30)
    holder.dispose()
    assert story_count(store) == 2


DEIR_EZZOR = Place("gn:170792", "Deir ez-Zor Governorate", "admin1", "SY", "Syria", 170792, 0)


def save_named(
    store: Store,
    outlet: str,
    language: str,
    title: str,
    text: str,
    published: datetime,
    place: Place = HAJIN,
) -> None:
    """Store a conflict report in `language` that names `place` (Hajin, in the Deir ez-Zor
    governorate) as the text writes it first, and gives no event facts."""
    feed = store.add_feed(f"https://{outlet}.example/rss", title=outlet)
    link = f"https://{outlet}.example/{abs(hash((title, published)))}"
    entry = ParsedEntry(link, link, link, title, text, "", published)
    written = place.name.split()[0]
    start = text.index(written)
    mention = PlaceMention(written, start, start + len(written), place)
    around = [DEIR_EZZOR] if place == HAJIN else []
    analysis = Analysis(Relevance(9.0, True), [mention], containing=around, language=language)
    fresh = FreshArticle(entry, analysis, fingerprint(title, text))
    store.save_poll(PollOutcome(feed.id, published, published + timedelta(hours=1)), [fresh])


MARKET_BOMB = (
    "Car bomb tears through Hajin livestock market",
    "A car bomb exploded at the Abu Salem livestock market in Hajin on Monday, killing 47 "
    "people, the regional Health Directorate said. Commander Rafiq Hamdo blamed sleeper cells.",
)


def test_a_report_in_another_language_joins_by_the_names_and_figures_it_shares(
    store: Store,
) -> None:
    save_named(store, "levant", "en", *MARKET_BOMB, TUESDAY)
    save_named(
        store,
        "sol",
        "es",
        "Un coche bomba en un mercado de ganado",
        "Un coche bomba estalló el lunes en el mercado Abu Salem de Hajin y mató a 47 "
        "personas; el comandante Rafiq Hamdo culpó a células durmientes.",
        TUESDAY + timedelta(hours=5),
    )
    assert story_count(store) == 1


def test_another_incident_in_the_same_town_sharing_one_name_stays_apart(store: Store) -> None:
    save_named(store, "levant", "en", *MARKET_BOMB, TUESDAY)
    save_named(
        store,
        "sol",
        "es",
        "Un dron ataca un puesto de control",
        "Un dron atacó un puesto de control a la salida de Hajin y mató a nueve combatientes, "
        "según el comandante Rafiq Hamdo.",
        TUESDAY + timedelta(hours=5),
    )
    assert story_count(store) == 2


def save_placeless(
    store: Store, outlet: str, language: str, title: str, text: str, published: datetime
) -> None:
    """Store a conflict report in `language` in which no place was found (its place names
    in a form the gazetteer lacks), without event facts."""
    feed = store.add_feed(f"https://{outlet}.example/rss", title=outlet)
    link = f"https://{outlet}.example/{abs(hash((title, published)))}"
    entry = ParsedEntry(link, link, link, title, text, "", published)
    analysis = Analysis(Relevance(9.0, True), language=language)
    fresh = FreshArticle(entry, analysis, fingerprint(title, text))
    store.save_poll(PollOutcome(feed.id, published, published + timedelta(hours=1)), [fresh])


HOUR = timedelta(hours=1)
SHIP_HIT = (
    "Missile hits river barge near Hajin",
    "A missile struck the river barge Marvessa near Hajin overnight, its operator said; its "
    "crew of 24 was taken off by a passing ferry.",
)
SHIP_HIT_AGAIN = (
    "River barge hit by missile, crew rescued",
    "A missile struck the river barge Marvessa near Hajin overnight and its crew of 24 was "
    "taken off by a passing ferry, the operator said.",
)
SHIP_HIT_POLISH = (
    "Rakieta trafila barke",
    "W nocy rakieta trafila barke Marvessa; zaloga zostala ewakuowana.",
)


def test_a_report_with_no_place_joins_by_a_name_rare_in_the_whole_store(store: Store) -> None:
    """Two outlets' reports write the ship's name, which no other report in the store
    writes; a Polish report whose places are not found joins their story by it alone."""
    save_named(store, "levant", "en", *SHIP_HIT, TUESDAY)
    save_named(store, "coast", "en", *SHIP_HIT_AGAIN, TUESDAY + HOUR)
    assert story_count(store) == 1
    save_placeless(store, "gazeta", "pl", *SHIP_HIT_POLISH, TUESDAY + 6 * HOUR)
    assert story_count(store) == 1


def test_a_report_placed_nowhere_joins_by_a_rare_name_one_outlet_wrote(store: Store) -> None:
    """One English outlet wrote the barge's name; a Polish report whose places are not
    found joins that story by it, while a report of another incident at the town that day
    stays apart."""
    save_named(store, "levant", "en", *SHIP_HIT, TUESDAY)
    save_named(store, "cedar", "en", *MARKET_BOMB, TUESDAY + HOUR)
    assert story_count(store) == 2
    save_placeless(store, "gazeta", "pl", *SHIP_HIT_POLISH, TUESDAY + 6 * HOUR)
    assert story_count(store) == 2


def test_a_report_placed_nowhere_sharing_a_name_two_incidents_wrote_stays_alone(
    store: Store,
) -> None:
    """A barge's name written by reports of two incidents at the town that day (a strike
    on it, and a market bombing told beside it) is rare for neither story."""
    save_named(store, "levant", "en", *SHIP_HIT, TUESDAY)
    save_named(
        store,
        "cedar",
        "en",
        MARKET_BOMB[0],
        MARKET_BOMB[1] + " The barge Marvessa was moored nearby.",
        TUESDAY + HOUR,
    )
    assert story_count(store) == 2
    save_placeless(store, "gazeta", "pl", *SHIP_HIT_POLISH, TUESDAY + 6 * HOUR)
    assert story_count(store) == 3


MAYADIN = Place("gn:170794", "Mayadin", "city", "SY", "Syria", 170794, 44000)
SUNK = (
    "Stricken river barge sinks",
    "The Marvessa went down near {town} on Tuesday afternoon after taking on water for "
    "hours, police said.",
)


def test_a_rare_name_one_report_wrote_joins_a_report_whose_words_partly_agree(
    store: Store,
) -> None:
    """One outlet wrote the barge's name, which no other report in the store writes; a
    later report in the same language at the same town names it too, and its other words
    partly agree (too few to join by words alone): one story."""
    save_named(store, "levant", "en", *SHIP_HIT, TUESDAY)
    save_named(store, "cedar", "en", SUNK[0], SUNK[1].format(town="Hajin"), TUESDAY + 5 * HOUR)
    assert story_count(store) == 1


def test_a_rare_name_with_partly_agreeing_words_at_another_town_stays_apart(
    store: Store,
) -> None:
    """The same words told at another town: the name and the words agree, but the story
    was not told there."""
    save_named(store, "levant", "en", *SHIP_HIT, TUESDAY)
    save_named(
        store,
        "cedar",
        "en",
        SUNK[0],
        SUNK[1].format(town="Mayadin"),
        TUESDAY + 5 * HOUR,
        place=MAYADIN,
    )
    assert story_count(store) == 2


def test_another_incident_in_the_town_naming_a_commander_in_its_language_stays_apart(
    store: Store,
) -> None:
    """Another incident at the town the same day quotes the commander a story's report
    quoted: the name agrees, and the words that agree beside it are too few."""
    save_named(store, "levant", "en", *MARKET_BOMB, TUESDAY)
    save_named(
        store,
        "cedar",
        "en",
        "Drone hits checkpoint outside Hajin",
        "A drone hit a checkpoint outside Hajin on Monday and nine fighters died, according "
        "to commander Rafiq Hamdo.",
        TUESDAY + 5 * HOUR,
    )
    assert story_count(store) == 2


@pytest.mark.parametrize("told_elsewhere", [False, True])
def test_a_commanders_name_joins_only_while_one_story_writes_it(
    store: Store, told_elsewhere: bool
) -> None:
    """A German report whose places are not found shares only a commander's name with a
    story two outlets told: it joins that story while no other report in the store writes
    the name, and starts its own once a report of another event wrote it too."""
    quoted = " General Dravenko confirmed it."
    if told_elsewhere:
        save_placeless(
            store,
            "north",
            "en",
            "Shelling hits a border post",
            "Artillery shells hit a border post on Sunday, General Dravenko said.",
            TUESDAY - timedelta(days=2),
        )
    save_named(store, "levant", "en", SHIP_HIT[0], SHIP_HIT[1] + quoted, TUESDAY)
    save_named(store, "coast", "en", SHIP_HIT_AGAIN[0], SHIP_HIT_AGAIN[1] + quoted, TUESDAY + HOUR)
    before = story_count(store)
    save_placeless(
        store,
        "zeit",
        "de",
        "Rakete trifft Frachter",
        "Laut General Dravenko wurde die Besatzung gerettet.",
        TUESDAY + 6 * HOUR,
    )
    assert story_count(store) == before + told_elsewhere


def test_names_usual_at_a_place_this_week_do_not_join_two_incidents(store: Store) -> None:
    """Two incidents a day apart at a town seldom in the news share the names every report
    from there writes (its armed groups, its river); the reports of the days before tell
    that those are usual there, so neither incident joins the other."""
    save_named(
        store,
        "levant",
        "en",
        "Schools reopen in Hajin after months of closure",
        "Pupils returned to three schools in Hajin this week, local teachers said, after "
        "repairs paid for by a charity from Qamishli. Classrooms lack desks and books, and "
        "many families cannot afford uniforms. Parents still worry about the Syrian "
        "Democratic Forces checkpoints on the Euphrates road and the Arab Tribal Council "
        "warned of new tension.",
        TUESDAY - timedelta(days=2),
    )
    save_named(
        store,
        "cedar",
        "en",
        "Eleven dead as gunmen storm checkpoint",
        "Eleven people were killed in Hajin on Monday when gunmen stormed a checkpoint with "
        "rocket-propelled grenades and machine guns. Four of the dead were guards, medics "
        "at the local clinic said, and two wounded children were taken to hospital. The "
        "Syrian Democratic Forces blamed the Arab Tribal Council; fighting lasted until dawn "
        "along the Euphrates.",
        TUESDAY,
    )
    save_named(
        store,
        "oasis",
        "en",
        "Tankers set ablaze on desert highway",
        "Drones struck fuel tankers leaving Hajin early on Tuesday and six drivers burned to "
        "death in their cabs. Black smoke rose over the desert highway for hours and traders "
        "said petrol prices doubled by noon. The Arab Tribal Council accused the Syrian "
        "Democratic Forces of smuggling oil across the Euphrates, a charge the force "
        "rejected.",
        TUESDAY + timedelta(hours=20),
    )
    assert story_count(store) == 3


def test_a_report_keeps_its_anchor_words_and_reports_at_its_places_read_them(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A conflict report's anchor words are kept when it is stored; the reports read at its
    places give them without its text being unpacked and read for its anchors again."""
    save_named(store, "levant", "en", *MARKET_BOMB, TUESDAY)
    with store.engine.connect() as conn:
        kept = conn.execute(select(articles.c.anchor_words)).scalar_one()
    words = report_words(*MARKET_BOMB)
    assert {"47", "rafiq", "hamdo"} <= words
    assert kept == " ".join(sorted(words))

    def unkept(title: str, text: str) -> frozenset[str]:
        raise AssertionError("a kept report's text was read for its anchors")

    monkeypatch.setattr(stories_module, "report_words", unkept)
    with store.engine.connect() as conn:
        reports = place_reports(conn, TUESDAY, [HAJIN.key])
    assert [(lang, found) for _, lang, found, _ in reports] == [("en", words)]


def test_kept_anchor_words_are_packed_on_sqlite_and_plain_ones_still_read(store: Store) -> None:
    """A report's anchor words are stored compressed on SQLite (as its body is); words kept
    plain, as reports stored before were, read the same."""
    named = (
        "Gunmen kill 47 in Hajin",
        "Gunmen killed 47 people in Hajin, among them Abdulrahman Hamdani, Abdulkarim "
        "Hamdawi, Abdullah Hamdouni, Abdulaziz Hamdoush, Abdulmajid Hamdiyeh and Abdulqader "
        "Hamdallah, the council said.",
    )
    save_named(store, "levant", "en", *named, TUESDAY)
    words = report_words(*named)
    with store.engine.begin() as conn:
        assert place_reports(conn, TUESDAY, [HAJIN.key])[0][2] == words
        raw = conn.execute(sql_text("SELECT anchor_words FROM articles")).scalar_one()
        if store.engine.dialect.name == "sqlite":
            assert isinstance(raw, bytes) and len(raw) < len(" ".join(sorted(words)))
        conn.execute(sql_text("UPDATE articles SET anchor_words = :plain"), {"plain": "47 hamdo"})
        reports = place_reports(conn, TUESDAY, [HAJIN.key])
    assert [found for _, _, found, _ in reports] == [frozenset({"47", "hamdo"})]


def test_words_read_again_are_not_unpacked_again(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stored report read again by each report after it (at its places, or sharing its
    band keys) gives the same anchor words and story terms each time, unpacked once, not
    at every read (on SQLite they are stored packed)."""
    save_named(store, "levant", "en", *MARKET_BOMB, TUESDAY)
    words, terms = report_words(*MARKET_BOMB), fingerprint(*MARKET_BOMB)
    with store.engine.connect() as conn:
        place_reports(conn, TUESDAY, [HAJIN.key])
        stories_module.candidates(conn, TUESDAY, terms)
        unpacked: list[bytes] = []
        decompress = zlib.decompress
        monkeypatch.setattr(zlib, "decompress", lambda v: unpacked.append(v) or decompress(v))
        later = [TUESDAY + n * HOUR for n in range(1, 4)]
        read = [place_reports(conn, at, [HAJIN.key])[0][2] for at in later]
        compared = [stories_module.candidates(conn, at, terms)[0].terms for at in later]
    assert read == [words] * 3
    assert compared == [terms.terms] * 3
    assert unpacked == []


def test_names_looked_up_store_wide_need_few_statements_and_find_the_same_writers(
    store: Store,
) -> None:
    """`rare_writers` reads each name's writers with one statement built for a few word
    counts (the words padded with one no row holds), not one statement for every count:
    any set of names finds what each name alone finds."""
    save_named(store, "levant", "en", *MARKET_BOMB, TUESDAY)
    save_named(store, "coast", "en", *SHIP_HIT, TUESDAY + HOUR)
    stories_module._rare_query.cache_clear()
    names = sorted(report_words(*MARKET_BOMB) | report_words(*SHIP_HIT))
    later = TUESDAY + 2 * HOUR
    with store.engine.connect() as conn:
        alone = {
            name: sorted(stories_module.rare_writers(conn, later, "es", frozenset([name])))
            for name in names
        }
        for count in range(1, len(names) + 1):
            looked = frozenset(names[:count])
            found = stories_module.rare_writers(conn, later, "es", looked)
            assert sorted(found) == sorted(w for name in looked for w in alone[name])
        many = frozenset(f"name{n}" for n in range(stories_module.MAX_RARE_WORDS + 5))
        assert stories_module.rare_writers(conn, later, "es", many) == []
    assert any(alone.values())
    assert stories_module._rare_query.cache_info().currsize <= 5


def test_a_report_stored_before_anchor_words_were_kept_is_read_from_its_text(
    store: Store,
) -> None:
    save_named(store, "levant", "en", *MARKET_BOMB, TUESDAY)
    with store.engine.begin() as conn:
        conn.execute(update(articles).values(anchor_words=None))
    save_named(
        store,
        "sol",
        "es",
        "Un coche bomba en un mercado de ganado",
        "Un coche bomba estalló el lunes en el mercado Abu Salem de Hajin y mató a 47 "
        "personas; el comandante Rafiq Hamdo culpó a células durmientes.",
        TUESDAY + timedelta(hours=5),
    )
    assert story_count(store) == 1


def test_a_report_naming_only_the_province_joins_a_story_told_at_a_town_in_it(
    store: Store,
) -> None:
    save_named(store, "levant", "en", *MARKET_BOMB, TUESDAY)
    save_named(
        store,
        "sol",
        "es",
        "Coche bomba en el este de Siria",
        "En la provincia de Deir ez-Zor, un coche bomba estalló en el mercado Abu Salem y mató "
        "a 47 personas, dijo el comandante Rafiq Hamdo.",
        TUESDAY + timedelta(hours=5),
        place=DEIR_EZZOR,
    )
    assert story_count(store) == 1


def test_a_report_in_the_same_language_needs_more_shared_names(store: Store) -> None:
    save_named(store, "levant", "en", *MARKET_BOMB, TUESDAY)
    save_named(
        store,
        "cedar",
        "en",
        "Dozens dead in eastern Syria",
        "Volunteers searched the rubble through Tuesday night while local officials counted "
        "the victims of the Abu Salem blast in Hajin; Commander Rafiq Hamdo put them at 47.",
        TUESDAY + timedelta(hours=5),
    )
    save_named(
        store,
        "oasis",
        "en",
        "Checkpoint hit near Hajin",
        "A drone hit a checkpoint outside Hajin, Commander Rafiq Hamdo said.",
        TUESDAY + timedelta(hours=6),
    )
    assert story_count(store) == 2


def test_one_event_from_three_outlets_is_one_story_with_three_sources(store: Store) -> None:
    for n, (outlet, title, text) in enumerate(STRIKE):
        save(store, outlet, title, text, T0 + timedelta(minutes=30 * n))
    save(store, *OTHER, T0 + timedelta(hours=2))
    found = store.stories_of(store.conflict_articles_since(T0 - timedelta(days=1)))
    assert sorted(story.source_count for story in found) == [1, 3]
    strike = next(story for story in found if story.source_count == 3)
    assert strike.sources_label == "3 sources"
    assert [s.outlet for s in strike.sources] == ["Reuters", "AP", "BBC"]
    assert all(s.link and s.link.startswith(f"https://{s.outlet}.example/") for s in strike.sources)
    single = next(story for story in found if story.source_count == 1)
    assert single.sources_label == "single source" and single.lead.title == OTHER[1]


def test_a_story_is_only_joined_within_its_window(store: Store) -> None:
    outlet, title, text = STRIKE[0]
    save(store, outlet, title, text, T0)
    save(store, "AP", STRIKE[1][1], STRIKE[1][2], T0 + timedelta(days=5))
    found = store.stories_of(store.conflict_articles_since(T0 - timedelta(days=1)))
    assert [story.source_count for story in found] == [1, 1]


def test_a_listing_shows_every_source_of_its_stories(store: Store) -> None:
    for n, (outlet, title, text) in enumerate(STRIKE):
        save(store, outlet, title, text, T0 + timedelta(minutes=30 * n))
    [latest] = store.conflict_articles_since(T0, limit=1)
    [story] = store.stories_of([latest])
    assert story.lead == latest and story.source_count == 3


def test_the_labelled_set_meets_the_targets(store: Store) -> None:
    path = Path(__file__).resolve().parents[1] / "data" / "stories" / "articles.jsonl"
    rows = sorted(
        (json.loads(line) for line in path.read_text().splitlines()),
        key=lambda r: (r["published"], r["id"]),
    )
    for row in rows:
        when = datetime.fromisoformat(row["published"].replace("Z", "+00:00"))
        save(store, row["outlet"].replace(" ", ""), row["title"], row["text"], when)
    stored = store.conflict_articles_since(T0 - timedelta(days=30), limit=len(rows))
    story_of = {a.title: a.story_id for a in stored}
    pairs = [
        (a["event"] == b["event"], story_of[a["title"]] == story_of[b["title"]])
        for a, b in itertools.combinations(rows, 2)
    ]
    together = sum(grouped for _, grouped in pairs)
    right = sum(same and grouped for same, grouped in pairs)
    assert right / together >= 0.95
    assert right / sum(same for same, _ in pairs) >= 0.90


def test_sources_are_outlets_not_feeds(store: Store) -> None:
    """Two feeds of one site count once, and so do two sites carrying one wire story."""
    reports = [
        ("https://feeds.levantdaily.com/world", "https://www.levantdaily.com/k1", ""),
        ("https://www.levantdaily.com/ukraine.xml", "https://www.levantdaily.com/k2", ""),
        ("https://cedarpost.net/rss", "https://cedarpost.net/k3", "KHARKIV (Reuters) - "),
        ("https://harbourtimes.org/feed", "https://harbourtimes.org/k4", "KHARKIV (Reuters) - "),
        ("https://northgazette.com/rss", "https://northgazette.com/k5", ""),
    ]
    _, title, text = STRIKE[0]
    for n, (feed_url, link, credit) in enumerate(reports):
        feed = store.add_feed(feed_url, title=f"Feed {n}")
        when = T0 + timedelta(minutes=10 * n)
        entry = ParsedEntry(link, link, link, title, credit + text, "", when)
        fp = fingerprint(title, credit + text)
        fresh = FreshArticle(entry, Analysis(Relevance(9.0, True)), fp)
        store.save_poll(PollOutcome(feed.id, when, when), [fresh])
    [story] = store.stories_of(store.conflict_articles_since(T0 - timedelta(days=1)))
    assert len(story.sources) == 5
    assert story.sources_label == "3 sources"
    assert [s.outlet_key for s in story.outlets] == [
        "levantdaily.com",
        "Reuters",
        "northgazette.com",
    ]


def test_a_story_stops_growing_after_its_window(store: Store) -> None:
    """Reports 2.5 days apart do not chain one story across a week: the third starts anew."""
    for n, (outlet, title, text) in enumerate(STRIKE):
        save(store, outlet, title, text, T0 + timedelta(days=2.5 * n))
    found = store.stories_of(store.conflict_articles_since(T0 - timedelta(days=1)))
    assert sorted(len(story.outlets) for story in found) == [1, 2]
    newest = max(found, key=lambda story: story.lead.published_at)
    assert [source.outlet for source in newest.sources] == ["BBC"]


def test_old_band_keys_are_pruned_and_recent_stories_still_grow(store: Store) -> None:
    save(store, *OTHER, T0 - timedelta(days=8))
    save(store, *STRIKE[0], T0)
    assert store.prune_story_bands(T0 + timedelta(hours=1)) > 0  # the week-old report's
    assert store.prune_story_bands(T0 + timedelta(hours=1)) == 0
    save(store, *STRIKE[1], T0 + timedelta(minutes=30))
    found = store.stories_of(store.conflict_articles_since(T0 - timedelta(days=1)))
    assert [story.source_count for story in found] == [2]


def test_an_item_already_too_old_to_be_matched_is_not_indexed(store: Store) -> None:
    """A first poll of a feed holding weeks of items writes no band keys for the old ones,
    which the next prune would delete; a recent item is indexed and its story still grows."""
    save(store, *OTHER, T0 - timedelta(days=8), polled=T0)
    assert store.prune_story_bands(T0 + timedelta(hours=1)) == 0
    save(store, *STRIKE[0], T0 - timedelta(hours=2), polled=T0)
    save(store, *STRIKE[1], T0, polled=T0 + timedelta(minutes=5))
    found = store.stories_of(store.conflict_articles_since(T0 - timedelta(days=10)))
    assert sorted(story.source_count for story in found) == [1, 2]


def save_untold(
    store: Store,
    outlet: str,
    title: str,
    text: str,
    published: datetime,
    dated: bool = True,
    language: str = "de",
) -> None:
    """Store a report naming Hajin (German unless `language` says otherwise), with no event
    read from it and so no casualty figure; seen at `published`, which its feed gives only
    when `dated`."""
    feed = store.add_feed(f"https://{outlet}.example/rss", title=outlet)
    link = f"https://{outlet}.example/{abs(hash((title, published)))}"
    entry = ParsedEntry(link, link, link, title, text, "", published if dated else None)
    mention = PlaceMention("Hajin", text.index("Hajin"), text.index("Hajin") + 5, HAJIN)
    analysis = Analysis(Relevance(9.0, True), [mention], language=language)
    fresh = FreshArticle(entry, analysis, fingerprint(title, text))
    store.save_poll(PollOutcome(feed.id, published, published + timedelta(hours=1)), [fresh])


GERMAN = (
    "Luftangriff auf Markt in Syrien",
    "Ein Kampfflugzeug hat am Marktplatz von Hajin mehrere Menschen getroffen, berichteten "
    "Beobachter.",
)


def test_a_report_without_figures_joins_the_one_story_told_that_day_at_its_town(
    store: Store,
) -> None:
    """A report in a language whose casualty cues we lack gives no figure: at a town where
    one incident was told that day, in another language, it is that incident's."""
    save_event(
        store,
        "levant",
        "Drone strike on market kills four",
        "A drone struck the crowded market in Hajin on Tuesday, killing four civilians.",
        TUESDAY,
        4,
    )
    save_untold(store, "rhein", *GERMAN, TUESDAY + timedelta(hours=5))
    assert story_count(store) == 1


def two_incidents_at_hajin_on_tuesday(store: Store) -> None:
    """Tuesday at Hajin: a drone strike on the market (4 killed) and, two hours later, a
    clash at a checkpoint (9 killed), two stories."""
    save_event(
        store,
        "levant",
        "Drone strike on market kills four",
        "A drone struck the crowded market in Hajin on Tuesday, killing four civilians.",
        TUESDAY,
        4,
    )
    save_typed(
        store,
        "cedar",
        "Clashes at a checkpoint near Hajin",
        "Gunmen attacked an army checkpoint outside Hajin on Tuesday; nine fighters died in "
        "the battle that followed, a monitor said.",
        TUESDAY + timedelta(hours=2),
        9,
        ("Battles", "Armed clash"),
    )


def test_a_report_without_figures_stays_alone_at_a_town_of_two_incidents_that_day(
    store: Store,
) -> None:
    two_incidents_at_hajin_on_tuesday(store)
    save_untold(store, "rhein", *GERMAN, TUESDAY + timedelta(hours=5))
    assert story_count(store) == 3


FEARED = (
    "Hajin market hit from the air",
    "Monitors said a drone hit the market in Hajin; dozens were feared dead and many wounded "
    "were taken to clinics.",
)
"""An English report giving no figure whose words are partly like TUESDAYS_STRIKE's (the
drone, the market, the town), too few to join it by words alone."""
GUNFIRE = (
    "Gunfire heard near Hajin",
    "Residents of Hajin reported gunfire overnight near the bridge; the cause was unclear.",
)


@pytest.mark.parametrize(
    ("report", "stories"),
    [(FEARED, 1), (GUNFIRE, 2)],
    ids=["words partly alike: one story", "words unlike: two"],
)
def test_a_report_without_figures_in_the_storys_language_joins_it_by_partly_alike_words(
    store: Store, report: tuple[str, str], stories: int
) -> None:
    """An English report giving no figure ("dozens were feared dead") at a town where one
    incident was told that day in English joins it when their words are partly alike."""
    save_event(store, "levant", *TUESDAYS_STRIKE, TUESDAY, 4)
    save_untold(store, "wire", *report, TUESDAY + timedelta(hours=5), language="en")
    assert story_count(store) == stories


def test_a_report_without_figures_in_english_stays_alone_at_a_town_of_two_incidents(
    store: Store,
) -> None:
    two_incidents_at_hajin_on_tuesday(store)
    save_untold(store, "wire", *FEARED, TUESDAY + timedelta(hours=5), language="en")
    assert story_count(store) == 3


def test_a_report_without_figures_in_english_stored_first_joins_the_story_told_later(
    store: Store,
) -> None:
    """The English report giving no figure is the first at Hajin; the strike's report
    stored after it, in words partly alike, takes it into its story."""
    save_untold(store, "wire", *FEARED, TUESDAY, language="en")
    save_event(store, "levant", *TUESDAYS_STRIKE, TUESDAY + timedelta(hours=3), 4)
    assert story_count(store) == 1


GERMAN_AGAIN = (
    "Luftangriff auf Markt in Syrien: Beobachter berichten",
    "Ein Kampfflugzeug hat am Marktplatz von Hajin mehrere Menschen getroffen, berichteten "
    "Beobachter vor Ort.",
)


@pytest.mark.parametrize(
    ("day", "stories"),
    [("", 1), (" am Montag", 2)],
    ids=["the same day: one story", "the day before: two"],
)
def test_reports_without_figures_stored_first_join_the_story_later_told_at_their_town(
    store: Store, day: str, stories: int
) -> None:
    """Two German outlets tell the strike before any other language does, and join by their
    words: once the English report of the day's one incident at the town is stored, their
    story is that incident's, as a single such report's is; reports naming Monday stay apart
    from Tuesday's strike told after them."""
    first = (GERMAN[0], GERMAN[1].replace("Marktplatz", f"Marktplatz{day}"))
    again = (GERMAN_AGAIN[0], GERMAN_AGAIN[1].replace("Marktplatz", f"Marktplatz{day}"))
    save_untold(store, "rhein", *first, TUESDAY + timedelta(hours=1))
    save_untold(store, "elbe", *again, TUESDAY + timedelta(hours=2))
    assert story_count(store) == 1
    save_event(
        store,
        "levant",
        "Drone strike on market kills four",
        "A drone struck the crowded market in Hajin on Tuesday, killing four civilians.",
        TUESDAY + timedelta(hours=3),
        4,
    )
    assert story_count(store) == stories


def test_a_report_without_figures_stays_apart_from_the_day_befores_incident(
    store: Store,
) -> None:
    """The incident told at the town is of the day before the report's: a second strike on
    the town the next day is another story."""
    save_event(
        store,
        "levant",
        "Drone strike on market kills four",
        "A drone struck the crowded market in Hajin yesterday, killing four civilians.",
        TUESDAY,
        4,
    )
    save_untold(store, "rhein", *GERMAN, TUESDAY + timedelta(hours=5))
    assert story_count(store) == 2


GERMAN_ON_TUESDAY = (
    "Luftangriff auf Markt in Syrien",
    "Ein Kampfflugzeug hat am Dienstag den Marktplatz von Hajin getroffen, berichteten Beobachter.",
)
WEDNESDAY_MORNING = TUESDAY + timedelta(hours=20)


def test_an_undated_report_without_figures_joins_the_incident_of_the_weekday_it_names(
    store: Store,
) -> None:
    """A German report seen the next morning with no date of its own dates the strike by
    its weekday in German ("am Dienstag"): the day of the one story told at its town."""
    save_event(
        store,
        "levant",
        "Drone strike on market kills four",
        "A drone struck the crowded market in Hajin on Tuesday, killing four civilians.",
        TUESDAY,
        4,
    )
    save_untold(store, "rhein", *GERMAN_ON_TUESDAY, WEDNESDAY_MORNING, dated=False)
    assert story_count(store) == 1


def test_an_undated_report_naming_the_next_day_stays_apart_from_the_days_incident(
    store: Store,
) -> None:
    """The German report names Wednesday: a second strike on the town, not Tuesday's."""
    save_event(
        store,
        "levant",
        "Drone strike on market kills four",
        "A drone struck the crowded market in Hajin on Tuesday, killing four civilians.",
        TUESDAY,
        4,
    )
    text = GERMAN_ON_TUESDAY[1].replace("Dienstag", "Mittwoch")
    save_untold(store, "rhein", GERMAN_ON_TUESDAY[0], text, WEDNESDAY_MORNING, dated=False)
    assert story_count(store) == 2


def test_an_undated_report_of_a_town_of_two_incidents_that_weekday_stays_alone(
    store: Store,
) -> None:
    """Two incidents told at the town on the Tuesday it names: the German report gives no
    figure or kind to tell which, so it is a story of its own."""
    two_incidents_at_hajin_on_tuesday(store)
    save_untold(store, "rhein", *GERMAN_ON_TUESDAY, WEDNESDAY_MORNING, dated=False)
    assert story_count(store) == 3


BAKERY = (
    "Drone strike hits bakery in Hajin",
    "A drone struck a crowded bakery in Hajin on Tuesday morning, witnesses said.",
)
BAKERY_AGAIN = (
    "Bakery in Hajin struck by drone, witnesses say",
    "Witnesses said a drone struck a crowded bakery in Hajin on Tuesday morning.",
)
BAKERY_GERMAN = (
    "Drohnenangriff auf Bäckerei",
    "Eine Drohne hat am Dienstagmorgen eine volle Bäckerei in Hajin getroffen.",
)


def test_a_report_placed_nowhere_joins_by_the_town_the_storys_reports_placed(
    store: Store,
) -> None:
    """Two English reports placed their strike at Hajin; a German report in which no place
    was found writes the town's name, which no other story writes: it joins their story."""
    save_named(store, "levant", "en", *BAKERY, TUESDAY)
    save_named(store, "cedar", "en", *BAKERY_AGAIN, TUESDAY + HOUR)
    assert story_count(store) == 1
    save_placeless(store, "rhein", "de", *BAKERY_GERMAN, TUESDAY + 6 * HOUR)
    assert story_count(store) == 1


def test_a_report_placed_nowhere_at_a_town_of_two_incidents_that_day_stays_alone(
    store: Store,
) -> None:
    """The town's name is written by the reports of two incidents there that day: it names
    neither."""
    save_named(store, "levant", "en", *BAKERY, TUESDAY)
    save_named(
        store,
        "cedar",
        "en",
        "Clashes at a checkpoint near Hajin",
        "Gunmen attacked an army checkpoint outside Hajin on Tuesday, a monitor said.",
        TUESDAY + HOUR,
    )
    assert story_count(store) == 2
    save_placeless(store, "rhein", "de", *BAKERY_GERMAN, TUESDAY + 6 * HOUR)
    assert story_count(store) == 3


TUESDAYS_STRIKE = (
    "Drone strike on market kills four",
    "A drone struck the crowded market in Hajin on Tuesday, killing four civilians.",
)


def test_a_report_without_figures_stored_first_joins_the_story_formed_at_its_town_later(
    store: Store,
) -> None:
    """The German report is the first at Hajin: nothing to join then. The English report of
    Tuesday's strike there, stored after it, is what it would have joined had it come
    later: it joins now."""
    save_untold(store, "rhein", *GERMAN, TUESDAY)
    assert story_count(store) == 1  # alone
    save_event(store, "levant", *TUESDAYS_STRIKE, TUESDAY + timedelta(hours=3), 4)
    assert story_count(store) == 1


def test_a_report_without_figures_stored_first_stays_apart_from_the_day_befores_incident(
    store: Store,
) -> None:
    """The English report stored after it tells of the day before the German report's."""
    save_untold(store, "rhein", *GERMAN, TUESDAY)
    save_event(
        store,
        "levant",
        "Drone strike on market kills four",
        "A drone struck the crowded market in Hajin yesterday, killing four civilians.",
        TUESDAY + timedelta(hours=3),
        4,
    )
    assert story_count(store) == 2


def test_a_report_without_figures_a_channel_was_shown_is_not_merged_into_a_later_story(
    store: Store,
) -> None:
    """The German report was posted to a channel while it was a story of its own: its
    thread and message stay its story's, so the English report does not take it."""
    save_untold(store, "rhein", *GERMAN, TUESDAY)
    german = store.conflict_articles_since(TUESDAY - timedelta(days=1))[0]
    ChannelStore(store.engine).claim_articles("T1", "C1", [german.id], TUESDAY)
    save_event(store, "levant", *TUESDAYS_STRIKE, TUESDAY + timedelta(hours=3), 4)
    assert story_count(store) == 2
    again = store.article(german.id)
    assert again is not None and again.story_id == german.story_id


def test_an_undated_report_without_figures_seen_first_joins_the_previous_days_story(
    store: Store,
) -> None:
    """A feed giving no date: the German report is first seen on Wednesday morning, and
    its lead names no day. It may tell of the day before, when it was written: the English
    report of Tuesday's strike stored after it takes it."""
    save_untold(store, "rhein", *GERMAN, WEDNESDAY_MORNING, dated=False)
    save_event(store, "levant", *TUESDAYS_STRIKE, TUESDAY + timedelta(hours=12), 4)
    assert story_count(store) == 1


def test_a_dated_report_without_figures_of_the_next_day_stays_apart_from_a_later_report(
    store: Store,
) -> None:
    """Dated Wednesday by its feed and naming no day, the German report is Wednesday's:
    Tuesday's strike told after it is another incident."""
    save_untold(store, "rhein", *GERMAN, WEDNESDAY_MORNING)
    save_event(store, "levant", *TUESDAYS_STRIKE, TUESDAY + timedelta(hours=12), 4)
    assert story_count(store) == 2


WEDNESDAYS_CLASH = (
    "Clashes at a checkpoint near Hajin",
    "Gunmen attacked an army checkpoint outside Hajin on Wednesday; nine fighters died in "
    "the battle that followed, a monitor said.",
)


def two_days_at_hajin(store: Store) -> None:
    """Tuesday's strike on Hajin, told on Tuesday morning and again, dating nothing, after
    midnight (both English, one story by their words), and Wednesday's clash there."""
    save_event(store, "levant", *TUESDAYS_STRIKE, TUESDAY - timedelta(hours=6), 4)
    save_event(
        store,
        "cedar",
        "Drone strike on market kills four",
        "A drone struck the crowded market in Hajin, killing four civilians.",
        TUESDAY + timedelta(hours=16),
        4,
    )
    save_typed(store, "orient", *WEDNESDAYS_CLASH, WEDNESDAY_MORNING - timedelta(hours=2), 9)
    assert story_count(store) == 2


def test_a_report_without_figures_joins_its_days_incident_at_a_town_told_of_two_days(
    store: Store,
) -> None:
    """The German report, dated Wednesday by its feed, names no day: Tuesday's story, whose
    reports date it Tuesday (one of them outside the German report's day), is another
    day's incident; the one story of Wednesday at the town is its."""
    two_days_at_hajin(store)
    save_untold(store, "rhein", *GERMAN, WEDNESDAY_MORNING - timedelta(hours=1))
    assert story_count(store) == 2


def test_an_undated_report_without_figures_at_a_town_told_of_two_days_stays_alone(
    store: Store,
) -> None:
    """Seen on Wednesday from a feed giving no date, the German report may be Tuesday's or
    Wednesday's: it stays a story of its own."""
    two_days_at_hajin(store)
    save_untold(store, "rhein", *GERMAN, WEDNESDAY_MORNING - timedelta(hours=1), dated=False)
    assert story_count(store) == 3


def save_toll(
    store: Store,
    outlet: str,
    title: str,
    text: str,
    seen: datetime,
    killed: int,
    kind: tuple[str, str] = ("Explosions/Remote violence", "Air/drone strike"),
    dated: bool = True,
) -> None:
    """Store an English report of an event of `kind` at Hajin that killed at least
    `killed`, seen at `seen`, which its feed gives as its date only when `dated`."""
    feed = store.add_feed(f"https://{outlet}.example/rss", title=outlet)
    link = f"https://{outlet}.example/{abs(hash((title, seen)))}"
    entry = ParsedEntry(link, link, link, title, text, "", seen if dated else None)
    mention = PlaceMention("Hajin", text.index("Hajin"), text.index("Hajin") + 5, HAJIN)
    event = EventFacts(*kind, killed=Casualties(killed, False), place=mention)
    analysis = Analysis(Relevance(9.0, True), [mention], event=event, language="en")
    fresh = FreshArticle(entry, analysis, fingerprint(title, text))
    store.save_poll(PollOutcome(feed.id, seen, seen + timedelta(hours=1)), [fresh])


TENTS_STRUCK = (
    "Israeli strike on tents of displaced families in Hajin kills 45",
    "An air strike set fire to tents of displaced families in Hajin on Monday night, killing "
    "at least 45 people, the health ministry said.",
)
NOT_FINAL = "The final death toll is still being determined, medics said."


@pytest.mark.parametrize(
    ("told", "kind", "dated", "stories"),
    [
        (NOT_FINAL, ("Explosions/Remote violence", "Air/drone strike"), False, 1),
        (NOT_FINAL, ("Explosions/Remote violence", "Air/drone strike"), True, 1),
        (
            "Medics said the toll was confirmed.",
            ("Explosions/Remote violence", "Air/drone strike"),
            False,
            2,
        ),
        (NOT_FINAL, ("Battles", "Armed clash"), False, 2),
    ],
)
def test_a_far_lower_toll_joins_only_when_its_report_says_it_is_not_final(
    store: Store, told: str, kind: tuple[str, str], dated: bool, stories: int
) -> None:
    """A report of the strike written when 20 were known, seen after another outlet's 45:
    it joins when it says its toll is not final (dated by its lead, or seen on Tuesday from
    a feed giving no date: Monday or Tuesday's), not when it says nothing of the kind, and
    a clash at the town that night stays another incident whatever it says."""
    save_toll(store, "levant", *TENTS_STRUCK, TUESDAY, 45)
    night = "on Monday" if dated else "overnight"
    text = (
        f"Rescuers recovered at least 20 bodies after bombs set fire to a displacement camp "
        f"in Hajin {night}. {told}"
    )
    title = "Blaze engulfs displacement camp in Hajin"
    save_toll(store, "cedar", title, text, TUESDAY + 10 * HOUR, 20, kind, dated)
    assert story_count(store) == stories


ZAHRA = Place("unlisted:gn:174506/zahra", "Zahra", "district", "SY", "Syria")
"""A district of Hajin the gazetteer does not list, known from "the Zahra district of Hajin"
(its key carries its town's)."""


def save_at(
    store: Store,
    outlet: str,
    title: str,
    text: str,
    published: datetime,
    killed: int,
    at: Place = HAJIN,
) -> None:
    """Store an English report of a car bombing at `at` (Hajin or a part of it, the text
    naming Hajin too) that killed `killed`."""
    feed = store.add_feed(f"https://{outlet}.example/rss", title=outlet)
    link = f"https://{outlet}.example/{abs(hash((title, published)))}"
    entry = ParsedEntry(link, link, link, title, text, "", published)
    start = text.index("Hajin")
    town = PlaceMention("Hajin", start, start + 5, HAJIN)
    mentions = [town]
    if at != HAJIN:
        start = text.index(at.name)
        mentions.append(PlaceMention(at.name, start, start + len(at.name), at))
    event = EventFacts(
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
        killed=Casualties(killed, False),
        place=mentions[-1],
    )
    analysis = Analysis(Relevance(9.0, True), mentions, event=event, language="en")
    fresh = FreshArticle(entry, analysis, fingerprint(title, text))
    store.save_poll(PollOutcome(feed.id, published, published + timedelta(hours=1)), [fresh])


AT_THE_TOWN = (
    "Car bomb kills six in eastern Syria",
    "A car packed with explosives blew up outside a bakery in Hajin on Tuesday, killing at "
    "least six people, a monitor said.",
)
AT_THE_DISTRICT = (
    "Six dead as vehicle explodes near mosque",
    "Residents of the Zahra district of Hajin counted six bodies after a parked vehicle "
    "detonated beside the main mosque on Tuesday evening.",
)


def test_a_report_placed_at_a_district_of_its_town_joins_the_story_told_at_the_town(
    store: Store,
) -> None:
    """One outlet places the bombing at Hajin, another at a district of Hajin it names: one
    incident, whichever is stored first."""
    save_at(store, "levant", *AT_THE_TOWN, TUESDAY, 6)
    save_at(store, "cedar", *AT_THE_DISTRICT, TUESDAY + timedelta(hours=2), 6, ZAHRA)
    assert story_count(store) == 1


def test_a_report_placed_at_a_district_stored_first_is_found_at_its_town(store: Store) -> None:
    save_at(store, "cedar", *AT_THE_DISTRICT, TUESDAY, 6, ZAHRA)
    save_at(store, "levant", *AT_THE_TOWN, TUESDAY + timedelta(hours=2), 6)
    assert story_count(store) == 1


def test_a_report_at_a_district_with_another_toll_stays_apart_from_the_towns_story(
    store: Store,
) -> None:
    """Same town, day and kind, a toll no growth explains: another bombing."""
    save_at(store, "levant", *AT_THE_TOWN, TUESDAY, 6)
    district = (AT_THE_DISTRICT[0].replace("Six", "Two"), AT_THE_DISTRICT[1].replace("six", "two"))
    save_at(store, "cedar", *district, TUESDAY + timedelta(hours=2), 2, ZAHRA)
    assert story_count(store) == 2


UNDATED_AT_THE_TOWN = (
    "Car bomb kills six in eastern Syria",
    "A car packed with explosives blew up outside a bakery in Hajin, killing at least six "
    "people, a monitor said.",
)
UNDATED_OTHER_WORDS = (
    "Six dead as vehicle explodes near mosque",
    "Residents of Hajin counted six bodies after a parked vehicle detonated beside the main "
    "mosque, according to medics.",
)


def test_two_reports_dating_no_incident_join_by_place_kind_and_toll(store: Store) -> None:
    """Neither lead dates the bombing, so no day sets them apart: the same town, kind and
    toll within a day, as reports in two languages join."""
    save_at(store, "levant", *UNDATED_AT_THE_TOWN, TUESDAY, 6)
    save_at(store, "cedar", *UNDATED_OTHER_WORDS, TUESDAY + timedelta(hours=4), 6)
    assert story_count(store) == 1


def test_a_report_dating_no_incident_stays_apart_from_another_toll_or_a_dated_report(
    store: Store,
) -> None:
    """A different toll is another bombing; a report that dates its incident may tell
    another day's, so one dating nothing does not join it by place, kind and toll."""
    save_at(store, "levant", *UNDATED_AT_THE_TOWN, TUESDAY, 6)
    other = (
        UNDATED_OTHER_WORDS[0].replace("Six", "Two"),
        UNDATED_OTHER_WORDS[1].replace("six", "two"),
    )
    save_at(store, "cedar", *other, TUESDAY + timedelta(hours=4), 2)
    assert story_count(store) == 2
    dated = (
        "Blast near Hajin checkpoint leaves six dead",
        "Soldiers at a checkpoint in Hajin found six killed after a roadside device went off on "
        "Monday, officials said.",
    )
    save_at(store, "tigris", *dated, TUESDAY + timedelta(hours=5), 6)
    assert story_count(store) == 3


MANBIJ = Place("gn:166365", "Manbij", "city", "SY", "Syria", 166365, 100000, 36.5281, 37.9549)
TAL_REFAAT = Place(
    "gn:163338", "Tall Rifat", "city", "SY", "Syria", 163338, 20000, 36.4697, 37.0973
)
NEAR_HAJIN = Place("cfg:near-hajin", "Kishma", "village", "SY", "Syria", None, 900, 34.78, 40.83)
HAJIN_POINT = Place("gn:174506", "Hajin", "city", "SY", "Syria", 174506, 29237, 34.69, 40.83)


def mention_of(text: str, place: Place) -> PlaceMention:
    name = "Tal Refaat" if place is TAL_REFAAT else place.name
    return PlaceMention(name, text.index(name), text.index(name) + len(name), place)


def save_placed(
    store: Store,
    outlet: str,
    title: str,
    text: str,
    published: datetime,
    place: Place,
    sub_event: str,
    killed: int,
    also: Place | None = None,
) -> None:
    """Store a report of an incident at `place` (named in `text`, and `also` when given),
    with its point."""
    feed = store.add_feed(f"https://{outlet}.example/rss", title=outlet)
    link = f"https://{outlet}.example/{abs(hash((title, published)))}"
    entry = ParsedEntry(link, link, link, title, text, "", published)
    mention = mention_of(text, place)
    kind = "Battles" if sub_event == "Armed clash" else "Explosions/Remote violence"
    event = EventFacts(kind, sub_event, killed=Casualties(killed, True), place=mention)
    named = [mention] if also is None else [mention, mention_of(text, also)]
    analysis = Analysis(Relevance(9.0, True), named, event=event, language="en")
    fresh = FreshArticle(entry, analysis, fingerprint(title, text))
    store.save_poll(PollOutcome(feed.id, published, published + timedelta(hours=1)), [fresh])


def save_two_towns(store: Store, forget_points: bool = False) -> None:
    """A drone strike on Tal Refaat market, then shelling in Manbij (68 km east) told the
    same Tuesday in a rescue group's same words; `forget_points`: the first stored as
    before the event's point was kept, and with no toll read (its facts then conflict with
    none, `facts_conflict`: only the distance could refuse it)."""
    save_placed(
        store,
        "levant",
        "Drone attack on Tal Refaat market kills five",
        "Five civilians were killed and seven wounded when a drone struck the market of Tal "
        "Refaat on Tuesday morning, a local rescue group said.",
        TUESDAY,
        TAL_REFAAT,
        "Air/drone strike",
        5,
    )
    if forget_points:
        with store.engine.begin() as conn:
            conn.execute(update(articles).values(event_lat=None, event_lon=None, killed_min=None))
    save_placed(
        store,
        "cedar",
        "Shelling kills two in Manbij",
        "Artillery shelling struck a residential street in Manbij on Tuesday, killing two "
        "people and injuring five, a local rescue group said.",
        TUESDAY + timedelta(hours=2),
        MANBIJ,
        "Shelling/artillery/missile attack",
        2,
    )


def test_two_towns_incidents_told_alike_far_apart_are_two_stories(store: Store) -> None:
    save_two_towns(store)
    assert story_count(store) == 2


def test_a_report_stored_before_event_points_were_kept_refuses_nothing(store: Store) -> None:
    """Its article has no point: the words alone decide, as before migration 0026."""
    save_two_towns(store, forget_points=True)
    assert story_count(store) == 1


def test_reports_of_one_strike_placed_at_a_village_and_its_town_join(store: Store) -> None:
    """Two outlets place one strike at a village and at its town 10 km off."""
    save_placed(
        store,
        "levant",
        "Drone strike on market near Hajin kills four",
        "A drone struck the crowded market in Kishma near Hajin on Monday, killing four "
        "civilians, local medics said.",
        TUESDAY,
        NEAR_HAJIN,
        "Air/drone strike",
        4,
    )
    save_placed(
        store,
        "cedar",
        "Drone strike on Hajin market kills four civilians",
        "A drone struck a crowded market in Hajin on Monday, killing four civilians, medics said.",
        TUESDAY + timedelta(hours=3),
        HAJIN_POINT,
        "Air/drone strike",
        4,
    )
    with store.engine.connect() as conn:
        points = conn.execute(select(articles.c.event_lat, articles.c.event_lon)).all()
    assert sorted(points) == [(34.69, 40.83), (34.78, 40.83)]
    assert story_count(store) == 1


def test_reports_placing_one_road_attack_at_either_town_it_names_join(store: Store) -> None:
    """An ambush on the road between two towns 68 km apart, placed at one by one outlet and
    at the other by another, each naming both: one incident."""
    save_placed(
        store,
        "levant",
        "Gunmen ambush convoy on Manbij road, killing three",
        "Gunmen ambushed a convoy on the road from Manbij to Tal Refaat on Tuesday, killing "
        "three fighters, a local monitor said.",
        TUESDAY,
        MANBIJ,
        "Armed clash",
        3,
        also=TAL_REFAAT,
    )
    save_placed(
        store,
        "cedar",
        "Three fighters killed in convoy ambush near Tal Refaat",
        "Three fighters were killed when gunmen ambushed a convoy near Tal Refaat on the road "
        "from Manbij on Tuesday, a monitor said.",
        TUESDAY + timedelta(hours=2),
        TAL_REFAAT,
        "Armed clash",
        3,
        also=MANBIJ,
    )
    assert story_count(store) == 1


def test_the_word_match_refuses_a_far_report_unless_either_names_the_others_place(
    store: Store,
) -> None:
    """The Tal Refaat report is no match for shelling placed at Manbij that names only
    Manbij, and is one for a report placed at Manbij that names Tal Refaat too."""
    save_placed(
        store,
        "levant",
        "Drone attack on Tal Refaat market kills five",
        "Five civilians were killed and seven wounded when a drone struck the market of Tal "
        "Refaat on Tuesday morning, a local rescue group said.",
        TUESDAY,
        TAL_REFAAT,
        "Air/drone strike",
        5,
    )
    title = "Shelling kills two in Manbij"
    text = (
        "Artillery shelling struck a residential street in Manbij on Tuesday, killing two "
        "people and injuring five, a local rescue group said."
    )
    terms = fingerprint(title, text)
    at_manbij = stories_module.Placed(
        MANBIJ.lat or 0, MANBIJ.lon or 0, "Explosions/Remote violence", MANBIJ.key, frozenset()
    )
    naming = replace(at_manbij, places=frozenset([TAL_REFAAT.key]))
    with store.engine.connect() as conn:
        found = stories_module.candidates(conn, TUESDAY, terms)
        there = next(c for c in found if c.event_place == TAL_REFAAT.key)
        alike = stories_module.similarity(terms.terms, there.terms)
        far, *_ = stories_module.matching_story(conn, TUESDAY, terms, None, placed=at_manbij)
        named, *_ = stories_module.matching_story(conn, TUESDAY, terms, None, placed=naming)
        unplaced, *_ = stories_module.matching_story(conn, TUESDAY, terms, None)
    assert alike >= 0.2, "alike enough by words alone"
    assert far is None or far[0] != there.story
    assert named is not None and named[0] == there.story
    assert unplaced is not None and unplaced[0] == there.story


NEWSLETTER = "Sign up for our daily briefing newsletter and live coverage. "
"""A line an outlet puts before every item: words that many unrelated reports share."""
BLOCK_HIT = [
    (
        "Russian drone strike on Kharkiv apartment block kills four, governor says",
        "A Russian drone strike on a nine-storey apartment building in Kharkiv killed four "
        "people and wounded 17 overnight, governor Oleh Syniehubov said. Rescuers searched "
        "the rubble through the night as fires burned on the upper floors.",
    ),
    (
        "Four dead as drones hit residential building in Ukraine's Kharkiv",
        "Russian drones slammed into a residential high-rise in Kharkiv overnight, killing "
        "four people and injuring 17, Governor Oleh Syniehubov said. Emergency crews pulled "
        "survivors from the rubble and fought fires on the upper floors, while neighbours "
        "gathered outside in the cold.",
    ),
]
CITY_NOTES = [
    ("Grain terminal in Odesa damaged", "A grain terminal in Odesa was damaged by debris."),
    ("Rail depot fire in Poltava", "Firefighters put out a blaze at a rail depot in Poltava."),
    ("Power cut in Sumy after storm", "Storm winds cut power to homes across Sumy."),
    ("School reopens in Kherson", "A school in Kherson reopened its doors to pupils."),
    ("Bridge repairs in Dnipro", "Crews began repairs to a road bridge in Dnipro."),
    ("Market traders protest in Lviv", "Market traders in Lviv protested against new rents."),
    ("Port workers walk out in Mykolaiv", "Port workers in Mykolaiv walked out over pay."),
    ("Hospital wing opens in Rivne", "A new hospital wing opened in Rivne this week."),
]
"""Unrelated short items under the same newsletter line: their band keys are mostly the
line's, so a few keys are shared by every one of them."""


def test_a_report_still_joins_its_story_past_band_keys_too_many_articles_share(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Of a band key shared by more than BAND_ROWS articles only the latest are read: the
    strike's second report, whose commonest keys then miss the first, still finds it by the
    others, and none of the items sharing the newsletter line joins the strike."""
    monkeypatch.setattr(stories_module, "BAND_ROWS", 3)
    stories_module._candidates_query.cache_clear()
    try:
        first, second = ((title, NEWSLETTER + text) for title, text in BLOCK_HIT)
        save(store, "Reuters", *first, T0)
        for n, (title, text) in enumerate(CITY_NOTES):
            save(store, f"desk{n}", title, NEWSLETTER + text, T0 + timedelta(minutes=10 + n))
        keys = fingerprint(*second).bands
        with store.engine.connect() as conn:
            shared = conn.execute(
                select(story_bands.c.band).where(story_bands.c.band.in_(keys))
            ).scalars()
            assert max(Counter(shared).values()) > stories_module.BAND_ROWS  # the premise
        save(store, "AP", *second, T0 + timedelta(hours=1))
    finally:
        stories_module._candidates_query.cache_clear()
    stored = store.conflict_articles_since(T0 - timedelta(days=1), limit=20)
    story_of = {a.title: a.story_id for a in stored}
    assert story_of[first[0]] == story_of[second[0]]
    strike = story_of[first[0]]
    assert all(story_of[title] != strike for title, _ in CITY_NOTES)


def test_words_alike_apart_from_names_are_counted_as_jaccard_without_them() -> None:
    """A stored report's words are compared with a new one's, its names set apart, as the
    Jaccard similarity of the two sets without those names, for every overlap."""
    from bot.understand.stories import similarity

    names = frozenset({"kharkiv", "synehubov"})
    terms = frozenset({"kharkiv", "drone", "strike", "night", "synehubov", "said"})
    stored = [
        frozenset({"kharkiv", "drone", "strike", "morning"}),
        frozenset({"synehubov", "kharkiv"}),
        frozenset({"drone", "strike", "night", "said"}),
        frozenset(),
    ]
    plain = terms - names
    for other in stored:
        expected = similarity(plain, other - names)
        assert stories_module._alike_apart(plain, other, names) == expected
    assert stories_module._alike_apart(plain, stored[0], names) == 2 / 5


SCHOOL_STRUCK = (
    "Israeli strike on school sheltering families in Hajin kills 12",
    "An air strike hit a school sheltering displaced families in Hajin on Tuesday, killing "
    "at least 12 people, medics said.",
)


@pytest.mark.parametrize(
    ("title", "text", "stories"),
    [
        (
            "Hajin school strike: death toll rises to 40",
            "Rescuers today pulled more bodies from the rubble of the school in Hajin; the "
            "number of dead has risen to 40, officials said.",
            1,
        ),
        (
            "Hajin school hit by an air strike, 40 dead",
            "Rescuers today pulled bodies from the rubble of the school in Hajin after an air "
            "strike; 40 are dead, officials said.",
            2,
        ),
    ],
)
def test_a_toll_told_as_risen_days_later_joins_the_strike_it_counts(
    store: Store, title: str, text: str, stories: int
) -> None:
    """A report two days after a strike whose toll it says rose, dated by its lead to the
    day of the count ("today"), joins the strike's story; one telling a strike that day
    with the same words and no rise is another incident."""
    save_typed(store, "levant", *SCHOOL_STRUCK, TUESDAY, 12)
    save_typed(store, "cedar", title, text, TUESDAY + timedelta(days=2, hours=5), 40)
    assert story_count(store) == stories
