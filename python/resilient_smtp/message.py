"""From what the caller passes to what goes on the wire: the envelope (as ``smtplib.SMTP.send_message`` derives
it) and the message bytes."""

from __future__ import annotations

import datetime
import email.message
import email.utils
import re
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Union

if TYPE_CHECKING:
    from email.policy import Policy

# email.policy, email.parser and the fast serializer are imported where a message needs them, not with the package.

MessageLike = Union[email.message.Message, bytes, bytearray, memoryview, str]


class Prepared:
    """What goes to the core for one message."""

    __slots__ = ("data", "message_id", "recipients", "sender")

    def __init__(self, data: bytes, sender: str, recipients: list[str], message_id: str | None) -> None:
        self.data = data
        self.sender = sender
        self.recipients = recipients
        self.message_id = message_id

    def __repr__(self) -> str:
        return f"Prepared({len(self.data)} bytes, {self.sender!r}, {self.recipients!r}, {self.message_id!r})"


def _addresses(values: Sequence[str]) -> list[str]:
    """The addresses smtplib.send_message takes from these header values (``getaddresses`` of their text)."""
    parsed = _parsed_addresses(values)
    if parsed is not None:
        return parsed
    return [addr for _, addr in email.utils.getaddresses([str(v) for v in values]) if addr]


_QUOTE_NEEDED = frozenset('()<>@,:;\\"[] \t')


def _parsed_addresses(values: Sequence[object]) -> list[str] | None:
    """The same list read from header objects the registry already parsed, when each is a clean ASCII address (what
    ``getaddresses`` would give back for it); None otherwise."""
    out = []
    for v in values:
        addresses = getattr(v, "addresses", None)
        if addresses is None or v.defects:  # type: ignore[attr-defined]
            return None
        for a in addresses:
            local, domain = a.username, a.domain
            if (
                not local
                or not domain
                or not local.isascii()
                or not domain.isascii()
                or not _QUOTE_NEEDED.isdisjoint(local)
            ):
                return None
            out.append(f"{local}@{domain}")
    return out


def _recipient_list(recipients: str | Sequence[str]) -> list[str]:
    if isinstance(recipients, str):
        return [recipients]
    out = list(recipients)
    for r in out:
        if not isinstance(r, str):
            raise TypeError(f"recipients must be strings, not {type(r).__name__}")
    return out


class _Headers:
    """``msg.get_all`` for the several names the envelope reads, in one pass over the headers (each ``get_all``
    walks them all, lowercasing every name); a message class of its own is asked through its methods."""

    __slots__ = ("by_name", "msg")

    def __init__(self, msg: email.message.Message) -> None:
        self.msg = msg
        self.by_name: dict[str, list[tuple[str, Any]]] | None = None
        if type(msg) in _PLAIN_MESSAGES:
            self.by_name = {}
            for name, value in msg._headers:  # type: ignore[attr-defined]
                self.by_name.setdefault(name.lower(), []).append((name, value))

    def get_all(self, name: str) -> list[Any]:
        if self.by_name is None:
            return self.msg.get_all(name, [])
        fetch = self.msg.policy.header_fetch_parse  # what Message.get_all returns for each
        return [fetch(k, v) for k, v in self.by_name.get(name.lower(), ())]

    def __contains__(self, name: str) -> bool:
        if self.by_name is None:
            return name in self.msg
        return name.lower() in self.by_name


_PLAIN_MESSAGES = (email.message.Message, email.message.EmailMessage, email.message.MIMEPart)


def _resent_block(headers: _Headers) -> str | None:
    """smtplib's rule: the Resent-* headers of the last block rule the envelope; several blocks are ambiguous."""
    resent = headers.get_all("Resent-Date")
    if not resent:
        return None
    if len(resent) == 1:
        return "Resent-"
    raise ValueError("message has more than one 'Resent-' header block")


