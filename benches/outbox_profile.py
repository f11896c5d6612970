"""Where the outbox's time goes, per message (not part of the suite; the wall figures need a quiet machine, the CPU
and write figures much less so).

    python benches/outbox_profile.py sqlite [N]        # put_many + work in this process: CPU, bytes written, WAL peak,
                                                       # each thread's CPU and the machine's busy share, beside
                                                       # Sender.send_many's of the same messages
    python benches/outbox_profile.py pg [N] [WORKERS]  # put_many, then worker processes (the CLI): their CPU, the
                                                       # server's CPU, HOT updates, the index entries read, and the
                                                       # server's execution time per statement (pg_stat_statements);
                                                       # --analyze: ANALYZE the queue between put and work, as
                                                       # autovacuum would have on a deployed one

A/B: run it with ``PYTHONPATH`` pointing at another tree's ``python/`` (with its built ``_core``) in between.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "tests")]

import resilient_smtp
from bench import RECIPIENT, SENDER, Sink, message
from peers import Postgres


def cpu_us(a: resource.struct_rusage, b: resource.struct_rusage, n: int) -> float:
    return (b.ru_utime + b.ru_stime - a.ru_utime - a.ru_stime) / n * 1e6


def written() -> dict[str, int]:
    with open("/proc/self/io") as f:
        return {k: int(v) for k, v in (line.split(": ") for line in f)}


def threads_us() -> dict[tuple[str, str], int]:
    """Each thread's CPU so far (microseconds), by (thread id, name): the runtime's, the SQLite writer's, ..."""
    out = {}
    tick = 1e6 / os.sysconf("SC_CLK_TCK")
    for tid in os.listdir("/proc/self/task"):
        try:
            with open(f"/proc/self/task/{tid}/comm") as f:
                name = f.read().strip()
            with open(f"/proc/self/task/{tid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:  # the thread ended
            continue
        out[(tid, name)] = int((int(fields[11]) + int(fields[12])) * tick)
    return out


def machine_ticks() -> tuple[int, int]:
    """All CPU time and idle time (with I/O wait) of the machine so far, in clock ticks."""
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:]]
    return sum(v), v[3] + v[4]


def per_thread(label: str, n: int, run: Callable[[], object]) -> None:
    """Runs `run` and prints the machine's busy share and each thread's CPU per message meanwhile."""
    m0, a = machine_ticks(), threads_us()
    run()
    b, m1 = threads_us(), machine_ticks()
    busy = 100 - 100 * (m1[1] - m0[1]) / max(1, m1[0] - m0[0])
    used = [(k[1], (b[k] - a.get(k, 0)) / n) for k in b if b[k] - a.get(k, 0) > 0]
    print(f"{label}: machine {busy:.0f} % busy; us/msg by thread: " + ", ".join(f"{k} {v:.1f}" for k, v in used))


def sqlite(sink: Sink, n: int) -> None:
    batch = [(message(i), SENDER, [RECIPIENT]) for i in range(n)]
    with resilient_smtp.Sender(sink.address, tls="off") as sender:
        sender.send_many(batch[:2000], concurrency=8)  # warm up
        per_thread("send_many", n, lambda: sender.send_many(batch, concurrency=8))
    path = os.path.join(tempfile.mkdtemp(prefix="outbox-profile-"), "q.db")
    box = resilient_smtp.Outbox(path, "127.0.0.1", sink.port, tls="off")
    r0, t0 = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
    box.put_many(batch)
    r1, t1, io1 = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter(), written()
    peak, done_watching = [0], threading.Event()

    def watch_wal() -> None:
        while not done_watching.wait(0.05):
            try:
                peak[0] = max(peak[0], os.path.getsize(path + "-wal"))
            except OSError:
                pass

    watcher = threading.Thread(target=watch_wal)
    watcher.start()
    done: dict[str, int] = {}
    per_thread("outbox work", n, lambda: done.update(box.work(until_idle=True, concurrency=8)))
    done_watching.set()
    watcher.join()
    r2, t2, io2 = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter(), written()
    assert done["sent"] == n, done
    print(
        f"put {t1 - t0:.2f} s ({cpu_us(r0, r1, n):.0f} us/msg CPU); work {t2 - t1:.2f} s ({cpu_us(r1, r2, n):.0f} "
        f"us/msg CPU); {n / (t2 - t0):.0f} msg/s; while working per message: {(io2['wchar'] - io1['wchar']) / n:.0f} "
        f"B written, {(io2['write_bytes'] - io1['write_bytes']) / n:.0f} B to disk, "
        f"{(r2.ru_nvcsw - r1.ru_nvcsw) / n:.2f} context switches; WAL peak {peak[0] / 1e6:.1f} MB"
    )
    box.close()


