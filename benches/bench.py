"""Throughput against Postfix's smtp-sink on loopback, 1 kB messages, all clients in one run (ratios are only
meaningful within a run: the machine's load changes the absolute figures). Not part of the test suite.

    bash benches/run.sh            # installs the test dependencies, builds the release extension, runs this
    python benches/bench.py --rounds 3 --quick

Each round runs every client once, in the order of the table (each target's pair back to back, under the same load);
figures are medians over ``--rounds`` rounds, ratios the medians of the ratios within each round, with each round's
range. The EmailMessage rows send ``email.message.EmailMessage`` objects built with ``set_content`` (1 kB, no
Message-ID: each client adds what it adds). The STARTTLS rows talk to a private Postfix ``smtpd`` the script starts
(``tests/peers.py``'s PostfixServer, a certificate from its test PKI), a connection per message. Import time is
``python -X importtime``'s total for the package against ``import smtplib``, in fresh interpreters, alternated.
Peak RSS is measured in a subprocess that sends 100 000 messages from a generator through ``Sender.imap`` (outcomes
consumed as they come) and through ``Sender.send_many`` (all outcomes kept in the returned list).
"""

from __future__ import annotations

import argparse
import asyncio
import email.message
import os
import pathlib
import shutil
import smtplib
import socket
import ssl
import statistics
import subprocess
import sys
import tempfile
import time
from typing import Callable

import pipeline_rows
import resilient_smtp

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
import peers

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
    import email.policy

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


def email_message(i: int = 0) -> email.message.EmailMessage:
    """What applications send: an EmailMessage built with set_content (1 kB on the wire, no Message-ID)."""
    msg = email.message.EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = f"Bench <{SENDER}>", RECIPIENT, f"bench {i}"
    msg.set_content(("x" * 62 + "\n") * 14)
    return msg


def smtplib_send_message_per_message(sink: Sink, n: int) -> int:
    msg = email_message()
    for _ in range(n):
        with smtplib.SMTP("127.0.0.1", sink.port) as s:
            s.send_message(msg)
    return n


def rs_send_email_message(sink: Sink, n: int) -> int:
    """send(EmailMessage) per call, default keep_alive: the envelope, Bcc removal and a Message-ID each time."""
    msg = email_message()
    for _ in range(n):
        resilient_smtp.send(msg, sink.address, tls="off")
    resilient_smtp._client.close_cached()
    return n


_messages: list[email.message.EmailMessage] = []


def email_messages(n: int) -> list[email.message.EmailMessage]:
    """n distinct messages, built once for the whole run (building is the caller's cost, the same for every client)."""
    while len(_messages) < n:
        _messages.append(email_message(len(_messages)))
    return _messages[:n]


def rs_send_many_email_messages(sink: Sink, n: int) -> int:
    with resilient_smtp.Sender(sink.address, tls="off") as sender:
        out = sender.send_many(email_messages(n), concurrency=8)
    bad = [o for o in out if not isinstance(o, resilient_smtp.SendResult)]
    if bad:
        raise RuntimeError(f"{len(bad)} failed: {bad[0]!r}")
    return n


def aiosmtplib_8_send_message(sink: Sink, n: int) -> int:
    import aiosmtplib

    messages = email_messages(n)

    async def worker(part: list[email.message.EmailMessage]) -> None:
        client = aiosmtplib.SMTP(hostname="127.0.0.1", port=sink.port, start_tls=False, use_tls=False)
        await client.connect()
        for msg in part:
            await client.send_message(msg)
        await client.quit()

    async def run_all() -> None:
        await asyncio.gather(*[worker(messages[i::8]) for i in range(8)])

    asyncio.run(run_all())
    return n


class TlsServer:
    """A private Postfix smtpd with STARTTLS (the test suite's), and the CA file that verifies it."""

    def __init__(self) -> None:
        self.dir = tempfile.mkdtemp(prefix="bench-pki-")
        self.pki = peers.make_pki(pathlib.Path(self.dir))
        self.server = peers.PostfixServer(tls="starttls", pki=self.pki)
        self.server.__enter__()
        self.context = ssl.create_default_context(cafile=str(self.pki.ca_file))

    def stop(self) -> None:
        self.server.__exit__(None, None, None)
        shutil.rmtree(self.dir, ignore_errors=True)


TLS: TlsServer | None = None


def smtplib_starttls_per_message(_sink: Sink, n: int) -> int:
    assert TLS is not None
    data = message()
    for _ in range(n):
        with smtplib.SMTP(TLS.server.host, TLS.server.port) as s:
            s.starttls(context=TLS.context)
            s.sendmail(SENDER, [RECIPIENT], data)
    return n


