"""Decoding article bytes: encodings, byte-order marks, code pages, mojibake, binary and oversized input."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.errors import ArticleError
from core.reading.decode import MAX_BYTES, decode_bytes
from core.reading.load import load_bytes

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


def misread(text: str) -> str:
    """``text`` as a Windows program shows its UTF-8 bytes: each byte as cp1252 (Latin-1 where cp1252 has none)."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode("utf-8"))


@pytest.mark.parametrize(
    "intact",
    [
        "She posted 😀 afterwards.",
        "The ship was named Καλημέρα.",
        "Protesters in Київ chanted.",
        "The slogan read 東京 on the banner.",
        "A ⚠️ warning and a 🇺🇦 flag were shown.",
    ],
    ids=["emoji", "greek", "cyrillic", "cjk", "flag"],
)
def test_mojibake_beside_an_intact_emoji_or_word_is_repaired(intact: str) -> None:
    """One emoji or foreign word that was never broken does not stop the repair of the rest."""
    original = "Kyiv’s mayor said “we will rebuild” — café owners agreed… in Zürich."
    broken = f"{misread(original)} {intact}\n"
    assert "â€™" in broken
    assert decode_bytes(broken.encode("utf-8"), source="a.txt") == f"{original} {intact}\n"


def test_a_repaired_article_points_into_the_repaired_text() -> None:
    """Segment offsets index the repaired text, which is the text storydiff shows."""
    original = "Kyiv’s mayor said “we will rebuild”. Café owners agreed 😀.\n\nThe river rose in Αθήνα.\n"
    article = load_bytes(misread(original).encode("utf-8"), path="a.txt")
    assert article.text == original
    assert all(article.text[s.start : s.end] == s.text for s in article.segments)


CLEAN_WORDS = ["Kyiv’s", "“rebuild”", "—", "café", "naïve", "Zürich", "São", "Ãlvaro", "Â.", "Tomé", "Kraków",
               "€5", "½", "Αθήνα", "Київ", "東京", "😀", "🇺🇦", "…", "«non»", "ﬁne", "ＦＵＬＬ", "x²", "Ørsted",
               "Œuvre"]  # fmt: skip


@given(st.lists(st.sampled_from(CLEAN_WORDS), min_size=1, max_size=30).map(" ".join))
def test_clean_text_is_never_changed(text: str) -> None:
    """Property: text without mojibake (accents, other scripts, emoji, ligatures, curly quotes) decodes as written."""
    assert decode_bytes(text.encode("utf-8"), source="a.txt") == text


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
    with pytest.raises(ArticleError, match=r"binary|zip archive") as caught:
        decode_bytes(data, source="photo.jpg")
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "a Word, OpenDocument or EPUB file"),
        (b"{\\rtf1\\ansi\\deff0 {\\fonttbl}", "a rich-text (RTF) document"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), "a legacy Office document"),
    ],
    ids=["pdf", "docx", "rtf", "doc"],
)
def test_a_document_format_is_named_and_the_way_out_said(data: bytes, kind: str) -> None:
    """A document saved in a format storydiff does not read: one line naming it and what to do instead."""
    with pytest.raises(ArticleError) as caught:
        decode_bytes(data, source="story")
    assert str(caught.value).startswith(f"story is {kind}")
    assert "copy the article's text" in str(caught.value)


def test_bad_bom_is_reported() -> None:
    """A UTF-16 byte-order mark followed by an odd number of bytes is an error, not garbage."""
    with pytest.raises(ArticleError, match="byte-order mark"):
        decode_bytes(codecs.BOM_UTF16_LE + b"a\x00b", source="a.txt")


def test_oversized_input_is_refused_before_decoding() -> None:
    """Input over MAX_BYTES is refused with the limit in the message."""
    with pytest.raises(ArticleError, match="too large"):
        decode_bytes(b"a" * (MAX_BYTES + 1), source="big.txt")
