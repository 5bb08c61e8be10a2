"""The command line with three or more reports: ``storydiff A B C``, ``storydiff export A B C``, event folders."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from tests.test_cli import LEFT, RIGHT, ROOT, assert_one_line_error, run
from tui import cli

THIRD = str(ROOT / "seeds" / "example-wire.txt")


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Any]]:
    """Stand-in app factories that record what the command line would open, instead of running an app."""
    calls: list[tuple[str, Any]] = []

    class Fake:
        def __init__(self, kind: str, what: Any) -> None:
            calls.append((kind, what))

        def run(self) -> None:
            return None

    module = types.ModuleType("tui.app")
    module.make_app = lambda left, right, *, settings=None: Fake("pair", (left, right))  # type: ignore[attr-defined]
    module.make_library_app = lambda entries, *, settings=None: Fake("pairs", entries)  # type: ignore[attr-defined]
    module.make_comparison_app = lambda articles, *, settings=None: Fake("claims", articles)  # type: ignore[attr-defined]
    module.make_event_app = lambda entries, *, settings=None: Fake("events", entries)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "tui.app", module)
    monkeypatch.setattr(cli, "_reattach_terminal", lambda: None)
    return calls


def test_three_articles_open_the_claim_view(capsys: pytest.CaptureFixture[str], opened: list[tuple[str, Any]]) -> None:
    """``storydiff A B C`` reads the three and opens the claim view, in the order given."""
    assert run(capsys, THIRD, LEFT, RIGHT)[0] == 0
    ((kind, articles),) = opened
    assert kind == "claims"
    assert [Path(a.path).name for a in articles] == ["example-wire.txt", "guardian.txt", "kyiv-independent.txt"]


def test_two_articles_keep_the_pair_view(capsys: pytest.CaptureFixture[str], opened: list[tuple[str, Any]]) -> None:
    """Two articles open today's pair reader."""
    assert run(capsys, LEFT, RIGHT)[0] == 0
    assert opened[0][0] == "pair"


@pytest.mark.parametrize(
    ("folder", "kind"),
    [("seeds", "pairs"), ("seeds/three-outlets", "claims")],
)
def test_a_folder_opens_what_it_holds(
    capsys: pytest.CaptureFixture[str], opened: list[tuple[str, Any]], folder: str, kind: str
) -> None:
    """A folder of pairs opens the pair picker; a folder naming one event of three reports, its claim view."""
    assert run(capsys, str(ROOT / folder))[0] == 0
    assert opened[0][0] == kind


def test_a_folder_of_event_folders_opens_the_event_picker(
    capsys: pytest.CaptureFixture[str], opened: list[tuple[str, Any]], tmp_path: Path
) -> None:
    """One subfolder per event: the event picker over them."""
    for name, files in (("one", (LEFT, RIGHT, THIRD)), ("two", (LEFT, THIRD))):
        (tmp_path / name).mkdir()
        for source in files:
            (tmp_path / name / Path(source).name).write_bytes(Path(source).read_bytes())
    assert run(capsys, str(tmp_path))[0] == 0
    ((kind, entries),) = opened
    assert kind == "events"
    assert [len(entry.articles) for entry in entries] == [3, 2]


def test_export_of_three_writes_the_comparison(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """``storydiff export A B C`` prints the comparison as text, or writes the JSON record with -o."""
    code, out, err = run(capsys, "export", LEFT, RIGHT, THIRD)
    assert (code, err) == (0, "")
    assert out.startswith("storydiff comparison of 3 reports\n")
    target = tmp_path / "claims.json"
    code, _, err = run(capsys, "export", LEFT, RIGHT, THIRD, "-o", str(target), "--set", "claim_similarity=0.5")
    assert code == 0
    assert "wrote" in err
    record = json.loads(target.read_text(encoding="utf-8"))
    assert (record["format"], record["version"]) == ("storydiff.comparison", 1)
    assert record["settings"]["claim_similarity"] == 0.5
    assert [a["path"] for a in record["articles"]] == [LEFT, RIGHT, THIRD]


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        ((LEFT,) * 11, "expected 2 to 10 articles"),
        (("export", LEFT, RIGHT, *(THIRD,) * 9), "a comparison holds 2 to 10 articles, got 11"),
        (("export", LEFT, "-", "-"), "standard input (-) can feed only one article"),
        ((LEFT, RIGHT, str(ROOT / "no-such-file.txt")), "no-such-file.txt"),
        ((str(ROOT / "core"),), "holds no article files"),
    ],
)
def test_bad_input_with_several_reports_is_one_line(
    capsys: pytest.CaptureFixture[str], opened: list[tuple[str, Any]], argv: tuple[str, ...], fragment: str
) -> None:
    """Too many reports, stdin twice, a missing file, an unusable folder: exit 2 with one line."""
    code, out, err = run(capsys, *argv)
    assert out == ""
    assert_one_line_error(code, err, fragment)
    assert opened == []
