"""The reader's keys, declared as data. Each binding has an ``id`` so a keymap can remap it."""

from __future__ import annotations

from textual.binding import Binding

READER_BINDINGS: list[Binding] = [
    Binding("j,down", "next_item", "Next", id="next_item", key_display="j/↓"),
    Binding("k,up", "previous_item", "Prev", id="previous_item", key_display="k/↑", show=False),
    Binding("right_square_bracket", "next_difference", "Next diff", id="next_difference", key_display="]"),
    Binding(
        "left_square_bracket",
        "previous_difference",
        "Prev diff",
        id="previous_difference",
        key_display="[",
        show=False,
    ),
    Binding("g,home", "first_item", "First", id="first_item", show=False),
    Binding("G,end", "last_item", "Last", id="last_item", key_display="G", show=False),
    Binding("tab", "switch_pane", "Switch pane", id="switch_pane", show=False),
    Binding("slash", "search", "Search", id="search", key_display="/"),
    Binding("n", "next_match", "Next match", id="next_match", show=False),
    Binding("N", "previous_match", "Prev match", id="previous_match", key_display="N", show=False),
    Binding("f", "cycle_filter", "Filter", id="cycle_filter"),
    Binding("v", "toggle_view", "Pair view", id="toggle_view"),
    Binding("b", "toggle_clutter", "Clutter", id="toggle_clutter"),
    Binding("s", "swap", "Swap", id="swap"),
    Binding("e", "export", "Export", id="export"),
    Binding("escape", "back", "Back", id="back", show=False),
    Binding("question_mark,f1", "help", "Help", id="help", key_display="?"),
    Binding("q", "quit", "Quit", id="quit"),
]
"""Every key of the reader screen, in help-screen order."""

HELP_TEXT: dict[str, str] = {
    "next_item": "next aligned item",
    "previous_item": "previous aligned item",
    "next_difference": "next difference (differ or one-sided)",
    "previous_difference": "previous difference",
    "first_item": "first item",
    "last_item": "last item",
    "switch_pane": "switch the focused pane",
    "search": "search both articles",
    "next_match": "next search match",
    "previous_match": "previous search match",
    "cycle_filter": "cycle the filter: all, differences, agree, only left, only right",
    "toggle_view": "toggle the pair view (one row per item)",
    "toggle_clutter": "show or hide clutter (captions, teasers, feeds)",
    "swap": "swap the two articles",
    "export": "export the comparison (text, Markdown, JSON, HTML)",
    "back": "clear the search; back to the pair list",
    "help": "this help",
    "quit": "quit",
}
"""A longer description of each binding, by id, for the help screen and the command palette."""

NEEDS_ALIGNMENT: frozenset[str] = frozenset(
    {
        "next_item",
        "previous_item",
        "next_difference",
        "previous_difference",
        "first_item",
        "last_item",
        "search",
        "next_match",
        "previous_match",
        "cycle_filter",
        "toggle_view",
        "swap",
        "export",
    }
)
"""Actions that act on aligned items: disabled until the alignment is on screen. Scrolling, switching panes,
the clutter toggle, help and quit work from the first frame."""
