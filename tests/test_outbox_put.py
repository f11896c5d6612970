"""put/put_many: the native routes (bytes with their envelope, plain EmailMessage objects) queue what the Python route
queues (the same stored bytes, envelope, Message-ID, key rules) and refuse what it refuses, with the same errors, before
anything is written."""

from __future__ import annotations

import email.message
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import make_message
from peers import closed_port
from resilient_smtp import Outbox, _core, message

DOMAIN = "outbox.example"
SHAPE = re.compile(rf"<\d+\.{os.getpid()}\.\d+@{re.escape(DOMAIN)}>\Z")
RAW = b"From: a@example.com\r\nTo: b@example.net\r\nMessage-ID: <raw-1@example.com>\r\nSubject: x\r\n\r\nbody\r\n"
NO_ID = b"From: a@example.com\r\nTo: b@example.net\r\nSubject: x\r\n\r\nbody\r\n"


def outbox(tmp_path: Path, name: str = "o.db") -> Outbox:
    return Outbox(tmp_path / name, "127.0.0.1", closed_port(), tls="off", helo_name=DOMAIN)


# Read by another process: Python's sqlite3 is a second copy of SQLite beside the extension's, and a file that one copy
# closes drops every POSIX lock this process holds on it, the other copy's too (https://sqlite.org/howtocorrupt.html,
# "multiple copies of SQLite linked into the same application"): the outbox's connections then lose sight of each
# other's commits.
READ_DATA = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
(data,) = conn.execute("SELECT data FROM outbox_data WHERE id = ?", (sys.argv[2],)).fetchone()
sys.stdout.buffer.write(data)
"""


def stored(box: Outbox, qid: str) -> tuple[bytes, str, list[str], str | None, str | None]:
    entry = box.status(qid)
    assert entry is not None
    data = subprocess.run([sys.executable, "-c", READ_DATA, box._target, qid], check=True, capture_output=True).stdout
    return data, entry.sender, entry.recipients, entry.message_id, entry.key


def python_route(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every EmailMessage through the generator: the native preparer declines every class."""
    monkeypatch.setattr(message, "_preparer", _core.MessagePreparer(message._native_policy, message._date_now, ()))


def test_bytes_with_their_envelope_are_stored_as_given(tmp_path: Path) -> None:
    box = outbox(tmp_path)
    items: list[Any] = [
        (RAW, "s@example.com", ["r1@example.net", "r2@example.org"]),
        (RAW, "s@example.com", "r@example.net"),
        (RAW, "s@example.com", ("r@example.net",)),
        (RAW, "", ["r@example.net"]),  # the null sender
        (RAW, "s@example.com", ["r@example.net"], "k"),
    ]
    ids = box.put_many(items)
    assert stored(box, ids[0]) == (
        RAW,
        "s@example.com",
        ["r1@example.net", "r2@example.org"],
        "<raw-1@example.com>",
        None,
    )
    assert stored(box, ids[1])[2] == stored(box, ids[2])[2] == ["r@example.net"]
    assert stored(box, ids[3])[1] == ""
    assert stored(box, ids[4])[4] == "k"
    assert all(re.fullmatch("[0-9a-f]{32}", i) for i in ids) and len(set(ids)) == len(ids)


def test_a_missing_message_id_is_added_as_the_first_line(tmp_path: Path) -> None:
    box = outbox(tmp_path)
    ids = box.put_many([(NO_ID, "s@example.com", ["r@example.net"])] * 50 + [NO_ID])
    seen = set()
    for qid in ids:
        data, _, _, mid, _ = stored(box, qid)
        assert mid is not None and SHAPE.match(mid), mid
        assert data == b"Message-ID: " + mid.encode() + b"\r\n" + NO_ID
        seen.add(mid)
    assert len(seen) == len(ids)
    assert stored(box, box.put(NO_ID, "s@example.com", "r@example.net"))[0].startswith(b"Message-ID: <")


