"""The fast serializer against the general path (``BytesGenerator``, as smtplib.send_message runs it), byte for byte:
CPython's own email test corpus (its ``test/test_email/data`` files, parsed under both policies) and generated
messages (multipart, folded, non-ASCII, RFC 2047, 8-bit bodies, Bcc, Resent blocks, new Message-IDs)."""

from __future__ import annotations

import copy
import email
import email.errors
import email.message
import email.policy
import email.utils
import os
import pathlib
import random
from collections.abc import Iterator
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

import pytest
from resilient_smtp import _serialize, message

ADDRESS_FIELDS = ("From", "Sender", "To", "Cc", "Bcc", "Resent-From", "Resent-To", "Resent-Cc", "Resent-Bcc")
POLICIES = {
    "default": email.policy.default,
    "SMTP": email.policy.SMTP,
    "SMTPUTF8": email.policy.SMTPUTF8,
    "narrow": email.policy.default.clone(max_line_length=40),
    "compat32": email.policy.compat32,
}


def corpus_dir() -> pathlib.Path:
    import test.test_email  # the interpreter's own test package

    return pathlib.Path(os.path.dirname(test.test_email.__file__)) / "data"


def corpus_files() -> list[pathlib.Path]:
    found = sorted(p for p in corpus_dir().iterdir() if p.is_file())
    assert len(found) >= 60, f"CPython's email corpus is missing ({len(found)} files in {corpus_dir()})"
    return found


