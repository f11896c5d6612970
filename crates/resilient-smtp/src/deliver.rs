//! The delivery loop: attempts (rounds) with backoff between them, candidates (relays, MX addresses) tried in order
//! within each, recipients tracked one by one. Every decision about what a failure means comes from
//! [`crate::policy::judge`]; this module only follows it and keeps the history.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use rand::rngs::SmallRng;
use rand::SeedableRng;

use crate::envelope::{Envelope, Mailbox, Payload};
use crate::error::{ErrorKind, SessionError};
use crate::handoff;
use crate::outcome::{Attempt, Delivery, Failure, Transaction};
use crate::phase::{Budget, Phase};
use crate::policy::{judge, looks_greylisted, reply_or_stand_in, RetryScope, Trouble, Verdict};
use crate::pool::Pool;
use crate::reply::Reply;
use crate::retry::RetryPolicy;
use crate::route::{relay_peers, HostSpec, MxResolver};
use crate::session::{Accepted, DataGate, Opened, Peer, Session, SessionConfig, Tail, TailReply, Timings};
use crate::tls::TlsInfo;

const LOG: &str = "resilient_smtp.deliver";

fn text(a: &Mailbox) -> &str {
    AsRef::<str>::as_ref(a)
}

/// Where the message goes.
#[derive(Clone)]
pub enum Route {
    /// Relays (smarthosts), tried in order; each name's addresses in turn.
    Relays(Vec<HostSpec>),
    /// These addresses, in order, without a lookup (a connection the caller opened: the smtplib facade).
    Peers(Vec<Peer>),
    /// Directly to each recipient domain's MX hosts.
    Mx { resolver: Arc<MxResolver>, port: u16 },
}

pub struct Request {
    pub envelope: Envelope,
    pub payload: Arc<Payload>,
    pub route: Route,
    /// For relays given without a port.
    pub default_port: u16,
    pub session: Arc<SessionConfig>,
    pub retry: RetryPolicy,
    pub deadline: Option<Duration>,
    /// Resend after a lost final reply (the same bytes, so the same Message-ID): duplicates become possible.
    pub retry_uncertain: bool,
    /// Which transient failures are retried ([`RetryScope`]).
    pub scope: RetryScope,
    /// Run before the message's bytes are sent on any connection (see [`Session::transaction`]).
    pub before_data: Option<DataGate>,
}

/// The recipients of one domain (MX) or all of them (relays), and everything that happened to them.
struct Group {
    domain: Option<String>,
    envelope: Envelope,
    pending: Vec<Mailbox>,
    deferred: BTreeMap<String, Reply>,
    refused: Vec<(String, Reply)>,
    transactions: Vec<Transaction>,
    attempts: Vec<Attempt>,
    last: Option<(SessionError, Trouble, Option<Peer>)>,
    /// The first loss after "." (kept when `retry_uncertain` resends) and the recipients that transaction carried:
    /// unless a later transaction confirms every one of them, the honest outcome is still "maybe delivered",
    /// whatever the later tries said (a 5xx at RCPT on the resend does not undo what the server may already have).
    uncertain: Option<(SessionError, Option<Peer>, Vec<String>)>,
}

/// The backoff between rounds, drawn once per round: when a failure first announces it in the log, or when the
/// next round starts.
struct Backoff {
    policy: RetryPolicy,
    // Seeded from the thread's generator: no getrandom syscall per message.
    rng: SmallRng,
    delay: Duration,
    planned: Option<Duration>,
}

impl Backoff {
    fn new(policy: RetryPolicy) -> Backoff {
        Backoff {
            policy,
            rng: SmallRng::from_rng(&mut rand::rng()),
            delay: Duration::ZERO,
            planned: None,
        }
    }

    /// The delay before `round` (from 2), or None when it would pass the deadline.
    fn before(&mut self, round: u32, budget: Budget) -> Option<Duration> {
        let announced = self.planned.is_some();
        let delay = match self.planned.take() {
            Some(d) => d,
            None => self.policy.delay(round - 1, self.delay, &mut self.rng),
        };
        self.delay = delay;
        if budget.would_overrun(delay) {
            if !announced {
                log::warn!(target: LOG, "no time left for another attempt before the deadline; giving up");
            }
            return None;
        }
        Some(delay)
    }

