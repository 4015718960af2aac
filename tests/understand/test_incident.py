"""The incident's day, read from the headline and lead against the publication date."""

from __future__ import annotations

import re
from datetime import date

from bot.understand.incident import incident_day

FRIDAY = date(2026, 11, 20)


def test_yesterday_and_today_count_from_the_publication_day() -> None:
    assert incident_day(
        "Shelling hits market", "Shells struck the market yesterday.", FRIDAY, FRIDAY
    ) == date(2026, 11, 19)
    assert (
        incident_day("Blast in port town", "A car bomb exploded this morning.", FRIDAY, FRIDAY)
        == FRIDAY
    )


def test_a_weekday_is_the_last_one_on_or_before_the_report() -> None:
    text = "Drones struck the depot on Tuesday, officials said."
    assert incident_day("Depot hit", text, FRIDAY, FRIDAY) == date(2026, 11, 17)
    assert incident_day("Depot hit", "The depot was struck on Friday.", FRIDAY, FRIDAY) == FRIDAY


def test_a_date_with_or_without_its_year() -> None:
    assert incident_day("Camp shelled on 18 November", "", FRIDAY, FRIDAY) == date(2026, 11, 18)
    assert incident_day(
        "Strike", "The strike came on Nov. 19, 2026, at dawn.", FRIDAY, FRIDAY
    ) == date(2026, 11, 19)
    january = date(2027, 1, 2)
    assert incident_day("Strike on Dec. 31", "", january, january) == date(2026, 12, 31)


def test_the_headline_dates_the_incident_before_the_lead() -> None:
    title = "Convoy ambushed on Wednesday"
    assert incident_day(title, "Gunmen attacked a convoy yesterday.", FRIDAY, FRIDAY) == date(
        2026, 11, 18
    )


def test_a_date_more_than_a_week_back_is_background_and_passed_over() -> None:
    text = "Since the siege began on 2 October the town was shelled. On Thursday a school was hit."
    assert incident_day("School hit", text, FRIDAY, FRIDAY) == date(2026, 11, 19)
    assert incident_day("School hit", "The siege began on 2 October.", FRIDAY, FRIDAY) is None


def test_without_a_publication_date_only_weekdays_and_dates_are_read() -> None:
    saturday = date(2026, 11, 21)
    assert (
        incident_day("Market shelled", "Shells hit the market yesterday.", None, saturday) is None
    )
    assert incident_day("Market shelled", "Shells hit it on Thursday.", None, saturday) == date(
        2026, 11, 19
    )


def test_french_weekdays_dates_and_relative_words() -> None:
    assert incident_day(
        "Frappe sur un marché", "Une frappe a touché le marché mardi.", FRIDAY, FRIDAY
    ) == date(2026, 11, 17)
    assert incident_day("Attaque le 18 novembre", "", FRIDAY, FRIDAY) == date(2026, 11, 18)
    assert incident_day(
        "Attaque", "Des hommes armés ont attaqué hier un poste.", FRIDAY, FRIDAY
    ) == date(2026, 11, 19)


def test_only_the_lead_is_read() -> None:
    text = " ".join(["word"] * 80) + " It happened on Tuesday."
    assert incident_day("Nothing dated", text, FRIDAY, FRIDAY) is None


def test_weekdays_and_dates_in_the_reports_own_language() -> None:
    monday = date(2026, 11, 16)
    assert (
        incident_day("Kiev", "Lunedì mattina la capitale è stata colpita.", None, FRIDAY, "it")
        == monday
    )
    assert incident_day(
        "x", "Ein Angriff am 18. November traf den Markt.", None, FRIDAY, "de"
    ) == date(2026, 11, 18)
    assert incident_day("x", "Miercuri, 18 noiembrie 2026, un atac.", None, FRIDAY, "ro") == date(
        2026, 11, 18
    )
    assert incident_day("x", "El ataque del 18 de noviembre de 2026.", None, FRIDAY, "es") == date(
        2026, 11, 18
    )
    assert incident_day("x", "Atak w środę na rynek.", None, FRIDAY, "pl") == date(2026, 11, 18)
    assert incident_day("x", "Napad u srijedu na tržnicu.", None, FRIDAY, "bs") == date(
        2026, 11, 18
    )
    assert incident_day("x", "Удар был нанесён в среду.", None, FRIDAY, "ru") == date(2026, 11, 18)
    assert incident_day("x", "Удар завдали у середу.", None, FRIDAY, "uk") == date(2026, 11, 18)


