"""The outbox on SQLite against real servers: crash safety (SIGKILL mid-run, os._exit after put), the schedule
(greylisting, lifetime), outcomes (5xx, partial refusals, uncertain), idempotent keys, destination backoff, hooks."""

from __future__ import annotations

import asyncio
import email.parser
import email.policy
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import resilient_smtp
from conftest import make_message
from peers import Aiosmtpd, ScriptedServer, SmtpSink, closed_port, drop
from resilient_smtp import Outbox

if TYPE_CHECKING:
    from typing_extensions import Self

HERE = Path(__file__).resolve().parent


def message_id(data: bytes) -> str:
    return str(email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(data)["Message-ID"]).strip()


class CountingServer(Aiosmtpd):
    """aiosmtpd on loopback that keeps each message's Message-ID and takes ``delay`` seconds to answer after ".": a
    worker killed meanwhile has sent a message whose reply it never read."""

    def __init__(self, delay: float = 0.0) -> None:
        super().__init__()
        self.delay = delay
        self.ids: list[str] = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        with self.lock:
            self.ids.append(message_id(envelope.original_content or envelope.content))
        if self.delay:
            await asyncio.sleep(self.delay)
        return "250 2.0.0 OK queued"


def raw(i: int) -> tuple[bytes, str, list[str]]:
    data = f"From: a@example.com\r\nTo: b@example.net\r\nSubject: n{i}\r\n\r\nbody {i}\r\n".encode()
    return data, "a@example.com", ["b@example.net"]


