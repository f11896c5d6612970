"""``resilient_smtp.SMTP``, ``SMTP_SSL`` and ``LMTP``: the ``smtplib`` surface over this package's core.

``s/smtplib.SMTP/resilient_smtp.SMTP/`` is meant to be a working upgrade: the same constructor, methods (down to
``putcmd``/``getreply``/``docmd``/``mail``/``rcpt``/``data``/``auth``), attributes, return values and exception
classes (ours subclass smtplib's). CPython's own ``test_smtplib`` runs against it (tests/suites/). The differences:

* every command runs under its phase's timeout (``timeout=`` caps them all, as in smtplib, and so does
  ``socket.setdefaulttimeout()`` when no timeout is given; ``timeouts=`` sets them one by one) and
  ``sendmail``/``send_message`` retry transient failures with backoff (``retry=``, default ``RetryPolicy()``;
  ``retry=1`` behaves as smtplib; ``deadline=`` bounds one send). A lost connection is opened again, replaying
  STARTTLS and AUTH; the held connection is probed with RSET before each message.
* certificates are verified (smtplib does not by default). An ``ssl.SSLContext`` given to ``starttls()`` or
  ``SMTP_SSL`` is read for what rustls can take: its CA certificates (``get_ca_certs()``: those loaded with
  ``load_verify_locations``), ``verify_mode`` and ``check_hostname``. A client certificate loaded into a context
  cannot be read back from it: pass ``keyfile``/``certfile`` (or ``client_cert=``/``client_key=``) instead.
* ``login()`` over a connection without TLS to another machine raises ``SMTPNotSupportedError`` unless
  ``allow_insecure_auth=True`` (credentials for a loopback server never leave the host: allowed).
* ``connect()`` raises ``SMTPConnectError`` for a greeting other than 220 (smtplib's constructor does; its
  ``connect()`` returns the code).
* ``set_debuglevel()`` prints a trace on stderr like smtplib's for the commands the facade sends itself, and the
  core's dialogue (``sendmail``) as ``resilient_smtp.wire`` log lines; AUTH secrets are redacted in both.
"""

from __future__ import annotations

import base64
import datetime
import hmac
import logging
import re
import smtplib
import socket
import ssl
import sys
from collections.abc import Sequence
from email.base64mime import body_encode as encode_base64
from email.utils import parseaddr
from typing import TYPE_CHECKING, Any, Callable

from . import _client, _core
from ._client import make_client
from ._options import ConnectionOptions, check_keys
from .errors import CommandRefused, HeloRefused, NotSupported, ServerDisconnected
from .message import from_message, prepare
from .types import Phase, SendResult

if TYPE_CHECKING:
    from typing_extensions import Self, Unpack


__all__ = ["LMTP", "SMTP", "SMTP_SSL"]

log = logging.getLogger("resilient_smtp.facade")
_wire_log = logging.getLogger("resilient_smtp.wire")

_DEFAULT_TIMEOUT: Any = getattr(socket, "_GLOBAL_DEFAULT_TIMEOUT", object())
_MAXCHALLENGE = 5  # smtplib's bound on AUTH challenges

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
    """The address part of ``"Name <a@b>"``, as smtplib's ``_addr_only`` (``parseaddr``, or the string as given)."""
    _displayname, addr = parseaddr(addrstring)
    return addr or addrstring


def _no_newlines(s: str) -> None:
    """smtplib's putcmd check, with its message."""
    if "\r" in s or "\n" in s:
        shown = s.replace("\n", "\\n").replace("\r", "\\r")
        raise ValueError(f"command and arguments contain prohibited newline characters: {shown}")


def _tls_of(context: ssl.SSLContext | None, certfile: str | None, keyfile: str | None) -> dict[str, Any]:
    """What rustls can take from an ``ssl.SSLContext`` and smtplib's key/certificate files."""
    out: dict[str, Any] = {}
    if certfile is not None or keyfile is not None:
        if certfile is None:
            raise ValueError("keyfile given without certfile")
        out["client_cert"], out["client_key"] = certfile, keyfile
    if context is None:
        return out
    if not isinstance(context, ssl.SSLContext):
        raise TypeError(f"context must be an ssl.SSLContext, not {type(context).__name__}")
    if context.verify_mode == ssl.CERT_NONE:
        log.warning("certificate verification is off: the ssl context has verify_mode CERT_NONE")
        out["verify"] = False
        return out
    cas = context.get_ca_certs(binary_form=True)
    if cas:
        out["ca_certs"] = [bytes(c) for c in cas]
    out["check_hostname"] = bool(context.check_hostname)
    return out


