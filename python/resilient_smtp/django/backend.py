"""``resilient_smtp.django.EmailBackend``: Django's ``EMAIL_BACKEND`` over a pooled :class:`resilient_smtp.Sender`.

Settings, lowest precedence first: Django's own (``EMAIL_HOST``, ``EMAIL_PORT``, ``EMAIL_HOST_USER``,
``EMAIL_HOST_PASSWORD``, ``EMAIL_USE_TLS``, ``EMAIL_USE_SSL``, ``EMAIL_TIMEOUT``, ``EMAIL_SSL_CERTFILE``,
``EMAIL_SSL_KEYFILE``), then ``RESILIENT_SMTP = {...}`` (any :class:`~resilient_smtp.Sender` option: ``retry``,
``deadline``, ``timeouts``, ``tls``, ``ca_file``, ``idle_timeout``...), then the keyword arguments of
``get_connection()``, which may use either kind of name. An unknown name is an error, as is a wrong value, raised
when the backend is made, before anything is sent.

With ``RESILIENT_SMTP["outbox"]`` (a path for SQLite, or a ``postgresql://`` URL) the backend only queues: a request
never talks SMTP; the message is durable when ``send()`` returns, and the outbox's workers deliver it (``python
manage.py resilient_smtp_work`` with ``"resilient_smtp.django"`` in ``INSTALLED_APPS``, or ``resilient-smtp outbox
work``). The other keys are then :class:`~resilient_smtp.Outbox` options (its schedule: ``first_retry``...).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from django.conf import settings
from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.message import sanitize_address

from .._client import _keyed
from .._shared import SharedSenders
from ..errors import DeliveryError
from ..facade import _addr_only
from ..outbox import Outbox
from ..sender import Sender
from ..types import SendResult

__all__ = ["EmailBackend"]

# get_connection()'s keywords as Django's smtp.EmailBackend takes them, each with the setting it overrides.
DJANGO_SETTINGS = {
    "host": "EMAIL_HOST",
    "port": "EMAIL_PORT",
    "username": "EMAIL_HOST_USER",
    "password": "EMAIL_HOST_PASSWORD",
    "use_tls": "EMAIL_USE_TLS",
    "use_ssl": "EMAIL_USE_SSL",
    "timeout": "EMAIL_TIMEOUT",
    "ssl_certfile": "EMAIL_SSL_CERTFILE",
    "ssl_keyfile": "EMAIL_SSL_KEYFILE",
}

#: The attribute each message's outcome is left in (its SendResult or exception), as anymail leaves ``anymail_status``.
OUTCOME_ATTRIBUTE = "resilient_smtp"


def _tls(use_tls: Any, use_ssl: Any, tls: str | None) -> str | None:
    """The ``tls`` mode from Django's two switches (neither: the package's default by port)."""
    if use_tls and use_ssl:
        # Django's own wording.
        raise ValueError(
            "EMAIL_USE_TLS/EMAIL_USE_SSL are mutually exclusive, so only set one of those settings to True."
        )
    django_tls = "implicit" if use_ssl else "starttls" if use_tls else None
    if tls is not None and django_tls is not None and tls != django_tls:
        raise ValueError(f"tls={tls!r} contradicts {'EMAIL_USE_SSL' if use_ssl else 'EMAIL_USE_TLS'}")
    return tls if tls is not None else django_tls


def sender_options(overrides: Mapping[str, Any]) -> dict[str, Any]:
    """The :class:`Sender` options (``host`` and ``port`` included) for Django's settings, ``RESILIENT_SMTP`` and
    ``overrides`` (get_connection()'s keywords), in that order of precedence."""
    package = {**getattr(settings, "RESILIENT_SMTP", {}), **overrides}
    own = {name: package.pop(name, getattr(settings, setting)) for name, setting in DJANGO_SETTINGS.items()}
    options: dict[str, Any] = {
        "host": own["host"],
        "port": own["port"],
        "tls": _tls(own["use_tls"], own["use_ssl"], package.pop("tls", None)),
        "timeout": own["timeout"],
    }
    if own["username"] and own["password"]:  # Django logs in only when both are set
        options["username"], options["password"] = own["username"], own["password"]
    if own["ssl_certfile"] or own["ssl_keyfile"]:
        options["client_cert"], options["client_key"] = own["ssl_certfile"], own["ssl_keyfile"]
    options.update(package)
    return options


def _frozen(name: str, value: Any) -> Any:
    """An option value as a hashable key part (a secret only as a keyed hash, never kept)."""
    if isinstance(value, Mapping):
        return tuple(sorted((k, _frozen(k, v)) for k, v in value.items()))
    if isinstance(value, (list, tuple)):
        return tuple(_frozen(name, v) for v in value)
    return (type(value), _keyed(name, value))


# One Sender (or Outbox) per configuration in the process: backends made by get_connection() for each send_mail()
# share its connections (reused after a clean transaction, closed after idle_timeout and at exit).
_senders: SharedSenders[Sender] = SharedSenders()
_outboxes: SharedSenders[Outbox] = SharedSenders()


def _key(options: Mapping[str, Any]) -> Any:
    return tuple(sorted((name, _frozen(name, value)) for name, value in options.items()))


def shared_sender(options: Mapping[str, Any]) -> Sender:
    """The process's :class:`Sender` for these options, made (and so checked) on first use."""

    def make() -> Sender:
        opts = dict(options)
        return Sender(opts.pop("host"), opts.pop("port"), **opts)

    return _senders.get(_key(options), make)


def shared_outbox(options: Mapping[str, Any]) -> Outbox:
    """The process's :class:`Outbox` for these options (``outbox`` names its database), made on first use."""

    def make() -> Outbox:
        opts = dict(options)
        return Outbox(opts.pop("outbox"), opts.pop("host"), opts.pop("port"), **opts)

    return _outboxes.get(_key(options), make)


# (type: ignore: Django ships no type information, so its classes are Any to mypy.)
class EmailBackend(BaseEmailBackend):  # type: ignore[misc]
    """Sends Django's messages with resilient_smtp: a timeout per phase, retries only where they help, honest outcomes.

    ``send_messages()`` returns how many messages were sent (or queued, with an outbox); each message's outcome is
    left on it as ``message.resilient_smtp`` (its :class:`~resilient_smtp.SendResult`, the exception, or its outbox
    id). With ``fail_silently``, only delivery failures (the package's errors and ``OSError``) are swallowed; a bad
    address or option always raises.
    """

    def __init__(self, fail_silently: bool = False, **kwargs: Any) -> None:
        super().__init__(fail_silently=fail_silently)
        self.options = sender_options(kwargs)
        if self.options.get("outbox") is None:
            self.options.pop("outbox", None)
        #: With ``RESILIENT_SMTP["outbox"]``: the :class:`Outbox` messages are queued in (and no sender).
        self.outbox: Outbox | None = shared_outbox(self.options) if "outbox" in self.options else None
        self.sender: Sender | None = None
        self.open()  # checks the options now, before any message

    def open(self) -> bool:
        """Makes the backend usable again after :meth:`close`; True when it had to (as Django's backends answer)."""
        if self.outbox is not None:
            return False
        opened = self.sender is None or self.sender.closed
        self._current()
        return opened

    def _current(self) -> Sender:
        # A local reference: another thread may close() this backend meanwhile (the shared Sender stays usable).
        sender = self.sender
        if sender is None or sender.closed:
            sender = self.sender = shared_sender(self.options)
        return sender

    def close(self) -> None:
        """Lets go of the shared pool (its connections stay for the next backend until ``idle_timeout``)."""
        self.sender = None

    def send_messages(self, email_messages: Sequence[Any]) -> int:
        """Sends each message (several at once over the pool); returns how many were sent."""
        if not email_messages:
            return 0
        prepared = [(m, _envelope(m)) for m in email_messages]  # a bad address raises before anything is sent
        todo = [(m, item) for m, item in prepared if item is not None]
        if not todo:
            return 0
        if self.outbox is not None:
            ids = self.outbox.put_many([item for _, item in todo])  # one transaction; durable when it returns
            for (message, _), qid in zip(todo, ids):
                setattr(message, OUTCOME_ATTRIBUTE, qid)
            return len(ids)
        sender = self._current()
        if len(todo) == 1:
            outcomes = [_send_one(sender, todo[0][1])]
        else:
            outcomes = sender.send_many([item for _, item in todo])
        for (message, _), outcome in zip(todo, outcomes):
            setattr(message, OUTCOME_ATTRIBUTE, outcome)
        return self._count(outcomes)

    def _count(self, outcomes: Sequence[SendResult | Exception]) -> int:
        """How many were sent; raises the first failure unless it is a delivery failure and ``fail_silently``."""
        for outcome in outcomes:
            if isinstance(outcome, Exception) and not (
                self.fail_silently and isinstance(outcome, (DeliveryError, OSError))
            ):
                raise outcome
        return sum(isinstance(o, SendResult) for o in outcomes)


def _send_one(sender: Sender, item: tuple[bytes, str, list[str]]) -> SendResult | Exception:
    """One message's outcome, as ``send_many`` gives it for several (no extra thread hand-off for one)."""
    data, envelope_sender, recipients = item
    try:
        return sender.send(data, sender=envelope_sender, recipients=recipients)
    except (DeliveryError, OSError) as e:
        return e


def _envelope(message: Any) -> tuple[bytes, str, list[str]] | None:
    """What Django's smtp backend hands to ``sendmail()``: the message's bytes and its ``sanitize_address``-ed
    envelope (display names RFC 2047-encoded, IDN domains in punycode); None for a message without recipients."""
    if not message.recipients():
        return None
    encoding = message.encoding or settings.DEFAULT_CHARSET
    # Reduced to the address as smtplib's sendmail() does (quoteaddr), which Django's backend relies on.
    sender = _addr_only(sanitize_address(message.from_email, encoding))
    recipients = [_addr_only(sanitize_address(addr, encoding)) for addr in message.recipients()]
    return message.message().as_bytes(linesep="\r\n"), sender, recipients
