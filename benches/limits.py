"""Per-destination limits, measured (after `. scripts/dev-env.sh`): `python benches/limits.py [--rounds 3]`.

1. Against a private Postfix with anvil's `smtpd_client_connection_count_limit = 2`: `Sender.send_many` of 200
   messages at concurrency 8, without and with `max_connections=2`: anvil's peak count, the 421 4.7.0 refusals, the
   messages sent.
2. `max_rate=R` at an aiosmtpd server timing each arrival: the measured rate.
3. What the gate costs: `send_many` of N messages to smtp-sink, no limit vs `max_connections=10000` (a gate that never
   waits), interleaved, as a ratio of throughputs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from peers import Arrivals, PostfixServer, SmtpSink, anvil_limits
from resilient_smtp import DeliveryError, Sender, SendResult


def raw(i: int) -> tuple[bytes, str, list[str]]:
    body = ("x" * 98 + "\r\n") * 10
    data = f"Message-ID: <bench-{i}@example.org>\r\nSubject: {i}\r\n\r\n{body}\r\n".encode()
    return data, "a@example.org", ["b@example.net"]


def anvil(limit: int | None) -> str:
    with PostfixServer(params=anvil_limits(connection_count_limit=2)) as pf:
        with Sender(pf.address, tls="off", retry=1, max_connections=limit) as sender:
            outs = sender.send_many((raw(i) for i in range(200)), concurrency=8)
        refused = sum(1 for o in outs if isinstance(o, DeliveryError) and o.smtp_code == 421)
        sent = sum(1 for o in outs if isinstance(o, SendResult))
        return f"max_connections={limit}: sent {sent}/200, 421 refusals {refused}, anvil peak {pf.anvil_peak()}"


def rate(r: float, n: int) -> str:
    with Arrivals() as server:
        with Sender(server.address, tls="off", max_rate=r) as sender:
            sender.send_many((raw(i) for i in range(n)), concurrency=8)
        return f"max_rate={r}: measured {server.rate():.2f} msg/s over {server.times[-1] - server.times[4]:.1f} s"


def throughput(sink: SmtpSink, n: int, **limits: int) -> float:
    with Sender(sink.address, tls="off", **limits) as sender:  # type: ignore[arg-type]
        start = time.perf_counter()
        outs = sender.send_many((raw(i) for i in range(n)), concurrency=8)
        elapsed = time.perf_counter() - start
    assert all(isinstance(o, SendResult) for o in outs)
    return n / elapsed


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--messages", type=int, default=5000)
    args = ap.parse_args()
    print(anvil(None))
    print(anvil(2))
    print(rate(20.0, 70))
    print(rate(50.0, 160))
    with SmtpSink(dump=False) as sink:
        ratios = []
        for _ in range(args.rounds):
            free = throughput(sink, args.messages)
            gated = throughput(sink, args.messages, max_connections=10000)
            ratios.append(gated / free)
            print(f"send_many {args.messages}: no limit {free:.0f} msg/s, max_connections=10000 {gated:.0f} msg/s")
        print(f"gated/free: median {statistics.median(ratios):.3f} (range {min(ratios):.3f}-{max(ratios):.3f})")


if __name__ == "__main__":
    main()