def generated() -> Iterator[tuple[str, email.message.Message]]:
    def simple(**headers: str) -> email.message.EmailMessage:
        m = email.message.EmailMessage()
        m["From"], m["To"], m["Subject"] = "Alice <alice@example.com>", "bob@example.net", "Hello"
        for k, v in headers.items():
            m[k.replace("_", "-")] = v
        m.set_content("Hello Bob,\n\nFrom the start: a line.\n.\n..dots\n")
        return m

    yield "simple", simple()
    yield "message-id", simple(Message_ID="<given.1@example.com>")
    yield "bcc", simple(Bcc="secret@example.org", Cc="carol@example.net, Dave <dave@example.net>")
    yield (
        "resent",
        simple(
            Resent_Date="Mon, 1 Dec 2026 10:00:00 +0000",
            Resent_From="r@example.com",
            Resent_To="t@example.net",
            Resent_Bcc="hidden@example.org",
        ),
    )
    yield "folded-subject", simple(Subject_Extra="word " * 40)
    yield "long-to", simple(Cc=", ".join(f"Person Number {i} <person{i}@example.net>" for i in range(12)))
    yield "non-ascii-subject", simple(Keywords="Café ☕ crème brûlée")
    yield "non-ascii-name", simple(Cc="Zoë Ñandú <zoe@example.net>")
    yield "trailing-space", simple(Comments="hi   ")
    yield "specials", simple(Comments='a "quoted" (paren) <angle> thing; x=y')
    m = simple()
    m.set_content("Grüße aus Köln, ünïcödé everywhere\n" * 3)
    yield "utf8-body", m
    m = simple()
    m.set_content("Grüße\n" * 3, cte="8bit")
    yield "8bit-cte", m
    m = simple()
    m.set_content("x" * 2000 + "\n")
    yield "long-line-body", m
    m = simple()
    m.set_content("lone\rcr and\r\ncrlf and\nlf", cte="7bit")
    yield "mixed-newlines", m
    m = simple()
    m.add_alternative("<p>Hello <b>Bob</b></p>\n", subtype="html")
    yield "alternative", m
    m = simple()
    m.add_attachment(bytes(range(256)) * 8, maintype="application", subtype="octet-stream", filename="blob.bin")
    m.add_attachment("a,b\n1,2\n", subtype="csv", filename="tâble.csv")
    yield "attachments", m
    m = simple()
    m.add_alternative("<p>hi</p>", subtype="html")
    m.add_attachment(b"%PDF-1.4\n", maintype="application", subtype="pdf", filename="x.pdf")
    m.preamble, m.epilogue = "This is a MIME message.\n", "the end\n"
    yield "nested-preamble", m
    m = simple()
    inner = simple(Subject_Inner="forwarded")
    m.add_attachment(inner)
    yield "message-rfc822", m
    m = simple()
    m.make_mixed()
    m.set_boundary("=====boundary=====")
    yield "own-boundary", m
    m = email.message.EmailMessage()
    m["From"], m["To"] = "a@example.com", "b@example.net"
    yield "no-body", m
    raw = (
        b"From: =?utf-8?q?J=C3=BCrgen?= <j@example.com>\r\nTo: b@example.net\r\n"
        b"Subject: =?utf-8?q?caf=C3=A9?= and =?iso-8859-1?q?cr=E8me?=\r\n"
        b"X-Long: " + b"folded " * 20 + b"\r\n continued\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        b"caf\xc3\xa9 8-bit body\r\nFrom the line start\r\n\xff\xfe raw bytes\r\n"
    )
    yield "rfc2047-8bit-parsed", email.message_from_bytes(raw, policy=email.policy.default)
    yield "rfc2047-8bit-compat32", email.message_from_bytes(raw)
    # For the one-call native route (message._native): what it must take, and what it must leave to Python.
    m = simple(Sender="Secretary <sec@example.org>", Date="Tue, 01 Dec 2026 10:00:00 +0000")
    yield "sender-and-date", m
    m = email.message.EmailMessage()
    m["FROM"], m["to"], m["cC"], m["BCC"] = "a@example.com", "b@example.net", "e@x.org", "f@example.org"
    # A second To, as a parser keeps one (the registry's __setitem__ refuses it): get_all reads both.
    m._headers.append(m.policy.header_store_parse("To", "c@example.net, d@example.net"))  # type: ignore[attr-defined]
    m.set_content("x\n")
    yield "header-case-and-repeats", m
    yield "group-recipients", simple(Cc="Team: one@example.net, two@example.net;, undisclosed-recipients:;")
    yield "quoted-local-part", simple(Cc='"john doe"@example.net')
    yield "address-defect", simple(Cc="<bob@example.net")
    yield "content-type-upper", simple(Content_Type_Extra="x")
    m = simple()
    m.replace_header("Content-Type", "TEXT/Plain; charset=us-ascii")
    yield "content-type-case", m
    m = simple()
    m.replace_header("Content-Type", "nonsense")
    yield "content-type-invalid", m
    m = simple()
    m.set_payload("")
    yield "empty-body", m
    m = simple()
    m.set_payload("a\r\nb\rc\nd\r\r\n\n\re")
    yield "line-ends", m
    m = simple()
    m.set_payload("surrogate \udcff byte\n")
    yield "surrogate-body", m
    m = email.message.EmailMessage()
    m["From"], m["To"] = "a@example.com", "b@example.net"
    m.set_payload("no Content-Type\n")
    yield "no-content-type", m
    yield "mimetext-compat32", MIMEText("From here on\nplain\n")
    mm = MIMEMultipart()
    mm["From"], mm["To"], mm["Bcc"] = "a@example.com", "b@example.net", "c@example.org"
    mm.attach(MIMEText("part one\n"))
    yield "mimemultipart-compat32", mm


def cases() -> Iterator[tuple[str, email.message.Message]]:
    for path in corpus_files():
        data = path.read_bytes()
        for name in ("default", "compat32"):
            yield f"{path.name}[{name}]", email.message_from_bytes(data, policy=POLICIES[name])
    for name, msg in generated():
        yield name, msg
        for pname in ("SMTP", "narrow"):
            if isinstance(msg, email.message.EmailMessage):
                clone = copy.deepcopy(msg)
                clone.policy = POLICIES[pname]
                yield f"{name}[{pname}]", clone


def snapshot(msg: email.message.Message) -> object:
    """A message's contents, compared without generating it (generating sets missing boundaries)."""
    payload = msg._payload  # type: ignore[attr-defined]
    if isinstance(payload, list):
        payload = [snapshot(p) for p in payload]
    elif isinstance(payload, email.message.Message):
        payload = snapshot(payload)
    return ([(k, str(v)) for k, v in msg._headers], payload, msg.preamble, msg.epilogue)  # type: ignore[attr-defined]


