"""Word lists around place names: the words that make a capitalised name part of a longer one
(an organisation, a person, a facility) or say what kind of place it is."""

from __future__ import annotations

import re

PARTICLES = frozenset(
    [
        "al",
        "el",
        "ez",
        "az",
        "ad",
        "ar",
        "as",
        "ash",
        "adh",
        "ath",
        "an",
        "at",
        "ed",
        "er",
        "es",
        "ul",
        "ud",
        "de",
        "da",
        "del",
        "della",
        "di",
        "du",
        "des",
        "au",
        "aux",
        "sous",
        "lès",
        "la",
        "le",
        "les",
        "of",
        "the",
        "and",
        "upon",
        "on",
        "sur",
        "am",
        "im",
        "bin",
        "ibn",
        "wa",
        "y",
        "en",
        "do",
        "dos",
        "das",
        "von",
        "van",
        "der",
        "den",
        "ter",
        "s",
        "d",
        # Russian and Ukrainian: the Arabic article as they write it ("Дейр-эз-Зор",
        # "Ель-Фашер"), and the particles of names like "Ростов-на-Дону", "Рио-де-Жанейро"
        "аль", "эль", "ель", "аз", "эз", "ез", "ас", "эс", "ес", "аш", "эш", "еш", "ар",
        "эр", "ер", "ат", "эт", "ет", "ад", "эд", "ед", "ан", "эн", "ен", "ибн", "бин",
        "на", "де", "ла",
    ]
)  # fmt: skip


AREA_WORDS = (
    "область", "области", "областью", "області", "областю",
    "район", "района", "району", "районе", "районом", "районі",
    "округ", "округа", "округу", "округе", "округом", "окрузі",
    "край", "края", "краю", "крае", "краем", "краї", "краєм",
    "сектор", "сектора", "сектору", "секторе", "сектором", "секторі",
    "région", "gouvernorat", "état", "territoire", "cercle", "département", "préfecture",
)  # fmt: skip
"""The generic words of an area's name in Russian, Ukrainian and French, in every case form
("Харківської області", "Белгородского района", "Краснодарском крае", "l'oblast de
Donetsk", "gouvernorat de Deir ez-Zor", "cercle de Bourem"): lower-case words that may
stand in a name."""


AREA_ABBREVIATIONS = frozenset(["р-н", "р-на", "р-ну", "р-не", "р-ні", "р-ном", "обл"])
""""р-н", the abbreviation of "район", in each case form ("Изюмский р-н", "в Куп'янському
р-ні"), and "обл.", that of "область" ("Курской обл."): a name's last word in lower case, as
"район" and "область" are."""


GENERIC = frozenset(
    [
        *AREA_WORDS,
        "camp",
        "crossing",
        "governorate",
        "province",
        "region",
        "district",
        "state",
        "oblast",
        "strip",
        "city",
        "town",
        "village",
        "refugee",
        "border",
        "valley",
        "area",
        "territory",
        "territories",
        "corridor",
        "peninsula",
        "heights",
        "countryside",
        "occupied",
        "route",
        "basin",
        "plains",
        "mountains",
        "zone",
        "southern",
        "northern",
        "eastern",
        "western",
        "central",
        "rural",
        "air",
        "base",
        "dam",
        "sub",
        "subdistrict",
        "nuclear",
        "power",
        "plant",
    ]
)

WATER_WORDS = frozenset(["mer", "golfe", "détroit", "océan", "baie", "canal"])
"""French words for a sea, gulf, strait, ocean, bay or channel, written in lower case in a
water body's name ("mer Rouge", "golfe d'Aden", "détroit d'Ormuz")."""
SHORE_WORDS = frozenset(
    ["port", "ports", "coast", "coasts", "coastline", "shore", "shores", "city", "cities",
     "town", "towns", "resort", "resorts", "island", "islands", "peninsula", "beach",
     "beaches", "region", "province", "littoral"]
)  # fmt: skip
"""Words for the land on a water body's shore: after the water's name, the name describes that
land ("the Red Sea port of Hodeidah", "the Black Sea coast", "Caspian Sea region")."""
WATER_STEMS = ("мор", "залив", "заток", "затоц", "пролив", "проток", "протоц", "океан")
"""Stems of the Russian and Ukrainian words for a sea, gulf, strait and ocean, in every case
form, written in lower case in a water body's name ("в Черном море", "у Чорному морі",
"Аденского залива", "Керченській протоці")."""

COMMUNITIES = frozenset(
    ["shiite", "shia", "shi'ite", "sunni", "christian", "muslim", "jewish", "druze", "alawite",
     "yazidi", "kurdish", "arab", "hindu", "sikh", "catholic", "orthodox", "coptic", "armenian",
     "assyrian", "turkmen", "bedouin", "tribal", "fulani", "tuareg", "rohingya", "uyghur",
     "uighur", "pashtun", "baloch", "hausa", "yoruba", "igbo", "tutsi", "hutu", "berber",
     "maasai"]
)  # fmt: skip
"""Words for a faith, a sect or a people (an ethnic group no country is named after: "a
Fulani village") that describe a place ("the mostly Shiite neighborhood", "a Christian
village"), never name it."""

POPULATIONS = frozenset(
    ["black", "white", "hispanic", "latino", "asian", "democratic", "republican", "loyalist",
     "nationalist", "unionist", "conservative", "liberal"]
)  # fmt: skip
"""Words for who lives in a place by race or origin, or for the side its voters take, that
describe the places a list closes ("Black and Hispanic neighborhoods", "Democratic and
Republican areas"), never name them. Not `COMMUNITIES`: a colour names streets and places
("White Street", "Black River")."""

DATE_WORDS = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
     "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"]
)  # fmt: skip
"""Days and months: "in August" is a time, whatever town is called so, and a name holding one
runs on past the place's ("the town of Jisr al-Shughur Saturday")."""

