"""send() against real peers: what arrives, TLS and AUTH with aiosmtpd, protocol edge cases with the scripted server,
bad input refused before any byte is sent, and credentials kept out of every output."""

from __future__ import annotations

import email
import logging
import pickle
import smtplib
import time

import pytest
import resilient_smtp as rs
from conftest import make_message
from peers import ScriptedServer, SmtpSink, TlsServer, closed_port, stall, trickle

PASSWORD = "s3cret-Pa55word"


def fast(**phases: float) -> rs.Timeouts:
    return rs.Timeouts(
        **{
            p: 2.0
            for p in (
                "connect",
                "greeting",
                "ehlo",
                "starttls",
                "auth",
                "mail",
                "rcpt",
                "data",
                "data_block",
                "data_done",
                "rset",
                "quit",
            )
        }
        | phases
    )


# --------------------------------------------------------------------------------------------------------------------
# Delivery and what arrives


def test_delivers_to_smtp_sink_and_reports_it() -> None:
    with SmtpSink() as sink:
        result = rs.send(make_message(), sink.address, tls="off", retry=1)
        assert sink.received() == 1
    assert isinstance(result, rs.SendResult)
    assert result.code == 250 and result.enhanced_code == "2.0.0" and result.reply
    assert (result.host, result.ip, result.port) == ("127.0.0.1", "127.0.0.1", sink.port)
    assert result.refused == {}
    assert result.message_id and result.message_id.startswith("<")
    assert {"connect", "greeting", "ehlo", "mail", "rcpt", "data", "data_done"} <= set(result.timings)
    assert all(v >= 0 for v in result.timings.values())
    assert result.elapsed > 0 and len(result.attempts) == 1 and result.attempts[0].ok


def test_envelope_like_send_message_bcc_removed_dots_stuffed() -> None:
    msg = make_message(
        to="bob@example.net", Cc="carol@example.org", Bcc="dave@example.com", body=".leading dot\n..two dots\n.\nend\n"
    )
    with ScriptedServer() as server:
        result = rs.send(msg, server.address, tls="off", retry=1)
    (got,) = server.messages
    assert got.sender == "alice@example.com"
    assert got.recipients == ["bob@example.net", "dave@example.com", "carol@example.org"]  # smtplib: To, Bcc, Cc
    parsed = email.message_from_bytes(got.data)
    assert parsed["Bcc"] is None and parsed["Message-ID"] == result.message_id
    assert parsed.get_payload() == ".leading dot\n..two dots\n.\nend\n".replace("\n", "\r\n")
    assert "Bcc" in msg  # the caller's object is left alone


def test_sender_and_recipients_override_and_raw_bytes() -> None:
    raw = b"From: a@example.com\r\nTo: b@example.com\r\nSubject: raw\r\n\r\nbody\r\n"
    with ScriptedServer() as server:
        rs.send(
            raw,
            server.address,
            tls="off",
            retry=1,
            sender="bounce@example.com",
            recipients=["x@example.com", "y@example.com"],
        )
    (got,) = server.messages
    assert (got.sender, got.recipients) == ("bounce@example.com", ["x@example.com", "y@example.com"])
    assert got.data == raw


def test_ehlo_refused_falls_back_to_helo() -> None:
    with SmtpSink("-f", "EHLO") as sink:
        result = rs.send(make_message(), sink.address, tls="off", retry=1)
        assert sink.received() == 1
    assert result.code == 250


def test_quit_stall_never_fails_a_delivered_message() -> None:
    with SmtpSink("-W", "QUIT:30") as sink:
        start = time.monotonic()
        result = rs.send(make_message(), sink.address, tls="off", retry=1, timeouts={"quit": 0.5})
        assert time.monotonic() - start <= 0.5 + 0.5
        assert sink.received() == 1
    assert result.code == 250


def test_rset_timeout_on_a_pooled_connection_opens_a_fresh_one() -> None:
    from resilient_smtp._client import make_client

    # Not smtp-sink -W RSET: it answers the commands pipelined after a delayed RSET first, out of order.
    with ScriptedServer({"RSET": stall}) as server:
        client, _ = make_client(server.address, tls="off", retry=1, timeouts={"rset": 0.5}, pool=True)
        data = make_message().as_bytes()
        client.send(data, "alice@example.com", ["bob@example.net"])
        start = time.monotonic()
        client.send(data, "alice@example.com", ["bob@example.net"])  # RSET on reuse stalls: a new connection
        assert time.monotonic() - start <= 0.5 + 0.5
        assert client.pool_stats() == (2, 0)
        assert len(server.messages) == 2
        client.close()


