//! Connection reuse (Postfix's rules): a connection goes back to the pool only after a clean transaction, starts its
//! next one with RSET (a stale one is replaced by a new connection), is never reused after any error, timeout or
//! cancellation (a session that fails is simply never checked in; one dropped mid-flight is dropped with its future),
//! and is retired by age, not count. Idle connections are closed by a reaper task once past the idle limit.
//!
//! After `fork()`, the child's copy of a pool holds the parent's connections: the same sockets, registered with the
//! parent's runtime. The child leaks them (neither uses nor closes them: dropping one would deregister the socket from
//! the epoll instance the two processes share, and the parent's connection would stop getting events).

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, Weak};
use std::time::{Duration, Instant};

use crate::error::SessionError;
use crate::phase::Budget;
use crate::session::{Peer, Session, SessionConfig, Tail};

#[derive(Clone, Copy, Debug)]
pub struct PoolLimits {
    /// An idle connection older than this is closed rather than reused.
    pub idle_timeout: Duration,
    /// A connection is not reused once it has been open this long (Postfix's smtp_connection_reuse_time_limit).
    pub reuse_time_limit: Duration,
    /// Idle connections kept per address.
    pub max_idle_per_peer: usize,
}

impl Default for PoolLimits {
    fn default() -> Self {
        PoolLimits {
            idle_timeout: Duration::from_secs(10),
            reuse_time_limit: Duration::from_secs(300),
            max_idle_per_peer: 16,
        }
    }
}

struct Idle {
    session: Session,
    since: Instant,
}

#[derive(Default)]
pub struct PoolStats {
    pub opened: u64,
    pub reused: u64,
}

/// A session whose last transaction left its content for the next one to carry (see [`Tail`]), and the number its
/// owner reclaims it by.
struct Parked {
    id: u64,
    session: Session,
    tail: Tail,
}

pub struct Pool {
    limits: PoolLimits,
    idle: Mutex<HashMap<(String, SocketAddr), Vec<Idle>>>,
    /// By address alone, the host name checked in the list: a lookup hashes no string and copies none (three per
    /// bulk message).
    parked: Mutex<HashMap<SocketAddr, Vec<Parked>>>,
    next_parked: AtomicU64,
    stats: Mutex<PoolStats>,
    me: Weak<Pool>,
    reaper: AtomicBool,
    /// The process whose connections `idle` holds (see the module's note on fork).
    owner: AtomicU64,
}

impl Pool {
    pub fn new(limits: PoolLimits) -> Arc<Pool> {
        Arc::new_cyclic(|me| Pool {
            limits,
            idle: Mutex::new(HashMap::new()),
            parked: Mutex::new(HashMap::new()),
            next_parked: AtomicU64::new(0),
            stats: Mutex::new(PoolStats::default()),
            me: me.clone(),
            reaper: AtomicBool::new(false),
            owner: AtomicU64::new(crate::process::generation()),
        })
    }