LANGUAGES = frozenset(
    ["english", "arabic", "french", "russian", "ukrainian", "spanish", "german", "chinese",
     "mandarin", "persian", "farsi", "hebrew", "turkish", "kurdish", "urdu", "pashto", "dari",
     "hindi", "portuguese", "italian", "amharic", "somali", "hausa", "swahili", "tigrinya",
     "burmese", "japanese", "korean"]
)  # fmt: skip
"""Languages the news names ("published in Arabic, Syria's agency said"), never places."""


ORG_AFTER = frozenset(
    [
        "rouge",
        "post",
        "times",
        "journal",
        "herald",
        "tribune",
        "telegraph",
        "mail",
        "gazette",
        "chronicle",
        "observer",
        "united",
        "city",
        "fc",
        "rovers",
        "athletic",
        "wanderers",
        "county",
        "university",
        "college",
        "airport",
        "stock",
        "exchange",
        "street",
        "road",
        "avenue",
        "square",
        "hotel",
        "hospital",
        "mosque",
        "declaration",
        "accords",
        "agreement",
        "protocol",
        "convention",
        "club",
        "institute",
        "museum",
        "zoo",
        "symphony",
        "orchestra",
        "army",
        "party",
        "front",
        "movement",
        "brigade",
        "brigades",
        "battalion",
        "military",
        "international",
        "nuclear",
        "power",
        "river",
        "sea",
        "lake",
        "aerospace",
        "agency",
        "airlines",
        "airways",
        "telecom",
        "corporation",
        "company",
        "foundation",
        "network",
        "project",
        "virus",
        "ebolavirus",
    ]
)
"""A capitalised word after a place name that makes it part of another name (a virus named
after a place: "Reston virus", "Marburg virus")."""

OUTLET_AFTER = frozenset(
    ["presse", "internationale", "info", "inter", "télévisions", "médias", "matin", "match",
     "rouge"]
)  # fmt: skip
"""Words after a place name, after a space or a hyphen, in the names of French news outlets
("Agence France-Presse", "Radio France Internationale", "France Info", "Nice-Matin", "Paris
Match") and of the Red Cross ("Croix-Rouge", Croix being a town): the name is theirs."""


LOCAL_AUTHORITY_AFTER = frozenset(
    [
        "police",
        "sheriff",
        "fire",
        "council",
        "mayor",
        "governor",
        "commission",
        "commissioners",
        "municipality",
        "municipal",
        "public",
        "metropolitan",
        "regional",
        "schools",
        "school",
        "board",
        "committee",
        "chamber",
        "government",
        "officials",
        "councilman",
        "councilwoman",
        "councilmen",
        "councilor",
        "councilors",
        "councillor",
        "councillors",
        "selectman",
        "selectmen",
        "selectwoman",
        "alderman",
        "aldermen",
        "gov",
        "sen",
        "rep",
        "officer",
        "officers",
        "detective",
        "detectives",
        "investigator",
        "investigators",
        "deputies",
        "crown",
        "superior",
        "circuit",
        "magistrates",
        "republican",
        "republicans",
        "democrat",
        "democrats",
        "democratic",
        "labour",
        "conservative",
        "conservatives",
    ]
)
"""A capitalised word after a place name that makes the longer name one of the place's own
authorities, services, officials, courts or party members ("Gainesville Police", "Kharkiv
Regional Military Administration", "Athens Mayor Randy Daniel", "Oxford Crown Court", "Alaska
Gov. Sarah Palin", "a Kettering Republican"): the text is about the place, which holds as a
place of its own. After "City", "County" or "Town" too ("Oxford City Council", "Groton Town
Council")."""


AUTHORITY_AREAS = ("City", "County", "Town", "Metro")
"""Words between a place's name and its authority's ("Oxford City Council", "Groton Town
Council", "Louisville Metro Council": a city merged with its county)."""


CITY_AUTHORITY_AFTER = frozenset(["hall", "manager", "marshal", "clerk", "attorney", "court"])
"""Words of a town's authority that do so only after "City", "County" or "Town" ("Paris City
Hall", "Huntsville City Manager", "Tbilisi City Court"): alone they end the names of streets and
buildings ("Rye Court", "Centennial Hall")."""


LOWER_ORG_AFTER = ("river", "nuclear", "virus", "ebolavirus", "rouge")
"""Words of ORG_AFTER that do so in lower case too ("Dnipro river", "Reston ebolavirus", the
French Red Cross written "Croix rouge")."""


ORG_BEFORE = frozenset(
    [
        "bank",
        "university",
        "duke",
        "duchess",
        "earl",
        "prince",
        "princess",
        "king",
        "queen",
        "bishop",
        "archbishop",
        "diocese",
        "church",
        "museum",
        "college",
        "institute",
        "school",
    ]
)


NAME_BEFORE = frozenset(
    [
        "State",
        "Islamic",
        "Lake",
        "Mount",
        "Mt",
        "Mt.",
        "St.",
        "St",
        "ST.",
        "Saint",
        "Ste.",
        "Sainte",
        "Fort",
        "Ft.",
        "United",
        "Club",
        "Liwa",
        "Saraya",
        "Jaysh",
        "Jaish",
        "Kataib",
        "Faylaq",
        "Harakat",
        "Jabhat",
        "Ansar",
    ]
)
"""A capitalised word before a place name that makes it part of another name ("State X"
in "Islamic State Sahel Province", "Islamic X" in "al-Qaeda in the Islamic Maghreb", "Lake
X"; a saint's or a fort's, "St. Paris", "St. Patrick's Day", "Fort Campbell": the gazetteer
names the places so called whole, "St. Louis"; a party's or a club's, "United Russia", "Club
America"), among them the words Arabic names of armed
groups begin with ("Liwa Al-Quds", "Jaysh Al-Islam": brigade, army, battalions, corps...)."""


ARABIC_DISTRICT_BEFORE = frozenset(
    f"{prefix}{word}"
    for prefix in ("", "و", "ب", "ل", "وب", "ول")
    for word in ("مديرية", "ناحية", "قضاء")
)
"""Arabic words for a district or a subdistrict below a governorate (Yemen's "مديرية",
Syria's "ناحية", Iraq's "قضاء"), a prefix joined to them ("بمديرية"): the name after one is
the district's, named after its town ("مديرية رداع", Rada'a District), not the town."""

