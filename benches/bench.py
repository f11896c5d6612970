"""Throughput against Postfix's smtp-sink on loopback, 1 kB messages, all clients in one run (ratios are only
meaningful within a run: the machine's load changes the absolute figures). Not part of the test suite.

    bash benches/run.sh            # installs the test dependencies, builds the release extension, runs this
    python benches/bench.py --rounds 5 --quick

Figures are medians over ``--rounds`` rounds; ratios are medians of the ratios within each round. Peak RSS is measured in a subprocess that sends 100 000 messages from a
generator through ``Sender.imap`` (outcomes consumed as they come) and through ``Sender.send_many`` (all outcomes
kept in the returned list).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import smtplib
import socket
import statistics
import subprocess
import sys
import time
from typing import Callable

import resilient_smtp

SENDER = "bench@example.com"
RECIPIENT = "sink@example.net"


def message(i: int = 0, size: int = 1024) -> bytes:
    head = (
        f"From: {SENDER}\r\nTo: {RECIPIENT}\r\nSubject: bench {i}\r\nMessage-ID: <bench-{i}@example.com>\r\n\r\n"
    ).encode()
    line = b"x" * 62 + b"\r\n"
    body = line * ((size - len(head)) // len(line) + 1)
    return (head + body)[: size - 2] + b"\r\n"


def tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path="/usr/sbin:/usr/bin")
    if not found:
        sys.exit(f"{name} not found (install postfix: scripts/install-test-deps.sh)")
    return found


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Sink:
    def __init__(self) -> None:
        self.port = free_port()
        args = [tool("smtp-sink")]
        if os.geteuid() == 0:
            args += ["-u", "nobody"]
        self.proc = subprocess.Popen([*args, f"127.0.0.1:{self.port}", "512"], stderr=subprocess.DEVNULL)
        end = time.monotonic() + 10
        while time.monotonic() < end:
            try:
                socket.create_connection(("127.0.0.1", self.port), 0.5).close()
                return
            except OSError:
                time.sleep(0.05)
        sys.exit("smtp-sink did not start")

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(5)


# ---------------------------------------------------------------------------------------------------------------------
# The clients. Each returns the number of messages sent; the caller times it.


def smtp_source(sink: Sink, n: int, *options: str) -> int:
    subprocess.run(
        [tool("smtp-source"), *options, "-m", str(n), "-l", "1024", "-f", SENDER, "-t", RECIPIENT, sink.address],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return n


def smtplib_per_message(sink: Sink, n: int) -> int:
    data = message()
    for _ in range(n):
        with smtplib.SMTP("127.0.0.1", sink.port) as s:
            s.sendmail(SENDER, [RECIPIENT], data)
    return n


def raw_socket_per_message(sink: Sink, n: int) -> int:
    """The floor for a connection per message: a minimal Python socket client (pipelined, no checks, no QUIT wait).
    No real client can be faster against this server on this machine; it shows what the target ratio allows."""
    data = message() + b".\r\n"
    for _ in range(n):
        with socket.create_connection(("127.0.0.1", sink.port)) as c, c.makefile("rb") as f:
            f.readline()
            c.sendall(b"EHLO bench.example\r\n")
            while f.readline()[3:4] != b" ":
                pass
            c.sendall(f"MAIL FROM:<{SENDER}>\r\nRCPT TO:<{RECIPIENT}>\r\nDATA\r\n".encode())
            for _ in range(3):
                f.readline()
            c.sendall(data)
            f.readline()
            c.sendall(b"QUIT\r\n")
    return n


def smtplib_reused(sink: Sink, n: int) -> int:
    data = message()
    with smtplib.SMTP("127.0.0.1", sink.port) as s:
        for _ in range(n):
            s.sendmail(SENDER, [RECIPIENT], data)
    return n


def aiosmtplib_8(sink: Sink, n: int) -> int:
    import aiosmtplib

    data = message()

    async def worker(count: int) -> None:
        client = aiosmtplib.SMTP(hostname="127.0.0.1", port=sink.port, start_tls=False, use_tls=False)
        await client.connect()
        for _ in range(count):
            await client.sendmail(SENDER, [RECIPIENT], data)
        await client.quit()

    async def main() -> None:
        await asyncio.gather(*[worker(n // 8) for _ in range(8)])

    asyncio.run(main())
    return n // 8 * 8


def rs_send_per_message(keep_alive: float) -> Callable[[Sink, int], int]:
    """One send() call per message, as an application calls it. With the default keep_alive (2 s) consecutive calls
    share a connection (RSET between transactions); keep_alive=0 opens and QUITs one per call."""

    def run(sink: Sink, n: int) -> int:
        data = message()
        for _ in range(n):
            resilient_smtp.send(
                data, sink.address, sender=SENDER, recipients=[RECIPIENT], tls="off", keep_alive=keep_alive
            )
        resilient_smtp._client.close_cached()  # each run starts without a kept connection
        return n

    return run


def _items(n: int):
    data = message()
    return ((data, SENDER, [RECIPIENT]) for _ in range(n))


def rs_send_many(concurrency: int) -> Callable[[Sink, int], int]:
    def run(sink: Sink, n: int) -> int:
        with resilient_smtp.Sender(sink.address, tls="off") as sender:
            out = sender.send_many(_items(n), concurrency=concurrency)
        bad = [o for o in out if not isinstance(o, resilient_smtp.SendResult)]
        if bad:
            raise RuntimeError(f"{len(bad)} failed: {bad[0]!r}")
        return n

    return run


def rs_imap_8(sink: Sink, n: int) -> int:
    with resilient_smtp.Sender(sink.address, tls="off") as sender:
        ok = sum(isinstance(o, resilient_smtp.SendResult) for o in sender.imap(_items(n), concurrency=8))
    if ok != n:
        raise RuntimeError(f"{n - ok} failed")
    return n


def rs_send_many_email_message(sink: Sink, n: int) -> int:
    import email

    msg = email.message_from_bytes(message(), policy=email.policy.default)
    with resilient_smtp.Sender(sink.address, tls="off") as sender:
        out = sender.send_many((msg for _ in range(n)), concurrency=8)
    assert all(isinstance(o, resilient_smtp.SendResult) for o in out)
    return n


def rs_send_async_8(sink: Sink, n: int) -> int:
    data = message()

    async def main() -> None:
        async with resilient_smtp.Sender(sink.address, tls="off") as sender:

            async def worker(count: int) -> None:
                for _ in range(count):
                    await sender.send_async(data, sender=SENDER, recipients=[RECIPIENT])

            await asyncio.gather(*[worker(n // 8) for _ in range(8)])

    asyncio.run(main())
    return n // 8 * 8


# ---------------------------------------------------------------------------------------------------------------------
# Memory: a subprocess, so the figure is not polluted by the rest of the run.

RSS_SCRIPT = r"""
import sys
import resilient_smtp
sys.path.insert(0, sys.argv[3])
from bench import message, SENDER, RECIPIENT

