"""Issue 10, drop-in fidelity, each item against a real peer: addresses as smtplib takes them, 421 as the end of the
conversation (smtp-sink -Q, seen through a recording proxy), TLS with the certificates people have (the self-signed
CA:TRUE certificate, an SSLContext with a private CA, opportunistic TLS, client certificates) on aiosmtpd and a real
Postfix smtpd, CRAM-MD5 and plaintext AUTH to loopback on Postfix, Date/Message-ID, socket.getdefaulttimeout(), the
debug trace, and the small things."""

from __future__ import annotations

import datetime
import email
import logging
import smtplib
import socket
import ssl
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import resilient_smtp as rs
from conftest import make_message
from peers import Pki, PostfixServer, ScriptedServer, SmtpSink, TlsServer, free_port, make_pki, stall

if TYPE_CHECKING:
    from collections.abc import Iterator

    from typing_extensions import Self

ONCE = 1
USERS = {"alice": "s3cret-pw-dropin"}


# --------------------------------------------------------------------------------------------------------------------
# A TCP proxy recording what the client sends and when the server's 421 passed


class RecordingProxy:
    """Forwards one loopback port to ``target``; records the client's bytes with their time, and when a reply
    line starting with ``421`` reached the client."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(8)
        self.port = self.listener.getsockname()[1]
        self.client_chunks: list[tuple[float, bytes]] = []
        self.saw_421: float | None = None
        self.threads: list[threading.Thread] = []
        self.socks: list[socket.socket] = []
        self.connections = 0

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def __enter__(self) -> Self:
        t = threading.Thread(target=self._accept, daemon=True)
        t.start()
        self.threads.append(t)
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            self.listener.shutdown(socket.SHUT_RDWR)  # wakes the accepting thread (close alone does not, on Linux)
        except OSError:
            pass
        self.listener.close()
        for s in self.socks:
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            s.close()
        for t in self.threads:
            t.join(5)

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            self.connections += 1
            server = socket.create_connection(self.target)
            self.socks += [client, server]
            for args in ((client, server, True), (server, client, False)):
                t = threading.Thread(target=self._pump, args=args, daemon=True)
                t.start()
                self.threads.append(t)

    def _pump(self, src: socket.socket, dst: socket.socket, from_client: bool) -> None:
        pending = b""
        while True:
            try:
                chunk = src.recv(65536)
            except OSError:
                chunk = b""
            if not chunk:
                try:
                    dst.shutdown(socket.SHUT_WR)
                except OSError:
                    pass
                return
            if from_client:
                self.client_chunks.append((time.monotonic(), chunk))
            try:
                dst.sendall(chunk)
            except OSError:
                return
            if not from_client:
                pending += chunk
                if self.saw_421 is None and any(line.startswith(b"421") for line in pending.split(b"\r\n")):
                    self.saw_421 = time.monotonic()

    def sent_after_421(self) -> bytes:
        assert self.saw_421 is not None, "the server's 421 never passed"
        return b"".join(c for t, c in self.client_chunks if t > self.saw_421)


CASES_421 = [
    ("MAIL", rs.SenderRefused, "mail"),
    ("RCPT", rs.RecipientsRefused, "rcpt"),
    ("DATA", rs.DataRefused, "data"),
]


@pytest.mark.parametrize("pipelined", [True, False], ids=["pipelined", "one-by-one"])
@pytest.mark.parametrize(("command", "cls", "phase"), CASES_421, ids=[c[0] for c in CASES_421])
def test_421_ends_the_conversation(command: str, cls: type, phase: str, pipelined: bool) -> None:
    options = ("-Q", command) if pipelined else ("-Q", command, "-p")
    with SmtpSink(*options) as sink, RecordingProxy((sink.host, sink.port)) as proxy:
        with pytest.raises(cls) as info:
            rs.send(make_message(), proxy.address, tls="off", retry=ONCE, timeout=5)
        e = info.value
        assert (e.phase, e.smtp_code, e.transient) == (phase, 421, True)
        assert e.smtp_error  # the reply's text, not a stand-in
        time.sleep(0.2)  # anything the client would still say has reached the proxy
        assert proxy.sent_after_421() == b""


@pytest.mark.parametrize(("command", "cls", "phase"), CASES_421, ids=[c[0] for c in CASES_421])
def test_421_in_the_facade_closes_it(command: str, cls: type, phase: str) -> None:
    with SmtpSink("-Q", command, "-p") as sink, RecordingProxy((sink.host, sink.port)) as proxy:
        s = rs.SMTP("127.0.0.1", proxy.port, timeout=5, retry=ONCE)
        with pytest.raises(cls) as info:
            s.sendmail("a@example.com", ["b@example.net", "c@example.net"], b"Subject: x\r\n\r\nbody\r\n")
        assert info.value.smtp_code == 421 and info.value.phase == phase
        assert s.sock is None
        time.sleep(0.2)
        assert proxy.sent_after_421() == b""


class BusyOnce:
    """An aiosmtpd handler: ``busy@example.net`` gets 450 at RCPT on the first connection only."""

    def __init__(self) -> None:
        self.refused_once = False
        self.deliveries: list[list[str]] = []
        self.ehlo_names: list[str] = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # type: ignore[no-untyped-def]
        if address == "busy@example.net" and not self.refused_once:
            self.refused_once = True
            return "450 4.2.0 mailbox busy"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        self.deliveries.append(list(envelope.rcpt_tos))
        self.ehlo_names.append(session.host_name)
        return "250 OK"


@pytest.fixture
def busy_once() -> Iterator[tuple[BusyOnce, int]]:
    from aiosmtpd.controller import Controller

    handler, port = BusyOnce(), free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield handler, port
    finally:
        controller.stop()


def test_the_default_ehlo_name_is_smtplibs_and_the_help_says_so(busy_once: tuple[BusyOnce, int]) -> None:
    handler, port = busy_once
    expected = smtplib.SMTP().local_hostname  # no host: nothing connects, the name is computed all the same
    assert rs.SMTP().local_hostname == expected
    rs.send(make_message(to="ok@example.net"), f"127.0.0.1:{port}", tls="off", timeout=5)
    assert handler.ehlo_names == [expected]
    cli = subprocess.run(
        [sys.executable, "-m", "resilient_smtp", "send", "--help"], capture_output=True, text=True, check=True
    )
    assert "this host's FQDN, or its address in brackets when it has none" in " ".join(cli.stdout.split())


def test_the_facade_gives_recipient_refusals_to_the_caller(busy_once: tuple[BusyOnce, int]) -> None:
    # smtplib's contract: sendmail() returns the refused dict of its one transaction; the facade's retries (default
    # policy here) do not take a recipient's reply back from the caller.
    handler, port = busy_once
    with rs.SMTP("127.0.0.1", port, timeout=5) as s:
        refused = s.sendmail("a@example.com", ["ok@example.net", "busy@example.net"], b"Subject: x\r\n\r\nbody\r\n")
    assert refused == {"busy@example.net": (450, b"4.2.0 mailbox busy")}
    assert handler.deliveries == [["ok@example.net"]]


def test_send_retries_a_refused_recipient(busy_once: tuple[BusyOnce, int]) -> None:
    # The library's own rule, for contrast: the 4xx recipient gets a transaction of its own after the backoff.
    handler, port = busy_once
    result = rs.send(
        make_message(to="ok@example.net, busy@example.net"),
        f"127.0.0.1:{port}",
        tls="off",
        timeout=5,
        retry=rs.RetryPolicy(max_attempts=2, initial_delay=0.05),
    )
    assert not result.refused
    assert handler.deliveries == [["ok@example.net"], ["busy@example.net"]]


def test_a_421_at_rcpt_ends_the_facade_call_with_the_default_retries() -> None:
    # As smtplib (CPython's test_421_from_rcpt_cmd): the refusals so far, the connection closed, no new one.
    with SmtpSink("-Q", "RCPT", "-p") as sink, RecordingProxy((sink.host, sink.port)) as proxy:
        s = rs.SMTP("127.0.0.1", proxy.port, timeout=5)
        with pytest.raises(rs.RecipientsRefused) as info:
            s.sendmail("a@example.com", ["b@example.net", "c@example.net"], b"Subject: x\r\n\r\nbody\r\n")
        assert info.value.smtp_code == 421 and s.sock is None
        assert list(info.value.recipients) == ["b@example.net"]
        time.sleep(0.2)
        assert proxy.connections == 1


# --------------------------------------------------------------------------------------------------------------------
# Addresses as smtplib takes them


def test_addresses_as_smtplib_reduces_them(pki: Pki) -> None:
    with TlsServer(pki, starttls=False, require_starttls=False) as server:
        data = b"From: x@example.com\r\nSubject: a\r\n\r\nbody\r\n"
        rs.send(
            data,
            f"127.0.0.1:{server.port}",
            tls="off",
            retry=ONCE,
            sender="Site <noreply@example.com>",
            recipients=["Bob <bob@example.net>", "<carol@example.net>", "root"],
        )
        rs.send(data, f"127.0.0.1:{server.port}", tls="off", retry=ONCE, sender="<>", recipients=["bob@example.net"])
        rs.send(data, f"127.0.0.1:{server.port}", tls="off", retry=ONCE, sender="", recipients=["bob@example.net"])
    first, second, third = server.messages
    assert first.sender == "noreply@example.com"
    assert first.recipients == ["bob@example.net", "carol@example.net", "root"]
    assert second.sender == third.sender == "<>"  # aiosmtpd shows the null reverse-path so


def test_what_cannot_be_sent_safely_is_refused_before_any_byte() -> None:
    with ScriptedServer() as server:
        for bad in ("a@example.com\r\nRCPT TO:<x@y>", "a\0@example.com"):
            with pytest.raises(ValueError):
                rs.send(b"Subject: x\r\n\r\n", server.address, tls="off", sender=bad, recipients=["b@example.net"])
        assert server.connections == 0


def test_a_local_name_cannot_go_to_mx_hosts() -> None:
    with pytest.raises(ValueError, match="root"):
        rs.send(b"Subject: x\r\n\r\n", None, sender="a@example.com", recipients=["root"], resolver="127.0.0.1:1")


# --------------------------------------------------------------------------------------------------------------------
# TLS with the certificates people have


def self_signed(directory: Path, cn: str = "localhost", days: int = 30) -> tuple[Path, Path]:
    """What ``openssl req -x509 -newkey rsa:2048 -nodes -subj /CN=localhost`` makes: CA:TRUE, no subjectAltName."""
    cert, key = directory / f"{cn}-{days}.pem", directory / f"{cn}-{days}.key"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-subj",
            f"/CN={cn}",
            "-days",
            str(days),
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


@pytest.fixture(scope="module")
def openssl_cert(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return self_signed(tmp_path_factory.mktemp("selfsigned"))


def test_the_common_self_signed_certificate_is_openssl_ca_true(openssl_cert: tuple[Path, Path]) -> None:
    text = subprocess.run(
        ["openssl", "x509", "-noout", "-text", "-in", str(openssl_cert[0])], capture_output=True, text=True, check=True
    ).stdout
    assert "CA:TRUE" in text and "Subject Alternative Name" not in text


def test_self_signed_ca_file_delivers_to_postfix(openssl_cert: tuple[Path, Path]) -> None:
    cert, key = openssl_cert
    with PostfixServer(tls="starttls", cert_file=cert, key_file=key) as pf:
        # smtplib (OpenSSL) delivers with this certificate as its CA file: so must we.
        with smtplib.SMTP("localhost", pf.port, timeout=10) as s:
            s.starttls(context=ssl.create_default_context(cafile=str(cert)))
            s.sendmail("a@example.com", ["b@example.net"], b"Subject: ref\r\n\r\n")
        result = rs.send(make_message(), f"localhost:{pf.port}", tls="starttls", ca_file=cert, retry=ONCE)
        assert result.code == 250
        assert result.transactions[0].tls["verified"] is True and result.transactions[0].tls["trusted_as_is"] is True
        # The name is still checked: 127.0.0.1 is not in a certificate for CN=localhost.
        with pytest.raises(rs.CertificateError, match="not valid"):
            rs.send(make_message(), f"127.0.0.1:{pf.port}", tls="starttls", ca_file=cert, retry=ONCE)
        assert pf.delivered() == 2


def test_self_signed_ca_file_delivers_to_aiosmtpd(tmp_path: Path, openssl_cert: tuple[Path, Path]) -> None:
    cert, key = openssl_cert
    pki = Pki(tmp_path, cert, cert, key, cert)
    with TlsServer(pki, host="127.0.0.1") as server:
        result = rs.send(make_message(), f"localhost:{server.port}", tls="starttls", ca_file=cert, retry=ONCE)
        report = rs.probe("localhost", port=server.port, tls="starttls", ca_file=cert)
    assert len(server.messages) == 1
    assert result.transactions[0].tls["verified"] is True and result.transactions[0].tls["trusted_as_is"] is True
    # The probe says which trust it was: the certificate itself, not a chain to a CA.
    assert report.ok, str(report)
    assert "it is itself in ca_file (self-signed, trusted as is" in str(report)


def test_an_expired_self_signed_certificate_is_refused(tmp_path: Path) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=10))
        .not_valid_after(now - datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = tmp_path / "old.pem", tmp_path / "old.key"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    with PostfixServer(tls="starttls", cert_file=cert_file, key_file=key_file) as pf:
        with pytest.raises(rs.CertificateError, match="expired"):
            rs.send(make_message(), f"localhost:{pf.port}", tls="starttls", ca_file=cert_file, retry=ONCE)


def private_ca_context(pki: Pki) -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.load_verify_locations(cafile=str(pki.ca_file))
    return ctx


def test_ssl_context_with_a_private_ca_on_starttls(pki: Pki, tmp_path: Path) -> None:
    other = make_pki(tmp_path)
    with PostfixServer(tls="starttls", pki=pki) as pf, TlsServer(pki) as aio:
        for port in (pf.port, aio.port):
            with rs.SMTP("127.0.0.1", port, timeout=10, retry=ONCE) as s:
                s.starttls(context=private_ca_context(pki))
                assert s.sendmail("a@example.com", ["b@example.net"], b"Subject: ctx\r\n\r\nbody\r\n") == {}
            # The same context without the private CA does not trust the server: it was read, not ignored.
            with rs.SMTP("127.0.0.1", port, timeout=10, retry=ONCE) as s, pytest.raises(rs.CertificateError):
                s.starttls(context=private_ca_context(other))
        assert pf.delivered() == 1
    assert len(aio.messages) == 1


def test_ssl_context_check_hostname_false_still_checks_the_chain(pki: Pki, tmp_path: Path) -> None:
    with TlsServer(pki, implicit=True, host="127.0.0.2") as aio:
        # 127.0.0.2 is not in the certificate: refused by name, unless check_hostname is off.
        with pytest.raises(rs.CertificateError):
            rs.SMTP_SSL("127.0.0.2", aio.port, context=private_ca_context(pki), timeout=10, retry=ONCE)
        ctx = private_ca_context(pki)
        ctx.check_hostname = False
        with rs.SMTP_SSL("127.0.0.2", aio.port, context=ctx, timeout=10, retry=ONCE) as s:
            assert s.noop()[0] == 250
        # The chain is still checked: a context trusting another CA is refused.
        other = private_ca_context(make_pki(tmp_path))
        other.check_hostname = False
        with pytest.raises(rs.CertificateError):
            rs.SMTP_SSL("127.0.0.2", aio.port, context=other, timeout=10, retry=ONCE)


def test_implicit_tls_errors_say_tls_not_starttls(pki: Pki) -> None:
    with TlsServer(pki, implicit=True) as aio:
        with pytest.raises(rs.CertificateError) as info:
            rs.send(make_message(), f"127.0.0.1:{aio.port}", tls="implicit", retry=ONCE)
    assert "STARTTLS" not in str(info.value)
    assert info.value.phase == "connect"


def test_client_certificate_on_send_and_in_the_facade(tmp_path: Path, pki: Pki) -> None:
    client_cert, client_key = self_signed(tmp_path, cn="client.example")
    with PostfixServer(
        tls="starttls",
        pki=pki,
        client_ca_file=client_cert,
        require_client_cert=True,
        hold=True,
        params={"smtpd_tls_received_header": "yes"},
    ) as pf:
        rs.send(
            make_message(),
            pf.address,
            tls="starttls",
            ca_file=pki.ca_file,
            client_cert=client_cert,
            client_key=client_key,
            retry=ONCE,
        )
        with rs.SMTP("127.0.0.1", pf.port, timeout=10, retry=ONCE, ca_file=pki.ca_file) as s:
            s.starttls(keyfile=str(client_key), certfile=str(client_cert))
            s.sendmail("a@example.com", ["b@example.net"], b"Subject: cert\r\n\r\n")
        # Without one, Postfix (smtpd_tls_req_ccert) refuses the session.
        with pytest.raises(smtplib.SMTPException):
            rs.send(make_message(), pf.address, tls="starttls", ca_file=pki.ca_file, retry=ONCE)
        held = pf.held(2)
    assert len(held) == 2
    assert all(b'Client CN "client.example"' in h.data for h in held)


def test_opportunistic_tls_delivers_with_an_unverified_certificate(pki: Pki, caplog) -> None:
    with TlsServer(pki, require_starttls=False) as aio:
        with caplog.at_level(logging.WARNING, logger="resilient_smtp"):
            result = rs.send(make_message(), f"127.0.0.1:{aio.port}", tls="opportunistic", retry=ONCE)
        assert result.transactions[0].tls["verified"] is False
        assert any("not verified" in r.getMessage() for r in caplog.records if r.levelno == logging.WARNING)
        # With credentials, verification is required.
        with pytest.raises(rs.CertificateError):
            rs.send(
                make_message(), f"127.0.0.1:{aio.port}", tls="opportunistic", username="u", password="p", retry=ONCE
            )
    assert len(aio.messages) == 1


# --------------------------------------------------------------------------------------------------------------------
# AUTH on a real Postfix: CRAM-MD5 in the core, smtplib's login() order, plaintext to loopback


def test_cram_md5_and_plaintext_auth_to_loopback_on_postfix() -> None:
    with PostfixServer(users=USERS, mechanisms=("CRAM-MD5",), relay_needs_auth=True) as pf:
        # No TLS, no allow_insecure_auth: the credentials never leave the machine.
        result = rs.send(make_message(), pf.address, tls="off", username="alice", password=USERS["alice"], retry=ONCE)
        assert result.code == 250
        with rs.SMTP(pf.host, pf.port, timeout=10, retry=ONCE) as s:
            assert s.login("alice", USERS["alice"])[0] == 235
        with rs.SMTP(pf.host, pf.port, timeout=10, retry=ONCE) as s, pytest.raises(smtplib.SMTPAuthenticationError):
            s.login("alice", "wrong")
        assert pf.wait_log("sasl_method=CRAM-MD5")


def test_login_uses_smtplibs_order_on_postfix() -> None:
    with PostfixServer(users=USERS, mechanisms=("PLAIN", "LOGIN", "CRAM-MD5"), relay_needs_auth=True) as pf:
        with rs.SMTP(pf.host, pf.port, timeout=10, retry=ONCE) as s:
            s.login("alice", USERS["alice"])
            s.sendmail("a@example.com", ["b@example.net"], b"Subject: order\r\n\r\n")
        assert pf.wait_log("sasl_method=CRAM-MD5")  # smtplib's first choice when offered


def test_login_falls_back_after_a_535_as_smtplib_does() -> None:
    """A server whose CRAM-MD5 refuses what its PLAIN accepts (a secret stored hashed): login() goes on to PLAIN.
    Scripted: Postfix's sasldb accepts every mechanism for every user."""

    def auth(conv, line: str) -> bool:
        if "CRAM-MD5" in line:
            conv.reply("334 PDEyMzQ1QHNjcmlwdGVkLnRlc3Q+")
            conv.readline()
            conv.reply("535 5.7.8 Authentication credentials invalid")
        else:
            conv.reply("235 2.7.0 Authentication successful")
        return True

    ehlo = ("AUTH CRAM-MD5 PLAIN LOGIN", "PIPELINING")
    for cls in (smtplib.SMTP, rs.SMTP):
        with ScriptedServer({"AUTH": auth}, ehlo_lines=ehlo) as server:
            with cls(server.host, server.port, timeout=5) as s:
                assert s.login("alice", USERS["alice"]) == (235, b"2.7.0 Authentication successful")
            assert [c.split()[:2] for c in server.commands if c.startswith("AUTH")] == [
                ["AUTH", "CRAM-MD5"],
                ["AUTH", "PLAIN"],
            ]