ID_DOMAINS = ["example.com", "mail.example.co.uk", "x" * 60 + ".example", "bücher.example"]


def test_fast_serializer_matches_the_generator_byte_for_byte() -> None:
    fast = total = eligible = 0
    for name, msg in cases():
        for utf8 in (False, True):
            policy = msg.policy
            if utf8 and not hasattr(policy, "utf8"):
                policy = email.policy.SMTPUTF8
            wire = _serialize.wire_policy(policy, utf8)
            for new_id in (None, *(email.utils.make_msgid(domain=d) for d in ID_DOMAINS)):
                if new_id is not None and msg.get("Message-ID") is not None:
                    continue
                twin = copy.deepcopy(msg)  # for the general path: both may set a missing boundary on a part
                random.seed(total)  # the same random boundaries on both sides
                got = _serialize.flatten(msg, wire, new_id)
                random.seed(total)
                try:
                    want = message.generate(twin, wire, new_id)
                except Exception as e:  # noqa: BLE001 (the generator refuses it: the fast path must have declined)
                    assert got is None, f"{name}: fast path wrote what the generator refuses ({e!r})"
                    continue
                total += 1
                # (New ids from the last two ID_DOMAINS fold or need encoding: the generator's, by design.)
                eligible += isinstance(msg.policy, email.policy.EmailPolicy) and not any(
                    new_id and new_id.endswith(f"@{d}>") for d in ID_DOMAINS[2:]
                )
                if got is not None:
                    fast += 1
                    assert got == want, f"{name} (utf8={utf8}, new id {new_id}): fast output differs"
                    assert snapshot(msg) == snapshot(twin), f"{name}: the message was changed otherwise"
    # The fast path must actually be the common route (not a None everywhere that trivially "matches").
    # (compat32 messages always take the general path: its generator mangles "From " lines; so do new Message-IDs
    # that would fold or need encoding, left out of `eligible`.)
    assert total > 1000
    assert fast > 0.8 * eligible, f"fast route taken in only {fast} of {eligible} EmailMessage cases"


def test_common_messages_take_the_fast_route() -> None:
    generated_ = dict(generated())
    for name in ("simple", "bcc", "resent", "alternative", "attachments", "nested-preamble", "rfc2047-8bit-parsed"):
        msg = generated_[name]
        wire = _serialize.wire_policy(msg.policy, False)
        assert _serialize.flatten(msg, wire, None) is not None, name
        assert _serialize.flatten(msg, wire, email.utils.make_msgid(domain="example.com")) is not None or (
            msg.get("Message-ID") is not None
        ), name
    for name in ("mimetext-compat32", "message-rfc822"):
        msg = generated_[name]
        assert _serialize.flatten(msg, _serialize.wire_policy(msg.policy, False), None) is None, name


def test_addresses_from_parsed_headers_match_getaddresses() -> None:
    checked = parsed = 0
    for name, msg in cases():
        for field in ADDRESS_FIELDS:
            try:
                values = msg.get_all(field, [])
            except Exception:  # noqa: BLE001, S112 (a header the registry cannot even build: nothing to compare)
                continue
            if not values:
                continue
            checked += 1
            want = [a for _, a in email.utils.getaddresses([str(v) for v in values]) if a]
            got = message._parsed_addresses(values)
            if got is not None:
                parsed += 1
                assert got == want, f"{name} {field}: {got} != {want}"
    assert checked > 100 and parsed > checked // 3, (checked, parsed)


@pytest.mark.parametrize("international", [False, True])
def test_prepare_removes_bcc_and_adds_one_message_id(international: bool) -> None:
    msg = dict(generated())["bcc"]
    rcpt = "zoë@example.net" if international else "zoe@example.net"
    p = message.prepare(msg, None, None, "example.com")
    assert p.recipients == ["bob@example.net", "secret@example.org", "carol@example.net", "dave@example.net"]
    assert p.sender == "alice@example.com"
    assert b"\r\nBcc:" not in p.data and b"secret@" not in p.data
    assert p.data.count(b"\r\nMessage-ID: ") == 1 and p.message_id and p.message_id.encode() in p.data
    assert "Message-ID" not in msg  # the caller's message is untouched
    p2 = message.prepare(msg, "a@example.com", [rcpt], "example.com")
    assert p2.recipients == [rcpt]