    /// Draws the delay after `round` (once) and says what comes next, for the log.
    fn announce(&mut self, round: u32, budget: Budget) -> String {
        let (policy, delay, rng) = (self.policy, self.delay, &mut self.rng);
        let next = *self.planned.get_or_insert_with(|| policy.delay(round, delay, rng));
        if budget.would_overrun(next) {
            format!(
                "giving up: a {:.2} s backoff would pass the deadline",
                next.as_secs_f64()
            )
        } else {
            format!("retrying in {:.2} s", next.as_secs_f64())
        }
    }
}

impl Group {
    /// A transaction went through: its recipients are delivered, those it refused recorded.
    fn delivered(&mut self, mut attempt: Attempt, tx: Transaction, refused: &[(String, Reply)]) {
        attempt.reply = Some(tx.reply.clone());
        self.pending.retain(|a| !tx.accepted.iter().any(|x| x == text(a)));
        for a in &tx.accepted {
            self.deferred.remove(a);
        }
        self.record_refusals(refused);
        log::debug!(target: LOG, "delivered to {} via {} [{}]: {}", tx.accepted.join(", "), tx.host, tx.addr, tx.reply);
        self.attempts.push(attempt);
        self.transactions.push(tx);
    }

    /// A failure: judged ([`judge`]), its refusals recorded, the attempt kept. The verdict says what comes next.
    fn failed(
        &mut self,
        mut attempt: Attempt,
        err: &SessionError,
        peer: Option<&Peer>,
        retry_uncertain: bool,
    ) -> Verdict {
        let mut verdict = judge(err);
        if verdict.trouble == Trouble::Uncertain && self.uncertain.is_none() {
            let carried = self.pending.iter().map(|a| text(a).to_string()).collect();
            self.uncertain = Some((err.clone(), peer.cloned(), carried));
        }
        if verdict.trouble == Trouble::Uncertain && retry_uncertain {
            // The caller accepts duplicates: treat it as a transient failure.
            verdict = Verdict {
                trouble: Trouble::Transient,
                next_candidate: true,
            };
        }
        if let ErrorKind::RecipientsRefused(list) = &err.kind {
            self.record_refusals(list);
        }
        if matches!(err.kind, ErrorKind::Dns(_)) && verdict.trouble == Trouble::Permanent {
            // No route to this domain: its recipients are refused, as a server would refuse them.
            for rcpt in self.pending.clone() {
                self.refuse(text(&rcpt), reply_or_stand_in(err, err));
            }
        }
        attempt.phase = err.phase;
        attempt.reply = err.reply().cloned();
        attempt.error = Some(err.clone());
        self.attempts.push(attempt);
        verdict
    }

    fn refuse(&mut self, rcpt: &str, reply: Reply) {
        self.pending.retain(|a| text(a) != rcpt);
        self.deferred.remove(rcpt);
        self.refused.push((rcpt.to_string(), reply));
    }

    fn record_refusals(&mut self, refusals: &[(String, Reply)]) {
        for (rcpt, reply) in refusals {
            if reply.is_permanent() {
                self.refuse(rcpt, reply.clone());
            } else {
                self.deferred.insert(rcpt.clone(), reply.clone());
            }
        }
    }
}

pub struct Deliverer {
    pub pool: Option<Arc<Pool>>,
}

impl Deliverer {
    pub async fn deliver(&self, req: &Request) -> Result<Delivery, Box<Failure>> {
        let started = Instant::now();
        let budget = Budget::new(req.deadline);
        let groups: Vec<Group> = match &req.route {
            Route::Relays(_) | Route::Peers(_) => {
                vec![Group::new(None, &req.envelope, req.envelope.recipients.clone())]
            }
            Route::Mx { .. } => {
                let mut by_domain: BTreeMap<String, Vec<Mailbox>> = BTreeMap::new();
                for r in &req.envelope.recipients {
                    by_domain
                        .entry(r.domain().unwrap_or_default().to_ascii_lowercase())
                        .or_default()
                        .push(r.clone());
                }
                by_domain
                    .into_iter()
                    .map(|(d, rs)| Group::new(Some(d), &req.envelope, rs))
                    .collect()
            }
        };
        let groups = if groups.len() == 1 {
            // The usual case (relays, or one domain): no join. Boxed, not inline: the group's future is large, and
            // inline it would be copied several times over as a bulk delivery is boxed for its lane, once per message.
            let g = groups.into_iter().next().expect("one group");
            vec![Box::pin(self.run_group(req, g, budget)).await]
        } else {
            futures::future::join_all(groups.into_iter().map(|g| self.run_group(req, g, budget))).await
        };
        finish(groups, started.elapsed(), &req.retry)
    }

