"""Which step of the matcher made each link, and how often that step's links are right.

For every linked item of :func:`core.align.align`, each (left segment, right segment) combination is credited to the
step that put the later of its two passages into the item (the two passages of the item's first pair share the step
that paired them):

- ``link``: competitive linking above ``link_threshold``, the pair that ranks first by similarity alone;
- ``context``: competitive linking where the context tie-break decided (ranking by similarity alone picks another
  pair);
- ``identical``: competitive linking of two passages with the very same text (wire copy);
- ``mutual``: a clear best match at ``mutual_threshold``; ``anchor``: one under it, linked because its paragraph
  neighbours are linked to each other;
- ``split``: a passage and two neighbours of the other side that say together what it says;
- ``far halves``: a passage and two passages of the other side, anywhere, that say together what it says, the three
  each other's best matches;
- ``echo``: two passages with the very same words, too short to score, between lines linked to each other;
- ``grow beside``: a passage joining the item of its best counterpart under ``link_threshold``, beside a member;
  ``grow at link``: one joining at ``link_threshold`` or more, wherever it sits; ``grow learned``: one joining under
  ``link_threshold`` away from the members, on the learned link probability's word;
- ``title`` / ``standfirst``: the headline and standfirst pairs.

The matcher's steps are replayed from its own internal functions (the one other module of ``bench`` besides
:mod:`bench.link_features` that reaches below a stage's public names; tests/test_public_api.py names it), and the
replay is checked against :func:`core.align.align`'s items. For each step and each set of references (dev golds,
the dev pairs' second references, the fictional page pairs) the table gives the combinations it makes, the share on
a sure link, on a possible (or title) link and on none (its precision), and the sure links it finds and those that
only its combinations find. Run ``python -m bench.link_sources``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from bench.datasets import ROOT, shared_dir
from bench.gold_metrics import Gold, read_gold, snippet_segments
from core.align import AlignSettings, align
from core.align.aligner import _content_key, candidates, link_side
from core.align.collector import collector_paused
from core.align.link_features import LinkProbability
from core.align.matching import (
    Group,
    _best_counterparts,
    _checked,
    _distinct_pairs,
    _echoes,
    _far_halves,
    _grow,
    _neighbour,
    _ranking,
    _rounded,
    _split_pairs,
    match,
)
from core.models import Article, Side
from core.reading import load_article

STEPS = (
    "link",
    "context",
    "identical",
    "mutual",
    "anchor",
    "split",
    "far halves",
    "echo",
    "grow beside",
    "grow at link",
    "grow learned",
    "title",
    "standfirst",
)
"""The steps a link can come from, in the matcher's order."""

Combo = tuple[str, str]


