"""``storydiff batch``: a corpus in, one export per pair or event and two summaries out; resumable, and the same for
any number of worker processes. The articles are written here (a made-up harbour story in four outlets' words)."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from typing import Any

import pytest

from core.models import AlignedItem, Reason
from tests.conftest import make_alignment, make_article
from tests.test_cli import assert_one_line_error, run
from tui import batch
from tui.batch_work import COLUMNS, pair_figures

REPORTS = {
    "courier": (
        "Harbour bridge reopens after repairs\n\n"
        "The Elm Street harbour bridge reopened to traffic on Monday after eight months of repairs. "
        "The city council said the work cost 4.2 million pounds. "
        "Mayor Ruth Alder called the reopening a relief for commuters. "
        "Cyclists will get a separate lane from next spring."
    ),
    "gazette": (
        "Elm Street bridge open again\n\n"
        "Traffic returned to the Elm Street harbour bridge on Monday after eight months of repair work. "
        "According to the council, the repairs cost 5 million pounds. "
        "Mayor Ruth Alder said commuters would be relieved. "
        "Local shops had complained of falling trade during the closure."
    ),
    "herald": (
        "Harbour bridge back in use\n\n"
        "The harbour bridge on Elm Street reopened on Monday after repairs that lasted eight months. "
        "The council put the cost at 4.2 million pounds. "
        "Engineers found corrosion in two of the bridge's steel supports. "
        "A separate cycle lane is planned for next spring."
    ),
    "ledger": (
        "Council reopens Elm Street bridge\n\n"
        "The council reopened the Elm Street bridge over the harbour on Monday. "
        "Repairs took eight months and cost 4.2 million pounds, officials said. "
        "Mayor Ruth Alder thanked residents for their patience. "
        "Some drivers said the diversions had doubled their journeys."
    ),
}


def write_reports(folder: Path, names: list[str]) -> list[Path]:
    """Write some of the reports into ``folder``; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in names:
        path = folder / f"{name}.txt"
        path.write_text(REPORTS[name] + "\n", encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture
def manifest(tmp_path: Path) -> Path:
    """A TSV manifest of three pairs (with a header), the last naming a file that does not exist."""
    write_reports(tmp_path / "articles", list(REPORTS))
    path = tmp_path / "pairs.tsv"
    path.write_text(
        "left\tright\tname\n"
        "articles/courier.txt\tarticles/gazette.txt\tcourier vs gazette\n"
        "articles/herald.txt\tarticles/ledger.txt\therald vs ledger\n"
        "articles/courier.txt\tarticles/missing.txt\tbroken pair\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def events(tmp_path: Path) -> Path:
    """A folder of two event folders: three reports of one event, two of another."""
    write_reports(tmp_path / "events" / "bridge-three", ["courier", "gazette", "herald"])
    write_reports(tmp_path / "events" / "bridge-two", ["herald", "ledger"])
    return tmp_path / "events"


def summary_rows(outdir: Path) -> list[dict[str, Any]]:
    """The rows of ``summary.jsonl``."""
    return [json.loads(line) for line in (outdir / "summary.jsonl").read_text(encoding="utf-8").splitlines()]


def without_seconds(outdir: Path) -> list[dict[str, Any]]:
    """The summary rows with the one column that depends on the machine left out."""
    return [{k: v for k, v in row.items() if k != "seconds"} for row in summary_rows(outdir)]


def exports(outdir: Path) -> dict[str, bytes]:
    """Every export file of an output folder (not the summaries), by name."""
    return {path.name: path.read_bytes() for path in sorted(outdir.iterdir()) if not path.name.startswith("summary")}


def test_a_manifest_gives_one_export_per_pair_and_records_the_pair_that_fails(
    capsys: pytest.CaptureFixture[str], manifest: Path, tmp_path: Path
) -> None:
    """Two good pairs are exported; the broken one is a row with its one-line error; the exit status counts it."""
    out = tmp_path / "out"
    code, _, err = run(capsys, "batch", str(manifest), "-o", str(out), "--jobs", "1")
    assert code == 1
    assert "1 failed" in err
    assert "Traceback" not in err
    assert sorted(exports(out)) == ["courier-vs-gazette.json", "herald-vs-ledger.json"]
    record = json.loads((out / "courier-vs-gazette.json").read_text(encoding="utf-8"))
    assert record["format"] == "storydiff.alignment"
    rows = summary_rows(out)
    assert [row["name"] for row in rows] == ["courier vs gazette", "herald vs ledger", "broken pair"]
    good, _, broken = rows
    assert good["kind"] == "pair"
    assert good["error"] == ""
    assert good["output"] == "courier-vs-gazette.json"
    assert good["titles"] == ["Harbour bridge reopens after repairs", "Elm Street bridge open again"]
    assert good["agree"] + good["differ"] >= 2
    assert 0 < good["left_coverage"] <= 1
    assert "number" in good["reasons"]
    assert good["reasons_number"] >= 1
    assert "missing.txt" in broken["error"]
    assert "\n" not in broken["error"]
    assert broken["output"] is None
    assert broken["agree"] is None
    assert broken["agree_adds"] is None


def test_summary_csv_reads_without_cleaning(capsys: pytest.CaptureFixture[str], manifest: Path, tmp_path: Path) -> None:
    """One header in column order, one line per row, numbers as numbers, empty cells where nothing applies."""
    out = tmp_path / "out"
    run(capsys, "batch", str(manifest), "-o", str(out), "--jobs", "1")
    lines = (out / "summary.csv").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4
    rows = list(csv.DictReader(lines))
    assert list(rows[0]) == list(COLUMNS)
    good, _, broken = rows
    assert int(good["agree"]) >= 0
    assert 0 < float(good["left_coverage"]) <= 1
    assert float(good["seconds"]) >= 0
    assert good["claims"] == ""
    assert broken["agree"] == ""
    assert broken["output"] == ""
    assert "None" not in (out / "summary.csv").read_text(encoding="utf-8")


def test_a_folder_of_event_folders_compares_three_and_aligns_two(
    capsys: pytest.CaptureFixture[str], events: Path, tmp_path: Path
) -> None:
    """An event of three reports becomes a comparison export, an event of two a pair export."""
    out = tmp_path / "out"
    code, _, _ = run(capsys, "batch", str(events), "-o", str(out), "--jobs", "1")
    assert code == 0
    three = json.loads((out / "bridge-three.json").read_text(encoding="utf-8"))
    two = json.loads((out / "bridge-two.json").read_text(encoding="utf-8"))
    assert three["format"] == "storydiff.comparison"
    assert two["format"] == "storydiff.alignment"
    by_name = {row["name"]: row for row in summary_rows(out)}
    event, pair = by_name["bridge-three"], by_name["bridge-two"]
    assert event["kind"] == "event"
    assert event["articles"] == 3
    assert event["claims"] >= 4
    assert event["claims_in_all"] >= 1
    assert event["agree"] is None
    assert pair["kind"] == "pair"
    assert pair["claims"] is None


def test_a_toml_manifest_lists_pairs_and_events(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """``[[pair]]`` and ``[[event]]`` tables; a pair without a name is named after its files; another format."""
    write_reports(tmp_path / "a", list(REPORTS))
    (tmp_path / "corpus.toml").write_text(
        '[[pair]]\nleft = "a/courier.txt"\nright = "a/ledger.txt"\n\n'
        '[[event]]\nname = "All four"\narticles = ["a/courier.txt", "a/gazette.txt", "a/herald.txt", "a/ledger.txt"]\n',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    code, _, _ = run(capsys, "batch", str(tmp_path / "corpus.toml"), "-o", str(out), "--format", "markdown")
    assert code == 0
    assert sorted(exports(out)) == ["All-four.md", "a-courier-vs-a-ledger.md"]
    assert [row["kind"] for row in summary_rows(out)] == ["pair", "event"]


def test_exports_inside_the_folder_of_events_are_never_read_as_an_event(
    capsys: pytest.CaptureFixture[str], events: Path
) -> None:
    """OUTDIR inside INPUT: the text exports of a first run do not become an event of the second."""
    out = events / "out"
    assert run(capsys, "batch", str(events), "-o", str(out), "--format", "text", "-j", "1")[0] == 0
    assert "1 pair and 1 event, 2 done before" in run(capsys, "batch", str(events), "-o", str(out), "-f", "text")[2]
    assert [row["name"] for row in summary_rows(out)] == ["bridge-three", "bridge-two"]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("plain.csv", "a/courier.txt,a/herald.txt\n# a comment row\n\na/gazette.txt,a/ledger.txt,second\n"),
        (
            "rich.tsv",
            "event\tfile_a\tsource\tfile_b\nx\ta/courier.txt\tc\ta/herald.txt\ny\ta/gazette.txt\tg\ta/ledger.txt\n",
        ),
    ],
)
def test_a_table_with_or_without_a_header(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, content: str
) -> None:
    """Rows of left, right[, name]; or a header naming the columns (``file_a``/``file_b``), other columns ignored."""
    write_reports(tmp_path / "a", list(REPORTS))
    (tmp_path / name).write_text(content, encoding="utf-8")
    assert run(capsys, "batch", str(tmp_path / name), "-o", str(tmp_path / "out"), "-j", "1")[0] == 0
    rows = summary_rows(tmp_path / "out")
    assert [[Path(source).name for source in row["sources"]] for row in rows] == [
        ["courier.txt", "herald.txt"],
        ["gazette.txt", "ledger.txt"],
    ]
    assert rows[0]["name"] == "a/courier vs a/herald"


def test_summary_only_writes_no_exports(capsys: pytest.CaptureFixture[str], events: Path, tmp_path: Path) -> None:
    """``--summary-only``: the two summaries and nothing else."""
    out = tmp_path / "out"
    assert run(capsys, "batch", str(events), "-o", str(out), "--summary-only", "--jobs", "1")[0] == 0
    assert sorted(path.name for path in out.iterdir()) == ["summary.csv", "summary.jsonl"]
    assert all(row["output"] is None and row["error"] == "" for row in summary_rows(out))


def test_an_interrupted_batch_resumes_where_it_stopped(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, events: Path, manifest: Path, tmp_path: Path
) -> None:
    """Ctrl+C after the first pair: exit 130, what was done is kept (no temporary file), and the hint to resume;
    the same command then runs only the rest and ends with what an uninterrupted run writes."""
    out, fresh = tmp_path / "out", tmp_path / "fresh"
    real = batch.run_task
    calls: list[str] = []

    def interrupted(job: Any, task: Any) -> Any:
        calls.append(task.name)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(job, task)

    monkeypatch.setattr(batch, "run_task", interrupted)
    code, _, err = run(capsys, "batch", str(manifest), "-o", str(out), "--jobs", "1")
    assert code == 130
    assert "run the same command again to resume" in err
    assert [row["name"] for row in summary_rows(out)] == ["courier vs gazette"]
    assert not [path for path in out.iterdir() if path.name.endswith(".tmp")]

    monkeypatch.setattr(batch, "run_task", real)
    code, _, err = run(capsys, "batch", str(manifest), "-o", str(out), "--jobs", "1")
    assert code == 1
    assert "1 done before and skipped; running 2" in err
    run(capsys, "batch", str(manifest), "-o", str(fresh), "--jobs", "1")
    assert exports(out) == exports(fresh)
    assert without_seconds(out) == without_seconds(fresh)


def test_a_finished_batch_reruns_nothing_unless_forced(
    capsys: pytest.CaptureFixture[str], events: Path, tmp_path: Path
) -> None:
    """Rerunning a finished batch skips everything; ``--force`` redoes everything."""
    out = tmp_path / "out"
    run(capsys, "batch", str(events), "-o", str(out), "--jobs", "1")
    assert "2 done before and skipped; running 0" in run(capsys, "batch", str(events), "-o", str(out))[2]
    assert "running 2 with 1 job" in run(capsys, "batch", str(events), "-o", str(out), "--force", "-j", "1")[2]


def test_two_jobs_write_what_one_job_writes(
    capsys: pytest.CaptureFixture[str], events: Path, manifest: Path, tmp_path: Path
) -> None:
    """Byte-identical exports, and the same summaries but for the time taken, with one and two worker processes."""
    for source in (manifest, events):
        one, two = tmp_path / f"{source.name}-1", tmp_path / f"{source.name}-2"
        first = run(capsys, "batch", str(source), "-o", str(one), "--jobs", "1")[0]
        assert run(capsys, "batch", str(source), "-o", str(two), "--jobs", "2")[0] == first
        assert exports(one) == exports(two)
        assert without_seconds(one) == without_seconds(two)


def test_a_pair_that_kills_its_worker_is_recorded_and_the_others_finish(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, events: Path, tmp_path: Path
) -> None:
    """A worker process that dies (as when the system kills it for memory) fails only the task it was running."""
    real = batch.run_task

    def deadly(job: Any, task: Any) -> Any:
        if task.name == "bridge-two":
            os._exit(9)  # in a forked worker: the process dies without a word
        return real(job, task)

    monkeypatch.setattr(batch, "run_task", deadly)
    out = tmp_path / "out"
    code, _, err = run(capsys, "batch", str(events), "-o", str(out), "--jobs", "2")
    assert code == 1
    rows = {row["name"]: row for row in summary_rows(out)}
    assert rows["bridge-three"]["error"] == ""
    assert "worker process died" in rows["bridge-two"]["error"]
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("only-one-column\n", "needs a left and a right"),
        ("", "lists no pairs or events"),
    ],
)
def test_a_bad_manifest_is_a_one_line_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: str, fragment: str
) -> None:
    """A manifest that lists nothing usable stops before any work, with one line and exit status 2."""
    (tmp_path / "bad.csv").write_text(content, encoding="utf-8")
    code, _, err = run(capsys, "batch", str(tmp_path / "bad.csv"), "-o", str(tmp_path / "out"))
    assert_one_line_error(code, err, fragment)


