"""Exceptions raised by resilient_smtp.

Every one is a :class:`smtplib.SMTPException` (so ``except smtplib.SMTPException`` keeps working), most are also the
matching smtplib class (``SMTPRecipientsRefused``, ``SMTPDataError``, ...), every timeout is a :class:`TimeoutError`
(``except socket.timeout`` catches it) and every refused or reset connection a :class:`ConnectionError`.

They all carry where and how the delivery failed: ``phase``, ``host``, ``ip``, ``port``, ``smtp_code``,
``smtp_error``, ``enhanced_code``, ``transient``, ``maybe_delivered``, ``elapsed``, ``attempts`` and ``retry_after``.
The Rust core raises them through :func:`_from_core`, the one mapping from its errors to these classes.
"""

from __future__ import annotations

import errno as _errno
import smtplib
import socket
import ssl

TYPE_CHECKING = False  # typing's own flag costs an import of typing, which smtplib does not pay
if TYPE_CHECKING:
    from typing import Any, Callable

    from .types import Attempt, Phase

__all__ = [
    "AuthenticationFailed",
    "CertificateError",
    "CommandRefused",
    "ConnectionFailed",
    "ConnectionRefused",
    "ConnectionReset",
    "DNSError",
    "DataRefused",
    "DeadlineExceeded",
    "DeliveryError",
    "DeliveryUncertain",
    "GreetingRefused",
    "HeloRefused",
    "MessageTooLarge",
    "NotSupported",
    "OutboxError",
    "ProtocolError",
    "RecipientsRefused",
    "ResponseInjection",
    "SMTPTimeoutError",
    "SenderRefused",
    "ServerDisconnected",
    "TLSError",
    "UncertainDisconnect",
    "UncertainProtocolError",
    "UncertainTimeout",
]

_FIELDS = (
    "phase",
    "host",
    "ip",
    "port",
    "smtp_code",
    "smtp_error",
    "enhanced_code",
    "transient",
    "maybe_delivered",
    "elapsed",
    "attempts",
    "retry_after",
    "limit",
)


def _rebuild(cls: type, args: tuple[Any, ...], state: dict[str, Any]) -> DeliveryError:
    exc = cls.__new__(cls, *args)
    exc.args = args
    exc.__dict__.update(state)
    return exc  # type: ignore[no-any-return]


class DeliveryError(smtplib.SMTPException):
    """Base class of every error raised while delivering."""

    phase: Phase | None
    host: str | None
    ip: str | None
    port: int | None
    smtp_code: int | None
    smtp_error: bytes | None
    enhanced_code: str | None
    transient: bool
    maybe_delivered: bool
    elapsed: float | None
    attempts: list[Attempt]
    retry_after: float | None
    limit: float | None

    def __init__(self, message: str = "", **fields: Any) -> None:
        # Not super().__init__: smtplib's classes in the MRO want their own positional arguments; args is set below.
        Exception.__init__(self, message)
        self._message = message
        for name in _FIELDS:
            setattr(self, name, fields.get(name))
        self.transient = bool(fields.get("transient", False))
        self.maybe_delivered = bool(fields.get("maybe_delivered", False))
        self.attempts = list(fields.get("attempts") or [])
        code, text = self.smtp_code, self.smtp_error
        # The argument shapes of smtplib's own classes, so code that reads e.args keeps working.
        if isinstance(self, smtplib.SMTPRecipientsRefused):
            self.recipients = dict(fields.get("recipients") or {})
            self.args = (self.recipients,)
        elif isinstance(self, smtplib.SMTPSenderRefused):
            self.sender = fields.get("sender")
            self.args = (code, text, self.sender)
        elif isinstance(self, smtplib.SMTPResponseException):
            self.args = (code, text)
        if fields.get("errno") is not None:
            self.errno = fields["errno"]
        elif isinstance(self, TimeoutError):
            self.errno = _errno.ETIMEDOUT

    def __str__(self) -> str:
        return self._message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._message!r})"

    def __reduce__(self) -> Any:
        return (_rebuild, (type(self), self.args, self.__dict__))

    def to_dict(self) -> dict[str, Any]:
        """The error as plain data (JSON-serializable)."""
        out: dict[str, Any] = {"error": type(self).__name__, "message": str(self)}
        for name in _FIELDS:
            value = getattr(self, name, None)
            if name == "smtp_error" and isinstance(value, bytes):
                value = value.decode("utf-8", "replace")
            elif name == "attempts":
                value = [a.to_dict() for a in self.attempts]
            elif name == "phase" and value is not None:
                value = str(value)
            out[name] = value
        recipients: dict[str, tuple[int, Any]] = getattr(self, "recipients", None) or {}
        if isinstance(self, smtplib.SMTPRecipientsRefused):
            out["recipients"] = {
                r: [c, m.decode("utf-8", "replace") if isinstance(m, bytes) else m] for r, (c, m) in recipients.items()
            }
        return out

    def _repr_html_(self) -> str:
        from ._render import error_html

        return error_html(self)


