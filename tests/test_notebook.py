"""notebooks/explore.ipynb runs top to bottom, and its committed outputs are the real ones."""

from __future__ import annotations

import nbformat
import pytest
from nbclient import NotebookClient

from tests.conftest import ROOT, SEEDS

NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"


def _outputs(notebook) -> list[dict]:
    return [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]


def _text(notebook) -> str:
    return "\n".join(o.get("data", {}).get("text/plain", "") for o in _outputs(notebook))


def test_the_committed_notebook_shows_pictures_and_tables():
    committed = nbformat.read(NOTEBOOK, as_version=4)
    kinds = {kind for o in _outputs(committed) for kind in o.get("data", {})}
    assert {"image/png", "text/html"} <= kinds
    assert not any(o.output_type == "error" for o in _outputs(committed))
    text = _text(committed)
    assert "amazon" in text and "up_to" in text and "002_6b64170c99e716e7.txt" in text


@pytest.mark.slow
def test_the_notebook_runs_top_to_bottom(tmp_path, monkeypatch):
    monkeypatch.setenv("DEALGRAPH_SEEDS", str(SEEDS))
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(notebook, timeout=180, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
                   ).execute()
    fresh = [o for o in _outputs(notebook)]
    assert any("image/png" in o.get("data", {}) for o in fresh)
    assert sum("text/html" in o.get("data", {}) for o in fresh) >= 4
    # the committed outputs are what the notebook really prints
    committed = nbformat.read(NOTEBOOK, as_version=4)
    for marker in ("provides_capacity", "commits_spend", "more_than", "003_4b1a5d250a6bb61c.txt"):
        assert (marker in _text(committed)) == (marker in _text(notebook))
    assert (tmp_path / "network.html").exists()
