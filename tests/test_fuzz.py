"""The nightly fuzz run: the invariants of ``tests/test_invariants.py`` over 10,000 generated inputs each.

Off by default (marked ``fuzz``); ``make fuzz`` runs it. Hypothesis's example database is not used, so every run
explores fresh inputs; a failure prints the smallest input that breaks an invariant, to add as an ``@example``.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.errors import ArticleError
from core.reading.load import Kind, load_bytes
from tests.test_invariants import (
    article_texts,
    check_article,
    check_pair,
    kinds,
    load_or_refuse,
    raw_bytes,
    texts,
)

RUNS = 10_000
"""Generated inputs per fuzz test."""

FUZZ = settings(
    max_examples=RUNS,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)

pytestmark = pytest.mark.fuzz


@FUZZ
@given(texts, kinds)
def test_fuzz_loading_text(text: str, kind: Kind | None) -> None:
    """10,000 texts in every format: an article with intact segments, or a one-line ArticleError."""
    load_or_refuse(text, kind)


@FUZZ
@given(raw_bytes)
def test_fuzz_loading_bytes(data: bytes) -> None:
    """10,000 byte strings: an article with intact segments, or a one-line ArticleError."""
    try:
        article = load_bytes(data, path="fuzz.bin")
    except ArticleError as error:
        assert "\n" not in str(error)  # noqa: PT017 - the message itself is what is checked
        return
    check_article(article, plain=True)


@FUZZ
@given(article_texts(), article_texts() | st.just(""))
def test_fuzz_pairs(left_text: str, right_text: str) -> None:
    """10,000 pairs: coverage, swap symmetry, determinism, JSON round trip and every export."""
    left = load_or_refuse(left_text, "text")
    right = load_or_refuse(right_text or left_text, "text")
    if left is None or right is None:
        return
    check_pair(left, right)
