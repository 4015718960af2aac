"""Case forms of Russian and Ukrainian place names, as a text writes them after a
preposition or in a phrase: "в Харкові", "до Харкова", "под Курском", "Белгородской
области", "на Харківщині".

The forms are made from the name by the regular endings of each declension (a name's
language is not known, so the Russian and the Ukrainian endings are both made), on names
already folded by `normalize` (lower case, "й" written "и", "ї" written "і", "ё" written "е").
A few forms more than the language has are made ("харкове"); they are all capitalised names
that no common word shares. A stem that changes in declension is made by rule
(`_oblique_stems`): a fleeting vowel ("Марганець" -> "Марганця", "Елец" -> "Ельца", "Орёл" ->
"Орла", "Городок" -> "Городка"), Ukrainian "і" alternating with "о"/"е" ("Ріг" -> "Рогу",
"Ірпінь" -> "Ірпеня") and a velar before the locative "-і" ("Ріг" -> "Розі").
"""

from __future__ import annotations

import re

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_VOWELS = frozenset("аеєиіоуыэюя")
_MIN_STEM = 3
"""Letters a stem keeps at least: shorter names ("Ая") are left as they are."""

_SHORT_LOCATIVE = ("е", "і")
"""The locative endings of a short name (`short_name_forms`): Russian and Ukrainian."""
_HARD_ENDINGS = ("а", "у", "е", "і", "ом", "ові")
"""Endings of a name ending in a consonant (Курск, Харків, Донецьк): genitive, dative,
locative and instrumental, Russian and Ukrainian."""
_SOFT_NOUN_ENDINGS = frozenset(["я", "ю", "ем", "еві"])
"""Endings a masculine noun takes after "ц" or a soft consonant only: Ukrainian "Марганця",
"Марганцю", "Марганцем", "Кременцеві"."""
_FLEETING = (("ець", "ц"), ("ец", "ц"), ("ек", "к"), ("ок", "к"), ("ел", "л"))
"""Last syllables whose vowel a case form drops after a consonant, and what stays: "Марганець"
-> "Марганця", "Елец" -> "Ельца", "Городок" -> "Городка", "Орёл" (folded "орел") -> "Орла"."""
_MASCULINE_CASES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("ого",), ("а", "я", "у", "ю")), (("ому",), ("у", "ю", "ові", "еві")),
    (("ым", "им"), ("ом", "ем")), (("ом", "ому", "ім"), ("е", "і", "у", "ю")),
)  # fmt: skip
"""Per case (genitive, dative, instrumental, locative), the endings of a masculine adjective
and of the masculine noun it goes with, Russian and Ukrainian: "Кривого Рогу", "Кам'янця-
Подільського", "Каменце-Подольском"."""
_LOCATIVE_ADJECTIVES = ("ом", "ому", "ім")
"""A masculine adjective's locative endings, before a noun's Ukrainian "-і" ("у Кривому Розі")."""
_PLURAL_CASES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("ых", "их"), ("ов", "ів", "", "ей", "ах", "ях")), (("ым", "им"), ("ам", "ям")),
    (("ыми", "ими"), ("ами", "ями")),
)  # fmt: skip
"""Per case, the endings of a plural adjective and of the plural noun after it: Russian "в
Набережных Челнах", "Великих Лук", Ukrainian "у Жовтих Водах", "Мінеральними Водами"."""
_A_ENDINGS = ("ы", "и", "е", "і", "у", "ои", "ою", "еи", "ею")
"""Endings replacing the final "а" (Одеса, Полтава, Махачкала); "ои" is "ой" folded."""
_NINE = frozenset("дтзсцжчшр")
"""The consonants after which Ukrainian writes a foreign name's "и" before a consonant."""
_ALTERNATING = {"к": "ц", "г": "з", "х": "с"}
"""Ukrainian consonants that alternate before the "-і" of a name in "-а" ("Іванівка" ->
"Іванівці", "Прага" -> "Празі", "Вільха" -> "Вільсі")."""
_YA_ENDINGS = ("и", "і", "е", "ю", "еи", "ею", "єю", "ям")
"""Endings replacing the final "я" (Сирия, Росія, Вінниця, Запоріжжя)."""
_O_ENDINGS = ("а", "у", "і", "е", "ом")
"""Endings replacing the final "о" (Дніпро)."""
_NEUTER_E_ENDINGS = ("я", "ю", "ем", "і")
"""Endings replacing the final "е" after a soft sign or a doubled consonant (Запорожье)."""
_SOFT_ENDINGS = ("я", "ю", "е", "і", "ем", "ею", "и", "ью")
"""Endings replacing the final soft sign: of masculine names (Тернопіль, Ярославль) and of
Russian feminine ones ("в Казани", "под Рязанью", "в Керчи")."""
_PLURAL_ENDINGS = ("", "ах", "ам", "ами", "ях", "ям", "ів")
"""Endings replacing the final "и"/"ы" of a plural name (Суми, Сумы, Черкаси)."""

