"""The cue words of `towns`, `unlisted` and `economies`, found in one pass while tagging
(`tagging.TEXT_CUES`), are where each module's own words alone are."""

import pytest

from bot.understand.places import economies, towns, unlisted
from bot.understand.places.cues import Cues
from bot.understand.places.tagging import TEXT_CUES

SENTENCES = [
    "Shelling hit the village of Karmi near Tal Afar, residents of the Harbin area said.",
    "Rep. Jane Roe, R-Salem, said at Dover that the Turkish market and its exports fell.",
    "A small town called Basra Nova lies in Kirkuk province, off Main Street and Lake Road.",
    "Police in Oakdale said the Greenfield Town Council met; the village's businesses shut.",
]


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize("module", [towns, unlisted, economies])
def test_one_pass_finds_each_modules_cues_where_its_own_pass_would(module, text):
    alone = Cues(module.CUES).find(text)
    together = TEXT_CUES.find(text)
    assert {group: together[group] for group in module.CUES} == alone


def test_a_word_two_groups_share_is_reported_for_both():
    cues = Cues({"people": [" area", " residents"], "kind": [" area", " village"]})
    found = cues.find("the Harbin area and the village")
    assert found == {"people": [(10, 15)], "kind": [(10, 15), (23, 31)]}
