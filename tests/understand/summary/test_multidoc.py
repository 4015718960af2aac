"""bot.understand.summary.multidoc: one summary across several articles' summaries."""

from __future__ import annotations

import random

import pytest

from bot.understand.summary.multidoc import (
    FIGURE_WEIGHT,
    SourcedSentence,
    _support,
    figures,
    summarize_many,
)

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


# Three outlets on one strike: the newest tells its own angle or figure, two agree.
HELICOPTER = (
    "Rebels said they shot down a government helicopter near Idlib on Sunday. "
    "The army denied losing any aircraft."
)
FIVE_KILLED = (
    "An air strike on a crowded market in Idlib killed five people on Sunday, rescuers said. "
    "Several shops were destroyed."
)
TWELVE_KILLED = (
    "An air strike on a crowded market in Idlib killed 12 people on Sunday, rescuers said. "
    "Hospitals asked for blood donors."
)
TWELVE_KILLED_AGAIN = (
    "Rescuers said twelve people were killed when an air strike hit a crowded market in "
    "Idlib on Sunday. The market had reopened a week earlier."
)


def test_what_two_of_three_outlets_report_leads_over_the_newest_lone_report() -> None:
    chosen = summarize_many([HELICOPTER, TWELVE_KILLED, TWELVE_KILLED_AGAIN], count=3)
    assert "market" in chosen[0].text
    assert any("helicopter" in s.text for s in chosen[1:])


def test_the_figure_most_outlets_agree_on_leads_over_the_newest_lone_figure() -> None:
    chosen = summarize_many([FIVE_KILLED, TWELVE_KILLED, TWELVE_KILLED_AGAIN], count=3)
    assert chosen[0].source in (1, 2)
    assert not any("five people" in s.text for s in chosen)


def test_one_outlet_telling_a_figure_twice_does_not_outvote_two_outlets() -> None:
    summaries = [FIVE_KILLED, FIVE_KILLED, TWELVE_KILLED, TWELVE_KILLED_AGAIN]
    outlets = ["levant-daily.example", "levant-daily.example", "wire.example", "post.example"]
    assert summarize_many(summaries, count=1, outlets=outlets)[0].source in (2, 3)
    assert summarize_many(summaries, count=1)[0].source in (0, 1)


def test_outlets_must_name_every_summary() -> None:
    with pytest.raises(ValueError, match="2 outlets given for 3 summaries"):
        summarize_many([KHARKIV_A, KHARKIV_B, ODESA], outlets=["a.example", "b.example"])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("At least 12 people were killed.", {"#12"}),
        ("Twelve people were killed.", {"#12"}),
        ("Twenty-five were hurt and 1,200 fled.", {"#25", "#1200"}),
        ("Nobody was hurt.", set()),
    ],
)
def test_figures_read_digits_and_words_alike(sentence: str, expected: set[str]) -> None:
    assert figures(sentence) == expected


def _matrix_support(bags: list[frozenset[str]], tellers: list[str]) -> list[float]:
    """The backing scores as a matrix product gave them (the form before plain Python)."""
    import numpy

    vocabulary: dict[str, int] = {}
    columns = [[vocabulary.setdefault(w, len(vocabulary)) for w in bag] for bag in bags]
    matrix = numpy.zeros((len(bags), len(vocabulary) or 1))
    for row, words in enumerate(columns):
        matrix[row, words] = 1.0
    matrix[:, [i for w, i in vocabulary.items() if w.startswith("#")]] *= FIGURE_WEIGHT
    norms = numpy.sqrt((matrix * matrix).sum(axis=1))
    norms[norms == 0] = 1.0
    similar = (matrix @ matrix.T) / numpy.outer(norms, norms)
    numbered: dict[str, int] = {}
    origin = numpy.asarray([numbered.setdefault(t, len(numbered)) for t in tellers])
    similar[origin[:, None] == origin[None, :]] = 0.0
    by_outlet = numpy.zeros((len(bags), len(numbered)))
    numpy.maximum.at(by_outlet.T, origin, similar.T)
    backing = by_outlet.sum(axis=1)
    top = float(backing.max())
    return [float(b) / top if top > 0 else 0.0 for b in backing]


def test_backing_scores_are_exactly_those_of_the_matrix_form() -> None:
    """Sentences are ranked exactly as before numpy left the briefing: same scores to the
    last bit, so ties break the same way (up to 30 outlets, figures among the words)."""
    rng = random.Random(5)
    words = [f"word{i}" for i in range(40)] + [f"#{i}" for i in range(6)]
    for _ in range(500):
        bags = [frozenset(rng.sample(words, rng.randint(0, 12))) for _ in range(rng.randint(1, 50))]
        tellers = [f"outlet{rng.randrange(rng.randint(1, 30))}" for _ in bags]
        assert _support(bags, tellers) == _matrix_support(bags, tellers)
