//! The worker: claims due entries, delivers each with the configured delivery machinery (pooled connections,
//! the failure policy), records the outcome, and takes over the leases of dead workers of this machine. It runs on
//! the tokio runtime with no Python in the loop; outcomes reach the caller's hooks as [`Event`]s when asked.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures::future::{BoxFuture, FutureExt, Shared};
use tokio::sync::{mpsc, Notify, OwnedSemaphorePermit, Semaphore};
use tokio::task::JoinSet;

use crate::deliver::{Deliverer, Request, Route};
use crate::envelope::{Envelope, Mailbox, Payload, SenderMemo};
use crate::error::InputError;
use crate::error::{ErrorKind, SessionError};
use crate::gate::Gates;
use crate::outcome::{Delivery, Failure};
use crate::phase::{Phase, Timeouts};
use crate::policy::{destination_trouble, Trouble};
use crate::retry::RetryPolicy;
use crate::session::{DataGate, SessionConfig};

use super::journal::Journal;
use super::owner::Owner;
use super::record;
use super::schedule::Schedule;
use super::store::{Finished, Store, ORPHANED};
use super::{now, Claimed, DestNews, Finish, MarkNeeded, StoreError};

const LOG: &str = "resilient_smtp.outbox";
/// How often a worker looks for dead holders and expired leases.
const HOUSEKEEPING: Duration = Duration::from_secs(2);
/// A running worker's loop looks around (its sweep, its claims) at least this often, whatever wakes it.
const LOOK_EVERY: Duration = Duration::from_millis(500);
/// A lease outlasts the delivery's deadline by this much: the outcome still has to be written, and the machines
/// sharing a queue may disagree a little about the time.
const LEASE_MARGIN: f64 = 30.0;
/// Entries claimed ahead, per transaction allowed in flight, at most (a claim is made when fewer than three quarters
/// of them are left, so a claim has the time of a quarter of them to arrive).
///
/// A claim takes one to four milliseconds of the database thread, queued behind outcomes, and 20000 messages go at
/// ~15k a second: with 4 per slot (a claim when 16 of 32 were left, 1 ms of work) the deliveries waited for a claim
/// 15-24% of the run (600 times); with 16 per slot, a claim when a quarter is gone, 1-8% (35-90 times), and a third
/// of the claims (the commits) of before.
const AHEAD: usize = 16;
/// Outcomes waiting to be written, per transaction allowed in flight, at most before claims pause. Outcomes wait for
/// company and behind claims (2-5 ms at 15k a second, 30-75 of them): 3 per turn paused the claims in normal running.
const BACKLOG_PER_TURN: usize = 16;
/// Bytes of message data claimed ahead (not started yet) at most: an entry is claimed with its data, and [`AHEAD`]
/// entries per turn of large messages would hold hundreds of megabytes waiting.
const AHEAD_BYTES: usize = 32 << 20;
/// Entries claimed ahead per turn at least, however slowly they start. Above it, no more than started in the last
/// second: entries that wait longer than [`START_WITHIN`] are released again, and other workers could have had them
/// (a slow or rate-limited destination).
const AHEAD_AT_LEAST: usize = 4;
/// A claimed entry starts only this soon after its claim (so its lease still covers a whole delivery), or is
/// released.
const START_WITHIN: Duration = Duration::from_secs(15);
/// Deliveries running at once, per transaction allowed in flight (`concurrency`). Deliveries run as the bulk stream's
/// do: one that got its 354 parks its content on the connection and gives its turn up, and the next delivery carries
/// that content in the same write as its own commands (one round trip per message, see [`crate::session::Tail`]).
/// So a connection needs two deliveries at least, the parked one and the one carrying it, and more waiting for a turn,
/// so that the turn given up by a delivery as it parks goes to one that carries its content rather than back to it
/// (20000 messages to smtp-sink: 1.35 sends per message with two per turn, 1.17 with three, 1.10 with four).
const RUNNING_PER_TURN: usize = 4;

/// Deliveries whose mark may be asked for as they start (before they wait for a connection and a turn, and their
/// commands go), per transaction allowed in flight: the next two rounds of transactions. A worker killed leaves these
/// `uncertain` with the deliveries in flight (two per turn in steady running: one whose content waits on its
/// connection, and the one carrying it), though none of their data went (a mark must precede the data, and a mark
/// asked this early covers more than the data). Asked with the commands (as before, see `pg::MARKS_GATHER`), the
/// marks of a worker's eight deliveries in step went in one statement each round, and a statement on a busy machine
/// took longer than the round trip to the 354 (~0.7 ms against ~1 ms from ask to answer, ~0.6 ms waited after the
/// 354). PostgreSQL, three workers, 20 000 messages, A/B in turn: asked ahead for one round against with the commands,
/// 11 594 -> 12 215 msg/s (10 pairs, faster in 9); for two against one, 10 371 -> 11 693 (10 pairs, faster in 10);
/// for four (every slot) against two, 12 070 -> 12 351 (8 pairs, faster in 3). Against a remote database, whose
/// round trip is longer than a local relay's, it is what keeps each delivery from waiting for its mark.
const ASKED_AHEAD_PER_TURN: usize = 2;

