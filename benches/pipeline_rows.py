"""The bulk pipelining rows of benches/bench.py (issue 11): the RFC 2920 raw-client ceiling, a minimal C client doing
two round trips per message over 8 connections (benches/rfc2920_client.c, compiled here with gcc), next to
``Sender.send_many`` with concurrency 8, which pipelines across transactions (one round trip per message). The
names must match bench.py's rows."""

from __future__ import annotations

import atexit
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any, Callable

_SOURCE = Path(__file__).with_name("rfc2920_client.c")
CEILING = "RFC 2920 raw C client, 8 connections, 2 round trips/msg (ceiling)"
BULK = "Sender.send_many concurrency=8 (bytes)"
ANCHOR = "smtp-source -d -s 8 (C, 8 reused connections)"


def _build(message: bytes) -> tuple[str, str]:
    """The compiled client and the message file it sends (content as sent: no line starts with ".")."""
    gcc = shutil.which("gcc") or shutil.which("cc")
    if gcc is None:
        raise SystemExit("gcc not found: needed for the RFC 2920 raw-client row")
    if any(line.startswith(b".") for line in message.split(b"\r\n")):
        raise ValueError("the bench message must not need dot-stuffing")
    work = tempfile.mkdtemp(prefix="rfc2920-")
    atexit.register(shutil.rmtree, work, True)
    exe, data = f"{work}/client", f"{work}/message"
    subprocess.run([gcc, "-O2", "-o", exe, str(_SOURCE)], check=True)
    Path(data).write_bytes(message)
    return exe, data


def cases(message: bytes) -> list[tuple[str, Callable[[Any, int], int]]]:
    """The rows to run (name, client); each client takes the sink and a message count and returns the count."""
    exe, data = _build(message)

    def raw_client(sink: Any, n: int) -> int:
        subprocess.run([exe, "127.0.0.1", str(sink.port), "8", str(n), data], check=True)
        return n

    return [(CEILING, raw_client)]


def report(ratio: Callable[[str, str], float], spread: Callable[[str, str], str]) -> None:
    """Prints the ceiling next to send_many (bench.py's TARGETS has the 1.6x target itself), as ratios within each
    round."""
    print(
        f"(the RFC 2920 raw-client ceiling, two round trips per message, is {ratio(CEILING, ANCHOR):.2f}x "
        f"smtp-source -d -s 8 {spread(CEILING, ANCHOR)}; send_many c=8 is {ratio(BULK, CEILING):.2f}x that ceiling "
        f"{spread(BULK, CEILING)})"
    )
