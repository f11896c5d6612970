"""Sender: the pool's rules (Postfix's), bulk sending, PIPELINING on and off."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator

import pytest
import resilient_smtp
from conftest import make_message
from peers import ScriptedServer, SmtpSink, refuse_nobody, stall

RAW = b"From: a@example.com\r\nTo: b@example.net\r\nSubject: raw\r\nMessage-ID: <raw-%d@example.com>\r\n\r\nbody\r\n"


def raw(i: int) -> bytes:
    return RAW % i


# --------------------------------------------------------------------------------------------------------------------
# Pool rules


def test_pool_reuses_a_connection_after_clean_transactions() -> None:
    with SmtpSink() as sink:
        with resilient_smtp.Sender(sink.address, tls="off") as sender:
            for i in range(5):
                assert sender.send(make_message(subject=f"m{i}")).code == 250
            assert sender.pool_stats == (1, 4)
        assert sink.received() == 5


def test_rset_between_transactions_on_one_connection() -> None:
    with ScriptedServer() as server:
        with resilient_smtp.Sender(server.address, tls="off") as sender:
            for i in range(3):
                sender.send(make_message(subject=f"m{i}"))
        assert server.wait_until(lambda: "QUIT" in server.verbs())  # QUIT's 221 is not waited for (Postfix)
        verbs = server.verbs()
    assert server.connections == 1
    assert verbs == [
        "EHLO",
        "MAIL",
        "RCPT",
        "DATA",
        "RSET",
        "MAIL",
        "RCPT",
        "DATA",
        "RSET",
        "MAIL",
        "RCPT",
        "DATA",
        "QUIT",
    ]
    assert len(server.messages) == 3


def test_rset_between_transactions_without_pipelining() -> None:
    with ScriptedServer(ehlo_lines=("8BITMIME",)) as server:
        with resilient_smtp.Sender(server.address, tls="off") as sender:
            sender.send(make_message())
            sender.send(make_message())
        assert server.wait_until(lambda: "QUIT" in server.verbs())
        verbs = server.verbs()
    assert verbs == ["EHLO", "MAIL", "RCPT", "DATA", "RSET", "MAIL", "RCPT", "DATA", "QUIT"]


def test_no_reuse_after_a_refusal() -> None:
    with ScriptedServer({"RCPT": refuse_nobody}) as server:
        with resilient_smtp.Sender(server.address, tls="off", retry=1) as sender:
            sender.send(make_message())
            with pytest.raises(resilient_smtp.RecipientsRefused):
                sender.send(make_message(to="nobody@example.net"))
            sender.send(make_message())
            assert sender.pool_stats == (2, 1)
        # Checked while the server still runs (its exit shuts every socket, so a QUIT still in flight would never be
        # read). QUIT's reply is not awaited (as Postfix's smtp_skip_quit_response): it may be recorded a bit later.
        assert server.wait_until(lambda: [c.split(" ")[0] for c in server.commands].count("QUIT") == 2), server.commands
        assert server.connections == 2


def test_no_reuse_after_a_timeout() -> None:
    count = {"n": 0}

    def final(conv, line: str) -> bool:
        count["n"] += 1
        if count["n"] == 2:
            return stall(conv, line)
        conv.reply("250 2.0.0 Ok")
        return True

    with ScriptedServer({".": final}) as server:
        with resilient_smtp.Sender(server.address, tls="off", retry=1, timeouts={"data_done": 0.3}) as sender:
            sender.send(make_message())
            with pytest.raises(resilient_smtp.UncertainTimeout):
                sender.send(make_message())
            assert sender.send(make_message()).code == 250
            assert sender.pool_stats == (2, 1)
    assert server.connections == 2


def test_stale_pooled_connection_is_replaced() -> None:
    """The server drops the idle connection; the next send notices at RSET and uses a new one, delivering once."""

    def final(conv, line: str) -> bool:
        conv.reply("250 2.0.0 Ok")
        return False  # and hang up

    with ScriptedServer({".": final}) as server:
        with resilient_smtp.Sender(server.address, tls="off", retry=1) as sender:
            sender.send(make_message(subject="one"))
            time.sleep(0.1)
            assert sender.send(make_message(subject="two")).code == 250
            assert sender.pool_stats == (2, 0)  # the stale one failed its RSET: not counted as reused
    assert len(server.messages) == 2


def test_idle_connection_is_closed_not_reused() -> None:
    with ScriptedServer() as server:
        with resilient_smtp.Sender(server.address, tls="off", idle_timeout=0.3) as sender:
            sender.send(make_message())
            time.sleep(0.5)
            sender.send(make_message())
            assert sender.pool_stats == (2, 0)
        assert server.wait_until(lambda: server.verbs().count("QUIT") == 2)
        verbs = server.verbs()
    assert server.connections == 2
    assert "RSET" not in verbs
    assert verbs.count("QUIT") == 2


def test_close_quits_and_sender_refuses_afterwards() -> None:
    with ScriptedServer() as server:
        sender = resilient_smtp.Sender(server.address, tls="off")
        sender.send(make_message())
        sender.close()
        assert sender.closed
        time.sleep(0.1)
        assert server.commands[-1].upper() == "QUIT"
        with pytest.raises(RuntimeError):
            sender.send(make_message())


def test_async_context_manager_closes() -> None:
    with ScriptedServer() as server:

        async def main() -> resilient_smtp.Sender:
            async with resilient_smtp.Sender(server.address, tls="off") as sender:
                await sender.send_async(make_message())
                await sender.send_async(make_message())
                assert sender.pool_stats == (1, 1)
            return sender

        sender = asyncio.run(main())
        assert sender.closed
        time.sleep(0.1)
        assert server.commands[-1].upper() == "QUIT"


def test_repr_has_no_credentials() -> None:
    sender = resilient_smtp.Sender(
        "127.0.0.1:2525", tls="off", username="user", password="s3cret-pw", allow_insecure_auth=True
    )
    text = repr(sender) + str(sender)
    sender.close()
    assert "s3cret-pw" not in text
    assert "127.0.0.1:2525" in text


def test_bad_options_fail_before_any_connection() -> None:
    with pytest.raises(ValueError):
        resilient_smtp.Sender("127.0.0.1:2525", tls="bogus")
    with pytest.raises(TypeError):
        resilient_smtp.Sender("127.0.0.1:2525", sender="a@example.com")
    with resilient_smtp.Sender("127.0.0.1:2525", tls="off") as sender, pytest.raises(ValueError):
        sender.send_many([raw(1)], concurrency=0)


# --------------------------------------------------------------------------------------------------------------------
# Bulk


def test_send_many_outcomes_in_input_order_without_raising() -> None:
    items = [
        make_message(subject="first"),
        (raw(2), "a@example.com", ["nobody@example.net"]),
        b"no headers at all\r\n",
        (raw(4), "a@example.com", ["b@example.net", "c@example.net"]),
        (raw(5), "a@example.com", ["not an address"]),
        raw(6),
        "From: a@example.com\r\nTo: b@example.net\r\n\r\nstr message\r\n",
    ]
    with ScriptedServer({"RCPT": refuse_nobody}) as server:
        with resilient_smtp.Sender(server.address, tls="off", retry=1) as sender:
            out = sender.send_many(items, concurrency=3)
    assert len(out) == 7
    assert isinstance(out[0], resilient_smtp.SendResult)
    assert isinstance(out[1], resilient_smtp.RecipientsRefused)
    assert isinstance(out[2], ValueError)
    assert isinstance(out[3], resilient_smtp.SendResult) and out[3].message_id == "<raw-4@example.com>"
    assert isinstance(out[4], ValueError)
    assert isinstance(out[5], resilient_smtp.SendResult) and out[5].message_id == "<raw-6@example.com>"
    assert isinstance(out[6], resilient_smtp.SendResult)
    # (ScriptedServer opens DATA even when it refused every RCPT; the client then ends it empty, RFC 2920 §3.1.)
    assert len([m for m in server.messages if m.data.strip()]) == 4


def test_send_many_reads_a_generator_lazily() -> None:
    pulled = {"n": 0}

    def gen(n: int) -> Iterator[bytes]:
        for i in range(n):
            pulled["n"] += 1
            yield raw(i)

    with SmtpSink(dump=False) as sink, resilient_smtp.Sender(sink.address, tls="off") as sender:
        it = sender.imap(gen(10_000), concurrency=4)
        first = next(it)
        assert isinstance(first, resilient_smtp.SendResult)
        # Read ahead at most `window` (4 * concurrency + 16) unfinished deliveries, and (while the oldest is slow to
        # finish, so the other connections keep going) at most 2048 finished outcomes behind it: never the whole stream.
        assert pulled["n"] <= 2048 + 4 * 4 + 16 + 1
        ids = [first.message_id] + [o.message_id for o in it]  # type: ignore[union-attr]
    assert ids == [f"<raw-{i}@example.com>" for i in range(10_000)]


def test_send_many_keeps_at_most_concurrency_in_flight() -> None:
    lock = threading.Lock()
    state = {"now": 0, "max": 0}

    def mail(conv, line: str) -> bool:
        with lock:
            state["now"] += 1
            state["max"] = max(state["max"], state["now"])
        conv.reply("250 2.1.0 Ok")
        return True

    def final(conv, line: str) -> bool:
        time.sleep(0.02)
        with lock:
            state["now"] -= 1
        conv.reply("250 2.0.0 Ok")
        return True

    with ScriptedServer({"MAIL": mail, ".": final}) as server:
        with resilient_smtp.Sender(server.address, tls="off") as sender:
            out = sender.send_many((raw(i) for i in range(60)), concurrency=5)
            opened, reused = sender.pool_stats
    assert all(isinstance(o, resilient_smtp.SendResult) for o in out)
    assert state["max"] == 5
    assert opened <= 5 and opened + reused == 60
    assert server.connections <= 5


def test_send_many_progress_callback_and_bar(capsys: pytest.CaptureFixture) -> None:
    seen: list[tuple] = []
    with SmtpSink(dump=False) as sink, resilient_smtp.Sender(sink.address, tls="off") as sender:
        sender.send_many([raw(i) for i in range(5)], progress=lambda d, t, o: seen.append((d, t, type(o))))
        sender.send_many((raw(i) for i in range(3)), progress=True)
    assert seen == [(i, 5, resilient_smtp.SendResult) for i in range(1, 6)]
    err = capsys.readouterr().err
    assert "3" in err and ("sent 3" in err or "3/" in err or "3it" in err or "3msg" in err)


def test_send_many_async_in_order() -> None:
    with SmtpSink(dump=False) as sink:

        async def main() -> list:
            async with resilient_smtp.Sender(sink.address, tls="off") as sender:
                return await sender.send_many_async((raw(i) for i in range(50)), concurrency=8)

        out = asyncio.run(main())
    assert [o.message_id for o in out] == [f"<raw-{i}@example.com>" for i in range(50)]


def test_interrupted_stream_closes_its_connections() -> None:
    """Dropping a bulk iterator halfway aborts the deliveries still running: their connections are closed at once
    and never reused."""
    closed = threading.Event()
    stalled = {"n": 0}
    lock = threading.Lock()

    def final(conv, line: str) -> bool:
        if conv.recipients == ["r0@example.net"]:
            conv.reply("250 2.0.0 Ok")
            return True
        with lock:
            stalled["n"] += 1
        conv.sock.settimeout(10)
        try:
            conv.sock.recv(1)  # b"" when the client closes
        except OSError:
            pass
        with lock:
            stalled["n"] -= 1
            if stalled["n"] == 0:
                closed.set()
        return False

    with ScriptedServer({".": final}) as server:
        with resilient_smtp.Sender(server.address, tls="off", retry=1) as sender:
            it = sender.imap(((raw(i), "a@example.com", [f"r{i}@example.net"]) for i in range(10)), concurrency=3)
            start = time.monotonic()
            assert isinstance(next(it), resilient_smtp.SendResult)
            # The first outcome is not held back by the stalled ones behind it (outcomes are awaited in batches).
            assert time.monotonic() - start < 1.0
            time.sleep(0.2)
            it.close()  # type: ignore[attr-defined]
            assert closed.wait(1.0), "the stalled connections were not closed"
            assert sender.pool_stats[0] <= 3
            assert sender.send(raw(99), sender="a@example.com", recipients=["r0@example.net"]).code == 250


# --------------------------------------------------------------------------------------------------------------------
# PIPELINING (RFC 2920)


def _mail_sees_rest_of_batch(seen: list):
    def mail(conv, line: str) -> bool:
        seen.append(b"DATA" in conv.buffer)
        conv.reply("250 2.1.0 Ok")
        return True

    return mail


def test_pipelining_sends_mail_rcpt_data_in_one_write() -> None:
    seen: list = []
    with ScriptedServer({"MAIL": _mail_sees_rest_of_batch(seen)}) as server:
        with resilient_smtp.Sender(server.address, tls="off") as sender:
            sender.send(make_message(to="b@example.net, c@example.net"))
            sender.send(make_message())
    assert seen == [True, True]


def test_no_pipelining_when_not_offered() -> None:
    seen: list = []
    with ScriptedServer({"MAIL": _mail_sees_rest_of_batch(seen)}, ehlo_lines=("8BITMIME",)) as server:
        with resilient_smtp.Sender(server.address, tls="off") as sender:
            sender.send(make_message(to="b@example.net, c@example.net"))
            sender.send(make_message())
    assert seen == [False, False]


def test_pipelined_rcpt_refusal_is_reported_per_recipient() -> None:
    seen: list = []
    with ScriptedServer({"RCPT": refuse_nobody, "MAIL": _mail_sees_rest_of_batch(seen)}) as server:
        result = resilient_smtp.send(
            make_message(to="b@example.net, nobody@example.net, c@example.net"), server.address, tls="off", retry=1
        )
        assert seen == [True]
        assert set(result.refused) == {"nobody@example.net"}
        assert result.refused["nobody@example.net"][0] == 550
        assert result.transactions[0].accepted == ["b@example.net", "c@example.net"]
        with pytest.raises(resilient_smtp.RecipientsRefused) as err:
            resilient_smtp.send(
                make_message(to="nobody@example.net, nobody@example.org"), server.address, tls="off", retry=1
            )
        assert set(err.value.recipients) == {"nobody@example.net", "nobody@example.org"}
        assert len([m for m in server.messages if m.data.strip()]) == 1


@pytest.mark.parametrize("options", [(), ("-p",)], ids=["pipelining", "no-pipelining"])
def test_smtp_sink_with_and_without_pipelining(options: tuple) -> None:
    with SmtpSink(*options) as sink:
        with resilient_smtp.Sender(sink.address, tls="off") as sender:
            out = sender.send_many(
                [make_message(subject=f"s{i}", to="b@example.net, c@example.net") for i in range(20)], concurrency=4
            )
            assert sender.pool_stats[1] >= 16
        assert all(isinstance(o, resilient_smtp.SendResult) for o in out)
        assert sink.received() == 20


def test_result_built_by_the_core_equals_one_built_by_the_dataclass() -> None:
    # The core builds results without the dataclasses' __init__ for speed, and leaves timings, attempts and
    # transactions native until first read: every field must still arrive, with the same values, whatever reads it
    # first (==, repr, to_dict, pickle, copy, dataclasses.replace).
    import copy
    import dataclasses
    import pickle

    from resilient_smtp.types import Attempt, SendResult, Transaction

    def core_result():
        return sender._client.send(data, "a@example.com", ["b@example.net", "nobody@example.net"], [], [], "<m@x>")

    with ScriptedServer({"RCPT": refuse_nobody}) as server:
        with resilient_smtp.Sender(server.address, tls="off") as sender:
            data = make_message().as_bytes()
            fast, lazy, extra = core_result(), [core_result() for _ in range(7)], [core_result(), core_result()]
    names = [f.name for f in dataclasses.fields(SendResult)]
    assert "_detail" in vars(fast) and not {"timings", "attempts", "transactions"} & set(vars(fast))
    slow = SendResult(**{name: getattr(fast, name) for name in names})
    assert "_detail" not in vars(fast) and set(vars(fast)) == set(names)
    for obj, cls in [(fast.attempts[0], Attempt), (fast.transactions[0], Transaction)]:
        assert type(obj) is cls and list(vars(obj)) == [f.name for f in dataclasses.fields(cls)], cls
    assert Attempt(**vars(fast.attempts[0])) == fast.attempts[0]
    assert Transaction(**vars(fast.transactions[0])) == fast.transactions[0]
    assert fast == slow and repr(fast) == repr(slow) and fast.to_dict() == slow.to_dict() and hash(repr(fast))
    assert fast.refused and fast.attempts[0].phase is resilient_smtp.Phase.DATA_DONE
    assert fast.timings is fast.transactions[0].timings and fast.tls is None
    # Each way in materializes the rest, from results nobody has looked into yet.
    ways = [
        lambda r: r.attempts,
        repr,
        SendResult.to_dict,
        lambda r: pickle.loads(pickle.dumps(r)),
        copy.copy,
        copy.deepcopy,
        lambda r: dataclasses.replace(r, code=251),
    ]
    assert len(ways) == len(lazy)
    for way, r in zip(ways, lazy):
        assert "_detail" in vars(r)
        way(r)
        assert "_detail" not in vars(r), way
    a, b = extra
    assert a != b  # two deliveries (their timings differ): == compares every field, so both come out materialized
    assert "_detail" not in vars(a) and "_detail" not in vars(b)
    for r in lazy:
        clone = pickle.loads(pickle.dumps(r))
        assert "_detail" not in vars(clone) and clone == r and clone.attempts == r.attempts
        assert copy.copy(r) == r and dataclasses.replace(r, code=251).code == 251
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        fast.nope  # noqa: B018
    assert not hasattr(lazy[0], "nope")
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.code = 1  # type: ignore[misc]


def test_idle_connection_is_closed_by_the_pool_on_its_own() -> None:
    with ScriptedServer() as server, resilient_smtp.Sender(server.address, tls="off", idle_timeout=0.3) as sender:
        sender.send(make_message())
        deadline = time.monotonic() + 2.0
        while time.monotonic() < deadline and server.commands[-1].upper() != "QUIT":
            time.sleep(0.05)
        assert server.commands[-1].upper() == "QUIT"
        closed_after = time.monotonic() - (deadline - 2.0)
        assert closed_after < 0.3 + 0.5


def test_native_and_python_preparation_agree() -> None:
    """(bytes, str, recipients) items are prepared natively; every other shape by message.prepare. Both must give
    the same envelope and Message-ID, whatever the header block looks like."""
    from resilient_smtp.message import prepare

    bodies = [
        b"Subject: a\r\nMessage-ID:   <one@example.com>  \r\n\r\nbody\r\n",  # trimmed
        b"Subject: b\nmessage-id:<two@example.com>\n\nbody\n",  # bare LF, lower case
        b"Subject: c\r\n\r\nno id\r\n",  # none
        b"Subject: d\r\n\r\nMessage-ID: <in-body@example.com>\r\n",  # only in the body: not the header's
        b"Subject: e\r\nMessage-ID:\r\n <folded@example.com>\r\n\r\nx\r\n",  # folded: the full parser reads it
    ]
    shapes = []
    for body in bodies:
        shapes += [
            (body, "a@example.com", ["b@example.net"]),
            (body, "a@example.com", "b@example.net"),
            (body, "a@example.com", ("b@example.net",)),
            (bytearray(body), "a@example.com", ["b@example.net"]),
        ]
    with SmtpSink() as sink, resilient_smtp.Sender(sink.address, tls="off") as sender:
        out = sender.send_many(shapes, concurrency=3)
    for (data, sender_, rcpts), o in zip(shapes, out):
        assert isinstance(o, resilient_smtp.SendResult), o
        assert o.message_id == prepare(bytes(data), sender_, rcpts, "x").message_id, data
    assert out[0].message_id == "<one@example.com>" and out[8].message_id is None
    assert out[12].message_id is None and out[16].message_id == "<folded@example.com>"


def test_native_preparation_refuses_what_send_refuses() -> None:
    with SmtpSink() as sink:
        with resilient_smtp.Sender(sink.address, tls="off") as sender:
            out = sender.send_many(
                [
                    (RAW % 1, "a@example.com", ["not an address"]),
                    (RAW % 2, "a@example.com", [b"b@example.net"]),
                    (RAW % 3, "bad\r\nsender@example.com", ["b@example.net"]),
                    (RAW % 4, "\ud800@example.com", ["b@example.net"]),
                    ("caf\ud800".encode("utf-8", "surrogatepass"), "a@example.com", ["x\ud800@e.net"]),
                    (RAW % 5, "a@example.com", ["b@example.net"]),
                ]
            )
        assert [type(o).__name__ for o in out] == [
            "ValueError",
            "TypeError",
            "ValueError",
            "UnicodeEncodeError",
            "UnicodeEncodeError",
            "SendResult",
        ]
        assert all(isinstance(o, ValueError) for o in out[3:5])  # UnicodeError is a ValueError
        assert sink.received() == 1


def test_bulk_prepares_plain_messages_natively_as_the_generator_would(monkeypatch: pytest.MonkeyPatch) -> None:
    """Plain single-part messages in send_many take from_message's native route inside the stream (no Python call per
    item); the rest go through Sender._prepare_item. Either way the server gets the generator's bytes, the envelope
    from the headers (Bcc a recipient, never a header) and the Message-ID the result names."""
    import email.message
    import re

    from resilient_smtp import _serialize
    from resilient_smtp import message as msgmod

    def build(i: int, **extra: str) -> email.message.EmailMessage:
        m = email.message.EmailMessage()
        m["From"], m["To"], m["Subject"] = f"Sender {i} <s{i}@example.com>", f"r{i}@example.net", f"bulk {i}"
        for name, value in extra.items():
            m[name.replace("_", "-")] = value
        m.set_content(f"line one of {i}\n.line two\n")
        return m

    multipart = build(5)
    multipart.add_attachment(b"\x00\x01", maintype="application", subtype="octet-stream", filename="a.bin")
    multipart.set_boundary("fixed-boundary")  # else each serialization draws its own
    compat = email.message.Message()
    compat["From"], compat["To"] = "c@example.com", "d@example.net"
    compat.set_payload("compat32 body\n")
    items = [
        build(0),
        build(1, Bcc="hidden@example.org", Cc="seen@example.org"),
        build(2, Message_ID="<given@example.com>", Date="Tue, 01 Dec 2026 10:00:00 +0000"),
        (build(3), "other@example.com", ["x@example.net"]),
        build(
            4, Resent_Date="Tue, 01 Dec 2026 10:00:00 +0000", Resent_From="re@example.com", Resent_To="rt@example.net"
        ),
        multipart,
        compat,
        build(7),
    ]
    python_route: list[object] = []
    original = resilient_smtp.Sender._prepare_item

    def counting(self: resilient_smtp.Sender, item: object) -> object:
        python_route.append(item)
        return original(self, item)

    monkeypatch.setattr(resilient_smtp.Sender, "_prepare_item", counting)
    with ScriptedServer() as server, resilient_smtp.Sender(server.address, tls="off") as sender:
        out = sender.send_many(items, concurrency=3)
    assert all(isinstance(o, resilient_smtp.SendResult) for o in out), out
    assert [items.index(i) for i in python_route] == [3, 4, 5, 6]  # the others never left the stream
    by_id = {}
    for m in server.messages:
        found = re.search(rb"^Message-ID: (.*)\r$", m.data, re.MULTILINE | re.IGNORECASE)
        assert found is not None, m.data
        by_id[found.group(1).decode()] = m
    assert len(by_id) == len(items)
    for item, o in zip(items, out):
        msg = item[0] if isinstance(item, tuple) else item
        got = by_id[o.message_id]
        new_id = None if "Message-ID" in msg else o.message_id
        date = re.search(rb"^Date: (.*)\r$", got.data, re.MULTILINE)
        new_date = None if "Date" in msg else date.group(1).decode()
        expected = msgmod.generate(msg, _serialize.wire_policy(msg.policy, False), new_id, new_date)
        assert got.data == expected, (item, got.data, expected)
        if isinstance(item, tuple):
            assert (got.sender, got.recipients) == ("other@example.com", ["x@example.net"])
    assert by_id[out[1].message_id].recipients == ["r1@example.net", "hidden@example.org", "seen@example.org"]
    assert b"hidden@example.org" not in by_id[out[1].message_id].data
    assert out[2].message_id == "<given@example.com>"
    assert by_id[out[4].message_id].recipients == ["rt@example.net"]
