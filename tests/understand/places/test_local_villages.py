"""Villages, towns and quarters named after their kind word in Arabic and French that the
gazetteer lacks: places inside the place the text puts them in. Every sentence is written for
the test (the village names are made up); the controls guard the rules against reaching too
far (a word that describes a village, "my town", no place after an Arabic name, English
text)."""

from __future__ import annotations

import pytest

from bot.understand.places.gazetteer import Gazetteer
from tests.support.places import found

UNLISTED = "unlisted:"


def unlisted(gaz: Gazetteer, text: str, language: str) -> dict[str, str]:
    """The unlisted places found: name as written -> the name of the place holding it."""
    places = found(gaz, text, language)
    return {
        name: gaz.places[key.removeprefix(UNLISTED).rsplit("/", 1)[0]].name
        for key, name in places.items()
        if key.startswith(UNLISTED) and key.count("/") == 1
    }


@pytest.mark.parametrize(
    ("text", "names", "country"),
    [
        ("قتل ثلاثة مدنيين بقصف على بلدة الزنبقية بريف إدلب الجنوبي.", ["الزنبقية"], "SY"),
        ("استهدفت غارة قرية تل السنديان في ريف حماة الشمالي.", ["تل السنديان"], "SY"),
        ("سقطت قذيفة على قرية كفرزنبق (20 كم شمال حماة) دون إصابات.", ["كفرزنبق"], "SY"),
        ("نعى الحزب مقاتلا من بلدة عيتا الزنبق في جنوب لبنان.", ["عيتا الزنبق"], "LB"),
        ("قتل مدنيان في غارتين على بلدتي مرج الزنبق والزنبقية في جنوب لبنان.",
         ["مرج الزنبق", "الزنبقية"], "LB"),
        ("هاجمت قوات الدعم السريع قرية \"ود الزنبق\" بولاية الجزيرة.", ["ود الزنبق"], "SD"),
        ("قصفت المدفعية مخيمي الزنبق والسنديان في ريف حلب الشمالي.",
         ["الزنبق", "السنديان"], "SY"),
    ],
)  # fmt: skip
def test_an_arabic_village_is_inside_the_place_named_right_after(
    gaz: Gazetteer, text: str, names: list[str], country: str
) -> None:
    places = found(gaz, text, "ar")
    villages = {v: k for k, v in places.items() if k.startswith(UNLISTED)}
    assert set(villages) == set(names)
    parents = {gaz.places[k.removeprefix(UNLISTED).rsplit("/", 1)[0]] for k in villages.values()}
    assert {p.country_code for p in parents} == {country}


@pytest.mark.parametrize(
    "text",
    [
        # a word that describes the village, not its name
        "قتل مدنيان في قصف على بلدة حدودية في جنوب لبنان.",
        "نزح السكان إلى قرية مجاورة في ريف إدلب.",
        # "my town" ("بلدتي") names no two towns
        "قال الرجل إن بلدتي الجميلة في ريف حلب دمرت.",
        # a camp of displaced people, a camp for them: no camp's name
        "وصل المئات إلى مخيم نازحين قرب مدينة الفاشر.",
        "أقيم مخيم للنازحين في ريف إدلب الشمالي.",
        # no place right after the name: left out
        "قتل مدنيان في قصف على قرية الزنبقية صباح اليوم، وفق مصادر في ريف إدلب.",
    ],
)
def test_arabic_words_after_a_village_word_that_name_no_village(gaz: Gazetteer, text: str) -> None:
    assert not unlisted(gaz, text, "ar")


@pytest.mark.parametrize(
    ("text", "name", "far"),
    [
        ("قتل مدنيان بقصف على قرية ليون بريف إدلب الجنوبي.", "ليون", "FR"),
        ("استشهد ثلاثة في غارة على مخيم الشاطئ غرب مدينة غزة.", "الشاطئ", "LY"),
    ],
)
def test_a_far_namesake_after_a_village_word_gives_way(
    gaz: Gazetteer, text: str, name: str, far: str
) -> None:
    places = found(gaz, text, "ar")
    assert not any(gaz.places[k].country_code == far for k in places if k in gaz.places)
    assert name in places.values()


