"""resilient_smtp.SMTP / SMTP_SSL against smtplib.SMTP's documented behaviour (docs.python.org/3/library/smtplib.html),
on real servers: smtp-sink, aiosmtpd with STARTTLS and AUTH, and ScriptedServer for faults. Where smtplib and the
facade must behave alike, the test runs both classes against the same server."""

from __future__ import annotations

import asyncio
import logging
import smtplib
import ssl
import time

import pytest
import resilient_smtp
from conftest import make_message
from peers import Conversation, Pki, ScriptedServer, SmtpSink, TlsServer, _Handler, closed_port, trickle

FAST = resilient_smtp.RetryPolicy(max_attempts=3, initial_delay=0.05, jitter="none")
BOTH = pytest.mark.parametrize("cls", [smtplib.SMTP, resilient_smtp.SMTP], ids=["smtplib", "facade"])
SECRET = "s3cret-Passw0rd-never-shown"


def open_smtp(cls, server, **kw):
    if cls is resilient_smtp.SMTP:
        kw.setdefault("retry", FAST)
    return cls(server.host, server.port, timeout=5, **kw)


# ----------------------------------------------------------------------------------------------------------------
# Connecting, EHLO, simple commands


@BOTH
def test_connect_ehlo_and_features(cls) -> None:
    with SmtpSink() as sink:
        s = cls()
        code, msg = s.connect(sink.host, sink.port)
        assert code == 220 and isinstance(msg, bytes)
        assert s.ehlo_resp is None and s.esmtp_features == {}
        code, msg = s.ehlo()
        assert code == 250 and msg.startswith(b"smtp-sink")
        assert s.does_esmtp
        assert "pipelining" in s.esmtp_features and s.has_extn("PIPELINING")
        assert s.esmtp_features["auth"].split() == ["PLAIN", "LOGIN"]
        assert not s.has_extn("starttls")
        s.quit()


@BOTH
def test_host_port_string_and_noop_rset_tuples(cls) -> None:
    with SmtpSink() as sink:
        s = cls(f"{sink.host}:{sink.port}", timeout=5)
        for reply in (s.noop(), s.rset()):
            code, msg = reply
            assert isinstance(reply, tuple) and code == 250 and isinstance(msg, bytes)
        assert s.quit()[0] == 221


@BOTH
def test_helo_and_ehlo_or_helo_if_needed(cls) -> None:
    with ScriptedServer({"EHLO": "502 5.5.2 no ESMTP here"}) as server:
        s = cls(server.host, server.port, timeout=5)
        s.ehlo_or_helo_if_needed()
        assert s.helo_resp == b"ok" and not s.does_esmtp and s.esmtp_features == {}
        assert s.sendmail("a@example.com", "b@example.com", b"Subject: x\r\n\r\nhi\r\n") == {}
        s.quit()
        assert [c.split()[0].upper() for c in server.commands[:2]] == ["EHLO", "HELO"]
        assert len(server.messages) == 1


@BOTH
def test_helo_refused(cls) -> None:
    with ScriptedServer({"EHLO": "502 5.5.2 no", "HELO": "550 5.7.1 go away"}) as server:
        s = cls(server.host, server.port, timeout=5)
        with pytest.raises(smtplib.SMTPHeloError) as info:
            s.sendmail("a@example.com", ["b@example.com"], b"x")
        assert info.value.args == (550, b"5.7.1 go away")
        s.close()
    assert not any(c.upper().startswith("MAIL") for c in server.commands)


@BOTH
def test_greeting_refused_is_connect_error(cls) -> None:
    with ScriptedServer({"greeting": "554 5.3.2 go away"}) as server:
        with pytest.raises(smtplib.SMTPConnectError) as info:
            cls(server.host, server.port, timeout=5)
        assert info.value.smtp_code == 554


@BOTH
def test_not_connected_and_after_close_raise_server_disconnected(cls) -> None:
    s = cls()
    with pytest.raises(smtplib.SMTPServerDisconnected):
        s.noop()
    with SmtpSink() as sink:
        s = cls(sink.host, sink.port, timeout=5)
        s.close()
        for call in (s.noop, s.rset, s.ehlo, lambda: s.sendmail("a@example.com", ["b@example.com"], b"x")):
            with pytest.raises(smtplib.SMTPServerDisconnected):
                call()
        s.close()  # closing twice is fine


