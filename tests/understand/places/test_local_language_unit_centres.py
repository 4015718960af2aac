"""Classes of Russian and Ukrainian regional reports (issue 18): Latin letters typed inside
Cyrillic words, the Russian word for a hromada, villages after a plural kind word in an
oblique case, a town before the raion named after it, a village in a case form before its
oblast, a front's adjective in the nominative, one name read as one place, a village before
its hromada with no preposition, a hromada of a "X Яр" town. Sentences of our own."""

from __future__ import annotations

from bot.understand.places.gazetteer import Gazetteer
from tests.understand.places.test_local_languages import found

BELGOROD_OBLAST = "cfg:belgorod-oblast"
BRYANSK_OBLAST = "cfg:bryansk-oblast"
DONETSK_OBLAST = "cfg:donetsk-oblast"
ZAPORIZHZHIA_OBLAST = "cfg:zaporizhzhia-oblast"
KLIMOVO_OF_CRIMEA = "gn:705638"
SAMAR_OF_DNIPROPETROVSK_OBLAST = "gn:699445"
DONETSKYI_OF_LUHANSK_OBLAST = "gn:709713"
PRYMORSKE_OF_ZAPORIZHZHIA_OBLAST = "gn:696278"


def test_latin_letters_inside_cyrillic_words_are_read_as_cyrillic(gaz: Gazetteer) -> None:
    # "Курахiвську" and "Соледарськiй" are written with a Latin "i" each
    text = "Окупанти обстріляли Курахiвську громаду. У Соледарськiй громаді Донецької області тихо."
    places = found(gaz, text)
    assert places.get(f"unlisted:{DONETSK_OBLAST}/курахівськ-hromada") == "Курахiвську громаду"
    assert f"unlisted:{DONETSK_OBLAST}/соледарськ-hromada" in places


def test_the_russian_word_for_a_hromada_names_one(gaz: Gazetteer) -> None:
    places = found(gaz, "Под обстрел попали Торецкая и Часовоярская общины Донецкой области.")
    assert f"unlisted:{DONETSK_OBLAST}/торецк-hromada" in places
    assert f"unlisted:{DONETSK_OBLAST}/часовоярск-hromada" in places


def test_a_hromada_named_after_a_town_called_x_yar(gaz: Gazetteer) -> None:
    places = found(gaz, "У Часовоярській громаді пошкоджено будинки. Обстріляно і Бахмут.")
    assert places.get(f"unlisted:{DONETSK_OBLAST}/часовоярськ-hromada") == "Часовоярській громаді"


def test_villages_listed_after_a_kind_word_in_the_dative(gaz: Gazetteer) -> None:
    places = found(gaz, "Снаряды упали по селам Пороз и Новостроевка-2 Белгородской области.")
    assert places.get(f"unlisted:{BELGOROD_OBLAST}/пороз") == "Пороз"
    assert places.get(f"unlisted:{BELGOROD_OBLAST}/новостроевка-2") == "Новостроевка-2"


def test_a_town_before_its_own_raion_is_that_raions_centre(gaz: Gazetteer) -> None:
    text = (
        "Обстрелу подвергся поселок Климово Климовского района, сообщил губернатор. "
        "Ранее беспилотники атаковали Крым."
    )
    places = found(gaz, text)
    assert KLIMOVO_OF_CRIMEA not in places
    assert places.get(f"unlisted:{BRYANSK_OBLAST}/климово") == "Климово"
    assert f"unlisted:{BRYANSK_OBLAST}/климовск-raion" in places


def test_a_village_in_a_case_form_before_its_oblast_lies_there(gaz: Gazetteer) -> None:
    places = found(gaz, "Росіяни обстріляли Новоселицю Донецької області, є поранені.")
    assert SAMAR_OF_DNIPROPETROVSK_OBLAST not in places
    assert places.get(f"unlisted:{DONETSK_OBLAST}/новоселиця") == "Новоселицю"


def test_a_fronts_adjective_in_the_nominative_is_no_town(gaz: Gazetteer) -> None:
    places = found(gaz, "Донецький напрямок: ворог обстріляв Курахове та Мар'їнку.")
    assert DONETSKYI_OF_LUHANSK_OBLAST not in places


def test_one_name_of_a_settlement_list_is_one_place(gaz: Gazetteer) -> None:
    text = (
        "Окупанти завдали ударів по Запорізькій області. Дрони атакували Кушугум, "
        "Малокатеринівку, Оріхів, Гуляйполе, Рівнопілля та Цвіткове. Увечері обстріляно "
        "Рівнопілля. Артилерія била по Гуляйполю, Оріхову, Приморського, Степногірську. "
        "Вранці обстріляно Приморське."
    )
    places = found(gaz, text)
    assert [key for key in places if places[key].startswith("Рівнопілл")] == [
        f"unlisted:{ZAPORIZHZHIA_OBLAST}/рівнопілля"
    ]
    assert [key for key in places if places[key].startswith("Приморськ")] == [
        PRYMORSKE_OF_ZAPORIZHZHIA_OBLAST
    ]


def test_a_village_before_its_hromada_without_a_preposition(gaz: Gazetteer) -> None:
    places = found(gaz, "Під вогонь потрапило Вільне Поле Комарівської громади Донецької області.")
    hromada = f"unlisted:{DONETSK_OBLAST}/комарівськ-hromada"
    assert places.get(f"unlisted:{hromada}/вільне-поле") == "Вільне Поле"
    assert "Голова" not in found(gaz, "Голова Покровської громади повідомив про обстріл.").values()


SUMY_OBLAST = "cfg:sumy-oblast"


def test_hromadas_listed_before_their_oblast_lie_in_it(gaz: Gazetteer) -> None:
    # no town of "Хотинська" is found (Хотінь is written with "і"): the oblast after says
    places = found(gaz, "Вибухи чули Хотинська та Білопільська громади Сумської області.")
    assert places.get(f"unlisted:{SUMY_OBLAST}/хотинськ-hromada") == "Хотинська"


def test_hromadas_listed_after_their_noun_and_a_colon(gaz: Gazetteer) -> None:
    text = "На Сумщині обстріляно населені пункти громад: Степанівська, Юнаківська та Сумська."
    places = found(gaz, text)
    assert places.get(f"unlisted:{SUMY_OBLAST}/степанівськ-hromada") == "Степанівська"
    assert f"unlisted:{SUMY_OBLAST}/юнаківськ-hromada" in places