# Python 3.9's socket.timeout is its own OSError subclass (3.10 made it TimeoutError): timeouts are both there, so
# `except socket.timeout` clauses written for smtplib keep catching them.
_TIMEOUTS: tuple[type, ...] = (TimeoutError,) if socket.timeout is TimeoutError else (TimeoutError, socket.timeout)


class SMTPTimeoutError(DeliveryError, *_TIMEOUTS):
    """A phase took longer than its limit (``limit``, seconds)."""


class DeadlineExceeded(SMTPTimeoutError):
    """The overall ``deadline`` of the call ran out during ``phase``."""


class ConnectionFailed(DeliveryError, ConnectionError):
    """The TCP connection could not be made (refused, unreachable, reset during connect)."""


class ConnectionRefused(ConnectionFailed, ConnectionRefusedError):
    """Nothing listens there (ECONNREFUSED)."""


class ServerDisconnected(DeliveryError, smtplib.SMTPServerDisconnected, ConnectionError):
    """The server closed or reset the connection in the middle of the dialogue."""


class ConnectionReset(ServerDisconnected, ConnectionResetError):
    """The connection was reset (ECONNRESET)."""


class GreetingRefused(DeliveryError, smtplib.SMTPConnectError):
    """The server's greeting was not 220 (4xx/5xx, e.g. 421 or 554)."""


class HeloRefused(DeliveryError, smtplib.SMTPHeloError):
    """EHLO and HELO were refused."""


class AuthenticationFailed(DeliveryError, smtplib.SMTPAuthenticationError):
    """AUTH was refused (535 bad credentials, 534 app password needed, 454 temporary...)."""


class SenderRefused(DeliveryError, smtplib.SMTPSenderRefused):
    """MAIL FROM was refused."""


class MessageTooLarge(SenderRefused):
    """The message is larger than the server's SIZE limit; nothing was sent."""


class RecipientsRefused(DeliveryError, smtplib.SMTPRecipientsRefused):
    """No recipient could be delivered; ``recipients`` maps each to ``(code, message)`` as smtplib does."""


class DataRefused(DeliveryError, smtplib.SMTPDataError):
    """DATA, or the message after it, was refused."""


class CommandRefused(DeliveryError, smtplib.SMTPResponseException):
    """Another command (STARTTLS, RSET...) was refused."""


class NotSupported(DeliveryError, smtplib.SMTPNotSupportedError):
    """The server lacks what the delivery needs (STARTTLS, SMTPUTF8, AUTH), or AUTH would go in clear."""


class ProtocolError(DeliveryError, smtplib.SMTPResponseException):
    """The server's reply was malformed or too long (``smtp_code`` 500, as smtplib's "Line too long.")."""


class TLSError(DeliveryError, ssl.SSLError):
    """The TLS handshake failed."""


class ResponseInjection(TLSError):
    """Bytes arrived with the 220 reply to STARTTLS, before TLS started: a man-in-the-middle attack."""


class CertificateError(TLSError, ssl.SSLCertVerificationError):
    """The server's certificate is not trusted (unknown issuer, expired, wrong name)."""


class DNSError(DeliveryError):
    """A DNS lookup failed: for a reason that may pass (SERVFAIL, timeout: ``transient``), or a relay's host name
    that does not exist (NXDOMAIN: permanent)."""


