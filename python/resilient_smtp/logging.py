"""``resilient_smtp.logging.SMTPHandler``: ``logging.handlers.SMTPHandler`` that never blocks or breaks the caller.

The stdlib handler opens a connection per record inside ``emit``, so a slow mail server stalls every ``logger.error``
and a dead one raises into the application's error handling. This one only queues in ``emit``; a background thread
mails every record since the last mail once per ``flush_interval`` (one mail, not one per record), keeps a batch the
server did not take for the next try (the wait doubling while the server fails, up to 5 minutes), and counts what it
drops when ``max_records`` are waiting. A failure to
mail is reported once per failure streak, as one WARNING on the ``resilient_smtp.logging`` logger (never to this
handler: the ``resilient_smtp`` loggers' records are about the mail path this handler depends on, so it ignores
them). ``close()`` (``logging.shutdown()`` at exit) mails what is left, waiting at most ``timeout`` seconds.
"""

from __future__ import annotations

import atexit
import collections
import email.message
import email.utils
import logging
import os
import threading
import weakref
from collections.abc import Sequence
from typing import Any, Union

from ._options import integer, number
from .sender import Sender

__all__ = ["SMTPHandler"]

log = logging.getLogger("resilient_smtp.logging")

MailHost = Union[str, tuple[str, int]]

#: The longest wait (seconds) between tries while the server keeps failing: the interval doubles up to it.
RETRY_CAP = 300.0

_handlers: weakref.WeakSet[SMTPHandler] = weakref.WeakSet()


def _own_record(record: logging.LogRecord) -> bool:
    return record.name == "resilient_smtp" or record.name.startswith("resilient_smtp.")


