"""The language of an article, told from its title and text."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from bot.understand import language
from bot.understand.language import detect_language

ARTICLES = [
    (
        "en",
        "Drone strike hits fuel depot near Kharkiv",
        "Two workers were killed and five injured when a drone struck a fuel depot overnight, "
        "regional officials said on Tuesday.",
    ),
    (
        "en",
        "City council approves new bus routes",
        "The council voted on Monday to add three bus routes to the northern suburbs from March.",
    ),
    (
        "ar",
        "غارة جوية على بلدة في ريف إدلب",
        "قُتل ثلاثة مدنيين وأصيب سبعة آخرون في غارة جوية استهدفت سوقاً شعبياً صباح اليوم، "
        "بحسب الدفاع المدني.",
    ),
    (
        "ar",
        "افتتاح معرض الكتاب في عمّان",
        "افتتح وزير الثقافة معرض الكتاب السنوي بمشاركة أكثر من مئتي دار نشر عربية وأجنبية.",
    ),
    (
        "fr",
        "Bombardement meurtrier dans l'est de la RDC",
        "Au moins six civils ont été tués mardi lors de tirs d'obus sur un marché, selon les "
        "autorités locales.",
    ),
    (
        "fr",
        "La récolte de raisin s'annonce abondante",
        "Les viticulteurs de la région prévoient une vendange précoce grâce à un été chaud et sec.",
    ),
    (
        "ru",
        "Удар беспилотника по Белгороду",
        "В результате атаки беспилотника погибли два человека, ещё четверо ранены, сообщил "
        "губернатор области.",
    ),
    (
        "ru",
        "В Казани открылся новый мост",
        "Движение по мосту через реку открыли в субботу, строительство заняло почти три года.",
    ),
    (
        "uk",
        "Обстріл Херсона: є загиблі",
        "Унаслідок артилерійського обстрілу міста загинули двоє людей, ще п'ятеро поранені, "
        "повідомила обласна військова адміністрація.",
    ),
    (
        "uk",
        "У Львові відкрили новий парк",
        "Міська рада відкрила парк біля річки, де незабаром висадять сотні дерев і кущів.",
    ),
]


@pytest.mark.parametrize(("language", "title", "text"), ARTICLES)
def test_each_language_is_told(language: str, title: str, text: str) -> None:
    assert detect_language(title, text) == language


def test_russian_and_ukrainian_headlines_are_told_apart() -> None:
    assert detect_language("Обстрел Херсона: есть погибшие", "") == "ru"
    assert detect_language("Обстріл Херсона: є загиблі", "") == "uk"


@pytest.mark.parametrize("title", ["", "BREAKING", "Gaza: 12 dead", "12 345 / 67 890 !!!"])
def test_too_little_text_is_undetermined(title: str) -> None:
    assert detect_language(title, "") == "und"


def test_a_dialect_the_model_knows_gives_its_language() -> None:
    """The model's best guess here is Nigerian Pidgin ("pcm"), no ISO 639-1 language."""
    pidgin = "Wetin dey happen for Lagos? Dem don close the road since morning, people no fit pass."
    assert detect_language("", pidgin) == "en"


def test_the_model_is_unpacked_by_a_process_of_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A long-running process never holds the whole model while its tables are made: on a
    fresh cache another process unpacks it, and this one only reads the tables."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))

    def unpacked_here(folder: Path) -> None:
        raise AssertionError(f"unpacked in the detecting process into {folder}")

    monkeypatch.setattr(language, "_unpack", unpacked_here)
    language._identifier.cache_clear()
    try:
        assert detect_language(*ARTICLES[0][1:]) == "en"
    finally:
        language._identifier.cache_clear()
    [folder] = (tmp_path / "newsbot").iterdir()
    assert (folder / "small.json").exists()


def _resident_weights_kb() -> int | None:
    """Resident kB of this process's mappings of the model's feature weights (None: no
    /proc, or the weights are not mapped)."""
    smaps = Path("/proc/self/smaps")
    if not smaps.exists():
        return None
    resident, found, name = 0, False, ""
    for line in smaps.read_text().splitlines():
        head = line.split()
        if head and "-" in head[0] and len(head) >= 5 and not head[0].endswith(":"):
            name = head[5] if len(head) > 5 else ""
            found = found or name.endswith("ptc.npy")
        elif line.startswith("Rss:") and name.endswith("ptc.npy"):
            resident += int(head[1])
    return resident if found else None


def test_the_weights_a_text_read_are_handed_back_and_answers_stay() -> None:
    """A poller reads thousands of texts: the mapped weights' pages each one touched are given
    back after it (a few texts touch most of the 27 MB), and the next text reads them again
    with the same answers."""
    first = [detect_language(*article[1:]) for article in ARTICLES]
    resident = _resident_weights_kb()
    if resident is None:
        pytest.skip("no /proc/self/smaps, or the model's weights are held in memory")
    assert resident == 0
    assert [detect_language(*article[1:]) for article in ARTICLES] == first
    assert _resident_weights_kb() == 0


