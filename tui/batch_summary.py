"""The summaries of ``storydiff batch``: ``summary.jsonl`` and ``summary.csv``, one row per pair or event.

Both hold the same rows in the manifest's order, with the columns of :data:`tui.batch_work.COLUMNS`. They are ready
for pandas or DuckDB as they are: one header (CSV), a fixed column order, every row on one line, numbers written as
numbers, and nothing (an empty CSV cell, JSON ``null``) where a figure does not apply. A list (sources, outlets,
titles, reasons) is a JSON array in ``summary.jsonl`` and its items joined by `` | `` in ``summary.csv``. Both are
written atomically, so a reader never sees half a summary.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from tui.batch_work import COLUMNS, Row

JSONL = "summary.jsonl"
"""The JSON Lines summary's file name."""
CSV = "summary.csv"
"""The CSV summary's file name."""
LIST_SEPARATOR = " | "
"""What joins the items of a list in a CSV cell."""

_ACTIVE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
"""Characters a terminal, an editor or a line splitter would act on."""


def write_summaries(outdir: Path, rows: Iterable[Row]) -> None:
    """Write both summaries of ``rows`` into ``outdir`` (atomically)."""
    from core.export import atomic_write_text

    rows = list(rows)
    atomic_write_text(outdir / JSONL, "".join(jsonl_line(row) for row in rows))
    atomic_write_text(outdir / CSV, csv_text(rows))


def jsonl_line(row: Mapping[str, Any]) -> str:
    """One row as a line of JSON (keys in column order), ending with a newline."""
    text = json.dumps({name: row.get(name) for name in COLUMNS}, ensure_ascii=False, allow_nan=False)
    return _ACTIVE.sub(lambda match: f"\\u{ord(match.group()):04x}", text) + "\n"


def csv_text(rows: Iterable[Mapping[str, Any]]) -> str:
    """The rows as CSV: a header, then one line per row."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([_cell(row.get(name)) for name in COLUMNS])
    return buffer.getvalue()


def _cell(value: Any) -> str:
    """A value as a CSV cell: a number as written, a list joined, nothing for ``None``; always one line."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        value = LIST_SEPARATOR.join(_cell(item) for item in value)
    return _ACTIVE.sub(lambda match: f"<U+{ord(match.group()):04X}>", str(value))


def read_previous(outdir: Path) -> dict[str, Row]:
    """The rows of an earlier run's ``summary.jsonl`` in ``outdir``, by id; lines that do not parse are left out."""
    rows: dict[str, Row] = {}
    try:
        text = (outdir / JSONL).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return rows
    for line in text.splitlines():
        try:
            row = json.loads(line)
        except ValueError:
            continue
        if isinstance(row, dict) and isinstance(row.get("id"), str) and list(row) == list(COLUMNS):
            rows[row["id"]] = row
    return rows
