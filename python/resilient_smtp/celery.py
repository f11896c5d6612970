"""``resilient_smtp.celery``: a Celery task that delivers one message, and :func:`enqueue` to queue one.

Importing this module registers the task ``resilient_smtp.send`` (``shared_task``: on every app). Its settings are the
app's ``conf.resilient_smtp``, a dict of :class:`~resilient_smtp.Sender` options (``host``, ``port``, ``username``,
``retry``, ...) plus the queue schedule the outbox uses: ``first_retry`` (300 s), ``max_retry_delay`` (4000 s) and
``lifetime`` (5 days). Credentials stay in the worker's settings; the broker carries only the message and its
envelope.

The task is ``acks_late`` (a worker that dies mid-task leaves the message to another: sent again, with the same
Message-ID, so a receiver can tell the duplicate). A transient failure is retried by Celery, after the error's
``retry_after`` on that schedule (``first_retry`` doubling up to ``max_retry_delay``, jittered, never before
``retry_after``), until ``lifetime`` has passed since :func:`enqueue`; a permanent one fails the task at once; one that
may have been delivered (``maybe_delivered``, the reply after "." was lost) is never retried.

With the Redis or SQS broker, keep ``broker_transport_options={"visibility_timeout": ...}`` above
``max_retry_delay``, or the broker hands a retry that is still waiting to another worker.
"""

from __future__ import annotations

import base64
import random
import time
from collections.abc import Mapping, Sequence
from typing import Any

from celery import shared_task

from ._client import local_hostname, message_id_domain
from ._options import number
from ._shared import SharedSenders
from .errors import DeliveryError
from .message import MessageLike, prepare
from .sender import Sender

__all__ = ["enqueue", "send_message"]

#: The queue schedule (seconds), as the outbox's and Postfix's: minimal_backoff_time, maximal_backoff_time,
#: maximal_queue_lifetime.
SCHEDULE_DEFAULTS = {"first_retry": 300.0, "max_retry_delay": 4000.0, "lifetime": 5 * 86400.0}


def enqueue(
    message: MessageLike,
    *,
    sender: str | None = None,
    recipients: str | Sequence[str] | None = None,
    **apply_async_options: Any,
) -> Any:
    """Queues ``message`` for the ``resilient_smtp.send`` task and returns its ``AsyncResult``.

    The message is serialized here (Bcc removed, a Message-ID added when missing, kept across every retry) with its
    envelope (``sender``/``recipients``, or taken from the headers as ``send()`` does), as JSON-safe data. Other
    keyword arguments go to ``apply_async`` (``queue``, ``countdown``, ``priority``...).
    """
    p = prepare(message, sender, recipients, message_id_domain(local_hostname()))
    if not p.recipients:
        raise ValueError("no recipients: pass recipients= or give the message To/Cc/Bcc headers")
    payload = {
        "data": base64.b64encode(p.data).decode("ascii"),
        "sender": p.sender,
        "recipients": p.recipients,
        "message_id": p.message_id,
        "queued_at": time.time(),
    }
    return send_message.apply_async((payload,), **apply_async_options)


def settings_of(app: Any) -> tuple[dict[str, Any], dict[str, float]]:
    """The app's ``conf.resilient_smtp``, split into :class:`Sender` options and the queue schedule."""
    conf = app.conf.get("resilient_smtp") or {}
    if not isinstance(conf, Mapping):
        raise TypeError(f"conf.resilient_smtp must be a dict of Sender options, not {type(conf).__name__}")
    options = dict(conf)
    schedule = {name: number(name, options.pop(name, default)) for name, default in SCHEDULE_DEFAULTS.items()}
    for name, value in schedule.items():
        if not value > 0:
            raise ValueError(f"conf.resilient_smtp[{name!r}] must be a positive number of seconds, not {value!r}")
    return options, schedule


# The worker process's Sender for each app (made on first use, so a forked pool child makes its own).
_senders: SharedSenders[Sender] = SharedSenders()


def _sender_for(app: Any, options: dict[str, Any]) -> Sender:
    # "localhost" when no host is given, as Django's EMAIL_HOST and the Outbox; None delivers to the MX hosts.
    return _senders.get(id(app), lambda: Sender(options.pop("host", "localhost"), options.pop("port", None), **options))


def countdown(retry_after: float | None, retries: int, schedule: Mapping[str, float]) -> float:
    """Seconds before the next try: the schedule's delay for this retry (``first_retry`` doubled per retry, jittered
    over its upper half), never before the error's ``retry_after``, never above ``max_retry_delay``."""
    backoff = min(schedule["max_retry_delay"], schedule["first_retry"] * 2.0**retries)
    delay = max(random.uniform(backoff / 2, backoff), retry_after or 0.0)
    return min(delay, schedule["max_retry_delay"])


def _retry(task: Any, payload: Mapping[str, Any], schedule: Mapping[str, float], error: DeliveryError | None) -> None:
    """Has Celery run ``payload`` again after the schedule's countdown (raises its ``Retry``), unless that would be
    past the message's ``lifetime`` (then returns)."""
    delay = countdown(error.retry_after if error else None, task.request.retries, schedule)
    if time.time() + delay - float(payload["queued_at"]) <= schedule["lifetime"]:
        raise task.retry(args=(payload,), exc=error, countdown=delay)


# (type: ignore: Celery ships no type information.)
@shared_task(bind=True, name="resilient_smtp.send", acks_late=True, max_retries=None)  # type: ignore[untyped-decorator]
def send_message(self: Any, payload: Mapping[str, Any]) -> dict[str, Any]:
    """Delivers one message queued by :func:`enqueue`; returns its :class:`SendResult` as a dict. Recipients refused
    with a 4xx while others were accepted are retried on their own (the same bytes, the same Message-ID)."""
    options, schedule = settings_of(self.app)
    sender = _sender_for(self.app, options)
    try:
        result = sender.send(
            base64.b64decode(payload["data"]), sender=payload["sender"], recipients=list(payload["recipients"])
        )
    except DeliveryError as e:
        if e.transient and not e.maybe_delivered:
            _retry(self, payload, schedule, e)
        raise
    deferred = [rcpt for rcpt, (code, _) in result.refused.items() if 400 <= code < 500]
    if deferred:
        _retry(self, {**payload, "recipients": deferred}, schedule, None)
    return result.to_dict()