/// The longest one delivery can take under these timeouts and in-call retries: every phase's limit on every attempt,
/// and the longest backoffs between them. A delivery never runs past it (it becomes the delivery's deadline), so a
/// lease of that length is never outlived by its delivery.
pub fn delivery_bound(timeouts: &Timeouts, retry: &RetryPolicy) -> Duration {
    let one: Duration = Phase::ALL.iter().map(|p| timeouts.get(*p)).sum();
    let pauses: Duration = (1..retry.max_attempts).map(|n| retry.ceiling(n)).sum();
    one * retry.max_attempts.max(1) + pauses
}

/// How the worker delivers: everything a `Sender` was configured with.
pub struct Template {
    pub route: Route,
    pub default_port: u16,
    pub session: Arc<SessionConfig>,
    pub retry: RetryPolicy,
    /// The caller's deadline, or [`delivery_bound`].
    pub deadline: Duration,
    pub deliverer: Arc<Deliverer>,
    /// The client's per-destination limits (shared with the `Sender` it was made from).
    pub gates: Option<Arc<Gates>>,
}

impl Template {
    /// How an outbox worker delivers with `client`'s configuration; the deadline (the client's, or
    /// [`delivery_bound`]) bounds the lease of each delivery.
    pub fn from_client(client: &crate::config::Client) -> Template {
        Template {
            route: client.route.clone(),
            default_port: client.default_port,
            session: client.session.clone(),
            retry: client.retry,
            deadline: client
                .deadline
                .unwrap_or_else(|| delivery_bound(&client.session.timeouts, &client.retry)),
            deliverer: client.deliverer.clone(),
            gates: client.gates.clone(),
        }
    }

    pub fn lease(&self) -> f64 {
        self.deadline.as_secs_f64() + LEASE_MARGIN
    }

    /// The request for `entry` from `sender` (its sender parsed), taking the entry's bytes (nothing after the
    /// delivery reads them).
    fn request(
        &self,
        entry: &mut Claimed,
        sender: Result<Option<Mailbox>, InputError>,
        gate: DataGate,
    ) -> Result<Request, InputError> {
        Ok(Request {
            envelope: Envelope::from_sender(sender?, &entry.recipients, Vec::new(), Vec::new())?,
            payload: Arc::new(Payload::from_vec(std::mem::take(&mut entry.data))),
            route: self.route.clone(),
            default_port: self.default_port,
            session: self.session.clone(),
            retry: self.retry,
            deadline: Some(self.deadline),
            // The outbox decides about resending: an uncertain delivery is recorded as such, never retried here.
            retry_uncertain: false,
            scope: crate::policy::RetryScope::Transient,
            before_data: Some(gate),
        })
    }
}

/// An outcome for the caller's hooks: the entry, its new state, and its result or error (JSON).
#[derive(Clone, Debug)]
pub struct Event {
    pub id: String,
    pub state: &'static str,
    pub record: String,
}

/// Asks a running worker to stop claiming and return once what is in flight is done.
#[derive(Default)]
pub struct Stop {
    flag: AtomicBool,
    notify: Notify,
}

impl Stop {
    pub fn request(&self) {
        self.flag.store(true, Ordering::SeqCst);
        self.notify.notify_waiters();
    }

    pub fn requested(&self) -> bool {
        self.flag.load(Ordering::SeqCst)
    }

    pub fn clear(&self) {
        self.flag.store(false, Ordering::SeqCst);
    }
}

/// Counts of what one `run` did.
#[derive(Clone, Copy, Debug, Default)]
pub struct Report {
    pub sent: u64,
    pub deferred: u64,
    pub failed: u64,
    pub uncertain: u64,
}

pub struct Worker {
    pub store: Arc<Store>,
    pub template: Arc<Template>,
    pub schedule: Schedule,
    pub owner: Owner,
    /// `owner` as the leases hold it, written once (each attempt records it; formatting it each time cost ~1 % of
    /// the runtime's CPU).
    holder: String,
    /// The last sender parsed: a queue's entries nearly always share one (as a bulk stream's do).
    senders: Mutex<SenderMemo>,
    pub events: Option<mpsc::UnboundedSender<Event>>,
    pub stop: Arc<Stop>,
    /// Where this worker records "data started" when the store has journals (SQLite); set as `run` starts.
    journal: std::sync::OnceLock<Option<Arc<Journal>>>,
    /// Per step (data-started mark, delivery, outcome, claim, free slots waiting for a claim): total microseconds and
    /// count, logged at the end.
    timing: Arc<Timing>,
}

type Timing = [std::sync::atomic::AtomicU64; 10];

fn timed(t: &Timing, slot: usize, since: Instant) {
    t[slot * 2].fetch_add(since.elapsed().as_micros() as u64, Ordering::Relaxed);
    t[slot * 2 + 1].fetch_add(1, Ordering::Relaxed);
}

type Done = Result<Option<Event>, StoreError>;
type Claim = (Result<Vec<super::Claimed>, StoreError>, usize);

