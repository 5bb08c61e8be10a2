"""Time and peak memory of hostile inputs: compression bombs, trickled headers, text crafted to be slow to read.

Run ``python -m bench.hostile`` (``make memory`` runs it after ``bench.memory``). Each case runs in a fresh process
and goes the way ``storydiff export`` goes: read the source (a file, or a URL served by a local server in the same
process), check it, align it against the seed article. It ends aligned or refused with storydiff's one-line error;
its wall time and peak resident memory (``ru_maxrss`` of the child process) are printed beside the budgets (60 s
a case; 200 MB for a URL). ``--chars`` sets the size of the crafted texts (2.5 million, the comparison limit, by
default); ``--only`` picks cases by name. It prints numbers and never fails on a figure; it exits 1 only when a case
crashes.
"""

from __future__ import annotations

import argparse
import gzip
import http.server
import resource
import sys
import tempfile
import threading
import time
import zlib
from collections.abc import Callable
from pathlib import Path

from bench.child_case import run_case
from core.align import align
from core.errors import StorydiffError
from core.reading import MAX_TEXT_CHARS, load_source, require_article

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "guardian.txt"
TIME_BUDGET_S = 60.0
"""Wall time allowed per case."""
URL_MEMORY_BUDGET_MB = 200
"""Peak resident memory allowed for reading any URL, the interpreter included."""
PROSE = "Officials said the talks in Kyiv ended without a deal on Monday. "
SENTENCE = "Officials counted the displaced people in the northern towns of Kharkiv and Sumy on Monday"
BOMB_BYTES = 4 * 1024**3
"""What the compression bomb decodes to: 4 GiB of zeros, sent as about 7 KB gzipped twice."""
FIGURES = 10_000
"""Figures in the one sentence of each side of the figures case (about 160,000 characters)."""
TRICKLE_BYTES = 30
"""Header bytes the slow server sends, one a second, before it ends its headers: a client whose deadline does not
cover the headers waits for all of them."""


def _peak_mb() -> float:
    """This process's peak resident memory in MB (``ru_maxrss`` is in kB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _bomb() -> bytes:
    """Zeros gzipped, and the result gzipped again: a few kilobytes that decode to :data:`BOMB_BYTES`."""
    inner = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    block = bytes(16 * 1024 * 1024)
    parts = [inner.compress(block) for _ in range(BOMB_BYTES // len(block))]
    parts.append(inner.flush())
    return gzip.compress(b"".join(parts), compresslevel=9)


def _serve(handler: type[http.server.BaseHTTPRequestHandler]) -> str:
    """Start a local HTTP server in a daemon thread (it ends with the process); return its URL."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/page"


def _compare(left: str, right: str, *, timeout: float = 20.0) -> str:
    """Read, check and align two sources as ``storydiff export`` does; the outcome in a few words."""
    try:
        sides = [require_article(load_source(s, timeout=timeout, max_chars=MAX_TEXT_CHARS)) for s in (left, right)]
        alignment = align(sides[0], sides[1])
    except StorydiffError as error:
        return "refused: " + str(error).split(": ", 1)[-1]
    counts = ", ".join(f"{n} {verdict}" for verdict, n in sorted(alignment.summary.counts.items()))
    return f"aligned: {len(alignment.items):,} items ({counts})"


Case = Callable[[int, Path], Callable[[], str]]
"""A case: given the size of crafted texts and a scratch folder, it prepares its input (untimed) and returns the
timed run."""


def _bomb_case(chars: int, folder: Path) -> Callable[[], str]:
    body = _bomb()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Encoding", "gzip, gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            """Quiet."""

    url = _serve(Handler)
    return lambda: f"{len(body):,} bytes sent; " + _compare(url, str(SEED))


def _trickle_case(chars: int, folder: Path) -> Callable[[], str]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Slow: ")
            for _ in range(TRICKLE_BYTES):
                try:
                    self.wfile.write(b"x")
                    self.wfile.flush()
                except OSError:
                    return
                time.sleep(1)
            body = SEED.read_bytes()
            self.wfile.write(b"\r\nContent-Length: %d\r\n\r\n" % len(body) + body)

        def log_message(self, format: str, *args: object) -> None:
            """Quiet."""

    url = _serve(Handler)
    return lambda: _compare(url, str(SEED), timeout=3.0)


