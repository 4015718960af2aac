"""Russian and Ukrainian regional reports, a third pass (issue 18): a front's list of villages
after "у районах" in the genitive, named by their nominatives; "Мирный житель" (a civilian)
is no town. Sentences of our own."""

from __future__ import annotations

from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer
from tests.support.places import names_in_area

DONETSK_OBLAST = "cfg:donetsk-oblast"
BELGOROD_OBLAST = "cfg:belgorod-oblast"
MIRNY_OF_SAKHA = "gn:2019951"
POKROVSK = "gn:704422"


def test_a_fronts_genitive_list_of_mostly_unknown_villages_is_placed(gaz: Gazetteer) -> None:
    text = (
        "На Донеччині ворог тиснув цілий день. Штаб повідомив, що росіяни атакували наші "
        "позиції у районах Миролюбівки, Новоторецького, Променя, Лисівки, Сухого Яру, "
        "Миколаївки та Михайлівки."
    )
    names = names_in_area(gaz, text, "uk", DONETSK_OBLAST)
    assert {"Миролюбівка", "Новоторецьке", "Промінь", "Лисівка", "Сухий Яр"} <= names


def test_a_russian_fronts_list_is_placed_by_nominatives(gaz: Gazetteer) -> None:
    text = (
        "В Донецкой области бои шли весь день: противник атаковал в районах Андреевки, "
        "Красного Лимана, Новоторецкого, Калиновки и Невельского."
    )
    names = names_in_area(gaz, text, "ru", DONETSK_OBLAST)
    assert {"Новоторецкое", "Невельское"} <= names


def test_a_list_not_after_a_front_word_keeps_the_old_share_rule(gaz: Gazetteer) -> None:
    text = (
        "На Донеччині ворог тиснув цілий день. Звідти виїхали Миролюбівка, Новоторецьке, "
        "Промінь, Лисівка та Михайлівка."
    )
    names = names_in_area(gaz, text, "uk", DONETSK_OBLAST)
    assert "Промінь" not in names  # a list unknown mostly, with no front's word before it


def test_a_civilian_at_a_lines_start_is_no_town(gaz: Gazetteer) -> None:
    text = "Мирный житель ранен при обстреле села в Белгородской области."
    keys = [m.place.key for m in find_places(gaz, text, language="ru")]
    assert MIRNY_OF_SAKHA not in keys
    assert BELGOROD_OBLAST in keys


def test_a_town_not_named_like_an_adjective_before_its_people_is_a_town(
    gaz: Gazetteer,
) -> None:
    text = "Покровськ мешканці залишили майже повністю, повідомляє Донецька ОВА."
    keys = [m.place.key for m in find_places(gaz, text, language="uk")]
    assert POKROVSK in keys


SUMY_HROMADA_PREFIX = "unlisted:cfg:sumy-oblast/"
BRYANSK_RAION_PREFIX = "unlisted:cfg:bryansk-oblast/"


def test_a_hromadas_list_places_the_ones_whose_centres_are_unknown(gaz: Gazetteer) -> None:
    text = (
        "Минулої доби ворог обстріляв прикордоння Сумщини: під вогнем були Білопільська, "
        "Новослобідська, Краснопільська та Шалігінська громади."
    )
    keys = {m.place.key for m in find_places(gaz, text, language="uk")}
    assert f"{SUMY_HROMADA_PREFIX}новослобідськ-hromada" in keys
    assert f"{SUMY_HROMADA_PREFIX}шалігінськ-hromada" in keys


def test_a_hromadas_list_ending_a_sentence_is_read_whole(gaz: Gazetteer) -> None:
    text = (
        "Ворог обстріляв територію трьох громад області: Білопільської, Краснопільської, "
        "Великописарівської. Мешканців Сумської області просять бути в укриттях."
    )
    keys = {m.place.key for m in find_places(gaz, text, language="uk")}
    assert f"{SUMY_HROMADA_PREFIX}великописарівськ-hromada" in keys


def test_a_raion_named_by_its_adjective_after_a_but_is_the_raion(gaz: Gazetteer) -> None:
    text = (
        "У Харківському районі пошкоджено будинок, у Чугуївському районі горіла трава, "
        "а в Богодухівському через удари зруйновано сарай."
    )
    names = {m.place.name for m in find_places(gaz, text, language="uk")}
    assert "Bohodukhivskyi Raion" in names
    russian = "В Харьковском районе поврежден дом, а в Купянском – пострадал склад."
    keys = {m.place.key for m in find_places(gaz, russian, language="ru")}
    assert "cfg:kupiansk-district" in keys


def test_raions_listed_with_a_also_share_their_noun(gaz: Gazetteer) -> None:
    text = (
        "Противник обстрелял Климовский, а также Стародубский и Погарский районы Брянской области."
    )
    keys = {m.place.key for m in find_places(gaz, text, language="ru")}
    assert f"{BRYANSK_RAION_PREFIX}климовск-raion" in keys


def test_a_town_named_like_an_adjective_after_v_is_still_a_town(gaz: Gazetteer) -> None:
    text = "Вночі в Запоріжжі пролунали вибухи, а в Слов'янську поранено жінку."
    written = {m.as_written: m.place.kind for m in find_places(gaz, text, language="uk")}
    assert written.get("Слов'янську") == "city"  # no raion named "Слов'янський" here


def test_russian_region_nouns_name_their_oblasts(gaz: Gazetteer) -> None:
    text = "За сутки обстреляли населенные пункты Донетчины, дроны сбиты над Брянщиной."
    keys = {m.place.key for m in find_places(gaz, text, language="ru")}
    assert {DONETSK_OBLAST, "cfg:bryansk-oblast"} <= keys


def test_a_fronts_nominative_list_reads_a_namesake_city_in_its_area(gaz: Gazetteer) -> None:
    text = (
        "Ворог атакував позиції наших захисників у районах населених пунктів Маяк, "
        "Шахове, Рубіжне, Миколаївка, Родинське, Покровськ, Удачне та Золотий Колодязь."
    )
    mentions = find_places(gaz, text, language="uk")
    areas = {m.as_written: gaz.admin1_keys(m.place.key)[:1] for m in mentions}
    assert list(areas["Рубіжне"]) == [DONETSK_OBLAST]
    assert "Золотий Колодязь" in areas  # not made a genitive's nominative


def test_hromadas_listed_after_their_nouns_accusative_and_a_colon(gaz: Gazetteer) -> None:
    text = (
        "Протягом дня ворог бив по прикордонню Сумської області. Під вогнем опинилися дві "
        "громади: Юнаківська та Миропільська."
    )
    keys = {m.place.key for m in find_places(gaz, text, language="uk")}
    assert f"{SUMY_HROMADA_PREFIX}юнаківськ-hromada" in keys
