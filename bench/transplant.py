"""How storydiff reads a real page when the clutter around its article is another site's: transplanted furniture.

Run ``python -m bench.transplant`` (needs ``../shared/data/realpages-dev``). For each development page P (never a
held-out page of :data:`bench.realpages.HELDOUT`) it makes variants of P's paste by inserting real clutter: a
contiguous run of lines cut from ANOTHER development page, from its text outside the human-marked body, at the place
real pages put such blocks:

- ``top``: above the headline, a run from the donor's lines above its own headline (menus, banners, prompts);
- ``head``: between the headline and the byline (under the headline when P names nobody), a run from the donor's
  lines between its headline and its body;
- ``inline``: between two body paragraphs, a run from the donor's lines among its body (related stories, captions,
  boxes), or from its lines after the body when it has none;
- ``tail``: right after the body, a run from the donor's lines after its body (footers, prompts, teaser lists);
- ``all``: the four at once, each from its own donor.

Donor lines that name the donor itself (its headline, its authors, its outlet) are left out of every block, and
date lines out of ``top`` and ``head`` blocks: the test is another site's furniture, not another article's
identity. P's truth and manifest entry stay as they are, so body recall and precision, headline, authors, date and
outlet are scored as :mod:`bench.realpages` scores them. Blocks are drawn with a fixed seed. Per kind of insertion
and in total it prints the mean figures beside the untouched pages' figures; ``--worst N`` lists the variants that
lose the most against their untouched page.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.datasets import shared_dir
from bench.realpages import HELDOUT, is_headline, locate, page_titles, truth_sentences
from core.models import Article
from core.reading import parse_text

KINDS: tuple[str, ...] = ("top", "head", "inline", "tail", "all")
"""The kinds of insertion, in the order they are printed."""

VARIANTS = 3
"""Variants per page and kind (each with its own donor and block)."""

MAX_BLOCK = 8
"""The most lines a transplanted block holds."""

SEED = 16
"""The seed the donors, blocks and places are drawn with."""

_DATE_LINE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b|"
    r"\b(?:19|20)\d\d\b|\b\d+\s+(?:minutes?|hours?|days?)\s+ago\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class PageShape:
    """Where a page's headline, byline and body lie, by line index."""

    n: str
    lines: tuple[str, ...]
    truth: str
    page: dict[str, object]
    headline: int
    byline: int
    body: tuple[int, ...]
    own: frozenset[int]
    joined: frozenset[int] = frozenset()
    """Lines that go on with a truth sentence begun on the line above (a sentence the truth writes across a line
    break): no block goes between them and the line above, or that sentence could not be found again."""

    def region(self, kind: str) -> list[int]:
        """The donor's lines outside its body that a block of ``kind`` is cut from."""
        first, last = self.body[0], self.body[-1]
        body = set(self.body)
        picked: Sequence[int]
        if kind == "top":
            picked = range(0, self.headline)
        elif kind == "head":
            picked = range(self.headline + 1, first)
        elif kind == "inline":
            inside = [i for i in range(first, last + 1) if i not in body]
            picked = inside if _runs(self, inside) else range(last + 1, len(self.lines))
        else:
            picked = range(last + 1, len(self.lines))
        dated = kind in ("top", "head")
        return [
            i
            for i in picked
            if i not in self.own and self.lines[i].strip() and not (dated and _DATE_LINE.search(self.lines[i]))
        ]


def _runs(shape: PageShape, indices: Sequence[int]) -> list[list[int]]:
    """Maximal runs of consecutive usable line indices."""
    runs: list[list[int]] = []
    for i in indices:
        if i in shape.own or not shape.lines[i].strip():
            continue
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _names(page: dict[str, object]) -> list[str]:
    authors = [str(a) for a in page.get("authors", []) or []]  # type: ignore[attr-defined]
    outlet = str(page["outlet"])
    return [a.casefold() for a in authors] + [outlet.casefold(), outlet.casefold().removeprefix("the ")]


