"""``send_email_with_retry``: the seed article's function, with this package underneath.

The article's version retried every ``SMTPException`` (5xx included) after ``backoff_factor ** retries +
random.uniform(0, 1)`` seconds, missed refused connections and greeting timeouts (not ``SMTPException``), slept after
its last attempt, and printed. This one keeps its arguments and its ``True``/``False`` result and logs instead.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from ._options import number
from .errors import DeliveryError
from .message import MessageLike
from .types import RetryPolicy

__all__ = ["send_email_with_retry"]

log = logging.getLogger("resilient_smtp.compat")


def _address(server_address: str | Sequence[Any]) -> tuple[str, int | None]:
    if isinstance(server_address, str):
        return server_address, None
    if isinstance(server_address, (tuple, list)) and len(server_address) == 2:
        host, port = server_address
        if isinstance(host, str) and isinstance(port, int) and not isinstance(port, bool):
            return host, port
    raise TypeError(f'server_address must be a (host, port) tuple or a "host[:port]" string, not {server_address!r}')


def send_email_with_retry(
    msg: MessageLike,
    server_address: str | tuple[str, int],
    timeout: float | None,
    max_retries: int = 3,
    backoff_factor: float = 2,
    **options: Any,
) -> bool:
    """Sends ``msg`` through ``server_address`` (``(host, port)``); True when delivered, False otherwise.

    ``max_retries`` is the number of attempts in all (as in the article). Between attempts it waits a random time up
    to ``backoff_factor ** n`` seconds (full jitter: ``RetryPolicy(initial_delay=backoff_factor,
    multiplier=backoff_factor, jitter="full")``, capped at 60 s), and only after failures a retry can cure (4xx,
    timeouts, lost or refused connections): a 5xx fails at once. ``timeout`` caps every SMTP phase. ``options`` are
    :func:`resilient_smtp.send`'s keywords (``username``, ``password``, ``tls``, ``ca_file``, ``deadline``...). Each
    failed attempt is logged at WARNING (``resilient_smtp.deliver``), the final failure at ERROR here, with the
    exception in the record's ``delivery_error`` attribute. A message whose final reply was lost (it may have been
    delivered) is not resent and counts as False. Bad arguments raise ``TypeError``/``ValueError``.
    """
    from . import send

    if "retry" in options:
        raise TypeError("send_email_with_retry() takes max_retries and backoff_factor, not retry=")
    host, port = _address(server_address)
    if not number("backoff_factor", backoff_factor) >= 0:
        raise ValueError(f"backoff_factor must be a number >= 0, not {backoff_factor!r}")
    policy = RetryPolicy(
        max_attempts=max_retries,
        initial_delay=float(backoff_factor),
        multiplier=max(1.0, float(backoff_factor)),
        jitter="full",
    )
    try:
        result = send(msg, host, port, timeout=timeout, retry=policy, **options)
    except DeliveryError as e:
        rounds = max((a.number for a in e.attempts), default=1)
        if e.maybe_delivered:
            log.error(
                "Email may have been delivered but the server's reply was lost (%s); not resent to avoid a duplicate",
                e,
                extra={"delivery_error": e},
            )
        else:
            log.error(
                "Email sending failed after %d attempt(s) of %d: %s",
                rounds,
                max_retries,
                e,
                extra={"delivery_error": e},
            )
        return False
    log.info(
        "Email %s sent via %s:%s after %d attempt(s)",
        result.message_id or "",
        result.host,
        result.port,
        max(a.number for a in result.attempts) if result.attempts else 1,
    )
    return True
