"""Bad input through the command line: a one-line error and exit 2, and the reader never opens.

Each case of docs/bad-input.md that earlier tests (test_load, test_decode, test_fetch, test_cli) prove only at the
core level is proved here end to end, through ``tui.cli.main``, for ``storydiff export`` and for the reader.
"""

from __future__ import annotations

import json
import os
import random
import re
import socket
import sys
import threading
from collections.abc import Callable, Iterator
from functools import partial
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len

from core.errors import ArticleError
from core.reading import fetch, transfer
from core.reading.article_check import MAX_TEXT_CHARS, require_article
from core.reading.library import load_library
from core.reading.load import load_article, parse_text
from tests.conftest import local_http_server
from tests.test_app import pane_text
from tui import cli, render
from tui.app import StorydiffApp, make_library_app
from tui.layout import build_blocks, wrap_blocks
from tui.render import wrap_spans
from tui.screens.main import ReaderScreen
from tui.screens.picker import PickerScreen
from tui.widgets.article_pane import ArticlePane

ROOT = Path(__file__).resolve().parents[1]
SEED = str(ROOT / "seeds" / "guardian.txt")
OTHER_SEED = str(ROOT / "seeds" / "kyiv-independent.txt")

CSV = "id,name,value\n" + "".join(f"{i},name{i},{i * 3.5}\n" for i in range(60))
TSV = "city\tcountry\tpopulation\n" + "".join(f"Town {i}\tCountry {i % 7}\t{i * 1000}\n" for i in range(40))
LOG = "".join(
    f"2024-10-21 12:{i % 60:02d}:07 INFO [worker-{i % 4}] request id={i} status=200 took {i % 97}ms\n"
    for i in range(80)
)
NO_ARTICLE_HTML = (
    "<!doctype html><html><head><title>Home</title><script>track()</script></head>"
    "<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><footer>© 2024</footer></body></html>"
)
CPUINFO = "".join(
    f"processor\t: {n}\nvendor_id\t: GenuineIntel\ncpu family\t: 6\nmodel\t\t: 85\n"
    f"model name\t: Intel(R) Xeon(R) CPU @ 2.00GHz\ncpu MHz\t\t: 2000.000\ncache size\t: 39424 KB\n"
    "flags\t\t: fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush mmx fxsr sse\n"
    "bugs\t\t: spectre_v1 spectre_v2 spec_store_bypass swapgs\npower management:\n\n"
    for n in range(4)
)
"""A system dump of ``name: value`` lines (as ``/proc/cpuinfo`` reads), mostly words."""
CYRILLIC = (
    "Переговоры в Киеве завершились без соглашения\n\n"
    "В понедельник в Киеве прошли переговоры министров. Министр заявил, что соглашение будет подписано до конца "
    "месяца! Так ли это?\n\nЭксперты сомневаются, что стороны договорятся.\n"
)
KOREAN = (
    "키이우 회담이 합의 없이 끝났다\n\n"
    "월요일 키이우에서 장관 회담이 열렸다. 장관은 이달 말까지 합의가 서명될 것이라고 말했다! 정말일까?\n\n"
    "전문가들은 양측이 합의할지 의심한다.\n"
)
ARABIC = (
    "انتهت المحادثات في كييف دون اتفاق\n\n"
    "عقدت محادثات بين الوزراء في كييف يوم الاثنين. قال الوزير إن الاتفاق سيوقع قبل نهاية الشهر! هل هذا صحيح؟ "
    "يشك الخبراء في أن يتفق الطرفان.\n"
)


def _write(content: bytes, name: str = "input.txt") -> Callable[[Path], str]:
    def make(folder: Path) -> str:
        path = folder / name
        path.write_bytes(content)
        return str(path)

    return make


def _missing(folder: Path) -> str:
    return str(folder / "no-such-article.txt")


def _directory(folder: Path) -> str:
    (folder / "a-folder").mkdir()
    return str(folder / "a-folder")