impl Worker {
    pub fn new(
        store: Arc<Store>,
        template: Arc<Template>,
        schedule: Schedule,
        events: Option<mpsc::UnboundedSender<Event>>,
        stop: Arc<Stop>,
    ) -> Worker {
        let owner = Owner::current();
        Worker {
            store,
            template,
            schedule,
            holder: owner.to_string(),
            senders: Mutex::default(),
            owner,
            events,
            stop,
            journal: std::sync::OnceLock::new(),
            timing: Arc::new(Default::default()),
        }
    }

    /// Delivers until stopped, or (`until_idle`) until nothing of ours is in flight and nothing is due.
    pub async fn run(self: Arc<Self>, concurrency: usize, until_idle: bool) -> Result<Report, StoreError> {
        let owner = self.holder.clone();
        let wake = self.store.wake();
        let journal = self.store.journal(&owner)?;
        let _ = self.journal.set(journal.clone());
        // Delivery slots: a task gives its slot back when the delivery ends, before its outcome is written, so the
        // next delivery does not wait for the database. Turns bound the transactions in flight to `concurrency`.
        let running = RUNNING_PER_TURN * concurrency;
        let slots = Arc::new(Semaphore::new(running));
        let turns = Arc::new(Semaphore::new(concurrency));
        let freed = Arc::new(Notify::new());
        let asked_ahead = Arc::new(AskedAhead {
            count: AtomicUsize::new(0),
            most: ASKED_AHEAD_PER_TURN * concurrency,
        });
        // Claimed ahead (one claim per half of it, not one per delivery); each entry started only while its lease
        // still covers a whole delivery, released otherwise.
        let mut claimed = Ahead::default();
        let mut tasks: JoinSet<Done> = JoinSet::new();
        let mut report = Report::default();
        let mut failure: Option<StoreError> = None;
        let mut swept: Option<Instant> = None;
        let mut exhausted = false;
        // The claim in flight: it runs while the deliveries do, so a slow database delays no delivery as long as
        // entries claimed earlier remain.
        let mut claiming: Option<tokio::task::JoinHandle<Claim>> = None;
        // Since when slots are free with nothing claimed to start in them (the deliveries wait for the claim).
        let mut starved: Option<Instant> = None;
        // The loop looks around at least this often. One timer for the run, reset when it fires: a new one per turn
        // of the loop (a turn or two per message) was ~1 % of the runtime's CPU, made, polled and dropped.
        let look = tokio::time::sleep(LOOK_EVERY);
        tokio::pin!(look);
        loop {
            if failure.is_none() && swept.is_none_or(|t| t.elapsed() >= HOUSEKEEPING) {
                swept = Some(Instant::now());
                exhausted = false;
                if let Err(e) = self.sweep(&mut report).await {
                    failure = Some(e);
                }
            }
            let stopping = self.stop.requested() || failure.is_some();
            // Outcomes waiting to be written are bounded too: a slow database slows the claims.
            let backlog = tasks.len() >= running + BACKLOG_PER_TURN * concurrency;
            let wanted = claimed.wanted(concurrency, running);
            if claiming.is_none() && !stopping && !backlog && wanted > 0 && !exhausted {
                claiming = Some(self.claim_ahead(wanted));
            }
            let mut stale = Vec::new();
            while !stopping && !claimed.is_empty() {
                let Ok(slot) = slots.clone().try_acquire_owned() else {
                    break;
                };
                let (row, at) = claimed.pop().expect("not empty");
                if at.elapsed() > START_WITHIN {
                    stale.push(row.id);
                    drop(slot);
                    continue;
                }
                let slot = DeliverySlot {
                    slot,
                    turns: turns.clone(),
                    freed: freed.clone(),
                    asked_ahead: asked_ahead.clone(),
                };
                // Boxed: the attempt's state (3.4 kB) is otherwise copied into the task at the spawn and again at
                // each change of the task's stage (perf: 3-4 % of a worker's CPU in memcpy).
                tasks.spawn(Box::pin(self.clone().attempt(row, at, slot)));
            }
            if claimed.is_empty() && claiming.is_some() && slots.available_permits() > 0 && starved.is_none() {
                starved = Some(Instant::now());
            }
            if stopping {
                stale.extend(claimed.drain());
            }
            if !stale.is_empty() {
                if let Err(e) = self.store.release(stale, &owner).await {
                    failure.get_or_insert(e);
                }
            }
            if tasks.is_empty() && claimed.is_empty() && claiming.is_none() {
                if stopping {
                    break;
                }
                let due = match self.store.next_due().await {
                    Ok(due) => due,
                    Err(e) => {
                        failure = Some(e);
                        continue;
                    }
                };
                let t = now();
                if until_idle && due.is_none_or(|d| d > t) {
                    break;
                }
                exhausted = false;
                let wait = due.map_or(1.0, |d| (d - t).clamp(0.02, 1.0));
                tokio::select! {
                    () = wake.notified() => {}
                    () = self.stop.notify.notified() => {}
                    () = tokio::time::sleep(Duration::from_secs_f64(wait)) => {}
                }
                continue;
            }
            tokio::select! {
                claim = async { claiming.as_mut().expect("a claim in flight").await }, if claiming.is_some() => {
                    claiming = None;
                    if let Some(since) = starved.take() {
                        timed(&self.timing, 4, since);
                    }
                    match claim {
                        Ok((Ok(rows), wanted)) => {
                            // Nothing more was due: do not ask again until a delivery ends or work arrives.
                            exhausted = rows.len() < wanted;
                            claimed.extend(rows);
                        }
                        Ok((Err(e), _)) => { failure.get_or_insert(e); }
                        Err(e) => { failure.get_or_insert(StoreError(format!("a claim task failed: {e}"))); }
                    }
                }
                Some(done) = tasks.join_next() => {
                    self.count(done, &mut report, &mut failure);
                    while let Some(done) = tasks.try_join_next() {
                        self.count(done, &mut report, &mut failure);
                    }
                    exhausted = false;
                }
                () = freed.notified(), if !claimed.is_empty() => {}
                () = wake.notified(), if !stopping => { exhausted = false; }
                () = self.stop.notify.notified() => {}
                () = &mut look => look.as_mut().reset(tokio::time::Instant::now() + LOOK_EVERY),
            }
        }
        let t = &self.timing;
        let avg = |slot: usize| t[slot * 2].load(Ordering::Relaxed) / t[slot * 2 + 1].load(Ordering::Relaxed).max(1);
        // Where a message's time goes (the benchmark's question): mean microseconds per step.
        log::debug!(
            target: LOG,
            "worker done: {report:?}; mean us: data-started mark {}, delivery {}, outcome {}, claim {} ({} claims); \
             free slots waited for a claim {} ms in all ({} times)",
            avg(0),
            avg(1),
            avg(2),
            avg(3),
            t[7].load(Ordering::Relaxed),
            t[8].load(Ordering::Relaxed) / 1000,
            t[9].load(Ordering::Relaxed)
        );
        if let Some(e) = failure {
            return Err(e);
        }
        // Every outcome is recorded: no lease of ours is left for the marks to settle.
        if let Some(journal) = journal {
            journal.remove();
        }
        Ok(report)
    }

