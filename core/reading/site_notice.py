"""The site's own notice under an article: lines that speak to the reader about the site, not about the story.

A page often sets a box at the foot of its article that reads like prose but talks to the reader about the site
itself: a metered paywall (``You have now reached your allowance of 3 free articles``), a sign-up offer
(``Register now to enjoy more of the finest writing``), a privacy statement (``Your information may be shared with
other businesses``) or a subscription pitch (``Get access to … for as little as …``). When such lines close the body,
they are clutter, with the short label lines among them (``Additional Privacy Statement``, a tag list).
"""

from __future__ import annotations

import re

from core.reading.clean_context import Para
from core.reading.sentences import split_sentences

__all__ = ["MIN_NOTICES", "mark_site_notice", "site_notice"]

MIN_NOTICES = 2
"""A foot stretch is the site's notice only with this many sentences that address the reader about the site: one
alone may be the article's own advice (``You can read the report on the commission's website.``)."""
LABEL_WORDS = 12
"""A line of this many words at most that is not prose (a label, a tag list) may stand among the notice's lines."""

_QUOTED = re.compile(r"[“\"][^“”\"]*(?:[”\"]|$)")
"""A quotation, or one left open to the paragraph's end (a quotation going on in the next paragraph): what someone
said to someone else, not the page to its reader."""
_YOU = re.compile(r"\b(?:you|your|yours)(?:['’](?:re|ll|ve|d))?\b", re.IGNORECASE)
"""The reader, addressed."""
_SITE_VERB = re.compile(
    r"^(?:please\s+)?(?:register|subscribe|sign (?:up|in)|log ?in|join|get access|download|check out|click|tap)\b",
    re.IGNORECASE,
)
"""An order to the reader to do something on the site, opening a line (``Register now to …``)."""
_SITE_WORDS = re.compile(
    r"\b(?:web ?site|site|articles?|newsletters?|e-?mails?|inbox|regist(?:er|ered|ration)|subscri(?:be|bed|ption|ber)s?"
    r"|sign(?:-| )?up|log ?in|accounts?|privacy|cookies?|information|browser|free|unsubscribe|advertising|premium"
    r"|access)\b",
    re.IGNORECASE,
)
"""What a site's notice is about: its articles, its accounts, its mail, its data, its price."""
_WE = re.compile(r"\b(?:we|our|ours|us)(?:['’](?:re|ll|ve|d))?\b", re.IGNORECASE)
"""The site, speaking of itself."""
_SAID = re.compile(r"\b(?:said|says|say|told|tells|added|adds|according to)\b", re.IGNORECASE)
"""Someone's words reported: the article's, never the site's."""


def _unquoted(text: str) -> str:
    """``text`` with its quotations blanked out, each character by a space (so offsets still hold)."""
    return _QUOTED.sub(lambda match: " " * len(match.group()), text)


def _addresses_reader(plain: str) -> bool:
    """Whether a line whose quotations are blanked out speaks to the reader (``you``, or an order such as ``Register
    now``) and names something of the site's (articles, a newsletter, an account, privacy, information, a free
    offer)."""
    return bool(_SITE_WORDS.search(plain)) and bool(_YOU.search(plain) or _SITE_VERB.match(plain.lstrip("( ")))


def site_notice(text: str) -> bool:
    """Whether a line addresses the reader about the site (:func:`_addresses_reader`, outside its quotations) and
    reports no one's words (``said``, ``told``)."""
    return not _SAID.search(text) and _addresses_reader(_unquoted(text))


def _notices(text: str) -> int:
    """How many of a paragraph's sentences address the reader about the site (:func:`_addresses_reader`, outside
    the paragraph's quotations), when they are at least half of them (else 0: the paragraph is the article's, which
    may say a word to its reader, or reports someone's words)."""
    if _SAID.search(text):
        return 0
    plain = _unquoted(text)
    sentences = [plain[start:end] for start, end in split_sentences(text)] or [plain]
    count = sum(1 for sentence in sentences if _addresses_reader(sentence))
    return count if count * 2 >= len(sentences) else 0


def mark_site_notice(paras: list[Para], first: int) -> None:
    """Make clutter the site's notice that closes the body: the body paragraphs from the last one up, while most of
    each one's sentences are :func:`site_notice` lines or it is a short label line (not prose, :data:`LABEL_WORDS`
    words at most), when their notices count :data:`MIN_NOTICES` sentences or more, the site speaks of itself in them
    (``we``, ``our``: advice to the reader that names no one's own service is the article's) and the article's own
    prose stands above them."""
    body = [k for k in range(max(first, 0), len(paras)) if paras[k].role == "body"]
    stretch: list[int] = []
    notices = 0
    for k in reversed(body):
        para = paras[k]
        found = _notices(para.text)
        if found:
            notices += found
        elif para.prose or para.words > LABEL_WORDS:
            break
        stretch.append(k)
    site_speaks = any(_WE.search(_unquoted(paras[k].text)) for k in stretch)
    if notices < MIN_NOTICES or len(stretch) == len(body) or not site_speaks:
        return
    for k in stretch:
        paras[k].role = "boilerplate"
