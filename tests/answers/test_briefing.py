"""The place briefing's combined summary: what most outlets agree on leads it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.answers.briefing import Briefing, brief
from bot.records import Analysis, ParsedEntry, PlaceMention, PollOutcome, Relevance
from bot.storage import FreshArticle, Store
from bot.understand.analyzer import Analyzer

T0 = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
FIVE = "An air strike on a crowded market in Idlib killed five people on Sunday, rescuers said."
TWELVE = "An air strike on a crowded market in Idlib killed 12 people on Sunday, rescuers said."
TWELVE_AGAIN = (
    "Rescuers said twelve people were killed when an air strike hit a crowded market in "
    "Idlib on Sunday."
)


def test_a_figure_two_outlets_agree_on_leads_over_one_outlet_telling_another_twice(
    store: Store, analyzer: Analyzer
) -> None:
    idlib = analyzer.gazetteer.lookup("Idlib")[0]
    reports = [  # (feed, summary, hours after T0): the lone outlet's two reports are newest
        ("https://levant-daily.example/rss", FIVE + " Several shops were destroyed.", 3),
        ("https://levant-daily.example/rss", FIVE + " Rescue work went on overnight.", 2),
        ("https://wire.example/rss", TWELVE + " Hospitals asked for blood donors.", 1),
        ("https://post.example/rss", TWELVE_AGAIN + " The market had reopened.", 0),
    ]
    for n, (url, summary, hours) in enumerate(reports):
        feed = store.feed_by_url(url) or store.add_feed(url, title=url.split("/")[2])
        at = T0 + timedelta(hours=hours)
        entry = ParsedEntry(
            uid=f"idlib-{n}",
            link=f"{url.removesuffix('rss')}market-{n}",
            canonical_link=f"{url.removesuffix('rss')}market-{n}",
            title=f"Market strike in Idlib ({n})",
            text=summary,
            feed_summary="",
            published_at=at,
        )
        found = Analysis(
            Relevance(3.0, True, ("air strike",)),
            [PlaceMention("Idlib", summary.index("Idlib"), summary.index("Idlib") + 5, idlib)],
            summary,
        )
        outcome = PollOutcome(feed.id, at, at + timedelta(minutes=30))
        store.save_poll(outcome, [FreshArticle(entry, found)])

    answer = brief(store, analyzer.gazetteer, "Idlib", T0 - timedelta(days=1))

    assert isinstance(answer, Briefing)
    lead, article = answer.summary_sentences[0]
    assert lead in (TWELVE, TWELVE_AGAIN)
    assert article.link is not None and "levant-daily" not in article.link