    /// Claims up to `wanted` entries on a task of its own; its output says how many were wanted.
    fn claim_ahead(&self, wanted: usize) -> tokio::task::JoinHandle<Claim> {
        let (store, owner, timing) = (self.store.clone(), self.holder.clone(), self.timing.clone());
        let lease = self.template.lease();
        tokio::spawn(async move {
            let since = Instant::now();
            let rows = store.claim(&owner, now(), lease, wanted).await;
            timed(&timing, 3, since);
            (rows, wanted)
        })
    }

    fn count(&self, done: Result<Done, tokio::task::JoinError>, report: &mut Report, failure: &mut Option<StoreError>) {
        match done {
            Ok(Ok(Some(event))) => {
                match event.state {
                    "sent" => report.sent += 1,
                    "deferred" => report.deferred += 1,
                    "failed" => report.failed += 1,
                    _ => report.uncertain += 1,
                }
                self.emit(event);
            }
            Ok(Ok(None)) => {}
            Ok(Err(e)) => {
                log::error!(target: LOG, "{e}");
                failure.get_or_insert(e);
            }
            Err(e) => {
                failure.get_or_insert(StoreError(format!("a delivery task failed: {e}")));
            }
        }
    }

    fn emit(&self, event: Event) {
        if let Some(events) = &self.events {
            if event.state != "deferred" {
                let _ = events.send(event);
            }
        }
    }

    /// Takes over the leases of dead workers of this machine at once, and every expired lease.
    async fn sweep(&self, report: &mut Report) -> Result<(), StoreError> {
        let dead: Vec<String> = self
            .store
            .owners()
            .await?
            .into_iter()
            .filter(|o| Owner::parse(o).is_some_and(|o| o.is_dead_local(&self.owner)))
            .collect();
        if !dead.is_empty() {
            log::warn!(target: LOG, "taking over the leases of {} dead worker(s) of this machine", dead.len());
        }
        for id in self.store.reclaim(now(), dead).await? {
            log::warn!(target: LOG, "{id}: {ORPHANED}");
            report.uncertain += 1;
            self.emit(Event {
                id,
                state: "uncertain",
                record: record::orphaned_error(ORPHANED),
            });
        }
        Ok(())
    }

