"""The event cues of `config/events.yaml`, compiled: sub-event cue patterns and casualty words.

Pattern syntax (the file's header says it too): case-insensitive; a space matches any run of
spaces or hyphens; a trailing `*` matches any word ending, a leading one any word beginning
(Arabic proclitics); `<name>` is any word of the class `name`; `~` is up to four words in
between.

`config/events/<code>.yaml` holds another language's cues and casualty words (ISO 639-1: ar,
fr, ru, uk), read for articles detected in it; what it leaves out (zones, default, refine,
event types) is the English file's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml
from ahocorasick_rs import AhoCorasick

from bot.folders import REPO_CONFIG_DIR

DEFAULT_EVENTS_PATH = REPO_CONFIG_DIR / "events.yaml"
LANGUAGE_FOLDER = "events"
"""The folder, beside the main events file, of the other languages' cues."""
_LANGUAGE_CODE = re.compile(r"[a-z]{2}")
_FOLD = str.maketrans(
    {
        **{chr(c): None for c in [*range(0x064B, 0x0660), 0x0640, 0x0670]},
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
    }
)


FELLOW_LETTERS = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
"""The only characters outside ASCII that `re` matches to ASCII letters, ignoring case ("İ",
"ı", "ſ" and the Kelvin sign), each with the letter it matches."""
CASE_FELLOWS = frozenset(FELLOW_LETTERS)


_FELLOW = re.compile(f"[{''.join(sorted(CASE_FELLOWS))}]")


def has_fellow(text: str) -> bool:
    """Whether `text` holds one of the `CASE_FELLOWS` (none in an ASCII text)."""
    return not text.isascii() and _FELLOW.search(text) is not None


_FOLDED = re.compile(f"[{''.join(map(chr, _FOLD))}]")
"""Any character `_FOLD` changes (a search finds one much faster than translating)."""


def fold(text: str) -> str:
    """Text as the cues see it: Arabic diacritics and tatweel dropped, hamza forms of alef
    made bare alef (no change to text without them)."""
    return text.translate(_FOLD) if not text.isascii() and _FOLDED.search(text) else text


STRIKES = "(strike)"
"""The name under which the cues of a strike told without its weapon are found (config
`strikes`): no sub-event type of its own, its score goes to one of `strike_types`."""
FORCES = "(forces)"
"""The name under which the cues of a state's forces hurt or attacked are found (config
`forces`): no sub-event type of its own, its score goes to one of `forces_types`."""
REFINING = "(refine) "
"""What opens the name under which a refinement's own cues are found (config `refine.cues`):
they count for that finer type only when the article's type is one it refines."""
_GAP = r"(?:\s+\S+){0,4}?\s+"
_WORD_START = r"(?<!\w)"
"""What every cue pattern opens on: no word character before it."""
_CLASS = re.compile(r"<(\w+)>")


@dataclass(frozen=True)
class Cue:
    """One cue pattern, its weight, a word it cannot match without (lower case; "" when it
    starts with a class), checked first because a substring test is cheap, and the further
    words it needs (`needs`)."""

    pattern: re.Pattern[str]
    weight: float
    anchor: str
    needs: tuple[frozenset[str], ...] = ()
    """Words it cannot match without, lower case and ASCII: one of each set (a literal word,
    or the first words of a class's entries)."""


@dataclass(frozen=True)
class CueIndex:
    """Which cues a sentence can match: those whose anchor and needed words it contains,
    found in one Aho-Corasick pass over the sentence rather than a substring test per cue."""

    cues: tuple[tuple[str, Cue], ...]
    """(sub-event type, cue), in the config's order."""
    finder: AhoCorasick
    by_anchor: dict[str, tuple[int, ...]]
    always: frozenset[int]
    """Cues without an anchor (they start with a class): tried on every sentence."""
    gates: tuple[tuple[frozenset[str], tuple[frozenset[str], ...]], ...]
    """Per cue, what it needs (`Cue.needs`) as one test: the words it needs every one of,
    and the sets of which it needs one word each (a class's first words)."""

    @classmethod
    def of(cls, sub_events: tuple[SubEvent, ...]) -> CueIndex:
        """The index of every cue of `sub_events`."""
        return cls.of_cues(tuple((sub.name, cue) for sub in sub_events for cue in sub.cues))

    @classmethod
    def of_cues(cls, cues: tuple[tuple[str, Cue], ...]) -> CueIndex:
        """The index of `cues` ((name, cue), in order)."""
        by_anchor: dict[str, list[int]] = {}
        for at, (_, cue) in enumerate(cues):
            if cue.anchor:
                by_anchor.setdefault(cue.anchor, []).append(at)
        always = frozenset(at for at, (_, cue) in enumerate(cues) if not cue.anchor)
        needed = {word for _, cue in cues for need in cue.needs for word in need}
        finder = AhoCorasick(sorted(set(by_anchor) | needed) or [" "])
        gates = tuple(
            (
                frozenset(word for need in cue.needs if len(need) == 1 for word in need),
                tuple(need for need in cue.needs if len(need) != 1),
            )
            for _, cue in cues
        )
        return cls(cues, finder, {a: tuple(i) for a, i in by_anchor.items()}, always, gates)

    def candidates(self, sentence: str) -> list[tuple[str, Cue]]:
        """The cues whose anchor the sentence contains (lower-cased), in the config's order,
        less those missing a needed word. Ignoring case, `re` matches an ASCII letter only
        to itself in either case and to the `CASE_FELLOWS`: in a sentence holding one, the
        needed words are not asked for."""
        found = set(self.finder.find_matches_as_strings(sentence.lower(), overlapping=True))
        picked = set(self.always)
        for anchor in found:
            picked.update(self.by_anchor.get(anchor, ()))
        order = sorted(picked)
        if has_fellow(sentence):
            return [self.cues[at] for at in order]
        gates = self.gates
        return [
            self.cues[at]
            for at in order
            if gates[at][0] <= found
            and (not gates[at][1] or not any(need.isdisjoint(found) for need in gates[at][1]))
        ]


@dataclass(frozen=True)
class AnyOf:
    """Several patterns, one of which a text may match: those whose needed words (`needs`)
    the text holds are tried, each alone (`CueIndex`: its first needed word of one its
    anchor), the others passed over. Ignoring case, `re` matches an ASCII letter only to
    itself in either case and to the `CASE_FELLOWS`: a text holding one of those is searched
    with all the patterns in one."""

    pattern: re.Pattern[str]
    """All the patterns in one."""
    index: CueIndex

    @classmethod
    def of(cls, patterns: Sequence[str], classes: dict[str, list[str]]) -> AnyOf:
        """The patterns of the cue syntax, compiled."""
        cues = []
        for written in patterns:
            needed = needs(written, classes)
            first = next((word for need in needed if len(need) == 1 for word in need), "")
            cues.append(("", Cue(compile_pattern(written, classes), 0.0, first, needed)))
        pattern = one_of([cue.pattern for _, cue in cues])
        return cls(pattern, CueIndex.of_cues(tuple(cues)))

    def search(self, text: str) -> bool:
        """Whether one of the patterns matches `text`."""
        if has_fellow(text):
            return self.pattern.search(text) is not None
        return any(cue.pattern.search(text) for _, cue in self.index.candidates(text))


