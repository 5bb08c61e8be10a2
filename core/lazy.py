"""Package exports loaded on first use (PEP 562), so importing a package costs only what its caller touches.

A package's ``__init__`` lists its public names twice: as imports under ``TYPE_CHECKING`` (for mypy and readers)
and as a table for :func:`lazy_names` (for the interpreter). ``tests/test_public_api.py`` checks that the two agree
with ``__all__``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any


def lazy_names(namespace: dict[str, Any], modules: Mapping[str, tuple[str, ...]]) -> Callable[[str], Any]:
    """A module-level ``__getattr__`` for the package whose ``globals()`` is ``namespace``.

    ``modules`` maps each module to the public names it holds. A listed name is imported from its module on first
    use and kept in the package's namespace, so later look-ups are plain attribute reads; any other name raises
    ``AttributeError`` as for an ordinary module.
    """
    package = namespace["__name__"]
    where = {name: module for module, names in modules.items() for name in names}

    def __getattr__(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(module), name)
        namespace[name] = value
        return value

    return __getattr__