ARABIC_GOVERNORATE_BEFORE = frozenset(
    f"{prefix}محافظة" for prefix in ("", "و", "ب", "ل", "وب", "ول")
)
"""The Arabic word for a governorate, a prefix joined to it ("بمحافظة"): a name after it that
is no area's (the gazetteer's governorates match with the word, "محافظة مأرب") names a
governorate the gazetteer lacks, or a district so called ("محافظة رداع"), not the town."""

BRAND_BEFORE = frozenset(
    ["météo", "radio", "télé", "presse", "інтерфакс", "интерфакс", "рбк", "риа", "укрінформ"]
)
"""Words joined by a hyphen before a country's or a city's name in the names of French
services and media ("Météo-France", "Radio-Canada", "Télé-Liban", "Presse-Océan") and of news
agencies' and outlets' national editions ("Інтерфакс-Україна", "РБК-Україна", "РИА-Крым"):
the name is the organisation's, not a place."""


STREET_BEFORE = frozenset(
    [
        "вулиця", "вулиці", "вулицю", "вул.", "улица", "улице", "улицы", "улицу", "ул.",
        "проспект", "проспекті", "проспекте", "просп.", "площа", "площі", "площадь",
        "площади", "провулок", "провулку", "переулок", "переулке", "пер.", "бульвар",
        "бульварі", "бульваре", "траса", "трасі", "траси", "трасса", "трассе", "трассы",
        "автодорога", "автодороги", "автодорозі", "шосе", "шоссе", "шосе",
        "готель", "готелю", "готелі", "готелем", "гостиница", "гостиницы", "гостинице",
        "гостиницу", "отель", "отеля", "отеле", "стадіон", "стадіону", "стадіоні",
        "стадион", "стадиона", "стадионе", "кінотеатр", "кінотеатру", "кінотеатрі",
        "кинотеатр", "кинотеатра", "кинотеатре", "тц", "трц", "здание", "здания", "здании",
        "зданию", "будівля", "будівлі", "будівлю",
    ]
)  # fmt: skip
"""Russian and Ukrainian words for a street, a road or a building with a name (hotel,
stadium, cinema, shopping centre, a named building): a name after one names the street or the
building ("вулиці Артема", "трасі Одеса-Мелітополь", "готелю Україна"), not the place."""


RIVER_BEFORE_CYRILLIC = frozenset(
    ["річка", "річки", "річці", "річку", "річкою", "река", "реки", "реке", "реку", "рекой",
     "берег", "берега", "берегу", "береге", "березі", "берегом", "берегах", "берегів",
     "берегов"]
)  # fmt: skip
"""Russian and Ukrainian words for a river or its bank: a name after one is the river's
("левого берега Днепра", "річки Оскіл"), which the labelling rule of the development sets
leaves out, not its namesake city."""


ORG_BEFORE_CYRILLIC = frozenset(
    [
        # forces and services
        "сил", "сили", "силы", "силам", "войск", "військ", "войска", "війська", "армії",
        "армии", "оборони", "обороны", "безпеки", "безопасности", "справ", "дел", "служба",
        "служби", "службы",
        "поліція", "поліції", "полиция", "полиции", "прокуратура", "прокуратури",
        "прокуратуры", "генштаб", "генштабу", "генштаба", "минобороны", "мвд", "мвс",
        "умвс", "гунп", "сбу", "фсб", "зсу", "всу", "зс", "вс", "мо", "гур", "ск", "мчс",
        "дснс",
        # state bodies and offices
        "рада", "ради", "раді", "совет", "совета", "совете", "уряд", "уряду", "правительство",
        "правительства",
        "міністерство", "міністерства", "министерство", "министерства", "мзс", "мид",
        # the public broadcaster's regional outlets ("Суспільне Херсон")
        "суспільне", "суспільного", "суспільному", "суспільним", "суспильне", "суспильного",
        # national teams and competitions
        "збірна", "збірної", "збірну", "збірній", "сборная", "сборной", "сборную",
        "чемпіонат", "чемпіонату", "чемпионат", "чемпионата", "кубок", "кубка",
        # laws and codes
        "кодекс", "кодекса", "кодексу", "кодексом", "закон", "закона", "закону",
        "конституция", "конституции", "конституція", "конституції",
    ]
)  # fmt: skip
"""Russian and Ukrainian words of an organisation, an office, a national team or a law that
take a place's name after them in the genitive ("Сил оборони України", "Верховна Рада
України", "Минобороны России", "ЗС РФ", "збірна України", "Уголовного кодекса Украины"), and
the public broadcaster's regional outlets ("Суспільне Херсон"): the name is part of the
organisation's, not a place (the labelling rule of the development sets, and what a reader
means)."""

CREDIT_VERBS_CYRILLIC = frozenset(
    [
        "передає", "передають", "передает", "передают", "повідомляє", "повідомляють",
        "сообщает", "сообщают", "пише", "пишуть", "пишет", "пишут", "цитує", "цитують",
        "цитирует", "цитируют", "інформує", "информирует",
    ]
)  # fmt: skip
"""Russian and Ukrainian verbs crediting a report to its outlet, which the name right after
them names when it ends the clause ("..., передає Паляниця.", "передает Полтавщина,"): a
newspaper, agency or channel, not a place."""


HARM_STEMS_CYRILLIC = (
    # Ukrainian: shelling, strikes, attacks, hits, blasts; the dead, wounded, harmed; damage
    "обстріл", "удар", "атак", "влуч", "приліт", "прильот", "вибух", "загин", "загиб",
    "поранен", "постражд", "пошкодж", "зруйн", "руйнув",
    # Russian: the same
    "обстрел", "атаков", "попадан", "взрыв", "погиб", "ранен", "пострада", "поврежд",
    "разруш",
)  # fmt: skip
"""Stems, found anywhere in a word, of Russian and Ukrainian words of a strike and its harm
("обстріляли", "пошкоджено", "загинули", "повреждены"): a sentence holding one tells of an
incident, and a name after "у" there is where it happened."""