def reference_envelope(msg: email.message.Message) -> tuple[str, list[str]]:
    """The envelope as the general path derives it: get_all and getaddresses of every header's text."""

    def addresses(values: list[object]) -> list[str]:
        return [a for _, a in email.utils.getaddresses([str(v) for v in values]) if a]

    resent = msg.get_all("Resent-Date")
    if resent is not None and len(resent) > 1:
        raise ValueError("more than one Resent- block")
    prefix = "Resent-" if resent else ""
    field = f"{prefix}Sender" if f"{prefix}Sender" in msg else f"{prefix}From"
    found = addresses(msg.get_all(field, []))
    if not found:
        raise ValueError("no sender")
    fields = (f"{prefix}To", f"{prefix}Bcc", f"{prefix}Cc")
    return found[0], addresses([v for f in fields for v in msg.get_all(f, [])])


def test_envelope_matches_the_general_derivation() -> None:
    compared = 0
    for name, msg in cases():
        try:
            want: object = reference_envelope(msg)
        except Exception as e:  # noqa: BLE001 (then prepare must refuse it too)
            want = type(e)
        try:
            p = message.from_message(msg, None, None, "example.com")
            got: object = (p.sender, p.recipients)
        except Exception as e:  # noqa: BLE001
            got = type(e)
        assert got == want, name
        compared += isinstance(want, tuple)
    assert compared > 100


def test_token_text_is_the_text_of_the_parse_tree() -> None:
    """The native walk of a header's parse tree (the fast route's address headers) against ``str(tree)``, over every
    header of every case as the registry parses it (RFC 2047 words, comments, quoted strings, invalid addresses)."""
    from resilient_smtp import _core

    walked = 0
    for name, msg in cases():
        if not isinstance(msg.policy, email.policy.EmailPolicy):
            continue
        for part in msg.walk():
            for key in part:
                try:
                    values = part.get_all(key, [])
                except Exception:  # noqa: BLE001, S112 (a header the registry cannot build: no tree to walk)
                    continue
                for v in values:
                    tree = getattr(v, "_parse_tree", None)
                    if tree is None:
                        continue
                    assert _core.token_text(tree) == str(tree), f"{name} {key}"
                    walked += 1
    assert walked > 1000, walked


def test_header_lines_take_the_common_messages_and_decline_the_rest() -> None:
    """``_core.header_lines`` (all of a part's headers in one call) is the route the usual message takes; a header
    that must be folded sends the whole block back to the per-header route (the differential test checks both)."""
    from resilient_smtp import _core

    generated_ = dict(generated())
    limit = email.policy.default.max_line_length
    tree_classes = _serialize._TEXT_IS_TREE
    for name in ("simple", "bcc", "resent", "alternative"):
        msg = generated_[name]
        block = _core.header_lines(msg._headers, ["bcc", "resent-bcc"], limit, tree_classes)  # type: ignore[attr-defined]
        assert block is not None and block.endswith(b"\r\n"), name
        assert b"\r\nBcc:" not in block and not block.startswith(b"Bcc:")
        assert block.count(b"\r\n") == len([k for k in msg if k.lower() not in ("bcc", "resent-bcc")])
    for name in ("folded-subject", "long-to", "non-ascii-subject", "non-ascii-name", "rfc2047-8bit-parsed"):
        msg = generated_[name]
        assert _core.header_lines(msg._headers, [], limit, tree_classes) is None, name  # type: ignore[attr-defined]


def test_the_date_added_is_format_datetime_of_localtime() -> None:
    msg = dict(generated())["simple"]
    before = email.utils.format_datetime(email.utils.localtime())
    p = message.prepare(msg, None, None, "example.com")
    after = email.utils.format_datetime(email.utils.localtime())
    [line] = [x for x in p.data.split(b"\r\n") if x.startswith(b"Date: ")]
    assert line[6:].decode() in (before, after)
    assert "Date" not in msg


