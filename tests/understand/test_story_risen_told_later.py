"""A report telling a strike's toll risen days later, dated by the day of its count ("today
rescuers found another body"), joins the strike's story when it says its toll rose in its
own language's words or as an authority raising it (real analysis, real store). All
sentences are written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.storage import Store
from bot.understand.analyzer import Analyzer
from tests.support.stories import save_report, stories_by_title

WEDNESDAY = datetime(2026, 11, 18, 9, tzinfo=UTC)

STRIKE_UK = (
    "Ракетний удар по Житомиру: загинули 12 людей",
    "Уранці в середу російська ракета влучила у п'ятиповерховий житловий будинок у "
    "Житомирі. Загинули 12 людей, ще 40 поранені, повідомила обласна військова "
    "адміністрація.",
)
RISEN_UK = (
    "Кількість загиблих через ракетний удар по Житомиру зросла до 19",
    "Сьогодні близько полудня рятувальники дістали з-під завалів тіла ще двох жінок. "
    "Пошукові роботи у Житомирі тривають четверту добу.",
)
STRIKE_EN = (
    "Missile strike on Zhytomyr apartment block kills 12",
    "A Russian missile hit a five-storey apartment block in Zhytomyr on Wednesday "
    "morning, killing 12 people and wounding 40, the regional military administration "
    "said.",
)
RAISED_EN = (
    "Ukraine raises death toll from Zhytomyr missile strike to 19",
    "Ukrainian officials on Friday said 19 people were killed when a Russian missile "
    "hit an apartment block in Zhytomyr, as the search of the rubble ended.",
)


def _story_of(
    store: Store, analyzer: Analyzer, strike: tuple[str, str], later: tuple[str, str]
) -> dict[str, int]:
    """The stories of the strike's report and of a report two days on, dating its count."""
    save_report(store, analyzer, "wire", *strike, WEDNESDAY + timedelta(hours=1))
    save_report(store, analyzer, "daily", *later, WEDNESDAY + timedelta(days=2, hours=7))
    return stories_by_title(store, WEDNESDAY - timedelta(days=1))


def test_a_toll_said_to_rise_in_ukrainian_days_on_is_the_strikes_story(
    store: Store, analyzer: Analyzer
) -> None:
    story_of = _story_of(store, analyzer, STRIKE_UK, RISEN_UK)
    assert story_of[RISEN_UK[0]] == story_of[STRIKE_UK[0]]


def test_a_toll_raised_by_officials_days_on_is_the_strikes_story(
    store: Store, analyzer: Analyzer
) -> None:
    story_of = _story_of(store, analyzer, STRIKE_EN, RAISED_EN)
    assert story_of[RAISED_EN[0]] == story_of[STRIKE_EN[0]]