    async fn candidates(
        &self,
        req: &Request,
        group: &Group,
        budget: Budget,
    ) -> Vec<Result<Peer, (String, SessionError)>> {
        let limit = budget.limit(req.session.timeouts.get(Phase::Resolve)).0;
        match (&req.route, &group.domain) {
            (Route::Relays(relays), _) => {
                let mut out = Vec::new();
                for spec in relays {
                    match relay_peers(spec, req.default_port, limit).await {
                        Ok(peers) => out.extend(peers.into_iter().map(Ok)),
                        Err(e) => out.push(Err((spec.host.clone(), e))),
                    }
                }
                out
            }
            (Route::Peers(peers), _) => peers.iter().cloned().map(Ok).collect(),
            (Route::Mx { resolver, port }, Some(domain)) => {
                let mut rng = SmallRng::from_os_rng();
                match resolver.peers(domain, *port, limit, &mut rng).await {
                    Ok(peers) => peers.into_iter().map(Ok).collect(),
                    Err(e) => vec![Err((domain.clone(), e))],
                }
            }
            (Route::Mx { .. }, None) => unreachable!("MX groups have a domain"),
        }
    }

    /// The rounds for one group: each tries the candidates in order until the recipients are delivered, a failure
    /// says stop, or the round has nothing worth retrying; between rounds, the backoff (never past the deadline).
    async fn run_group(&self, req: &Request, mut g: Group, budget: Budget) -> Group {
        let mut backoff = Backoff::new(req.retry);
        for round in 1..=req.retry.max_attempts.max(1) {
            let mut delay_before = Duration::ZERO;
            if round > 1 {
                let Some(delay) = backoff.before(round, budget) else {
                    break;
                };
                tokio::time::sleep(delay).await;
                delay_before = delay;
            }
            let mut any_worth_retrying = false;
            let candidates = self.candidates(req, &g, budget).await;
            let count = candidates.len();
            for (i, candidate) in candidates.into_iter().enumerate() {
                if g.pending.is_empty() {
                    return g;
                }
                let (attempt, peer, outcome) = self.attempt(req, &g, candidate, round, budget).await;
                let attempt = Attempt {
                    delay_before: std::mem::take(&mut delay_before),
                    ..attempt
                };
                match outcome {
                    Ok((tx, refused)) => {
                        g.delivered(attempt, tx, &refused);
                        if !g.pending.is_empty() && !req.scope.covers(Phase::Rcpt) {
                            return g;
                        }
                        any_worth_retrying |= !g.pending.is_empty();
                    }
                    Err(err) => {
                        let verdict = g.failed(attempt, &err, peer.as_ref(), req.retry_uncertain);
                        any_worth_retrying |= verdict.trouble == Trouble::Transient;
                        let stop = !verdict.next_candidate || g.pending.is_empty() || !req.scope.covers(err.phase);
                        let more_here = !stop && i + 1 < count;
                        let next = if more_here {
                            "trying the next address now".to_string()
                        } else if !stop && any_worth_retrying && round < req.retry.max_attempts {
                            backoff.announce(round, budget)
                        } else {
                            "giving up".to_string()
                        };
                        let at = peer
                            .as_ref()
                            .map(|p| format!(" at {} [{}]", p.host, p.addr))
                            .unwrap_or_default();
                        log::warn!(target: LOG, "attempt {round}{at} failed: {err}; {next}");
                        g.last = Some((err, verdict.trouble, peer));
                        if stop {
                            return g;
                        }
                    }
                }
            }
            if g.pending.is_empty() || !any_worth_retrying {
                break;
            }
        }
        g
    }