def fixed_date(monkeypatch: pytest.MonkeyPatch) -> str:
    """A Date the native route (a preparer of its own, which asks for it once a second) and the Python route both add."""
    from resilient_smtp import _core

    date = email.utils.format_datetime(email.utils.localtime())
    monkeypatch.setattr(message, "_date_now", lambda: date)
    preparer = _core.MessagePreparer(message._native_policy, lambda: date, message._PLAIN_MESSAGES)
    monkeypatch.setattr(message, "_preparer", preparer)
    return date


def test_native_route_matches_the_python_route(monkeypatch: pytest.MonkeyPatch) -> None:
    """``_core.MessagePreparer`` (``message._native``, the one-call route) against the generator and the general
    envelope derivation, over every case and id domain: byte-identical data (with its new Message-ID and Date given
    to the generator), the same envelope, the caller's message unchanged; and it is the common route."""
    date = fixed_date(monkeypatch)
    native = compared = 0
    for name, msg in cases():
        for id_domain in ID_DOMAINS:
            twin = copy.deepcopy(msg)
            before = snapshot(msg)
            got = message._native(msg, None, None, id_domain)
            compared += 1
            if got is None:
                continue
            native += 1
            assert snapshot(msg) == before, f"{name}: the message was changed"
            new_id = got.message_id if "Message-ID" not in twin else None
            new_date = date if "Date" not in twin else None
            want = message.generate(twin, _serialize.wire_policy(twin.policy, False), new_id, new_date)
            assert got.data == want, f"{name} ({id_domain}): native output differs"
            assert (got.sender, got.recipients) == reference_envelope(twin), name
            assert got.message_id == (new_id or str(twin["Message-ID"]))
    taken = {name for name, _ in generated() if message._native(_, None, None, "example.com") is not None}
    assert {"simple", "bcc", "sender-and-date", "header-case-and-repeats", "group-recipients"} <= taken, taken
    assert {"content-type-case", "content-type-invalid", "empty-body", "line-ends", "no-content-type"} <= taken
    assert {"no-body"} <= taken
    left = {"resent", "folded-subject", "non-ascii-name", "quoted-local-part", "address-defect", "surrogate-body"}
    left |= {"8bit-cte", "alternative", "attachments", "message-rfc822", "mimetext-compat32"}
    assert not (taken & left), taken & left
    assert native > 50, (native, compared)


def test_native_message_ids_have_make_msgids_shape_and_are_unique() -> None:
    import re

    msg = dict(generated())["simple"]
    shape = re.compile(r"<\d+\.\d+\.\d+@example\.com>\Z")
    assert shape.match(email.utils.make_msgid(domain="example.com"))
    ids = set()
    for _ in range(5000):
        p = message._native(msg, None, None, "example.com")
        assert p is not None and p.message_id is not None and shape.match(p.message_id), p
        assert f"\r\nMessage-ID: {p.message_id}\r\n".encode() in p.data
        ids.add(p.message_id)
    assert len(ids) == 5000
    assert "Message-ID" not in msg


def test_native_route_takes_a_given_envelope_and_declines_what_changes_the_policy() -> None:
    msg = dict(generated())["bcc"]
    p = message._native(msg, "x@example.com", ("y@example.net",), "example.com")
    assert p is not None and (p.sender, p.recipients) == ("x@example.com", ["y@example.net"])
    assert b"secret@" not in p.data
    assert message._native(msg, "zoë@example.com", None, "example.com") is None
    assert message._native(msg, None, ["zoë@example.net"], "example.com") is None
    with pytest.raises(TypeError):
        message.prepare(msg, None, [1], "example.com")  # type: ignore[list-item]


def test_header_injection_is_refused_on_the_native_route_too() -> None:
    msg = dict(generated())["simple"]
    msg = copy.deepcopy(msg)
    msg._headers.append(("X-Evil", "a\r\nBcc: victim@example.org"))  # type: ignore[attr-defined]
    assert message._native(msg, None, None, "example.com") is None
    with pytest.raises(ValueError, match="X-Evil"):
        message.prepare(msg, None, None, "example.com")