def test_connection_refused_is_a_connection_error() -> None:
    port = closed_port()
    with pytest.raises(rs.ConnectionRefused) as info:
        rs.send(make_message(), f"127.0.0.1:{port}", tls="off", retry=1)
    e = info.value
    assert isinstance(e, ConnectionRefusedError) and isinstance(e, ConnectionError)
    assert isinstance(e, smtplib.SMTPException)
    assert e.phase == "connect" and e.transient and e.port == port


def test_size_limit_refused_before_data() -> None:
    with ScriptedServer(ehlo_lines=["SIZE 1000", "8BITMIME"]) as server, pytest.raises(rs.MessageTooLarge) as info:
        rs.send(make_message(body="x" * 5000), server.address, tls="off", retry=1)
    assert isinstance(info.value, smtplib.SMTPSenderRefused) and not info.value.transient
    assert not any(c.startswith("MAIL") for c in server.commands)


def test_size_and_8bitmime_parameters_sent() -> None:
    with ScriptedServer(ehlo_lines=["SIZE 100000", "8BITMIME"]) as server:
        rs.send(
            make_message(body="Grüße\n").as_bytes(),
            server.address,
            tls="off",
            retry=1,
            sender="alice@example.com",
            recipients=["bob@example.net"],
        )
    mail = next(c for c in server.commands if c.startswith("MAIL"))
    assert "SIZE=" in mail and "BODY=8BITMIME" in mail


def test_smtputf8_needed_but_not_offered() -> None:
    with ScriptedServer() as server, pytest.raises(rs.NotSupported) as info:
        rs.send(make_message(to="jörg@example.net"), server.address, tls="off", retry=1)
    assert isinstance(info.value, smtplib.SMTPNotSupportedError) and not info.value.transient
    assert not any(c.startswith("MAIL") for c in server.commands)


def test_smtputf8_used_when_offered(pki) -> None:
    with TlsServer(pki, require_starttls=False, starttls=False) as server:
        rs.send(make_message(to="jörg@example.net"), f"127.0.0.1:{server.port}", tls="off", retry=1)
    (got,) = server.messages
    assert got.recipients == ["jörg@example.net"] and "SMTPUTF8" in got.mail_options


# --------------------------------------------------------------------------------------------------------------------
# Faults smtp-sink cannot make


def test_trickled_greeting_is_bounded_by_the_phase_not_each_read() -> None:
    with ScriptedServer({"greeting": trickle("220 " + "x" * 200, 0.05)}) as server:
        start = time.monotonic()
        with pytest.raises(rs.SMTPTimeoutError) as info:
            rs.send(make_message(), server.address, tls="off", retry=1, timeouts={"greeting": 1.0})
        assert time.monotonic() - start <= 1.0 + 0.5
    assert info.value.phase == "greeting"


@pytest.mark.parametrize(
    "greeting", ["hello there", "2x0 what", "220-first line only\r\n220x broken", "220 " + "y" * 5000]
)
def test_malformed_or_oversized_reply(greeting: str) -> None:
    with ScriptedServer({"greeting": greeting}) as server, pytest.raises(rs.ProtocolError) as info:
        rs.send(make_message(), server.address, tls="off", retry=1, timeouts=fast())
    assert info.value.phase == "greeting" and isinstance(info.value, smtplib.SMTPException)
    assert not info.value.maybe_delivered


def test_endless_multiline_reply_is_capped_while_reading() -> None:
    def flood(conv, line):
        for _ in range(5000):
            conv.send(b"250-" + b"z" * 60 + b"\r\n")
        conv.stall()
        return False

    with ScriptedServer({"EHLO": flood}) as server, pytest.raises(rs.ProtocolError) as info:
        rs.send(make_message(), server.address, tls="off", retry=1, timeouts=fast())
    assert info.value.phase == "ehlo"


def test_malformed_final_reply_is_uncertain() -> None:
    with ScriptedServer({".": "25O queued?"}) as server, pytest.raises(rs.DeliveryUncertain) as info:
        rs.send(make_message(), server.address, tls="off", retry=1, timeouts=fast())
    assert isinstance(info.value, rs.UncertainProtocolError) and info.value.maybe_delivered
    assert info.value.phase == "data_done"


def test_response_injection_after_starttls_aborts() -> None:
    caps = ["STARTTLS", "PIPELINING"]
    with ScriptedServer({"STARTTLS": "220 2.0.0 Ready\r\n250 injected"}, ehlo_lines=caps) as server:
        with pytest.raises(rs.ResponseInjection) as info:
            rs.send(make_message(), server.address, tls="starttls", retry=1, timeouts=fast())
    e = info.value
    assert isinstance(e, rs.TLSError) and e.phase == "starttls" and not e.transient
    assert not any(c.startswith("MAIL") for c in server.commands)


