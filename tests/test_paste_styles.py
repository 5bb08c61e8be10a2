"""The paste-style bench marks list items where pages keep lists: runs of short lines, never prose or a lone line."""

from __future__ import annotations

from bench.paste_styles import STYLES, list_items, wrapped

PAGE = "Home\nNews\nSport\nFive people died after a train came off the rails on Tuesday.\nBy Ana Ruiz\nShare"


def test_only_a_run_of_short_lines_is_marked_as_a_list() -> None:
    assert list_items(PAGE, "* ").split("\n") == [
        "* Home",
        "* News",
        "* Sport",
        "Five people died after a train came off the rails on Tuesday.",
        "By Ana Ruiz",
        "Share",
    ]


def test_every_style_keeps_the_pages_words() -> None:
    for name, restyle in STYLES.items():
        words = [w for w in restyle(PAGE).split() if w not in {"*", "•", "-"}]
        assert words == PAGE.split(), name


def test_a_wrapped_paste_keeps_every_line_within_the_width() -> None:
    long = "Councillors voted on Tuesday to let the quarry grow by a third, overruling more than 400 objections."
    assert all(len(line) <= 40 for line in wrapped(long, 40).split("\n"))
    assert wrapped(long, 40).split() == long.split()