def _replay(left: Article, right: Article, settings: AlignSettings) -> dict[Combo, str]:
    """The step behind each body combination of the alignment of ``left`` with ``right`` in this orientation."""
    found = candidates(left, right, settings)
    lpass, rpass = found.left.passages(found.left_body), found.right.passages(found.right_body)
    floor = min(settings.link_threshold, settings.group_threshold, settings.mutual_threshold)
    scored = _rounded(found.scored, floor)

    def greedy(order: list[int]) -> list[tuple[int, int, float]]:
        used_l: set[int] = set()
        used_r: set[int] = set()
        out: list[tuple[int, int, float]] = []
        for n in order:
            i, j = int(scored.i[n]), int(scored.j[n])
            if i in used_l or j in used_r:
                continue
            used_l.add(i)
            used_r.add(j)
            out.append((i, j, float(scored.score[n])))
        return out

    plain = {
        (i, j) for i, j, _s in greedy(_ranking(scored, lpass, rpass, replace(settings, context_weight=0.0)).tolist())
    }
    group_of: dict[tuple[str, int], Group] = {}
    groups: list[Group] = []
    joined: dict[tuple[str, int], tuple[int, float, str]] = {}  # member -> (stage, -score, step): later joins last

    def add(group: Group, stage: int, step: str) -> None:
        groups.append(group)
        for member in group.members:
            group_of[member] = group
            joined[member] = (stage, -group.score, step)

    for i, j, s in greedy(_ranking(scored, lpass, rpass, settings).tolist()):
        step = "identical" if lpass.keys[i] == rpass.keys[j] else "link" if (i, j) in plain else "context"
        add(Group([i], [j], s, {("left", i), ("right", j)}), 0, step)
    for i, j, s in _distinct_pairs(scored, group_of, lpass, rpass, settings):
        add(
            Group([i], [j], s, {("left", i), ("right", j)}), 1, "mutual" if s >= settings.mutual_threshold else "anchor"
        )
    for group in _split_pairs(scored, group_of, lpass, rpass, found.weights, settings):
        add(group, 2, "split")
    for group in _far_halves(scored, group_of, lpass, rpass, found.weights, settings):
        add(group, 2, "far halves")
    for i, j in _echoes(group_of, lpass, rpass):
        add(Group([i], [j], 1.0, {("left", i), ("right", j)}), 2, "echo")
    best = _best_counterparts(scored, settings.group_threshold, lpass, rpass)
    before = set(group_of)
    learned = LinkProbability(
        found.scored,
        link_side(found.left, found.left_body, settings),
        link_side(found.right, found.right_body, settings),
        found.weights,
        found.kinds,
    )
    _grow(group_of, scored, lpass, rpass, found.weights, settings, learned)
    for member in set(group_of) - before:
        s = best[member][0]
        side, own = member
        mine = lpass if side == "left" else rpass
        group = group_of[member]
        beside = any(_neighbour(mine, own, step) in (group.left if side == "left" else group.right) for step in (-1, 1))
        step = "grow at link" if s >= settings.link_threshold else "grow beside" if beside else "grow learned"
        joined[member] = (3, -s, step)
    groups = _checked(groups, learned, settings)
    expected = sorted((g.left, g.right) for g in match(found.scored, lpass, rpass, found.weights, settings, learned))
    if sorted((g.left, g.right) for g in groups) != expected:
        raise RuntimeError("the replay of the matcher does not give the matcher's groups")
    lid = [found.left.segments[k].id for k in found.left_body]
    rid = [found.right.segments[k].id for k in found.right_body]
    out: dict[Combo, str] = {}
    for group in groups:
        for i in group.left:
            for j in group.right:
                out[(lid[i], rid[j])] = max(joined[("left", i)], joined[("right", j)])[2]
    return out


def link_sources(left: Article, right: Article, settings: AlignSettings | None = None) -> dict[Combo, str]:
    """Each (left segment id, right segment id) combination inside a linked item of ``align(left, right)``, with the
    step that made it (one of :data:`STEPS`)."""
    settings = settings or AlignSettings()
    alignment = align(left, right, settings=settings)
    out: dict[Combo, str] = {}
    for item in alignment.items:
        if item.kind != "body" and item.left and item.right:
            out.update({(a, b): item.kind for a in item.left for b in item.right})
    lkey, rkey = _content_key(left), _content_key(right)
    with collector_paused():
        if lkey == rkey:
            body = {(a, b): "identical" for item in alignment.items if item.kind == "body" for a in item.left
                    for b in item.right}  # fmt: skip
        elif lkey < rkey:
            body = _replay(left, right, settings)
        else:
            body = {(a, b): step for (b, a), step in _replay(right, left, settings).items()}
    want = {(a, b) for item in alignment.items if item.kind == "body" for a in item.left for b in item.right}
    if set(body) != want:
        raise RuntimeError("the replay of the matcher does not give the aligner's items")
    out.update(body)
    return out


@dataclass(slots=True)
class StepFigures:
    """One step's combinations and sure links over a set of references."""

    combos: int = 0
    sure: int = 0
    possible: int = 0
    links: int = 0
    alone: int = 0