def rs_starttls_per_message(_sink: Sink, n: int) -> int:
    assert TLS is not None
    data = message()
    for _ in range(n):
        resilient_smtp.send(
            data,
            TLS.server.address,
            sender=SENDER,
            recipients=[RECIPIENT],
            tls="starttls",
            ca_file=str(TLS.pki.ca_file),
            keep_alive=0,
        )
    return n


def import_ms(module: str) -> float:
    """The total of ``-X importtime`` for ``import module`` in a fresh interpreter, in ms."""
    err = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"], capture_output=True, text=True, check=True
    ).stderr
    return int(err.strip().splitlines()[-1].split("|")[1]) / 1000


def import_times(runs: int = 9) -> tuple[float, float]:
    """Median import time of smtplib and resilient_smtp over ``runs`` alternated fresh interpreters."""
    a, b = [], []
    for _ in range(runs):
        a.append(import_ms("smtplib"))
        b.append(import_ms("resilient_smtp"))
    return statistics.median(a), statistics.median(b)


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


# The rows, in the order each round runs them (each target's pair back to back). Names are the table's labels.
SMTPLIB_MSG = "smtplib, connection per message"
SMTPLIB_EMAIL = "smtplib send_message, connection per message (EmailMessage)"
RS_EMAIL = "resilient_smtp.send(EmailMessage) per call"
ANCHOR = "smtp-source -d -s 8 (C, 8 reused connections)"
RS_MANY_EMAIL = "Sender.send_many c=8 (list of EmailMessage)"
AIO_EMAIL = "aiosmtplib, 8 reused clients, send_message (EmailMessage)"
SMTPLIB_TLS = "smtplib starttls(), connection per message (Postfix smtpd)"
RS_TLS = "resilient_smtp.send STARTTLS, keep_alive=0 (Postfix smtpd)"
RS_SEND = "resilient_smtp.send per message (default keep_alive=2)"
RS_FRESH = "resilient_smtp.send, keep_alive=0 (connection per message)"
RS_MANY = "Sender.send_many concurrency=8 (bytes)"
SOURCE_1 = "smtp-source -s 1 (C, connection per message)"
RAW = "raw Python socket, connection per message (floor)"

#: (what, row, anchor row, at least): the issue's targets, the EmailMessage ones first. (Room for more: the
#: pipelining rows add theirs here.)
TARGETS = [
    ("send(EmailMessage) per call vs smtplib send_message per message", RS_EMAIL, SMTPLIB_EMAIL, 4.0),
    ("send_many(EmailMessage list, c=8) vs smtp-source -d -s 8", RS_MANY_EMAIL, ANCHOR, 0.8),
    ("send_many(EmailMessage list, c=8) vs aiosmtplib 8 clients send_message", RS_MANY_EMAIL, AIO_EMAIL, 4.0),
    ("send_many((bytes, sender, rcpts), c=8) vs smtp-source -d -s 8", RS_MANY, ANCHOR, 1.6),
    ("STARTTLS keep_alive=0 vs smtplib starttls() per message", RS_TLS, SMTPLIB_TLS, 1.2),
    ("send(bytes) per call vs smtplib per message", RS_SEND, SMTPLIB_MSG, 3.0),
]
#: import resilient_smtp <= 25 ms where import smtplib took 19.5 ms: as a ratio, so that it holds on any machine.
IMPORT_TARGET = 25 / 19.5


