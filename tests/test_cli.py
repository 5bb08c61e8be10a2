"""The ``storydiff`` command line: export, inspect, opening the reader, errors and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
import types
from pathlib import Path
from typing import Any, ClassVar

import pytest

from core.export.record import article_to_dict
from core.reading.load import load_article
from tui import cli

ROOT = Path(__file__).resolve().parents[1]
LEFT = str(ROOT / "seeds" / "guardian.txt")
RIGHT = str(ROOT / "seeds" / "kyiv-independent.txt")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the command line in-process; return exit code, stdout and stderr."""
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(code: int, err: str, fragment: str) -> None:
    """Exit 2 with a single ``storydiff: error: …`` line that mentions ``fragment``."""
    assert code == 2
    assert err.count("\n") == 1
    assert err.startswith("storydiff: error: ")
    assert fragment in err
    assert "Traceback" not in err


def test_export_prints_text_to_stdout_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    """Without -o the comparison goes to stdout as text, nothing on stderr."""
    code, out, err = run(capsys, "export", LEFT, RIGHT)
    assert (code, err) == (0, "")
    assert out.startswith("storydiff comparison\n")
    assert "Summary" in out


def test_export_json_to_stdout_records_the_settings(capsys: pytest.CaptureFixture[str]) -> None:
    """--format json writes the versioned record; alignment options land in its settings."""
    code, out, _ = run(capsys, "export", LEFT, RIGHT, "--format", "json", "--threshold", "0.5")
    record = json.loads(out)
    assert code == 0
    assert (record["format"], record["version"]) == ("storydiff.alignment", 1)
    assert record["settings"]["link_threshold"] == 0.5


def test_threshold_changes_the_alignment(capsys: pytest.CaptureFixture[str]) -> None:
    """--threshold 1 links almost nothing, so one-sided items outnumber the default run's."""
    _, default, _ = run(capsys, "export", LEFT, RIGHT, "--format", "json")
    _, strict, _ = run(capsys, "export", LEFT, RIGHT, "--format", "json", "--threshold", "1")

    def one_sided(text: str) -> int:
        return sum(pair["status"].endswith("-only") for pair in json.loads(text)["pairs"])

    assert one_sided(strict) > one_sided(default)


@pytest.mark.parametrize(
    ("name", "option", "marker"),
    [
        ("out.html", (), "<!DOCTYPE html>"),
        ("out.md", (), "# storydiff comparison"),
        ("out.json", (), '{\n  "format": "storydiff.alignment"'),
        ("out.txt", (), "storydiff comparison\n===="),
        ("out.html", ("--format", "markdown"), "# storydiff comparison"),
    ],
)
def test_export_to_file_follows_extension_unless_format_given(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, option: tuple[str, ...], marker: str
) -> None:
    """-o picks the format from the extension; --format overrides it; a confirmation goes to stderr."""
    target = tmp_path / name
    code, out, err = run(capsys, "export", LEFT, RIGHT, "-o", str(target), *option)
    assert (code, out) == (0, "")
    assert target.read_text(encoding="utf-8").startswith(marker)
    assert err.startswith(f"storydiff: wrote {target}")
    assert [p.name for p in tmp_path.iterdir()] == [name]


def test_no_clobber_keeps_an_existing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """--no-clobber refuses to replace a file, and leaves it as it was."""
    target = tmp_path / "out.txt"
    target.write_text("precious", encoding="utf-8")
    code, _, err = run(capsys, "export", LEFT, RIGHT, "-o", str(target), "--no-clobber")
    assert_one_line_error(code, err, "already exists")
    assert target.read_text(encoding="utf-8") == "precious"