def test_the_weights_give_a_text_its_rows_in_its_order_and_keep_none_resident(
    tmp_path: Path,
) -> None:
    """`Weights` reads a text's rows in file order, a few at a time: the rows come back as
    numpy's indexing gives them, in the text's order, none of the file left resident."""
    numpy = pytest.importorskip("numpy")
    table = numpy.arange(5000 * 12, dtype=numpy.float16).reshape(5000, 12)
    numpy.save(tmp_path / "ptc.npy", table)
    mapped = numpy.load(tmp_path / "ptc.npy", mmap_mode="r")
    features = numpy.random.default_rng(7).permutation(5000)[: language.ROWS_AT_ONCE * 5 + 3]
    read = language.Weights(mapped)[features]
    assert read.dtype == table.dtype
    assert numpy.array_equal(read, table[features])
    resident = _resident_weights_kb()
    if resident is not None:
        assert resident == 0


def test_the_model_a_poller_keeps_holds_about_2_mb() -> None:
    """A poller keeps the model for its life: its automaton as the strings its 104,583
    states stand for (its transitions, even kept as the cells that differ from the first
    state's, held 11 MB)."""
    language._identifier.cache_clear()
    tracemalloc.start()
    try:
        language._identifier()
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        language._identifier.cache_clear()
    if language._unpacked() is None:
        pytest.skip("no writable cache: the whole model is held")
    assert held < 3 * 1024 * 1024


def test_the_rows_most_used_are_held_and_every_text_keeps_its_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once `Weights` has learnt which rows texts use most it holds them in memory and reads
    only the others from the file: every text, before and after, gets the file's rows in its
    own order."""
    numpy = pytest.importorskip("numpy")
    monkeypatch.setattr(language, "LEARNING_TEXTS", 3)
    monkeypatch.setattr(language, "HELD_ROWS", 40)
    table = numpy.arange(5000 * 12, dtype=numpy.float16).reshape(5000, 12)
    numpy.save(tmp_path / "ptc.npy", table)
    weights = language.Weights(numpy.load(tmp_path / "ptc.npy", mmap_mode="r"))
    rng = numpy.random.default_rng(7)
    common, rare = numpy.arange(30), 30 + rng.permutation(4970)
    texts = [
        rng.permutation(numpy.concatenate([common[: 20 + i], rare[20 * i : 20 * i + 20]]))
        for i in range(8)
    ]
    for features in texts:
        assert numpy.array_equal(weights[features], table[features])
    assert weights.held is not None
    assert set(common[:20]) <= set(weights.held[0].tolist())


def test_a_text_s_bytes_count_the_features_the_model_s_own_walk_counts() -> None:
    """The walk over all of a text's bytes at once counts what py3langid's walk from state
    to state counts, in the same order (so the scores are the same): texts of several
    scripts, one byte, none, and bytes that are no text."""
    numpy = pytest.importorskip("numpy")
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier, visit_counts

    identifier = language._identifier()
    if not isinstance(identifier, language.SuffixIdentifier):
        pytest.skip("no writable cache: the model walks its own transitions")
    model = LanguageIdentifier.from_model_file(MODEL_DIR / MODEL_FILE)
    rng = numpy.random.default_rng(15)
    texts = [f"{title}\n\n{text}".encode() for _, title, text in ARTICLES]
    texts += [b"", b"a", b"\xff", "ё".encode()]
    texts += [rng.integers(0, 256, size, dtype=numpy.uint8).tobytes() for size in (2, 50, 900)]
    for text in texts:
        walked = visit_counts(model.tk_nextmove, model._rowbase, model.tk_output, text) or {}
        assert list(identifier.suffixes.visits(text).items()) == list(walked.items())


def test_an_automaton_that_is_not_at_its_longest_ending_string_is_refused() -> None:
    """`Suffixes` can only walk an automaton whose state after a text is that of the longest
    state's string ending the text: one that counts "a"s two by two is refused (the model
    is then held whole), one that finds "ab" is taken."""
    numpy = pytest.importorskip("numpy")
    pairs = numpy.zeros((2, 256), dtype=numpy.int64)
    pairs[0, ord("a")], pairs[1, ord("a")] = 1, 0  # "aa" goes back to the start
    with pytest.raises(ValueError):
        language._state_strings(pairs, numpy.arange(2), numpy.array([-1, 0]))
    finds_ab = numpy.zeros((3, 256), dtype=numpy.int64)
    finds_ab[:, ord("a")] = 1
    finds_ab[1, ord("b")] = 2
    keys, outputs = language._state_strings(finds_ab, numpy.arange(3), numpy.array([-1, -1, 0]))
    suffixes = language.Suffixes(keys, outputs)
    assert suffixes.visits(b"xabaab") == {0: 2}
    assert suffixes.visits(b"aaa") == {}


def test_the_model_s_automaton_with_one_move_changed_is_refused() -> None:
    """The unpacking checks every move the walk relies on: the model's own automaton is
    taken, and the same with one state's move on one byte sent elsewhere is refused (the
    model is then held whole, never walked wrongly)."""
    numpy = pytest.importorskip("numpy")
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    model = LanguageIdentifier.from_model_file(MODEL_DIR / MODEL_FILE)
    moves = numpy.array(model.tk_nextmove).reshape(-1, 256)
    rows, outputs = numpy.asarray(model.tk_row), numpy.asarray(model.tk_output)
    keys, _ = language._state_strings(moves, rows, outputs)
    assert len(keys) == len(rows)
    state = len(rows) // 2
    moves[rows[state], ord("e")] = (moves[rows[state], ord("e")] + 1) % len(rows)
    with pytest.raises(ValueError):
        language._state_strings(moves, rows, outputs)
