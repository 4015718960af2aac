"""A named facility an event happened at (an event site: a hospital, an air base) is kept
with its article and shown where the event line is: alerts and digests, `export` and the
JSON of stories."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

from bot.clock import utcnow
from bot.present import serialize, story_event_line
from bot.records import (
    Analysis,
    Casualties,
    EventFacts,
    ParsedEntry,
    PlaceMention,
    PollOutcome,
    Relevance,
    Site,
)
from bot.storage import FreshArticle
from tests.slack.checks import assert_valid_blocks, text_of
from tests.slack.conftest import SlackHarness
from tests.slack.test_local_languages import ingest
from tests.slack.test_story_updates import top_level

HOSPITAL_STRIKE = (
    "Strike on hospital kills four in Gaza City",
    "An air strike hit Al-Shifa Hospital in Gaza City on Monday, killing at least four "
    "people, medics said.",
)
NO_FACILITY = (
    "Shelling kills two in Hajin",
    "Shelling killed two people in a residential street of Hajin in eastern Syria on Tuesday, "
    "local sources said.",
)


def test_an_alert_for_a_strike_on_a_named_hospital_shows_the_hospital_and_its_town(
    harness: SlackHarness,
) -> None:
    harness.command("/subscribe", "Gaza Strip alerts", response="sub")
    harness.fake.wait_for("response:sub")
    ingest(harness, "coast.example", [HOSPITAL_STRIKE])
    assert harness.bot.jobs.alerts(utcnow() + timedelta(minutes=3)) == 1
    [post] = top_level(harness)
    assert_valid_blocks(post["blocks"])
    shown = text_of(post["blocks"])
    # the town as the gazetteer names Gaza City, with its area and country
    assert "Air/drone strike · Al-Shifa Hospital, Gaza, Gaza Strip, Palestine · 4 killed" in shown


def test_a_report_naming_no_facility_keeps_its_line_as_it_was(harness: SlackHarness) -> None:
    harness.command("/subscribe", "Syria alerts", response="sub")
    harness.fake.wait_for("response:sub")
    ingest(harness, "coast.example", [NO_FACILITY])
    assert harness.bot.jobs.alerts(utcnow() + timedelta(minutes=3)) == 1
    [post] = top_level(harness)
    assert "Shelling/artillery/missile attack · Hajin, Deir ez-Zor, Syria ·" in text_of(
        post["blocks"]
    )


def test_export_and_story_json_carry_the_sites_with_their_town(harness: SlackHarness) -> None:
    ingest(harness, "coast.example", [HOSPITAL_STRIKE, NO_FACILITY])
    store = harness.services.store
    found = store.stories_of(store.conflict_articles_since(utcnow() - timedelta(hours=1)))
    rows = {row["title"]: row for row in serialize.export_rows(found)}
    assert rows[HOSPITAL_STRIKE[0]]["sites"] == "Al-Shifa Hospital"
    assert rows[NO_FACILITY[0]]["sites"] == ""
    read_back = list(csv.DictReader(io.StringIO(serialize.to_csv(list(rows.values())))))
    assert {row["sites"] for row in read_back} == {"Al-Shifa Hospital", ""}
    [story] = [s for s in found if s.lead.title == HOSPITAL_STRIKE[0]]
    [site] = serialize.story_dict(story, harness.bot.gazetteer.get)["sites"]
    assert site["name"] == "Al-Shifa Hospital"
    assert site["parent_name"] == "Gaza"
    assert site["lat"] is not None and site["approximate"]


def test_a_site_the_text_puts_only_in_a_country_is_not_said_to_be_where_it_happened(
    harness: SlackHarness,
) -> None:
    store = harness.services.store
    syria = harness.bot.gazetteer.get("cc:SY")
    assert syria is not None
    text = "Shelling near the Tishreen Dam in Syria killed three people."
    at_syria, at_dam = text.index("Syria"), text.index("Tishreen Dam")
    mention = PlaceMention("Syria", at_syria, at_syria + len("Syria"), syria)
    event = EventFacts(
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
        Casualties(3, True),
        place=mention,
    )
    site = Site(
        "Tishreen Dam", "site:tishreen-dam", ((at_dam, at_dam + 12, "Tishreen Dam"),), syria
    )
    analysis = Analysis(Relevance(9.0, True), [mention], text, event=event, sites=[site])
    feed = store.add_feed("https://dam.example/rss", title="Dam wire")
    entry = ParsedEntry(
        "https://dam.example/1",
        "https://dam.example/1",
        "https://dam.example/1",
        "Shelling near a dam",
        text,
        "",
        utcnow(),
    )
    at = utcnow()
    store.save_poll(
        PollOutcome(feed.id, at, at + timedelta(hours=1)), [FreshArticle(entry, analysis)]
    )
    [article] = store.conflict_articles_since(at - timedelta(minutes=1))
    assert [s.name for s in article.sites] == ["Tishreen Dam"], "kept with the article"
    [story] = store.stories_of([article])
    line = story_event_line(story)
    assert line is not None and line.startswith("Shelling/artillery/missile attack · Syria ·")
