"""The options a delivery takes, declared once for the Python layer, and the type checks every option goes through.

:class:`SendOptions` types ``send()``, ``send_async()``, ``Sender`` (and anything else configured like them, through
``**options: Unpack[SendOptions]``); :class:`ConnectionOptions`, the part of it a held connection (``SMTP``) takes as
keywords. The *rules* (ranges, modes, what combines with what) live in the Rust core's ``ClientConfig::validate``
(``crates/resilient-smtp/src/config.rs``); here a value is only checked to be of the right type, so an error names the option.

Adding an option: its key and type here, its type check and its native name in ``_client.client_options``, its
field and rule in ``crates/resilient-smtp/src/config.rs`` (that file's header lists the rest).
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypedDict, Union

if TYPE_CHECKING:
    from .types import RetryPolicy, Timeouts

__all__ = ["ConnectionOptions", "SendOptions", "SenderOptions"]


class ConnectionOptions(TypedDict, total=False):
    """The policy options of a delivery: also what ``SMTP(...)`` takes as keywords."""

    #: Per-phase limits in seconds: a :class:`Timeouts` or ``{phase: seconds}``.
    timeouts: Timeouts | Mapping[str, float] | None
    #: A :class:`RetryPolicy`, or the number of attempts in all.
    retry: int | RetryPolicy | None
    #: Seconds for the whole delivery, retries included.
    deadline: float | None
    #: Resend after a lost final reply (duplicates become possible).
    retry_uncertain: bool
    ca_file: str | os.PathLike[str] | None
    tls_verify: bool
    allow_insecure_auth: bool
    #: A client certificate chain (PEM) for servers that ask for one, and its key (in the chain's file if omitted).
    client_cert: str | os.PathLike[str] | None
    client_key: str | os.PathLike[str] | None
    #: DER certificates to trust instead of the system store (what an ``ssl.SSLContext`` holds), with ``ca_file``'s.
    ca_certs: Sequence[bytes]
    #: False: the certificate chain is verified, the name is not (``ssl.SSLContext.check_hostname``).
    check_hostname: bool


class SendOptions(ConnectionOptions, total=False):
    """Every option of a delivery's configuration (``send(message, host, port, **options)``)."""

    #: ``"starttls"`` (required), ``"opportunistic"``, ``"implicit"``, ``"off"``; default by port.
    tls: str | None
    username: str | None
    password: str | None
    oauth2_token: str | None
    #: Caps every phase's limit (smtplib's meaning).
    timeout: float | None
    helo_name: str | None
    source_address: str | tuple[str, int] | None
    #: DNS servers for MX lookups (``host=None``) instead of the system's.
    resolver: str | Sequence[str] | None


class SenderOptions(SendOptions, total=False):
    """:class:`SendOptions`, and what only a long-lived sender (``Sender``, ``Outbox``) holds: limits per destination
    (the relays, or each recipient domain with ``host=None``), shared by every delivery it makes. A delivery waits for
    its turn; none is refused."""

    #: Deliveries in flight, so connections, at most (at or under the server's limit: Postfix anvil's
    #: ``smtpd_client_connection_count_limit`` answers 421 4.7.0 "too many connections" past it).
    max_connections: int | None
    #: Messages per second at most, evenly spaced (anvil's ``smtpd_client_message_rate_limit``: 450 4.7.1).
    max_rate: float | None


def check_keys(where: str, options: Mapping[str, Any], allowed: type[Any] = SendOptions) -> None:
    """A keyword the TypedDict does not declare is a ``TypeError``, as for a function's own parameters."""
    keys: frozenset[str] = allowed.__optional_keys__ | allowed.__required_keys__
    for name in options:
        if name not in keys:
            raise TypeError(f"{where}() got an unexpected keyword argument {name!r}")


# The type checks. Booleans are refused where a number is meant (True is an int in Python, never a port or a delay).
# A number of the wrong type is a ValueError, as it has always been here (a bad number is a bad value to callers);
# anything else of the wrong type is a TypeError.

Number = Union[int, float]


def is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def number(name: str, value: Any) -> float:
    if not is_number(value):
        raise ValueError(f"{name} must be a number, not {value!r}")
    return float(value)


def optional_number(name: str, value: Any) -> float | None:
    return None if value is None else number(name, value)


def integer(name: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{name} must be an int, not {value!r}")  # noqa: TRY004 (see above)
    return value


def flag(name: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be True or False, not {type(value).__name__}")
    return value


def text(name: str, value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise TypeError(f"{name} must be a string, not {type(value).__name__}")


def string_list(name: str, value: Sequence[str]) -> list[str]:
    """A sequence of strings (a bare string is refused, not split into letters)."""
    if isinstance(value, (str, bytes)):
        raise TypeError(f"{name} must be a sequence of strings, not a string")
    out = list(value)
    for v in out:
        if not isinstance(v, str):
            raise TypeError(f"{name} items must be strings, not {type(v).__name__}")
    return out


def in_range(name: str, value: Any, low: Number, high: Number, what: str = "a number") -> Any:
    """A number (an int, if ``what`` says so) from ``low`` to ``high``: for the Python layer's own settings
    (``keep_alive``, ``concurrency``)."""
    ok = isinstance(value, int) if what.startswith("an int") else is_number(value)
    if not (ok and not isinstance(value, bool) and low <= value <= high):
        raise ValueError(f"{name} must be {what} from {low} to {high}, not {value!r}")
    return value
