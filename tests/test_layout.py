"""The package's layout rules, checked on its source: language knowledge lives in checker/lang/.

- no set, tuple or list of words is written inside a function body outside ``checker/lang/``,
  and no word list (three or more words) at a module's top either, but for code vocabulary:
  names the code itself defines (field names, kinds, severities), kept in top-level constants
  whose name says so (``FIELDS``, ``ARTICLE_FIELDS``, ``KINDS``, ...; see ``CODE_VOCABULARY``)
  and in ``Literal[...]`` types;
- no branch on a language code (``lang == "en"``) outside ``checker/lang/``;
- no module longer than ``MAX_LINES``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "checker"
LANG = PACKAGE / "lang"
MAX_LINES = 600
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# Top-level constants of names that are part of the contract or the code, not of a language.
CODE_VOCABULARY = re.compile(
    r"(?:^|_)(?:FIELDS|COLUMNS|KINDS|LABELS|SEVERITIES|STAGES|FORMATS|STYLES|PRECISIONS|KEYS|ORDER)$"
)


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if LANG not in p.parents)


def _ids(paths: list[Path]) -> list[str]:
    return [str(p.relative_to(PACKAGE.parent)) for p in paths]


def _walk(node: ast.AST):
    """Every node below ``node``, but not inside ``Literal[...]`` (a type names code values)."""
    yield node
    if (
        isinstance(node, ast.Subscript)
        and getattr(node.value, "id", getattr(node.value, "attr", "")) == "Literal"
    ):
        return
    for child in ast.iter_child_nodes(node):
        yield from _walk(child)


def _words_in(node: ast.AST) -> list[str] | None:
    """The words of a literal word container (``{"a", "b"}``, ``("a", "b")``, ``"a b".split()``)."""
    if isinstance(node, (ast.Set, ast.Tuple, ast.List)):
        items = node.elts
        if len(items) >= 2 and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in items):
            values = [e.value for e in items if isinstance(e, ast.Constant)]
            if all(_WORD.fullmatch(v) for v in values):
                return values
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "split"
        and isinstance(node.func.value, ast.Constant)
        and isinstance(node.func.value.value, str)
    ):
        values = node.func.value.value.split()
        if len(values) >= 2 and all(_WORD.fullmatch(v) for v in values):
            return values
    return None


def _word_lists_in_functions(tree: ast.AST) -> list[str]:
    found = []
    for func in ast.walk(tree):
        if isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            for node in _walk(func):
                words = _words_in(node)
                if words:
                    found.append(f"line {node.lineno}: {words[:4]}")
    return sorted(set(found))


def _word_lists_at_top(tree: ast.Module) -> list[str]:
    found = []
    for stmt in tree.body:
        if not isinstance(stmt, (ast.Assign, ast.AnnAssign)):
            continue
        targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
        names = {t.id for t in targets if isinstance(t, ast.Name)}
        if any(CODE_VOCABULARY.search(name) for name in names) or stmt.value is None:
            continue
        for node in _walk(stmt.value):
            words = _words_in(node)
            if words and len(words) >= 3:
                found.append(f"line {node.lineno} ({', '.join(sorted(names))}): {words[:4]}")
    return found


def _name(node: ast.AST) -> str:
    return node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else ""


def _is_lang(node: ast.AST) -> bool:
    name = _name(node)
    return name == "lang" or name.endswith("_lang")


def _is_code(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    return isinstance(node, (ast.Tuple, ast.Set, ast.List)) and all(_is_code(e) for e in node.elts)


def _language_branches(tree: ast.AST) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            if any(_is_lang(s) for s in sides) and any(_is_code(s) for s in sides):
                found.append(f"line {node.lineno}")
    return found


@pytest.mark.parametrize("path", _modules(), ids=_ids(_modules()))
def test_no_word_list_outside_the_language_layer(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = _word_lists_in_functions(tree) + _word_lists_at_top(tree)
    assert not found, f"word lists belong in checker/lang/: {found}"


@pytest.mark.parametrize("path", _modules(), ids=_ids(_modules()))
def test_no_branch_on_a_language_code(path: Path) -> None:
    found = _language_branches(ast.parse(path.read_text(encoding="utf-8")))
    assert not found, f"a language's rules belong in its lexicon (checker/lang/<code>/): {found}"


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=_ids(sorted(PACKAGE.rglob("*.py"))))
def test_module_is_short(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{lines} lines; split it by job"


def test_the_checks_catch_what_they_look_for() -> None:
    source = (
        "X = frozenset('und oder aber'.split())\n"
        "ARTICLE_FIELDS = ('id', 'text', 'title')\n"
        "Kind = Literal['figure', 'quote', 'statement']\n"
        "def f(w, lang):\n"
        "    if lang == 'en':\n"
        "        return w in {'sagte', 'meinte'}\n"
    )
    tree = ast.parse(source)
    assert _word_lists_in_functions(tree) == ["line 6: ['sagte', 'meinte']"]
    assert _word_lists_at_top(tree) == ["line 1 (X): ['und', 'oder', 'aber']"]
    assert _language_branches(tree) == ["line 5"]
