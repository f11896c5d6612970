"""Hostile and broken peers (issue 15): outcomes that stay honest across retries, bulk streams that never lose an
outcome, STARTTLS injection before the command, no Rust panic reaching Python, header injection inside DATA, and
server text never reaching a terminal raw."""

from __future__ import annotations

import email.message
import itertools
import math
import random
import subprocess
import sys

import pytest
import resilient_smtp as rs
from conftest import make_message
from peers import ScriptedServer, SmtpSink, closed_port, drop, stall
from resilient_smtp import _core
from resilient_smtp._client import client_options

NO_WAIT = rs.RetryPolicy(max_attempts=3, initial_delay=0, jitter="none")


def fast(**phases: float) -> rs.Timeouts:
    return rs.Timeouts(**{"connect": 2.0, "greeting": 2.0, "ehlo": 2.0, "starttls": 2.0, "mail": 2.0} | phases)


# --------------------------------------------------------------------------------------------------------------------
# 1. "Maybe delivered" is sticky


def test_maybe_delivered_survives_a_later_permanent_refusal() -> None:
    """Attempt 1 loses the reply after "." (the server has the message); the resend gets 550 at RCPT. The message
    may still have been delivered: the outcome must say so, whatever the later attempt said."""

    def rcpt(conv, line):
        if conv.server.connections == 1:
            conv.recipients.append(line[8:].split(">")[0].lstrip("<"))
            conv.reply("250 2.1.5 Ok")
        else:
            conv.reply("550 5.1.1 No such user (now)")
        return True

    with ScriptedServer({"RCPT": rcpt, ".": drop}) as server:
        with pytest.raises(rs.DeliveryError) as info:
            rs.send(make_message(), server.address, tls="off", retry=NO_WAIT, retry_uncertain=True, timeouts=fast())
        assert len(server.messages) == 1  # the server did get it, once
    e = info.value
    assert e.maybe_delivered and isinstance(e, rs.DeliveryUncertain), repr(e)
    assert not e.transient
    assert [a.phase for a in e.attempts] == ["data_done", "rcpt"]


def test_a_confirmed_resend_is_a_delivery() -> None:
    def dot(conv, line):
        if conv.server.connections == 1:
            return False  # the reply after "." is lost
        conv.reply("250 2.0.0 Ok: queued")
        return True

    with ScriptedServer({".": dot}) as server:
        result = rs.send(make_message(), server.address, tls="off", retry=NO_WAIT, retry_uncertain=True)
        assert len(server.messages) == 2
    assert result.code == 250 and [a.phase for a in result.attempts] == ["data_done", "data_done"]


# --------------------------------------------------------------------------------------------------------------------
# 2. Bulk never loses an outcome


def _refused_by_the_generator() -> email.message.Message:
    """A compat32 message whose Subject the stdlib generator refuses (HeaderParseError: an embedded header)."""
    m = email.message.Message()
    m["From"], m["To"] = "alice@example.com", "bob@example.net"
    m["Subject"] = "hello\nReply-To: attacker@evil.test"
    m.set_payload("body\n")
    return m


def _items(n: int, bad_at: int | None = None):
    for i in range(n):
        if i == bad_at:
            yield _refused_by_the_generator()
        else:
            yield (f"Subject: {i}\r\n\r\nbody {i}\r\n".encode(), "alice@example.com", ["bob@example.net"])


def test_send_many_a_bad_item_is_its_own_outcome() -> None:
    with SmtpSink() as sink, rs.Sender(sink.address, tls="off", retry=1) as sender:
        outcomes = sender.send_many(_items(6, bad_at=3), concurrency=2)
        assert sink.received() == 5
    assert isinstance(outcomes[3], ValueError) and "header" in str(outcomes[3])
    assert [isinstance(o, rs.SendResult) for o in outcomes] == [True, True, True, False, True, True]


def test_send_many_iterator_error_keeps_every_outcome() -> None:
    def broken():
        yield from _items(5)
        raise LookupError("the caller's database went away")

    with SmtpSink() as sink, rs.Sender(sink.address, tls="off", retry=1) as sender:
        with pytest.raises(LookupError) as info:
            sender.send_many(broken(), concurrency=4)
        assert sink.received() == 5
        # The sender is still usable.
        assert sender.send(b"Subject: x\r\n\r\nx\r\n", sender="a@example.com", recipients="b@example.net").code == 250
    outcomes = info.value.outcomes
    assert len(outcomes) == 5 and all(isinstance(o, rs.SendResult) for o in outcomes)


def test_send_many_callback_error_lets_in_flight_deliveries_finish() -> None:
    """The callback fails at the first outcome while others are in flight (the last reply of each comes 0.3 s
    late): none is cut off after its ".", and the exception carries the outcome of every item read."""
    import time

    def slow_dot(conv, line):
        time.sleep(0.3)
        conv.reply("250 2.0.0 Ok: queued")
        return True

    def callback(done, total, outcome):
        raise RuntimeError("progress bar broke")

    with ScriptedServer({".": slow_dot}) as server, rs.Sender(server.address, tls="off", retry=1) as sender:
        with pytest.raises(RuntimeError) as info:
            sender.send_many(_items(40), concurrency=4, progress=callback)
        delivered = len(server.messages)
    outcomes = info.value.outcomes
    assert 4 <= len(outcomes) < 40  # the stream stopped reading, but everything read is reported
    assert all(isinstance(o, rs.SendResult) for o in outcomes), outcomes
    assert delivered == len(outcomes)  # nothing delivered without an outcome


