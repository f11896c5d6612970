"""``resilient-smtp demo``: small SMTP servers inside this process, and deliveries through them, told step by step.

Everything runs on loopback (127.0.0.x, ephemeral ports) with the standard library only: no network, no installed
server. The servers are deliberately bad in one way each: one refuses connections, one stalls before its greeting,
one greylists the first attempt of every sender/recipient pair, one swallows the reply after "." (so the message may
or may not have been delivered), and one is healthy.
"""

from __future__ import annotations

import asyncio
import email.message
import logging
import socket
import sys
import threading
import time
from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any, Callable, TextIO

if TYPE_CHECKING:
    from typing_extensions import Self


__all__ = ["DemoServers", "run_demo"]

HELO = "demo.localhost"


def _loopback(n: int) -> str:
    """127.0.0.n if the system lets us bind it (Linux does for all of 127/8), else 127.0.0.1."""
    host = f"127.0.0.{n}"
    try:
        with socket.socket() as s:
            s.bind((host, 0))
        return host
    except OSError:
        return "127.0.0.1"


class _Server:
    """One asyncio SMTP server speaking just enough SMTP, with one behaviour."""

    def __init__(self, name: str, behaviour: str, host: str) -> None:
        self.name = name
        self.behaviour = behaviour
        self.host = host
        self.port = 0
        self.seen: set[tuple[str, str]] = set()
        self.delivered: list[bytes] = []
        self.connections = 0
        self.server: asyncio.base_events.Server | None = None

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    async def start(self) -> None:
        if self.behaviour == "refuse":
            # A port nothing listens on: the kernel answers the SYN with a reset, connect() fails at once.
            with socket.socket() as s:
                s.bind((self.host, 0))
                self.port = s.getsockname()[1]
            return
        self.server = await asyncio.start_server(self._serve, self.host, 0)
        self.port = self.server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self.server is not None:
            self.server.close()
            await self.server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1

        def say(line: str) -> None:
            writer.write(line.encode() + b"\r\n")

        try:
            if self.behaviour == "stall":
                await reader.read()  # says nothing; waits for the client to give up
                return
            say(f"220 {self.name}.demo ESMTP ready")
            sender = ""
            rcpts: list[str] = []
            while True:
                raw = await reader.readline()
                if not raw:
                    return
                line = raw.decode("utf-8", "replace").rstrip("\r\n")
                verb = line.split(" ", 1)[0].upper()
                if verb == "EHLO":
                    say(f"250-{self.name}.demo\r\n250-PIPELINING\r\n250-8BITMIME\r\n250 ENHANCEDSTATUSCODES")
                elif verb == "HELO":
                    say(f"250 {self.name}.demo")
                elif verb == "MAIL":
                    sender, rcpts = line.partition(":")[2].strip().strip("<>"), []
                    say("250 2.1.0 Ok")
                elif verb == "RCPT":
                    rcpt = line.partition(":")[2].strip().strip("<>")
                    if self.behaviour == "greylist" and (sender, rcpt) not in self.seen:
                        self.seen.add((sender, rcpt))
                        say(f"450 4.7.1 <{rcpt}>: Recipient address rejected: Greylisted, try again later")
                    else:
                        rcpts.append(rcpt)
                        say("250 2.1.5 Ok")
                elif verb == "DATA":
                    if not rcpts:
                        say("554 5.5.1 No valid recipients")
                        continue
                    say("354 End data with <CR><LF>.<CR><LF>")
                    lines = []
                    while True:
                        raw = await reader.readline()
                        if not raw:
                            return
                        if raw in (b".\r\n", b".\n"):
                            break
                        lines.append(raw[1:] if raw.startswith(b".") else raw)
                    self.delivered.append(b"".join(lines))
                    if self.behaviour == "lose_reply":
                        await reader.read()  # the message is in; the reply never comes
                        return
                    say(f"250 2.0.0 Ok: queued as DEMO{len(self.delivered)}")
                elif verb in ("RSET", "NOOP"):
                    say("250 2.0.0 Ok")
                elif verb == "QUIT":
                    say("221 2.0.0 Bye")
                    await writer.drain()
                    return
                else:
                    say("502 5.5.2 Command not recognized")
                await writer.drain()
        except (ConnectionError, asyncio.CancelledError):
            return
        finally:
            writer.close()