class DeliveryUncertain(DeliveryError):
    """The message and its final "." were sent, but the server's reply never came: it may have been delivered.

    It is not resent (a resend could deliver it twice) unless ``retry_uncertain=True`` was passed.
    """


class UncertainTimeout(DeliveryUncertain, SMTPTimeoutError):
    """The final reply after "." did not come in time."""


class UncertainDisconnect(DeliveryUncertain, ServerDisconnected):
    """The connection was lost while waiting for the final reply after "."."""


class UncertainProtocolError(DeliveryUncertain, ProtocolError):
    """The final reply after "." was unreadable."""


_REJECTED_BY_PHASE = {
    "greeting": GreetingRefused,
    "ehlo": HeloRefused,
    "auth": AuthenticationFailed,
    "mail": SenderRefused,
    "rcpt": RecipientsRefused,
    "data": DataRefused,
    "data_block": DataRefused,
    "data_done": DataRefused,
}


def _timeout(d: dict[str, Any]) -> type:
    if d["maybe_delivered"]:
        return UncertainTimeout
    return DeadlineExceeded if d["deadline"] else SMTPTimeoutError


def _disconnected(d: dict[str, Any]) -> type:
    if d["maybe_delivered"]:
        return UncertainDisconnect
    return ConnectionReset if d.get("errno") == _errno.ECONNRESET else ServerDisconnected


def _fixed(cls: type) -> Callable[[dict[str, Any]], type]:
    return lambda d: cls


# The exception class for each kind of core error (the names are the core's ErrorKind::NAMES, exported as
# _core.ERROR_KINDS; a test checks that both lists are the same).
_BY_KIND: dict[str, Callable[[dict[str, Any]], type]] = {
    "timeout": _timeout,
    "connect": lambda d: ConnectionRefused if d.get("errno") == _errno.ECONNREFUSED else ConnectionFailed,
    "disconnected": _disconnected,
    "rejected": lambda d: _REJECTED_BY_PHASE.get(d["phase"], CommandRefused),
    "recipients_refused": _fixed(RecipientsRefused),
    "malformed": lambda d: UncertainProtocolError if d["maybe_delivered"] else ProtocolError,
    "tls": _fixed(TLSError),
    "certificate": _fixed(CertificateError),
    "injection": _fixed(ResponseInjection),
    "not_supported": _fixed(NotSupported),
    "too_large": _fixed(MessageTooLarge),
    "dns_temporary": _fixed(DNSError),
    "dns_permanent": _fixed(RecipientsRefused),
    "dns_unknown_host": _fixed(DNSError),
}


def _choose(d: dict[str, Any]) -> type:
    return _BY_KIND[d["kind"]](d)


def _from_core(d: dict[str, Any]) -> DeliveryError:
    """Builds the exception for an error of the Rust core (called from Rust only)."""
    from .types import Phase

    cls = _choose(d)
    text = d.get("smtp_text")
    fields = dict(d)
    fields["phase"] = Phase(d["phase"])
    fields["smtp_error"] = text.encode("utf-8", "replace") if text is not None else None
    fields["attempts"] = d.get("attempts") or []
    fields["recipients"] = d.get("refused") or {}
    if d["kind"] == "recipients_refused" and d.get("smtp_code") == 421:
        # The server closed the conversation at RCPT: the recipients it refused, as smtplib reports them (the others
        # were not refused, only not sent).
        fields["recipients"] = d.get("refused_here") or fields["recipients"]
    fields["sender"] = d.get("sender")
    message = fields.pop("message")
    if d["kind"] == "dns_unknown_host":
        # No server said anything: no stand-in reply code on the exception.
        fields["smtp_code"] = fields["smtp_error"] = fields["enhanced_code"] = None
    if issubclass(cls, ProtocolError) and fields["smtp_code"] is None:
        fields["smtp_code"], fields["smtp_error"] = 500, str(d.get("detail", message)).encode("utf-8", "replace")
    return cls(message, **fields)  # type: ignore[no-any-return]


class OutboxError(RuntimeError):
    """The outbox's storage failed (the database file or server), not a delivery: nothing was queued or changed."""
