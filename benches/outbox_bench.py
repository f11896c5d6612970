"""The outbox's throughput against smtp-sink on loopback, as ratios to ``Sender.send_many`` of the same messages in
the same run (1 kB messages, concurrency 8 everywhere): put_many + work of N messages on SQLite, on PostgreSQL with
one worker (in this process) and with three worker processes (``resilient-smtp outbox work --until-idle``, started
after the put; and the same three started before it, as deployed workers wait for work), and the RSS of a worker over
100 000 queued messages. Not part of the test suite.

    bash benches/run.sh >/dev/null; . .venv/bin/activate; python benches/outbox_bench.py [--messages 20000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "tests")]

import resilient_smtp
from bench import RECIPIENT, SENDER, Sink, message
from peers import Postgres

CONCURRENCY = 8


class Server(Protocol):
    """Where the messages go: smtp-sink here, any loopback server elsewhere (`outbox_slow_server.py`)."""

    port: int

    @property
    def address(self) -> str: ...


def items(n: int) -> list[tuple[bytes, str, list[str]]]:
    return [(message(i), SENDER, [RECIPIENT]) for i in range(n)]


def direct(sink: Server, n: int) -> float:
    batch = items(n)
    started = time.perf_counter()
    with resilient_smtp.Sender(sink.address, tls="off") as sender:
        out = sender.send_many(batch, concurrency=CONCURRENCY)
    took = time.perf_counter() - started
    assert all(isinstance(o, resilient_smtp.SendResult) for o in out)
    return n / took


def fresh(pg: Postgres, name: str, run: Callable[[str], float]) -> float:
    """`run` on a new database, dropped after it: every PostgreSQL row starts from an empty queue, and no earlier
    queue's clean-up (autovacuum of its 60 000 dead rows) runs beside the next measurement."""
    try:
        return run(pg.database(name))
    finally:
        pg.psql("-qc", f"DROP DATABASE {name} WITH (FORCE)")


def fresh_sqlite(run: Callable[[str], float]) -> float:
    """`run` on a new SQLite queue in a directory of its own, deleted after it, as `fresh` drops each PostgreSQL
    database: the ~75 MB an SQLite row leaves (database and WAL) are not left for the kernel to write back (it does
    ~30 s later) amid the rows and rounds after it."""
    with tempfile.TemporaryDirectory() as d:
        return run(os.path.join(d, "outbox.db"))


def outbox_in_process(sink: Server, n: int, target: str) -> float:
    batch = items(n)
    box = resilient_smtp.Outbox(target, "127.0.0.1", sink.port, tls="off")
    started = time.perf_counter()
    box.put_many(batch)
    done = box.work(until_idle=True, concurrency=CONCURRENCY)
    took = time.perf_counter() - started
    assert done["sent"] == n, done
    box.close()
    return n / took


def start_workers(sink: Sink, url: str, workers: int, *options: str) -> list[subprocess.Popen[bytes]]:
    """`workers` processes of ``resilient-smtp outbox work`` on the queue at `url`, delivering to `sink`."""
    cmd = [sys.executable, "-m", "resilient_smtp", "outbox", "work", url, "--host", sink.address, "--tls", "off"]
    cmd += ["--concurrency", str(CONCURRENCY), *options]
    return [subprocess.Popen(cmd, stdout=subprocess.DEVNULL) for _ in range(workers)]


def outbox_workers(sink: Sink, n: int, url: str, workers: int) -> float:
    batch = items(n)
    box = resilient_smtp.Outbox(url, "127.0.0.1", sink.port, tls="off")
    started = time.perf_counter()
    box.put_many(batch)
    procs = start_workers(sink, url, workers, "--until-idle")
    for p in procs:
        assert p.wait() == 0
    took = time.perf_counter() - started
    stats = box.stats()
    assert stats["sent"] == n, stats
    box.close()
    return n / took


def outbox_running_workers(sink: Sink, n: int, url: str, workers: int) -> float:
    """As workers run in a deployment: started (and idle, LISTENing) before the put, which wakes them; timed from the
    put to the last message sent. Polled (its cost counted against the outbox) by the status of the last entry put,
    one index lookup, which the claims' order makes about the last one sent; then by ``stats()``, which counts the
    whole table (5-7 ms for these 20 000: polled from the start, it took a tenth of a core)."""
    batch = items(n)
    box = resilient_smtp.Outbox(url, "127.0.0.1", sink.port, tls="off")
    procs = start_workers(sink, url, workers)
    try:
        time.sleep(3)  # started, connected, waiting
        assert all(p.poll() is None for p in procs)
        started = time.perf_counter()
        last = box.put_many(batch)[-1]
        end = time.monotonic() + 120
        while box.status(last).state != "sent":  # type: ignore[union-attr]
            assert time.monotonic() < end, box.stats()
            time.sleep(0.01)
        while box.stats()["sent"] < n:
            assert time.monotonic() < end, box.stats()
            time.sleep(0.01)
        took = time.perf_counter() - started
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            assert p.wait(30) == 0
    box.close()
    return n / took


