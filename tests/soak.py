"""The soak: many messages through ``Sender.send_many`` and ``send()`` against a scripted server that injects random
faults into every command (3-12 % each: 4xx, 5xx, 421 and close, a drop, a stall past the phase limit, a malformed
reply; after "." the drop, stall and malformed reply leave the server holding the message), with ``retry_uncertain``
both ways. It judges every outcome against what the server really holds:

- lost: no outcome, or "delivered" for a message the server never accepted;
- unreported duplicates: the server holds a message more than once and its outcome does not say it may be (no
  attempt of its history lost the reply after ".");
- wrong outcomes: "not delivered" (an error without ``maybe_delivered``) for a message the server holds;

and counts the client's file descriptors and RSS (the server runs in a process of its own) after the first fifth of
the messages (the warm-up: threads, caches and the allocator's arenas at one batch's peak) and at the end. Every count must be zero and fds/RSS flat .

    python tests/soak.py --messages 10000      # in the venv (the suite runs 2 000: tests/test_soak.py)
"""

from __future__ import annotations

import argparse
import collections
import gc
import logging
import multiprocessing
import os
import pickle
import random
import re
import socket
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))

import resilient_smtp as rs
from peers import Conversation, ScriptedServer
from resilient_smtp import _client

if TYPE_CHECKING:
    from typing_extensions import Self

FAULTS = ("4xx", "5xx", "421", "drop", "stall", "malformed")
LIMIT = 0.15  # every phase's timeout; a stall lasts longer (a slow machine's late reply is one more fault)
TIMEOUTS = rs.Timeouts(**{p: LIMIT for p in ("greeting", "ehlo", "mail", "rcpt", "data", "data_done", "rset")})
_MESSAGE_ID = re.compile(rb"^Message-ID: <[^>]*\.(\d+)@soak\.test>", re.MULTILINE | re.IGNORECASE)


class Ledger:
    """What the server did with each message it read to the end, by message number: "acked" (250 sent), "kept" (the
    reply was lost or garbled: it holds the message), "refused" (4xx/5xx after ".": it does not). Counters allocated
    up front, so the bookkeeping does not grow while RSS is measured."""

    KINDS = ("acked", "kept", "refused")

    def __init__(self, n: int) -> None:
        self.counts = {k: bytearray(n) for k in self.KINDS}
        self.unknown = 0
        self.emptied = 0
        self.faults: collections.Counter[str] = collections.Counter()
        self.lock = threading.Lock()

    def note(self, conv: Conversation, what: str) -> None:
        m = _MESSAGE_ID.search(conv.last_data)
        with self.lock:
            if m is None and not conv.last_data.strip():
                # A 354 to a pipelined DATA after MAIL or every RCPT failed: the client ends it with an empty
                # message (RFC 2920 §3.1), which is not one of ours.
                self.emptied += 1
            elif m is None:
                self.unknown += 1
            else:
                counts = self.counts[what]
                i = int(m.group(1))
                counts[i] = min(counts[i] + 1, 255)

    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        del state["lock"]
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self.lock = threading.Lock()

    def held(self, i: int) -> int:
        return self.counts["acked"][i] + self.counts["kept"][i]

    def story(self, i: int) -> str:
        return ", ".join(f"{k} {self.counts[k][i]}" for k in self.KINDS)


def _fault(conv: Conversation, kind: str) -> bool:
    """Carries out one fault; False ends the conversation."""
    if kind == "4xx":
        conv.reply("451 4.3.0 soak: try again later")
        return True
    if kind == "5xx":
        conv.reply("554 5.7.1 soak: refused")
        return True
    if kind == "421":
        conv.reply("421 4.3.2 soak: closing")
        return False
    if kind == "stall":
        conv.server.stop_event.wait(LIMIT * 2)
        return False
    if kind == "malformed":
        conv.send(b"2x0 soak: garbled\r\n")
        return False
    return False  # drop


