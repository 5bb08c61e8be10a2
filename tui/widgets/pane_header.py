"""PaneHeader: the outlet, date, authors and headline above an article pane."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from core.models import Article
from tui.render import neutralize


class PaneHeader(Static):
    """A short header naming one article; its text is always literal, never markup."""

    def show(self, article: Article) -> None:
        """Display ``article``'s metadata."""
        self.update(header_text(article))


def header_text(article: Article) -> Text:
    """The two header lines: outlet, date and authors, then the headline (each cut to one line).

    Both panes' headers have the same height, so the panes below them start on the same row.

    Args:
        article: The article to describe.

    Returns:
        A Text with no markup parsed from the article.
    """
    text = Text(end="")
    name = article.outlet or article.path.replace("\\", "/").rsplit("/", 1)[-1] or "article"
    text.append(neutralize(name), style="bold")
    if article.date:
        text.append(" · " + neutralize(article.date))
    if article.authors:
        text.append(" · by " + neutralize(", ".join(article.authors)), style="italic")
    text.append("\n")
    text.append(neutralize(article.title or "(no headline)"), style="bold")
    return text
