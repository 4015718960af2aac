"""The terminal front end, run as a user runs it: the installed `newsbot` command."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

import feedparser
import pytest
from sqlalchemy import select, update

from bot.clock import utcnow
from bot.runtime import demo
from bot.storage import Store, make_engine
from bot.storage.schema import articles
from tests.answers.test_activity import CLASH, STRIKE, save
from tests.conftest import POSTGRES_URL
from tests.support.feed_server import FeedServer


class Newsbot:
    """Runs `python -m bot ...` against one test's own database and data folder."""

    def __init__(self, tmp_path: Path, database_url: str) -> None:
        self.env = {
            **os.environ,
            "NEWSBOT_DATABASE_URL": database_url,
            "NEWSBOT_DATA_DIR": str(tmp_path / "data"),
            "NEWSBOT_SEED_FEEDS": "false",
            "COLUMNS": "200",
        }

    def __call__(
        self, *args: str, ok: bool = True, stdin: str | None = None
    ) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [sys.executable, "-m", "bot", *args],
            env=self.env,
            input=stdin,
            capture_output=True,
            text=True,
            timeout=120,
        )
        if ok:
            assert result.returncode == 0, result.stderr + result.stdout
        return result

    def popen(self, *args: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, "-m", "bot", *args],
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )


@pytest.fixture
def newsbot(tmp_path: Path, database_url: str) -> Newsbot:
    return Newsbot(tmp_path, database_url)


@pytest.fixture
def after_demo(newsbot: Newsbot) -> Newsbot:
    newsbot("demo")
    return newsbot


def test_demo_prints_a_digest_and_the_deir_ez_zor_briefing(newsbot: Newsbot) -> None:
    out = newsbot("demo").stdout
    assert "Conflict digest" in out
    assert "What's new: Deir ez-Zor (city, Syria)" in out
    assert "Summary" in out
    # the traps of the sample feeds are not in the digest
    assert "SpaceX" not in out, "a rocket launch is no conflict news"
    assert "Scheldt" not in out, "a battle of 1944 remembered is no armed clash of today"
    # each event line places its town: with its province and country, a village the
    # gazetteer lacks by the city the text put it near
    assert "Armed clash · Al Busayrah, Deir ez-Zor, Syria · 9 killed (levant-monitor)" in out
    assert "Arrests · Theban, near Deir ez-Zor, Syria" in out
    again = newsbot("demo").stdout
    assert "0 new articles" in again and "Conflict digest" in again


def test_whatsnew_finds_the_demo_articles_whatever_the_spelling(after_demo: Newsbot) -> None:
    answers = {}
    for spelling in ("Dayr az Zawr", "Deir ez-Zor", "Deir al-Zor", "دير الزور"):
        data = json.loads(after_demo("whatsnew", spelling, "--since", "3650d", "--json").stdout)
        assert data["place"]["geonameid"] == 170794
        answers[spelling] = [a["uid"] for a in data["articles"]]
        listed = [a["uid"] for story in data["stories"] for a in story["articles"]]
        assert sorted(listed) == sorted(answers[spelling])
        assert {a["language"] for a in data["articles"]} == {"en", "ar"}
    first = answers["Dayr az Zawr"]
    assert len(first) >= 4
    assert all(found == first for found in answers.values())
    text = after_demo("whatsnew", "Dayr az Zawr").stdout
    assert "Deir ez-Zor" in text and "http" in text


def test_whatsnew_kharkiv_includes_the_ukrainian_report_of_a_strike(after_demo: Newsbot) -> None:
    data = json.loads(after_demo("whatsnew", "Kharkiv", "--since", "3650d", "--json").stdout)
    assert data["place"]["geonameid"] == 706483
    ukrainian = [a for a in data["articles"] if a["language"] == "uk"]
    assert [a["title"] for a in ukrainian] == [
        "Росія вдарила ракетами по Харкову: двоє загиблих, дев'ятеро поранених"
    ]
    assert {"Kharkiv"} <= {p["name"] for p in ukrainian[0]["places"]}
    assert ukrainian[0]["summary"].startswith("Уночі російські війська завдали ракетного удару")
    text = after_demo("whatsnew", "Kharkiv", "--since", "3650d").stdout
    assert "Росія вдарила ракетами по Харкову" in text and "Ukrainian" in text


def test_the_ukrainian_strike_report_shows_its_event_line_in_english(after_demo: Newsbot) -> None:
    data = json.loads(after_demo("whatsnew", "Kharkiv", "--since", "3650d", "--json").stdout)
    (ukrainian,) = [a for a in data["articles"] if a["language"] == "uk"]
    assert ukrainian["sub_event_type"] == "Shelling/artillery/missile attack"
    assert (ukrainian["killed"]["min"], ukrainian["injured"]["min"]) == (2, 9)
    text = after_demo("whatsnew", "Kharkiv", "--since", "3650d").stdout
    line = "Shelling/artillery/missile attack · Kharkiv, Ukraine · 2 killed (local-press)"
    assert line in text and f"{line} · 9 injured" in text


def test_a_country_briefing_includes_its_towns(after_demo: Newsbot) -> None:
    data = json.loads(after_demo("whatsnew", "Syria", "--since", "3650d", "--json").stdout)
    assert data["place"]["kind"] == "country"
    named = {p["name"] for a in data["articles"] for p in a["places"]}
    assert {"Deir ez-Zor", "Deir ez-Zor Governorate", "Hajin"} <= named


def test_an_unknown_place_gets_a_clear_message_and_suggestions(after_demo: Newsbot) -> None:
    result = after_demo("whatsnew", "Qwxzzy", ok=False)
    assert result.returncode == 1
    # on stderr, as every other command's errors: `whatsnew X > file` keeps only answers
    assert "No place matches 'Qwxzzy'" in result.stderr and not result.stdout
    both = after_demo("whatsnew", "Deir ez Zorr").stdout
    assert "Did you mean Deir ez-Zor (city, Syria) and Deir ez-Zor Governorate" in both
    assert "Showing them." in both
    typo = after_demo("whatsnew", "Aleppoo", "--json", ok=False)
    data = json.loads(typo.stdout)
    assert data["place"]["name"] == "Aleppo" and data["exact"] is False


