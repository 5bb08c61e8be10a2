"""The ``storydiff`` command line: a thin layer over ``core`` (and, for the reader only, Textual).

``storydiff export`` and ``storydiff inspect`` never import Textual, so they start fast; the reader is
imported only when it is about to open. Exit codes: 0 success, 1 unexpected failure, 2 bad input or usage,
130 Ctrl+C, 141 broken pipe.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from core.errors import StorydiffError
from core.export_common import safe_text
from core.settings import AlignSettings

if TYPE_CHECKING:
    from core.models import Article

PROG = "storydiff"
COMMANDS = ("export", "inspect")

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_BROKEN_PIPE = 0, 1, 2, 130, 141

READER_EXAMPLES = """\
commands:
  storydiff [LEFT RIGHT | DIR]      open the reader (this command)
  storydiff export LEFT RIGHT       write the comparison as text, Markdown, JSON or HTML
  storydiff inspect FILE            show how storydiff read one article

inputs: a file path, - for standard input (one side), or an http(s):// URL.

examples:
  storydiff                                   open the bundled seed pair
  storydiff guardian.txt kyiv.html            compare two saved articles
  storydiff pairs/                            pick a pair from a folder (pairs.toml or two files)
  pbpaste | storydiff - report.txt            compare a pasted article with a file
  storydiff --threshold 0.5 a.txt b.txt       link only passages at least 50% similar
  storydiff export a.txt b.txt -o diff.html   export (see storydiff export --help)
"""

EXPORT_EXAMPLES = """\
The format follows the extension of -o (.txt, .md, .json, .html) unless --format says otherwise; without -o
the comparison goes to standard output as text. Files are written atomically (temporary file, then rename).

examples:
  storydiff export a.txt b.txt                         plain text to the terminal
  storydiff export a.txt b.txt -o comparison.html      a self-contained web page
  storydiff export a.txt b.txt --format json | jq .summary
  storydiff export https://example.com/a https://example.com/b -o ab.md
"""

INSPECT_EXAMPLES = """\
Shows the metadata storydiff recovered and every segment with its id, role, paragraph and character
offsets: run it when an article (or a paste) is read wrongly. --format json prints the article object of
the JSON export.

examples:
  storydiff inspect seeds/guardian.txt
  pbpaste | storydiff inspect -
  storydiff inspect page.html --format json