def test_message_ids_the_quick_reader_leaves_to_the_parser(tmp_path: Path) -> None:
    box = outbox(tmp_path)
    folded = b"Message-ID:\r\n <folded@example.com>\r\nSubject: x\r\n\r\nbody\r\n"
    lf = b"message-id:  <lf@example.com> \nSubject: x\n\nbody\n"
    in_body = b"Subject: x\r\n\r\nMessage-ID: <body@example.com>\r\n"
    ids = box.put_many([(d, "s@example.com", ["r@example.net"]) for d in (folded, lf, in_body)])
    assert stored(box, ids[0])[::3] == (folded, "<folded@example.com>")
    assert stored(box, ids[1])[::3] == (lf, "<lf@example.com>")
    data, _, _, mid, _ = stored(box, ids[2])
    assert mid is not None and SHAPE.match(mid) and data == b"Message-ID: " + mid.encode() + b"\r\n" + in_body


def test_bytes_without_an_envelope_take_it_from_their_headers(tmp_path: Path) -> None:
    box = outbox(tmp_path)
    raw = b"From: A <a@example.com>\r\nTo: b@example.net, c@example.org\r\nCc: d@example.com\r\n\r\nbody\r\n"
    ids = box.put_many([raw, (raw,), (raw, "s@example.com"), (bytearray(raw), None, ["x@example.net"]), raw.decode()])
    assert stored(box, ids[0])[1:3] == ("a@example.com", ["b@example.net", "c@example.org", "d@example.com"])
    assert stored(box, ids[1])[1:3] == stored(box, ids[0])[1:3]
    assert stored(box, ids[2])[1] == "s@example.com"
    assert stored(box, ids[3])[1:3] == ("a@example.com", ["x@example.net"])
    assert stored(box, ids[4])[0].endswith(raw)


def email_messages() -> list[email.message.EmailMessage]:
    plain = make_message(Message_ID="<m-1@example.com>", Date="Thu, 01 Jan 2026 00:00:00 +0000")
    bcc = make_message(Bcc="hidden@example.org", Message_ID="<m-2@example.com>", Date="Thu, 01 Jan 2026 00:00:00 +0000")
    rich = make_message(
        subject="caf\u00e9 " * 30, Message_ID="<m-3@example.com>", Date="Thu, 01 Jan 2026 00:00:00 +0000"
    )
    rich.add_attachment(b"\x00\x01", maintype="application", subtype="octet-stream", filename="a.bin")
    rich.set_boundary("b0undary")
    return [plain, bcc, rich]


