"""Retries, backoff, the deadline, failover across relays and MX hosts (real dnsmasq), per-recipient outcomes and
honest outcomes after a lost final reply."""

from __future__ import annotations

import email
import logging
import time

import pytest
import resilient_smtp as rs
from conftest import make_message
from peers import Dnsmasq, ScriptedServer, SmtpSink, closed_port, free_port

NO_JITTER = {"initial_delay": 0.2, "multiplier": 2.0, "max_delay": 10.0, "jitter": "none"}


def shared_port(*hosts: str) -> int:
    """A port free on every given loopback address, so several "MX hosts" can share it."""
    for _ in range(50):
        port = free_port(hosts[0])
        try:
            for h in hosts[1:]:
                assert free_port(h) and _bindable(h, port)
            return port
        except AssertionError:
            continue
    raise RuntimeError("no shared free port")


def _bindable(host: str, port: int) -> bool:
    import socket

    with socket.socket() as s:
        try:
            s.bind((host, port))
            return True
        except OSError:
            return False


MX_RECORDS = {
    "mx": [("example.test", "mx1.example.test", 10), ("example.test", "mx2.example.test", 20), ("null.test", ".", 0)],
    "a": [("mx1.example.test", "127.0.0.2"), ("mx2.example.test", "127.0.0.3"), ("implicit.test", "127.0.0.4")],
}


# --------------------------------------------------------------------------------------------------------------------
# MX routes


def test_first_mx_refusing_connections_second_delivers_in_the_same_attempt() -> None:
    port = shared_port("127.0.0.2", "127.0.0.3")
    with Dnsmasq(**MX_RECORDS) as dns, SmtpSink(host="127.0.0.3", port=port) as mx2:
        start = time.monotonic()
        result = rs.send(
            make_message(to="bob@example.test"),
            None,
            port,
            resolver=dns.address,
            tls="off",
            retry=rs.RetryPolicy(max_attempts=3, **NO_JITTER),
        )
        took = time.monotonic() - start
        assert mx2.received() == 1
    assert took < 1.0
    assert result.host == "mx2.example.test" and result.ip == "127.0.0.3"
    assert [(a.number, a.host, a.ip, a.phase, a.ok) for a in result.attempts] == [
        (1, "mx1.example.test", "127.0.0.2", "connect", False),
        (1, "mx2.example.test", "127.0.0.3", "data_done", True),
    ]
    assert result.attempts[1].delay_before == 0


def test_421_greeting_moves_to_the_next_mx() -> None:
    port = shared_port("127.0.0.2", "127.0.0.3")
    with (
        Dnsmasq(**MX_RECORDS) as dns,
        SmtpSink("-Q", "CONNECT", host="127.0.0.2", port=port) as mx1,
        SmtpSink(host="127.0.0.3", port=port) as mx2,
    ):
        result = rs.send(make_message(to="bob@example.test"), None, port, resolver=dns.address, tls="off", retry=1)
        assert mx2.received() == 1 and mx1.received(settle=0) == 0
    assert [a.code for a in result.attempts] == [421, 250]
    assert result.attempts[0].phase == "greeting"


def test_implicit_mx_uses_the_domains_address() -> None:
    with Dnsmasq(**MX_RECORDS) as dns, SmtpSink(host="127.0.0.4") as sink:
        result = rs.send(
            make_message(to="bob@implicit.test"), None, sink.port, resolver=dns.address, tls="off", retry=1
        )
        assert sink.received() == 1
    assert result.ip == "127.0.0.4" and result.host == "implicit.test"


def test_null_mx_is_permanent_at_once_without_connecting() -> None:
    with Dnsmasq(**MX_RECORDS) as dns:
        start = time.monotonic()
        with pytest.raises(rs.DeliveryError) as info:
            rs.send(
                make_message(to="bob@null.test"),
                None,
                2525,
                resolver=dns.address,
                tls="off",
                retry=rs.RetryPolicy(max_attempts=4, **NO_JITTER),
            )
        assert time.monotonic() - start < 0.5
    e = info.value
    assert not e.transient and e.phase == "resolve" and e.smtp_code == 556 and e.enhanced_code == "5.1.10"
    assert len(e.attempts) == 1 and e.attempts[0].ip is None