OFFICE_CYRILLIC = frozenset(
    [
        "гу", "гунп", "умвс", "мвд", "мвс", "нацполиции", "нацполіції", "поліції", "полиции",
        "управління", "управления", "відділ", "відділу", "отдел", "отдела", "отделе",
        "прокуратури", "прокуратуры", "сбу", "фсб", "дснс", "мчс",
    ]
)  # fmt: skip
"""Russian and Ukrainian words of a regional office (police, interior ministry, prosecutors,
security and emergency services, a department) that name its area after "в", "у" or "по"
("ГУ Нацполиции в Донецкой области", "управління поліції у Тернопільській області", "ГУ МВД
России по Московской области"): the area is part of the office's name, not a place."""

OFFICE_AREA_WORDS = ("облас", "район", "округ", "краю", "крае", "края", "республик")
"""The beginnings of the area words an office's area ends with ("области", "районі")."""


FRENCH_CLUB_BEFORE = frozenset(["Olympique", "Stade", "Racing", "FC", "RC", "AS", "SC", "AJ"])
"""The words French football clubs' names begin with before their city, maybe with "de"
between ("Olympique de Marseille", "Stade Rennais", "RC Lens", "AS Monaco"): the city names
the club."""


FRENCH_STREET_BEFORE = frozenset(
    ["rue", "avenue", "boulevard", "bd", "quai", "allée", "impasse", "chaussée", "cours"]
)
"""French words for a street before "de" and a place's name ("rue de Paris", "avenue de
Moscou", "boulevard d'Alger"): the name is the street's."""


SPORTS_WORDS = {
    "latin": ("championnat", "Ligue 1", "Ligue des champions", "buteur", "entraîneur",
              "mi-temps", "matchs", "classement"),
    "cyrillic": ("матч", "футбол", "чемпионат", "чемпіонат", "сборн", "збірн", "тренер"),
    "arabic": ("مباراة", "الدوري", "منتخب", "ملعب", "بطولة"),
}  # fmt: skip
"""Words of football reports in French, Russian, Ukrainian and Arabic by their script, as
written (the beginnings of Cyrillic ones: "матчі", "збірної"), none of them English: see
`sports`."""

TEAM_BEFORE = (
    "збірна", "збірної", "збірну", "збірній", "збірною", "сборная", "сборной", "сборную",
    "сборною", "над", "проти", "против", "équipe de", "équipe du", "sélection de", "contre",
    "contre la", "contre le", "face à", "face à la", "منتخب", "لمنتخب", "أمام",
)  # fmt: skip
"""Words before a country's name that make it a national team in a sports report: the
team's own word in Russian, Ukrainian, French and Arabic ("збірна України", "l'équipe de
France", "منتخب مصر") and the prepositions of the side played or beaten ("над Швецією",
"contre la Belgique", "أمام مصر"): see `sports`."""


ARABIC_NAME_BEFORE = frozenset(
    [
        # people's titles and ranks
        "الميجر", "الجنرال", "الكولونيل", "العقيد", "العميد", "اللواء", "الرائد", "النقيب",
        "الملازم", "الرقيب", "المقدم", "الفريق", "السيد", "السيدة", "الدكتور", "الأمير",
        # buildings with a name, universities
        "استاد", "ملعب", "فندق", "جامعة", "لجامعة", "بجامعة", "وجامعة",
        # military units named after a place (brigade, battalion, brigades, companies, corps)
        "لواء", "كتيبة", "كتائب", "لكتائب", "سرايا", "لسرايا", "فيلق", "لفيلق",
        # television channels, newspapers, radio stations, agencies and their reporters
        "قناة", "لقناة", "بقناة", "صحيفة", "لصحيفة", "بصحيفة", "إذاعة", "لإذاعة", "تلفزيون",
        "وكالة", "لوكالة", "شبكة", "لشبكة", "مراسل", "لمراسل", "مراسلة", "لمراسلة",
        # mountains, rivers and lakes named after a place
        "جبل", "جبال", "نهر", "بحيرة",
        # a kunya or a lineage: father, mother, son, sons of (a person's or a place's name)
        *(f"{p}{w}" for p in ("", "و") for w in ("أبو", "ابو", "أبي", "ابي", "أم", "ام")),
        "بن", "ابن", "بني", "وبني",
    ]
)  # fmt: skip
"""Arabic words before a name that make it a person's (a title or a rank: "الميجر بيجي"), a
building's or a university's ("استاد القاهرة", Cairo Stadium; "جامعة صنعاء"), a military
unit's ("لواء الساحل", the Coast Brigade; "سرايا القدس", "فيلق القدس": not Jerusalem), a
channel's, paper's or agency's ("قناة روسيا اليوم", "وكالة الأناضول"; "مراسل الجزيرة", Al
Jazeera's reporter, not Gezira), a mountain's, river's or lake's ("جبل كردفان", Mount
Kordofan), or part of a longer name after "father of", "mother of" or "son of" ("قرية أبو
مكة": not Mecca; "أبو بكر"), not a place. Names that begin so are read whole ("أم درمان")."""


CYRILLIC_AREA_AFTER = ("район", "р-н", "област", "округ")
"""How the Russian and Ukrainian words for an area begin: a name written just before one
that does not take it in is an adjective of another area ("Дзержинском районе")."""

CYRILLIC_OFFICE_AFTER = ("управлін", "управлен", "департамент", "міністерств", "министерств")
"""How the Russian and Ukrainian words for a directorate, department or ministry begin: a name
just before one is an adjective opening the office's name ("Головне управління поліції",
Holovne being a village), not a place, unless a preposition puts something in it ("в Донецке
управление полиции сообщило")."""

