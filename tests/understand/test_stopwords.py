"""Stop words read as data are sumy's own lists."""

from __future__ import annotations

import pytest
from sumy.utils import get_stop_words

from bot.understand.stopwords import stop_words


@pytest.mark.parametrize("language", ["english", "arabic", "french", "ukrainian"])
def test_the_lists_are_exactly_sumys(language: str) -> None:
    assert stop_words(language) == get_stop_words(language)
    assert "the" in stop_words("english")