def page_shape(page: dict[str, object], folder: Path) -> PageShape | None:
    """Find a page's headline, byline and body lines; ``None`` when its headline or body is not in the paste."""
    text = (folder / str(page["paste"])).read_text(encoding="utf-8")
    truth = (folder / str(page["truth"])).read_text(encoding="utf-8")
    lines = tuple(text.split("\n"))
    starts: list[int] = []
    at = 0
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    spans = [span for span in locate(truth_sentences(truth), text) if span is not None]
    body: list[int] = []
    for i, line in enumerate(lines):
        size = sum(1 for ch in line if not ch.isspace())
        if not size:
            continue
        lo, hi = starts[i], starts[i] + len(line)
        inside = sum(sum(1 for ch in text[max(s, lo) : min(e, hi)] if not ch.isspace()) for s, e in spans)
        if inside * 2 >= size:
            body.append(i)
    if not body:
        return None
    titles = page_titles(page)
    names = _names(page)
    own: set[int] = set()
    headline = -1
    for i, line in enumerate(lines):
        folded = line.casefold()
        titled = is_headline(line, titles) or any(len(t) > 20 and t.casefold() in folded for t in titles)
        if titled:
            own.add(i)
            if headline < 0 and i < body[0]:
                headline = i
        if any(name and name in folded for name in names):
            own.add(i)
    if headline < 0:
        return None
    authors = [str(a).casefold() for a in page.get("authors", []) or []]  # type: ignore[attr-defined]
    byline = next(
        (i for i in range(headline + 1, body[0]) if any(a in lines[i].casefold() for a in authors)), headline + 1
    )
    joined = frozenset(i for i in range(1, len(lines)) if any(s < starts[i] - 1 < e for s, e in spans))
    return PageShape(str(page["n"]), lines, truth, page, headline, byline, tuple(body), frozenset(own), joined)


def dev_shapes() -> list[PageShape]:
    """The realpages-dev development pages whose headline and body lines are found (none without ``../shared``)."""
    shared = shared_dir()
    folder = shared / "data" / "realpages-dev" if shared else None
    if folder is None or not (folder / "manifest.json").is_file():
        return []
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    return [
        shape
        for page in manifest["pages"]
        if str(page["n"]) not in HELDOUT and (shape := page_shape(page, folder)) is not None
    ]


def _block(donor: PageShape, kind: str, rng: random.Random) -> list[str]:
    """A contiguous run of up to :data:`MAX_BLOCK` usable lines of the donor's region for ``kind``."""
    runs = _runs(donor, donor.region(kind))
    if not runs:
        return []
    run = rng.choice(runs)
    size = rng.randint(1, min(MAX_BLOCK, len(run)))
    start = rng.randint(0, len(run) - size)
    return [donor.lines[i] for i in run[start : start + size]]


def _place(page: PageShape, kind: str, rng: random.Random) -> int:
    """The line index a block of ``kind`` goes before."""
    if kind == "top":
        return page.headline
    if kind == "head":
        return page.byline
    if kind == "inline":
        gaps = [b for a, b in zip(page.body, page.body[1:], strict=False) if b > a and b not in page.joined]
        if gaps:
            return rng.choice(gaps)
        last = page.body[-1]
        return last + 1 if last in page.joined else last  # under a sentence the truth runs across lines
    return page.body[-1] + 1


def variant(page: PageShape, kinds: Sequence[str], donors: Sequence[PageShape], rng: random.Random) -> str | None:
    """P's paste with one block per kind from its donor inserted; ``None`` when a donor has nothing to give."""
    inserts: list[tuple[int, list[str]]] = []
    for kind, donor in zip(kinds, donors, strict=True):
        block = _block(donor, kind, rng)
        if not block:
            return None
        inserts.append((_place(page, kind, rng), block))
    lines = list(page.lines)
    for at, block in sorted(inserts, key=lambda item: item[0], reverse=True):
        lines[at:at] = block
    return "\n".join(lines)


def variants(
    page: PageShape, others: Sequence[PageShape], rng: random.Random, count: int
) -> Iterator[tuple[str, list[PageShape], str]]:
    """For each of :data:`KINDS` in turn, up to ``count`` variants of ``page`` with clutter from ``others`` (``all``:
    the first four kinds together), as ``(kind, donors, text)``; a kind gives up after ``10 * count`` tries."""
    for kind in KINDS:
        kinds = KINDS[:4] if kind == "all" else (kind,)
        made = tries = 0
        while made < count and tries < 10 * count:
            tries += 1
            donors = [rng.choice(others) for _ in kinds]
            text = variant(page, kinds, donors, rng)
            if text is not None:
                made += 1
                yield kind, donors, text


