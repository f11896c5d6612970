"""The dialogue kept in step and bulk kept moving: replies where none is due (issue 15 item 3), a slow final reply
that must not hold back the other connections (issue 15 item 8), and transactions pipelined across messages
(RFC 2920, issue 11)."""

from __future__ import annotations

import asyncio
import socket
import time

import pytest
import resilient_smtp
from conftest import make_message
from peers import Conversation, ScriptedServer
from resilient_smtp.errors import DeliveryUncertain, ProtocolError

# --------------------------------------------------------------------------------------------------------------------
# Out-of-step replies


def _final_then(extra: str, delay: float = 0.0):
    """The reply to ".": 250, then an unsolicited line (in the same write, or ``delay`` seconds later)."""

    def act(conv: Conversation, line: str) -> None:
        if delay:
            conv.reply("250 2.0.0 Ok: queued")
            time.sleep(delay)
            conv.reply(extra)
        else:
            conv.send(b"250 2.0.0 Ok: queued\r\n" + extra.encode() + b"\r\n")

    return act


def test_extra_reply_after_the_final_one_is_a_protocol_error_and_not_reused() -> None:
    """Case 1 of the issue: with an unsolicited line right after the final 250, that message is "maybe delivered"
    (its 250 may answer something else), and the connection is not reused: the next message does not read every reply
    one step late (on the main of issue 15 it failed permanently with `DataRefused: 250`)."""
    with ScriptedServer({".": _final_then("250 2.0.0 extra, unasked")}) as server:
        with resilient_smtp.Sender(server.address, tls="off", retry=1) as sender:
            with pytest.raises(DeliveryUncertain) as first:
                sender.send(make_message(subject="one"))
            assert isinstance(first.value, ProtocolError)
            assert first.value.maybe_delivered and "out of step" in str(first.value)
            server.replies.clear()
            assert sender.send(make_message(subject="two")).code == 250
        assert server.connections == 2
    assert len(server.messages) == 2


def test_extra_reply_arriving_while_idle_retires_the_pooled_connection() -> None:
    """The unsolicited line comes after the message was settled, while the connection sits in the pool: the pool
    sees it at checkout and opens a new connection instead of reading it as the reply to RSET."""
    with ScriptedServer({".": _final_then("250 2.0.0 extra, unasked", delay=0.05)}) as server:
        with resilient_smtp.Sender(server.address, tls="off", retry=1) as sender:
            assert sender.send(make_message(subject="one")).code == 250
            time.sleep(0.2)
            server.replies.clear()
            assert sender.send(make_message(subject="two")).code == 250
            assert sender.pool_stats == (2, 0)
    assert len(server.messages) == 2


def _premature_final_on(nth: int):
    """The replies to DATA and ".": the ``nth`` DATA (from 1) gets 354 and a premature 250 in one write, and its
    message is then refused; the others are accepted."""
    count = [0]

    def data(conv: Conversation, line: str) -> None:
        with conv.server.lock:
            count[0] += 1
            conv.premature = count[0] == nth  # type: ignore[attr-defined]
        prefix = b"354 End data with <CR><LF>.<CR><LF>\r\n"
        conv.send(prefix + b"250 2.0.0 Ok: too early\r\n" if conv.premature else prefix)  # type: ignore[attr-defined]

    def final(conv: Conversation, line: str) -> None:
        conv.reply("554 5.6.0 message refused" if conv.premature else "250 2.0.0 Ok")  # type: ignore[attr-defined]

    return {"DATA": data, ".": final}


def test_premature_final_reply_with_354_is_not_taken_as_delivered() -> None:
    """Case 2 of the issue: a 250 arriving together with the 354 was taken as the reply to "." (delivered) although
    the server refused the message. Now nothing is sent: a transient protocol error before the message."""
    with ScriptedServer(_premature_final_on(1)) as server:
        with resilient_smtp.Sender(server.address, tls="off", retry=1) as sender:
            with pytest.raises(ProtocolError) as err:
                sender.send(make_message())
            assert not err.value.maybe_delivered and err.value.transient
            assert "out of step" in str(err.value)
            assert err.value.phase == "data"
    assert server.messages == []


