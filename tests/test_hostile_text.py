"""Hostile text is data: markup, escape sequences, links and bidi overrides in an article file, end to end.

Two article files full of traps are read, aligned and shown by the reader, ``inspect`` and every export. Nothing in
them may style, link, move the cursor or reorder text anywhere; the JSON keeps them exactly; the input files are
never written to.
"""

from __future__ import annotations

import json
import os
import re
import stat
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from functools import partial
from html.parser import HTMLParser
from pathlib import Path

import pytest
from rich.segment import Segment as RichSegment
from textual.widgets import Input

from core.align.aligner import align
from core.export.record import alignment_from_dict
from core.models import Article
from core.reading.load import load_article
from tui import cli
from tui.app import StorydiffApp
from tui.screens.confirm import ConfirmScreen
from tui.screens.main import ReaderScreen

LEFT = (
    "[bold]Storm[/bold] hits the :warning: northern coast\n\n"
    "A storm hit the \x1b[31mnorthern\x1b[0m coast on Monday, officials said.\n\n"
    "Click \x1b]8;;https://evil.example/\x1b\\here\x1b]8;;\x1b\\ for [link=https://evil.example]more[/link] news.\n\n"
    "The mayor said \u202etwelve\u202c people were hurt :smile: in the storm on Monday.\n\n"
    "<script>alert(1)</script> <img src=x onerror=alert(1)> Schools will stay closed until Friday.\x07\n"
)
RIGHT = (
    "Storm [red]hits[/red] the northern coast\n\n"
    "A storm struck the \x1b[1mnorthern\x1b[0m coast on Monday, police said.\n\n"
    "The mayor said \u2066fifteen\u2069 people were hurt :smile: in the storm on Monday.\n\n"
    "<script>alert(2)</script> <a href=javascript:alert(1) onclick=alert(1)>Schools</a> will stay closed until "
    "Friday.\n\n"
    "Power lines were down \x1b[2J\x1b[H across the region, [link=file:///etc/passwd]the utility[/link] said.\n"
)
TRAPS = ("[bold]Storm[/bold]", ":smile:", "[link=https://evil.example]more[/link]", "<script>alert(1)</script>")
"""Markup that must appear literally wherever the article text is shown."""
BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def unsafe(text: str) -> list[str]:
    """Characters a terminal would act on: controls (other than newline) and bidi controls."""
    return [c for c in text if (unicodedata.category(c) == "Cc" and c != "\n") or c in BIDI]