def faulty_server(seed: int, n: int) -> tuple[ScriptedServer, Ledger]:
    """A scripted server with random faults in every command, and the ledger of what it holds of ``n`` messages."""
    rng = random.Random(seed)
    rates = {cmd: rng.uniform(0.03, 0.12) for cmd in ("greeting", "EHLO", "MAIL", "RCPT", "DATA", ".", "RSET")}
    ledger = Ledger(n)

    def draw(cmd: str) -> str | None:
        if rng.random() >= rates[cmd]:
            return None
        kind = rng.choice(FAULTS)
        with ledger.lock:
            ledger.faults[f"{cmd} {kind}"] += 1
        return kind

    def step(cmd: str, normal):
        def act(conv: Conversation, line: str) -> bool:
            kind = draw(cmd)
            return normal(conv, line) if kind is None else _fault(conv, kind)

        return act

    def ok(text: str):
        def reply(conv: Conversation, line: str) -> bool:
            conv.reply(text)
            return True

        return reply

    def ehlo(conv: Conversation, line: str) -> bool:
        conv.reply("250-soak.test\r\n250-PIPELINING\r\n250-8BITMIME\r\n250 SIZE 10240000")
        return True

    def rcpt(conv: Conversation, line: str) -> bool:
        conv.recipients.append(line[8:].split(">")[0].lstrip("<"))
        conv.reply("250 2.1.5 Ok")
        return True

    def dot(conv: Conversation, line: str) -> bool:
        kind = draw(".")
        if kind is None:
            ledger.note(conv, "acked")
            conv.reply("250 2.0.0 Ok: queued")
            return True
        ledger.note(conv, "kept" if kind in ("drop", "stall", "malformed") else "refused")
        return _fault(conv, kind)

    greet = step("greeting", ok("220 soak.test ESMTP"))

    def greeting(conv: Conversation, line: str) -> bool:
        # Pipelined replies go out in separate writes: without NODELAY each would wait for a delayed ACK (40 ms).
        conv.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return greet(conv, line)

    replies = {
        "greeting": greeting,
        "EHLO": step("EHLO", ehlo),
        "MAIL": step("MAIL", ok("250 2.1.0 Ok")),
        "RCPT": step("RCPT", rcpt),
        "DATA": step("DATA", ok("354 go ahead")),
        ".": dot,
        "RSET": step("RSET", ok("250 2.0.0 Ok")),
    }
    return ScriptedServer(replies), ledger


def _fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


@dataclass
class Figures:
    mode: str
    retry_uncertain: bool
    messages: int = 0
    delivered: int = 0
    uncertain: int = 0
    failed: int = 0
    lost: int = 0
    unreported_duplicates: int = 0
    reported_duplicates: int = 0
    wrong: int = 0
    unidentified: int = 0  # messages the server read without a Message-ID it could place (must be 0)
    fds_before: int = 0
    fds_after: int = 0
    rss_before: float = 0.0
    rss_after: float = 0.0
    elapsed: float = 0.0
    examples: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        zero = self.lost == self.unreported_duplicates == self.wrong == self.unidentified == 0
        return zero and self.fds_after <= self.fds_before

    def row(self) -> str:
        return (
            f"{self.mode:<10} {self.retry_uncertain!s:<6} {self.messages:>6} {self.delivered:>6} {self.uncertain:>5}"
            f" {self.failed:>5} {self.lost:>4} {self.unreported_duplicates:>6} {self.reported_duplicates:>5}"
            f" {self.wrong:>5} {self.fds_before:>3}->{self.fds_after:<3} {self.rss_before:>6.1f}->{self.rss_after:<6.1f}"
            f" {self.elapsed:>6.1f}"
        )


HEADER = (
    f"{'mode':<10} {'r_unc':<6} {'msgs':>6} {'deliv':>6} {'maybe':>5} {'fail':>5} {'lost':>4} {'unrDup':>6}"
    f" {'rDup':>5} {'wrong':>5} {'fds':>8} {'RSS MB':>14} {'secs':>6}"
)


def _messages(n: int, tag: str) -> list[tuple[bytes, str, list[str]]]:
    return [
        (
            f"Message-ID: <{tag}.{i}@soak.test>\r\nSubject: soak {i}\r\n\r\nmessage {i}\r\n".encode(),
            "soak@example.com",
            [f"rcpt{i % 7}@example.net"],
        )
        for i in range(n)
    ]


def _judge(fig: Figures, first: int, items, outcomes, ledger: Ledger) -> None:
    """Judges the outcomes of messages ``first``, ``first + 1``... against the ledger."""
    fig.messages += len(items)
    if len(outcomes) != len(items):
        fig.lost += abs(len(items) - len(outcomes))
    for i, out in enumerate(outcomes, first):
        held = ledger.held(i)
        lost_after_dot = any(a.phase == "data_done" and not a.ok for a in getattr(out, "attempts", []))
        if isinstance(out, rs.SendResult):
            fig.delivered += 1
            if not ledger.counts["acked"][i]:
                fig.lost += 1
                fig.examples.append(f"lost #{i}: delivered; server {ledger.story(i)}")
        elif getattr(out, "maybe_delivered", False):
            fig.uncertain += 1
        else:
            fig.failed += 1
            if held:
                fig.wrong += 1
                fig.examples.append(f"wrong #{i}: {type(out).__name__}: {out}; server {ledger.story(i)}")
        if held > 1:
            if lost_after_dot or getattr(out, "maybe_delivered", False):
                fig.reported_duplicates += 1
            else:
                fig.unreported_duplicates += 1
                fig.examples.append(f"duplicate #{i}: {out!r}; server {ledger.story(i)}")