def test_premature_final_reply_in_bulk_is_that_message_outcome_only() -> None:
    """The same in bulk: that one message fails (transiently), the others are delivered."""
    raw = b"From: a@example.com\r\nTo: b@example.net\r\nSubject: %d\r\n\r\nbody\r\n"
    with ScriptedServer(_premature_final_on(3)) as server:
        with resilient_smtp.Sender(server.address, tls="off", retry=1) as sender:
            outs = sender.send_many([(raw % i, "a@example.com", ["b@example.net"]) for i in range(6)], concurrency=2)
    failed = [o for o in outs if isinstance(o, Exception)]
    assert len(failed) == 1 and isinstance(failed[0], ProtocolError) and not failed[0].maybe_delivered
    assert len(server.messages) == 5


# --------------------------------------------------------------------------------------------------------------------
# Head-of-line blocking in bulk

HOL_MESSAGES = 2000
HOL_LATE_EVERY = 50  # 2 % of the final replies
HOL_DELAY = 1.0


def _every_nth_final_reply_late():
    """The reply to ".": every HOL_LATE_EVERY-th message the server takes is answered HOL_DELAY seconds late."""
    count = [0]

    def act(conv: Conversation, line: str) -> None:
        with conv.server.lock:
            count[0] += 1
            late = count[0] % HOL_LATE_EVERY == 0
        if late:
            conv.server.stop_event.wait(HOL_DELAY)
        conv.reply("250 2.0.0 Ok: queued")

    return act


class _NoDelayServer(ScriptedServer):
    """A ScriptedServer that writes each reply at once (TCP_NODELAY): with Nagle, its reply lines written one by one
    wait for the client's delayed ACK (~40 ms per transaction), which would hide the stalls measured here."""

    def _serve(self, sock: socket.socket) -> None:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super()._serve(sock)


def _hol_items() -> list[tuple[bytes, str, list[str]]]:
    raw = b"From: a@example.com\r\nTo: b@example.net\r\nMessage-ID: <hol-%d@example.com>\r\n\r\nbody %d\r\n"
    return [(raw % (i, i), "a@example.com", ["b@example.net"]) for i in range(HOL_MESSAGES)]


def _check_hol(outs: list, elapsed: float) -> None:
    assert [o.message_id for o in outs] == [f"<hol-{i}@example.com>" for i in range(HOL_MESSAGES)]
    # 40 late replies over 8 connections: ~5 s when a stalled transaction holds back only itself (21-24 s when it
    # held back every other connection's refill). The bound only says how late it may be, with slack for a loaded CI.
    ideal = HOL_MESSAGES // HOL_LATE_EVERY * HOL_DELAY / 8
    assert elapsed < 2.2 * ideal, f"{HOL_MESSAGES} messages took {elapsed:.1f} s (ideal ~{ideal:.0f} s)"


def test_a_slow_final_reply_does_not_hold_back_the_other_connections() -> None:
    with _NoDelayServer({".": _every_nth_final_reply_late()}) as server:
        with resilient_smtp.Sender(server.address, tls="off", retry=1) as sender:
            started = time.monotonic()
            outs = sender.send_many(_hol_items(), concurrency=8)
            elapsed = time.monotonic() - started
    _check_hol(outs, elapsed)


def test_a_slow_final_reply_does_not_hold_back_the_other_connections_async() -> None:
    async def run(sender: resilient_smtp.Sender) -> list:
        return await sender.send_many_async(_hol_items(), concurrency=8)

    with _NoDelayServer({".": _every_nth_final_reply_late()}) as server:
        with resilient_smtp.Sender(server.address, tls="off", retry=1) as sender:
            started = time.monotonic()
            outs = asyncio.run(run(sender))
            elapsed = time.monotonic() - started
    _check_hol(outs, elapsed)


# --------------------------------------------------------------------------------------------------------------------
# Pipelining across transactions (RFC 2920 §3.1: message content may start a group)


def _raw_items(n: int, tag: str = "x") -> list[tuple[bytes, str, list[str]]]:
    raw = b"From: a@example.com\r\nTo: b@example.net\r\nMessage-ID: <%s-%d@example.com>\r\n\r\nbody %d\r\n"
    return [(raw % (tag.encode(), i, i), "a@example.com", ["b@example.net"]) for i in range(n)]


