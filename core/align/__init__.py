"""Aligning two articles: similarity, matching, verdicts and reasons."""

from __future__ import annotations