def test_a_languages_words_for_yesterday_count_from_the_publication_day() -> None:
    assert incident_day("x", "Il mercato è stato colpito ieri.", FRIDAY, FRIDAY, "it") == date(
        2026, 11, 19
    )
    assert incident_day("x", "Il mercato è stato colpito ieri.", None, FRIDAY, "it") is None


def test_a_languages_words_are_read_only_in_its_own_text() -> None:
    text = "Protesters marched in Santo Domingo as the strike on the port was reported."
    assert incident_day("Port hit", text, FRIDAY, FRIDAY, "en") is None
    assert incident_day("Port hit", text, FRIDAY, FRIDAY, "es") == date(2026, 11, 15)
    # a Russian weekday only after its preposition: "среда" alone is also "a medium"
    assert incident_day("x", "Окружающая среда пострадала.", None, FRIDAY, "ru") is None
    # Romanian "luni" is also "months"
    assert incident_day("x", "Asediul durează de două luni.", None, FRIDAY, "ro") is None


def test_a_day_right_after_an_events_noun_dates_the_incident_over_an_earlier_one() -> None:
    monday = date(2026, 11, 16)
    text = (
        "Leaders visited on Sunday the market where a shell landed after an attack on "
        "Saturday, killing nine."
    )
    assert incident_day("Mourners gather", text, monday, monday) == date(2026, 11, 14)
    plain = "Leaders visited on Sunday the market where a shell landed on Saturday."
    assert incident_day("Mourners gather", plain, monday, monday) == date(2026, 11, 15)
    # the headline's day still comes before the lead's
    assert incident_day("Market shelled on Sunday", text, monday, monday) == date(2026, 11, 15)


def test_a_day_owning_an_events_noun_dates_the_incident_over_an_earlier_one() -> None:
    tuesday = date(2026, 11, 17)
    text = (
        "On Monday, crews sifted through the rubble. The toll from Saturday's missile strike "
        "rose to 40."
    )
    assert incident_day("Rescue goes on", text, tuesday, tuesday) == date(2026, 11, 14)
    plain = "On Monday, crews sifted through the rubble. Saturday's storm slowed them."
    assert incident_day("Rescue goes on", plain, tuesday, tuesday) == date(2026, 11, 16)
    owned = "Crews today searched the site of yesterday's bombing."
    assert incident_day("Rescue goes on", owned, tuesday, tuesday) == date(2026, 11, 16)


def test_the_lower_cased_reading_finds_what_ignoring_case_finds() -> None:
    """English and French dates are read in the lower-cased text (`_LOWER_EXPRESSION`): every
    character that `re` matches, ignoring case, to a letter outside ASCII of the expression
    lower-cases to that letter, so only the `CASE_FELLOWS` (read ignoring case) are apart."""
    from bot.understand.incident import _EXPRESSION, _LOWER_EXPRESSION

    letters = {c for c in _EXPRESSION.pattern if c.isalpha() and not c.isascii()}
    assert letters
    either_case = re.compile(f"[{''.join(letters)}]", re.IGNORECASE)
    apart = [
        hex(code)
        for code in range(0x110000)
        if not 0xD800 <= code <= 0xDFFF
        and either_case.fullmatch(chr(code))
        and chr(code).lower() not in letters
    ]
    assert apart == []
    for told in (
        "SHELLING ON TUESDAY KILLS TWO",
        "Camp shelled on 18 NOVEMBER, 2026 and again Yesterday",
        "Frappe le 1er DÉCEMBRE près de la ville, AUJOURD’HUI",
        "Sept. 17: Drones struck This Morning",
    ):
        lowered = [(m.span(), m.group().lower()) for m in _LOWER_EXPRESSION.finditer(told.lower())]
        assert lowered == [(m.span(), m.group().lower()) for m in _EXPRESSION.finditer(told)]
        assert lowered


