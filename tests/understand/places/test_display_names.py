"""Place names shown as English-language news writes them, whatever GeoNames' romanisation."""

from __future__ import annotations

from bot.understand.places import find_places, resolve_query
from bot.understand.places.display import display_name, plain, stored_label, stored_name
from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.normalize import name_key


def _spelled(*names: str) -> list[tuple[str, str]]:
    return [(name, name_key(name)) for name in names]


def test_plain_folds_diacritics_and_ayn_and_hamza_marks() -> None:
    assert plain("Hajīn") == "Hajin"
    assert plain("Aţ Ţabqah") == "At Tabqah"
    assert plain("I‘zāz") == "Izaz"
    assert plain("Ma‘arrat an Nu‘mān") == "Maarrat an Numan"
    assert plain("Deir ez-Zor") == "Deir ez-Zor"


def test_the_ascii_spelling_most_of_its_names_write_wins_and_ascii_names_stay() -> None:
    assert display_name("Springfield", _spelled("Springfield", "Sprinfeld")) == "Springfield"
    # two of its three Latin names write the apostrophe: the plain ASCII one is shown
    names = _spelled("Qal‘at Mūsá", "Qal'at Musa", "Qal'at Mūsá", "قلعة موسى")
    assert display_name("Qal‘at Mūsá", names) == "Qal'at Musa"
    # other languages' romanisations of the place are no spelling of its name, however many
    names = _spelled("Ḩūlūn", "Jolon", "Jolón", "Cholon", "Holun")
    assert display_name("Ḩūlūn", names) == "Hulun"
    # no ASCII name at all: the name with its marks folded away
    assert display_name("Kafr Ḩamrā’", _spelled("Kafr Ḩamrā’", "كفر حمرة")) == "Kafr Hamra"


def test_stored_names_fold_except_config_places_and_countries() -> None:
    assert stored_name("gn:1", "Khān Shaykhūn") == "Khan Shaykhun"
    assert stored_name("cfg:grande-barriere", "Grande Barrière border post") == (
        "Grande Barrière border post"
    )
    assert stored_name("cc:CI", "Côte d'Ivoire") == "Côte d'Ivoire"


def test_gazetteer_places_show_plain_names_and_keep_their_keys(gaz: Gazetteer) -> None:
    shown = {key: gaz.places[key].name for key in ("gn:174506", "gn:172082", "gn:173927")}
    assert shown == {"gn:174506": "Hajin", "gn:172082": "Izaz", "gn:173927": "Al Busayrah"}
    for spelling in ("Hajīn", "Hajin"):
        best = resolve_query(gaz, spelling).best
        assert best is not None and best.key == "gn:174506"


def test_a_text_with_the_scholarly_spelling_finds_the_place_by_its_plain_name(
    gaz: Gazetteer,
) -> None:
    text = "Shelling hit Al Buşayrah and Hajīn overnight, residents said."
    found = {m.place.key: m.place.name for m in find_places(gaz, text)}
    assert found.get("gn:173927") == "Al Busayrah" and found.get("gn:174506") == "Hajin"


def test_stored_labels_of_places_and_radius_watches_fold_and_topics_stay() -> None:
    assert stored_label("place", "gn:7", "Ḩārim, Syria") == "Harim, Syria"
    assert stored_label("place", "cfg:grande-barriere", "Grande Barrière border post") == (
        "Grande Barrière border post"
    )
    assert stored_label("near", "35.9,36.5,30", "within 30 km of Ḩārim, Syria") == (
        "within 30 km of Harim, Syria"
    )
    assert stored_label("topic", "وقف اطلاق النار", "وقف إطلاق النار") == "وقف إطلاق النار"