def from_message(
    msg: email.message.Message,
    sender: str | None,
    recipients: str | Sequence[str] | None,
    id_domain: str,
    add_headers: bool = True,
) -> Prepared:
    """The envelope and bytes of ``msg`` as ``smtplib.send_message`` derives them; ``add_headers`` adds a missing
    Message-ID and Date (the smtplib facade passes False: smtplib sends the message as it is)."""
    if add_headers and type(msg) in _PLAIN_MESSAGES:
        prepared = _native(msg, sender, recipients, id_domain)
        if prepared is not None:
            return prepared
    headers = _Headers(msg)
    prefix = _resent_block(headers) or ""
    if sender is None:
        field = f"{prefix}Sender" if f"{prefix}Sender" in headers else f"{prefix}From"
        found = _addresses(headers.get_all(field))
        if not found:
            raise ValueError(f"no sender: the message has no {prefix}From header and sender= was not given")
        sender = found[0]
    if recipients is None:
        fields = (f"{prefix}To", f"{prefix}Bcc", f"{prefix}Cc")
        rcpts = _addresses([v for f in fields for v in headers.get_all(f)])
    else:
        rcpts = _recipient_list(recipients)
    from . import _serialize

    international = not (sender.isascii() and all(map(str.isascii, rcpts)))
    policy = msg.policy
    if international and not hasattr(policy, "utf8"):
        from email.policy import SMTPUTF8

        # compat32 (email.message.Message's default) has no utf8 switch, where smtplib would fail: use SMTPUTF8.
        policy = SMTPUTF8
    policy = _serialize.wire_policy(policy, international)
    check_headers(msg)
    ids = headers.get_all("Message-ID")
    message_id = ids[0] if ids else None
    new_id = new_date = None
    if message_id is None and add_headers:
        # One Message-ID for every resend, so a receiver can tell a duplicate (RFC 5322 §3.6.4).
        message_id = new_id = email.utils.make_msgid(domain=id_domain)
    if add_headers and not headers.get_all("Date"):
        # RFC 5322 §3.6 requires it, and some filters refuse mail without it.
        new_date = _date_now()
    data = _serialize.flatten(msg, policy, new_id, new_date)
    if data is None:
        data = generate(msg, policy, new_id, new_date)
    return Prepared(data, sender, rcpts, str(message_id) if message_id is not None else None)


# One immutable (second, stamp) pair in one reference, read once: another thread may replace it at any moment (under
# free-threaded CPython, between two reads of a mutable pair), but never leaves a stamp paired with another second.
_date_cache: tuple[int, str] = (-1, "")


def _date_now() -> str:
    """``format_datetime(localtime())``, formatted once per second (it costs more than serializing a short message);
    the second is ``time.time()``'s, which ``localtime()`` reads, converted as it converts it."""
    global _date_cache
    now = int(time.time())
    second, stamp = _date_cache
    if second != now:
        stamp = email.utils.format_datetime(datetime.datetime.fromtimestamp(now, datetime.timezone.utc).astimezone())
        _date_cache = (now, stamp)
    return stamp


# Per policy object (policies are immutable): the max_line_length the native route writes under (0 where _serialize
# does not reproduce the generator under it) and the header classes whose value is their parse tree's text.
_native_policies: dict[int, tuple[Any, int, tuple[type, ...]]] = {}


def _native_policy(policy: Any) -> tuple[Any, int, tuple[type, ...]]:
    found = _native_policies.get(id(policy))
    if found is not None and found[0] is policy:
        return found
    from . import _serialize

    wire = _serialize.wire_policy(policy, False)
    limit = wire.max_line_length if _serialize._plain_policy(wire) else 0
    found = (policy, limit, _serialize._TEXT_IS_TREE)
    if len(_native_policies) < 64:  # as wire_policy's cache: a policy minted per message must not grow it
        _native_policies[id(policy)] = found
    return found


_preparer: Any = None


def preparer() -> Any:
    """The native route's ``_core.MessagePreparer`` (which decides which messages it takes: ``_native`` and the bulk
    stream both ask it), made at first use."""
    global _preparer
    if _preparer is None:
        from . import _core

        _preparer = _core.MessagePreparer(_native_policy, _date_now, _PLAIN_MESSAGES)
    return _preparer


def _native(
    msg: email.message.Message, sender: str | None, recipients: str | Sequence[str] | None, id_domain: str
) -> Prepared | None:
    """``from_message`` in one native call (``_core.MessagePreparer``) for a single-part message of a plain class
    whose every header is written on one line (a header object, or a parsed message's raw string), under a policy
    ``_serialize`` reproduces; None for the rest, and
    for an envelope given with a non-ASCII address (the wire policy changes then). The bytes are the fast
    serializer's, held to the generator's by tests/test_serialize.py."""
    if sender is not None and not sender.isascii():
        return None
    if recipients is not None:
        try:
            recipients = _recipient_list(recipients)
        except TypeError:
            return None  # raised by the Python route, after what it checks first
        if not all(map(str.isascii, recipients)):
            return None
    got = (_preparer or preparer()).prepare(msg, id_domain)
    if got is None:
        return None
    data, found_sender, found_recipients, message_id = got
    return Prepared(
        data,
        found_sender if sender is None else sender,
        found_recipients if recipients is None else recipients,
        message_id,
    )


