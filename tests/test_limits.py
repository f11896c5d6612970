"""Per-destination limits (``max_connections``, ``max_rate``) on ``Sender`` and ``Outbox``, against a private
Postfix smtpd enforcing anvil's limits (``smtpd_client_connection_count_limit``: 421 4.7.0 "too many connections";
``smtpd_client_message_rate_limit``: 450 4.7.1), and against aiosmtpd timing each arrival for the rate."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

import pytest
from peers import Arrivals, PostfixServer, anvil_limits
from resilient_smtp import DeliveryError, Outbox, RetryPolicy, Sender, SendResult

LIMIT = 2
# Connections refused by anvil, as smtpd logs them.
TOO_MANY = "Connection concurrency limit exceeded"


def raw(i: int) -> tuple[bytes, str, list[str]]:
    data = f"Message-ID: <limits-{i}@example.org>\r\nSubject: {i}\r\n\r\nbody {i}\r\n".encode()
    return data, "a@example.org", ["b@example.net"]


def retries(attempts: int, first: float) -> RetryPolicy:
    return RetryPolicy(max_attempts=attempts, initial_delay=first, multiplier=2, max_delay=4, jitter="none")


def test_max_connections_keeps_a_bulk_send_under_anvils_connection_limit() -> None:
    with PostfixServer(params=anvil_limits(connection_count_limit=LIMIT)) as pf:
        with Sender(pf.address, tls="off", retry=1, max_connections=LIMIT) as sender:
            outcomes = sender.send_many((raw(i) for i in range(40)), concurrency=8)
        failed = [o for o in outcomes if not isinstance(o, SendResult)]
        assert not failed, failed[:3]
        peak = pf.anvil_peak()
        assert TOO_MANY not in pf.maillog()
        assert 1 <= peak <= LIMIT, peak


def test_without_max_connections_the_same_send_hits_anvils_limit() -> None:
    # The test above can fail: with no limit, concurrency 8 opens 8 connections and anvil refuses the excess.
    with PostfixServer(params=anvil_limits(connection_count_limit=LIMIT)) as pf:
        with Sender(pf.address, tls="off", retry=1) as sender:
            outcomes = sender.send_many((raw(i) for i in range(40)), concurrency=8)
        refused = [o for o in outcomes if isinstance(o, DeliveryError)]
        assert refused, "anvil refused nothing"
        assert {(e.smtp_code, e.enhanced_code, e.transient) for e in refused} == {(421, "4.7.0", True)}, refused[:3]
        assert TOO_MANY in pf.maillog()
        assert pf.anvil_peak() > LIMIT


def test_async_and_threaded_sends_share_the_limit() -> None:
    with PostfixServer(params=anvil_limits(connection_count_limit=LIMIT)) as pf:
        with Sender(pf.address, tls="off", retry=1, max_connections=LIMIT) as sender:
            errors: list[BaseException] = []

            def send(i: int) -> None:
                try:
                    data, frm, to = raw(i)
                    sender.send(data, sender=frm, recipients=to)
                except BaseException as e:  # noqa: BLE001 (reported below)
                    errors.append(e)

            threads = [threading.Thread(target=send, args=(i,)) for i in range(8)]
            for t in threads:
                t.start()
            for t in threads:
                t.join(60)
        assert not errors, errors[:3]
        assert TOO_MANY not in pf.maillog()
        assert 1 <= pf.anvil_peak() <= LIMIT


def hold_connections(pf: PostfixServer, n: int) -> list[socket.socket]:
    """``n`` connections that read their greeting and stay open: they fill anvil's count."""
    socks = []
    for _ in range(n):
        s = socket.create_connection((pf.host, pf.port), timeout=10)
        assert s.recv(512).startswith(b"220")
        socks.append(s)
    return socks


def test_anvils_421_too_many_connections_is_transient_and_retried() -> None:
    with PostfixServer(params=anvil_limits(connection_count_limit=LIMIT)) as pf:
        held = hold_connections(pf, LIMIT)
        release = threading.Timer(0.5, lambda: [s.close() for s in held])
        release.start()
        try:
            data, frm, to = raw(0)
            with Sender(pf.address, tls="off", retry=retries(6, 0.2)) as sender:
                result = sender.send(data, sender=frm, recipients=to)
        finally:
            release.join()
        first = result.attempts[0]
        assert (first.code, first.enhanced_code, first.phase) == (421, "4.7.0", "greeting"), first
        assert "too many connections" in (first.error or "")
        assert result.code == 250 and len(result.attempts) >= 2