_FEMININE = re.compile(r"(?:ая|яя|ька)$")
"""A feminine adjective before "область" (Белгородская, Харківська)."""
_MASCULINE = re.compile(r"(?:ии|ыи|іи)$")
"""A masculine adjective ("-ий", "-ый", "-ій" folded) before "район" (Белгородский)."""
_MASCULINE_NAME = re.compile(r"(?:ии|ыи|іи|ои)$")
"""A masculine adjective beginning a two-word name ("Нижний Новгород", "Кривой Рог"); both
words decline."""
_NEUTER_ADJECTIVE = re.compile(r"(?:[^\W\d_]|'){3}(?:ин|айн|атн|ов|ев|єв)о?е$")
"""A name that is a neuter adjective by one of the suffixes of village and town names:
Ukrainian "-е" (Очеретине, Урожайне, Курахове), Russian "-ое" (Урожайное). Left out: names in
"-ське"/"-ское" (Покровське), whose forms are those of their town's adjective ("Покровського
училища"), and common adjectives that name villages ("Червоне", "Нове", "Красное":
"Червоного Хреста", the Red Cross)."""
_POSSESSIVE = re.compile(r"[^\W\d_]{3}(?:ов|ев|ів)$")
"""A possessive adjective beginning a two-word name ("Часов Яр", "Часів Яр")."""
_POSSESSIVE_FORMS = (
    ("а", "а"), ("у", "у"), ("ым", "ом"), ("ом", "е"),
    ("ого", "у"), ("ого", "а"), ("ому", "у"), ("им", "ом"), ("ому", "і"), ("ім", "і"),
)  # fmt: skip
"""Per case, the endings of a possessive adjective and of the masculine noun after it:
Russian "Часова Яра", "Часовым Яром", "Часовом Яре"; Ukrainian "Часового Яру", "Часовим
Яром", "Часовому Яру"."""
_POSSESSIVE_NOUN_ENDINGS = ("а", "у", "ом", "е", "і")
"""The noun's endings after a possessive adjective left undeclined ("в Часов Яре")."""
_NEUTER_FORMS = ("ого", "ому", "им", "ім", "ым", "ом")
"""Endings replacing a neuter adjective's "е"/"ое": "біля Очеретиного", "в Урожайном"."""
_MASCULINE_FORMS = ("ого", "ому", "ом", "им", "ым", "ім")
"""Endings replacing a masculine adjective's "ий"/"ый"/"ій", alone (Хмельницкий)."""
_DISTRICT_FORMS = (
    ("ого", "а"), ("ого", "у"), ("ому", "у"), ("ом", "е"), ("ым", "ом"), ("им", "ом"),
    ("ому", "і"), ("ім", "і"),
)  # fmt: skip
_SOFT_FORMS = (
    ("его", "а"), ("ему", "у"), ("ем", "е"), ("им", "ом"), ("ього", "а"), ("ього", "у"),
    ("ьому", "у"), ("ьому", "і"), ("ім", "і"),
)  # fmt: skip
"""The forms of a soft adjective in "-ний"/"-ній" (Russian "Нижний" -> "Нижнем", Ukrainian
"Верхній" -> "Верхньому"), made besides the hard ones: folded, "-ний" may be either."""
_RAION_ABBREVIATION = "р н"
""""р-н", the abbreviation of "район", folded; it declines as the noun does ("р-на", "р-ні")."""
_OBLAST_ABBREVIATION = "обл"
""""обл.", the abbreviation of "область" (its dot folded away); it stays as it is after the
adjective's every case ("Курской обл.", "у Сумській обл.")."""
_PHRASE_FORMS = {
    "область": (
        ("ои", "области"), ("ую", "область"), ("ои", "областью"),
        ("оі", "області"), ("іи", "області"), ("у", "область"), ("ою", "областю"),
    ),
    "раион": tuple((adjective, f"раион{noun}") for adjective, noun in _DISTRICT_FORMS),
    "округ": tuple((adjective, f"округ{noun}") for adjective, noun in _DISTRICT_FORMS),
    "краи": (
        ("ого", "края"), ("ого", "краю"), ("ому", "краю"), ("ом", "крае"), ("ом", "краю"),
        ("ым", "краем"), ("им", "краем"), ("им", "краєм"), ("ому", "краі"), ("ім", "краі"),
    ),
}  # fmt: skip
"""The generic nouns of an area's name ("район" is "раион" folded, "край" "краи") and, per
case, the adjective's ending and the noun's form: Russian "Белгородской области", Ukrainian
"Харківській області", "Белгородского района", "в Краснодарском крае", "Краснодарського
краю"."""