def server_cpu(pid: int) -> float:
    """The postmaster's CPU and that of its exited children (the backends), in seconds."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return sum(int(x) for x in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def pg(sink: Sink, n: int, workers: int, analyze: bool) -> None:
    with Postgres({"shared_preload_libraries": "pg_stat_statements"}) as server:
        assert server.proc is not None
        url = server.database("profile")
        server.psql("-qc", "CREATE EXTENSION pg_stat_statements", db="profile")
        box = resilient_smtp.Outbox(url, "127.0.0.1", sink.port, tls="off")
        cmd = [sys.executable, "-m", "resilient_smtp", "outbox", "work", url, "--host", sink.address, "--tls", "off"]
        # One worker's start and stop on the empty queue (the interpreter, the imports, the connections): the share
        # of the workers' CPU below that is not per message.
        idle0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([*cmd, "--until-idle"], stdout=subprocess.DEVNULL, check=True)
        start_us = cpu_us(idle0, resource.getrusage(resource.RUSAGE_CHILDREN), n) * workers
        # Counted from here: the put and the work (the workers' own opening statements among them).
        server.psql("-qc", "SELECT pg_stat_statements_reset()", db="profile")
        s0, t0 = server_cpu(server.proc.pid), time.perf_counter()
        box.put_many([(message(i), SENDER, [RECIPIENT]) for i in range(n)])
        if analyze:  # statistics, as autovacuum gathers them on a deployed queue (the bench's tables have none)
            server.psql("-qc", "ANALYZE outbox", db="profile")
        t1, c0 = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
        procs = [
            subprocess.Popen([*cmd, "--until-idle", "--concurrency", "8"], stdout=subprocess.DEVNULL)
            for _ in range(workers)
        ]
        assert all(p.wait() == 0 for p in procs)
        t2, c1 = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
        assert box.stats()["sent"] == n
        box.close()
        time.sleep(0.5)  # the backends exit
        s1 = server_cpu(server.proc.pid)
        updates = server.psql(
            "-Atc", "SELECT n_tup_upd, n_tup_hot_upd FROM pg_stat_user_tables WHERE relname = 'outbox'", db="profile"
        )
        print(
            f"put {t1 - t0:.2f} s, work {t2 - t1:.2f} s, {n / (t2 - t0):.0f} msg/s; workers {cpu_us(c0, c1, n):.0f} "
            f"us/msg CPU ({start_us:.0f} of it their start and stop); server {(s1 - s0) / n * 1e6:.0f} us/msg CPU; updates|HOT {updates.strip()}"
        )
        # Index entries read per message (a scan that keeps meeting the entries of rows claimed earlier reads many).
        print("index entries read per message (index: scans, entries read):")
        print(
            server.psql(
                "-Atc",
                f"SELECT indexrelname, idx_scan, round(idx_tup_read::numeric / {n}, 1) FROM pg_stat_user_indexes "
                "ORDER BY idx_tup_read DESC",
                db="profile",
            )
        )
        # Execution only: a statement's parse, bind, protocol and commit are in the server's CPU above, not here (and
        # so is the extension's own bookkeeping).
        print("server execution time per statement (calls, rows per call, us per message):")
        print(
            server.psql(
                "-Atc",
                f"SELECT calls, round(rows::numeric / calls, 1), round((total_exec_time * 1000 / {n})::numeric, 1), "
                "left(regexp_replace(query, '\\s+', ' ', 'g'), 90) FROM pg_stat_statements "
                "ORDER BY total_exec_time DESC LIMIT 6",
                db="profile",
            )
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store", choices=["sqlite", "pg"])
    ap.add_argument("n", type=int, nargs="?", default=20000)
    ap.add_argument("workers", type=int, nargs="?", default=3)
    ap.add_argument("--analyze", action="store_true", help="pg: ANALYZE the queue after the put, before the work")
    args = ap.parse_args()
    sink = Sink()
    try:
        if args.store == "sqlite":
            sqlite(sink, args.n)
        else:
            pg(sink, args.n, args.workers, args.analyze)
    finally:
        sink.stop()


if __name__ == "__main__":
    main()
