"""bot.understand.summary.article: extractive summaries, offline, for every method."""

from __future__ import annotations

import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from bot.understand.summary.article import (
    SUMMARY_METHODS,
    Summarizer,
    _lowered_words,
    form_factor,
    select,
)
from bot.understand.summary.sentences import split_sentences

ARTICLE = """\
Fighting intensified on Tuesday around the eastern city of Kramatorsk, where Ukrainian \
officials said Russian forces launched a new wave of drone and artillery strikes overnight. \
The regional governor said at least seven civilians were killed and 23 wounded in Kramatorsk.

Maj. Gen. Oleksandr Tarnavskyi told reporters at 10 a.m. that Russian units had tried to \
advance south of Kramatorsk but had been pushed back. He said the attacks began shortly after \
4 a.m. and continued for more than six hours.

Russia's Defence Ministry said its troops had captured a village near Kramatorsk, a claim that \
could not be independently verified. Moscow has repeatedly claimed gains in the Donetsk region \
this year.

The U.N. human rights mission said civilian casualties rose sharply last month. In Washington, \
D.C., officials said a new package of military aid would include air defence interceptors.

Residents of Kramatorsk described a night of drone strikes and explosions. "Nobody slept," \
said Mr. Petrenko, a retired miner. Dr. Iryna Kovalenko said doctors at the Kramatorsk \
hospital had performed 14 operations since midnight.

The strikes also damaged power lines, leaving about 30,000 households without electricity.
"""

ODD_TEXTS = [
    "",
    "   \n\n  ",
    "12345. 67890. 1. 2.",
    "!!! ??? ... ---",
    "The war. The war. The war. The war. The war.",
    "It is. It was. It will be. They are. We were.",
    "Gaza. Gaza. Kyiv. Kyiv. Gaza.",
    "shelling " * 2000,
    "\x00\x01. \ufeff. \u200b. <p>&amp;</p>",
    "قال مسؤولون إن القوات دخلت المدينة. وقُتل ثلاثة أشخاص. وأصيب عشرة. ونزح المئات.",
]


def _positions(summary: str, text: str) -> list[int]:
    """Which sentences of `text` the summary is made of (it must be nothing else)."""
    sentences = split_sentences(text)
    positions = [i for i, s in enumerate(sentences) if s in summary]
    assert " ".join(sentences[i] for i in positions) == summary
    return positions


@pytest.mark.parametrize("method", SUMMARY_METHODS)
def test_every_method_picks_sentences_of_the_text_in_document_order(method: str) -> None:
    summary = Summarizer(method).summarize(ARTICLE)
    positions = _positions(summary, ARTICLE)
    assert len(positions) == 3
    assert positions == sorted(positions)
    assert "\n" not in summary


@pytest.mark.parametrize("count", [1, 2, 5])
def test_requested_length_is_respected(count: int) -> None:
    assert len(_positions(Summarizer().summarize(ARTICLE, count), ARTICLE)) == count
    assert len(_positions(Summarizer(sentences=count).summarize(ARTICLE), ARTICLE)) == count


def test_lexrank_prefers_the_central_story_over_a_side_detail() -> None:
    summary = Summarizer("lexrank", 2).summarize(ARTICLE)
    assert summary.count("Kramatorsk") >= 2
    assert "30,000 households" not in summary


def test_short_text_comes_back_whole() -> None:
    text = "Shelling resumed at dawn.\n\nTwo people were killed."
    assert (
        Summarizer(sentences=3).summarize(text)
        == "Shelling resumed at dawn. Two people were killed."
    )


@pytest.mark.parametrize("method", SUMMARY_METHODS)
@pytest.mark.parametrize("count", [1, 3])
@pytest.mark.parametrize("text", ODD_TEXTS, ids=range(len(ODD_TEXTS)))
def test_odd_text_never_raises_nor_warns(method: str, count: int, text: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        summary = Summarizer(method, count).summarize(text)
    assert len(split_sentences(summary)) <= count


def test_unknown_method_is_refused() -> None:
    with pytest.raises(ValueError, match="lexrank"):
        Summarizer("gpt")


def test_works_without_any_nltk_data_or_network(tmp_path: Path) -> None:
    script = """
import socket, sys
import nltk

def refuse(*args, **kwargs):
    raise OSError("network used")

socket.socket.connect = refuse
try:
    nltk.data.find("tokenizers/punkt_tab")
    sys.exit("punkt_tab is installed: this test proves nothing")
except LookupError:
    pass
from bot.understand.summary.article import SUMMARY_METHODS, Summarizer, form_factor, select
for method in SUMMARY_METHODS:
    print(Summarizer(method, 2).summarize(sys.stdin.read() if method == "lexrank" else TEXT))
"""
    env = {**os.environ, "NLTK_DATA": str(tmp_path), "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", f"TEXT = {ARTICLE!r}\n" + script],
        input=ARTICLE,
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[3],
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.strip().splitlines()) == len(SUMMARY_METHODS)


@pytest.mark.parametrize("method", ["news", "lexrank"])
def test_very_long_text_is_summarized_from_its_opening(method: str) -> None:
    sentences = [
        f"Report {i} says shelling hit district {i % 7} near the river." for i in range(3000)
    ]
    summary = Summarizer(method).summarize(" ".join(sentences))
    positions = [sentences.index(s) for s in split_sentences(summary)]
    assert positions
    assert max(positions) < 200


def test_news_is_the_default_method() -> None:
    assert SUMMARY_METHODS[0] == "news"
    assert Summarizer().method == "news"


def test_news_summary_skips_bylines_and_datelines() -> None:
    text = "By Sam Okoro, Foreign Desk\n\nKRAMATORSK, Ukraine (Reuters) - " + ARTICLE
    assert Summarizer("news", 1).summarize(text) == split_sentences(ARTICLE)[0]