def test_starttls_stall_times_out_in_starttls() -> None:
    with ScriptedServer({"STARTTLS": stall}, ehlo_lines=["STARTTLS"]) as server:
        start = time.monotonic()
        with pytest.raises(rs.SMTPTimeoutError) as info:
            rs.send(make_message(), server.address, tls="starttls", retry=1, timeouts=fast(starttls=0.5))
        assert time.monotonic() - start <= 0.5 + 0.5
    assert info.value.phase == "starttls"


def test_tls_handshake_stall_times_out_in_starttls() -> None:
    def go_quiet(conv, line):
        conv.reply("220 2.0.0 Ready")
        conv.stall()
        return False

    with ScriptedServer({"STARTTLS": go_quiet}, ehlo_lines=["STARTTLS"]) as server:
        start = time.monotonic()
        with pytest.raises(rs.SMTPTimeoutError) as info:
            rs.send(make_message(), server.address, tls="starttls", retry=1, timeouts=fast(starttls=0.5))
        assert time.monotonic() - start <= 0.5 + 0.5
    assert info.value.phase == "starttls"


def test_auth_stall_times_out_in_auth() -> None:
    with ScriptedServer({"AUTH": stall}, ehlo_lines=["AUTH PLAIN LOGIN"]) as server:
        start = time.monotonic()
        with pytest.raises(rs.SMTPTimeoutError) as info:
            rs.send(
                make_message(),
                server.address,
                tls="off",
                allow_insecure_auth=True,
                username="u",
                password=PASSWORD,
                retry=1,
                timeouts=fast(auth=0.5),
            )
        assert time.monotonic() - start <= 0.5 + 0.5
    assert info.value.phase == "auth"
    assert PASSWORD not in str(info.value) and PASSWORD not in repr(info.value)


def test_drop_during_data_transfer_is_not_uncertain() -> None:
    # The server takes a little of the message, then hangs up: with 16 MB still to write, the loss surfaces while
    # writing (a reset or broken pipe), before "." could have gone out, so nothing can have been delivered.
    def read_some_then_drop(conv, line):
        conv.reply("354 go ahead")
        conv.sock.recv(1000)
        return False

    with ScriptedServer({"DATA": read_some_then_drop}, ehlo_lines=["PIPELINING"]) as server:
        with pytest.raises(rs.DeliveryError) as info:
            rs.send(
                make_message(body=("x" * 999 + "\n") * (16 << 10)), server.address, tls="off", retry=1, timeouts=fast()
            )
    e = info.value
    assert e.phase == "data_block" and isinstance(e, smtplib.SMTPServerDisconnected)
    assert not e.maybe_delivered and e.transient


# --------------------------------------------------------------------------------------------------------------------
# TLS and AUTH against aiosmtpd


def test_starttls_with_ca_file_and_auth_delivers(pki, caplog) -> None:
    caplog.set_level(logging.DEBUG, logger="resilient_smtp")
    with TlsServer(pki, users={"alice": PASSWORD}) as server:
        result = rs.send(
            make_message(),
            f"localhost:{server.port}",
            tls="starttls",
            ca_file=pki.ca_file,
            username="alice",
            password=PASSWORD,
            retry=1,
        )
    assert len(server.messages) == 1
    assert result.tls is not None and result.tls["verified"] is True and result.tls["version"].startswith("TLS")
    assert "auth" in result.timings and "starttls" in result.timings
    phases_logged = caplog.text
    for word in ("STARTTLS", "AUTH", "MAIL", "RCPT", "DATA"):
        assert word in phases_logged
    assert PASSWORD not in caplog.text
    assert PASSWORD not in repr(result) and PASSWORD not in str(result.to_dict())


def test_implicit_tls_delivers(pki) -> None:
    with TlsServer(pki, implicit=True) as server:
        result = rs.send(make_message(), f"localhost:{server.port}", tls="implicit", ca_file=pki.ca_file, retry=1)
    assert len(server.messages) == 1 and result.tls and result.tls["verified"]


@pytest.mark.parametrize("expired", [False, True], ids=["untrusted", "expired"])
def test_bad_certificate_is_permanent_in_starttls(pki, expired: bool) -> None:
    with TlsServer(pki, expired=expired) as server, pytest.raises(rs.CertificateError) as info:
        rs.send(
            make_message(),
            f"localhost:{server.port}",
            tls="starttls",
            retry=1,
            ca_file=pki.ca_file if expired else None,
        )
    e = info.value
    assert e.phase == "starttls" and e.transient is False and isinstance(e, smtplib.SMTPException)
    assert not server.messages