class DemoServers:
    """The demo's servers on a private event loop in a daemon thread; a context manager that stops them."""

    KINDS = (
        ("refusing", "refuse", 2),
        ("stalling", "stall", 3),
        ("greylisting", "greylist", 4),
        ("healthy", "ok", 5),
        ("reply-losing", "lose_reply", 6),
    )

    def __init__(self) -> None:
        self.servers: dict[str, _Server] = {name: _Server(name, b, _loopback(n)) for name, b, n in self.KINDS}
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="resilient-smtp-demo", daemon=True)

    def __getitem__(self, name: str) -> _Server:
        return self.servers[name]

    def _call(self, coro: Coroutine[Any, Any, None]) -> None:
        asyncio.run_coroutine_threadsafe(coro, self.loop).result(10)

    def __enter__(self) -> Self:
        self.thread.start()
        for s in self.servers.values():
            self._call(s.start())
        return self

    def __exit__(self, *exc: object) -> None:
        for s in self.servers.values():
            self._call(s.stop())

        async def cancel_rest() -> None:
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

        self._call(cancel_rest())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)
        self.loop.close()


def _message(subject: str) -> email.message.EmailMessage:
    msg = email.message.EmailMessage()
    msg["From"] = "demo@sender.example"
    msg["To"] = "you@receiver.example"
    msg["Subject"] = subject
    msg.set_content("Sent by `resilient-smtp demo` to a server inside the same process.\n")
    return msg


def run_demo(out: TextIO = sys.stdout) -> int:
    """Runs the demo, printing as it goes; returns the process exit code (0 when it ran as expected)."""

    def p(line: str = "") -> None:
        print(line, file=out, flush=True)

    started = time.monotonic()
    # The timeline below tells what the library logs; keep its warnings off stderr while the demo runs.
    quiet = logging.NullHandler()
    logger = logging.getLogger("resilient_smtp")
    logger.addHandler(quiet)
    try:
        return _run(p, started)
    finally:
        logger.removeHandler(quiet)


_TIMEOUTS = {"connect": 2.0, "greeting": 1.0, "data_done": 1.0}


class _Narrator:
    """Prints the demo: sections, and each delivery's attempts as a timeline with the servers' names."""

    def __init__(self, p: Callable[..., None], servers: DemoServers) -> None:
        self.p = p
        self.names = {s.address: s.name for s in servers.servers.values()}

    def label(self, host: str, ip: str | None, port: int | None) -> str:
        return self.names.get(f"{ip}:{port}", host)

    def section(self, title: str) -> None:
        self.p()
        self.p(f"== {title}")

    def timeline(self, attempts: list[Any]) -> None:
        for i, a in enumerate(attempts):
            if a.delay_before:
                self.p(f"    ... backoff: waited {a.delay_before:.2f} s before attempt {a.number}")
            outcome = a.error or f"delivered ({a.code} {a.enhanced_code or ''})".replace(" )", ")")
            where = f"{self.label(a.host, a.ip, a.port)} ({a.ip}:{a.port})"
            then = ""
            if a.error:
                following = attempts[i + 1] if i + 1 < len(attempts) else None
                if following is None:
                    then = "  -> giving up"
                elif following.number == a.number:
                    then = "  -> failover to the next relay"
                else:
                    then = "  -> backing off before the next attempt"
            self.p(f"    attempt {a.number}, {where}, phase {a.phase}: {outcome} [{a.elapsed:.3f} s]{then}")

    def unexpected(self, e: Exception) -> bool:
        self.p(f"  UNEXPECTED {type(e).__name__}: {e}")
        self.timeline(getattr(e, "attempts", []))
        return False


def _introduce(n: _Narrator, servers: DemoServers) -> bool:
    n.p("resilient-smtp demo: SMTP servers inside this process, on loopback; nothing leaves the machine.")
    for s in servers.servers.values():
        what = {
            "refuse": "refuses connections (nothing listens)",
            "stall": "accepts, then never greets",
            "greylist": "greylists first contact (450 4.7.1), accepts the retry",
            "ok": "healthy",
            "lose_reply": "takes the message, never answers the final '.'",
        }[s.behaviour]
        n.p(f"  {s.name:<13} {s.address:<16} {what}")
    return True


def _failover(n: _Narrator, servers: DemoServers) -> bool:
    """1. Failover across a relay list within one attempt."""
    import resilient_smtp
    from resilient_smtp import DeliveryError, RetryPolicy

    n.section("1. failover: relays [refusing, stalling, greylisting, healthy], greeting timeout 1 s")
    relays = [servers[name].address for name in ("refusing", "stalling", "greylisting", "healthy")]
    try:
        r = resilient_smtp.send(
            _message("demo 1: failover"),
            relays,
            timeouts=_TIMEOUTS,
            helo_name=HELO,
            retry=RetryPolicy(max_attempts=2, initial_delay=0.2, jitter="none"),
        )
    except DeliveryError as e:  # not expected
        return n.unexpected(e)
    n.timeline(r.attempts)
    n.p(f"  delivered by {n.label(r.host, r.ip, r.port)} in {r.elapsed:.3f} s: {r.code} {r.reply}")
    n.p("  phases of the delivering connection: " + ", ".join(f"{k} {v * 1000:.1f} ms" for k, v in r.timings.items()))
    return True


