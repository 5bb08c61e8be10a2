"""ReaderSearch: the reader's search of both articles: the search bar, its matches, and the keys between them."""

from __future__ import annotations

from textual import on
from textual.widgets import Input

from tui.screens.reader_state import ReaderState
from tui.widgets.search_bar import SearchBar


class ReaderSearch(ReaderState):
    """The reader's state, searchable: ``/`` opens the bar, Enter finds, ``n``/``N`` step through the matches."""

    def action_search(self) -> None:
        """Open the search bar."""
        if self.alignment is None:
            return
        self.query_one(SearchBar).open()

    def action_next_match(self) -> None:
        """Go to the next search match."""
        self._step_match(+1)

    def action_previous_match(self) -> None:
        """Go to the previous search match."""
        self._step_match(-1)

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        self.query_one(SearchBar).close()
        self._main_view().focus()
        self._run_search(event.value, jump=True)

    @on(SearchBar.Closed)
    def _search_closed(self) -> None:
        self._main_view().focus()

    def _run_search(self, query: str, *, jump: bool) -> None:
        if self.alignment is None:
            return
        self.search.run(self.alignment, query, include_clutter=self.show_clutter)
        self._paint_matches()
        if jump and self.search.matches:
            self._show_match(self.search.first_from(self.current))
        elif jump:
            self.notify(self.search.summary().capitalize(), severity="warning", timeout=3, markup=False)
        self._update_status()

    def _step_match(self, delta: int) -> None:
        index = self.search.step(delta)
        if index is None:
            if self.search.query:
                self.notify(self.search.summary().capitalize(), severity="warning", timeout=3, markup=False)
            return
        self._show_match(index)

    def _show_match(self, index: int) -> None:
        self.search.index = index
        match = self.search.matches[index]
        self._paint_matches()
        if match.item is not None and match.item != self.current:
            self.current = match.item
        self._body().reveal_match(self.search)
        self._update_status()

    def _paint_matches(self) -> None:
        self._body().show_matches(self.search)