def _twenty_megabytes(folder: Path) -> str:
    path = folder / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(20_000_000)
    return str(path)


def _too_long_to_compare(folder: Path) -> str:
    path = folder / "long.txt"
    path.write_bytes(b"word " * (MAX_TEXT_CHARS // 5 + 1000))
    return str(path)


BAD_FILES: dict[str, tuple[Callable[[Path], str], str]] = {
    "missing": (_missing, "no such file"),
    "name-too-long": (lambda folder: str(folder / ("a" * 5000 + ".txt")), r"cannot read \(File name too long\)"),
    "directory": (_directory, "is a directory"),
    "empty": (_write(b""), "is empty"),
    "whitespace": (_write(b" \n\t\r\n \xc2\xa0\n"), "only white space"),
    "nul-bytes": (_write(b"Officials said\x00\x00 the talks\x00 ended. " * 20), "binary file"),
    "random-bytes": (_write(random.Random(6).randbytes(8192)), "binary file|text encoding"),
    "undecodable": (_write(bytes(range(0x80, 0x100)) * 10), "not in a text encoding"),
    "pdf": (
        _write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <</Type /Catalog>> endobj\n", "story.pdf"),
        "is a PDF document",
    ),
    "docx": (_write(b"PK\x03\x04\x14\x00\x06\x00" + b"word/document.xml" * 40, "story.docx"), "Word, OpenDocument"),
    "csv": (_write(CSV.encode(), "data.csv"), "looks like a table"),
    "tsv": (_write(TSV.encode(), "data.tsv"), "looks like a table"),
    "log": (_write(LOG.encode(), "app.log"), "looks like a log"),
    "two-words": (_write(b"hello world\n"), r"too short to compare \(2 words"),
    "html-without-article": (_write(NO_ARTICLE_HTML.encode(), "page.html"), "too short to compare|no readable text"),
    "twenty-megabytes": (_twenty_megabytes, r"too large \(19\.1 MiB; the limit is 10 MiB\)"),
    "too-long-to-compare": (_too_long_to_compare, "too long to compare"),
    "a-million-one-word-lines": (_write(b"word\n" * 1_000_000), r"too long to compare \(5\.0 million characters"),
    "key-value-dump": (
        _write(CPUINFO.encode(), "cpuinfo"),
        r"looks like a data dump \(lines of 'name: value' fields\)",
    ),
    "html-too-many-elements": (
        _write(b"<html><body>" + b"<p>a</p>\n" * 160_000 + b"</body></html>", "page.html"),
        r"the HTML page has more than 30,000 elements, too many to read as an article",
    ),
    "html-paragraph-too-many-elements": (
        _write(
            b"<html><body><p>Officials said. " + b"<a href='#'>a</a> " * 10_000 + b"</p></body></html>", "page.html"
        ),
        r"a paragraph of the HTML page holds more than 1,000 elements",
    ),
}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the command line in-process; return exit code, stdout and stderr."""
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(code: int, out: str, err: str, pattern: str) -> None:
    """Exit 2, nothing on stdout, and one ``storydiff: error:`` line matching ``pattern``."""
    assert (code, out) == (2, "")
    assert err.startswith("storydiff: error: ")
    assert err.count("\n") == 1, err
    assert re.search(pattern, err), err
    assert "Traceback" not in err


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, ...]]:
    """Record every attempt to open the reader (instead of opening it)."""
    calls: list[tuple[Any, ...]] = []

    class Recorder:
        def __init__(self, *args: Any) -> None:
            calls.append(args)

        def run(self) -> None:
            pass

    monkeypatch.setattr("tui.app.make_app", lambda left, right, *, settings=None: Recorder(left, right))
    monkeypatch.setattr(cli, "_reattach_terminal", lambda: None)
    return calls


@pytest.mark.parametrize("case", BAD_FILES)
@pytest.mark.parametrize("side", ["left", "right"])
def test_export_refuses_bad_input_in_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, case: str, side: str
) -> None:
    """``storydiff export`` on bad input: exit 2, one line naming the problem, no output, whichever side it is."""
    make, pattern = BAD_FILES[case]
    bad = make(tmp_path)
    left, right = (bad, SEED) if side == "left" else (SEED, bad)
    assert_one_line_error(*run(capsys, "export", left, right), pattern)


@pytest.mark.parametrize("case", BAD_FILES)
def test_reader_never_opens_on_bad_input(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, opened: list[tuple[Any, ...]], case: str
) -> None:
    """``storydiff LEFT RIGHT`` checks both inputs first: bad input is the same one-line error and no reader."""
    make, pattern = BAD_FILES[case]
    assert_one_line_error(*run(capsys, SEED, make(tmp_path)), pattern)
    assert opened == []


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file_is_refused_by_the_reader(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, opened: list[tuple[Any, ...]]
) -> None:
    """A file without read permission: 'permission denied', exit 2, no reader."""
    path = tmp_path / "secret.txt"
    path.write_bytes(Path(SEED).read_bytes())
    path.chmod(0)
    try:
        assert_one_line_error(*run(capsys, str(path), SEED), "permission denied")
    finally:
        path.chmod(0o644)
    assert opened == []


def test_the_same_file_twice_is_allowed_and_all_agrees(capsys: pytest.CaptureFixture[str]) -> None:
    """One article against itself: exit 0, every passage agrees, full coverage."""
    code, out, err = run(capsys, "export", SEED, SEED, "--format", "json")
    record = json.loads(out)
    assert (code, err) == (0, "")
    assert {pair["status"] for pair in record["pairs"]} == {"agree"}
    assert record["summary"]["left_coverage"] == record["summary"]["right_coverage"] == 1.0


def test_the_reader_opens_on_the_same_file_twice(
    capsys: pytest.CaptureFixture[str], opened: list[tuple[Any, ...]]
) -> None:
    """The reader accepts the same article on both sides."""
    assert run(capsys, SEED, SEED) == (0, "", "")
    ((left, right),) = opened
    assert left.text == right.text


def test_a_two_megabyte_single_line_is_compared(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A 2 MB paste with no line breaks is read, split into sentences and aligned against an article.

    How long it takes is printed by ``python -m bench.input_speed``.
    """
    line = tmp_path / "line.txt"
    sentence = "Officials said 1,500 troops arrived on Oct. 21 near the border. The U.S. objected. "
    line.write_bytes((sentence * (2_000_000 // len(sentence) + 1)).encode()[:2_000_000])
    code, out, err = run(capsys, "export", str(line), OTHER_SEED, "--format", "json")
    assert (code, err) == (0, "")
    assert len(json.loads(out)["left"]["segments"]) > 40_000


@pytest.mark.parametrize(
    ("text", "title", "sentences"),
    [
        (CYRILLIC, "Переговоры в Киеве завершились без соглашения", 4),
        (KOREAN, "키이우 회담이 합의 없이 끝났다", 4),
        (ARABIC, "انتهت المحادثات في كييف دون اتفاق", 4),
    ],
    ids=["cyrillic", "korean", "arabic"],
)
def test_non_english_articles_are_read_and_split(text: str, title: str, sentences: int) -> None:
    """Cyrillic, Korean and Arabic: headline found, body split at . ! ? and ؟, text kept exactly."""
    article = require_article(parse_text(text, path="article.txt"))
    assert article.title == title
    body = [segment.text for segment in article.body]
    assert len(body) == sentences
    assert body[-2].endswith(("?", "؟"))
    assert " ".join(body) == " ".join(text.split("\n\n", 1)[1].split())


def test_non_english_pair_exports_verbatim(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A Korean and an Arabic article compare (exit 0) and the text export carries both scripts unchanged."""
    korean, arabic = tmp_path / "ko.txt", tmp_path / "ar.txt"
    korean.write_text(KOREAN, encoding="utf-8")
    arabic.write_text(ARABIC, encoding="utf-8")
    code, out, err = run(capsys, "export", str(korean), str(arabic))
    assert (code, err) == (0, "")
    for segment in (*load_article(korean).body, *load_article(arabic).body):
        assert segment.text in out


async def test_reader_shows_korean_and_arabic() -> None:
    """The reader's panes draw every Korean and Arabic sentence, characters and order unchanged."""
    left, right = parse_text(KOREAN, path="ko.txt"), parse_text(ARABIC, path="ar.txt")
    app = StorydiffApp(partial(ReaderScreen, left, right))
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        for pane_id, article in (("#left-pane", left), ("#right-pane", right)):
            shown = " ".join(re.sub(r"[▌≠◀▶=]", " ", pane_text(app.screen.query_one(pane_id, ArticlePane))).split())
            for segment in article.segments:
                assert segment.text in shown


TRICKLE_BYTES = 400
"""Bytes the slow server sends (one every 50 ms, 20 s in all) before it ends the page."""


@pytest.fixture
def slow_server() -> Iterator[str]:
    """A local server whose pages take 20 s: one byte every 50 ms, then the end of the page.

    A client without an overall deadline reads the whole page (spaces: no article) instead of timing out.
    """

    class Trickle(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(TRICKLE_BYTES):
                    if stop.is_set():
                        break
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    stop.wait(0.05)
            except OSError:
                pass

        def log_message(self, format: str, *args: object) -> None:
            pass

    stop = threading.Event()
    with local_http_server(Trickle, before_close=stop.set) as url:
        yield f"{url}/article"


class SteppingClock:
    """A stand-in for the fetcher's ``time`` module (and its transport's) whose clock moves on 0.2 s at every
    reading.

    The overall deadline then passes after a few chunks of the page, however busy the machine is.
    """

    def __init__(self) -> None:
        self.now = 0.0

    def monotonic(self) -> float:
        self.now += 0.2
        return self.now


def test_a_slow_url_times_out_in_one_line(
    capsys: pytest.CaptureFixture[str],
    slow_server: str,
    opened: list[tuple[Any, ...]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A page that keeps trickling past --timeout seconds overall is given up: one line, exit 2, no reader."""
    clock = SteppingClock()
    monkeypatch.setattr(fetch, "time", clock)
    monkeypatch.setattr(transfer, "time", clock)
    result = run(capsys, slow_server, SEED, "--timeout", "0.5")
    assert_one_line_error(*result, r"timed out after 0\.5 s")
    assert opened == []
    assert clock.now > 0.5  # the deadline passed on the fetcher's clock


def test_an_unreachable_url_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    """Nothing listening at the address: one line naming the URL, exit 2."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/article"
    assert_one_line_error(*run(capsys, "export", url, SEED, "--timeout", "2"), f"cannot fetch {re.escape(url)}")


def test_inspect_still_shows_what_compare_refuses(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """``inspect`` reads a CSV (to show how it was read); only comparing refuses it."""
    path = tmp_path / "data.csv"
    path.write_text(CSV, encoding="utf-8")
    code, out, _ = run(capsys, "inspect", str(path))
    assert code == 0
    assert "1,name1,3.5" in out
    with pytest.raises(ArticleError, match="looks like a table"):
        require_article(load_article(path))


async def test_picker_shows_a_bad_pair_as_its_error_and_never_opens_it(tmp_path: Path) -> None:
    """In a pair folder, a pair with a log file in it shows the one-line reason, and Enter does not open it."""
    (tmp_path / "a-log.txt").write_text(LOG, encoding="utf-8")
    (tmp_path / "b-article.txt").write_bytes(Path(SEED).read_bytes())
    app = make_library_app(load_library(tmp_path))
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, PickerScreen)
        (result,) = picker.results.values()
        assert result.alignment is None
        assert "looks like a log" in result.error
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is picker
        assert any("looks like a log" in str(note.message) for note in app._notifications)


def test_a_permission_error_is_one_line_even_for_root(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, opened: list[tuple[Any, ...]]
) -> None:
    """The operating system refusing to open the file (as it does for an unreadable file): one line, no reader."""
    path = tmp_path / "secret.txt"
    path.write_bytes(Path(SEED).read_bytes())
    real_open = Path.open

    def refuse(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    assert_one_line_error(*run(capsys, str(path), SEED), "secret.txt: permission denied")
    assert opened == []


def test_one_argument_with_a_name_too_long_is_not_a_folder(
    capsys: pytest.CaptureFixture[str], opened: list[tuple[Any, ...]]
) -> None:
    """``storydiff NAME`` with a name the system cannot even look up: the usual one line, no reader."""
    assert_one_line_error(*run(capsys, "b" * 5000), "is not a folder")
    assert opened == []


@pytest.mark.parametrize(
    "url", ["http://a..b/article", "http://" + "a" * 300 + ".example/"], ids=["empty-label", "long-label"]
)
def test_a_url_with_an_impossible_host_name_is_one_line(capsys: pytest.CaptureFixture[str], url: str) -> None:
    """A host name no resolver accepts (an empty or over-long label) is a bad URL, not a crash."""
    assert_one_line_error(*run(capsys, "export", url, SEED, "--timeout", "2"), r"cannot fetch .*: bad URL")


@pytest.mark.parametrize("seconds", ["inf", "1e300", "0", "-1", "nan", "soon"])
def test_an_impossible_timeout_is_a_usage_error(capsys: pytest.CaptureFixture[str], seconds: str) -> None:
    """``--timeout`` must be a finite number of seconds (an infinite one would overflow the socket layer)."""
    assert_one_line_error(*run(capsys, "export", "http://127.0.0.1:9/x", SEED, "--timeout", seconds), "--timeout")


def test_a_huge_word_wraps_into_whole_lines() -> None:
    """A million characters without a space (a pasted blob) wrap for the reader into lines of the pane's width."""
    spans = wrap_spans("x" * 1_000_000, 60)
    assert len(spans) == 16_667
    assert spans[0] == (0, 60)
    assert spans[-1] == (999_960, 1_000_000)
    assert all(end - start == 60 for start, end in spans[:-1])


@pytest.mark.parametrize(
    "text",
    ["é" + "x" * 20_000, "é" + "y" * 15_000 + " " + "z" * 5_000, "é " + "ab " * 6_000],
    ids=["one-blob", "two-blobs", "short-words"],
)
def test_wrapping_measures_each_character_a_bounded_number_of_times(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Wrapping is linear: each character is measured at most three times, never once per line it precedes.

    The texts hold one accented letter, so they take the general path (printable ASCII wraps by a regex instead).

    The work is counted (every character handed to ``cell_len``), not timed; the wrap times of a
    million-character word are printed by ``python -m bench.input_speed``.
    """
    measured = 0

    def counting_cell_len(chunk: str) -> int:
        nonlocal measured
        measured += len(chunk)
        return cell_len(chunk)

    monkeypatch.setattr(render, "cell_len", counting_cell_len)
    spans = wrap_spans(text, 60)
    assert measured > 0
    assert measured <= 3 * len(text)
    assert len(spans) >= len(text.replace(" ", "")) // 60


def test_a_one_paragraph_article_of_thousands_of_sentences_lays_out() -> None:
    """A pasted single line of 300 KB (3,500 sentences in one paragraph) is laid out for a pane, every sentence
    on its own lines in order (the layout time is printed by ``python -m bench.input_speed``)."""
    sentence = "Officials said 1,500 troops arrived on Oct. 21 near the border. The U.S. objected. "
    article = parse_text(sentence * 3_600, path="line.txt")
    blocks = build_blocks(article, {}, show_clutter=True)
    layout = wrap_blocks(blocks, 60)
    assert sorted(layout.first_line) == list(range(len(article.segments)))
    assert all(layout.first_line[k] <= layout.last_line[k] <= layout.first_line[k + 1] for k in range(100))