def status_kb(field):  # VmHWM is this process's peak (ru_maxrss would include the parent's, kept across exec)
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])

n, mode = int(sys.argv[2]), sys.argv[4]
def gen(count):
    for i in range(count):
        yield (message(i), SENDER, [RECIPIENT])

with resilient_smtp.Sender(sys.argv[1], tls="off") as sender:
    for o in sender.imap(gen(2000), concurrency=8):  # warm up: pool, runtime, caches
        pass
    base = status_kb("VmRSS")
    ok = 0
    if mode == "imap":
        for o in sender.imap(gen(n), concurrency=8):
            ok += isinstance(o, resilient_smtp.SendResult)
    else:
        out = sender.send_many(gen(n), concurrency=8)
        ok = sum(isinstance(o, resilient_smtp.SendResult) for o in out)
print(ok, base, status_kb("VmHWM"))
"""


def rss_growth(sink: Sink, n: int, mode: str) -> tuple[int, float, float]:
    out = subprocess.run(
        [sys.executable, "-c", RSS_SCRIPT, sink.address, str(n), os.path.dirname(__file__), mode],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    ok, base, peak = int(out[0]), int(out[1]), int(out[2])
    return ok, base / 1024, (peak - base) / 1024


# ---------------------------------------------------------------------------------------------------------------------


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5, help="runs per client; medians are reported (default 5)")
    ap.add_argument("--quick", action="store_true", help="fewer messages (a smoke run)")
    ap.add_argument("--rss-messages", type=int, default=100_000)
    args = ap.parse_args()
    big, small = (2000, 300) if args.quick else (20000, 2000)

    cases: list[tuple[str, Callable[[Sink, int], int], int]] = [
        # Each target pair runs back to back (same load): smtplib / send() per message, smtp-source -d -s 8 / send_many.
        ("smtp-source -s 1 (C, connection per message)", lambda s, n: smtp_source(s, n, "-s", "1"), small),
        ("smtplib, connection per message", smtplib_per_message, small),
        ("resilient_smtp.send per message (default keep_alive=2)", rs_send_per_message(2.0), small),
        ("resilient_smtp.send, keep_alive=0 (connection per message)", rs_send_per_message(0), small),
        ("raw Python socket, connection per message (floor)", raw_socket_per_message, small),
        ("smtp-source -d -s 8 (C, 8 reused connections)", lambda s, n: smtp_source(s, n, "-d", "-s", "8"), big),
        ("Sender.send_many concurrency=8 (bytes)", rs_send_many(8), big),
        ("Sender.imap concurrency=8 (bytes, outcomes not kept)", rs_imap_8, big),
        ("Sender.send_many concurrency=1 (bytes)", rs_send_many(1), big // 2),
        ("smtplib, one reused connection", smtplib_reused, small * 2),
        ("aiosmtplib, 8 concurrent reused clients", aiosmtplib_8, small * 2),
        ("Sender.send_many concurrency=8 (EmailMessage)", rs_send_many_email_message, small * 2),
        ("Sender.send_async x8 tasks", rs_send_async_8, small * 4),
    ]
    sink = Sink()
    runs: dict[str, list[float]] = {name: [] for name, _, _ in cases}
    try:
        for round_ in range(args.rounds):
            for name, fn, n in cases:
                start = time.perf_counter()
                sent = fn(sink, n)
                runs[name].append(sent / (time.perf_counter() - start))
            print(f"round {round_ + 1}/{args.rounds} done", file=sys.stderr)
        rss = {mode: rss_growth(sink, args.rss_messages, mode) for mode in ("imap", "send_many")}
    finally:
        sink.stop()

    # Ratios are taken within each round (the two clients ran seconds apart, under the same load), then the median
    # over the rounds; msg/s is the median too.
    smtplib_key = "smtplib, connection per message"
    anchor_key = "smtp-source -d -s 8 (C, 8 reused connections)"

    def ratios(name: str, base: str) -> list[float]:
        return [a / b for a, b in zip(runs[name], runs[base])]

    def ratio(name: str, base: str) -> float:
        return statistics.median(ratios(name, base))

    def spread(name: str, base: str) -> str:
        r = ratios(name, base)
        return f"(rounds {min(r):.2f}-{max(r):.2f})"

    width = max(len(n) for n in runs) + 2
    print(
        f"\n{'client (1 kB messages, smtp-sink on loopback)':<{width}}{'msg/s':>10}{'vs smtplib/msg':>16}"
        f"{'vs smtp-source -d -s 8':>24}"
    )
    for name, rates in runs.items():
        print(
            f"{name:<{width}}{statistics.median(rates):>10.0f}{ratio(name, smtplib_key):>15.2f}x"
            f"{ratio(name, anchor_key):>23.2f}x"
        )
    print(f"\n(median of {args.rounds} rounds; ratios are medians of per-round ratios)")
    send_key = "resilient_smtp.send per message (default keep_alive=2)"
    fresh_key = "resilient_smtp.send, keep_alive=0 (connection per message)"
    send_ratio = ratio(send_key, smtplib_key)
    bulk_ratio = ratio("Sender.send_many concurrency=8 (bytes)", anchor_key)
    print(
        f"target send() per message >= 3x smtplib per message: {send_ratio:.2f}x "
        f"{'MET' if send_ratio >= 3 else 'NOT MET'} {spread(send_key, smtplib_key)}"
    )
    print(
        f"target send_many c=8 >= 1.0x smtp-source -d -s 8:    {bulk_ratio:.2f}x "
        f"{'MET' if bulk_ratio >= 1 else 'NOT MET'} {spread('Sender.send_many concurrency=8 (bytes)', anchor_key)}"
    )
    print(
        f"(with a connection per call, keep_alive=0, send() is {ratio(fresh_key, smtplib_key):.2f}x smtplib and "
        f"{ratio(fresh_key, 'smtp-source -s 1 (C, connection per message)'):.2f}x the C smtp-source -s 1; the floor "
        f"there, a minimal raw-socket client, is {ratio('raw Python socket, connection per message (floor)', smtplib_key):.2f}x)"
    )
    for mode, (ok, base, growth) in rss.items():
        kept = "outcomes consumed as they come" if mode == "imap" else "all outcomes kept in a list"
        print(
            f"RSS growth, {args.rss_messages} messages from a generator via Sender.{mode} ({kept}): "
            f"{growth:.1f} MB (baseline {base:.0f} MB, {ok} delivered)"
            + (f"  target < 50 MB: {'MET' if growth < 50 else 'NOT MET'}" if mode == "imap" else "")
        )


if __name__ == "__main__":
    main()
