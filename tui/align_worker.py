"""The aligner's own process: ``python -m tui.align_worker`` reads requests on standard input, answers on standard out.

The reader aligns big pairs (and the picker every pair) here, so that neither the aligner's work nor its hold on
the interpreter ever slows a key press, and quitting can end the work at once by ending the process. Requests and
answers are pickled tuples, one after another, between this process and the reader that started it:

- ``("align", left, right, settings)``: align two :class:`~core.models.Article` objects;
- ``("pair", left_path, right_path, settings)``: read and check both files, then align them.

The answer is ``("ok", alignment)`` or ``("error", one-line message)``. End of input ends the process; so does the
end of the reader, even in the middle of a request: the reader holds the write end of a *lifeline* pipe whose read
end is passed here (``--lifeline FD``), and when that pipe closes, this process exits.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import sys
import threading
from pathlib import Path
from typing import Any, BinaryIO

from core.align import AlignSettings, align
from core.errors import StorydiffError
from core.models import Alignment

Answer = tuple[str, Any]
"""``("ok", Alignment)`` or ``("error", str)``."""


def answer(request: tuple[Any, ...]) -> Answer:
    """Carry out one request; every failure becomes an ``("error", …)`` answer, never an exception."""
    try:
        return "ok", _work(request)
    except StorydiffError as error:
        return "error", str(error)
    except Exception as error:  # anything else is a bug, reported in the pair's place rather than lost
        return "error", f"unexpected {type(error).__name__}: {error} (a bug in storydiff; please report it)"


def _work(request: tuple[Any, ...]) -> Alignment:
    kind, left, right, settings = request
    if not isinstance(settings, AlignSettings):
        raise TypeError(f"settings must be AlignSettings, not {type(settings).__name__}")
    if kind == "pair":
        from core.reading import load_article, require_article

        left = require_article(load_article(Path(left)))
        right = require_article(load_article(Path(right)))
    elif kind != "align":
        raise ValueError(f"unknown request {kind!r}")
    return align(left, right, settings=settings)


def serve(requests: BinaryIO, answers: BinaryIO) -> None:
    """Answer requests until the input ends."""
    while True:
        try:
            request = pickle.load(requests)
        except EOFError:
            return
        pickle.dump(answer(request), answers, protocol=pickle.HIGHEST_PROTOCOL)
        answers.flush()


def watch_lifeline(fd: int) -> None:
    """End this process as soon as the pipe ``fd`` reads end of file (the reader closed it, or ended)."""

    def wait() -> None:
        try:
            while os.read(fd, 1024):
                pass
        except OSError:
            pass
        os._exit(0)

    threading.Thread(target=wait, name="lifeline", daemon=True).start()


def main(argv: list[str] | None = None) -> None:
    """Serve the reader on standard input and output."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) == 2 and args[0] == "--lifeline" and args[1].isdigit():
        watch_lifeline(int(args[1]))
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C belongs to the reader, which ends this process itself
    with contextlib.suppress(BrokenPipeError, KeyboardInterrupt):
        serve(sys.stdin.buffer, sys.stdout.buffer)


if __name__ == "__main__":
    main()