def cases(big: int, small: int, tls: bool) -> list[tuple[str, Callable[[Sink, int], int], int]]:
    rows: list[tuple[str, Callable[[Sink, int], int], int]] = [
        (SMTPLIB_EMAIL, smtplib_send_message_per_message, small),
        (RS_EMAIL, rs_send_email_message, small),
        (ANCHOR, lambda s, n: smtp_source(s, n, "-d", "-s", "8"), big),
        (RS_MANY_EMAIL, rs_send_many_email_messages, big // 2),
        (AIO_EMAIL, aiosmtplib_8_send_message, big // 4),
    ]
    if tls:
        rows += [(SMTPLIB_TLS, smtplib_starttls_per_message, small // 4), (RS_TLS, rs_starttls_per_message, small // 4)]
    return [
        *rows,
        (SOURCE_1, lambda s, n: smtp_source(s, n, "-s", "1"), small),
        (SMTPLIB_MSG, smtplib_per_message, small),
        (RS_SEND, rs_send_per_message(2.0), small),
        (RS_FRESH, rs_send_per_message(0), small),
        (RAW, raw_socket_per_message, small),
        (RS_MANY, rs_send_many(8), big),
        *((name, fn, big) for name, fn in pipeline_rows.cases(message())),
        ("Sender.imap concurrency=8 (bytes, outcomes not kept)", rs_imap_8, big),
        ("Sender.send_many concurrency=1 (bytes)", rs_send_many(1), big // 2),
        ("smtplib, one reused connection", smtplib_reused, small * 2),
        ("aiosmtplib, 8 concurrent reused clients", aiosmtplib_8, small * 2),
        (
            "Sender.send_many concurrency=8 (EmailMessage parsed from bytes, one object)",
            rs_send_many_email_message,
            small * 2,
        ),
        ("Sender.send_async x8 tasks", rs_send_async_8, small * 4),
    ]


def main() -> None:
    global TLS
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3, help="runs per client; medians are reported (default 3)")
    ap.add_argument("--quick", action="store_true", help="fewer messages (a smoke run)")
    ap.add_argument("--rss-messages", type=int, default=100_000)
    args = ap.parse_args()
    big, small = (2000, 300) if args.quick else (20000, 2000)

    have_tls = hasattr(peers, "PostfixServer")
    if not have_tls:
        print("(no peers.PostfixServer in tests/peers.py: the STARTTLS rows are left out)", file=sys.stderr)
    rows = cases(big, small, have_tls)
    sink = Sink()
    runs: dict[str, list[float]] = {name: [] for name, _, _ in rows}
    imports: list[tuple[float, float]] = []
    try:
        TLS = TlsServer() if have_tls else None
        email_messages(big // 2)  # built before the clock starts
        for round_ in range(args.rounds):
            for name, fn, n in rows:
                start = time.perf_counter()
                sent = fn(sink, n)
                runs[name].append(sent / (time.perf_counter() - start))
            imports.append(import_times())
            print(f"round {round_ + 1}/{args.rounds} done", file=sys.stderr)
        rss = {mode: rss_growth(sink, args.rss_messages, mode) for mode in ("imap", "send_many")}
    finally:
        sink.stop()
        if TLS is not None:
            TLS.stop()

    # Ratios are taken within each round (the two clients ran seconds apart, under the same load), then the median
    # over the rounds; msg/s is the median too.
    def ratios(name: str, base: str) -> list[float]:
        return [a / b for a, b in zip(runs[name], runs[base])]

    def ratio(name: str, base: str) -> float:
        return statistics.median(ratios(name, base))

    def spread(values: list[float]) -> str:
        return f"(rounds {min(values):.2f}-{max(values):.2f})"

    width = max(len(n) for n in runs) + 2
    print(
        f"\n{'client (1 kB messages, smtp-sink on loopback)':<{width}}{'msg/s':>10}{'vs smtplib/msg':>16}"
        f"{'vs smtp-source -d -s 8':>24}"
    )
    for name, rates in runs.items():
        print(
            f"{name:<{width}}{statistics.median(rates):>10.0f}{ratio(name, SMTPLIB_MSG):>15.2f}x"
            f"{ratio(name, ANCHOR):>23.2f}x"
        )
    print(f"\n(median of {args.rounds} rounds; ratios are medians of per-round ratios)\n")
    what_width = max(len(t[0]) for t in TARGETS) + 2
    for what, name, base, least in TARGETS:
        if name not in runs or base not in runs:
            print(f"{what:<{what_width}} not measured")
            continue
        r = ratio(name, base)
        verdict = "MET" if r >= least else "NOT MET"
        print(f"{what:<{what_width}}{r:>6.2f}x  target >= {least}x  {verdict:<8}{spread(ratios(name, base))}")
    pipeline_rows.report(ratio, lambda name, base: spread(ratios(name, base)))
    import_ratios = [b / a for a, b in imports]
    smtplib_ms = statistics.median(a for a, _ in imports)
    rs_ms = statistics.median(b for _, b in imports)
    r = statistics.median(import_ratios)
    verdict = "MET" if r <= IMPORT_TARGET else "NOT MET"
    print(
        f"{'import resilient_smtp vs import smtplib':<{what_width}}{r:>6.2f}x  target <= {IMPORT_TARGET:.2f}x "
        f"(25 ms where smtplib takes 19.5)  {verdict:<8}{spread(import_ratios)}; here {rs_ms:.1f} vs {smtplib_ms:.1f} ms"
    )
    print(
        f"(with a connection per call, keep_alive=0, send() is {ratio(RS_FRESH, SMTPLIB_MSG):.2f}x smtplib and "
        f"{ratio(RS_FRESH, SOURCE_1):.2f}x the C smtp-source -s 1; the floor there, a minimal raw-socket client, is "
        f"{ratio(RAW, SMTPLIB_MSG):.2f}x)"
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
