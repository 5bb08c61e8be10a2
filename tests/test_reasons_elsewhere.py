"""A quotation, name or figure that a reason gives as one side's only is marked when the other report says it in
another passage: "only fox.txt has …" must not read as "the other report never says it"."""

from __future__ import annotations

import json
from functools import partial

import jsonschema

from core.align.aligner import align as align_with
from core.align.aligner import swap_sides
from core.align.settings import AlignSettings
from core.export.formats import render
from core.export.record import alignment_from_dict, alignment_to_dict
from core.models import AlignedItem, Alignment, Article, Reason
from tests.conftest import ROOT, make_article
from tui.app import StorydiffApp
from tui.screens.main import ReaderScreen
from tui.widgets.detail_strip import DetailStrip

MARKING = AlignSettings(learned_grow_probability=2.0, learned_keep_probability=0.0)
"""The aligner without its learned steps: these tests pin how evidence said in another passage is marked, on
alignments that keep each passage where its similarity puts it (the learned model, refitted as golds grow, may pull
the passage that says the figure into the item, or undo a link, and so take away what is being tested)."""


def align(left: Article, right: Article) -> Alignment:
    """:func:`core.align.aligner.align` with :data:`MARKING`."""
    return align_with(left, right, settings=MARKING)


LEFT = make_article(
    [
        ("body", "The council approved the flood barrier on Monday at a cost of $45 million, the mayor said."),
        None,
        ("body", "Work on the barrier along the river will start in the spring."),
    ],
    path="left",
)
RIGHT = make_article(
    [
        ("body", "The council approved the flood barrier by 14 votes on Monday, the mayor said."),
        None,
        ("body", "Construction along the river is due to begin in spring."),
        None,
        ("body", "Critics say the $45 million bill will fall on taxpayers in the district."),
    ],
    path="right",
)


def _item_with(alignment: Alignment, text: str) -> AlignedItem:
    return next(
        it
        for it in alignment.items
        if it.left and it.right and any(text in alignment.left.segment(s).text for s in it.left)
    )


def _reason(item: AlignedItem, kind: str) -> Reason:
    return next(r for r in item.reasons if r.kind == kind)


def test_a_figure_the_other_report_gives_elsewhere_is_marked() -> None:
    alignment = align(LEFT, RIGHT)
    numbers = _reason(_item_with(alignment, "approved"), "number")
    assert (numbers.left, numbers.right) == (("$45 million",), ("14 votes",))
    cost = next(s for s in RIGHT.segments if "$45 million" in s.text)
    assert numbers.left_elsewhere == (cost.id,)
    assert numbers.describe("Left", "Right") == (
        "Numbers: Left has $45 million (Right says it in another passage); Right has 14 votes"
    )


def test_evidence_said_nowhere_else_is_not_marked() -> None:
    numbers = _reason(_item_with(align(LEFT, RIGHT), "approved"), "number")
    assert numbers.right_elsewhere == ("",)
    only = Reason("number", (), ("14 votes",), (), ("",))
    assert only.describe("Left", "Right") == "Numbers: only Right has 14 votes"


def test_a_vague_count_needs_its_own_word_elsewhere() -> None:
    """'thousands of troops' is not said by a passage that names the troops without counting them."""
    left = make_article([("body", "Seoul protested the dispatch of thousands of North Korean troops to Russia.")])
    right = make_article(
        [
            ("body", "Seoul protested the dispatch of North Korean troops to Russia on Monday."),
            None,
            ("body", "The North Korean troops were seen training in the far east of Russia."),
        ]
    )
    item = _item_with(align(left, right), "protested")
    numbers = _reason(item, "number")
    assert numbers.left == ("thousands of North Korean troops",)
    assert not any(numbers.left_elsewhere)


def test_a_figure_needs_what_it_counts_next_to_it() -> None:
    """'six years' is not said by a passage where six counts senators and 'year' comes later ('six are on the ballot
    this year')."""
    left = make_article(
        [
            ("body", "The children's health program was funded for six years in the spending deal."),
            None,
            ("body", "Six of the ten senators who backed the deal are on the ballot this year."),
        ]
    )
    right = make_article(
        [
            ("body", "The children's health program was funded in the spending deal on Monday."),
            None,
            ("body", "Of the ten senators who backed the deal, six are on the ballot this year."),
        ]
    )
    numbers = _reason(_item_with(align(left, right), "funded"), "number")
    assert numbers.left == ("six years",)
    assert not any(numbers.left_elsewhere)


def test_swapping_sides_mirrors_the_marks() -> None:
    assert swap_sides(align(LEFT, RIGHT)) == align(RIGHT, LEFT)
    numbers = _reason(_item_with(align(RIGHT, LEFT), "approved"), "number")
    cost = next(s for s in RIGHT.segments if "$45 million" in s.text)
    assert (numbers.left, numbers.right_elsewhere) == (("14 votes",), (cost.id,))