def test_send_many_async_iterator_error_keeps_every_outcome() -> None:
    import asyncio

    def broken():
        yield from _items(3)
        raise LookupError("gone")

    async def go():
        async with rs.Sender(sink.address, tls="off", retry=1) as sender:
            return await sender.send_many_async(broken(), concurrency=2)

    with SmtpSink() as sink:
        with pytest.raises(LookupError) as info:
            asyncio.run(go())
        assert sink.received() == 3
    assert len(info.value.outcomes) == 3 and all(isinstance(o, rs.SendResult) for o in info.value.outcomes)


def test_imap_gives_every_outcome_before_the_iterator_error() -> None:
    def broken():
        yield from _items(3)
        raise LookupError("gone")

    seen: list[object] = []
    with SmtpSink() as sink, rs.Sender(sink.address, tls="off", retry=1) as sender:
        with pytest.raises(LookupError):
            seen.extend(sender.imap(broken(), concurrency=8))
    assert len(seen) == 3 and all(isinstance(o, rs.SendResult) for o in seen)


# --------------------------------------------------------------------------------------------------------------------
# 4. STARTTLS injection before the command


def test_reply_pipelined_before_starttls_is_injection() -> None:
    """A "220" sent right after the EHLO reply, before STARTTLS was sent, would be taken as its answer."""

    def ehlo(conv, line):
        conv.send(b"250-scripted.test\r\n250-PIPELINING\r\n250 STARTTLS\r\n220 2.0.0 Ready to start TLS\r\n")
        return True

    with ScriptedServer({"EHLO": ehlo, "STARTTLS": stall}, ehlo_lines=["STARTTLS"]) as server:
        with pytest.raises(rs.ResponseInjection) as info:
            rs.send(make_message(), server.address, tls="starttls", retry=1, timeouts=fast(starttls=1.0))
        assert "STARTTLS" not in server.verbs()
    assert info.value.phase == "starttls" and not info.value.transient


# --------------------------------------------------------------------------------------------------------------------
# 5. No panic reaches Python


def test_huge_retry_delays_are_refused_not_a_panic() -> None:
    for bad in ({"initial_delay": 1e20}, {"max_delay": 1e300}, {"initial_delay": 1e9 + 1}):
        with pytest.raises(ValueError, match="seconds"):
            rs.RetryPolicy(**bad)
    # The core's own rule, for a caller that bypasses the Python checks.
    args, _ = client_options("127.0.0.1", closed_port(), tls="off")
    for name, value in (("initial_delay", 1e20), ("max_delay", 1e300), ("max_delay", math.inf)):
        with pytest.raises(ValueError, match=name):
            _core.Client(**{**args, name: value})


_EXTREMES = (0.0, -0.0, 5e-324, 1e-9, 0.5, 1.0, 2.0, 1e9, 1e9 + 1, 1e20, 1e300, 1.7e308, math.inf, -1.0, math.nan)


def test_no_option_value_reaches_a_panic() -> None:
    """A fuzz over the numeric options: a client is built or refused with ValueError, and one built sends (to a
    closed port: a transient failure, so the backoff and retry_after arithmetic run) without a panic."""
    rng = random.Random(15)
    port = closed_port()
    args, _ = client_options(f"127.0.0.1:{port}", None, tls="off")
    names = ("initial_delay", "multiplier", "max_delay", "deadline", "pool_idle_timeout")
    combos = list(itertools.product(_EXTREMES, repeat=2))
    rng.shuffle(combos)
    built = 0
    for i, (a, b) in enumerate(combos[:150]):
        one, two = names[i % len(names)], names[(i + 2) % len(names)]
        trial = {**args, one: a, two: b, "max_attempts": 1 + i % 2, "pool": bool(i % 3 == 0)}
        if trial["max_attempts"] > 1 and trial["max_delay"] > 0.01:
            trial["max_delay"] = 0.01  # a backoff actually slept must stay short
        try:
            client = _core.Client(**trial)
        except ValueError:
            continue
        built += 1
        try:
            client.send(b"Subject: x\r\n\r\nx\r\n", "a@example.com", ["b@example.net"])
        except rs.ConnectionRefused as e:
            assert e.transient
        finally:
            client.close()
    assert built > 20


@pytest.mark.parametrize("where", ["here", "task"])
def test_a_panic_at_the_boundary_is_a_runtime_error(where: str) -> None:
    """The guard itself: the test hook panics in the core (on the calling thread, or in a runtime task); Python sees
    a RuntimeError saying so, not pyo3's PanicException (a BaseException that `except Exception` misses)."""
    with pytest.raises(RuntimeError, match=r"internal error.*test panic"):
        _core._panic_for_test(where)


