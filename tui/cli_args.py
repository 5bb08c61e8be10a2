"""The ``storydiff`` command line's arguments: parsers, option types, and the settings they build.

One parent parser holds the options that change the alignment, so the reader and ``storydiff export`` accept
the same ones and build the same :class:`~core.align.settings.AlignSettings`.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from core.align import AlignSettings

PROG = "storydiff"
COMMANDS = ("export", "inspect", "batch")

READER_EXAMPLES = """\
commands:
  storydiff [LEFT RIGHT [MORE…] | DIR]  open the reader (this command)
  storydiff export LEFT RIGHT [MORE…]   write the comparison as text, Markdown, JSON or HTML
  storydiff inspect FILE            show how storydiff read one article
  storydiff batch INPUT -o OUTDIR   align every pair or event of a corpus (see storydiff batch --help)

inputs: a file path, - for standard input (one side), or an http(s):// URL.

examples:
  storydiff                                   open the bundled seed pair
  storydiff guardian.txt kyiv.html            compare two saved articles
  storydiff fox.txt nyt.txt hpo.txt          three reports of one event: which outlet carries each claim
  storydiff pairs/                            pick a pair from a folder (pairs.toml or two files)
  storydiff events/                           pick an event from a folder of event folders
  storydiff --left-name NYT nyt.txt fox.txt   call the left article NYT (it does not say its outlet)
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
  storydiff export a.txt b.txt c.txt -o claims.html    three or more: a table of claims x outlets
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

BATCH_EXAMPLES = """\
INPUT is a manifest or a folder:
  a .tsv or .csv file     one pair per row: left, right[, name] (a header row naming the columns is optional)
  a .toml file            [[pair]] tables (left, right, name) and [[event]] tables (articles = [...], name)
  a folder                a pairs.toml, or a folder of event folders (each with 2 to 10 article files)
Paths are relative to the manifest's folder; http(s) URLs are fetched. An event of three or more reports is
exported as a comparison. OUTDIR gets one export per pair or event, summary.jsonl and summary.csv.

Rerunning the same command resumes: pairs and events already done are skipped (--force redoes them). A pair that
fails is recorded in the summary's error column and the rest go on. Exit status: 0 when every pair and event
succeeded, else the number that failed (at most 100); 2 for bad usage or an unreadable INPUT, 130 after Ctrl+C.

examples:
  storydiff batch pairs.tsv -o out/                  JSON exports and the summaries, one job per core
  storydiff batch events/ -o out/ --format html      a folder of event folders, HTML exports
  storydiff batch pairs.csv -o out/ --summary-only   only summary.csv and summary.jsonl
"""

MAX_TIMEOUT = 3600.0
"""Longest network timeout accepted, in seconds (an infinite one would overflow the socket layer)."""

