"""The app the snapshot tests photograph: the reader on the seed pair, built by the same factory as the CLI.

``textual run tests/snapshot_app.py`` also opens it by hand.
"""

from __future__ import annotations

from tui.screenshots import seed_app

app = seed_app()