@pytest.fixture
def files(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """The two hostile article files; afterwards, check they were never written to."""
    left, right = tmp_path / "left.txt", tmp_path / "right.txt"
    left.write_text(LEFT, encoding="utf-8")
    right.write_text(RIGHT, encoding="utf-8")
    before = [(p.read_bytes(), p.stat().st_mtime_ns) for p in (left, right)]
    yield left, right
    assert [(p.read_bytes(), p.stat().st_mtime_ns) for p in (left, right)] == before


def test_hostile_files_are_read_as_text_and_kept_exactly(files: tuple[Path, Path]) -> None:
    """Escape sequences are not mistaken for a binary file, and the article text keeps every character."""
    left, right = (load_article(path) for path in files)
    assert left.text == LEFT
    assert right.text == RIGHT
    assert left.title == "[bold]Storm[/bold] hits the :warning: northern coast"
    assert any("\x1b]8;;https://evil.example/" in seg.text for seg in left.body)


def test_inspect_shows_markup_literally_and_no_escapes(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """``storydiff inspect``: every trap is printed as typed, every control made visible."""
    assert cli.main(["inspect", str(files[0])]) == 0
    out = capsys.readouterr().out
    assert unsafe(out) == []
    for trap in TRAPS:
        assert trap in out
    assert "␛[31mnorthern␛[0m" in out


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_text_and_markdown_exports_neutralise_controls(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    """Text and Markdown exports carry no control or bidi character; markup stays literal in the text export."""
    assert cli.main(["export", str(files[0]), str(files[1]), "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert unsafe(out) == []
    assert "␛" in out
    if fmt == "text":
        for trap in TRAPS:
            assert trap in out


class _Page(HTMLParser):
    """Every tag and attribute of a page, and its style sheets."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str]] = []
        self.styles = ""
        self.text = ""
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes.extend((name, value or "") for name, value in attrs)
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.styles += data
        else:
            self.text += data


def test_html_export_escapes_everything(files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    """No script, no event attribute, no link or resource outside the page; article tags show as text."""
    assert cli.main(["export", str(files[0]), str(files[1]), "--format", "html"]) == 0
    out = capsys.readouterr().out
    page = _Page()
    page.feed(out)
    page.close()
    assert not {"script", "img", "iframe", "object", "embed", "link", "base", "form", "svg"} & set(page.tags)
    names = {name for name, _ in page.attributes}
    assert not [name for name in names if name.startswith("on")]
    assert not names & {"src", "srcset", "action", "formaction"}
    styles = [value for name, value in page.attributes if name == "style"]
    assert all(re.fullmatch(r"width:\d+%", value) for value in styles)
    assert all(value.startswith("#") for name, value in page.attributes if name == "href")
    assert not re.search(r"url\(|@import|https?:", page.styles)
    assert "<script>alert(" in page.text
    assert "onerror=alert(1)>" in page.text
    assert unsafe(out) == []


def test_json_export_is_valid_and_keeps_the_text_exactly(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """The JSON record parses, carries no raw control byte, and gives back the exact article text."""
    assert cli.main(["export", str(files[0]), str(files[1]), "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert unsafe(out) == []
    record = json.loads(out)
    alignment = alignment_from_dict(record)
    assert (alignment.left.text, alignment.right.text) == (LEFT, RIGHT)
    assert alignment == align(load_article(files[0]), load_article(files[1]))


def test_file_names_with_escapes_are_neutralised_in_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An error naming a file called ``\\x1b[2J…`` prints the name harmlessly."""
    name = str(tmp_path / "\x1b[2J\x1b]8;;http://x\x07evil\u202e.txt")
    assert cli.main(["export", name, name]) == 2
    err = capsys.readouterr().err
    assert unsafe(err) == []
    assert "␛[2J" in err


def _screen_text(app: StorydiffApp) -> tuple[str, list[RichSegment]]:
    """Everything on screen as text (one line per row), and the segments it is drawn with."""
    strips = app.screen._compositor.render_strips()
    segments = [segment for strip in strips for segment in strip]
    return "\n".join("".join(segment.text for segment in strip) for strip in strips), segments


def _articles(files: tuple[Path, Path]) -> tuple[Article, Article]:
    left, right = (load_article(path) for path in files)
    evil = "Evil \x1b]8;;https://evil.example/\x07News[/] \u202e:smile:"
    return replace(left, outlet=evil, authors=("[b]Jane[/b] \x1b[5mDoe",)), right


async def test_reader_draws_hostile_text_literally(files: tuple[Path, Path]) -> None:
    """Panes, header, detail strip and pair view: traps literal, controls visible, no hyperlink anywhere."""
    left, right = _articles(files)
    app = StorydiffApp(partial(ReaderScreen, left, right))
    async with app.run_test(size=(160, 50)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        for keys in ((), ("j",), ("j", "j"), ("v",), ("j",), ("v", "G")):
            await pilot.press(*keys)
            await pilot.pause()
            shown, segments = _screen_text(app)
            assert unsafe(shown) == [], keys
            assert not [s for s in segments if s.style is not None and s.style.link], keys
        await pilot.press("g")
        await pilot.pause()
        shown, _ = _screen_text(app)
        for trap in ("[bold]Storm[/bold]", ":smile:", "[link=https://evil.example]more[/link]"):
            assert trap in shown
        assert "😄" not in shown
        assert "␛[31mnorthern␛[0m" in shown


async def test_reader_never_exports_over_an_input_article(files: tuple[Path, Path]) -> None:
    """Export to one of the articles' own paths, even after saying yes to replacing: refused, file untouched."""
    left, right = (load_article(path) for path in files)
    app = StorydiffApp(partial(ReaderScreen, left, right))
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("e")
        app.screen.query_one("#export-path", Input).value = str(files[0])
        await pilot.press("enter")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert any("refusing to write over the input article" in str(n.message) for n in app._notifications)
    # the fixture checks both files are byte-for-byte and timestamp unchanged


async def test_reader_export_to_an_unwritable_path_is_a_message(files: tuple[Path, Path], tmp_path: Path) -> None:
    """Export into a folder that does not exist: an error notification, the reader stays open, nothing written."""
    left, right = (load_article(path) for path in files)
    app = StorydiffApp(partial(ReaderScreen, left, right))
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("e")
        app.screen.query_one("#export-path", Input).value = str(tmp_path / "missing" / "out.md")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert any("does not exist" in str(n.message) for n in app._notifications)
    assert not (tmp_path / "missing").exists()


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs /proc, which nobody can create files in")
def test_export_to_an_unwritable_place_is_one_line(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """``-o`` somewhere no one can write (even root): one line, exit 2."""
    code = cli.main(["export", str(files[0]), str(files[1]), "-o", "/proc/storydiff-export.md"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("storydiff: error: cannot write /proc/storydiff-export.md")
    assert err.count("\n") == 1


def test_export_leaves_no_temporary_files(files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    """Every format written into the articles' folder: exactly the outputs appear, no temporary file stays."""
    folder = files[0].parent
    for name in ("out.txt", "out.md", "out.json", "out.html"):
        assert cli.main(["export", str(files[0]), str(files[1]), "-o", str(folder / name)]) == 0
    capsys.readouterr()
    assert sorted(os.listdir(folder)) == ["left.txt", "out.html", "out.json", "out.md", "out.txt", "right.txt"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_export_never_replaces_a_pipe_or_device(files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    """``-o`` naming a named pipe (like /dev/stdout or /dev/null would): one line, and the pipe stays a pipe."""
    pipe = files[0].parent / "pipe"
    os.mkfifo(pipe)
    code = cli.main(["export", str(files[0]), str(files[1]), "-o", str(pipe), "--format", "text"])
    err = capsys.readouterr().err
    assert code == 2
    assert "it is not a regular file" in err
    assert err.count("\n") == 1
    assert stat.S_ISFIFO(pipe.lstat().st_mode)


def test_export_through_a_symlink_keeps_the_link(files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    """``-o`` naming a symbolic link writes the file it points to; the link stays a link."""
    target = files[0].parent / "report.md"
    target.write_text("old", encoding="utf-8")
    link = files[0].parent / "latest.md"
    link.symlink_to(target.name)
    assert cli.main(["export", str(files[0]), str(files[1]), "-o", str(link)]) == 0
    assert capsys.readouterr().err.startswith(f"storydiff: wrote {link} ")
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8").startswith("# storydiff comparison")


def test_export_to_a_name_too_long_is_one_line(files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    """``-o`` with a file name the system refuses to look up: one line, exit 2, nothing written."""
    target = files[0].parent / ("x" * 5000 + ".md")
    code = cli.main(["export", str(files[0]), str(files[1]), "-o", str(target)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.rstrip().endswith("File name too long")
    assert err.count("\n") == 1
    assert sorted(os.listdir(files[0].parent)) == ["left.txt", "right.txt"]