@dataclass(frozen=True)
class SubEvent:
    """One ACLED sub-event type: its event type and weighted cue patterns."""

    name: str
    event_type: str
    cues: tuple[Cue, ...]


@dataclass(frozen=True)
class Zones:
    """How much a cue counts by where it is: title, lead sentence, the next, a few after."""

    title: float
    lead: float
    second: float
    rest: float
    rest_sentences: int


@dataclass(frozen=True)
class Periods:
    """How a sentence tells a span of time ("in the first two weeks of November", "over two
    weeks", "during October", "за последние две недели", "خلال الأيام الأخيرة"): an opening
    word, at most `GAP` words of `steps` or numbers, then a word of `units` (or a month after
    one of `month_opens`). A figure in its clause, or in a sentence it opens, is a tally of
    that span, no one event's toll."""

    GAP = 3

    opens: frozenset[tuple[str, ...]] = frozenset()
    steps: frozenset[str] = frozenset()
    """Words between the opening and the unit besides numbers: "the", "first", "last"."""
    units: frozenset[str] = frozenset()
    """Words for spans of time ("weeks", "fortnight"): not one day ("in a day" may be one
    event's day; "overnight" is)."""
    month_opens: frozenset[tuple[str, ...]] = frozenset()
    """Openings before which a month alone is a span ("during October", "throughout
    September")."""
    relations: frozenset[str] = frozenset()
    """Words after the unit that make it a time relative to another event, no span: "in the
    days after the strike", "two weeks before"."""
    relative_opens: frozenset[str] = frozenset()
    """Openings that, with "of" after the unit, tell a time relative to another event:
    "within days of the truce"."""
    comparisons: frozenset[str] = frozenset()
    """Words just before the opening that make the span a comparison, no tally: "the
    deadliest attack in two weeks", "the first time in years"."""


BARE_KEPT = 50_000
"""Words `CasualtyWords.bare` keeps its reading of."""