def test_a_manifest_names_files_outside_its_folder_only_when_allowed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A manifest naming a file outside its folder is refused before any work, unless ``--allow-outside``."""
    write_reports(tmp_path / "elsewhere", ["courier", "gazette"])
    (tmp_path / "corpus").mkdir()
    manifest = tmp_path / "corpus" / "pairs.csv"
    manifest.write_text("../elsewhere/courier.txt,../elsewhere/gazette.txt\n", encoding="utf-8")
    code, _, err = run(capsys, "batch", str(manifest), "-o", str(tmp_path / "out"))
    assert_one_line_error(code, err, "--allow-outside")
    assert run(capsys, "batch", str(manifest), "-o", str(tmp_path / "out"), "--allow-outside", "-j", "1")[0] == 0


def test_a_missing_input_is_a_one_line_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """INPUT that does not exist."""
    code, _, err = run(capsys, "batch", str(tmp_path / "nowhere.tsv"), "-o", str(tmp_path / "out"))
    assert_one_line_error(code, err, "does not exist")


def test_a_pair_counts_the_agreeing_passages_that_list_what_one_side_adds() -> None:
    """agree_adds: an agree with a figure only one side gives counts; an agree with only other content, a differ and
    a headline do not."""
    left = make_article(
        [
            ("title", "Bridge reopens"),
            ("body", "The bridge reopened."),
            ("body", "It cost $4m."),
            ("body", "Cars pass."),
        ]
    )
    right = make_article(
        [("title", "Bridge open"), ("body", "The bridge is open."), ("body", "It cost $5m."), ("body", "Cars go.")]
    )
    items = [
        AlignedItem(("s1",), ("s1",), "agree", 0.9, (Reason("number", ("2024",), ()),), kind="title"),
        AlignedItem(("s2",), ("s2",), "agree", 0.8, (Reason("number", ("200 metres",), ()),)),
        AlignedItem(("s3",), ("s3",), "differ", 0.7, (Reason("number", ("$4m",), ("$5m",)),)),
        AlignedItem(("s4",), ("s4",), "agree", 0.4, (Reason("content", ("pass",), ("go",)),)),
    ]
    figures = pair_figures(make_alignment(left, right, items))
    assert figures["agree_adds"] == 1
