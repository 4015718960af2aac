"""bench/geoparsing.py: loaders, split and scoring on tiny made-up documents."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from bench.geoparsing import (
    ALL,
    GWN_ALL,
    GWN_SCOPE,
    WITH_ID,
    Counts,
    Document,
    Errors,
    Predicted,
    Toponym,
    load_geovirus,
    load_geowebnews,
    load_lgl,
    overlap,
    score_corpus,
    score_document,
    split_documents,
    split_of,
)
from bot.understand.places.distance import distance_km

TEXT = "Rain in Aville and Beetown. Later Aville again, then Ceeport."
AVILLE = (8, 14)
BEETOWN = (19, 26)
AVILLE_2 = (34, 40)
CEEPORT = (53, 60)


def gold(span: tuple[int, int], gid: int | None, lat: float, lon: float) -> Toponym:
    """A gold toponym of TEXT."""
    return Toponym(span[0], span[1], TEXT[span[0] : span[1]], None, gid, lat, lon)


DOC = Document(
    "test",
    "d1",
    TEXT,
    (
        gold(AVILLE, 1, 10.0, 20.0),
        gold(BEETOWN, 2, 11.0, 21.0),
        gold(AVILLE_2, 1, 10.0, 20.0),
        gold(CEEPORT, 3, -5.0, 100.0),
    ),
)


def test_spans_in_the_made_up_text() -> None:
    assert [TEXT[a:b] for a, b in (AVILLE, BEETOWN, AVILLE_2, CEEPORT)] == [
        "Aville",
        "Beetown",
        "Aville",
        "Ceeport",
    ]


def test_overlap_counts_shared_characters() -> None:
    assert overlap(0, 5, 5, 9) == 0
    assert overlap(0, 5, 4, 9) == 1
    assert overlap(2, 4, 0, 10) == 2


def test_per_mention_overlap_counting() -> None:
    preds = [
        Predicted(8, 12, 1, 10.0, 20.0, "gn:1"),  # part of "Aville": overlaps, counts
        Predicted(0, 4, 9, 0.0, 0.0, "gn:9"),  # "Rain": no gold, a false positive
    ]
    errors = Errors()
    c = score_document(DOC, preds, ALL, errors)
    assert (c.predicted, c.predicted_right, c.predicted_neutral) == (2, 1, 0)
    assert (c.gold, c.gold_found) == (4, 1)
    p, r, f1 = c.mention_prf
    assert p == pytest.approx(0.5)
    assert r == pytest.approx(0.25)
    assert f1 == pytest.approx(2 * 0.5 * 0.25 / 0.75)
    assert errors.false_positives == Counter({"Rain": 1})
    assert errors.false_negatives == Counter({"Beetown": 1, "Aville": 1, "Ceeport": 1})
    assert errors.missed_places == Counter({"Beetown": 1, "Ceeport": 1})


def test_per_distinct_place_counts_a_place_found_once_as_found() -> None:
    preds = [Predicted(*AVILLE, 1, 10.0, 20.0, "gn:1"), Predicted(*BEETOWN, 2, 11.0, 21.0, "gn:2")]
    c = score_document(DOC, preds, ALL)
    assert (c.places_gold, c.places_gold_found) == (3, 2)
    assert (c.places_predicted, c.places_predicted_right) == (2, 2)
    assert c.place_prf[:2] == pytest.approx((1.0, 2 / 3))
    # Per mention the second "Aville" is still missing.
    assert c.mention_prf[1] == pytest.approx(0.5)


def test_predictions_of_one_key_are_one_predicted_place() -> None:
    preds = [Predicted(*AVILLE, key="gn:1"), Predicted(*AVILLE_2, key="gn:1")]
    c = score_document(DOC, preds, ALL)
    assert (c.places_predicted, c.places_predicted_right, c.places_gold_found) == (1, 1, 1)
    assert (c.predicted, c.gold_found) == (2, 2)


def test_gold_places_without_id_are_told_apart_by_coordinates() -> None:
    doc = Document(
        "test",
        "d2",
        TEXT,
        (
            gold(AVILLE, None, 10.0, 20.0),
            gold(AVILLE_2, None, 10.001, 20.001),
            gold(CEEPORT, None, -5.0, 100.0),
        ),
    )
    assert score_document(doc, [], ALL).places_gold == 2


def test_haversine() -> None:
    assert distance_km(0, 0, 0, 0) == 0
    # One degree of latitude is about 111.2 km; London to Paris about 344 km.
    assert distance_km(0, 0, 1, 0) == pytest.approx(111.19, abs=0.05)
    assert distance_km(51.5074, -0.1278, 48.8566, 2.3522) == pytest.approx(344, abs=2)


def test_acc161_and_exact_id() -> None:
    preds = [
        Predicted(*AVILLE, 1, 10.0, 20.0, "gn:1"),  # exact
        Predicted(*BEETOWN, 7, 11.5, 21.0, "gn:7"),  # wrong id, about 56 km away: within
        Predicted(*AVILLE_2, 8, 12.0, 20.0, "gn:8"),  # wrong id, about 222 km away: not
        Predicted(*CEEPORT, 9, None, None, "cc:XX"),  # no coordinates: unresolved
    ]
    c = score_document(DOC, preds, ALL)
    assert (c.found_with_coords, c.within_161, c.unresolved) == (4, 2, 1)
    assert c.acc161 == pytest.approx(0.5)
    assert c.acc161_with_coords == pytest.approx(2 / 3)
    assert (c.found_with_id, c.exact_id) == (4, 1)
    assert c.exact_id_share == pytest.approx(0.25)


def test_the_gold_id_without_coordinates_counts_as_within_161_km() -> None:
    c = score_document(DOC, [Predicted(*CEEPORT, 3, None, None, "cc:CC")], ALL)
    assert (c.within_161, c.unresolved, c.exact_id) == (1, 0, 1)


def test_the_prediction_sharing_most_characters_resolves_a_gold_toponym() -> None:
    preds = [Predicted(8, 9, 5, 50.0, 50.0, "gn:5"), Predicted(8, 14, 1, 10.0, 20.0, "gn:1")]
    c = score_document(DOC, preds, ALL)
    assert (c.within_161, c.exact_id) == (1, 1)


def test_out_of_scope_annotations_are_neither_credited_nor_penalised() -> None:
    text = "Delta troops met Epsilon's Zeta envoy."
    doc = Document(
        "test",
        "d3",
        text,
        (
            Toponym(0, 5, "Delta", "Non_Literal_Modifier", 1, 1.0, 1.0),
            Toponym(17, 24, "Epsilon", "Metonymic", 2, 2.0, 2.0),
            Toponym(27, 31, "Zeta", "Homonym", None, None, None),
        ),
    )
    preds = [Predicted(0, 5, key="a"), Predicted(17, 24, key="b"), Predicted(27, 31, key="c")]
    in_scope = score_document(doc, preds, GWN_SCOPE)
    assert (in_scope.predicted_right, in_scope.predicted_neutral, in_scope.gold) == (1, 1, 1)
    assert in_scope.mention_prf[:2] == pytest.approx((0.5, 1.0))  # the homonym is wrong
    assert in_scope.place_prf[:2] == pytest.approx((0.5, 1.0))
    every = score_document(doc, preds, GWN_ALL)
    assert (every.predicted_right, every.predicted_neutral, every.gold) == (3, 0, 3)
    with_id = score_document(doc, preds, WITH_ID)
    assert (with_id.gold, with_id.predicted_right, with_id.predicted_neutral) == (2, 2, 1)


def test_counts_add_up_over_documents() -> None:
    preds = {"d1": [Predicted(*AVILLE, 1, 10.0, 20.0, "gn:1")], "d4": []}
    docs = [DOC, Document("test", "d4", TEXT, (gold(CEEPORT, 3, -5.0, 100.0),))]
    total = score_corpus(docs, lambda d: preds[d.doc_id], ALL)
    expected = Counts()
    for d in docs:
        expected.add(score_document(d, preds[d.doc_id], ALL))
    assert total == expected
    assert (total.documents, total.gold, total.gold_found) == (2, 5, 1)


def test_split_is_stable_and_about_two_thirds_tune() -> None:
    ids = [f"doc-{i}" for i in range(3000)]
    first = [split_of("corpus", i) for i in ids]
    assert first == [split_of("corpus", i) for i in ids]
    share = first.count("tune") / len(first)
    assert 0.63 < share < 0.70
    assert split_of("corpus", "doc-1") == split_of("corpus", "doc-1")


def test_split_keeps_whole_documents_in_order() -> None:
    docs = [Document("c", f"x{i}", "", ()) for i in range(30)]
    parts = split_documents(docs)
    assert sorted(d.doc_id for part in parts.values() for d in part) == sorted(
        d.doc_id for d in docs
    )
    for name, part in parts.items():
        assert all(split_of("c", d.doc_id) == name for d in part)
        assert part == sorted(part, key=docs.index)


def test_load_lgl(tmp_path: Path) -> None:
    path = tmp_path / "lgl.xml"
    path.write_text(
        """<articles><article docid="7"><title>T</title><text>Fog over Aville.</text>
        <toponyms><toponym><start>9</start><end>15</end><phrase>Aville</phrase>
        <gaztag geonameid="11"><name>Aville</name><fclass>P</fclass><lat>1.5</lat>
        <lon>-2.5</lon></gaztag></toponym>
        <toponym><start>0</start><end>3</end><phrase>Fog</phrase></toponym></toponyms>
        </article></articles>""",
        "utf-8",
    )
    [doc] = load_lgl(path)
    assert (doc.corpus, doc.doc_id, doc.text) == ("LGL", "7", "Fog over Aville.")
    assert doc.toponyms == (
        Toponym(9, 15, "Aville", None, 11, 1.5, -2.5),
        Toponym(0, 3, "Fog", None, None, None, None),
    )


def test_load_geowebnews(tmp_path: Path) -> None:
    path = tmp_path / "gwn.xml"
    path.write_text(
        """<articles><article file="3"><title>T</title><link>L</link>
        <text>Aville said no.</text><toponyms>
        <toponym><extractedName>Aville</extractedName><normalisedName>Aville</normalisedName>
        <type>Metonymic</type><modifierType/><nonLocational>No</nonLocational>
        <start>0</start><end>6</end><geonamesID>12</geonamesID><latitude>3.0</latitude>
        <longitude>4.0</longitude></toponym>
        <toponym><extractedName>no</extractedName><normalisedName/><type>Literal</type>
        <start>12</start><end>14</end><geonamesID/><latitude>5</latitude>
        <longitude>6</longitude></toponym>
        <toponym><extractedName>T</extractedName><type>Non_Toponym</type>
        <start>-20</start><end>-19</end></toponym>
        </toponyms></article></articles>""",
        "utf-8",
    )
    [doc] = load_geowebnews(path)
    assert doc.doc_id == "3"
    assert doc.toponyms == (
        Toponym(0, 6, "Aville", "Metonymic", 12, 3.0, 4.0),
        Toponym(12, 14, "no", "Literal", None, 5.0, 6.0),
    )


def test_load_geovirus_realigns_offsets_and_reads_nested_locations(tmp_path: Path) -> None:
    path = tmp_path / "gv.xml"
    path.write_text(
        """<articles><article><source>https://example.org/a</source>
        <text>Flu in Aville, Beeland.</text><locations>
        <location><name>Beeland</name><start>16</start><end>23</end><lat>1</lat><lon>2</lon>
        <page>P</page>
          <location><name>Aville</name><start>8</start><end>14</end><lat>3</lat><lon>4</lon>
          </location>
        </location></locations></article>
        <article><source>https://example.org/a</source><text>Again.</text><locations/>
        </article></articles>""",
        "utf-8",
    )
    first, second = load_geovirus(path)
    assert (first.doc_id, second.doc_id) == ("https://example.org/a", "https://example.org/a#2")
    assert first.toponyms == (
        Toponym(15, 22, "Beeland", None, None, 1.0, 2.0),
        Toponym(7, 13, "Aville", None, None, 3.0, 4.0),
    )
    assert [first.text[t.start : t.end] for t in first.toponyms] == ["Beeland", "Aville"]
