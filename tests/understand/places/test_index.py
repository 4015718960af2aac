"""The on-disk name index answers place questions exactly as the whole gazetteer does."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from bot.settings import Settings
from bot.understand.places import find_places, resolve_query
from bot.understand.places.build import load_gazetteer
from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.index import (
    IndexedGazetteer,
    load_place_index,
    load_places,
    write_index,
)
from bot.understand.places.query import QueryResolution

DATA = Path(__file__).resolve().parents[2] / "data" / "places"
QUERIES = [
    "Deir ez-Zor",
    "Dayr az Zawr",
    "دير الزور",
    "Deir ez Zorr",
    "Dier ez Zor",
    "Aleppoo",
    "Thiban",
    "खार्किव",
    "Λίμαν",
    "Tripoli",
    "Kiev",
    "Харківщина",
    "au Soudan",
    "Basira",
    "Darfur",
    "Syria",
    "Qqxzzv",
    "",
]


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    """The whole gazetteer, unpickled (or built) as it was before the index tagged text."""
    return load_gazetteer()


@pytest.fixture(scope="module")
def index(gaz: Gazetteer, tmp_path_factory: pytest.TempPathFactory) -> IndexedGazetteer:
    path = tmp_path_factory.mktemp("index") / "gazetteer.sqlite"
    assert write_index(gaz, path)
    return IndexedGazetteer.open(path)


def answer(gaz: Gazetteer, query: str) -> tuple[object, ...]:
    found: QueryResolution = resolve_query(gaz, query)
    places = [found.best, *found.alternatives, *found.suggestions]
    ancestors = [gaz.ancestors(p.key) for p in places if p is not None]
    return found, ancestors


def test_the_index_lists_a_countrys_first_level_areas_as_the_gazetteer_does(
    gaz: Gazetteer, index: IndexedGazetteer
) -> None:
    for country in ("RU", "UA", "SY", "US"):
        assert index.first_level_areas(country) == gaz.first_level_areas(country)
    assert "cfg:bryansk-oblast" in index.first_level_areas("RU")
    assert not index.first_level_areas("RU") & index.first_level_areas("UA")


def test_every_query_gets_the_same_answer_from_the_index(
    gaz: Gazetteer, index: IndexedGazetteer
) -> None:
    with (DATA / "variants.tsv").open(encoding="utf-8") as f:
        variants = [row["query"] for row in csv.DictReader(f, delimiter="\t")]
    different = [q for q in [*QUERIES, *variants] if answer(gaz, q) != answer(index, q)]
    assert different == []


def test_the_index_knows_places_by_key_and_what_contains_them(
    gaz: Gazetteer, index: IndexedGazetteer
) -> None:
    for key in ["gn:170794", "cc:SY", "cfg:deir-ez-zor-governorate", "cfg:darfur"]:
        assert index.get(key) == gaz.get(key)
        assert index.enclosing(key) == gaz.enclosing(key)
    assert index.get("gn:0") is None
    assert index.capital_of == gaz.capital_of
    assert index.containing("cfg:levant") == gaz.containing("cfg:levant")


def test_the_index_refuses_to_tag_text(index: IndexedGazetteer) -> None:
    with pytest.raises(TypeError, match="cannot tag"):
        find_places(index, "Clashes broke out in Aleppo on Sunday.")


TEXTS = [
    "Clashes broke out in Aleppo on Sunday, and shelling hit Idlib and Maarat al-Numan.",
    "KHARKIV, Ukraine (AP) — Russian drones struck Kharkiv and the Kharkiv region overnight.",
    "Les forces russes ont bombardé Kharkiv et l'oblast de Donetsk, au Soudan rien.",
    "Обстріл Харківщини: у Харківській області загинули двоє.",
    "قصف على دير الزور وبحلب صباح الأحد",
    "The U.S. said Malian soldiers entered Gao; in Louisville, Ky., Paris police said nothing.",
    "Fighting near El Fasher in North Darfur and in Khartoum; Port Sudan was calm.",
    "Washington and Georgia: the Jordan river, Chad and Niger, then Paris, Texas.",
    "Storms hit Wichita, Kan., and Erie, Pa., on Friday, officials said.",
]


def mentions(gaz: Gazetteer, text: str) -> list[tuple[object, ...]]:
    """Each place found, as written and where, with the places containing it."""
    return [(m, gaz.ancestors(m.place.key)) for m in find_places(gaz, text)]


def test_the_index_opened_for_tagging_finds_what_the_whole_gazetteer_finds(
    gaz: Gazetteer, index: IndexedGazetteer
) -> None:
    tagger = IndexedGazetteer.open(index.rows.path, tagging=True)
    assert all(mentions(gaz, text) for text in TEXTS)
    assert [mentions(tagger, t) for t in TEXTS] == [mentions(gaz, t) for t in TEXTS]


def test_a_place_question_reads_the_index_made_beside_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    extra = tmp_path / "mine.yaml"
    extra.write_text("places:\n  - name: Camp Seven\n    kind: camp\n    country: SD\n")
    settings = Settings(seed_feeds=False, extra_places=extra)
    first = load_place_index(settings)
    assert isinstance(first, IndexedGazetteer)
    assert first.lookup("Camp Seven")[0].key == "cfg:camp-seven"
    assert sorted(p.suffix for p in (tmp_path / "newsbot").iterdir()) == [".pickle", ".sqlite"]
    extra.write_text("places:\n  - name: Camp Eight\n    kind: camp\n    country: SD\n")
    edited = load_place_index(settings)
    assert edited.lookup("Camp Seven") == []
    assert edited.lookup("Camp Eight")[0].key == "cfg:camp-eight"
    kept = sorted(p.suffix for p in (tmp_path / "newsbot").iterdir())
    assert kept == [".pickle", ".sqlite"], "the edited file's cache and index replaced the old"


def test_a_tagging_process_remembers_names_within_bounds(
    gaz: Gazetteer, index: IndexedGazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("bot.understand.places.index.FACTS_KEPT", 3)
    monkeypatch.setattr("bot.understand.places.index.ANCESTORS_KEPT", 3)
    tagger = IndexedGazetteer.open(index.rows.path, tagging=True)
    assert [mentions(tagger, t) for t in TEXTS * 2] == [mentions(gaz, t) for t in TEXTS * 2]
    assert len(tagger.facts_cache) <= 3
    assert len(tagger.ancestor_cache) <= 3


def test_a_tagging_process_remembers_the_places_of_names_within_bounds(
    gaz: Gazetteer, index: IndexedGazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("bot.understand.places.index.NAMES_KEPT", 3)
    tagger = IndexedGazetteer.open(index.rows.path, tagging=True)
    names = [" aleppo ", " qqxzzv ", " tripoli ", " kiev ", " qqxzzv ", " aleppo ", " homs "]
    assert [tagger.names.get(n) for n in names] == [gaz.names.get(n) for n in names]
    assert " qqxzzv " not in tagger.names, "a name no place bears stays unknown, remembered"
    assert " aleppo " in tagger.names
    assert len(vars(tagger.names)["kept"]) <= 3


def test_a_tagging_process_reads_the_index_a_process_of_its_own_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    extra = tmp_path / "mine.yaml"
    extra.write_text("places:\n  - name: Camp Seven\n    kind: camp\n    country: SD\n")
    tagger = load_places(Settings(seed_feeds=False, extra_places=extra))
    assert isinstance(tagger, IndexedGazetteer)
    found = find_places(tagger, "Families fled to Camp Seven in Sudan on Monday.")
    assert [m.place.key for m in found] == ["cfg:camp-seven", "cc:SD"]
    assert sorted(p.suffix for p in (tmp_path / "newsbot").iterdir()) == [".pickle", ".sqlite"]


def test_a_place_question_on_a_fresh_cache_has_the_index_made_apart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`whatsnew` or the Slack app first on a fresh install: the gazetteer is built by a
    process of its own (its 250 MB peak ends with it), and this one reads the index."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))

    def built_here(*args: object, **kwargs: object) -> None:
        raise AssertionError("the gazetteer was built in the asking process")

    monkeypatch.setattr("bot.understand.places.build.load_gazetteer", built_here)
    gazetteer = load_place_index(Settings(seed_feeds=False))
    assert isinstance(gazetteer, IndexedGazetteer)
    assert gazetteer.lookup("Deir al-Zor")[0].key == "gn:170794"