def test_nxdomain_is_permanent() -> None:
    with Dnsmasq(**MX_RECORDS) as dns, pytest.raises(rs.DeliveryError) as info:
        rs.send(
            make_message(to="bob@nowhere.test"),
            None,
            2525,
            resolver=dns.address,
            tls="off",
            retry=rs.RetryPolicy(max_attempts=4, **NO_JITTER),
        )
    assert not info.value.transient and info.value.phase == "resolve" and len(info.value.attempts) == 1


def test_unreachable_resolver_is_transient() -> None:
    port = free_port("127.0.0.1")  # nothing answers DNS here
    with pytest.raises(rs.SMTPTimeoutError) as info:
        rs.send(
            make_message(to="bob@example.test"),
            None,
            2525,
            resolver=f"127.0.0.1:{port}",
            tls="off",
            retry=1,
            timeouts={"resolve": 1.0},
        )
    assert info.value.transient and info.value.phase == "resolve"


def test_one_transaction_per_domain() -> None:
    port = shared_port("127.0.0.3", "127.0.0.4")
    msg = make_message(to="bob@example.test", Cc="carol@implicit.test")
    with (
        Dnsmasq(**MX_RECORDS) as dns,
        SmtpSink(host="127.0.0.3", port=port) as mx2,
        SmtpSink(host="127.0.0.4", port=port) as implicit,
    ):
        result = rs.send(msg, None, port, resolver=dns.address, tls="off", retry=1)
        assert mx2.received() == 1 and implicit.received() == 1
    assert sorted((t.host, tuple(t.accepted)) for t in result.transactions) == [
        ("implicit.test", ("carol@implicit.test",)),
        ("mx2.example.test", ("bob@example.test",)),
    ]


# --------------------------------------------------------------------------------------------------------------------
# Relays, rounds and backoff


def test_all_candidates_down_exactly_max_attempts_rounds_with_the_backoff(caplog) -> None:
    caplog.set_level(logging.WARNING, logger="resilient_smtp")
    port = closed_port()
    start = time.monotonic()
    with pytest.raises(rs.ConnectionRefused) as info:
        rs.send(make_message(), f"127.0.0.1:{port}", tls="off", retry=rs.RetryPolicy(max_attempts=3, **NO_JITTER))
    took = time.monotonic() - start
    e = info.value
    assert [a.number for a in e.attempts] == [1, 2, 3]
    assert [a.delay_before for a in e.attempts] == pytest.approx([0.0, 0.2, 0.4], abs=0.05)
    assert 0.6 <= took <= 0.6 + 0.3
    assert e.transient and e.retry_after is not None and e.retry_after > 0
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 3
    assert "0.2" in warnings[0] and "0.4" in warnings[1] and "giving up" in warnings[2]


def test_relay_list_fails_over_on_mail_4xx() -> None:
    with SmtpSink("-r", "MAIL") as first, SmtpSink() as second:
        result = rs.send(
            make_message(),
            [first.address, second.address],
            tls="off",
            retry=rs.RetryPolicy(max_attempts=2, **NO_JITTER),
        )
        assert second.received() == 1 and first.received(settle=0) == 0
    assert [(a.number, a.port, a.code) for a in result.attempts] == [(1, first.port, 450), (1, second.port, 250)]


def test_5xx_is_one_round_only() -> None:
    with SmtpSink("-f", "MAIL") as sink, pytest.raises(rs.SenderRefused) as info:
        rs.send(make_message(), sink.address, tls="off", retry=rs.RetryPolicy(max_attempts=4, **NO_JITTER))
    assert len(info.value.attempts) == 1 and not info.value.transient and info.value.retry_after is None


def test_lost_final_reply_is_uncertain_and_not_resent() -> None:
    with SmtpSink("-q", ".") as sink:
        with pytest.raises(rs.DeliveryUncertain) as info:
            rs.send(make_message(), sink.address, tls="off", retry=rs.RetryPolicy(max_attempts=4, **NO_JITTER))
        assert sink.received() == 1
    e = info.value
    assert e.maybe_delivered and e.phase == "data_done" and len(e.attempts) == 1
    assert isinstance(e, rs.ServerDisconnected)


