"""Speed of the reader: launch to first paint on the seed pair, and key press to screen on a big pair.

Run ``python -m bench.reader_speed``. The first figure runs in a fresh process (imports included), from the
start of ``main`` to the first frame that shows the aligned articles. The second builds a 2,000-sentence pair
with a hand-made alignment (so it measures the reader, not the aligner), presses navigation keys headless,
and times each press until the screen has been updated. This prints numbers; it is not a timed test.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import subprocess
import sys
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


def first_paint(spawned_at: float) -> None:
    """Child process: seconds from its launch (``spawned_at``, wall clock) to the first frames.

    Prints two figures: when the app is up (its first frame drawn) and when the aligned articles are on screen.
    A pair as small as the seeds is aligned before the first frame, so the two are close; a big pair shows a
    loading state first.
    """
    from core.load import load_article
    from tui.app import make_app
    from tui.screens.main import ReaderScreen

    seeds = ROOT / "seeds"
    app = make_app(load_article(seeds / "guardian.txt"), load_article(seeds / "kyiv-independent.txt"))
    marks: dict[str, float] = {}

    async def run() -> None:
        async with app.run_test(size=SIZE) as pilot:
            marks["running"] = time.time() - spawned_at
            while not (isinstance(app.screen, ReaderScreen) and app.screen.alignment is not None):
                await asyncio.sleep(0.002)
            await pilot._wait_for_screen()
            app.screen._on_timer_update()  # the frame that draws the aligned articles
            marks["content"] = time.time() - spawned_at

    asyncio.run(run())
    print(f"{marks['running']:.3f} {marks['content']:.3f}")


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
import core.load
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
    """Print launch-to-first-paint and key-press-to-screen figures."""
    parser = argparse.ArgumentParser(prog="python -m bench.reader_speed", description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=2000, help="sentences a side for the key test")
    parser.add_argument("--presses", type=int, default=60, help="presses of j and ] to time")
    parser.add_argument("--child-first-paint", type=float, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_first_paint is not None:
        first_paint(args.child_first_paint)
        return 0
    imports = subprocess.run(
        [sys.executable, "-c", IMPORT_PROBE], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    print(f"imports alone: core {imports[0]} s, textual {imports[1]} s, tui {imports[2]} s")
    runs = []
    for _ in range(3):
        out = subprocess.run(
            [sys.executable, "-m", "bench.reader_speed", "--child-first-paint", repr(time.time())],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        runs.append(tuple(float(x) for x in out.stdout.split()))
    running = min(r[0] for r in runs)
    content = min(r[1] for r in runs)
    print(
        f"seed pair, from process launch (imports included): app up {running:.3f} s, "
        f"aligned articles on screen {content:.3f} s (target <= 0.5 s; best of 3)"
    )
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
