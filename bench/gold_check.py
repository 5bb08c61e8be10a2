"""Check a blind gold's snippets against its two articles, for the labeller (standard library only).

Run ``python3 bench/gold_check.py GOLD.json [--shared DIR]``. It reads nothing but the gold and the two articles it
names (paths relative to ``../shared``, or ``--shared``), so a labeller may run it without seeing anything of
storydiff: :file:`bench/gold/LABELLING.md` has it copied out of the repository for that. Each snippet must occur
exactly once in its article after the normalising of ``../shared/gold/README.md`` (Unicode NFKC, curly quotes to
straight, runs of white space to one space, case folded), and each link's status must be ``agree`` and/or
``differ``. It also lists the article's sentences, split roughly, that no snippet names, so that the labeller can
check every body sentence was considered. It prints ``OK`` and exits 0 when no snippet or status is wrong.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Sequence
from pathlib import Path

SIDES = ("left", "right")
LINK_KEYS = ("titles", "sure", "possible")
SNIPPET_KEYS = ("only", "not_body")
STATUSES = frozenset({"agree", "differ"})
MIN_SENTENCE_WORDS = 4
"""A rough sentence this short is left out of the unnamed list (a dateline, a fragment after ``Mr.``)."""

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2032": "'", "\u2033": '"'})
_ROUGH_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'\u201d\u2019]))\s+(?=[\"'\u201c\u2018]?[A-Z])")


def normalise(text: str) -> str:
    """Text as the gold format compares it."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return re.sub(r"\s+", " ", text).strip().casefold()


def _snippets(value: object) -> list[str]:
    """A link side's snippets (a string or a list of them)."""
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value] if isinstance(value, list) else []


def problems(gold: dict[str, object], texts: dict[str, str]) -> tuple[list[str], dict[str, list[str]]]:
    """The gold's faults (a snippet found other than once, a wrong status) and each side's normalised snippets."""
    found: list[str] = []
    named: dict[str, list[str]] = {side: [] for side in SIDES}

    def check(side: str, snippet: str, where: str) -> None:
        count = texts[side].count(normalise(snippet))
        named[side].append(normalise(snippet))
        if count != 1:
            found.append(f"{where} {side}: snippet found {count} times: {snippet!r}")

    for key in LINK_KEYS:
        links = gold.get(key, [])
        for k, link in enumerate(links if isinstance(links, list) else []):
            for side in SIDES:
                for snippet in _snippets(link.get(side)):
                    check(side, snippet, f"{key}[{k}]")
            status = link.get("status", [])
            if not status or not set(status) <= STATUSES:
                found.append(f"{key}[{k}]: status must be a non-empty list of 'agree' and/or 'differ'")
    for key in SNIPPET_KEYS:
        block = gold.get(key, {})
        for side in SIDES:
            for snippet in _snippets(block.get(side, []) if isinstance(block, dict) else []):
                check(side, snippet, key)
    return found, named


def unnamed(article: str, named: Sequence[str]) -> list[str]:
    """The article's body sentences (split roughly, the headline line left out) that no snippet names."""
    body = " ".join(article.split("\n")[1:])
    sentences = [s for s in _ROUGH_SENTENCE_END.split(body) if len(s.split()) >= MIN_SENTENCE_WORDS]
    return [s for s in sentences if not any(n in normalise(s) or normalise(s) in n for n in named)]


def main(argv: Sequence[str] | None = None) -> int:
    """Print the gold's faults and unnamed sentences; exit 1 when it has a fault."""
    parser = argparse.ArgumentParser(prog="gold_check.py", description=__doc__)
    parser.add_argument("gold", type=Path)
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    args = parser.parse_args(argv)
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    raw = {side: (args.shared / str(gold[side])).read_text(encoding="utf-8") for side in SIDES}
    found, named = problems(gold, {side: normalise(text) for side, text in raw.items()})
    for line in found:
        print(f"PROBLEM {line}")
    for side in SIDES:
        missing = unnamed(raw[side], named[side])
        print(f"{side}: {len(missing)} rough sentences named by no snippet")
        for sentence in missing:
            print(f"   unnamed: {sentence[:110]}")
    print("OK" if not found else f"{len(found)} problems")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