class _Trace(logging.Handler):
    """``set_debuglevel``: the core's wire log lines on stderr, as smtplib prints its dialogue."""

    def __init__(self, level: int) -> None:
        super().__init__(logging.DEBUG)
        self.debuglevel = level

    def emit(self, record: logging.LogRecord) -> None:
        prefix = f"{datetime.datetime.now().time()} " if self.debuglevel > 1 else ""
        print(prefix + record.getMessage(), file=sys.stderr)


class SMTP:
    """``smtplib.SMTP`` with per-phase timeouts, retries and reconnection. See the module docstring."""

    default_port = smtplib.SMTP_PORT
    _tls = "off"
    _hello_verb = "ehlo"
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
        self._trace: _Trace | None = None
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
        # The EHLO name is checked when EHLO is sent (smtplib raises there); the client needs a valid one now.
        helo = self.local_hostname if "\n" not in self.local_hostname and "\r" not in self.local_hostname else None
        options = dict(self._options)
        options.update(self._client_tls())
        client, self._id_domain = make_client(
            host,
            port,
            tls=self._tls,
            helo_name=helo,
            timeout=timeout,
            source_address=self.source_address,
            **options,
        )
        self._host, self._port = host, port
        self._conn = _core.Connection(client)
        self._forget_hello()
        code, msg = self._conn.open()
        self._print("connect:", (code, msg))
        return code, msg

    def _client_tls(self) -> dict[str, Any]:
        """TLS options of the native client beyond the constructor's (SMTP_SSL's context)."""
        return {}

    def _forget_hello(self) -> None:
        self.helo_resp = self.ehlo_resp = None
        self.esmtp_features = {}
        self.does_esmtp = False

    def _native(self) -> Any:
        if self._conn is None or not self._conn.is_open():
            raise ServerDisconnected("please run connect() first")
        return self._conn

    @property
    def sock(self) -> Any:
        """The native connection while one is open, None otherwise (smtplib's socket attribute)."""
        return self._conn if self._conn is not None and self._conn.info() is not None else None

    def close(self) -> None:
        """Closes the connection without QUIT."""
        if self._conn is not None:
            self._conn.close()

    def quit(self) -> Reply:
        """QUIT, then close: the server's reply."""
        try:
            res = self._native().quit()
        finally:
            self._forget_hello()
            self.close()
        if res is None:
            raise ServerDisconnected("the connection was already lost")
        return res  # type: ignore[no-any-return]

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *args: object) -> None:
        try:
            res = self._native().quit() if self.sock is not None else None
            if res is not None and res[0] != 221:
                raise CommandRefused(
                    f"QUIT refused: {res[0]} {res[1]!r}", smtp_code=res[0], smtp_error=res[1], phase=Phase.QUIT
                )
        except smtplib.SMTPServerDisconnected:
            pass
        finally:
            self.close()

    def set_debuglevel(self, debuglevel: int) -> None:
        """A trace of the dialogue on stderr (1: commands and replies; 2: with timestamps), AUTH redacted."""
        self.debuglevel = debuglevel
        if self._trace is not None:
            _wire_log.removeHandler(self._trace)
            self._trace = None
        if debuglevel > 0:
            self._trace = _Trace(debuglevel)
            _wire_log.addHandler(self._trace)
            if _wire_log.getEffectiveLevel() > logging.DEBUG:
                _wire_log.setLevel(logging.DEBUG)

    def _print(self, *args: Any) -> None:
        if self.debuglevel > 0:
            if self.debuglevel > 1:
                print(datetime.datetime.now().time(), *args, file=sys.stderr)
            else:
                print(*args, file=sys.stderr)

    def __repr__(self) -> str:
        state = "open" if self.sock is not None else "closed"
        user = f" user={self.user!r}" if self.user else ""
        return f"<resilient_smtp.{type(self).__name__} {self._host}:{self._port} {state}{user}>"

    # -- smtplib's low-level API ------------------------------------------------------------------------------------

    def send(self, s: str | bytes) -> None:
        """Sends ``s`` as given (a ``str`` encoded with ``command_encoding``)."""
        self._print("send:", repr(s))
        data = s.encode(self.command_encoding) if isinstance(s, str) else bytes(s)
        shown = repr(s) if len(data) < 1000 else f"<{len(data)} bytes>"
        self._native().write("data_block" if self._reply_phase == "data_done" else "rset", data, shown)

    def putcmd(self, cmd: str, args: str = "") -> None:
        """Sends one command line (through ``send``, as smtplib does)."""
        line = f"{cmd} {args}" if args else cmd
        _no_newlines(line)
        self._reply_phase = {"mail": "mail", "rcpt": "rcpt", "data": "data"}.get(cmd.lower(), "rset")
        self.send(f"{line}{smtplib.CRLF}")

    def getreply(self) -> Reply:
        """Reads one reply: ``(code, text)`` (a 421 also closes the connection, as in smtplib)."""
        phase, self._reply_phase = self._reply_phase, "rset"
        code, msg = self._native().read_reply(phase)
        self._print(f"reply: retcode ({code}); Msg: {msg!a}")
        return code, msg

    _reply_phase = "rset"

    def docmd(self, cmd: str, args: str = "", *, _shown: str | None = None, _phase: str = "rset") -> Reply:
        """Sends one command and returns ``(code, text)``, whatever the code."""
        line = f"{cmd} {args}" if args else cmd
        _no_newlines(line)
        line.encode(self.command_encoding)  # UnicodeEncodeError as smtplib's putcmd, before anything is sent
        shown = _shown if _shown is not None else line
        self._print("send:", repr(shown + "\r\n"))
        code, msg = self._native().command(_phase, line, shown if _shown is not None else None)
        self._print(f"reply: retcode ({code}); Msg: {msg!a}")
        return code, msg

    # -- commands ---------------------------------------------------------------------------------------------------

    def helo(self, name: str = "") -> Reply:
        name = name or self.local_hostname
        _no_newlines(f"helo {name}")
        self._print("send:", repr(f"helo {name}\r\n"))
        code, msg = self._native().hello(False, name)
        self.helo_resp = msg
        return code, msg

    def ehlo(self, name: str = "") -> Reply:
        self.esmtp_features = {}
        name = name or self.local_hostname
        _no_newlines(f"{self._hello_verb} {name}")
        self._print("send:", repr(f"{self._hello_verb} {name}\r\n"))
        if self._hello_verb == "ehlo":
            code, msg = self._native().hello(True, name)
        else:
            code, msg = self.docmd(self._hello_verb, name, _phase="ehlo")
        self._print(f"reply: retcode ({code}); Msg: {msg!a}")
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
        return self.docmd("noop")

    def rset(self) -> Reply:
        self.command_encoding = "ascii"
        return self.docmd("rset")

    def verify(self, address: str) -> Reply:
        return self.docmd("vrfy", _addr_only(address))

    vrfy = verify

    def expn(self, address: str) -> Reply:
        return self.docmd("expn", _addr_only(address))

    def help(self, args: str = "") -> bytes:
        return self.docmd("help", args)[1]

    def mail(self, sender: str, options: Sequence[str] = ()) -> Reply:
        """MAIL FROM (smtplib's low-level API: no retry; the caller reads the reply)."""
        optionlist = ""
        if options and self.does_esmtp:
            if any(x.lower() == "smtputf8" for x in options):
                if not self.has_extn("smtputf8"):
                    raise NotSupported("SMTPUTF8 not supported by server", phase=Phase.MAIL)
                self.command_encoding = "utf-8"
            optionlist = " " + " ".join(options)
        self.putcmd("mail", f"FROM:{smtplib.quoteaddr(sender)}{optionlist}")
        return self.getreply()

    def rcpt(self, recip: str, options: Sequence[str] = ()) -> Reply:
        optionlist = " " + " ".join(options) if options and self.does_esmtp else ""
        self.putcmd("rcpt", f"TO:{smtplib.quoteaddr(recip)}{optionlist}")
        return self.getreply()

    def data(self, msg: str | bytes) -> Reply:
        """DATA, the message (dot-stuffed, CRLF line endings) and its reply, as smtplib's ``data``."""
        self.putcmd("data")
        code, repl = self.getreply()
        if code != 354:
            raise smtplib.SMTPDataError(code, repl)
        if isinstance(msg, str):
            msg = smtplib._fix_eols(msg).encode("ascii")  # type: ignore[attr-defined]
        q = smtplib._quote_periods(msg)  # type: ignore[attr-defined]
        if q[-2:] != smtplib.bCRLF:
            q = q + smtplib.bCRLF
        self._reply_phase = "data_done"
        self.send(q + b"." + smtplib.bCRLF)
        code, msg_ = self.getreply()
        self._print("data:", (code, msg_))
        return code, msg_

    # -- TLS and AUTH -----------------------------------------------------------------------------------------------

    def starttls(
        self, keyfile: str | None = None, certfile: str | None = None, context: ssl.SSLContext | None = None
    ) -> Reply:
        """STARTTLS. The certificate is verified (against ``context``'s CA certificates when it has some, otherwise
        the constructor's ``ca_file`` or the system's) unless ``context.verify_mode`` is ``CERT_NONE``; ``keyfile``
        and ``certfile`` are a client certificate. Every later reconnection does STARTTLS the same way."""
        self.ehlo_or_helo_if_needed()
        if not self.has_extn("starttls"):
            raise NotSupported("STARTTLS extension not supported by server.", phase=Phase.STARTTLS)
        tls = _tls_of(context, certfile, keyfile)
        code, msg = self._native().starttls(**tls)
        self._forget_hello()
        return code, msg

    def login(self, user: str, password: str, *, initial_response_ok: bool = True) -> Reply:
        """AUTH with the mechanisms the server offers, in smtplib's order (CRAM-MD5, PLAIN, LOGIN), the next one
        tried after a refusal; later reconnections authenticate again. The password stays in the native layer: it
        is never an attribute, nor in any repr or log."""
        if not isinstance(user, str) or not isinstance(password, str):
            raise TypeError("user and password must be strings")
        self.ehlo_or_helo_if_needed()
        if not self.has_extn("auth"):
            raise NotSupported("SMTP AUTH extension not supported by server.", phase=Phase.AUTH)
        offered = self.esmtp_features["auth"].upper().split()
        mechanisms = [m for m in ("CRAM-MD5", "PLAIN", "LOGIN") if m in offered]
        if not mechanisms:
            raise smtplib.SMTPException("No suitable authentication method found.")
        last: smtplib.SMTPAuthenticationError | None = None
        for mechanism in mechanisms:
            try:
                code, msg = self._native().login(user, password, mechanism)
            except smtplib.SMTPAuthenticationError as e:
                last = e
                continue
            self.user = user
            return code, msg
        assert last is not None
        raise last

    def auth(self, mechanism: str, authobject: Callable[..., Any], *, initial_response_ok: bool = True) -> Reply:
        """smtplib's ``auth``: ``authobject(challenge)`` gives each response. The facade's own ``auth_plain``,
        ``auth_login`` and ``auth_cram_md5`` with ``user`` and ``password`` set run in the core (replayed on a
        reconnection); any other mechanism runs here, its lines redacted in the trace."""
        mechanism = mechanism.upper()
        own = getattr(authobject, "__self__", None) is self and getattr(authobject, "__func__", None) in (
            SMTP.auth_plain,
            SMTP.auth_login,
            SMTP.auth_cram_md5,
        )
        password = getattr(self, "password", None)
        if own and isinstance(self.user, str) and isinstance(password, str):
            return self._native().login(self.user, password, mechanism)  # type: ignore[no-any-return]
        initial = authobject() if initial_response_ok else None
        if initial is not None:
            response = encode_base64(initial.encode("ascii"), eol="")
            code, resp = self.docmd("AUTH", f"{mechanism} {response}", _shown=f"AUTH {mechanism} <redacted>")
            challenges = 1
        else:
            code, resp = self.docmd("AUTH", mechanism)
            challenges = 0
        while code == 334:
            challenges += 1
            challenge = base64.decodebytes(resp)
            response = encode_base64(authobject(challenge).encode("ascii"), eol="")
            code, resp = self.docmd(response, _shown="<redacted>")
            if challenges > _MAXCHALLENGE:
                raise smtplib.SMTPException("Server AUTH mechanism infinite loop. Last response: " + repr((code, resp)))
        if code in (235, 503):
            return code, resp
        raise smtplib.SMTPAuthenticationError(code, resp)

    def auth_cram_md5(self, challenge: bytes | None = None) -> str | None:
        if challenge is None:
            return None
        return f"{self.user} " + hmac.HMAC(self.password.encode("ascii"), challenge, "md5").hexdigest()

    def auth_plain(self, challenge: bytes | None = None) -> str:
        return f"\0{self.user}\0{self.password}"

    def auth_login(self, challenge: bytes | None = None) -> str:
        return str(self.user) if challenge is None else str(self.password)

    password: str  # only when the caller sets it, for smtplib-style auth(mechanism, smtp.auth_xxx) calls

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
        data: bytes = smtplib._fix_eols(msg).encode("ascii") if isinstance(msg, str) else bytes(msg)  # type: ignore[attr-defined]
        if isinstance(to_addrs, str):
            to_addrs = [to_addrs]
        options = [str(o) for o in mail_options]
        if not any(o.lower() == "smtputf8" for o in options):
            # smtplib encodes commands as ASCII unless SMTPUTF8 was asked for: the same error, before any byte.
            for a in [from_addr, *to_addrs]:
                a.encode(self.command_encoding)
        return self._send(data, from_addr, list(to_addrs), options, rcpt_options, None)

    def send_message(
        self,
        msg: Any,
        from_addr: str | None = None,
        to_addrs: str | Sequence[str] | None = None,
        mail_options: Sequence[str] = (),
        rcpt_options: Sequence[str] = (),
    ) -> dict[str, Reply]:
        """Sends an ``email.message.Message`` as smtplib does (envelope from its headers, Bcc removed, SMTPUTF8
        when an address needs it); nothing is added to the message."""
        self.ehlo_or_helo_if_needed()
        if isinstance(msg, (bytes, str)):
            p = prepare(msg, from_addr, to_addrs, self._id_domain)
        else:
            p = from_message(msg, from_addr, to_addrs, self._id_domain, add_headers=False)
        international = any(not a.isascii() for a in [p.sender, *p.recipients])
        if international and not self.has_extn("smtputf8"):
            raise NotSupported(
                "One or more source or delivery addresses require internationalized email support, but the server "
                "does not advertise the required SMTPUTF8 capability",
                phase=Phase.MAIL,
            )
        return self._send(p.data, p.sender, p.recipients, [str(o) for o in mail_options], rcpt_options, p.message_id)

    def _send(
        self,
        data: bytes,
        sender: str,
        rcpts: list[str],
        options: list[str],
        rcpt_options: Sequence[str],
        message_id: str | None,
    ) -> dict[str, Reply]:
        international = any(not a.isascii() for a in [sender, *rcpts])
        if any(o.upper() == "SMTPUTF8" for o in options) and not self.has_extn("smtputf8"):
            raise NotSupported("SMTPUTF8 not supported by server", phase=Phase.MAIL)
        # The core adds SMTPUTF8 and BODY=8BITMIME itself when the message needs them and the server offers them.
        if international:
            options = [o for o in options if o.upper() != "SMTPUTF8"]
        if any(b >= 0x80 for b in data) and self.has_extn("8bitmime"):
            options = [o for o in options if o.upper() != "BODY=8BITMIME"]
        if type(self).send is not _OWN_SEND or "send" in vars(self):
            # send() is overridden or patched to watch every write (as tests of smtplib code do): the transaction
            # then goes through it, command by command, as smtplib's does (no retries).
            return self._sendmail_here(data, sender, rcpts, options, list(rcpt_options))
        self.last_result = self._native().send(data, sender, rcpts, options, [str(o) for o in rcpt_options], message_id)
        return dict(self.last_result.refused)

    def _sendmail_here(
        self, msg: bytes, from_addr: str, to_addrs: list[str], mail_options: list[str], rcpt_options: list[str]
    ) -> dict[str, Reply]:
        """smtplib's ``sendmail`` over the low-level API (``mail``, ``rcpt``, ``data``)."""
        esmtp_opts = list(mail_options)
        if self.does_esmtp and self.has_extn("size"):
            esmtp_opts.append(f"size={len(msg)}")
        code, resp = self.mail(from_addr, esmtp_opts)
        if code != 250:
            if code == 421:
                self.close()
            else:
                self.rset()
            raise smtplib.SMTPSenderRefused(code, resp, from_addr)
        refused: dict[str, Reply] = {}
        for each in to_addrs:
            code, resp = self.rcpt(each, rcpt_options)
            if code not in (250, 251):
                refused[each] = (code, resp)
            if code == 421:
                self.close()
                raise smtplib.SMTPRecipientsRefused(refused)
        if len(refused) == len(to_addrs):
            self.rset()
            raise smtplib.SMTPRecipientsRefused(refused)
        code, resp = self.data(msg)
        if code != 250:
            if code == 421:
                self.close()
            else:
                self.rset()
            raise smtplib.SMTPDataError(code, resp)
        return refused


