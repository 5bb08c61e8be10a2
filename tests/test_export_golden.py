"""Golden files: every export format of the seed pair, compared exactly with ``tests/golden/seed.*``.

The goldens pin what users quote: any change in reading, alignment or rendering shows up here as a diff to
review. When a change is intended (e.g. the aligner improved), regenerate them with one command and review the
diff before committing::

    STORYDIFF_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_export_golden.py

The seed pair is loaded by relative paths from the repository root, so the goldens do not depend on where the
checkout lives.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import jsonschema
import pytest

from core.align.aligner import align
from core.export.formats import FORMATS, ExportFormat, render
from core.models import Alignment
from core.reading.load import load_article

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).resolve().parent / "golden"
SUFFIX: dict[ExportFormat, str] = {"text": "txt", "markdown": "md", "json": "json", "html": "html"}
UPDATE = os.environ.get("STORYDIFF_UPDATE_GOLDEN") == "1"


@pytest.fixture(scope="module")
def seed_alignment() -> Alignment:
    """The seed pair as the command line aligns it, with the default settings."""
    here = Path.cwd()
    os.chdir(ROOT)
    try:
        return align(load_article("seeds/guardian.txt"), load_article("seeds/kyiv-independent.txt"))
    finally:
        os.chdir(here)


@pytest.mark.parametrize("fmt", FORMATS)
def test_seed_export_matches_golden(seed_alignment: Alignment, fmt: ExportFormat) -> None:
    """The export equals the golden file byte for byte (regenerate with STORYDIFF_UPDATE_GOLDEN=1)."""
    golden = GOLDEN / f"seed.{SUFFIX[fmt]}"
    output = render(seed_alignment, fmt)
    if UPDATE:
        GOLDEN.mkdir(exist_ok=True)
        golden.write_text(output, encoding="utf-8", newline="")
    assert golden.exists(), f"{golden} is missing: run STORYDIFF_UPDATE_GOLDEN=1 pytest {Path(__file__).name}"
    assert output == golden.read_bytes().decode("utf-8"), (
        f"{golden.name} differs; if the change is intended, regenerate with "
        f"STORYDIFF_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_export_golden.py and review the diff"
    )


def test_seed_json_export_is_schema_valid(seed_alignment: Alignment) -> None:
    """The seed pair's JSON export validates against docs/alignment.schema.json."""
    schema = json.loads((ROOT / "docs" / "alignment.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(json.loads(render(seed_alignment, "json")))


def test_seed_text_export_carries_every_body_passage(seed_alignment: Alignment) -> None:
    """Each body sentence of both seed articles is quoted in the text export, in full."""
    output = render(seed_alignment, "text")
    for article in (seed_alignment.left, seed_alignment.right):
        missing = [seg.id for seg in article.body if seg.text not in output]
        assert missing == [], f"{article.path}: body segments missing from the export: {missing}"