RSS_SCRIPT = r"""
import sys, time
sys.path[:0] = sys.argv[3:5]
import resilient_smtp
from bench import message, SENDER, RECIPIENT

def rss():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024

target, n = sys.argv[1], int(sys.argv[2])
host, port = sys.argv[5].split(":")
box = resilient_smtp.Outbox(target, host, int(port), tls="off")
box.put_many([(message(i), SENDER, [RECIPIENT]) for i in range(2000)])
box.work(until_idle=True)  # warm up: pool, runtime, caches
for start in range(0, n, 10000):
    box.put_many([(message(i), SENDER, [RECIPIENT]) for i in range(start, min(n, start + 10000))])
base = rss()
peak = base
import threading
done = {}
t = threading.Thread(target=lambda: done.update(box.work(until_idle=True)))
t.start()
while t.is_alive():
    peak = max(peak, rss())
    time.sleep(0.05)
print(done["sent"], base, peak)
"""


def rss_over_queue(sink: Sink, n: int) -> tuple[int, float, float]:
    with tempfile.TemporaryDirectory() as d:
        out = subprocess.run(
            [
                sys.executable,
                "-c",
                RSS_SCRIPT,
                str(Path(d) / "rss.db"),
                str(n),
                str(HERE),
                str(HERE.parent / "tests"),
                sink.address,
            ],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()
    return int(out[0]), float(out[1]), float(out[2])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--messages", type=int, default=20000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--rss-messages", type=int, default=100000)
    args = ap.parse_args()
    n = args.messages
    rows: dict[str, list[float]] = {}
    sink = Sink()
    try:
        with Postgres() as pg:
            for r in range(args.rounds):
                round_rows = {
                    "Sender.send_many c=8 (direct)": direct(sink, n),
                    "Outbox SQLite, put_many + work c=8": fresh_sqlite(lambda path: outbox_in_process(sink, n, path)),
                    "Outbox PostgreSQL, 1 worker c=8": fresh(pg, f"r{r}_one", lambda u: outbox_in_process(sink, n, u)),
                    "Outbox PostgreSQL, 3 worker processes c=8": fresh(
                        pg, f"r{r}_three", lambda u: outbox_workers(sink, n, u, 3)
                    ),
                    "  the same 3 started before the put": fresh(
                        pg, f"r{r}_running", lambda u: outbox_running_workers(sink, n, u, 3)
                    ),
                }
                for k, v in round_rows.items():
                    rows.setdefault(k, []).append(v)
                print(f"round {r + 1}: " + ", ".join(f"{v:.0f}" for v in round_rows.values()), file=sys.stderr)
        base = "Sender.send_many c=8 (direct)"
        ratios = {k: [v / b for v, b in zip(vals, rows[base])] for k, vals in rows.items()}
        print(f"\n{n} messages of 1 kB, smtp-sink on loopback; median of {args.rounds} rounds")
        print(f"{'':<46}{'msg/s':>8}  {'vs direct':>10}")
        for k, vals in rows.items():
            print(f"{k:<46}{statistics.median(vals):>8.0f}  {statistics.median(ratios[k]):>9.2f}x")
        targets = [
            ("Outbox SQLite, put_many + work c=8", 0.5),
            ("Outbox PostgreSQL, 3 worker processes c=8", 0.3),
            ("  the same 3 started before the put", 0.3),
        ]
        for k, t in targets:
            got = statistics.median(ratios[k])
            print(f"target {k} >= {t}x direct: {got:.3f}x {'MET' if got >= t else 'NOT MET'}")
        ok, base_mb, peak_mb = rss_over_queue(sink, args.rss_messages)
        grow = peak_mb - base_mb
        print(
            f"RSS of a worker delivering {ok} queued messages (SQLite): {base_mb:.0f} MB before, peak {peak_mb:.0f} MB "
            f"(+{grow:.1f} MB) target flat (< 50 MB growth): {'MET' if grow < 50 else 'NOT MET'}"
        )
    finally:
        sink.stop()


if __name__ == "__main__":
    main()