    /// One candidate tried: the attempt as the history shows it (its backoff filled in by the caller), the peer, and
    /// the outcome (a failed lookup is an attempt without a peer).
    async fn attempt(
        &self,
        req: &Request,
        g: &Group,
        candidate: Result<Peer, (String, SessionError)>,
        round: u32,
        budget: Budget,
    ) -> (
        Attempt,
        Option<Peer>,
        Result<(Transaction, Vec<(String, Reply)>), SessionError>,
    ) {
        let (started, started_at) = (Instant::now(), SystemTime::now());
        let (peer, outcome) = match candidate {
            Ok(peer) => {
                // Pending only loses recipients, in order: as many as the envelope has means the same ones.
                let env = if g.pending.len() == g.envelope.recipients.len() {
                    std::borrow::Cow::Borrowed(&g.envelope)
                } else {
                    std::borrow::Cow::Owned(g.envelope.with_recipients(g.pending.clone()))
                };
                let outcome = self.try_peer(req, &peer, &env, budget).await;
                (Some(peer), outcome)
            }
            Err((_, e)) => (None, Err(e)),
        };
        let host = peer.as_ref().map(|p| p.host.clone()).or_else(|| g.domain.clone());
        let attempt = Attempt {
            number: round,
            host: host.unwrap_or_default(),
            ip: peer.as_ref().map(|p| p.addr.ip()),
            port: peer.as_ref().map(|p| p.addr.port()),
            phase: Phase::DataDone,
            reply: None,
            error: None,
            started_at,
            elapsed: started.elapsed(),
            delay_before: Duration::ZERO,
        };
        (attempt, peer, outcome)
    }

    /// One connection: open (or reuse) a session, run the transaction, and QUIT or return it to the pool. In a bulk
    /// stream, a transaction on a pipelining server parks its content for the next one to carry (see [`Tail`]).
    async fn try_peer(
        &self,
        req: &Request,
        peer: &Peer,
        env: &Envelope,
        budget: Budget,
    ) -> Result<(Transaction, Vec<(String, Reply)>), SessionError> {
        handoff::hold().await;
        let (mut session, reused, tail) = match &self.pool {
            Some(pool) => pool.checkout(peer, &req.session, budget).await?,
            // Boxed, as in `Pool::checkout`: a large future, needed once per connection.
            None => (
                Box::pin(Session::open(peer.clone(), req.session.clone(), budget)).await?,
                false,
                None,
            ),
        };
        let mut opened = session
            .open_data(env, &req.payload, tail, req.before_data.as_ref())
            .await;
        if let (true, Some(pool)) = (reused, &self.pool) {
            if !matches!(&opened, Err(e) if e.phase == Phase::Rset) {
                pool.note_reused();
            }
        }
        if let (true, Some(pool), Err(e)) = (reused, &self.pool, &opened) {
            if e.phase == Phase::Rset {
                // A stale pooled connection (closed by the server while idle, refusing RSET, or losing the reply to
                // the content it carried ahead): the server never had this message, so run it on a new connection.
                log::debug!(target: LOG, "pooled connection to {} failed before MAIL: {e}; opening a new one", peer.host);
                session.close().await;
                session = Box::pin(pool.open(peer, &req.session, budget)).await?;
                opened = session
                    .open_data(env, &req.payload, None, req.before_data.as_ref())
                    .await;
            }
        }
        let result = match opened {
            Ok(opened) => match &self.pool {
                // Not with MX routes: a message's domains run at once in one task, under one permit.
                Some(pool)
                    if handoff::in_bulk() && session.caps().pipelining && !matches!(req.route, Route::Mx { .. }) =>
                {
                    match self.park(pool, peer, req, session, opened).await {
                        Parked::Settled(result) => return result,
                        Parked::Back(back, opened) => {
                            session = back;
                            session.finish_data(&req.payload, opened).await
                        }
                    }
                }
                _ => session.finish_data(&req.payload, opened).await,
            },
            Err(e) => Err(e),
        };
        match result {
            Ok(acc) => {
                let timings = session.take_timings();
                let (tx, refused) = transaction(peer, acc, timings, session.tls().cloned());
                match &self.pool {
                    Some(pool) => pool.checkin(session).await,
                    None => session.quit().await,
                }
                Ok((tx, refused))
            }
            Err(e) => {
                // Never reused after an error; a reply error leaves the dialogue in step, so say goodbye, unless
                // it was a 421: the server has closed the conversation, nothing more is said (RFC 5321 §3.8).
                let closing = e.reply().is_some_and(|r| r.code == 421);
                if !closing && matches!(e.kind, ErrorKind::Rejected(_) | ErrorKind::RecipientsRefused(_)) {
                    session.quit().await;
                } else {
                    session.close().await;
                }
                Err(e)
            }
        }
    }

