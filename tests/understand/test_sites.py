"""Named facilities are event sites, shown apart from places: a hospital, an airport or an air
base struck is found with every mention, put in a place only the text names (never a
gazetteer guess), and never added to the places subscriptions and briefings read."""

from __future__ import annotations

from bot.present.serialize import analysis_dict
from bot.records import Site
from bot.understand.analyzer import Analyzer


def _sites(analyzer: Analyzer, text: str) -> dict[str, Site]:
    return {site.name: site for site in analyzer.analyze("", text).sites}


def test_a_site_is_put_in_the_town_the_text_names(analyzer: Analyzer) -> None:
    text = "A drone struck the Nasser Medical Complex in Khan Younis on Tuesday, killing two."
    site = _sites(analyzer, text)["Nasser Medical Complex"]
    assert site.parent is not None and site.parent.country_code == "PS"
    assert site.parent.kind == "city"


def test_a_site_in_a_text_naming_no_place_has_no_parent(analyzer: Analyzer) -> None:
    text = "Gunmen stormed St Mary's Hospital overnight and seized three doctors."
    analysis = analyzer.analyze("", text)
    assert [site.name for site in analysis.sites] == ["St Mary's Hospital"]
    assert analysis.sites[0].parent is None
    shown = analysis_dict(analysis, "test")["sites"][0]
    assert shown["parent"] is None and shown["lat"] is None and shown["lon"] is None


def test_a_person_naming_a_hospital_gives_no_far_parent(analyzer: Analyzer) -> None:
    text = (
        "The wounded were taken to Kenyatta National Hospital, the largest referral hospital "
        "in the capital Nairobi, officials said."
    )
    site = _sites(analyzer, text)["Kenyatta National Hospital"]
    assert site.parent is not None
    assert (site.parent.name, site.parent.country_code) == ("Nairobi", "KE")


def test_a_town_before_an_airport_in_lower_case_names_it(analyzer: Analyzer) -> None:
    site = _sites(analyzer, "A suicide bomber struck near Kabul airport on Monday.")[
        "Kabul airport"
    ]
    assert site.parent is not None and site.parent.name == "Kabul"


def test_a_hospital_any_of_a_town_is_no_site(analyzer: Analyzer) -> None:
    assert _sites(analyzer, "Shells hit a Gaza hospital and a school in Rafah.") == {}
    assert _sites(analyzer, "Israeli tanks surrounded the hospital on Sunday.") == {}


def test_a_name_never_opens_inside_a_word(analyzer: Analyzer) -> None:
    text = "A drone hit a crowded market in Deir ez-Zor. The Deir ez-Zor market was shut."
    assert _sites(analyzer, text) == {}


def test_a_place_a_bearing_relates_it_to_is_no_parent(analyzer: Analyzer) -> None:
    text = "Militants shelled the Qalat Hospital, 20 km north of Mosul, on Sunday."
    assert _sites(analyzer, text)["Qalat Hospital"].parent is None
    text = "Rockets hit the Haji Omar Hospital, 20 km north of Mosul, in Iraq on Sunday."
    parent = _sites(analyzer, text)["Haji Omar Hospital"].parent
    assert parent is not None and parent.key == "cc:IQ"


def test_every_mention_of_a_site_is_one_site(analyzer: Analyzer) -> None:
    text = (
        "Gunmen attacked Bacha Khan University in northwestern Pakistan. The attack on "
        "Bacha Khan University in Charsadda began at dawn."
    )
    site = _sites(analyzer, text)["Bacha Khan University"]
    assert len(site.mentions) == 2
    assert site.parent is not None and site.parent.name == "Charsadda"


def test_a_headline_in_title_case_names_no_site_by_its_capitals(analyzer: Analyzer) -> None:
    assert _sites(analyzer, "Rockets Hit Iraqi Base Housing U.S. Troops") == {}


def test_sites_are_shown_apart_from_places(analyzer: Analyzer) -> None:
    text = "An air strike hit Al-Awda Hospital in Jabalia, medics said."
    analysis = analyzer.analyze("", text)
    shown = analysis_dict(analysis, "test")
    assert [site["name"] for site in shown["sites"]] == ["Al-Awda Hospital"]
    assert all("Hospital" not in place["as_written"] for place in shown["places"])
    site = shown["sites"][0]
    parent = analysis.sites[0].parent
    assert parent is not None and site["parent"] == parent.key
    assert (site["lat"], site["lon"]) == (parent.lat, parent.lon)
    assert site["mentions"] == [{"start": 18, "end": 34, "as_written": "Al-Awda Hospital"}]


def test_a_person_or_a_sea_names_no_site(analyzer: Analyzer) -> None:
    assert _sites(analyzer, "Chris Bridge scored twice for Widnes on Sunday.") == {}
    assert _sites(analyzer, "Oscar winner Damien Chazelle's Academy speech drew praise.") == {}
    assert _sites(analyzer, "Missiles hit a Black Sea port overnight, Odesa officials said.") == {}


def test_a_town_the_text_names_elsewhere_places_its_airport(analyzer: Analyzer) -> None:
    text = "US troops guarded Kabul Airport as the last flights left Kabul."
    parent = _sites(analyzer, text)["Kabul Airport"].parent
    assert parent is not None and parent.name == "Kabul"


def test_a_hospital_named_after_a_country_stands_where_the_text_says(analyzer: Analyzer) -> None:
    text = "Dozens were treated at the Indonesia Hospital in Beit Lahia overnight."
    parent = _sites(analyzer, text)["Indonesia Hospital"].parent
    assert parent is not None and parent.kind == "city" and parent.country_code == "PS"
