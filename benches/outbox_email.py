"""The outbox fed what applications pass: put_many of EmailMessage objects + work, against ``Sender.send_many`` of
the same list, per round (smtp-sink on loopback, concurrency 8, SQLite). Not part of the test suite.

    bash benches/run.sh >/dev/null; . .venv/bin/activate; python benches/outbox_email.py [--messages 20000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "tests")]

import resilient_smtp
from bench import Sink, email_messages


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=20000)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    n = args.messages
    sink = Sink()
    try:
        for r in range(args.rounds):
            msgs = email_messages(n)
            started = time.perf_counter()
            with resilient_smtp.Sender(sink.address, tls="off") as sender:
                sender.send_many(msgs, concurrency=8)
            direct = n / (time.perf_counter() - started)
            # Each round's queue deleted after it: its ~75 MB (database and WAL) are not written back amid the next
            # round.
            with tempfile.TemporaryDirectory() as d:
                box = resilient_smtp.Outbox(os.path.join(d, "outbox.db"), "127.0.0.1", sink.port, tls="off")
                started = time.perf_counter()
                box.put_many(msgs)
                put = time.perf_counter() - started
                assert box.work(until_idle=True, concurrency=8)["sent"] == n
                took = time.perf_counter() - started
                box.close()
                print(
                    f"round {r + 1}: direct {direct:.0f} msg/s, outbox {n / took:.0f} msg/s (put {put:.2f} s, work "
                    f"{took - put:.2f} s): {n / took / direct:.2f}x"
                )
    finally:
        sink.stop()


if __name__ == "__main__":
    main()