    async fn attempt(self: Arc<Self>, mut entry: Claimed, claimed_at: Instant, slot: DeliverySlot) -> Done {
        let owner = self.holder.clone();
        let lost = Arc::new(AtomicBool::new(false));
        let journal = self.journal.get().cloned().flatten();
        let generation = Arc::new(Mutex::new(None));
        let asked: Asked = Arc::default();
        let marks = Arc::new(Marks {
            store: self.store.clone(),
            journal: journal.clone(),
            generation: generation.clone(),
            lease_until: entry.lease_until,
        });
        let mark = Mark {
            id: entry.id.clone(),
            owner: owner.clone(),
            asked: asked.clone(),
            needed: self.store.mark_needed(),
            ahead: Mutex::default(),
        };
        mark.ask_ahead(&marks, &slot.asked_ahead, &self.timing);
        let gate = data_gate(marks, mark, lost.clone(), self.timing.clone());
        if entry.message_id.is_none() {
            // Put by a version that did not record it.
            if let crate::envelope::MessageId::Found(id) = crate::envelope::header_message_id(&entry.data) {
                entry.message_id = Some(id);
            }
        }
        let sender = lock(&self.senders).parse(&entry.sender);
        let (finish, news, log, t) = match self.template.request(&mut entry, sender, gate) {
            Err(e) => (
                Finish::Failed {
                    error: record::plain_error("not_supported", "mail", &e.0, false, false),
                },
                DestNews::None,
                entry.recipient_log.clone(),
                now(),
            ),
            Ok(req) => {
                let _admitted = crate::gate::admit(self.template.gates.as_deref(), &req).await;
                let Some(turn) = slot.turn(claimed_at, &self.stop).await else {
                    slot.free();
                    // Not started (in time, or before a stop): given back, as the run loop gives back what it does
                    // not start, once a mark asked ahead is in (the release undoes it: none of the data went).
                    settle_mark(&asked).await;
                    self.store.release(vec![entry.id], &owner).await?;
                    return Ok(None);
                };
                let since = Instant::now();
                let delivery = self.template.deliverer.deliver(&req);
                let out = crate::handoff::bulk_delivery_holding(slot.turns.clone(), turn, delivery).await;
                timed(&self.timing, 1, since);
                slot.free();
                if lost.load(Ordering::SeqCst) {
                    // The lease is someone else's now (or the store failed): the entry is left to it.
                    return Ok(None);
                }
                // One clock for the verdict and the record: a deferral waits `first_retry` from the time it shows.
                let t = now();
                let (finish, news, log) = self.judge(&entry, out, t);
                (finish, news, log, t)
            }
        };
        // The record a hook is given: copied only when hooks are set.
        let event = match &finish {
            _ if self.events.is_none() => String::new(),
            Finish::Sent { result } => result.clone(),
            Finish::Deferred { error, .. } | Finish::Failed { error } | Finish::Uncertain { error } => error.clone(),
        };
        let state = finish.state();
        // A mark asked of the store is written before the outcome, even when its transaction ended before the 354
        // (nobody awaited it): the outcome is the entry's last word, and two multi-row statements on the same rows
        // from two connections could deadlock.
        settle_mark(&asked).await;
        let since = Instant::now();
        let recorded = self
            .store
            .finish(Finished {
                id: entry.id.clone(),
                owner,
                dest: entry.dest.clone(),
                finish,
                recipient_log: log,
                news,
                probe: entry.probe,
                now: t,
                schedule: self.schedule,
                lease: self.template.lease(),
            })
            .await?;
        timed(&self.timing, 2, since);
        let generation = *lock(&generation);
        if let (Some(journal), Some(generation)) = (journal, generation) {
            journal.done(generation);
        }
        Ok(recorded.then_some(Event {
            id: entry.id,
            state,
            record: event,
        }))
    }

    /// What an attempt's outcome makes of the entry, the destination, and the per-recipient log.
    fn judge(&self, entry: &Claimed, out: Result<Delivery, Box<Failure>>, t: f64) -> (Finish, DestNews, String) {
        let healthy = if entry.probe { DestNews::Healthy } else { DestNews::None };
        let expired = t >= self.schedule.expires(entry.created);
        let next = t + self.schedule.delay(entry.attempts, &mut rand::rng()).as_secs_f64();
        match out {
            Ok(d) => {
                let mut rows: Vec<record::LogRow<'_>> = Vec::new();
                for tx in &d.transactions {
                    rows.extend(tx.accepted.iter().map(|a| (a.as_str(), "sent", Some(&tx.reply))));
                }
                let (later, refused): (Vec<_>, Vec<_>) = d.refused.iter().partition(|(_, r)| !r.is_permanent());
                rows.extend(refused.iter().map(|(a, r)| (a.as_str(), "failed", Some(r))));
                if later.is_empty() || expired {
                    rows.extend(later.iter().map(|(a, r)| (a.as_str(), "failed", Some(r))));
                    let log = record::merge_log(&entry.recipient_log, rows);
                    return (
                        Finish::Sent {
                            result: record::result(&d, entry.message_id.as_deref()),
                        },
                        healthy,
                        log,
                    );
                }
                // Some recipients were accepted, others deferred (4xx): those wait for the next attempt alone.
                rows.extend(later.iter().map(|(a, r)| (a.as_str(), "deferred", Some(r))));
                let log = record::merge_log(&entry.recipient_log, rows);
                let later: Vec<(String, crate::reply::Reply)> = later.into_iter().cloned().collect();
                let first = d.transactions.first();
                let failure = Failure {
                    error: SessionError::new(Phase::Rcpt, ErrorKind::RecipientsRefused(later.clone())),
                    trouble: Trouble::Transient,
                    host: first.map(|x| x.host.clone()),
                    ip: first.map(|x| x.addr.ip()),
                    port: first.map(|x| x.addr.port()),
                    attempts: d.attempts.clone(),
                    elapsed: d.elapsed,
                    retry_after: None,
                    refused: later.clone(),
                };
                let finish = Finish::Deferred {
                    next_attempt: next,
                    error: record::error(&failure, &entry.sender, None),
                    recipients: later.into_iter().map(|(a, _)| a).collect(),
                };
                (finish, healthy, log)
            }
            Err(f) => {
                let refused: Vec<_> = f.refused.iter().filter(|(_, r)| r.is_permanent()).cloned().collect();
                let rows = refused.iter().map(|(a, r)| (a.as_str(), "failed", Some(r)));
                let log = record::merge_log(&entry.recipient_log, rows);
                let remaining: Vec<String> = entry
                    .recipients
                    .iter()
                    .filter(|r| !refused.iter().any(|(a, _)| a == *r))
                    .cloned()
                    .collect();
                match f.trouble {
                    Trouble::Uncertain => (
                        Finish::Uncertain {
                            error: record::error(&f, &entry.sender, None),
                        },
                        healthy,
                        log,
                    ),
                    Trouble::Transient if !remaining.is_empty() && !expired => {
                        let news = if destination_trouble(&f.error) {
                            DestNews::Failed
                        } else {
                            healthy
                        };
                        let finish = Finish::Deferred {
                            next_attempt: next,
                            error: record::error(&f, &entry.sender, None),
                            recipients: remaining,
                        };
                        (finish, news, log)
                    }
                    Trouble::Transient => {
                        let age = t - entry.created;
                        let note = format!("given up: queued {age:.0} s ago, past its lifetime");
                        let news = if destination_trouble(&f.error) {
                            DestNews::Failed
                        } else {
                            healthy
                        };
                        let finish = Finish::Failed {
                            error: record::error(&f, &entry.sender, Some(&note)),
                        };
                        (finish, news, log)
                    }
                    Trouble::Permanent => (
                        Finish::Failed {
                            error: record::error(&f, &entry.sender, None),
                        },
                        healthy,
                        log,
                    ),
                }
            }
        }
    }
}

