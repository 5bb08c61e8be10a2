"""Hostile input and odd surroundings, end to end through the command line and the reader.

Huge figures, file names that are not UTF-8, an export aimed at its own standard input, Chinese and Japanese
articles, standard output that cannot be written, pair folders that reach outside themselves, and export paths that
name a folder. Each is a case of docs/bad-input.md.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input

from core.models import Alignment
from core.reading import load_article, load_library
from tests.test_bad_input import assert_one_line_error, run
from tui import cli
from tui.app import StorydiffApp, make_library_app
from tui.screens import picker as picker_screen
from tui.screens import reader_alignment
from tui.screens.export import ExportScreen
from tui.screens.main import ReaderScreen
from tui.screens.picker import PickerScreen

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "guardian.txt"
OTHER_SEED = ROOT / "seeds" / "kyiv-independent.txt"
PROSE = (
    "Officials said the talks in Kyiv ended without a deal on Monday, and the ministers will meet again next month. "
)
HUGE_FIGURES = {
    "400 digits": "9" * 400,
    "300 digits and a scale": "8" * 300 + "tn",
    "Devanagari digits": "९" * 500,
}
CHINESE = (
    "基辅会谈未达成协议\n\n"
    "周一，两国外长在基辅举行会谈，双方就停火、人道主义通道和战俘交换等问题交换了意见。"
    "外交部发言人表示，会谈气氛坦诚，但在关键问题上仍存在分歧。\n\n"
    "分析人士认为，双方短期内难以达成全面协议，下一轮会谈预计将于下月举行。\n"
)
JAPANESE = (
    "キーウでの会談、合意に至らず\n\n"
    "月曜日、両国の外相はキーウで会談し、停戦、人道回廊、捕虜交換などについて意見を交わした。"
    "外務省の報道官は、会談は率直な雰囲気だったが、重要な問題ではなお隔たりがあると述べた。\n\n"
    "専門家は、双方が近く包括的な合意に達するのは難しいとみている。\n"
)


def _figures_pair(folder: Path, figure: str) -> tuple[Path, Path]:
    """Two short reports, each with a figure far too large for a float."""
    left, right = folder / "left.txt", folder / "right.txt"
    left.write_text(f"Talks end\n\n{PROSE}The debt reached {figure} dollars. {PROSE}\n", encoding="utf-8")
    right.write_text(f"Talks end\n\n{PROSE}The debt reached 12 dollars, or {figure} rupees.\n", encoding="utf-8")
    return left, right


@pytest.mark.parametrize("figure", HUGE_FIGURES.values(), ids=list(HUGE_FIGURES))
def test_export_reads_figures_of_any_size(capsys: pytest.CaptureFixture[str], tmp_path: Path, figure: str) -> None:
    """A figure hundreds of digits long is read as written and compared: the export succeeds."""
    left, right = _figures_pair(tmp_path, figure)
    code, out, err = run(capsys, "export", str(left), str(right), "--format", "json")
    assert (code, err) == (0, "")
    assert json.loads(out)["summary"]["counts"]


@pytest.mark.parametrize("figure", HUGE_FIGURES.values(), ids=list(HUGE_FIGURES))
async def test_the_reader_and_the_picker_read_figures_of_any_size(tmp_path: Path, figure: str) -> None:
    """The reader aligns such a pair, and so does the picker, whose row shows the pair's counts."""
    left, right = _figures_pair(tmp_path, figure)
    app = StorydiffApp(partial(ReaderScreen, load_article(left), load_article(right)))
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        assert screen.state.alignment is not None
    picker_app = make_library_app(load_library(tmp_path))
    async with picker_app.run_test(size=(120, 36)) as pilot:
        await picker_app.workers.wait_for_complete()
        await pilot.pause()
        picker = picker_app.screen
        assert isinstance(picker, PickerScreen)
        assert picker.results[0].alignment is not None


def _explode(*_: object, **__: object) -> Alignment:
    raise OverflowError("int too large to convert to float")


async def test_an_unexpected_error_in_a_pair_is_shown_and_the_picker_lives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Any error in a pair's worker (a bug, not bad input) becomes that pair's one-line error in its row; the
    other pairs and the picker carry on."""
    for name in ("one", "two"):
        folder = tmp_path / name
        folder.mkdir()
        _figures_pair(folder, "12")
    (tmp_path / "pairs.toml").write_text(
        '[[pair]]\nname = "one"\nleft = "one/left.txt"\nright = "one/right.txt"\n'
        '[[pair]]\nname = "two"\nleft = "two/left.txt"\nright = "two/right.txt"\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(picker_screen, "align_pair", _explode)  # the picker aligns in a child process
    app = make_library_app(load_library(tmp_path))
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, PickerScreen)
        assert [result.alignment for result in picker.results.values()] == [None, None]
        assert all("unexpected OverflowError" in result.error for result in picker.results.values())
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is picker
        assert app.is_running


async def test_an_unexpected_error_while_aligning_is_shown_and_the_reader_lives(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The reader shows an unexpected aligner error where the articles would be, instead of dying."""
    monkeypatch.setattr(reader_alignment, "align", _explode)
    app = StorydiffApp(partial(ReaderScreen, load_article(SEED), load_article(OTHER_SEED)))
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert "unexpected OverflowError" in str(app.screen.query_one("#failed").render())


