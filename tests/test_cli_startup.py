"""What opening the reader imports before its first frame: only what that frame needs.

The aligner (numpy, rapidfuzz), the exporters, the network client and the HTML extractor are imported later,
when they are used, so they never delay the first frame (``python -m bench.reader_speed`` prints the launch time).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

DEFERRED = ("numpy", "rapidfuzz", "core.align.aligner", "core.export.formats", "httpx", "trafilatura", "jsonschema")
"""Modules the reader's start must not import."""

FIRST_FRAME = """
import sys
from tui.cli_args import build_parser
from tui.cli import _load_pair, settings_from
from tui.app import make_app

args = build_parser("").parse_args(["seeds/guardian.txt", "seeds/kyiv-independent.txt"])
left, right = _load_pair(args.sources[0], args.sources[1], args.timeout)
make_app(left, right, settings=settings_from(args))
print(",".join(sorted(name for name in sys.modules if name.split(".")[0] in {deferred!r} or name in {deferred!r})))
"""


def test_opening_the_reader_defers_the_aligner_exporters_and_network() -> None:
    """Parsing the reader's arguments, reading the seed pair and building the app import none of them."""
    code = FIRST_FRAME.format(deferred=set(DEFERRED))
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_the_export_command_still_offers_every_format() -> None:
    """The export parser, built on its own, accepts every exporter's format and nothing else."""
    from core.export.formats import FORMATS
    from tui.cli_args import UsageError, build_parser

    for fmt in FORMATS:
        assert build_parser("export").parse_args(["a.txt", "b.txt", "--format", fmt]).format == fmt
    with pytest.raises(UsageError, match="invalid choice"):
        build_parser("export").parse_args(["a.txt", "b.txt", "--format", "pdf"])