_RUSSIAN_FEMININE_FORMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ои", ("ы", "и", "е", "ои", "еи")), ("ую", ("у", "ю")), ("ою", ("ою", "ею")),
)  # fmt: skip
_UKRAINIAN_FEMININE_FORMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("оі", ("и", "і")), ("іи", ("і",)), ("у", ("у", "ю")), ("ою", ("ою", "ею")),
)  # fmt: skip
"""Per case, the ending of a feminine adjective that begins a two-word name ("ои" is "ой"
folded, "оі" is "ої", "іи" is "ій") and the endings its noun's final "а"/"я" takes."""
_RUSSIAN_SOFT_FEMININE_FORMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ои", ("и", "ью")), ("ую", ("ь",)), ("ою", ("ью",)),
)  # fmt: skip
_UKRAINIAN_SOFT_FEMININE_FORMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("оі", ("і",)), ("іи", ("і",)), ("у", ("ь",)), ("ою", ("=ю",)),
)  # fmt: skip
"""Likewise for a noun in "-ь" ("Козача Лопань" -> "Козачої Лопані", "у Козачій Лопані",
"Козачою Лопанню"), "=" standing for the noun's last consonant doubled."""

_SEA_FORMS = (
    ("ого", "моря"), ("ому", "морю"), ("ом", "море"), ("ым", "морем"), ("им", "морем"),
    ("ому", "морі"), ("ім", "морі"),
)  # fmt: skip
"""Per case, the ending of a neuter adjective before "море" and the noun's form: Russian
"в Черном море", "Азовского моря", Ukrainian "у Чорному морі", "Чорним морем"."""
_NEUTER_ENDING = re.compile(r"(?:о?е)$")
"""A neuter adjective's ending: Russian "-ое" (Черное), Ukrainian "-е" (Чорне)."""

_HEAD_NOUNS = frozenset({"сектор"})
"""Generic nouns that come first and decline while the name after them stays in the
genitive: Russian "в секторе Газа", Ukrainian "у секторі Гази"."""
_LINKING_PREPOSITIONS = frozenset({"на", "над", "под", "під", "при", "у", "в"})
"""Prepositions joining a town to its river or land ("Ростов-на-Дону", "Франкфурт-на-Майні"):
the first word declines, the rest stays ("Ростова-на-Дону", "у Ростові-на-Дону")."""

_REGION_SUFFIX = re.compile(r"(ц|с)(ька|кая)$")
"""A Ukrainian or Russian oblast adjective, made a region's noun: Харківська -> Харківщина,
Донецька -> Донеччина, Russian Донецкая -> Донетчина, Брянская -> Брянщина."""


