"""Type stubs for the native module (crates/resilient-smtp-python). Private: the public API is ``resilient_smtp``.
Results come back as ``resilient_smtp.types`` objects built natively (``SendResult``, its ``Attempt``/``Transaction``);
errors are raised as ``resilient_smtp.errors`` classes, chosen by ``errors._from_core`` from the dict the core
describes them with."""

from collections.abc import Awaitable, Callable, Iterable, Sequence
from typing import Any, final

from .types import SendResult

__all__ = ["DEFAULT_TIMEOUTS", "ERROR_KINDS", "PHASES", "Client", "__version__", "check_retry", "check_timeout"]

__version__: str
PHASES: list[str]
ERROR_KINDS: list[str]
DEFAULT_TIMEOUTS: dict[str, float]

def check_retry(max_attempts: int, initial_delay: float, multiplier: float, max_delay: float, jitter: str) -> None:
    """The retry policy's rules (``ValueError``), as ``Client`` applies them."""

def check_timeout(phase: str, seconds: float) -> None:
    """A phase's limit's rules (``ValueError``), as ``Client`` applies them."""

@final
class Client:
    """A delivery configuration, checked once: route, TLS, credentials, timeouts, retry policy, optional pool."""

    def __new__(cls, **options: Any) -> Client:
        """Options are the fields of the core's ``ClientConfig`` (src/config.rs), by name; ``_client.client_options``
        builds them. Unknown names are a ``TypeError``, values breaking a rule a ``ValueError``."""
    def send(
        self,
        data: bytes,
        sender: str,
        recipients: Sequence[str],
        mail_options: Sequence[str] = ...,
        rcpt_options: Sequence[str] = ...,
        message_id: str | None = None,
    ) -> SendResult: ...
    def send_async(
        self,
        data: bytes,
        sender: str,
        recipients: Sequence[str],
        mail_options: Sequence[str] = ...,
        rcpt_options: Sequence[str] = ...,
        message_id: str | None = None,
    ) -> Awaitable[SendResult]: ...
    def stream(
        self,
        items: Any,
        prepare: Any,
        concurrency: int,
        window: int,
        mail_options: Sequence[str] = ...,
        rcpt_options: Sequence[str] = ...,
        native: tuple[MessagePreparer, str] | None = None,
    ) -> Stream: ...
    def pool_stats(self) -> tuple[int, int]: ...
    def close(self) -> None: ...
    def close_async(self) -> Awaitable[None]: ...

# The smtplib facade's held connection (resilient_smtp.SMTP); replies are (code, text) as smtplib returns them.
__all__ += ["Connection"]

@final
class Connection:
    """A connection to one host, driven command by command; sends retry and reconnect (replaying STARTTLS/AUTH)."""

    def __new__(cls, client: Client) -> Connection: ...
    def open(self) -> tuple[int, bytes]: ...
    def is_open(self) -> bool: ...
    def hello(self, esmtp: bool, name: str) -> tuple[int, bytes]: ...
    def starttls(
        self,
        verify: bool | None = None,
        ca_certs: Sequence[bytes] | None = None,
        check_hostname: bool | None = None,
        client_cert: str | None = None,
        client_key: str | None = None,
    ) -> tuple[int, bytes]: ...
    def login(self, username: str, password: str, mechanism: str | None = None) -> tuple[int, bytes]: ...
    def command(self, phase: str, line: str, shown: str | None = None) -> tuple[int, bytes]: ...
    def write(self, phase: str, data: bytes, shown: str) -> None: ...
    def read_reply(self, phase: str) -> tuple[int, bytes]: ...
    def send(
        self,
        data: bytes,
        sender: str,
        recipients: Sequence[str],
        mail_options: Sequence[str] = ...,
        rcpt_options: Sequence[str] = ...,
        message_id: str | None = None,
    ) -> SendResult: ...
    def quit(self) -> tuple[int, bytes] | None: ...
    def close(self) -> None: ...
    def info(self) -> dict[str, Any] | None: ...

# The connectivity probe (src/probe/, options checked by ProbeConfig in src/config.rs, binding src/python/probe.rs); resilient_smtp.probe() wraps the dict it returns.
__all__ += ["probe"]

def probe(
    target: str,
    port: int,
    *,
    mx: bool,
    tls: str,
    helo_name: str,
    username: str | None = None,
    password: str | None = None,
    timeouts: Sequence[tuple[str, float]] | None = None,
    ca_file: str | None = None,
    resolver: Sequence[str] | None = None,
    mail_from: str | None = None,
    rcpt_to: Sequence[str] = ...,
) -> dict[str, Any]:
    """Probes a domain's MX hosts (``mx=True``) or one host step by step; the report as dicts. Never raises for
    what happens on the network (that is in the report); ``ValueError`` for bad input, before any connection."""

