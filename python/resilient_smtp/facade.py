"""``resilient_smtp.SMTP`` and ``SMTP_SSL``: the ``smtplib.SMTP`` surface over this package's core.

``s/smtplib.SMTP/resilient_smtp.SMTP/`` is meant to be a working upgrade: the same constructor, methods, return values
and exception classes (ours subclass smtplib's), with these differences:

* every command runs under its phase's timeout (``timeout=`` caps them all, as in smtplib; ``timeouts=`` sets them one
  by one) and ``sendmail``/``send_message`` retry transient failures with backoff (``retry=``, default
  ``RetryPolicy()``; ``deadline=`` bounds one send). A lost connection is opened again, replaying STARTTLS and AUTH;
  the held connection is probed with RSET before each message.
* certificates are verified (smtplib does not by default). ``starttls(context=...)``/``SMTP_SSL(context=...)`` accept
  an ``ssl.SSLContext``, but TLS is done by rustls, so only ``context.verify_mode == ssl.CERT_NONE`` is read (it turns
  verification off); a CA loaded into the context cannot be read back: pass ``ca_file=`` to the constructor.
* ``login()`` over a connection without TLS raises ``SMTPNotSupportedError`` unless ``allow_insecure_auth=True``.
* ``connect()`` raises ``SMTPConnectError`` for a greeting other than 220 (smtplib's constructor does; its
  ``connect()`` returns the code). ``set_debuglevel()`` is accepted; the dialogue is logged at DEBUG on the
  ``resilient_smtp.wire`` logger instead (credentials redacted).
* ``send_message`` adds a Message-ID when the message has none, so a resend can be recognised as a duplicate.
"""

from __future__ import annotations

import logging
import re
import smtplib
import socket
import ssl
from collections.abc import Sequence
from email.utils import parseaddr
from typing import TYPE_CHECKING, Any

from . import _client, _core
from ._client import make_client
from ._options import ConnectionOptions, check_keys
from .errors import CommandRefused, HeloRefused, NotSupported, ServerDisconnected
from .message import prepare
from .types import Phase, SendResult

if TYPE_CHECKING:
    from typing_extensions import Self, Unpack


__all__ = ["SMTP", "SMTP_SSL"]

log = logging.getLogger("resilient_smtp.facade")

_DEFAULT_TIMEOUT: Any = getattr(socket, "_GLOBAL_DEFAULT_TIMEOUT", object())

Reply = tuple[int, bytes]


def _features(ehlo_resp: bytes) -> dict[str, str]:
    """smtplib's parse of an EHLO reply: {keyword (lower case): parameters}."""
    features: dict[str, str] = {}
    for each in ehlo_resp.decode("latin-1").split("\n")[1:]:
        m = smtplib.OLDSTYLE_AUTH.match(each)
        if m:
            features["auth"] = features.get("auth", "") + " " + str(m.group(1))
            continue
        m = re.match(r"(?P<feature>[A-Za-z0-9][A-Za-z0-9\-]*) ?", each)
        if m:
            feature = m.group("feature").lower()
            params = m.string[m.end("feature") :].strip()
            if feature == "auth":
                features[feature] = features.get(feature, "") + " " + params
            else:
                features[feature] = params
    return features


def _addr_only(addrstring: str) -> str:
    _displayname, addr = parseaddr(addrstring)
    return addr or addrstring