CYRILLIC_ADJECTIVE_NOUNS = (
    "університет", "университет", "інститут", "институт", "академі", "аеропорт", "аэропорт",
    "вокзал", "театр", "напрям", "направлени", "ринк", "рынк", "зоопарк", "собор",
)  # fmt: skip
"""How Russian and Ukrainian nouns begin that a city's adjective names ("Київського
університету", "Донецького аеропорту", "на Покровському напрямку"): a name in an adjective's
case form just before one is that adjective, not a town named like it (Kyivskyi, Donetskyi),
even after a preposition ("біля Донецького аеропорту")."""

CYRILLIC_PEOPLE_NOUNS = ("жител", "мешкан", "населен", "граждан", "громадян", "люд")
CYRILLIC_ADJECTIVE_FORMS = ("ый", "ий", "ая", "ое", "ые", "ие", "на", "не", "ні")
"""How Russian and Ukrainian nouns of people begin ("житель", "мешканці", "население") and how
an adjective before them ends: a name written so just before one is the adjective of those
people ("Мирный житель", a civilian, at a line's start), not a town named like it (Mirny)."""

CYRILLIC_ADJECTIVE_ENDINGS = ("ого", "ому", "ої", "ій", "им", "ім", "ом", "ой", "ую")
"""The case endings of a Russian or Ukrainian adjective other than its nominative's."""

CYRILLIC_ADJECTIVE_NOMINATIVES = ("ький", "ський", "ский", "цкий", "ское", "цкое")
"""How a Russian or Ukrainian adjective made from a town's name ends in the masculine or
neuter nominative ("Донецький напрямок", "Покровское направление"): before a noun of
`CYRILLIC_ADJECTIVE_NOUNS` it is that adjective, as its other case forms are, not a town
named like it (Donetskyi, Pokrovske)."""


BEFORE_TAILS = tuple(f"{word} " for word in [*NAME_BEFORE, "of", "the"])


ARTICLES = ("al-", "el-", "ad-", "ar-", "as-", "az-", "ash-", "at-", "an-", "ath-", "adh-")
"""Arabic article forms written in lower case and joined to the word they precede."""


ENGLISH = frozenset(["as ", "an ", "at ", "es ", "en ", "et "])
"""Article forms that are English words when a space follows ("known as Suwayda")."""

PLACE_MODIFIERS = frozenset(
    [
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
        "northern", "southern", "eastern", "western", "central", "downtown", "greater",
        "upper", "lower", "inner", "outer", "old", "new", "little", "metro", "metropolitan",
        "rural", "suburban",
    ]
)  # fmt: skip
"""Words placing a part of a place before its name ("South Arlington", "Downtown Oxford"):
never a given name before a surname."""


HOLDER_WORDS = (
    "held", "controlled", "run", "occupied", "led", "backed", "allied", "dominated",
    "administered", "installed", "appointed", "supported", "sponsored", "funded", "armed",
    "aligned", "annexed", "affiliated", "imposed",
)  # fmt: skip
"""Participles that, hyphened after a name, make it name who holds, runs, backs or installed
something rather than where it is ("Islamic State-held", "Russian-occupied Donetsk",
"Moscow-installed officials", "Iran-backed", "Saudi-led", "Kremlin-appointed"); not
"-based" or "-born", which say where ("a London-based group")."""
HOLDER_AFTER = re.compile(r"\.?[-‐‑](?:" + "|".join(HOLDER_WORDS) + r")\b", re.IGNORECASE)
"""A holder's participle right after a name (`HOLDER_WORDS`): match it at the name's end."""


PLACE_PREPOSITIONS = frozenset(["in", "near", "into", "outside", "around", "across", "inside"])
"""Prepositions that put the name after them in a place ("in Arlington"), not a person ("to",
"from" and "at" take people too: "a call from Trapani")."""


PLACE_PREPOSITIONS_CYRILLIC = frozenset(
    ["в", "во", "на", "из", "із", "з", "под", "під", "около", "возле", "біля", "близ",
     "поблизу", "до", "от", "від", "по", "через"]
)  # fmt: skip
"""Russian and Ukrainian prepositions before a place ("в Умдурмане", "по Хан-Юнісу"); not "у",
which in Russian takes people ("у Нетаньяху")."""

PLACE_WORDS_CYRILLIC = (
    "город", "міст", "район", "посел", "посёл", "селищ", "село", "села", "деревн", "квартал",
    "лагер", "табор", "провинци", "провінці", "штат", "окраин", "околиц", "окрестност",
    "юге", "севере", "западе", "востоке", "півдні", "півночі", "заході", "сході",
)  # fmt: skip
"""Beginnings of Russian and Ukrainian words for a place or a part of one, before its name
("города Дейр эль-Балах", "районе Аз-Зейтун", "на юге Хан-Юнуса")."""


TITLES = frozenset(
    [
        "Mr",
        "Mrs",
        "Ms",
        "Miss",
        "Dr",
        "Prof",
        "Gen",
        "Lt",
        "Col",
        "Maj",
        "Capt",
        "Sgt",
        "Cpl",
        "Adm",
        "Sen",
        "Rep",
        "Gov",
        "Lt.Gov",
        "Mayor",
        "President",
        "Senator",
        "Governor",
        "Representative",
        "Minister",
        "Judge",
        "Justice",
        "Officer",
        "Detective",
        "Chief",
        "Coach",
        "Commissioner",
        "Councilman",
        "Councilwoman",
        "Sheriff",
        "Deputy",
        "Pastor",
        "Rev",
        "Father",
        "Sister",
        "Brother",
        "Sir",
        "Dame",
        "Lord",
        "Lady",
        "King",
        "Queen",
        "Prince",
        "Princess",
        "Sheikh",
        "Imam",
    ]
)
"""Titles before a person's name (written without their final dot)."""

ABBREVIATED_TITLES = frozenset(
    ["Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Cpl", "Adm",
     "Sen", "Rep", "Gov", "Lt.Gov", "Rev"]
)  # fmt: skip
"""The TITLES that are abbreviations, and so may be written with a dot ("Gen. Moore"); after a
whole word and a dot a sentence ends ("... Court Judge. Columbus attorney ...")."""


