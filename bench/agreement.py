"""How far two careful readers agree when each aligns the same real pair blind, beside storydiff against each.

``bench/gold/second/`` holds a second blind reference for some real pairs of ``bench/gold/dev/`` and
``bench/gold/heldout/`` (same file name, made by another labeller who read only the two articles and the gold
README). One reference is scored against
the other with the gold README's link figures, reading the second reader's *sure* links as the links a tool
proposed:

- precision: of the sentence pairs the second reader links for sure, the share the first links (sure or possible,
  titles included);
- recall: of the first reader's sure links, the share that a sure link of the second touches on both sides;
- verdict agreement: of those found, the share where some status both readers allow is shared.

Both directions are printed (each reader as the reference), then storydiff's own figures against each reader. The
human figures bound what an aligner can be expected to reach on these pairs: a tool cannot agree with one reader
more than another careful reader does, except by chance. Run ``python -m bench.agreement``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.datasets import hidden_note, shared_dir
from bench.gold_metrics import Gold, GoldLink, read_gold, score, snippet_segments
from core.align import align
from core.models import Article
from core.reading import load_article

SECOND_DIR = Path(__file__).resolve().parent / "gold" / "second"
"""Second blind references, named as the golds they repeat."""
FIRST_DIRS = {split: Path(__file__).resolve().parent / "gold" / split for split in ("dev", "heldout")}
"""The first reader's references, by split."""


@dataclass(frozen=True, slots=True)
class Agreement:
    """Link figures of one reference read as the proposal, against another as the reference."""

    precision: float
    recall: float
    f1: float
    verdict: float


Pairs = set[tuple[str, str]]


def _segments(article: Article, snippets: Sequence[str]) -> set[str]:
    return {s for snippet in snippets for s in snippet_segments(article, snippet)}


def _link_sets(left: Article, right: Article, links: Sequence[GoldLink]) -> list[tuple[set[str], set[str]]]:
    return [(_segments(left, link.left), _segments(right, link.right)) for link in links]


def agreement(proposal: Gold, reference: Gold, left: Article, right: Article) -> Agreement:
    """Score ``proposal``'s sure links against ``reference`` with the gold README's link figures."""
    proposed = _link_sets(left, right, proposal.sure)
    allowed = _link_sets(left, right, (*reference.sure, *reference.possible, *reference.titles))
    combos: Pairs = {(a, b) for ls, rs in proposed for a in ls for b in rs}
    good = sum(1 for a, b in combos if any(a in ls and b in rs for ls, rs in allowed))
    found = same_verdict = 0
    for link, (ls, rs) in zip(reference.sure, allowed[: len(reference.sure)], strict=True):
        hits = [p for p, (pl, pr) in zip(proposal.sure, proposed, strict=True) if pl & ls and pr & rs]
        if hits:
            found += 1
            same_verdict += any(set(h.status) & set(link.status) for h in hits)
    precision = good / len(combos) if combos else 1.0
    recall = found / len(reference.sure) if reference.sure else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Agreement(precision, recall, f1, same_verdict / found if found else 1.0)


def _row(name: str, figures: Agreement) -> str:
    return f"  {name:<34} {figures.precision:6.3f} {figures.recall:6.3f} {figures.f1:6.3f} {figures.verdict:8.3f}"


def _mean(rows: Sequence[Agreement]) -> Agreement:
    n = len(rows)
    return Agreement(*(sum(getattr(r, f) for r in rows) / n for f in ("precision", "recall", "f1", "verdict")))


def main(argv: Sequence[str] | None = None) -> int:
    """Print reader-against-reader and storydiff-against-reader figures for every pair with a second reference."""
    parser = argparse.ArgumentParser(prog="python -m bench.agreement", description=__doc__)
    parser.add_argument(
        "--held-out-pairs", action="store_true", help="print each held-out pair's line too (for reports, not tuning)"
    )
    args = parser.parse_args(argv)
    shared = shared_dir()
    seconds = sorted(SECOND_DIR.glob("*.gold.json"))
    if shared is None or not seconds:
        print("agreement skipped: no ../shared data or no second references")
        return 0
    for split, folder in FIRST_DIRS.items():
        paired = [path for path in seconds if (folder / path.name).is_file()]
        if paired and _split_tables(split, folder, paired, shared, per_pair=split == "dev" or args.held_out_pairs):
            return 2
    return 0


def _split_tables(split: str, folder: Path, seconds: Sequence[Path], shared: Path, *, per_pair: bool) -> bool:
    """Print the four tables for the pairs of one split (each pair's line only when ``per_pair``, the means always);
    ``True`` when two references do not match up."""
    keys = ("second vs first", "first vs second", "tool vs first", "tool vs second")
    tables: dict[str, list[Agreement]] = {key: [] for key in keys}
    lines: dict[str, list[str]] = {key: [] for key in keys}
    for path in seconds:
        first, second = read_gold(folder / path.name), read_gold(path)
        if (first.left, first.right) != (second.left, second.right):
            print(f"storydiff: error: {path.name}: the two references align other articles", file=sys.stderr)
            return True
        left, right = load_article(shared / first.left), load_article(shared / first.right)
        alignment = align(left, right)
        tool = {name: score(alignment, gold) for name, gold in (("first", first), ("second", second))}
        figures = {
            "second vs first": agreement(second, first, left, right),
            "first vs second": agreement(first, second, left, right),
            "tool vs first": Agreement(tool["first"].precision, tool["first"].recall, tool["first"].f1,
                                       tool["first"].verdict_accuracy),
            "tool vs second": Agreement(tool["second"].precision, tool["second"].recall, tool["second"].f1,
                                        tool["second"].verdict_accuracy),
        }  # fmt: skip
        name = path.name.removesuffix(".gold.json")
        for key, value in figures.items():
            tables[key].append(value)
            lines[key].append(_row(name, value))
    label = "development" if split == "dev" else "held-out"
    print(f"agreement of two blind readers on {len(seconds)} {label} pairs (second: bench/gold/second; first: {split})")
    for key, rows in tables.items():
        print(f" {key} (proposal vs reference): {'P':>6} {'R':>6} {'F1':>6} {'verdict':>8}")
        print("\n".join(lines[key]) if per_pair else f"  {hidden_note('pair', '--held-out-pairs')}")
        print(_row("mean", _mean(rows)))
    return False


if __name__ == "__main__":
    raise SystemExit(main())
