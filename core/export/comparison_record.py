"""The dict form of a comparison of several reports: what its JSON export writes.

The record is versioned (``"format": "storydiff.comparison"``, ``"version": 1``) and documented in
``docs/export-format.md`` with a JSON Schema in ``docs/comparison.schema.json``. ``articles`` holds the article
objects of the pair record, in the order given; each group's ``passages`` and ``verdicts`` are lists parallel to
it. Derived fields (``outlets``, a reason's ``description``, a group's ``resolved``) are written for readers of the
file and ignored when read back; the rest round-trips: ``comparison_from_dict(comparison_to_dict(c)) == c``
(the pairwise alignments are not part of the record).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, get_args

from core.claims import (
    LINK_VERDICTS,
    OUTLET_VERDICTS,
    ClaimGroup,
    ClaimLink,
    Comparison,
    ComparisonSummary,
    OutletFigures,
    outlet_names,
)
from core.errors import ExportError
from core.export.record import article_from_dict, article_to_dict, reason_from_dict, reason_to_dict
from core.models import ReasonKind

FORMAT_NAME = "storydiff.comparison"
"""The ``format`` field of a comparison record."""

FORMAT_VERSION = 1
"""The ``version`` field of a comparison record; raised on any incompatible change."""

_KINDS = ("title", "standfirst", "body")
_REASON_KINDS: tuple[ReasonKind, ...] = get_args(ReasonKind)


def comparison_to_dict(comparison: Comparison) -> dict[str, Any]:
    """The canonical, versioned record of a comparison (the JSON export's content)."""
    names = outlet_names(comparison.articles)
    summary = comparison.summary
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "articles": [article_to_dict(article) for article in comparison.articles],
        "outlets": list(names),
        "groups": [_group_to_dict(group, names) for group in comparison.groups],
        "summary": {
            "claims": summary.claims,
            "resolved": summary.resolved,
            "outlets": [
                {"claims": f.claims, "with_all": f.with_all, "with_some": f.with_some, "alone": f.alone}
                for f in summary.outlets
            ],
            "in_common": [list(row) for row in summary.in_common],
        },
        "settings": dict(comparison.settings),
    }


def _group_to_dict(group: ClaimGroup, names: tuple[str, ...]) -> dict[str, Any]:
    """One group of the record."""
    return {
        "kind": group.kind,
        "passages": [list(ids) for ids in group.passages],
        "verdicts": list(group.verdicts),
        "links": [
            {
                "articles": [link.first, link.second],
                "status": link.verdict,
                "score": link.score,
                "reasons": [reason_to_dict(r, names[link.first], names[link.second]) for r in link.reasons],
            }
            for link in group.links
        ],
        "resolved": group.resolved,
    }


def comparison_from_dict(data: Mapping[str, Any]) -> Comparison:
    """Read a comparison record (as written by :func:`comparison_to_dict`) back into a :class:`Comparison`.

    Raises:
        ExportError: ``data`` is not a storydiff comparison record of a supported version, or is malformed
            (missing keys, wrong types, unknown verdicts, lists not parallel to the articles, ids that name no
            segment).
    """
    if not isinstance(data, Mapping) or data.get("format") != FORMAT_NAME:
        raise ExportError(f"not a {FORMAT_NAME} record")
    if data.get("version") != FORMAT_VERSION:
        raise ExportError(f"unsupported {FORMAT_NAME} version {data.get('version')!r} (this is {FORMAT_VERSION})")
    try:
        articles = tuple(article_from_dict(article) for article in data["articles"])
        groups = tuple(_group_from_dict(group, articles) for group in data["groups"])
        summary = data["summary"]
        return Comparison(
            articles=articles,
            groups=groups,
            summary=ComparisonSummary(
                claims=int(summary["claims"]),
                outlets=tuple(
                    OutletFigures(int(f["claims"]), int(f["with_all"]), int(f["with_some"]), int(f["alone"]))
                    for f in summary["outlets"]
                ),
                in_common=tuple(tuple(float(v) for v in row) for row in summary["in_common"]),
                resolved=int(summary["resolved"]),
            ),
            settings={str(k): v for k, v in data["settings"].items()},
        )
    except ExportError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ExportError(f"malformed {FORMAT_NAME} record: {type(exc).__name__}: {exc}") from exc


def _group_from_dict(data: Mapping[str, Any], articles: tuple[Any, ...]) -> ClaimGroup:
    """One ``groups`` entry back into a :class:`ClaimGroup`, checking its lists and ids."""
    passages = tuple(tuple(map(str, ids)) for ids in data["passages"])
    verdicts = tuple(_choice(v, OUTLET_VERDICTS, "verdict") for v in data["verdicts"])
    if len(passages) != len(articles) or len(verdicts) != len(articles):
        raise ExportError("a group's passages and verdicts must be parallel to the articles")
    for article, ids in zip(articles, passages, strict=True):
        for segment_id in ids:
            try:
                article.segment(segment_id)
            except KeyError:
                raise ExportError(f"group names segment {segment_id!r}, which {article.path} lacks") from None
    links = []
    for link in data["links"]:
        first, second = (int(k) for k in link["articles"])
        if not 0 <= first < second < len(articles):
            raise ExportError(f"a link names articles {first} and {second}, of {len(articles)}")
        reasons = tuple(reason_from_dict(r) for r in link["reasons"])
        verdict = _choice(link["status"], LINK_VERDICTS, "status")
        links.append(ClaimLink(first, second, verdict, float(link["score"]), reasons))
    return ClaimGroup(passages, verdicts, tuple(links), _choice(data.get("kind", "body"), _KINDS, "kind"))


def _choice(value: Any, allowed: tuple[Any, ...], what: str) -> Any:
    """``value`` if it is one of ``allowed``, else an :class:`ExportError` naming ``what``."""
    if value not in allowed:
        raise ExportError(f"unknown {what} {value!r} (expected one of {', '.join(map(str, allowed))})")
    return value