BELIEFS = frozenset(
    ["god", "allah", "jesus", "christ", "heaven", "islam", "christianity", "judaism",
     "buddhism", "hinduism"]
)  # fmt: skip
"""Faiths and what their believers believe in, capitalised as names are ("a believer in
God", "converted to Islam"): no places."""


INSTITUTIONS = frozenset(
    ["parliament", "congress", "senate", "cabinet", "government", "assembly", "council",
     "ministry", "office", "court", "house", "embassy", "consulate", "headquarters",
     "commission", "committee", "bureau", "department", "resources"]
)  # fmt: skip
"""Words of an institution's or a department's name, capitalised ("in Parliament", "in
Congress", "in Human Resources"): what a preposition puts in one is no place."""

PLATFORMS = frozenset(
    ["telegram", "facebook", "twitter", "instagram", "youtube", "whatsapp", "viber", "tiktok",
     "vkontakte", "linkedin", "snapchat", "reddit", "weibo", "wechat"]
)  # fmt: skip
"""Messaging and social media services, where officials post what they announce ("said in
Telegram", "wrote on Facebook"): what a preposition puts in one is no place."""

MEMBERS_AFTER = frozenset(
    ["fighters", "militants", "insurgents", "members", "commanders", "commander", "leader",
     "leaders", "militia", "militiamen", "gunmen", "spokesman", "spokesperson", "attack",
     "attacks", "faction", "loyalists", "supporters"]
)  # fmt: skip
"""Words after a group's name for its people or its acts ("Boko Haram fighters", "Boko Haram
attacks"): a name the text writes so is a group's, not a place's."""

ARMED_GROUPS = frozenset(
    ["al-shabaab", "al-shabab", "boko haram", "islamic state", "al-qaeda", "al-qaida",
     "hayat tahrir al-sham", "tahrir al-sham", "jabhat al-nusra", "nusra front",
     "jabhat fateh al-sham", "ahrar al-sham", "hurras al-din", "jaish al-islam",
     "jama'at nusrat al-islam wal-muslimin", "jamaat nusrat al-islam wal-muslimin",
     "ansar dine", "ansarul islam", "ansaru", "lakurawa", "hezbollah", "hizbollah",
     "hizballah", "kataib hezbollah", "asaib ahl al-haq", "hashd al-shaabi", "hamas",
     "islamic jihad", "qassam brigades", "al-qassam brigades", "al-aqsa martyrs brigades",
     "houthis", "houthi", "ansar allah", "ansarallah", "taliban", "tehrik-i-taliban",
     "tehreek-e-taliban", "lashkar-e-taiba", "lashkar-e-toiba", "jaish-e-mohammed",
     "jaish-e-muhammad", "jaish al-adl", "baloch liberation army", "ansar al-sunna",
     "al-sunna wa jama'a", "allied democratic forces", "lord's resistance army", "mai-mai",
     "wazalendo", "codeco", "rapid support forces", "janjaweed", "fano",
     "oromo liberation army", "wagner group", "wagner", "arakan army",
     "kachin independence army", "karen national union", "ta'ang national liberation army",
     "kurdistan workers' party", "syrian democratic forces", "shining path",
     "sendero luminoso", "tren de aragua", "sinaloa cartel", "jalisco new generation cartel",
     "ambazonia defence forces", "ansar bayt al-maqdis", "al-mourabitoun"]
)  # fmt: skip
"""Names of the main non-state armed groups and militias, as news writes them: after a
preposition ("a senior figure in Hamas", "recruits in Ansar Dine") a group, never a place's
name. Compared folded (`normalize.name_key`), from a name's first word."""

RANKS = frozenset(
    ["class", "conference", "division", "grade", "group", "league", "level", "round", "tier"]
)
"""Words for a contest's or a scale's ranks, capitalised in their names ("first in Class
3A", "in Division Two", "stay in Conference South"): no places."""

CYRILLIC_GIVEN_NAMES = frozenset(["владимир", "володимир", "софия", "софія", "анна"])
"""Russian and Ukrainian given names that are also towns' names (Vladimir, Volodymyr, Sofia,
Anna), in the nominative: before a surname, in any case, they are a person's."""

LANGUAGE_COUNTRY = {"uk": "UA"}
"""Languages written in news of one country alone: a text in one hints at that country, as a
feed's country does (a small Ukrainian town named in Ukrainian needs no "Україна" beside it)."""

CYRILLIC_COMMON_GIVEN_NAMES = frozenset(
    ["олександр", "александр", "андрій", "андрей", "сергій", "сергей", "дмитро", "дмитрий",
     "олексій", "алексей", "микола", "николай", "іван", "иван", "михайло", "михаил", "юрій",
     "юрий", "віктор", "виктор", "василь", "василий", "петро", "пётр", "петр", "павло",
     "павел", "ігор", "игорь", "олег", "роман", "євген", "евгений", "максим", "артем",
     "артём", "денис", "віталій", "виталий", "богдан", "тарас", "степан", "григорій",
     "григорий", "анатолій", "анатолий", "валерій", "валерий", "вадим", "руслан", "ярослав",
     "вячеслав", "в'ячеслав", "станіслав", "станислав", "костянтин", "константин", "ілля",
     "илья", "кирило", "кирилл", "антон", "геннадій", "геннадий", "леонід", "леонид",
     "борис", "федір", "фёдор", "федор", "олена", "елена", "ольга", "тетяна", "татьяна",
     "наталія", "наталья", "ірина", "ирина", "юлія", "юлия", "світлана", "светлана",
     "оксана", "марія", "мария", "катерина", "екатерина", "людмила", "галина", "валентина",
     "лариса", "анастасія", "анастасия", "дарина", "дарья", "вікторія", "виктория", "яна",
     "христина", "кристина", "олександра", "александра", "інна", "инна", "алла", "зоя"]
)  # fmt: skip
"""Common Russian and Ukrainian given names in the nominative, none a common word nor a
town's: a town's name right after one, a space between, is a surname ("Олександр Харків",
"Ірина Львова", "Петро Полтава"), not the town."""

