"""Turn feed HTML into plain text, and tidy whitespace.

Regular expressions rather than an HTML parser: feed snippets are small and messy, we
only need the words, and this runs for every ingested article. Block-level tags become
paragraph breaks ("\\n\\n") so two sentences in separate blocks never run together.
"""

from __future__ import annotations

import html
import re

# Possessive quantifiers and no "<" inside a tag keep every regex linear, even on junk
# such as thousands of unclosed "<a " (the naive patterns took minutes on 150 kB of it).
_TAG_REST = r"""(?:[^<>"']++|"[^"<]*+"|'[^'<]*+'|["'])*+>"""
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_DROPPED = re.compile(
    r"<(script|style|template|noscript)\b[^<>]*+>.*?(?:</\1\s*>|\Z)", re.DOTALL | re.IGNORECASE
)
_BLOCK_TAG = re.compile(
    r"</?(?:p|br|li|h[1-6]|div|ul|ol|dl|dt|dd|tr|td|th|table|blockquote|pre|hr|section"
    r"|article|aside|header|footer|figure|figcaption|address|main|nav)\b" + _TAG_REST,
    re.IGNORECASE,
)
_ANY_TAG = re.compile(r"</?[A-Za-z!?]" + _TAG_REST)
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_BREAK = "\n\n"


def normalize_space(s: str) -> str:
    """Collapse every run of whitespace (newlines included) into one space and strip
    (`str.split` and `re`'s `\\s` know the same whitespace)."""
    return " ".join(_INVISIBLE.sub("", s).split())


def normalize_paragraphs(s: str) -> str:
    """Normalise whitespace but keep paragraphs: blank lines become exactly "\\n\\n"."""
    paragraphs: list[str] = []
    lines: list[str] = []
    for line in [*s.split("\n"), ""]:
        if line.strip():
            lines.append(line)
        elif lines:
            paragraphs.append(normalize_space(" ".join(lines)))
            lines = []
    return _BREAK.join(p for p in paragraphs if p)


def html_to_text(html_text: str) -> str:
    """Plain text of an HTML fragment: tags stripped (script/style contents dropped),
    entities decoded, paragraphs separated by "\\n\\n", other whitespace collapsed."""
    if "<" not in html_text and "&" not in html_text:
        return normalize_paragraphs(html_text)
    text = _COMMENT.sub("", html_text)
    text = _DROPPED.sub("", text)
    text = _BLOCK_TAG.sub(_BREAK, text)
    text = _ANY_TAG.sub("", text)
    return normalize_paragraphs(html.unescape(text))