@pytest.mark.parametrize(
    ("text", "names", "area"),
    [
        ("Trois civils ont été tués dans le village de Zanbouko, dans la région de Mopti.",
         ["Zanbouko"], "Mopti"),
        ("Les rebelles ont attaqué le village Kazanbo, territoire de Beni (Nord-Kivu).",
         ["Kazanbo"], "Beni"),
        ("Des obus sont tombés sur le quartier de Zanbaqa, dans le sud de Khartoum.",
         ["Zanbaqa"], "Khartoum"),
        ("Les habitants ont fui vers les localités voisines de Zanbara et Kozanbo, près de Djibo.",
         ["Zanbara", "Kozanbo"], "Djibo"),
        ("Les combats ont repris sur l'axe Zanbumba, territoire de Nyiragongo.",
         ["Zanbumba"], "Nyiragongo"),
        ("Une attaque a visé la province du Bam. Le village de Zanbasso a été incendié.",
         ["Zanbasso"], "Bam"),
    ],
)  # fmt: skip
def test_a_french_village_or_quarter_is_inside_the_place_the_text_puts_it_in(
    gaz: Gazetteer, text: str, names: list[str], area: str
) -> None:
    villages = unlisted(gaz, text, "fr")
    assert set(villages) == set(names)
    assert all(area in parent for parent in villages.values())


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # lower-case words, an article, a bearing after the kind word
        ("Le village natal du ministre, près de Mopti, a été attaqué.", "fr"),
        ("Les jihadistes ont attaqué le village de La Paix près de Mopti.", "fr"),
        ("Les rebelles contrôlent le secteur Nord et le quartier Ouest de Goma.", "fr"),
        # one word after a plural kind word describes the places: their people
        ("Des hommes armés ont incendié trois villages Bozo près de Mopti.", "fr"),
        # English text: the French rule is not read
        ("Officials said the village Council met in Mopti on Monday.", "en"),
    ],
)
def test_french_words_after_a_village_word_that_name_no_village(
    gaz: Gazetteer, text: str, language: str
) -> None:
    assert not unlisted(gaz, text, language)


@pytest.mark.parametrize(
    ("text", "names", "country"),
    [
        ("قتل ثلاثة في غارة بمنطقة (زنبقة) في محافظة البيضاء وسط اليمن.", ["زنبقة"], "YE"),
        ("انفجر لغم في صحراء منطقة زنبوقة (تبعد 200 كم جنوب محافظة المثنى).", ["زنبوقة"], "IQ"),
        ("هاجم مسلحون ناحية الزنبقية، شمال شرقي ديالى.", ["الزنبقية"], "IQ"),
        ("اشتدت المعارك في جبهتي الزنابق وأم زنبق غربي مدينة الأبيض عاصمة ولاية شمال كردفان.",
         ["الزنابق", "أم زنبق"], "SD"),
        ("استعاد الجيش مناطق الزنبق وأم زنبقة والزنابق غرب الأبيض في ولاية شمال كردفان.",
         ["الزنبق", "أم زنبقة", "الزنابق"], "SD"),
        ("أعلن الحوثيون عملية في محور “الزنبقة-وادي زنبق” في جازان.",
         ["الزنبقة", "وادي زنبق"], "SA"),
        ("قصفت الطائرات بلدات معرة زنبق وكفرزنبقة بريف إدلب الجنوبي.",
         ["معرة زنبق", "كفرزنبقة"], "SY"),
        ("اندلعت اشتباكات في أطراف منطقة زنبق ويس (50 كم شمال شرق بعقوبة).",
         ["زنبق ويس"], "IQ"),
    ],
)  # fmt: skip
def test_an_arabic_area_district_or_front_is_inside_the_place_named_right_after(
    gaz: Gazetteer, text: str, names: list[str], country: str
) -> None:
    villages = {v: k for k, v in found(gaz, text, "ar").items() if k.startswith(UNLISTED)}
    assert set(villages) == set(names)
    parents = {gaz.places[k.removeprefix(UNLISTED).rsplit("/", 1)[0]] for k in villages.values()}
    assert {p.country_code for p in parents} == {country}


