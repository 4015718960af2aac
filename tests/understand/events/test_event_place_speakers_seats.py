"""Where the event was, not where those who speak of it sit: a town named only as the seat of
officials, a ministry or a government of the same country ("top officials in Kyiv", "the
ministry in Khartoum", "a claim denied by Kyiv") gives way to the town or village the event's
own sentences name, also in the sentences after the lead and when the headline names the
seat.

Traps: with no other town named, the seat stays the place (local officials speak of their own
town); a town named in a sentence after the event's own ("Separately, in ...") does not move
it. All sentences are written for these tests."""

from __future__ import annotations

import pytest

from bot.understand.analyzer import Analyzer


def place_of(analyzer: Analyzer, title: str, text: str) -> str | None:
    event = analyzer.analyze(title, f"{title}\n{text}").event
    assert event is not None
    return None if event.place is None else event.place.place.name


@pytest.mark.parametrize(
    ("title", "text", "place"),
    [
        (
            "Missile strike on a village cafe kills 51",
            "Top officials in Kyiv said a Russian missile hit a cafe during a wake on Thursday, "
            "killing 51 people.\n\nRescuers worked through the night. The cafe stood in the "
            "centre of Hroza, in the Kharkiv region, and was the only one in the village.",
            "Hroza",
        ),
        (
            "Khartoum accuses paramilitary of shelling market, 20 dead",
            "The foreign ministry in Khartoum said on Sunday that shelling by the Rapid Support "
            "Forces killed 20 people at a market in El Fasher.",
            "El Fasher",
        ),
        (
            "Strike on barracks killed 30, a claim denied by Kyiv",
            "A missile strike on barracks killed 30 soldiers on Sunday, the defence ministry said. "
            "The missiles hit two buildings in Kramatorsk, the statement said.",
            "Kramatorsk",
        ),
    ],
)
def test_a_speakers_seat_gives_way_to_the_town_of_the_event(
    analyzer: Analyzer, title: str, text: str, place: str
) -> None:
    assert place_of(analyzer, title, text) == place


def test_a_seat_named_alone_stays_the_place(analyzer: Analyzer) -> None:
    title = "Shelling kills two in Kherson"
    text = (
        "Officials in Kherson said Russian shelling killed two people and wounded five on Monday."
    )
    assert place_of(analyzer, title, text) == "Kherson"


def test_a_town_after_the_event_s_sentences_does_not_move_it(analyzer: Analyzer) -> None:
    title = "Drone strike kills three"
    text = (
        "Authorities in Odesa said a drone hit a residential building on Friday, killing three. "
        "Separately, in Kharkiv, two people were wounded by shelling."
    )
    assert place_of(analyzer, title, text) == "Odesa"
