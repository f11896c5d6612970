"""``BytesGenerator(policy=msg.policy.clone(linesep="\\r\\n")).flatten(msg)``, as ``smtplib.SMTP.send_message`` calls it,
without its costs where its output is known: no copy of the message (Bcc headers are skipped, the Message-ID line is
written, not set through the header registry), no refolding of short ASCII header objects (80 % of the generator's
time), bodies written with one line-ending substitution. Whatever this module is not sure of (compat32 and custom
policies, message/* parts, long or non-ASCII headers under a policy that verifies them, a multipart without a boundary,
a body the generator would re-encode) makes it answer ``None``, and the caller runs the generator itself.

``tests/test_serialize.py`` holds it to the generator's bytes, byte for byte, over CPython's own email corpus and
generated messages."""

from __future__ import annotations

import copy
import email.generator
import email.message
import email.policy
import re
from email import headerregistry
from typing import Any

from . import _core

#: Headers the envelope takes recipients from but the receivers must not see (smtplib.send_message deletes them).
HIDDEN = frozenset(("bcc", "resent-bcc"))

_PLAIN_CLASSES = (email.message.Message, email.message.EmailMessage, email.message.MIMEPart)
_NEWLINES = re.compile(rb"\r\n|\r|\n")
# make_msgid()'s shape: a dot-atom on both sides, which the registry's msg-id parser gives back unchanged.
_SIMPLE_MSGID = re.compile(r"<[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9.-]+>\Z")
_CRLF = "\r\n"
# The header classes whose value is ``str(parse tree)`` (headerregistry sets ``decoded`` so); address headers' value is
# rebuilt from the parsed addresses instead, and a date's from the datetime (but then its tree is parsed from it).
_TEXT_IS_TREE = (
    headerregistry.UnstructuredHeader,
    headerregistry.DateHeader,
    headerregistry.MIMEVersionHeader,
    headerregistry.ParameterizedMIMEHeader,
    headerregistry.ContentTransferEncodingHeader,
    headerregistry.MessageIDHeader,
)


def _default_factory() -> Any:
    return email.policy.default.header_factory


_policies: dict[tuple[int, bool], tuple[Any, Any]] = {}


def wire_policy(policy: Any, utf8: bool) -> Any:
    """``policy`` with CRLF line ends (and ``utf8`` for international addresses), made once per policy object."""
    key = (id(policy), utf8)
    found = _policies.get(key)
    if found is not None and found[0] is policy:
        return found[1]
    wire = policy.clone(linesep=_CRLF, utf8=True) if utf8 else policy.clone(linesep=_CRLF)
    if len(_policies) < 64:  # policies are few and long-lived; a caller minting one per message must not grow this
        _policies[key] = (policy, wire)
    return wire


def _plain_policy(policy: Any) -> bool:
    """An EmailPolicy whose generator writes only what this module reproduces (no From mangling, 8-bit bodies kept,
    the standard header classes, refolding of long source lines only)."""
    return (
        type(policy) is email.policy.EmailPolicy
        and not policy.mangle_from_
        and policy.cte_type == "8bit"
        and policy.refold_source == "long"
        and policy.max_line_length is not None
        and policy.max_line_length > 0
        and policy.header_factory is _default_factory()
    )


def _body(text: str) -> bytes:
    data = text.encode("ascii", "surrogateescape")
    if b"\r" not in data:
        return data.replace(b"\n", b"\r\n")
    return _NEWLINES.sub(b"\r\n", data)


def _header(policy: Any, name: str, value: Any) -> bytes | None:
    """One header line as ``policy.fold_binary`` writes it, or None."""
    tree = getattr(value, "_parse_tree", None)
    if (
        tree is not None
        and tree
        and tree.token_type not in ("ptext", "mime-parameters")
        and _core.registry_header(value)  # (a class folding or parsing its own way: its fold)
    ):
        # A header object: its fold is the label, a space and the parse tree when that is ASCII and fits one line.
        # Most classes' value is that tree's text already (a str copy, not a walk of the tree); the others' (address
        # headers) is ``str(tree)``, walked natively (a Python call per token costs more than the rest of the message).
        if isinstance(value, _TEXT_IS_TREE) and not value.defects:  # type: ignore[union-attr]
            text = str.__str__(value)
        else:
            text = _core.token_text(tree)
        line = f"{value.name}: {text}"
        if len(line) <= policy.max_line_length and line.isascii() and "\r" not in line and "\n" not in line:
            return (line + _CRLF).encode("ascii")
    folded: bytes = policy.fold_binary(name, value)
    if getattr(policy, "verify_generated_headers", False) and folded.count(b"\n") > 1:
        return None  # the generator checks folded lines (3.13+, security releases): let it
    return folded


