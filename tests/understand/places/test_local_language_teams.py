"""A country a Russian or Ukrainian sports report names as a national team ("збірна
України") is the team at its other mentions too, unless the report puts something in it
("на сході України")."""

from __future__ import annotations

from bot.understand.places.gazetteer import Gazetteer
from tests.understand.places.test_local_languages import found

UKRAINE = "cc:UA"
KYIV = "gn:703448"
ROME = "gn:3169070"


def test_a_country_named_as_a_team_is_the_team_elsewhere_in_the_report(gaz: Gazetteer) -> None:
    text = (
        "Футбольна збірна України вийшла до чвертьфіналу. Тренер подякував уболівальникам. "
        "Наступний матч Україна зіграє проти збірної Англії в Римі, а парламент привітав "
        "перемогу України."
    )
    assert found(gaz, text) == {ROME: "Римі"}


def test_a_country_the_report_puts_something_in_stays_a_place(gaz: Gazetteer) -> None:
    text = (
        "Футбольна збірна України провела матч у Києві. Тренер пояснив поразку. "
        "Тим часом на сході України тривають бої."
    )
    assert found(gaz, text) == {KYIV: "Києві", UKRAINE: "України"}