def test_sigkill_mid_run_loses_nothing_and_resends_nothing_uncertain(tmp_path: Path) -> None:
    db = str(tmp_path / "outbox.db")
    with CountingServer(delay=0.005) as server:
        box = Outbox(db, "127.0.0.1", server.port, tls="off", first_retry=1, timeout=10, deadline=20)
        ids = box.put_many(raw(i) for i in range(1000))
        worker = subprocess.Popen(
            [sys.executable, str(HERE / "outbox_worker.py"), db, "127.0.0.1", str(server.port)],
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert worker.stdout is not None and worker.stdout.readline().strip() == "ready"
            end = time.monotonic() + 60
            while len(server.ids) < 300 and time.monotonic() < end:
                time.sleep(0.005)
            worker.send_signal(signal.SIGKILL)
        finally:
            worker.wait()
            assert worker.stdout is not None
            worker.stdout.close()
        assert 300 <= len(server.ids) < 1000, "killed mid-run"
        stats = box.stats()
        assert stats["sending"] > 0, f"the kill left leases behind: {stats}"
        # A restarted worker on this machine takes over the dead one's leases at once, not after the lease.
        started = time.monotonic()
        done = box.work(until_idle=True)
        took = time.monotonic() - started
        assert took < box.lease / 2, f"took {took:.1f} s (lease {box.lease:.0f} s)"
        stats = box.stats()
        assert stats["queued"] == stats["sending"] == stats["deferred"] == stats["failed"] == 0, stats
        assert stats["sent"] + stats["uncertain"] == 1000
        uncertain = {e.id for e in box.list("uncertain", limit=1000)}
        assert len(uncertain) == stats["uncertain"] == done["uncertain"]
        entries = {qid: box.status(qid) for qid in ids}
        for qid, entry in entries.items():
            assert entry is not None
            copies = server.ids.count(entry.message_id)
            if qid in uncertain:
                assert copies <= 1, "never resent unless asked"
                assert isinstance(entry.error, resilient_smtp.DeliveryUncertain)
                assert entry.error.maybe_delivered
            else:
                assert entry.state == "sent"
                assert copies == 1, f"{qid}: {copies} copies"
        # Asked to, the uncertain ones go again with the same bytes: now every message is at the server, and any
        # duplicate is among the uncertain entries.
        for qid in uncertain:
            box.retry(qid, uncertain=True)
        box.work(until_idle=True)
        assert box.stats()["sent"] == 1000
        for qid, entry in entries.items():
            copies = server.ids.count(entry.message_id)
            assert copies >= 1
            assert copies == 1 or qid in uncertain


def test_put_is_durable_across_os_exit(tmp_path: Path) -> None:
    db = str(tmp_path / "outbox.db")
    code = (
        "import os, sys, resilient_smtp\n"
        f"box = resilient_smtp.Outbox({db!r}, '127.0.0.1', 25, tls='off')\n"
        "qid = box.put(b'Subject: s\\r\\n\\r\\nbody\\r\\n', 'a@example.com', ['b@example.net'])\n"
        "sys.stdout.write(qid); sys.stdout.flush(); os._exit(0)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    qid = out.stdout.strip()
    entry = Outbox(db, "127.0.0.1", 25, tls="off").status(qid)
    assert entry is not None and entry.state == "queued" and entry.attempts == 0
    assert entry.message_id and entry.message_id.startswith("<"), "a Message-ID is added, kept for every resend"


def test_greylisting_defers_for_at_least_first_retry_then_sends(tmp_path: Path) -> None:
    with ScriptedServer(greylist=True) as server:
        box = Outbox(tmp_path / "o.db", server.host, server.port, tls="off", first_retry=1, max_retry_delay=2)
        qid = box.put(make_message())
        assert box.work(until_idle=True) == {"sent": 0, "deferred": 1, "failed": 0, "uncertain": 0}
        entry = box.status(qid)
        assert entry is not None and entry.state == "deferred" and entry.attempts == 1
        assert entry.next_attempt is not None and entry.next_attempt - entry.updated >= 1.0
        assert isinstance(entry.error, resilient_smtp.RecipientsRefused) and entry.error.smtp_code == 450
        assert entry.error.transient
        assert box.work(until_idle=True)["sent"] == 0, "not due yet"
        time.sleep(max(0.0, entry.next_attempt - time.time()) + 0.05)
        assert box.work(until_idle=True)["sent"] == 1
        entry = box.status(qid)
        assert entry is not None and entry.state == "sent" and entry.attempts == 2 and entry.error is None
        assert entry.result is not None and entry.result["code"] == 250
        assert entry.result["message_id"] == entry.message_id == message_id(server.messages[0].data)
        assert len(server.messages) == 1


def test_5xx_fails_with_phase_and_code(tmp_path: Path) -> None:
    with SmtpSink("-f", "RCPT") as sink:
        failed: list[tuple[str, object]] = []
        box = Outbox(tmp_path / "o.db", sink.host, sink.port, tls="off", on_failed=lambda i, e: failed.append((i, e)))
        qid = box.put(make_message())
        assert box.work(until_idle=True)["failed"] == 1
        entry = box.status(qid)
        assert entry is not None and entry.state == "failed"
        assert isinstance(entry.error, resilient_smtp.RecipientsRefused)
        assert entry.error.phase == "rcpt" and entry.error.smtp_code is not None and entry.error.smtp_code >= 500
        assert not entry.error.transient
        assert entry.recipient_log["bob@example.net"]["state"] == "failed"
        assert [i for i, _ in failed] == [qid] and isinstance(failed[0][1], resilient_smtp.RecipientsRefused)


def test_lifetime_expiry_fails_with_the_last_error(tmp_path: Path) -> None:
    with SmtpSink("-r", "RCPT") as sink:
        box = Outbox(tmp_path / "o.db", sink.host, sink.port, tls="off", first_retry=1, lifetime=0.5)
        qid = box.put(make_message())
        assert box.work(until_idle=True)["deferred"] == 1
        entry = box.status(qid)
        assert entry is not None and entry.next_attempt is not None
        time.sleep(max(0.0, entry.next_attempt - time.time()) + 0.05)
        assert box.work(until_idle=True)["failed"] == 1
        entry = box.status(qid)
        assert entry is not None and entry.state == "failed" and entry.attempts == 2
        assert isinstance(entry.error, resilient_smtp.RecipientsRefused)
        assert entry.error.phase == "rcpt" and entry.error.smtp_code is not None and 400 <= entry.error.smtp_code < 500
        assert "past its lifetime" in str(entry.error)


def test_key_is_idempotent(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "o.db", "127.0.0.1", closed_port(), tls="off")
    first = box.put(make_message(), key="order-17")
    assert box.put(make_message(subject="again"), key="order-17") == first
    ids = box.put_many([(make_message(), None, None, "k2"), (make_message(), None, None, "k2"), make_message()])
    assert ids[0] == ids[1] != ids[2]
    assert box.stats()["queued"] == 3
    entry = box.status(first)
    assert entry is not None and entry.key == "order-17"
    box.close()
    assert key_indexes(tmp_path / "o.db") == [
        ("outbox_key", "CREATE UNIQUE INDEX outbox_key ON outbox (key) WHERE key IS NOT NULL")
    ]


def key_indexes(db: Path) -> list[tuple[str, str | None]]:
    """The unique indexes on `outbox.key`: a new queue's holds only the entries that have one."""
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        unique = [r[1] for r in conn.execute("PRAGMA index_list(outbox)") if r[2]]
        on_key = [name for name in unique if [c[2] for c in conn.execute(f"PRAGMA index_info({name})")] == ["key"]]
        return [(n, conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (n,)).fetchone()[0]) for n in on_key]
    finally:
        conn.close()


def test_bad_input_queues_nothing(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "o.db", "127.0.0.1", closed_port(), tls="off")
    with pytest.raises(ValueError):
        box.put_many([make_message(), (b"Subject: x\r\n\r\n", "a@example.com", ["bad\r\nRCPT TO:<x@y>"])])
    with pytest.raises(ValueError):
        box.put(b"Subject: x\r\n\r\n", "a@example.com", [])
    with pytest.raises(TypeError):
        box.put(make_message(), key=5)  # type: ignore[arg-type]
    assert sum(box.stats().values()) == 0
    with pytest.raises(ValueError):
        Outbox(tmp_path / "o.db", "127.0.0.1", 25, first_retry=0)
    assert "secret" not in repr(Outbox(tmp_path / "o.db", "127.0.0.1", 25, tls="off", username="u", password="secret"))


def test_uncertain_is_kept_and_resent_only_when_asked(tmp_path: Path) -> None:
    uncertain: list[tuple[str, object]] = []
    with ScriptedServer({".": drop}) as server:
        box = Outbox(
            tmp_path / "o.db", server.host, server.port, tls="off", on_uncertain=lambda i, e: uncertain.append((i, e))
        )
        qid = box.put(make_message())
        assert box.work(until_idle=True)["uncertain"] == 1
        entry = box.status(qid)
        assert entry is not None and entry.state == "uncertain"
        assert isinstance(entry.error, resilient_smtp.UncertainDisconnect)
        assert [i for i, _ in uncertain] == [qid]
        assert box.work(until_idle=True)["uncertain"] == 0, "never resent on its own"
        with pytest.raises(ValueError, match="uncertain=True"):
            box.retry(qid)
        with pytest.raises(LookupError):
            box.retry("nope")
        box.retry(qid, uncertain=True)
        assert box.work(until_idle=True)["uncertain"] == 1
        assert len(server.messages) == 2
        assert message_id(server.messages[0].data) == message_id(server.messages[1].data) == entry.message_id


def test_partial_refusals_and_recipients_deferred_alone(tmp_path: Path) -> None:
    tries: dict[str, int] = {}

    def rcpt(conv, line):  # type: ignore[no-untyped-def]
        addr = line[8:].split(">")[0].lstrip("<")
        tries[addr] = tries.get(addr, 0) + 1
        if addr.startswith("gone"):
            conv.reply("550 5.1.1 no such user")
        elif addr.startswith("later") and tries[addr] == 1:
            conv.reply("451 4.2.0 try later")
        else:
            conv.recipients.append(addr)
            conv.reply("250 2.1.5 Ok")

    sent: list[tuple[str, object]] = []
    with ScriptedServer({"RCPT": rcpt}) as server:
        box = Outbox(
            tmp_path / "o.db",
            server.host,
            server.port,
            tls="off",
            first_retry=1,
            on_sent=lambda i, r: sent.append((i, r)),
        )
        rcpts = ["ok@example.net", "gone@example.net", "later@example.net"]
        qid = box.put(make_message(), recipients=rcpts)
        assert box.work(until_idle=True)["deferred"] == 1
        entry = box.status(qid)
        assert entry is not None and entry.state == "deferred" and entry.recipients == ["later@example.net"]
        assert {r: v["state"] for r, v in entry.recipient_log.items()} == {
            "ok@example.net": "sent",
            "gone@example.net": "failed",
            "later@example.net": "deferred",
        }
        assert entry.next_attempt is not None
        time.sleep(max(0.0, entry.next_attempt - time.time()) + 0.05)
        assert box.work(until_idle=True)["sent"] == 1
        entry = box.status(qid)
        assert entry is not None and entry.state == "sent"
        assert entry.recipient_log["later@example.net"]["state"] == "sent"
        assert [m.recipients for m in server.messages] == [["ok@example.net"], ["later@example.net"]]
        assert [i for i, _ in sent] == [qid] and sent[0][1]["accepted"] == ["later@example.net"]  # type: ignore[index]


def test_a_dead_destination_is_probed_by_one_connection(tmp_path: Path) -> None:
    with ScriptedServer({"greeting": "421 4.3.2 closing for maintenance"}) as server:
        box = Outbox(tmp_path / "o.db", server.host, server.port, tls="off", first_retry=1, max_retry_delay=1)
        box.put_many(make_message(subject=str(i)) for i in range(6))
        assert box.work(until_idle=True, concurrency=8)["deferred"] == 6
        first_round = server.connections
        entries = box.list()
        due = max(e.next_attempt or 0 for e in entries)
        time.sleep(max(0.0, due - time.time()) + 0.05)
        # The backoff is over: one message probes the destination; the others wait for its verdict.
        assert box.work(until_idle=True, concurrency=8)["deferred"] == 1
        assert server.connections - first_round == 1
        assert isinstance(box.list()[0].error, resilient_smtp.GreetingRefused)


def test_work_stops_on_request_after_what_is_in_flight(tmp_path: Path) -> None:
    with SmtpSink("-w", "1") as sink:
        box = Outbox(tmp_path / "o.db", sink.host, sink.port, tls="off")
        box.put_many(make_message(subject=str(i)) for i in range(20))
        timer = threading.Timer(0.3, box.stop)
        timer.start()
        started = time.monotonic()
        done = box.work(concurrency=4)
        timer.join()
        assert time.monotonic() - started < 5
        assert done["sent"] == 4, "the four in flight finish; nothing more is claimed"
        assert box.stats()["queued"] == 16 and box.stats()["sending"] == 0


def test_messages_to_a_refused_port_are_deferred_not_lost(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "o.db", "127.0.0.1", closed_port(), tls="off", first_retry=1)
    qid = box.put(make_message())
    assert box.work(until_idle=True)["deferred"] == 1
    entry = box.status(qid)
    assert entry is not None and isinstance(entry.error, resilient_smtp.ConnectionRefused)
    assert entry.error.phase == "connect"


class SessionCounter(CountingServer):
    """:class:`CountingServer` that also counts concurrent SMTP sessions and times each message's arrival."""

    def __init__(self, delay: float = 0.0) -> None:
        super().__init__(delay)
        self.open = 0
        self.peak = 0
        self.arrivals: list[float] = []

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        self.arrivals.append(time.monotonic())
        return await super().handle_DATA(server, session, envelope)

    def __enter__(self) -> Self:
        from aiosmtpd.controller import Controller
        from aiosmtpd.smtp import SMTP

        counter = self

        class Counted(SMTP):  # type: ignore[misc]
            def connection_made(self, transport):  # type: ignore[no-untyped-def]
                counter.open += 1
                counter.peak = max(counter.peak, counter.open)
                super().connection_made(transport)

            def connection_lost(self, exc):  # type: ignore[no-untyped-def]
                counter.open -= 1
                super().connection_lost(exc)

        class Ctl(Controller):  # type: ignore[misc]
            def factory(self):  # type: ignore[no-untyped-def]
                return Counted(self.handler, **self.SMTP_kwargs)

        self.controller = Ctl(self, hostname="127.0.0.1", port=self.port)
        self.controller.start()
        self.peak = self.open = 0  # the controller's own check connection
        return self


def test_max_connections_per_destination_is_never_exceeded(tmp_path: Path) -> None:
    with SessionCounter(delay=0.02) as server:
        box = Outbox(tmp_path / "o.db", "127.0.0.1", server.port, tls="off", max_connections=3)
        box.put_many(raw(i) for i in range(60))
        assert box.work(until_idle=True, concurrency=16)["sent"] == 60
        assert 1 <= server.peak <= 3, server.peak


def test_max_rate_per_destination_holds_within_ten_percent(tmp_path: Path) -> None:
    with SessionCounter() as server:
        box = Outbox(tmp_path / "o.db", "127.0.0.1", server.port, tls="off", max_rate=20)
        box.put_many(raw(i) for i in range(41))
        assert box.work(until_idle=True, concurrency=8)["sent"] == 41
        span = server.arrivals[-1] - server.arrivals[0]
        rate = 40 / span
        assert 18 <= rate <= 22, f"{rate:.1f} msg/s"


def test_cli_work_stats_list_show_retry_purge(tmp_path: Path) -> None:
    db = str(tmp_path / "o.db")

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "resilient_smtp", "outbox", *args], capture_output=True, text=True, timeout=60
        )

    with ScriptedServer({".": drop}) as server:
        box = Outbox(db, server.host, server.port, tls="off")
        qid = box.put(make_message())
        out = cli("work", db, "--host", server.address, "--tls", "off", "--until-idle")
        assert out.returncode == 0, out.stderr
        assert '"uncertain": 1' in out.stdout
    assert '"uncertain": 1' in cli("stats", db).stdout
    listed = cli("list", db, "--state", "uncertain").stdout
    assert qid in listed and "UncertainDisconnect" in listed
    assert '"maybe_delivered": true' in cli("show", db, qid).stdout
    refused = cli("retry", db, qid)
    assert refused.returncode == 2 and "uncertain=True" in refused.stderr
    assert cli("retry", db, qid, "--uncertain").returncode == 0
    assert box.status(qid).state == "queued"  # type: ignore[union-attr]
    assert cli("purge", db, "--state", "queued", "--older-than", "0s").stdout.strip() == "1"
    assert cli("show", db, qid).returncode == 1