def test_a_blank_place_is_refused_with_how_to_name_one(after_demo: Newsbot) -> None:
    for command in ("whatsnew", "events"):
        result = after_demo(command, "   ", ok=False)
        assert result.returncode == 2, command
        assert "name a place" in result.stderr and "No place matches" not in result.stdout


def test_events_lists_the_incidents_within_a_radius(after_demo: Newsbot) -> None:
    near = json.loads(after_demo("events", "Dayr az Zawr", "--within", "60km", "--json").stdout)
    places = {a["event_place"]["name"] for a in near}
    assert {"Deir ez-Zor", "Al Busayrah"} <= places, "the city and a town 33 km down the river"
    assert all(a["event_type"] and a["sources"] for a in near)
    close = json.loads(after_demo("events", "Deir ez-Zor", "--within", "10 km", "--json").stdout)
    # Theban is a village no gazetteer lists: the text puts it around the city, whose point
    # it takes; Al-Busayrah, 33 km away, is left out
    assert {a["event_place"]["name"] for a in close} == {"Deir ez-Zor", "Theban"}
    text = after_demo("events", "Kharkiv").stdout
    assert "incidents within 30 km of Kharkiv, Ukraine" in text
    # a district of a city: with its city and country
    line = "Shelling/artillery/missile attack · Saltivka, Kharkiv, Ukraine · 2 killed (meridian)"
    assert line in text and "· 19 injured" in text
    assert "Deir" not in text
    refused = after_demo("events", "Syria", "--within", "60km", ok=False)
    assert refused.returncode == 1 and "Syria is a country" in refused.stderr


def test_digest_json_lists_only_conflict_articles(after_demo: Newsbot) -> None:
    found = json.loads(after_demo("digest", "--since", "1h", "--json").stdout)
    assert found
    assert all(a["is_conflict"] and a["summary"] and a["sources"] for a in found)
    languages = {"en", "uk", "ru", "ar", "fr"}
    assert {story["language"] for story in found} == languages
    # each report keeps its own language (a story may join reports of one event told in two
    # languages); a story is in its lead report's
    assert {a["language"] for story in found for a in story["articles"]} == languages
    for story in found:
        lead = [a for a in story["articles"] if a["link"] == story["link"]]
        assert [a["language"] for a in lead] == [story["language"]]
        assert story["source_count"] == len(story["sources"]) >= 1
        assert story["single_source"] == (story["source_count"] == 1)
        for source in story["sources"]:
            assert set(source) == {
                "article_id",
                "outlet",
                "link",
                "published_at",
                "killed",
                "injured",
            }
            assert source["outlet"] and source["link"].startswith("http")
    titles = " ".join(a["title"] for a in found).lower()
    assert "hat-trick" not in titles and "price war" not in titles
    assert "ligue 1" not in titles, "a French football match is no conflict news"


def test_digest_json_carries_each_story_event(after_demo: Newsbot) -> None:
    found = json.loads(after_demo("digest", "--since", "1h", "--json").stdout)
    by_title = {story["title"]: story for story in found}
    bomb = by_title["Roadside bomb kills three Iraqi soldiers near Kirkuk"]
    assert (bomb["sub_event_type"], bomb["killed"]["min"]) == ("Remote explosive/landmine/IED", 3)
    highest = bomb["figures"]["killed"]["highest"]
    assert highest["min"] == 3 and highest["outlet"] == bomb["sources"][0]["outlet"]
    assert all("event_type" in story for story in found)
    reports = [s for s in found if s["title"].startswith("Cholera spreads in camps")]
    assert all(s["event_type"] is None for s in reports)  # a situation report tells no incident


def test_digest_lines_name_a_long_named_country_short_and_json_keeps_its_name(
    after_demo: Newsbot,
) -> None:
    shown = after_demo("digest", "--since", "1h").stdout
    assert "Air/drone strike · Rafah crossing, Gaza Strip, Palestine · 3 killed (meridian)" in shown
    assert "Armed clash · Goma, North Kivu, DR Congo · at least 7 killed" in shown
    assert "Palestinian Territory ·" not in shown and "of the Congo ·" not in shown
    found = json.loads(after_demo("digest", "--since", "1h", "--json").stdout)
    countries = {s["event_place"]["country"] for s in found if s["event_place"]}
    assert {"Palestinian Territory", "Democratic Republic of the Congo"} <= countries


def test_export_writes_csv_and_json_rows(after_demo: Newsbot) -> None:
    rows = list(
        csv.DictReader(io.StringIO(after_demo("export", "Deir ez-Zor", "--since", "3650d").stdout))
    )
    assert len(rows) >= 4
    assert list(rows[0]) == [
        "published_at",
        "story_id",
        "source_count",
        "source",
        "title",
        "link",
        "source_links",
        "places",
        "sites",
        "summary",
        "is_conflict",
        "language",
        "event_type",
        "sub_event_type",
        "event_place",
        "event_place_lat",
        "event_place_lon",
        "killed",
        "killed_exact",
        "killed_outlet",
        "injured",
        "injured_exact",
        "injured_outlet",
    ]
    assert all(bool(row["killed"]) == bool(row["killed_outlet"]) for row in rows)
    assert all(len(row["source_links"].split("; ")) == int(row["source_count"]) for row in rows)
    assert all("Deir ez-Zor" in row["places"] for row in rows)
    data = json.loads(
        after_demo("export", "Deir ez-Zor", "--since", "3650d", "--format", "json").stdout
    )
    assert [a["title"] for a in data] == [row["title"] for row in rows]
    # the CSV says what the JSON says, under the same names: an empty cell for null,
    # true/false for booleans, the event place's coordinates in degrees
    for row, story in zip(rows, data, strict=True):
        place = story["event_place"] or {}
        assert row["is_conflict"] == json.dumps(story["is_conflict"])
        assert (row["event_type"], row["sub_event_type"]) == (
            story["event_type"] or "",
            story["sub_event_type"] or "",
        )
        assert row["event_place"] == place.get("name", "")
        assert row["event_place_lat"] == str(place.get("lat", ""))
        assert row["event_place_lon"] == str(place.get("lon", ""))
        for which in ("killed", "injured"):
            figure = story[which] or {"min": None}
            assert row[which] == ("" if figure["min"] is None else str(figure["min"]))
            exact = "" if figure["min"] is None else json.dumps(figure["exact"])
            assert row[f"{which}_exact"] == exact
    assert any(row["event_place_lat"] for row in rows)


