//! The SQLite store: WAL, and one thread per opened database that owns its connection and commits the work queued
//! to it in groups (one transaction, one sync, for every request waiting), so a hundred workers' "data started"
//! marks cost one commit, not a hundred; a second thread checkpoints the WAL beside it ([`checkpointer`]). Other
//! processes open the same file; SQLite's lock makes them take turns (`busy_timeout`).

use std::path::PathBuf;
use std::sync::mpsc;
use std::sync::Arc;
use std::time::Duration;

use rusqlite::{params, Connection, OptionalExtension};
use tokio::sync::{oneshot, Notify};

use super::journal::{self, Journal};
use super::store::{schema, Feed, FeedRx, Finished, Retried, FEED_ABANDONED, KEY_INDEX, ORPHANED, UPGRADE};
use super::{Claimed, DestNews, Finish, NewMessage, Status, StoreError};

/// Requests taken into one transaction at most.
const GROUP: usize = 512;
/// How long a small group of outcomes waits for more before it commits. Each commit writes every page its group
/// dirtied (the row's page, and a leaf of each index): outcomes arriving one by one cost a commit each, several pages
/// of WAL per message (and the checkpoints that WAL brings, each with two syncs), where ten gathered share those pages.
/// Nobody waits for an outcome on a delivery's path: a slot is given back before its outcome is written.
const GATHER: Duration = Duration::from_millis(2);
/// A group of at least this many commits at once.
const GATHER_BELOW: usize = 16;
/// The wait is this many sleeps, each followed by a look at what arrived.
const GATHER_SLICES: u32 = 4;

/// The writer checkpoints the WAL itself only once it holds this many pages (32 MB, about what a put of 20 000 1 kB
/// messages writes): the checkpoints are the [`checkpointer`]'s, off the writer's path. Under a load that never
/// pauses, a checkpoint running beside the commits never finds the WAL wholly copied, so the WAL is never restarted:
/// this bounds it.
const WRITER_CHECKPOINT_PAGES: i64 = 8192;
/// The checkpointer waits this long after a commit before it checkpoints, so that one checkpoint copies the pages
/// of every commit of that time (the hot ones, rewritten by each, once): 1 s against 100 ms, the work of 20 000
/// messages took 0.82 s against 0.88 (means of six runs in turn, 42 against 47 us of CPU per message;
/// benches/outbox_profile.py sqlite). The WAL is durable: only the database file lags behind it.
const CHECKPOINT_AFTER: Duration = Duration::from_secs(1);

type Reply = Box<dyn FnOnce(Result<(), StoreError>) + Send>;

trait Job: Send {
    fn write(&self) -> bool;
    /// Must be on disk when it returns, whatever happens to the machine (a put).
    fn durable(&self) -> bool;
    /// Nobody is waiting for it to go on (an outcome): it may wait for company ([`GATHER`]).
    fn patient(&self) -> bool;
    /// Runs inside the group's transaction; the reply is sent once the transaction has committed (or not).
    fn run(self: Box<Self>, conn: &Connection) -> Reply;
    fn fail(self: Box<Self>, e: StoreError);
}

struct Call<T, F> {
    write: bool,
    durable: bool,
    patient: bool,
    f: F,
    tx: oneshot::Sender<Result<T, StoreError>>,
}

impl<T: Send + 'static, F: FnOnce(&Connection) -> Result<T, StoreError> + Send> Job for Call<T, F> {
    fn write(&self) -> bool {
        self.write
    }

    fn durable(&self) -> bool {
        self.durable
    }

    fn patient(&self) -> bool {
        self.patient
    }

    fn run(self: Box<Self>, conn: &Connection) -> Reply {
        let out = if self.durable {
            // A savepoint for a request of several statements (a put): one that fails leaves the others of the group
            // intact. A single statement is atomic by itself.
            let _ = conn.execute_batch("SAVEPOINT job");
            let out = (self.f)(conn);
            let end = if out.is_ok() {
                "RELEASE job"
            } else {
                "ROLLBACK TO job; RELEASE job"
            };
            let _ = conn.execute_batch(end);
            out
        } else {
            (self.f)(conn)
        };
        let tx = self.tx;
        Box::new(move |committed| {
            let _ = tx.send(committed.and(out));
        })
    }

    fn fail(self: Box<Self>, e: StoreError) {
        let _ = self.tx.send(Err(e));
    }
}

pub struct Sqlite {
    jobs: mpsc::Sender<Box<dyn Job>>,
    pub wake: Arc<Notify>,
    /// The database file, next to which the workers keep their marks ([`journal`]); None for an in-memory one.
    path: Option<PathBuf>,
}

