"""Speed of the reader: launch to first frame on the seed pair, quitting, and key press to screen on a big pair.

Run ``python -m bench.reader_speed``. The launch figures run the real command (``python -m tui LEFT RIGHT``)
in a pseudo-terminal, as a user would, and read what it writes to the terminal: *first frame* is when both
articles' opening sentences are on screen, correctly wrapped (the first line of each article's first body
paragraph, whole); *aligned* is when the status line shows the aligned figures (``item N of M``); *q to exit*
runs from pressing ``q`` to the process having ended. Frames are timed from process launch, so the interpreter,
the imports and reading the files all count; wall and CPU time (from ``/proc``) are printed as median, min and
max of several fresh processes, and as ratios to ``python -c "import textual.app, textual.widgets"`` timed in the
same run (Textual's own import, which no Textual app can beat), once as this environment runs Python and once
with compiled bytecode cached, as in an installed storydiff. Then ``q`` is pressed while a big pair
aligns. The key figures build a 2,000-sentence pair with a hand-made alignment
(so they measure the reader, not the aligner), press navigation keys headless, and time each press until the
screen has been updated. This prints numbers; it is not a timed test.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import math
import os
import random
import re
import select
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
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


@dataclass
class Launch:
    """Figures of one launch of the reader, in seconds from the process start."""

    first: float
    """Wall time to the first frame (both articles on screen, wrapped for the panes)."""
    aligned: float
    """Wall time to the aligned view (the status line shows ``item N of M``)."""
    first_cpu: float
    """CPU time (user and system) the reader had used at the first frame."""
    aligned_cpu: float
    """CPU time it had used when the aligned view was on screen."""
    quit: float
    """Wall time from pressing ``q`` (once aligned) to the process having ended."""


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time a running process has used (Linux ``/proc``; 0 elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def launch(
    command: list[str], needles: list[str], env: dict[str, str], timeout: float = 20.0, *, wait_aligned: bool = True
) -> Launch:
    """Run ``command`` in a pseudo-terminal of ``SIZE``, as a user would; time its frames, then quit it with ``q``.

    The first frame is the first moment every needle is on screen; aligned is when the status line shows the
    figures. Without ``wait_aligned``, ``q`` is pressed as soon as the first frame is out (while it aligns).
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
    first = aligned = first_cpu = aligned_cpu = quit_time = math.nan
    try:
        while time.perf_counter() - start < timeout:
            ready, _, _ = select.select([master], [], [], 0.01)
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
            if math.isnan(first) and all(needle in shown for needle in needles):
                first, first_cpu = now, cpu_seconds(process.pid)
                if not wait_aligned:
                    break
            if math.isnan(aligned) and ALIGNED.search(shown):
                aligned, aligned_cpu = now, cpu_seconds(process.pid)
            if not math.isnan(first) and not math.isnan(aligned):
                break
        pressed = time.perf_counter()
        os.write(master, b"q")
        _drain(master, process, pressed + 10)
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=max(0.0, pressed + 10 - time.perf_counter()))
            quit_time = time.perf_counter() - pressed
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(master)
    if math.isnan(first) or (wait_aligned and math.isnan(aligned)):
        tail = ESCAPES.sub("", raw.decode("utf-8", "replace"))[-400:]
        raise RuntimeError(f"the reader did not show the pair within {timeout:g} s; it wrote: {tail!r}")
    return Launch(first, aligned, first_cpu, aligned_cpu, quit_time)


def _drain(master: int, process: subprocess.Popen[bytes], deadline: float) -> None:
    """Read (and drop) what the reader writes until it exits, so it never blocks on a full terminal."""
    while process.poll() is None and time.perf_counter() < deadline:
        ready, _, _ = select.select([master], [], [], 0.002)
        if ready:
            try:
                os.read(master, 1 << 16)
            except OSError:
                return


def launch_figures(runs: int, *, bytecode: bool) -> list[Launch]:
    """``runs`` fresh launches of the reader on the seed pair.

    With ``bytecode``, Python's compiled modules are cached (in a temporary folder, after one launch that is
    not counted), as in an installed storydiff; without it the environment decides, and where
    ``PYTHONDONTWRITEBYTECODE`` is set every launch compiles storydiff's own sources first.
    """
    seeds = ROOT / "seeds"
    pair = [seeds / "guardian.txt", seeds / "kyiv-independent.txt"]
    needles = [opening_words(path) for path in pair]
    command = [sys.executable, "-m", "tui", *map(str, pair)]
    env = dict(os.environ, TERM="xterm-256color", COLORTERM="truecolor", XDG_CONFIG_HOME=tempfile.gettempdir())
    launches = []
    with tempfile.TemporaryDirectory() as cache:
        if bytecode:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = cache
            launch(command, needles, env)
        for _ in range(runs):
            launches.append(launch(command, needles, env))
    return launches