def is_cyrillic(text: str) -> bool:
    """Whether `text` holds a Cyrillic letter."""
    return bool(_CYRILLIC.search(text))


def case_forms(folded: str) -> set[str]:
    """The case forms of a folded Cyrillic name (padded with spaces, as `normalize.name_key`
    writes it), padded the same way, without the name itself."""
    words = folded.split()
    if not words or not is_cyrillic(words[-1]):
        return set()
    first_declines = len(words) >= 3 and words[1] in _LINKING_PREPOSITIONS  # Ростов-на-Дону
    if (len(words) >= 2 and words[0] in _HEAD_NOUNS) or first_declines:
        forms = {" ".join([w, *words[1:]]) for w in _noun_forms(words[0])}
    elif len(words) >= 2 and words[-1] in _PHRASE_FORMS:
        stem = _adjective_stem(words[-2])
        if stem is None:
            return set()
        head = " ".join(words[:-2])
        forms = {f"{head} {stem}{a} {noun}" for a, noun in _PHRASE_FORMS[words[-1]]}
        if words[-1] == "раион":  # "Изюмский р-н", "в Куп'янському р-ні"
            forms.add(f"{head} {words[-2]} {_RAION_ABBREVIATION}")
            forms |= {f"{head} {stem}{a} {_RAION_ABBREVIATION}{n}" for a, n in _DISTRICT_FORMS}
        if words[-1] == "область":  # "Курской обл.", "Сумська обл."
            forms.add(f"{head} {words[-2]} {_OBLAST_ABBREVIATION}")
            forms |= {
                f"{head} {stem}{a} {_OBLAST_ABBREVIATION}" for a, _ in _PHRASE_FORMS["область"]
            }
        forms = {form.strip() for form in forms}
    elif len(words) == 2 and words[1] == "море" and len(words[0]) > _MIN_STEM + 1:
        stem = _NEUTER_ENDING.sub("", words[0])
        forms = {f"{stem}{a} {noun}" for a, noun in _SEA_FORMS}
    elif len(words) == 2 and _MASCULINE_NAME.search(words[0]) and words[1][-1] not in _VOWELS:
        adjective = words[0][:-2]  # "нижнии новгород" -> "нижнем новгороде"
        endings = _DISTRICT_FORMS + (_SOFT_FORMS if adjective.endswith("н") else ())
        forms = {f"{adjective}{a} {words[1]}{noun}" for a, noun in endings}
        forms |= _masculine_pair_forms(adjective, words[1], noun_first=False)
    elif len(words) == 2 and _POSSESSIVE.search(words[0]) and words[1][-1] not in _VOWELS:
        forms = _possessive_forms(*words)
    else:  # the last word of a longer name may be short: "Дейр-эз-Зор" -> "Дейр-эз-Зоре"
        shortest = _MIN_STEM + 1 if len(words) == 1 else _MIN_STEM
        forms = {" ".join([*words[:-1], w]) for w in _noun_forms(words[-1], shortest)}
        if len(words) == 2:
            forms |= _feminine_forms(*words) | _plural_forms(*words)
            if _MASCULINE.search(words[1]) and len(words[0]) > _MIN_STEM:  # Кам'янець-Подільський
                forms |= _masculine_pair_forms(words[1][:-2], words[0], noun_first=True)
    forms.discard(" ".join(words))
    return {f" {form} " for form in forms}


def short_name_forms(folded: str) -> set[str]:
    """The locative forms of a one-word Cyrillic name of three letters (padded as
    `case_forms` takes and gives them), which `case_forms` leaves alone: "рим" -> "риме",
    "римі" ("в Риме", "у Римі"); "уфа" -> "уфе", "уфі". Only the locative, the case "в"/"у"/"на"
    take, and only for the names the gazetteer gives a large city (`Gazetteer` asks): the
    other cases of short words are common words ("Мира", "Миру" of "мир")."""
    word = folded.strip()
    if len(word) != _MIN_STEM or not word.isalpha() or not is_cyrillic(word):
        return set()
    if word[-1] == "а":
        stem = word[:-1]
    elif word[-1] not in _VOWELS and word[-1] not in "ьъ":
        stem = word
    else:
        return set()
    return {f" {stem}{ending} " for ending in _SHORT_LOCATIVE}


