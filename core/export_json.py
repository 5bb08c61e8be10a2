"""The JSON export: the canonical, versioned alignment record of :mod:`core.serialize`, pretty-printed."""

from __future__ import annotations

import json

from core.models import Alignment
from core.serialize import alignment_to_dict


def render_json(alignment: Alignment) -> str:
    """Render ``alignment`` as its JSON record: UTF-8 text, two-space indents, keys in a fixed order."""
    return json.dumps(alignment_to_dict(alignment), ensure_ascii=False, indent=2, allow_nan=False) + "\n"