CYRILLIC_KIND_ABBREVIATIONS = frozenset(
    ["м", "г", "с", "сел", "смт", "пгт", "пос", "х", "д", "обл", "р-н", "вул", "ул", "пр", "просп"]
)
"""Russian and Ukrainian abbreviations of a place's kind, each before a dot ("м. Чернігова",
"с. Благодатівка", "г. Курск", "Сумської обл.", "вул. Шевченка"): the dot ends no sentence, so
the name after it is not at a sentence's start."""

NAMESAKE_BEFORE_CYRILLIC = frozenset(["имени", "им.", "імені", "ім."])
""""Named after" in Russian and Ukrainian ("шахта имени Калинина", "школа імені Шевченка"):
the name after it is the person's a thing is named after, not a place."""

CYRILLIC_OFFICE_ABBREVIATIONS = frozenset(
    ["ОВА", "ОДА", "МВА", "РВА", "РДА", "ВЦА", "ОВЦА", "МВЦА", "КМВА", "ОГА", "РГА"]
)
"""Abbreviations of Ukrainian (and Russian) regional, city and district administrations: a
name before one is the office's ("Дніпропетровська ОВА", "Одеської МВА")."""

ARABIC_NAME_AFTER = frozenset(
    ["الإخبارية", "الاخبارية", "الإخباري", "الاخباري", "نيوز", "تايمز", "تايم", "بوست", "برس",
     "سيتي", "يونايتد"]
)  # fmt: skip
"""Arabic words after a place's name that make it a news outlet's or channel's
("القاهرة الإخبارية", "تعز تايم") or a football club's ("مانشستر سيتي", "ليدز يونايتد"),
not a place."""

ARABIC_ORG_BEFORE = frozenset(["قوات", "مجلس", "جيش", "حزب", "جبهة", "حركة", "هيئة"])
"""Arabic words of armed forces, councils, parties and movements that, with a definite
adjective after the place's name, make an organisation's name ("قوات سوريا الديمقراطية",
"مجلس دير الزور العسكري")."""

ARABIC_PREFIXES = ("و", "ل", "ب", "ف", "ول", "وب", "لل")
"""Conjunctions and prepositions Arabic joins to the word after ("وقوات", "لقوات")."""

ARABIC_DIRECTIONS = frozenset(
    ["الشرقي", "الغربي", "الشمالي", "الجنوبي", "الشرقية", "الغربية", "الشمالية", "الجنوبية",
     "الأوسط", "الاوسط", "الوسطى"]
)  # fmt: skip
"""Arabic adjectives of a bearing after a place's name: its part ("ريف دير الزور الشرقي"),
not an organisation's name."""

ARABIC_NAME_OPENERS = frozenset(
    ["الشيخ", "أبو", "ابو", "أم", "ام", "ابن", "بن", "بني", "باب", "عين", "تل", "رأس", "راس",
     "بئر", "جبل", "سوق", "دير", "كفر", "بيت", "وادي", "دوار", "كرم", "ساحة", "أرض", "ارض",
     "مساكن", "مار", "سيدي", "السيدة", "الحاج", "البو", "آل"]
)  # fmt: skip
"""Arabic nouns a place's name of two words opens with ("الشيخ مقصود", "باب عمرو", "كرم
الطراب", "أرض الحمرا"), and the words for a clan Iraqi villages are named after ("البو
بالي", the Al-Bu Bali): the word after one is part of the name."""

ARABIC_QUARTER_NOT_NAMES = frozenset(
    [
        # the area a quarter lies in, and its parts
        "المدينة", "مدينة", "العاصمة", "البلدة", "القرية", "المخيم", "المحافظة", "المنطقة",
        "الريف", "المركز", "الوسط", "وسط", *ARABIC_DIRECTIONS,
        "شرقي", "غربي", "شمالي", "جنوبي", "شرق", "غرب", "شمال", "جنوب",
        # adjectives and participles that describe a quarter
        "السكني", "السكنية", "سكني", "سكنية", "القديم", "القديمة", "الجديد", "الجديدة",
        "المجاور", "المجاورة", "المحاصر", "المحاصرة", "الخاضع", "الخاضعة", "المحرر",
        "المحررة", "الشعبي", "الشعبية", "الراقي", "الراقية", "الواقع", "الواقعة", "المذكور",
        "المذكورة", "المستهدف", "المستهدفة", "الآخر", "الأخرى", "الاخرى", "الأخير", "الأخيرة",
        "المكتظ", "المكتظة", "المدمر", "المدمرة",
        # words of quantity and reference
        "عدة", "عديدة", "متفرقة", "مختلفة", "أخرى", "اخرى", "كاملة", "بأكملها", "بأكمله", "نفسه",
        "ذاته", "كل", "جميع", "بعض", "معظم", "أغلب", "هذا", "هذه", "ذلك", "تلك",
        # what "إحياء" (reviving) written "أحياء" revives: an anniversary, a night, a rite
        "الذكرى", "ذكرى", "الليلة", "ليلة", "المناسبة",
        # the words of other kinds of place, or of a place beside the quarter: a camp, a town,
        # a village, an area, a street, its surroundings, its edges, positions, houses
        "مخيم", "بلدة", "قرية", "منطقة", "مناطق", "شارع", "محيط", "أطراف", "اطراف", "مواقع",
        "منازل", "قرب", "داخل",
    ]
)  # fmt: skip
"""Words after an Arabic quarter's word ("حي", "أحياء") that describe or place the quarter
rather than name it ("أحياء المدينة", "حي سكني", "أحياء متفرقة"), folded: see
`city_quarters`."""