/// Entries by state and last change, for the stats, the purges and the in-flight leases (owners, reclaims): all but
/// the queued ones, which `outbox_due` holds. An index of every entry cost a put one index entry and a claim two,
/// where this costs a put none and a claim one (callgrind: ~7k instructions of ~100k per message). A query reads it
/// only with `state <> 'queued'` among its terms (SQLite cannot tell that `state = 'sending'` implies it):
/// `INDEXED BY` makes one that could not use it fail to prepare rather than scan.
/// The earlier index, on every entry, goes.
const STATE_INDEX: &str = "CREATE INDEX IF NOT EXISTS outbox_worked ON outbox (state, updated) WHERE state <> 'queued';
    DROP INDEX IF EXISTS outbox_state;";

fn configure(conn: &Connection) -> Result<(), StoreError> {
    conn.busy_timeout(std::time::Duration::from_secs(30))?;
    // WAL: readers never block the writer. See `writer` for when commits are synced.
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.execute_batch(&schema("BLOB", "", "TEXT"))?;
    // An earlier version's queue is upgraded once, by whichever process opens it first (the others wait for the
    // lock, then find nothing to do).
    conn.execute_batch("BEGIN IMMEDIATE")?;
    let old: bool = conn
        .query_row(
            "SELECT count(*) FROM pragma_table_info('outbox') WHERE name = 'data'",
            [],
            |r| r.get::<_, i64>(0),
        )
        .map(|n| n > 0)?;
    let upgraded = if old { conn.execute_batch(UPGRADE) } else { Ok(()) };
    let upgraded = upgraded.and_then(|()| conn.execute_batch(STATE_INDEX));
    let upgraded = upgraded.and_then(|()| {
        // An earlier version's unique column is the `sqlite_autoindex` SQLite made for it (origin 'u').
        let unique_column: i64 = conn.query_row(
            "SELECT count(*) FROM pragma_index_list('outbox') WHERE origin = 'u'",
            [],
            |r| r.get(0),
        )?;
        if unique_column == 0 {
            conn.execute_batch(KEY_INDEX)?;
        }
        Ok(())
    });
    match upgraded {
        Ok(()) => conn.execute_batch("COMMIT")?,
        Err(e) => {
            let _ = conn.execute_batch("ROLLBACK");
            return Err(e.into());
        }
    }
    Ok(())
}

/// Copies the WAL's pages into the database, on a connection of its own, a while after each commit it is told of
/// (`commits`), until the writer is gone. A checkpoint in the writer's commit (SQLite's default, every 1 000 pages)
/// held up every request waiting for it, for the copy and its two fsyncs; a passive one here runs beside the commits.
fn checkpointer(path: &std::path::Path, commits: &mpsc::Receiver<()>) {
    background();
    let Ok(conn) = Connection::open(path) else {
        return;
    };
    while commits.recv().is_ok() {
        std::thread::sleep(CHECKPOINT_AFTER);
        while commits.try_recv().is_ok() {}
        // Busy (another process checkpointing) or failing, it is tried again after the next commit; the writer's own
        // checkpoint still bounds the WAL.
        let _ = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()));
    }
}

/// Starts the [`checkpointer`] of a database file and makes the writer leave the checkpoints to it; the writer tells
/// it of each commit through the returned sender.
fn start_checkpointer(conn: &Connection, path: PathBuf) -> Result<mpsc::SyncSender<()>, StoreError> {
    let (tx, rx) = mpsc::sync_channel(1);
    std::thread::Builder::new()
        .name("resilient-smtp-outbox-checkpoint".into())
        .spawn(move || checkpointer(&path, &rx))
        .map_err(|e| StoreError(format!("cannot start the SQLite checkpoint thread: {e}")))?;
    conn.pragma_update(None, "wal_autocheckpoint", WRITER_CHECKPOINT_PAGES)?;
    Ok(tx)
}

/// Makes this thread (the writer, the checkpointer) a batch one for the scheduler (`SCHED_BATCH`): when it wakes,
/// it does not preempt the thread that woke it. Nothing waits on it for a round trip: a claim is made ahead, an
/// outcome is written after its slot is freed, a put waits for its sync; the worker's runtime thread and the server
/// it talks to do wait on each other, for every message. Two cores, put + work of 20 000 (A/B, 18 pairs in turn):
/// 1.5-2.9 % more messages per second, faster in 13.
#[cfg(target_os = "linux")]
fn background() {
    let param = libc::sched_param { sched_priority: 0 };
    // SAFETY: sets this thread's own policy; the parameter outlives the call.
    let _ = unsafe { libc::sched_setscheduler(0, libc::SCHED_BATCH, &raw const param) };
}

#[cfg(not(target_os = "linux"))]
fn background() {}