def test_a_far_namesake_named_again_after_an_area_word_gives_way(gaz: Gazetteer) -> None:
    text = (
        'استعاد الجيش منطقتي "زنبقة" و"الرياض" بولاية شمال كردفان. '
        "وتمكنت القوات من السيطرة على زنبقة والرياض بعد معارك."
    )
    places = found(gaz, text, "ar")
    assert not any(gaz.places[k].country_code == "SA" for k in places if k in gaz.places)
    assert {"زنبقة", "الرياض"} <= set(places.values())


@pytest.mark.parametrize(
    "text",
    [
        # what goes on in an area, who holds it, the words of the places around it
        "قتل جنديان في منطقة الاشتباكات في ريف حلب الشمالي.",
        "تقدمت القوات في مناطق سيطرة النظام في ريف حماة.",
        "قصفت الطائرات قرى وبلدات ريف إدلب الجنوبي.",
        "تراجعت القوات في عدة مناطق بإقليم كردفان.",
        "قتل صاروخ امرأة في قرية بشمال إسرائيل.",
        # "ناحية" as a side, "قضاء" as spending time
        "ومن ناحية أخرى، قال مسؤول في دمشق إن الوضع هادئ.",
        "سافرت العائلة لقضاء عطلة في لبنان.",
    ],
)
def test_arabic_words_after_an_area_word_that_name_no_area(gaz: Gazetteer, text: str) -> None:
    assert not unlisted(gaz, text, "ar")


@pytest.mark.parametrize(
    ("text", "names", "area"),
    [
        ("Un kamikaze a visé le district d'Hawlzanbo dans le centre de Mogadiscio.",
         ["Hawlzanbo"], "Mogadishu"),
        ("Quatre soldats ont été tués dans une embuscade entre Zanbona et Douentza.",
         ["Zanbona"], "Douentza"),
        ("Les villages ont été attaqués dans la commune de Zanbassa, cercle de Bankass.",
         ["Zanbassa"], "Bankass"),
    ],
)  # fmt: skip
def test_a_french_district_commune_or_town_between_two_is_placed(
    gaz: Gazetteer, text: str, names: list[str], area: str
) -> None:
    villages = unlisted(gaz, text, "fr")
    assert set(villages) == set(names)
    assert all(area in parent for parent in villages.values())


def test_a_french_village_is_not_placed_by_a_far_namesake(gaz: Gazetteer) -> None:
    text = (
        "Des hommes armés ont attaqué Bankass, dans la région de Mopti. "
        "Le village de Zanbouko, près de Kanda, a été incendié."
    )
    villages = {v: k for k, v in found(gaz, text, "fr").items() if k.startswith(UNLISTED)}
    assert list(villages) == ["Zanbouko"]
    parent = villages["Zanbouko"].removeprefix(UNLISTED).rsplit("/", 1)[0]
    assert gaz.places[parent].country_code == "ML"


@pytest.mark.parametrize(
    "text",
    [
        # people, and a capital standing for its government, are no towns of a road
        "Le sommet a réuni Tshisekedi et Kagame à Luanda.",
        "Les négociations entre Bamako et Wagner ont échoué.",
        "Une rencontre entre Zanbelo et Kagame est prévue.",
    ],
)
def test_french_names_between_that_are_no_towns(gaz: Gazetteer, text: str) -> None:
    assert not unlisted(gaz, text, "fr")