@BOTH
def test_context_manager_sends_quit_and_closes(cls) -> None:
    with ScriptedServer() as server:
        with cls(server.host, server.port, timeout=5) as s:
            assert s.noop()[0] == 250
        assert server.commands[-1].upper() == "QUIT"  # replied 221, so the server has read it
        with pytest.raises(smtplib.SMTPServerDisconnected):
            s.noop()


def test_connection_refused_is_connection_refused_error() -> None:
    port = closed_port()
    with pytest.raises(ConnectionRefusedError):
        resilient_smtp.SMTP("127.0.0.1", port, timeout=5)


def test_command_timeout_bounds_a_trickling_reply() -> None:
    # smtplib's timeout bounds each read, so a reply trickled a byte at a time never times out; ours bounds the command.
    with ScriptedServer({"NOOP": trickle("250 2.0.0 Ok, slowly", 0.1)}) as server:
        s = resilient_smtp.SMTP(server.host, server.port, timeout=0.5)
        started = time.monotonic()
        with pytest.raises(TimeoutError) as info:
            s.noop()
        assert time.monotonic() - started < 0.5 + 0.5
        assert isinstance(info.value, resilient_smtp.SMTPTimeoutError)
        s.close()


# ----------------------------------------------------------------------------------------------------------------
# sendmail / send_message: the refused dict and smtplib's exceptions


def mail_replies(*replies: str):
    """A MAIL handler answering with ``replies`` in turn (then 250), and a RCPT handler refusing RCPT without an
    accepted MAIL, as real servers do (ScriptedServer's own RCPT accepts anything, which pipelining would expose)."""
    state = {"n": 0, "ok": False}

    def mail(conv: Conversation, line: str) -> None:
        conv.sender = line[10:].split(">")[0].lstrip("<")
        conv.recipients = []
        reply = replies[state["n"]] if state["n"] < len(replies) else "250 2.1.0 Ok"
        state["n"] += 1
        state["ok"] = reply.startswith("2")
        conv.reply(reply)

    def rcpt(conv: Conversation, line: str) -> None:
        if not state["ok"]:
            conv.reply("503 5.5.1 Error: need MAIL command")
            return
        conv.recipients.append(line[8:].split(">")[0].lstrip("<"))
        conv.reply("250 2.1.5 Ok")

    return {"MAIL": mail, "RCPT": rcpt}, state


def refuse_some(bad: list[str], reply: str = "550 5.1.1 No such user"):
    def act(conv: Conversation, line: str) -> None:
        rcpt = line[8:].split(">")[0].lstrip("<")
        if rcpt in bad:
            conv.reply(reply)
        else:
            conv.recipients.append(rcpt)
            conv.reply("250 2.1.5 Ok")

    return act


@BOTH
def test_sendmail_returns_refused_dict_on_partial_refusal(cls) -> None:
    with ScriptedServer({"RCPT": refuse_some(["nobody@example.net"])}) as server:
        s = open_smtp(cls, server)
        refused = s.sendmail(
            "alice@example.com", ["bob@example.net", "nobody@example.net"], "Subject: x\r\n\r\nhello\r\n"
        )
        s.quit()
    assert refused == {"nobody@example.net": (550, b"5.1.1 No such user")}
    assert len(server.messages) == 1 and server.messages[0].recipients == ["bob@example.net"]


@BOTH
def test_all_recipients_refused(cls) -> None:
    bad = ["x@example.net", "y@example.net"]
    with ScriptedServer({"RCPT": refuse_some(bad)}) as server:
        s = open_smtp(cls, server)
        with pytest.raises(smtplib.SMTPRecipientsRefused) as info:
            s.send_message(make_message(to="x@example.net, y@example.net"))
        assert info.value.recipients == {r: (550, b"5.1.1 No such user") for r in bad}
        assert s.noop()[0] == 250  # the connection is still usable (the facade may have reopened it)
        s.quit()
    assert server.messages == []


