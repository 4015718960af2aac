"""Synthetic but news-like feeds for the benchmarks (deterministic for a given seed)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from xml.sax.saxutils import escape

PLACES = [
    ("Deir ez-Zor", "Syria"),
    ("Aleppo", "Syria"),
    ("Idlib", "Syria"),
    ("Mosul", "Iraq"),
    ("Basra", "Iraq"),
    ("Hodeidah", "Yemen"),
    ("Sanaa", "Yemen"),
    ("El Fasher", "Sudan"),
    ("Khartoum", "Sudan"),
    ("Kharkiv", "Ukraine"),
    ("Zaporizhzhia", "Ukraine"),
    ("Rafah", "Gaza"),
    ("Goma", "the Democratic Republic of the Congo"),
    ("Gao", "Mali"),
    ("Mandalay", "Myanmar"),
]
CONFLICT = [
    "Airstrikes hit residential districts of {place} overnight, killing at least {n} civilians, "
    "local medics said.",
    "Militants shelled government positions on the outskirts of {place} on {day}.",
    "Thousands of families have been displaced from villages around {place} since the "
    "offensive began.",
    "The U.N. said aid convoys to {place} had been blocked for {n} days by the fighting.",
    "Gen. Ahmed Saleh told reporters that the ceasefire around {place} was collapsing.",
    "A drone strike on a market in {place} wounded {n} people, according to the health "
    "ministry of {country}.",
    "Artillery fire could be heard across {place} from about 6 a.m., residents said.",
]
NEUTRAL = [
    "Officials in {country} said the talks would resume next week.",
    "The region has faced years of economic hardship and rising food prices.",
    "Electricity has been cut for most of the day in several neighbourhoods.",
    "Local traders said markets reopened briefly on {day} before closing again.",
    "Observers expect the humanitarian situation to worsen as winter approaches.",
    "The report was based on interviews with more than {n} residents and officials.",
]
OTHER = [
    "The football club from {place} won the league derby {n}-1 on {day}.",
    "Supermarkets in {country} cut prices again as the price war intensified.",
    "A film crew spent {n} days shooting scenes in the old city of {place}.",
    "Shares rose on {day} as oil prices steadied.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def article_text(rng: random.Random, sentences: int) -> tuple[str, list[str]]:
    """A title and `sentences` sentences of body."""
    place, country = rng.choice(PLACES)
    conflict = rng.random() < 0.6
    bank = CONFLICT if conflict else OTHER
    parts = []
    for i in range(sentences):
        template = rng.choice(bank if i % 2 == 0 else NEUTRAL)
        parts.append(
            template.format(
                place=place, country=country, n=rng.randint(2, 90), day=rng.choice(DAYS)
            )
        )
    title = parts[0].split(",")[0].rstrip(".")
    return title, parts


def rss_document(
    rng: random.Random, feed_no: int, items: int, sentences: int, start: datetime | None = None
) -> bytes:
    """One RSS 2.0 feed of `items` entries, each with HTML content."""
    start = start or datetime(2026, 11, 24, 12, tzinfo=UTC)
    entries = []
    for item in range(items):
        title, body = article_text(rng, sentences)
        link = f"https://bench.example/{feed_no}/{item}?utm_source=rss"
        date = format_datetime(start - timedelta(minutes=17 * item + feed_no), usegmt=True)
        paragraphs = "".join(
            f"<p>{escape(' '.join(body[i : i + 3]))}</p>" for i in range(0, len(body), 3)
        )
        entries.append(
            f"<item><title>{escape(title)}</title><link>{escape(link)}</link>"
            f"<guid>{escape(link)}</guid><pubDate>{date}</pubDate>"
            f"<description>{escape(paragraphs)}</description></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Bench feed {feed_no}</title><link>https://bench.example/{feed_no}</link>"
        f"<description>Synthetic</description>{''.join(entries)}</channel></rss>"
    ).encode()