fn writer(conn: Connection, jobs: mpsc::Receiver<Box<dyn Job>>, commits: Option<mpsc::SyncSender<()>>) {
    while let Ok(first) = jobs.recv() {
        let mut group = vec![first];
        while group.len() < GROUP {
            match jobs.try_recv() {
                Ok(job) => group.push(job),
                Err(_) => break,
            }
        }
        // A small group of outcomes waits a little for company (GATHER), in slices (a wait per request would wake
        // this thread for each, a context switch each), and stops waiting once anything else arrives: a claim, a put
        // or a read has someone waiting for it.
        let mut slices = 0;
        while slices < GATHER_SLICES && group.len() < GATHER_BELOW && group.iter().all(|j| j.patient()) {
            std::thread::sleep(GATHER / GATHER_SLICES);
            slices += 1;
            while group.len() < GROUP {
                match jobs.try_recv() {
                    Ok(job) => group.push(job),
                    Err(_) => break,
                }
            }
        }
        let write = group.iter().any(|j| j.write());
        // A group with a put commits with synchronous=FULL: on disk when put() returns, even across a power loss.
        // The workers' marks and outcomes commit with NORMAL: in WAL mode that survives any crash of the process
        // (SIGKILL included: the commit is in the operating system's hands), and is synced by the next FULL commit or
        // checkpoint; only a power loss can take the last few milliseconds of them (an fsync costs ~6 ms here).
        let sync = if group.iter().any(|j| j.durable()) {
            "FULL"
        } else {
            "NORMAL"
        };
        if let Err(e) = conn
            .pragma_update(None, "synchronous", sync)
            .and_then(|()| conn.execute_batch(if write { "BEGIN IMMEDIATE" } else { "BEGIN" }))
        {
            let e = StoreError::from(e);
            for j in group {
                j.fail(e.clone());
            }
            continue;
        }
        let replies: Vec<Reply> = group.into_iter().map(|j| j.run(&conn)).collect();
        let committed = conn.execute_batch("COMMIT").map_err(StoreError::from);
        if committed.is_err() {
            let _ = conn.execute_batch("ROLLBACK");
        } else if let (true, Some(commits)) = (write, &commits) {
            // Full: the checkpointer has one to see already.
            let _ = commits.try_send(());
        }
        for reply in replies {
            reply(committed.clone());
        }
    }
}

fn json_list(text: &str) -> Vec<String> {
    serde_json::from_str(text).unwrap_or_default()
}

fn to_json(list: &[String]) -> String {
    serde_json::to_string(list).unwrap_or_else(|_| "[]".into())
}

const CLAIMED: &str = "RETURNING id, dest, sender, recipients, attempts, created, recipient_log, message_id";

/// A claimed row without its bytes (see [`with_data`]).
fn claimed_row(row: &rusqlite::Row<'_>, probe: bool, lease_until: f64) -> rusqlite::Result<Claimed> {
    Ok(Claimed {
        id: row.get(0)?,
        dest: row.get(1)?,
        sender: row.get(2)?,
        recipients: json_list(&row.get::<_, String>(3)?),
        data: Vec::new(),
        attempts: row.get(4)?,
        created: row.get(5)?,
        probe,
        recipient_log: row.get(6)?,
        lease_until,
        message_id: row.get(7)?,
    })
}

/// Reads the claimed entries' bytes from `outbox_data`, each in a buffer with room for the end of data
/// ([`crate::envelope::Payload::from_vec`]).
fn with_data(conn: &Connection, rows: &mut [Claimed]) -> Result<(), StoreError> {
    let mut stmt = conn.prepare_cached("SELECT data FROM outbox_data WHERE id = ?1")?;
    for row in rows {
        row.data = stmt.query_row(params![row.id], |r| {
            let data = r
                .get_ref(0)?
                .as_blob()
                .map_err(|e| rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Blob, Box::new(e)))?;
            Ok(super::with_room(data))
        })?;
    }
    Ok(())
}

const STATUS_COLUMNS: &str = "id, key, state, dest, sender, recipients, message_id, attempts, created, updated, \
                              next_attempt, error, result, recipient_log, lease_owner";

fn status_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Status> {
    let state: String = row.get(2)?;
    let waiting = state == "queued" || state == "deferred";
    Ok(Status {
        id: row.get(0)?,
        key: row.get(1)?,
        dest: row.get(3)?,
        sender: row.get(4)?,
        recipients: json_list(&row.get::<_, String>(5)?),
        message_id: row.get(6)?,
        attempts: row.get(7)?,
        created: row.get(8)?,
        updated: row.get(9)?,
        next_attempt: if waiting { Some(row.get(10)?) } else { None },
        error: row.get(11)?,
        result: row.get(12)?,
        recipient_log: Some(row.get(13)?),
        lease_owner: row.get(14)?,
        state,
    })
}

