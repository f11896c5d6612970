"""Real SMTP and DNS peers on loopback for the tests, each a context manager that stops what it started.

- :class:`SmtpSink`: Postfix's ``smtp-sink`` (throughput and fault injection: ``-W``, ``-w``, ``-r``, ``-f``, ``-Q``,
  ``-q``, ``-p``), counting the messages it received from its dump directory.
- :class:`TlsServer`: aiosmtpd with STARTTLS or implicit TLS and AUTH, using a CA made for the test.
- :class:`ScriptedServer`: our own small server, only for faults the others cannot make (response injection after
  STARTTLS, trickled bytes, malformed or oversized replies, greylisting, a drop at a chosen point).
- :class:`Dnsmasq`: ``dnsmasq`` on a high loopback port serving MX, A and null-MX records.
- :func:`closed_port` and :class:`FullBacklog`: a refused connection and a connect that times out.
"""

from __future__ import annotations

import datetime
import ipaddress
import os
import shutil
import socket
import ssl
import struct
import subprocess
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Optional

if TYPE_CHECKING:
    from typing_extensions import Self


SBIN = ("/usr/sbin", "/usr/bin", "/sbin")


def tool(name: str) -> str:
    path = shutil.which(name) or next((f"{d}/{name}" for d in SBIN if os.access(f"{d}/{name}", os.X_OK)), None)
    if path is None:
        raise RuntimeError(f"{name} is not installed: run scripts/install-test-deps.sh")
    return path