def test_export_never_writes_over_an_input(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """-o naming one of the articles is refused; the article is untouched."""
    article = tmp_path / "left.txt"
    article.write_bytes(Path(LEFT).read_bytes())
    code, _, err = run(capsys, "export", str(article), RIGHT, "-o", str(article))
    assert_one_line_error(code, err, "refusing to write over the input article")
    assert article.read_bytes() == Path(LEFT).read_bytes()


def test_export_into_a_missing_folder_is_a_usage_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """An unwritable destination is exit 2 with one line, and nothing is created."""
    code, _, err = run(capsys, "export", LEFT, RIGHT, "-o", str(tmp_path / "no" / "out.md"))
    assert_one_line_error(code, err, "does not exist")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (("export", LEFT), "required: RIGHT"),
        (("export", LEFT, RIGHT, "--format", "pdf"), "invalid choice: 'pdf'"),
        (("export", LEFT, RIGHT, "--threshold", "2"), "2 is not between 0 and 1"),
        (("export", LEFT, RIGHT, "--threshold", "high"), "'high' is not a number"),
        (("export", LEFT, RIGHT, "--set", "nonsense=1"), "NAME one of: link_threshold"),
        (("export", LEFT, RIGHT, "--set", "group_threshold=5"), "group_threshold"),
        (("export", LEFT, str(ROOT / "no-such-file.txt")), "no-such-file.txt"),
        (("export", "-", "-"), "standard input (-) can feed only one side"),
        (("inspect",), "required: FILE"),
        (("--bogus",), "unrecognized arguments: --bogus"),
        ((LEFT,) * 11, "expected 2 to 10 articles, one folder or nothing"),
        ((LEFT,), "is not a folder"),
    ],
)
def test_bad_input_and_usage_exit_2_with_one_line(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], fragment: str
) -> None:
    """argparse's own errors and storydiff's are both one ``storydiff: error:`` line, exit code 2."""
    code, out, err = run(capsys, *argv)
    assert out == ""
    assert_one_line_error(code, err, fragment)


def test_inspect_lists_every_segment(capsys: pytest.CaptureFixture[str]) -> None:
    """inspect shows each segment's id, role, paragraph and offsets, one line each."""
    article = load_article(LEFT)
    code, out, _ = run(capsys, "inspect", LEFT)
    assert code == 0
    for segment in article.segments:
        line = next(line for line in out.splitlines() if line.startswith(f"{segment.id} "))
        assert line.split()[1:4] == [segment.role, str(segment.paragraph), f"{segment.start}-{segment.end}"]
        assert line.endswith(segment.text)


def test_inspect_json_is_the_export_article_object(capsys: pytest.CaptureFixture[str]) -> None:
    """inspect --format json prints exactly the article object the JSON export holds."""
    code, out, _ = run(capsys, "inspect", LEFT, "--format", "json")
    assert code == 0
    assert json.loads(out) == article_to_dict(load_article(LEFT))


