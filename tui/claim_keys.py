"""The claim view's keys, declared as data (as :mod:`tui.bindings` declares the pair reader's).

The footer shows the short descriptions; the help screen and the command palette come from :data:`CLAIM_KEYS`.
"""

from __future__ import annotations

from textual.binding import Binding

from tui.bindings import ReaderKey

CLAIM_KEYS: tuple[ReaderKey, ...] = (
    ReaderKey(
        Binding("j,down", "next_claim", "Next", id="next_claim", key_display="j/↓"),
        "next claim",
        needs_alignment=True,
        in_palette=False,
    ),
    ReaderKey(
        Binding("k,up", "previous_claim", "Prev", id="previous_claim", key_display="k/↑", show=False),
        "previous claim",
        needs_alignment=True,
        in_palette=False,
    ),
    ReaderKey(
        Binding("right_square_bracket", "next_left_out", "Next left out", id="next_left_out", key_display="]"),
        "next claim the chosen outlet leaves out",
        needs_alignment=True,
    ),
    ReaderKey(
        Binding(
            "left_square_bracket",
            "previous_left_out",
            "Prev left out",
            id="previous_left_out",
            key_display="[",
            show=False,
        ),
        "previous claim the chosen outlet leaves out",
        needs_alignment=True,
    ),
    ReaderKey(
        Binding("o", "next_outlet", "Outlet", id="next_outlet"),
        "choose the outlet whose left-out claims ] and [ step through (cycles)",
        needs_alignment=True,
    ),
    ReaderKey(
        Binding("r", "next_order", "Order", id="next_order"),
        "order the claims as another outlet reports them (cycles)",
        needs_alignment=True,
    ),
    ReaderKey(
        Binding("g,home", "first_claim", "First", id="first_claim", show=False),
        "first claim",
        needs_alignment=True,
    ),
    ReaderKey(
        Binding("G,end", "last_claim", "Last", id="last_claim", key_display="G", show=False),
        "last claim",
        needs_alignment=True,
    ),
    ReaderKey(
        Binding("p", "open_pair", "Pair view", id="open_pair"),
        "open two outlets side by side in the pair reader (Escape comes back)",
        needs_alignment=True,
    ),
    ReaderKey(
        Binding("i", "figures", "Figures", id="figures"),
        "the figures: claims per outlet, shared with all, with some, alone; the shares in common",
        needs_alignment=True,
    ),
    ReaderKey(
        Binding("e", "export", "Export", id="export"),
        "export the comparison (text, Markdown, JSON, HTML table)",
        needs_alignment=True,
    ),
    ReaderKey(
        Binding("escape", "back", "Back", id="back", show=False),
        "back to the event list",
        in_palette=False,
    ),
    ReaderKey(
        Binding("question_mark,f1", "help", "Help", id="help", key_display="?"),
        "this help",
    ),
    ReaderKey(
        Binding("q", "quit", "Quit", id="quit"),
        "quit",
        in_palette=False,
    ),
)
"""Every key of the claim view, in help-screen order; all but back, help and quit need the comparison."""

CLAIM_BINDINGS: list[Binding] = [key.binding for key in CLAIM_KEYS]
"""The claim view's ``BINDINGS``."""

NEEDS_COMPARISON: frozenset[str] = frozenset(key.binding.action for key in CLAIM_KEYS if key.needs_alignment)
"""Actions disabled until the comparison is on screen."""