def _headers(msg: Any, policy: Any, skip: frozenset[str], extra: str | None) -> list[bytes] | None:
    # Usually every header is an object written on one line: _core.header_lines writes them all in one call (as the
    # first route of _header would, header by header); otherwise they are written here, one by one.
    block = _core.header_lines(msg._headers, list(skip), policy.max_line_length, _TEXT_IS_TREE)
    out = [] if block is None else [block]
    for name, value in () if block is not None else msg._headers:
        if skip and name.lower() in skip:
            continue
        line = _header(policy, name, value)
        if line is None:
            return None
        out.append(line)
    if extra is not None:
        out.append(extra.encode("ascii"))
    out.append(b"\r\n")
    return out


def _part(msg: Any, policy: Any, skip: frozenset[str], extra: str | None, top: bool) -> list[bytes] | None:
    """The generator's ``_write`` for one part: headers, blank line, body; None where it would do more."""
    if type(msg) not in _PLAIN_CLASSES:
        return None  # a subclass may override _write_headers or the payload accessors
    maintype = msg.get_content_maintype()
    payload = msg._payload
    if maintype == "multipart":
        written = _multipart(msg, policy, payload, top)
        if written is None:
            return None
        msg, body = written
    elif maintype.replace("-", "_").startswith(("message", "multipart")):
        return None  # the generator's handler (_handle_<main>_<sub>, "-" as "_"): message/*, multipart-signed/x...
    elif payload is None:
        body = []
    elif isinstance(payload, str):
        try:
            body = [_body(payload)]
        except UnicodeEncodeError:
            return None  # the generator raises here: let it say so
    else:
        return None
    head = _headers(msg, policy, skip, extra)
    if head is None:
        return None
    head += body
    return head


def _multipart(msg: Any, policy: Any, payload: Any, top: bool) -> tuple[Any, list[bytes]] | None:
    """The generator's ``_handle_multipart``: the part whose headers to write (a copy with the boundary the generator
    would choose, for a message without one: it sets one on what it writes) and the body."""
    if not isinstance(payload, list) or msg.get_content_subtype() == "signed":
        return None  # str payloads are written raw; signed parts are written unfolded
    texts: list[bytes] = []
    for sub in payload:
        text = _part(sub, policy, frozenset(), None, False)
        if text is None:
            return None
        texts.append(b"".join(text))
    boundary = msg.get_boundary()
    if not boundary:
        boundary = email.generator.BytesGenerator._make_boundary(b"\r\n".join(texts))  # type: ignore[attr-defined]
        if top:
            msg = copy.copy(msg)  # as smtplib's copy: the caller's message keeps no boundary it did not have
        msg.set_boundary(boundary)  # a nested part gets it, as the generator gives it
    if not boundary.isascii():
        return None
    dash = f"--{boundary}".encode("ascii")
    out: list[bytes] = []
    if msg.preamble is not None:
        out += [_body(msg.preamble), b"\r\n"]
    out.append(dash + b"\r\n")
    for i, block in enumerate(texts):
        out += [b"\r\n" + dash + b"\r\n", block] if i else [block]
    out.append(b"\r\n" + dash + b"--\r\n")
    if msg.epilogue is not None:
        out.append(_body(msg.epilogue))
    return msg, out


def message_id_line(message_id: str, policy: Any) -> str | None:
    """The line ``msg["Message-ID"] = message_id`` would fold to, when it is a plain one-line msg-id."""
    line = f"Message-ID: {message_id}"
    if len(line) <= policy.max_line_length and _SIMPLE_MSGID.match(message_id):
        return line + _CRLF
    return None


def flatten(msg: email.message.Message, policy: Any, message_id: str | None, date: str | None = None) -> bytes | None:
    """What the generator writes for ``msg`` under ``policy`` (a :func:`wire_policy`), without its Bcc and Resent-Bcc
    headers and with ``Message-ID: message_id`` and ``Date: date`` (``email.utils.format_datetime``'s form, which the
    registry writes back unchanged) appended when given; None when the generator must do it."""
    if not _plain_policy(policy):
        return None
    extra = None
    if message_id is not None:
        extra = message_id_line(message_id, policy)
        if extra is None:
            return None
    if date is not None:
        line = f"Date: {date}"
        if len(line) > policy.max_line_length:
            return None  # the policy folds it
        extra = (extra or "") + line + _CRLF
    try:
        parts = _part(msg, policy, HIDDEN, extra, True)
    except (AttributeError, TypeError, ValueError, LookupError):
        return None  # anything odd (a malformed parameter, a header object of another kind): the generator decides
    return None if parts is None else b"".join(parts)
