"""A story carries its highest and latest killed figures with the outlet that reported
each, in the terminal and in `--json` / export."""

from __future__ import annotations

from datetime import timedelta

from rich.console import Console

from bot.answers import event_place_lines
from bot.clock import utcnow
from bot.present import serialize
from bot.present.terminal import story_block
from bot.records import Story
from bot.storage import Store
from bot.understand.analyzer import Analyzer
from tests.slack.test_story_updates import report


def grown_story(store: Store, analyzer: Analyzer) -> Story:
    """The invented Dhiban clash as three outlets told it: 2, then 7, then 5 killed."""
    deir = analyzer.gazetteer.lookup("Deir ez-Zor")[0]
    start = utcnow() - timedelta(hours=3)
    for hour, (outlet, killed) in enumerate(
        [("Desert Post", 2), ("Levant Daily", 7), ("Gulf Courier", 5)]
    ):
        report(store, deir, outlet, killed, start + timedelta(hours=hour))
    [story] = store.stories_of(store.conflict_articles_since(start))
    return story


def test_the_terminal_shows_the_highest_toll_and_who_reported_it(
    store: Store, analyzer: Analyzer
) -> None:
    console = Console(record=True, width=200)
    story = grown_story(store, analyzer)
    console.print(story_block(story, event_place_lines(analyzer.gazetteer, [story])))
    shown = console.export_text()
    assert "Armed clash · Deir ez-Zor, Syria · at least 7 killed (Levant Daily)" in shown
    assert "3 sources" in shown


def test_json_and_export_carry_each_figure_with_its_outlet(
    store: Store, analyzer: Analyzer
) -> None:
    story = grown_story(store, analyzer)
    figures = serialize.story_dict(story)["figures"]["killed"]
    assert (figures["highest"]["min"], figures["highest"]["outlet"]) == (7, "Levant Daily")
    assert (figures["latest"]["min"], figures["latest"]["outlet"]) == (5, "Gulf Courier")
    assert serialize.story_dict(story)["figures"]["injured"] == {"highest": None, "latest": None}
    [row] = serialize.export_rows([story])
    assert (row["killed"], row["killed_outlet"]) == (7, "Levant Daily")
    assert "killed_outlet" in serialize.to_csv([row]).splitlines()[0]


def test_a_story_s_killed_is_its_highest_figure_in_json_as_in_csv_and_the_terminal(
    store: Store, analyzer: Analyzer
) -> None:
    # the lead (the newest, Gulf Courier) gives 5; Levant Daily's 7 is what the terminal's
    # event line and the CSV's `killed` show, so the JSON's story-level `killed` says 7 too
    story = grown_story(store, analyzer)
    assert story.lead.event is not None and story.lead.event.killed.min == 5
    data = serialize.story_dict(story)
    assert data["killed"] == {"min": 7, "exact": False}
    assert data["injured"] == {"min": None, "exact": False}
    [row] = serialize.export_rows([story])
    assert (row["killed"], row["killed_exact"]) == (data["killed"]["min"], False)
    assert data["articles"][0]["killed"]["min"] == 5, "each article keeps its own figure"
    assert all(set(s["killed"]) == {"min", "exact"} for s in data["sources"])
