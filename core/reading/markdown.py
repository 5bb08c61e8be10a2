"""Reducing a Markdown article to plain text, line by line, and reading its front matter.

The document is parsed by markdown-it-py (CommonMark, with tables and strikethrough), whose block tokens carry the
lines they came from: each block's text is put back on its own source lines, so the reduced text has exactly the
source's lines and the line structure (and with it the paragraphs) stays as written. Headings, emphasis, links
(also wrapped over two lines, or with brackets in their text), images, block quotes, list markers, code, escapes and
entities are reduced to their text; a table row becomes its cells' text; lines that are only markup (fences, rules,
setext underlines, table delimiter rows, link definitions, HTML tags) become blank lines. A YAML front-matter block
gives metadata hints. A run of :data:`PLAIN_RUN` or more punctuation marks inside a paragraph (``[[[[…``, ``****…``)
is text, as it would be shown: the inline parser reads it in one step instead of trying each mark as markup.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from core.reading.hints import Hints
from core.reading.metadata import find_date, parse_authors
from core.reading.outlet import host_outlet
from core.text.folding import collapse_space_and_quotes

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.rules_core import StateCore
    from markdown_it.token import Token

__all__ = ["reduce_inline", "reduce_markdown"]

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(?P<body>.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_FRONT_KEY = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*)$")
_FRONT_ITEM = re.compile(r"^\s*-\s+(?P<value>.+)$")
_URL = re.compile(r"https?://", re.IGNORECASE)
_WIKI_LINK = re.compile(r"\[\[(?:[^\]|]*\|)?(?P<text>[^\]|]*)\]\]")
"""A note-taking app's link to a note (``[[Martin Fornusek]]``, ``[[people/jo|Jo Reed]]``): its text is the value."""
_NEWLINE = re.compile(r"\r\n|\r|\n")
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_TAG = re.compile(r"</?[a-zA-Z][\w-]*(?:\s[^<>]*)?/?>|<![A-Z][^>]*>|<\?.*?\?>")
"""An HTML tag, declaration or processing instruction on one line of an HTML block."""
CELL_SEPARATOR = "  "
"""What stands between the cells of a table row in the reduced text."""
PLAIN_RUN = 32
"""Inline, a run of this many ASCII punctuation marks or more is read as text (all but its last mark, which may
still open a link or emphasis): no Markdown needs such a run, and the parser would spend a token on each mark."""
_PUNCTUATION_RUN = re.compile(rf"[!-/:-@\[-`{{-~]{{{PLAIN_RUN},}}")
_STAND_IN = 0xF700
"""Marks of a plain run are swapped for private-use characters at ``_STAND_IN`` plus their code (which the inline
parser reads as text) and swapped back in the reduced text."""
_TO_STAND_IN = {code: _STAND_IN + code for code in range(0x21, 0x7F)}
_FROM_STAND_IN = {_STAND_IN + code: code for code in range(0x21, 0x7F)}
_STAND_INS = re.compile(f"[{chr(_STAND_IN + 0x21)}-{chr(_STAND_IN + 0x7E)}]")

_TITLE_KEYS = ("title", "headline")
_STANDFIRST_KEYS = ("subtitle", "standfirst", "dek", "description", "summary")
_AUTHOR_KEYS = ("author", "authors", "byline")
_DATE_KEYS = ("date", "published", "pubdate", "publishdate")
_OUTLET_KEYS = ("outlet", "publisher", "publication", "site", "site_name", "source")


@cache
def _parser() -> MarkdownIt:
    """The CommonMark parser with tables and strikethrough (built on first use: the import costs a start), and
    punctuation runs read as text (:func:`_plain_runs`)."""
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark", {"typographer": False}).enable(["table", "strikethrough"])
    parser.core.ruler.before("inline", "plain_runs", _plain_runs)
    return parser


def _plain_runs(state: StateCore) -> None:
    """A core rule, before inline parsing: in each paragraph's text, the marks of a run of :data:`PLAIN_RUN` or more
    punctuation marks but the last become stand-ins (:data:`_STAND_IN`), which :func:`_inline_text` turns back. Text
    that holds a stand-in character of its own is left as it is."""
    for token in state.tokens:
        if token.type == "inline" and len(token.content) >= PLAIN_RUN and not _STAND_INS.search(token.content):
            token.content = _PUNCTUATION_RUN.sub(
                lambda m: m.group()[:-1].translate(_TO_STAND_IN) + m.group()[-1], token.content
            )


def _inline_text(children: Sequence[Token]) -> str:
    """The text of inline tokens: text, code and image descriptions kept, markup and inline HTML dropped, a line
    break as a newline."""
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "text_special", "code_inline"):
            parts.append(child.content.translate(_FROM_STAND_IN))
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif child.type == "image":
            parts.append(_inline_text(child.children or ()))
    return "".join(parts)


