"""The reader ends when its terminal hangs up (a closed window or tmux pane), even when the hang-up signal does not
reach it (``make run``: make catches the signal and waits for the reader)."""

from __future__ import annotations

import os

import pytest

from core.models import Alignment
from tests.test_app import SIZE, reader_app
from tui import app as app_module
from tui.driver import terminal_gone


def test_a_hung_up_terminal_is_gone_and_a_live_one_is_not() -> None:
    """A terminal whose other end was closed reads as an endless end of input: it is gone."""
    master, slave = os.openpty()
    try:
        assert not terminal_gone(slave)
        os.close(master)
        assert terminal_gone(slave)
        assert os.read(slave, 16) == b""  # the end of input a key reader would spin on
    finally:
        os.close(slave)


async def test_the_reader_quits_when_its_terminal_is_gone(
    hand_pair: Alignment, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = reader_app(hand_pair)
    async with app.run_test(size=SIZE) as pilot:
        monkeypatch.setattr(app_module, "terminal_gone", lambda fd=0: False)
        app.exit_if_terminal_gone()
        await pilot.pause()
        assert app.return_code is None  # the terminal is there: the reader goes on
        monkeypatch.setattr(app_module, "terminal_gone", lambda fd=0: True)
        app.exit_if_terminal_gone()
        assert app.return_code == 0  # gone: the reader has been told to quit