def test_certificate_name_mismatch(pki) -> None:
    with TlsServer(pki, host="127.0.0.2") as server, pytest.raises(rs.CertificateError):
        rs.send(make_message(), f"127.0.0.2:{server.port}", tls="starttls", ca_file=pki.ca_file, retry=1)


def test_tls_verify_false_is_explicit_and_works(pki) -> None:
    with TlsServer(pki) as server:
        result = rs.send(make_message(), f"localhost:{server.port}", tls="starttls", tls_verify=False, retry=1)
    assert result.tls is not None and result.tls["verified"] is False and len(server.messages) == 1


def test_wrong_password(pki, caplog) -> None:
    caplog.set_level(logging.DEBUG, logger="resilient_smtp")
    with TlsServer(pki, users={"alice": "right"}) as server, pytest.raises(rs.AuthenticationFailed) as info:
        rs.send(
            make_message(),
            f"localhost:{server.port}",
            tls="starttls",
            ca_file=pki.ca_file,
            username="alice",
            password=PASSWORD,
            retry=1,
        )
    e = info.value
    assert isinstance(e, smtplib.SMTPAuthenticationError) and e.smtp_code == 535 and e.phase == "auth"
    assert not e.transient
    for text in (str(e), repr(e), str(e.to_dict()), str(pickle.dumps(e)), str(e.args), str(vars(e)), caplog.text):
        assert PASSWORD not in text


def test_required_starttls_missing(pki) -> None:
    with SmtpSink() as sink:
        with pytest.raises(rs.NotSupported) as info:
            rs.send(make_message(), sink.address, tls="starttls", retry=1)
        assert sink.received() == 0
    assert isinstance(info.value, smtplib.SMTPNotSupportedError) and info.value.phase == "starttls"
    assert not info.value.transient


def test_auth_in_clear_to_loopback_without_asking(pki) -> None:
    """Credentials for a loopback peer never leave the machine (issue 10): no allow_insecure_auth needed. To another
    host they need TLS or allow_insecure_auth=True (session.rs may_send_credentials, unit-tested: tests reach
    loopback only)."""
    with TlsServer(pki, users={"alice": PASSWORD}, starttls=False, auth_require_tls=False) as server:
        rs.send(
            make_message(),
            f"127.0.0.1:{server.port}",
            tls="opportunistic",
            username="alice",
            password=PASSWORD,
            retry=1,
        )
        assert len(server.messages) == 1
        rs.send(
            make_message(),
            f"127.0.0.1:{server.port}",
            tls="opportunistic",
            username="alice",
            password=PASSWORD,
            allow_insecure_auth=True,
            retry=1,
        )
        assert len(server.messages) == 2


def test_default_tls_by_port_587_requires_starttls() -> None:
    # smtp-sink offers no STARTTLS; on port 587 the default is "starttls" (required), so nothing is sent.
    with SmtpSink(host="127.0.0.5", port=587) as sink:
        with pytest.raises(rs.NotSupported):
            rs.send(make_message(), "127.0.0.5", 587, retry=1)
        assert sink.received() == 0


def test_international_compat32_message_is_sent_with_smtputf8(pki) -> None:
    # email.message.Message uses the compat32 policy, which has no utf8 switch (smtplib fails on it).
    msg = email.message.Message()
    msg["From"] = "alice@example.com"
    msg["To"] = "jörg@example.net"
    msg.set_payload("hi\n")
    with TlsServer(pki, require_starttls=False, starttls=False) as server:
        rs.send(msg, f"127.0.0.1:{server.port}", tls="off", retry=1)
    (got,) = server.messages
    assert got.recipients == ["jörg@example.net"] and "jörg@example.net".encode() in got.data


def test_pipelined_data_opened_despite_refused_mail_is_ended_at_once() -> None:
    # A broken server refuses MAIL yet answers 354 to the pipelined DATA: the client must end DATA with "." rather
    # than leave the session in DATA (where QUIT would wait out its timeout).
    with ScriptedServer({"MAIL": "550 5.7.1 Sender rejected"}) as server:
        start = time.monotonic()
        with pytest.raises(rs.SenderRefused):
            rs.send(make_message(), server.address, tls="off", retry=1, timeouts={"quit": 3.0})
        assert time.monotonic() - start < 1.0
        assert server.wait_until(lambda: server.verbs()[-1:] == ["QUIT"])
