"""The dict form of articles and alignments: what the JSON export writes and ``storydiff inspect`` shows.

The record is versioned (``"format": "storydiff.alignment"``, ``"version": 1``) and documented in
``docs/export-format.md`` with a JSON Schema in ``docs/alignment.schema.json``. Derived fields (a
reason's ``description``, a diff operation's ``left_text`` / ``right_text``) are written for readers of the
file and ignored when read back; the rest round-trips: ``alignment_from_dict(alignment_to_dict(a)) == a``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, get_args

from core.errors import ExportError
from core.export.common import places, side_names
from core.models import (
    ROLES,
    VERDICTS,
    AlignedItem,
    Alignment,
    Article,
    DiffOp,
    DiffTag,
    Place,
    Reason,
    ReasonKind,
    Segment,
    Summary,
)

FORMAT_NAME = "storydiff.alignment"
"""The ``format`` field of an alignment record."""

FORMAT_VERSION = 1
"""The ``version`` field of an alignment record; raised on any incompatible change."""

_KINDS = ("title", "standfirst", "body")
_REASON_KINDS: tuple[ReasonKind, ...] = get_args(ReasonKind)
_DIFF_TAGS: tuple[DiffTag, ...] = get_args(DiffTag)


def article_to_dict(article: Article) -> dict[str, Any]:
    """The article object of the export format.

    Keys: ``path``, ``outlet``, ``title``, ``standfirst``, ``authors`` (list), ``date`` (ISO or ``None``),
    ``segments`` (each ``id``, ``text``, ``start``, ``end``, ``role``, ``paragraph``; every segment, clutter
    included) and ``text`` (the decoded source text the offsets point into).
    """
    return {
        "path": article.path,
        "outlet": article.outlet,
        "title": article.title,
        "standfirst": article.standfirst,
        "authors": list(article.authors),
        "date": article.date,
        "segments": [
            {
                "id": seg.id,
                "text": seg.text,
                "start": seg.start,
                "end": seg.end,
                "role": seg.role,
                "paragraph": seg.paragraph,
            }
            for seg in article.segments
        ],
        "text": article.text,
    }


def alignment_to_dict(alignment: Alignment) -> dict[str, Any]:
    """The canonical, versioned record of an alignment (the JSON export's content).

    ``pairs`` holds the aligned items in reading order, each with ``left`` and ``right`` (segment ids),
    ``status`` (the verdict), ``kind``, ``score``, ``reasons`` and the word-level ``diff``.
    """
    names = side_names(alignment)
    place = places(alignment)
    left_text, right_text = alignment.left.text, alignment.right.text
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "left": article_to_dict(alignment.left),
        "right": article_to_dict(alignment.right),
        "pairs": [
            {
                "left": list(item.left),
                "right": list(item.right),
                "status": item.verdict,
                "kind": item.kind,
                "score": item.score,
                "reasons": [reason_to_dict(reason, *names, place=place) for reason in item.reasons],
                "diff": [
                    {
                        "tag": op.tag,
                        "left_start": op.left_start,
                        "left_end": op.left_end,
                        "right_start": op.right_start,
                        "right_end": op.right_end,
                        "left_text": " ".join(left_text[op.left_start : op.left_end].split()),
                        "right_text": " ".join(right_text[op.right_start : op.right_end].split()),
                    }
                    for op in item.diff
                ],
            }
            for item in alignment.items
        ],
        "summary": {
            "counts": {verdict: alignment.summary.counts[verdict] for verdict in _ordered(alignment.summary)},
            "left_coverage": alignment.summary.left_coverage,
            "right_coverage": alignment.summary.right_coverage,
        },
        "settings": dict(alignment.settings),
    }


def _ordered(summary: Summary) -> list[Any]:
    """The summary's verdict keys: known verdicts in their usual order, then any others."""
    keys = list(summary.counts)
    return [v for v in VERDICTS if v in summary.counts] + [k for k in keys if k not in VERDICTS]


def alignment_from_dict(data: Mapping[str, Any]) -> Alignment:
    """Read an alignment record (as written by :func:`alignment_to_dict`) back into an :class:`Alignment`.

    Raises:
        ExportError: ``data`` is not a storydiff alignment record of a supported version, or is malformed
            (missing keys, wrong types, unknown verdicts, ids that name no segment).
    """
    if not isinstance(data, Mapping) or data.get("format") != FORMAT_NAME:
        raise ExportError(f"not a {FORMAT_NAME} record")
    if data.get("version") != FORMAT_VERSION:
        found = data.get("version")
        raise ExportError(f"unsupported {FORMAT_NAME} version {found!r} (this is {FORMAT_VERSION})")
    try:
        left = article_from_dict(data["left"])
        right = article_from_dict(data["right"])
        items = tuple(_item(pair, left, right) for pair in data["pairs"])
        summary = data["summary"]
        return Alignment(
            left=left,
            right=right,
            items=items,
            summary=Summary(
                counts={_choice(k, VERDICTS, "verdict"): int(v) for k, v in summary["counts"].items()},
                left_coverage=float(summary["left_coverage"]),
                right_coverage=float(summary["right_coverage"]),
            ),
            settings={str(k): v for k, v in data["settings"].items()},
        )
    except ExportError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ExportError(f"malformed {FORMAT_NAME} record: {type(exc).__name__}: {exc}") from exc


def article_from_dict(data: Mapping[str, Any]) -> Article:
    """Read an article object (as written by :func:`article_to_dict`) back into an :class:`Article`.

    Raises:
        ExportError: the object is malformed.
    """
    try:
        segments = tuple(
            Segment(
                id=str(seg["id"]),
                text=str(seg["text"]),
                start=int(seg["start"]),
                end=int(seg["end"]),
                paragraph=int(seg["paragraph"]),
                role=_choice(seg["role"], ROLES, "role"),
            )
            for seg in data["segments"]
        )
        return Article(
            path=str(data["path"]),
            text=str(data["text"]),
            segments=segments,
            outlet=_optional(data.get("outlet")),
            title=_optional(data.get("title")),
            standfirst=_optional(data.get("standfirst")),
            authors=tuple(str(author) for author in data.get("authors", ())),
            date=_optional(data.get("date")),
        )
    except ExportError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ExportError(f"malformed article object: {type(exc).__name__}: {exc}") from exc


def _item(pair: Mapping[str, Any], left: Article, right: Article) -> AlignedItem:
    """One ``pairs`` entry back into an :class:`AlignedItem`, checking its ids."""
    left_ids, right_ids = tuple(map(str, pair["left"])), tuple(map(str, pair["right"]))
    for article, ids in ((left, left_ids), (right, right_ids)):
        for segment_id in ids:
            try:
                article.segment(segment_id)
            except KeyError:
                raise ExportError(f"pair names segment {segment_id!r}, which {article.path} lacks") from None
    return AlignedItem(
        left=left_ids,
        right=right_ids,
        verdict=_choice(pair["status"], VERDICTS, "status"),
        score=float(pair["score"]),
        reasons=tuple(reason_from_dict(reason) for reason in pair["reasons"]),
        diff=tuple(
            DiffOp(
                tag=_choice(op["tag"], _DIFF_TAGS, "diff tag"),
                left_start=int(op["left_start"]),
                left_end=int(op["left_end"]),
                right_start=int(op["right_start"]),
                right_end=int(op["right_end"]),
            )
            for op in pair["diff"]
        ),
        kind=_choice(pair.get("kind", "body"), _KINDS, "kind"),
    )


def reason_to_dict(reason: Reason, left_name: str, right_name: str, place: Place | None = None) -> dict[str, Any]:
    """A reason as its export record: the where-else lists only when the other report says some evidence
    elsewhere; ``place`` names those passages in the description."""
    out: dict[str, Any] = {"kind": reason.kind, "left": list(reason.left), "right": list(reason.right)}
    if any(reason.left_elsewhere) or any(reason.right_elsewhere):
        out["left_elsewhere"] = list(reason.left_elsewhere)
        out["right_elsewhere"] = list(reason.right_elsewhere)
    out["description"] = reason.describe(left_name, right_name, place)
    return out


def reason_from_dict(data: Mapping[str, Any]) -> Reason:
    """A reason read back from its export record."""
    left, right = tuple(map(str, data["left"])), tuple(map(str, data["right"]))
    where = {}
    for side, evidence in (("left", left), ("right", right)):
        found = tuple(map(str, data.get(f"{side}_elsewhere", ())))
        if found and len(found) != len(evidence):
            raise ExportError(f"a reason's {side}_elsewhere has {len(found)} entries for {len(evidence)} evidence")
        where[side] = found
    return Reason(_choice(data["kind"], _REASON_KINDS, "reason kind"), left, right, where["left"], where["right"])


def _choice(value: Any, allowed: tuple[Any, ...], what: str) -> Any:
    """``value`` if it is one of ``allowed``, else an :class:`ExportError` naming ``what``."""
    if value not in allowed:
        raise ExportError(f"unknown {what} {value!r} (expected one of {', '.join(map(str, allowed))})")
    return value


def _optional(value: Any) -> str | None:
    """A string field that may be ``None``."""
    return None if value is None else str(value)
