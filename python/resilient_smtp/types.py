"""The public value types: phases, timeouts, the retry policy, and what a delivery reports."""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import _core
from ._options import integer, is_number, number, text

__all__ = ["Attempt", "Phase", "RetryPolicy", "SendResult", "Timeouts", "Transaction"]


class Phase(str, enum.Enum):
    """The SMTP phase a delivery was in. A ``str``: ``e.phase == "rcpt"`` holds."""

    RESOLVE = "resolve"
    CONNECT = "connect"
    GREETING = "greeting"
    EHLO = "ehlo"
    STARTTLS = "starttls"
    AUTH = "auth"
    MAIL = "mail"
    RCPT = "rcpt"
    DATA = "data"
    DATA_BLOCK = "data_block"
    DATA_DONE = "data_done"
    RSET = "rset"
    QUIT = "quit"

    def __str__(self) -> str:
        return self.value


DEFAULT_TIMEOUTS: Mapping[str, float] = dict(_core.DEFAULT_TIMEOUTS)


@dataclass(frozen=True)
class Timeouts:
    """A limit in seconds for each phase (RFC 5321 §4.5.3.2); ``None`` keeps the default.

    Defaults (as Postfix): resolve 30, connect 30, greeting/ehlo/starttls/auth/mail/rcpt 300, data 120, data_block
    180 (each write of the message), data_done 600 (the reply after "."), rset 20, quit 5.
    """

    resolve: float | None = None
    connect: float | None = None
    greeting: float | None = None
    ehlo: float | None = None
    starttls: float | None = None
    auth: float | None = None
    mail: float | None = None
    rcpt: float | None = None
    data: float | None = None
    data_block: float | None = None
    data_done: float | None = None
    rset: float | None = None
    quit: float | None = None

    def __post_init__(self) -> None:
        for f in dataclasses.fields(self):
            v = getattr(self, f.name)
            if v is not None:
                _core.check_timeout(f.name, number(f"Timeouts.{f.name}", v))

    def resolved(self, cap: float | None = None) -> dict[str, float]:
        """Every phase's limit: the default, capped by ``cap`` (``timeout=``), unless set here."""
        out = {}
        for name, default in DEFAULT_TIMEOUTS.items():
            value = getattr(self, name)
            if value is None:
                value = default if cap is None else min(default, cap)
            out[name] = float(value)
        return out


_PHASE_BY_NAME: dict[str, Phase] = {p.value: p for p in Phase}


@dataclass(frozen=True)
class RetryPolicy:
    """When and how often to try again after a transient failure (4xx, timeouts, dropped connections).

    ``max_attempts`` counts all attempts (1: no retry). Between attempts: exponential backoff from ``initial_delay``
    by ``multiplier`` up to ``max_delay``, with jitter: ``"full"`` (default, ``U(0, backoff)``), ``"equal"``,
    ``"decorrelated"`` or ``"none"``. Permanent failures (5xx) are never retried.
    """

    max_attempts: int = 4
    initial_delay: float = 1.0
    multiplier: float = 2.0
    max_delay: float = 60.0
    jitter: str = "full"

    def __post_init__(self) -> None:
        _core.check_retry(
            integer("max_attempts", self.max_attempts),
            number("initial_delay", self.initial_delay),
            number("multiplier", self.multiplier),
            number("max_delay", self.max_delay),
            text("jitter", self.jitter) or "",
        )

    @classmethod
    def of(cls, retry: int | RetryPolicy | None) -> RetryPolicy:
        """``retry=`` as ``send()`` takes it: a policy, a number of attempts, or None for the default."""
        if retry is None:
            return cls()
        if isinstance(retry, RetryPolicy):
            return retry
        if is_number(retry) and isinstance(retry, int):
            return cls(max_attempts=retry)
        raise TypeError(f"retry must be a RetryPolicy, an int (attempts in all) or None, not {type(retry).__name__}")


@dataclass(frozen=True)
class Attempt:
    """One connection to one address (or one failed lookup) during a delivery."""

    number: int
    host: str
    ip: str | None
    port: int | None
    phase: Phase
    code: int | None
    enhanced_code: str | None
    error: str | None
    started_at: float
    elapsed: float
    delay_before: float

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["phase"] = str(self.phase)
        return d


@dataclass(frozen=True)
class Transaction:
    """A completed transaction: the server accepted the message for ``accepted``."""

    host: str
    ip: str
    port: int
    code: int
    enhanced_code: str | None
    reply: str
    accepted: list[str]
    timings: dict[str, float]
    tls: dict[str, Any] | None


_DETAIL_FIELDS = ("timings", "attempts", "transactions")


@dataclass(frozen=True)
class SendResult:
    """What a successful ``send()`` did.

    ``host``/``ip``/``port``/``code``/``reply`` are those of the (first) transaction that delivered; ``refused`` maps
    each recipient not delivered to ``(code, message)``, like smtplib's ``sendmail`` return value; ``timings`` gives
    seconds per phase; ``attempts`` is the history of every connection tried.
    """

    message_id: str | None
    host: str
    ip: str
    port: int
    code: int
    enhanced_code: str | None
    reply: str
    refused: dict[str, tuple[int, bytes]]
    timings: dict[str, float]
    elapsed: float
    attempts: list[Attempt] = field(default_factory=list)
    transactions: list[Transaction] = field(default_factory=list)

    if not TYPE_CHECKING:  # (hidden from type checkers: every attribute of a result is declared above)

        def __getattr__(self, name: str) -> Any:
            # A result the core built holds its timings, attempts and transactions natively until one is first read
            # (bulk sending keeps many results and looks into few). Only called for attributes not set yet.
            detail = self.__dict__.get("_detail")
            if detail is None or name not in _DETAIL_FIELDS:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            for key, value in detail.fields().items():
                object.__setattr__(self, key, value)
            object.__delattr__(self, "_detail")
            return self.__dict__[name]

    def __getstate__(self) -> dict[str, Any]:
        # Pickles and copies carry every field, never the native detail.
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}

    def __setstate__(self, state: dict[str, Any]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)

    @property
    def tls(self) -> dict[str, Any] | None:
        """What TLS the (first) delivering connection used, or None."""
        return self.transactions[0].tls if self.transactions else None

    def to_dict(self) -> dict[str, Any]:
        """The result as plain data (JSON-serializable)."""
        d = dataclasses.asdict(self)
        d["refused"] = {r: [c, m.decode("utf-8", "replace")] for r, (c, m) in self.refused.items()}
        d["attempts"] = [a.to_dict() for a in self.attempts]
        return d

    def _repr_html_(self) -> str:
        from ._render import result_html

        return result_html(self)