_OWN_SEND = SMTP.send  # compared with at send time: patching SMTP.send must be noticed


class SMTP_SSL(SMTP):
    """``smtplib.SMTP_SSL``: TLS from the first byte (port 465), certificate verified (see ``starttls`` for what
    ``context`` gives); ``keyfile``/``certfile`` are a client certificate."""

    default_port = smtplib.SMTP_SSL_PORT
    _tls = "implicit"

    def __init__(
        self,
        host: str = "",
        port: int = 0,
        local_hostname: str | None = None,
        keyfile: str | None = None,
        certfile: str | None = None,
        timeout: Any = _DEFAULT_TIMEOUT,
        source_address: tuple[str, int] | None = None,
        context: ssl.SSLContext | None = None,
        **options: Unpack[ConnectionOptions],
    ) -> None:
        self.context = context
        self.keyfile, self.certfile = keyfile, certfile
        super().__init__(host, port, local_hostname, timeout, source_address, **options)

    def _client_tls(self) -> dict[str, Any]:
        tls = _tls_of(self.context, self.certfile, self.keyfile)
        if tls.pop("verify", True) is False:
            tls["tls_verify"] = False
        return tls


class LMTP(SMTP):
    """``smtplib.LMTP`` (RFC 2033) on TCP: LHLO instead of EHLO. ``sendmail`` runs the transaction here (no
    retries: LMTP answers after DATA once per recipient, which the core's SMTP transactions do not read)."""

    default_port = smtplib.LMTP_PORT
    _hello_verb = "lhlo"

    def __init__(self, host: str = "", port: int = smtplib.LMTP_PORT, local_hostname: str | None = None, **kw: Any):
        if host.startswith("/"):
            raise OSError("LMTP over a Unix socket is not supported by resilient_smtp: use smtplib.LMTP")
        super().__init__(host, port, local_hostname=local_hostname, **kw)

    def sendmail(
        self,
        from_addr: str,
        to_addrs: str | Sequence[str],
        msg: str | bytes,
        mail_options: Sequence[str] = (),
        rcpt_options: Sequence[str] = (),
    ) -> dict[str, Reply]:
        self.ehlo_or_helo_if_needed()
        if isinstance(to_addrs, str):
            to_addrs = [to_addrs]
        code, resp = self.mail(from_addr, mail_options)
        if code != 250:
            self.rset()
            raise smtplib.SMTPSenderRefused(code, resp, from_addr)
        refused: dict[str, Reply] = {}
        accepted = []
        for each in to_addrs:
            code, resp = self.rcpt(each, rcpt_options)
            if code not in (250, 251):
                refused[each] = (code, resp)
            else:
                accepted.append(each)
        if not accepted:
            self.rset()
            raise smtplib.SMTPRecipientsRefused(refused)
        code, resp = self.data(msg)
        replies = [(code, resp)] + [self.getreply() for _ in accepted[1:]]
        for each, (code, resp) in zip(accepted, replies):
            if code != 250:
                refused[each] = (code, resp)
        if len(refused) == len(to_addrs):
            raise smtplib.SMTPRecipientsRefused(refused)
        return refused
