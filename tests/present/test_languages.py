"""Language names shown beside articles not in English."""

from __future__ import annotations

from babel import Locale

from bot.present.languages import DETECTED_NAMES, language_name


def test_the_detected_languages_are_named_as_babel_names_them() -> None:
    babel_names = Locale("en").languages
    assert {code: babel_names[code] for code in DETECTED_NAMES} == DETECTED_NAMES


def test_a_code_the_detector_never_gives_is_still_named_by_babel() -> None:
    assert "ary" not in DETECTED_NAMES
    assert language_name("ary") == Locale("en").languages["ary"]
    assert language_name("qqq") == "qqq", "a code babel does not name is shown as it is"


def test_english_undetermined_and_no_language_go_unnamed() -> None:
    assert [language_name(c) for c in ("en", "und", None)] == [None, None, None]
    assert language_name("uk") == "Ukrainian"