@pytest.fixture(params=["native", "python"])
def routed_box(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Outbox:
    """An outbox whose EmailMessage items take the native route, or (every class declined) the Python one."""
    if request.param == "python":
        python_route(monkeypatch)
    return outbox(tmp_path)


def test_email_messages_store_the_bytes_send_would_send(routed_box: Outbox) -> None:
    box = routed_box
    msgs = email_messages()
    ids = box.put_many([*msgs, (msgs[0], "s@example.com", ["r@example.net"]), (msgs[0], None, None, "key")])
    for qid, msg in zip(ids, msgs):
        p = message.prepare(msg, None, None, DOMAIN)
        assert stored(box, qid)[:4] == (p.data, p.sender, p.recipients, p.message_id)
    assert b"hidden@" not in stored(box, ids[1])[0] and stored(box, ids[1])[2][-1] == "hidden@example.org"
    assert stored(box, ids[3])[:3] == (stored(box, ids[0])[0], "s@example.com", ["r@example.net"])
    assert stored(box, ids[4])[::4] == (stored(box, ids[0])[0], "key")


def test_an_email_message_without_message_id_gets_one(routed_box: Outbox) -> None:
    box = routed_box
    msg = make_message()
    ids = box.put_many([msg, msg])
    (a, _, _, id_a, _), (b, _, _, id_b, _) = stored(box, ids[0]), stored(box, ids[1])
    assert id_a != id_b and SHAPE.match(id_a or "") and SHAPE.match(id_b or "")
    assert a.count(b"\r\nMessage-ID: ") == 1 and f"Message-ID: {id_a}\r\n".encode() in a
    assert (
        a.replace(id_a.encode(), b"<x>").split(b"\r\nDate: ")[0]
        == b.replace(id_b.encode(), b"<x>").split(b"\r\nDate: ")[0]
    )
    assert "Message-ID" not in msg


BAD: list[tuple[Any, type[BaseException], str]] = [
    ((), ValueError, "an item is a message or (message, sender, recipients[, key])"),
    ((RAW, "s@example.com", ["r@example.net"], None, None), ValueError, "an item is a message or"),
    ((RAW, "s@example.com", ["r@example.net"], 5), TypeError, "key must be a string, not int"),
    ((RAW, "s@example.com", ["r@example.net"], b"k"), TypeError, "key must be a string, not bytes"),
    ((RAW, 5, ["r@example.net"]), TypeError, "sender must be a string, not int"),
    ((RAW, b"s@example.com", ["r@example.net"]), TypeError, "sender must be a string, not bytes"),
    ((5, "s@example.com", ["r@example.net"]), TypeError, "message must be an email.message.Message, bytes or str"),
    ([RAW, "s@example.com", ["r@example.net"]], TypeError, "message must be an email.message.Message, bytes or str"),
    ((RAW, "s@example.com", [5]), TypeError, "recipients must be strings, not int"),
    ((RAW, "s@example.com", [b"r@example.net"]), TypeError, "recipients must be strings, not bytes"),
    ((RAW, "s@example.com", []), ValueError, "no recipients: pass recipients= or give the message To/Cc/Bcc headers"),
    ((RAW, "s@example.com", ""), ValueError, "recipient"),
    (b"From: a@example.com\r\n\r\nbody\r\n", ValueError, "no recipients: pass recipients="),
    (b"To: b@example.net\r\n\r\nbody\r\n", ValueError, "no sender: pass sender= or give the message a From header"),
    (b"From: a@example.com\r\nTo: b@example.net\r\nBcc: c@example.org\r\n\r\nx\r\n", ValueError, "has a Bcc header"),
    ((RAW, "s@example.com", ["bad\r\nRCPT TO:<x@y>"]), ValueError, "CR, LF"),
    ((RAW, "s\r\n@example.com", ["r@example.net"]), ValueError, "CR, LF"),
    ((RAW, "s@example.com", ["\udcff@example.net"]), UnicodeEncodeError, "surrogates not allowed"),
    ((RAW, "\udcff@example.com", ["r@example.net"]), UnicodeEncodeError, "surrogates not allowed"),
    ((make_message(), None, None, 5), TypeError, "key must be a string, not int"),
    ((make_message(), 5), TypeError, "sender must be a string, not int"),
    (make_message(sender=""), ValueError, "no sender"),
    (make_message(to=""), ValueError, "no recipients: pass recipients="),
]


@pytest.mark.parametrize(("item", "error", "text"), BAD, ids=[f"{i}-{e.__name__}" for i, (_, e, _) in enumerate(BAD)])
def test_a_bad_item_raises_as_before_and_queues_none(
    tmp_path: Path, item: Any, error: type[BaseException], text: str
) -> None:
    box = outbox(tmp_path)
    good: list[Any] = [make_message(), (RAW, "s@example.com", ["r@example.net"]), NO_ID]
    with pytest.raises(error) as raised:
        box.put_many([*good, item, *good])
    assert text in str(raised.value)
    assert type(raised.value) is error
    with pytest.raises(error):
        box.put_many([item])
    assert sum(box.stats().values()) == 0


def test_put_checks_as_put_many(tmp_path: Path) -> None:
    box = outbox(tmp_path)
    with pytest.raises(TypeError, match="key must be a string, not int"):
        box.put(RAW, "s@example.com", ["r@example.net"], key=5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="message must be"):
        box.put((RAW, "s@example.com", ["r@example.net"]))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="no recipients"):
        box.put(RAW, "s@example.com", [])
    assert sum(box.stats().values()) == 0


