"""Speed of the reader: launch to first frame on the seed pair, and key press to screen on a big pair.

Run ``python -m bench.reader_speed``. The launch figures run the real command (``python -m tui LEFT RIGHT``)
in a pseudo-terminal, as a user would, and read what it writes to the terminal: *first frame* is when both
articles' opening sentences are on screen, correctly wrapped (the first line of each article's first body
paragraph, whole); *aligned* is when the status line shows the aligned figures (``item N of M``). Both are
timed from process launch, so the interpreter, the imports and reading the files all count; the medians of
several fresh processes are printed, once as this environment runs Python and once with compiled bytecode
cached, as in an installed storydiff. The key figures build a 2,000-sentence pair with a hand-made alignment
(so they measure the reader, not the aligner), press navigation keys headless, and time each press until the
screen has been updated. This prints numbers; it is not a timed test.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import select
import statistics
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

from textual import events

from core.models import VERDICTS, AlignedItem, Alignment, Article, Segment, Summary, Verdict

ROOT = Path(__file__).resolve().parents[1]
SIZE = (160, 48)
WORDS = [
    "minister",
    "said",
    "troops",
    "border",
    "army",
    "report",
    "officials",
    "city",
    "government",
    "talks",
    "forces",
    "week",
    "statement",
    "president",
    "attack",
    "military",
    "people",
    "country",
    "capital",
    "leaders",
    "agreement",
    "police",
    "region",
    "support",
    "war",
    "ceasefire",
    "spokesperson",
    "election",
    "parliament",
    "ministry",
    "foreign",
    "security",
    "aid",
    "sanctions",
    "deal",
]


ESCAPES = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])")
"""Terminal control sequences (CSI, OSC and two-byte escapes): removed to read the text a frame draws."""

ALIGNED = re.compile(r"item [0-9–]+ of [0-9]+")
"""The status line once the alignment is on screen."""

NEEDLE = 24
"""Characters of each article's first body sentence that must appear unbroken (i.e. on one line, wrapped
for the pane's real width) for a frame to count as showing the articles."""


def opening_words(path: Path) -> str:
    """The first ``NEEDLE`` characters of an article's first body sentence, as the reader shows them."""
    from core.reading import load_article
    from tui.render import neutralize

    article = load_article(path)
    body = next(seg for seg in article.segments if seg.role == "body")
    return " ".join(neutralize(body.text).split())[:NEEDLE]


