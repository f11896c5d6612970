"""Turns ``send()``'s keyword arguments into a configured native client (checked once, before any byte is sent)."""

from __future__ import annotations

import atexit
import collections
import functools
import hashlib
import logging
import os
import socket
import sys
import threading
from collections.abc import Mapping, Sequence
from typing import Any, Union

from . import _core
from ._options import (
    SenderOptions,
    SendOptions,
    check_keys,
    flag,
    in_range,
    integer,
    number,
    optional_number,
    string_list,
    text,
)
from .types import RetryPolicy, Timeouts

HostArg = Union[None, str, Sequence[str]]
TimeoutsArg = Union[None, Timeouts, Mapping[str, float]]

# A library's logger: records go where the application sends them, and nowhere (not to stderr through logging's
# last-resort handler) when it configured nothing. Set here, before the first native operation can log (the package
# itself does not import logging: import time).
logging.getLogger("resilient_smtp").addHandler(logging.NullHandler())


@functools.lru_cache(maxsize=1)
def local_hostname() -> str:
    """The EHLO name smtplib would use: the FQDN, or, when it has no dot, this host's address as a literal."""
    fqdn = socket.getfqdn()
    if "." in fqdn and fqdn.isascii() and all(c.isalnum() or c in ".-" for c in fqdn):
        return fqdn
    try:
        return f"[{socket.gethostbyname(socket.gethostname())}]"
    except OSError:
        return "[127.0.0.1]"


def message_id_domain(helo: str) -> str:
    """The domain of the Message-IDs generated for a client whose EHLO name is ``helo`` (not an address literal)."""
    return "localhost" if helo.startswith("[") else helo


def _relays(host: HostArg) -> list[str] | None:
    if host is None:
        return None
    if isinstance(host, str):
        return [host]
    if isinstance(host, (list, tuple)):
        for h in host:
            if not isinstance(h, str):
                raise TypeError(f"host list items must be strings, not {type(h).__name__}")
        return list(host)
    raise TypeError(f"host must be a string, a list of strings or None, not {type(host).__name__}")


def _first_port(relays: list[str] | None) -> int | None:
    if not relays:
        return None
    h = relays[0].strip()
    if h.startswith("["):
        tail = h.partition("]")[2]
        return int(tail[1:]) if tail.startswith(":") and tail[1:].isdigit() else None
    head, sep, tail = h.rpartition(":")
    if sep and head and ":" not in head and tail.isdigit():
        return int(tail)
    return None


def _port_of_host(relays: list[str] | None, port: int | None) -> int | None:
    """``port=`` and a port in ``"host:port"`` must agree: a different one is a mistake, not a choice."""
    named = _first_port(relays) if relays and len(relays) == 1 else None
    if named is not None and port is not None and named != port:
        raise ValueError(f"host {relays[0]!r} names port {named}, and port={port} another")  # type: ignore[index]
    return port


def timeouts_of(timeouts: TimeoutsArg) -> Timeouts:
    """``timeouts=`` as the API takes it: None, a :class:`Timeouts`, or a ``{phase: seconds}`` dict."""
    if timeouts is None:
        return Timeouts()
    if isinstance(timeouts, Timeouts):
        return timeouts
    if isinstance(timeouts, Mapping):
        unknown = set(timeouts) - set(Timeouts.__dataclass_fields__)
        if unknown:
            raise ValueError(f"unknown phase(s) in timeouts: {', '.join(sorted(map(str, unknown)))}")
        return Timeouts(**timeouts)
    raise TypeError(f"timeouts must be a Timeouts or a dict, not {type(timeouts).__name__}")


def default_tls(port: int | None) -> str:
    """TLS by port: 465 implicit (RFC 8314), 587 STARTTLS required, anything else opportunistic."""
    return {465: "implicit", 587: "starttls"}.get(port or 25, "opportunistic")


def default_port(tls: str) -> int:
    return 465 if tls == "implicit" else 25


def _timeouts(timeout: float | None, timeouts: TimeoutsArg) -> list[tuple[str, float]]:
    if timeout is not None and not number("timeout", timeout) > 0:
        raise ValueError(f"timeout must be a positive number of seconds, not {timeout!r}")
    if timeout is None and timeouts is None:
        return _DEFAULT_TIMEOUTS
    return list(timeouts_of(timeouts).resolved(cap=timeout).items())


