"""The analyst's notebook runs top to bottom, headless, on the ipykernel of this environment."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

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


@pytest.mark.slow
def test_notebook_runs_top_to_bottom(kernel: str) -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        nb, kernel_name=kernel, timeout=300, resources={"metadata": {"path": str(NOTEBOOK.parent)}}
    )
    client.execute()
    errors = [out for cell in nb.cells for out in cell.get("outputs", []) if out.output_type == "error"]
    assert errors == []
    html = "\n".join(_outputs(nb, "text/html"))
    assert "F001" in html and "background-color: #" in html  # the styled findings
    text = "\n".join(_outputs(nb, "text/plain"))
    if ">wording<" in html:  # the quotation's word diff, when the check found one
        assert "<del>" in html or "<ins>" in html
    else:
        assert "no quotation in two wordings" in text
    assert "TqdmWarning" not in text
    assert any(out.get("data", {}).get("image/png") for c in nb.cells for out in c.get("outputs", []))
    assert "n_articles" in html  # the corroboration table