    /// The idle map, after leaking what a parent process left in it (in a forked child).
    fn idle(&self) -> std::sync::MutexGuard<'_, HashMap<(String, SocketAddr), Vec<Idle>>> {
        let mut idle = self.idle.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let process = crate::process::generation();
        if self.owner.swap(process, Ordering::Relaxed) != process {
            idle.drain().flat_map(|(_, v)| v).for_each(std::mem::forget);
            let mut parked = self.parked.lock().unwrap_or_else(|e| e.into_inner());
            parked.drain().flat_map(|(_, v)| v).for_each(std::mem::forget);
            self.reaper.store(false, Ordering::Relaxed); // the parent's reaper task did not come along
        }
        idle
    }

    /// Closes (QUIT) idle connections past the idle or reuse limit, a few times per idle period, for as long as the
    /// pool exists; started with the first check-in, on the runtime doing it. Not for unbounded limits.
    fn start_reaper(&self) {
        let period = self.limits.idle_timeout / 2;
        if period > Duration::from_secs(86_400) || self.reaper.swap(true, Ordering::Relaxed) {
            return;
        }
        let Ok(handle) = tokio::runtime::Handle::try_current() else {
            self.reaper.store(false, Ordering::Relaxed);
            return;
        };
        let me = self.me.clone();
        let period = period.max(Duration::from_millis(20));
        handle.spawn(async move {
            loop {
                tokio::time::sleep(period).await;
                let Some(pool) = me.upgrade() else { return };
                pool.reap().await;
            }
        });
    }

    async fn reap(&self) {
        let expired: Vec<Session> = {
            let mut idle = self.idle();
            let mut out = Vec::new();
            for list in idle.values_mut() {
                let (old, keep): (Vec<Idle>, Vec<Idle>) = list.drain(..).partition(|i| {
                    i.since.elapsed() > self.limits.idle_timeout
                        || i.session.opened_at().elapsed() > self.limits.reuse_time_limit
                });
                *list = keep;
                out.extend(old.into_iter().map(|i| i.session));
            }
            idle.retain(|_, list| !list.is_empty());
            out
        };
        // Parked sessions whose owner was cancelled: dropped (closed), their content never sent.
        self.parked()
            .values_mut()
            .for_each(|list| list.retain(|p| !p.tail.owner_gone()));
        if !expired.is_empty() {
            log::debug!(target: "resilient_smtp.pool", "closing {} idle connection(s)", expired.len());
        }
        futures::future::join_all(expired.into_iter().map(Session::quit)).await;
    }

    /// The parked map (after the fork check of [`Pool::idle`]; locked after it, never before).
    fn parked(&self) -> std::sync::MutexGuard<'_, HashMap<SocketAddr, Vec<Parked>>> {
        drop(self.idle());
        self.parked.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Parks a session whose content `tail` is unsent, for the next checkout to the same peer; returns the number
    /// [`Pool::unpark`] takes it back by.
    pub fn park(&self, session: Session, tail: Tail) -> u64 {
        let id = self.next_parked.fetch_add(1, Ordering::Relaxed);
        let key = session.peer().addr;
        self.parked().entry(key).or_default().push(Parked { id, session, tail });
        id
    }

    /// Takes a parked session back, if no other transaction took it over yet.
    pub fn unpark(&self, peer: &Peer, id: u64) -> Option<(Session, Tail)> {
        let mut parked = self.parked();
        let list = parked.get_mut(&peer.addr)?;
        let i = list.iter().position(|p| p.id == id)?;
        let p = list.swap_remove(i);
        Some((p.session, p.tail))
    }

    /// A parked session to carry on, with the tail it must write first. One whose owner is gone (its delivery was
    /// cancelled) is dropped, never carried: its content must not go out.
    fn take_parked(&self, peer: &Peer) -> Option<(Session, Tail)> {
        let mut parked = self.parked();
        let list = parked.get_mut(&peer.addr)?;
        while let Some(i) = list.iter().rposition(|p| p.session.peer().host == peer.host) {
            let p = list.swap_remove(i);
            if !p.tail.owner_gone() {
                return Some((p.session, p.tail));
            }
        }
        None
    }

    fn take_idle(&self, peer: &Peer) -> Option<Idle> {
        self.idle().get_mut(&(peer.host.clone(), peer.addr)).and_then(Vec::pop)
    }

    /// A session for `peer`, whether it is a reused one, and the tail it must carry first: a parked one (see
    /// [`Pool::park`]), an idle one within the limits (its next transaction starts with RSET, see
    /// [`Session::expect_reset`]), or a new one.
    pub async fn checkout(
        &self,
        peer: &Peer,
        cfg: &Arc<SessionConfig>,
        budget: Budget,
    ) -> Result<(Session, bool, Option<Tail>), SessionError> {
        if let Some((mut session, tail)) = self.take_parked(peer) {
            session.set_budget(budget);
            return Ok((session, true, Some(tail)));
        }
        while let Some(Idle { mut session, since }) = self.take_idle(peer) {
            if since.elapsed() > self.limits.idle_timeout
                || session.opened_at().elapsed() > self.limits.reuse_time_limit
            {
                session.quit().await;
                continue;
            }
            if !session.is_idle_clean() {
                log::debug!(target: "resilient_smtp.pool", "idle connection to {} sent unasked bytes: not reused", peer.host);
                session.close().await;
                continue;
            }
            session.set_budget(budget);
            session.expect_reset();
            return Ok((session, true, None));
        }
        // Boxed: connecting (TLS handshake and all) is a large future, and most checkouts never get here; inline, it
        // would make every bulk delivery's future that large (copied as it is boxed for its lane).
        Ok((Box::pin(self.open(peer, cfg, budget)).await?, false, None))
    }

    /// A new session, counted in the stats.
    pub async fn open(&self, peer: &Peer, cfg: &Arc<SessionConfig>, budget: Budget) -> Result<Session, SessionError> {
        let session = Session::open(peer.clone(), cfg.clone(), budget).await?;
        self.stats.lock().unwrap().opened += 1;
        Ok(session)
    }

    /// Returns a session after a clean transaction.
    pub async fn checkin(&self, session: Session) {
        if session.opened_at().elapsed() > self.limits.reuse_time_limit {
            session.quit().await;
            return;
        }
        self.start_reaper();
        let key = (session.peer().host.clone(), session.peer().addr);
        let overflow = {
            let mut idle = self.idle();
            let list = idle.entry(key).or_default();
            if list.len() >= self.limits.max_idle_per_peer {
                Some(session)
            } else {
                list.push(Idle {
                    session,
                    since: Instant::now(),
                });
                None
            }
        };
        if let Some(s) = overflow {
            s.quit().await;
        }
    }

    /// Takes an idle session out of the pool, whichever it is (the facade's pool holds at most one).
    pub fn take_any(&self) -> Option<Session> {
        let mut idle = self.idle();
        let key = idle.iter().find(|(_, v)| !v.is_empty()).map(|(k, _)| k.clone())?;
        idle.get_mut(&key).and_then(Vec::pop).map(|i| i.session)
    }

    /// Counts a reused connection that passed its RSET.
    pub fn note_reused(&self) {
        self.stats.lock().unwrap().reused += 1;
    }

    /// Connections `(opened, reused)`: reused counts the transactions started on a pooled connection that answered
    /// its RSET.
    pub fn stats(&self) -> (u64, u64) {
        let s = self.stats.lock().unwrap();
        (s.opened, s.reused)
    }

    /// QUITs every idle connection.
    pub async fn close(&self) {
        self.parked().clear();
        let all: Vec<Idle> = self.idle().drain().flat_map(|(_, v)| v).collect();
        futures::future::join_all(all.into_iter().map(|i| i.session.quit())).await;
    }
}