_DEFAULT_TIMEOUTS = list(Timeouts().resolved().items())


def client_options(
    host: HostArg,
    port: int | None = None,
    *,
    pool: bool = False,
    pool_idle_timeout: float = 10.0,
    allowed: type[Any] = SendOptions,
    **options: Any,
) -> tuple[dict[str, Any], str]:
    """Checks the types of ``send()``'s options (:class:`SendOptions`, or ``allowed``: a ``Sender``'s
    :class:`SenderOptions`); returns the native client's arguments (the core's ``ClientConfig``, whose ``validate()``
    checks the rules) and the domain for generated Message-IDs."""
    check_keys("send", options, allowed)
    o: SenderOptions = options  # type: ignore[assignment]
    if isinstance(host, tuple) and len(host) == 2 and isinstance(host[1], int):
        # smtplib's and socket's (host, port) address form, as the seed article's server_address
        if port is not None and port != host[1]:
            raise ValueError(f"host {host!r} names port {host[1]}, and port={port} another")
        host, port = host[0], host[1]
    relays = _relays(host)
    if port is not None:
        integer("port", port)
    port = _port_of_host(relays, port)
    tls = text("tls", o.get("tls"))
    if tls is None:
        tls = default_tls(port or _first_port(relays))
    if port is None:
        port = default_port(tls)  # for relays given without one
    helo = text("helo_name", o.get("helo_name")) or local_hostname()
    source_address = o.get("source_address")
    if isinstance(source_address, tuple):  # smtplib's (host, port) form; the port is the kernel's choice here
        source_address = source_address[0] or None
    policy = RetryPolicy.of(o.get("retry"))
    resolver = o.get("resolver")
    ca_file = o.get("ca_file")
    args = {
        "relays": relays,
        "port": port,
        "tls": tls,
        "helo_name": helo,
        "username": text("username", o.get("username")),
        "password": text("password", o.get("password")),
        "oauth2_token": text("oauth2_token", o.get("oauth2_token")),
        # As smtplib's sockets: socket.setdefaulttimeout() bounds every blocking call when no timeout is given.
        "timeouts": _timeouts(
            o.get("timeout") if o.get("timeout") is not None else socket.getdefaulttimeout(), o.get("timeouts")
        ),
        "ca_file": os.fspath(ca_file) if ca_file is not None else None,
        "tls_verify": flag("tls_verify", o.get("tls_verify", True)),
        "allow_insecure_auth": flag("allow_insecure_auth", o.get("allow_insecure_auth", False)),
        "source_address": text("source_address", source_address),
        "max_attempts": policy.max_attempts,
        "initial_delay": float(policy.initial_delay),
        "multiplier": float(policy.multiplier),
        "max_delay": float(policy.max_delay),
        "jitter": policy.jitter,
        "deadline": optional_number("deadline", o.get("deadline")),
        "retry_uncertain": bool(o.get("retry_uncertain", False)),
        "resolver": [resolver] if isinstance(resolver, str) else string_list("resolver", resolver or ()),
        "pool": pool,
        "pool_idle_timeout": float(pool_idle_timeout),
        "client_cert": _path(o.get("client_cert")),
        "client_key": _path(o.get("client_key")),
        "ca_certs": [bytes(c) for c in o.get("ca_certs", ())],
        "check_hostname": flag("check_hostname", o.get("check_hostname", True)),
        "max_connections": _optional_int("max_connections", o.get("max_connections")),
        "max_rate": optional_number("max_rate", o.get("max_rate")),
    }
    return args, message_id_domain(helo)


def _optional_int(name: str, value: Any) -> int | None:
    return None if value is None else integer(name, value)


def _path(value: Any) -> str | None:
    return os.fspath(value) if value is not None else None


def make_client(host: HostArg, port: int | None = None, **options: Any) -> tuple[Any, str]:
    """A native client of its own (a :class:`Sender`'s) and the domain to use in generated Message-IDs."""
    args, id_domain = client_options(host, port, **options)
    return _core.Client(**args), id_domain


# ---------------------------------------------------------------------------------------------------------------------
# send()'s connection cache. Calls with the same settings share a native client, so a connection that ended its
# transaction cleanly waits up to ``keep_alive`` seconds for the next call (then gets QUIT): Postfix's on-demand
# connection cache (smtp_connection_cache_time_limit, 2 s). A reused connection follows the pool's rules (RSET first,
# replaced if stale, never reused after an error). The settings' secrets are keyed by a keyed hash, not kept here.