impl Sqlite {
    pub async fn open(path: &str) -> Result<Sqlite, StoreError> {
        let path = path.strip_prefix("sqlite://").unwrap_or(path).to_string();
        let file = (!path.is_empty() && path != ":memory:" && !path.starts_with("file:")).then(|| PathBuf::from(&path));
        let (ready_tx, ready_rx) = oneshot::channel();
        let (jobs, rx) = mpsc::channel::<Box<dyn Job>>();
        let checkpointed = file.clone();
        std::thread::Builder::new()
            .name("resilient-smtp-outbox-sqlite".into())
            .spawn(move || {
                let conn = match Connection::open(&path).map_err(StoreError::from) {
                    Ok(conn) => conn,
                    Err(e) => {
                        let _ = ready_tx.send(Err(e));
                        return;
                    }
                };
                if let Err(e) = configure(&conn) {
                    let _ = ready_tx.send(Err(e));
                    return;
                }
                let commits = match checkpointed.map(|f| start_checkpointer(&conn, f)).transpose() {
                    Ok(commits) => commits,
                    Err(e) => {
                        let _ = ready_tx.send(Err(e));
                        return;
                    }
                };
                let _ = ready_tx.send(Ok(()));
                background();
                writer(conn, rx, commits);
            })
            .map_err(|e| StoreError(format!("cannot start the SQLite thread: {e}")))?;
        ready_rx
            .await
            .map_err(|_| StoreError("the SQLite thread stopped".into()))??;
        Ok(Sqlite {
            jobs,
            wake: Arc::new(Notify::new()),
            path: file,
        })
    }

    /// The journal where `owner` records its "data started" marks (None: they go to the database).
    pub fn journal(&self, owner: &str) -> Result<Option<Arc<Journal>>, StoreError> {
        match &self.path {
            Some(path) => Journal::open(path, owner)
                .map(Some)
                .map_err(|e| StoreError(format!("cannot open the marks journal: {e}"))),
            None => Ok(None),
        }
    }

    async fn call<T: Send + 'static>(
        &self,
        write: bool,
        f: impl FnOnce(&Connection) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, StoreError> {
        self.submit(write, false, false, f).await
    }

    async fn submit<T: Send + 'static>(
        &self,
        write: bool,
        durable: bool,
        patient: bool,
        f: impl FnOnce(&Connection) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, StoreError> {
        let (tx, rx) = oneshot::channel();
        self.jobs
            .send(Box::new(Call {
                write,
                durable,
                patient,
                f,
                tx,
            }))
            .map_err(|_| StoreError("the SQLite thread stopped".into()))?;
        rx.await.map_err(|_| StoreError("the SQLite thread stopped".into()))?
    }

    pub async fn put(&self, messages: Vec<NewMessage>) -> Result<Vec<String>, StoreError> {
        let (feed, rx) = tokio::sync::mpsc::unbounded_channel();
        let _ = feed.send(Feed::Messages(messages));
        let _ = feed.send(Feed::End);
        self.put_fed(rx).await
    }