def test_header_classes_of_their_own_are_read_as_the_generator_reads_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """The native route reads the registry's classes from their instances' ``__dict__`` and takes their value as
    their tree's text; a class that answers lookups its own way (``__getattribute__``) or overrides a property is
    read through them, as the generator reads it: the same bytes, or the Python route."""
    from email import _header_value_parser as parser
    from email import headerregistry

    date = fixed_date(monkeypatch)

    class Rewritten(headerregistry.UnstructuredHeader):
        def __getattribute__(self, name: str) -> object:
            if name == "_parse_tree":
                return parser.get_unstructured("rewritten")
            return super().__getattribute__(name)

    class Flagged(headerregistry.UniqueAddressHeader):
        @property
        def defects(self) -> tuple[object, ...]:
            return (email.errors.InvalidHeaderDefect("flagged"),)

    registry = headerregistry.HeaderRegistry()
    registry.map_to_type("subject", Rewritten)
    registry.map_to_type("to", Flagged)
    for name, value in (("Subject", "original"), ("To", "Flagged <flagged@example.org>")):
        msg = copy.deepcopy(dict(generated())["simple"])
        del msg[name]
        msg[name] = registry(name, value)
        twin = copy.deepcopy(msg)
        got = message._native(msg, None, None, "example.com")
        assert got is not None or name == "To"
        if got is None:
            continue
        new_id = got.message_id if "Message-ID" not in twin else None
        want = message.generate(twin, _serialize.wire_policy(twin.policy, False), new_id, date)
        assert got.data == want, name
        assert b"Subject: rewritten\r\n" in got.data
        assert (got.sender, got.recipients) == reference_envelope(twin), name


RAW_ADDRESSES = [
    "a@example.com",
    "Alice <alice@example.com>",
    "Alice B. Carol <abc@example.com>",
    "Alice  Two <two@example.com>",
    "O'Brien <ob@example.com>",
    "a@example.com, Bob <bob@example.net>,carol@example.org",
    " spaced@example.com ",
    '"Quoted, Name" <q@example.com>',
    "a@example.com (comment)",
    "Group: g1@example.com, g2@example.com;",
    "=?utf-8?q?Zo=C3=AB?= <zoe@example.com>",
    "<bare@example.com>",
    "lit@[127.0.0.1]",
    "a..b@example.com",
    "trailing@example.com,",
    "Tab\t<tab@example.com>",
    "undisclosed-recipients:;",
    "x@y",
    "",
    "=?utf-8?q?abc?=@example.com",
    "Alice <a@=?utf-8?q?example.com?=>",
]
RAW_EXTRAS = [
    "",
    "Message-ID: <id.1@example.com>\r\n",
    "Message-ID:  <id.2@example.com> \r\n",
    "Message-ID: <not simple@example.com>\r\n",
    "Content-Type: text/plain; charset=us-ascii\r\n",
    "Content-Type: TEXT/Plain\r\n",
    "Content-Type: text/html (comment)\r\n",
    "Date: Tue, 01 Dec 2026 10:00:00 +0000\r\nCc: cc@example.org\r\nBcc: Hidden <hidden@example.org>\r\n",
    "Subject: " + "long " * 20 + "\r\n",
    "X-Folded: one\r\n two\r\n",
    "X-Empty:\r\n",
    "Sender: Real Sender <real@example.com>\r\n",
    "Message-ID: <=?utf-8?q?x?=@b..c>\r\n",
    "Content-Type: message-delivery/status\r\n",
]


def parsed_cases() -> Iterator[tuple[str, email.message.EmailMessage]]:
    """Messages parsed from bytes (their headers raw strings, as a stored .eml gives them), over many address
    shapes and headers."""
    for i, address in enumerate(RAW_ADDRESSES):
        for j, extra in enumerate(RAW_EXTRAS):
            raw = f"From: {RAW_ADDRESSES[(i + j) % len(RAW_ADDRESSES)] or 'f@example.com'}\r\nTo: {address}\r\n"
            raw += f"Subject: parsed {i} {j}\r\n{extra}\r\nbody line\r\n.dot line\r\n"
            msg = email.message_from_bytes(raw.encode(), policy=email.policy.default)
            yield f"parsed-{i}-{j}", msg  # type: ignore[misc]


