"""ExportScreen: choose a format and a path; the reader then writes the file through ``core.export.formats``."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet

from core.errors import StorydiffError
from core.export import DEFAULT_SUFFIX, FORMATS, ExportFormat, export_path, format_for_path, write_export
from core.models import Alignment
from tui.render import neutralize
from tui.screens.confirm import ConfirmScreen

FORMAT_LABELS: dict[ExportFormat, str] = {
    "text": "Plain text",
    "markdown": "Markdown",
    "json": "JSON",
    "html": "HTML",
}
"""How each export format is named in the dialog."""


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """What the reader asked to export."""

    path: Path
    """The file to write."""
    fmt: ExportFormat
    """The format to write it in."""


def _slug(text: str) -> str:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return "-".join(words[:4]) or "article"


def default_export_path(alignment: Alignment, fmt: ExportFormat = "markdown") -> Path:
    """A file name in the working directory naming both outlets, e.g. ``storydiff-the-guardian-vs-….md``."""
    names = []
    for article in (alignment.left, alignment.right):
        names.append(_slug(article.outlet or Path(article.path).stem))
    return Path(f"storydiff-{names[0]}-vs-{names[1]}{DEFAULT_SUFFIX[fmt]}")


class ExportScreen(ModalScreen[ExportRequest | None]):
    """A dialog returning an :class:`ExportRequest`, or ``None`` when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel", id="export_cancel")]
    """Escape cancels."""

    def __init__(self, path: Path, fmt: ExportFormat | None = None) -> None:
        super().__init__()
        self.initial_path = path
        """The proposed path."""
        self.initial_format = fmt or format_for_path(path)
        """The format chosen at first."""

    def compose(self) -> ComposeResult:
        """Format choices, a path field, and buttons."""
        chosen = self.initial_format
        with Vertical(id="export-dialog", classes="dialog"):
            yield Label("Export the comparison", classes="dialog-title")
            with RadioSet(id="export-format"):
                for fmt in FORMATS:
                    yield RadioButton(FORMAT_LABELS[fmt], value=fmt == chosen, id=f"format-{fmt}")
            yield Label("File:")
            yield Input(str(self.initial_path), id="export-path")
            with Horizontal(classes="buttons"):
                yield Button("Export", id="export", variant="primary")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        """Start in the path field."""
        self.query_one("#export-path", Input).focus()

    def _format(self) -> ExportFormat:
        pressed = self.query_one(RadioSet).pressed_button
        if pressed is None or pressed.id is None:
            return format_for_path(Path(self.query_one("#export-path", Input).value))
        name = pressed.id.removeprefix("format-")
        return next(fmt for fmt in FORMATS if fmt == name)

    @on(RadioSet.Changed)
    def _format_changed(self, event: RadioSet.Changed) -> None:
        field = self.query_one("#export-path", Input)
        path = Path(field.value.strip() or str(self.initial_path))
        field.value = str(path.with_suffix(DEFAULT_SUFFIX[self._format()]))

    @on(Input.Submitted, "#export-path")
    @on(Button.Pressed, "#export")
    def _submit(self) -> None:
        value = self.query_one("#export-path", Input).value.strip()
        if not value:
            self.notify("Give a file name to export to.", severity="warning")
            return
        try:
            path = export_path(value)
        except StorydiffError as error:  # a folder (``newdir/``): say so, and let the reader fix the name
            self.notify(neutralize(str(error)), severity="warning", markup=False)
            return
        self.dismiss(ExportRequest(path.expanduser(), self._format()))

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        """Close without exporting."""
        self.dismiss(None)


def start_export(screen: Screen[Any], alignment: Alignment) -> None:
    """The export flow for a pair's alignment, written by :func:`core.export.formats.write_export` (see
    :func:`export_flow`)."""
    export_flow(
        screen,
        lambda path, fmt: write_export(alignment, path, fmt, overwrite=True),
        default_export_path(alignment),
    )


def export_flow(screen: Screen[Any], write_to: Callable[[Path, ExportFormat], Path], default: Path) -> None:
    """The whole export flow: ask for format and path, confirm an overwrite (no goes back to the dialog), write, and
    say where.

    Args:
        screen: The screen the dialogs are opened from.
        write_to: Writes the export to a path in a format and returns the path written; a failure is a
            :class:`~core.errors.StorydiffError`, shown as an error notification.
        default: The path the dialog offers first.
    """
    app = screen.app

    def write(request: ExportRequest) -> None:
        try:
            written = write_to(request.path, request.fmt)
        except StorydiffError as error:
            app.notify(neutralize(str(error)), title="Export failed", severity="error", timeout=10, markup=False)
            return
        where = neutralize(str(written.resolve()))
        app.notify(f"Wrote {FORMAT_LABELS[request.fmt]} to {where}", title="Exported", timeout=6, markup=False)

    def chosen(request: ExportRequest | None) -> None:
        if request is None:
            return
        if not request.path.exists():
            write(request)
            return

        def confirmed(yes: bool | None) -> None:
            if yes:
                write(request)
            else:  # back to the dialog, to choose another name
                app.push_screen(ExportScreen(request.path, request.fmt), chosen)

        question = f"{neutralize(str(request.path))} exists. Overwrite it?"
        app.push_screen(ConfirmScreen(question), confirmed)

    app.push_screen(ExportScreen(default), chosen)