def _feminine_forms(adjective: str, noun: str) -> set[str]:
    """The case forms of a two-word name of a feminine adjective and a noun in "-а"/"-я"/"-ь",
    both declined ("Белая Церковь" aside, whose noun is irregular): Russian "Новая Каховка"
    -> "Новой Каховке", Ukrainian "Нова Каховка" -> "Новій Каховці", "Велика Новосілка" ->
    "Великої Новосілки". Nothing for other names."""
    if len(adjective) <= _MIN_STEM or noun[-1] not in "аяь" or len(noun) <= _MIN_STEM:
        return set()
    soft = noun[-1] == "ь"
    if adjective.endswith("ая"):
        pairs = _RUSSIAN_SOFT_FEMININE_FORMS if soft else _RUSSIAN_FEMININE_FORMS
    elif adjective[-1] == "а" and adjective[-2] not in _VOWELS:
        pairs = _UKRAINIAN_SOFT_FEMININE_FORMS if soft else _UKRAINIAN_FEMININE_FORMS
    else:
        return set()
    stem, root = adjective[:-2] if adjective.endswith("ая") else adjective[:-1], noun[:-1]
    forms = {f"{stem}{a} {root}{n.replace('=', root[-1])}" for a, endings in pairs for n in endings}
    if root[-1] in _ALTERNATING and pairs is _UKRAINIAN_FEMININE_FORMS:
        forms.add(f"{stem}іи {root[:-1]}{_ALTERNATING[root[-1]]}і")  # "Новій Каховці"
    return forms


def _masculine_pair_forms(adjective: str, noun: str, noun_first: bool) -> set[str]:
    """The case forms of a two-word name of a masculine adjective (its stem: "крив" of
    "Кривий") and a masculine noun ending in a consonant, both declined, the noun on each of
    its stems (`_oblique_stems`): "Кривий Ріг" -> "Кривого Рогу", "у Кривому Розі";
    `noun_first`: the noun comes first ("Кам'янець-Подільський" -> "Кам'янця-Подільського",
    "Білгород-Дністровський" -> "у Білгороді-Дністровському")."""
    if noun[-1] in _VOWELS:
        return set()
    stem = noun[:-1] if noun[-1] == "ь" else noun
    stems = {stem, *_oblique_stems(noun)}
    pairs = {(a, f"{s}{n}") for adjectives, nouns in _MASCULINE_CASES
             for a in adjectives for n in nouns for s in stems
             if n not in _SOFT_NOUN_ENDINGS or _soft(noun, s)}  # fmt: skip
    pairs |= {(a, v) for a in _LOCATIVE_ADJECTIVES for v in _velar_locatives(stems)}
    if noun_first:
        return {f"{n} {adjective}{a}" for a, n in pairs}
    return {f"{adjective}{a} {n}" for a, n in pairs}


def _plural_forms(adjective: str, noun: str) -> set[str]:
    """The case forms of a two-word plural name, a plural adjective and a noun in "-ы"/"-и",
    both declined: Russian "Набережные Челны" -> "в Набережных Челнах", "Великие Луки" ->
    "Великих Лук"; Ukrainian "Жовті Води" -> "у Жовтих Водах". Nothing for other names."""
    if len(adjective) <= _MIN_STEM + 1 or len(noun) <= _MIN_STEM or noun[-1] not in "иы":
        return set()
    if adjective.endswith(("ые", "ие")):
        stem = adjective[:-2]
    elif adjective[-1] == "і" and adjective[-2] not in _VOWELS:
        stem = adjective[:-1]
    else:
        return set()
    root = noun[:-1]
    return {f"{stem}{a} {root}{n}" for adjectives, nouns in _PLURAL_CASES
            for a in adjectives for n in nouns}  # fmt: skip


