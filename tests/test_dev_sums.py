"""bench.dev_sums: the sums over development pages, and the pages a change moved."""

from __future__ import annotations

from bench.dev_sums import changes, sums

BEFORE: dict[str, list[object]] = {
    "rp02": [1.0, 0.9, 1, 1, 0, 1, "('Headline', ('Jo Reed',), None, 'Courier')"],
    "src:a": [0.5, 1.0, 0, 1, 1, 0, "(None, (), '2024-10-21', None)"],
}


def test_sums_add_each_figure_over_the_pages() -> None:
    assert sums(BEFORE) == "pages 2  recall 1.500  precision 1.900  headline 1  authors 2  date 1  outlet 1"


def test_changes_list_only_the_pages_whose_figures_moved_with_what_each_run_read() -> None:
    after = {**BEFORE, "src:a": [0.5, 1.0, 1, 1, 1, 0, "('Harbour', (), '2024-10-21', None)"], "src:b": BEFORE["rp02"]}
    lines = changes(BEFORE, after)
    assert lines[0].startswith("src:a")
    assert "[0.5, 1.0, 0, 1, 1, 0] -> [0.5, 1.0, 1, 1, 1, 0]" in lines[0]
    assert lines[1].endswith("(None, (), '2024-10-21', None)")
    assert lines[2].endswith("('Harbour', (), '2024-10-21', None)")
    assert lines[3].startswith("src:b")
    assert "- -> " in lines[3]
    assert len(lines) == 6
    assert changes(BEFORE, BEFORE) == []