def test_every_json_output_places_the_event_with_its_coordinates(
    after_demo: Newsbot, tmp_path: Path
) -> None:
    stories = json.loads(after_demo("digest", "--since", "1h", "--json").stdout)
    briefing = json.loads(
        after_demo("whatsnew", "Deir ez-Zor", "--since", "3650d", "--json").stdout
    )
    near = json.loads(after_demo("events", "Deir ez-Zor", "--within", "10km", "--json").stdout)
    exported = json.loads(
        after_demo("export", "Deir ez-Zor", "--since", "3650d", "--format", "json").stdout
    )
    outputs = {
        "digest": stories,
        "whatsnew": briefing["stories"] + briefing["articles"],
        "events": near,
        "export": exported,
    }
    text = tmp_path / "strike.txt"
    text.write_text(
        "Two civilians were killed when a drone struck a car in Deir ez-Zor on Sunday.",
        encoding="utf-8",
    )
    [analyzed] = json.loads(after_demo("analyze", str(text), "--json").stdout)
    # a stored place has the keys `analyze --json` gives a place, but where it is written
    place_keys = set(analyzed["event_place"]) - {"start", "end"}
    for command, found in outputs.items():
        assert found, command
        for item in found:
            assert {"event_type", "sub_event_type", "killed", "injured", "event_place"} <= set(item)
            for place in [item["event_place"], *item["places"]]:
                if place is None:
                    continue
                assert set(place) == place_keys, command
                assert place["lat"] is not None and place["lon"] is not None, (command, place)
                assert isinstance(place["country"], str), (command, place)
    theban = next(a["event_place"] for a in near if a["event_place"]["name"] == "Theban")
    deir = analyzed["event_place"]
    assert (theban["lat"], theban["lon"], theban["approximate"]) == (deir["lat"], deir["lon"], True)
    for story in stories:
        if story["event_type"] is None:  # a situation report: no event, no figures
            assert story["killed"] is None and story["injured"] is None
            continue
        assert all(
            set(s["killed"]) == set(story["killed"]) == {"min", "exact"} for s in story["sources"]
        )


def test_json_and_csv_are_utf8_whatever_the_locale_says(after_demo: Newsbot) -> None:
    # a Windows pipe writes cp1252, which has no Arabic letters: the output failed midway
    windows = {**after_demo.env, "PYTHONIOENCODING": "cp1252"}
    for args in (
        ("digest", "--since", "1h", "--json"),
        ("export", "Deir ez-Zor", "--since", "3650d"),
        ("export", "Deir ez-Zor", "--since", "3650d", "--format", "json"),
        ("whatsnew", "Deir ez-Zor", "--since", "3650d", "--json"),
    ):
        result = subprocess.run(
            [sys.executable, "-m", "bot", *args], env=windows, capture_output=True, timeout=120
        )
        assert result.returncode == 0 and b"Traceback" not in result.stderr, args
        assert "دير الزور" in result.stdout.decode("utf-8"), args
    marked = subprocess.run(
        [sys.executable, "-m", "bot", "export", "Deir ez-Zor", "--since", "3650d", "--bom"],
        env=after_demo.env,
        capture_output=True,
        timeout=120,
    ).stdout
    assert marked.startswith("\ufeffpublished_at,".encode())
    assert not after_demo("export", "Deir ez-Zor", "--since", "3650d").stdout.startswith("\ufeff")


def test_events_takes_a_point_south_of_the_equator(after_demo: Newsbot) -> None:
    # Goma lies at 1.68 S: "-1.68,29.22" was read as an option "-1"
    for args in (
        ("-1.68,29.22", "--within", "50km"),
        ("--within", "50km", "-1.68,29.22"),
    ):
        found = json.loads(after_demo("events", *args, "--since", "3650d", "--json").stdout)
        assert {a["event_place"]["name"] for a in found} == {"Goma"}, args
    shown = after_demo("events", "-1.68,29.22", "--within", "50km", "--since", "3650d").stdout
    assert "within 50 km of -1.68,29.22" in shown
    wrong = after_demo("events", "Goma", "--withn", "50km", ok=False)
    assert wrong.returncode == 2 and "--withn" in wrong.stderr


