"""examples/connectivity.ipynb runs top to bottom in a real Jupyter kernel and shows the probe report as HTML."""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parent.parent / "examples" / "connectivity.ipynb"


def test_connectivity_notebook_executes_and_shows_html(tmp_path):
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=60, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert errors == []
    html_outputs = [
        o["data"]["text/html"]
        for c in nb.cells
        if c.cell_type == "code"
        for o in c.outputs
        if o.output_type == "execute_result" and "text/html" in o.get("data", {})
    ]
    # The healthy report, the greylisted one (its RCPT row highlighted) and the stalled one.
    assert len(html_outputs) == 3
    healthy, greylisted, stalled = html_outputs
    assert "<table" in healthy and "USABLE" in healthy and 'class="fail"' not in healthy
    assert 'class="fail"' in greylisted and "Greylisted" in greylisted
    assert "NOT USABLE: failed at greeting" in stalled
    texts = [
        o["data"]["text/plain"]
        for c in nb.cells
        if c.cell_type == "code"
        for o in c.outputs
        if o.output_type == "execute_result"
    ]
    assert any("'rcpt'" in t and "'rset'" in t for t in texts)