# The schema of the versions that kept a message's bytes in the `outbox` row (and an index of leases): a queue made by
# one must be taken over as it is, its entries delivered with the same bytes.
OLD_SCHEMA = """
CREATE TABLE outbox (id TEXT PRIMARY KEY, key TEXT UNIQUE, dest TEXT NOT NULL, state TEXT NOT NULL,
    sender TEXT NOT NULL, recipients TEXT NOT NULL, data BLOB NOT NULL, message_id TEXT,
    created DOUBLE PRECISION NOT NULL, updated DOUBLE PRECISION NOT NULL, next_attempt DOUBLE PRECISION NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0, lease_owner TEXT, lease_until DOUBLE PRECISION,
    data_started INTEGER NOT NULL DEFAULT 0, error TEXT, result TEXT, recipient_log TEXT NOT NULL DEFAULT '{}');
CREATE INDEX outbox_due ON outbox (next_attempt) WHERE state IN ('queued', 'deferred');
CREATE INDEX outbox_state ON outbox (state, updated);
CREATE INDEX outbox_leases ON outbox (lease_until) WHERE state = 'sending';
CREATE TABLE outbox_dest (dest TEXT PRIMARY KEY, failures INTEGER NOT NULL, backoff_until DOUBLE PRECISION NOT NULL);
"""