def test_ctrl_c_exits_130_quietly(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """An interrupt ends with exit code 130 and no traceback."""

    def interrupted(argv: list[str]) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_dispatch", interrupted)
    assert run(capsys, "export", LEFT, RIGHT) == (130, "", "")


def test_unexpected_failure_exits_1_with_a_report_hint(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug is one error line plus a hint to report it, exit code 1, no traceback."""

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("boom")

    monkeypatch.setattr(sys.modules["core.align"], "align", broken)  # the name the command line imports
    code, _, err = run(capsys, "export", LEFT, RIGHT)
    lines = err.splitlines()
    assert code == 1
    assert lines[0] == "storydiff: error: unexpected RuntimeError: boom"
    assert "please report it" in lines[1]
    assert len(lines) == 2


class _FakeApp:
    """Records how the reader would have been opened."""

    calls: ClassVar[list[tuple[str, Any, Any]]] = []

    def __init__(self, kind: str, subject: Any, settings: Any) -> None:
        self.record = (kind, subject, settings)

    def run(self) -> None:
        _FakeApp.calls.append(self.record)


@pytest.fixture
def reader(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Any, Any]]:
    """Replace ``tui.app`` with a recorder, so opening the reader can be checked without a terminal."""
    module = types.ModuleType("tui.app")
    module.make_app = lambda left, right, *, settings=None: _FakeApp("pair", (left, right), settings)  # type: ignore[attr-defined]
    module.make_library_app = lambda entries, *, settings=None: _FakeApp("library", entries, settings)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "tui.app", module)
    monkeypatch.setattr(cli, "_reattach_terminal", lambda: None)
    _FakeApp.calls = []
    return _FakeApp.calls


def test_no_arguments_open_the_bundled_seed_pair(
    capsys: pytest.CaptureFixture[str], reader: list[tuple[str, Any, Any]]
) -> None:
    """``storydiff`` alone opens the seed pair, Guardian on the left."""
    assert run(
        capsys,
    ) == (0, "", "")
    ((kind, (left, right), _),) = reader
    assert kind == "pair"
    assert Path(left.path).name == "guardian.txt"
    assert Path(right.path).name == "kyiv-independent.txt"


def test_two_articles_open_the_reader_with_the_settings(
    capsys: pytest.CaptureFixture[str], reader: list[tuple[str, Any, Any]]
) -> None:
    """``storydiff LEFT RIGHT --threshold X`` passes the loaded articles and settings to make_app."""
    assert run(capsys, RIGHT, LEFT, "--threshold", "0.5", "--set", "agree_threshold=0.7")[0] == 0
    ((kind, (left, right), settings),) = reader
    assert (kind, left.path, right.path) == ("pair", RIGHT, LEFT)
    assert (settings.link_threshold, settings.agree_threshold) == (0.5, 0.7)


def test_a_folder_opens_the_picker(capsys: pytest.CaptureFixture[str], reader: list[tuple[str, Any, Any]]) -> None:
    """``storydiff DIR`` opens the library picker on the folder's pairs."""
    assert run(capsys, str(ROOT / "seeds"))[0] == 0
    ((kind, entries, _),) = reader
    assert kind == "library"
    assert [entry.left.name for entry in entries] == ["guardian.txt"]


def test_seed_dir_is_the_repository_seeds_in_a_checkout() -> None:
    """In a source checkout the seeds are found beside the packages."""
    assert cli.seed_dir() == ROOT / "seeds"


def _python(*args: str, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True, check=False, **kwargs)


def test_standard_input_feeds_one_side() -> None:
    """``-`` reads one article from standard input."""
    result = _python("-m", "tui", "export", "-", RIGHT, "--format", "json", input=Path(LEFT).read_text("utf-8"))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["left"]["path"] == "-"


def test_broken_pipe_is_quiet() -> None:
    """``storydiff export a b | head`` must not print a traceback when the reader goes away."""
    with subprocess.Popen(
        [sys.executable, "-m", "tui", "export", LEFT, RIGHT, "--format", "json"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        process.stdout.close()
        err = process.stderr.read()
        code = process.wait()
    assert err == b""
    assert code == cli.EXIT_BROKEN_PIPE


def test_export_and_inspect_never_import_textual(tmp_path: Path) -> None:
    """The export path stays free of Textual (fast start-up, usable without a terminal)."""
    code = (
        "import sys\nfrom tui.cli import main\n"
        f"assert main(['export', {LEFT!r}, {RIGHT!r}, '-o', {str(tmp_path / 'x.html')!r}]) == 0\n"
        f"assert main(['inspect', {LEFT!r}]) == 0\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'textual'), file=sys.stderr)\n"
    )
    result = _python("-c", code)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines()[-1] == "[]"


def test_python_m_tui_help_and_version() -> None:
    """``python -m tui`` is the command line: --help shows examples, --version the release."""
    help_text = _python("-m", "tui", "--help")
    assert help_text.returncode == 0
    assert "examples:" in help_text.stdout
    assert "storydiff export LEFT RIGHT" in help_text.stdout
    version = _python("-m", "tui", "--version")
    assert version.returncode == 0
    assert version.stdout.startswith("storydiff ")


def test_reader_without_a_terminal_is_a_clear_error() -> None:
    """Article on standard input and no terminal for keys: a one-line error pointing to export."""
    result = _python("-m", "tui", "-", RIGHT, input=Path(LEFT).read_text("utf-8"), start_new_session=True)
    assert result.returncode == 2
    assert result.stderr.startswith("storydiff: error: the reader needs a terminal for keys")
    assert result.stderr.count("\n") == 1
