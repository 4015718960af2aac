"""A name hyphened to a holder's participle ("Moscow-installed officials", "Russian-occupied",
"a U.S.-led coalition") names who holds, runs or backs, not where: it stays a place mention
(the geoparsing sets label such names), but it places no other name in its country and is
not where the event happened. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from bot.understand.analyzer import Analyzer


@pytest.mark.parametrize("hyphen", ["-", "\u2010", "\u2011"])  # plain, Unicode, non-breaking
def test_an_installing_capital_puts_no_namesake_in_its_country(
    analyzer: Analyzer, hyphen: str
) -> None:
    analysis = analyzer.analyze(
        "Market shelled",
        f"Moscow{hyphen}installed officials said shelling killed five people at a market in "
        "Kirovsk on Sunday.",
    )
    assert [m.place.name for m in analysis.places if m.place.country_code == "RU"] == ["Moscow"]


@pytest.mark.parametrize(
    ("title", "text", "place"),
    [
        (
            "Twelve killed as shelling hits a bus stop, Moscow-installed officials say",
            "Twelve people were killed when shells hit a bus stop in Horlivka city, according to "
            "Moscow-installed officials who blamed Kyiv's forces.",
            "Horlivka",
        ),
        (
            "Market shelled",
            "Moscow-installed officials said shelling killed five people at a market in "
            "Novoazovsk on Sunday.",
            None,
        ),
    ],
)
def test_an_installing_capital_is_not_the_event_place(
    analyzer: Analyzer, title: str, text: str, place: str | None
) -> None:
    event = analyzer.analyze(title, text).event
    assert event is not None
    assert (event.place.as_written if event.place is not None else None) == place


def test_a_leading_country_stays_a_place_mention(analyzer: Analyzer) -> None:
    analysis = analyzer.analyze(
        "Coalition raid",
        "A U.S.-led coalition raid killed four militants near Raqqa, the coalition said.",
    )
    assert {m.as_written for m in analysis.places} == {"U.S.", "Raqqa"}
    assert analysis.event is not None and analysis.event.place is not None
    assert analysis.event.place.as_written == "Raqqa"


def test_a_based_group_is_placed_where_it_is_based(analyzer: Analyzer) -> None:
    analysis = analyzer.analyze(
        "Monitor reports strike", "A London-based monitor said a strike killed six people."
    )
    assert [m.place.name for m in analysis.places] == ["London"]