def test_parsed_messages_on_the_native_route_match_the_python_route(monkeypatch: pytest.MonkeyPatch) -> None:
    """A parsed message's raw header strings on the native route: written as the policy folds a string, read for the
    envelope as the registry parses them (or, in the simple shapes, read natively): byte-identical data and the same
    envelope and Message-ID as the general route; the simple shapes and the registry-read ones both taken."""
    date = fixed_date(monkeypatch)
    taken: set[str] = set()
    for name, msg in parsed_cases():
        twin = copy.deepcopy(msg)
        try:
            want_envelope: object = reference_envelope(twin)
        except ValueError:
            want_envelope = ValueError
        got = message._native(msg, None, None, "example.com")
        if got is None:
            continue
        taken.add(name)
        new_id = got.message_id if "Message-ID" not in twin else None
        new_date = date if "Date" not in twin else None
        want = message.generate(twin, _serialize.wire_policy(twin.policy, False), new_id, new_date)
        assert got.data == want, f"{name}: native output differs"
        assert (got.sender, got.recipients) == want_envelope, name
        assert got.message_id == (new_id or str(twin["Message-ID"])), name
        general = message.from_message(twin, None, None, "example.com")
        assert (general.sender, general.recipients) == (got.sender, got.recipients), name
    simple = {f"parsed-{i}-0" for i in (0, 1, 4, 5, 6)}
    registry_read = {f"parsed-{i}-0" for i in (7, 8, 9, 11)}
    assert simple <= taken, simple - taken
    assert registry_read & taken, "no address the registry reads took the native route"
    assert {"parsed-0-1", "parsed-0-3", "parsed-0-4", "parsed-0-7", "parsed-0-11"} <= taken
    assert not {"parsed-0-8", "parsed-0-9"} & taken  # a long line and a folded one: the policy's folding
    assert len(taken) > 100, len(taken)


