"""bot.understand.summary.clean: only the story is left for the summarizer."""

from __future__ import annotations

import pytest

from bot.understand.summary.clean import clean_article

NOISY = """\
Shelling hits market in frontline town

By Marta Kowalenko, Field Desk
Published 2 hours ago
3 min read

ZAPORIZHZHIA, Ukraine (AP) — Artillery shells hit a market in a frontline town on \
Saturday, killing five people, regional officials said.

Image caption: Stalls burned after the shelling in the town centre

Rescuers searched the rubble for survivors into the evening.

Photo: Damaged stalls on Saturday / AFP

Advertisement

The town has been shelled almost daily since the spring.

Share this article
Facebook
WhatsApp
Copy link

Sign up for our daily briefing newsletter.

Read more:
Frontline towns empty as shelling grows
- Why the southern front matters

(Reporting by A. Writer; Editing by B. Editor)"""

STORY = [
    "Artillery shells hit a market in a frontline town on Saturday, killing five people, "
    "regional officials said.",
    "Rescuers searched the rubble for survivors into the evening.",
    "The town has been shelled almost daily since the spring.",
]


def test_noise_around_a_story_is_stripped() -> None:
    assert clean_article(NOISY) == "\n\n".join(STORY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(Reuters) - Troops withdrew.", "Troops withdrew."),
        ("BEIRUT, Sept 5 (AP) — Jets struck a village.", "Jets struck a village."),
        ("KHARTOUM, Oct 12 (Reuters) -- Talks resumed.", "Talks resumed."),
        ("KYIV, Ukraine — A drone hit a depot.", "A drone hit a depot."),
        ("GAZA CITY (AFP) - Aid trucks crossed.", "Aid trucks crossed."),
        ("(CNN)Rescuers reached the village.", "Rescuers reached the village."),
        ("ADEN, Yemen - Fighting eased.", "Fighting eased."),
    ],
)
def test_datelines_and_wire_credits_are_cut(text: str, expected: str) -> None:
    assert clean_article(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "U.S. forces left the base on Monday.",
        "NATO said on Monday it would send more air defences.",
        "By Tuesday, more than 100 people had died.",
        "Video footage showed soldiers entering the town.",
        "Photographs of the damage were shared widely.",
        "The UN - which runs the camp - said food was short.",
        "UN - which runs the camp - said food was short.",
        "Published figures show 40 people were killed.",
        "The article was published on Monday and angered officials in Kyiv.",
        "The copyright dispute over the war photographs went to court in May.",
        "This story was first reported by Reuters on Monday, citing two sources.",
        "The report was updated after the ministry revised the toll to 12.",
    ],
)
def test_story_sentences_that_look_like_noise_are_kept(text: str) -> None:
    assert clean_article(text) == text


@pytest.mark.parametrize(
    "notice",
    [
        "Copyright 2026 The Associated Press. All rights reserved.",
        "© 2026 Levant Daily Ltd.",
        "We use cookies to improve your experience on our site.",
        "This article was originally published on The Conversation.",
        "This story has been updated with new information.",
        "This article was amended on 5 March to correct the name of the village.",
        "This article is more than 2 years old.",
        "Follow our live coverage of the war.",
    ],
)
def test_site_notices_are_dropped(notice: str) -> None:
    assert clean_article(f"{notice}\n\n{STORY[0]}\n\n{notice}") == STORY[0]


def test_a_caption_glued_to_its_credit_is_dropped() -> None:
    text = "Soldiers at the checkpointImage: Reuters\n\nThe checkpoint reopened on Sunday."
    assert clean_article(text) == "The checkpoint reopened on Sunday."


def test_inline_read_also_and_its_headline_are_dropped() -> None:
    text = "Two people were hurt, the mayor said. Read also:\nFerry service suspended in port"
    assert clean_article(text) == "Two people were hurt, the mayor said."


def test_repeated_paragraph_is_kept_once() -> None:
    text = "The bridge was destroyed.\n\nTraffic was diverted.\n\nThe bridge was destroyed."
    assert clean_article(text) == "The bridge was destroyed.\n\nTraffic was diverted."


def test_a_text_of_labels_only_is_kept() -> None:
    assert clean_article("Shelling in Kharkiv\n\nThree hurt") == "Shelling in Kharkiv\n\nThree hurt"


def test_a_long_lead_in_ending_in_a_colon_is_kept() -> None:
    text = (
        "The ministry listed the towns hit overnight by drones:\n\nIzium, Balakliia and Kupiansk."
    )
    assert clean_article(text) == text


@pytest.mark.parametrize("text", ["", "  \n\n ", NOISY])
def test_cleaning_is_idempotent(text: str) -> None:
    assert clean_article(clean_article(text)) == clean_article(text)


@pytest.mark.parametrize(
    "note",
    [
        "Editor's note: This story contains descriptions of violence.",
        "Editor’s Note: Names have been changed to protect those quoted.",
        "Content warning: the following report describes killings.",
        "Warning: this article contains images some readers may find distressing.",
    ],
)
def test_an_editors_note_or_a_content_warning_is_no_story(note: str) -> None:
    assert clean_article(f"{note}\n\n{STORY[0]}") == STORY[0]


CHECKED_LINES = [
    "Read more:",
    "Rescuers searched the rubble overnight. Read more",
    "Rescuers searched the rubble overnight. READ ALSO :",
    "Rescuers searched the rubble overnight. See alſo",
    "Rescuers searched the rubble overnight, officials said more than once.",
    "Firefighters at the scene (Photo by Anna Petrenko)",
    "Smoke rises over the port / AFP via Getty Images",
    "Image: regional administration",
    "A crater left by the strike near the station.",
    "The photo agency said the images were taken on Monday.",
]


@pytest.mark.parametrize("line", CHECKED_LINES)
def test_cheap_checks_before_the_line_regexes_give_their_answers(line: str) -> None:
    """A line is searched for a photo credit or a trailing "Read more" only when it holds a
    word every match holds: the answers are the regexes' own, long s ("ſ") included."""
    from bot.understand.summary import clean

    assert clean._caption_credit(line) == bool(clean._CAPTION_CREDIT.search(line))
    assert clean._without_read_more(line) == clean._TRAILING_READ_MORE.sub("", line)
