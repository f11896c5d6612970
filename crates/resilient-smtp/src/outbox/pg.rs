//! The PostgreSQL store: any number of workers on any number of machines share one queue. Claims take due rows with
//! `FOR UPDATE SKIP LOCKED` (workers never wait for each other's rows) and lease them; a put sends `NOTIFY outbox`,
//! which wakes the workers LISTENing. Connections per store: a few for statements that stand alone (taken in turn;
//! tokio-postgres pipelines what tasks send on one at once, but a server backend runs one connection's statements one
//! after another), the hot ones prepared once; and one held by whoever runs a multi-statement transaction.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use futures::StreamExt;
use std::collections::{HashMap, HashSet};

use tokio::sync::{mpsc, oneshot, Mutex, Notify};
use tokio_postgres::binary_copy::BinaryCopyInWriter;
use tokio_postgres::types::{ToSql, Type};
use tokio_postgres::{AsyncMessage, Client, NoTls, Row, SimpleQueryMessage, Statement, ToStatement};

use super::store::{schema, Feed, FeedRx, Finished, Retried, FEED_ABANDONED, KEY_INDEX, ORPHANED, UPGRADE};
use super::{Claimed, DestNews, Finish, MarkNeeded, MarkNeeds, NewMessage, Status, StoreError};

const LOG: &str = "resilient_smtp.outbox";
/// Connections for the statements that stand alone.
const SHARED: usize = 2;
/// Marks or outcomes written by one statement at most.
const BATCH: usize = 256;
/// How long a small batch of outcomes waits for company before its statement runs, and below what size it does.
/// Nobody waits for an outcome (a delivery's slot is free once its reply is in); outcomes arriving a few at a time
/// cost a statement, a commit and an index descent per handful, most of the server's time per message. pgab (20 000
/// messages, three alternating rounds): server 112-124 -> 74-90 us/msg and 5 010-5 454 -> 5 815-6 583 msg/s with one
/// worker; 134-137 -> 94-108 and 5 420-5 595 -> 6 054-6 487 with three. A worker killed meanwhile leaves those
/// entries `uncertain` (their marks are written): the wait stays short. Marks gather only until one of them is
/// needed ([`MARKS_GATHER`]): a delivery waits for its mark before the data.
const OUTCOMES_GATHER: Duration = Duration::from_millis(10);
const GATHER_BELOW: usize = 64;
/// How long a batch of marks gathers at most, while none of its deliveries waits for it ([`MarkNeeded`]). A
/// delivery waits for its mark after its 354, holding its connection. Asked for at the 354, one statement as soon as
/// asked, the eight connections of a worker in step paid for 2.9 marks per statement, 7 000 statements per 20 000
/// messages; waiting up to 500 us for the deliveries still coming made them 7-8 a statement, yet each delivery
/// waited for a gathering and a statement after its 354: a quarter of the time of a worker (one worker, 20 000
/// messages: 1.74-2.07 s, 1.28-1.51 s with no marks at all). Now a mark is asked for as the commands go out, a round
/// trip ahead, and a batch gathers until the first of its marks is needed: that delivery waits for the statement
/// alone, the others in the batch less or not at all (to smtp-sink on loopback, a round trip of ~280 us: asked to
/// answered ~600 us, waited ~320 us after the 354; 7-8 marks a statement still). On loopback, where a statement
/// takes about a round trip, that gains little: three workers, 20 000 messages, the two builds in turn, 26 pairs:
/// 2.07 -> 1.93 s (means), faster in 19; one worker, 20 pairs: 1.88 -> 1.95 s, faster in 9. Against a remote server,
/// whose round trip is milliseconds, the whole statement runs within it and a delivery waits for no mark. The bound
/// is for deliveries whose replies are slow: their marks go anyway. Since then most marks are asked earlier still,
/// as their deliveries start (`worker::ASKED_AHEAD_PER_TURN`): a batch then gathers the asks of a few milliseconds,
/// ~20 marks a statement (one worker's 900 statements per 6 700 messages fell to ~320), and its answer is in before
/// the 354 (waited after it ~0.6 -> ~0.25 ms).
const MARKS_GATHER: Duration = Duration::from_millis(5);
/// The ids, keys and destinations: compared byte by byte in their indexes, not by the database's collation (a
/// locale's `strcoll` at every step of every index descent, where they are only ever compared whole).
const NAME: &str = "TEXT COLLATE \"C\"";
/// Entries by state and last change, but for the queued ones (which `outbox_due` holds): the purges and the in-flight
/// leases (owners, reclaims) read it, each with its state named, which the planner proves is not `queued`. Without
/// the queued ones a put writes one index entry less per message (the put's `COPY` of the entries 5.5-6.6 -> 3.6 us
/// per message of the server's execution). A queue made earlier keeps its index of every entry, which serves the same
/// queries.
const STATE_INDEX: &str = "CREATE INDEX IF NOT EXISTS outbox_state ON outbox (state, updated) WHERE state <> 'queued';";

/// Entries per state, from the indexes alone (after a vacuum, no heap read): those not queued by `outbox_state`, the
/// queued ones as those `outbox_due` holds (queued and deferred) less the deferred. A count grouped over the table
/// read it whole (1 000 000 entries: 220-480 ms, against 63-91 ms for an index of every entry and 82 ms for this).
const STATS: &str = "WITH worked AS (SELECT state, count(*) AS n FROM outbox WHERE state <> 'queued' GROUP BY state)
     SELECT state, n FROM worked
     UNION ALL SELECT 'queued', (SELECT count(*) FROM outbox WHERE state IN ('queued', 'deferred'))
        - coalesce((SELECT n FROM worked WHERE state = 'deferred'), 0)";