def test_anvils_450_message_rate_refusal_is_transient_and_retried() -> None:
    rate = anvil_limits(message_rate_limit=2) | {"anvil_rate_time_unit": "2s"}
    with PostfixServer(params=rate) as pf:
        with Sender(pf.address, tls="off", retry=retries(6, 0.5)) as sender:
            results = [sender.send(raw(i)[0], sender="a@example.org", recipients="b@example.net") for i in range(3)]
        refused = [a for r in results for a in r.attempts if a.code == 450]
        assert refused, [r.attempts for r in results]
        assert refused[0].enhanced_code == "4.7.1" and refused[0].phase == "mail", refused[0]
        assert all(r.code == 250 for r in results)


def test_max_connections_also_limits_an_outbox_worker(tmp_path: Path) -> None:
    with PostfixServer(params=anvil_limits(connection_count_limit=LIMIT)) as pf:
        box = Outbox(tmp_path / "o.db", pf.host, pf.port, tls="off", max_connections=LIMIT)
        box.put_many(raw(i) for i in range(30))
        assert box.work(until_idle=True, concurrency=8)["sent"] == 30
        assert TOO_MANY not in pf.maillog()
        assert 1 <= pf.anvil_peak() <= LIMIT


RATE = 20.0
# At least 3 s of sending at RATE, past the first arrivals (which also open connections).
MESSAGES = 70


def check_rate(server: Arrivals) -> None:
    assert len(server.times) == MESSAGES
    rate = server.rate()
    # Never faster than the limit (10 % for the clocks of two threads); not much slower either (a lateness bound).
    assert rate <= RATE * 1.1, f"{rate:.1f} msg/s"
    assert rate >= RATE * 0.5, f"{rate:.1f} msg/s"


def test_max_rate_holds_for_a_sender() -> None:
    with Arrivals() as server:
        with Sender(server.address, tls="off", max_rate=RATE) as sender:
            outcomes = sender.send_many((raw(i) for i in range(MESSAGES)), concurrency=8)
        assert all(isinstance(o, SendResult) for o in outcomes)
        check_rate(server)


def test_max_rate_holds_for_an_outbox_worker(tmp_path: Path) -> None:
    with Arrivals() as server:
        box = Outbox(tmp_path / "o.db", server.host, server.port, tls="off", max_rate=RATE)
        box.put_many(raw(i) for i in range(MESSAGES))
        assert box.work(until_idle=True, concurrency=8)["sent"] == MESSAGES
        check_rate(server)


@pytest.mark.parametrize(
    ("options", "error", "match"),
    [
        ({"max_connections": 0}, ValueError, "max_connections must be a number of connections from 1"),
        ({"max_connections": -3}, ValueError, "max_connections"),
        ({"max_connections": 10**30}, ValueError, "max_connections"),
        ({"max_connections": True}, ValueError, "max_connections must be an int"),
        ({"max_connections": 2.5}, ValueError, "max_connections must be an int"),
        ({"max_connections": "2"}, ValueError, "max_connections must be an int"),
        ({"max_rate": 0}, ValueError, "max_rate must be a positive number of messages per second"),
        ({"max_rate": -1.0}, ValueError, "max_rate"),
        ({"max_rate": float("nan")}, ValueError, "max_rate"),
        ({"max_rate": float("inf")}, ValueError, "max_rate"),
        ({"max_rate": "5"}, ValueError, "max_rate must be a number"),
        ({"max_rate": False}, ValueError, "max_rate must be a number"),
    ],
)
def test_bad_limits_are_refused_before_anything_is_sent(
    options: dict[str, object], error: type[Exception], match: str, tmp_path: Path
) -> None:
    with pytest.raises(error, match=match):
        Sender("127.0.0.1", tls="off", **options)  # type: ignore[arg-type]
    with pytest.raises(error, match=match):
        Outbox(tmp_path / "o.db", "127.0.0.1", tls="off", **options)  # type: ignore[arg-type]


def test_limits_are_a_senders_options_not_sends() -> None:
    import resilient_smtp

    with pytest.raises(TypeError, match="max_connections"):
        resilient_smtp.send(raw(0)[0], "127.0.0.1", tls="off", max_connections=2)  # type: ignore[call-arg]