def quit_while_aligning(runs: int, sentences: int = 3000) -> list[float]:
    """Seconds from ``q`` to the end of the process, pressed at the first frame of a pair that takes a while to
    align (``sentences`` generated sentences a side)."""
    alignment = big_pair(sentences)
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for side in ("left", "right"):
            path = Path(folder) / f"{side}.txt"
            path.write_text(f"The {side} report\n\n" + alignment.article(side).text, encoding="utf-8")
            paths.append(path)
        needles = [opening_words(path) for path in paths]
        command = [sys.executable, "-m", "tui", *map(str, paths)]
        env = dict(os.environ, TERM="xterm-256color", COLORTERM="truecolor", XDG_CONFIG_HOME=folder)
        return [launch(command, needles, env, wait_aligned=False).quit for _ in range(runs)]


TEXTUAL_PROBE = "import time, textual.app, textual.widgets; print(time.process_time())"
"""Textual's own import, the yardstick of the launch figures (an app cannot start before it)."""


def textual_import(runs: int) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds of ``runs`` fresh ``python -c "import textual.app, textual.widgets"``."""
    walls, cpus = [], []
    for _ in range(runs):
        start = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", TEXTUAL_PROBE], capture_output=True, text=True, check=True)
        walls.append(time.perf_counter() - start)
        cpus.append(float(out.stdout.strip()))
    return walls, cpus


def spread(values: list[float]) -> str:
    """``median … min … max …`` of ``values`` (seconds)."""
    return f"median {statistics.median(values):.3f}  min {min(values):.3f}  max {max(values):.3f}"


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

KEY_CHARACTERS = {"right_square_bracket": "]", "left_square_bracket": "[", "pagedown": None}
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
        plan += [("v", 6), ("f", 5), ("b", 4), ("l", 4), ("d", 4), ("pagedown", 10), ("o", 4)]
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
    """Print launch-to-first-frame, quit and key-press-to-screen figures."""
    parser = argparse.ArgumentParser(prog="python -m bench.reader_speed", description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="fresh launches of the reader to time (7)")
    parser.add_argument("--sentences", type=int, default=2000, help="sentences a side for the key test")
    parser.add_argument("--presses", type=int, default=60, help="presses of j and ] to time")
    args = parser.parse_args(argv)
    imports = subprocess.run(
        [sys.executable, "-c", IMPORT_PROBE], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    print(f"imports alone: core.reading's loader {imports[0]} s, textual {imports[1]} s, tui.app {imports[2]} s")
    walls, cpus = textual_import(args.runs)
    base_wall, base_cpu = statistics.median(walls), statistics.median(cpus)
    print(f"python -c 'import textual.app, textual.widgets', {args.runs} runs:")
    print(f"  wall {spread(walls)}; CPU {spread(cpus)}")
    terminal = f"{SIZE[0]}x{SIZE[1]}"
    print(f"seed pair, python -m tui in a {terminal} terminal, from launch, {args.runs} runs")
    print("  targets: first frame <= 0.5 s, aligned <= 0.7 s, q exits <= 0.2 s; ratios are to Textual's import")
    compiled = "compiles storydiff's sources" if os.environ.get("PYTHONDONTWRITEBYTECODE") else "as set up here"
    for label, bytecode in ((f"this environment ({compiled})", False), ("bytecode cached (as installed)", True)):
        launches = launch_figures(args.runs, bytecode=bytecode)
        print(f"  {label}:")
        for name, wall, cpu in (
            ("first frame", [x.first for x in launches], [x.first_cpu for x in launches]),
            ("aligned on screen", [x.aligned for x in launches], [x.aligned_cpu for x in launches]),
        ):
            ratio = f"x{statistics.median(wall) / base_wall:.1f} wall, x{statistics.median(cpu) / base_cpu:.1f} CPU"
            print(f"    {name:>17}: wall {spread(wall)}; CPU {spread(cpu)}  ({ratio})")
        print(f"    {'q to exit':>17}: wall {spread([x.quit for x in launches])}")
    quits = quit_while_aligning(max(3, args.runs // 2))
    print(f"q pressed while a 3,000-sentence pair aligns (15 s of work), to exit: wall {spread(quits)}")
    timings = asyncio.run(key_latency(args.sentences, args.presses))
    print(f"{args.sentences} sentences a side, key press to screen (ms), target <= 50 at p95:")
    for key, values in timings.items():
        ordered = sorted(values)
        p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
        median = statistics.median(values)
        print(f"  {key:>22}: median {median:6.1f}  p95 {p95:6.1f}  max {max(values):6.1f}  (n={len(values)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