def test_non_ascii_envelopes_and_data(tmp_path: Path) -> None:
    box = outbox(tmp_path)
    eight_bit = RAW.replace(b"body", "caf\u00e9".encode())
    ids = box.put_many(
        [
            (eight_bit, "s@example.com", ["r@example.net"]),
            (RAW, "\u00fc@example.com", ["r@example.net"]),
            (RAW, "s@example.com", ["r@b\u00fccher.example"]),
            make_message(to="j\u00f6rg@example.net", Message_ID="<n-1@example.com>"),
        ]
    )
    assert stored(box, ids[0])[0] == eight_bit
    assert stored(box, ids[1])[1] == "\u00fc@example.com"
    assert stored(box, ids[2])[2] == ["r@xn--bcher-kva.example"]  # the domain as IDNA
    assert stored(box, ids[3])[2] == ["j\u00f6rg@example.net"]


def test_keys(tmp_path: Path) -> None:
    box = outbox(tmp_path)
    first = box.put(RAW, "s@example.com", "r@example.net", key="a")
    ids = box.put_many(
        [
            (NO_ID, "s@example.com", ["r@example.net"], "a"),
            (NO_ID, "s@example.com", ["r@example.net"], "b"),
            (make_message(), None, None, "b"),
            (NO_ID, "s@example.com", ["r@example.net"], None),
            (NO_ID, "s@example.com", ["r@example.net"], ""),
        ]
    )
    assert ids[0] == first and ids[1] == ids[2] and len({first, ids[1], ids[3], ids[4]}) == 4
    assert stored(box, first)[0] == RAW and box.stats()["queued"] == 4
    assert stored(box, ids[4])[4] == ""


COUNT_ROWS = """
import sqlite3, sys
print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM outbox").fetchone()[0])
"""


def test_a_put_is_stored_as_it_is_prepared_and_committed_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The store takes a put's messages in chunks while the next ones are prepared, in one transaction: another
    process sees none of them until the last is stored, and a bad item after several chunks leaves none queued."""
    python_route(monkeypatch)
    box = outbox(tmp_path)
    prepared = box._prepared
    seen: list[int] = []

    def watching(message: Any, sender: Any, recipients: Any) -> Any:
        if len(seen) == 0 and message["Subject"] == "watch":
            # Chunks of earlier messages are with the store by now; none may be visible.
            count = subprocess.run([sys.executable, "-c", COUNT_ROWS, box._target], check=True, capture_output=True)
            seen.append(int(count.stdout))
        return prepared(message, sender, recipients)

    monkeypatch.setattr(box, "_prepared", watching)
    many = [make_message() for _ in range(1500)]
    ids = box.put_many([*many, make_message(subject="watch"), *many[:10]])
    assert seen == [0] and len(set(ids)) == 1511 and box.stats()["queued"] == 1511
    seen.clear()
    with pytest.raises(ValueError, match="CR, LF"):
        box.put_many([*many, make_message(subject="watch"), (RAW, "s@example.com", ["bad\r\nRCPT TO:<x@y>"])])
    assert seen == [1511] and box.stats()["queued"] == 1511
    assert len(box.put_many(many[:3])) == 3


def test_an_iterator_that_raises_queues_none(tmp_path: Path) -> None:
    box = outbox(tmp_path)

    def items() -> Any:
        yield (RAW, "s@example.com", ["r@example.net"])
        yield make_message()
        raise KeyError("the caller's")

    with pytest.raises(KeyError, match="the caller's"):
        box.put_many(items())
    assert sum(box.stats().values()) == 0
    assert len(box.put_many(iter([make_message(), (RAW, "s@example.com", ["r@example.net"])]))) == 2
    assert box.put_many([]) == []
