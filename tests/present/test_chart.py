"""The activity picture: a real PNG of the stored counts, small, and none for an empty window."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta

from matplotlib.image import imread

from bot.answers.activity import count_activity
from bot.present.chart import activity_png
from bot.records import EventReport, Place

GOMA = Place("gn:216281", "Goma", "city", "CD", "DR Congo", 216281, 144124)
FIRST = date(2026, 11, 5)


def report(n: int, day: int, event_type: str, killed: int | None) -> EventReport:
    published = datetime.combine(FIRST + timedelta(days=day), datetime.min.time(), UTC)
    return EventReport(n, n, published, event_type, killed)


def test_the_picture_is_a_small_png_of_the_counts() -> None:
    reports = [
        report(n, n % 30, ("Battles", "Explosions/Remote violence", "Protests")[n % 3], n % 4)
        for n in range(45)
    ]
    activity = count_activity(GOMA, reports, FIRST)
    png = activity_png(activity)
    assert png is not None
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    assert 5_000 < len(png) < 100_000
    pixels = imread(io.BytesIO(png), format="png")
    assert pixels.shape[:2] == (400, 800)
    assert pixels[:, :, :3].std() > 0.05  # bars and text drawn, not a blank canvas
    assert activity.title == "Goma, DR Congo: 5 Nov – 4 Dec 2026"


def test_an_empty_window_draws_nothing() -> None:
    assert activity_png(count_activity(GOMA, [], FIRST)) is None