_CACHED_CLIENTS = 8
_cache: collections.OrderedDict[tuple[Any, ...], Any] = collections.OrderedDict()
_cache_lock = threading.Lock()
_cache_salt = os.urandom(16)


def _keyed(name: str, value: Any) -> Any:
    """A value as a cache key holds it: a secret (a string passed as password or token) only as a keyed hash."""
    if name in ("password", "oauth2_token") and isinstance(value, str):
        return hashlib.blake2b(value.encode(), key=_cache_salt, digest_size=16).digest()
    return value


def _cache_key(args: dict[str, Any]) -> tuple[Any, ...]:
    """The client arguments as a hashable key (they are plain values and lists of them)."""
    return tuple(tuple(v) if isinstance(v, list) else _keyed(name, v) for name, v in args.items())


def check_keep_alive(keep_alive: Any) -> float:
    return float(in_range("keep_alive", keep_alive, 0, 3600, "a number of seconds"))


def _call_key(host: HostArg, port: Any, keep_alive: Any, options: dict[str, Any]) -> tuple[Any, ...] | None:
    """The call's own arguments as a key (values with their types, so ``port=True`` never passes as ``port=1``), or
    None when one is unhashable (it then takes the full path)."""
    parts: list[Any] = [
        host.__class__,
        tuple(host) if isinstance(host, list) else host,
        port.__class__,
        port,
        keep_alive.__class__,
        keep_alive,
        socket.getdefaulttimeout(),  # caps the phases when no timeout is given
    ]
    for name, value in options.items():
        parts += (name, value.__class__, _keyed(name, value))
    key = tuple(parts)
    try:
        hash(key)
    except TypeError:
        return None
    return key


# Calls already checked: their key -> (the client arguments' key, the Message-ID domain). No secret is kept here.
_checked: dict[tuple[Any, ...], tuple[tuple[Any, ...], str]] = {}


def shared_client(host: HostArg, port: int | None, keep_alive: float, **options: Any) -> tuple[Any, str]:
    """``send()``'s client: with ``keep_alive`` > 0, the cached one for these settings (made on first use). A call
    repeating earlier arguments skips their checks (they passed) and goes straight to the cached client."""
    call = _call_key(host, port, keep_alive, options)
    checked = _checked.get(call) if call is not None else None
    if checked is not None:
        with _cache_lock:
            client = _cache.get(checked[0])
            if client is not None:
                _cache.move_to_end(checked[0])
                return client, checked[1]
    keep_alive = check_keep_alive(keep_alive)
    if not keep_alive:
        return make_client(host, port, **options)
    args, id_domain = client_options(host, port, pool=True, pool_idle_timeout=keep_alive, **options)
    key = _cache_key(args)
    if call is not None:
        if len(_checked) >= 64:
            _checked.clear()
        _checked[call] = (key, id_domain)
    with _cache_lock:
        client = _cache.get(key)
        if client is not None:
            _cache.move_to_end(key)
            return client, id_domain
    client = _core.Client(**args)
    with _cache_lock:
        client = _cache.setdefault(key, client)
        _cache.move_to_end(key)
        evicted = _cache.popitem(last=False)[1] if len(_cache) > _CACHED_CLIENTS else None
    if evicted is not None:
        evicted.close()
    return client, id_domain


def close_cached() -> None:
    """QUITs the connections ``send()`` keeps (at exit, and for tests)."""
    with _cache_lock:
        clients = list(_cache.values())
        _cache.clear()
    for client in clients:
        client.close()


def _forget_cached() -> None:
    # In a forked child: the parent's connections are not ours to use or close (the native pool leaks them).
    global _cache_lock
    _cache_lock = threading.Lock()
    _cache.clear()
    _checked.clear()


def _stop_native() -> None:
    # Stop Rust threads from entering Python (logging) before the interpreter finalizes; see _core._shutdown. The
    # asyncio side is imported only once something awaited a native operation.
    aio = sys.modules.get(f"{__package__}._aio")
    if aio is not None:
        aio.close_all()
    _core._shutdown()


atexit.register(_stop_native)  # registered first, so it runs after close_cached (atexit runs hooks in reverse)
atexit.register(close_cached)
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_cached)
