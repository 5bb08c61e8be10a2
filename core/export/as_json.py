"""The JSON export: the canonical, versioned alignment record of :mod:`core.export.record`, pretty-printed."""

from __future__ import annotations

import json
import re

from core.export.record import alignment_to_dict
from core.models import Alignment

_INVISIBLE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
"""Characters ``json.dumps`` leaves raw that a terminal or editor would act on: DEL, C1 controls (``\\x9b`` is a
control sequence introducer), bidi controls, and the line and paragraph separators; and lone surrogates (a file name
that is not valid UTF-8 carries its odd bytes as those), which UTF-8 cannot hold but a JSON escape can."""


def _escape(match: re.Match[str]) -> str:
    """The ``\\uXXXX`` escape of one matched character."""
    return f"\\u{ord(match.group()):04x}"


def render_json(alignment: Alignment) -> str:
    """Render ``alignment`` as its JSON record: UTF-8 text, two-space indents, keys in a fixed order.

    Article text is kept exactly; the characters a terminal would act on are written as ``\\uXXXX`` escapes
    (they can only occur inside strings), so ``cat`` or ``less`` on the file is as safe as the text export.
    """
    return dumps(alignment_to_dict(alignment))


def dumps(data: object) -> str:
    """``data`` as storydiff writes JSON: UTF-8, two-space indents, terminal-active characters escaped.

    Used for the alignment record and for ``storydiff inspect --format json``, so both are equally safe.
    """
    text = json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False)
    return _INVISIBLE.sub(_escape, text) + "\n"
