"""The outbox on PostgreSQL: a private cluster on loopback, three worker processes sharing one queue, one of them
SIGKILLed mid-run; the others finish its work."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import make_message
from peers import Aiosmtpd, Postgres, ScriptedServer, closed_port
from resilient_smtp import Outbox, OutboxError
from test_outbox import CountingServer, raw

HERE = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def pg() -> Postgres:
    with Postgres() as server:
        yield server  # type: ignore[misc]


def fresh_db(pg: Postgres, name: str) -> str:
    return pg.database(name)


def worker(url: str, port: int) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, str(HERE / "outbox_worker.py"), url, "127.0.0.1", str(port)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    return proc


def reap(workers: list[subprocess.Popen[str]]) -> None:
    """Every worker process ended (killed if still running) and its pipe closed."""
    for w in workers:
        if w.poll() is None:
            w.kill()
            w.wait()
        assert w.stdout is not None
        w.stdout.close()


def test_three_workers_share_one_queue_and_survive_a_kill(pg: Postgres) -> None:
    url = fresh_db(pg, "three")
    with CountingServer(delay=0.003) as server:
        box = Outbox(url, "127.0.0.1", server.port, tls="off", timeout=10, deadline=20)
        ids = box.put_many(raw(i) for i in range(3000))
        workers = [worker(url, server.port) for _ in range(3)]
        try:
            end = time.monotonic() + 120
            while len(server.ids) < 1000 and time.monotonic() < end:
                time.sleep(0.005)
            workers[0].send_signal(signal.SIGKILL)
            workers[0].wait()
            while time.monotonic() < end:
                s = box.stats()
                if s["queued"] + s["sending"] + s["deferred"] == 0:
                    break
                time.sleep(0.1)
            for w in workers[1:]:
                w.send_signal(signal.SIGTERM)
            for w in workers[1:]:
                assert w.wait(30) == 0, "SIGTERM: the worker finishes what is in flight and exits"
        finally:
            reap(workers)
        stats = box.stats()
        assert stats["queued"] == stats["sending"] == stats["deferred"] == stats["failed"] == 0, stats
        assert stats["sent"] + stats["uncertain"] == 3000
        uncertain = {e.id for e in box.list("uncertain", limit=3000)}
        # The killed worker's deliveries past their commands (two per turn: one whose content waits on its
        # connection, and the one carrying it) and those whose mark it asked for as they started (two rounds ahead):
        # none else can be uncertain. Concurrency 8.
        assert len(uncertain) <= 4 * 8, len(uncertain)
        for qid in ids:
            entry = box.status(qid)
            assert entry is not None
            copies = server.ids.count(entry.message_id)
            if qid in uncertain:
                assert copies <= 1
            else:
                assert copies == 1, f"{qid} ({entry.state}) reached the server {copies} times"


def test_a_worker_stopped_mid_run_gives_back_what_it_did_not_send(pg: Postgres) -> None:
    """SIGTERM mid-run: the deliveries in flight end, and those not started (marks asked ahead among them) are queued
    again, not left leased or `uncertain`; the next worker sends each of them once."""
    url = fresh_db(pg, "stopped")
    with CountingServer(delay=0.003) as server:
        box = Outbox(url, "127.0.0.1", server.port, tls="off", timeout=10, deadline=20)
        ids = box.put_many(raw(i) for i in range(1500))
        w = worker(url, server.port)
        try:
            end = time.monotonic() + 60
            while len(server.ids) < 300 and time.monotonic() < end:
                time.sleep(0.005)
            w.send_signal(signal.SIGTERM)
            assert w.wait(30) == 0
        finally:
            reap([w])
        stats = box.stats()
        assert stats["sending"] == stats["uncertain"] == stats["failed"] == 0, stats
        assert stats["queued"] > 0 and stats["sent"] >= 300, stats
        assert stats["queued"] + stats["sent"] == 1500
        assert box.work(until_idle=True)["uncertain"] == 0
        assert box.stats()["sent"] == 1500
        for qid in ids:
            entry = box.status(qid)
            assert entry is not None
            assert server.ids.count(entry.message_id) == 1, qid


def table_counters(pg: Postgres, db: str, *, inserted: int = 0, updated: int = 0) -> tuple[int, int, int]:
    """The sequential scans of `outbox` and `outbox_data`, and `outbox`'s inserted and updated rows so far, once the
    server's statistics show at least `inserted` and `updated` (a backend reports its counts a while after its
    statements)."""
    end = time.monotonic() + 15
    while True:
        out = pg.psql(
            "-Atc",
            "SELECT sum(seq_scan), sum(n_tup_ins) FILTER (WHERE relname = 'outbox'), "
            "sum(n_tup_upd) FILTER (WHERE relname = 'outbox') FROM pg_stat_user_tables "
            "WHERE relname IN ('outbox', 'outbox_data')",
            db=db,
        )
        scans, ins, upd = (int(x) for x in out.strip().split("|"))
        if (ins >= inserted and upd >= updated) or time.monotonic() > end:
            return scans, ins, upd
        time.sleep(0.1)


def state_index_read(pg: Postgres, db: str) -> int:
    """The entries read from `outbox_state` so far."""
    out = pg.psql("-Atc", "SELECT idx_tup_read FROM pg_stat_user_indexes WHERE indexrelname = 'outbox_state'", db=db)
    return int(out.strip())


@pytest.mark.parametrize("planned", ["on an empty queue", "after the put"])
def test_pg_claims_and_outcomes_never_scan_the_table(pg: Postgres, planned: str) -> None:
    """A claim, a mark and an outcome find their rows through the indexes whatever the table holds when their plans
    are made: a generic plan that joined the claim's update by hashing the whole table read every row (the sent ones
    too, kept until purged) at every claim; one made while the queue was empty (a worker started before any put, as a
    deployed one is) read both tables whole at every claim, mark and outcome (one worker: 2 300 msg/s against
    10 600). Nor do the marks and outcomes read the in-flight entries from `outbox_state`: planned on the empty queue,
    or with statistics (the `ANALYZE` after the put) that counted them as next to none, each batch read all of them
    (on the empty queue, 89 113 entries for these 2 999 messages; more with more in flight)."""
    db = "plans_" + planned.split()[-1]
    url = fresh_db(pg, db)
    total = 3000
    first = 1 if planned == "on an empty queue" else 0
    n = total - first  # delivered while counted
    with CountingServer() as server:
        box = Outbox(url, "127.0.0.1", server.port, tls="off")
        if first:
            box.put_many([raw(0)])
            assert box.work(until_idle=True)["sent"] == 1  # every hot statement planned, on tables of one row
        box.put_many(raw(i) for i in range(first, total))
        if planned == "after the put":
            pg.psql("-qc", "ANALYZE outbox", db=db)
        # The put's counts, and with them those of the schema's creation (its index builds scan the table).
        scans, _, updated = table_counters(pg, db, inserted=total)
        state_read = state_index_read(pg, db)
        assert box.work(until_idle=True)["sent"] == n
        box.close()  # its backends exit, and report their statistics
    after, _, updates = table_counters(pg, db, updated=updated + 3 * n)  # claim, data-started mark, outcome
    assert updates >= updated + 3 * n, "the statistics of the run arrived"
    assert after == scans, f"{after - scans} sequential scans of outbox or outbox_data while delivering {n} messages"
    # Read 0-2 entries in all when this file runs alone, up to 3 442 (1.1 per message) in CI's whole suite (not
    # explained; the housekeeping's sweeps read every in-flight entry), where a plan joining by filter read 29 per
    # message.
    read = state_index_read(pg, db) - state_read
    assert read < 5 * n, f"{read} entries of outbox_state read while delivering {n} messages"


def test_pg_outcomes_keys_and_retry(pg: Postgres) -> None:
    url = fresh_db(pg, "outcomes")
    with ScriptedServer(greylist=True) as server:
        box = Outbox(url, server.host, server.port, tls="off", first_retry=1, max_retry_delay=1)
        first = box.put(make_message(), key="k")
        assert box.put(make_message(), key="k") == first
        ids = box.put_many(
            [(make_message(), None, None, "k"), (make_message(to="carol@example.net"), None, None, "k2")]
        )
        assert ids[0] == first != ids[1]
        assert {k: v for k, v in box.stats().items() if v} == {"queued": 2}
        assert box.work(until_idle=True)["deferred"] == 2
        # Counted from the indexes: the queued ones are those waiting less the deferred.
        assert {k: v for k, v in box.stats().items() if v} == {"deferred": 2}
        entry = box.status(first)
        assert entry is not None and entry.state == "deferred" and entry.error is not None
        assert entry.error.smtp_code == 450
        box.retry(first)
        assert box.work(until_idle=True)["sent"] == 1
        assert box.status(first).state == "sent"  # type: ignore[union-attr]
        with pytest.raises(ValueError):
            box.retry(first)
        with pytest.raises(LookupError):
            box.retry("nope")
        assert box.purge("sent", older_than=0) == 1
        assert box.status(first) is None
    box.close()
    assert key_indexes(pg, "outcomes") == [
        "CREATE UNIQUE INDEX outbox_key ON public.outbox USING btree (key) WHERE (key IS NOT NULL)"
    ], "a new queue's index of keys holds only the entries that have one"
    state_index = pg.psql("-Atc", "SELECT indexdef FROM pg_indexes WHERE indexname = 'outbox_state'", db="outcomes")
    assert state_index.strip().endswith("WHERE (state <> 'queued'::text)"), "the queued ones are outbox_due's"
    # Compared byte by byte in their indexes (on an en_US.UTF-8 cluster the locale's collation made the claims'
    # server time 36-38 us per message against 22, and the marks' 14-16 against 10-11).
    collations = pg.psql(
        "-Atc",
        "SELECT table_name || '.' || column_name || '=' || coalesce(collation_name, '') FROM information_schema.columns "
        "WHERE table_name LIKE 'outbox%' AND column_name IN ('id', 'key', 'dest') ORDER BY 1",
        db="outcomes",
    ).split()
    assert collations == ["outbox.dest=C", "outbox.id=C", "outbox.key=C", "outbox_data.id=C", "outbox_dest.dest=C"]


def test_pg_puts_store_what_was_put(pg: Postgres) -> None:
    """Both routes of a put: without keys (streamed by COPY) and with some (the keyed statement, where keyless
    entries never conflict); every entry as given, with its Message-ID, due at once."""
    url = fresh_db(pg, "puts")
    box = Outbox(url, "127.0.0.1", closed_port(), tls="off")
    before = time.time()
    keyless = box.put_many([make_message(to="a@example.net", Message_ID="<one@example.com>"), make_message()])
    mixed = box.put_many(
        [(make_message(), None, None, "k"), make_message(), make_message(), (make_message(), None, None, "k")]
    )
    assert mixed[0] == mixed[3] and len(set(keyless + mixed[:3])) == 5
    assert box.stats()["queued"] == 5
    for qid in keyless + mixed[:3]:
        e = box.status(qid)
        assert e is not None and e.state == "queued" and e.attempts == 0 and e.sender == "alice@example.com"
        assert before <= e.created == e.updated == e.next_attempt <= time.time()
        assert e.message_id is not None and e.message_id.startswith("<")
        assert e.key == ("k" if qid == mixed[0] else None)
    one = box.status(keyless[0])
    assert one is not None and one.recipients == ["a@example.net"] and one.message_id == "<one@example.com>"
    assert box.status(mixed[1]).recipients == ["bob@example.net"]  # type: ignore[union-attr]
    # A bad item after several chunks of the put's feed, whose bytes the server was already copying: none of them
    # is queued, and the next put on the same connection goes through.
    with pytest.raises(ValueError, match="CR, LF"):
        box.put_many([make_message()] * 600 + [(b"Subject: x\r\n\r\n", "a@example.com", ["bad\r\nRCPT TO:<x@y>"])])
    assert box.stats()["queued"] == 5
    after = box.put_many([make_message(), (make_message(), None, None, "k")])
    assert after[1] == mixed[0] and box.stats()["queued"] == 6
    assert pg.psql("-Atc", "SELECT count(*) FROM outbox_data", db="puts").strip() == "6", "no bytes left behind"
    box.close()


def key_indexes(pg: Postgres, db: str) -> list[str]:
    return pg.psql(
        "-Atc", "SELECT indexdef FROM pg_indexes WHERE tablename = 'outbox' AND indexdef LIKE '%(key)%'", db=db
    ).splitlines()


def test_pg_opening_the_queue_waits_for_no_transaction(pg: Postgres) -> None:
    """A process opening a made queue (a worker starting, an application's first put) while another's transaction
    writes rows: the open reads the catalog only. `CREATE INDEX IF NOT EXISTS` took a SHARE lock on `outbox`, which
    waited for that transaction, and every claim, mark and outcome that came after waited behind it."""
    url = fresh_db(pg, "open_unlocked")
    Outbox(url, "127.0.0.1", 25).close()
    psql = ["psql", "-h", "127.0.0.1", "-p", str(pg.port), "-U", "postgres", "-d", "open_unlocked", "-q"]
    holder = subprocess.Popen(psql, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    try:
        assert holder.stdin is not None
        holder.stdin.write("BEGIN; UPDATE outbox SET attempts = attempts WHERE false; SELECT pg_sleep(20); COMMIT;\n")
        holder.stdin.flush()
        held = "SELECT count(*) FROM pg_locks WHERE relation = 'outbox'::regclass AND mode = 'RowExclusiveLock'"
        end = time.monotonic() + 10
        while pg.psql("-Atc", held, db="open_unlocked").strip() == "0":
            assert time.monotonic() < end, "the holder's transaction never began"
            time.sleep(0.05)
        started = time.monotonic()
        box = Outbox(url, "127.0.0.1", 25)
        assert box.stats()["queued"] == 0
        box.close()
        assert time.monotonic() - started < 5, "the open waited for the other transaction"
    finally:
        holder.kill()
        holder.communicate()  # waits, and closes its stdin


def test_pg_unreachable_is_an_outbox_error() -> None:
    with pytest.raises(OutboxError):
        Outbox("postgresql://postgres@127.0.0.1:1/postgres", "127.0.0.1", 25)


def test_pg_queue_made_by_the_old_schema_is_upgraded_and_delivered(pg: Postgres) -> None:
    from test_outbox import OLD_SCHEMA, old_rows

    url = fresh_db(pg, "old_schema")
    with CountingServer() as server:
        values = ", ".join(
            f"('{r[0]}', NULL, '{r[2]}', 'queued', '{r[4]}', '{r[5]}', convert_to('{r[6].decode()}', 'UTF8'),"  # type: ignore[attr-defined]
            f" '{r[7]}', {r[8]}, {r[9]}, {r[10]})"
            for r in old_rows(3, server.port)
        )
        sql = OLD_SCHEMA.replace("BLOB", "BYTEA") + (
            "INSERT INTO outbox (id, key, dest, state, sender, recipients, data, message_id, created, updated,"
            f" next_attempt) VALUES {values};"
        )
        pg.psql("-qc", sql, db="old_schema")
        box = Outbox(url, "127.0.0.1", server.port, tls="off")
        assert box.stats()["queued"] == 3
        assert box.work(until_idle=True)["sent"] == 3
        assert sorted(server.ids) == [f"<old-{i}@example.com>" for i in range(3)], "the same bytes"
        assert box.purge("sent", older_than=0) == 3
        box.close()
    left = pg.psql(
        "-Atc",
        "SELECT count(*) FROM outbox_data; SELECT count(*) FROM information_schema.columns WHERE table_name = "
        "'outbox' AND column_name = 'data'",
        db="old_schema",
    ).split()
    assert left == ["0", "0"], "the bytes moved out of outbox, and purge deletes them"
    # Its keys stay unique by its own column's constraint, which the puts find.
    box = Outbox(url, "127.0.0.1", 25, tls="off")
    first = box.put(make_message(), key="k")
    assert box.put(make_message(), key="k") == first and box.stats()["queued"] == 1
    box.close()
    assert key_indexes(pg, "old_schema") == ["CREATE UNIQUE INDEX outbox_key_key ON public.outbox USING btree (key)"]


def test_pg_a_dead_destination_is_probed_by_one_connection(pg: Postgres) -> None:
    url = fresh_db(pg, "probe")
    with ScriptedServer({"greeting": "421 4.3.2 closing for maintenance"}) as server:
        box = Outbox(url, server.host, server.port, tls="off", first_retry=1, max_retry_delay=1)
        box.put_many(make_message(subject=str(i)) for i in range(6))
        assert box.work(until_idle=True, concurrency=8)["deferred"] == 6
        first_round = server.connections
        due = max(e.next_attempt or 0 for e in box.list())
        time.sleep(max(0.0, due - time.time()) + 0.05)
        # The backoff is over: one message probes the destination; the others wait for its verdict.
        assert box.work(until_idle=True, concurrency=8)["deferred"] == 1
        assert server.connections - first_round == 1
        box.close()


class RefusingServer(Aiosmtpd):
    """aiosmtpd on loopback refusing at RCPT: 550 to the ``bad`` recipients, 450 to the ``later`` ones."""

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # type: ignore[no-untyped-def]
        if address.startswith("bad"):
            return "550 5.1.1 no such user"
        if address.startswith("later"):
            return "450 4.2.1 try later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        return "250 2.0.0 OK queued"


def test_pg_refusals_before_the_354_are_recorded_beside_deliveries(pg: Postgres) -> None:
    """A delivery asks for its "data started" mark as its commands go out; one refused at RCPT never needs it, and
    its outcome is recorded all the same: a third of each kind, eight at once, every entry in the state its reply
    says."""
    url = fresh_db(pg, "refusals")
    kinds = ["bad", "later", "good"]
    with RefusingServer() as server:
        box = Outbox(url, "127.0.0.1", server.port, tls="off", first_retry=300)
        ids = box.put_many((make_message(to=f"{kinds[i % 3]}{i}@example.net"), None, None) for i in range(300))
        assert box.work(until_idle=True, concurrency=8) == {"sent": 100, "deferred": 100, "failed": 100, "uncertain": 0}
        assert {k: v for k, v in box.stats().items() if v} == {"sent": 100, "deferred": 100, "failed": 100}
        for i, qid in enumerate(ids[:6]):
            entry = box.status(qid)
            assert entry is not None and entry.state == ["failed", "deferred", "sent"][i % 3], entry
            if entry.state != "sent":
                assert entry.error is not None and entry.error.phase == "rcpt", entry.error
    box.close()