ARABIC_MONTHS = frozenset(
    ["كانون", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين"]
)
"""The Levantine (Syriac) months' names, their alef written bare ("آب"/"أب" as "اب"), as
Syria, Lebanon, Jordan, Palestine and Iraq date: "اب" is also Ibb's name."""

FRENCH_ORG_BEFORE = frozenset(
    ["Office", "Banque", "Université", "Institut", "Agence", "Société", "Compagnie", "Caisse",
     "Fédération", "Ministère"]
)  # fmt: skip
"""Capitalised French words of an organisation's name before "de", "du" or "d'" and a
place's name ("Office du Niger", "Université de Kinshasa", "Banque du Liban"): the name is
the organisation's, not a place. Competitions are left out: a development set counts
"France" in "Tour de France" as a place."""

CYRILLIC_OUTLET_AFTER = frozenset(
    ["правда", "правди", "правду", "правды", "газета", "газети", "газеты", "газету", "новини",
     "новин", "новости", "новостей", "известия", "вісті", "вести", "ведомости", "відомості"]
)  # fmt: skip
"""Lower-case Russian and Ukrainian words of newspapers' and sites' names after an adjective
that is also a town's name ("Українська правда", Ukrainsk; "Комсомольская правда"): the
name is the outlet's."""

FRENCH_BEARINGS = frozenset(
    ["nord", "sud", "est", "ouest", "centre", "nord-est", "nord-ouest", "sud-est", "sud-ouest",
     "centre-nord", "centre-sud", "centre-est", "centre-ouest"]
)  # fmt: skip
"""French bearings, as a place's part is named before "du"/"de" ("l'Ouest du pays", "le
Sud-Ouest du Niger"); GeoNames has several as regions (Haiti's Ouest, Cameroon's Sud-Ouest)."""

GIVEN_NAMES = frozenset(
    ["aaron", "abdullah", "abigail", "adam", "adrian", "ahmed", "aisha", "alan", "albert",
     "alex", "alexander", "alexandra", "alice", "alicia", "alison", "allison", "amanda",
     "amy", "andrea", "andrew", "angela", "ann", "anna", "anne", "anthony", "antonio",
     "ashley", "barbara", "barry", "ben", "benjamin", "beth", "betty", "bill", "billy",
     "bob", "bobby", "brad", "brandon", "brenda", "brian", "brittany", "bruce", "bryan",
     "carl", "carlos", "carol", "caroline", "catherine", "charles", "charlie", "charlotte",
     "cheryl", "chris", "christian", "christina", "christine", "christopher", "cindy",
     "claire", "craig", "cynthia", "dan", "daniel", "danielle", "darren", "dave", "david",
     "deborah", "debra", "dennis", "diana", "diane", "donald", "donna", "doug", "douglas",
     "dylan", "edward", "elizabeth", "emily", "emma", "eric", "erin", "ethan", "eugene",
     "fatima", "frank", "fred", "gary", "george", "gerald", "gloria", "gregory", "hannah",
     "harold", "harry", "heather", "helen", "henry", "howard", "hussein", "ian", "ibrahim",
     "jack", "jacob", "james", "jamie", "jane", "janet", "jason", "jean", "jeff", "jeffrey",
     "jennifer", "jeremy", "jerry", "jessica", "jim", "jimmy", "joan", "joanna", "joe",
     "joel", "john", "johnny", "jon", "jonathan", "jose", "joseph", "joshua", "joyce",
     "juan", "judith", "judy", "julia", "julie", "justin", "karen", "katherine", "kathleen",
     "kathryn", "kathy", "keith", "kelly", "kenneth", "kevin", "kimberly", "kyle", "larry",
     "laura", "lauren", "lawrence", "lewis", "linda", "lisa", "lori", "louis", "luis",
     "margaret", "maria", "marie", "marilyn", "mark", "martha", "martin", "mary", "matt",
     "matthew", "megan", "melissa", "michael", "michelle", "mike", "mohammed", "mohammad",
     "muhammad", "mustafa", "nancy", "natalie", "nathan", "neil", "nicholas", "nicole",
     "noah", "pamela", "patricia", "patrick", "paul", "peter", "philip", "phillip",
     "rachel", "ralph", "randy", "raymond", "rebecca", "richard", "rick", "robert", "roger",
     "ronald", "russell", "ruth", "ryan", "sam", "samantha", "samuel", "sandra", "sara",
     "sarah", "scott", "sean", "sharon", "shirley", "stephanie", "stephen", "steve",
     "steven", "susan", "tammy", "teresa", "terry", "thomas", "tim", "timothy", "tina",
     "todd", "tom", "tony", "tracy", "tyler", "victor", "victoria", "vincent", "virginia",
     "walter", "wayne", "william", "youssef", "zachary",
     # also places' names
     "adelaide", "aurora", "austin", "camden", "carson", "chelsea", "chester", "dakota",
     "devon", "florence", "jordan", "kent", "madison", "marion", "marshall", "milan",
     "nelson", "orlando", "regina", "savannah", "shelby", "sierra", "stanley", "sydney",
     "troy", "warren"]
)  # fmt: skip
"""Common given names in Latin script, none a common English word ("Will", "May", "Grace"
are left out): a name right after one is a person's surname ("Victor Cano"), and one of
them that is also a place's name, before a capitalised word that is no place's, is a
person's given name ("Victoria Rowell")."""

KIN_WORDS = frozenset(
    ["father", "mother", "son", "daughter", "brother", "sister", "brothers", "sisters",
     "sons", "daughters", "wife", "husband", "widow", "widower", "uncle", "aunt", "nephew",
     "niece", "cousin", "grandson", "granddaughter", "grandfather", "grandmother",
     "stepfather", "stepmother", "stepson", "stepdaughter", "boyfriend", "girlfriend",
     "fiance", "fiancé", "fiancee", "fiancée", "twin"]
)  # fmt: skip
"""Words for a relative before a name ("his father Zachary", "whose son, Parker,"): the name
is the relative's."""

REPORTING_VERBS = frozenset(
    ["said", "says", "told", "tweeted", "added", "admitted", "explained", "noted", "wrote",
     "recalled", "insisted", "warned", "stated", "replied", "asked", "continued",
     "confirmed", "acknowledged", "recounted", "remembered"]
)  # fmt: skip
"""Verbs of speaking: a person's surname is their subject ("Noma said", "“...,” said
Noma")."""
