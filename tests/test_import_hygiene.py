"""``core`` is pure logic: importing it must never load Textual or the reader.

``lint-imports`` checks the same statically (the contracts in ``pyproject.toml``); this test checks it at run time,
where an import hidden in a function or a string would show.
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import core

ROOT = Path(__file__).resolve().parents[1]


def core_modules() -> list[str]:
    """Every module of ``core``, in its subpackages too."""
    return sorted(info.name for info in pkgutil.walk_packages(core.__path__, prefix="core."))


def test_every_core_module_is_found() -> None:
    """The walk reaches into the stage subpackages (so the test below is not vacuous)."""
    modules = core_modules()
    assert {"core.models", "core.errors", "core.reading.load", "core.align.aligner", "core.export.formats"} <= set(
        modules
    )
    assert len(modules) > 40


def test_core_never_imports_textual() -> None:
    """Importing every ``core`` module, and using every public name, leaves ``textual`` and ``tui`` unloaded."""
    code = (
        "import importlib, sys\n"
        f"for name in {core_modules()!r}:\n"
        "    module = importlib.import_module(name)\n"
        "    for public in getattr(module, '__all__', ()):\n"
        "        getattr(module, public)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'tui', 'bench'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