# --------------------------------------------------------------------------------------------------------------------
# 6. Header injection inside DATA


def _compat32(subject: str) -> email.message.Message:
    m = email.message.Message()
    m["From"], m["To"], m["Subject"] = "alice@example.com", "bob@example.net", subject
    m.set_payload("body\n")
    return m


INJECTED_VALUES = [
    "hello\r\nReply-To : attacker@evil.test",  # passes compat32's own embedded-header check (space before ":")
    "hello\nBcc: attacker@evil.test",
    "hello\rBcc: attacker@evil.test",
    "hello\x00world",
    "hello\r\n",
]

INJECTED_BLOCKS = [
    b"From: a@example.com\r\nSubject: hi\rBcc: evil@evil.test\r\n\r\nbody\r\n",
    b"From: a@example.com\r\nSubject: hi\nBcc: evil@evil.test\r\n\r\nbody\r\n",
    b"From: a@example.com\r\nSubject: h\x00i\r\n\r\nbody\r\n",
]


@pytest.mark.parametrize("value", INJECTED_VALUES)
def test_header_injection_in_a_message_is_refused_before_any_byte(value: str) -> None:
    with ScriptedServer() as server:
        with pytest.raises(ValueError, match="header"):
            rs.send(_compat32(value), server.address, tls="off", retry=1)
        assert server.connections == 0


@pytest.mark.parametrize("block", INJECTED_BLOCKS)
def test_header_injection_in_raw_bytes_and_str_is_refused(block: bytes) -> None:
    with ScriptedServer() as server:
        for message in (block, block.decode("latin-1")):
            with pytest.raises(ValueError, match="header"):
                rs.send(message, server.address, sender="a@example.com", recipients=["b@example.net"], tls="off")
        with rs.Sender(server.address, tls="off") as sender:  # the native bulk path too
            [outcome] = sender.send_many([(block, "a@example.com", ["b@example.net"])])
        assert isinstance(outcome, ValueError)
        assert server.connections == 0


def test_header_injection_in_an_attachment_part_is_refused() -> None:
    m = make_message()
    m.add_attachment(b"x", maintype="application", subtype="octet-stream", filename="a.bin")
    part = next(iter(m.iter_attachments()))
    part._headers.append(("X-Evil", "a\r\nBcc: evil@evil.test"))  # as a careless serializer could leave it
    with pytest.raises(ValueError, match="header"):
        rs.send(m, "127.0.0.1:1", tls="off")


def test_folded_headers_and_plain_text_still_go_through() -> None:
    folded = _compat32("a long subject\r\n\tcontinued on a folded line")
    with SmtpSink() as sink:
        rs.send(folded, sink.address, tls="off", retry=1)
        rs.send(b"no header block at all\r\n", sink.address, sender="a@example.com", recipients="b@example.net")
        rs.send(b"Subject: lf\nX: y\n\nbody\n", sink.address, sender="a@example.com", recipients="b@example.net")
        assert sink.received() == 3


# --------------------------------------------------------------------------------------------------------------------
# 7. Terminal escapes from the network


CLI = (sys.executable, "-m", "resilient_smtp")
SEND = ("--subject", "s", "--body", "b", "--retry", "1")
HOSTILE = "\x1b]0;pwned\x07\x1b[2J\u202eevil"


def _hostile_peer() -> ScriptedServer:
    return ScriptedServer({"greeting": f"220 {HOSTILE}", "MAIL": f"550 5.7.1 {HOSTILE}"})


def test_errors_escape_control_characters() -> None:
    with _hostile_peer() as server, pytest.raises(rs.SenderRefused) as info:
        rs.send(make_message(), server.address, tls="off", retry=1)
    text = str(info.value) + "".join(a.error or "" for a in info.value.attempts)
    assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text
    assert "\\x1b]0;pwned\\x07" in str(info.value)
    assert HOSTILE.encode() in info.value.smtp_error  # the data itself is kept as the server sent it


def test_cli_probe_and_send_print_no_control_characters() -> None:
    with _hostile_peer() as server:
        probe = subprocess.run(
            [*CLI, "probe", server.address, "--tls", "off", "--rcpt", "b@x.test"],
            capture_output=True,
            timeout=60,
            check=False,
        )
        send = subprocess.run(
            [*CLI, "send", "--host", server.address, "--tls", "off", "--from", "a@x.test", "--to", "b@x.test", *SEND],
            capture_output=True,
            timeout=60,
            check=False,
        )
    for p in (probe, send):
        output = p.stdout + p.stderr
        assert b"pwned" in output, output  # the text is shown...
        assert b"\x1b" not in output and b"\x07" not in output and "\u202e".encode() not in output  # ...escaped


def test_probe_report_str_escapes_control_characters() -> None:
    with _hostile_peer() as server:
        report = rs.probe(server.address, tls="off", rcpt_to="b@x.test")
    text = str(report) + "".join(str(p) for p in report.problems)
    assert "pwned" in text and "\x1b" not in text and "\u202e" not in text