def test_marks_survive_the_json_export_and_every_format_names_them() -> None:
    alignment = align(LEFT, RIGHT)
    record = alignment_to_dict(alignment)
    schema = json.loads((ROOT / "docs" / "alignment.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(record, schema)
    assert alignment_from_dict(json.loads(json.dumps(record))) == alignment
    cost = next(s for s in RIGHT.segments if "$45 million" in s.text)
    number = 1 + next(k for k, it in enumerate(alignment.items) if cost.id in it.right)
    for form in ("text", "markdown", "html"):
        assert f"Numbers: left has $45 million (right says it in passage {number}); right has 14 votes" in render(
            alignment, form
        )
    (reason,) = (r for it in record["pairs"] for r in it["reasons"] if r["kind"] == "number")
    assert reason["description"].endswith(f"(right says it in passage {number}); right has 14 votes")


async def test_the_reader_names_the_item_that_says_it() -> None:
    """The detail strip says which item of the reader holds the evidence, counted as the status line counts."""
    alignment = align(LEFT, RIGHT)
    cost = next(s for s in RIGHT.segments if "$45 million" in s.text)
    number = 1 + next(k for k, it in enumerate(alignment.items) if cost.id in it.right)
    app = StorydiffApp(partial(ReaderScreen, alignment.left, alignment.right, alignment=alignment))
    async with app.run_test(size=(160, 40)) as pilot:
        first = next(k for k, it in enumerate(alignment.items) if it.left and it.right and it.kind == "body")
        for _ in range(first):
            await pilot.press("j")
        detail = str(app.screen.query_one(DetailStrip).query_one("#detail-body").render())
        assert f"(right says it in item {number})" in detail
        assert f"(o goes to item {number})" in detail
        await pilot.press("o")
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.current == number - 1
        await pilot.press("o")  # a one-sided item: o looks for its nearest passage instead, and moves off it
        assert app.screen.current != number - 1


def test_reasons_of_the_other_kinds_are_never_marked() -> None:
    left = make_article([("body", "The transport minister may resign next week over the rail contracts.")])
    right = make_article(
        [
            ("body", "The transport minister will resign next week over the rail contracts."),
            None,
            ("body", "Colleagues think he may leave politics altogether."),
        ]
    )
    others = [r for it in align(left, right).items for r in it.reasons if r.kind not in ("quote", "entity", "number")]
    assert {r.kind for r in others} >= {"hedge"}
    assert all(not r.left_elsewhere for r in others)
    assert all(not r.right_elsewhere for r in others)


def test_what_one_side_adds_and_the_other_report_says_elsewhere_is_no_difference() -> None:
    """The left passage gives a cost the right one leaves out, and the right report gives that cost two paragraphs
    on: the item agrees and says where the right report gives it. Where the right report never gives the cost, the
    item still agrees (a figure one side adds) and says it nowhere else."""
    left = make_article(
        [("body", "The council approved the flood barrier on Monday at a cost of $45 million, the mayor said.")],
        path="left",
    )
    told = make_article(
        [
            ("body", "The council approved the flood barrier on Monday, the mayor said."),
            None,
            ("body", "Construction along the river is due to begin in spring."),
            None,
            ("body", "Critics say the $45 million bill will fall on taxpayers in the district."),
        ],
        path="right",
    )
    item = _item_with(align(left, told), "approved")
    assert item.verdict == "agree"
    numbers = _reason(item, "number")
    assert numbers.left == ("$45 million",)
    assert all(numbers.left_elsewhere)
    untold = make_article(
        [
            ("body", "The council approved the flood barrier on Monday, the mayor said."),
            None,
            ("body", "Construction along the river is due to begin in spring."),
        ],
        path="right",
    )
    alone = _item_with(align(left, untold), "approved")
    assert alone.verdict == "agree"
    assert _reason(alone, "number").left == ("$45 million",)
    assert not any(_reason(alone, "number").left_elsewhere)
    mirrored = swap_sides(align(left, told))
    assert mirrored == align(told, left)


def test_a_quotation_in_a_reason_stands_between_quotation_marks() -> None:
    """'only B has has disclosed its intent …' read as a stutter: the quoted words stand between marks, and where the
    other report says them follows the closing mark."""
    quote = Reason("quote", (), ("has disclosed its intent to file criminal charges.",))
    assert quote.describe("A", "B") == "Quotation: only B has “has disclosed its intent to file criminal charges.”"
    placed = Reason("quote", ("will be vindicated",), (), ("s4",))
    assert placed.describe("A", "B") == "Quotation: only A has “will be vindicated” (B says it in another passage)"
    assert Reason("entity", ("Arvo Keldan",)).describe("A", "B") == "Named entities: only A has Arvo Keldan"


def test_a_figure_keeps_its_modifier_and_is_still_found_elsewhere() -> None:
    """``nearly $45 million`` is what the left report says: the evidence must not shorten it to ``$45 million``, and
    the other report's ``$45 million`` further on is still found."""
    left = make_article(
        [
            ("body", "The council approved the flood barrier on Monday at a cost of nearly $45 million, she said."),
            None,
            ("body", "Work on the barrier along the river will start in the spring."),
        ],
        path="left",
    )
    numbers = _reason(_item_with(align(left, RIGHT), "approved"), "number")
    assert numbers.left == ("nearly $45 million",)
    cost = next(s for s in RIGHT.segments if "$45 million" in s.text)
    assert numbers.left_elsewhere == (cost.id,)
