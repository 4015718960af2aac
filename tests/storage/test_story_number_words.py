"""A toll written in number words joins reports of the strike in other languages: a French
report's "soixante-dix" is the 70 an English report gives (real analysis, real store)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.storage import Store
from bot.understand.analyzer import Analyzer
from tests.support.stories import save_report

SATURDAY = datetime(2026, 11, 21, 8, tzinfo=UTC)

FRENCH = (
    "RDC : un drone frappe l'hôpital de Goma",
    "Soixante-dix personnes ont été tuées et 19 blessées samedi lors d'une frappe de drone "
    "contre l'hôpital central de Goma, a annoncé le gouverneur de la province.",
)
ENGLISH = (
    "Drone strike on Goma hospital",
    "A drone strike on the main hospital in Goma killed 70 people and wounded 19 on Saturday, "
    "the provincial governor said, as rescuers searched the ruins of the emergency ward.",
)
ENGLISH_OTHER = (
    "Drone strike on Goma market",
    "A drone strike on a crowded market in Goma killed 7 people and wounded 19 on Saturday, "
    "the provincial governor said, as traders counted their losses.",
)


def story_count(store: Store) -> int:
    return len({a.story_id for a in store.conflict_articles_since(SATURDAY - timedelta(days=2))})


def test_a_french_toll_in_hyphened_words_joins_the_english_report_of_the_strike(
    store: Store, analyzer: Analyzer
) -> None:
    save_report(store, analyzer, "sahel", *FRENCH, SATURDAY)
    save_report(store, analyzer, "levant", *ENGLISH, SATURDAY + timedelta(hours=5))
    assert story_count(store) == 1


def test_another_strike_in_the_town_with_another_toll_stays_apart(
    store: Store, analyzer: Analyzer
) -> None:
    save_report(store, analyzer, "sahel", *FRENCH, SATURDAY)
    save_report(store, analyzer, "levant", *ENGLISH_OTHER, SATURDAY + timedelta(hours=5))
    assert story_count(store) == 2
