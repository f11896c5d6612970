"""The examples run as a user would run them, against a real local server."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from peers import SmtpSink

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def run(script: str, *args: str) -> str:
    return subprocess.run(
        [sys.executable, str(EXAMPLES / script), *args], check=True, capture_output=True, text=True, timeout=120
    ).stdout


def test_quickstart_delivers() -> None:
    with SmtpSink() as sink:
        out = run("quickstart.py", sink.address)
        assert sink.received() == 1
    assert out.startswith("delivered <") and "data_done" in out


def test_bulk_example_delivers_everything_it_says() -> None:
    with SmtpSink() as sink:
        out = run("bulk.py", sink.address)
        assert sink.received() == 200 + 1000 + 50
    assert "send_many: 200 delivered, 0 failed" in out and "imap: 1000 delivered" in out
    assert "send_async: 50 delivered" in out