impl Drop for Pool {
    fn drop(&mut self) {
        drop(self.idle()); // in a forked child: leaks the parent's connections rather than closing them
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::Ordering;

    use super::*;
    use crate::deliver::{Deliverer, Request, Route};
    use crate::retry::RetryPolicy;
    use crate::session::tests::{config, envelope, payload, peer};
    use crate::testpeer::{usual, Answer, ScriptedPeer};

    fn request(server: &ScriptedPeer, recipient: &str) -> Request {
        Request {
            envelope: envelope(&[recipient]),
            payload: Arc::new(payload()),
            route: Route::Peers(vec![peer(server)]),
            default_port: 25,
            session: config(),
            retry: RetryPolicy::once(),
            deadline: None,
            retry_uncertain: false,
            scope: crate::policy::RetryScope::Transient,
            before_data: None,
        }
    }

    fn pooled() -> Deliverer {
        Deliverer {
            pool: Some(Pool::new(PoolLimits::default())),
        }
    }

    #[tokio::test]
    async fn a_clean_connection_is_reused_with_rset_first() {
        let server = ScriptedPeer::start(|_, c| usual(c)).await;
        let d = pooled();
        d.deliver(&request(&server, "b@example.net")).await.unwrap();
        d.deliver(&request(&server, "c@example.net")).await.unwrap();
        assert_eq!(d.pool.as_ref().unwrap().stats(), (1, 1));
        assert_eq!(server.connections.load(Ordering::SeqCst), 1);
        let verbs = server.verbs();
        assert_eq!(verbs[5..], ["RSET", "MAIL", "RCPT", "DATA", "."]);
    }

    #[tokio::test]
    async fn a_stale_connection_is_replaced_before_anything_is_sent() {
        // The first connection dies while idle: its RSET gets no answer but a close.
        let server = ScriptedPeer::start(|n, c| if n == 0 && c == "RSET" { Answer::Close } else { usual(c) }).await;
        let d = pooled();
        d.deliver(&request(&server, "b@example.net")).await.unwrap();
        let out = d.deliver(&request(&server, "c@example.net")).await.unwrap();
        assert_eq!(out.attempts.len(), 1);
        assert_eq!(d.pool.as_ref().unwrap().stats(), (2, 0));
        assert_eq!(server.connections.load(Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn a_connection_is_never_reused_after_an_error() {
        let server = ScriptedPeer::start(|_, c| {
            if c.contains("nobody@") {
                Answer::Reply("550 5.1.1 no such user".into())
            } else {
                usual(c)
            }
        })
        .await;
        let d = pooled();
        d.deliver(&request(&server, "nobody@example.net")).await.unwrap_err();
        d.deliver(&request(&server, "b@example.net")).await.unwrap();
        assert_eq!(d.pool.as_ref().unwrap().stats(), (2, 0));
        assert_eq!(server.connections.load(Ordering::SeqCst), 2);
    }
}
