"""Shortcuts that spare tagging work and must leave every answer as it was: the quick test
before the local-language "city of" / "governorate of" regexes (`resolve._local_word_before`),
a name's dwarfed readings worked out once per name (`Reading.dwarfed`), and the text's scripts,
which decide the Cyrillic and Arabic passes it goes through (`normalize.text_scripts`)."""

from __future__ import annotations

import re

import pytest

from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.normalize import ARABIC, CYRILLIC, name_key, text_scripts
from bot.understand.places.resolve import (
    _LOCAL_CITY_BEFORE,
    _LOCAL_CITY_BEFORE_LONGEST,
    _LOCAL_REGION_BEFORE,
    _local_word_before,
    name_facts,
)

SENTENCES = [
    "Les combats ont repris dans la ville de Kindu et près de la ville d'Uvira.",
    "Des tirs ont visé la ville d’Uvira puis la ville d Bunia, selon un témoin.",
    "قصفت الطائرات مدينة \nحلب صباح اليوم.",
    "قصفت الطائرات مدينة حلب ومحافظة إدلب وبريف حماة.",
    "Бои идут в городе Курске и в місті Суми, сообщили власти.",
]
"""Sentences of my own with the local words before a name (one after a line break, which the
regexes' `$` may stand before)."""


def _regexes_match(text: str, start: int) -> bool:
    reach = max(0, start - _LOCAL_CITY_BEFORE_LONGEST - 1)
    return bool(
        _LOCAL_CITY_BEFORE.search(text, reach, start)
        or _LOCAL_REGION_BEFORE.search(text, reach, start)
    )


@pytest.mark.parametrize("text", SENTENCES)
def test_the_quick_test_lets_through_every_place_the_regexes_match(text: str) -> None:
    starts = [m.start() for m in re.finditer(r"\w+", text)]
    matched = [start for start in starts if _regexes_match(text, start)]
    assert matched, "each sentence holds a local word before a name"
    for start in starts:
        if _regexes_match(text, start):
            assert _local_word_before(text, start), text[max(0, start - 10) : start + 10]


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Aleppo and the governorate of Idlib said the road was open.",
        "Shelling hit Kharkiv's outskirts and the town of Izium on Monday.",
    ],
)
def test_the_quick_test_turns_away_english_words_before_a_name(text: str) -> None:
    starts = [m.start() for m in re.finditer(r"[A-Z]\w+", text)]
    assert not any(_local_word_before(text, start) for start in starts)


def test_a_small_namesake_of_a_large_city_of_its_country_is_dwarfed(gaz: Gazetteer) -> None:
    facts = name_facts(gaz, name_key("Washington"))
    us_cities = [r for r in facts.readings if r.place.country_code == "US"]
    largest = max(us_cities, key=lambda r: r.place.population)
    small = [r for r in us_cities if r.place.kind == "city" and r.place.population < 20_000]
    assert not largest.dwarfed
    assert small and all(r.dwarfed for r in small)


@pytest.mark.parametrize(
    "text",
    [
        "Shelling hit the town of Izium on Monday.",
        "Officials said the road “was open” — for now, in Kharkiv’s outskirts.",
        "Бои идут в городе Курске, сообщили власти.",
        "Ракета влучила у «Хотінську громаду», — повідомили в ОВА.",
        "قصفت الطائرات مدينة حلب صباح اليوم.",
        "Reporters in Aleppo (حلب) and Kyiv (Київ) said so.",
        "Ελλάδα, ישראל and 北京 are written in other scripts.",
    ],
)
def test_a_text_s_scripts_are_those_its_letters_are_written_in(text: str) -> None:
    expected = set()
    if re.search("[\u0400-\u04ff]", text):
        expected.add(CYRILLIC)
    if re.search("[\u0600-\u06ff]", text):
        expected.add(ARABIC)
    assert text_scripts(text) == expected
