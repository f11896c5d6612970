"""Real SMTP and DNS peers on loopback for the tests, each a context manager that stops what it started.

- :class:`SmtpSink`: Postfix's ``smtp-sink`` (throughput and fault injection: ``-W``, ``-w``, ``-r``, ``-f``, ``-Q``,
  ``-q``, ``-p``), counting the messages it received from its dump directory.
- :class:`TlsServer`: aiosmtpd with STARTTLS or implicit TLS and AUTH, using a CA made for the test.
- :class:`PostfixServer`: a private Postfix ``smtpd`` (its own main.cf, master.cf and queue in a temporary directory,
  never the system's Postfix) with STARTTLS or implicit TLS, Cyrus SASL (PLAIN, LOGIN, CRAM-MD5), client
  certificates and any extra main.cf parameters (anvil limits, restrictions...).
- :class:`ScriptedServer`: our own small server, only for faults the others cannot make (response injection after
  STARTTLS, trickled bytes, malformed or oversized replies, greylisting, a drop at a chosen point).
- :class:`Dnsmasq`: ``dnsmasq`` on a high loopback port serving MX, A and null-MX records.
- :func:`closed_port` and :class:`FullBacklog`: a refused connection and a connect that times out.
"""

from __future__ import annotations

import datetime
import functools
import ipaddress
import os
import re
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
from typing import TYPE_CHECKING, Any, Callable, Optional

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


class Aiosmtpd:
    """aiosmtpd on loopback with this object as its handler: a subclass defines the ``handle_*`` hooks it needs.
    Started on entering, stopped on leaving."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host
        self.port = free_port(host)
        self.controller: Any = None

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    def __enter__(self) -> Self:
        from aiosmtpd.controller import Controller

        self.controller = Controller(self, hostname=self.host, port=self.port)
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.controller is not None:
            self.controller.stop()


class Arrivals(Aiosmtpd):
    """aiosmtpd on loopback that notes when each message arrives (its "."), to measure a sender's rate."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        super().__init__(host)
        self.times: list[float] = []

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        self.times.append(time.monotonic())
        return "250 2.0.0 OK queued"

    def rate(self, skip: int = 4) -> float:
        """Messages per second from the ``skip``-th arrival to the last (the first ones also open connections)."""
        times = self.times[skip:]
        return (len(times) - 1) / (times[-1] - times[0])


# --------------------------------------------------------------------------------------------------------------------
# A private Postfix smtpd

# The daemons a Postfix instance needs to accept mail and discard it (or hold it when ``hold=True``).
_POSTFIX_SERVICES = """\
pickup    unix  n - n 60 1 pickup
cleanup   unix  n - n - 0 cleanup
qmgr      unix  n - n 300 1 qmgr
tlsmgr    unix  - - n 1000? 1 tlsmgr
rewrite   unix  - - n - - trivial-rewrite
bounce    unix  - - n - 0 bounce
defer     unix  - - n - 0 bounce
trace     unix  - - n - 0 bounce
verify    unix  - - n - 1 verify
flush     unix  n - n 1000? 0 flush
proxymap  unix  - - n - - proxymap
showq     unix  n - n - - showq
error     unix  - - n - - error
retry     unix  - - n - - error
discard   unix  - - n - - discard
anvil     unix  - - n - 1 anvil
scache    unix  - - n - 1 scache
postlog   unix-dgram n - n - 1 postlogd
"""


