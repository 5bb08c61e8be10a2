"""The ``storydiff`` command line: a thin layer over ``core`` (and, for the reader only, Textual).

``storydiff export``, ``storydiff inspect`` and ``storydiff batch`` never import Textual, so they start fast; the
reader is imported only when it is about to open. Exit codes: 0 success, 1 unexpected failure, 2 bad input or usage
(or output that cannot be written), 130 Ctrl+C, 141 broken pipe; ``storydiff batch`` exits with the number of pairs
and events that failed (at most 100).
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import io
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from core.claims import MAX_ARTICLES as MAX_SOURCES
from core.errors import ExportError, StorydiffError
from core.export import safe_text
from tui.cli_args import COMMANDS, PROG, UsageError, build_parser, settings_from

if TYPE_CHECKING:
    from core.align import AlignSettings
    from core.models import Article
    from tui.app import StorydiffApp

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_BROKEN_PIPE = 0, 1, 2, 130, 141
"""Exit codes: success, unexpected failure (a bug), bad input or usage or unwritable output, Ctrl+C, standard output
closed by its reader."""


def run() -> NoReturn:
    """The console script: run the command line and exit with its code.

    After the reader has closed, the process ends at once (``os._exit``, once standard output and error are
    flushed): nothing is left to write, the terminal is restored, and tearing down the interpreter's modules and
    any alignment still running in the background would only keep the reader's prompt waiting.
    """
    code = main()
    if not _reader_opened:
        sys.exit(code)
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)


_reader_opened = False
"""Whether this process opened the reader (see :func:`run`)."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code (the console script exits with it)."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        return _dispatch(args)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except (StorydiffError, UsageError) as exc:
        _error(str(exc))
        return EXIT_USAGE
    except Exception as exc:
        if os.environ.get("STORYDIFF_DEBUG"):
            import traceback

            traceback.print_exc()
        _error(f"unexpected {type(exc).__name__}: {exc}")
        print(
            f"{PROG}: this is a bug; please report it with the command you ran (STORYDIFF_DEBUG=1 shows the traceback)",
            file=sys.stderr,
        )
        return EXIT_FAILURE


def _dispatch(argv: list[str]) -> int:
    """Pick the sub-command by the first argument and run it."""
    command = argv[0] if argv and argv[0] in COMMANDS else ""
    args = build_parser(command).parse_args(argv[1:] if command else argv)
    if command == "export":
        return _export(args)
    if command == "inspect":
        return _inspect(args)
    if command == "batch":
        from tui.batch import batch_command

        return batch_command(args, settings_from(args))
    return _reader(args)


def _export(args: argparse.Namespace) -> int:
    """``storydiff export``: align and write."""
    from core.align import align
    from core.export import export_path, format_for_path, render, write_export

    settings = settings_from(args)
    output = None if args.output in (None, "-") else export_path(args.output)
    if args.more:
        return _export_comparison(args, settings)
    left, right = _load_pair(args.left, args.right, args.timeout)
    left, right = named(left, args.left_name), named(right, args.right_name)
    alignment = align(left, right, settings=settings)
    if output is None:
        _write_stdout(render(alignment, args.format or "text"))
        return EXIT_OK
    fmt = args.format or format_for_path(output)
    written = write_export(alignment, output, fmt, overwrite=not args.no_clobber)
    print(f"{PROG}: wrote {safe_text(str(written))} ({fmt})", file=sys.stderr)
    return EXIT_OK


def _export_comparison(args: argparse.Namespace, settings: AlignSettings) -> int:
    """``storydiff export A B C …``: compare three or more reports and write the claim groups."""
    from core.align import compare
    from core.export import format_for_path, render_comparison, write_comparison_export

    comparison = compare(_load_all([args.left, args.right, *args.more], args.timeout), settings=settings)
    if args.output is None or str(args.output) == "-":
        _write_stdout(render_comparison(comparison, args.format or "text"))
        return EXIT_OK
    fmt = args.format or format_for_path(args.output)
    written = write_comparison_export(comparison, args.output, fmt, overwrite=not args.no_clobber)
    print(f"{PROG}: wrote {safe_text(str(written))} ({fmt})", file=sys.stderr)
    return EXIT_OK


def _inspect(args: argparse.Namespace) -> int:
    """``storydiff inspect``: one article's metadata and segments."""
    from core.export import article_to_dict, dumps, render_article
    from core.reading import load_source

    article = load_source(args.source, timeout=args.timeout)
    if args.format == "json":
        _write_stdout(dumps(article_to_dict(article)))
    else:
        _write_stdout(render_article(article))
    return EXIT_OK


def _reader(args: argparse.Namespace) -> int:
    """Open the reader on two articles, a pair folder, or (with no arguments) the bundled seed pair."""
    from core.reading import load_library

    settings = settings_from(args)
    sources: list[str] = args.sources
    if len(sources) > MAX_SOURCES:
        hint = " (commands come first: storydiff export …)" if set(sources) & set(COMMANDS) else ""
        raise UsageError(
            f"expected 2 to {MAX_SOURCES} articles, one folder or nothing; got {len(sources)} arguments{hint}"
        )
    if len(sources) == 1:
        folder = Path(sources[0])
        if not os.path.isdir(folder):  # never raises (a name too long is simply not a folder)
            raise UsageError(f"{sources[0]} is not a folder; give two articles to compare, or a pair folder")
        from tui.folders import folder_app

        _open_reader(folder_app(folder, settings=settings, allow_outside=args.allow_outside or _bundled(folder)))
        return EXIT_OK
    if len(sources) > 2:
        from tui.app import make_comparison_app

        articles = _load_all(sources, args.timeout)
        _open_reader(make_comparison_app(articles, settings=settings))
        return EXIT_OK
    if sources:
        left, right = _load_pair(sources[0], sources[1], args.timeout)
    else:
        from core.reading import load_article

        entry = load_library(seed_dir())[0]
        left, right = load_article(entry.left), load_article(entry.right)
    left, right = named(left, args.left_name), named(right, args.right_name)
    from tui.app import make_app

    _open_reader(make_app(left, right, settings=settings))
    return EXIT_OK


