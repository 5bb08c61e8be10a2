"""PaneHeader: the outlet, date, authors and headline above an article pane."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from core.models import Article
from tui.render import neutralize


class PaneHeader(Static):
    """A short header naming one article; its text is always literal, never markup."""

    def show(self, article: Article, name: str) -> None:
        """Display ``article``'s metadata, calling it ``name``."""
        self.update(header_text(article, name))


def header_text(article: Article, name: str) -> Text:
    """The two header lines: the article's name, date and authors, then the headline (each cut to one line).

    Both panes' headers have the same height, so the panes below them start on the same row. An outlet (or a
    name given on the command line) is bold; a file name, which says nothing of the outlet, is shown as a file.

    Args:
        article: The article to describe.
        name: What the reader calls it (:func:`tui.render.side_names`).

    Returns:
        A Text with no markup parsed from the article.
    """
    text = Text(end="")
    if article.outlet:
        text.append(neutralize(name), style="bold")
    else:
        text.append("file ", style="italic")
        text.append(neutralize(name))
    if article.date:
        text.append(" · " + neutralize(article.date))
    if article.authors:
        text.append(" · by " + neutralize(", ".join(article.authors)), style="italic")
    text.append("\n")
    text.append(neutralize(article.title or "(no headline)"), style="bold")
    return text