# --------------------------------------------------------------------------------------------------------------------
# Headers: send() adds Date and Message-ID when missing; sendmail() sends the caller's bytes as given


def test_send_adds_date_and_sendmail_sends_bytes_as_given() -> None:
    with PostfixServer(hold=True) as pf:
        msg = make_message(to="dated@example.net")
        rs.send(msg, pf.address, tls="off", retry=ONCE)
        with rs.SMTP(pf.host, pf.port, timeout=10, retry=ONCE) as s:
            s.sendmail("a@example.com", ["raw@example.net"], b"Subject: raw\r\n\r\nbody\r\n")
            s.send_message(make_message(to="message@example.net"))
        held = {h.recipients[0]: email.message_from_bytes(h.data) for h in pf.held(3)}
    assert held["dated@example.net"]["Date"] and held["dated@example.net"]["Message-ID"]
    assert held["raw@example.net"]["Date"] is None and held["raw@example.net"]["Message-ID"] is None
    assert held["message@example.net"]["Message-ID"] is None  # smtplib's send_message adds nothing either


# --------------------------------------------------------------------------------------------------------------------
# socket.setdefaulttimeout(), the trace, the small things


def test_socket_default_timeout_caps_every_phase() -> None:
    old = socket.getdefaulttimeout()
    socket.setdefaulttimeout(0.5)
    try:
        with ScriptedServer({"greeting": stall}) as server:
            started = time.monotonic()
            with pytest.raises(TimeoutError):
                rs.SMTP(server.host, server.port, retry=ONCE)
            with pytest.raises(TimeoutError):
                rs.send(make_message(), server.address, tls="off", retry=ONCE)
            assert time.monotonic() - started < 5
    finally:
        socket.setdefaulttimeout(old)


