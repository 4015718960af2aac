"""Conflict relevance in Arabic, French, Russian and Ukrainian: each article is scored with
its own language's lexicon (config/lexicon/<code>.yaml), false friends included."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.settings import Settings
from bot.understand.analyzer import Analyzer
from bot.understand.relevance import Lexicon, load_lexicon, score


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    """The shipped lexicons."""
    return load_lexicon()


CONFLICT = {
    "fr": (
        "Frappes aériennes sur Goma",
        "Au moins douze civils ont été tués et vingt blessés dans le bombardement d'un "
        "marché, alors que les combats entre l'armée et les rebelles du M23 s'intensifient.",
    ),
    "ru": (
        "Обстрел Харькова",
        "В результате ракетного удара по Харькову погибли три человека, ещё восемь ранены. "
        "Беспилотники атаковали жилые кварталы ночью.",
    ),
    "uk": (
        "Росія вдарила по Харкову",
        "Унаслідок обстрілу Харкова загинули двоє людей, ще семеро поранені. Окупанти "
        "атакували місто ударними безпілотниками.",
    ),
    "ar": (
        "قصف على دير الزور",
        "قتل ثلاثة مدنيين وأصيب خمسة آخرون في غارة جوية استهدفت حياً سكنياً، فيما تتواصل "
        "الاشتباكات بين الفصائل المسلحة.",
    ),
}

FALSE_FRIENDS = {
    "fr-football": (
        "fr",
        "L'attaque parisienne en feu",
        "Une première période de feu : l'attaquant a trouvé le but d'une frappe du gauche, "
        "puis le match de Ligue 1 s'est emballé. L'entraîneur salue l'attaque de son équipe.",
    ),
    "fr-commemoration": (
        "fr",
        "",
        "La cérémonie de commémoration de l'armistice aura lieu au monument aux morts. La "
        "France rend hommage aux soldats morts au combat pendant la guerre.",
    ),
    "ru-football": (
        "ru",
        "",
        "Атака хозяев завершилась ударом по воротам, но вратарь отбил мяч. Матч чемпионата "
        "закончился вничью, тренер доволен игрой.",
    ),
    "ru-parade": (
        "ru",
        "",
        "В Москве прошёл парад в честь годовщины Победы в Великой Отечественной войне. "
        "По площади проехали танки и ракетные комплексы.",
    ),
    "uk-road": (
        "uk",
        "",
        "Внаслідок ДТП на трасі загинув водій легкового автомобіля, ще двоє пасажирів "
        "травмовані. Водій не впорався з керуванням.",
    ),
    "uk-weather": (
        "uk",
        "",
        "Синоптики попереджають: циклон принесе опади на заході країни, погода погіршиться.",
    ),
    "ar-old-mine": (
        "ar",
        "",
        "قتل طفلان بانفجار لغم أرضي من مخلفات الحروب أثناء رعي الأغنام في الصحراء.",
    ),
}


@pytest.mark.parametrize("language", sorted(CONFLICT))
def test_a_conflict_report_passes_in_its_language(lexicon: Lexicon, language: str) -> None:
    title, text = CONFLICT[language]
    assert score(lexicon, title, text, language).is_conflict


@pytest.mark.parametrize("case", sorted(FALSE_FRIENDS))
def test_each_language_s_false_friends_do_not_pass(lexicon: Lexicon, case: str) -> None:
    language, title, text = FALSE_FRIENDS[case]
    assert not score(lexicon, title, text, language).is_conflict


def test_the_english_lexicon_does_not_read_other_languages(lexicon: Lexicon) -> None:
    title, text = CONFLICT["uk"]
    assert not score(lexicon, title, text).is_conflict
    assert score(lexicon, title, text, "uk").terms[0] == "обстріл*"


def test_the_analyzer_picks_the_lexicon_by_the_detected_language(tmp_path: Path) -> None:
    analyzer = Analyzer.load(Settings())
    for language, (title, text) in CONFLICT.items():
        analysis = analyzer.analyze(title, text)
        assert analysis.language == language
        assert analysis.relevance.is_conflict, language


def test_a_language_lexicon_is_found_beside_a_custom_lexicon_file(tmp_path: Path) -> None:
    (tmp_path / "lexicon").mkdir()
    (tmp_path / "lexicon.yaml").write_text("conflict_terms:\n  raid*: 3\n", encoding="utf-8")
    (tmp_path / "lexicon" / "fr.yaml").write_text(
        "conflict_terms:\n  razzia*: 3\n", encoding="utf-8"
    )
    custom = load_lexicon(tmp_path / "lexicon.yaml")
    assert score(custom, "", "Une razzia sur le village.", "fr").is_conflict
    assert not score(custom, "", "Une razzia sur le village.", "en").is_conflict


def test_a_language_lexicon_not_named_by_its_code_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "lexicon").mkdir()
    (tmp_path / "lexicon.yaml").write_text("conflict_terms:\n  raid*: 3\n", encoding="utf-8")
    (tmp_path / "lexicon" / "french.yaml").write_text("conflict_terms: {}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="ISO 639-1"):
        load_lexicon(tmp_path / "lexicon.yaml")