    /// Inserts each chunk as it arrives, in the writer's transaction (held open, its lock with it, until the feed
    /// ends); a feed closed without `End` rolls the put back (its savepoint).
    pub async fn put_fed(&self, mut feed: FeedRx) -> Result<Vec<String>, StoreError> {
        let ids = self
            .submit(true, true, false, move |conn| {
                let mut insert = conn.prepare_cached(
                    "INSERT INTO outbox (id, key, dest, state, sender, recipients, message_id, created, updated,
                        next_attempt) VALUES (?1, ?2, ?3, 'queued', ?4, ?5, ?6, ?7, ?7, ?7)
                     ON CONFLICT (key) WHERE key IS NOT NULL DO NOTHING",
                )?;
                let mut insert_data = conn.prepare_cached("INSERT INTO outbox_data (id, data) VALUES (?1, ?2)")?;
                let mut by_key = conn.prepare_cached("SELECT id FROM outbox WHERE key = ?1")?;
                let mut ids = Vec::new();
                loop {
                    let messages = match feed.blocking_recv() {
                        Some(Feed::Messages(messages)) => messages,
                        Some(Feed::End) => return Ok(ids),
                        None => return Err(StoreError(FEED_ABANDONED.into())),
                    };
                    ids.reserve(messages.len());
                    for m in messages {
                        let inserted = insert.execute(params![
                            m.id,
                            m.key,
                            m.dest,
                            m.sender,
                            to_json(&m.recipients),
                            m.message_id,
                            m.created
                        ])?;
                        if inserted == 1 {
                            insert_data.execute(params![m.id, m.data])?;
                            ids.push(m.id);
                        } else {
                            ids.push(by_key.query_row(params![m.key], |r| r.get(0))?);
                        }
                    }
                }
            })
            .await?;
        self.wake.notify_waiters();
        Ok(ids)
    }

    pub async fn claim(&self, owner: String, now: f64, lease: f64, limit: usize) -> Result<Vec<Claimed>, StoreError> {
        self.call(true, move |conn| {
            let until = now + lease;
            let mut out = Vec::new();
            // Destinations in backoff whose time has come: one message each probes it.
            let probes: Vec<String> = conn
                .prepare_cached("SELECT dest FROM outbox_dest WHERE backoff_until <= ?1 LIMIT ?2 + 0")?
                .query_map(params![now, limit as i64], |r| r.get(0))?
                .collect::<Result<_, _>>()?;
            let mut one = conn.prepare_cached(&format!(
                "UPDATE outbox SET state = 'sending', lease_owner = ?1, lease_until = ?2, attempts = attempts + 1,
                    data_started = 0, updated = ?3
                 WHERE id = (SELECT id FROM outbox WHERE state IN ('queued', 'deferred') AND next_attempt <= ?3
                    AND dest = ?4 ORDER BY next_attempt LIMIT 1) {CLAIMED}"
            ))?;
            for dest in probes {
                let probe = one
                    .query_map(params![owner, until, now, dest], |r| claimed_row(r, true, until))?
                    .collect::<Result<Vec<_>, _>>()?;
                let waiting: Option<f64> = conn
                    .prepare_cached(
                        "SELECT min(next_attempt) FROM outbox WHERE dest = ?1 AND state IN ('queued', 'deferred')",
                    )?
                    .query_row(params![dest], |r| r.get(0))?;
                match (probe.is_empty(), waiting) {
                    // The probe holds the destination for as long as its lease.
                    (false, _) => conn.execute(
                        "UPDATE outbox_dest SET backoff_until = ?2 WHERE dest = ?1",
                        params![dest, until],
                    )?,
                    (true, Some(next)) => conn.execute(
                        "UPDATE outbox_dest SET backoff_until = ?2 WHERE dest = ?1",
                        params![dest, next],
                    )?,
                    (true, None) => conn.execute("DELETE FROM outbox_dest WHERE dest = ?1", params![dest])?,
                };
                out.extend(probe);
            }
            with_data(conn, &mut out)?;
            // `LIMIT ?4 + 0`, not `LIMIT ?4`: SQLite plans with the value bound to a bare LIMIT parameter, so binding
            // another value made it compile the statement again on every claim (~130k instructions, a quarter of
            // the claim); an expression is evaluated as the statement runs. The same in every LIMIT of this file.
            let mut many = conn.prepare_cached(&format!(
                "UPDATE outbox SET state = 'sending', lease_owner = ?1, lease_until = ?2, attempts = attempts + 1,
                    data_started = 0, updated = ?3
                 WHERE rowid IN (SELECT rowid FROM outbox INDEXED BY outbox_due
                    WHERE state IN ('queued', 'deferred') AND next_attempt <= ?3
                    AND dest NOT IN (SELECT dest FROM outbox_dest) ORDER BY next_attempt LIMIT ?4 + 0) {CLAIMED}"
            ))?;
            let rest = limit.saturating_sub(out.len()) as i64;
            if rest > 0 {
                let start = out.len();
                let rows = many.query_map(params![owner, until, now, rest], |r| claimed_row(r, false, until))?;
                for row in rows {
                    out.push(row?);
                }
                with_data(conn, &mut out[start..])?;
            }
            Ok(out)
        })
        .await
    }

    pub async fn release(&self, ids: Vec<String>, owner: String) -> Result<(), StoreError> {
        self.call(true, move |conn| {
            let mut stmt = conn.prepare_cached(
                "UPDATE outbox SET state = 'queued', attempts = attempts - 1, lease_owner = NULL, lease_until = NULL,
                    data_started = 0
                 WHERE id = ?1 AND lease_owner = ?2 AND state = 'sending'",
            )?;
            for id in ids {
                stmt.execute(params![id, owner])?;
            }
            Ok(())
        })
        .await
    }

    pub async fn mark_data(&self, id: String, owner: String) -> Result<bool, StoreError> {
        self.call(true, move |conn| {
            let n = conn
                .prepare_cached(
                    "UPDATE outbox SET data_started = 1 WHERE id = ?1 AND lease_owner = ?2 AND state = 'sending'",
                )?
                .execute(params![id, owner])?;
            Ok(n == 1)
        })
        .await
    }

    pub async fn finish(&self, f: Finished) -> Result<bool, StoreError> {
        self.submit(true, false, true, move |conn| finish(conn, f)).await
    }

    pub async fn reclaim(&self, now: f64, dead: Vec<String>) -> Result<Vec<String>, StoreError> {
        let path = self.path.clone();
        let gone = dead.clone();
        let (uncertain, held) = self
            .call(true, move |conn| {
                for owner in dead {
                    conn.prepare_cached(
                        "UPDATE outbox INDEXED BY outbox_worked SET lease_until = 0
                             WHERE state = 'sending' AND state <> 'queued' AND lease_owner = ?1",
                    )?
                    .execute(params![owner])?;
                }
                let expired: Vec<(String, String, bool)> = conn
                    .prepare_cached(
                        "SELECT id, lease_owner, data_started = 1 FROM outbox INDEXED BY outbox_worked
                         WHERE state = 'sending' AND state <> 'queued' AND lease_until < ?1",
                    )?
                    .query_map(params![now], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
                    .collect::<Result<_, _>>()?;
                // Each holder's marks, read under its journal's lock (held until this transaction has committed).
                let mut marks = std::collections::HashMap::new();
                let mut held = Vec::new();
                if let Some(path) = &path {
                    for (_, owner, _) in &expired {
                        if !marks.contains_key(owner) {
                            let (set, files) = journal::read(path, owner)
                                .map_err(|e| StoreError(format!("cannot read the marks journal of {owner}: {e}")))?;
                            marks.insert(owner.clone(), set);
                            held.extend(files);
                        }
                    }
                }
                let error = super::record::orphaned_error(ORPHANED);
                let mut stmt = conn.prepare_cached(
                    "UPDATE outbox SET state = ?3, error = CASE WHEN ?3 = 'uncertain' THEN ?2 ELSE error END,
                        next_attempt = ?1, lease_owner = NULL, lease_until = NULL, updated = ?1
                     WHERE id = ?4 AND state = 'sending'",
                )?;
                let mut uncertain = Vec::new();
                for (id, owner, started) in expired {
                    let started = started || marks.get(&owner).is_some_and(|m| m.contains(&id));
                    stmt.execute(params![now, error, if started { "uncertain" } else { "queued" }, id])?;
                    if started {
                        uncertain.push(id);
                    }
                }
                Ok((uncertain, held))
            })
            .await?;
        drop(held);
        // A dead holder's leases are all taken over now: its journals are no longer needed.
        if let Some(path) = &self.path {
            for owner in gone {
                if let Ok((_, files)) = journal::read(path, &owner) {
                    for (_, file) in files {
                        let _ = std::fs::remove_file(file);
                    }
                }
            }
        }
        Ok(uncertain)
    }

    /// The holders of current leases, and of journals (a worker killed after its last outcome leaves one).
    pub async fn owners(&self) -> Result<Vec<String>, StoreError> {
        let mut owners: Vec<String> = self
            .call(false, |conn| {
                let mut stmt = conn.prepare_cached(
                    "SELECT DISTINCT lease_owner FROM outbox INDEXED BY outbox_worked
                     WHERE state = 'sending' AND state <> 'queued' AND lease_owner IS NOT NULL",
                )?;
                let rows = stmt.query_map([], |r| r.get(0))?;
                Ok(rows.collect::<Result<Vec<String>, _>>()?)
            })
            .await?;
        if let Some(path) = &self.path {
            owners.extend(journal::holders(path));
            owners.sort();
            owners.dedup();
        }
        Ok(owners)
    }

    pub async fn next_due(&self) -> Result<Option<f64>, StoreError> {
        self.call(false, |conn| {
            let free: Option<f64> = conn
                .prepare_cached(
                    "SELECT min(next_attempt) FROM outbox INDEXED BY outbox_due WHERE state IN ('queued', 'deferred')
                        AND dest NOT IN (SELECT dest FROM outbox_dest)",
                )?
                .query_row([], |r| r.get(0))?;
            let backoff: Option<f64> = conn
                .prepare_cached("SELECT min(backoff_until) FROM outbox_dest")?
                .query_row([], |r| r.get(0))?;
            Ok(match (free, backoff) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            })
        })
        .await
    }

    pub async fn status(&self, id: String) -> Result<Option<Status>, StoreError> {
        self.call(false, move |conn| {
            Ok(conn
                .prepare_cached(&format!("SELECT {STATUS_COLUMNS} FROM outbox WHERE id = ?1"))?
                .query_row(params![id], status_row)
                .optional()?)
        })
        .await
    }

    pub async fn stats(&self) -> Result<Vec<(String, i64)>, StoreError> {
        self.call(false, |conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT state, count(*) FROM outbox INDEXED BY outbox_worked WHERE state <> 'queued' GROUP BY state",
            )?;
            let mut counts: Vec<(String, i64)> = stmt
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<Result<_, _>>()?;
            // The queued entries are the rest: a count of all rows walks the pages of the smallest index, not its
            // entries.
            let all: i64 = conn
                .prepare_cached("SELECT count(*) FROM outbox")?
                .query_row([], |r| r.get(0))?;
            let queued = all - counts.iter().map(|(_, n)| n).sum::<i64>();
            if queued > 0 {
                counts.push(("queued".into(), queued));
            }
            Ok(counts)
        })
        .await
    }

    pub async fn list(&self, state: Option<String>, limit: i64) -> Result<Vec<Status>, StoreError> {
        self.call(false, move |conn| {
            let mut stmt = conn.prepare_cached(&format!(
                "SELECT {STATUS_COLUMNS} FROM outbox WHERE ?1 IS NULL OR state = ?1 ORDER BY created, id LIMIT ?2 + 0"
            ))?;
            let rows = stmt.query_map(params![state, limit], status_row)?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
        .await
    }

    pub async fn retry(&self, id: String, uncertain: bool, now: f64) -> Result<Retried, StoreError> {
        let out = self
            .call(true, move |conn| {
                let state: Option<String> = conn
                    .query_row("SELECT state FROM outbox WHERE id = ?1", params![id], |r| r.get(0))
                    .optional()?;
                let Some(state) = state else {
                    return Ok(Retried::NotFound);
                };
                if !super::record::retryable(&state, uncertain) {
                    return Ok(Retried::Refused(state));
                }
                conn.execute(
                    "UPDATE outbox SET state = 'queued', next_attempt = ?2, updated = ?2 WHERE id = ?1",
                    params![id, now],
                )?;
                Ok(Retried::Queued)
            })
            .await?;
        self.wake.notify_waiters();
        Ok(out)
    }

    pub async fn purge(&self, state: String, before: f64) -> Result<u64, StoreError> {
        self.call(true, move |conn| {
            // The queued entries are not in `outbox_worked`: their purge reads the whole table.
            let only = if state == "queued" {
                "WHERE"
            } else {
                "INDEXED BY outbox_worked WHERE state <> 'queued' AND"
            };
            conn.execute(
                &format!(
                    "DELETE FROM outbox_data WHERE id IN (SELECT id FROM outbox {only} state = ?1 AND updated < ?2)"
                ),
                params![state, before],
            )?;
            Ok(conn.execute(
                &format!("DELETE FROM outbox {only} state = ?1 AND updated < ?2"),
                params![state, before],
            )? as u64)
        })
        .await
    }
}

fn finish(conn: &Connection, f: Finished) -> Result<bool, StoreError> {
    let mut next_attempt = match &f.finish {
        Finish::Deferred { next_attempt, .. } => *next_attempt,
        _ => f.now,
    };
    match f.news {
        DestNews::Healthy => {
            conn.prepare_cached("DELETE FROM outbox_dest WHERE dest = ?1")?
                .execute(params![f.dest])?;
        }
        DestNews::Failed => {
            // One failure per probe lengthens the backoff; the other messages in flight when the destination failed
            // only start it, if none is running.
            let until: f64 = if f.probe {
                let failures: i64 = conn
                    .prepare_cached(
                        "UPDATE outbox_dest SET failures = failures + 1 WHERE dest = ?1 RETURNING failures",
                    )?
                    .query_row(params![f.dest], |r| r.get(0))
                    .optional()?
                    .unwrap_or(1);
                let until = f.now + super::record::dest_delay(&f.schedule, failures);
                conn.prepare_cached(
                    "INSERT INTO outbox_dest (dest, failures, backoff_until) VALUES (?1, ?2, ?3)
                     ON CONFLICT (dest) DO UPDATE SET backoff_until = excluded.backoff_until",
                )?
                .execute(params![f.dest, failures, until])?;
                until
            } else {
                let until = f.now + super::record::dest_delay(&f.schedule, 1);
                conn.prepare_cached(
                    "INSERT INTO outbox_dest (dest, failures, backoff_until) VALUES (?1, 1, ?2)
                     ON CONFLICT (dest) DO NOTHING",
                )?
                .execute(params![f.dest, until])?;
                conn.prepare_cached("SELECT backoff_until FROM outbox_dest WHERE dest = ?1")?
                    .query_row(params![f.dest], |r| r.get(0))?
            };
            next_attempt = next_attempt.max(until);
        }
        DestNews::None => {}
    }
    let (error, result, recipients) = match &f.finish {
        Finish::Sent { result } => (None, Some(result.clone()), None),
        Finish::Deferred { error, recipients, .. } => (Some(error.clone()), None, Some(to_json(recipients))),
        Finish::Failed { error } | Finish::Uncertain { error } => (Some(error.clone()), None, None),
    };
    let n = conn
        .prepare_cached(
            "UPDATE outbox SET state = ?3, next_attempt = ?4, error = ?5, result = ?6,
                recipients = coalesce(?7, recipients), recipient_log = ?8, lease_owner = NULL, lease_until = NULL,
                updated = ?9
             WHERE id = ?1 AND lease_owner = ?2 AND state = 'sending'",
        )?
        .execute(params![
            f.id,
            f.owner,
            f.finish.state(),
            next_attempt,
            error,
            result,
            recipients,
            f.recipient_log,
            f.now
        ])?;
    Ok(n == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(id: &str) -> NewMessage {
        NewMessage {
            id: id.into(),
            key: None,
            dest: "relay".into(),
            sender: "a@example.com".into(),
            recipients: vec!["b@example.net".into()],
            data: b"Subject: x\r\n\r\nbody\r\n".to_vec(),
            message_id: None,
            created: super::super::now(),
        }
    }

    /// A database file in a directory of its own (the directory, to remove, and the file).
    fn scratch_db(name: &str) -> (PathBuf, PathBuf) {
        let dir = std::env::temp_dir().join(format!("sqlite-{name}-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let db = dir.join("q.db");
        (dir, db)
    }

    /// A takeover reads the holder's journal: the entry it marked becomes `uncertain`, the other one `queued`, and the
    /// dead holder's journal is deleted.
    #[tokio::test]
    async fn takeover_reads_the_marks_journal() {
        let (dir, db) = scratch_db("journal");
        let store = Sqlite::open(db.to_str().unwrap()).await.unwrap();
        store.put(vec![message("m1"), message("m2")]).await.unwrap();
        let owner = "host|boot|1|2|dead".to_string();
        let now = super::super::now();
        let claimed = store.claim(owner.clone(), now, 60.0, 10).await.unwrap();
        assert_eq!(claimed.len(), 2);
        let journal = store.journal(&owner).unwrap().expect("a file database keeps journals");
        assert!(journal.mark("m1", claimed[0].lease_until).unwrap().is_some());
        drop(journal);
        assert_eq!(store.owners().await.unwrap(), vec![owner.clone()]);
        let uncertain = store.reclaim(super::super::now(), vec![owner.clone()]).await.unwrap();
        assert_eq!(uncertain, vec!["m1".to_string()]);
        assert_eq!(store.status("m1".into()).await.unwrap().unwrap().state, "uncertain");
        assert_eq!(store.status("m2".into()).await.unwrap().unwrap().state, "queued");
        assert!(journal::holders(&db).is_empty(), "the dead holder's journal is gone");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// The pages a put commits reach the database file soon after, though far fewer than the writer's own checkpoint
    /// threshold: the checkpointer copied them.
    #[tokio::test]
    async fn commits_are_checkpointed_beside_the_writer() {
        let (dir, db) = scratch_db("checkpoint");
        let store = Sqlite::open(db.to_str().unwrap()).await.unwrap();
        let big = |i: usize| NewMessage {
            data: vec![b'x'; 1024],
            ..message(&format!("m{i:03}"))
        };
        store.put((0..200).map(big).collect()).await.unwrap();
        let deadline = std::time::Instant::now() + Duration::from_secs(5);
        while std::fs::metadata(&db).unwrap().len() < 200 * 1024 {
            assert!(
                std::time::Instant::now() < deadline,
                "the messages never reached the database file"
            );
            tokio::time::sleep(CHECKPOINT_AFTER).await;
        }
        drop(store);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// Claims and outcomes reuse their prepared statements: none is compiled again on its next run (a bare `LIMIT ?`
    /// made SQLite plan with the value bound, so every claim re-prepared its statement; see [`Sqlite::claim`]).
    #[tokio::test]
    async fn claims_do_not_prepare_their_statements_again() {
        let store = Sqlite::open(":memory:").await.unwrap();
        store
            .put((0..50).map(|i| message(&format!("m{i:02}"))).collect())
            .await
            .unwrap();
        for wanted in [3, 7, 5] {
            for c in store
                .claim("o".into(), super::super::now(), 60.0, wanted)
                .await
                .unwrap()
            {
                let finished = Finished {
                    id: c.id,
                    owner: "o".into(),
                    dest: c.dest,
                    finish: Finish::Sent { result: "{}".into() },
                    recipient_log: "{}".into(),
                    news: DestNews::None,
                    probe: false,
                    now: super::super::now(),
                    schedule: super::super::schedule::Schedule::default(),
                    lease: 60.0,
                };
                assert!(store.finish(finished).await.unwrap());
            }
        }
        let again: Vec<(i32, String)> = store
            .call(false, |conn| {
                let mut out = Vec::new();
                // SAFETY: the connection's own handle, used on its thread while it lives; sqlite3_next_stmt walks
                // its prepared statements (rusqlite's cache keeps them alive) and each pointer is read at once.
                unsafe {
                    let mut stmt = rusqlite::ffi::sqlite3_next_stmt(conn.handle(), std::ptr::null_mut());
                    while !stmt.is_null() {
                        let count =
                            rusqlite::ffi::sqlite3_stmt_status(stmt, rusqlite::ffi::SQLITE_STMTSTATUS_REPREPARE, 0);
                        let sql = std::ffi::CStr::from_ptr(rusqlite::ffi::sqlite3_sql(stmt)).to_string_lossy();
                        out.push((count, sql.into_owned()));
                        stmt = rusqlite::ffi::sqlite3_next_stmt(conn.handle(), stmt);
                    }
                }
                Ok(out)
            })
            .await
            .unwrap();
        let prepared_again: Vec<_> = again.iter().filter(|(count, _)| *count > 0).collect();
        assert!(prepared_again.is_empty(), "{prepared_again:#?}");
    }
}