def _fleeting_forms(word: str) -> set[str]:
    """The case forms of a masculine name on its stem without a fleeting vowel
    (`_fleeting_stem`): "Орла", "Городку", "Марганця", "Ельцом"."""
    stem = _fleeting_stem(word)
    if stem is None:
        return set()
    endings = (*_HARD_ENDINGS, *_SOFT_NOUN_ENDINGS) if _soft(word, stem) else _HARD_ENDINGS
    return {f"{stem}{e}" for e in endings}


def _soft(noun: str, stem: str) -> bool:
    """Whether a masculine noun's stem takes the soft endings (`_SOFT_NOUN_ENDINGS`): the
    noun ends in a soft sign or the stem in "ц"."""
    return noun[-1] == "ь" or stem[-1] == "ц"


def _oblique_stems(word: str) -> set[str]:
    """The stems a masculine name ending in a consonant declines on besides its own letters
    (`_fleeting_stem`, `_alternated_stem`)."""
    return {stem for stem in (_fleeting_stem(word), _alternated_stem(word)) if stem}


def _fleeting_stem(word: str) -> str | None:
    """The stem without a fleeting vowel ("марганець" -> "марганц", "елец" -> "ельц",
    "городок" -> "городк", "орел" -> "орл"; a soft sign is written after "л", as in "Ельца")."""
    for ending, kept in _FLEETING:
        if word.endswith(ending):
            root = word[: -len(ending)]
            if len(root) < 2 or not root[-1].isalpha() or root[-1] in _VOWELS or root[-1] in "ьъ":
                return None
            return f"{root}{'ь' if root[-1] == 'л' and kept != 'л' else ''}{kept}"
    return None


def _alternated_stem(word: str) -> str | None:
    """The stem with the Ukrainian "і" of the last syllable as "о" (after a vowel "є"), or
    before a soft sign as "е" ("ріг" -> "рог", "львів" -> "львов", "київ" -> "києв", "ірпінь"
    -> "ірпен")."""
    bare = word[:-1] if word[-1] == "ь" else word
    if len(bare) < 3 or bare[-2] != "і" or bare[-1] in _VOWELS:
        return None
    vowel = "е" if word[-1] == "ь" else "є" if bare[-3] in _VOWELS else "о"
    return f"{bare[:-2]}{vowel}{bare[-1]}"


def _velar_locatives(stems: set[str]) -> set[str]:
    """The Ukrainian locatives in "-і" of stems ending in "к", "г", "х", which alternate
    before it ("рог" -> "розі", "кременчук" -> "кременчуці"); not of "-ськ"/"-цьк" names,
    whose "-і" form is an adjective's ("Луцькі")."""
    return {
        f"{s[:-1]}{_ALTERNATING[s[-1]]}і"
        for s in stems
        if s[-1] in _ALTERNATING and not s.endswith(("ськ", "цьк"))
    }


def _possessive_forms(adjective: str, noun: str) -> set[str]:
    """The case forms of a two-word name of a possessive adjective and a masculine noun, both
    declined (Russian "Часов Яр" -> "Часовым Яром", "в Часовом Яре"; Ukrainian "Часів Яр" ->
    "Часового Яру", "у Часовому Яру", its "і" an "о" before the ending) or the adjective
    left as it is ("в Часов Яре")."""
    stem = f"{adjective[:-2]}ов" if adjective.endswith("ів") else adjective
    forms = {f"{stem}{a} {noun}{n}" for a, n in _POSSESSIVE_FORMS}
    return forms | {f"{adjective} {noun}{n}" for n in _POSSESSIVE_NOUN_ENDINGS}