    /// Parks `session` with this message's content unsent and waits for its final reply from the transaction that
    /// takes the session over, or for a free permit (nobody is waiting to): then the session comes back unless it
    /// was taken meanwhile.
    async fn park(&self, pool: &Pool, peer: &Peer, req: &Request, mut session: Session, opened: Opened) -> Parked {
        let (to, mut reply) = tokio::sync::oneshot::channel();
        let mut timings = session.take_timings();
        let tls = session.tls().cloned();
        let tail = Tail::new(req.payload.clone(), session.data_done_limit(), to);
        let id = pool.park(session, tail);
        // Cancelled while parked (the stream was closed): the session is closed at once, its content never sent.
        let _unpark = Unpark { pool, peer, id };
        handoff::release();
        let settled = tokio::select! {
            biased;
            settled = &mut reply => settled,
            () = handoff::hold() => {
                if let Some((mut session, _)) = pool.unpark(peer, id) {
                    session.restore_timings(timings);
                    return Parked::Back(session, opened);
                }
                handoff::release();
                (&mut reply).await
            }
        };
        // (A tail always answers, dropped or not: see Tail's Drop; this is only for safety's sake, and "maybe".)
        let TailReply { reply, timings: taken } = settled.unwrap_or_else(|_| TailReply {
            reply: Err(SessionError::new(Phase::DataDone, ErrorKind::Disconnected(None))),
            timings: Timings::default(),
        });
        timings.merge(&taken);
        Parked::Settled(match reply {
            Ok(reply) if reply.is_positive() => {
                let acc = Accepted {
                    accepted: opened.accepted,
                    refused: opened.refused,
                    reply,
                };
                Ok(transaction(peer, acc, timings, tls))
            }
            Ok(reply) => Err(SessionError::new(Phase::DataDone, ErrorKind::Rejected(reply))),
            Err(e) => Err(e),
        })
    }
}

/// Takes a parked session back when dropped, if it is still parked (see [`Deliverer::park`]).
struct Unpark<'a> {
    pool: &'a Pool,
    peer: &'a Peer,
    id: u64,
}

impl Drop for Unpark<'_> {
    fn drop(&mut self) {
        drop(self.pool.unpark(self.peer, self.id));
    }
}

/// What became of a parked transaction: settled by the one that carried its content, or back to its owner.
#[allow(clippy::large_enum_variant)] // one per message, returned once: boxing would only add an allocation
enum Parked {
    Settled(Result<(Transaction, Vec<(String, Reply)>), SessionError>),
    Back(Session, Opened),
}

/// A completed transaction as the history keeps it, and the recipients it refused one by one.
fn transaction(
    peer: &Peer,
    acc: Accepted,
    timings: Timings,
    tls: Option<TlsInfo>,
) -> (Transaction, Vec<(String, Reply)>) {
    let refused = acc.refused.into_iter().map(|(a, r)| (a.to_string(), r)).collect();
    let tx = Transaction {
        host: peer.host.clone(),
        addr: peer.addr,
        reply: acc.reply,
        accepted: acc.accepted.iter().map(ToString::to_string).collect(),
        timings,
        tls,
    };
    (tx, refused)
}

impl Group {
    fn new(domain: Option<String>, envelope: &Envelope, recipients: Vec<Mailbox>) -> Group {
        Group {
            domain,
            envelope: envelope.with_recipients(recipients.clone()),
            pending: recipients,
            deferred: BTreeMap::new(),
            refused: Vec::new(),
            transactions: Vec::new(),
            attempts: Vec::new(),
            last: None,
            uncertain: None,
        }
    }

