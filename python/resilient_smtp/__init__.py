"""resilient_smtp: send email over SMTP and survive the real world.

A timeout for every SMTP phase, retries with backoff and jitter only where a retry can help, failover across relays
and MX hosts, exceptions that say where it failed (and keep ``except smtplib.SMTPException`` working), and honest
outcomes: delivered, failed, or maybe delivered.

    >>> import resilient_smtp
    >>> result = resilient_smtp.send(msg, "smtp.example.com", 587, username="me", password=secret)
"""

from __future__ import annotations

from ._defaults import KEEP_ALIVE
from .errors import (
    AuthenticationFailed,
    CertificateError,
    CommandRefused,
    ConnectionFailed,
    ConnectionRefused,
    ConnectionReset,
    DataRefused,
    DeadlineExceeded,
    DeliveryError,
    DeliveryUncertain,
    DNSError,
    GreetingRefused,
    HeloRefused,
    MessageTooLarge,
    NotSupported,
    OutboxError,
    ProtocolError,
    RecipientsRefused,
    ResponseInjection,
    SenderRefused,
    ServerDisconnected,
    SMTPTimeoutError,
    TLSError,
    UncertainDisconnect,
    UncertainProtocolError,
    UncertainTimeout,
)

TYPE_CHECKING = False  # typing's own flag costs an import of typing, which smtplib does not pay
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any

    from typing_extensions import Unpack

    from ._client import HostArg
    from ._options import ConnectionOptions, SenderOptions, SendOptions
    from ._probe import ProbeReport, probe
    from .compat import send_email_with_retry
    from .facade import LMTP, SMTP, SMTP_SSL
    from .message import MessageLike
    from .outbox import Outbox, OutboxEntry
    from .sender import Sender
    from .types import Attempt, Phase, RetryPolicy, SendResult, Timeouts, Transaction

# Imported on first use, so that `import resilient_smtp` costs little more than `import smtplib` (whose modules the
# exceptions need): the facade, the probe and its rendering, the logging-based compat helper, the option types, the
# result dataclasses and the native module pull in modules most programs never need, or need only once they send.
_LAZY = {
    "LMTP": "facade",
    "SMTP": "facade",
    "SMTP_SSL": "facade",
    "probe": "_probe",
    "ProbeReport": "_probe",
    "send_email_with_retry": "compat",
    "Sender": "sender",
    "Outbox": "outbox",
    "OutboxEntry": "outbox",
    "ConnectionOptions": "_options",
    "SendOptions": "_options",
    "SenderOptions": "_options",
    "__version__": "_core",
    **dict.fromkeys(("Attempt", "Phase", "RetryPolicy", "SendResult", "Timeouts", "Transaction"), "types"),
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "LMTP",
    "SMTP",
    "SMTP_SSL",
    "Attempt",
    "AuthenticationFailed",
    "CertificateError",
    "CommandRefused",
    "ConnectionFailed",
    "ConnectionOptions",
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
    "Outbox",
    "OutboxEntry",
    "OutboxError",
    "Phase",
    "ProbeReport",
    "ProtocolError",
    "RecipientsRefused",
    "ResponseInjection",
    "RetryPolicy",
    "SMTPTimeoutError",
    "SendOptions",
    "SendResult",
    "Sender",
    "SenderOptions",
    "SenderRefused",
    "ServerDisconnected",
    "TLSError",
    "Timeouts",
    "Transaction",
    "UncertainDisconnect",
    "UncertainProtocolError",
    "UncertainTimeout",
    "probe",
    "send",
    "send_async",
    "send_email_with_retry",
]


def send(
    message: MessageLike,
    host: HostArg,
    port: int | None = None,
    *,
    sender: str | None = None,
    recipients: str | Sequence[str] | None = None,
    mail_options: Sequence[str] = (),
    rcpt_options: Sequence[str] = (),
    keep_alive: float = KEEP_ALIVE,
    **options: Unpack[SendOptions],
) -> SendResult:
    """Delivers ``message`` and returns a :class:`SendResult`, or raises a :class:`DeliveryError` subclass.

    ``host`` is a relay (``"smtp.example.com"``, ``"host:587"``, ``"[::1]:25"``), a list of relays tried in order,
    or ``None`` to deliver directly to each recipient domain's MX hosts. ``options`` are :class:`SendOptions`:
    ``tls`` defaults by port: 465 ``"implicit"``, 587 ``"starttls"`` (required), otherwise ``"opportunistic"``.
    Certificates are always verified unless ``tls_verify=False``. ``timeout`` caps every phase (smtplib's meaning);
    ``timeouts`` sets phases one by one. ``retry`` is a :class:`RetryPolicy` or a number of attempts in all (default:
    ``RetryPolicy()``, 4 attempts); ``deadline`` bounds the whole call in seconds. The GIL is released while waiting.

    Calls with the same settings share connections: one that ended its transaction cleanly is kept ``keep_alive``
    seconds (default 2, Postfix's connection cache time) for the next call, which starts with RSET (a stale one is
    replaced before anything is sent), then closed with QUIT; ``keep_alive=0`` opens and closes one per call.
    """
    from ._client import shared_client
    from ._options import string_list
    from .message import prepare

    client, id_domain = shared_client(host, port, keep_alive, **options)
    p = prepare(message, sender, recipients, id_domain)
    result: SendResult = client.send(
        p.data,
        p.sender,
        p.recipients,
        string_list("mail_options", mail_options),
        string_list("rcpt_options", rcpt_options),
        p.message_id,
    )
    return result


async def send_async(
    message: MessageLike,
    host: HostArg,
    port: int | None = None,
    *,
    sender: str | None = None,
    recipients: str | Sequence[str] | None = None,
    mail_options: Sequence[str] = (),
    rcpt_options: Sequence[str] = (),
    keep_alive: float = KEEP_ALIVE,
    **options: Unpack[SendOptions],
) -> SendResult:
    """:func:`send` for asyncio: the same parameters, results and exceptions. Cancelling the awaiting task closes the
    connection at once."""
    from ._client import shared_client
    from ._options import string_list
    from .message import prepare

    mail = string_list("mail_options", mail_options)
    rcpt = string_list("rcpt_options", rcpt_options)
    client, id_domain = shared_client(host, port, keep_alive, **options)
    p = prepare(message, sender, recipients, id_domain)
    result: SendResult = await client.send_async(p.data, p.sender, p.recipients, mail, rcpt, p.message_id)
    return result
