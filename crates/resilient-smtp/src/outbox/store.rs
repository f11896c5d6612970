//! One interface over the two databases. Every method is one transaction (a group of them, for SQLite's writer).

use std::sync::Arc;

use tokio::sync::Notify;

use super::pg::Pg;
use super::schedule::Schedule;
use super::sqlite::Sqlite;
use super::{Claimed, DestNews, Finish, NewMessage, Status, StoreError};

/// An attempt's end, for [`Store::finish`].
#[derive(Clone, Debug)]
pub struct Finished {
    pub id: String,
    pub owner: String,
    pub dest: String,
    pub finish: Finish,
    pub recipient_log: String,
    pub news: DestNews,
    /// The attempt probed a destination in backoff (its failure lengthens the backoff).
    pub probe: bool,
    pub now: f64,
    /// How long a destination backs off after its n-th failure in a row, and how long a probe's claim holds it.
    pub schedule: Schedule,
    pub lease: f64,
}

/// What feeds a put while it runs ([`Store::put_fed`]): the messages in chunks, as the caller prepares them, then
/// `End`. A feed that closes without `End` (the caller met a bad item, or stopped) queues none of them.
pub enum Feed {
    Messages(Vec<NewMessage>),
    End,
}

/// The receiving end of a put's [`Feed`].
pub type FeedRx = tokio::sync::mpsc::UnboundedReceiver<Feed>;

/// The error of a put whose feed closed before its end.
pub const FEED_ABANDONED: &str = "the put was abandoned before its last message: none was queued";

/// What [`Store::retry`] did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Retried {
    Queued,
    NotFound,
    /// Not in a state that can be retried (or `uncertain` without the caller's consent): the state it is in.
    Refused(String),
}

/// The message given to an entry whose worker went away after the data began.
pub const ORPHANED: &str = "its worker stopped (killed, or its lease expired) after the message data began: it may \
                            have been delivered";

/// The tables, in the SQL both databases accept (`{blob}` is the byte type; `{hot}` the hot table's storage options;
/// `{name}` the text type of ids, keys and destinations, which are only ever compared whole).
/// The index by state is each database's own (see `pg::STATE_INDEX` and `sqlite::STATE_INDEX`).
///
/// A message's bytes live in `outbox_data`, written once by the put and only read after: the `outbox` row, which the
/// claim, the mark and the outcome each rewrite, stays narrow (a database rewrites a whole row to change one column,
/// so a 1 kB body in it made every state change a 1 kB write, and three of them per message).
pub fn schema(blob: &str, hot: &str, name: &str) -> String {
    format!(
        "CREATE TABLE IF NOT EXISTS outbox (
            id {name} PRIMARY KEY,
            key {name},
            dest {name} NOT NULL,
            state TEXT NOT NULL,
            sender TEXT NOT NULL,
            recipients TEXT NOT NULL,
            message_id TEXT,
            created DOUBLE PRECISION NOT NULL,
            updated DOUBLE PRECISION NOT NULL,
            next_attempt DOUBLE PRECISION NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            lease_owner TEXT,
            lease_until DOUBLE PRECISION,
            data_started INTEGER NOT NULL DEFAULT 0,
            error TEXT,
            result TEXT,
            recipient_log TEXT NOT NULL DEFAULT '{{}}'
        ){hot};
        CREATE TABLE IF NOT EXISTS outbox_data (
            id {name} PRIMARY KEY,
            data {blob} NOT NULL
        );
        CREATE INDEX IF NOT EXISTS outbox_due ON outbox (next_attempt) WHERE state IN ('queued', 'deferred');
        CREATE TABLE IF NOT EXISTS outbox_dest (
            dest {name} PRIMARY KEY,
            failures INTEGER NOT NULL,
            backoff_until DOUBLE PRECISION NOT NULL
        );"
    )
}

/// The keys' uniqueness, made with a new `outbox`: an index of the entries that have a key, where a unique column
/// indexed every entry (a keyless one under NULL), so that each put, and in PostgreSQL each claim and each outcome
/// (which write a new row version in every index), wrote one index entry more per message. A queue made by an earlier
/// version keeps its unique column (two indexes on the keys would cost more than either); the puts' `ON CONFLICT
/// (key) WHERE key IS NOT NULL` finds the one there is.
pub const KEY_INDEX: &str = "CREATE UNIQUE INDEX IF NOT EXISTS outbox_key ON outbox (key) WHERE key IS NOT NULL;";

/// Brings a queue made by an earlier version (the bytes in an `outbox.data` column, and an index of leases) to
/// [`schema`], in the caller's transaction: the bytes move to `outbox_data`, unchanged (a retried `uncertain` entry is
/// still resent with the same bytes). The leases index goes: the entries in `sending` are few (those in flight) and
/// `outbox_state` finds them, where the index cost two writes per delivery. Run only when `outbox.data` exists.
pub const UPGRADE: &str = "INSERT INTO outbox_data (id, data) SELECT id, data FROM outbox;
    ALTER TABLE outbox DROP COLUMN data;
    DROP INDEX IF EXISTS outbox_leases;";

pub enum Store {
    Sqlite(Sqlite),
    Pg(Box<Pg>),
}

macro_rules! both {
    ($self:ident, $s:ident => $e:expr) => {
        match $self {
            Store::Sqlite($s) => $e,
            Store::Pg($s) => $e,
        }
    };
}