def _final_sees_next_mail(seen: list):
    """The reply to ".": notes whether the next transaction's commands came in the same write as the content."""

    def act(conv: Conversation, line: str) -> None:
        seen.append(b"MAIL FROM" in conv.buffer and conv.buffer.endswith(b"DATA\r\n"))
        conv.reply("250 2.0.0 Ok: queued")

    return act


def test_bulk_content_goes_in_one_write_with_the_next_transaction() -> None:
    seen: list = []
    with _NoDelayServer({".": _final_sees_next_mail(seen)}) as server:
        with resilient_smtp.Sender(server.address, tls="off", retry=1) as sender:
            outs = sender.send_many(_raw_items(40), concurrency=2)
            opened, reused = sender.pool_stats
            assert opened + reused == 40
    assert [o.message_id for o in outs] == [f"<x-{i}@example.com>" for i in range(40)]
    assert len(server.messages) == 40 and opened <= 2 and server.connections <= 2
    # Most messages carry the next transaction (not all: one whose owner finds nobody waiting for a connection sends
    # its content alone, which depends on how fast this process refills the stream), with no RSET between them:
    # "." ended the previous transaction (RFC 5321 §4.1.1.4). Only a connection back from the idle pool gets one.
    assert sum(seen) >= 20, seen
    assert server.verbs().count("RSET") <= len(seen) - sum(seen)


def test_no_pipelining_across_transactions_without_pipelining() -> None:
    seen: list = []
    with _NoDelayServer({".": _final_sees_next_mail(seen)}, ehlo_lines=("8BITMIME",)) as server:
        with resilient_smtp.Sender(server.address, tls="off", retry=1) as sender:
            outs = sender.send_many(_raw_items(10), concurrency=2)
    assert all(isinstance(o, resilient_smtp.SendResult) for o in outs)
    assert not any(seen)


def _nth_final(nth: int, act, carried: list):
    """The reply to ".": ``act(conv)`` for the ``nth`` message the server takes (noting whether the next
    transaction's commands came with it), 250 for the others."""
    count = [0]

    def final(conv: Conversation, line: str) -> bool:
        with conv.server.lock:
            count[0] += 1
            mine = count[0] == nth
        if not mine:
            conv.reply("250 2.0.0 Ok: queued")
            return True
        carried.append(b"MAIL FROM" in conv.buffer)
        return act(conv)

    return final


def test_lost_reply_after_carried_content_is_maybe_delivered_and_the_next_is_not_sent() -> None:
    """The server takes a message and closes without its final reply while the next transaction's commands came in
    the same write: that message "may have been delivered"; the next one was never answered, so it is not sent
    there and goes on a new connection (delivered once)."""
    carried: list = []
    script = {".": _nth_final(5, lambda conv: False, carried)}
    with _NoDelayServer(script) as server:
        with resilient_smtp.Sender(server.address, tls="off", retry=1) as sender:
            outs = sender.send_many(_raw_items(20), concurrency=2)
    assert carried == [True]
    uncertain = [i for i, o in enumerate(outs) if isinstance(o, Exception)]
    assert len(uncertain) == 1, outs
    lost = outs[uncertain[0]]
    assert isinstance(lost, DeliveryUncertain) and lost.maybe_delivered and lost.phase == "data_done"
    # Every message reached the server exactly once (the lost one included: the server has it).
    ids = sorted(m.data.split(b"Message-ID: ")[1].split(b"\r\n")[0] for m in server.messages)
    assert ids == sorted(f"<x-{i}@example.com>".encode() for i in range(20))


def test_refused_carried_content_fails_alone() -> None:
    """A 554 to a message whose content carried the next transaction: that message fails permanently, the next
    one goes on on the same connection."""
    carried: list = []

    def refuse(conv: Conversation) -> bool:
        conv.reply("554 5.6.0 content refused")
        return True

    with _NoDelayServer({".": _nth_final(5, refuse, carried)}) as server:
        with resilient_smtp.Sender(server.address, tls="off", retry=1) as sender:
            outs = sender.send_many(_raw_items(20), concurrency=2)
            opened, _ = sender.pool_stats
    assert carried == [True]
    failed = [o for o in outs if isinstance(o, Exception)]
    assert len(failed) == 1 and isinstance(failed[0], resilient_smtp.DataRefused) and not failed[0].transient
    assert not failed[0].maybe_delivered
    assert opened == 2