/// The statements on a lease, its marks and its outcomes, find their rows by id and holder alone
/// (`lease_owner = $owner`), with no `state = 'sending'` beside: a holder is set only with that state (the claim sets
/// both, every way out of it clears the holder) and never repeats (an owner names its process and a random token), so
/// the state adds nothing but a choice for the planner. Given it, a plan made on an empty queue (a worker started
/// before any put), or once `outbox` has statistics (an `ANALYZE`, as autovacuum runs), counts the in-flight entries
/// as next to none and reads them all from `outbox_state` for each batch, joined to it by filter: a cost of in-flight
/// entries times batch. One worker, 20 000 messages put then analyzed: 2 154 scans of `outbox_state` reading 504 557
/// entries, 8 513 msg/s, against 15 134 without the statistics; now 0.0 entries per message
/// (`benches/outbox_profile.py pg 20000 1 --analyze` prints them). 2 999 messages planned on the empty queue: 89 113
/// entries (`test_pg_claims_and_outcomes_never_scan_the_table`, which checks the entries read).
///
/// The marks of every delivery waiting for one, in one statement (one commit).
const MARKS: &str = "UPDATE outbox m SET data_started = 1 FROM unnest($1::text[], $2::text[]) AS u(id, owner)
     WHERE m.id = u.id AND m.lease_owner = u.owner RETURNING m.id";
/// The outcomes that touch no destination, in one statement (found as [`MARKS`] finds its rows).
const FINISHES: &str = "UPDATE outbox m SET state = u.state, next_attempt = u.next_attempt, error = u.error,
        result = u.result, recipients = coalesce(u.recipients, m.recipients), recipient_log = u.log,
        lease_owner = NULL, lease_until = NULL, updated = u.now
     FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::text[], $6::text[], $7::text[], $8::text[],
        $9::float8[]) AS u(id, owner, state, next_attempt, error, result, recipients, log, now)
     WHERE m.id = u.id AND m.lease_owner = u.owner RETURNING m.id";
const FINISH: &str = "UPDATE outbox SET state = $3, next_attempt = $4, error = $5, result = $6,
        recipients = coalesce($7, recipients), recipient_log = $8, lease_owner = NULL, lease_until = NULL, updated = $9
     WHERE id = $1 AND lease_owner = $2";

struct Shared {
    client: Client,
}

/// A mark or an outcome waiting for its batch: the reply says whether the lease was still ours.
struct Pending<T> {
    item: T,
    done: oneshot::Sender<Result<bool, StoreError>>,
}

type Queue<T> = mpsc::UnboundedSender<Pending<T>>;

/// An outcome's row, as [`FINISHES`] takes it.
struct FinishRow {
    id: String,
    owner: String,
    state: &'static str,
    next_attempt: f64,
    error: Option<String>,
    result: Option<String>,
    recipients: Option<String>,
    log: String,
    now: f64,
}

impl FinishRow {
    fn of(f: &Finished, backoff: Option<f64>) -> FinishRow {
        let mut next_attempt = match &f.finish {
            Finish::Deferred { next_attempt, .. } => *next_attempt,
            _ => f.now,
        };
        if let Some(b) = backoff {
            next_attempt = next_attempt.max(b);
        }
        let (error, result, recipients) = match &f.finish {
            Finish::Sent { result } => (None, Some(result.clone()), None),
            Finish::Deferred { error, recipients, .. } => (Some(error.clone()), None, Some(to_json(recipients))),
            Finish::Failed { error } | Finish::Uncertain { error } => (Some(error.clone()), None, None),
        };
        FinishRow {
            id: f.id.clone(),
            owner: f.owner.clone(),
            state: f.finish.state(),
            next_attempt,
            error,
            result,
            recipients,
            log: f.recipient_log.clone(),
            now: f.now,
        }
    }
}

/// Runs one connection's batches: whatever waits when the previous statement returns goes in the next one, so a
/// mark or an outcome waits at most for one statement ahead of its own, and N of them cost one statement; with
/// `gather`, a batch waits a little for more (see [`Gather`]). (Waiting for a full [`BATCH`], as an
/// earlier version did for 10 ms, bounded a worker's rate by its bounded backlog of outcomes: one worker 1 810-1 918
/// msg/s against 3 889-4 105 without.)
fn spawn_batches<T, F, Fut>(client: Client, statement: Statement, gather: Gather, run: F) -> Queue<T>
where
    T: Keyed + Send + 'static,
    F: Fn(Arc<Client>, Statement, Vec<T>) -> Fut + Send + 'static,
    Fut: std::future::Future<Output = Result<HashSet<String>, StoreError>> + Send,
{
    let (tx, mut rx) = mpsc::unbounded_channel::<Pending<T>>();
    let client = Arc::new(client);
    tokio::spawn(async move {
        while let Some(first) = rx.recv().await {
            let mut batch = vec![first];
            while batch.len() < BATCH {
                match rx.try_recv() {
                    Ok(p) => batch.push(p),
                    Err(_) => break,
                }
            }
            let until = tokio::time::Instant::now() + gather.wait();
            while batch.len() < BATCH {
                // Enabled before the look at what is wanted: a delivery that starts waiting after it wakes this.
                let mut awaited = std::pin::pin!(gather.needs().map(MarkNeeds::changed));
                if let Some(awaited) = awaited.as_mut().as_pin_mut() {
                    awaited.enable();
                }
                if !gather.wanted(&batch) {
                    break;
                }
                let awaited = async {
                    match awaited.as_pin_mut() {
                        Some(awaited) => awaited.await,
                        None => std::future::pending().await,
                    }
                };
                tokio::select! {
                    next = tokio::time::timeout_at(until, rx.recv()) => match next {
                        Ok(Some(p)) => batch.push(p),
                        // The time is up, or every sender is gone.
                        Ok(None) | Err(_) => break,
                    },
                    () = awaited => {}
                }
            }
            let (items, waiting): (Vec<T>, Vec<_>) = batch
                .into_iter()
                .map(|p| {
                    let key = p.item.key().to_string();
                    (p.item, (key, p.done))
                })
                .unzip();
            match run(client.clone(), statement.clone(), items).await {
                Ok(ours) => {
                    for (key, done) in waiting {
                        let _ = done.send(Ok(ours.contains(&key)));
                    }
                }
                Err(e) => {
                    for (_, done) in waiting {
                        let _ = done.send(Err(e.clone()));
                    }
                }
            }
        }
    });
    tx
}

