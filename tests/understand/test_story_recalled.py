"""A report of a new attack on a town that recalls the last one ("a day after a strike
killed ...") is not told as that attack's story; a follow-up of the attack itself still
joins it (real analysis, real store; the phrases of other languages: `test_look_back`). All
sentences are written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.storage import Store
from bot.understand.analyzer import Analyzer
from tests.support.stories import save_report, stories_by_title

SUNDAY = datetime(2026, 11, 22, 9, tzinfo=UTC)

STRIKE = (
    "Russian missile strike on Sumy kills 21 people on Sunday morning",
    "A Russian ballistic missile strike killed 21 people and wounded 70 in the centre of "
    "Sumy on Sunday morning as residents walked to church, the regional governor said.",
)
STRIKE_UPDATE = (
    "Death toll from Sunday missile strike on Sumy rises to 24",
    "The number of people killed by the Russian missile strike on the centre of Sumy on "
    "Sunday morning has risen to 24, with 70 wounded, the regional governor said.",
)
NEW_STRIKE = (
    "Russian glide bombs hit Sumy again",
    "Russian glide bombs struck the outskirts of Sumy on Monday, the Ukrainian air force "
    "said. This comes a day after a Russian missile strike killed 24 people in the centre "
    "of Sumy as residents walked to church. The Russian military said Sunday's strike "
    "targeted a meeting of officers; Ukraine called that a lie.",
)


def _stories(store: Store, analyzer: Analyzer, *later: tuple[str, str]) -> dict[str, int]:
    """The stories of the strike's two reports and of `later`, stored a day on."""
    save_report(store, analyzer, "wire", *STRIKE, SUNDAY + timedelta(hours=1))
    save_report(store, analyzer, "daily", *STRIKE_UPDATE, SUNDAY + timedelta(hours=8))
    for n, (title, text) in enumerate(later):
        at = SUNDAY + timedelta(days=1, hours=6 + n)
        save_report(store, analyzer, f"outlet{n}", title, text, at)
    return stories_by_title(store, SUNDAY - timedelta(days=1))


def test_the_strike_and_its_risen_toll_are_one_story(store: Store, analyzer: Analyzer) -> None:
    story_of = _stories(store, analyzer)
    assert story_of[STRIKE_UPDATE[0]] == story_of[STRIKE[0]]


def test_a_new_strike_recalling_yesterdays_is_not_its_story(
    store: Store, analyzer: Analyzer
) -> None:
    story_of = _stories(store, analyzer, NEW_STRIKE)
    assert story_of[NEW_STRIKE[0]] != story_of[STRIKE[0]]


TOLL_NEXT_DAY = (
    "Sumy missile strike death toll rises to 27 as rescuers end search",
    "Rescuers in Sumy ended their search of the rubble on Monday, the day after a Russian "
    "missile strike hit the city centre, and said the death toll had risen to 27.",
)
MOURNING = (
    "Sumy mourns its dead two days after the missile strike",
    "Hundreds of residents laid flowers in the centre of Sumy on Tuesday, two days after "
    "a Russian missile strike killed 27 people there, and the city declared three days "
    "of mourning.",
)


def test_a_risen_toll_told_the_day_after_the_strike_is_its_story(
    store: Store, analyzer: Analyzer
) -> None:
    story_of = _stories(store, analyzer, TOLL_NEXT_DAY)
    assert story_of[TOLL_NEXT_DAY[0]] == story_of[STRIKE[0]]


def test_a_mourning_days_after_the_strike_is_its_story(store: Store, analyzer: Analyzer) -> None:
    story_of = _stories(store, analyzer, MOURNING)
    assert story_of[MOURNING[0]] == story_of[STRIKE[0]]
