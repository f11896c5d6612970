"""A reusable sender: one configuration, one connection pool, and bulk sending with bounded concurrency."""

from __future__ import annotations

import collections
import sys
import time
from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from typing import (
    TYPE_CHECKING,
    Any,
    Callable,
    Optional,
    Union,
)

from . import message as _message
from ._client import HostArg, make_client
from ._options import SenderOptions, check_keys, in_range, number, string_list
from .message import MessageLike, prepare
from .types import SendResult

if TYPE_CHECKING:
    from typing_extensions import Self, Unpack


__all__ = ["BulkItem", "Outcome", "Sender"]

#: What ``send_many`` takes per message: a message (envelope from its headers, as ``send()``), or a
#: ``(message, sender, recipients)`` tuple (``sender``/``recipients`` may be None to take them from the headers).
BulkItem = Union[MessageLike, tuple[MessageLike, Optional[str], Union[str, Sequence[str], None]]]
#: One message's outcome: its :class:`SendResult`, or the exception ``send()`` would have raised.
Outcome = Union[SendResult, Exception]
ProgressArg = Union[bool, Callable[[int, Optional[int], Outcome], Any]]

#: Finished outcomes ``aimap`` keeps behind an unfinished oldest one, at most, so that a slow final reply holds back
#: its own outcome only, not the other connections' next messages (as the native stream's OUTCOMES_AHEAD).
_OUTCOMES_AHEAD = 2048


def _check_concurrency(concurrency: int) -> int:
    return int(in_range("concurrency", concurrency, 1, 10000, "an int"))


class _SimpleBar:
    """A one-line progress bar on stderr, for when tqdm is not installed."""

    def __init__(self, total: int | None) -> None:
        self.total = total
        self.done = 0
        self.failed = 0
        self.started = time.monotonic()
        self.shown = 0.0
        self.shown_done = -1

    def update(self, outcome: Outcome) -> None:
        self.done += 1
        self.failed += not isinstance(outcome, SendResult)
        now = time.monotonic()
        if now - self.shown >= 0.1 or self.done == self.total:
            self.shown = now
            self._show(now)

    def _show(self, now: float) -> None:
        self.shown_done = self.done
        rate = self.done / max(now - self.started, 1e-9)
        of = f"/{self.total}" if self.total is not None else ""
        sys.stderr.write(f"\rsent {self.done}{of} ({rate:.0f} msg/s, {self.failed} failed)")
        sys.stderr.flush()

    def close(self) -> None:
        if self.shown_done != self.done:
            self._show(time.monotonic())
        sys.stderr.write("\n")
        sys.stderr.flush()


class _Progress:
    def __init__(self, progress: ProgressArg, total: int | None) -> None:
        self.callback = progress if callable(progress) else None
        self.total = total
        self.done = 0
        self.bar: Any = None
        if progress is True:
            try:
                from tqdm import tqdm  # type: ignore[import-not-found,import-untyped,unused-ignore]

                self.bar = tqdm(total=total, unit="msg", file=sys.stderr)
            except ImportError:
                self.bar = _SimpleBar(total)
        elif progress is not False and self.callback is None:
            raise TypeError("progress must be True, False or a callable(done, total, outcome)")

    def update(self, outcome: Outcome) -> None:
        self.done += 1
        if self.bar is not None:
            if isinstance(self.bar, _SimpleBar):
                self.bar.update(outcome)
            else:
                self.bar.update(1)
        if self.callback is not None:
            self.callback(self.done, self.total, outcome)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _collect(outcomes: Iterator[Outcome]) -> list[Outcome]:
    """Every outcome in a list; an exception that stops the stream carries those collected as ``.outcomes``."""
    out: list[Outcome] = []
    try:
        out.extend(outcomes)
    except Exception as e:
        e.outcomes = out  # type: ignore[attr-defined]
        raise
    return out