@BOTH
def test_sender_refused_not_retried(cls) -> None:
    script, _ = mail_replies("553 5.7.1 Sender not allowed")
    with ScriptedServer(script) as server:
        s = open_smtp(cls, server)
        with pytest.raises(smtplib.SMTPSenderRefused) as info:
            s.sendmail("alice@example.com", ["bob@example.net"], b"Subject: x\r\n\r\nhi\r\n")
        e = info.value
        assert (e.smtp_code, e.smtp_error, e.sender) == (553, b"5.7.1 Sender not allowed", "alice@example.com")
        assert e.args == (553, b"5.7.1 Sender not allowed", "alice@example.com")
        assert s.noop()[0] == 250
        s.quit()
    assert sum(c.upper().startswith("MAIL") for c in server.commands) == 1


@BOTH
def test_data_refused(cls) -> None:
    with ScriptedServer({".": "554 5.6.0 Content rejected"}) as server:
        s = open_smtp(cls, server)
        with pytest.raises(smtplib.SMTPDataError) as info:
            s.send_message(make_message())
        assert info.value.smtp_code == 554
        s.close()


def test_mail_4xx_is_retried() -> None:
    script, state = mail_replies("451 4.3.0 Try again later")
    with ScriptedServer(script) as server:
        s = open_smtp(resilient_smtp.SMTP, server)
        assert s.send_message(make_message()) == {}
        s.quit()
    assert state["n"] == 2 and len(server.messages) == 1
    attempts = s.last_result.attempts
    assert [a.number for a in attempts] == [1, 2]
    assert attempts[0].code == 451 and attempts[1].ok


def test_dropped_connection_mid_transaction_is_reopened() -> None:
    def mail(conv: Conversation, line: str):
        if conv.server.connections == 1:
            return False  # close without a reply
        conv.sender = line[10:].split(">")[0].lstrip("<")
        conv.recipients = []
        conv.reply("250 2.1.0 Ok")

    with ScriptedServer({"MAIL": mail}) as server:
        s = open_smtp(resilient_smtp.SMTP, server)
        assert s.send_message(make_message()) == {}
        assert s.noop()[0] == 250
        s.quit()
    assert server.connections == 2 and len(server.messages) == 1


def test_lost_final_reply_is_uncertain_and_not_resent() -> None:
    with ScriptedServer({".": None}) as server:
        s = open_smtp(resilient_smtp.SMTP, server)
        with pytest.raises(resilient_smtp.DeliveryUncertain) as info:
            s.send_message(make_message())
        assert info.value.maybe_delivered and isinstance(info.value, smtplib.SMTPServerDisconnected)
        s.close()
    assert len(server.messages) == 1 and server.connections == 1


# ----------------------------------------------------------------------------------------------------------------
# STARTTLS, AUTH, SMTP_SSL


@BOTH
def test_starttls_not_offered(cls) -> None:
    with SmtpSink() as sink:
        s = cls(sink.host, sink.port, timeout=5)
        with pytest.raises(smtplib.SMTPNotSupportedError):
            s.starttls()
        s.quit()


def test_starttls_login_send(pki: Pki) -> None:
    with TlsServer(pki, users={"u": SECRET}) as server:
        s = resilient_smtp.SMTP("127.0.0.1", server.port, timeout=5, ca_file=pki.ca_file)
        s.ehlo()
        assert s.has_extn("starttls")
        code, _ = s.starttls()
        assert code == 220
        assert s.esmtp_features == {} and s.ehlo_resp is None  # forgotten, as smtplib does
        s.ehlo()
        assert s.has_extn("auth")
        assert s.login("u", SECRET)[0] == 235
        assert s.send_message(make_message()) == {}
        s.quit()
    assert len(server.messages) == 1
    tls = s.last_result.tls
    assert tls is not None and tls["verified"] is True


def test_certificate_verified_by_default(pki: Pki) -> None:
    with TlsServer(pki) as server:
        s = resilient_smtp.SMTP("127.0.0.1", server.port, timeout=5)  # no ca_file: the test CA is not trusted
        with pytest.raises(ssl.SSLCertVerificationError):
            s.starttls()
        s.close()
        # A context that does not verify (as smtplib's default) is honoured.
        s = resilient_smtp.SMTP("127.0.0.1", server.port, timeout=5)
        assert s.starttls(context=ssl._create_unverified_context())[0] == 220
        assert s.send_message(make_message()) == {}
        s.quit()
    assert len(server.messages) == 1