/// What a batch waits for before its statement runs.
enum Gather {
    /// Outcomes: nobody waits for them, so a small batch waits [`OUTCOMES_GATHER`] for company.
    Below(Duration, usize),
    /// Marks: asked ahead of need, they gather until one is needed ([`MARKS_GATHER`] at most).
    UntilNeeded(Duration, Arc<MarkNeeds>),
}

impl Gather {
    fn wait(&self) -> Duration {
        match self {
            Gather::Below(wait, _) | Gather::UntilNeeded(wait, _) => *wait,
        }
    }

    fn wanted<T: Keyed>(&self, batch: &[Pending<T>]) -> bool {
        match self {
            Gather::Below(_, below) => batch.len() < *below,
            Gather::UntilNeeded(..) => !batch.iter().any(|p| p.item.needed()),
        }
    }

    /// What wakes a gathering batch as one of its marks becomes needed (nothing, for outcomes).
    fn needs(&self) -> Option<&MarkNeeds> {
        match self {
            Gather::Below(..) => None,
            Gather::UntilNeeded(_, needs) => Some(needs),
        }
    }
}

trait Keyed {
    fn key(&self) -> &str;

    /// Whether someone waits for this one already (see [`Gather::UntilNeeded`]).
    fn needed(&self) -> bool {
        false
    }
}

/// A mark's row, as [`MARKS`] takes it, and whether its delivery waits for it yet.
struct MarkRow {
    id: String,
    owner: String,
    needed: Arc<MarkNeeded>,
}

impl Keyed for MarkRow {
    fn key(&self) -> &str {
        &self.id
    }

    fn needed(&self) -> bool {
        self.needed.get()
    }
}

impl Keyed for FinishRow {
    fn key(&self) -> &str {
        &self.id
    }
}

async fn submit<T>(queue: &Queue<T>, item: T) -> Result<bool, StoreError> {
    let (done, rx) = oneshot::channel();
    queue
        .send(Pending { item, done })
        .map_err(|_| StoreError("the PostgreSQL batch task stopped".into()))?;
    rx.await
        .map_err(|_| StoreError("the PostgreSQL batch task stopped".into()))?
}

async fn run_marks(
    client: Arc<Client>,
    statement: Statement,
    items: Vec<MarkRow>,
) -> Result<HashSet<String>, StoreError> {
    let (ids, owners): (Vec<String>, Vec<String>) = items.into_iter().map(|m| (m.id, m.owner)).unzip();
    let rows = client.query(&statement, &[&ids, &owners]).await?;
    Ok(rows.iter().map(|r| r.get(0)).collect())
}

async fn run_finishes(
    client: Arc<Client>,
    statement: Statement,
    items: Vec<FinishRow>,
) -> Result<HashSet<String>, StoreError> {
    let n = items.len();
    let (mut ids, mut owners, mut states, mut nexts) = (
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
    );
    let (mut errors, mut results, mut rcpts, mut logs, mut nows) = (
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
    );
    for r in items {
        ids.push(r.id);
        owners.push(r.owner);
        states.push(r.state);
        nexts.push(r.next_attempt);
        errors.push(r.error);
        results.push(r.result);
        rcpts.push(r.recipients);
        logs.push(r.log);
        nows.push(r.now);
    }
    let rows = client
        .query(
            &statement,
            &[&ids, &owners, &states, &nexts, &errors, &results, &rcpts, &logs, &nows],
        )
        .await?;
    Ok(rows.iter().map(|r| r.get(0)).collect())
}

/// The transaction connection, with the claim prepared (planning it costs more than running it).
struct TxConn {
    client: Client,
    claim: Statement,
    backoff_over: Statement,
    probes: Statement,
}

impl std::ops::Deref for TxConn {
    type Target = Client;

    fn deref(&self) -> &Client {
        &self.client
    }
}

/// Whether a destination's backoff is over (its probe is due).
const BACKOFF_OVER: &str = "SELECT EXISTS (SELECT 1 FROM outbox_dest WHERE backoff_until <= $1)";

/// The destinations whose backoff is over, held for one probe each until $2.
const PROBES: &str = "UPDATE outbox_dest SET backoff_until = $2 WHERE dest IN (SELECT dest FROM outbox_dest
     WHERE backoff_until <= $1 LIMIT $3 FOR UPDATE SKIP LOCKED) RETURNING dest";

/// The choice of up to $4 due entries, locked, that [`CLAIMED`] leases and returns with their bytes (read from
/// `outbox_data`, never rewritten).
///
/// Both halves are written so that no plan can read the whole table, whatever the statistics say (a prepared
/// statement's generic plan cannot know `$4` and guesses a tenth of the table for `c`):
/// - the update finds its rows by the row versions `c` locked, `ctid = ANY (ARRAY (...))` (a TID scan), not by a join
///   with `c`, which was planned as a hash of the whole `outbox` table, every row read (sent ones included, kept until
///   purged) at every claim: 7 ms of a 20 000-row table for 64 rows, where the lookups take 1.2 ms whatever the
///   table's size. Those versions are the current ones (the lock holds them until the update, in the same
///   statement), so no descent of `outbox_pkey` per row is needed, as `id = ANY` made (36 rows: 467 -> 374 buffers
///   read, 0.79 -> 0.65-0.70 ms);
/// - the destinations in backoff are a hashed `NOT IN`, a filter on the scan in `outbox_due`'s order that the
///   `LIMIT` stops, where `NOT EXISTS` is an anti-join the planner may hash, reading every waiting row first;
/// - the bytes are looked up row by row;
/// - and the connection has no sequential scan to choose ([`GENERIC_PLANS`]).
const CLAIM: &str = "WITH c AS (SELECT ctid FROM outbox WHERE state IN ('queued', 'deferred') AND next_attempt <= $3
        AND dest NOT IN (SELECT dest FROM outbox_dest) ORDER BY next_attempt LIMIT $4 FOR UPDATE SKIP LOCKED),";