def launch(command: list[str], needles: list[str], env: dict[str, str], timeout: float = 20.0) -> tuple[float, float]:
    """Run ``command`` in a pseudo-terminal of ``SIZE``; seconds from launch to the first frame and to aligned.

    The first frame is the first moment every needle is on screen; aligned is when the status line shows
    the figures. Then Ctrl+Q quits the reader.
    """
    import fcntl
    import pty
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", SIZE[1], SIZE[0], 0, 0))
    start = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=ROOT, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True
    )
    os.close(slave)
    raw = b""
    first: float | None = None
    aligned: float | None = None
    try:
        while time.perf_counter() - start < timeout:
            ready, _, _ = select.select([master], [], [], 0.05)
            if not ready:
                if process.poll() is not None:
                    break
                continue
            try:
                chunk = os.read(master, 1 << 16)
            except OSError:  # the child closed the terminal
                break
            now = time.perf_counter() - start
            raw += chunk
            shown = ESCAPES.sub("", raw.decode("utf-8", "replace"))
            if first is None and all(needle in shown for needle in needles):
                first = now
            if aligned is None and ALIGNED.search(shown):
                aligned = now
            if first is not None and aligned is not None:
                break
        os.write(master, b"\x11")  # Ctrl+Q
        _drain(master, process, time.perf_counter() + 10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(master)
    if first is None or aligned is None:
        tail = ESCAPES.sub("", raw.decode("utf-8", "replace"))[-400:]
        raise RuntimeError(f"the reader did not show the pair within {timeout:g} s; it wrote: {tail!r}")
    return first, aligned


def _drain(master: int, process: subprocess.Popen[bytes], deadline: float) -> None:
    """Read (and drop) what the reader writes until it exits, so it never blocks on a full terminal."""
    while process.poll() is None and time.perf_counter() < deadline:
        ready, _, _ = select.select([master], [], [], 0.05)
        if ready:
            try:
                os.read(master, 1 << 16)
            except OSError:
                return


def launch_figures(runs: int, *, bytecode: bool) -> tuple[list[float], list[float]]:
    """First-frame and aligned times of ``runs`` fresh launches of the reader on the seed pair.

    With ``bytecode``, Python's compiled modules are cached (in a temporary folder, after one launch that is
    not counted), as in an installed storydiff; without it the environment decides, and where
    ``PYTHONDONTWRITEBYTECODE`` is set every launch compiles storydiff's own sources first.
    """
    seeds = ROOT / "seeds"
    pair = [seeds / "guardian.txt", seeds / "kyiv-independent.txt"]
    needles = [opening_words(path) for path in pair]
    command = [sys.executable, "-m", "tui", *map(str, pair)]
    env = dict(os.environ, TERM="xterm-256color", COLORTERM="truecolor")
    firsts, aligneds = [], []
    with tempfile.TemporaryDirectory() as cache:
        if bytecode:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = cache
            launch(command, needles, env)
        for _ in range(runs):
            first, aligned = launch(command, needles, env)
            firsts.append(first)
            aligneds.append(aligned)
    return firsts, aligneds


def big_pair(count: int, seed: int = 7) -> Alignment:
    """A pair of ``count`` body sentences a side with a hand-made alignment of every verdict."""
    rng = random.Random(seed)

    def sentence() -> str:
        words = rng.choices(WORDS, k=rng.randint(12, 30))
        return " ".join(words).capitalize() + "."

    def article(sentences: list[str], name: str) -> Article:
        text, segments = "", []
        for index, body in enumerate(sentences):
            if index:
                text += "\n\n" if index % 4 == 0 else " "
            start = len(text)
            text += body
            segments.append(Segment(f"s{index + 1}", body, start, len(text), index // 4, "body"))
        return Article(path=name, text=text, segments=tuple(segments), outlet=name, title=name)

    left = [sentence() for _ in range(count)]
    right = [sentence() for _ in range(count)]
    order = list(range(count))
    for block in range(0, count, 40):  # reorder within blocks, as outlets do
        chunk = order[block : block + 40]
        rng.shuffle(chunk)
        order[block : block + 40] = chunk
    items: list[AlignedItem] = []
    used_right: set[int] = set()
    for i in range(count):
        roll = rng.random()
        if roll < 0.15:
            items.append(AlignedItem((f"s{i + 1}",), (), "left-only", 0.0))
            continue
        j = order[i]
        verdict: Verdict = "agree" if roll < 0.6 else "differ"
        items.append(AlignedItem((f"s{i + 1}",), (f"s{j + 1}",), verdict, 0.7))
        used_right.add(j)
    for j in range(count):
        if j not in used_right:
            items.append(AlignedItem((), (f"s{j + 1}",), "right-only", 0.0))
    counts = {v: sum(1 for it in items if it.verdict == v) for v in VERDICTS}
    return Alignment(article(left, "Left"), article(right, "Right"), tuple(items), Summary(counts, 0.8, 0.8))


IMPORT_PROBE = """
import time
t0 = time.perf_counter()
from core.reading import load_article
t1 = time.perf_counter()
import textual.app
t2 = time.perf_counter()
import tui.app
t3 = time.perf_counter()
print(f"{t1 - t0:.3f} {t2 - t1:.3f} {t3 - t2:.3f}")
"""
"""Times the three import steps of a launch in a fresh interpreter."""

KEY_CHARACTERS = {"right_square_bracket": "]", "left_square_bracket": "["}
"""The character each named key types."""


async def key_latency(count: int, presses: int) -> dict[str, list[float]]:
    """Time key presses on a ``count``-sentence pair; milliseconds per press, by key.

    A press is timed from posting the key event to the end of the screen update it causes: binding lookup,
    the action, every message it sets off, and one compositor refresh (Textual's own frame step; private
    API, used here only to measure).
    """
    from tui.app import StorydiffApp
    from tui.screens.main import ReaderScreen

    alignment = big_pair(count)
    app = StorydiffApp(partial(ReaderScreen, alignment.left, alignment.right, alignment=alignment))
    timings: dict[str, list[float]] = {}
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        plan = [("j", presses), ("k", presses // 2), ("right_square_bracket", presses), ("G", 5), ("g", 5)]
        plan += [("v", 6), ("f", 5), ("b", 4)]
        for key, times in plan:
            for _ in range(times):
                await pilot.pause()  # start each press from a settled screen
                start = time.perf_counter()
                app.post_message(events.Key(key, KEY_CHARACTERS.get(key, key)))
                # Until every handler has run, then one compositor update (what a frame would draw).
                await pilot._wait_for_screen()
                app.screen._on_timer_update()
                timings.setdefault(key, []).append((time.perf_counter() - start) * 1000)
    return timings


def main(argv: list[str] | None = None) -> int:
    """Print launch-to-first-frame and key-press-to-screen figures."""
    parser = argparse.ArgumentParser(prog="python -m bench.reader_speed", description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="fresh launches of the reader to time (7)")
    parser.add_argument("--sentences", type=int, default=2000, help="sentences a side for the key test")
    parser.add_argument("--presses", type=int, default=60, help="presses of j and ] to time")
    args = parser.parse_args(argv)
    imports = subprocess.run(
        [sys.executable, "-c", IMPORT_PROBE], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    print(f"imports alone: core.reading's loader {imports[0]} s, textual {imports[1]} s, tui.app {imports[2]} s")
    terminal = f"{SIZE[0]}x{SIZE[1]}"
    print(f"seed pair, python -m tui in a {terminal} terminal, from launch, {args.runs} runs (target <= 0.5 s):")
    compiled = "compiles storydiff's sources" if os.environ.get("PYTHONDONTWRITEBYTECODE") else "as set up here"
    for label, bytecode in ((f"this environment ({compiled})", False), ("bytecode cached (as installed)", True)):
        firsts, aligneds = launch_figures(args.runs, bytecode=bytecode)
        print(f"  {label}:")
        for name, values in (("first frame", firsts), ("aligned on screen", aligneds)):
            median = statistics.median(values)
            print(f"    {name:>17}: median {median:.3f} s   min {min(values):.3f}   max {max(values):.3f}")
    timings = asyncio.run(key_latency(args.sentences, args.presses))
    print(f"{args.sentences} sentences a side, key press to screen (ms), target <= 50:")
    for key, values in timings.items():
        ordered = sorted(values)
        p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
        median = statistics.median(values)
        print(f"  {key:>22}: median {median:6.1f}  p95 {p95:6.1f}  max {max(values):6.1f}  (n={len(values)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