def test_bad_password_and_no_secret_anywhere(pki: Pki, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="resilient_smtp")
    with TlsServer(pki, users={"u": "the-right-one"}) as server:
        s = resilient_smtp.SMTP("127.0.0.1", server.port, timeout=5, ca_file=pki.ca_file)
        s.starttls()
        with pytest.raises(smtplib.SMTPAuthenticationError) as info:
            s.login("u", SECRET)
        e = info.value
        assert e.smtp_code == 535
        shown = [str(e), repr(e), repr(e.args), repr(s), str(vars(s)), caplog.text]
        assert not any(SECRET in x for x in shown)
        # the failed credentials are not replayed: the connection goes on unauthenticated
        assert s.noop()[0] == 250
        s.quit()


def test_login_in_clear_to_loopback_is_allowed() -> None:
    """Credentials for a loopback server never leave the machine (issue 10); to another host they need TLS or
    allow_insecure_auth=True (session.rs `may_send_credentials`, unit-tested: tests reach loopback only)."""
    ok = {"AUTH": "235 2.7.0 Authentication successful"}
    with ScriptedServer(ok, ehlo_lines=("AUTH PLAIN LOGIN",)) as server:
        s = resilient_smtp.SMTP(server.host, server.port, timeout=5)
        assert s.login("u", SECRET)[0] == 235
        s.quit()
    assert any(c.startswith("AUTH PLAIN ") for c in server.commands)


class DropAfterFirstMessage(_Handler):
    """Accepts one message per connection, then drops the connection; records whether TLS and AUTH were in place."""

    def __init__(self) -> None:
        super().__init__()
        self.state: list[tuple] = []
        self.peers: list[object] = []

    async def handle_DATA(self, server, session, envelope):
        self.state.append((session.ssl is not None, bool(session.authenticated)))
        self.peers.append(session.peer)
        reply = await super().handle_DATA(server, session, envelope)
        asyncio.get_running_loop().call_later(0.05, server.transport.close)
        return reply


def test_reconnect_replays_starttls_and_auth(pki: Pki) -> None:
    server = TlsServer(pki, users={"u": SECRET})
    server.handler = DropAfterFirstMessage()
    with server:
        s = resilient_smtp.SMTP("127.0.0.1", server.port, timeout=5, ca_file=pki.ca_file, retry=FAST)
        s.starttls()
        s.login("u", SECRET)
        assert s.send_message(make_message(subject="one")) == {}
        time.sleep(0.3)  # the server has dropped the connection by now
        assert s.send_message(make_message(subject="two")) == {}
        assert s.noop()[0] == 250
        s.quit()
    assert [b"Subject: one" in m.data for m in server.messages] == [True, False]
    assert server.handler.state == [(True, True), (True, True)]
    assert server.handler.peers[0] != server.handler.peers[1]  # a second connection, from another client port


def test_smtp_ssl(pki: Pki) -> None:
    # aiosmtpd cannot tell an implicit-TLS connection is encrypted: it offers AUTH only when told not to require TLS.
    with TlsServer(pki, implicit=True, users={"u": SECRET}, auth_require_tls=False) as server:
        with resilient_smtp.SMTP_SSL("127.0.0.1", server.port, timeout=5, ca_file=pki.ca_file) as s:
            assert s.ehlo()[0] == 250
            assert s.login("u", SECRET)[0] == 235
            assert s.send_message(make_message()) == {}
        with pytest.raises(ssl.SSLCertVerificationError):
            resilient_smtp.SMTP_SSL("127.0.0.1", server.port, timeout=5)
    assert len(server.messages) == 1
    assert resilient_smtp.SMTP_SSL.default_port == 465


def test_is_an_smtplib_drop_in_by_name() -> None:
    for name in ("SMTP", "SMTP_SSL"):
        assert name in resilient_smtp.__all__
    for attr in (
        "connect",
        "ehlo",
        "helo",
        "ehlo_or_helo_if_needed",
        "has_extn",
        "starttls",
        "login",
        "sendmail",
        "send_message",
        "noop",
        "rset",
        "quit",
        "close",
        "set_debuglevel",
        "docmd",
        "verify",
    ):
        assert callable(getattr(resilient_smtp.SMTP, attr)), attr
    s = resilient_smtp.SMTP()
    s.set_debuglevel(1)
    assert s.debuglevel == 1