/// Queues messages, some with a key: those whose key is queued already are left out; returns the ids inserted.
const PUT_KEYED: &str = "WITH q AS (INSERT INTO outbox (id, key, dest, state, sender, recipients, message_id, created,
        updated, next_attempt)
     SELECT i, k, d, 'queued', s, r, mid, t, t, t
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $7::text[], $8::float8[])
        AS u(i, k, d, s, r, mid, t)
     ON CONFLICT (key) WHERE key IS NOT NULL DO NOTHING RETURNING id)
     INSERT INTO outbox_data (id, data) SELECT q.id, u.b FROM q JOIN unnest($1::text[], $6::bytea[]) AS u(i, b)
        ON u.i = q.id
     RETURNING id";
/// Queues messages without a key: every one is inserted, so no conflict is possible and the rows are streamed with
/// `COPY` (binary), which the server inserts in bulk, where one `INSERT ... SELECT FROM unnest(...)` built the arrays
/// and inserted row by row (a put of 20 000: 0.65 -> 0.36 s); nothing is returned. Columns and types in the order
/// [`copy_entries`] writes them.
const COPY_ENTRIES: &str =
    "COPY outbox (id, dest, state, sender, recipients, message_id, created, updated, next_attempt)
     FROM STDIN (FORMAT binary)";
const ENTRY_TYPES: [Type; 9] = [
    Type::TEXT,
    Type::TEXT,
    Type::TEXT,
    Type::TEXT,
    Type::TEXT,
    Type::TEXT,
    Type::FLOAT8,
    Type::FLOAT8,
    Type::FLOAT8,
];
const COPY_DATA: &str = "COPY outbox_data (id, data) FROM STDIN (FORMAT binary)";

/// Streams the entries of keyless messages (their bytes are in `outbox_data` already), in the caller's transaction.
async fn copy_entries(c: &Client, messages: &[NewMessage]) -> Result<(), StoreError> {
    let entries = BinaryCopyInWriter::new(c.copy_in(COPY_ENTRIES).await?, &ENTRY_TYPES);
    futures::pin_mut!(entries);
    for m in messages {
        let (recipients, t) = (to_json(&m.recipients), m.created);
        let row: [&(dyn ToSql + Sync); 9] = [
            &m.id,
            &m.dest,
            &"queued",
            &m.sender,
            &recipients,
            &m.message_id,
            &t,
            &t,
            &t,
        ];
        entries.as_mut().write(&row).await?;
    }
    entries.finish().await?;
    Ok(())
}

/// Inserts messages that have a key, with their bytes, in the caller's transaction, leaving out those whose key is
/// queued already; the ids inserted.
async fn put_keyed(c: &Client, messages: &[NewMessage]) -> Result<Vec<String>, StoreError> {
    let ids: Vec<&str> = messages.iter().map(|m| m.id.as_str()).collect();
    let keys: Vec<Option<&str>> = messages.iter().map(|m| m.key.as_deref()).collect();
    let dests: Vec<&str> = messages.iter().map(|m| m.dest.as_str()).collect();
    let senders: Vec<&str> = messages.iter().map(|m| m.sender.as_str()).collect();
    let rcpts: Vec<String> = messages.iter().map(|m| to_json(&m.recipients)).collect();
    let mids: Vec<Option<&str>> = messages.iter().map(|m| m.message_id.as_deref()).collect();
    let created: Vec<f64> = messages.iter().map(|m| m.created).collect();
    let data: Vec<&[u8]> = messages.iter().map(|m| m.data.as_slice()).collect();
    let rows = c
        .query(
            PUT_KEYED,
            &[&ids, &keys, &dests, &senders, &rcpts, &data, &mids, &created],
        )
        .await?;
    Ok(rows.iter().map(|r| r.get::<_, String>(0)).collect())
}

pub struct Pg {
    shared: Vec<Shared>,
    marks: Queue<MarkRow>,
    finishes: Queue<FinishRow>,
    turn: AtomicUsize,
    tx: Mutex<TxConn>,
    pub wake: Arc<Notify>,
    pub mark_needs: Arc<MarkNeeds>,
}

fn json_list(text: &str) -> Vec<String> {
    serde_json::from_str(text).unwrap_or_default()
}

fn to_json(list: &[String]) -> String {
    serde_json::to_string(list).unwrap_or_else(|_| "[]".into())
}

/// For the connections that run the prepared statements of the hot path (claim, mark, outcome): their plans are
/// the same whatever the parameters (index lookups of the ids passed), yet under the default `auto` the server keeps
/// planning them anew at every run, because the generic plan's estimate (arrays of unknown length) looks dearer; that
/// planning was most of the server's time per message.
///
/// A generic plan is made once, at a statement's first run, from what the tables held then: a worker started before
/// any put (as a deployed one is) planned its claims on an empty queue, where reading the whole of `outbox` and
/// `outbox_data` looks cheapest, and kept doing so at every claim, mark and outcome as the queue filled (one worker
/// 2 300 msg/s where it made 10 600 when started on a full one). These statements never want a sequential scan, so
/// their connections have none; and where only the id lookups run (marks, outcomes), neither a hash nor a merge join,
/// which would read a whole index instead. `test_pg_claims_and_outcomes_never_scan_the_table` holds the plans to index
/// scans, made on a queue of one entry or a full one. No JIT either: a plan left with a disabled scan (the few rows
/// of `outbox_dest` have no index to read them by) costs more than `jit_above_cost`, and compiling it took 55-66 ms
/// at each claim.
const GENERIC_PLANS: &str = "SET plan_cache_mode = force_generic_plan; SET enable_seqscan = off; SET jit = off";
/// What the connections that only look rows up by id (marks, outcomes) add to [`GENERIC_PLANS`].
const LOOKUPS_ONLY: &str = "SET enable_hashjoin = off; SET enable_mergejoin = off";