def _text_case(make: Callable[[int], str], suffix: str = ".txt") -> Case:
    """A case that writes ``make(chars)`` to a file and compares it with the seed article."""

    def prepare(chars: int, folder: Path) -> Callable[[], str]:
        path = folder / f"hostile{suffix}"
        path.write_text(make(chars), encoding="utf-8")
        return lambda: _compare(str(path), str(SEED))

    return prepare


def _figures_case(chars: int, folder: Path) -> Callable[[], str]:
    """Two reports of one sentence holding :data:`FIGURES` figures, every other one different on each side."""

    def side(shift: int) -> str:
        count = FIGURES
        figures = ", ".join(f"{k * 7 + 10 + (shift if k % 2 else 0)} people" for k in range(count))
        return f"{SENTENCE}: {figures}.\n\n{PROSE}\n"

    left, right = folder / "left.txt", folder / "right.txt"
    left.write_text(side(0), encoding="utf-8")
    right.write_text(side(3), encoding="utf-8")
    return lambda: _compare(str(left), str(right))


def _run(chars: int, piece: str) -> str:
    return (PROSE + piece * (chars // len(piece)))[:chars] + "\n"


CASES: dict[str, Case] = {
    "gzip,gzip bomb over HTTP (4 GiB decoded)": _bomb_case,
    "headers at a byte a second, --timeout 3": _trickle_case,
    "a run of capitals": _text_case(lambda n: _run(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")),
    "'A.' repeated": _text_case(lambda n: _run(n, "A.")),
    "'A. ' repeated": _text_case(lambda n: _run(n, "A. ")),
    "curly quotes": _text_case(lambda n: _run(n, "“")),
    "single curly quotes": _text_case(lambda n: _run(n, "‘")),
    "10,000 figures in one sentence, both sides": _figures_case,
    "Markdown: a run of '['": _text_case(lambda n: _run(n, "["), ".md"),
    "Markdown: a run of '**'": _text_case(lambda n: _run(n, "**"), ".md"),
    "Markdown: a run of '~~'": _text_case(lambda n: _run(n, "~~"), ".md"),
    "HTML: 160,000 tiny paragraphs (1.7 MB)": _text_case(
        lambda n: "<html><body>" + "<p>a</p>\n" * 160_000 + "</body></html>", ".html"
    ),
    "HTML: 10,000 links in one paragraph": _text_case(
        lambda n: f"<html><body><p>{PROSE}" + "<a href='#'>a</a> " * 10_000 + "</p></body></html>", ".html"
    ),
    "a million one-word lines": _text_case(lambda n: "word\n" * 1_000_000),
}


URL_CASES = frozenset({"gzip,gzip bomb over HTTP (4 GiB decoded)", "headers at a byte a second, --timeout 3"})


def _run_case(case: str, chars: int) -> None:
    """Run one case in this process and print ``outcome<TAB>seconds<TAB>peak MB``."""
    with tempfile.TemporaryDirectory() as folder:
        run = CASES[case](chars, Path(folder))
        began = time.perf_counter()
        outcome = run()
        elapsed = time.perf_counter() - began
    print(f"{outcome}\t{elapsed:.1f}\t{_peak_mb():.0f}")


def main(argv: list[str] | None = None) -> int:
    """Run every case (or those whose name holds ``--only``) in its own process; return 1 only if one crashed."""
    parser = argparse.ArgumentParser(prog="python -m bench.hostile", description=__doc__.split("\n\n")[0])
    parser.add_argument("--chars", type=int, default=MAX_TEXT_CHARS - 1_000, help="size of the crafted texts")
    parser.add_argument("--only", default="", help="run only the cases whose name holds this text")
    parser.add_argument("--case", choices=CASES, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.case:
        _run_case(args.case, args.chars)
        return 0
    print(f"crafted texts of {args.chars:,} characters; budget {TIME_BUDGET_S:.0f} s per case")
    print(f"{'case':<44} {'time':>7} {'peak':>8}  outcome")
    crashed = False
    for case in CASES:
        if args.only not in case:
            continue
        result = run_case("bench.hostile", case, "--chars", str(args.chars))
        if isinstance(result, str):
            print(f"{case:<44} crashed: {result}")
            crashed = True
            continue
        memory_over = case in URL_CASES and float(result.peak) > URL_MEMORY_BUDGET_MB
        over = "  OVER BUDGET" if float(result.seconds) > TIME_BUDGET_S or memory_over else ""
        print(f"{case:<44} {result.seconds:>6}s {result.peak:>5} MB  {result.outcome[:110]}{over}")
    return 1 if crashed else 0


if __name__ == "__main__":
    sys.exit(main())
