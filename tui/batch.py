"""``storydiff batch``: align every pair and compare every event of a corpus, in a pool of worker processes.

The tasks come from :func:`tui.batch_tasks.read_tasks`; each is run by :func:`tui.batch_work.run_task` in a worker
process (one interpreter each, tasks handed out in chunks) and its row comes back here, where the summaries are
written in the manifest's order (:mod:`tui.batch_summary`). So every export and every row is the same whatever
``--jobs`` is, except the ``seconds`` column.

Resuming: a task whose row in an earlier ``summary.jsonl`` of the output folder has no error, the same name, sources
and output, and whose export file exists, is not run again (``--force`` runs everything). Exports are written
atomically, so an export that exists is complete. The summaries are rewritten every few seconds while the batch
runs, and once more when it ends or is interrupted.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import re
import signal
import sys
import time
from collections.abc import Callable, Generator, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from core.errors import StorydiffError
from tui.batch_summary import CSV, read_previous, write_summaries
from tui.batch_tasks import Task, read_tasks
from tui.batch_work import Job, Row, empty_row, run_task

if TYPE_CHECKING:
    import argparse

MAX_EXIT = 100
"""Largest exit status that counts failed tasks (more failures still exit with this)."""
EXIT_INTERRUPTED = 130
"""Exit status after Ctrl+C."""
CHECKPOINT_SECONDS = 10.0
"""How often the summaries are rewritten while a batch runs."""
PLAIN_SECONDS = 10.0
"""How often a progress line is printed when standard error is not a terminal."""

_TEMP = re.compile(r"^\..+\.[0-9a-f]{8}\.tmp$")
"""The name of an atomic write's temporary file (see :mod:`core.export.atomic`)."""


def available_cores() -> int:
    """The number of cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def batch_command(args: argparse.Namespace, settings: Any) -> int:
    """Run ``storydiff batch`` with parsed arguments; return the exit status (failed tasks, capped)."""
    from core.export import DEFAULT_SUFFIX

    outdir: Path = args.output
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorydiffError(f"cannot create the output folder {outdir}: {exc.strerror or exc}") from None
    tasks = _outside(read_tasks(args.input, allow_outside=args.allow_outside), outdir)
    fmt = args.format
    job = Job(outdir, fmt, DEFAULT_SUFFIX[fmt], args.summary_only, settings, args.timeout)
    jobs = args.jobs or available_cores()
    return run_batch(tasks, job, jobs, force=args.force, stream=sys.stderr)


def run_batch(tasks: Sequence[Task], job: Job, jobs: int, *, force: bool = False, stream: TextIO) -> int:
    """Run the tasks not yet done, write the summaries, report on ``stream``; return the exit status."""
    previous = {} if force else read_previous(job.outdir)
    rows: dict[str, Row] = {}
    todo: list[Task] = []
    for task in tasks:
        old = previous.get(task.stem)
        if old is not None and _complete(job, task, old):
            rows[task.stem] = old
        else:
            todo.append(task)
    jobs = max(1, min(jobs, len(todo)))
    skipped = f", {len(rows)} done before and skipped" if rows else ""
    pairs = sum(1 for task in tasks if task.kind == "pair")
    listed = " and ".join(
        _plural(count, noun) for count, noun in ((pairs, "pair"), (len(tasks) - pairs, "event")) if count
    )
    _say(stream, f"{listed}{skipped}; running {len(todo)} with {_plural(jobs, 'job')}")

    def summaries() -> None:
        write_summaries(job.outdir, [rows[task.stem] for task in tasks if task.stem in rows])

    progress: Callable[[Row | None], None] | None = None
    last = time.monotonic()
    try:
        with _results(job, todo, jobs) as results:  # the workers start before the progress bar's thread
            progress = _progress(stream, len(tasks), len(rows))
            for row in results:
                rows[row["id"]] = row
                progress(row)
                if time.monotonic() - last >= CHECKPOINT_SECONDS:
                    summaries()
                    last = time.monotonic()
    except KeyboardInterrupt:
        if progress is not None:
            progress(None)
        _sweep(job.outdir)
        summaries()
        _say(
            stream,
            f"interrupted: {len(rows)} of {len(tasks)} done and kept; run the same command again to resume "
            "(finished pairs and events are skipped)",
        )
        return EXIT_INTERRUPTED
    if progress is not None:
        progress(None)
    summaries()
    failed = [row for row in rows.values() if row["error"]]
    _say(stream, f"{len(rows)} done, {len(failed)} failed; summary in {job.outdir / CSV}")
    for row in failed[:10]:
        _say(stream, f"failed: {row['name']}: {row['error']}")
    if len(failed) > 10:
        _say(stream, f"… and {len(failed) - 10} more (see the error column of the summary)")
    return min(len(failed), MAX_EXIT)


def _outside(tasks: Sequence[Task], outdir: Path) -> list[Task]:
    """The tasks, less any whose articles all lie in the output folder (a folder of events holding OUTDIR would
    otherwise read earlier exports as an event).

    Raises:
        StorydiffError: nothing is left.
    """
    out = os.path.realpath(outdir)
    kept = [task for task in tasks if not all(os.path.dirname(os.path.realpath(s)) == out for s in task.sources)]
    if not kept:
        raise StorydiffError(f"every pair and event listed lies in the output folder {outdir}")
    return kept


def _complete(job: Job, task: Task, old: Row) -> bool:
    """Whether an earlier run's row stands for this task, done without error, with its export in place."""
    output = job.output(task)
    return (
        not old.get("error")
        and old.get("name") == task.name
        and old.get("sources") == list(task.sources)
        and old.get("output") == (output or None)
        and (not output or (job.outdir / output).is_file())
    )


