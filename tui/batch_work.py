"""One task of ``storydiff batch``, as a worker process runs it: read, align or compare, write, and the summary row.

A task never raises: whatever goes wrong (a missing file, a page that is not an article, a URL that fails, a bug)
becomes the row's one-line ``error`` and the batch goes on. The row holds only what the articles and the alignment
determine, plus ``seconds`` (the time the task took), so it is the same for any number of workers.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.errors import StorydiffError
from core.models import REASON_LABELS, Reason
from tui.batch_tasks import Task

if TYPE_CHECKING:
    from core.align import AlignSettings
    from core.claims import Comparison
    from core.export import ExportFormat
    from core.models import Alignment, Article

REASON_KINDS = tuple(REASON_LABELS)
"""The kinds of reasons, in the order their columns come."""

COLUMNS = (
    "id",
    "name",
    "kind",
    "articles",
    "sources",
    "outlets",
    "titles",
    "output",
    "error",
    "seconds",
    "agree",
    "agree_adds",
    "differ",
    "left_only",
    "right_only",
    "left_coverage",
    "right_coverage",
    "claims",
    "claims_in_all",
    "claims_differ",
    "claims_alone",
    "reasons",
    *(f"reasons_{kind}" for kind in REASON_KINDS),
)
"""The summary's columns, in order (docs/cli.md describes each)."""

Row = dict[str, Any]
"""One summary row: a value for every name of :data:`COLUMNS` (``None`` where it does not apply)."""


@dataclass(frozen=True)
class Job:
    """What every task of a batch shares: where and how to write, and how to align."""

    outdir: Path
    """The output folder."""
    fmt: ExportFormat
    """The export format."""
    suffix: str
    """The export file's ending (``.json`` …)."""
    summary_only: bool
    """Whether to write no export, only the summary row."""
    settings: AlignSettings
    """The aligner's settings."""
    timeout: float
    """Network timeout for URLs, in seconds."""

    def output(self, task: Task) -> str:
        """The export's file name in :attr:`outdir` (empty with :attr:`summary_only`)."""
        return "" if self.summary_only else task.stem + self.suffix


def run_task(job: Job, task: Task) -> Row:
    """Read the task's articles, align (two) or compare (more) them, write the export, and return the row."""
    start = time.perf_counter()
    row = empty_row(task)
    try:
        articles = _load(task, job.timeout)
        row.update(_article_columns(articles))
        if len(articles) == 2:
            row.update(_pair_work(job, task, articles))
        else:
            row.update(_event_work(job, task, articles))
    except StorydiffError as exc:
        row["error"] = _one_line(str(exc))
    except Exception as exc:  # a bug must not stop the batch: it is recorded like any failure
        row["error"] = _one_line(f"unexpected {type(exc).__name__}: {exc}")
    if row["error"]:
        row["output"] = None
    row["seconds"] = round(time.perf_counter() - start, 3)
    return row


def empty_row(task: Task) -> Row:
    """A row naming the task with every figure left empty."""
    row: Row = dict.fromkeys(COLUMNS)
    row.update(id=task.stem, name=task.name, kind=task.kind, articles=len(task.sources), error="")
    row["sources"] = list(task.sources)
    return row


def _load(task: Task, timeout: float) -> list[Article]:
    """Read and check every article of a task (a file read for an earlier task of this worker is reused)."""
    articles: list[Article] = []
    for source in task.sources:
        try:
            articles.append(_read(source, timeout))
        except StorydiffError as exc:
            message = str(exc)
            raise StorydiffError(message if source in message else f"{source}: {message}") from None
    return articles


def _read(source: str, timeout: float) -> Article:
    """One checked article; files are kept in :data:`_RECENT` under their name, size and time of change, since the
    pairs of an event's reports name each file several times in a row."""
    import os

    from core.reading import load_source, require_article

    try:
        info = os.stat(source) if "://" not in source else None
    except OSError:
        info = None
    key = (source, info.st_size, info.st_mtime_ns, info.st_ino) if info is not None else None
    if key is not None and key in _RECENT:
        _RECENT.move_to_end(key)
        return _RECENT[key]
    article = require_article(load_source(source, timeout=timeout))
    if key is not None:
        _RECENT[key] = article
        while len(_RECENT) > RECENT_FILES:
            _RECENT.popitem(last=False)
    return article


RECENT_FILES = 32
"""How many articles read from files a worker keeps for the next tasks."""
_RECENT: OrderedDict[tuple[str, int, int, int], Article] = OrderedDict()


def _article_columns(articles: list[Article]) -> Row:
    """The outlets and titles of the articles (empty strings where unknown)."""
    return {
        "outlets": [_one_line(article.outlet or "") for article in articles],
        "titles": [_one_line(article.title or "") for article in articles],
    }


def _pair_work(job: Job, task: Task, articles: list[Article]) -> Row:
    """Align a pair, write its export, and its figures."""
    from core.align import align
    from core.export import write_export

    alignment = align(articles[0], articles[1], settings=job.settings)
    if not job.summary_only:
        write_export(alignment, job.outdir / job.output(task), job.fmt)
    return {"output": job.output(task) or None, **pair_figures(alignment)}


def _event_work(job: Job, task: Task, articles: list[Article]) -> Row:
    """Compare the reports of an event, write its export, and its figures."""
    from core.align import compare
    from core.export import write_comparison_export

    comparison = compare(articles, settings=job.settings)
    if not job.summary_only:
        write_comparison_export(comparison, job.outdir / job.output(task), job.fmt)
    return {"output": job.output(task) or None, **event_figures(comparison)}


def pair_figures(alignment: Alignment) -> Row:
    """The figures of a pair: items per verdict (body), the agreeing ones that list what one side adds, coverage of
    each side, reasons found."""
    counts = alignment.summary.counts
    return {
        "agree": counts.get("agree", 0),
        "agree_adds": sum(1 for item in alignment.items if item.kind == "body" and item.adds_details),
        "differ": counts.get("differ", 0),
        "left_only": counts.get("left-only", 0),
        "right_only": counts.get("right-only", 0),
        "left_coverage": round(alignment.summary.left_coverage, 4),
        "right_coverage": round(alignment.summary.right_coverage, 4),
        **_reason_figures([reason for item in alignment.items for reason in item.reasons]),
    }


def event_figures(comparison: Comparison) -> Row:
    """The figures of an event: claims, how many every report carries, how many one report differs on or carries
    alone, and the reasons found between any two reports of a claim."""
    body = [group for group in comparison.groups if group.kind == "body"]
    return {
        "claims": comparison.summary.claims,
        "claims_in_all": sum(1 for group in body if "absent" not in group.verdicts),
        "claims_differ": sum(1 for group in body if "differ" in group.verdicts),
        "claims_alone": sum(1 for group in body if "only" in group.verdicts),
        **_reason_figures([reason for group in comparison.groups for link in group.links for reason in link.reasons]),
    }


def _reason_figures(reasons: list[Reason]) -> Row:
    """The kinds of reasons found (in :data:`REASON_KINDS` order) and how many of each."""
    counts = dict.fromkeys(REASON_KINDS, 0)
    for reason in reasons:
        counts[reason.kind] += 1
    return {
        "reasons": [kind for kind in REASON_KINDS if counts[kind]],
        **{f"reasons_{kind}": count for kind, count in counts.items()},
    }


def _one_line(text: str) -> str:
    """Text on one line, control characters and escape sequences made harmless."""
    from core.export import safe_text

    return safe_text(" ".join(text.split()))