class SMTPHandler(logging.Handler):
    """Mails log records in batches from a background thread.

    The stdlib's arguments: ``mailhost`` (``"host"`` or ``(host, port)``), ``fromaddr``, ``toaddrs`` (a string or a
    list), ``subject``, ``credentials`` (``(username, password)``), ``secure`` (not None: STARTTLS is required; a
    ``(keyfile, certfile)`` tuple also gives a client certificate) and ``timeout`` (seconds: it caps each SMTP phase
    and one mail's delivery in all). Then ``flush_interval`` (seconds between mails), ``max_records`` (records kept
    waiting at most; more are dropped and counted in the next mail) and any :class:`~resilient_smtp.Sender` option
    (``ca_file``, ``tls``...; ``retry`` is 1 by default: a failed mail is tried again at the next interval).
    """

    def __init__(
        self,
        mailhost: MailHost,
        fromaddr: str,
        toaddrs: str | Sequence[str],
        subject: str,
        credentials: tuple[str, str] | None = None,
        secure: tuple[()] | tuple[str] | tuple[str, str] | None = None,
        timeout: float = 5.0,
        *,
        flush_interval: float = 5.0,
        max_records: int = 1000,
        **options: Any,
    ) -> None:
        super().__init__()
        host, port = (mailhost, None) if isinstance(mailhost, str) else mailhost
        if not number("flush_interval", flush_interval) > 0:
            raise ValueError(f"flush_interval must be a positive number of seconds, not {flush_interval!r}")
        if integer("max_records", max_records) < 1:
            raise ValueError(f"max_records must be an int >= 1, not {max_records!r}")
        if credentials is not None:
            options.setdefault("username", credentials[0])
            options.setdefault("password", credentials[1])
        if secure is not None:
            options.setdefault("tls", "starttls")
            if secure:
                options.setdefault("client_key", secure[0])
                options.setdefault("client_cert", secure[-1])
        options.setdefault("timeout", timeout)
        options.setdefault("deadline", timeout)
        options.setdefault("retry", 1)  # the handler's own schedule retries (the next interval, backing off)
        self.mailhost = host
        self.fromaddr = fromaddr
        self.toaddrs = [toaddrs] if isinstance(toaddrs, str) else list(toaddrs)
        self.subject = subject
        self.timeout = float(timeout)
        self.flush_interval = float(flush_interval)
        self.max_records = max_records
        self._sender = Sender(host, port, **options)  # the options are checked here, not in the background
        self._reset()
        _handlers.add(self)

    def _reset(self) -> None:
        """Fresh queue state (at start, and in a forked child: the parent's records are the parent's to send)."""
        self._cond = threading.Condition(threading.Lock())
        self._pending: collections.deque[str] = collections.deque()
        self._batch_subject = self.subject
        self._dropped = 0
        self._sent_records = 0
        self._in_flight = 0  # records taken by the thread and not yet sent or put back
        self._failing = False  # in a failure streak (reported once, at its start)
        self._wait = self.flush_interval  # between mails; doubled after each failure, up to RETRY_CAP
        self._thread: threading.Thread | None = None
        self._flush_now = False
        self._closing = False

    # -- the caller's side: never blocks on the network, never raises ---------------------------------------------

    def emit(self, record: logging.LogRecord) -> None:
        if _own_record(record):
            return
        try:
            text = self.format(record)
            subject = self.getSubject(record)
        except Exception:  # noqa: BLE001 (a record that cannot be formatted: the stdlib's handling)
            self.handleError(record)
            return
        with self._cond:
            if self._closing:
                self._dropped += 1
                return
            if len(self._pending) + self._in_flight >= self.max_records:
                self._dropped += 1
                return
            if not self._pending:
                self._batch_subject = subject
            self._pending.append(text)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="resilient_smtp.logging", daemon=True)
                self._thread.start()
            elif len(self._pending) == 1:
                self._cond.notify()

    def getSubject(self, record: logging.LogRecord) -> str:
        """The subject of the mail a batch starting with ``record`` goes in (override it as with the stdlib's)."""
        return self.subject

    # -- the background thread ------------------------------------------------------------------------------------

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._pending and not self._closing:
                    self._cond.wait()
                if not self._pending:
                    return
                if not self._closing and not self._flush_now:
                    self._cond.wait(self._wait)  # gather the interval's records (close/flush wake it)
                batch, subject, dropped = list(self._pending), self._batch_subject, self._dropped
                self._pending.clear()
                self._dropped = 0
                self._in_flight = len(batch)
                self._flush_now = False
            error = self._mail(batch, subject, dropped)
            with self._cond:
                self._in_flight = 0
                if error is None:
                    self._sent_records += len(batch)
                    self._failing = False
                    self._wait = self.flush_interval
                else:
                    self._wait = min(2 * self._wait, max(RETRY_CAP, self.flush_interval))
                    self._put_back(batch, dropped)
                    self._report(error, len(batch) + dropped)
                self._cond.notify_all()
                if self._closing and (error is not None or not self._pending):
                    return

    def _put_back(self, batch: list[str], dropped: int) -> None:
        """A batch the server did not take waits for the next interval, ahead of newer records (oldest kept)."""
        keep = batch + list(self._pending)
        self._dropped += dropped + max(0, len(keep) - self.max_records)
        self._pending = collections.deque(keep[: self.max_records])

    def _report(self, error: Exception, waiting: int) -> None:
        if not self._failing:
            self._failing = True
            log.warning(
                "could not mail %d log record(s) to %s: %s (kept for the next try in %g s)",
                waiting,
                self.mailhost,
                error,
                self._wait,
            )

    def _mail(self, batch: list[str], subject: str, dropped: int) -> Exception | None:
        msg = email.message.EmailMessage()
        msg["From"] = self.fromaddr
        msg["To"] = ",".join(self.toaddrs)
        msg["Subject"] = subject if len(batch) == 1 else f"{subject} ({len(batch)} records)"
        msg["Date"] = email.utils.localtime()
        body = "\n\n".join(batch)
        if dropped:
            body += f"\n\n[{dropped} more record(s) dropped: more than max_records={self.max_records} were waiting]"
        msg.set_content(body + "\n")
        try:
            self._sender.send(msg, recipients=self.toaddrs)
        except Exception as e:  # noqa: BLE001 (whatever went wrong, the application must not see it)
            return e
        return None

    # -- flush and close ------------------------------------------------------------------------------------------

    def flush(self) -> None:
        """Mails the waiting records now; waits at most ``timeout`` seconds for that."""
        with self._cond:
            if self._thread is None or not (self._pending or self._in_flight):
                return
            self._flush_now = True
            self._cond.notify_all()
            self._cond.wait_for(lambda: not (self._pending or self._in_flight) or self._failing, self.timeout)

    def close(self) -> None:
        """Mails what is left (waiting at most ``timeout`` seconds), then stops the thread and the sender."""
        with self._cond:
            already = self._closing
            self._closing = True
            self._cond.notify_all()
            thread = self._thread
        if not already:
            if thread is not None:
                thread.join(self.timeout + 1.0)  # one delivery is bounded by its deadline (``timeout`` by default)
            with self._cond:
                unsent = len(self._pending) + self._in_flight + self._dropped
                if unsent and not self._failing:
                    log.warning("%d log record(s) were not mailed to %s before close", unsent, self.mailhost)
            self._sender.close()
        super().close()

    @property
    def stats(self) -> dict[str, int]:
        """Records ``sent`` (mailed), ``waiting`` and ``dropped`` so far (``dropped`` is reset once reported in a
        mail)."""
        with self._cond:
            return {
                "sent": self._sent_records,
                "waiting": len(self._pending) + self._in_flight,
                "dropped": self._dropped,
            }


def _flush_at_exit() -> None:
    # Before the package's own exit hook stops its threads from entering Python, and before logging.shutdown().
    for handler in list(_handlers):
        handler.flush()


atexit.register(_flush_at_exit)


def _after_fork_in_child() -> None:
    for handler in list(_handlers):
        handler._reset()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)
