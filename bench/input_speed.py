"""Time of reading, splitting and laying out inputs, from the seed pair to pathological pastes.

Run ``python -m bench.input_speed``. The test suite checks what each case produces and, where it can, that the
work grows linearly, but never how long it takes; this command prints those times (wall and CPU seconds, in this
process) beside their targets. It prints numbers; it is not a timed test, and a missed target never makes it fail.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from core.errors import ArticleError
from core.reading import load_article, load_bytes, load_source, parse_text, split_sentences
from tui import cli
from tui.layout import build_blocks, wrap_blocks
from tui.render import wrap_spans

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SENTENCE = "Officials said 1,500 troops arrived on Oct. 21 near the border. The U.S. objected. "
"""The prose the one-line cases repeat: abbreviations, a figure and a date, so the splitter has work to do."""


def _one_line(chars: int) -> str:
    return (SENTENCE * (chars // len(SENTENCE) + 1))[:chars]


def _seed_pair() -> None:
    load_article(SEEDS / "guardian.txt")
    load_article(SEEDS / "kyiv-independent.txt")


def _paste_of_paragraphs() -> Callable[[], object]:
    seed = (SEEDS / "guardian.txt").read_bytes()
    data = (seed + b"\n\n") * (2_000_000 // len(seed))
    return lambda: load_bytes(data, path="big.txt")


def _single_line_read() -> Callable[[], object]:
    data = _one_line(2_000_000).encode()
    return lambda: load_bytes(data, path="line.txt")


def _single_line_split() -> Callable[[], object]:
    text = _one_line(2_000_000)
    return lambda: split_sentences(text)


def _full_stops_split() -> Callable[[], object]:
    dots = "." * 2_000_000
    return lambda: split_sentences(dots)


def _single_line_export(folder: Path) -> Callable[[], object]:
    line = folder / "line.txt"
    line.write_text(_one_line(2_000_000), encoding="utf-8")
    argv = ["export", str(line), str(SEEDS / "kyiv-independent.txt"), "--format", "json", "-o", str(folder / "o")]

    def run() -> None:
        with contextlib.redirect_stderr(io.StringIO()):
            if cli.main(argv) != 0:
                raise RuntimeError("storydiff export failed")

    return run


def _huge_word_wrap() -> Callable[[], object]:
    word = "x" * 1_000_000
    return lambda: wrap_spans(word, 60)


def _paragraph_layout() -> Callable[[], object]:
    blocks = build_blocks(parse_text(SENTENCE * 3_600, path="line.txt"), {}, show_clutter=True)
    return lambda: wrap_blocks(blocks, 60)


def _oversized_file(folder: Path) -> Callable[[], object]:
    path = folder / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(30_000_000)

    def run() -> None:
        with contextlib.suppress(ArticleError):
            load_article(path)

    return run


@contextlib.contextmanager
def _trickling_server() -> Iterator[str]:
    """A local page that never finishes: one byte every 50 ms until the client goes."""
    stop = threading.Event()

    class Trickle(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            with contextlib.suppress(OSError):
                while not stop.is_set():
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    stop.wait(0.05)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Trickle)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/article"
    finally:
        stop.set()
        server.shutdown()
        server.server_close()


def _measure(action: Callable[[], object], runs: int = 1) -> tuple[float, float]:
    """Median wall seconds and median CPU seconds of ``runs`` calls of ``action``."""
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        action()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def main(argv: list[str] | None = None) -> int:
    """Time every case and print a table of wall and CPU seconds beside the targets."""
    parser = argparse.ArgumentParser(prog="python -m bench.input_speed", description=__doc__.split("\n\n")[0])
    parser.parse_args(argv)
    print(f"{'case':<48} {'seconds':>8} {'cpu s':>7}  target")

    def row(case: str, figures: tuple[float, float], target: str) -> None:
        print(f"{case:<48} {figures[0]:>8.3f} {figures[1]:>7.3f}  {target}")

    _seed_pair()
    row("seed pair, read both (median of 5)", _measure(_seed_pair, runs=5), "<= 0.1 s")
    row("2 MB paste of paragraphs, read", _measure(_paste_of_paragraphs()), "<= 30 s")
    row("2 MB single line, read", _measure(_single_line_read()), "<= 30 s")
    row("2 MB single line, split into sentences", _measure(_single_line_split()), "<= 5 s")
    row("2 million full stops, split into sentences", _measure(_full_stops_split()), "<= 5 s")
    row("1 M-character word, wrapped at 60 cells", _measure(_huge_word_wrap()), "<= 5 s")
    row("300 KB paragraph, laid out at 60 cells", _measure(_paragraph_layout()), "<= 5 s")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        row("30 MB file, refused by its size", _measure(_oversized_file(folder)), "<= 1 s")
        row("2 MB single line x seed, storydiff export (JSON)", _measure(_single_line_export(folder)), "<= 60 s")
    with _trickling_server() as url:

        def slow_url() -> None:
            with contextlib.suppress(ArticleError):
                load_source(url, timeout=0.5)

        row("a page that never ends, --timeout 0.5", _measure(slow_url), "<= 5 s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
