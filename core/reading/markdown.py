"""Reducing a Markdown article to plain text, line by line, and reading its front matter.

Headings, emphasis, links, images, block quotes, list markers, code fences and escapes are reduced to their
text; lines that are only markup (fences, rules, setext underlines, link definitions) become blank lines, so
the line structure (and with it the paragraphs) stays as written. A YAML front-matter block gives metadata
hints.
"""

from __future__ import annotations

import re

from core.reading.hints import Hints
from core.reading.metadata import find_date, parse_authors
from core.text.folding import collapse_space_and_quotes

__all__ = ["reduce_inline", "reduce_markdown"]

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(?P<body>.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_FRONT_KEY = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*)$")
_FRONT_ITEM = re.compile(r"^\s*-\s+(?P<value>.+)$")
_ATX = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+(?P<text>.*?))?(?:[ \t]+#+)?[ \t]*$")
_MARKUP_ONLY = re.compile(
    r"^ {0,3}(?:(?:[-*_][ \t]*){3,}|=+|```.*|~~~.*|\[[^\]]+\]:[ \t]*\S+.*|<!--.*-->|</?[a-zA-Z][^>]*>)[ \t]*$"
)
_NEWLINE = re.compile(r"\r\n|\r|\n")
_IMAGE_LINE = re.compile(r"^\s*!\[(?P<alt>[^\]]*)\]\([^)]*\)\s*$")
_LEAD = re.compile(r"^(?:[ \t]*>[ \t]?)+|^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+")
_INLINE: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"!\[(?P<t>[^\]]*)\]\([^)]*\)"), r"\g<t>"),
    (re.compile(r"\[(?P<t>[^\]]+)\]\([^)]*\)"), r"\g<t>"),
    (re.compile(r"\[(?P<t>[^\]]+)\]\[[^\]]*\]"), r"\g<t>"),
    (re.compile(r"<(?P<t>(?:https?|mailto):[^>\s]+)>"), r"\g<t>"),
    (re.compile(r"</?[a-zA-Z][\w-]*(?:\s[^<>]*)?/?>"), ""),
    (re.compile(r"(?P<m>\*\*|__)(?=\S)(?P<t>.+?)(?<=\S)(?P=m)"), r"\g<t>"),
    (re.compile(r"(?<![\w*])\*(?=\S)(?P<t>.+?)(?<=\S)\*(?![\w*])"), r"\g<t>"),
    (re.compile(r"(?<![\w_])_(?=\S)(?P<t>.+?)(?<=\S)_(?![\w_])"), r"\g<t>"),
    (re.compile(r"~~(?=\S)(?P<t>.+?)(?<=\S)~~"), r"\g<t>"),
    (re.compile(r"`+(?P<t>[^`]+?)`+"), r"\g<t>"),
    (re.compile(r"\\(?P<t>[\\`*_{}\[\]()#+\-.!>|~])"), r"\g<t>"),
)
_TITLE_KEYS = ("title", "headline")
_STANDFIRST_KEYS = ("subtitle", "standfirst", "dek", "description", "summary")
_AUTHOR_KEYS = ("author", "authors", "byline")
_DATE_KEYS = ("date", "published", "pubdate", "publishdate")
_OUTLET_KEYS = ("outlet", "publisher", "publication", "site", "site_name", "source")


def reduce_inline(line: str) -> str:
    """Reduce the inline Markdown of one line (links, emphasis, code, escapes) to its text."""
    for pattern, replacement in _INLINE:
        line = pattern.sub(replacement, line)
    return line


def _front_matter(text: str) -> tuple[dict[str, list[str]], str]:
    """Split off a front-matter block: ``({key: [values]}, rest)``; the rest is unchanged without one."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    fields: dict[str, list[str]] = {}
    key: str | None = None
    for line in match.group("body").splitlines():
        item = _FRONT_ITEM.match(line)
        pair = _FRONT_KEY.match(line)
        if not (item or pair or not line.strip() or line.lstrip().startswith("#")) or (item and not key):
            return {}, text  # not YAML: a Markdown rule and what follows it
        if pair:
            key = pair.group("key").lower()
            value = pair.group("value").strip().strip("\"'")
            fields[key] = (
                [v.strip().strip("\"'") for v in value.strip("[]").split(",")]
                if value.startswith("[")
                else ([value] if value else [])
            )
        elif item and key:
            fields.setdefault(key, []).append(item.group("value").strip().strip("\"'"))
    if not fields:
        return {}, text
    return fields, text[match.end() :]


def _first(fields: dict[str, list[str]], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        values = [v for v in fields.get(key, []) if v]
        if values:
            return values[0]
    return None


def reduce_markdown(source: str) -> tuple[str, Hints]:
    """Reduce a Markdown document to plain text.

    Args:
        source: The Markdown text.

    Returns:
        ``(text, hints)``: the text, one output line per input line (front matter removed; a front-matter
        title that the body does not repeat is put on the first line), and metadata from the front matter.
    """
    fields, body = _front_matter(source)
    lines: list[str] = []
    captions: set[str] = set()
    for line in _NEWLINE.split(body):
        heading = _ATX.match(line)
        image = _IMAGE_LINE.match(line)
        if image:
            captions.add(collapse_space_and_quotes(reduce_inline(image.group("alt"))))
            lines.append(reduce_inline(image.group("alt")))
        elif heading:
            lines.append(reduce_inline(heading.group("text") or ""))
        elif _MARKUP_ONLY.match(line):
            lines.append("")
        else:
            lines.append(reduce_inline(_LEAD.sub("", line)))
    text = "\n".join(lines)
    authors: list[str] = []
    for key in _AUTHOR_KEYS:
        for value in fields.get(key, []):
            authors.extend(parse_authors(value)[0])
    date_value = _first(fields, _DATE_KEYS)
    hints = Hints(
        title=_first(fields, _TITLE_KEYS),
        standfirst=_first(fields, _STANDFIRST_KEYS),
        authors=tuple(authors),
        date=find_date(date_value) if date_value else None,
        outlet=_first(fields, _OUTLET_KEYS),
        captions=frozenset(captions - {""}),
    )
    return prepend_header(text, hints), hints


def prepend_header(text: str, hints: Hints) -> str:
    """Put the hinted title and standfirst on the first lines when the text does not already hold them."""
    lines = text.splitlines()
    present = [collapse_space_and_quotes(line) for line in lines[:40]]
    title, standfirst = hints.title, hints.standfirst
    if standfirst and collapse_space_and_quotes(standfirst) not in present:
        if title and collapse_space_and_quotes(title) in present:
            at = present.index(collapse_space_and_quotes(title)) + 1
            return "\n".join([*lines[:at], "", standfirst, "", *lines[at:]])
        return "\n\n".join([title, standfirst, text] if title else [standfirst, text])
    if title and collapse_space_and_quotes(title) not in present:
        return "\n\n".join([title, text])
    return text