@dataclass(slots=True)
class Tally:
    """The figures of every step over a set of references."""

    steps: dict[str, StepFigures] = field(default_factory=lambda: {step: StepFigures() for step in STEPS})
    sure_links: int = 0
    pairs: int = 0

    def add(self, sources: dict[Combo, str], gold: Gold, left: Article, right: Article) -> None:
        """Credit one pair's combinations and sure links to their steps."""
        memo: dict[tuple[Side, str], set[str]] = {}

        def segs(side: Side, snippets: Sequence[str]) -> set[str]:
            out: set[str] = set()
            for snippet in snippets:
                if (side, snippet) not in memo:
                    memo[(side, snippet)] = set(snippet_segments(left if side == "left" else right, snippet))
                out |= memo[(side, snippet)]
            return out

        sure = [(segs("left", g.left), segs("right", g.right)) for g in gold.sure]
        other = [(segs("left", g.left), segs("right", g.right)) for g in (*gold.possible, *gold.titles)]
        for (a, b), step in sources.items():
            figures = self.steps[step]
            figures.combos += 1
            if any(a in ls and b in rs for ls, rs in sure):
                figures.sure += 1
            elif any(a in ls and b in rs for ls, rs in other):
                figures.possible += 1
        for ls, rs in sure:
            # a sure link is found when one item holds a segment of each side: the combinations that do so
            by = {step for (a, b), step in sources.items() if a in ls and b in rs}
            for step in by:
                self.steps[step].links += 1
            if len(by) == 1:
                self.steps[next(iter(by))].alone += 1
        self.sure_links += len(sure)
        self.pairs += 1

    def print(self, title: str) -> None:
        """Print one row per step."""
        print(f"{title} ({self.pairs} pairs, {self.sure_links} sure links)")
        head = (
            f"  {'step':<13} {'combos':>6} {'sure':>5} {'poss':>5} {'wrong':>5} {'prec':>6} {'finds':>6} {'alone':>6}"
        )
        print(head)
        total = StepFigures()
        for step, f in self.steps.items():
            for name in ("combos", "sure", "possible", "links", "alone"):
                setattr(total, name, getattr(total, name) + getattr(f, name))
            print(_row(step, f))
        print(_row("all", total, links=False))


def _row(name: str, f: StepFigures, *, links: bool = True) -> str:
    precision = f"{(f.sure + f.possible) / f.combos:6.3f}" if f.combos else "     -"
    wrong = f.combos - f.sure - f.possible
    found = f"{f.links:6d} {f.alone:6d}" if links else ""
    return f"  {name:<13} {f.combos:6d} {f.sure:5d} {f.possible:5d} {wrong:5d} {precision} {found}"


def tally(golds: Sequence[Path], articles: Path, settings: AlignSettings) -> Tally:
    """The step figures over some gold files, their articles read from under ``articles``."""
    out = Tally()
    for path in golds:
        gold = read_gold(path)
        left, right = load_article(articles / gold.left), load_article(articles / gold.right)
        out.add(link_sources(left, right, settings), gold, left, right)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Print the step table for the dev golds, their second references and the fictional page pairs."""
    parser = argparse.ArgumentParser(prog="python -m bench.link_sources", description=__doc__)
    parser.parse_args(argv)
    settings = AlignSettings()
    gold_dir = ROOT / "bench" / "gold"
    shared = shared_dir()
    if shared is None:
        print("dev golds skipped: no ../shared (set STORYDIFF_SHARED)")
    else:
        dev = sorted((gold_dir / "dev").glob("*.gold.json"))
        tally(dev, shared, settings).print("dev golds, first references")
        names = {path.name for path in dev}
        second = [path for path in sorted((gold_dir / "second").glob("*.gold.json")) if path.name in names]
        tally(second, shared, settings).print("dev golds, second references")
    pairs = ROOT / "bench" / "pairs"
    tally(sorted(pairs.glob("*.gold.json")), pairs, settings).print("fictional page pairs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