def oblast_adjectives(city: str) -> set[str]:
    """The adjectives of an oblast named after `city` (folded, one word): Russian and
    Ukrainian ("харків" -> "харківська"; "курск" -> "курская", "курська"; "одеса" ->
    "одеська", "одеская"; "донецьк" -> "донецька")."""
    if " " in city.strip() or not is_cyrillic(city):
        return set()
    stem = city.strip()
    if stem[-1] in "аяиыоеі" and len(stem) > _MIN_STEM:
        stem = stem[:-1]
    if stem.endswith(("ськ", "цьк")):
        return {f"{stem}а"}
    if stem.endswith(("ск", "цк")):
        return {f"{stem}ая"}
    if stem.endswith("ц"):
        return {f"{stem}ька", f"{stem}кая"}
    if stem.endswith("с"):
        return {f"{stem}ька", f"{stem}кая"}
    return {f"{stem}ська", f"{stem}ская"}


def district_adjectives(city: str) -> set[str]:
    """The masculine adjectives of a raion named after `city` (folded, one word), as
    `oblast_adjectives` makes the feminine ones ("белгород" -> "белгородскии", "покровськ" ->
    "покровськии"), for "Белгородский район", "Покровський район"."""
    return {f"{a[:-2] if a.endswith('ая') else a[:-1]}ии" for a in oblast_adjectives(city)}


def ukrainian_spelling(folded: str) -> str:
    """The Ukrainian spelling of a foreign place's folded Russian name, by the rule of "nine"
    ("идлиб" -> "ідліб", "триполи" -> "триполі", "сирия" -> "сирія", "эрбиль" -> "ербіль"):
    "и" stays after д, т, з, с, ц, ж, ч, ш, р before a consonant and after a vowel (where it
    is a folded "й"), else it is "і"; "ы" is "и", "э" is "е"."""
    letters = list(folded)
    for i, letter in enumerate(folded):
        before = folded[i - 1] if i else " "
        after = folded[i + 1] if i + 1 < len(folded) else " "
        if letter == "ы":
            letters[i] = "и"
        elif letter == "э":
            letters[i] = "е"
        elif letter == "и" and before not in _VOWELS:
            nine = before in _NINE and after.isalpha() and after not in _VOWELS
            letters[i] = "и" if nine else "і"
    return "".join(letters)


_RUSSIAN_ONLY = re.compile(r"[^а-яё' ]")
"""A letter Russian does not write (Ukrainian "і", "є", Belarusian "ў", Tatar "һ"): the name
is no Russian one."""
_SOFTENED = re.compile(r"([сц])к(?P<adjective>[иі]и)?(?= )")
"""A word's final "-ск"/"-цк" or "-ский"/"-цкий" (folded), which Ukrainian writes "-ськ"/
"-цьк", "-ський"/"-цький" ("курск" -> "курськ", "шахтинскии" -> "шахтинськии")."""
_ADJECTIVE = re.compile(r"^ \S+(?:ыи|ии|ои|ая|яя|ое|ее)(?: (?:раион|округ|улус))? $")
"""A one-word name that is an adjective ("Мирный"): its Ukrainian spelling is a common
word's; or an adjective and a district's noun ("Дзержинский район"): Ukrainian cities name
their own districts so, and the text names its city elsewhere."""
_IOTATED_E = re.compile(r"(?<=[ аеиоуыэюя])е")
"""An "е" beginning a word or after a vowel, which Ukrainian writes "є" ("гуево" -> "гуєво")."""


def ukrainian_spellings_of_russian(folded: str) -> set[str]:
    """The Ukrainian spellings of a Russian place's folded Russian name (padded with spaces),
    without the name itself: "ы" and "э" written "и" and "е", an initial or post-vocalic "е"
    written "є", a final "-ск"/"-цк" written "-ськ"/"-цьк", and each "и" as it stays
    ("липецк" -> "липецьк") or by the rule of "nine" (`ukrainian_spelling`: "шебекино" ->
    "шебекіно"): "Рыльск" -> "Рильськ", "Гуево" -> "Гуєво". A name with a letter Russian does
    not write, or an adjective alone or before a district's noun ("Мирный": Ukrainian
    "мирний" is a common word; "Дзержинский район": a Ukrainian city's district), is left
    alone."""
    if _RUSSIAN_ONLY.search(folded.strip()) or _ADJECTIVE.search(folded):
        return set()
    kept = folded.replace("ы", "и").replace("э", "е")
    spellings = set()
    for spelling in (kept, ukrainian_spelling(folded)):
        spelling = _SOFTENED.sub(_softened, _IOTATED_E.sub("є", spelling))
        spellings.add(spelling)
    spellings.discard(folded)
    return spellings


