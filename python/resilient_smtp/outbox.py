"""The outbox: a durable queue of messages, delivered by workers in any number of processes and machines.

``Outbox("outbox.db", host=..., port=..., **options)`` stores in SQLite (a path) or PostgreSQL (a ``postgresql://``
URL) and delivers with ``Sender``'s options. Each entry goes ``queued`` → ``sending`` (leased by one worker) →
``sent`` | ``deferred`` (tried again later, on Postfix's schedule) | ``failed`` | ``uncertain`` (it may have been
delivered: never resent unless :meth:`Outbox.retry` is asked with ``uncertain=True``).
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Union

from . import _core
from . import message as _message
from ._client import HostArg, make_client
from ._options import SenderOptions
from .errors import DeliveryError, _from_core
from .message import MessageLike, prepare
from .types import Attempt, Phase

if TYPE_CHECKING:
    from typing_extensions import Self, Unpack


__all__ = ["STATES", "Outbox", "OutboxEntry"]

log = logging.getLogger("resilient_smtp.outbox")

#: Every state an entry can be in.
STATES = ("queued", "sending", "deferred", "sent", "failed", "uncertain")

#: What ``put_many`` takes per message: a message, or ``(message, sender, recipients[, key])``.
OutboxItem = Union[MessageLike, tuple[Any, ...]]
Hook = Callable[[str, Any], Any]


def _attempts(items: Sequence[dict[str, Any]]) -> list[Attempt]:
    return [Attempt(**{**a, "phase": Phase(a["phase"])}) for a in items]


def _error(text: str | None) -> DeliveryError | None:
    if not text:
        return None
    d = json.loads(text)
    d["attempts"] = _attempts(d.get("attempts") or [])
    d["refused"] = {r: (c, m.encode("utf-8", "replace")) for r, (c, m) in (d.get("refused") or {}).items()}
    return _from_core(d)


def _result(text: str | None) -> dict[str, Any] | None:
    if not text:
        return None
    d: dict[str, Any] = json.loads(text)
    d["attempts"] = _attempts(d.get("attempts") or [])
    d["refused"] = {r: (c, m.encode("utf-8", "replace")) for r, (c, m) in (d.get("refused") or {}).items()}
    return d


@dataclass(frozen=True)
class OutboxEntry:
    """One entry of the outbox, as :meth:`Outbox.status` and :meth:`Outbox.list` show it."""

    id: str
    state: str
    attempts: int
    #: When a ``queued``/``deferred`` entry is due (Unix time); None in the other states.
    next_attempt: float | None
    #: The last attempt's error: the :class:`DeliveryError` ``send()`` would have raised (for ``deferred``,
    #: ``failed`` and ``uncertain``), or None.
    error: DeliveryError | None
    #: For ``sent``: ``message_id``, ``host``, ``ip``, ``port``, ``code``, ``enhanced_code``, ``reply``,
    #: ``accepted``, ``refused`` (as smtplib's ``sendmail`` returns it), ``elapsed``, ``attempts``.
    result: dict[str, Any] | None
    sender: str
    #: The recipients still to deliver (all of them until the first attempt).
    recipients: list[str]
    #: Per recipient: ``{"state": "sent" | "failed" | "deferred", "code": ..., "reply": ...}``.
    recipient_log: dict[str, dict[str, Any]]
    message_id: str | None
    key: str | None
    created: float
    updated: float
    dest: str = field(repr=False)
    lease_owner: str | None = field(repr=False, default=None)

    @classmethod
    def _of(cls, d: dict[str, Any]) -> OutboxEntry:
        return cls(
            id=d["id"],
            state=d["state"],
            attempts=d["attempts"],
            next_attempt=d["next_attempt"],
            error=_error(d["error"]) if d["state"] != "sent" else None,
            result=_result(d["result"]),
            sender=d["sender"],
            recipients=list(d["recipients"]),
            recipient_log=json.loads(d["recipient_log"] or "{}"),
            message_id=d["message_id"],
            key=d["key"],
            created=d["created"],
            updated=d["updated"],
            dest=d["dest"],
            lease_owner=d["lease_owner"],
        )


def _number(name: str, value: Any, *, positive: bool = True) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not (value > 0 or not positive):
        raise ValueError(f"{name} must be a positive number of seconds, not {value!r}")
    return float(value)


class Outbox:
    """A durable outbox. ``target``: a path (SQLite, created if missing) or a ``postgresql://`` URL.

    ``host``/``port`` and ``**options`` are :class:`Sender`'s (relays or ``host=None`` for MX delivery, ``tls``,
    credentials — used to deliver, never stored —, ``timeout``/``timeouts``, ``retry`` (in-call retries; 1 by
    default: the queue's schedule does the retrying), ``deadline``). The queue's schedule: ``first_retry=300``,
    ``max_retry_delay=4000``, ``lifetime`` 5 days (Postfix's defaults), jittered; per destination (the relays, or
    each recipient domain): ``max_connections`` deliveries in flight and ``max_rate`` messages per second
    (:class:`SenderOptions`), shared by the workers of this ``Outbox`` object. Hooks ``on_sent(id, result)``, ``on_failed(id, error)``, ``on_uncertain(id, error)`` run in the thread
    calling :meth:`work`.
    """

    def __init__(
        self,
        target: str | os.PathLike[str],
        host: HostArg = "localhost",
        port: int | None = None,
        *,
        first_retry: float = 300.0,
        max_retry_delay: float = 4000.0,
        lifetime: float = 5 * 86400.0,
        on_sent: Hook | None = None,
        on_failed: Hook | None = None,
        on_uncertain: Hook | None = None,
        idle_timeout: float = 10.0,
        **options: Unpack[SenderOptions],
    ) -> None:
        if "retry_uncertain" in options:  # the outbox decides: an uncertain entry waits for retry(uncertain=True)
            raise TypeError("Outbox() got an unexpected keyword argument 'retry_uncertain'")
        options.setdefault("retry", 1)
        if not isinstance(target, (str, os.PathLike)):
            raise TypeError(f"target must be a path or a postgresql:// URL, not {type(target).__name__}")
        for name, hook in (("on_sent", on_sent), ("on_failed", on_failed), ("on_uncertain", on_uncertain)):
            if hook is not None and not callable(hook):
                raise TypeError(f"{name} must be callable")
        self._hooks = {"sent": on_sent, "failed": on_failed, "uncertain": on_uncertain}
        self._client, self._id_domain = make_client(
            host,
            port,
            pool=True,
            pool_idle_timeout=_number("idle_timeout", idle_timeout),
            allowed=SenderOptions,
            **options,
        )
        self._target = os.fspath(target)
        self._native = _core.Outbox(
            self._target,
            self._client,
            first_retry=_number("first_retry", first_retry),
            max_retry_delay=_number("max_retry_delay", max_retry_delay),
            lifetime=_number("lifetime", lifetime),
        )

    def __repr__(self) -> str:
        target = self._target
        if "://" in target and "@" in target:  # never the password of a URL
            scheme, rest = target.split("://", 1)
            target = f"{scheme}://***@{rest.rsplit('@', 1)[1]}"
        return f"<resilient_smtp.Outbox {target!r}>"

    # -- queueing ------------------------------------------------------------------------------------------------

    def _prepared(
        self, message: MessageLike, sender: str | None, recipients: str | Sequence[str] | None
    ) -> tuple[bytes, str, list[str], str | None]:
        """The Python route, for the items the native one leaves to it (``_core.Outbox.put`` decides)."""
        p = prepare(message, sender, recipients, self._id_domain)
        return p.data, p.sender, p.recipients, p.message_id

    def put(
        self,
        message: MessageLike,
        sender: str | None = None,
        recipients: str | Sequence[str] | None = None,
        key: str | None = None,
    ) -> str:
        """Queues one message; durable when it returns. Returns its id (with a ``key`` already queued, that entry's
        id: the same key queues once)."""
        ids: list[str] = self._native.put([(message, sender, recipients, key)], self._prepared, self._preparer())
        return ids[0]

    def put_many(self, messages: Iterable[OutboxItem]) -> list[str]:
        """Queues messages in one transaction (the iterable is read whole first, then each message is checked before
        it is stored: a bad one queues none); returns their ids."""
        out: list[str] = self._native.put(messages, self._prepared, self._preparer())
        return out

    def _preparer(self) -> tuple[Any, str]:
        """What the native route needs: the message preparer (``send()``'s and the bulk stream's) and the domain of
        the Message-IDs it adds."""
        return _message.preparer(), self._id_domain

    # -- working -------------------------------------------------------------------------------------------------

    def _dispatch(self, events: list[tuple[str, str, str]]) -> None:
        for qid, state, record in events:
            hook = self._hooks.get(state)
            if hook is None:
                continue
            try:
                hook(qid, _result(record) if state == "sent" else _error(record))
            except Exception:  # the application's bookkeeping must not stop the deliveries
                log.exception("outbox hook on_%s failed for %s", state, qid)

    def work(self, until_idle: bool = False, concurrency: int = 8) -> dict[str, int]:
        """Runs a worker in this thread (the GIL is released while it delivers) until :meth:`stop` is called or, with
        ``until_idle``, until nothing of its own is in flight and nothing is due. Returns what it did:
        ``{"sent": n, "deferred": n, "failed": n, "uncertain": n}``. Ctrl-C stops claiming, lets what is in flight
        finish, then raises (a second Ctrl-C abandons it to the leases)."""
        if isinstance(concurrency, bool) or not isinstance(concurrency, int) or not 1 <= concurrency <= 10000:
            raise ValueError(f"concurrency must be an int from 1 to 10000, not {concurrency!r}")
        hooks = any(h is not None for h in self._hooks.values())
        sent, deferred, failed, uncertain = self._native.work(
            concurrency, bool(until_idle), self._dispatch if hooks else None
        )
        return {"sent": sent, "deferred": deferred, "failed": failed, "uncertain": uncertain}

    def stop(self) -> None:
        """Makes a running :meth:`work` return once what is in flight is done (safe to call from a signal handler
        or another thread)."""
        self._native.stop()

    # -- looking ---------------------------------------------------------------------------------------------------

    def status(self, qid: str) -> OutboxEntry | None:
        """The entry ``qid``, or None if there is none."""
        d = self._native.status(qid)
        return OutboxEntry._of(d) if d is not None else None

    def stats(self) -> dict[str, int]:
        """Entries per state (every state present): one indexed count, cheap enough to poll for metrics."""
        out: dict[str, int] = self._native.stats()
        return out

    def list(self, state: str | None = None, limit: int = 100) -> list[OutboxEntry]:
        """Entries, oldest first, of one state or all."""
        return [OutboxEntry._of(d) for d in self._native.list(state, limit)]

    def retry(self, qid: str, uncertain: bool = False) -> None:
        """Makes a ``deferred`` or ``failed`` entry due now; an ``uncertain`` one only with ``uncertain=True``
        (it may then reach its recipients twice: it is resent with the same bytes, so the same Message-ID)."""
        outcome = self._native.retry(qid, bool(uncertain))
        if outcome == "not_found":
            raise LookupError(f"no outbox entry {qid!r}")
        if outcome == "uncertain":
            raise ValueError(
                f"entry {qid} is uncertain (it may have been delivered): pass uncertain=True to resend it anyway"
            )
        if outcome != "queued":
            raise ValueError(f"entry {qid} is {outcome}: only deferred, failed or uncertain entries can be retried")

    def purge(self, state: str = "sent", older_than: float = 7 * 86400.0) -> int:
        """Deletes the entries in ``state`` last changed more than ``older_than`` seconds ago; returns how many."""
        n: int = self._native.purge(state, _number("older_than", older_than, positive=False))
        return n

    @property
    def lease(self) -> float:
        """How long a worker's lease on an entry lasts, in seconds: the delivery's deadline plus a margin."""
        lease: float = self._native.lease
        return lease

    def close(self) -> None:
        """Closes the pooled connections (the database is closed when the object goes)."""
        self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
