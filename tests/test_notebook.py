"""The analyst's notebook runs top to bottom, headless, on the ipykernel of this environment: on
the seed articles (its default input), and on a saved check of 1,000 articles given as a parameter
(as papermill gives one: a cell after the one tagged `parameters`)."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from checker.result import Result
from checker.types import Article, CheckRun, Claim, Conflict, Figure

nbclient = pytest.importorskip("nbclient")
nbformat = pytest.importorskip("nbformat")

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "browse_conflicts.ipynb"
KERNEL = "checker-test"


@pytest.fixture
def kernel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A kernel spec for this interpreter in a private Jupyter path (no user-wide kernel needed)."""
    spec = tmp_path / "jupyter" / "kernels" / KERNEL
    spec.mkdir(parents=True)
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    kernel_json = {"argv": argv, "display_name": "checker (test)", "language": "python"}
    (spec / "kernel.json").write_text(json.dumps(kernel_json), encoding="utf-8")
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "ipython"))
    monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path / "matplotlib"))
    return KERNEL


def _outputs(nb: nbformat.NotebookNode, kind: str) -> list[str]:
    texts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            texts.append(str(out.get("text", "")) + str(data.get(kind, "")))
    return texts


def _execute(kernel: str, **parameters: object) -> nbformat.NotebookNode:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    at = next(i for i, cell in enumerate(nb.cells) if "parameters" in cell.metadata.get("tags", []))
    if parameters:
        lines = "\n".join(f"{name} = {value!r}" for name, value in parameters.items())
        nb.cells.insert(at + 1, nbformat.v4.new_code_cell(lines, metadata={"tags": ["injected-parameters"]}))
    client = nbclient.NotebookClient(
        nb, kernel_name=kernel, timeout=300, resources={"metadata": {"path": str(NOTEBOOK.parent)}}
    )
    client.execute()
    errors = [out for cell in nb.cells for out in cell.get("outputs", []) if out.output_type == "error"]
    assert errors == []
    return nb


def _images(nb: nbformat.NotebookNode) -> int:
    return sum(bool(out.get("data", {}).get("image/png")) for c in nb.cells for out in c.get("outputs", []))


def test_the_input_is_a_parameter_cell():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    (cell,) = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert {"INPUT", "STORE", "SAVED", "PAGE_SIZE"} <= set(re.findall(r"^([A-Z_]+) =", cell.source, re.M))


@pytest.mark.slow
def test_notebook_runs_top_to_bottom(kernel: str) -> None:
    nb = _execute(kernel)
    html = "\n".join(_outputs(nb, "text/html"))
    assert re.search(r"[FQS]-[0-9a-f]{10}", html) and "background-color: #" in html  # the styled findings
    text = "\n".join(_outputs(nb, "text/plain"))
    if ">wording<" in html:  # the quotation's word diff, when the check found one
        assert "<del>" in html or "<ins>" in html
    else:
        assert "no quotation in two wordings" in text
    assert "TqdmWarning" not in text
    assert "severity='High'; expected one of high, medium, low" in text
    assert _images(nb) >= 2
    assert "n_articles" in html or "no statement is retold" in text  # the corroboration table, or why not


def thousand_articles() -> CheckRun:
    """1,000 articles of 40 outlets over two months, five figures each, a finding per two articles."""
    articles, claims, conflicts = [], [], []
    for i in range(1000):
        aid = f"art-{i:04d}"
        text = " ".join(f"Laut Quelle {j} sind {100 * (i % 13 + j + 1)} Soldaten in Kursk." for j in range(5))
        day = f"2024-{10 + i % 2}-{i % 28 + 1:02d}"
        articles.append(Article(aid, text, source=f"Outlet {i % 40}", published=day, lang="de"))
        for j in range(5):
            surface = str(100 * (i % 13 + j + 1))
            start = text.index(f"sind {surface}") + 5
            value = float(surface)
            key = f"troops/{j % 3}"
            figure = Figure(value, value, value, None, "Soldaten", None, "reported", "Kursk", day,
                            f"Quelle {j}", surface, start, start + len(surface), subject_key=key)  # fmt: skip
            claims.append(Claim(f"{aid}#{j}", aid, "figure", text, 0, len(text), figure=figure))
    for i in range(0, 999, 2):
        ids = (f"art-{i:04d}#0", f"art-{i + 1:04d}#0")
        severity = ("high", "medium", "low")[i % 3]
        articles_ids = (f"art-{i:04d}", f"art-{i + 1:04d}")
        conflicts.append(
            Conflict(f"F{i:04d}", "figure", "conflict", severity, ids, articles_ids, "figures differ")
        )
    return CheckRun(tuple(articles), tuple(claims), (), tuple(conflicts), (), model="test")


@pytest.mark.slow
def test_notebook_reads_well_at_a_thousand_articles(kernel: str, tmp_path: Path) -> None:
    Result(thousand_articles()).save(tmp_path / "big")
    nb = _execute(kernel, SAVED=str(tmp_path / "big"))
    html = "\n".join(_outputs(nb, "text/html"))
    assert "findings 1–15 of 500 (page 1 of 34" in html  # a page, not 500 rows
    assert html.count("<tr") < 200
    text = "\n".join(_outputs(nb, "text/plain"))
    assert "no statement is retold by another article" in text  # an empty view says why
    assert "no quotation in two wordings" in text
    assert _images(nb) >= 3
