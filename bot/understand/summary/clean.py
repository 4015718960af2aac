"""Strip what is not the story from an article's plain text before it is summarized.

Works a line at a time: `bot.ingest.text` puts every HTML block on its own line, and a line is
treated as a paragraph. Dropped: bylines and author/editor lines, photo captions and
credits, "Read more" and related-link lists, newsletter and share-button prompts,
advertising markers, reading times, agency sign-offs, site notices (copyright, cookies,
"This article was updated ...", "Editor's note: ...", "Content warning: ...") and repeated
paragraphs; short
lines without sentence-ending punctuation (headlines, labels, dates, names) when the text
has real sentences. A dateline or wire credit opening a paragraph ("BEIRUT, Sept 5 (AP) —",
"(Reuters) -", "KYIV, Ukraine —") is cut from that paragraph. Pure and idempotent.
"""

from __future__ import annotations

import re

_LABEL_MAX_WORDS = 20
"""A line without sentence-ending punctuation and at most this many words is a label."""

_SENTENCE_END = re.compile(r"""[.!?…]["'”’»)\]]*$""")
_LEAD_IN = re.compile(r":\s*$")
_LEAD_IN_MIN_WORDS = 7
"""A line ending in a colon introduces what follows when it has at least this many words."""

_AGENCY = (
    r"(?:AP|AFP|Reuters|Xinhua|Bloomberg|CNN|dpa|DPA|ANI|IANS|PTI|UPI|Anadolu|MENAFN[^)]{0,30})"
)
_CAPS_WORD = r"[A-Z][A-Z'’.-]+"
_PLACE_TAIL = r"(?:,\s*[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|and|the))*)?"
_DATE_PART = r"(?:,?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}))?"
_DASH = r"\s*(?:--|[-—–])\s+(?=[A-Z0-9\"“‘'])"
_DATELINE = re.compile(
    r"^\s*(?:date\s+\d{4}-\d{2}-\d{2}\s*)?"
    r"(?:(?:"
    rf"{_CAPS_WORD}(?:\s+{_CAPS_WORD})*{_PLACE_TAIL}{_DATE_PART}"
    rf"(?:\s*\({_AGENCY}\))?{_DASH}"
    rf"|{_CAPS_WORD}(?:\s+{_CAPS_WORD})*{_PLACE_TAIL}{_DATE_PART}\s*\({_AGENCY}\)\s*(?:{_DASH})?"
    rf"|\({_AGENCY}\)(?:{_DASH}|\s*)"
    r"))?"
)

