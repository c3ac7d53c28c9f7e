"""Print every module's import floor: 0 imports no checker module, n is 1 + the highest floor of
the checker modules it imports. The number of floors shows how deep the layering is; a cycle is
reported (it has no floor).

Imports are read from the source (ast), at module level and inside functions, but not under
``if TYPE_CHECKING:``. A module counts the modules it names (``from ..lang.shared import WORD``
names checker.lang.shared), not the parent packages that Python imports on the way.

    .venv/bin/python benchmarks/import_floors.py            # this checkout's checker/
    .venv/bin/python benchmarks/import_floors.py /tmp/old/checker
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "checker"


def module_names(package: Path) -> dict[str, Path]:
    """Dotted name -> file, for every module of the package (a package is its __init__.py)."""
    names = {}
    for path in sorted(package.rglob("*.py")):
        parts = path.relative_to(package.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names[".".join(parts)] = path
    return names


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """The package's modules that the module ``name`` imports."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    is_package = path.name == "__init__.py"
    found: set[str] = set()
    for node in _runtime_nodes(tree):
        if isinstance(node, ast.Import):
            found |= {_known_prefix(alias.name, known) for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(name, is_package, node.module, node.level)
            for alias in node.names:
                child = f"{base}.{alias.name}"
                found.add(child if child in known else _known_prefix(base, known))
    found.discard("")
    found.discard(name)
    return found


def _runtime_nodes(tree: ast.AST):
    """Every node except those under ``if TYPE_CHECKING:``."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            yield from (n for child in node.orelse for n in (child, *_runtime_nodes(child)))
            continue
        yield node
        yield from _runtime_nodes(node)


def _absolute(name: str, is_package: bool, module: str | None, level: int) -> str:
    if level == 0:
        return module or ""
    parts = name.split(".")
    package = parts if is_package else parts[:-1]
    base = package[: len(package) - (level - 1)]
    return ".".join([*base, module] if module else base)


def _known_prefix(dotted: str, known: set[str]) -> str:
    """The longest prefix of ``dotted`` that is a module of the package ('' if none)."""
    parts = dotted.split(".")
    for end in range(len(parts), 0, -1):
        candidate = ".".join(parts[:end])
        if candidate in known:
            return candidate
    return ""


def floors(graph: dict[str, set[str]]) -> tuple[dict[str, int], list[str]]:
    """Each module's floor, and the modules on an import cycle (which have none)."""
    floor: dict[str, int] = {}
    on_cycle: list[str] = []

    def visit(name: str, path: tuple[str, ...]) -> int:
        if name in floor:
            return floor[name]
        if name in path:
            on_cycle.append(" -> ".join((*path[path.index(name) :], name)))
            return 0
        below = [visit(dep, (*path, name)) for dep in sorted(graph[name])]
        floor[name] = 1 + max(below) if below else 0
        return floor[name]

    for name in sorted(graph):
        visit(name, ())
    return floor, on_cycle


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("package", nargs="?", type=Path, default=ROOT, help="the checker/ folder to read")
    args = parser.parse_args(argv)
    modules = module_names(args.package.resolve())
    graph = {name: imports_of(name, path, set(modules)) for name, path in modules.items()}
    floor, cycles = floors(graph)
    width = max(map(len, modules))
    for name in sorted(modules, key=lambda n: (floor[n], n)):
        lines = len(modules[name].read_text(encoding="utf-8").splitlines())
        below = ", ".join(sorted(d.removeprefix("checker.") for d in graph[name]))
        print(f"{floor[name]:>2}  {name:<{width}}  {lines:>5}  {below}")
    print(f"{max(floor.values()) + 1} floors, {len(modules)} modules")
    for cycle in cycles:
        print(f"cycle: {cycle}")
    return 1 if cycles else 0


if __name__ == "__main__":
    sys.exit(main())
