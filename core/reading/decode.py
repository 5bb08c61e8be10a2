"""Turning the bytes of an article into text: encodings, byte-order marks, and refusing what is not text.

Order of attempts: a byte-order mark (UTF-8, UTF-16, UTF-32) decides; then strict UTF-8; then UTF-16 without
a mark when every other byte is NUL; then UTF-8 with a few broken bytes replaced (a truncated download); then a
legacy encoding found by charset-normalizer (cp1252 whenever the
detector picks a Latin code page and the bytes are valid cp1252). UTF-8 text that was once mis-decoded as
cp1252 or Latin-1 (``donâ€™t``) is repaired by ftfy's ``fix_encoding``, also where only part of the text is
broken (an emoji or a Greek word beside the mojibake). Anything with NUL bytes or many control characters is
refused as binary.

The repair is the last step of decoding: the text it returns is the text storydiff reads and shows, so every
offset a segment carries points into the repaired text.
"""

from __future__ import annotations

import codecs
import re

from core.errors import ArticleError

__all__ = ["MAX_BYTES", "decode_bytes"]

MAX_BYTES = 10 * 1024 * 1024
"""Largest input accepted (10 MiB). News articles are rarely over 200 KB; larger files are refused unread."""

MAX_CONTROL_SHARE = 0.01
"""Share of control characters (not tab, newline, carriage return, form feed) above which input is binary."""

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_ESCAPE_SEQUENCE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]{0,2048}(?:\x07|\x1b\\)|[@-Z\\-_])")
"""Terminal escape sequences (CSI colours, OSC 8 links and titles, two-character escapes): pasted terminal output
is text with escapes in it, shown literally later, so these do not count towards the binary share."""
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_WESTERN = frozenset({"cp1252", "latin_1", "iso8859_15", "mac_roman", "cp850", "cp437", "ascii"})
"""Code pages that agree with cp1252 on common letters: when the detector names one, cp1252 is used."""
_NON_LATIN = frozenset(
    {"cp1251", "koi8_r", "koi8_u", "mac_cyrillic", "iso8859_5", "cp866", "cp855", "cp1253", "iso8859_7",
     "mac_greek", "cp1255", "iso8859_8", "cp1256", "iso8859_6", "cp874", "tis_620", "cp1254", "iso8859_9"}
)  # fmt: skip
"""Code pages of other scripts (and Turkish): the detector's choice stands."""
MIN_COHERENCE = 0.3
"""Below this language coherence, the detector's pick of another Latin code page (Baltic, Central European) is a
guess on a short sample; cp1252, the most common legacy encoding, is used when it reads as well."""


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _mostly_utf8(data: bytes) -> str | None:
    """Decode UTF-8 with a few broken bytes (a truncated last character, a stray byte), replacing those."""
    valid = len(_UTF8_MULTIBYTE.findall(data))
    if not valid:
        return None
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    return text if broken <= max(2, valid // 50) else None


def _utf16_without_bom(data: bytes) -> str | None:
    """Decode UTF-16 that lacks a byte-order mark, recognised by NUL bytes at every other position."""
    sample = data[:4096]
    if len(sample) < 4 or len(data) % 2:
        return None
    even_nuls = sample[0::2].count(0) / (len(sample) / 2)
    odd_nuls = sample[1::2].count(0) / (len(sample) / 2)
    if odd_nuls > 0.6 and even_nuls < 0.05:
        return _strict(data, "utf-16-le")
    if even_nuls > 0.6 and odd_nuls < 0.05:
        return _strict(data, "utf-16-be")
    return None


def _legacy(data: bytes) -> str | None:
    """Decode a legacy (single-byte or East Asian) encoding chosen by charset-normalizer."""
    from charset_normalizer import from_bytes  # only non-UTF-8 input pays for the import
    from charset_normalizer.utils import is_multi_byte_encoding

    best = from_bytes(data).best()
    if best is None:
        return None
    encoding = best.encoding
    if encoding in _NON_LATIN or is_multi_byte_encoding(encoding):
        return _strict(data, encoding)
    if encoding not in _WESTERN:
        western = from_bytes(data, cp_isolation=["cp1252"]).best()
        if western is None or western.chaos > best.chaos:
            return _strict(data, encoding)
        if western.coherence < best.coherence and best.coherence >= MIN_COHERENCE:
            return _strict(data, encoding)
    return _strict(data, "cp1252") or _strict(data, encoding)


def _utf8_misread_as(encodings: tuple[str, ...]) -> re.Pattern[str]:
    """What every UTF-8 character looks like when its bytes are read in one of ``encodings``: the character a lead
    byte becomes, then one a continuation byte becomes (``Ã©`` for ``é`` in cp1252, ``Р°`` for ``а`` in cp1251)."""

    def chars(first: int, last: int, encoding: str) -> str:
        found = (bytes([b]).decode(encoding, errors="ignore") for b in range(first, last + 1))
        return re.escape("".join(sorted({c for c in found if c})))

    pairs = (f"[{chars(0xC2, 0xF4, e)}][{chars(0x80, 0xBF, e)}]" for e in encodings)
    return re.compile("|".join(pairs))


_MAYBE_MOJIBAKE = _utf8_misread_as(("latin-1", "cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "mac_roman"))
"""Text that may hold mojibake: only then is ftfy loaded (its import costs a tenth of a second at start)."""


def _repair_mojibake(text: str) -> str:
    """Undo UTF-8 text that was decoded in a legacy code page (``â€™`` for ``’``), wherever it is in the text;
    text without mojibake comes back unchanged."""
    if text.isascii() or not _MAYBE_MOJIBAKE.search(text):
        return text
    from ftfy import fix_encoding  # only text that may hold mojibake pays for the import

    return fix_encoding(text)


_DOCUMENT_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "Word, OpenDocument or EPUB file (a zip archive)"),
    (b"{\\rtf", "rich-text (RTF) document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document"),
)
"""The opening bytes of document formats people save articles in that storydiff does not read, and their names."""


def decode_bytes(data: bytes, *, source: str) -> str:
    """Decode the bytes of an article to text.

    Args:
        data: The raw bytes.
        source: Where they came from, for error messages.

    Returns:
        The decoded text (byte-order mark removed; line endings and every other character kept as they are).

    Raises:
        ArticleError: the input is too large, binary, or in no encoding storydiff can recognise.
    """
    if len(data) > MAX_BYTES:
        raise ArticleError(
            f"{source} is too large ({len(data) / 1_048_576:.1f} MiB; the limit is {MAX_BYTES // 1_048_576} MiB)"
        )
    for signature, kind in _DOCUMENT_SIGNATURES:
        if data.startswith(signature):
            raise ArticleError(
                f"{source} is a {kind}, not text: copy the article's text out of it (storydiff reads plain text, "
                "Markdown and HTML)"
            )
    text: str | None = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _strict(data, encoding)
            if text is None:
                raise ArticleError(f"{source} starts with a {encoding} byte-order mark but is not valid {encoding}")
            text = text.lstrip("\ufeff")
            break
    else:
        text = _strict(data, "utf-8")
        if text is None:
            text = _utf16_without_bom(data)
        if text is None and b"\x00" not in data:
            text = _mostly_utf8(data)
        if text is None:
            if b"\x00" in data:
                raise ArticleError(f"{source} looks like a binary file, not text")
            text = _legacy(data)
        if text is None:
            raise ArticleError(f"{source} is not in a text encoding storydiff can read (tried UTF-8, UTF-16, cp1252)")
    sample = text[:65536]
    if "\x1b" in sample:
        sample = _ESCAPE_SEQUENCE.sub("", sample)
    if sample and len(_CONTROL.findall(sample)) > MAX_CONTROL_SHARE * len(sample):
        raise ArticleError(f"{source} looks like a binary file, not text")
    return _repair_mojibake(text)
