"""put_many alone: wall and process CPU per message, for bytes items or EmailMessage objects (not part of the suite).

    python benches/put_profile.py bytes|email [N] [--rounds R] [--pg]

Each round queues N messages into a new SQLite outbox in one put_many (the items are built before the clock starts);
with ``--pg``, into a new database of a private PostgreSQL cluster (the process's CPU is then the client's alone).
A/B: run it with ``PYTHONPATH`` pointing at another tree's ``python/`` (with its built ``_core``) in between.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "tests")]

import resilient_smtp
from bench import RECIPIENT, SENDER, email_messages, message
from peers import Postgres


def items(kind: str, n: int) -> list:
    if kind == "bytes":
        return [(message(i), SENDER, [RECIPIENT]) for i in range(n)]
    return list(email_messages(n))


def one_round(kind: str, n: int, target: str) -> tuple[float, float]:
    batch = items(kind, n)
    box = resilient_smtp.Outbox(target, "127.0.0.1", 25, tls="off")
    r0, t0 = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
    ids = box.put_many(batch)
    r1, t1 = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
    assert len(ids) == n
    box.close()
    cpu = r1.ru_utime + r1.ru_stime - r0.ru_utime - r0.ru_stime
    return t1 - t0, cpu / n * 1e6


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("kind", choices=["bytes", "email"])
    ap.add_argument("n", type=int, nargs="?", default=20000)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--pg", action="store_true", help="put into PostgreSQL instead of SQLite")
    args = ap.parse_args()
    if args.pg:
        with Postgres() as pg:
            runs = [one_round(args.kind, args.n, pg.database(f"put{r}")) for r in range(args.rounds)]
    else:
        runs = [
            one_round(args.kind, args.n, os.path.join(tempfile.mkdtemp(prefix="put-profile-"), "q.db"))
            for _ in range(args.rounds)
        ]
    walls = " ".join(f"{w:.3f}" for w, _ in runs)
    cpus = " ".join(f"{c:.1f}" for _, c in runs)
    print(f"{args.kind} put_many of {args.n}: wall s {walls}; CPU us/msg {cpus} ({resilient_smtp.__file__})")


if __name__ == "__main__":
    main()