SETTING_OPTIONS = {
    "link_threshold": ("--threshold", "minimum similarity (0-1) for two passages to be linked"),
    "agree_threshold": (
        "--agree-threshold",
        "paraphrase probability (0-1) under which an agreeing passage also lists what each side adds",
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
        group.add_argument(flag, dest=f"setting_{name}", type=_share, metavar="X", help=f"{text} ({default:g})")
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


def _names_parent() -> argparse.ArgumentParser:
    """Options naming the two articles."""
    parent = _Parser(add_help=False)
    group = parent.add_argument_group("names")
    for side in ("left", "right"):
        group.add_argument(
            f"--{side}-name",
            type=_name,
            metavar="NAME",
            help=f"what to call the {side} article when it does not say its outlet (else its file name is used)",
        )
    return parent


def build_parser(command: str) -> argparse.ArgumentParser:
    """The parser of one command: the reader (``""``), ``export``, ``inspect`` or ``batch``.

    Only that command's parser is built, so opening the reader never imports the exporters.
    """
    formatter = argparse.RawDescriptionHelpFormatter
    if command == "export":
        from core.export import FORMATS

        export = _Parser(
            prog=f"{PROG} export",
            description="Align two articles and write the comparison.",
            epilog=EXPORT_EXAMPLES,
            formatter_class=formatter,
            parents=[_settings_parent(), _input_parent(), _names_parent()],
        )
        export.add_argument("left", metavar="LEFT", help="the left article (path, - or URL)")
        export.add_argument("right", metavar="RIGHT", help="the right article (path, - or URL)")
        export.add_argument(
            "more", nargs="*", metavar="MORE", help="up to 8 more reports of the event: compared claim by claim"
        )
        export.add_argument("-f", "--format", choices=FORMATS, help="output format")
        export.add_argument("-o", "--output", metavar="PATH", help="write to PATH instead of stdout")
        export.add_argument("--no-clobber", action="store_true", help="fail rather than replace an existing file")
        return export
    if command == "batch":
        return _batch_parser()
    if command == "inspect":
        inspect = _Parser(
            prog=f"{PROG} inspect",
            description="Show how storydiff read one article.",
            epilog=INSPECT_EXAMPLES,
            formatter_class=formatter,
            parents=[_input_parent()],
        )
        inspect.add_argument("source", metavar="FILE", help="the article (path, - or URL)")
        inspect.add_argument("-f", "--format", choices=("text", "json"), default="text", help="output format")
        return inspect
    reader = _Parser(
        prog=PROG,
        usage=f"{PROG} [options] [LEFT RIGHT [MORE ...] | DIR]\n"
        f"       {PROG} {{export,inspect,batch}} ... (see their --help)",
        description="Compare two news reports of the same event, passage by passage, in the terminal.",
        epilog=READER_EXAMPLES,
        formatter_class=formatter,
        parents=[_settings_parent(), _input_parent(), _names_parent()],
    )
    reader.add_argument(
        "sources",
        nargs="*",
        metavar="SOURCE",
        help="two articles (LEFT RIGHT), up to 10 reports of one event, or a folder of pairs or events (DIR)",
    )
    reader.add_argument(
        "--allow-outside",
        action="store_true",
        help="let a pair folder's pairs.toml name files outside the folder (absolute or ../ paths, links out)",
    )
    reader.add_argument("--version", action=_VersionAction, help="show the release and exit")
    return reader


def _batch_parser() -> argparse.ArgumentParser:
    """The parser of ``storydiff batch``."""
    from core.export import FORMATS

    batch = _Parser(
        prog=f"{PROG} batch",
        description="Align every pair (and compare every event) of a corpus, in parallel, resumably.",
        epilog=BATCH_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[_settings_parent(), _input_parent()],
    )
    batch.add_argument("input", type=Path, metavar="INPUT", help="a manifest (.tsv, .csv, .toml) or a folder")
    batch.add_argument("-o", "--output", type=Path, required=True, metavar="OUTDIR", help="the output folder")
    batch.add_argument(
        "-j", "--jobs", type=_jobs, metavar="N", help="worker processes (default: the cores this process may use)"
    )
    batch.add_argument("-f", "--format", choices=FORMATS, default="json", help="export format (json)")
    batch.add_argument("--summary-only", action="store_true", help="write only the summaries, no exports")
    batch.add_argument("--force", action="store_true", help="redo pairs and events an earlier run finished")
    batch.add_argument(
        "--allow-outside",
        action="store_true",
        help="let the manifest name files outside its folder (absolute or ../ paths, links out)",
    )
    return batch


def _jobs(value: str) -> int:
    """An argparse type: a number of worker processes, 1 to 256."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if not 1 <= number <= 256:
        raise argparse.ArgumentTypeError(f"{value} is not between 1 and 256")
    return number


def _number(value: str) -> float:
    """A command-line value as a number, or an argparse error saying it is not one."""
    try:
        return float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None


def _share(value: str) -> float:
    """An argparse type: a number from 0 to 1."""
    number = _number(value)
    if not 0 <= number <= 1:
        raise argparse.ArgumentTypeError(f"{value} is not between 0 and 1")
    return number


def _name(value: str) -> str:
    """An argparse type: a name for an article, on one line, not blank."""
    name = " ".join(value.split())
    if not name:
        raise argparse.ArgumentTypeError("a name cannot be blank")
    return name


def _seconds(value: str) -> float:
    """An argparse type: a positive number of seconds."""
    number = _number(value)
    if not 0 < number <= MAX_TIMEOUT:
        raise argparse.ArgumentTypeError(f"{value} is not a number of seconds above 0 and at most {MAX_TIMEOUT:g}")
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