impl Store {
    /// A `postgresql://` (or `postgres://`) URL, or a path to an SQLite database (created if missing).
    pub async fn open(target: &str) -> Result<Store, StoreError> {
        if target.starts_with("postgresql://") || target.starts_with("postgres://") {
            Ok(Store::Pg(Box::new(Pg::connect(target).await?)))
        } else {
            Ok(Store::Sqlite(Sqlite::open(target).await?))
        }
    }

    /// Queues the messages in one transaction; per message its id, or the first id queued under the same key.
    pub async fn put(&self, messages: Vec<NewMessage>) -> Result<Vec<String>, StoreError> {
        both!(self, s => s.put(messages).await)
    }

    /// [`Store::put`] of the messages a feed brings, in one transaction, committed at the feed's `End`: each chunk is
    /// stored as it arrives (SQLite inserts it; PostgreSQL copies its keyless messages' bytes), so that preparing the
    /// messages (the caller's) and storing them overlap.
    pub async fn put_fed(&self, feed: FeedRx) -> Result<Vec<String>, StoreError> {
        both!(self, s => s.put_fed(feed).await)
    }

    /// Leases up to `limit` due entries (the destinations in backoff give one probe each, when their backoff is
    /// over) until `now + lease`.
    pub async fn claim(&self, owner: &str, now: f64, lease: f64, limit: usize) -> Result<Vec<Claimed>, StoreError> {
        both!(self, s => s.claim(owner.to_string(), now, lease, limit).await)
    }

    /// Gives back leased entries never started (no byte of their data sent; the caller knows): queued again, the
    /// attempt not counted, a mark asked ahead for one undone (see `worker::Mark::ask`).
    pub async fn release(&self, ids: Vec<String>, owner: &str) -> Result<(), StoreError> {
        both!(self, s => s.release(ids, owner.to_string()).await)
    }

    /// Records that the data of a leased entry is about to be sent; false if the lease is no longer ours.
    /// `needed` says when its delivery waits for it ([`Store::mark_needed`]), for a store that writes marks in batches.
    pub async fn mark_data(&self, id: &str, owner: &str, needed: Arc<super::MarkNeeded>) -> Result<bool, StoreError> {
        match self {
            Store::Sqlite(s) => s.mark_data(id.to_string(), owner.to_string()).await,
            Store::Pg(s) => s.mark_data(id.to_string(), owner.to_string(), needed).await,
        }
    }

    /// Where `owner` records "data started": its own journal file (SQLite), or None (the database, [`Store::mark_data`]).
    pub fn journal(&self, owner: &str) -> Result<Option<Arc<super::journal::Journal>>, StoreError> {
        match self {
            Store::Sqlite(s) => s.journal(owner),
            Store::Pg(_) => Ok(None),
        }
    }

    /// A new mark's "needed" flag, which tells a store writing marks in batches when its delivery waits for it.
    pub fn mark_needed(&self) -> Arc<super::MarkNeeded> {
        Arc::new(super::MarkNeeded::new(match self {
            Store::Sqlite(_) => None,
            Store::Pg(s) => Some(s.mark_needs.clone()),
        }))
    }

    /// Records an attempt's end; false if the lease is no longer ours (nothing is written then).
    pub async fn finish(&self, f: Finished) -> Result<bool, StoreError> {
        both!(self, s => s.finish(f).await)
    }

    /// Ends the leases of `dead` holders now, then every expired lease: back to `queued` if the data never started,
    /// `uncertain` otherwise. Returns the ids made uncertain.
    pub async fn reclaim(&self, now: f64, dead: Vec<String>) -> Result<Vec<String>, StoreError> {
        both!(self, s => s.reclaim(now, dead).await)
    }

    /// The holders of current leases.
    pub async fn owners(&self) -> Result<Vec<String>, StoreError> {
        both!(self, s => s.owners().await)
    }

    /// When the next entry becomes claimable (a destination's backoff included), if any is waiting.
    pub async fn next_due(&self) -> Result<Option<f64>, StoreError> {
        both!(self, s => s.next_due().await)
    }

    pub async fn status(&self, id: &str) -> Result<Option<Status>, StoreError> {
        both!(self, s => s.status(id.to_string()).await)
    }

    /// Entries per state.
    pub async fn stats(&self) -> Result<Vec<(String, i64)>, StoreError> {
        both!(self, s => s.stats().await)
    }

    /// Entries (without their data), oldest first, of one state or all.
    pub async fn list(&self, state: Option<String>, limit: i64) -> Result<Vec<Status>, StoreError> {
        both!(self, s => s.list(state, limit).await)
    }

    /// Makes a deferred or failed entry (or an uncertain one, if `uncertain`) due now, with the same bytes.
    pub async fn retry(&self, id: &str, uncertain: bool, now: f64) -> Result<Retried, StoreError> {
        both!(self, s => s.retry(id.to_string(), uncertain, now).await)
    }

    /// Deletes the entries of `state` last updated before `before`; returns how many.
    pub async fn purge(&self, state: &str, before: f64) -> Result<u64, StoreError> {
        both!(self, s => s.purge(state.to_string(), before).await)
    }

    /// Notified when new work may have arrived (a put in this process; a NOTIFY from PostgreSQL).
    pub fn wake(&self) -> Arc<Notify> {
        both!(self, s => s.wake.clone())
    }
}
