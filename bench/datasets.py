"""Readers for the research data sets beside the repository (``../shared/data``; never shipped with the app)."""

from __future__ import annotations

import csv
import os
import random
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
"""The repository root."""


def shared_dir() -> Path | None:
    """The shared material folder: ``$STORYDIFF_SHARED`` if set, else ``../shared`` beside the repository.

    Returns ``None`` when that folder has no ``data`` in it.
    """
    env = os.environ.get("STORYDIFF_SHARED")
    path = Path(env) if env else ROOT.parent / "shared"
    return path if (path / "data").is_dir() else None


@dataclass(frozen=True, slots=True)
class SentencePair:
    """Two sentences and a human judgement (MSRP: 1/0 paraphrase; STS-B: 0 to 5)."""

    a: str
    b: str
    label: float


def read_msrp(path: Path) -> list[SentencePair]:
    """Read an MSRP split (UTF-8 with BOM, tab-separated, header row, unbalanced quotes)."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [SentencePair(r[3], r[4], float(r[0])) for r in rows[1:] if len(r) >= 5]


def read_stsb(path: Path) -> list[SentencePair]:
    """Read an STS-B file (tab-separated, no header; the first 7 fields count)."""
    pairs: list[SentencePair] = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) >= 7:
                pairs.append(SentencePair(row[5], row[6], float(row[4])))
    return pairs


def basil_texts(shared: Path) -> list[tuple[str, str]]:
    """Every BASIL article as (name, text), in a stable order."""
    folder = shared / "data" / "basil" / "articles"
    return [(f"{p.parent.name}/{p.stem}", p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*/*.txt"))]


def basil_sentences(shared: Path) -> list[str]:
    """The BASIL body sentences (headlines skipped), split at sentence ends, in a stable order."""
    out: list[str] = []
    for _name, text in basil_texts(shared):
        for paragraph in text.split("\n\n")[1:]:
            for sentence in re.split(r"(?<=[.!?\"”’])\s+(?=[\"“‘A-Z0-9])", paragraph.strip()):
                if len(sentence.split()) >= 4:
                    out.append(" ".join(sentence.split()))
    return out


def ecb_sentences(shared: Path) -> list[str]:
    """The ECB+ sentences of ``texts/`` (one a line; URLs and lines under four words skipped), in a stable order."""
    out: list[str] = []
    for path in sorted((shared / "data" / "ecbplus" / "texts").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if len(line.split()) >= 4 and not line.startswith("http"):
                out.append(" ".join(line.split()))
    return out


def distinct_sentences(shared: Path, count: int) -> list[str]:
    """``count`` different sentences of real prose: the BASIL sentences, then ECB+'s, then spliced ones.

    The real sentences come first, in article order and without repeats. When more are asked for than the two data
    sets hold (about 7,400), the rest are made by joining the first half of one real sentence to the second half of
    another (seeded, so repeatable), never repeating a sentence.
    """
    real = list(dict.fromkeys([*basil_sentences(shared), *ecb_sentences(shared)]))
    out = real[:count]
    seen = set(out)
    rng = random.Random(count)
    while len(out) < count:
        first, second = rng.choice(real).split(), rng.choice(real).split()
        spliced = " ".join(first[: len(first) // 2] + second[len(second) // 2 :])
        if spliced not in seen:
            seen.add(spliced)
            out.append(spliced)
    return out


@dataclass(frozen=True, slots=True)
class EcbDoc:
    """One ECB+ document: its sentences (by ECB+ sentence number) and which are annotated."""

    doc_id: str
    sentences: tuple[tuple[int, str], ...]


def read_ecb(
    shared: Path,
) -> tuple[dict[str, EcbDoc], list[tuple[str, str]], list[tuple[str, int, str, int, bool]]]:
    """Read ECB+ test topics: documents, document pairs, and gold sentence pairs (True = coreferent event)."""
    folder = shared / "data" / "ecbplus"
    sentences: dict[str, list[tuple[int, str]]] = {}
    with (folder / "sentences.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            text = row["text"].strip()
            if text.startswith("http"):
                continue
            sentences.setdefault(row["doc_id"], []).append((int(row["sent_no"]), text))
    docs = {d: EcbDoc(d, tuple(sorted(s))) for d, s in sentences.items()}
    with (folder / "doc_pairs.tsv").open(encoding="utf-8", newline="") as handle:
        pairs = [(r["doc_a"], r["doc_b"]) for r in csv.DictReader(handle, delimiter="\t")]
    with (folder / "gold_sentence_pairs.tsv").open(encoding="utf-8", newline="") as handle:
        gold = [
            (r["doc_a"], int(r["sent_a"]), r["doc_b"], int(r["sent_b"]), r["label"] == "coref_event")
            for r in csv.DictReader(handle, delimiter="\t")
        ]
    return docs, pairs, gold


def hidden_note(what: str, flag: str) -> str:
    """The line a report prints where it leaves out each held-out item's own line (``what``: pair, page)."""
    return f"(each held-out {what}'s line is hidden, so that nobody tunes on it: {flag} shows them)"
