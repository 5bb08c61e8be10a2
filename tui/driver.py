"""The terminal driver, with a prompt exit: quitting does not wait for the key reader's next poll.

Textual's Linux driver stops its key-reading thread by setting an event and joining the thread, which notices the
event only when its 0.1 s poll of the terminal times out, and then one more time as the app shuts down. When the
reader quits, nothing will be read again: the thread is told to stop and left to finish on its own (it ends at its
next poll, or with the process). Everything else Textual does to restore the terminal is unchanged.
"""

from __future__ import annotations

import os
import signal
from functools import cache

from textual.driver import Driver

EXIT_JOIN_SECONDS = 0.02
"""How long quitting waits for the key thread before leaving it to end by itself."""
TERMINAL_CHECK_SECONDS = 1.0
"""How often the reader checks that its terminal is still there."""


def terminal_gone(fd: int = 0) -> bool:
    """Whether the terminal on ``fd`` has hung up (its window or tmux pane closed): it is no terminal any more.

    A hung-up terminal reads as an endless end of input, on which Textual's key thread spins; the hang-up signal
    that would end the reader does not reach it when a program between them catches it (``make run``)."""
    return not os.isatty(fd)


@cache
def prompt_exit_driver(base: type[Driver]) -> type[Driver]:
    """``base`` (Textual's driver for this platform), with :meth:`disable_input` quick when the app is exiting.

    Only Textual's Linux driver (which reads keys in a polling thread) is changed; any other is returned as is.
    """
    from textual.drivers.linux_driver import LinuxDriver

    if not issubclass(base, LinuxDriver):
        return base

    class PromptExitDriver(base):  # type: ignore[valid-type,misc]
        """Textual's Linux driver, stopping its key thread without waiting when the app exits."""

        def disable_input(self) -> None:
            """Stop reading keys: as Textual does, except that on exit the key thread is not waited for."""
            thread = getattr(self, "_key_thread", None)
            if not getattr(self._app, "_exit", False) or thread is None or self.exit_event.is_set():
                super().disable_input()
                return
            signal.signal(signal.SIGWINCH, signal.SIG_DFL)
            self._disable_mouse_support()
            self.exit_event.set()  # stays set: the thread ends at its next poll
            thread.join(EXIT_JOIN_SECONDS)
            self._key_thread = None

    return PromptExitDriver
