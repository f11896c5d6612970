//! The outbox: a durable queue of messages, delivered by workers that may run in many processes on many machines.
//!
//! States: `queued` → `sending` (leased by one worker) → `sent` | `deferred` (due again later) | `failed` |
//! `uncertain` (the message may have reached the server: its final reply was lost, or its worker died after the data
//! began). A worker records "data started" durably, through the session's data gate, before the first byte of the
//! message goes out; a lease that expires (or whose worker is a dead process on this machine) turns its entry back
//! into `queued` if the data never started, and into `uncertain` otherwise, so nothing that may have passed "." is
//! resent unless the caller asks.
//!
//! Storage is SQLite ([`sqlite`], one writer thread with group commit) or PostgreSQL ([`pg`], claims with
//! `FOR UPDATE SKIP LOCKED`, wake-ups with LISTEN/NOTIFY), behind one [`store::Store`].

mod journal;
mod owner;
mod pg;
mod record;
mod schedule;
mod sqlite;
mod store;
mod worker;

pub use schedule::Schedule;
pub use store::{Feed, Retried, Store};
pub use worker::{Stop, Template, Worker};

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The queue's own options as given (seconds as `f64`); `validate()` holds their rules. (Its per-destination limits
/// are its client's: see [`crate::gate`].)
#[derive(Clone, Debug)]
pub struct OutboxConfig {
    pub first_retry: f64,
    pub max_retry_delay: f64,
    pub lifetime: f64,
}

impl OutboxConfig {
    pub fn validate(&self) -> Result<Schedule, crate::error::InputError> {
        use crate::config::positive_duration;
        let schedule = Schedule {
            first_retry: positive_duration("first_retry", self.first_retry)?,
            max_retry_delay: positive_duration("max_retry_delay", self.max_retry_delay)?,
            lifetime: positive_duration("lifetime", self.lifetime)?,
        };
        if schedule.max_retry_delay < schedule.first_retry {
            return Err(crate::error::InputError(
                "max_retry_delay must be at least first_retry".into(),
            ));
        }
        Ok(schedule)
    }
}

/// Marks asked for ahead of need and written in batches (PostgreSQL): a delivery asks for its "data started" mark as
/// its commands go out, a round trip before it needs the answer (at its 354). A batch gathers the marks asked
/// meanwhile until one of them is needed ([`MarkNeeded::need`] wakes it): connections running in step ask a few
/// hundred microseconds apart, so their marks cost one statement, written while their deliveries wait for the 354s.
#[derive(Debug, Default)]
pub struct MarkNeeds {
    changed: tokio::sync::Notify,
}

impl MarkNeeds {
    /// Resolves at the next [`MarkNeeded::need`] after it is enabled.
    pub fn changed(&self) -> tokio::sync::futures::Notified<'_> {
        self.changed.notified()
    }
}

/// Whether one mark asked for is waited for yet, and whom to tell when it is (the batches gathering marks, if the
/// store has any).
#[derive(Debug, Default)]
pub struct MarkNeeded {
    needed: AtomicBool,
    tell: Option<Arc<MarkNeeds>>,
}

impl MarkNeeded {
    pub fn new(tell: Option<Arc<MarkNeeds>>) -> MarkNeeded {
        MarkNeeded {
            needed: AtomicBool::new(false),
            tell,
        }
    }

    /// Its delivery waits for it now: its batch, if gathering, goes.
    pub fn need(&self) {
        self.needed.store(true, Ordering::SeqCst);
        if let Some(tell) = &self.tell {
            tell.changed.notify_waiters();
        }
    }

    pub fn get(&self) -> bool {
        self.needed.load(Ordering::SeqCst)
    }
}

/// Seconds since the Unix epoch: the clock every stored time uses (shared by the machines of one queue).
pub fn now() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64())
}

pub fn secs(d: Duration) -> f64 {
    d.as_secs_f64()
}

/// The states, as stored and shown.
pub const STATES: [&str; 6] = ["queued", "sending", "deferred", "sent", "failed", "uncertain"];