def reduce_inline(text: str) -> str:
    """Reduce the inline Markdown of a text (links, emphasis, code, escapes, entities) to its text."""
    tokens = _parser().parseInline(text)
    return _inline_text(tokens[0].children or ()) if tokens else text


def _lone_images(children: Sequence[Token]) -> list[Token]:
    """The images of a paragraph that each stand alone on a line of it (white space aside): a picture on its own,
    or one set over its caption's text (``![alt](…)`` then ``Photo: …`` on the next line)."""
    found: list[Token] = []
    line: list[Token] = []
    for child in [*children, None]:
        if child is None or child.type in ("softbreak", "hardbreak"):
            if len(line) == 1 and line[0].type == "image":
                found.append(line[0])
            line = []
        elif not (child.type == "text" and not child.content.strip()):
            line.append(child)
    return found


def _put(lines: list[str], first: int, end: int, text: str) -> None:
    """Put the lines of ``text`` on source lines ``first`` to ``end - 1`` (extra text joins the last of them)."""
    pieces = text.split("\n")
    room = max(end - first, 1)
    if len(pieces) > room:
        pieces = [*pieces[: room - 1], " ".join(pieces[room - 1 :])]
    for k, piece in enumerate(pieces):
        if first + k < len(lines):
            lines[first + k] = piece


def _html_text(block: str) -> str:
    """The text of an HTML block, line for line: comments and tags dropped, entities decoded."""
    block = _COMMENT.sub(lambda m: "\n" * m.group().count("\n"), block)
    return "\n".join(html.unescape(_TAG.sub("", line)) for line in block.split("\n"))


def _reduce_blocks(body: str, count: int) -> tuple[list[str], set[str]]:
    """The text of each of the ``count`` source lines of ``body``, and the image descriptions that stand alone."""
    lines = [""] * count
    captions: set[str] = set()
    tokens = _parser().parse(body)
    row: list[str] = []
    row_map: list[int] | None = None
    for index, token in enumerate(tokens):
        kind, where = token.type, token.map
        if kind == "inline" and where is not None:
            opener = tokens[index - 1].type if index else ""
            children = token.children or []
            if opener in ("th_open", "td_open"):
                row.append(" ".join(_inline_text(children).split()))
                continue
            for image in _lone_images(children) if opener == "paragraph_open" else []:
                captions.add(collapse_space_and_quotes(_inline_text(image.children or ())))
            _put(lines, where[0], where[1], _inline_text(children))
        elif kind == "tr_open":
            row, row_map = [], where
        elif kind == "tr_close" and row_map is not None:
            _put(lines, row_map[0], row_map[1], CELL_SEPARATOR.join(row))
        elif kind in ("fence", "code_block") and where is not None:
            first = where[0] + 1 if kind == "fence" else where[0]
            _put(lines, first, where[1], token.content.removesuffix("\n"))
        elif kind == "html_block" and where is not None:
            _put(lines, where[0], where[1], _html_text(token.content.removesuffix("\n")))
    return lines, captions


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
            value = _WIKI_LINK.sub(r"\g<text>", pair.group("value").strip().strip("\"'"))
            fields[key] = (
                [v.strip().strip("\"'") for v in value.strip("[]").split(",")]
                if value.startswith("[")
                else ([value] if value else [])
            )
        elif item and key:
            fields.setdefault(key, []).append(_WIKI_LINK.sub(r"\g<text>", item.group("value").strip().strip("\"'")))
    if not fields:
        return {}, text
    return fields, text[match.end() :]


def _first(fields: dict[str, list[str]], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        values = [v for v in fields.get(key, []) if v]
        if values:
            return values[0]
    return None


def _outlet(value: str | None, lines: Sequence[str]) -> str | None:
    """The outlet a front matter names: a name as it is; a link (a web clipper's ``source: https://…``) as the name
    the article spells its host with, else the host (:func:`core.reading.outlet.host_outlet`)."""
    if value is None or not _URL.match(value):
        return value
    host = urlsplit(value).hostname
    return host_outlet(host, lines) if host else None


def reduce_markdown(source: str) -> tuple[str, Hints]:
    """Reduce a Markdown document to plain text.

    Args:
        source: The Markdown text.

    Returns:
        ``(text, hints)``: the text, one output line per input line (front matter removed; a front-matter
        title that the body does not repeat is put on the first line), and metadata from the front matter.
    """
    fields, body = _front_matter(source)
    lines, captions = _reduce_blocks(body, len(_NEWLINE.split(body)))
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
        outlet=_outlet(_first(fields, _OUTLET_KEYS), lines),
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