/// Connects, and drives the connection on the runtime; notifications wake the store's workers.
async fn connect(url: &str, wake: Option<Arc<Notify>>) -> Result<Client, StoreError> {
    let (client, mut conn) = tokio_postgres::connect(url, NoTls).await?;
    tokio::spawn(async move {
        let mut messages = futures::stream::poll_fn(move |cx| conn.poll_message(cx));
        while let Some(message) = messages.next().await {
            match message {
                Ok(AsyncMessage::Notification(_)) => {
                    if let Some(w) = &wake {
                        w.notify_waiters();
                    }
                }
                Ok(_) => {}
                Err(e) => {
                    log::error!(target: LOG, "PostgreSQL connection lost: {}", StoreError::from(e));
                    break;
                }
            }
        }
    });
    Ok(client)
}

/// The form of the queue's tables that [`create_or_upgrade`] makes, written in the comment of `outbox` as it
/// commits; raise it with any change to them, so that an open of an older queue runs it once.
const SCHEMA_VERSION: u32 = 1;

/// Whether the queue's tables are in [`SCHEMA_VERSION`]'s form (or a later one), asked of the catalog, which takes no
/// lock on them: the statements that make them (`CREATE INDEX IF NOT EXISTS` takes a `SHARE` lock on `outbox` even
/// when the index exists) waited for every transaction writing rows, and made every claim, mark and outcome queued
/// behind them wait in turn: each process opening the queue held up the workers (an open waited 1.6 s for a
/// transaction open for 2 s).
async fn schema_is_current(c: &Client) -> Result<bool, StoreError> {
    let rows = c
        .simple_query(&format!(
            "SELECT coalesce(substring(obj_description(to_regclass('outbox'), 'pg_class') FROM 'schema ([0-9]+)$')::int,
                0) >= {SCHEMA_VERSION}"
        ))
        .await?;
    Ok(rows
        .iter()
        .any(|m| matches!(m, SimpleQueryMessage::Row(r) if r.get(0) == Some("t"))))
}

/// Makes the queue's tables and indexes, or brings an earlier version's queue to this one's ([`UPGRADE`]), under an
/// advisory lock: workers starting together must not race to create the tables. Marks them [`SCHEMA_VERSION`].
async fn create_or_upgrade(c: &Client) -> Result<(), StoreError> {
    c.batch_execute(&format!(
        "BEGIN; SELECT pg_advisory_xact_lock(72025120); {} {STATE_INDEX}
             DO $upgrade$ BEGIN
                -- The catalog itself, not information_schema's view of it (8.7 ms of the server at each open).
                IF EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = 'outbox'::regclass AND attname = 'data'
                    AND NOT attisdropped) THEN
                    {UPGRADE}
                END IF;
                -- An earlier version's unique column is the constraint PostgreSQL named for it.
                IF to_regclass('outbox_key_key') IS NULL THEN
                    {KEY_INDEX}
                END IF;
             END $upgrade$;
             COMMENT ON TABLE outbox IS 'resilient-smtp outbox schema {SCHEMA_VERSION}';
             COMMIT;",
        // Room on each page for a row's next version: the mark, which changes no indexed column, is then a HOT
        // update (no new index entries), and the claim's and outcome's versions stay near their row.
        schema("BYTEA", " WITH (fillfactor = 70)", NAME)
    ))
    .await?;
    Ok(())
}

/// A claim after its `c` (the ids chosen, locked): their lease, what the update returns, and the select after it
/// that adds the bytes (the columns [`claimed_row`] reads), looked up row by row (a lateral join has no plan that
/// reads `outbox_data` whole). `$1` owner, `$2` lease end, `$3` now.
const CLAIMED: &str = "m AS (UPDATE outbox m SET state = 'sending', lease_owner = $1, lease_until = $2,
        attempts = m.attempts + 1, data_started = 0, updated = $3
     WHERE m.ctid = ANY (ARRAY (SELECT ctid FROM c))
     RETURNING m.id, m.dest, m.sender, m.recipients, m.attempts, m.created, m.recipient_log, m.message_id)
     SELECT m.id, m.dest, m.sender, m.recipients, d.data, m.attempts, m.created, m.recipient_log, m.message_id
     FROM m CROSS JOIN LATERAL (SELECT data FROM outbox_data WHERE outbox_data.id = m.id) d";

fn claimed_row(row: &Row, probe: bool, lease_until: f64) -> Claimed {
    Claimed {
        id: row.get(0),
        dest: row.get(1),
        sender: row.get(2),
        recipients: json_list(row.get(3)),
        data: super::with_room(row.get(4)),
        attempts: row.get::<_, i32>(5).max(0) as u32,
        created: row.get(6),
        probe,
        recipient_log: row.get(7),
        lease_until,
        message_id: row.get(8),
    }
}

const STATUS_COLUMNS: &str = "id, key, state, dest, sender, recipients, message_id, attempts, created, updated, \
                              next_attempt, error, result, recipient_log, lease_owner";