def test_debuglevel_prints_a_trace_with_auth_redacted(capsys) -> None:
    with PostfixServer(users=USERS, mechanisms=("PLAIN",)) as pf:
        with rs.SMTP(pf.host, pf.port, timeout=10, retry=ONCE) as s:
            s.set_debuglevel(1)
            s.login("alice", USERS["alice"])
            s.sendmail("a@example.com", ["b@example.net"], b"Subject: t\r\n\r\n")
            s.set_debuglevel(0)
    err = capsys.readouterr().err
    assert "reply:" in err and "MAIL FROM:<a@example.com>" in err and "AUTH PLAIN <redacted>" in err
    assert USERS["alice"] not in err


def test_host_tuple_and_conflicting_ports() -> None:
    with SmtpSink() as sink:
        assert rs.send(make_message(), (sink.host, sink.port), tls="off", retry=ONCE).code == 250
        with pytest.raises(ValueError, match="port"):
            rs.send(make_message(), f"{sink.host}:{sink.port}", sink.port + 1, tls="off", retry=ONCE)


def test_the_package_logger_has_a_null_handler() -> None:
    rs.send  # noqa: B018  (what a first send loads)
    import resilient_smtp._client  # noqa: F401

    assert any(isinstance(h, logging.NullHandler) for h in logging.getLogger("resilient_smtp").handlers)


def test_cli_version_and_descriptions() -> None:
    import sys

    out = subprocess.run([sys.executable, "-m", "resilient_smtp", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.strip() == f"resilient-smtp {rs.__version__}"
    for command in ("probe", "send", "demo"):
        helptext = subprocess.run(
            [sys.executable, "-m", "resilient_smtp", command, "--help"], capture_output=True, text=True
        ).stdout
        assert helptext.split("\n\n")[1].strip(), f"{command} has no description"


def test_an_unresolvable_relay_is_a_dns_error_naming_it() -> None:
    for call in (
        lambda: rs.send(make_message(), "nosuchhost.invalid", 2525, tls="off", retry=ONCE),
        lambda: rs.SMTP("nosuchhost.invalid", 2525, retry=ONCE),
    ):
        with pytest.raises(rs.DNSError) as info:
            call()
        e = info.value
        assert "nosuchhost.invalid" in str(e)
        assert e.smtp_code is None  # no made-up 550 5.1.2: no server said anything
        # NXDOMAIN is permanent; a resolver that cannot answer (SERVFAIL, no network) is transient.
        assert e.transient == ("emporary" in str(e))
