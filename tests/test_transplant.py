"""The transplant bench: a page's paste gets another page's clutter at the places real pages put it, never the
other page's article or its own name, and the page's article stays whole."""

from __future__ import annotations

import random
from pathlib import Path

from bench.transplant import KINDS, PageShape, page_shape, variant

RECEIVER = """Home
News
Ostley train crash kills five
By Ana Ruiz
March 3, 2024
Five people have died after a commuter train came off the rails at a river crossing outside Ostley on Tuesday.
Police said a fifth victim, a woman in her seventies, died in hospital on Wednesday morning.
Investigators from the national rail safety office arrived at the scene on Wednesday afternoon.
Share this story"""

DONOR = """Sport
Weather
Brennock Chronicle
Quarry expansion approved
By Hannah Osei
Subscribe now
Councillors in Brennock voted on Tuesday night to let the Carrow Hill quarry grow by a third.
Most read today
The planning committee split five votes to four after a meeting that ran for almost three hours.
About us
Contact the newsroom
Brennock Chronicle 2024"""


def _write(
    folder: Path, n: str, paste: str, body: list[str], title: str, author: str, outlet: str
) -> dict[str, object]:
    (folder / f"paste-{n}.txt").write_text(paste, encoding="utf-8")
    (folder / f"truth-{n}.txt").write_text("\n".join(body) + "\n", encoding="utf-8")
    return {
        "n": n,
        "outlet": outlet,
        "title": title,
        "authors": [author],
        "date": "2024-03-03",
        "paste": f"paste-{n}.txt",
        "truth": f"truth-{n}.txt",
    }


DONOR_BODY = [DONOR.splitlines()[6], DONOR.splitlines()[8]]


def _pages(folder: Path, body: list[str]) -> tuple[PageShape, PageShape]:
    """The receiver with ``body`` as its truth, and the donor."""
    receiver = page_shape(
        _write(folder, "01", RECEIVER, body, "Ostley train crash kills five", "Ana Ruiz", "Ostley Post"), folder
    )
    donor = page_shape(
        _write(folder, "02", DONOR, DONOR_BODY, "Quarry expansion approved", "Hannah Osei", "Brennock Chronicle"),
        folder,
    )
    assert receiver is not None
    assert donor is not None
    return receiver, donor


def test_variants_take_the_donors_clutter_and_keep_the_article(tmp_path: Path) -> None:
    body = RECEIVER.splitlines()[5:8]
    receiver, donor = _pages(tmp_path, body)
    assert (receiver.headline, receiver.byline, receiver.body) == (2, 3, (5, 6, 7))
    donor_lines = set(DONOR.splitlines())
    allowed = donor_lines - set(DONOR_BODY) - {"Quarry expansion approved", "By Hannah Osei"}
    allowed -= {line for line in donor_lines if "Brennock Chronicle" in line}
    rng = random.Random(1)
    for kind in KINDS[:4]:
        for _ in range(5):
            text = variant(receiver, (kind,), (donor,), rng)
            assert text is not None
            lines = text.splitlines()
            added = [line for line in lines if line not in RECEIVER.splitlines()]
            assert added
            assert set(added) <= allowed
            kept = [line for line in lines if line in RECEIVER.splitlines()]
            assert kept == RECEIVER.splitlines()
            first = lines.index(added[0])
            if kind == "top":
                assert first < lines.index("Ostley train crash kills five")
            elif kind == "head":
                assert lines.index("Ostley train crash kills five") < first < lines.index("By Ana Ruiz")
            elif kind == "inline":
                assert lines.index(body[0]) < first < lines.index(body[-1])
            else:
                assert first > lines.index(body[-1])


def test_no_block_splits_a_sentence_the_truth_runs_across_a_line_break(tmp_path: Path) -> None:
    """A truth that glues two lines into one sentence (``…on Tuesday.Police said …``) cannot be found again if a
    block goes between them: inline blocks go elsewhere, or under the body when there is no other gap."""
    lines = RECEIVER.splitlines()
    receiver, donor = _pages(tmp_path, [lines[5] + lines[6], lines[7]])
    assert receiver.joined == frozenset({6})
    rng = random.Random(1)
    for _ in range(10):
        text = variant(receiver, ("inline",), (donor,), rng)
        assert text is not None
        out = text.splitlines()
        assert out.index(lines[6]) == out.index(lines[5]) + 1
    two = page_shape(
        _write(
            tmp_path,
            "03",
            "\n".join(lines[:7]),
            [lines[5] + lines[6]],
            "Ostley train crash kills five",
            "Ana Ruiz",
            "Ostley Post",
        ),
        tmp_path,
    )
    assert two is not None
    text = variant(two, ("inline",), (donor,), random.Random(1))
    assert text is not None
    out = text.splitlines()
    assert out[:7] == lines[:7]  # the block goes under the body's last line