fn status_row(row: &Row) -> Status {
    let state: String = row.get(2);
    let waiting = state == "queued" || state == "deferred";
    Status {
        id: row.get(0),
        key: row.get(1),
        dest: row.get(3),
        sender: row.get(4),
        recipients: json_list(row.get(5)),
        message_id: row.get(6),
        attempts: row.get::<_, i32>(7).max(0) as u32,
        created: row.get(8),
        updated: row.get(9),
        next_attempt: if waiting { Some(row.get(10)) } else { None },
        error: row.get(11),
        result: row.get(12),
        recipient_log: Some(row.get(13)),
        lease_owner: row.get(14),
        state,
    }
}

/// Runs `body` in a transaction on the transaction connection.
macro_rules! transaction {
    ($self:ident, $c:ident => $body:expr) => {{
        let $c = $self.tx.lock().await;
        $c.batch_execute("BEGIN").await?;
        let out: Result<_, StoreError> = async { $body }.await;
        match out {
            Ok(v) => {
                $c.batch_execute("COMMIT").await?;
                Ok(v)
            }
            Err(e) => {
                let _ = $c.batch_execute("ROLLBACK").await;
                Err(e)
            }
        }
    }};
}

impl Pg {
    fn shared(&self) -> &Shared {
        &self.shared[self.turn.fetch_add(1, Ordering::Relaxed) % self.shared.len()]
    }