class SMTP:
    """``smtplib.SMTP`` with per-phase timeouts, retries and reconnection. See the module docstring."""

    default_port = smtplib.SMTP_PORT
    _tls = "off"
    debuglevel = 0
    does_esmtp = False

    def __init__(
        self,
        host: str = "",
        port: int = 0,
        local_hostname: str | None = None,
        timeout: Any = _DEFAULT_TIMEOUT,
        source_address: tuple[str, int] | None = None,
        **options: Unpack[ConnectionOptions],
    ) -> None:
        check_keys(type(self).__name__, options, ConnectionOptions)
        self._host = host
        self.timeout = timeout
        self.source_address = source_address
        self.esmtp_features: dict[str, str] = {}
        self.helo_resp: bytes | None = None
        self.ehlo_resp: bytes | None = None
        self.does_esmtp = False
        self.command_encoding = "ascii"
        self.user: str | None = None
        self.last_result: SendResult | None = None
        self._conn: Any = None
        self._port = port
        self._id_domain = "localhost"
        self._options: dict[str, Any] = dict(options)
        self.local_hostname = local_hostname or _client.local_hostname()
        if host:
            self.connect(host, port)

    # -- connection -------------------------------------------------------------------------------------------------

    def connect(self, host: str = "localhost", port: int = 0, source_address: tuple[str, int] | None = None) -> Reply:
        """Connects and reads the greeting: ``(220, text)``. ``host`` may be ``"host:port"`` as in smtplib."""
        if source_address:
            self.source_address = source_address
        if not port and host.find(":") == host.rfind(":"):
            i = host.rfind(":")
            if i >= 0:
                host, raw = host[:i], host[i + 1 :]
                try:
                    port = int(raw)
                except ValueError:
                    raise OSError("nonnumeric port") from None
        if not port:
            port = self.default_port
        self.close()
        timeout = None if self.timeout is _DEFAULT_TIMEOUT or self.timeout is None else self.timeout
        client, self._id_domain = make_client(
            host,
            port,
            tls=self._tls,
            helo_name=self.local_hostname,
            timeout=timeout,
            source_address=self.source_address,
            **self._options,
        )
        self._host, self._port = host, port
        self._conn = _core.Connection(client)
        self.helo_resp = self.ehlo_resp = None
        self.esmtp_features = {}
        self.does_esmtp = False
        code, msg = self._conn.open()
        return code, msg

    def _native(self) -> Any:
        if self._conn is None:
            raise ServerDisconnected("please run connect() first")
        return self._conn

    def close(self) -> None:
        """Closes the connection without QUIT."""
        if self._conn is not None:
            self._conn.close()

    def quit(self) -> Reply:
        """QUIT, then close: the server's reply."""
        try:
            res = self._native().quit()
        finally:
            self.ehlo_resp = self.helo_resp = None
            self.esmtp_features = {}
            self.does_esmtp = False
            self.close()
        if res is None:
            raise ServerDisconnected("the connection was already lost")
        return res  # type: ignore[no-any-return]

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *args: object) -> None:
        try:
            res = self._native().quit() if self._conn is not None and self._conn.is_open() else None
            if res is not None and res[0] != 221:
                raise CommandRefused(
                    f"QUIT refused: {res[0]} {res[1]!r}", smtp_code=res[0], smtp_error=res[1], phase=Phase.QUIT
                )
        except smtplib.SMTPServerDisconnected:
            pass
        finally:
            self.close()

    def set_debuglevel(self, debuglevel: int) -> None:
        """Accepted for compatibility; the dialogue is logged at DEBUG on ``resilient_smtp.wire``."""
        self.debuglevel = debuglevel

    def __repr__(self) -> str:
        state = "open" if self._conn is not None and self._conn.is_open() else "closed"
        user = f" user={self.user!r}" if self.user else ""
        return f"<resilient_smtp.{type(self).__name__} {self._host}:{self._port} {state}{user}>"

    # -- commands ---------------------------------------------------------------------------------------------------

    def docmd(self, cmd: str, args: str = "") -> Reply:
        """Sends one command and returns ``(code, text)``, whatever the code."""
        line = f"{cmd} {args}" if args else cmd
        return self._native().command("rset", line)  # type: ignore[no-any-return]

    def helo(self, name: str = "") -> Reply:
        code, msg = self._native().hello(False, name or self.local_hostname)
        self.helo_resp = msg
        return code, msg

    def ehlo(self, name: str = "") -> Reply:
        self.esmtp_features = {}
        code, msg = self._native().hello(True, name or self.local_hostname)
        self.ehlo_resp = msg
        if code != 250:
            return code, msg
        self.does_esmtp = True
        self.esmtp_features = _features(msg)
        return code, msg

    def ehlo_or_helo_if_needed(self) -> None:
        if self.helo_resp is None and self.ehlo_resp is None and not (200 <= self.ehlo()[0] <= 299):
            code, resp = self.helo()
            if not (200 <= code <= 299):
                raise HeloRefused(
                    f"EHLO and HELO refused: {code} {resp.decode('utf-8', 'replace')}",
                    smtp_code=code,
                    smtp_error=resp,
                    phase=Phase.EHLO,
                )

    def has_extn(self, opt: str) -> bool:
        return opt.lower() in self.esmtp_features

    def noop(self) -> Reply:
        return self._native().command("rset", "NOOP")  # type: ignore[no-any-return]

    def rset(self) -> Reply:
        return self._native().command("rset", "RSET")  # type: ignore[no-any-return]

    def verify(self, address: str) -> Reply:
        return self.docmd("VRFY", _addr_only(address))

    vrfy = verify

    def expn(self, address: str) -> Reply:
        return self.docmd("EXPN", _addr_only(address))

    def help(self, args: str = "") -> bytes:
        return self.docmd("HELP", args)[1]

    def starttls(self, *, context: ssl.SSLContext | None = None) -> Reply:
        """STARTTLS. The certificate is verified unless ``context.verify_mode`` is ``CERT_NONE`` (or the connection
        was made with ``tls_verify=False``); every later reconnection does STARTTLS too."""
        self.ehlo_or_helo_if_needed()
        if not self.has_extn("starttls"):
            raise NotSupported("STARTTLS extension not supported by server.", phase=Phase.STARTTLS)
        verify = _verify_of(context)
        code, msg = self._native().starttls(verify)
        self.helo_resp = self.ehlo_resp = None
        self.esmtp_features = {}
        self.does_esmtp = False
        return code, msg

    def login(self, user: str, password: str, *, initial_response_ok: bool = True) -> Reply:
        """AUTH (PLAIN or LOGIN, as offered); later reconnections authenticate again. The password stays in the
        native layer: it is never an attribute, nor in any repr or log."""
        if not isinstance(user, str) or not isinstance(password, str):
            raise TypeError("user and password must be strings")
        self.ehlo_or_helo_if_needed()
        if not self.has_extn("auth"):
            raise NotSupported("SMTP AUTH extension not supported by server.", phase=Phase.AUTH)
        code, msg = self._native().login(user, password)
        self.user = user
        return code, msg

    # -- mail -------------------------------------------------------------------------------------------------------

    def sendmail(
        self,
        from_addr: str,
        to_addrs: str | Sequence[str],
        msg: str | bytes,
        mail_options: Sequence[str] = (),
        rcpt_options: Sequence[str] = (),
    ) -> dict[str, Reply]:
        """Sends ``msg`` with retries; returns the recipients refused, ``{address: (code, text)}``, as smtplib does.
        ``SMTPRecipientsRefused`` when every recipient was refused."""
        self.ehlo_or_helo_if_needed()
        if isinstance(msg, str):
            msg = msg.encode("ascii")
        if isinstance(to_addrs, str):
            to_addrs = [to_addrs]
        return self._send(bytes(msg), from_addr, list(to_addrs), mail_options, rcpt_options, None)

    def send_message(
        self,
        msg: Any,
        from_addr: str | None = None,
        to_addrs: str | Sequence[str] | None = None,
        mail_options: Sequence[str] = (),
        rcpt_options: Sequence[str] = (),
    ) -> dict[str, Reply]:
        """Sends an ``email.message.Message`` (envelope from its headers as smtplib derives it, Bcc removed)."""
        self.ehlo_or_helo_if_needed()
        p = prepare(msg, from_addr, to_addrs, self._id_domain)
        return self._send(p.data, p.sender, p.recipients, mail_options, rcpt_options, p.message_id)

    def _send(
        self,
        data: bytes,
        sender: str,
        rcpts: list[str],
        mail_options: Sequence[str],
        rcpt_options: Sequence[str],
        message_id: str | None,
    ) -> dict[str, Reply]:
        options = [str(o) for o in mail_options]
        international = any(not a.isascii() for a in [sender, *rcpts])
        if any(o.upper() == "SMTPUTF8" for o in options) and not self.has_extn("smtputf8"):
            raise NotSupported("SMTPUTF8 not supported by server", phase=Phase.MAIL)
        # The core adds SMTPUTF8 and BODY=8BITMIME itself when the message needs them and the server offers them.
        if international:
            options = [o for o in options if o.upper() != "SMTPUTF8"]
        if any(b >= 0x80 for b in data) and self.has_extn("8bitmime"):
            options = [o for o in options if o.upper() != "BODY=8BITMIME"]
        self.last_result = self._native().send(data, sender, rcpts, options, [str(o) for o in rcpt_options], message_id)
        return dict(self.last_result.refused)


class SMTP_SSL(SMTP):
    """``smtplib.SMTP_SSL``: TLS from the first byte (port 465), certificate verified."""

    default_port = smtplib.SMTP_SSL_PORT
    _tls = "implicit"

    def __init__(
        self,
        host: str = "",
        port: int = 0,
        local_hostname: str | None = None,
        *,
        timeout: Any = _DEFAULT_TIMEOUT,
        source_address: tuple[str, int] | None = None,
        context: ssl.SSLContext | None = None,
        **options: Unpack[ConnectionOptions],
    ) -> None:
        self.context = context
        if _verify_of(context) is False:
            options["tls_verify"] = False
        super().__init__(host, port, local_hostname, timeout, source_address, **options)


def _verify_of(context: ssl.SSLContext | None) -> bool | None:
    """What rustls can take from an ``ssl.SSLContext``: whether to verify at all."""
    if context is None:
        return None
    if not isinstance(context, ssl.SSLContext):
        raise TypeError(f"context must be an ssl.SSLContext, not {type(context).__name__}")
    if context.verify_mode == ssl.CERT_NONE:
        log.warning("certificate verification is off: the ssl context has verify_mode CERT_NONE")
        return False
    return None