@dataclass(frozen=True)
class CasualtyWords:
    """Word lists for reading killed and injured figures (lower case, phrases as word tuples)."""

    killed: frozenset[tuple[str, ...]]
    injured: frozenset[tuple[str, ...]]
    any_cue: re.Pattern[str]
    """Finds any first word of a casualty phrase: sentences without one are skipped."""
    cue_finder: AhoCorasick | None
    """The first words `any_cue` looks for (without their `*`), lower case, found in one pass
    (None unless all are ASCII: then `any_cue` is always tried)."""
    at_least: frozenset[tuple[str, ...]]
    at_most: frozenset[tuple[str, ...]]
    vague: frozenset[tuple[str, ...]]
    hedges: frozenset[tuple[str, ...]]
    things: re.Pattern[str]
    background: frozenset[tuple[str, ...]]
    background_sentence: frozenset[tuple[str, ...]]
    background_frames: frozenset[tuple[str, ...]]
    """A time frame ("since October 7") anywhere before a figure in its clause: a tally."""
    earlier_times: frozenset[tuple[str, ...]]
    """An earlier time ("last weekend") anywhere before a figure in its sentence: the figure
    is of an earlier event."""
    cause_frames: frozenset[tuple[str, ...]]
    """In a protest or riot, words before a figure in its clause naming the cause."""
    adds: frozenset[tuple[str, ...]]
    adds_after: frozenset[tuple[str, ...]]
    """Words right after a figure that make it a further part: "two more", "three others"."""
    perpetrators: frozenset[str]
    people_endings: tuple[str, ...]
    """Endings that make a word begun like a thing name people: "villagers", "gunmen",
    "schoolchildren", "churchgoers" are not "village*", "gun*", "school*", "church*"."""
    none_hurt: tuple[str, ...]
    none_killed: tuple[str, ...]
    verb_gap: frozenset[str] = frozenset(
        {"the", "a", "an", "of", "another", "family", "members", "member", "his", "her", "their"}
    )
    """Words that may stand between a casualty word and its figure ("killing the five",
    "wounding his two sons")."""
    toll_links: frozenset[str] = frozenset(
        {"to", "at", "of", "reached", "hit", "is", "stands", "stood", "was"}
    )
    """Words that tie a toll word to its figure ("the toll rose to 18")."""
    tolls: frozenset[str] = frozenset({"toll"})
    """Words naming a toll, whose figure follows them: a casualty phrase holding one is a
    toll ("death toll", "число погибших")."""
    verdicts: frozenset[str] = frozenset()
    """Words of a court's verdict ("sentenced", "condemned"): "to death" after one in its
    clause is a sentence passed, no casualty word. Empty: none."""
    initials: frozenset[tuple[str, ...]] = frozenset()
    """Words of a first report in a figure's clause before its casualty word ("initially",
    "initial reports"): a later figure of its kind revises it. Empty: none."""
    echoes: frozenset[tuple[str, ...]] = frozenset()
    """Words right before a casualty word that repeat the other kind's figure told before
    them in the sentence ("five dead and as many injured": five injured). Empty: none."""
    later_openers: frozenset[tuple[str, ...]] = frozenset()
    """Phrases opening a sentence on a time after the event ("later that night", "hours
    later"). Empty: none."""
    later_acts: frozenset[tuple[str, ...]] = frozenset()
    """Verbs of an act ("hit", "struck"): one after a later time's opening, before the
    casualty word, tells another incident, whose figures are not the event's. Empty: none."""
    speech_verbs: frozenset[str] = frozenset()
    """Verbs of saying ("said", "told"): one right after a figure, before its casualty word,
    makes the figure the speakers' ("a police officer and two witnesses said 12 were
    killed"), never victims. Empty: none."""
    sources: frozenset[str] = frozenset()
    """Nouns for who gives a figure or what gives it ("official", "source", "estimate"): an
    add word before one ("another official put the toll at 21") tells another estimate of
    the count, not a further part of it. Empty: none."""
    copulas: frozenset[str] = frozenset()
    """Dashes that stand for a left-out link verb between a figure and its casualty word
    ("ще шестеро – поранені", "шість – зазнали поранення"); English has none: a dash there
    ends a clause."""
    ands: frozenset[str] = frozenset({"and"})
    """Words joining the last part of a list of figures counted together ("three soldiers
    and two civilians")."""
    ages: tuple[str, ...] = ("year",)
    """How the word after an age's digits and hyphen starts ("35-year-old", "35-летний"):
    the age is no figure and stands before the one person it describes."""
    subset: frozenset[str] = frozenset({"including", "among", "whom", "them"})
    """Words before a figure that make it part of a larger one ("including six children")."""
    wholes: frozenset[str] = frozenset({"among"})
    """Words right before a figure (or its article) that make it the whole of a figure told
    before them: "two children among 10 killed" is 10 killed."""
    articles: frozenset[str] = frozenset({"a", "an"})
    """Words that count one person before a noun ("killing a woman", "a soldier was")."""
    noun_articles: frozenset[str] = frozenset()
    """Articles that count one victim right before a casualty word used as a noun ("un
    mort et deux blessés"); English has none: "an injured person" describes one."""
    possessives: frozenset[str] = frozenset({"his", "her", "their"})
    """Words that count one person before a singular noun for a person (`lone_people`)
    after a casualty word: "wounded his wife"."""
    lone_links: frozenset[tuple[str, ...]] = frozenset(
        {
            ("was",),
            ("is",),
            ("has",),
            ("had",),
            ("has", "been"),
            ("had", "been"),
            ("got",),
            ("gets",),
            ("getting",),
        }
    )
    """Words that tie a singular subject to its casualty word ("a soldier was killed", the
    passive with "get": "a citizen got martyred", "resulted in a man getting killed")."""
    list_links: frozenset[tuple[str, ...]] = frozenset(
        {("were",), ("are",), ("have", "been"), ("had", "been")}
    )
    """Words that tie a list of single people to its casualty word ("a woman and her son
    were killed")."""
    lone_verbs: frozenset[tuple[str, ...]] = frozenset(
        {("died",), ("dies",), ("perished",), ("succumbed",)}
    )
    """Casualty words that take a singular subject with no link word ("a man died")."""
    degrees: frozenset[str] = frozenset()
    """Adverbs of degree between a lone victim and its casualty word ("a soldier was lightly
    wounded", "Soldier seriously injured at checkpoint"), passed over."""
    campaign_tallies: frozenset[tuple[str, ...]] = frozenset()
    """Words naming an operation's or campaign's tally ("le bilan de l'opération"): when
    the headline or lead says one, their figures are that tally's, not an incident's."""
    then_openers: frozenset[str] = frozenset()
    """Words opening a sentence with a clause of another time ("When the war ended, the
    death toll stood at 138"): a toll in that sentence is that time's, not the event's, and
    so is any figure when the opening clause names a year or a month ("When it was hit in
    2023, 16 were killed")."""
    none_qualifiers: frozenset[str] = frozenset()
    """Words right before a "nobody hurt" phrase that make it tell of only some ("важких
    поранених немає": none seriously hurt): no 0 then."""
    prepositions: frozenset[str] = frozenset(
        {"of", "from", "in", "on", "at", "by", "with", "near", "for", "to", "into", "inside",
         "outside", "under", "beside", "behind", "across", "along", "towards", "toward",
         "without", "within", "between", "among", "against", "like", "through"}
    )  # fmt: skip
    """Prepositions: an article after one opens no subject."""
    responses: frozenset[tuple[str, ...]] = frozenset()
    """Words for what an event answers ("in response to", "in retaliation for"): a figure
    after one in its clause is the answered incident's ("a campaign in response to an attack
    in which 1,200 were killed"), not the event's."""
    memorials: frozenset[tuple[str, ...]] = frozenset()
    """Words of remembrance: a relative clause after one tells what is remembered."""
    died_after: frozenset[tuple[str, ...]] = frozenset()
    """Words saying a wounded person died ("who later succumbed", "спасти не удалось"),
    matched as spelt: one wounded person told before one in their sentence is dead, not
    injured."""
    died_all: frozenset[str] = frozenset()
    """Words for all of a group of wounded people ("who", "they", "both"): one after their
    figure and before a word of `died_words`, with no number between, tells they all died
    ("injuring two soldiers, who were shifted to hospital where they succumbed"). Empty:
    none."""
    died_theirs: frozenset[str] = frozenset()
    """Plural possessives just after a word of `died_words` ("later succumbed to their
    wounds"): the dying are all the wounded before it. Empty: none."""
    died_words: frozenset[tuple[str, ...]] = frozenset()
    """Words telling a death after wounds ("succumbed", "died", "later died")."""
    funeral_dead: frozenset[tuple[str, ...]] = frozenset()
    """Words of a funeral before the figure of its dead ("the funeral of", "funerals for"):
    with a noun of `funeral_nouns` after the figure ("the funeral of fourteen martyrs"),
    the figure counts the dead, with no casualty word. Empty: none."""
    funeral_nouns: frozenset[str] = frozenset()
    """Nouns for the dead a funeral is for ("martyrs", "victims")."""
    died_subjects: frozenset[str] = frozenset()
    """Pronouns for one person ("he", "она"): a sentence opening with one and saying
    `died_after` ("He later died in hospital") tells the one wounded person of the sentence
    before dead."""
    rises: frozenset[tuple[str, ...]] = frozenset()
    """Words for a count rising to a figure ("has risen to", "passed"): a figure of a
    thousand or more right after one is a campaign's running toll, no event's."""
    sequels: frozenset[tuple[str, ...]] = frozenset()
    """How a sentence says its event came after another ("came two weeks after", "follows";
    `~` in an entry: up to three words between): a figure after one in its sentence is the
    other event's ("The blast came a week after gunmen killed 11")."""
    year_frames: frozenset[str] = frozenset()
    """Words before a year (or a month and a year) that make it a time frame ("in 2021",
    "during 2022"): a figure in its clause, or in a sentence it opens, is of that time, not
    the event's. Empty: years are not read so."""
    scopes: frozenset[tuple[str, ...]] = frozenset()
    """A whole country as a figure's scope ("in the country"): beside the figure, the
    country's count, unless its clause names an incident (`incidents`)
    or a day of this week (`this_week`)."""
    other_incidents: frozenset[str] = frozenset()
    """Words that, before an incident's noun (`incidents`, a word between them at most),
    name another incident than the event: "another residential bombing killed two", "une
    autre frappe a tué cinq personnes"; its figures are background outside the headline and
    lead, where "another" names the event itself ("Another strike on the city kills 5")."""
    pointers: frozenset[tuple[str, ...]] = frozenset()
    """A preposition and a demonstrative pointing back at an incident named before ("in that
    assault", "during those raids"): the clause tells that incident, not the event, which a
    report names "the attack" or "this attack"."""
    series: frozenset[str] = frozenset()
    """Ordinals from the second, right before "such" or an incident's noun ("the second such
    attack in a week", "the third raid this month"): the sentence counts the event in a
    series, and a figure told after one of `series_breaks` is an earlier incident's."""
    series_breaks: frozenset[str] = frozenset()
    """What opens another incident's account after a series' ordinal: ":" and ";", "after",
    "when" ("It was the second such attack in a week: a bomb killed eight on Monday")."""
    country_openers: frozenset[str] = frozenset()
    """Words before a country's name that make it a figure's scope ("in Sudan", "в
    Україні"): a count there, when the headline and lead do not name the country and the
    clause names no incident and no day, is the country's."""
    recalls: frozenset[tuple[str, ...]] = frozenset()
    """Words recalling a past time ("at the time", "alors", "тогда", "آنذاك"): before a
    figure in its sentence, or after it in its clause, the figure is of that past event."""
    recall_ends: frozenset[str] = frozenset()
    """Words right after a recall that make it no past time ("at the time of", "at the time
    it was crowded", "alors que", "тогда как")."""
    pluperfect: frozenset[tuple[str, ...]] = frozenset()
    """Auxiliaries of the pluperfect ("avait", "avaient"; "كان ~ قد", `~`: up to three words
    between): before the end of a figure in its clause, the figure is of an earlier event."""
    reported: frozenset[str] = frozenset()
    """Words of reported speech ("que", "selon", "اعلنت"): before a figure in its sentence,
    its pluperfect is the report's tense, not an earlier time's."""
    record_actors: frozenset[str] = frozenset()
    """Nouns for an armed group as a whole ("group", "militia"): just before a mark of a
    record (`record_marks`) in a clause naming no incident and no day of this week, its
    figure is the group's record ("The group has killed 900 soldiers"), not the event's,
    outside the headline and the lead."""
    record_marks: frozenset[str] = frozenset()
    """Words telling a record after its group ("has", "have": the perfect; "déjà", "уже")."""
    rankings: frozenset[str] = frozenset()
    """Superlatives that rank the event against a time frame after them in their clause
    ("one of the deadliest attacks in the region this year"): that frame, one of
    `background_sentence`, is the ranking's, not a tally's."""
    year_ofs: frozenset[str] = frozenset()
    """Words between an incident's noun and its year that date it ("the shelling of 2014",
    "l'attentat de 2015")."""
    date_sinces: frozenset[str] = frozenset()
    """Words before a date that reckon from it ("с 7 октября", "з 24 лютого"): a figure in
    its clause, or in a sentence it opens, is a count since then."""
    frame_months: frozenset[str] = frozenset()
    """Months as a frame word makes them when dates write them otherwise ("в марте", not
    "марта"): after one of `year_frames`, a month's time, dated like a year."""
    incidents: re.Pattern[str] | None = None
    totals: frozenset[tuple[str, ...]] = frozenset()
    """Words of a total ("всего", "загалом"): the event's own sum ("Загалом у місті
    постраждали 18 людей"), unless its clause counts over an area or many incidents
    (`totals_over`)."""
    totals_over: re.Pattern[str] | None = None
    """Words that make a total in their clause a tally: a region, a country, incidents in
    the plural ("Всего в регионе от ударов погибли 400")."""
    strike_counts: re.Pattern[str] | None = None
    """Words counting strikes, attacks or times ("52 ворожих ударів", "shelled 30 times"):
    after a count of `_MANY_STRIKES` or more (an adjective between), its sentence tells a
    day or an area of many incidents, its figures a tally ("Херсонщина зазнала 52 ударів,
    відомо про трьох поранених")."""
    fates: re.Pattern[str] | None = None
    """Words telling a fate of people that is neither death nor wounds ("captured",
    "neutralisés", "задержаны"): a figure before one counts those people, never a casualty
    word after it ("dix terroristes neutralisés et un gendarme blessé")."""
    periods: Periods = Periods()
    """Spans of time: a figure told over one is a tally ("in the first two weeks of
    November")."""
    """Nouns for an incident: after a year they name an event of that year ("a 2022 blast")."""
    consequences: frozenset[str] = frozenset({"resulting", "leaving", "causing"})
    """Words opening a clause that tells what an act led to (", resulting in 30 deaths")."""
    when: str = "when"
    """The word opening a clause about a time named before it ("since 2022, when ...")."""
    lone_people: frozenset[str] = frozenset()
    """Singular nouns for a person ("soldier", "civilian"): one such noun opening a headline
    before a word of `headline_verbs` is one victim ("Soldier killed in border clash")."""
    headline_verbs: frozenset[tuple[str, ...]] = frozenset()
    """Casualty words a headline puts right after its victim ("killed", "dies")."""
    headline_objects: frozenset[tuple[str, ...]] = frozenset()
    """Casualty verbs a headline puts right before its victim, a bare noun of `lone_people`
    ("Drone strike kills farmer"): one victim."""
    running_since: frozenset[str] = frozenset()
    """The word of a running toll's start ("since"): before a day of this week
    (`this_week`) it makes the figure the event's toll so far, not background, in the
    headline and lead ("have killed more than 200 people since Thursday"). Empty: none."""
    perfect: frozenset[str] = frozenset()
    """Auxiliaries of the present perfect ("have", "has"): a clause told in it that reckons
    its figure from a time after it (`running_since`) tells a tally since then."""
    this_week: frozenset[tuple[str, ...]] = frozenset()
    """Days of this week and times of the last days ("thursday", "the weekend", "dawn"),
    with "early", "late" or "last" before them or not."""
    running_lead: frozenset[str] = frozenset({"early", "late", "last"})
    """Words that may stand between `running_since` and a day of `this_week`."""
    one_more: frozenset[str] = frozenset({"another"})
    definites: frozenset[str] = frozenset({"the"})
    """Definite articles: one before a singular noun for a person who is wounded ("the
    driver was wounded") counts at least one."""
    """Words that stand alone for one more person as a casualty word's subject ("two were
    killed and another was wounded")."""
    relatives: frozenset[str] = frozenset({"who", "whom", "which", "that"})
    """Relative pronouns: a casualty word after one tells who someone is ("an organ donor
    who died"), not the event; a relative clause between commas opened by one after a figure
    and its noun is passed over ("Two soldiers, who were injured in the blast, have
    succumbed": the figure counts for "succumbed")."""
    designators: frozenset[str] = frozenset()
    """Words that a number after them names, not counts: a unit's ("Battalion 24"), a road's
    or a place's ("Route 9", "Checkpoint 3")."""
    collectives: frozenset[str] = frozenset()
    """Nouns for a group of untold size: "a group of soldiers was killed" counts no one."""
    auxiliaries: frozenset[str] = frozenset()
    """Link verbs of a clause ("were", "was"): a figure whose clause has its own before a
    join ("Two tanks were hit and soldiers were wounded") counts for no casualty word of the
    next clause."""
    objects: frozenset[str] = frozenset()
    """Words opening the object of an active casualty verb ("killed others", "wounded the
    guards") besides nouns for people: a figure before the verb and its join ("captured 40
    fighters and killed others") is not its victims."""
    nominal: frozenset[str] = frozenset()
    """Words that make a casualty word after them a noun for the victims ("those killed",
    "the dead"): a figure before them is not its count."""
    age_words: frozenset[str] = frozenset()
    """Words before a number that make it an age ("a man aged 45 was wounded"): no figure,
    and the one person it describes."""
    singular_verbs: frozenset[str] = frozenset()
    """Casualty verbs as spelt in the singular ("погиб", "загинула"): with no figure in
    their clause, their one subject is the figure ("погиб фермер Иван Петров")."""
    singular_receipts: frozenset[str] = frozenset()
    """Verbs of receiving in the singular, as spelt ("получил", "отримала"), right before a
    casualty noun (an adjective between: "отримав осколкові поранення") or right after it
    ("ранения получил его брат"): with no figure in their clause, one person, as a
    `singular_verbs` verb is."""
    duals: frozenset[str] = frozenset()
    """Casualty nouns in the dual ("شهيدان", two martyrs; "جريحين", two wounded): with no
    other figure in their clause, the noun is the figure, two people."""
    negations: frozenset[str] = frozenset()
    """Words before a verb that deny it ("не пострадал"): a singular verb after one counts
    nobody."""
    denials: frozenset[str] = frozenset()
    """Words up to three before a casualty word that say nobody ("no one hurt", "ніхто не
    постраждав"): the headline or lead then tells no casualties of its kind."""
    numbers: Mapping[str, int] = field(default_factory=dict)
    """Number words and their values (another language's, every case form); empty: English,
    read by `numbers`' own tables."""
    units: frozenset[str] = frozenset()
    """Number words of 1 to 9 (of `numbers`) that a tens word before them adds to
    ("двадцять п'ять": 25); not the nouns for one person ("двадцять чоловік" is 20)."""
    teens: frozenset[str] = frozenset()
    """Words for ten after a number word of 1 to 9 that make it 11 to 19 (Arabic "ثلاثة
    عشر": 13)."""
    teen_units: Mapping[str, int] = field(default_factory=dict)
    """Number words of 1 and 2 read only before one of `teens` ("أحد عشر": 11, "اثنا عشر":
    12): alone they say "one of" or "Sunday"."""
    about_numbers: Mapping[str, int] = field(default_factory=dict)
    """Words for a round amount ("une vingtaine"): a minimum."""
    scales: Mapping[str, int] = field(default_factory=dict)
    """Words that multiply the figure before them ("62 тысячи")."""
    at_least_after: frozenset[tuple[str, ...]] = frozenset()
    """"at least" said after the figure and its noun (Arabic "على الأقل")."""
    stems: tuple[str, ...] = ()
    """Entries ending in `*` (without it), longest first: a word starting with one is read as
    the entry (case endings)."""
    proclitics: tuple[str, ...] = ()
    """Letters joined before a word (Arabic "و", "ب", "ال"), longest first."""
    vocabulary: frozenset[str] = frozenset()
    """Every word of the lists above, for telling a proclitic from a word's own letters."""
    bare_words: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    """The words `bare` has read and what it read each as (at most `BARE_KEPT`): a language's
    words recur from article to article."""

    def has_cue(self, sentence: str) -> bool:
        """Whether `any_cue` finds a casualty word in the sentence. Ignoring case, `re`
        matches an ASCII letter only to itself in either case and to the `CASE_FELLOWS`: a
        sentence without those whose lower-cased text holds no first word (all ASCII) cannot
        match, and is passed over without the regex."""
        finder = self.cue_finder
        if (
            finder is not None
            and not has_fellow(sentence)
            and not finder.find_matches_as_indexes(sentence.lower())
        ):
            return False
        return self.any_cue.search(sentence) is not None

    def bare(self, word: str) -> str:
        """A token as the word lists name it: its stem entry (`stem*`) when it starts with a
        stem, without a proclitic when what is left is a listed word; else as it is."""
        kept = self.bare_words.get(word)
        if kept is None:
            if len(self.bare_words) >= BARE_KEPT:
                self.bare_words.clear()
            kept = self.bare_words[word] = self._bare(word)
        return kept

    def _bare(self, word: str) -> str:
        if word in self.vocabulary or word[:1].isdigit():
            return word
        stem = next((s for s in self.stems if word.startswith(s)), None)
        if stem is not None:
            return stem + "*"
        for clitic in self.proclitics:
            rest = word[len(clitic) :]
            if word.startswith(clitic) and len(rest) > 1:
                bare = self.bare(rest)
                if bare != rest or rest in self.vocabulary:
                    return bare
        return word