"""

SETTING_OPTIONS = {
    "link_threshold": ("--threshold", "minimum similarity (0-1) for two passages to be linked"),
    "agree_threshold": (
        "--agree-threshold",
        "minimum similarity (0-1) for a linked passage to count as agree",
    ),
}
"""The aligner settings with options of their own; the rest are set with ``--set NAME=VALUE``."""


class UsageError(Exception):
    """A command-line usage error (reported like argparse's own, but on one line and with exit code 2)."""


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors raise :class:`UsageError` instead of printing usage and exiting."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


class _VersionAction(argparse.Action):
    """``--version``: look the release up only when asked (importlib.metadata is slow to import)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> None:
        from importlib.metadata import PackageNotFoundError, version

        try:
            release = version("storydiff")
        except PackageNotFoundError:
            release = "(source checkout)"
        print(f"{PROG} {release}")
        parser.exit()


def _settings_parent() -> argparse.ArgumentParser:
    """Options that change the alignment, shared by the reader and export."""
    parent = _Parser(add_help=False)
    group = parent.add_argument_group("alignment")
    for name, (flag, text) in SETTING_OPTIONS.items():
        default = getattr(AlignSettings(), name)
        group.add_argument(
            flag, dest=f"setting_{name}", type=_share, metavar="X", help=f"{text} ({default:g})"
        )
    group.add_argument(
        "--set",
        dest="settings",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        type=_setting,
        help="any other aligner setting (repeatable); NAME is one of: "
        + ", ".join(name for name in AlignSettings.__dataclass_fields__ if name not in SETTING_OPTIONS),
    )
    return parent


def _input_parent() -> argparse.ArgumentParser:
    """Options about reading inputs."""
    parent = _Parser(add_help=False)
    parent.add_argument(
        "--timeout", type=_seconds, default=20.0, metavar="SECONDS", help="network timeout for URLs (20)"
    )
    return parent


def build_parsers() -> dict[str, argparse.ArgumentParser]:
    """The parsers of the reader (key ``""``), ``export`` and ``inspect``."""
    settings, inputs = _settings_parent(), _input_parent()
    formatter = argparse.RawDescriptionHelpFormatter
    reader = _Parser(
        prog=PROG,
        usage=f"{PROG} [options] [LEFT RIGHT | DIR]\n       {PROG} {{export,inspect}} ... (see their --help)",
        description="Compare two news reports of the same event, passage by passage, in the terminal.",
        epilog=READER_EXAMPLES,
        formatter_class=formatter,
        parents=[settings, inputs],
    )
    reader.add_argument(
        "sources", nargs="*", metavar="SOURCE", help="two articles (LEFT RIGHT), or a pair folder (DIR)"
    )
    reader.add_argument("--version", action=_VersionAction, help="show the release and exit")
    export = _Parser(
        prog=f"{PROG} export",
        description="Align two articles and write the comparison.",
        epilog=EXPORT_EXAMPLES,
        formatter_class=formatter,
        parents=[settings, inputs],
    )
    export.add_argument("left", metavar="LEFT", help="the left article (path, - or URL)")
    export.add_argument("right", metavar="RIGHT", help="the right article (path, - or URL)")
    export.add_argument("-f", "--format", choices=("text", "markdown", "json", "html"), help="output format")
    export.add_argument("-o", "--output", type=Path, metavar="PATH", help="write to PATH instead of stdout")
    export.add_argument("--no-clobber", action="store_true", help="fail rather than replace an existing file")
    inspect = _Parser(
        prog=f"{PROG} inspect",
        description="Show how storydiff read one article.",
        epilog=INSPECT_EXAMPLES,
        formatter_class=formatter,
        parents=[inputs],
    )
    inspect.add_argument("source", metavar="FILE", help="the article (path, - or URL)")
    inspect.add_argument("-f", "--format", choices=("text", "json"), default="text", help="output format")
    return {"": reader, "export": export, "inspect": inspect}


def _share(value: str) -> float:
    """An argparse type: a number from 0 to 1."""
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if not 0 <= number <= 1:
        raise argparse.ArgumentTypeError(f"{value} is not between 0 and 1")
    return number


def _seconds(value: str) -> float:
    """An argparse type: a positive number of seconds."""
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if not number > 0:
        raise argparse.ArgumentTypeError(f"{value} is not a positive number of seconds")
    return number


def _setting(value: str) -> tuple[str, float]:
    """An argparse type: ``NAME=VALUE`` naming a field of :class:`AlignSettings` and a number."""
    name, sep, raw = value.partition("=")
    name = name.strip().replace("-", "_")
    known = AlignSettings.__dataclass_fields__
    if not sep or name not in known:
        raise argparse.ArgumentTypeError(f"{value!r} is not NAME=VALUE with NAME one of: {', '.join(known)}")
    try:
        return name, float(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{name}: {raw!r} is not a number") from None


def settings_from(args: argparse.Namespace) -> AlignSettings:
    """The :class:`AlignSettings` the parsed options ask for.

    Raises:
        StorydiffError: the combination is out of range (the settings' own checks).
    """
    values: dict[str, Any] = dict(args.settings)
    for name in SETTING_OPTIONS:
        given = getattr(args, f"setting_{name}")
        if given is not None:
            values[name] = given
    return AlignSettings(**values)


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
            traceback.print_exc()
        _error(f"unexpected {type(exc).__name__}: {exc}")
        print(
            f"{PROG}: this is a bug; please report it with the command you ran "
            "(STORYDIFF_DEBUG=1 shows the traceback)",
            file=sys.stderr,
        )
        return EXIT_FAILURE


def _dispatch(argv: list[str]) -> int:
    """Pick the sub-command by the first argument and run it."""
    parsers = build_parsers()
    command = argv[0] if argv and argv[0] in COMMANDS else ""
    args = parsers[command].parse_args(argv[1:] if command else argv)
    if command == "export":
        return _export(args)
    if command == "inspect":
        return _inspect(args)
    return _reader(args)


def _export(args: argparse.Namespace) -> int:
    """``storydiff export``: align and write."""
    from core.align import align
    from core.export import format_for_path, render, write_export

    settings = settings_from(args)
    left, right = _load_pair(args.left, args.right, args.timeout)
    alignment = align(left, right, settings=settings)
    if args.output is None or str(args.output) == "-":
        _write_stdout(render(alignment, args.format or "text"))
        return EXIT_OK
    fmt = args.format or format_for_path(args.output)
    written = write_export(alignment, args.output, fmt, overwrite=not args.no_clobber)
    print(f"{PROG}: wrote {safe_text(str(written))} ({fmt})", file=sys.stderr)
    return EXIT_OK


def _inspect(args: argparse.Namespace) -> int:
    """``storydiff inspect``: one article's metadata and segments."""
    from core.export_text import render_article
    from core.fetch import load_source
    from core.serialize import article_to_dict

    article = load_source(args.source, timeout=args.timeout)
    if args.format == "json":
        _write_stdout(json.dumps(article_to_dict(article), ensure_ascii=False, indent=2) + "\n")
    else:
        _write_stdout(render_article(article))
    return EXIT_OK


def _reader(args: argparse.Namespace) -> int:
    """Open the reader on two articles, a pair folder, or (with no arguments) the bundled seed pair."""
    from core.library import load_library

    settings = settings_from(args)
    sources: list[str] = args.sources
    if len(sources) > 2:
        hint = " (commands come first: storydiff export …)" if set(sources) & set(COMMANDS) else ""
        raise UsageError(f"expected two articles, one folder or nothing; got {len(sources)} arguments{hint}")
    if len(sources) == 1:
        folder = Path(sources[0])
        if not folder.is_dir():
            raise UsageError(f"{sources[0]} is not a folder; give two articles to compare, or a pair folder")
        entries = load_library(folder)
        from tui.app import make_library_app

        _reattach_terminal()
        make_library_app(entries, settings=settings).run()
        return EXIT_OK
    if sources:
        left, right = _load_pair(sources[0], sources[1], args.timeout)
    else:
        from core.load import load_article

        entry = load_library(seed_dir())[0]
        left, right = load_article(entry.left), load_article(entry.right)
    from tui.app import make_app

    _reattach_terminal()
    make_app(left, right, settings=settings).run()
    return EXIT_OK


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
    """Read both sides (paths, ``-`` or URLs); standard input may feed one side only."""
    from core.fetch import load_source

    if left == "-" and right == "-":
        raise UsageError("standard input (-) can feed only one side")
    return load_source(left, timeout=timeout), load_source(right, timeout=timeout)


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
    """Write to standard output and flush, so a closed pipe is noticed here rather than at exit.

    Characters the terminal's encoding cannot show are written as backslash escapes rather than failing.
    """
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="backslashreplace")
    sys.stdout.write(text)
    sys.stdout.flush()


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
    sys.exit(main())