def test_retry_uncertain_resends_with_the_same_message_id() -> None:
    with SmtpSink("-q", ".") as sink:
        with pytest.raises(rs.DeliveryUncertain) as info:
            rs.send(
                make_message(),
                sink.address,
                tls="off",
                retry_uncertain=True,
                retry=rs.RetryPolicy(max_attempts=2, **NO_JITTER),
            )
        copies = sink.messages()
    assert len(info.value.attempts) == 2 and len(copies) == 2
    ids = {email.message_from_bytes(c)["Message-ID"] for c in copies}
    assert len(ids) == 1 and None not in ids


def test_deadline_bounds_a_stalled_server_with_many_retries() -> None:
    with SmtpSink("-W", "CONNECT:30") as sink:
        start = time.monotonic()
        with pytest.raises(TimeoutError) as info:
            rs.send(
                make_message(),
                sink.address,
                tls="off",
                deadline=1.0,
                retry=rs.RetryPolicy(max_attempts=50, initial_delay=0.05, jitter="none"),
            )
        took = time.monotonic() - start
    assert took <= 1.4
    e = info.value
    assert isinstance(e, rs.DeadlineExceeded) and e.phase == "greeting" and "deadline" in str(e)


def test_deadline_skips_a_backoff_sleep_that_would_overrun() -> None:
    port = closed_port()
    start = time.monotonic()
    with pytest.raises(rs.DeliveryError):
        rs.send(
            make_message(),
            f"127.0.0.1:{port}",
            tls="off",
            deadline=1.0,
            retry=rs.RetryPolicy(max_attempts=5, initial_delay=5.0, jitter="none"),
        )
    assert time.monotonic() - start <= 0.5


def test_greylisting_server_delivers_on_the_second_attempt() -> None:
    with ScriptedServer(greylist=True) as server:
        result = rs.send(make_message(), server.address, tls="off", retry=rs.RetryPolicy(max_attempts=3, **NO_JITTER))
    assert len(server.messages) == 1
    first, second = result.attempts
    assert (first.number, first.code, first.enhanced_code, first.phase) == (1, 450, "4.7.1", "rcpt")
    assert second.number == 2 and second.ok


def test_per_recipient_outcomes() -> None:
    tries: dict = {}

    def rcpt(conv, line):
        who = line[8:].split(">")[0].lstrip("<")
        tries[who] = tries.get(who, 0) + 1
        if who.startswith("gone"):
            conv.reply("550 5.1.1 No such user")
        elif who.startswith("busy") and tries[who] == 1:
            conv.reply("452 4.2.2 Mailbox full")
        else:
            conv.recipients.append(who)
            conv.reply("250 2.1.5 Ok")

    with ScriptedServer({"RCPT": rcpt}) as server:
        result = rs.send(
            make_message(),
            server.address,
            tls="off",
            sender="alice@example.com",
            recipients=["ok@example.com", "gone@example.com", "busy@example.com"],
            retry=rs.RetryPolicy(max_attempts=2, **NO_JITTER),
        )
    assert [m.recipients for m in server.messages] == [["ok@example.com"], ["busy@example.com"]]
    assert set(result.refused) == {"gone@example.com"}
    code, text = result.refused["gone@example.com"]
    assert code == 550 and b"No such user" in text
    assert tries == {"ok@example.com": 1, "gone@example.com": 1, "busy@example.com": 2}


def test_all_recipients_refused_fills_recipients_like_smtplib() -> None:
    with SmtpSink("-f", "RCPT") as sink, pytest.raises(rs.RecipientsRefused) as info:
        rs.send(
            make_message(),
            sink.address,
            tls="off",
            sender="a@example.com",
            recipients=["x@example.com", "y@example.com"],
            retry=2,
        )
    e = info.value
    assert set(e.recipients) == {"x@example.com", "y@example.com"}
    assert all(code == 500 and isinstance(text, bytes) for code, text in e.recipients.values())
    assert e.args == (e.recipients,) and len(e.attempts) == 1


def test_mx_addresses_per_attempt_are_capped_at_five_like_postfix() -> None:
    hosts = [(f"mx{i}.many.test", f"127.0.0.{10 + i}") for i in range(7)]
    records = {"mx": [("many.test", h, 10 * (i + 1)) for i, (h, _) in enumerate(hosts)], "a": hosts}
    port = closed_port()
    with Dnsmasq(**records) as dns, pytest.raises(rs.ConnectionRefused) as info:
        rs.send(make_message(to="bob@many.test"), None, port, resolver=dns.address, tls="off", retry=1)
    assert [a.host for a in info.value.attempts] == [h for h, _ in hosts[:5]]