@dataclass(frozen=True)
class StateForce:
    """Sub-event types of a state's force (ACLED's excessive force against protesters): an
    armed group doing it (`others`), with no state force doing it (`state`), in the headline
    and lead makes the event the `instead` type ("Gunmen opened fire on a protest": civilians
    attacked)."""

    types: frozenset[str]
    instead: str
    others: AnyOf
    state: AnyOf


@dataclass(frozen=True)
class EventRules:
    """Everything `read_event` needs from the config file."""

    sub_events: tuple[SubEvent, ...]
    zones: Zones
    default: str
    refine: dict[str, tuple[str, ...]]
    """Types whose article is one of these more specific types when one scores enough."""
    refine_min: float
    no_figures: frozenset[str]
    unharmed: frozenset[str]
    """Sub-event types of events in which nobody was hurt: a toll makes the event another."""
    crowds: frozenset[str]
    """Sub-event types of the config's crowd event types (protests, riots): the figures of
    their causes are left out."""
    answering: frozenset[str]
    """Sub-event types told with the act they answer (arrests): in a sentence where one of
    their cues of `answer_weight` or more comes first, what follows a word of
    `answer_frames` (a charge) is that act."""
    answer_weight: float
    answer_frames: frozenset[tuple[str, ...]]
    words: CasualtyWords
    index: CueIndex
    """The cues of `sub_events` by anchor."""
    after_harm: frozenset[str] = frozenset()
    """Sub-event types that are a sequel when the headline tells people killed or injured
    before the type's own cue ("Three soldiers killed, five gunmen arrested"): the event is
    the violence."""
    other_event: tuple[str, ...] = ()
    """How a sentence opens that tells another event ("in a separate incident"), lower case."""
    links: tuple[str, ...] = ()
    """How a line opens that links another article ("Read also: ...", "Читайте також: ..."),
    folded and lower case: its figures are that article's."""
    days: tuple[str, ...] = ()
    """Days of the week, lower case: a body sentence opening on one the headline and lead do
    not name tells another day's event ("On Wednesday, 25 people were killed ...")."""
    date_ons: tuple[str, ...] = ()
    """Prepositions before a calendar date ("on" of "on June 3"), lower case: a body sentence
    dating something by one, when the headline and lead date the event by a day of the week
    and name no month, tells an earlier event."""
    place_openers: tuple[str, ...] = ()
    """Prepositions that open a place frame ("in" of "In the X region, ..."), lower case."""
    not_scenes: tuple[str, ...] = ()
    """Words before a place's preposition that make it no scene of what a sentence tells:
    where it was said ("said in Geneva"), where the hurt were treated ("hospital in X")."""
    several_events: tuple[str, ...] = ()
    """How a headline or lead says it tells several separate events, lower case."""
    strike_types: tuple[str, ...] = ()
    """The sub-event types a strike told without its weapon (the cues of `STRIKES`) may be:
    the best-scoring of them, the first on a tie."""
    forces_types: tuple[str, ...] = ()
    """The sub-event types a state's forces hurt or attacked (the cues of `FORCES`) may be
    told of: the first (a clash) unless one of the others (a weapon) outscores it in the
    headline and lead."""
    countered: Mapping[str, re.Pattern[str]] = field(default_factory=dict)
    """Per sub-event type, the phrases in which its weapon is countered, not used ("drone
    jamming", "jammed drones", "anti-drone guns"): a cue of the type starting inside one
    counts nothing ("a drone that was jammed did not strike")."""
    report_subjects: AnyOf | None = None
    """What a situation report is about (an outbreak, food, access, displacement)."""
    report_incidents: AnyOf | None = None
    """Words that tell an incident (an act done, in the past tense or a headline's present):
    a headline and lead naming a report's subject without one tell no event."""
    funeral_subjects: AnyOf | None = None
    """What a headline about a funeral or mourning names ("funeral", "laid to rest")."""
    funeral_incidents: AnyOf | None = None
    """Words that tell an incident in such a headline ("strike", "kills"): a headline naming
    a funeral without one is the funeral's, whose dead are an earlier event's."""
    aftermath_subjects: AnyOf | None = None
    """What a headline about an incident's aftermath names (a reward offered, troops
    deployed, a sentence, bodies handed over, an anniversary)."""
    aftermath_incidents: AnyOf | None = None
    """Words that tell an incident in such a headline: one without them is the aftermath's,
    whose dead are earlier events'."""
    state_force: StateForce | None = None
    """Sub-event types only a state's forces commit, and what they are when others do."""
    language: str = "en"
    """The ISO 639-1 code of the language these cues read."""
    languages: Mapping[str, EventRules] = field(default_factory=dict)
    """The cues of other languages (`config/events/<code>.yaml`), by ISO 639-1 code."""

    def event_type(self, sub_event: str) -> str:
        """The event type a sub-event type belongs to."""
        return next(s.event_type for s in self.sub_events if s.name == sub_event)

    def for_language(self, language: str | None) -> EventRules:
        """The cues for an article in `language`: its own file's, else these (English)."""
        return self.languages.get(language or "", self)