def test_analyze_refuses_an_empty_text(newsbot: Newsbot, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text(" \n", encoding="utf-8")
    for args, stdin, where in (
        (("analyze", "-"), "", "standard input"),
        (("analyze", "--json"), "\n\n", "standard input"),
        (("analyze", str(empty)), None, str(empty)),
    ):
        result = newsbot(*args, ok=False, stdin=stdin)
        assert result.returncode == 1, args
        assert f"{where} is empty" in result.stderr and "Traceback" not in result.stderr
        assert "not conflict" not in result.stdout


def test_analyze_reads_a_file_saved_with_a_byte_order_mark(
    newsbot: Newsbot, tmp_path: Path
) -> None:
    # Windows editors start UTF-8 files with U+FEFF: it led the summary and moved every span
    text = "Hajin was shelled on Sunday, killing three civilians, local medics said.\r\n"
    marked = tmp_path / "notepad.txt"
    marked.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    [found] = json.loads(newsbot("analyze", str(marked), "--json").stdout)
    assert "\ufeff" not in found["summary"] and found["summary"].startswith("Hajin")
    hajin = found["places"][0]
    assert (hajin["name"], hajin["start"], hajin["end"]) == ("Hajin", 0, 5)


def test_help_says_what_each_option_takes(newsbot: Newsbot) -> None:
    events = newsbot("events", "--help").stdout
    assert "KM" in events and "DURATION" in events and "-1.68,29.22" in events
    for command in ("digest", "whatsnew", "events", "analyze"):
        shown = newsbot(command, "--help").stdout
        line = next(line for line in shown.splitlines() if "--json" in line)
        assert "<bool>" not in line, f"{command}: --json takes no value"
    export = newsbot("export", "--help").stdout
    assert "csv|json" in export and "--bom" in export
    refused = newsbot("export", "Goma", "--limit", "0", ok=False)
    assert refused.returncode == 2 and "--limit" in refused.stderr


def test_feeds_add_list_remove_and_refuse_what_is_not_http(newsbot: Newsbot) -> None:
    refused = newsbot("feeds", "add", "file:///etc/passwd", ok=False)
    assert refused.returncode == 1 and "http" in refused.stderr.lower()
    assert "Added feed 1" in newsbot("feeds", "add", "https://news.example/rss").stdout
    listed = json.loads(newsbot("feeds", "list", "--json").stdout)
    assert [(f["url"], f["full_text"]) for f in listed] == [("https://news.example/rss", "off")]
    assert "Full text for feed 1: auto" in newsbot("feeds", "fulltext", "1", "auto").stdout
    assert json.loads(newsbot("feeds", "list", "--json").stdout)[0]["full_text"] == "auto"
    assert newsbot("feeds", "fulltext", "1", "always", ok=False).returncode != 0
    assert newsbot("feeds", "fulltext", "9", "on", ok=False).returncode == 1
    newsbot("feeds", "remove", "1")
    assert json.loads(newsbot("feeds", "list", "--json").stdout) == []
    assert newsbot("feeds", "remove", "1", ok=False).returncode == 1


def test_analyze_explains_a_verdict_for_each_file(newsbot: Newsbot, tmp_path: Path) -> None:
    war = tmp_path / "war.txt"
    war.write_text(
        "Airstrikes hit the eastern city of Deir ez-Zor on Monday, killing at least 12 "
        "civilians, local medics said. Militants shelled government positions overnight. "
        "Thousands were displaced from nearby villages as fighting spread.",
        encoding="utf-8",
    )
    football = tmp_path / "football.txt"
    football.write_text(
        "The striker led the attack as Basra's club won the league derby 3-1 on Friday. "
        "Fans celebrated in the streets of Basra late into the night.",
        encoding="utf-8",
    )
    results = json.loads(newsbot("analyze", str(war), str(football), "--json").stdout)
    assert [r["input"] for r in results] == [str(war), str(football)]
    assert results[0]["relevance"]["is_conflict"] and results[0]["relevance"]["terms"]
    assert not results[1]["relevance"]["is_conflict"]
    deir = results[0]["places"][0]
    assert (deir["as_written"], deir["geonameid"], deir["country_code"]) == (
        "Deir ez-Zor",
        170794,
        "SY",
    )
    assert (deir["lat"], deir["lon"]) == (35.33588, 40.14084)
    assert [(m["start"], m["as_written"]) for m in deir["mentions"]] == [(35, "Deir ez-Zor")]
    assert [p["key"] for p in deir["parents"]] == [
        "cfg:deir-ez-zor-governorate",
        "cc:SY",
        "cfg:middle-east",
        "cfg:levant",
    ]
    assert results[0]["summary"]
    piped = newsbot("analyze", "-", stdin=war.read_text(encoding="utf-8"))
    assert "conflict" in piped.stdout and "Deir ez-Zor" in piped.stdout


def test_analyze_refuses_piped_bytes_that_are_not_utf8(newsbot: Newsbot) -> None:
    # Under the C locale Python reads stdin with surrogateescape: bad bytes got through.
    result = subprocess.run(
        [sys.executable, "-m", "bot", "analyze", "-"],
        env={**newsbot.env, "LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "1"},
        input=b"\xff\xfeShelling hit the town\n",
        capture_output=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert b"cannot read -" in result.stderr + result.stdout
    assert b"Traceback" not in result.stderr


def test_analyze_tells_the_language_of_each_text(newsbot: Newsbot, tmp_path: Path) -> None:
    french = tmp_path / "fr.txt"
    french.write_text(
        "Au moins six civils ont été tués mardi lors de tirs d'obus sur un marché de Goma, "
        "selon les autorités locales.",
        encoding="utf-8",
    )
    english = tmp_path / "en.txt"
    english.write_text(
        "Two workers were killed when a drone struck a fuel depot near Kharkiv overnight.",
        encoding="utf-8",
    )
    results = json.loads(newsbot("analyze", str(french), str(english), "--json").stdout)
    assert [r["language"] for r in results] == ["fr", "en"]
    shown = newsbot("analyze", str(french), str(english)).stdout
    assert "· French" in shown and "English" not in shown


def test_analyze_gives_the_event_and_its_toll(newsbot: Newsbot, tmp_path: Path) -> None:
    strike = tmp_path / "strike.txt"
    strike.write_text(
        "Airstrikes hit the eastern city of Deir ez-Zor on Monday, killing at least 12 "
        "civilians, local medics said. The war has killed hundreds of thousands since 2011.",
        encoding="utf-8",
    )
    football = tmp_path / "football.txt"
    football.write_text("The home side won the derby 3-1 on Friday.", encoding="utf-8")
    event, other = json.loads(newsbot("analyze", str(strike), str(football), "--json").stdout)
    assert (event["event_type"], event["sub_event_type"]) == (
        "Explosions/Remote violence",
        "Air/drone strike",
    )
    assert event["killed"] == {"min": 12, "exact": False, "as_written": "killing at least 12"}
    assert event["injured"] == {"min": None, "exact": False, "as_written": ""}
    assert (event["event_place"]["name"], event["event_place"]["country_code"]) == (
        "Deir ez-Zor",
        "SY",
    )
    assert [other[k] for k in ("event_type", "sub_event_type", "killed", "event_place")] == [
        None
    ] * 4
    piped = newsbot("analyze", "-", stdin=strike.read_text(encoding="utf-8"))
    assert "Air/drone strike · Deir ez-Zor, Syria · at least 12 killed" in piped.stdout


def test_poll_reports_failures_and_run_stops_cleanly_on_sigterm(
    newsbot: Newsbot, feed_server: FeedServer
) -> None:
    body = (Path(__file__).parents[1] / "bot" / "runtime" / "samples" / "meridian.xml").read_bytes()
    newsbot("feeds", "add", feed_server.add_feed("/m.xml", body))
    newsbot("feeds", "add", feed_server.add_status("/down", 500))
    out = newsbot("poll").stdout
    assert "Polled 2 feeds" in out and "1 failed" in out and "HTTP 500" in out
    listed = newsbot("feeds", "list").stdout
    assert "failing" in listed and "HTTP 500" in listed

    newsbot("feeds", "add", feed_server.add_feed("/new.xml"))
    # a feed trickling for minutes: stopping must not wait for it
    newsbot("feeds", "add", feed_server.add_slow("/trickle.xml", body, 0.05))
    newsbot.env["NEWSBOT_FETCH_TOTAL_TIMEOUT"] = "600"
    process = newsbot.popen("run")
    try:
        deadline = time.monotonic() + 60
        while feed_server.hits("/trickle.xml") == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert "Stopped." in out
    assert feed_server.hits("/new.xml") == 1 and feed_server.hits("/m.xml") == 1
    listed = json.loads(newsbot("feeds", "list", "--json").stdout)
    trickle = next(f for f in listed if f["url"].endswith("/trickle.xml"))
    assert trickle["last_polled_at"] is None, "the interrupted feed stays due"


def test_db_upgrade_migrates_a_new_database(newsbot: Newsbot, database_url: str) -> None:
    assert "up to date" in newsbot("db", "upgrade").stdout
    assert Store(make_engine(database_url)).not_ready() is None
    assert "up to date" in newsbot("db", "upgrade").stdout, "running it again is harmless"


def test_logs_are_json_lines_on_request(newsbot: Newsbot) -> None:
    newsbot.env["NEWSBOT_LOG_FORMAT"] = "json"
    result = newsbot("-v", "feeds", "list")
    lines = [json.loads(line) for line in result.stderr.splitlines() if line.strip()]
    assert lines and all({"time", "level", "logger", "message"} <= set(line) for line in lines)


def _whatsnew_apart(after_demo: Newsbot, spied: str, heavy: tuple[str, ...]) -> str:
    """`whatsnew Deir ez-Zor` in a fresh process, counting the calls of `spied` (module.name,
    printed after "CALLS") and listing the `heavy` modules it imported (after "HEAVY")."""
    module, name = spied.rsplit(".", 1)
    script = (
        "import sys\n"
        f"import {module} as spied\n"
        f"calls, real = [], spied.{name}\n"
        f"spied.{name} = lambda *a, **k: calls.append(1) or real(*a, **k)\n"
        "from bot.cli import main\n"
        "sys.argv = ['newsbot', 'whatsnew', 'Deir ez-Zor']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('CALLS', len(calls))\n"
        f"print('HEAVY', sorted(m for m in {heavy!r} if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], env=after_demo.env, capture_output=True, text=True
    )
    assert "Deir ez-Zor" in result.stdout
    return result.stdout


def test_a_place_question_loads_no_summarizer_or_science_stack(after_demo: Newsbot) -> None:
    """`whatsnew` answers without importing NLTK, SciPy or scikit-learn (seconds and about
    150 MB that only summarizing or a bench needs), and without compiling the tagger's
    automaton (a query is looked up by name, not tagged)."""
    out = _whatsnew_apart(
        after_demo,
        "bot.understand.places.gazetteer.AhoCorasick",
        ("nltk", "scipy", "sklearn", "datasketch"),
    )
    assert "CALLS 0" in out
    assert out.rstrip().endswith("HEAVY []")


def test_a_place_question_loads_no_migrations_ingest_slack_or_whole_gazetteer(
    after_demo: Newsbot,
) -> None:
    """A terminal question about a place imports neither Alembic (the store is current),
    the HTTP client, feed parsing and page extraction of ingest, the Slack libraries,
    numpy (only fingerprints and single-article summaries need it), the metrics of the
    serving processes, the polling progress bar nor the Public Suffix List (a story's
    outlets were worked out at ingest), and reads the gazetteer's name index instead of
    unpickling the gazetteer."""
    heavy = ("alembic", "aiohttp", "feedparser", "trafilatura", "slack_bolt", "slack_sdk")
    heavy += ("apscheduler", "py3langid", "numpy", "prometheus_client", "rich.progress")
    heavy += ("tld", "requests")
    out = _whatsnew_apart(after_demo, "bot.understand.places.build.load_gazetteer", heavy)
    assert "CALLS 0" in out
    assert out.rstrip().endswith("HEAVY []")


def test_a_place_question_loads_neither_the_gazetteer_builder_nor_unused_dialects(
    after_demo: Newsbot,
) -> None:
    """A terminal question about a place reads the gazetteer's index without importing its
    builder (GeoNames readers, inflections, babel's locale data), names the languages of
    articles without babel, and on SQLite loads no PostgreSQL dialect."""
    heavy = ("bot.understand.places.build", "bot.understand.places.inflect", "babel")
    heavy += ("bot.understand.places.unlisted",)
    if POSTGRES_URL is None:  # on PostgreSQL its dialect is the one the question uses
        heavy += ("sqlalchemy.dialects.postgresql",)
    out = _whatsnew_apart(after_demo, "bot.understand.places.index.load_place_index", heavy)
    assert "CALLS 1" in out
    assert out.rstrip().endswith("HEAVY []")


def test_a_place_question_loads_no_story_matching_or_event_reading(after_demo: Newsbot) -> None:
    """A terminal question about a place reads stored stories and events: it imports
    neither the storing of a poll nor what it needs (story keys, anchors, the event and
    incident-day readers), which only polling runs."""
    heavy = ("bot.storage.saving", "bot.storage.stories", "bot.understand.stories")
    heavy += ("bot.understand.anchors", "bot.understand.events.rules")
    heavy += ("bot.understand.events.numbers", "bot.understand.incident")
    out = _whatsnew_apart(after_demo, "bot.understand.places.index.load_place_index", heavy)
    assert "CALLS 1" in out
    assert out.rstrip().endswith("HEAVY []")


def test_a_place_question_it_names_exactly_loads_no_fuzzy_matching_or_text_cleaning(
    after_demo: Newsbot,
) -> None:
    """A place the question names exactly is answered without rapidfuzz (only a misspelt
    name's suggestions or a Ukrainian name's old-name check compare spellings) and without
    the article cleaner (a briefing combines stored summaries; only ingest cleans a text)."""
    heavy = ("rapidfuzz", "bot.understand.summary.clean")
    out = _whatsnew_apart(after_demo, "bot.understand.places.index.load_place_index", heavy)
    assert "CALLS 1" in out
    assert out.rstrip().endswith("HEAVY []")


@pytest.fixture
def with_incidents(newsbot: Newsbot, database_url: str) -> Newsbot:
    """Kharkiv with a strike two outlets reported two days ago (at midday, so both reports
    fall on that day whatever the hour now) and a clash at midday a week before it (so the
    two fall in different weeks whatever the weekday now)."""
    store = Store.open(database_url)
    now = utcnow()
    midday = datetime.combine(now.date() - timedelta(days=2), clock_time(12), tzinfo=UTC)
    for n, report in enumerate(STRIKE):
        save(store, report, midday - timedelta(minutes=40 * n))
    save(store, CLASH, midday - timedelta(days=7), "Battles")
    store.close()
    return newsbot


def test_whatsnew_charts_the_last_30_days_under_the_briefing(with_incidents: Newsbot) -> None:
    lines = with_incidents("whatsnew", "Kharkiv").stdout.splitlines()
    assert any(line.startswith("Incidents per day") for line in lines)
    strikes = next(line for line in lines if "Explosions/Remote violence" in line)
    spark = strikes.split()[-2]
    assert len(spark) == 30 and set(spark) <= set("▁▂▃▄▅▆▇█") and spark[-3] == "█"
    assert strikes.endswith(" 1")
    assert next(line for line in lines if "Battles" in line).endswith(" 1")
    killed = next(line for line in lines if line.startswith("Killed per week"))
    assert " 5" in killed and " 2" in killed  # the strike's highest figure, the clash's
    data = json.loads(with_incidents("whatsnew", "Kharkiv", "--json").stdout)
    activity = data["activity"]
    assert len(activity["days"]) == 30
    assert {k: sum(v) for k, v in activity["incidents"].items()} == {
        "Battles": 1,
        "Explosions/Remote violence": 1,
    }
    assert sum(activity["killed_per_week"]) == 7


def test_a_place_question_in_the_terminal_never_imports_matplotlib(
    with_incidents: Newsbot,
) -> None:
    """Only the Slack picture draws: the terminal chart is text, and pays no plotting import."""
    script = (
        "import sys\n"
        "from bot.cli import main\n"
        "sys.argv = ['newsbot', 'whatsnew', 'Kharkiv']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('PLOTTING', 'matplotlib' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], env=with_incidents.env, capture_output=True, text=True
    )
    assert "Killed per week" in result.stdout
    assert result.stdout.rstrip().endswith("PLOTTING False")


def test_piped_output_keeps_urls_and_titles_whole_whatever_the_width(
    tmp_path: Path, database_url: str
) -> None:
    newsbot = Newsbot(tmp_path, database_url)
    del newsbot.env["COLUMNS"]  # a pipe, as `newsbot feeds list | grep` gives it
    url = "https://a-very-long-host-name.news.example/feeds/world/middle-east/syria/deir-ez-zor.rss"
    assert len(url) > 80
    newsbot("feeds", "add", url)
    listed = newsbot("feeds", "list").stdout
    assert any(url in line for line in listed.splitlines()), "the whole URL on one line"
    assert "…" not in listed
    out = newsbot("demo").stdout
    lines = out.splitlines()
    briefing = json.loads(newsbot("whatsnew", "Deir ez-Zor", "--since", "3650d", "--json").stdout)
    assert briefing["articles"], "the demo briefs Deir ez-Zor"
    for article in briefing["articles"]:
        assert any(article["title"] in line for line in lines), article["title"]
        assert any(article["summary"] in line for line in lines) or not article["summary"]
    assert "…" not in out


def _rss(items: list[tuple[str, str]]) -> bytes:
    entries = "".join(
        f"<item><title>{title}</title><link>http://example.org/{i}</link>"
        f"<guid>http://example.org/{i}</guid><description>{text}</description>"
        "<pubDate>Fri, 04 Dec 2026 08:00:00 GMT</pubDate></item>"
        for i, (title, text) in enumerate(items)
    )
    channel = f"<channel><title>t</title>{entries}</channel>"
    return f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'.encode()


def test_whatsnew_on_a_region_above_countries_covers_its_countries(
    newsbot: Newsbot, feed_server: FeedServer
) -> None:
    body = _rss(
        [
            (
                "Shelling kills four in Idlib",
                "Government shelling killed four civilians in Idlib on Thursday, rescuers said, "
                "as fighting with armed groups continued in the northwest.",
            ),
            (
                "Gunmen attack army post near Gao",
                "Gunmen attacked an army post near Gao, killing three soldiers, officials said. "
                "The militants fled after a two-hour gun battle.",
            ),
        ]
    )
    newsbot("feeds", "add", feed_server.add_feed("/regions.xml", body))
    newsbot("poll")
    for region in ("Middle East", "Levant"):
        data = json.loads(newsbot("whatsnew", region, "--since", "3650d", "--json").stdout)
        titles = {a["title"] for a in data["articles"]}
        assert titles == {"Shelling kills four in Idlib"}, region
    sahel = json.loads(newsbot("whatsnew", "Sahel", "--since", "3650d", "--json").stdout)
    assert {a["title"] for a in sahel["articles"]} == {"Gunmen attack army post near Gao"}
    shown = newsbot("whatsnew", "Middle East", "--since", "3650d").stdout
    assert "What's new: Middle East (region)" in shown


def test_whatsnew_on_a_sea_finds_its_ship_attacks_and_a_city_named_in_a_gulf_does_not(
    newsbot: Newsbot, feed_server: FeedServer
) -> None:
    body = _rss(
        [
            (
                "Missiles hit container ship in the Red Sea",
                "Houthi rebels fired two anti-ship missiles at a container ship in the Red Sea "
                "on Thursday, setting it on fire and wounding three sailors, the navy said.",
            ),
            (
                "Drone strikes tanker in the Gulf of Aden",
                "A drone struck an oil tanker in the Gulf of Aden on Thursday, killing one "
                "crew member, a maritime security agency said.",
            ),
            (
                "Airstrike kills two at Aden port",
                "An airstrike hit the port of Aden on Thursday, killing two dock workers and "
                "wounding five, local officials said.",
            ),
        ]
    )
    newsbot("feeds", "add", feed_server.add_feed("/seas.xml", body))
    newsbot("poll")

    def titles(place: str) -> set[str]:
        data = json.loads(newsbot("whatsnew", place, "--since", "3650d", "--json").stdout)
        return {a["title"] for a in data["articles"]}

    assert titles("Red Sea") == {"Missiles hit container ship in the Red Sea"}
    assert titles("Gulf of Aden") == {"Drone strikes tanker in the Gulf of Aden"}
    assert titles("Aden") == {"Airstrike kills two at Aden port"}, "the gulf is not the city"
    assert "Missiles hit container ship in the Red Sea" not in titles("Yemen")
    shown = newsbot("whatsnew", "Red Sea", "--since", "3650d").stdout
    assert "What's new: Red Sea (sea)" in shown


def test_export_keeps_old_articles_with_the_dates_their_feeds_gave(after_demo: Newsbot) -> None:
    """The demo's feeds carry last month's items: never pushed as news, they are still
    exported, each with the date its feed gave, not the day the bot first saw it."""
    dated = {
        entry.title: datetime(*entry.published_parsed[:6], tzinfo=UTC)
        for sample in (Path(demo.__file__).parent / "samples").glob("*.xml")
        for entry in feedparser.parse(sample.read_bytes()).entries
        if entry.get("published_parsed")
    }
    rows = json.loads(
        after_demo("export", "Deir ez-Zor", "--since", "3650d", "--format", "json").stdout
    )
    assert len(rows) >= 4
    for row in rows:
        assert datetime.fromisoformat(row["published_at"]) == dated[row["title"]]
    assert all(utcnow() - dated[row["title"]] > timedelta(days=2) for row in rows)


def test_export_shows_the_summaries_ingest_no_longer_makes(
    after_demo: Newsbot, database_url: str, tmp_path: Path
) -> None:
    """Ingest summarizes conflict articles alone (nothing else shows another's summary);
    `export`, which lists every article naming the place, makes the summary of one that is
    not conflict from its stored text: what `analyze` says of that text, and the same CSV
    and JSON as from a store that kept it (one written before)."""
    command = ("export", "Iraq", "--since", "3650d")
    exported = after_demo(*command, "--format", "json").stdout
    table = after_demo(*command).stdout
    others = [story for story in json.loads(exported) if not story["is_conflict"]]
    assert len(others) >= 2, "the demo's league derby and the returns to Sinjar"
    engine = make_engine(database_url)
    with engine.begin() as conn:
        stored = {
            row.link: row
            for row in conn.execute(
                select(
                    articles.c.id,
                    articles.c.link,
                    articles.c.text,
                    articles.c.feed_summary,
                    articles.c.summary,
                )
            )
        }
        for story in others:
            row = stored[story["link"]]
            assert row.summary == "", "ingest made no summary for it"
            text = tmp_path / f"{row.id}.txt"
            text.write_text(row.text or row.feed_summary, encoding="utf-8")
            [analyzed] = json.loads(after_demo("analyze", str(text), "--json").stdout)
            assert story["summary"] == analyzed["summary"] != ""
            conn.execute(
                update(articles).where(articles.c.id == row.id).values(summary=story["summary"])
            )
    engine.dispose()
    assert after_demo(*command, "--format", "json").stdout == exported
    assert after_demo(*command).stdout == table


def test_places_show_the_names_english_news_uses_and_keep_their_keys(
    newsbot: Newsbot, feed_server: FeedServer, database_url: str
) -> None:
    body = _rss(
        [
            (
                "Air strike kills four in Hajin",
                "An air strike killed four people in Hajin on Tuesday night, local activists "
                "said, as coalition jets kept up their raids along the Euphrates.",
            )
        ]
    )
    newsbot("feeds", "add", feed_server.add_feed("/names.xml", body))
    newsbot("poll")
    shown = newsbot("whatsnew", "Hajīn", "--since", "3650d").stdout
    assert "What's new: Hajin (city, Syria)" in shown
    assert "Hajīn" not in shown, "GeoNames' romanisation is no name a reader searches for"
    for spelling in ("Hajin", "Hajīn"):
        data = json.loads(newsbot("whatsnew", spelling, "--since", "3650d", "--json").stdout)
        assert data["place"]["name"] == "Hajin"
        assert data["place"]["key"] == "gn:174506"
        stored = [p for a in data["articles"] for p in a["places"] if p["key"] == "gn:174506"]
        assert stored and {p["name"] for p in stored} == {"Hajin"}
    # a row stored before names were shown plain keeps its key and shows the plain name
    engine = make_engine(database_url)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE article_places SET name = 'Hajīn' WHERE place_key = 'gn:174506'"
        )
    engine.dispose()
    data = json.loads(newsbot("whatsnew", "Hajin", "--since", "3650d", "--json").stdout)
    stored = [p for a in data["articles"] for p in a["places"] if p["key"] == "gn:174506"]
    assert stored and {p["name"] for p in stored} == {"Hajin"}
    rows = list(csv.DictReader(io.StringIO(newsbot("export", "Hajin", "--since", "3650d").stdout)))
    assert rows and all("Hajin" in row["places"] for row in rows)


def _outlet_rss(outlet: str, items: list[tuple[str, str, str]], before: datetime) -> bytes:
    """An RSS feed of one outlet (its site `http://OUTLET/`): (title, text, hours before
    `before`) items, dated that long before it."""
    entries = ""
    for i, (title, text, hours_ago) in enumerate(items):
        date = before - timedelta(hours=float(hours_ago))
        entries += (
            f"<item><title>{title}</title><link>http://{outlet}/{i}</link>"
            f"<guid>http://{outlet}/{i}</guid><description>{text}</description>"
            f"<pubDate>{date:%a, %d %b %Y %H:%M:%S GMT}</pubDate></item>"
        )
    channel = f"<channel><title>{outlet}</title><link>http://{outlet}/</link>{entries}</channel>"
    return f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'.encode()


@pytest.fixture
def strikes_near_azaz(newsbot: Newsbot, feed_server: FeedServer) -> Newsbot:
    """Two outlets' reports of one drone strike on Tal Refaat (13 km from Azaz, named by a
    spelling the gazetteer keeps among Tall Rifat's other names), one outlet's report of
    shelling in Manbij (81 km from Azaz), older; all dated yesterday morning, so that both
    reports' "on Tuesday" name one day whatever the hour the test runs."""
    noon = datetime.combine(utcnow().date() - timedelta(days=1), clock_time(12), tzinfo=UTC)
    herald = _outlet_rss(
        "herald.example",
        [
            (
                "Drone strike kills three at Tal Refaat market",
                "A drone strike hit the crowded market of Tal Refaat on Tuesday morning, "
                "killing three civilians and wounding seven, medics in the town said.",
                "3",
            ),
            (
                "Shelling kills two in Manbij",
                "Rebel artillery hit a residential street in Manbij on Monday evening, killing "
                "two people and injuring five, hospital staff told reporters.",
                "6",
            ),
        ],
        noon,
    )
    courier = _outlet_rss(
        "courier.example",
        [
            (
                "Drone attack on Tal Refaat market kills five",
                "Five civilians were killed and seven wounded when a drone struck the market "
                "of Tal Refaat on Tuesday morning, a local rescue group said.",
                "2",
            ),
        ],
        noon,
    )
    for path, body in (("/courier.xml", courier), ("/herald.xml", herald)):
        newsbot("feeds", "add", feed_server.add_feed(path, body))
        newsbot("poll")  # one feed a pass: the same order every run
    return newsbot


def test_events_lists_one_incident_per_story_with_its_distance_outlets_and_link(
    strikes_near_azaz: Newsbot,
) -> None:
    newsbot = strikes_near_azaz
    [strike] = json.loads(newsbot("events", "Azaz", "--within", "30km", "--json").stdout)
    assert strike["sub_event_type"] == "Air/drone strike"
    assert strike["event_place"]["name"] == "Tall Rifat"
    assert strike["source_count"] == 2, "two outlets' reports of one strike: one incident"
    assert {s["outlet"] for s in strike["sources"]} == {"herald.example", "courier.example"}
    assert all(s["link"] for s in strike["sources"])
    assert 12 <= strike["distance_km"] <= 15 and strike["bearing"] == "S"
    assert strike["killed"] == {"min": 5, "exact": True}, "the story's highest figure"

    lines = newsbot("events", "Azaz", "--within", "30km").stdout.splitlines()
    assert "1 incident within 30 km of Izaz, Syria" in lines[1]
    [line] = [x for x in lines if "Air/drone strike" in x]
    assert "· 13 km S ·" in line
    assert "Explosions/Remote violence: Air/drone strike · Tall Rifat, Aleppo, Syria ·" in line
    assert "5 killed (courier.example)" in line and "2 outlets" in line
    assert line.endswith("· http://courier.example/0"), "the link of the report of the toll"
    assert "Manbij" not in "\n".join(lines), "81 km away: not within 30 km"


def test_events_sorts_newest_first_or_nearest_first(strikes_near_azaz: Newsbot) -> None:
    newsbot = strikes_near_azaz
    wide = json.loads(newsbot("events", "Azaz", "--within", "100km", "--json").stdout)
    assert [i["event_place"]["name"] for i in wide] == ["Tall Rifat", "Manbij"], "newest first"
    assert 78 <= wide[1]["distance_km"] <= 85 and wide[1]["bearing"] == "E"
    assert wide[0]["first_reported_at"] > wide[1]["first_reported_at"]
    # a point a little north of Azaz: the strike lies south, Manbij east
    around = newsbot("events", "36.59,37.04", "--within", "100km").stdout.splitlines()
    assert [x.split(" · ")[1] for x in around[3:]] == ["14 km S", "82 km E"]
    nearest = newsbot("events", "Manbij", "--within", "100km", "--sort", "distance").stdout
    shown = nearest.splitlines()[3:]
    assert "· Manbij, Aleppo, Syria ·" in shown[0], "nearest first"
    assert "· Tall Rifat, Aleppo, Syria ·" in shown[1]
    wrong = newsbot("events", "Azaz", "--sort", "size", ok=False)
    assert wrong.returncode == 2 and "--sort" in wrong.stderr