def _softened(match: re.Match[str]) -> str:
    """A `_SOFTENED` ending as Ukrainian writes it."""
    return f"{match[1]}ьк{'ии' if match['adjective'] else ''}"


def region_noun(adjective: str) -> str | None:
    """The region noun of a Ukrainian or Russian oblast adjective ("харківська" ->
    "харківщина", "донецька" -> "донеччина", "донецкая" -> "донетчина"), if it is made so."""
    match = _REGION_SUFFIX.search(adjective)
    if match is None:
        return None
    stem = adjective[: match.start()]
    if match.group(1) == "с":
        return f"{stem}щина"
    return f"{stem}ччина" if match.group(2) == "ька" else f"{stem}тчина"


def _adjective_stem(word: str) -> str | None:
    """The stem of an adjective before a generic noun ("белгородская" -> "белгородск")."""
    if _MASCULINE.search(word) or word.endswith(("ая", "яя")):
        return word[:-2]
    return word[:-1] if _FEMININE.search(word) else None


def _noun_forms(word: str, shortest: int = _MIN_STEM + 1) -> set[str]:
    """The case forms of one word, if it has `shortest` letters or more (an apostrophe inside
    it is a Ukrainian one: "куп'янськ" -> "куп'янську")."""
    if len(word) < shortest or not word.replace("'", "").isalpha():
        return set()
    last = word[-1]
    if _MASCULINE.search(word):
        return {word[:-2] + ending for ending in _MASCULINE_FORMS}
    if last == "а":
        forms = {word[:-1] + e for e in _A_ENDINGS}
        if word[-2] in _ALTERNATING:  # Ukrainian "в Іванівці", "на Празі"
            forms.add(word[:-2] + _ALTERNATING[word[-2]] + "і")
        return forms
    if last == "я":
        return {word[:-1] + e for e in _YA_ENDINGS}
    if _NEUTER_ADJECTIVE.search(word):
        stem = word[:-2] if word.endswith("ое") else word[:-1]
        return {stem + e for e in _NEUTER_FORMS}
    if last == "о":
        return {word[:-1] + e for e in _O_ENDINGS}
    if (last == "е" and word[-2] == "ь") or (last == "е" and word[-2] == word[-3]):
        return {word[:-1] + e for e in _NEUTER_E_ENDINGS}
    if word.endswith("поле"):  # declined as "поле": Гуляйполе -> Гуляйполя, Гуляйполі
        return {word[:-1] + e for e in _NEUTER_E_ENDINGS}
    if last == "ь":
        stems = {word[:-1]}  # Ербіль -> Ербілю; Тернопіль -> Тернополя
        if word.endswith("іль"):
            stems.add(word[:-3] + "ол")
        elif word.endswith("інь"):  # Ірпінь -> Ірпеня
            stems.add(f"{word[:-3]}ен")
        forms = {stem + e for stem in stems for e in _SOFT_ENDINGS}
        return forms | _fleeting_forms(word)  # Марганець -> Марганця
    if last in "иы":
        stem = word[:-1]
        return {stem + e for e in _PLURAL_ENDINGS if len(stem + e) > _MIN_STEM}
    if last in _VOWELS:
        return set()
    stems = {word}
    alternated = _alternated_stem(word)  # Харків -> Харкова, Київ -> Києва; a foreign
    if alternated:  # Ідліб -> Ідлібі
        stems.add(alternated)
    endings: tuple[str, ...] = _HARD_ENDINGS
    if last in "кгх":  # Ukrainian writes "у Луцьку", not "Луцькі": that is an adjective
        endings = tuple(e for e in endings if e != "і")
    forms = {stem + e for stem in stems for e in endings} | _velar_locatives(stems)
    return forms | _fleeting_forms(word)  # Орёл -> Орла, Городок -> Городка
