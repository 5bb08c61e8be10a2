"""The dict/JSON form of alignments: schema-valid, and read back into the very same Alignment."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from export_samples import alignments, sample_alignment
from hypothesis import given, settings

from core.errors import ExportError
from core.export.common import chunks, passage
from core.export.formats import render
from core.export.record import alignment_from_dict, alignment_to_dict, article_to_dict
from core.models import ROLES, Alignment, Role

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "docs" / "alignment.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def test_sample_round_trips_through_json() -> None:
    """The JSON export read back gives an Alignment equal to the one exported."""
    alignment = sample_alignment()
    assert alignment_from_dict(json.loads(render(alignment, "json"))) == alignment


def test_sample_export_is_schema_valid() -> None:
    """The JSON export validates against docs/alignment.schema.json."""
    VALIDATOR.validate(json.loads(render(sample_alignment(), "json")))


@settings(max_examples=60, deadline=None)
@given(alignments())
def test_any_alignment_round_trips_and_validates(alignment: Alignment) -> None:
    """For any well-formed alignment, the JSON record is schema-valid and reads back equal."""
    record = json.loads(render(alignment, "json"))
    VALIDATOR.validate(record)
    assert alignment_from_dict(record) == alignment


@settings(max_examples=60, deadline=None)
@given(alignments())
def test_marked_chunks_spell_the_passage(alignment: Alignment) -> None:
    """Marking changed words never adds, drops or reorders text: the chunks join to the passage."""
    for item in alignment.items:
        for side in ("left", "right"):
            joined = "".join(chunk.text for chunk in chunks(alignment, item, side))  # type: ignore[arg-type]
            assert joined == passage(alignment, item, side)  # type: ignore[arg-type]


def test_article_object_has_the_documented_keys() -> None:
    """``inspect --format json`` and the export share one article object."""
    article = sample_alignment().left
    record = article_to_dict(article)
    assert list(record) == ["path", "outlet", "title", "standfirst", "authors", "date", "segments", "text"]
    assert record["authors"] == ["Ana Ruiz"]
    start = article.text.index("Heavy rain")
    assert record["segments"][2] == {
        "id": "s3",
        "text": "Heavy rain closed 12 schools on Monday, officials said.",
        "start": start,
        "end": start + 55,
        "role": "body",
        "paragraph": 2,
    }


def _corrupt(path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    record = alignment_to_dict(sample_alignment())
    target: Any = record
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return record


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("format",), "something.else", "not a storydiff.alignment record"),
        (("version",), 2, "unsupported storydiff.alignment version 2"),
        (("pairs", 0, "status"), "maybe", "unknown status 'maybe'"),
        (("pairs", 0, "left"), ["s99"], "names segment 's99'"),
        (("left", "segments", 0, "role"), "footer", "unknown role 'footer'"),
        (("right", "segments"), None, "malformed"),
        (("summary",), {}, "malformed"),
        (("pairs", 1, "reasons", 0, "left_elsewhere"), ["s2", "s3"], "left_elsewhere has 2 entries for 1 evidence"),
        (("pairs", 1, "reasons", 0, "right_elsewhere"), 7, "malformed"),
    ],
)
def test_malformed_records_are_export_errors(path: tuple[Any, ...], value: Any, message: str) -> None:
    """A damaged or foreign record gives one clear ExportError, not a KeyError or TypeError."""
    with pytest.raises(ExportError, match=message):
        alignment_from_dict(_corrupt(path, value))


def test_roles_cover_the_schema() -> None:
    """The schema's role list is the model's (so a new role cannot silently fail validation)."""
    roles: tuple[Role, ...] = ROLES
    assert SCHEMA["$defs"]["segment"]["properties"]["role"]["enum"] == list(roles)
