"""Work the reader can walk away from: a job in a daemon thread, awaited by the event loop.

Textual's thread workers run in the event loop's default executor, which the interpreter joins on exit: quitting
while a long alignment runs would wait for it. A daemon thread is never joined, so ``q`` ends the reader at once
whatever is running; the job's result, if it ever comes, is simply dropped.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


async def in_daemon_thread(job: Callable[[], T], *, name: str) -> T:
    """Run ``job`` in a new daemon thread and wait for its result without blocking the event loop.

    Cancelling the wait (a Textual worker cancelled on exit, say) abandons the thread; it runs on, unseen, until
    the process ends.

    Args:
        job: The work; called once, in the thread.
        name: The thread's name (shown by debuggers and ``py-spy``).

    Returns:
        What ``job`` returned.

    Raises:
        Exception: whatever ``job`` raised.
    """
    loop = asyncio.get_running_loop()
    future: asyncio.Future[T] = loop.create_future()

    def settle(value: T | None, error: BaseException | None) -> None:
        if future.done():
            return
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(value)  # type: ignore[arg-type]

    def run() -> None:
        value: T | None = None
        error: BaseException | None = None
        try:
            value = job()
        except BaseException as exc:  # handed to the awaiting side, which decides what it means
            error = exc
        with contextlib.suppress(RuntimeError):  # the event loop has closed: the reader quit while this ran
            loop.call_soon_threadsafe(settle, value, error)

    threading.Thread(target=run, name=name, daemon=True).start()
    return await future
