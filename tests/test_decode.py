"""Decoding article bytes: encodings, byte-order marks, code pages, mojibake, binary and oversized input."""

from __future__ import annotations

import codecs

import pytest

from core.errors import ArticleError
from core.reading.decode import MAX_BYTES, decode_bytes

TEXT = "Kyiv’s mayor said “we will rebuild” — café owners agreed… Zürich, São Paulo, Kraków."


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-16-le"),
        codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "utf-16-le-no-bom", "utf-32-bom"],
)
def test_unicode_encodings_decode_exactly(data: bytes) -> None:
    """UTF-8 with or without a BOM, UTF-16 and UTF-32 give back the original text, BOM removed."""
    assert decode_bytes(data, source="a.txt") == TEXT


def test_cp1252_smart_quotes_and_accents_are_not_mojibake() -> None:
    """A Windows-1252 paste (curly quotes, dashes, accents) decodes to the right characters."""
    text = "The minister’s “final offer” – rejected by café owners in Zürich – was €3.5bn.\r\n" * 3
    assert decode_bytes(text.encode("cp1252"), source="a.txt") == text


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Café “quoted” text. " * 3, "cp1252"),
        ("Die Bundesregierung hat am Montag über die Lage beraten – „ernst“, sagte ein Sprecher.\n", "cp1252"),
        ("El presidente español dijo que la situación es «muy grave» y pidió calma.\n", "cp1252"),
        ("Zażółć gęślą jaźń. Łódź i Kraków to miasta w Polsce, które odwiedził prezydent.\n", "cp1250"),
        ("Президент России заявил в понедельник, что переговоры продолжатся.\n", "cp1251"),
        ("Ο πρωθυπουργός της Ελλάδας δήλωσε ότι οι συνομιλίες θα συνεχιστούν.\n", "cp1253"),
        ("Lietuvos prezidentas pareiškė, kad šalis toliau remia Ukrainą ir jos žmones.\n", "cp1257"),
    ],
    ids=["cp1252-short", "cp1252-de", "cp1252-es", "cp1250-pl", "cp1251-ru", "cp1253-el", "cp1257-lt"],
)
def test_legacy_code_pages_are_detected(text: str, encoding: str) -> None:
    """One-sentence files in Western, Central European, Cyrillic, Greek and Baltic code pages read right."""
    assert decode_bytes(text.encode(encoding), source="a.txt") == text


def test_truncated_utf8_keeps_its_text() -> None:
    """UTF-8 cut in the middle of its last character is UTF-8 with one replacement mark, not another code page."""
    text = decode_bytes("café ".encode() * 100 + b"\xc3", source="a.txt")
    assert text == "café " * 100 + "\ufffd"


def test_random_high_bytes_are_undecodable() -> None:
    """Bytes that are no known encoding give a clear 'not in a text encoding' error."""
    with pytest.raises(ArticleError, match="not in a text encoding"):
        decode_bytes(bytes(range(0x80, 0x100)) * 10, source="a.txt")


def test_latin1_accents_decode() -> None:
    """A short Latin-1 file with a handful of accented letters decodes without mojibake."""
    text = "Le président a visité Besançon et Orléans à l'été.\n"
    assert decode_bytes(text.encode("latin-1"), source="a.txt") == text


def test_double_encoded_utf8_is_repaired() -> None:
    """UTF-8 that was once mis-read as cp1252 (``Kyivâ€™s``) is repaired."""
    original = "Kyiv’s mayor said ‘we will rebuild’ — café owners agreed… in Zürich.\n"
    broken = original.encode("utf-8").decode("cp1252")
    assert "â€™" in broken
    assert decode_bytes(broken.encode("utf-8"), source="a.txt") == original


def test_legitimate_accented_text_is_not_repaired() -> None:
    """Text that merely contains Â or Ã (Portuguese, French) is left alone."""
    text = "Ãlvaro and Â. Dupont met in São Tomé.\n"
    assert decode_bytes(text.encode("utf-8"), source="a.txt") == text


def test_line_endings_and_special_spaces_are_kept_verbatim() -> None:
    """Decoding never rewrites the text: CRLF, CR, no-break and zero-width spaces stay (offsets need it)."""
    text = "Title\r\n\r\nOne.\u00a0 Two\u200b.\rThree."
    assert decode_bytes(text.encode("utf-8"), source="a.txt") == text


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)) * 4,
        bytes(range(1, 32)) * 50,
    ],
    ids=["png", "zip", "control-characters"],
)
def test_binary_input_is_refused(data: bytes) -> None:
    """Images, archives and control-character soup are refused as binary with a one-line message."""
    with pytest.raises(ArticleError, match="binary") as caught:
        decode_bytes(data, source="photo.jpg")
    assert "\n" not in str(caught.value)


def test_bad_bom_is_reported() -> None:
    """A UTF-16 byte-order mark followed by an odd number of bytes is an error, not garbage."""
    with pytest.raises(ArticleError, match="byte-order mark"):
        decode_bytes(codecs.BOM_UTF16_LE + b"a\x00b", source="a.txt")


def test_oversized_input_is_refused_before_decoding() -> None:
    """Input over MAX_BYTES is refused with the limit in the message."""
    with pytest.raises(ArticleError, match="too large"):
        decode_bytes(b"a" * (MAX_BYTES + 1), source="big.txt")
