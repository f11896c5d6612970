"""The outbox against a server that takes its time: aiosmtpd on loopback answering each RCPT after ``--delay``
seconds (a server's recipient checks, or a distant one's round trip), where the database's work should hide behind
the server's. put_many + work of N messages on SQLite and on PostgreSQL (one worker, in this process), as ratios to
``Sender.send_many`` of the same messages in the same round (concurrency 8 everywhere). Not part of the test suite.

    bash benches/run.sh >/dev/null; . .venv/bin/activate; python benches/outbox_slow_server.py [--delay 0.005]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "tests")]

from outbox_bench import direct, fresh, fresh_sqlite, outbox_in_process
from peers import Aiosmtpd, Postgres


class SlowServer(Aiosmtpd):
    """aiosmtpd answering RCPT after `delay` seconds, and everything else at once."""

    def __init__(self, delay: float) -> None:
        super().__init__()
        self.delay = delay

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # type: ignore[no-untyped-def]
        await asyncio.sleep(self.delay)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        return "250 2.0.0 OK queued"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=2000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--delay", type=float, default=0.005)
    args = ap.parse_args()
    n = args.messages
    rows: dict[str, list[float]] = {}
    with SlowServer(args.delay) as server, Postgres() as pg:
        for r in range(args.rounds):
            round_rows = {
                "Sender.send_many c=8 (direct)": direct(server, n),
                "Outbox SQLite, put_many + work c=8": fresh_sqlite(lambda path: outbox_in_process(server, n, path)),
                "Outbox PostgreSQL, 1 worker c=8": fresh(pg, f"slow{r}", lambda u: outbox_in_process(server, n, u)),
            }
            for k, v in round_rows.items():
                rows.setdefault(k, []).append(v)
            print(f"round {r + 1}: " + ", ".join(f"{v:.0f}" for v in round_rows.values()), file=sys.stderr)
    base = rows["Sender.send_many c=8 (direct)"]
    print(f"\n{n} messages, RCPT answered after {args.delay * 1000:.0f} ms (aiosmtpd); median of {args.rounds} rounds")
    print(f"{'':<40}{'msg/s':>8}  {'vs direct':>10}  per round")
    for k, vals in rows.items():
        ratios = [v / b for v, b in zip(vals, base)]
        each = " ".join(f"{x:.2f}" for x in ratios)
        print(f"{k:<40}{statistics.median(vals):>8.0f}  {statistics.median(ratios):>9.2f}x  {each}")


if __name__ == "__main__":
    main()