# What a SendResult built by the core reads on first use (resilient_smtp.types.SendResult.__getattr__).
__all__ += ["DeliveryDetail"]

@final
class DeliveryDetail:
    """A delivery's timings, attempts and transactions, kept natively until a ``SendResult`` first needs them."""

    def fields(self) -> dict[str, Any]: ...

# Bulk sending and asyncio completions (resilient_smtp.sender, resilient_smtp._aio).
__all__ += ["Completions", "Stream", "_shutdown"]

@final
class Stream:
    """Outcomes of ``Client.stream`` in input order: each ``SendResult``, or the exception that message failed with."""

    def __iter__(self) -> Stream: ...
    def __next__(self) -> Any: ...
    def stop(self) -> None: ...
    def close(self) -> None: ...

@final
class Completions:
    """One event loop's queue of finished native operations, woken through a socket the loop watches."""

    def __new__(cls, wake_fd: int) -> Completions: ...
    def take(self) -> list[tuple[int, bool, Any]]: ...
    def cancel(self, id: int) -> bool: ...
    def running(self) -> int: ...

def _shutdown() -> None: ...

__all__ += [
    "MessagePreparer",
    "_panic_for_test",
    "check_header",
    "check_headers",
    "header_lines",
    "registry_header",
    "token_text",
]

def _panic_for_test(place: str) -> None: ...
def check_header(name: str, value: str) -> None:
    """Raises ``ValueError`` for a header that would inject another (a line break not followed by a space or tab,
    NUL, or an invalid name)."""

def check_headers(headers: Iterable[tuple[str, object]]) -> None:
    """:func:`check_header` for each ``(name, value)`` (a value that is not a ``str`` checked as its ``str()``)."""

def token_text(tree: object) -> str:
    """``str(tree)`` of a header's parse tree, walked natively."""

def registry_header(value: object) -> bool:
    """The header object's class folds and parses as the registry's own classes (its ``fold``, ``parse``, ``init`` and
    ``__str__`` are ``email.headerregistry``'s or ``str``'s)."""

def header_lines(
    headers: Iterable[tuple[str, object]], skip: list[str], max_line_length: int, text_is_tree: tuple[type, ...]
) -> bytes | None:
    """A part's header lines when every one is a header object written on one line (``_serialize._header``'s first
    route), those named in ``skip`` (lowercase) left out; None otherwise."""

@final
class MessagePreparer:
    """``message.from_message(msg, None, None, id_domain)`` natively for a single-part message of a plain class under
    a policy ``_serialize`` reproduces: the one place that decides which messages take the native route."""

    def __new__(
        cls,
        native_policy: Callable[[Any], tuple[Any, int, tuple[type, ...]]],
        date_now: Callable[[], str],
        plain_classes: tuple[type, ...],
    ) -> MessagePreparer: ...
    def prepare(self, msg: object, id_domain: str) -> tuple[bytes, str, list[str], str] | None:
        """``(data, sender, recipients, message_id)``, a new Message-ID and a Date added when missing; None where
        the Python route must decide."""

# The outbox (resilient_smtp.outbox).
__all__ += ["Outbox"]

@final
class Outbox:
    """The outbox's storage and worker; see resilient_smtp.outbox."""

    def __new__(
        cls,
        target: str,
        client: Client,
        *,
        first_retry: float,
        max_retry_delay: float,
        lifetime: float,
    ) -> Outbox: ...
    def put(
        self,
        items: Iterable[Any],
        prepare: Callable[[Any, Any, Any], tuple[bytes, str, list[str], str | None]],
        native: tuple[MessagePreparer, str],
    ) -> list[str]: ...
    def work(
        self,
        concurrency: int,
        until_idle: bool,
        dispatch: Callable[[list[tuple[str, str, str]]], Any] | None = None,
    ) -> tuple[int, int, int, int]: ...
    def stop(self) -> None: ...
    def status(self, id: str) -> dict[str, Any] | None: ...
    def stats(self) -> dict[str, int]: ...
    def list(self, state: str | None = None, limit: int = 100) -> list[dict[str, Any]]: ...
    def retry(self, id: str, uncertain: bool) -> str: ...
    def purge(self, state: str, older_than: float) -> int: ...
    @property
    def lease(self) -> float: ...