def _word(entry: str) -> str:
    """One word or phrase of the pattern syntax as a regex fragment (no class references); a
    `*` stands for a word's beginning or rest, so one inside a word is refused."""
    if any("*" in w.strip("*") for w in entry.split()):
        raise ValueError(f"events config: {entry!r} has a '*' inside a word (only at its ends)")
    return r"[\s\-]+".join(
        (r"\w*" if w.startswith("*") else "")
        + re.escape(w.strip("*"))
        + (r"[\w\-]*" if w.endswith("*") else "")
        for w in fold(entry).split()
    )


def compile_pattern(pattern: str, classes: dict[str, list[str]]) -> re.Pattern[str]:
    """A cue pattern as a case-insensitive regex bound to word edges."""
    parts = []
    for chunk in re.split(r"\s+~\s+", pattern):
        pieces = []
        for piece in re.split(r"(<\w+>)", chunk):
            match = _CLASS.fullmatch(piece)
            if match:
                pieces.append("(?:" + "|".join(_word(w) for w in classes[match[1]]) + ")")
            elif piece.strip():
                pieces.append(_word(piece.strip()))
        parts.append(r"[\s\-]+".join(pieces))
    return re.compile(_WORD_START + _GAP.join(parts) + r"(?!\w)", re.IGNORECASE)