def old_rows(n: int, port: int) -> list[tuple[object, ...]]:
    """Queued entries as the old versions stored them (destination: the relay at ``port``)."""
    now = time.time()
    rows = []
    for i in range(n):
        data = f"Message-ID: <old-{i}@example.com>\r\nSubject: old {i}\r\n\r\nbody {i}\r\n".encode()
        rows.append(
            (
                f"old{i}",
                None,
                f"relay:127.0.0.1:{port}",
                "queued",
                "a@example.com",
                '["b@example.net"]',
                data,
                f"<old-{i}@example.com>",
                now,
                now,
                now,
            )
        )
    return rows


def test_a_queue_made_by_the_old_schema_is_upgraded_and_delivered(tmp_path: Path) -> None:
    import sqlite3

    db = str(tmp_path / "old.db")
    with CountingServer() as server:
        conn = sqlite3.connect(db)
        conn.executescript(OLD_SCHEMA)
        conn.executemany(
            "INSERT INTO outbox (id, key, dest, state, sender, recipients, data, message_id, created, updated,"
            " next_attempt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            old_rows(3, server.port),
        )
        conn.commit()
        conn.close()
        box = Outbox(db, "127.0.0.1", server.port, tls="off")
        assert box.stats()["queued"] == 3
        assert box.work(until_idle=True)["sent"] == 3
        assert sorted(server.ids) == [f"<old-{i}@example.com>" for i in range(3)], "the same bytes"
        assert box.status("old1").state == "sent"  # type: ignore[union-attr]
        assert box.purge("sent", older_than=0) == 3
        box.close()
    conn = sqlite3.connect(db)
    columns = {r[1] for r in conn.execute("PRAGMA table_info(outbox)")}
    indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "data" not in columns and "outbox_leases" not in indexes
    assert conn.execute("SELECT count(*) FROM outbox_data").fetchone() == (0,), "purge deletes the bytes too"
    conn.close()