/// A message to queue, checked and prepared by the caller.
#[derive(Clone, Debug)]
pub struct NewMessage {
    pub id: String,
    pub key: Option<String>,
    /// The destination whose backoff and limits the message shares: the relay list, or the recipients' domains.
    pub dest: String,
    pub sender: String,
    pub recipients: Vec<String>,
    pub data: Vec<u8>,
    pub message_id: Option<String>,
    pub created: f64,
}

/// An entry a worker has leased.
#[derive(Clone, Debug)]
pub struct Claimed {
    pub id: String,
    pub dest: String,
    pub sender: String,
    /// Those still to deliver (recipients delivered or refused in an earlier attempt are not here).
    pub recipients: Vec<String>,
    pub data: Vec<u8>,
    /// Counting this one.
    pub attempts: u32,
    pub created: f64,
    /// The one message probing a destination in backoff.
    pub probe: bool,
    /// The per-recipient record so far (JSON object, see [`Status::recipient_log`]).
    pub recipient_log: String,
    /// When the lease ends (seconds since the epoch).
    pub lease_until: f64,
    /// The Message-ID recorded at the put (the one in `data`), for the result: not looked for in the bytes again.
    pub message_id: Option<String>,
}

/// An entry's bytes as a claim returns them: with room for the ".\r\n" that ends the data, so that the wire form is
/// made in the same buffer.
fn with_room(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() + 3);
    out.extend_from_slice(data);
    out
}

/// How an attempt ended, as it is recorded.
#[derive(Clone, Debug)]
pub enum Finish {
    Sent {
        result: String,
    },
    Deferred {
        next_attempt: f64,
        error: String,
        /// The recipients left for the next attempt.
        recipients: Vec<String>,
    },
    Failed {
        error: String,
    },
    Uncertain {
        error: String,
    },
}

impl Finish {
    pub fn state(&self) -> &'static str {
        match self {
            Finish::Sent { .. } => "sent",
            Finish::Deferred { .. } => "deferred",
            Finish::Failed { .. } => "failed",
            Finish::Uncertain { .. } => "uncertain",
        }
    }
}

/// What happened to the destination in an attempt.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum DestNews {
    /// It answered: whatever backoff it had is over.
    Healthy,
    /// It failed: back off (the number of failures so far picks the delay).
    Failed,
    /// Nothing to say (a message-level outcome on a destination in good standing).
    None,
}

/// One entry as `status()` shows it.
#[derive(Clone, Debug, Default)]
pub struct Status {
    pub id: String,
    pub key: Option<String>,
    pub state: String,
    pub dest: String,
    pub sender: String,
    pub recipients: Vec<String>,
    pub message_id: Option<String>,
    pub attempts: u32,
    pub created: f64,
    pub updated: f64,
    pub next_attempt: Option<f64>,
    pub error: Option<String>,
    pub result: Option<String>,
    /// Per recipient: `{"rcpt": {"state": "sent"|"failed"|"deferred", "code": n, "reply": "..."}}` (JSON).
    pub recipient_log: Option<String>,
    pub lease_owner: Option<String>,
}

/// A storage failure (the database, not a delivery).
#[derive(Clone, Debug, thiserror::Error)]
#[error("outbox storage: {0}")]
pub struct StoreError(pub String);

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        StoreError(e.to_string())
    }
}

impl From<tokio_postgres::Error> for StoreError {
    fn from(e: tokio_postgres::Error) -> Self {
        // The source carries the server's message; Display alone says only "db error".
        let detail = std::error::Error::source(&e)
            .map(|s| format!(": {s}"))
            .unwrap_or_default();
        StoreError(format!("{e}{detail}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A mark counts as needed once its delivery says so, and the batch gathering it is woken then.
    #[tokio::test]
    async fn a_needed_mark_wakes_its_gathering_batch() {
        let needs = Arc::new(MarkNeeds::default());
        let mark = Arc::new(MarkNeeded::new(Some(needs.clone())));
        assert!(!mark.get());
        let mut changed = std::pin::pin!(needs.changed());
        changed.as_mut().enable();
        let m = mark.clone();
        tokio::spawn(async move { m.need() });
        tokio::time::timeout(std::time::Duration::from_secs(5), changed)
            .await
            .expect("woken");
        assert!(mark.get());
    }
}