_JUNK_LINE = re.compile(
    r"^(?:\d+\.\s*)?(?:"
    r"advertisement|advertising|sponsored(?: content)?|\[ad_\d+\]|source link|comments?"
    r"|share(?: this(?: article| story| with)?)?|tweet|email|e-mail|print|facebook|twitter|x"
    r"|whatsapp|messenger|pinterest|linkedin|telegram|reddit|copy (?:this )?link"
    r"|these are external links and will open in a new window"
    r"|media playback is (?:not supported|unsupported) on (?:this|your) device"
    r"|skip to .{0,40}|related(?: topics| articles| stories| content)?:?|more on this story"
    r"|top stories|latest(?: from .{0,30}| news)?|most read|you may also like.{0,20}"
    r"|\d+\s+min(?:ute)?s? read|listen to (?:this )?article.{0,20}"
    r"|(?:author|editor|date|source)s?:.{0,60}"
    r"|(?:image|photo|picture|video)(?:\s+(?:caption|source|credit))?\s*[:,].{0,200}"
    r"|(?:image|photo|picture|video)\s+(?:caption|credit)\b.{0,200}"
    r"|\((?:adds|updates|recasts|corrects|reporting|writing|editing)\b[^)]*\)"
    r"|(?:reporting|writing|editing|additional reporting) by\b.{0,200}"
    r"|[a-z]{1,4}(?:/[a-z]{1,9}){1,6}"
    r"|https?://\S+"
    r")$",
    re.IGNORECASE,
)
_PROMPT = re.compile(
    r"^(?:newsletter\b|sign up\b|subscribe\b|follow (?:us|our)\b|click here\b"
    r"|download (?:our|the) app"
    r"|get (?:our|the) .{0,40}newsletter|for the latest .{0,60}(?:follow|sign up|subscribe))",
    re.IGNORECASE,
)
_NOTICE = re.compile(
    r"^(?:(?:copyright|©|\(c\))\s*(?:\d{4}|©)"
    r"|.{0,80}\ball rights reserved\b"
    r"|(?:we|this (?:site|website)) uses? cookies\b"
    r"|(?:this|the above) (?:article|story|report) (?:was |is |has been )?"
    r"(?:originally |first )?(?:published|republished|updated|amended|corrected)"
    r"(?: (?:on|in|from|with|by|to)\b.{0,80})?[.!]?$"
    r"|this (?:article|story) is more than .{0,30} old\b"
    r"|(?:editor['’]?s['’]? note|note to (?:our )?readers|(?:content|trigger) warning)\s*:"
    r"|warning\s*:\s*(?:this|the following) (?:article|story|report|video|content)\b)",
    re.IGNORECASE,
)
_NOTICE_MAX_WORDS = 30
"""Site notices (copyright, cookies, "this article was updated", an editor's note) are short
lines."""
_CAPTION_CREDIT = re.compile(
    r"(?:(?:Image|Photo|Picture)(?: credit)?\s*:\s*\S.{0,60}$"
    r"|[\[(](?:Photo|Image|Picture)s?\s+(?:by|:|credit)[^\])]{0,120}[\])]"
    r"|\bvia Getty Images\b"
    r"|/\s*(?:AFP|AP|Reuters|EPA|Getty(?: Images)?)(?:\s+via\s+Getty\s+Images)?\s*$)"
)
_CAPTION_WORDS = ("Image", "Photo", "Picture", "via Getty Images", "/")
"""Every match of `_CAPTION_CREDIT` holds one of these (its search over a whole line costs
ten times looking for them first)."""
_READ_MORE = re.compile(r"^(?:read|see|watch|listen)(?: more| also)\b.*$", re.IGNORECASE)
_TRAILING_READ_MORE = re.compile(r"\s*\b(?:read|see)\s+(?:more|also)\s*:?\s*$", re.IGNORECASE)
_READ_MORE_ENDS = ("more", "also", "alſo")
"""What every match of `_TRAILING_READ_MORE` holds once lower-cased: ignoring case, `re`
also reads the long s ("ſ", already lower case) as "s"."""
_LIST_HEAD = re.compile(
    r"^(?:read more|see also|related(?: topics| articles| stories)?|more on this story"
    r"|(?:read|see) also|more from .{0,30})\s*:?\s*$",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^\s*(?:[-•*·–]|\d+[.)])\s+")


def _is_label(line: str) -> bool:
    """A short line that ends without sentence punctuation: headline, byline, name, date,
    tag, "Key takeaway:"."""
    words = len(line.split())
    if _SENTENCE_END.search(line) or words > _LABEL_MAX_WORDS:
        return False
    return not _LEAD_IN.search(line) or words < _LEAD_IN_MIN_WORDS


def _is_junk(line: str) -> bool:
    return bool(
        _JUNK_LINE.match(line)
        or _PROMPT.match(line)
        or _READ_MORE.match(line)
        or (_NOTICE.match(line) and len(line.split()) <= _NOTICE_MAX_WORDS)
        or (_caption_credit(line) and len(line.split()) <= 40)
    )


def _caption_credit(line: str) -> bool:
    """Whether the line holds a photo credit (`_CAPTION_CREDIT`)."""
    return any(word in line for word in _CAPTION_WORDS) and bool(_CAPTION_CREDIT.search(line))


def _without_read_more(line: str) -> str:
    """The line without a trailing "Read more:" (`_TRAILING_READ_MORE`)."""
    lowered = line.lower()
    if any(end in lowered for end in _READ_MORE_ENDS):
        return _TRAILING_READ_MORE.sub("", line)
    return line


def clean_article(text: str) -> str:
    """The story's own paragraphs of `text`, joined by blank lines (see the module doc)."""
    lines = [line.strip() for line in text.splitlines()]
    has_sentences = any(line and not _is_label(line) for line in lines)
    kept: list[str] = []
    seen: set[str] = set()
    in_link_list = False
    for raw in lines:
        if not raw:
            in_link_list = False
            continue
        if in_link_list and (_is_label(raw) or _BULLET.match(raw)):
            continue
        in_link_list = bool(_LIST_HEAD.match(raw))
        line = _without_read_more(raw)
        if line != raw:
            in_link_list = True
        line = _DATELINE.sub("", line, count=1).strip()
        if not line or _is_junk(line) or (has_sentences and _is_label(line)):
            continue
        key = line.casefold()
        if key in seen:
            continue
        seen.add(key)
        kept.append(line)
    return "\n\n".join(kept)