/// The entries claimed and not started yet, oldest first, with the bytes of their data.
#[derive(Default)]
struct Ahead {
    entries: VecDeque<(Claimed, Instant)>,
    bytes: usize,
    /// The mean size of the entries claimed so far (None before the first claim).
    mean: Option<usize>,
    /// Entries started since the window began, and how many the last whole window (a second or more) started.
    started: usize,
    window: Option<Instant>,
    per_second: Option<usize>,
}

impl Ahead {
    /// How many entries to claim now (0: none): up to [`AHEAD`] per turn (or a second of starts, see
    /// [`AHEAD_AT_LEAST`]) once fewer than three quarters of that are left (a claim has the time of a quarter to
    /// arrive), within [`AHEAD_BYTES`] at the mean size claimed so far; before the first claim, one per slot.
    fn wanted(&self, concurrency: usize, running: usize) -> usize {
        let second = self
            .per_second
            .map_or(usize::MAX, |n| n.max(AHEAD_AT_LEAST * concurrency));
        let most = (AHEAD * concurrency).min(second);
        if self.entries.len() >= most * 3 / 4 || self.bytes >= AHEAD_BYTES * 3 / 4 {
            return 0;
        }
        let room = most - self.entries.len();
        match self.mean {
            None => room.min(running),
            Some(mean) => room.min((AHEAD_BYTES - self.bytes) / mean.max(1)).max(1),
        }
    }

    fn extend(&mut self, rows: Vec<Claimed>) {
        let at = Instant::now();
        let bytes: usize = rows.iter().map(|r| r.data.len()).sum();
        if !rows.is_empty() {
            self.mean = Some(bytes / rows.len());
        }
        self.bytes += bytes;
        self.entries.extend(rows.into_iter().map(|r| (r, at)));
    }

    fn pop(&mut self) -> Option<(Claimed, Instant)> {
        let popped = self.entries.pop_front()?;
        self.bytes -= popped.0.data.len();
        self.started += 1;
        let began = *self.window.get_or_insert_with(Instant::now);
        if began.elapsed() >= Duration::from_secs(1) {
            self.per_second = Some(self.started);
            self.started = 0;
            self.window = Some(Instant::now());
        }
        Some(popped)
    }

    /// Empties it; the ids of what it held.
    fn drain(&mut self) -> Vec<String> {
        self.bytes = 0;
        self.entries.drain(..).map(|(r, _)| r.id).collect()
    }

    fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// A running delivery's place: its slot among the deliveries running at once, and the turns (one per transaction in
/// flight) it takes one of to deliver.
struct DeliverySlot {
    slot: OwnedSemaphorePermit,
    turns: Arc<Semaphore>,
    freed: Arc<Notify>,
    asked_ahead: Arc<AskedAhead>,
}

/// The deliveries whose mark was asked for as they started, before their commands went, and how many may be at
/// once ([`ASKED_AHEAD_PER_TURN`] per turn). See [`Mark::ask`].
struct AskedAhead {
    count: AtomicUsize,
    most: usize,
}

impl AskedAhead {
    /// One more, if fewer than `most` are: held until the delivery's commands go (or it ends without).
    fn take(self: &Arc<Self>) -> Option<AheadHeld> {
        self.count
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| {
                (n < self.most).then_some(n + 1)
            })
            .ok()
            .map(|_| AheadHeld(self.clone()))
    }
}