# The schema of the versions that indexed every entry by state (`outbox_state`, now `outbox_worked`: all but the queued
# ones): a queue made by one is taken over as it is, its counts and purges unchanged.
STATE_INDEX_SCHEMA = """
CREATE TABLE outbox (id TEXT PRIMARY KEY, key TEXT UNIQUE, dest TEXT NOT NULL, state TEXT NOT NULL,
    sender TEXT NOT NULL, recipients TEXT NOT NULL, message_id TEXT, created DOUBLE PRECISION NOT NULL,
    updated DOUBLE PRECISION NOT NULL, next_attempt DOUBLE PRECISION NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
    lease_owner TEXT, lease_until DOUBLE PRECISION, data_started INTEGER NOT NULL DEFAULT 0, error TEXT, result TEXT,
    recipient_log TEXT NOT NULL DEFAULT '{}');
CREATE TABLE outbox_data (id TEXT PRIMARY KEY, data BLOB NOT NULL);
CREATE INDEX outbox_due ON outbox (next_attempt) WHERE state IN ('queued', 'deferred');
CREATE INDEX outbox_state ON outbox (state, updated);
CREATE TABLE outbox_dest (dest TEXT PRIMARY KEY, failures INTEGER NOT NULL, backoff_until DOUBLE PRECISION NOT NULL);
"""