def named(article: Article, name: str | None) -> Article:
    """``article`` called ``name`` (given with ``--left-name`` or ``--right-name``) if it does not say its outlet.

    The name stands for the outlet everywhere: the reader's headers, detail strip and status line, and every export.
    """
    if name is None or article.outlet:
        return article
    from dataclasses import replace

    return replace(article, outlet=name)


def _open_reader(app: StorydiffApp) -> None:
    """Run the reader until it quits (see :func:`run` for how the process then ends); it remembers the theme."""
    from tui.preferences import settings_path

    global _reader_opened
    _reattach_terminal()
    _reader_opened = True
    app.preferences_path = settings_path()
    app.run()


def _reattach_terminal() -> None:
    """Give the reader the terminal for keys when standard input was a pipe (an article read from ``-``).

    Raises:
        StorydiffError: there is no terminal to read keys from.
    """
    stdin = sys.__stdin__
    if stdin is not None and stdin.isatty():
        return
    try:
        terminal = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        raise StorydiffError(
            "the reader needs a terminal for keys, and standard input is not one; "
            "use 'storydiff export' to compare without the reader"
        ) from None
    os.dup2(terminal, 0)
    os.close(terminal)


def _load_pair(left: str, right: str, timeout: float) -> tuple[Article, Article]:
    """Read both sides (paths, ``-`` or URLs) and check that each is an article worth comparing.

    Standard input may feed one side only. Both sides are read and checked before anything is aligned or the
    reader opens, so bad input is always a one-line error.
    """
    from core.reading import MAX_TEXT_CHARS, load_source, require_article

    if left == "-" and right == "-":
        raise UsageError("standard input (-) can feed only one side")
    return (
        require_article(load_source(left, timeout=timeout, max_chars=MAX_TEXT_CHARS)),
        require_article(load_source(right, timeout=timeout, max_chars=MAX_TEXT_CHARS)),
    )


def _load_all(sources: list[str], timeout: float) -> list[Article]:
    """Read every report of an event (paths, ``-`` or URLs) and check each is an article, before any work.

    Standard input may feed one of them only.
    """
    from core.reading import load_source, require_article

    if sources.count("-") > 1:
        raise UsageError("standard input (-) can feed only one article")
    return [require_article(load_source(source, timeout=timeout)) for source in sources]


def _bundled(folder: Path) -> bool:
    """Whether ``folder`` is inside the bundled seeds, whose manifests may name files across its subfolders."""
    try:
        return folder.resolve().is_relative_to(seed_dir().resolve())
    except (OSError, RuntimeError, StorydiffError):
        return False


def seed_dir() -> Path:
    """The bundled seed pair's folder: ``tui/seeds`` in an installed wheel, else the repository's ``seeds/``.

    Raises:
        StorydiffError: neither exists (a broken installation).
    """
    here = Path(__file__).resolve().parent
    for candidate in (here / "seeds", here.parent / "seeds"):
        if (candidate / "pairs.toml").is_file():
            return candidate
    raise StorydiffError("the bundled seed pair is missing (reinstall storydiff, or give two articles)")


def _write_stdout(text: str) -> None:
    """Write all of ``text`` to standard output, or fail: a closed pipe raises :class:`BrokenPipeError` here (exit
    141), any other failure (a full disk, a closed standard output) is a one-line :class:`ExportError`.

    The bytes go straight to the file descriptor, written until none is left: Python's buffered writer can stop
    after a partial write to a pipe that closes, and exit 0 with the output cut short. Characters the terminal's
    encoding cannot show are written as backslash escapes rather than failing.
    """
    stream = sys.stdout
    if stream is None:
        raise ExportError("cannot write to standard output: it is closed")
    try:
        stream.flush()
        descriptor = stream.fileno()
    except (AttributeError, ValueError, io.UnsupportedOperation):  # not a file (a test's capture): write text
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
        stream.write(text)
        stream.flush()
        return
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise _stdout_error(exc) from None
    data = memoryview(text.encode(stream.encoding or "utf-8", errors="backslashreplace"))
    try:
        while data:
            data = data[os.write(descriptor, data) :]
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise _stdout_error(exc) from None


def _stdout_error(exc: OSError) -> ExportError:
    """The one-line error for standard output that cannot be written (a full disk, a closed descriptor)."""
    reason = "it is closed" if exc.errno == errno.EBADF else exc.strerror or str(exc)
    return ExportError(f"cannot write to standard output: {reason}")


def _silence_stdout() -> None:
    """After a broken pipe: point stdout at /dev/null so the interpreter's final flush stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _error(message: str) -> None:
    """Print ``storydiff: error: …`` on one line to standard error."""
    line = safe_text(" ".join(message.split()))
    print(f"{PROG}: error: {line}", file=sys.stderr)


if __name__ == "__main__":  # pragma: no cover - ``python -m tui`` is the usual way
    run()