@dataclass(frozen=True, slots=True)
class Figures:
    """One reading's figures against the page's truth and manifest entry."""

    n: str
    recall: float
    precision: float
    headline: bool
    authors: bool
    date: bool
    outlet: bool


def figures(page: PageShape, article: Article) -> Figures:
    """Score a reading as :mod:`bench.realpages` does."""
    from bench.realpages import body_scores

    recall, precision, _, _ = body_scores(article, page.truth)
    headline = is_headline(article.title, page_titles(page.page))
    want = {" ".join(str(a).casefold().split()) for a in page.page.get("authors", []) or []}  # type: ignore[attr-defined]
    authors = {" ".join(a.casefold().split()) for a in article.authors} == want
    date = article.date == page.page.get("date")

    def folded(value: str) -> str:
        return " ".join(value.casefold().split()).removeprefix("the ")

    outlet = article.outlet is not None and folded(article.outlet) == folded(str(page.page["outlet"]))
    return Figures(page.n, recall, precision, headline, authors, date, outlet)


def _line(name: str, scores: Sequence[Figures]) -> str:
    n = len(scores)
    return (
        f"  {name:<9} {n:4d}  recall {sum(s.recall for s in scores) / n:.3f}  "
        f"precision {sum(s.precision for s in scores) / n:.3f}  headline {sum(s.headline for s in scores) / n:.3f}  "
        f"authors {sum(s.authors for s in scores) / n:.3f}  date {sum(s.date for s in scores) / n:.3f}  "
        f"outlet {sum(s.outlet for s in scores) / n:.3f}"
    )


def _loss(base: Figures, got: Figures) -> float:
    return (
        max(base.recall - got.recall, 0.0)
        + max(base.precision - got.precision, 0.0)
        + 0.25 * sum(a and not b for a, b in zip(_flags(base), _flags(got), strict=True))
    )


def _flags(f: Figures) -> tuple[bool, bool, bool, bool]:
    return f.headline, f.authors, f.date, f.outlet


def main(argv: Sequence[str] | None = None) -> int:
    """Print the transplant figures per kind of insertion and in total, beside the untouched pages."""
    parser = argparse.ArgumentParser(prog="python -m bench.transplant", description=__doc__)
    parser.add_argument("--worst", type=int, default=0, help="list the N variants that lose the most")
    parser.add_argument("--variants", type=int, default=VARIANTS, help="variants per page and kind")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    shapes = dev_shapes()
    if not shapes:
        print("transplant skipped: no ../shared/data/realpages-dev")
        return 0
    base: dict[str, Figures] = {}
    for shape in shapes:
        base[shape.n] = figures(shape, parse_text("\n".join(shape.lines), path=f"paste-{shape.n}.txt", kind="text"))
    rng = random.Random(SEED)
    results: dict[str, list[tuple[Figures, str]]] = {kind: [] for kind in KINDS}
    for shape in shapes:
        others = [s for s in shapes if s.n != shape.n]
        for kind, donors, text in variants(shape, others, rng, args.variants):
            article = parse_text(text, path=f"paste-{shape.n}.txt", kind="text")
            label = f"{shape.n}<{'+'.join(d.n for d in donors)}"
            results[kind].append((figures(shape, article), label))
    print(f"transplanted clutter on {len(shapes)} dev pages ({args.variants} variants per page and kind, seed {SEED})")
    print(_line("untouched", list(base.values())))
    everything: list[Figures] = []
    for kind in KINDS:
        scores = [f for f, _ in results[kind]]
        everything.extend(scores)
        print(_line(kind, scores))
    print(_line("total", everything))
    if args.worst:
        losses = sorted(
            ((_loss(base[f.n], f), kind, label, f) for kind in KINDS for f, label in results[kind]),
            key=lambda item: -item[0],
        )
        print("worst variants (loss against the untouched page)")
        for loss, kind, label, f in losses[: args.worst]:
            b = base[f.n]
            print(
                f"  {loss:5.2f} {kind:<6} {label:<12} recall {b.recall:.2f}->{f.recall:.2f} "
                f"precision {b.precision:.2f}->{f.precision:.2f} HADO "
                f"{''.join('+' if x else '-' for x in _flags(b))}->{''.join('+' if x else '-' for x in _flags(f))}"
            )
    print(f"({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