def one_of(patterns: Sequence[re.Pattern[str]]) -> re.Pattern[str]:
    """Cue patterns (`compile_pattern`) in one, matching as their alternation does: the word
    edge each opens on is tested once for them all, so a position inside a word is passed
    over at once rather than tried against every pattern (four times faster on a long
    list)."""
    if not all(pattern.pattern.startswith(_WORD_START) for pattern in patterns):
        raise ValueError("one_of joins cue patterns, each opening on a word edge")
    bodies = [pattern.pattern.removeprefix(_WORD_START) for pattern in patterns]
    return re.compile(_WORD_START + "(?:" + "|".join(bodies) + ")", re.IGNORECASE)


def anchor(pattern: str) -> str:
    """The first literal word of a cue pattern, without its `*` ("" when there is none)."""
    for word in pattern.split():
        if word.startswith("<") or word == "~":
            continue
        return _literal(word)
    return ""


def _literal(word: str) -> str:
    """A word of the pattern syntax as the text writes it, lower case, without its `*`."""
    return fold(word.strip("*").lower())


def needs(pattern: str, classes: dict[str, list[str]]) -> tuple[frozenset[str], ...]:
    """The words a cue pattern cannot match without, one of each set: each literal word,
    and for each class the first words of its entries; only sets of ASCII words (whose
    matches ignoring case `CASE_FELLOWS` covers)."""
    found = []
    for chunk in re.split(r"\s+~\s+", pattern):
        for piece in re.split(r"(<\w+>)", chunk):
            match = _CLASS.fullmatch(piece)
            if match:
                found.append(frozenset(_literal(entry.split()[0]) for entry in classes[match[1]]))
            else:
                found.extend(frozenset([_literal(word)]) for word in piece.split())
    return tuple(need for need in found if all(need) and "".join(need).isascii())


def _cue(pattern: str, weight: float, classes: dict[str, list[str]]) -> Cue:
    return Cue(compile_pattern(pattern, classes), weight, anchor(pattern), needs(pattern, classes))


def _phrases(entries: list[str]) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(fold(e.lower()).split()) for e in entries)


def _numbers(entries: dict[str, int] | None) -> dict[str, int]:
    return {fold(word.lower()): int(value) for word, value in (entries or {}).items()}


def _things(entries: list[str]) -> re.Pattern[str]:
    """One word naming a thing; what an entry's `*` stands for is captured ("village*"
    matching "villagers" captures "rs")."""
    alternatives = "|".join(
        re.escape(fold(e).rstrip("*")) + (r"([\w\-]*)" if e.endswith("*") else "")
        if e[0].isalnum()
        else re.escape(e)
        for e in entries
    )
    return re.compile(rf"^(?:{alternatives})$", re.IGNORECASE)


def _periods(entries: dict[str, list[str]]) -> Periods:
    def words(name: str) -> frozenset[str]:
        return frozenset(fold(w.lower()) for w in entries.get(name, []))

    return Periods(
        opens=_phrases(entries.get("opens", [])),
        steps=words("steps"),
        units=words("units"),
        month_opens=_phrases(entries.get("month_opens", [])),
        relations=words("relations"),
        relative_opens=words("relative_opens"),
        comparisons=words("comparisons"),
    )


def _language_words(c: dict[str, Any]) -> dict[str, Any]:
    """The casualty-word fields another language's file sets (English keeps the defaults)."""
    given: dict[str, Any] = {}
    for name in (
        "verb_gap",
        "toll_links",
        "tolls",
        "subset",
        "wholes",
        "articles",
        "noun_articles",
        "possessives",
        "one_more",
        "relatives",
        "prepositions",
        "consequences",
        "copulas",
        "ands",
        "units",
        "teens",
        "designators",
        "collectives",
        "auxiliaries",
        "objects",
        "nominal",
        "age_words",
        "singular_verbs",
        "singular_receipts",
        "duals",
        "negations",
        "denials",
    ):
        if name in c:
            given[name] = frozenset(fold(w.lower()) for w in c[name])
    for name in ("lone_links", "list_links", "lone_verbs"):
        if name in c:
            given[name] = _phrases(c[name])
    for name in ("numbers", "teen_units", "about_numbers", "scales"):
        if name in c:
            given[name] = _numbers(c[name])
    if "when" in c:
        given["when"] = fold(str(c["when"]).lower())
    if "ages" in c:
        given["ages"] = tuple(fold(w.lower()) for w in c["ages"])
    if "at_least_after" in c:
        given["at_least_after"] = _phrases(c["at_least_after"])
    if "proclitics" in c:
        given["proclitics"] = tuple(sorted(c["proclitics"], key=len, reverse=True))
    listed = [
        fold(w.lower())
        for name in ("killed", "injured", "at_least", "at_least_after", "at_most", "vague",
                     "hedges", "background", "background_sentence", "background_frames",
                     "earlier_times", "memorials", "responses", "sequels", "adds", "perpetrators",
                     "frame_months", "scopes", "recalls", "pluperfect", "reported",
                     "record_actors", "record_marks", "country_openers", "other_incidents")
        for entry in c.get(name, [])
        for w in entry.split()
        if w != "~"
    ] + [
        fold(w.lower())
        for name in ("opens", "steps", "units", "month_opens", "relations")
        for entry in (c.get("periods") or {}).get(name, [])
        for w in entry.split()
    ]  # fmt: skip
    stems = {w[:-1] for w in listed if w.endswith("*")}
    if stems or "proclitics" in c:
        given["stems"] = tuple(sorted(stems, key=len, reverse=True))
        given["vocabulary"] = frozenset(
            [w for w in listed if not w.endswith("*")]
            + list(given.get("numbers", {}))
            + list(given.get("about_numbers", {}))
            + list(given.get("scales", {}))
            + [
                w
                for name in ("verb_gap", "toll_links", "tolls", "subset", "wholes")
                for w in given.get(name, ())
            ]
        )
    return given