def _backoff(n: _Narrator, servers: DemoServers) -> bool:
    """2. Backoff: the only server that works greylists the first try; the retry after the backoff gets through."""
    import resilient_smtp
    from resilient_smtp import DeliveryError, RetryPolicy

    n.section("2. backoff: relays [refusing, greylisting], RetryPolicy(max_attempts=3, initial_delay=0.5)")
    try:
        r = resilient_smtp.send(
            _message("demo 2: backoff"),
            [servers["refusing"].address, servers["greylisting"].address],
            timeouts=_TIMEOUTS,
            helo_name=HELO,
            sender="backoff@sender.example",
            retry=RetryPolicy(max_attempts=3, initial_delay=0.5, jitter="none"),
        )
    except DeliveryError as e:  # not expected
        return n.unexpected(e)
    n.timeline(r.attempts)
    n.p(
        f"  delivered by {n.label(r.host, r.ip, r.port)} after {len({a.number for a in r.attempts})} "
        f"attempts in {r.elapsed:.3f} s: {r.code} {r.reply}"
    )
    return True


def _giving_up(n: _Narrator, servers: DemoServers) -> bool:
    """3. Giving up honestly: nothing works; the error says where and after what."""
    import resilient_smtp
    from resilient_smtp import DeliveryError, RetryPolicy

    n.section("3. giving up: relays [refusing, stalling], 2 attempts, deadline 10 s")
    try:
        resilient_smtp.send(
            _message("demo 3: nowhere"),
            [servers["refusing"].address, servers["stalling"].address],
            timeouts=_TIMEOUTS,
            helo_name=HELO,
            deadline=10,
            retry=RetryPolicy(max_attempts=2, initial_delay=0.3, jitter="none"),
        )
    except DeliveryError as e:
        n.timeline(e.attempts)
        n.p(f"  raised {type(e).__name__} (transient={e.transient}, phase={e.phase}): {e}")
        return True
    n.p("  UNEXPECTED: delivered")
    return False


def _maybe_delivered(n: _Narrator, servers: DemoServers) -> bool:
    """4. The reply after "." never comes: the message may have been delivered; no blind resend."""
    import resilient_smtp
    from resilient_smtp import DeliveryError, DeliveryUncertain

    n.section("4. maybe delivered: relay [reply-losing], reply timeout after '.' 1 s")
    try:
        resilient_smtp.send(
            _message("demo 4: lost reply"),
            servers["reply-losing"].address,
            timeouts=_TIMEOUTS,
            helo_name=HELO,
            retry=3,
        )
    except DeliveryUncertain as e:
        n.timeline(e.attempts)
        n.p(f"  raised {type(e).__name__} (maybe_delivered={e.maybe_delivered}): {e}")
        n.p(
            f"  the server did receive {len(servers['reply-losing'].delivered)} copy: not resent, "
            "since a resend could duplicate it (retry_uncertain=True allows it)"
        )
        return True
    except DeliveryError as e:  # not expected
        n.p(f"  UNEXPECTED {type(e).__name__}: {e}")
        return False
    n.p("  UNEXPECTED: delivered")
    return False


def _probe(n: _Narrator, servers: DemoServers) -> bool:
    """5. The probe: what is wrong with each server, in plain words."""
    import resilient_smtp

    n.section("5. probe: resilient_smtp.probe(...) on the greylisting and the stalling server")
    for name in ("greylisting", "stalling"):
        report = resilient_smtp.probe(
            servers[name].address,
            helo_name=HELO,
            rcpt_to="new@receiver.example",
            mail_from="probe@sender.example",
            timeouts={"greeting": 1.0},
        )
        n.p(str(report))
        n.p()
    return True


def _run(p: Callable[..., None], started: float) -> int:
    with DemoServers() as servers:
        n = _Narrator(p, servers)
        # Every scenario runs, even after one went wrong.
        results = [step(n, servers) for step in (_introduce, _failover, _backoff, _giving_up, _maybe_delivered, _probe)]
    p(f"demo finished in {time.monotonic() - started:.1f} s; try `resilient-smtp probe gmail.com` on a network.")
    return 0 if all(results) else 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run_demo())