    /// A loss after "." that no later transaction confirmed for every recipient it carried: maybe delivered.
    fn maybe_delivered(&self) -> bool {
        self.uncertain.as_ref().is_some_and(|(_, _, carried)| {
            carried
                .iter()
                .any(|r| !self.transactions.iter().any(|t| t.accepted.iter().any(|a| a == r)))
        })
    }

    /// Recipients never delivered, with the reply (or stand-in) that explains it.
    fn undelivered(&self) -> Vec<(String, Reply)> {
        let mut out = self.refused.clone();
        for rcpt in &self.pending {
            let reply = self
                .deferred
                .get(text(rcpt))
                .cloned()
                .or_else(|| self.last.as_ref().map(|(e, _, _)| reply_or_stand_in(e, e)));
            if let Some(reply) = reply {
                out.push((rcpt.to_string(), reply));
            }
        }
        out
    }
}

/// `retry` continues the caller's schedule in `retry_after`, the suggestion for a task queue's next try.
fn finish(mut groups: Vec<Group>, elapsed: Duration, retry: &RetryPolicy) -> Result<Delivery, Box<Failure>> {
    let refused: Vec<(String, Reply)> = groups.iter().flat_map(Group::undelivered).collect();
    if !groups.iter().any(Group::maybe_delivered) && groups.iter().any(|g| !g.transactions.is_empty()) {
        // Delivered: the history is moved out of the groups, not copied (once per message in bulk).
        let mut attempts: Vec<Attempt> = groups
            .iter_mut()
            .flat_map(|g| std::mem::take(&mut g.attempts))
            .collect();
        attempts.sort_by_key(|a| a.started_at);
        let transactions = groups
            .iter_mut()
            .flat_map(|g| std::mem::take(&mut g.transactions))
            .collect();
        return Ok(Delivery {
            transactions,
            refused,
            attempts,
            elapsed,
        });
    }
    let mut attempts: Vec<Attempt> = groups.iter().flat_map(|g| g.attempts.iter().cloned()).collect();
    attempts.sort_by_key(|a| a.started_at);
    let uncertain = groups.iter().find(|g| g.maybe_delivered());
    // Nothing delivered (or something may have been): the most telling group's last error.
    let group = uncertain
        .or_else(|| {
            groups
                .iter()
                .find(|g| g.last.as_ref().is_some_and(|(_, t, _)| *t == Trouble::Transient))
        })
        .or_else(|| groups.iter().find(|g| g.last.is_some()))
        .expect("a group without a delivery has an error");
    let (error, trouble, peer) = match (&group.uncertain, uncertain.is_some()) {
        (Some((error, peer, _)), true) => (error.clone(), Trouble::Uncertain, peer.clone()),
        _ => group.last.clone().expect("checked above"),
    };
    // All recipients refused one by one: report them all, as smtplib's SMTPRecipientsRefused does.
    let error = if trouble == Trouble::Permanent
        && error.reply().is_some()
        && refused.len() > 1
        && matches!(error.kind, ErrorKind::RecipientsRefused(_))
    {
        SessionError::new(error.phase, ErrorKind::RecipientsRefused(refused.clone()))
    } else {
        error
    };
    let retry_after = match trouble {
        Trouble::Transient => {
            let n = attempts.iter().map(|a| a.number).max().unwrap_or(1);
            let floor = if looks_greylisted(&error) {
                Duration::from_secs(300)
            } else {
                Duration::ZERO
            };
            Some(retry.ceiling(n + 1).max(floor))
        }
        _ => None,
    };
    Err(Box::new(Failure {
        host: peer.as_ref().map(|p| p.host.clone()).or_else(|| group.domain.clone()),
        ip: peer.as_ref().map(|p| p.addr.ip()),
        port: peer.as_ref().map(|p| p.addr.port()),
        error,
        trouble,
        attempts,
        elapsed,
        retry_after,
        refused,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::retry::Jitter;
    use crate::session::tests::{config, envelope, payload, peer};
    use crate::testpeer::{usual, Answer, ScriptedPeer};

    fn retry(max_attempts: u32) -> RetryPolicy {
        RetryPolicy {
            max_attempts,
            initial_delay: Duration::from_millis(20),
            multiplier: 1.0,
            max_delay: Duration::from_millis(20),
            jitter: Jitter::None,
        }
    }

    fn request(peers: Vec<Peer>, recipients: &[&str], max_attempts: u32) -> Request {
        Request {
            envelope: envelope(recipients),
            payload: Arc::new(payload()),
            route: Route::Peers(peers),
            default_port: 25,
            session: config(),
            retry: retry(max_attempts),
            deadline: None,
            retry_uncertain: false,
            scope: RetryScope::Transient,
            before_data: None,
        }
    }

    /// An address nothing listens on: connecting is refused.
    async fn refusing() -> Peer {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        drop(listener);
        Peer {
            host: "refusing.test".into(),
            addr,
        }
    }

    /// Bulk boxes a future per message and the future is copied whole (several times) as it is boxed: the group's
    /// rounds are boxed, so they are not in it (issue 11).
    #[test]
    fn a_delivery_future_stays_small() {
        let req = request(Vec::new(), &["b@example.net"], 1);
        let d = Deliverer {
            pool: Some(Pool::new(crate::pool::PoolLimits::default())),
        };
        let size = std::mem::size_of_val(&d.deliver(&req));
        assert!(size < 8192, "a delivery's future is {size} bytes");
    }

    #[tokio::test]
    async fn fails_over_to_the_next_address_within_the_attempt() {
        let server = ScriptedPeer::start(|_, c| usual(c)).await;
        let req = request(vec![refusing().await, peer(&server)], &["b@example.net"], 1);
        let d = Deliverer { pool: None }.deliver(&req).await.unwrap();
        assert_eq!(d.transactions.len(), 1);
        assert_eq!(d.attempts.len(), 2);
        assert_eq!(d.attempts[0].phase, Phase::Connect);
        assert!(d.attempts[0].error.is_some() && d.attempts[1].error.is_none());
        assert_eq!(d.attempts[1].number, 1);
    }

    #[tokio::test]
    async fn a_4xx_is_retried_after_the_backoff() {
        let server = ScriptedPeer::start(|n, c| {
            if n == 0 && c.starts_with("RCPT") {
                Answer::Reply("451 4.7.1 greylisted".into())
            } else {
                usual(c)
            }
        })
        .await;
        let req = request(vec![peer(&server)], &["b@example.net"], 2);
        let d = Deliverer { pool: None }.deliver(&req).await.unwrap();
        let numbers: Vec<u32> = d.attempts.iter().map(|a| a.number).collect();
        assert_eq!(numbers, [1, 2]);
        assert_eq!(d.attempts[1].delay_before, Duration::from_millis(20));
        assert_eq!(server.connections.load(std::sync::atomic::Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn a_lost_final_reply_is_maybe_delivered_and_not_resent() {
        let server = ScriptedPeer::start(|_, c| if c == "." { Answer::Silent } else { usual(c) }).await;
        let req = request(vec![peer(&server)], &["b@example.net"], 3);
        let f = Deliverer { pool: None }.deliver(&req).await.unwrap_err();
        assert_eq!(f.trouble, Trouble::Uncertain);
        assert_eq!(f.error.phase, Phase::DataDone);
        assert_eq!(f.attempts.len(), 1);
        assert_eq!(server.verbs().iter().filter(|v| *v == ".").count(), 1);
    }

    #[tokio::test]
    async fn every_recipient_refused_is_a_permanent_failure_naming_them() {
        let server = ScriptedPeer::start(|_, c| {
            if c.starts_with("RCPT") {
                Answer::Reply("550 5.1.1 no such user".into())
            } else {
                usual(c)
            }
        })
        .await;
        let req = request(vec![peer(&server)], &["b@example.net", "c@example.net"], 3);
        let f = Deliverer { pool: None }.deliver(&req).await.unwrap_err();
        assert_eq!(f.trouble, Trouble::Permanent);
        assert_eq!(f.refused.len(), 2);
        assert!(matches!(&f.error.kind, ErrorKind::RecipientsRefused(list) if list.len() == 2));
        assert_eq!(f.attempts.len(), 1);
        assert!(f.retry_after.is_none());
    }
}