def test_news_summary_skips_site_notices_above_the_story() -> None:
    text = (
        "We use cookies to improve your experience on our site.\n\n"
        "This article was updated on 4 December with the latest toll.\n\n" + ARTICLE
    )
    assert Summarizer("news", 3).summarize(text) == Summarizer("news", 3).summarize(ARTICLE)


def test_news_prefers_the_lead_over_an_equally_central_later_sentence() -> None:
    assert Summarizer("news", 1).summarize(ARTICLE) == split_sentences(ARTICLE)[0]


def test_news_never_picks_a_near_repeat() -> None:
    lead = split_sentences(ARTICLE)[0]
    text = ARTICLE + "\n\n" + lead.replace("Tuesday", "Tuesday morning")
    summary = Summarizer("news", 3).summarize(text)
    assert summary.count("Fighting intensified") == 1


@pytest.mark.parametrize(
    ("weaker", "stronger"),
    [
        (
            '"We will rebuild every house," the mayor said.',
            "The mayor said houses would be rebuilt.",
        ),
        ("Will the ceasefire hold this time?", "The ceasefire has held since Friday night."),
        ("He said the convoy was turned back.", "The convoy was turned back at the border."),
        ("Nobody slept.", "Residents said nobody in the town slept that night."),
    ],
)
def test_form_factor_discounts_sentences_that_do_not_stand_alone(
    weaker: str, stronger: str
) -> None:
    assert form_factor(weaker) < form_factor(stronger) == 1.0


def test_select_takes_the_best_first_and_skips_what_repeats_it() -> None:
    bags = [frozenset({"strike", "kharkiv"}), frozenset({"strike", "kharkiv"}), frozenset({"aid"})]
    assert select([1.0, 0.9, 0.2], bags, 3) == [0, 2]


def test_select_never_takes_a_repeat_of_any_sentence_chosen_before() -> None:
    """The third pick still skips a near-repeat of the first, though not of the second."""
    bags = [
        frozenset({"strike", "kharkiv"}),
        frozenset({"aid", "convoy"}),
        frozenset({"strike", "kharkiv", "night"}),
        frozenset({"talks"}),
    ]
    assert select([1.0, 0.8, 0.7, 0.1], bags, 3) == [0, 1, 3]


def test_ratings_cover_every_sentence_in_order() -> None:
    sentences = split_sentences(ARTICLE)
    ratings = Summarizer("textrank").ratings(sentences)
    assert len(ratings) == len(sentences)
    assert all(r >= 0 for r in ratings)


@pytest.mark.parametrize(
    "sentences",
    [
        split_sentences(ARTICLE),
        # repeats within and across sentences, a sentence repeated whole, one-word sentences,
        # a sentence of stop words only
        [
            "Shelling hit the market in Kharkiv and shelling hit the station.",
            "Shelling hit the market in Kharkiv and shelling hit the station.",
            "Kharkiv.",
            "Kharkiv.",
            "It was there and then.",
            "Officials said the station in Kharkiv was closed after the shelling.",
        ],
    ],
)
def test_textrank_ratings_are_exactly_sumys(sentences: list[str]) -> None:
    from sumy.summarizers.text_rank import TextRankSummarizer

    from bot.understand.summary.article import _document

    summarizer = Summarizer("textrank")
    sumy = TextRankSummarizer(summarizer._stem)
    sumy.stop_words = summarizer._summarizer.stop_words
    by_sentence = sumy.rate_sentences(_document(sentences))

    assert summarizer.ratings(sentences) == [
        float(by_sentence[s]) for s in _document(sentences).sentences
    ]


def test_the_news_method_loads_neither_nltk_nor_scipy_nor_scikit_learn() -> None:
    """sumy's summarizers import NLTK, which imports scipy and scikit-learn (100 MB): a
    process summarizing with the default method never loads them."""
    script = (
        "import sys\n"
        "from bot.understand.summary.article import Summarizer\n"
        f"print(Summarizer('news', 2).summarize({ARTICLE!r}, language='fr'))\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'nltk', 'scipy', 'sklearn'}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[3],
        check=True,
    )
    summary, loaded = result.stdout.strip().splitlines()
    assert "Kramatorsk" in summary
    assert loaded == "[]"


def test_words_are_lowered_alike_in_ascii_and_other_text() -> None:
    assert _lowered_words(" U.S. Envoy's Visit to Kyiv ") == [
        "u.s.",
        "envoy's",
        "visit",
        "to",
        "kyiv",
    ]
    assert _lowered_words("Île-de-France’s ÉCOLES closed") == [
        "île-de-france’s",
        "écoles",
        "closed",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The U.S. Army's well-known base near Kharkiv was hit at 4 a.m. on Monday.",
        "Officials didn't say whether mid-morning strikes hit x2y or foo_bar sites.",
        "'Quoted' words -- dashes - and 'apostrophes' o'clock rock-'n'-roll e.g. i.e",
        "“The governor’s office” said ‘two’ were hurt — «officially» – at 5 a.m.…",
        "",
    ],
)
def test_plain_sentences_give_the_tokenizers_words(sentence: str) -> None:
    """The words of a sentence of ASCII, typographic quotes and dashes are read by a plain
    a-z pattern once it is lower-cased: the news tokenizer's words, lower-cased."""
    from bot.understand.summary.article import _PLAIN_TEXT, _PLAIN_WORD, _TOKENIZER

    assert _PLAIN_TEXT.fullmatch(sentence)
    expected = [w.lower() for w in _TOKENIZER.to_words(sentence)]
    assert _PLAIN_WORD.findall(sentence.lower()) == expected