@functools.lru_cache(maxsize=1)
def _postfix_daemon_directory() -> str:
    """Where this Postfix keeps master and smtpd (Debian: /usr/lib/postfix/sbin)."""
    out = subprocess.run([tool("postconf"), "-dh", "daemon_directory"], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def anvil_limits(**limits: int) -> dict[str, str]:
    """main.cf parameters that make a private Postfix enforce anvil limits on loopback clients
    (``smtpd_client_connection_count_limit=2``, ``smtpd_client_message_rate_limit=...``): by default mynetworks is
    exempt, and anvil reports its peaks only every 10 minutes (here every second, see :meth:`PostfixServer.anvil_peak`)."""
    params = {"smtpd_client_event_limit_exceptions": "", "anvil_status_update_time": "1s"}
    params |= {f"smtpd_client_{name}": str(value) for name, value in limits.items()}
    return params


@dataclass
class Held:
    """A message Postfix kept on hold: its envelope and the message as queued (Postfix adds a Received header)."""

    sender: str
    recipients: list[str]
    data: bytes


class PostfixServer:
    """A private Postfix 3.x ``smtpd`` on a free loopback port: its own ``master -d -c DIR`` as our child process.

    Everything lives in a temporary directory (main.cf, master.cf, queue, data, Cyrus SASL database, log); accepted
    mail is discarded (``default_transport = discard``), or kept on hold with ``hold=True`` so :meth:`held` can read
    it back. ``tls``: ``None``, ``"starttls"`` or ``"implicit"`` (``smtpd_tls_wrappermode``), with ``pki``'s server
    certificate unless ``cert_file``/``key_file`` are given. ``users`` ({login: password}) turns SASL on (Cyrus
    sasldb: ``mechanisms``); ``require_tls`` makes Postfix refuse MAIL and AUTH before STARTTLS;
    ``client_ca_file`` asks for a client certificate and ``require_client_cert`` refuses a session without one.
    ``params`` are extra main.cf parameters (e.g. ``smtpd_client_connection_count_limit``). Mail from loopback is
    relayed without AUTH (``mynetworks = 127.0.0.0/8``) unless ``relay_needs_auth``.
    """

    def __init__(
        self,
        *,
        tls: str | None = None,
        pki: Pki | None = None,
        cert_file: Path | None = None,
        key_file: Path | None = None,
        users: dict[str, str] | None = None,
        mechanisms: Sequence[str] = ("PLAIN", "LOGIN", "CRAM-MD5"),
        require_tls: bool = False,
        client_ca_file: Path | None = None,
        require_client_cert: bool = False,
        relay_needs_auth: bool = False,
        hold: bool = False,
        params: dict[str, str] | None = None,
        host: str = "127.0.0.1",
        hostname: str = "postfix.test",
    ) -> None:
        if tls not in (None, "starttls", "implicit"):
            raise ValueError(f"tls must be None, 'starttls' or 'implicit', not {tls!r}")
        if tls and not (pki or (cert_file and key_file)):
            raise ValueError("TLS needs pki= or cert_file= and key_file=")
        self.tls = tls
        self.cert_file = cert_file or (pki.cert_file if pki else None)
        self.key_file = key_file or (pki.key_file if pki else None)
        self.users = dict(users or {})
        self.mechanisms = list(mechanisms)
        self.require_tls = require_tls
        self.client_ca_file = client_ca_file
        self.require_client_cert = require_client_cert
        self.relay_needs_auth = relay_needs_auth
        self.hold = hold
        self.params = dict(params or {})
        self.host = host
        self.hostname = hostname
        self.port = 0
        self.dir = Path(tempfile.mkdtemp(prefix="postfix-"))
        self.conf = self.dir / "conf"
        self.proc: subprocess.Popen | None = None

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    def _main_cf(self) -> dict[str, str]:
        d = self.dir
        relay = ["permit_sasl_authenticated"] if self.users else []
        if not self.relay_needs_auth:
            relay.insert(0, "permit_mynetworks")
        main = {
            "compatibility_level": "3.6",
            "queue_directory": f"{d}/queue",
            "data_directory": f"{d}/data",
            "maillog_file": f"{d}/maillog",
            "maillog_file_prefixes": str(d),
            "mail_owner": "postfix",
            "setgid_group": "postdrop",
            "inet_interfaces": "loopback-only",
            "inet_protocols": "ipv6" if ":" in self.host else "ipv4",
            "myhostname": self.hostname,
            "mydestination": "",
            "mynetworks": "127.0.0.0/8 [::1]/128",
            "default_transport": "discard",
            "local_transport": "discard",
            "relay_transport": "discard",
            "smtpd_relay_restrictions": ", ".join([*relay, "reject"]),
            # A test server should answer at once: no delays after refusals, no DNS lookups of the client.
            "smtpd_error_sleep_time": "0",
            "smtpd_soft_error_limit": "100",
            "smtpd_hard_error_limit": "200",
            "smtpd_peername_lookup": "no",
            "biff": "no",
            "alias_maps": "",
            "alias_database": "",
            # Show what the client sent: no Message-ID/Date/From added to mail from loopback.
            "local_header_rewrite_clients": "",
            "always_add_missing_headers": "no",
        }
        if self.hold:
            main["smtpd_end_of_data_restrictions"] = "check_client_access static:HOLD"
        if self.tls:
            main |= {
                "smtpd_tls_cert_file": str(self.cert_file),
                "smtpd_tls_key_file": str(self.key_file),
                "smtpd_tls_security_level": "encrypt" if self.require_tls or self.require_client_cert else "may",
                "smtpd_tls_auth_only": "yes" if self.require_tls else "no",
            }
            if self.client_ca_file:
                main |= {"smtpd_tls_CAfile": str(self.client_ca_file), "smtpd_tls_ask_ccert": "yes"}
                if self.require_client_cert:
                    main["smtpd_tls_req_ccert"] = "yes"
        if self.users:
            main |= {
                "smtpd_sasl_auth_enable": "yes",
                "smtpd_sasl_type": "cyrus",
                "smtpd_sasl_path": "smtpd",
                "smtpd_sasl_local_domain": self.hostname,
                "smtpd_sasl_security_options": "noanonymous",
                "smtpd_sasl_tls_security_options": "noanonymous",
            }
        main |= self.params
        return main

    def _master_cf(self) -> str:
        listen = f"[{self.host}]:{self.port}" if ":" in self.host else f"{self.host}:{self.port}"
        opts = " -o smtpd_tls_wrappermode=yes" if self.tls == "implicit" else ""
        return f"{listen} inet n - n - 20 smtpd{opts}\n{_POSTFIX_SERVICES}"

    def _write_sasl(self) -> None:
        # Debian's Postfix reads Cyrus's smtpd.conf from $config_directory/sasl/ (not cyrus_sasl_config_path).
        sasl = self.conf / "sasl"
        sasl.mkdir()
        db = self.dir / "sasldb2"
        (sasl / "smtpd.conf").write_text(
            f"pwcheck_method: auxprop\nauxprop_plugin: sasldb\nsasldb_path: {db}\nmech_list: {' '.join(self.mechanisms)}\n"
        )
        for login, password in self.users.items():
            subprocess.run(
                [tool("saslpasswd2"), "-p", "-c", "-f", str(db), "-u", self.hostname, login],
                input=password.encode(),
                check=True,
                capture_output=True,
            )
        shutil.chown(db, "postfix")
        os.chmod(db, 0o640)

    def _make_queue(self) -> None:
        """The queue directories as ``postfix check`` makes them (it takes seconds: too slow for each test)."""
        queue = self.dir / "queue"
        queue.mkdir()
        for name in (
            "incoming",
            "active",
            "deferred",
            "defer",
            "bounce",
            "hold",
            "corrupt",
            "flush",
            "saved",
            "trace",
            "private",
            "public",
            "maildrop",
        ):
            (queue / name).mkdir()
            shutil.chown(queue / name, "postfix", "postdrop" if name in ("public", "maildrop") else None)
            os.chmod(queue / name, {"public": 0o710, "maildrop": 0o730}.get(name, 0o700))
        (queue / "pid").mkdir()
        (self.dir / "data").mkdir()
        shutil.chown(self.dir / "data", "postfix")

    def __enter__(self) -> Self:
        os.chmod(self.dir, 0o755)  # mkdtemp makes it 0700; the postfix user must reach the queue and the database
        self.conf.mkdir()
        self._make_queue()
        if self.users:
            self._write_sasl()
        for _ in range(5):  # the free port may be taken between our check and master's bind: try another
            self.port = free_port(self.host)
            (self.conf / "main.cf").write_text("".join(f"{k} = {v}\n" for k, v in self._main_cf().items()))
            (self.conf / "master.cf").write_text(self._master_cf())
            # master -d stays in the foreground as our child (postfix start runs seconds of checks first).
            master = f"{_postfix_daemon_directory()}/master"
            self.proc = subprocess.Popen(
                [master, "-d", "-c", str(self.conf)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
            )
            try:
                wait_listening(self.host, self.port, timeout=10, proc=self.proc)
                return self
            except RuntimeError as e:
                stop(self.proc)
                self.proc = None
                failure = f"{e}; log: {self.maillog()[-2000:]}"
        shutil.rmtree(self.dir, ignore_errors=True)
        raise RuntimeError(f"postfix master did not start: {failure}")

    def __exit__(self, *exc: object) -> None:
        if self.proc is not None:
            stop(self.proc)  # master stops its children on TERM; nothing in the queue is worth waiting for
            self.proc = None
        shutil.rmtree(self.dir, ignore_errors=True)

    def maillog(self) -> str:
        try:
            return (self.dir / "maillog").read_text(errors="replace")
        except OSError:
            return ""

    def wait_log(self, pattern: str, timeout: float = 5.0) -> bool:
        """Waits (bounded) until the log has a line containing ``pattern``: Postfix logs after it answered."""
        end = time.monotonic() + timeout
        while pattern not in self.maillog():
            if time.monotonic() > end:
                return False
            time.sleep(0.05)
        return True

    def anvil_peak(self, settle: float = 1.5) -> int:
        """The most concurrent connections anvil counted from any client so far: the peaks it logs each
        ``anvil_status_update_time`` (1 s with :func:`anvil_limits`), read once a full period has passed."""
        time.sleep(settle)
        return max((int(n) for n in re.findall(r"max connection count (\d+) for", self.maillog())), default=0)

    def delivered(self, settle: float = 0.5) -> int:
        """Messages queued by smtpd so far (each gets a ``message-id=`` line from cleanup)."""
        end = time.monotonic() + settle
        n = self.maillog().count("cleanup[")
        while time.monotonic() < end:
            time.sleep(0.05)
            n = self.maillog().count("cleanup[")
        return n

    def held(self, count: int = 1, timeout: float = 5.0) -> list[Held]:
        """The messages on hold (``hold=True``), waiting (bounded) for ``count`` of them."""
        hold_dir = self.dir / "queue" / "hold"
        end = time.monotonic() + timeout
        while len(self._held_ids(hold_dir)) < count and time.monotonic() < end:
            time.sleep(0.05)
        return [self._read_held(qid) for qid in self._held_ids(hold_dir)]

    @staticmethod
    def _held_ids(hold_dir: Path) -> list[str]:
        return sorted(p.name for p in hold_dir.iterdir()) if hold_dir.is_dir() else []

    def _read_held(self, queue_id: str) -> Held:
        def postcat(*flags: str) -> bytes:
            return subprocess.run(
                [tool("postcat"), "-c", str(self.conf), *flags, "-q", queue_id], capture_output=True, check=True
            ).stdout

        sender, recipients = "", []
        for line in postcat("-e").decode("utf-8", "replace").splitlines():
            key, _, value = line.partition(": ")
            if key == "sender":
                sender = value
            elif key == "recipient":
                recipients.append(value)
        return Held(sender, recipients, postcat("-bh").replace(b"\n", b"\r\n"))


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
    quick, which is fine for a cluster that lives as long as a test. ``url`` is the connection URL; ``settings`` are
    more server settings (``-c name=value``), e.g. ``shared_preload_libraries`` for a profile."""

    def __init__(self, settings: dict[str, str] | None = None) -> None:
        self.settings = dict(settings or {})
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
        for name, value in self.settings.items():
            args += ["-c", f"{name}={value}"]
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

    def psql(self, *args: str, db: str = "postgres") -> str:
        """``psql`` on this cluster as the superuser (stopping at the first error); its output."""
        cmd = ["psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "-d", db, "-v", "ON_ERROR_STOP=1"]
        return subprocess.run([*cmd, *args], check=True, capture_output=True, text=True).stdout

    def database(self, name: str) -> str:
        """A new database on this cluster; its URL."""
        self.psql("-qc", f"CREATE DATABASE {name}")
        return self.url.rsplit("/", 1)[0] + "/" + name

    def __exit__(self, *exc: object) -> None:
        if self.proc is not None:
            stop(self.proc)
        shutil.rmtree(self.dir, ignore_errors=True)
