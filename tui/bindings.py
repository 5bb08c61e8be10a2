"""The reader's keys, declared as data: each binding with the help the help screen and the command palette show.

Every binding has an ``id`` (its action's name) so a keymap can remap it. The footer shows the bindings' short
descriptions; the help screen, the command palette and the keys disabled while aligning all come from the same
:data:`READER_KEYS`.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding


def key_names(binding: Binding) -> str:
    """The keys of a binding as a reader would type them (``j / ↓``)."""
    names = {
        "down": "↓",
        "up": "↑",
        "right_square_bracket": "]",
        "left_square_bracket": "[",
        "slash": "/",
        "question_mark": "?",
        "f1": "F1",
        "escape": "Esc",
        "tab": "Tab",
        "home": "Home",
        "end": "End",
    }
    return " / ".join(names.get(key.strip(), key.strip()) for key in binding.key.split(","))


@dataclass(frozen=True, slots=True)
class ReaderKey:
    """One key of the reader: its binding and what it does, in words."""

    binding: Binding
    """The keys, the action, and the footer's short label."""
    help: str
    """What the key does, for the help screen; up to any parenthesis, the command palette's title."""
    needs_alignment: bool = False
    """Whether the action works on aligned items, and so is disabled until the alignment is on screen."""
    in_palette: bool = True
    """Whether the command palette offers the action."""

    @property
    def palette_title(self) -> str:
        """The help up to any parenthesis, capitalised: ``Toggle the pair view``."""
        title = self.help.split(" (")[0]
        return title[:1].upper() + title[1:]


READER_KEYS: tuple[ReaderKey, ...] = (
    ReaderKey(
        Binding("j,down", "next_item", "Next", id="next_item", key_display="j/↓"),
        "next aligned item",
        needs_alignment=True,
        in_palette=False,
    ),
    ReaderKey(
        Binding("k,up", "previous_item", "Prev", id="previous_item", key_display="k/↑", show=False),
        "previous aligned item",
        needs_alignment=True,
        in_palette=False,
    ),
    ReaderKey(
        Binding("right_square_bracket", "next_difference", "Next diff", id="next_difference", key_display="]"),
        "next difference (differ or one-sided)",
        needs_alignment=True,
    ),
    ReaderKey(
        Binding(
            "left_square_bracket",
            "previous_difference",
            "Prev diff",
            id="previous_difference",
            key_display="[",
            show=False,
        ),
        "previous difference",
        needs_alignment=True,
    ),
    ReaderKey(
        Binding("g,home", "first_item", "First", id="first_item", show=False),
        "first item",
        needs_alignment=True,
    ),
    ReaderKey(
        Binding("G,end", "last_item", "Last", id="last_item", key_display="G", show=False),
        "last item",
        needs_alignment=True,
    ),
    ReaderKey(
        Binding("tab", "switch_pane", "Switch pane", id="switch_pane", show=False),
        "switch the focused pane",
    ),
    ReaderKey(
        Binding("l", "toggle_scroll_together", "Scroll lock", id="toggle_scroll_together", show=False),
        "scroll the two panes together, or each on its own",
    ),
    ReaderKey(
        Binding("slash", "search", "Search", id="search", key_display="/"),
        "search both articles",
        needs_alignment=True,
    ),
    ReaderKey(
        Binding("n", "next_match", "Next match", id="next_match", show=False),
        "next search match",
        needs_alignment=True,
    ),
    ReaderKey(
        Binding("N", "previous_match", "Prev match", id="previous_match", key_display="N", show=False),
        "previous search match",
        needs_alignment=True,
    ),
    ReaderKey(
        Binding("f", "cycle_filter", "Filter", id="cycle_filter"),
        "cycle the filter: all, differences, additions, agree, only left, only right",
        needs_alignment=True,
    ),
    ReaderKey(
        Binding("v", "toggle_view", "Pair view", id="toggle_view"),
        "toggle the pair view (one row per item)",
        needs_alignment=True,
    ),
    ReaderKey(
        Binding("o", "go_to_nearest", "Nearest", id="go_to_nearest", show=False),
        "go to the nearest passage on the other side (of a passage only one report has), or to where the other "
        "report says what a reason gives as one side's only",
        needs_alignment=True,
    ),
    ReaderKey(
        Binding("d", "toggle_detail", "Details", id="toggle_detail", show=False),
        "collapse or show the detail strip",
    ),
    ReaderKey(
        Binding("b", "toggle_clutter", "Clutter", id="toggle_clutter"),
        "show or hide clutter (captions, teasers, feeds)",
    ),
    ReaderKey(
        Binding("s", "swap", "Swap", id="swap"),
        "swap the two articles",
        needs_alignment=True,
    ),
    ReaderKey(
        Binding("e", "export", "Export", id="export"),
        "export the comparison (text, Markdown, JSON, HTML)",
        needs_alignment=True,
    ),
    ReaderKey(
        Binding("escape", "back", "Back", id="back", show=False),
        "clear the search; back to the pair list",
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
"""Every key of the reader screen, in help-screen order. Scrolling, switching panes, the clutter toggle, help
and quit work from the first frame; the rest need the alignment."""

READER_BINDINGS: list[Binding] = [key.binding for key in READER_KEYS]
"""The reader screen's ``BINDINGS``."""

NEEDS_ALIGNMENT: frozenset[str] = frozenset(key.binding.action for key in READER_KEYS if key.needs_alignment)
"""Actions that act on aligned items: disabled until the alignment is on screen."""