/// One of [`AskedAhead`]'s, given back when dropped.
struct AheadHeld(Arc<AskedAhead>);

impl Drop for AheadHeld {
    fn drop(&mut self) {
        self.0.count.fetch_sub(1, Ordering::AcqRel);
    }
}

impl DeliverySlot {
    /// A turn to deliver, if one comes within [`START_WITHIN`] of the entry's claim (so its lease still covers the
    /// whole delivery) and before the worker is asked to stop (a delivery waiting for its turn is not in flight yet).
    async fn turn(&self, claimed_at: Instant, stop: &Stop) -> Option<OwnedSemaphorePermit> {
        let stopped = stop.notify.notified();
        tokio::pin!(stopped);
        stopped.as_mut().enable();
        if stop.requested() {
            return None;
        }
        if let Ok(turn) = self.turns.clone().try_acquire_owned() {
            return Some(turn);
        }
        let until = tokio::time::Instant::from_std(claimed_at + START_WITHIN);
        tokio::select! {
            turn = self.turns.clone().acquire_owned() => Some(turn.expect("never closed")),
            () = stopped => None,
            () = tokio::time::sleep_until(until) => None,
        }
    }

    /// Gives the slot back (the delivery ended) and tells the run loop.
    fn free(self) {
        drop(self.slot);
        self.freed.notify_one();
    }
}

/// Where an entry's "data started" goes: its worker's journal (the generation written to is kept for
/// [`Journal::done`]) or the store.
struct Marks {
    store: Arc<Store>,
    journal: Option<Arc<Journal>>,
    generation: Arc<Mutex<Option<u64>>>,
    lease_until: f64,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Marks {
    async fn mark(&self, id: &str, owner: &str, needed: Arc<MarkNeeded>) -> Result<bool, StoreError> {
        let Some(journal) = &self.journal else {
            return self.store.mark_data(id, owner, needed).await;
        };
        let written = journal
            .mark(id, self.lease_until)
            .map_err(|e| StoreError(format!("cannot write the marks journal: {e}")))?;
        *lock(&self.generation) = written;
        Ok(written.is_some())
    }
}

/// A mark asked for, shared by every call of the entry's gate (one mark per claim, whatever the in-call retries) and
/// by its attempt, which waits for it before the outcome.
type Marking = Shared<BoxFuture<'static, Result<bool, StoreError>>>;
type Asked = Arc<Mutex<Option<AskedMark>>>;

#[derive(Clone)]
struct AskedMark {
    marking: Marking,
    /// Written whether awaited or not (a store's mark, on a task of its own), where a journal's is written only
    /// when awaited.
    runs_unawaited: bool,
    needed: Arc<MarkNeeded>,
}

impl AskedMark {
    /// The mark's answer, said first to be needed if it is not in yet: a batch gathering it goes.
    async fn answer(self) -> Result<bool, StoreError> {
        if self.marking.peek().is_none() {
            self.needed.need();
        }
        self.marking.await
    }
}

/// The entry a gate marks. Kept apart from its [`Marks`], which the mark's future holds: that future is kept in
/// `asked`, and one holding its own holder would keep both alive for good when never awaited (a journal's mark, lazy,
/// in a transaction refused before its 354).
struct Mark {
    id: String,
    owner: String,
    asked: Asked,
    /// Set as the delivery waits for the answer ([`AskedMark::answer`]).
    needed: Arc<MarkNeeded>,
    /// Held while the mark, asked as the delivery started, waits for its commands to go.
    ahead: Mutex<Option<AheadHeld>>,
}

impl Mark {
    /// The entry's mark, asked for at the first call: as the delivery starts, for one of the [`ASKED_AHEAD_PER_TURN`]
    /// rounds ahead, or else as its commands go. One asked of the store (PostgreSQL, or an in-memory SQLite queue,
    /// which has no journal) starts now, on a task of its own, and runs while the delivery waits for its connection
    /// and during the round trip to the 354, instead of after it (see `pg::MARKS_GATHER` for what that saves). One
    /// written to the journal (a SQLite file's: a local file, microseconds) is written when awaited, after the 354.
    /// Asking before the 354 widens the window in which a worker killed leaves `uncertain` an entry whose data was
    /// never sent: a mark must precede the data, so some such window is the cost of any; asked ahead, it is bounded
    /// by the count of deliveries, not by time.
    fn ask(&self, marks: &Arc<Marks>, timing: &Arc<Timing>) -> AskedMark {
        let mut asked = lock(&self.asked);
        if let Some(mark) = &*asked {
            return mark.clone();
        }
        let (marks, id, owner, timing) = (marks.clone(), self.id.clone(), self.owner.clone(), timing.clone());
        let (runs_unawaited, needed) = (marks.journal.is_none(), self.needed.clone());
        let mark = async move {
            let since = Instant::now();
            let done = marks.mark(&id, &owner, needed).await;
            timed(&timing, 0, since);
            done
        };
        let marking = if runs_unawaited {
            let task = tokio::spawn(mark);
            async move {
                task.await
                    .unwrap_or_else(|e| Err(StoreError(format!("a mark task failed: {e}"))))
            }
            .boxed()
            .shared()
        } else {
            mark.boxed().shared()
        };
        let mark = AskedMark {
            marking,
            runs_unawaited,
            needed: self.needed.clone(),
        };
        *asked = Some(mark.clone());
        mark
    }

