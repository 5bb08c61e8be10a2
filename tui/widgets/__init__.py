"""storydiff's widgets: article panes, the pair view, the overview strip, the detail strip and
the status line."""

from __future__ import annotations