class Sender:
    """Sends many messages through one configuration and a pool of connections.

    ``Sender(host, port=None, **options)`` takes ``send()``'s options (``tls``, ``username``, ``password``,
    ``timeouts``, ``retry``, ``deadline``...). Connections are reused as Postfix reuses them: only after a clean
    transaction, probed with RSET before the next one (in bulk, a connection carried straight on to the next
    transaction needs none: "." ended the last one), never after an error, a timeout or a cancellation, closed
    after ``idle_timeout`` seconds idle (10), not reused once 300 s old. Use it as a context manager (``with`` or ``async with``) or call
    :meth:`close`.

    ``max_connections`` and ``max_rate`` (:class:`SenderOptions`) limit each destination (the relays, or each
    recipient domain with ``host=None``) across all of this sender's calls and streams: deliveries in flight, and
    messages per second. A delivery waits for its turn (``concurrency`` beyond ``max_connections`` only queues).
    """

    def __init__(
        self,
        host: HostArg,
        port: int | None = None,
        *,
        idle_timeout: float = 10.0,
        mail_options: Sequence[str] = (),
        rcpt_options: Sequence[str] = (),
        **options: Unpack[SenderOptions],
    ) -> None:
        for bad in ("sender", "recipients", "pool"):
            if bad in options:
                raise TypeError(f"Sender() got an unexpected keyword argument {bad!r} (give it per message)")
        check_keys("Sender", options, SenderOptions)
        self._mail_options = string_list("mail_options", mail_options)
        self._rcpt_options = string_list("rcpt_options", rcpt_options)
        if not number("idle_timeout", idle_timeout) > 0:
            raise ValueError(f"idle_timeout must be a positive number of seconds, not {idle_timeout!r}")
        self._client, self._id_domain = make_client(
            host, port, pool=True, pool_idle_timeout=idle_timeout, allowed=SenderOptions, **options
        )
        self._closed = False
        where = "MX" if host is None else (host if isinstance(host, str) else ", ".join(host))
        auth = "password" if options.get("password") else "oauth2" if options.get("oauth2_token") else None
        self._desc = (
            f"{where}"
            + (f" port={port}" if port else "")
            + (f" tls={options['tls']}" if options.get("tls") else "")
            + (f" auth={auth}" if auth else "")
        )

    # -- one message -------------------------------------------------------------------------------------------

    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError("this Sender is closed")

    def _opts(
        self, mail_options: Sequence[str] | None, rcpt_options: Sequence[str] | None
    ) -> tuple[list[str], list[str]]:
        return (
            self._mail_options if mail_options is None else string_list("mail_options", mail_options),
            self._rcpt_options if rcpt_options is None else string_list("rcpt_options", rcpt_options),
        )

    def send(
        self,
        message: MessageLike,
        *,
        sender: str | None = None,
        recipients: str | Sequence[str] | None = None,
        mail_options: Sequence[str] | None = None,
        rcpt_options: Sequence[str] | None = None,
    ) -> SendResult:
        """:func:`resilient_smtp.send` on a pooled connection."""
        self._check_open()
        mo, ro = self._opts(mail_options, rcpt_options)
        p = prepare(message, sender, recipients, self._id_domain)
        result: SendResult = self._client.send(p.data, p.sender, p.recipients, mo, ro, p.message_id)
        return result

    async def send_async(
        self,
        message: MessageLike,
        *,
        sender: str | None = None,
        recipients: str | Sequence[str] | None = None,
        mail_options: Sequence[str] | None = None,
        rcpt_options: Sequence[str] | None = None,
    ) -> SendResult:
        """:meth:`send` for asyncio. Cancelling the awaiting task closes its connection at once (never reused)."""
        self._check_open()
        mo, ro = self._opts(mail_options, rcpt_options)
        p = prepare(message, sender, recipients, self._id_domain)
        result: SendResult = await self._client.send_async(p.data, p.sender, p.recipients, mo, ro, p.message_id)
        return result

    # -- many messages -----------------------------------------------------------------------------------------

    def _prepare_item(self, item: BulkItem) -> Any:
        """One bulk item as ``(data, sender, recipients, message_id)``, or the exception its preparation raised. (The
        native stream prepares ``(bytes, str, recipients)`` items itself, the same way, and calls this for the rest.)"""
        try:
            if isinstance(item, tuple):
                if len(item) != 3:
                    raise TypeError(f"a bulk item tuple is (message, sender, recipients), not {len(item)} items")
                message, sender, recipients = item
            else:
                message, sender, recipients = item, None, None
            p = prepare(message, sender, recipients, self._id_domain)
            return (p.data, p.sender, p.recipients, p.message_id)
        except Exception as e:  # noqa: BLE001 (a bad item is that item's outcome, whatever its preparation raised)
            return e

    def imap(
        self,
        messages: Iterable[BulkItem],
        concurrency: int = 8,
        progress: ProgressArg = False,
        *,
        mail_options: Sequence[str] | None = None,
        rcpt_options: Sequence[str] | None = None,
    ) -> Iterator[Outcome]:
        """Like :meth:`send_many`, but yields the outcomes in input order as they come: memory stays flat for a
        stream of any length (``messages`` is read only a little ahead of the deliveries: at most ``4 * concurrency +
        16`` unfinished, and at most 2048 finished outcomes held behind a slow oldest one, so that one late reply
        does not stop the other connections)."""
        return self._imap(messages, concurrency, progress, mail_options, rcpt_options)

    def _imap(
        self,
        messages: Iterable[BulkItem],
        concurrency: int,
        progress: ProgressArg,
        mail_options: Sequence[str] | None,
        rcpt_options: Sequence[str] | None,
    ) -> Iterator[Outcome]:
        self._check_open()
        _check_concurrency(concurrency)
        mo, ro = self._opts(mail_options, rcpt_options)
        total = len(messages) if hasattr(messages, "__len__") else None  # type: ignore[arg-type]
        prog = _Progress(progress, total)
        native = (_message.preparer(), self._id_domain)
        stream = self._client.stream(messages, self._prepare_item, concurrency, 4 * concurrency + 16, mo, ro, native)
        # An error of the caller's iterator or progress callback stops the stream cleanly: no item is read after it,
        # the deliveries already started finish and their outcomes are still given, then the error is raised (the
        # native stream does the same for its iterator's error).
        failed: Exception | None = None
        try:
            for out in stream:
                if failed is None:
                    try:
                        prog.update(out)
                    except Exception as e:  # noqa: BLE001 (raised below, once every started delivery is reported)
                        failed = e
                        stream.stop()
                yield out
            if failed is not None:
                raise failed
        finally:
            stream.close()
            prog.close()

    def send_many(
        self,
        messages: Iterable[BulkItem],
        concurrency: int = 8,
        progress: ProgressArg = False,
        *,
        mail_options: Sequence[str] | None = None,
        rcpt_options: Sequence[str] | None = None,
    ) -> list[Outcome]:
        """Sends every message of ``messages`` (any iterable, read lazily: a generator is never materialized), with
        at most ``concurrency`` transactions in flight, and returns one outcome per message in input order: its
        :class:`SendResult`, or the exception ``send()`` would have raised (never raised here). Each item is a
        message (``EmailMessage``, ``bytes`` or ``str``; the envelope comes from its headers) or a ``(message,
        sender, recipients)`` tuple; pre-serialized ``bytes`` with an explicit envelope is the fast path.
        ``progress=True`` shows a progress bar on stderr (tqdm when installed); a callable is called as
        ``progress(done, total, outcome)`` after each message (``total`` is None for iterables without a length).
        For very long streams, :meth:`imap` yields the outcomes instead of keeping them all.

        An exception raised by ``messages`` itself or by the ``progress`` callable stops the stream: no item is read
        after it, the deliveries in flight finish, and it is raised with ``.outcomes``, the outcome of every item
        read before it, in input order."""
        return _collect(self._imap(messages, concurrency, progress, mail_options, rcpt_options))

    async def aimap(
        self,
        messages: Iterable[BulkItem],
        concurrency: int = 8,
        progress: ProgressArg = False,
        *,
        mail_options: Sequence[str] | None = None,
        rcpt_options: Sequence[str] | None = None,
    ) -> AsyncIterator[Outcome]:
        """:meth:`imap` for asyncio: an async generator of outcomes in input order."""
        self._check_open()
        _check_concurrency(concurrency)
        mo, ro = self._opts(mail_options, rcpt_options)
        total = len(messages) if hasattr(messages, "__len__") else None  # type: ignore[arg-type]
        prog = _Progress(progress, total)
        pending: collections.deque[tuple[Any, Any]] = collections.deque()
        items = iter(messages)
        exhausted = False
        # As in imap: an error of the iterator or the callback is raised once every started delivery is reported.
        failed: Exception | None = None
        import asyncio  # here, not at the top: importing asyncio costs more than the rest of the package

        running = 0
        finished = asyncio.Event()

        def one_finished(_: object) -> None:
            nonlocal running
            running -= 1
            finished.set()

        try:
            while True:
                while not exhausted and running < concurrency and len(pending) < _OUTCOMES_AHEAD:
                    try:
                        item = self._prepare_item(next(items))
                    except StopIteration:
                        exhausted = True
                        break
                    except Exception as e:  # noqa: BLE001 (the caller's iterator failed: raised below)
                        exhausted, failed = True, e
                        break
                    if isinstance(item, BaseException):
                        pending.append((None, item))
                    else:
                        data, sender, rcpts, message_id = item
                        try:
                            fut = self._client.send_async(data, sender, rcpts, mo, ro, message_id)
                        except ValueError as e:
                            pending.append((None, e))
                        else:
                            running += 1
                            fut.add_done_callback(one_finished)
                            pending.append((fut, None))
                if not pending:
                    break
                head = pending[0][0]
                if head is not None and not head.done() and not exhausted and len(pending) < _OUTCOMES_AHEAD:
                    # Every slot is busy and the oldest is not done: start the next item when any one finishes.
                    finished.clear()
                    await finished.wait()
                    continue
                fut, extra = pending.popleft()
                out: Outcome
                if fut is None:
                    out = extra
                else:
                    try:
                        out = await fut
                    except Exception as e:  # noqa: BLE001 (one message's failure is its outcome)
                        out = e
                if failed is None:
                    try:
                        prog.update(out)
                    except Exception as e:  # noqa: BLE001 (raised below, once every started delivery is reported)
                        exhausted, failed = True, e
                yield out
            if failed is not None:
                raise failed
        finally:
            for fut, _ in pending:
                if fut is not None:
                    fut.cancel()
            prog.close()

    async def send_many_async(
        self,
        messages: Iterable[BulkItem],
        concurrency: int = 8,
        progress: ProgressArg = False,
        *,
        mail_options: Sequence[str] | None = None,
        rcpt_options: Sequence[str] | None = None,
    ) -> list[Outcome]:
        """:meth:`send_many` for asyncio (the same items, outcomes, progress and errors)."""
        outcomes: list[Outcome] = []
        try:
            async for o in self.aimap(
                messages, concurrency, progress, mail_options=mail_options, rcpt_options=rcpt_options
            ):
                outcomes.append(o)
        except Exception as e:
            e.outcomes = outcomes  # type: ignore[attr-defined]
            raise
        return outcomes

    # -- lifetime ----------------------------------------------------------------------------------------------

    @property
    def pool_stats(self) -> tuple[int, int]:
        """Connections ``(opened, reused)`` so far."""
        opened, reused = self._client.pool_stats()
        return opened, reused

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """QUITs the pooled connections; the sender cannot be used afterwards."""
        if not self._closed:
            self._closed = True
            self._client.close()

    async def aclose(self) -> None:
        """:meth:`close` for asyncio."""
        if not self._closed:
            self._closed = True
            await self._client.close_async()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        state = "closed" if self._closed else "open"
        return f"<resilient_smtp.Sender {self._desc} {state}>"