class ServerProcess:
    """The faulty server in a process of its own, so that the fds and RSS measured are the client's alone (a server
    thread per connection in this process would add its own allocator growth); it hands over a snapshot of its
    ledger on request."""

    def __init__(self, seed: int, n: int) -> None:
        ctx = multiprocessing.get_context("spawn")  # (no fork of a process running the native runtime's threads)
        self.requests = ctx.Queue()
        self.replies = ctx.Queue()
        self.proc = ctx.Process(target=_serve, args=(seed, n, self.requests, self.replies), daemon=True)
        self.address = ""

    def __enter__(self) -> Self:
        self.proc.start()
        self.address = self.replies.get(timeout=60)
        return self

    def ledger(self) -> Ledger:
        self.requests.put("ledger")
        return pickle.loads(self.replies.get(timeout=60))

    def __exit__(self, *exc: object) -> None:
        self.requests.put("stop")
        self.proc.join(10)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.requests.close()
        self.replies.close()


def _serve(seed: int, n: int, requests, replies) -> None:
    server, ledger = faulty_server(seed, n)
    with server:
        replies.put(server.address)
        while requests.get() != "stop":
            # (what the server keeps of finished connections goes, so a long soak does not grow it)
            server.messages.clear()
            server.commands.clear()
            server.threads = [t for t in server.threads if t.is_alive()]
            server.socks = [x for x in server.socks if x.fileno() >= 0]
            with ledger.lock:
                snapshot = pickle.dumps(ledger)
            replies.put(snapshot)


def run(mode: str, retry_uncertain: bool, n: int, seed: int = 15) -> Figures:
    """``mode`` "send_many" (a Sender, concurrency 8) or "send" (one call per message, send()'s kept connections)."""
    fig = Figures(mode, retry_uncertain)
    retry = rs.RetryPolicy(max_attempts=3, initial_delay=0.005, max_delay=0.02)
    options = {"tls": "off", "retry": retry, "retry_uncertain": retry_uncertain, "timeouts": TIMEOUTS}
    tag = f"{mode}.{retry_uncertain}.{seed}"
    started = time.monotonic()
    with ServerProcess(seed, n) as server:
        everything = _messages(n, tag)
        size = max(n // 5, 1)
        for i in range(0, n, size):
            items = everything[i : i + size]
            if mode == "send_many":
                with rs.Sender(server.address, **options) as sender:
                    outcomes = sender.send_many(items, concurrency=8)
            else:
                outcomes = []
                for data, sender_addr, rcpts in items:
                    try:
                        outcomes.append(rs.send(data, server.address, sender=sender_addr, recipients=rcpts, **options))
                    except rs.DeliveryError as e:
                        outcomes.append(e)
                _client.close_cached()
            ledger = server.ledger()
            _judge(fig, i, items, outcomes, ledger)
            del outcomes, ledger
            gc.collect()
            if i == 0:
                # The first fifth warms up (the runtime's threads, caches, allocator arenas at the peak one batch of
                # outcomes needs): fds and RSS are measured after it, with every connection closed, and at the end.
                fig.fds_before, fig.rss_before = _fds(), _rss_mb()
        fig.fds_after, fig.rss_after = _fds(), _rss_mb()
        fig.unidentified = server.ledger().unknown
    fig.elapsed = time.monotonic() - started
    return fig


def soak(messages: int, seed: int = 15, modes=("send_many", "send")) -> list[Figures]:
    """``messages`` in all, spread over both modes and both settings of retry_uncertain (send_many takes 3/4: one
    send() at a time costs the stalls in full)."""
    out = []
    for mode in modes:
        share = (messages * 3 // 8 if mode == "send_many" else messages // 8) if len(modes) > 1 else messages // 2
        for retry_uncertain in (False, True):
            out.append(run(mode, retry_uncertain, share, seed))
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--messages", type=int, default=10000)
    p.add_argument("--seed", type=int, default=15)
    args = p.parse_args()
    logging.getLogger("resilient_smtp").setLevel(logging.ERROR)  # (every failed attempt is a WARNING)
    figures = soak(args.messages, args.seed)
    print(HEADER)
    for f in figures:
        print(f.row())
        for e in f.examples[:5]:
            print("   ", e)
    total = sum(f.messages for f in figures)
    print(
        f"{total} messages: lost {sum(f.lost for f in figures)}, unreported duplicates "
        f"{sum(f.unreported_duplicates for f in figures)}, wrong outcomes {sum(f.wrong for f in figures)}"
    )
    return 0 if all(f.clean for f in figures) else 1


if __name__ == "__main__":
    raise SystemExit(main())