ODD_NAME = os.fsdecode(b"caf\xe9 \xff report.txt")
"""A file name that is not valid UTF-8 (Latin-1 bytes), as Python holds it: with surrogate escapes."""


@pytest.fixture
def odd_name(tmp_path: Path) -> Path:
    if sys.platform == "darwin":  # pragma: no cover - APFS accepts only UTF-8 names
        pytest.skip("the file system takes only UTF-8 names")
    path = tmp_path / ODD_NAME
    path.write_bytes(SEED.read_bytes())
    return path


@pytest.mark.parametrize("suffix", [".txt", ".md", ".json", ".html"])
def test_every_export_writes_a_file_name_that_is_not_utf8(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, odd_name: Path, suffix: str
) -> None:
    """The document names its source readably (U+FFFD for the odd bytes; JSON keeps them as escapes that read back
    to the very name), and the write never fails on it."""
    target = tmp_path / f"out{suffix}"
    code, _, err = run(capsys, "export", str(odd_name), str(OTHER_SEED), "-o", str(target))
    assert code == 0, err
    written = target.read_text(encoding="utf-8")
    if suffix == ".json":
        assert json.loads(written)["left"]["path"] == str(odd_name)
    else:
        assert "caf\ufffd \ufffd report" in written


async def test_the_reader_exports_a_pair_with_a_file_name_that_is_not_utf8(
    tmp_path: Path, odd_name: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``e`` then Enter writes the export and the reader stays open."""
    monkeypatch.chdir(tmp_path)
    app = StorydiffApp(partial(ReaderScreen, load_article(odd_name), load_article(OTHER_SEED)))
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert any("Wrote" in str(note.message) for note in app._notifications)
    assert list(tmp_path.glob("storydiff-*.md"))


def _from_stdin(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """Make standard input a redirection from ``path`` (as ``< path`` does)."""
    handle = path.open(encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", handle)


@pytest.mark.parametrize("through", ["the file", "a link to it"])
def test_export_never_writes_over_the_file_standard_input_comes_from(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, through: str
) -> None:
    """``storydiff export - b.txt -o a.txt < a.txt`` is refused in one line, and ``a.txt`` is unchanged."""
    source = tmp_path / "a.txt"
    source.write_bytes(SEED.read_bytes())
    target = source
    if through == "a link to it":
        target = tmp_path / "link.txt"
        target.symlink_to(source)
    _from_stdin(monkeypatch, source)
    result = run(capsys, "export", "-", str(OTHER_SEED), "-o", str(target))
    assert_one_line_error(*result, r"refusing to write over the input article - \(standard input, redirected")
    assert source.read_bytes() == SEED.read_bytes()


def test_export_from_standard_input_writes_elsewhere(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "a.txt"
    source.write_bytes(SEED.read_bytes())
    _from_stdin(monkeypatch, source)
    code, _, err = run(capsys, "export", "-", str(OTHER_SEED), "-o", str(tmp_path / "out.md"))
    assert code == 0, err
    assert (tmp_path / "out.md").is_file()


@pytest.mark.parametrize("text", [CHINESE, JAPANESE], ids=["chinese", "japanese"])
def test_chinese_and_japanese_articles_are_read(capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str) -> None:
    """Prose with ``，`` ``、`` ``。`` and no spaces is an article: its characters count as words."""
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "export", str(path), str(path))
    assert (code, err) == (0, "")
    assert text.splitlines()[0] in out


@pytest.mark.parametrize(
    ("manifest", "message"),
    [
        ("x = " + "[" * 50_000 + "]" * 50_000 + "\n", "nested too deeply"),
        ('[[pair]]\nname = "x"\nleft = "' + "a" * 5000 + '.txt"\nright = "b.txt"\n', "File name too long"),
        ('[[pair]]\nname = "x"\nleft = "a.txt"\nright = "/etc/hostname"\n', r"outside the folder.*--allow-outside"),
        ('[[pair]]\nname = "x"\nleft = "a.txt"\nright = "../b.txt"\n', r"outside the folder.*--allow-outside"),
    ],
    ids=["nested-too-deeply", "name-too-long", "absolute-path", "parent-path"],
)
def test_a_pair_folder_the_reader_cannot_take_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, manifest: str, message: str
) -> None:
    folder = tmp_path / "pairs"
    folder.mkdir()
    (folder / "a.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "b.txt").write_bytes(OTHER_SEED.read_bytes())
    (folder / "pairs.toml").write_text(manifest, encoding="utf-8")
    assert_one_line_error(*run(capsys, str(folder)), message)


def test_allow_outside_opens_a_pair_folder_that_names_files_outside(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "pairs"
    folder.mkdir()
    (folder / "a.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "b.txt").write_bytes(OTHER_SEED.read_bytes())
    (folder / "pairs.toml").write_text('[[pair]]\nname = "x"\nleft = "a.txt"\nright = "../b.txt"\n', encoding="utf-8")
    opened: list[Any] = []

    class Recorder:
        def __init__(self, entries: Any, **_: Any) -> None:
            opened.append(entries)

        def run(self) -> None:
            pass

    monkeypatch.setattr("tui.app.make_library_app", Recorder)
    monkeypatch.setattr(cli, "_reattach_terminal", lambda: None)
    code, _, err = run(capsys, str(folder), "--allow-outside")
    assert (code, err) == (0, "")
    assert opened[0][0].right == folder / "../b.txt"


def _export_to(stdout: Any, *extra: str) -> subprocess.CompletedProcess[bytes]:
    """``python -m tui export`` of the seed pair with standard output set to ``stdout``."""
    return subprocess.run(
        [sys.executable, "-m", "tui", "export", str(SEED), str(OTHER_SEED), *extra],
        cwd=ROOT,
        stdout=stdout,
        stderr=subprocess.PIPE,
        check=False,
    )


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_on_standard_output_is_one_line() -> None:
    with open("/dev/full", "wb") as full:
        result = _export_to(full)
    assert result.returncode == cli.EXIT_USAGE
    assert result.stderr.decode() == "storydiff: error: cannot write to standard output: No space left on device\n"


@pytest.mark.parametrize("when", ["from the start", "after start-up"])
def test_a_closed_standard_output_is_one_line(when: str) -> None:
    """``storydiff export a b >&-``: one line, exit 2 (standard output closed before Python starts, or after)."""
    if when == "from the start":
        command = ["sh", "-c", 'exec "$0" -m tui export "$1" "$2" >&-', sys.executable, str(SEED), str(OTHER_SEED)]
    else:
        code = "import os, sys; os.close(1); from tui.cli import main; sys.exit(main(sys.argv[1:]))"
        command = [sys.executable, "-c", code, "export", str(SEED), str(OTHER_SEED)]
    result = subprocess.run(command, cwd=ROOT, stderr=subprocess.PIPE, check=False)
    assert result.returncode == cli.EXIT_USAGE
    assert result.stderr.decode() == "storydiff: error: cannot write to standard output: it is closed\n"


def test_a_pipe_closed_part_way_exits_141(tmp_path: Path) -> None:
    """A reader that takes the first bytes and goes (``| head -c 100``) ends the export with 141, even when the
    first write already went through: the rest of a long output meets the closed pipe."""
    big = tmp_path / "big.txt"
    big.write_text((SEED.read_text(encoding="utf-8") + "\n\n") * 30, encoding="utf-8")
    with subprocess.Popen(
        [sys.executable, "-m", "tui", "export", str(big), str(OTHER_SEED), "--format", "json"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        assert len(process.stdout.read(100)) == 100
        process.stdout.close()
        err = process.stderr.read()
        code = process.wait()
    assert err == b""
    assert code == cli.EXIT_BROKEN_PIPE


@pytest.mark.parametrize("name", ["newdir/", "existing/"])
def test_an_export_path_naming_a_folder_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str
) -> None:
    """``-o newdir/`` (a path ending in a separator) is refused in one line, and nothing is written."""
    (tmp_path / "existing").mkdir()
    before = sorted(tmp_path.rglob("*"))
    result = run(capsys, "export", str(SEED), str(OTHER_SEED), "-o", f"{tmp_path}/{name}")
    assert_one_line_error(*result, r"names a folder, not a file \(it ends in /\); give the file to write")
    assert sorted(tmp_path.rglob("*")) == before


async def test_the_export_dialog_refuses_a_folder_name(tmp_path: Path) -> None:
    """In the reader, a path ending in ``/`` is a warning, and the dialog stays open to fix it."""
    app = StorydiffApp(partial(ReaderScreen, load_article(SEED), load_article(OTHER_SEED)))
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#export-path", Input).value = f"{tmp_path}/newdir/"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        assert any("names a folder" in str(note.message) for note in app._notifications)
    assert not (tmp_path / "newdir").exists()
