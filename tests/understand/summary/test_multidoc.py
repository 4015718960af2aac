"""bot.understand.summary.multidoc: one summary across several articles' summaries."""

from __future__ import annotations

from bot.understand.summary.multidoc import SourcedSentence, summarize_many

KHARKIV_A = (
    "Russian missiles struck Kharkiv overnight, killing three people and damaging a power "
    "plant, the regional governor said. Repair crews worked through the morning."
)
KHARKIV_B = (
    "Three people were killed when Russian missiles struck Kharkiv overnight and damaged a "
    "power plant, officials said. Schools in the city moved classes online."
)
ODESA = (
    "A drone attack on the port of Odesa set a grain warehouse on fire, officials said. "
    "Nobody was hurt in the attack on the port."
)
ODD = ["", "   ", "12. 34.", "!!! ???", "قال مسؤولون إن القوات دخلت المدينة."]


def test_each_sentence_comes_from_the_summary_it_names() -> None:
    summaries = [KHARKIV_A, ODESA, KHARKIV_B]
    chosen = summarize_many(summaries, count=3)
    assert chosen
    for sentence in chosen:
        assert sentence.text in summaries[sentence.source]


def test_an_event_reported_by_two_sources_is_told_once() -> None:
    chosen = summarize_many([KHARKIV_A, KHARKIV_B, ODESA], count=3)
    killed = [s for s in chosen if "killed" in s.text or "killing" in s.text]
    assert len(killed) == 1


def test_backed_by_several_sources_beats_a_lone_report() -> None:
    first = summarize_many([ODESA, KHARKIV_A, KHARKIV_B], count=1)[0]
    assert "Kharkiv" in first.text


def test_sentences_naming_the_place_asked_about_are_favoured() -> None:
    first = summarize_many([KHARKIV_A, KHARKIV_B, ODESA], names=["odesa"], count=1)[0]
    assert first == SourcedSentence(ODESA.split(". ")[0] + ".", 2)


def test_place_names_match_whole_words_only() -> None:
    chosen = summarize_many([KHARKIV_A, KHARKIV_B, ODESA], names=["Kharkivska"], count=1)
    assert chosen == summarize_many([KHARKIV_A, KHARKIV_B, ODESA], count=1)


def test_count_is_respected() -> None:
    assert len(summarize_many([KHARKIV_A, ODESA], count=2)) == 2
    assert summarize_many([KHARKIV_A, ODESA], count=0) == []


def test_nothing_to_summarize_gives_nothing() -> None:
    assert summarize_many([]) == []
    assert summarize_many(["", "  "]) == []


def test_odd_summaries_never_raise() -> None:
    for sentence in summarize_many(ODD, names=["(", "*"], count=5):
        assert sentence.text in ODD[sentence.source]