    /// Asks for the mark now, as the delivery starts, if it goes to the store (a journal's is written only when
    /// awaited) and one of the rounds ahead has room.
    fn ask_ahead(&self, marks: &Arc<Marks>, ahead: &Arc<AskedAhead>, timing: &Arc<Timing>) {
        if marks.journal.is_some() {
            return;
        }
        if let Some(held) = ahead.take() {
            *lock(&self.ahead) = Some(held);
            drop(self.ask(marks, timing));
        }
    }
}

/// Waits for a mark asked of the store, if one was (written whether awaited or not), to be in.
async fn settle_mark(asked: &Asked) {
    let running = lock(asked).as_ref().filter(|a| a.runs_unawaited).cloned();
    if let Some(running) = running {
        let _ = running.answer().await;
    }
}

/// The session's data gate for one entry: records "data started" (once, see [`Mark::ask`]) before the first byte of
/// the message is sent; if the lease is no longer ours, or the store fails, the transaction stops there and `lost`
/// is set.
fn data_gate(marks: Arc<Marks>, mark: Mark, lost: Arc<AtomicBool>, timing: Arc<Timing>) -> DataGate {
    Arc::new(move || {
        // The commands go: a mark asked ahead is no longer ahead.
        drop(lock(&mark.ahead).take());
        let (asked, lost) = (mark.ask(&marks, &timing), lost.clone());
        Box::pin(async move {
            match asked.answer().await {
                Ok(true) => Ok(()),
                Ok(false) => {
                    lost.store(true, Ordering::SeqCst);
                    Err("the lease on this outbox entry was lost".into())
                }
                Err(e) => {
                    lost.store(true, Ordering::SeqCst);
                    Err(e.to_string())
                }
            }
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(size: usize) -> Claimed {
        Claimed {
            id: "m".into(),
            dest: "relay".into(),
            sender: "a@example.com".into(),
            recipients: vec!["b@example.net".into()],
            data: vec![b'x'; size],
            attempts: 1,
            created: 0.0,
            probe: false,
            recipient_log: "{}".into(),
            lease_until: 0.0,
            message_id: None,
        }
    }

    /// Small messages are claimed [`AHEAD`] per turn ahead, a quarter at a time; large ones only as many as
    /// [`AHEAD_BYTES`] holds, one at least.
    #[test]
    fn claims_ahead_by_count_and_by_bytes() {
        let mut ahead = Ahead::default();
        assert_eq!(ahead.wanted(8, 32), 32, "the first claim fills the slots");
        ahead.extend((0..AHEAD * 8).map(|_| entry(1000)).collect());
        assert_eq!(ahead.wanted(8, 32), 0);
        for _ in 0..AHEAD * 2 {
            ahead.pop();
        }
        assert_eq!(ahead.wanted(8, 32), 0, "three quarters are left");
        ahead.pop();
        assert_eq!(ahead.wanted(8, 32), AHEAD * 2 + 1);
        ahead.drain();
        ahead.extend(vec![entry(10 << 20)]);
        assert_eq!(ahead.wanted(8, 32), 2, "22 MB of room at 10 MB each");
        ahead.extend(vec![entry(30 << 20)]);
        assert_eq!(ahead.wanted(8, 32), 0);
        ahead.drain();
        assert_eq!(ahead.wanted(8, 32), 1, "one at least, however large");
    }

    /// Marks asked ahead are bounded: once `most` are held, a delivery asks as its commands go, until one is given
    /// back (its commands went, or it ended).
    #[test]
    fn marks_asked_ahead_are_bounded_and_given_back() {
        let ahead = Arc::new(AskedAhead {
            count: AtomicUsize::new(0),
            most: 2,
        });
        let first = ahead.take().expect("room for two");
        let second = ahead.take().expect("room for two");
        assert!(ahead.take().is_none(), "two held: no third");
        drop(first);
        let third = ahead.take().expect("one given back");
        assert!(ahead.take().is_none());
        drop((second, third));
        assert_eq!(ahead.count.load(Ordering::Acquire), 0);
    }

    /// Entries that start slowly are claimed a second of starts ahead, [`AHEAD_AT_LEAST`] per turn at least.
    #[test]
    fn claims_ahead_a_second_of_starts() {
        let mut ahead = Ahead::default();
        ahead.extend(vec![entry(1000)]);
        ahead.per_second = Some(3);
        assert_eq!(ahead.wanted(8, 32), AHEAD_AT_LEAST * 8 - 1);
        ahead.per_second = Some(50);
        assert_eq!(ahead.wanted(8, 32), 49);
        ahead.per_second = Some(5000);
        assert_eq!(ahead.wanted(8, 32), AHEAD * 8 - 1);
    }
}