def test_letters_that_match_ascii_ignoring_case_date_the_incident_without_failing() -> None:
    """Old-style long s, Turkish dotted and dotless i and the Kelvin sign match ASCII letters
    when case is ignored; a report writing its day with one is read, not an error."""
    assert incident_day("Depot hit", "Drones struck on Tueſday.", FRIDAY, FRIDAY) == date(
        2026, 11, 17
    )
    assert incident_day("Blast", "Shells fell yeſterday.", FRIDAY, FRIDAY) == date(2026, 11, 19)
    for written in ("FRİDAY", "frıday"):
        assert incident_day("Camp raided", f"It was raided on {written}.", FRIDAY, FRIDAY) == FRIDAY
    assert incident_day("Frappe", "Une frappe le ſamedi 14 novembre.", FRIDAY, FRIDAY, "fr") == (
        date(2026, 11, 14)
    )


def test_a_day_dating_a_statement_gives_way_to_the_incidents() -> None:
    published = date(2026, 11, 20)  # a Friday
    ukrainian = (
        "Кількість загиблих від удару по Сумах зросла до 9. Про це 20 листопада повідомив "
        "голова ОВА. Нагадаємо, 18 листопада ракета влучила в житловий будинок."
    )
    assert incident_day("", ukrainian, published, published, "uk") == date(2026, 11, 18)
    russian = "Об этом 20 ноября сообщил губернатор. 19 ноября беспилотник атаковал село."
    assert incident_day("", russian, published, published, "ru") == date(2026, 11, 19)
    english = "The governor said on Friday that a missile hit the port on Wednesday."
    assert incident_day("", english, published, published, "en") == date(2026, 11, 18)


def test_a_day_dating_a_statement_is_taken_when_no_other_is_given() -> None:
    published = date(2026, 11, 20)
    text = "A drone killed two people in Sumy, the governor said on Thursday."
    assert incident_day("", text, published, published, "en") == date(2026, 11, 19)
    assert incident_day(
        "", "Про це 19 листопада повідомив голова ОВА.", published, published, "uk"
    ) == date(2026, 11, 19)


def test_weekdays_of_languages_without_event_rules() -> None:
    wednesday, sunday = date(2026, 11, 18), date(2026, 11, 15)
    greek = "Πύραυλος έπληξε ξενοδοχείο αργά το βράδυ της Τετάρτης, με τρεις νεκρούς."
    assert incident_day("x", greek, FRIDAY, FRIDAY, "el") == wednesday
    bulgarian = "Ракета удари жилищен блок в сряда вечерта, загинаха трима души."
    assert incident_day("x", bulgarian, FRIDAY, FRIDAY, "bg") == wednesday
    albanian = "Tre persona u vranë të dielën në një sulm me dron mbi qytetin."
    assert incident_day("x", albanian, FRIDAY, FRIDAY, "sq") == sunday
    indonesian = "Serangan rudal pada hari Minggu menewaskan tiga orang di kota itu."
    assert incident_day("x", indonesian, None, FRIDAY, "id") == sunday


def test_a_weekday_that_is_also_another_word_is_not_read() -> None:
    # Greek "τρίτη" is Tuesday and "third"; Indonesian "minggu" is Sunday and "week"
    greek = "Για τρίτη φορά μέσα σε μια εβδομάδα, πύραυλος έπληξε την πόλη."
    assert incident_day("x", greek, FRIDAY, FRIDAY, "el") is None
    indonesian = "Serangan rudal minggu lalu menewaskan tiga orang di kota itu."
    assert incident_day("x", indonesian, FRIDAY, FRIDAY, "id") is None