def test_a_queue_indexed_by_every_state_is_taken_over(tmp_path: Path) -> None:
    import sqlite3

    db = str(tmp_path / "state.db")
    with CountingServer() as server:
        conn = sqlite3.connect(db)
        conn.executescript(STATE_INDEX_SCHEMA)
        rows = old_rows(5, server.port)
        states = ["queued", "queued", "queued", "sent", "failed"]
        conn.executemany(
            "INSERT INTO outbox (id, key, dest, state, sender, recipients, message_id, created, updated,"
            " next_attempt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(*r[:3], state, *r[4:6], *r[7:]) for r, state in zip(rows, states)],
        )
        conn.executemany("INSERT INTO outbox_data (id, data) VALUES (?, ?)", [(r[0], r[6]) for r in rows])
        conn.commit()
        conn.close()
        box = Outbox(db, "127.0.0.1", server.port, tls="off")
        assert box.stats() == {**dict.fromkeys(box.stats(), 0), "queued": 3, "sent": 1, "failed": 1}
        assert box.work(until_idle=True)["sent"] == 3
        assert sorted(server.ids) == [f"<old-{i}@example.com>" for i in range(3)], "the same bytes"
        assert box.stats()["sent"] == 4 and box.stats()["queued"] == 0
        assert box.purge("failed", older_than=0) == 1
        assert box.purge("sent", older_than=0) == 4
        assert box.status("old0") is None
        box.close()
    conn = sqlite3.connect(db)
    indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "outbox_state" not in indexes and "outbox_worked" in indexes
    assert conn.execute("SELECT count(*) FROM outbox_data").fetchone() == (0,)
    conn.close()
    # Its keys stay unique by its own column's index, which the puts find.
    box = Outbox(db, "127.0.0.1", closed_port(), tls="off")
    first = box.put(make_message(), key="k")
    assert box.put(make_message(), key="k") == first and box.stats()["queued"] == 1
    box.close()
    assert key_indexes(Path(db)) == [("sqlite_autoindex_outbox_2", None)], "no second index on the keys"