    pub async fn connect(url: &str) -> Result<Pg, StoreError> {
        let wake = Arc::new(Notify::new());
        let tx = connect(url, None).await?;
        if !schema_is_current(&tx).await? {
            create_or_upgrade(&tx).await?;
        }
        // The other connections open at once (each a round trip or three, and a backend's start): an open took 14-21
        // ms one after the other.
        let shared = futures::future::try_join_all((0..SHARED).map(|i| {
            let wake = (i == 0).then(|| wake.clone());
            async move {
                Ok::<_, StoreError>(Shared {
                    client: connect(url, wake).await?,
                })
            }
        }));
        // Prepared once: a statement sent as text is parsed and planned by the server on every run, which for these
        // (run once per handful of deliveries) cost more server time than their rows.
        let lookups = |sql: &'static str| async move {
            let client = connect(url, None).await?;
            client
                .batch_execute(&format!("{GENERIC_PLANS}; {LOOKUPS_ONLY}"))
                .await?;
            let statement = client.prepare(sql).await?;
            Ok::<_, StoreError>((client, statement))
        };
        let prepared = async {
            tx.batch_execute(GENERIC_PLANS).await?;
            futures::future::try_join3(
                tx.prepare(&format!("{CLAIM} {CLAIMED}")),
                tx.prepare(PROBES),
                tx.prepare(BACKOFF_OVER),
            )
            .await
            .map_err(StoreError::from)
        };
        let (shared, (marks_conn, mark), (finishes_conn, finish), (claim, probes, backoff_over)) =
            futures::future::try_join4(shared, lookups(MARKS), lookups(FINISHES), prepared).await?;
        shared[0].client.batch_execute("LISTEN outbox").await?;
        let mark_needs = Arc::new(MarkNeeds::default());
        let gather = Gather::UntilNeeded(MARKS_GATHER, mark_needs.clone());
        let marks = spawn_batches(marks_conn, mark, gather, run_marks);
        let gather = Gather::Below(OUTCOMES_GATHER, GATHER_BELOW);
        let finishes = spawn_batches(finishes_conn, finish, gather, run_finishes);
        Ok(Pg {
            shared,
            marks,
            finishes,
            turn: AtomicUsize::new(0),
            tx: Mutex::new(TxConn {
                client: tx,
                claim,
                backoff_over,
                probes,
            }),
            wake,
            mark_needs,
        })
    }

    pub async fn put(&self, messages: Vec<NewMessage>) -> Result<Vec<String>, StoreError> {
        let (feed, rx) = mpsc::unbounded_channel();
        let _ = feed.send(Feed::Messages(messages));
        let _ = feed.send(Feed::End);
        self.put_fed(rx).await
    }

    /// Streams the feed into the tables as it comes, in one transaction: each keyless message's bytes go into
    /// `outbox_data` by `COPY` (binary) as soon as its chunk arrives, so that the caller's preparation of the next
    /// chunk and the server's inserting overlap (a put of 20 000 `EmailMessage` objects had them one after the other);
    /// at the feed's end its entries follow by a second `COPY` (the server inserts in bulk, where one `INSERT ...
    /// SELECT FROM unnest(...)` inserted row by row), and the messages with a key by the keyed statement, which leaves
    /// out those whose key is queued already. A feed that closes before its end aborts the copy and rolls back.
    pub async fn put_fed(&self, mut feed: FeedRx) -> Result<Vec<String>, StoreError> {
        let (ids, keyed, inserted) = transaction!(self, c => {
            let data = BinaryCopyInWriter::new(c.copy_in(COPY_DATA).await?, &[Type::TEXT, Type::BYTEA]);
            futures::pin_mut!(data);
            let (mut ids, mut keyless, mut keyed) = (Vec::new(), Vec::new(), Vec::new());
            loop {
                let chunk = match feed.recv().await {
                    Some(Feed::Messages(chunk)) => chunk,
                    Some(Feed::End) => break,
                    None => return Err(StoreError(FEED_ABANDONED.into())),
                };
                for mut m in chunk {
                    ids.push(m.id.clone());
                    if m.key.is_some() {
                        keyed.push(m);
                    } else {
                        data.as_mut().write(&[&m.id, &m.data]).await?;
                        m.data = Vec::new();
                        keyless.push(m);
                    }
                }
            }
            data.finish().await?;
            copy_entries(&c, &keyless).await?;
            let inserted = if keyed.is_empty() { Vec::new() } else { put_keyed(&c, &keyed).await? };
            c.batch_execute("NOTIFY outbox").await?;
            Ok((ids, keyed, inserted))
        })?;
        if inserted.len() == keyed.len() {
            return Ok(ids);
        }
        // Keys already queued (or given twice): the id that holds each.
        let inserted: HashSet<String> = inserted.into_iter().collect();
        let keys: Vec<String> = keyed.iter().filter_map(|m| m.key.clone()).collect();
        let rows = self
            .shared()
            .client
            .query("SELECT key, id FROM outbox WHERE key = ANY($1)", &[&keys])
            .await?;
        let by_key: HashMap<String, String> = rows.iter().map(|r| (r.get(0), r.get(1))).collect();
        let holder: HashMap<&str, &str> = keyed
            .iter()
            .filter(|m| !inserted.contains(&m.id))
            .filter_map(|m| Some((m.id.as_str(), by_key.get(m.key.as_ref()?)?.as_str())))
            .collect();
        Ok(ids
            .into_iter()
            .map(|id| match holder.get(id.as_str()) {
                Some(first) => (*first).to_string(),
                None => id,
            })
            .collect())
    }

    pub async fn claim(&self, owner: String, now: f64, lease: f64, limit: usize) -> Result<Vec<Claimed>, StoreError> {
        let until = now + lease;
        // The claim alone is one statement (its rows exclude every destination in `outbox_dest`), sent with the check
        // for a backoff that is over in the same round trip; only then is there a probe to claim, in a transaction.
        let (rows, backoff_over) = {
            let c = self.tx.lock().await;
            let (rows, over) = futures::future::try_join(
                c.query(&c.claim, &[&owner, &until, &now, &(limit as i64)]),
                c.query_one(&c.backoff_over, &[&now]),
            )
            .await?;
            (rows, over.get::<_, bool>(0))
        };
        let mut out: Vec<Claimed> = rows.iter().map(|r| claimed_row(r, false, until)).collect();
        if backoff_over {
            // Up to `limit` probes even when the claim took `limit` entries: a backed-off destination is probed while
            // others keep the workers busy.
            out.extend(self.claim_probes(&owner, now, until, limit, out.len()).await?);
        }
        Ok(out)
    }

    /// One entry (a probe) per destination whose backoff is over, up to `limit` of them, then due entries to make
    /// `limit` with the `claimed` already taken.
    async fn claim_probes(
        &self,
        owner: &str,
        now: f64,
        until: f64,
        limit: usize,
        claimed: usize,
    ) -> Result<Vec<Claimed>, StoreError> {
        transaction!(self, c => {
            let mut out = Vec::new();
            let probes = c.query(&c.probes, &[&now, &until, &(limit as i64)]).await?;
            for row in probes {
                let dest: String = row.get(0);
                let probe = c
                    .query(
                        &format!(
                            "WITH c AS (SELECT ctid FROM outbox WHERE state IN ('queued', 'deferred')
                                AND next_attempt <= $3 AND dest = $4 ORDER BY next_attempt LIMIT 1
                                FOR UPDATE SKIP LOCKED), {CLAIMED}"
                        ),
                        &[&owner, &until, &now, &dest],
                    )
                    .await?;
                if probe.is_empty() {
                    let next: Option<f64> = c
                        .query_one(
                            "SELECT min(next_attempt) FROM outbox WHERE dest = $1 AND state IN ('queued', 'deferred')",
                            &[&dest],
                        )
                        .await?
                        .get(0);
                    match next {
                        Some(next) => {
                            c.execute("UPDATE outbox_dest SET backoff_until = $2 WHERE dest = $1", &[&dest, &next])
                                .await?
                        }
                        None => c.execute("DELETE FROM outbox_dest WHERE dest = $1", &[&dest]).await?,
                    };
                }
                out.extend(probe.iter().map(|r| claimed_row(r, true, until)));
            }
            let rest = limit.saturating_sub(claimed + out.len()) as i64;
            if rest > 0 {
                let rows = c.query(&c.claim, &[&owner, &until, &now, &rest]).await?;
                out.extend(rows.iter().map(|r| claimed_row(r, false, until)));
            }
            Ok(out)
        })
    }

    pub async fn release(&self, ids: Vec<String>, owner: String) -> Result<(), StoreError> {
        self.shared()
            .client
            .execute(
                "UPDATE outbox SET state = 'queued', attempts = attempts - 1, lease_owner = NULL, lease_until = NULL,
                    data_started = 0
                 WHERE id = ANY($1) AND lease_owner = $2",
                &[&ids, &owner],
            )
            .await?;
        Ok(())
    }

    pub async fn mark_data(&self, id: String, owner: String, needed: Arc<MarkNeeded>) -> Result<bool, StoreError> {
        submit(&self.marks, MarkRow { id, owner, needed }).await
    }

    pub async fn finish(&self, f: Finished) -> Result<bool, StoreError> {
        if f.news == DestNews::None {
            return submit(&self.finishes, FinishRow::of(&f, None)).await;
        }
        transaction!(self, c => {
            let until = match f.news {
                DestNews::Healthy => {
                    c.execute("DELETE FROM outbox_dest WHERE dest = $1", &[&f.dest]).await?;
                    None
                }
                DestNews::Failed if f.probe => {
                    let failures: i32 = c
                        .query_opt("UPDATE outbox_dest SET failures = failures + 1 WHERE dest = $1 RETURNING failures", &[&f.dest])
                        .await?
                        .map_or(1, |r| r.get(0));
                    let until = f.now + super::record::dest_delay(&f.schedule, failures.into());
                    c.execute(
                        "INSERT INTO outbox_dest (dest, failures, backoff_until) VALUES ($1, $2, $3)
                         ON CONFLICT (dest) DO UPDATE SET backoff_until = excluded.backoff_until",
                        &[&f.dest, &failures, &until],
                    )
                    .await?;
                    Some(until)
                }
                DestNews::Failed => {
                    let until = f.now + super::record::dest_delay(&f.schedule, 1);
                    c.execute(
                        "INSERT INTO outbox_dest (dest, failures, backoff_until) VALUES ($1, 1, $2)
                         ON CONFLICT (dest) DO NOTHING",
                        &[&f.dest, &until],
                    )
                    .await?;
                    Some(c.query_one("SELECT backoff_until FROM outbox_dest WHERE dest = $1", &[&f.dest]).await?.get(0))
                }
                DestNews::None => None,
            };
            finish_entry(&c, FINISH, &f, until).await
        })
    }

    pub async fn reclaim(&self, now: f64, dead: Vec<String>) -> Result<Vec<String>, StoreError> {
        if !dead.is_empty() {
            self.shared()
                .client
                .execute(
                    "UPDATE outbox SET lease_until = 0 WHERE state = 'sending' AND lease_owner = ANY($1)",
                    &[&dead],
                )
                .await?;
        }
        let error = super::record::orphaned_error(ORPHANED);
        let rows = self
            .shared()
            .client
            .query(
                "UPDATE outbox SET state = CASE WHEN data_started = 1 THEN 'uncertain' ELSE 'queued' END,
                    error = CASE WHEN data_started = 1 THEN $2 ELSE error END,
                    next_attempt = $1, lease_owner = NULL, lease_until = NULL, updated = $1
                 WHERE state = 'sending' AND lease_until < $1 RETURNING id, state",
                &[&now, &error],
            )
            .await?;
        Ok(rows
            .iter()
            .filter(|r| r.get::<_, &str>(1) == "uncertain")
            .map(|r| r.get(0))
            .collect())
    }

    pub async fn owners(&self) -> Result<Vec<String>, StoreError> {
        let rows = self
            .shared()
            .client
            .query(
                "SELECT DISTINCT lease_owner FROM outbox WHERE state = 'sending' AND lease_owner IS NOT NULL",
                &[],
            )
            .await?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }

    pub async fn next_due(&self) -> Result<Option<f64>, StoreError> {
        let row = self
            .shared()
            .client
            .query_one(
                // The first in `outbox_due`'s order, as the claim reads it ([`CLAIM`]): `min()` over a join read
                // every waiting row.
                "SELECT (SELECT next_attempt FROM outbox WHERE state IN ('queued', 'deferred')
                    AND dest NOT IN (SELECT dest FROM outbox_dest) ORDER BY next_attempt LIMIT 1),
                    (SELECT min(backoff_until) FROM outbox_dest)",
                &[],
            )
            .await?;
        let (free, backoff): (Option<f64>, Option<f64>) = (row.get(0), row.get(1));
        Ok(match (free, backoff) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        })
    }

    pub async fn status(&self, id: String) -> Result<Option<Status>, StoreError> {
        let row = self
            .shared()
            .client
            .query_opt(&format!("SELECT {STATUS_COLUMNS} FROM outbox WHERE id = $1"), &[&id])
            .await?;
        Ok(row.as_ref().map(status_row))
    }

    pub async fn stats(&self) -> Result<Vec<(String, i64)>, StoreError> {
        let rows = self.shared().client.query(STATS, &[]).await?;
        Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
    }

    pub async fn list(&self, state: Option<String>, limit: i64) -> Result<Vec<Status>, StoreError> {
        let rows = self
            .shared()
            .client
            .query(
                &format!(
                    "SELECT {STATUS_COLUMNS} FROM outbox WHERE $1::text IS NULL OR state = $1 ORDER BY created, id
                     LIMIT $2"
                ),
                &[&state, &limit],
            )
            .await?;
        Ok(rows.iter().map(status_row).collect())
    }

    pub async fn retry(&self, id: String, uncertain: bool, now: f64) -> Result<Retried, StoreError> {
        let states: Vec<&str> = if uncertain {
            vec!["deferred", "failed", "uncertain"]
        } else {
            vec!["deferred", "failed"]
        };
        let n = self
            .shared()
            .client
            .execute(
                "UPDATE outbox SET state = 'queued', next_attempt = $2, updated = $2 WHERE id = $1 AND state = ANY($3)",
                &[&id, &now, &states],
            )
            .await?;
        if n == 1 {
            self.shared().client.batch_execute("NOTIFY outbox").await?;
            return Ok(Retried::Queued);
        }
        let row = self
            .shared()
            .client
            .query_opt("SELECT state FROM outbox WHERE id = $1", &[&id])
            .await?;
        Ok(match row {
            None => Retried::NotFound,
            Some(r) => Retried::Refused(r.get(0)),
        })
    }

    pub async fn purge(&self, state: String, before: f64) -> Result<u64, StoreError> {
        transaction!(self, c => {
            let rows = c
                .query(
                    "DELETE FROM outbox WHERE state = $1 AND updated < $2 RETURNING id",
                    &[&state, &before],
                )
                .await?;
            let ids: Vec<String> = rows.iter().map(|r| r.get(0)).collect();
            c.execute("DELETE FROM outbox_data WHERE id = ANY($1)", &[&ids]).await?;
            Ok(ids.len() as u64)
        })
    }
}

/// The entry's update for an attempt's end (`backoff`: the destination's, which the entry waits for).
async fn finish_entry<S: ToStatement + ?Sized>(
    c: &Client,
    statement: &S,
    f: &Finished,
    backoff: Option<f64>,
) -> Result<bool, StoreError> {
    let r = FinishRow::of(f, backoff);
    let n = c
        .execute(
            statement,
            &[
                &r.id,
                &r.owner,
                &r.state,
                &r.next_attempt,
                &r.error,
                &r.result,
                &r.recipients,
                &r.log,
                &r.now,
            ],
        )
        .await?;
    Ok(n == 1)
}