def free_port(host: str = "127.0.0.1", kind: int = socket.SOCK_STREAM) -> int:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, kind) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def wait_listening(host: str, port: int, timeout: float = 10.0, proc: subprocess.Popen | None = None) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}: {proc.stderr.read() if proc.stderr else ''}")
        try:
            with socket.create_connection((host, port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.02)
    raise RuntimeError(f"nothing listening on {host}:{port} after {timeout} s")


def stop(proc: subprocess.Popen) -> None:
    """Stops a server process we started: TERM, then KILL if it lingers."""
    proc.terminate()
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    for stream in (proc.stdout, proc.stderr):
        if stream:
            stream.close()


def closed_port(host: str = "127.0.0.1") -> int:
    """A port nothing listens on: connecting is refused at once."""
    return free_port(host)


class FullBacklog:
    """A listener whose accept queue is full, so the kernel drops further SYNs: a connect that times out."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host
        self.listener = socket.socket()
        self.listener.bind((host, 0))
        self.listener.listen(0)
        self.port = self.listener.getsockname()[1]
        self.fillers: list[socket.socket] = []

    def __enter__(self) -> Self:
        for _ in range(3):  # listen(0) queues one; one more to be sure the queue is over
            s = socket.socket()
            s.setblocking(False)
            try:
                s.connect((self.host, self.port))
            except BlockingIOError:
                pass
            self.fillers.append(s)
        time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        for s in self.fillers:
            s.close()
        self.listener.close()


# --------------------------------------------------------------------------------------------------------------------
# Postfix smtp-sink


class SmtpSink:
    """``smtp-sink`` on ``host``: a fast, fault-injecting SMTP server. ``received()`` counts delivered messages."""

    def __init__(
        self, *options: str, host: str = "127.0.0.1", port: int | None = None, backlog: int = 64, dump: bool = True
    ) -> None:
        self.host = host
        self.port = port or free_port(host)
        self.options = list(options)
        self.backlog = backlog
        self.dir = Path(tempfile.mkdtemp(prefix="sink-"))
        os.chmod(self.dir, 0o777)
        self.dump = dump
        self.proc: subprocess.Popen | None = None

    @property
    def address(self) -> str:
        return f"[{self.host}]:{self.port}" if ":" in self.host else f"{self.host}:{self.port}"

    def __enter__(self) -> Self:
        args = [tool("smtp-sink")]
        if os.geteuid() == 0:
            args += ["-u", "nobody"]
        if self.dump:
            # One file per transaction: strftime template plus a random suffix smtp-sink appends.
            args += ["-d", f"{self.dir}/%s."]
        args += [*self.options, f"{self.address}", str(self.backlog)]
        self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        wait_listening(self.host, self.port, proc=self.proc)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.proc is not None:
            stop(self.proc)
        shutil.rmtree(self.dir, ignore_errors=True)

    def messages(self) -> list[bytes]:
        return [p.read_bytes() for p in sorted(self.dir.iterdir())]

    def received(self, settle: float = 0.3) -> int:
        """Messages dumped so far; waits briefly for smtp-sink to finish writing."""
        end = time.monotonic() + settle
        n = len(list(self.dir.iterdir()))
        while time.monotonic() < end:
            time.sleep(0.05)
            n = len(list(self.dir.iterdir()))
        return n


# --------------------------------------------------------------------------------------------------------------------
# A CA and server certificate made for the test run


@dataclass
class Pki:
    dir: Path
    ca_file: Path
    cert_file: Path
    key_file: Path
    expired_cert_file: Path

    def server_context(self, expired: bool = False) -> ssl.SSLContext:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(self.expired_cert_file if expired else self.cert_file, self.key_file)
        return ctx


def make_pki(directory: Path) -> Pki:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = datetime.datetime.now(datetime.timezone.utc)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "resilient-smtp test CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(True, False, False, False, False, True, True, False, False), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())

    def leaf(not_before: datetime.datetime, not_after: datetime.datetime) -> x509.Certificate:
        return (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
            .issuer_name(ca_name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(not_before)
            .not_valid_after(not_after)
            .add_extension(
                x509.SubjectAlternativeName(
                    [
                        x509.DNSName("localhost"),
                        x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
                    ]
                ),
                critical=False,
            )
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .sign(ca_key, hashes.SHA256())
        )

    pem = serialization.Encoding.PEM
    paths = Pki(
        directory, directory / "ca.pem", directory / "server.pem", directory / "server.key", directory / "expired.pem"
    )
    paths.ca_file.write_bytes(ca.public_bytes(pem))
    paths.cert_file.write_bytes(
        leaf(now - datetime.timedelta(days=1), now + datetime.timedelta(days=30)).public_bytes(pem)
        + ca.public_bytes(pem)
    )
    paths.expired_cert_file.write_bytes(
        leaf(now - datetime.timedelta(days=30), now - datetime.timedelta(days=1)).public_bytes(pem)
        + ca.public_bytes(pem)
    )
    paths.key_file.write_bytes(key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    return paths


# --------------------------------------------------------------------------------------------------------------------
# aiosmtpd with TLS and AUTH


@dataclass
class Received:
    sender: str
    recipients: list[str]
    data: bytes
    mail_options: list[str]


class _Handler:
    def __init__(self) -> None:
        self.messages: list[Received] = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(
            Received(
                envelope.mail_from,
                list(envelope.rcpt_tos),
                envelope.original_content or envelope.content,
                list(envelope.mail_options),
            )
        )
        return "250 2.0.0 OK queued"


class TlsServer:
    """aiosmtpd on 127.0.0.1: STARTTLS (``implicit=False``) or implicit TLS, AUTH PLAIN/LOGIN for ``users``."""

    def __init__(
        self,
        pki: Pki,
        *,
        implicit: bool = False,
        users: dict[str, str] | None = None,
        require_starttls: bool = True,
        expired: bool = False,
        starttls: bool = True,
        host: str = "127.0.0.1",
        auth_require_tls: bool = True,
        smtputf8: bool = True,
    ) -> None:
        self.pki = pki
        self.implicit = implicit
        self.users = users or {}
        self.require_starttls = require_starttls
        self.expired = expired
        self.starttls = starttls
        self.host = host
        self.auth_require_tls = auth_require_tls
        self.smtputf8 = smtputf8
        self.handler = _Handler()
        self.port = 0
        self.controller = None
        self._own_connections = 0

    @property
    def messages(self) -> list[Received]:
        return self.handler.messages

    @property
    def connections(self) -> int:
        """Client connections accepted so far (not counting the one aiosmtpd makes to itself when it starts)."""
        return len(getattr(self.controller, "protocols", [])) - self._own_connections

    def _authenticate(self, server, session, envelope, mechanism, auth_data):
        from aiosmtpd.smtp import AuthResult, LoginPassword

        ok = (
            isinstance(auth_data, LoginPassword)
            and self.users.get(auth_data.login.decode()) == auth_data.password.decode()
        )
        return AuthResult(success=ok, handled=False)

    def __enter__(self) -> Self:
        from aiosmtpd.controller import Controller

        class ClosingController(Controller):  # type: ignore[misc]
            """Closes the connections still open when it stops, as a real server does (aiosmtpd leaves them)."""

            def factory(self):  # type: ignore[no-untyped-def]
                protocol = super().factory()
                self.protocols = [*getattr(self, "protocols", []), protocol]
                return protocol

            def cancel_tasks(self, stop_loop: bool = True) -> None:
                for protocol in getattr(self, "protocols", []):
                    if protocol.transport is not None:
                        protocol.transport.abort()
                super().cancel_tasks(stop_loop)

        ctx = self.pki.server_context(self.expired)
        params = {
            "authenticator": self._authenticate if self.users else None,
            "auth_require_tls": self.auth_require_tls,
            "enable_SMTPUTF8": self.smtputf8,
        }
        if self.implicit:
            kwargs = {"ssl_context": ctx}
        else:
            if self.starttls:
                params["tls_context"] = ctx
            params["require_starttls"] = self.require_starttls and self.starttls
            kwargs = {}
        self.port = free_port(self.host)
        self.controller = ClosingController(
            self.handler, hostname=self.host, port=self.port, server_hostname="localhost", **kwargs, **params
        )
        self.controller.start()
        self._own_connections = len(getattr(self.controller, "protocols", []))
        return self

    def __exit__(self, *exc: object) -> None:
        if self.controller is not None:
            self.controller.stop()


# --------------------------------------------------------------------------------------------------------------------
# Our own server, for faults the real ones cannot make

Action = Callable[["Conversation", str], Optional[bool]]


class Conversation:
    """One client connection to a :class:`ScriptedServer`; handlers write replies through it."""

    def __init__(self, server: ScriptedServer, sock: socket.socket) -> None:
        self.server = server
        self.sock = sock
        self.buffer = b""
        self.sender = ""
        self.recipients: list[str] = []
        self.last_data = b""
        self.closed = False

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def reply(self, text: str) -> None:
        self.send(text.encode() + b"\r\n")

    def readline(self) -> bytes | None:
        while b"\r\n" not in self.buffer:
            try:
                chunk = self.sock.recv(65536)
            except OSError:
                return None
            if not chunk:
                return None
            self.buffer += chunk
        line, _, self.buffer = self.buffer.partition(b"\r\n")
        return line

    def read_data(self) -> bytes | None:
        lines = []
        while True:
            line = self.readline()
            if line is None:
                return None
            if line == b".":
                return b"\r\n".join(lines) + b"\r\n"
            lines.append(line[1:] if line.startswith(b".") else line)

    def stall(self) -> None:
        """Says nothing until the client goes away or the server stops."""
        self.server.stop_event.wait()


class ScriptedServer:
    """A threaded SMTP server on loopback speaking enough SMTP to carry a fault.

    ``replies`` overrides the reply to a command (``"greeting"``, ``"EHLO"``, ``"MAIL"``, ``"RCPT"``, ``"DATA"``,
    ``"."``, ``"RSET"``, ``"STARTTLS"``...): a string is sent as is (several lines joined by CRLF), a callable gets the
    conversation and the command line and does what it likes. ``ehlo_lines`` are the capabilities offered.
    """

    def __init__(
        self,
        replies: dict[str, object] | None = None,
        *,
        host: str = "127.0.0.1",
        ehlo_lines: Sequence[str] = ("PIPELINING", "8BITMIME", "SIZE 10240000", "ENHANCEDSTATUSCODES"),
        greylist: bool = False,
    ) -> None:
        self.replies: dict[str, object] = dict(replies or {})
        self.host = host
        self.ehlo_lines = list(ehlo_lines)
        self.greylist = greylist
        self.seen_pairs: set = set()
        self.messages: list[Received] = []
        self.connections = 0
        self.commands: list[str] = []
        self.closed_by_client = threading.Event()
        self.stop_event = threading.Event()
        self.listener = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind((host, 0))
        self.listener.listen(64)
        self.port = self.listener.getsockname()[1]
        self.threads: list[threading.Thread] = []
        self.socks: list[socket.socket] = []
        self.lock = threading.Lock()

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    def verbs(self) -> list[str]:
        return [c.split(" ")[0].upper() for c in self.commands]

    def wait_until(self, check: Callable[[], bool], timeout: float = 5.0) -> bool:
        """Waits (bounded) for the server thread to have seen something, e.g. a QUIT the client does not wait for."""
        end = time.monotonic() + timeout
        while not check():
            if time.monotonic() > end:
                return False
            time.sleep(0.01)
        return True

    def __enter__(self) -> Self:
        t = threading.Thread(target=self._accept, daemon=True)
        t.start()
        self.threads.append(t)
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop_event.set()
        try:
            self.listener.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept(); close() alone does not
        except OSError:
            pass
        self.listener.close()
        with self.lock:
            for s in self.socks:
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                s.close()
        for t in self.threads:
            t.join(5)

    def _accept(self) -> None:
        while not self.stop_event.is_set():
            try:
                sock, _ = self.listener.accept()
            except OSError:
                return
            with self.lock:
                self.connections += 1
                self.socks.append(sock)
            t = threading.Thread(target=self._serve, args=(sock,), daemon=True)
            t.start()
            self.threads.append(t)

    def _respond(self, conv: Conversation, key: str, line: str, default: str) -> bool:
        """Sends the scripted or default reply; False when the script ended the conversation."""
        action = self.replies.get(key, default)
        if callable(action):
            return action(conv, line) is not False
        if action is None:
            return False  # close without a reply
        conv.send(str(action).replace("\r\n", "\n").replace("\n", "\r\n").encode() + b"\r\n")
        return True

    def _serve(self, sock: socket.socket) -> None:
        conv = Conversation(self, sock)
        try:
            if not self._respond(conv, "greeting", "", "220 scripted.test ESMTP"):
                return
            while not self.stop_event.is_set():
                raw = conv.readline()
                if raw is None:
                    self.closed_by_client.set()
                    return
                line = raw.decode("utf-8", "replace")
                verb = line.split(" ", 1)[0].upper()
                self.commands.append(line)
                if verb in ("EHLO", "HELO"):
                    caps = ["250-scripted.test"] + [f"250-{c}" for c in self.ehlo_lines]
                    caps[-1] = caps[-1].replace("250-", "250 ", 1)
                    if not self._respond(conv, verb, line, "\n".join(caps) if verb == "EHLO" else "250 ok"):
                        return
                elif verb == "MAIL":
                    conv.sender = line[10:].split(">")[0].lstrip("<")
                    conv.recipients = []
                    if not self._respond(conv, "MAIL", line, "250 2.1.0 Ok"):
                        return
                elif verb == "RCPT":
                    rcpt = line[8:].split(">")[0].lstrip("<")
                    if self.greylist and (conv.sender, rcpt) not in self.seen_pairs:
                        self.seen_pairs.add((conv.sender, rcpt))
                        conv.reply("450 4.7.1 Greylisted, try again later")
                        continue
                    if "RCPT" not in self.replies:  # a scripted RCPT decides itself what it accepts
                        conv.recipients.append(rcpt)
                    if not self._respond(conv, "RCPT", line, "250 2.1.5 Ok"):
                        return
                elif verb == "DATA":
                    if not conv.recipients:
                        conv.reply("554 5.5.1 No valid recipients")
                        continue
                    if not self._respond(conv, "DATA", line, "354 End data with <CR><LF>.<CR><LF>"):
                        return
                    data = conv.read_data()
                    if data is None:
                        return
                    conv.last_data = data  # (for a "." action that needs to know which message it answers)
                    with self.lock:
                        self.messages.append(Received(conv.sender, conv.recipients, data, []))
                    if not self._respond(conv, ".", ".", "250 2.0.0 Ok: queued"):
                        return
                elif verb == "QUIT":
                    self._respond(conv, "QUIT", line, "221 2.0.0 Bye")
                    return
                elif verb in ("RSET", "NOOP", "STARTTLS", "AUTH"):
                    default = {"RSET": "250 2.0.0 Ok", "NOOP": "250 2.0.0 Ok"}.get(verb, "502 5.5.1 Not implemented")
                    if not self._respond(conv, verb, line, default):
                        return
                else:
                    conv.reply("502 5.5.2 Error: command not recognized")
        except OSError:
            return
        finally:
            try:
                sock.close()
            except OSError:
                pass


def trickle(text: str, delay: float) -> Action:
    """An action sending ``text`` one byte at a time, ``delay`` seconds apart."""

    def act(conv: Conversation, line: str) -> None:
        for b in (text + "\r\n").encode():
            if conv.server.stop_event.wait(delay):
                return
            conv.send(bytes([b]))

    return act


def stall(conv: Conversation, line: str) -> bool:
    conv.stall()
    return False


def drop(conv: Conversation, line: str) -> bool:
    return False


def refuse_nobody(conv, line: str) -> bool:
    """RCPT: 550 for nobody@..., accepted otherwise."""
    if "nobody@" in line:
        conv.reply("550 5.1.1 No such user")
    else:
        conv.recipients.append(line[8:].split(">")[0].lstrip("<"))
        conv.reply("250 2.1.5 Ok")
    return True


# --------------------------------------------------------------------------------------------------------------------
# dnsmasq


def _dns_query(name: str, qtype: int = 15) -> bytes:
    header = struct.pack(">HHHHHH", 0x1234, 0x0100, 1, 0, 0, 0)
    q = b"".join(bytes([len(p)]) + p.encode() for p in name.split(".") if p) + b"\0"
    return header + q + struct.pack(">HH", qtype, 1)


class Dnsmasq:
    """dnsmasq on 127.0.0.1:<high port> answering only from its own records.

    ``mx`` = [(domain, host, preference)], host "." makes a null MX; ``a`` = [(name, address)]. It is authoritative
    for ``.test``: other names there are NXDOMAIN.
    """

    def __init__(self, mx: Sequence[tuple[str, str, int]] = (), a: Sequence[tuple[str, str]] = ()) -> None:
        self.port = 0
        self.mx = list(mx)
        self.a = list(a)
        self.proc: subprocess.Popen | None = None

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def __enter__(self) -> Self:
        # dnsmasq binds the port for UDP and TCP; a port free for one may be taken for the other (or taken between
        # our check and its bind): then it exits at once, and another port is tried.
        for _ in range(5):
            self.port = free_port("127.0.0.1", socket.SOCK_DGRAM)
            if self._start():
                return self
        raise RuntimeError(f"dnsmasq did not start (last exit code {self.proc.returncode if self.proc else None})")

    def _start(self) -> bool:
        args = [
            tool("dnsmasq"),
            "--keep-in-foreground",
            f"--port={self.port}",
            "--listen-address=127.0.0.1",
            "--bind-interfaces",
            "--no-resolv",
            "--no-hosts",
            "--no-daemon",
            "--user=root",
            "--pid-file=",
            "--log-facility=-",
            "--conf-file=/dev/null",
            "--local=/test/",
        ]
        args += [f"--mx-host={d},{h},{p}" for d, h, p in self.mx]
        args += [f"--host-record={n},{ip}" for n, ip in self.a]
        self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        end = time.monotonic() + 10
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.settimeout(0.2)
            while True:
                if self.proc.poll() is not None:
                    return False
                try:
                    s.sendto(_dns_query("ready.test"), ("127.0.0.1", self.port))
                    s.recvfrom(512)
                    return True
                except OSError:
                    if time.monotonic() > end:
                        stop(self.proc)
                        raise RuntimeError("dnsmasq did not answer") from None

    def __exit__(self, *exc: object) -> None:
        if self.proc is not None:
            stop(self.proc)


# --------------------------------------------------------------------------------------------------------------------
# PostgreSQL (the outbox's shared store)


def _pg_bin() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/postgres"), key=lambda p: int(p.parent.parent.name))
    return found[-1].parent if found else None


class Postgres:
    """A private PostgreSQL cluster (Debian ``postgresql``) made for the test on a loopback port, removed after.

    As root, ``initdb`` and ``postgres`` run as the ``postgres`` user (they refuse root); ``fsync=off`` keeps it
    quick, which is fine for a cluster that lives as long as a test. ``url`` is the connection URL."""

    def __init__(self) -> None:
        self.port = free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="pg-"))
        self.proc: subprocess.Popen | None = None
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def _as_postgres(self) -> dict[str, object]:
        return {"user": "postgres", "group": "postgres", "extra_groups": []} if os.geteuid() == 0 else {}

    def __enter__(self) -> Self:
        bindir = _pg_bin()
        if bindir is None:
            raise RuntimeError("PostgreSQL is not installed (scripts/install-test-deps.sh installs it)")
        if os.geteuid() == 0:
            import pwd

            pw = pwd.getpwnam("postgres")
            os.chown(self.dir, pw.pw_uid, pw.pw_gid)
        data = self.dir / "data"
        subprocess.run(
            [str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "--no-sync"],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd=self.dir,
            **self._as_postgres(),  # type: ignore[arg-type]
        )
        args = [str(bindir / "postgres"), "-D", str(data), "-p", str(self.port), "-c", "listen_addresses=127.0.0.1"]
        args += ["-c", f"unix_socket_directories={self.dir}", "-c", "fsync=off", "-c", "max_connections=100"]
        self.proc = subprocess.Popen(
            args,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd=self.dir,
            **self._as_postgres(),  # type: ignore[arg-type]
        )
        wait_listening("127.0.0.1", self.port, timeout=30, proc=self.proc)
        # Listening is not accepting yet: wait until a query answers.
        end = time.monotonic() + 30
        while subprocess.run(
            [str(bindir / "pg_isready"), "-h", "127.0.0.1", "-p", str(self.port)], stdout=subprocess.DEVNULL
        ).returncode:
            if time.monotonic() > end:
                raise RuntimeError("PostgreSQL did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.proc is not None:
            stop(self.proc)
        shutil.rmtree(self.dir, ignore_errors=True)