def generate(msg: email.message.Message, policy: Policy, new_id: str | None, new_date: str | None = None) -> bytes:
    """The general path, ``smtplib.send_message``'s: a copy without Bcc (and with ``new_id`` as its Message-ID and
    ``new_date`` as its Date when given) through ``BytesGenerator``."""
    import copy
    import email.errors
    import email.generator
    import io

    from . import _serialize

    out = copy.copy(msg)
    for name in _serialize.HIDDEN:
        del out[name]
    if new_id is not None:
        out["Message-ID"] = new_id
    if new_date is not None:
        out["Date"] = new_date
    buf = io.BytesIO()
    try:
        email.generator.BytesGenerator(buf, policy=policy).flatten(out)
    except email.errors.MessageError as e:  # e.g. HeaderParseError: compat32 refusing a header it cannot fold
        raise ValueError(f"the message cannot be serialized: {e}") from e
    return buf.getvalue()


def check_headers(msg: email.message.Message) -> None:
    """Header injection: every header of every part, as set (before any folding), through the core's one rule
    (``_core.check_headers``: a CR or LF must fold the value, never start a new header; no NUL), one call per part.
    Called before either serializer (``_serialize.flatten`` or the generator); the bytes then go through the core's
    header-block check."""
    from . import _core

    for part in msg.walk():
        # A message class of its own is read through raw_items(); the plain ones' list is what raw_items() copies.
        _core.check_headers(part._headers if type(part) in _PLAIN_MESSAGES else list(part.raw_items()))  # type: ignore[attr-defined]


_MESSAGE_ID = re.compile(rb"^message-id:[ \t]*(\S.*?)[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)


def _header_block(data: bytes) -> bytes:
    for sep in (b"\r\n\r\n", b"\n\n"):
        end = data.find(sep)
        if end >= 0:
            return data[: end + 1]
    return data


def from_bytes(data: bytes, sender: str | None, recipients: str | Sequence[str] | None) -> Prepared:
    if sender is not None and recipients is not None:
        # The envelope is given: only the Message-ID is read (a full header parse costs more than the delivery).
        m = _MESSAGE_ID.search(_header_block(data))
        if m is not None or b"message-id:" not in data[:65536].lower():
            mid = m.group(1).decode("utf-8", "replace") if m else None
            return Prepared(data, sender, _recipient_list(recipients), mid)
    import email.parser
    import email.policy

    headers = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(data)
    if sender is None:
        found = _addresses(headers.get_all("Sender", []) or headers.get_all("From", []))
        if not found:
            raise ValueError("no sender: pass sender= or give the message a From header")
        sender = found[0]
    if recipients is None:
        if headers.get_all("Bcc"):
            raise ValueError(
                "the raw message has a Bcc header, which would reach every recipient: pass recipients= explicitly "
                "or send an email.message.EmailMessage (its Bcc is removed before sending)"
            )
        rcpts = _addresses([v for f in ("To", "Cc") for v in headers.get_all(f, [])])
    else:
        rcpts = _recipient_list(recipients)
    mid = headers.get("Message-ID")
    return Prepared(data, sender, rcpts, str(mid).strip() if mid else None)


def prepare(
    message: MessageLike,
    sender: str | None,
    recipients: str | Sequence[str] | None,
    id_domain: str,
) -> Prepared:
    if sender is not None and not isinstance(sender, str):
        raise TypeError(f"sender must be a string, not {type(sender).__name__}")
    if isinstance(message, email.message.Message):
        return from_message(message, sender, recipients, id_domain)
    if isinstance(message, str):
        return from_bytes(message.encode("utf-8"), sender, recipients)
    if isinstance(message, (bytes, bytearray, memoryview)):
        return from_bytes(bytes(message), sender, recipients)
    raise TypeError(f"message must be an email.message.Message, bytes or str, not {type(message).__name__}")
