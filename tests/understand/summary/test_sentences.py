"""bot.understand.summary.sentences: news text into sentences, offline."""

from __future__ import annotations

import pytest

from bot.understand.summary import sentences
from bot.understand.summary.sentences import NewsTokenizer, split_sentences

NEWS_SENTENCES = [
    "Maj. Gen. Ahmed Salem said on Jan. 5 that the U.S. had moved troops near the border.",
    "The U.N. Security Council met at 10 a.m. to discuss the crisis.",
    "Lt. Col. John Reed and Sgt. Maria Lopez were wounded in the attack.",
    "Mr. Smith told reporters that Dr. Jones had treated 40 people at St. Mary's hospital.",
    "The strike hit Building No. 3 shortly after 9 p.m. local time.",
    "Gen. Petraeus, who served in Iraq, declined to comment.",
    "Officials in Washington, D.C. said more sanctions were coming.",
    "Ceasefire monitors reported 12 violations overnight.",
    '"We will not retreat," the commander said.',
    "Was the convoy attacked?",
    "Nobody knows for sure!",
    "The U.S.-backed forces advanced 3.5 km toward the city, according to Reuters.",
    "Pres. Zelenskyy met Sen. Graham and Rep. Wilson in Kyiv.",
    "The Houthis fired missiles at a U.K.-flagged tanker in the Red Sea.",
    "Lt. Gen. Sami Ali arrived at 6 a.m. Monday.",
]


def test_news_abbreviations_do_not_end_sentences() -> None:
    assert split_sentences(" ".join(NEWS_SENTENCES)) == NEWS_SENTENCES


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The talks will resume in London, U.K. The next round is due in May.",
            ["The talks will resume in London, U.K.", "The next round is due in May."],
        ),
        (
            "Envoys met in Washington, D.C. They agreed on a prisoner swap.",
            ["Envoys met in Washington, D.C.", "They agreed on a prisoner swap."],
        ),
        (
            "He flew back to the U.K. On Monday he briefed ministers.",
            ["He flew back to the U.K.", "On Monday he briefed ministers."],
        ),
        (
            "The sirens stopped at 9 p.m. Then the rockets fell.",
            ["The sirens stopped at 9 p.m.", "Then the rockets fell."],
        ),
        ("He served in the U.S. Army for 20 years.", ["He served in the U.S. Army for 20 years."]),
        (
            "Washington, D.C. officials declined to comment.",
            ["Washington, D.C. officials declined to comment."],
        ),
    ],
)
def test_initialism_at_sentence_end(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_paragraph_breaks_always_end_a_sentence() -> None:
    text = "Kharkiv under fire\n\nShelling resumed at dawn. Two people died.\n\n\n"
    assert split_sentences(text) == [
        "Kharkiv under fire",
        "Shelling resumed at dawn.",
        "Two people died.",
    ]


def test_line_breaks_inside_a_paragraph_are_spaces() -> None:
    assert split_sentences("Troops entered\nthe town. Residents fled.") == [
        "Troops entered the town.",
        "Residents fled.",
    ]


def test_arabic_text_splits_on_its_full_stops() -> None:
    text = "قالت مصادر محلية إن القصف استهدف مدينة دير الزور. وقُتل ثلاثة أشخاص."
    assert split_sentences(text) == [
        "قالت مصادر محلية إن القصف استهدف مدينة دير الزور.",
        "وقُتل ثلاثة أشخاص.",
    ]


@pytest.mark.parametrize("text", ["", "   ", "\n\n\n", "...", "!!!?"])
def test_empty_or_punctuation_only_text(text: str) -> None:
    assert all(s.strip() for s in split_sentences(text))


def test_tokenizer_speaks_sumys_interface() -> None:
    tokenizer = NewsTokenizer()
    assert tokenizer.language == "english"
    assert tokenizer.to_sentences("One strike. Two strikes.") == ("One strike.", "Two strikes.")


def test_words_are_letters_with_inner_apostrophes_and_hyphens() -> None:
    words = NewsTokenizer().to_words(
        "The U.S.-backed SDF can't hold Deir ez-Zor’s east: 3.5 km, 40% (AFP)."
    )
    assert words == (
        "The", "U.S.", "backed", "SDF", "can't", "hold", "Deir", "ez-Zor’s", "east", "km", "AFP",
    )  # fmt: skip


def test_arabic_words_keep_their_vowel_marks() -> None:
    assert NewsTokenizer().to_words("قُتِلَ ثلاثة أشخاص في 2024.") == ("قُتِلَ", "ثلاثة", "أشخاص", "في")


def test_the_model_remembers_a_bounded_number_of_decisions_and_splits_alike() -> None:
    """A poller splits every article it stores: the model's memos of its decisions stay
    within DECISIONS_KEPT, and a text splits the same whether they were full or empty."""
    texts = [
        f"Convoy {n} reached the depot at noon. Officials in sector {n} said the "
        f"road was open. Gen. Amari {n} did not comment."
        for n in range(3000)
    ]
    first = [sentences.split_sentences(text) for text in texts]
    memo = sentences._punkt.__dict__["_decision_memo"]
    assert len(memo[1]) <= sentences.DECISIONS_KEPT
    assert len(memo[2]) <= sentences.DECISIONS_KEPT
    sentences._punkt.clear_decision_cache()
    assert [sentences.split_sentences(text) for text in texts] == first
    assert first[7] == [
        "Convoy 7 reached the depot at noon.",
        "Officials in sector 7 said the road was open.",
        "Gen. Amari 7 did not comment.",
    ]