def test_the_shared_preparer_serves_many_threads_and_policies() -> None:
    """Every thread's sends share one native preparer, whose policy and Date caches are refilled by Python calls
    (which may switch threads): concurrent messages under several policies each get the bytes they get alone."""
    import threading

    base = dict(generated())["simple"]
    variants = []
    for i in range(6):
        msg = copy.deepcopy(base)
        msg.policy = email.policy.default.clone(max_line_length=60 + i)  # a policy object of its own each
        del msg["Message-ID"], msg["Date"]  # (the bytes then depend on nothing but the message and its policy)
        msg["Message-ID"], msg["Date"] = f"<thread.{i}@example.com>", "Tue, 01 Dec 2026 10:00:00 +0000"
        del msg["Subject"]
        msg["Subject"] = "s" * 54  # a 63-character line: one line under some of these policies, folded under others
        variants.append(msg)
    alone = [message._native(m, None, None, "example.com") for m in variants]
    assert None in alone and any(a is not None for a in alone)
    failures: list[str] = []

    def run(k: int) -> None:
        for n in range(300):
            i = (k + n) % len(variants)
            got = message._native(variants[i], None, None, "example.com")
            want = alone[i]
            if (got is None) != (want is None) or (got is not None and want is not None and got.data != want.data):
                failures.append(f"thread {k}, message {i}")

    threads = [threading.Thread(target=run, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not any(t.is_alive() for t in threads), "a thread is stuck"
    assert not failures, failures[:5]


def test_content_types_the_generator_does_not_write_as_text_leave_the_fast_routes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The generator picks its handler by name (``_handle_<main>_<sub>``, then ``_handle_<main>``, "-" read as "_"):
    ``multipart-signed/x`` writes a str body raw, ``message-delivery/status`` iterates it. The fast routes give the
    generator's bytes or leave the message to it."""
    date = fixed_date(monkeypatch)
    for ctype in ("multipart-signed/x", "message-delivery/status", "message_delivery/status", "multipart-x/y"):
        msg = email.message.EmailMessage()
        msg["From"], msg["To"], msg["Content-Type"] = "a@example.com", "b@example.com", ctype
        msg.set_payload("one\ntwo\n")
        policy = _serialize.wire_policy(msg.policy, False)
        try:
            want: object = message.generate(copy.deepcopy(msg), policy, "<id@example.com>", "d")
        except AttributeError:
            want = None
        fast = _serialize.flatten(msg, policy, "<id@example.com>", "d")
        assert fast is None or fast == want, ctype
        got = message._native(msg, None, None, "example.com")
        if got is not None:
            assert got.data == message.generate(copy.deepcopy(msg), policy, got.message_id, date), ctype


def test_header_classes_folding_or_parsing_their_own_way_are_folded_by_the_policy(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A header object whose class has a ``fold`` of its own, or a ``parse`` whose value is not its tree's text, is
    written by its fold, as the generator writes it, on every route (native, the fast serializer's one-line and
    header-by-header routes)."""
    from email import headerregistry

    date = fixed_date(monkeypatch)

    class Folded(headerregistry.UnstructuredHeader):
        def fold(self, *, policy: email.policy.Policy) -> str:
            return f"{self.name}: folded{policy.linesep}"

    class Reparsed(headerregistry.UnstructuredHeader):
        @classmethod
        def parse(cls, value: str, kwds: dict[str, object]) -> None:
            super().parse(value, kwds)
            kwds["decoded"] = "reparsed"

    for cls in (Folded, Reparsed):
        registry = headerregistry.HeaderRegistry()
        registry.map_to_type("subject", cls)
        for extra in ("short", "long " * 20):
            msg = copy.deepcopy(dict(generated())["simple"])
            del msg["Subject"]
            msg["Subject"] = registry("Subject", "original")
            msg["X-Extra"] = extra
            twin = copy.deepcopy(msg)
            got = message._native(msg, None, None, "example.com")
            python = message.from_message(copy.deepcopy(msg), None, None, "example.com")
            for prepared in (got, python):
                if prepared is None:
                    continue
                new_id = prepared.message_id if "Message-ID" not in twin else None
                want = message.generate(twin, _serialize.wire_policy(twin.policy, False), new_id, date)
                assert prepared.data == want, (cls.__name__, extra, prepared is got)


def test_a_policy_freed_by_the_preparer_may_run_code_that_prepares_again() -> None:
    """The preparer keeps the last policy it saw; replacing it may free it (a policy minted per message, once the
    policy caches are full), and its finalizer (Python code) may prepare another message on the same thread: the
    preparer's lock is not held then (it would never be released)."""
    import subprocess
    import sys

    script = """if True:
        import email.message, email.policy, weakref
        from resilient_smtp import message

        def simple(policy):
            msg = email.message.EmailMessage(policy=policy)
            msg["From"], msg["To"], msg["Subject"] = "a@example.com", "b@example.com", "s"
            msg.set_content("body")
            return msg

        again = simple(email.policy.default)
        for n in range(100):  # the policy caches are full: the preparer holds the last reference to the next one
            message._native(simple(email.policy.default.clone(max_line_length=100 + n)), None, None, "example.com")
        minted = email.policy.default.clone(max_line_length=77)
        weakref.finalize(minted, lambda: message._native(again, None, None, "example.com"))
        assert message._native(simple(minted), None, None, "example.com") is not None
        del minted
        assert message._native(simple(email.policy.SMTP), None, None, "example.com") is not None
        print("done")
    """
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=30)
    assert done.stdout == "done\n", done.stderr


def test_the_date_added_folds_as_the_generator_folds_it_under_a_short_line_length(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The Date line added to a message without one is 37 characters: under a shorter max_line_length the generator
    folds it, and the fast routes give its bytes or leave the message to it."""
    date = fixed_date(monkeypatch)
    for limit in (20, 36, 37, 78):
        policy = email.policy.default.clone(max_line_length=limit)
        msg = email.message_from_bytes(b"From: a@x\r\nTo: b@x\r\nMessage-ID: <a@b>\r\n\r\nbody\r\n", policy=policy)
        want = message.generate(copy.deepcopy(msg), _serialize.wire_policy(policy, False), None, date)
        got = message._native(msg, None, None, "example.com")
        assert got is None or got.data == want, limit
        fast = _serialize.flatten(msg, _serialize.wire_policy(policy, False), None, date)
        assert fast is None or fast == want, limit
