"""Each ``core`` stage names its public API in its ``__init__``; the reader and the benchmarks use nothing else.

A package lists its names three times (imports under ``TYPE_CHECKING``, the lazy table, ``__all__``): these tests
check that the three agree and that every name loads, and they parse ``tui/`` and ``bench/`` for imports that
reach past a stage's public names into one of its modules.
"""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
STAGES = ("core.text", "core.reading", "core.align", "core.export")
"""The stage subpackages, each with a public API."""
PACKAGES = ("core", *STAGES)
PUBLIC_MODULES = frozenset({*PACKAGES, "core.models", "core.claims", "core.errors"})
"""What ``tui`` and ``bench`` may import from: the packages' public names and the root record and error modules."""
BELOW_THE_API = {
    "bench/link_features.py": frozenset({"core.align.aligner", "core.align.collector", "core.align.link_features"}),
    "bench/fit_links.py": frozenset({"core.align.link_features"}),
    "bench/link_sources.py": frozenset(
        {
            "core.align.aligner",
            "core.align.collector",
            "core.align.link_features",
            "core.align.matching",
        }
    ),
    "bench/byline_loo.py": frozenset({"core.reading.byline_lines", "core.reading.clean", "core.reading.metadata"}),
    "bench/outlet_loo.py": frozenset({"core.reading.clean", "core.reading.outlet"}),
    "bench/outlet_candidates.py": frozenset({"core.reading.clean", "core.reading.outlet"}),
    "bench/headline_loo.py": frozenset({"core.reading.clean", "core.reading.headline"}),
    "bench/headline_rank.py": frozenset(
        {"core.reading.clean_context", "core.reading.headline", "core.reading.metadata"}
    ),
    "bench/clean_loo.py": frozenset(
        {"core.reading.clean", "core.reading.cleaning_rules", "core.reading.clean_context", "core.reading.headline"}
    ),
}
"""The measurements that read a stage's internal steps (the aligner's candidate links and the matcher's steps; the
outlet chooser's inputs and rules; the headline chooser's criteria and the lines it weighs; the cleaner's steps),
which the product keeps private, and the modules each may reach into for them."""


def init_tree(package: str) -> ast.Module:
    return ast.parse((ROOT / package.replace(".", "/") / "__init__.py").read_text(encoding="utf-8"))


def type_checking_names(tree: ast.Module) -> dict[str, str]:
    """Each name imported under ``if TYPE_CHECKING:`` in an ``__init__``, with the module it comes from."""
    names: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            for statement in node.body:
                assert isinstance(statement, ast.ImportFrom)
                assert statement.module
                names.update({alias.name: statement.module for alias in statement.names})
    return names


def lazy_table(tree: ast.Module) -> dict[str, str]:
    """Each name in the ``lazy_names`` table of an ``__init__``, with the module it is loaded from."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "lazy_names":
            table = ast.literal_eval(node.args[1])
            return {name: module for module, names in table.items() for name in names}
    raise AssertionError("no lazy_names table")


@pytest.mark.parametrize("package", PACKAGES)
def test_the_typed_imports_the_lazy_table_and_all_agree(package: str) -> None:
    """``__all__``, the names mypy sees and the names the interpreter loads are one list, from the same modules."""
    tree = init_tree(package)
    module = importlib.import_module(package)
    assert type_checking_names(tree) == lazy_table(tree)
    assert sorted(module.__all__) == sorted(lazy_table(tree))


@pytest.mark.parametrize("package", PACKAGES)
def test_every_public_name_is_the_object_its_module_holds(package: str) -> None:
    """A public name loads on first use and is the very object of the module that defines it."""
    module = importlib.import_module(package)
    for name, home in lazy_table(init_tree(package)).items():
        assert getattr(module, name) is getattr(importlib.import_module(home), name), f"{package}.{name}"
    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        _ = module.nothing_here


def test_importing_the_stages_loads_none_of_their_modules() -> None:
    """``import core.reading`` (or any stage) runs only its ``__init__``: the modules load when a name is used."""
    loaded = "print(','.join(sorted(m for m in sys.modules if m.startswith('core.'))))"
    code = f"import sys\nimport {', '.join(STAGES)}\n{loaded}"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip().split(",") == sorted(["core.lazy", *STAGES])


def core_imports(path: Path) -> list[tuple[int, str, tuple[str, ...]]]:
    """Every import of ``core`` in a source file: line, module, and the names taken from it (none for ``import``)."""
    found: list[tuple[int, str, tuple[str, ...]]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "core":
            found.append((node.lineno, node.module, tuple(alias.name for alias in node.names)))
        elif isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name, ()) for alias in node.names if alias.name.split(".")[0] == "core")
    return found


def reaches_past_the_api(module: str, names: tuple[str, ...]) -> bool:
    """Whether an import names a module below a stage, or takes from a stage a name that is not public."""
    if module not in PUBLIC_MODULES:
        return True
    public = set(getattr(importlib.import_module(module), "__all__", ()))
    return module in PACKAGES and any(name not in public for name in names)


@pytest.mark.parametrize("folder", ["tui", "bench"])
def test_the_reader_and_the_benchmarks_import_only_public_names(folder: str) -> None:
    """``from core.reading import load_article``, never ``from core.reading.load import …`` nor a stage's module."""
    offending = [
        f"{path.relative_to(ROOT)}:{line}: {module} {', '.join(names)}".rstrip()
        for path in sorted((ROOT / folder).rglob("*.py"))
        for line, module, names in core_imports(path)
        if reaches_past_the_api(module, names)
        and module not in BELOW_THE_API.get(path.relative_to(ROOT).as_posix(), frozenset())
    ]
    assert offending == []


def test_the_check_sees_an_import_below_a_stage(tmp_path: Path) -> None:
    """The parser above flags a submodule import and a module taken from a stage, and passes public names."""
    source = tmp_path / "sample.py"
    source.write_text(
        "from core.reading.load import load_article\n"
        "from core.align import paraphrase_model\n"
        "import core.export.formats\n"
        "from core.reading import load_article\n"
        "from core.models import Article\n",
        encoding="utf-8",
    )
    flagged = [line for line, module, names in core_imports(source) if reaches_past_the_api(module, names)]
    assert flagged == [1, 2, 3]
