"""Turns ``send()``'s keyword arguments into a configured native client (checked once, before any byte is sent)."""

from __future__ import annotations

import functools
import os
import socket
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple, Union

from . import _core
from .types import RetryPolicy, Timeouts

HostArg = Union[None, str, Sequence[str]]
TimeoutsArg = Union[None, Timeouts, Mapping[str, float]]

_TLS_MODES = ("starttls", "opportunistic", "implicit", "off")


@functools.lru_cache(maxsize=1)
def local_hostname() -> str:
    """The EHLO name smtplib would use: the FQDN, or an address literal when there is none."""
    fqdn = socket.getfqdn()
    if "." in fqdn and fqdn.isascii() and all(c.isalnum() or c in ".-" for c in fqdn):
        return fqdn
    return "[127.0.0.1]"


def _relays(host: HostArg) -> Optional[List[str]]:
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


def _first_port(relays: Optional[List[str]]) -> Optional[int]:
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


def default_tls(port: Optional[int]) -> str:
    """TLS by port: 465 implicit (RFC 8314), 587 STARTTLS required, anything else opportunistic."""
    return {465: "implicit", 587: "starttls"}.get(port or 25, "opportunistic")


def default_port(tls: str) -> int:
    return 465 if tls == "implicit" else 25


def _timeouts(timeout: Optional[float], timeouts: TimeoutsArg) -> Dict[str, float]:
    if timeout is not None and (isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not timeout > 0):
        raise ValueError(f"timeout must be a positive number of seconds, not {timeout!r}")
    return timeouts_of(timeouts).resolved(cap=timeout)


def string_list(name: str, value: Sequence[str]) -> List[str]:
    """``mail_options``/``rcpt_options``: a sequence of strings (a bare string is refused, not split into letters)."""
    if isinstance(value, (str, bytes)):
        raise TypeError(f"{name} must be a sequence of strings, not a string")
    out = list(value)
    for v in out:
        if not isinstance(v, str):
            raise TypeError(f"{name} items must be strings, not {type(v).__name__}")
    return out


def _str_or_none(name: str, value: Any) -> Optional[str]:
    if value is None or isinstance(value, str):
        return value
    raise TypeError(f"{name} must be a string, not {type(value).__name__}")


def make_client(
    host: HostArg,
    port: Optional[int] = None,
    *,
    tls: Optional[str] = None,
    username: Optional[str] = None,
    password: Optional[str] = None,
    oauth2_token: Optional[str] = None,
    timeout: Optional[float] = None,
    timeouts: TimeoutsArg = None,
    helo_name: Optional[str] = None,
    ca_file: Union[None, str, "os.PathLike[str]"] = None,
    tls_verify: bool = True,
    allow_insecure_auth: bool = False,
    source_address: Union[None, str, Tuple[str, int]] = None,
    retry: Union[None, int, RetryPolicy] = None,
    deadline: Optional[float] = None,
    retry_uncertain: bool = False,
    resolver: Union[None, str, Sequence[str]] = None,
    pool: bool = False,
    pool_idle_timeout: float = 10.0,
) -> Tuple[Any, str]:
    """Returns the native client and the domain to use in generated Message-IDs."""
    relays = _relays(host)
    if port is not None and (isinstance(port, bool) or not isinstance(port, int) or not 0 < port < 65536):
        raise ValueError(f"port must be an int from 1 to 65535, not {port!r}")
    if tls is not None and tls not in _TLS_MODES:
        raise ValueError(f"tls must be one of {', '.join(map(repr, _TLS_MODES))} or None, not {tls!r}")
    if tls is None:
        tls = default_tls(port or _first_port(relays))
    if port is None:
        port = default_port(tls)  # for relays given without one
    if not isinstance(tls_verify, bool) or not isinstance(allow_insecure_auth, bool):
        raise TypeError("tls_verify and allow_insecure_auth must be True or False")
    for name, value in (("username", username), ("password", password), ("oauth2_token", oauth2_token)):
        _str_or_none(name, value)
    helo = _str_or_none("helo_name", helo_name) or local_hostname()
    if isinstance(source_address, tuple):  # smtplib's (host, port) form; the port is the kernel's choice here
        source_address = source_address[0] or None
    policy = RetryPolicy.of(retry)
    if deadline is not None and (isinstance(deadline, bool) or not isinstance(deadline, (int, float)) or not deadline > 0):
        raise ValueError(f"deadline must be a positive number of seconds, not {deadline!r}")
    if isinstance(resolver, str):
        resolver = [resolver]
    client = _core.Client(
        relays,
        port,
        tls=tls,
        helo_name=helo,
        username=username,
        password=password,
        oauth2_token=oauth2_token,
        timeouts=list(_timeouts(timeout, timeouts).items()),
        ca_file=os.fspath(ca_file) if ca_file is not None else None,
        tls_verify=tls_verify,
        allow_insecure_auth=allow_insecure_auth,
        source_address=source_address,
        max_attempts=policy.max_attempts,
        initial_delay=float(policy.initial_delay),
        multiplier=float(policy.multiplier),
        max_delay=float(policy.max_delay),
        jitter=policy.jitter,
        deadline=float(deadline) if deadline is not None else None,
        retry_uncertain=bool(retry_uncertain),
        resolver=list(resolver) if resolver is not None else None,
        pool=pool,
        pool_idle_timeout=float(pool_idle_timeout),
    )
    id_domain = helo.strip("[]") if not helo.startswith("[") else "localhost"
    return client, id_domain