def _with_kept_cues(words: CasualtyWords) -> CasualtyWords:
    """The casualty words with, as one-word cues of their kind, the words of a casualty
    phrase that `bare` keeps as spelt ("число погибших") though they start with a stem of
    that kind ("погибш*"): alone, "4 погибших" still counts the dead."""

    def kept(cues: frozenset[tuple[str, ...]]) -> frozenset[tuple[str, ...]]:
        return frozenset(
            (w,)
            for phrase in cues
            for w in phrase
            if len(phrase) > 1
            and (s := next((s for s in words.stems if w.startswith(s)), None)) is not None
            and (s + "*",) in cues
        )

    return replace(
        words, killed=words.killed | kept(words.killed), injured=words.injured | kept(words.injured)
    )


def parse_rules(data: dict[str, Any]) -> EventRules:
    """Rules from the parsed YAML document."""
    classes = {name: list(words) for name, words in data["classes"].items()}
    sub_events = tuple(
        SubEvent(
            name,
            entry["event_type"],
            tuple(_cue(p, float(w), classes) for p, w in entry["cues"].items()),
        )
        for name, entry in data["sub_events"].items()
    )
    strikes = data.get("strikes") or {}
    strike_types = tuple(strikes.get("types", ()))
    strike_cues = SubEvent(
        STRIKES,
        "",
        tuple(_cue(p, float(w), classes) for p, w in strikes.get("cues", {}).items()),
    )
    forces = data.get("forces") or {}
    forces_types = tuple(forces.get("types", ()))
    forces_cues = SubEvent(
        FORCES,
        "",
        tuple(_cue(p, float(w), classes) for p, w in forces.get("cues", {}).items()),
    )
    refine_cues = tuple(
        SubEvent(
            REFINING + name,
            "",
            tuple(_cue(p, float(w), classes) for p, w in cues.items()),
        )
        for name, cues in (data["refine"].get("cues") or {}).items()
    )
    c = data["casualties"]
    firsts = sorted({fold(e.split()[0].lower()) for e in c["killed"] + c["injured"]})
    proclitics = tuple(sorted(c.get("proclitics", []), key=len, reverse=True))
    bare_firsts = [w.rstrip("*") for w in firsts]
    plain = all(bare_firsts) and "".join(bare_firsts).isascii()
    words = CasualtyWords(
        killed=_phrases(c["killed"]),
        any_cue=re.compile(
            r"(?<!\w)(?:"
            + "|".join(re.escape(c) for c in proclitics)
            + r")?(?:"
            + "|".join(
                re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "") for w in firsts
            )
            + r")(?!\w)",
            re.IGNORECASE,
        ),
        cue_finder=AhoCorasick(bare_firsts) if plain and bare_firsts else None,
        injured=_phrases(c["injured"]),
        at_least=_phrases(c["at_least"]),
        at_most=_phrases(c["at_most"]),
        vague=_phrases(c["vague"]),
        hedges=_phrases(c["hedges"]),
        things=_things(c["things"]),
        background=_phrases(c["background"]),
        background_sentence=_phrases(c["background_sentence"]),
        background_frames=_phrases(c["background_frames"]),
        earlier_times=_phrases(c.get("earlier_times", [])),
        cause_frames=_phrases(c.get("cause_frames", [])),
        memorials=_phrases(c.get("memorials", [])),
        rises=_phrases(c.get("rises", [])),
        degrees=frozenset(fold(w.lower()) for w in c.get("degrees", [])),
        none_qualifiers=frozenset(fold(w.lower()) for w in c.get("none_qualifiers", [])),
        then_openers=frozenset(fold(w.lower()) for w in c.get("then_openers", [])),
        campaign_tallies=_phrases(c.get("campaign_tallies", [])),
        died_after=_phrases(c.get("died_after", [])),
        died_subjects=frozenset(fold(w.lower()) for w in c.get("died_subjects", [])),
        died_all=frozenset(fold(w.lower()) for w in c.get("died_all", [])),
        died_theirs=frozenset(fold(w.lower()) for w in c.get("died_theirs", [])),
        funeral_dead=_phrases(c.get("funeral_dead", [])),
        funeral_nouns=frozenset(fold(w.lower()) for w in c.get("funeral_nouns", [])),
        died_words=_phrases(c.get("died_words", [])),
        responses=_phrases(c.get("responses", [])),
        running_since=frozenset(fold(w.lower()) for w in c.get("running_since", [])),
        perfect=frozenset(fold(w.lower()) for w in c.get("perfect", [])),
        this_week=_phrases(c.get("this_week", [])),
        sequels=_phrases(c.get("sequels", [])),
        year_frames=frozenset(fold(w.lower()) for w in c.get("year_frames", [])),
        scopes=_phrases(c.get("scopes", [])),
        country_openers=frozenset(fold(w.lower()) for w in c.get("country_openers", [])),
        other_incidents=frozenset(fold(w.lower()) for w in c.get("other_incidents", [])),
        pointers=_phrases(c.get("pointers", [])),
        series=frozenset(fold(w.lower()) for w in c.get("series", [])),
        series_breaks=frozenset(fold(w.lower()) for w in c.get("series_breaks", [])),
        recalls=_phrases(c.get("recalls", [])),
        recall_ends=frozenset(fold(w.lower()) for w in c.get("recall_ends", [])),
        pluperfect=_phrases(c.get("pluperfect", [])),
        reported=frozenset(fold(w.lower()) for w in c.get("reported", [])),
        record_actors=frozenset(fold(w.lower()) for w in c.get("record_actors", [])),
        record_marks=frozenset(fold(w.lower()) for w in c.get("record_marks", [])),
        rankings=frozenset(fold(w.lower()) for w in c.get("rankings", [])),
        year_ofs=frozenset(fold(w.lower()) for w in c.get("year_ofs", [])),
        frame_months=frozenset(fold(w.lower()) for w in c.get("frame_months", [])),
        date_sinces=frozenset(fold(w.lower()) for w in c.get("date_sinces", [])),
        incidents=_things(c["incidents"]) if c.get("incidents") else None,
        fates=_things(c["fates"]) if c.get("fates") else None,
        totals=_phrases(c.get("totals", [])),
        totals_over=_things(c["totals_over"]) if c.get("totals_over") else None,
        strike_counts=_things(c["strike_counts"]) if c.get("strike_counts") else None,
        periods=_periods(c.get("periods") or {}),
        lone_people=frozenset(fold(w.lower()) for w in c.get("lone_people", [])),
        headline_verbs=_phrases(c.get("headline_verbs", [])),
        headline_objects=_phrases(c.get("headline_objects", [])),
        adds=_phrases(c["adds"]),
        adds_after=_phrases(c.get("adds_after", [])),
        sources=frozenset(fold(w.lower()) for w in c.get("sources", [])),
        echoes=_phrases(c.get("echoes", [])),
        initials=_phrases(c.get("initials", [])),
        later_openers=_phrases(c.get("later_openers", [])),
        later_acts=_phrases(c.get("later_acts", [])),
        speech_verbs=frozenset(fold(w.lower()) for w in c.get("speech_verbs", [])),
        verdicts=frozenset(fold(w.lower()) for w in c.get("verdicts", [])),
        perpetrators=frozenset(w.lower() for w in c["perpetrators"]),
        people_endings=tuple(c.get("people_endings", ())),
        none_hurt=tuple(fold(p.lower()) for p in c["none_hurt"]),
        none_killed=tuple(fold(p.lower()) for p in c["none_killed"]),
        **_language_words(c),
    )
    words = _with_kept_cues(words)
    zones = data["zones"]
    names = {s.name for s in sub_events}
    no_figures = frozenset(data["no_figures"])
    refine = {name: tuple(types) for name, types in data["refine"]["types"].items()}
    finer = {t for types in refine.values() for t in types}
    refined = set(refine) | finer
    unharmed = frozenset(data.get("unharmed", ()))
    after_harm = frozenset(data.get("after_harm", ()))
    if (
        data["default"] not in names
        or not no_figures <= names
        or not refined <= names
        or not {cues.name.removeprefix(REFINING) for cues in refine_cues} <= finer
        or not unharmed <= names
        or not after_harm <= names
        or not set(strike_types) <= names
        or not set(forces_types) <= names
        or not set(data.get("countered") or {}) <= names
        or not _state_force_names(data.get("state_force")) <= names
    ):
        raise ValueError("events config names a sub-event type it does not define")
    reports = data.get("reports") or {}
    funerals = data.get("funerals") or {}
    aftermaths = data.get("aftermaths") or {}
    return EventRules(
        sub_events=sub_events,
        zones=Zones(
            float(zones["title"]),
            float(zones["lead"]),
            float(zones["second"]),
            float(zones["rest"]),
            int(zones["rest_sentences"]),
        ),
        default=data["default"],
        refine=refine,
        refine_min=float(data["refine"]["min"]),
        no_figures=no_figures,
        unharmed=unharmed,
        after_harm=after_harm,
        crowds=frozenset(s.name for s in sub_events if s.event_type in data.get("crowds", ())),
        answering=frozenset(data.get("answering", ())),
        answer_weight=float(data.get("answer_weight", 0)),
        answer_frames=_phrases(data.get("answer_frames", [])),
        words=words,
        index=CueIndex.of(
            (
                *sub_events,
                *((strike_cues,) if strike_types else ()),
                *((forces_cues,) if forces_types else ()),
                *refine_cues,
            )
        ),
        strike_types=strike_types,
        forces_types=forces_types,
        other_event=tuple(fold(p.lower()) for p in data.get("other_event", ())),
        links=tuple(fold(p.lower()) for p in data.get("links", ())),
        several_events=tuple(fold(p.lower()) for p in data.get("several_events", ())),
        days=tuple(fold(p.lower()) for p in data.get("days", ())),
        date_ons=tuple(fold(p.lower()) for p in data.get("date_ons", ())),
        place_openers=tuple(fold(p.lower()) for p in data.get("place_openers", ())),
        not_scenes=tuple(fold(p.lower()) for p in data.get("not_scenes", ())),
        countered={
            name: one_of([compile_pattern(p, classes) for p in phrases])
            for name, phrases in (data.get("countered") or {}).items()
            if phrases
        },
        report_subjects=_any_of(reports.get("subjects", ()), classes),
        report_incidents=_any_of(reports.get("incidents", ()), classes),
        funeral_subjects=_any_of(funerals.get("subjects", ()), classes),
        funeral_incidents=_any_of(funerals.get("incidents", ()), classes),
        aftermath_subjects=_any_of(aftermaths.get("subjects", ()), classes),
        aftermath_incidents=_any_of(aftermaths.get("incidents", ()), classes),
        state_force=_state_force(data.get("state_force"), classes),
        language=str(data.get("language", "en")),
    )