@contextlib.contextmanager
def _results(job: Job, todo: Sequence[Task], jobs: int) -> Iterator[Iterator[Row]]:
    """Each task's row, as tasks finish: in this process with one job, else in pools of worker processes (stopped
    when the block is left)."""
    if todo:
        _preload()
    if jobs == 1:
        yield (run_task(job, task) for task in todo)
        return
    pools: list[ProcessPoolExecutor] = []
    try:
        yield _pooled(job, todo, jobs, pools)
    finally:
        for pool in pools:
            _stop(pool)


def _pooled(job: Job, todo: Sequence[Task], jobs: int, pools: list[ProcessPoolExecutor]) -> Iterator[Row]:
    """The rows of the tasks run in chunks by ``jobs`` workers.

    A worker that dies (killed for lack of memory, a crash in a library) breaks its pool: the tasks it took down are
    run again, one by one in a fresh pool, and those that fail so again each alone, so that the task that kills its
    worker is recorded as failed and every other task still runs.
    """
    size = max(1, min(8, len(todo) // (jobs * 4)))
    batches = [list(todo[k : k + size]) for k in range(0, len(todo), size)]
    for _ in range(2):
        failed = yield from _round(job, batches, jobs, pools)
        if not failed:
            return
        batches = [[task] for batch in failed for task in batch]
    for (task,) in batches:
        if (yield from _round(job, [[task]], 1, pools)):
            row = empty_row(task)
            row["error"] = "the worker process died while running it (out of memory, or a crash)"
            yield row


def _round(
    job: Job, batches: list[list[Task]], jobs: int, pools: list[ProcessPoolExecutor]
) -> Generator[Row, None, list[list[Task]]]:
    """Run the batches in a new pool; yield each row as its batch finishes; return the batches its breaking lost."""
    pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context(), initializer=_worker_start)
    pools.append(pool)
    futures = {pool.submit(run_chunk, job, batch): batch for batch in batches}
    failed: list[list[Task]] = []
    for future in as_completed(futures):
        try:
            rows = future.result()
        except BrokenProcessPool:
            failed.append(futures[future])
            continue
        yield from rows
    pools.remove(pool)
    pool.shutdown()
    return [batch for batch in batches if batch in failed]


def run_chunk(job: Job, batch: list[Task]) -> list[Row]:
    """In a worker: the rows of a chunk of tasks."""
    return [run_task(job, task) for task in batch]


def _stop(pool: ProcessPoolExecutor) -> None:
    """Stop a pool now: queued tasks cancelled, workers ended (each unwinds, removing its temporary file)."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(Exception):
            process.terminate()


def _preload() -> None:
    """Import the reading, aligning and writing code before the first task (so its time is not counted in the task's)
    and before the workers start (so forked workers share it)."""
    from core.align import align, compare
    from core.export import write_comparison_export, write_export
    from core.reading import load_source, require_article

    del align, compare, write_comparison_export, write_export, load_source, require_article


def _worker_start() -> None:
    """In each worker: leave Ctrl+C to the main process; when stopped, unwind, so no temporary file stays behind."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _stop_worker)


def _stop_worker(signum: int, frame: object) -> None:
    """A worker's SIGTERM handler: exit through the normal unwinding (atomic writes remove their temporary file)."""
    raise SystemExit(1)


def _sweep(outdir: Path) -> None:
    """Remove any temporary file an interrupted write left in the output folder."""
    try:
        names = os.listdir(outdir)
    except OSError:
        return
    for name in names:
        if _TEMP.match(name):
            with contextlib.suppress(OSError):
                (outdir / name).unlink()


def _progress(stream: TextIO, total: int, done: int) -> Callable[[Row | None], None]:
    """A progress report: told each finished row, then ``None`` at the end; a rich bar on a terminal, plain lines
    every :data:`PLAIN_SECONDS` otherwise."""
    if stream.isatty():
        return _rich_progress(stream, total, done)
    state = {"done": done, "failed": 0, "start": time.monotonic(), "last": time.monotonic(), "new": 0}

    def report(row: Row | None) -> None:
        now = time.monotonic()
        if row is not None:
            state["done"] += 1
            state["new"] += 1
            state["failed"] += bool(row["error"])
            if now - state["last"] < PLAIN_SECONDS:
                return
        elif not state["new"] or now - state["last"] < 1.0:
            return
        state["last"] = now
        rate = state["new"] / max(now - state["start"], 1e-9)
        left = (total - state["done"]) / rate if rate else 0.0
        _say(
            stream,
            f"{state['done']}/{total} done ({100 * state['done'] // max(total, 1)}%), {state['failed']} failed, "
            f"{rate:.1f} per second, about {_duration(left)} left",
        )

    return report


def _rich_progress(stream: TextIO, total: int, done: int) -> Callable[[Row | None], None]:
    """A rich progress bar: done of total, failures, rate and time left."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    bar = Progress(
        TextColumn("batch"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[failed]} failed"),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TextColumn("elapsed,"),
        TimeRemainingColumn(),
        TextColumn("left"),
        console=Console(file=stream),
        transient=False,
    )
    task = bar.add_task("batch", total=total, completed=done, failed=0, rate="")
    bar.start()
    state = {"failed": 0, "new": 0, "start": time.monotonic()}

    def report(row: Row | None) -> None:
        if row is None:
            bar.stop()
            return
        state["new"] += 1
        state["failed"] += bool(row["error"])
        rate = state["new"] / max(time.monotonic() - state["start"], 1e-9)
        bar.update(task, advance=1, failed=state["failed"], rate=f"{rate:.1f}/s")

    return report


def _duration(seconds: float) -> str:
    """A duration for a progress line: ``42 s``, ``3 min``, ``2.5 h``."""
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 5400:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


def _plural(count: int, noun: str) -> str:
    """``1 job``, ``2 jobs``."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _say(stream: TextIO, message: str) -> None:
    """One ``storydiff: batch: …`` line."""
    from core.export import safe_text

    print(f"storydiff: batch: {safe_text(message)}", file=stream, flush=True)
