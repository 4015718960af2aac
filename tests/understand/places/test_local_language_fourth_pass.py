"""Russian and Ukrainian regional reports, a fourth pass (issue 18): a summary's settlements
after "населенных пунктов области:", hromadas listed with their councils' adjective or an
aside naming the councils, a hromada's centre with the Ukrainian "і" of a closed syllable,
an everyday word opening a headline in another case than the text's, a raion in the oblast its
sentence names, hromadas of an oblast the text names only by its administration.
Sentences of our own."""

from __future__ import annotations

from bot.understand.places.gazetteer import Gazetteer
from tests.support.places import areas_found, named_by_stem, names_in_area

BELGOROD_OBLAST = "cfg:belgorod-oblast"
KURSK_OBLAST = "cfg:kursk-oblast"
SUMY_OBLAST = "cfg:sumy-oblast"
DNIPROPETROVSK_OBLAST = "cfg:dnipropetrovsk-oblast"
MUROM = "gn:524294"
KHOTIN = "gn:706253"
DOBA = "gn:2433437"


def test_a_summarys_settlements_after_a_colon_are_its_oblasts(gaz: Gazetteer) -> None:
    text = (
        "Губернатор рассказал о новых ударах по Белгородской области. За сутки обстрелам "
        "подверглись несколько населенных пунктов области: Шебекино, Муром, Таврово, "
        "Красный Октябрь, Грузское и Беленькое."
    )
    found = areas_found(gaz, text, "ru")
    assert MUROM not in {key for key, _, _ in found}  # the village, not Vladimir's city
    names = names_in_area(gaz, text, "ru", BELGOROD_OBLAST)
    assert {"Муром", "Таврово", "Красный Октябрь", "Грузское", "Беленькое"} <= names


def test_a_list_without_a_word_for_settlements_keeps_its_share_rule(gaz: Gazetteer) -> None:
    text = (
        "Губернатор рассказал о новых ударах по Белгородской области. Туда приехали гости: "
        "Шебекино, Муром, Таврово, Грузское и Беленькое."
    )
    keys = {key for key, _, _ in areas_found(gaz, text, "ru")}
    assert MUROM in keys  # no word for the region's settlements before the colon


def test_hromadas_listed_with_their_council_adjective_in_the_locative(gaz: Gazetteer) -> None:
    text = (
        "Ворог бив по Дніпропетровській області. Вибухи лунали у Марганецькій та "
        "Покровській сільській громадах."
    )
    names = names_in_area(gaz, text, "uk", DNIPROPETROVSK_OBLAST)
    assert named_by_stem(names, "Марганецьк") and named_by_stem(names, "Покровськ")


def test_hromadas_listed_before_an_aside_naming_their_councils(gaz: Gazetteer) -> None:
    text = (
        "Дніпропетровська область знову під ударами. Вибухи чули у Мирівській, "
        "Марганецькій, Покровській – міській і сільській – громадах."
    )
    names = names_in_area(gaz, text, "uk", DNIPROPETROVSK_OBLAST)
    assert all(named_by_stem(names, stem) for stem in ("Мирівськ", "Марганецьк", "Покровськ"))


def test_a_hromada_centre_with_an_i_in_its_closed_syllable(gaz: Gazetteer) -> None:
    text = "На Сумщині під обстрілом була Хотинська громада, пошкоджено два будинки."
    found = areas_found(gaz, text, "uk")
    hromadas = [(key, areas) for key, name, areas in found if name.startswith("Хотинськ")]
    assert hromadas and all(SUMY_OBLAST in areas for _, areas in hromadas)


def test_a_headlines_opening_word_in_another_case_is_no_far_town(gaz: Gazetteer) -> None:
    text = (
        "Доба на Сумщині: троє поранених\n"
        "Протягом минулої доби ворог обстріляв прикордонні села Сумської області."
    )
    keys = {key for key, _, _ in areas_found(gaz, text, "uk")}
    assert DOBA not in keys
    assert SUMY_OBLAST in keys


def test_a_town_of_the_texts_country_opening_a_sentence_stays(gaz: Gazetteer) -> None:
    text = "Хотінь знову під обстрілом. Місцеві мешканці бачили хотіння ворога вдарити ще."
    keys = {key for key, _, _ in areas_found(gaz, text, "uk")}
    assert KHOTIN in keys  # a Ukrainian town stays one whatever lower-case forms follow


def test_a_raion_whose_centre_is_not_found_lies_in_its_sentences_oblast(gaz: Gazetteer) -> None:
    text = (
        "В Курской области ночью был поврежден объект энергетики в Беловском районе, "
        "сообщил губернатор."
    )
    names = names_in_area(gaz, text, "ru", KURSK_OBLAST)
    assert named_by_stem(names, "Беловск")


def test_hromadas_of_an_oblast_named_by_its_administration(gaz: Gazetteer) -> None:
    text = (
        "Про нічні обстріли повідомили в Сумській ОВА. Ворог бив по Хотинській та "
        "Білопільській громадах."
    )
    found = areas_found(gaz, text, "uk")
    assert SUMY_OBLAST not in {key for key, _, _ in found}  # an office, not a place
    names = names_in_area(gaz, text, "uk", SUMY_OBLAST)
    assert named_by_stem(names, "Хотинськ") and named_by_stem(names, "Білопільськ")
