"""resilient_smtp: send email over SMTP and survive the real world.

A timeout for every SMTP phase, retries with backoff and jitter only where a retry can help, failover across relays
and MX hosts, exceptions that say where it failed (and keep ``except smtplib.SMTPException`` working), and honest
outcomes: delivered, failed, or maybe delivered.

    >>> import resilient_smtp
    >>> result = resilient_smtp.send(msg, "smtp.example.com", 587, username="me", password=secret)
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from . import (
    _aio,  # noqa: F401  (registers the exit hook that stops Rust threads entering Python)
    _core,
)
from ._client import KEEP_ALIVE, HostArg, TimeoutsArg, shared_client, string_list
from .compat import send_email_with_retry
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
from .facade import SMTP, SMTP_SSL
from .message import MessageLike, prepare
from .probe import ProbeReport, probe
from .sender import Sender
from .types import Attempt, Phase, RetryPolicy, SendResult, Timeouts, Transaction

__version__ = _core.__version__

__all__ = [
    "SMTP",
    "SMTP_SSL",
    "Attempt",
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
    "Phase",
    "ProbeReport",
    "ProtocolError",
    "RecipientsRefused",
    "ResponseInjection",
    "RetryPolicy",
    "SMTPTimeoutError",
    "SendResult",
    "Sender",
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
    tls: str | None = None,
    username: str | None = None,
    password: str | None = None,
    oauth2_token: str | None = None,
    timeout: float | None = None,
    timeouts: TimeoutsArg = None,
    helo_name: str | None = None,
    ca_file: str | os.PathLike[str] | None = None,
    tls_verify: bool = True,
    allow_insecure_auth: bool = False,
    source_address: str | tuple[str, int] | None = None,
    retry: int | RetryPolicy | None = None,
    deadline: float | None = None,
    retry_uncertain: bool = False,
    resolver: str | Sequence[str] | None = None,
    mail_options: Sequence[str] = (),
    rcpt_options: Sequence[str] = (),
    keep_alive: float = KEEP_ALIVE,
) -> SendResult:
    """Delivers ``message`` and returns a :class:`SendResult`, or raises a :class:`DeliveryError` subclass.

    ``host`` is a relay (``"smtp.example.com"``, ``"host:587"``, ``"[::1]:25"``), a list of relays tried in order,
    or ``None`` to deliver directly to each recipient domain's MX hosts. ``tls`` defaults by port: 465 ``"implicit"``,
    587 ``"starttls"`` (required), otherwise ``"opportunistic"``. Certificates are always verified unless
    ``tls_verify=False``. ``timeout`` caps every phase (smtplib's meaning); ``timeouts`` sets phases one by one.
    ``retry`` is a :class:`RetryPolicy` or a number of attempts in all (default: ``RetryPolicy()``, 4 attempts);
    ``deadline`` bounds the whole call in seconds. The GIL is released while waiting.

    Calls with the same settings share connections: one that ended its transaction cleanly is kept ``keep_alive``
    seconds (default 2, Postfix's connection cache time) for the next call, which starts with RSET (a stale one is
    replaced before anything is sent), then closed with QUIT; ``keep_alive=0`` opens and closes one per call.
    """
    client, id_domain = shared_client(
        host,
        port,
        keep_alive,
        tls=tls,
        username=username,
        password=password,
        oauth2_token=oauth2_token,
        timeout=timeout,
        timeouts=timeouts,
        helo_name=helo_name,
        ca_file=ca_file,
        tls_verify=tls_verify,
        allow_insecure_auth=allow_insecure_auth,
        source_address=source_address,
        retry=retry,
        deadline=deadline,
        retry_uncertain=retry_uncertain,
        resolver=resolver,
    )
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
    **options: Any,
) -> SendResult:
    """:func:`send` for asyncio: the same parameters, results and exceptions. Cancelling the awaiting task closes the
    connection at once."""
    mail_options = string_list("mail_options", options.pop("mail_options", ()))
    rcpt_options = string_list("rcpt_options", options.pop("rcpt_options", ()))
    sender = options.pop("sender", None)
    recipients = options.pop("recipients", None)
    client, id_domain = shared_client(host, port, options.pop("keep_alive", KEEP_ALIVE), **options)
    p = prepare(message, sender, recipients, id_domain)
    result: SendResult = await client.send_async(
        p.data, p.sender, p.recipients, mail_options, rcpt_options, p.message_id
    )
    return result
