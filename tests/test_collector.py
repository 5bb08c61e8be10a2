"""The cycle collector is paused while an alignment is built and left as it was found afterwards."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from core.align import align
from core.align.collector import collector_paused
from core.reading import parse_text


@pytest.fixture(autouse=True)
def _collector_restored() -> Iterator[None]:
    """Whatever a test does, the collector is back on for the next one."""
    was = gc.isenabled()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


def test_paused_inside_and_restored_after() -> None:
    gc.enable()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_turned_off_stays_off() -> None:
    gc.disable()
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_restored_when_the_block_raises() -> None:
    gc.enable()
    with pytest.raises(ValueError, match="mid-alignment"), collector_paused():
        raise ValueError("mid-alignment")
    assert gc.isenabled()


def test_nested_blocks_restore_after_the_outer_one() -> None:
    gc.enable()
    with collector_paused():
        with collector_paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()


def test_overlapping_threads_restore_after_the_last_one() -> None:
    gc.enable()
    entered, release = threading.Event(), threading.Event()

    def hold() -> None:
        with collector_paused():
            entered.set()
            release.wait()

    other = threading.Thread(target=hold)
    other.start()
    entered.wait()
    with collector_paused():
        release.set()
        other.join()
        assert not gc.isenabled()  # the other thread finished first: this block still holds the pause
    assert gc.isenabled()


def test_align_leaves_the_collector_on() -> None:
    gc.enable()
    left = parse_text(
        "Rescuers reached the village on Monday.\n\nThe bridge had been closed since the flood.", path="a.txt"
    )
    right = parse_text("Rescue teams reached the village on Monday.\n\nOfficials reopened the road.", path="b.txt")
    alignment = align(left, right)
    assert alignment.items
    assert gc.isenabled()