def _state_force_names(entry: dict[str, Any] | None) -> set[str]:
    """The sub-event types a `state_force` entry names."""
    return {*entry["types"], entry["instead"]} if entry else set()


def _state_force(entry: dict[str, Any] | None, classes: dict[str, list[str]]) -> StateForce | None:
    """The config's `state_force` entry (None when the rules have none)."""
    if not entry:
        return None
    return StateForce(
        types=frozenset(entry["types"]),
        instead=entry["instead"],
        others=AnyOf.of(entry["others"], classes),
        state=AnyOf.of(entry["state"], classes),
    )


def _any_of(patterns: Sequence[str], classes: dict[str, list[str]]) -> AnyOf | None:
    """Any of the cue-syntax `patterns` (None when there are none)."""
    return AnyOf.of(patterns, classes) if patterns else None


def _overlay(english: dict[str, Any], local: dict[str, Any], code: str) -> dict[str, Any]:
    """Another language's rules document: its classes, cues and casualty words on the
    English file's zones, default, refinements and event types."""
    unknown = set(local.get("sub_events", {})) - set(english["sub_events"])
    if unknown:
        raise ValueError(f"events/{code}.yaml names unknown sub-event types: {sorted(unknown)}")
    cues = local.get("sub_events", {})
    return {
        **english,
        "classes": local.get("classes", {}),
        "sub_events": {
            name: {
                "event_type": entry["event_type"],
                "cues": (cues.get(name) or {}).get("cues", {}),
            }
            for name, entry in english["sub_events"].items()
        },
        "refine": {**english["refine"], "cues": local.get("refine_cues", {})},
        "casualties": local["casualties"],
        "strikes": local.get("strikes"),
        "forces": local.get("forces"),
        "other_event": local.get("other_event", []),
        "links": local.get("links", []),
        "several_events": local.get("several_events", []),
        "days": local.get("days", []),
        "date_ons": local.get("date_ons", []),
        "place_openers": local.get("place_openers", []),
        "not_scenes": local.get("not_scenes", []),
        "countered": local.get("countered", {}),
        "reports": local.get("reports", {}),
        "funerals": local.get("funerals", {}),
        "aftermaths": local.get("aftermaths", {}),
        "language": code,
    }


def load_event_rules(path: Path = DEFAULT_EVENTS_PATH) -> EventRules:
    """Rules from `config/events.yaml` (or the file given), with the other languages' files
    of the `events/` folder beside it."""
    english = yaml.safe_load(path.read_text(encoding="utf-8"))
    languages = {}
    for language_file in sorted((path.parent / LANGUAGE_FOLDER).glob("*.yaml")):
        code = language_file.stem
        if not _LANGUAGE_CODE.fullmatch(code):
            raise ValueError(f"{language_file}: not named by an ISO 639-1 code")
        local = yaml.safe_load(language_file.read_text(encoding="utf-8"))
        languages[code] = parse_rules(_overlay(english, local, code))
    return replace(parse_rules(english), languages=languages)
