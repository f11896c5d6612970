//! Connection reuse (Postfix's rules): a connection goes back to the pool only after a clean transaction, is probed
//! with RSET before its next one, is never reused after any error, timeout or cancellation (a session that fails is
//! simply never checked in; one dropped mid-flight is dropped with its future), and is retired by age, not count.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::error::SessionError;
use crate::phase::Budget;
use crate::session::{Peer, Session, SessionConfig};

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

pub struct Pool {
    limits: PoolLimits,
    idle: Mutex<HashMap<(String, SocketAddr), Vec<Idle>>>,
    stats: Mutex<PoolStats>,
}

impl Pool {
    pub fn new(limits: PoolLimits) -> Arc<Pool> {
        Arc::new(Pool {
            limits,
            idle: Mutex::new(HashMap::new()),
            stats: Mutex::new(PoolStats::default()),
        })
    }

    fn take_idle(&self, peer: &Peer) -> Option<Idle> {
        self.idle
            .lock()
            .unwrap()
            .get_mut(&(peer.host.clone(), peer.addr))
            .and_then(Vec::pop)
    }

    /// A ready session for `peer`: an idle one that answers RSET, or a new one.
    pub async fn checkout(
        &self,
        peer: &Peer,
        cfg: &Arc<SessionConfig>,
        budget: Budget,
    ) -> Result<Session, SessionError> {
        while let Some(Idle { mut session, since }) = self.take_idle(peer) {
            if since.elapsed() > self.limits.idle_timeout
                || session.opened_at.elapsed() > self.limits.reuse_time_limit
            {
                session.quit().await;
                continue;
            }
            session.set_budget(budget);
            match session.reset().await {
                Ok(()) => {
                    self.stats.lock().unwrap().reused += 1;
                    return Ok(session);
                }
                Err(e) => {
                    log::debug!(target: "resilient_smtp.pool", "pooled connection to {} failed RSET: {e}", peer.host);
                    session.close().await;
                }
            }
        }
        let session = Session::open(peer.clone(), cfg.clone(), budget).await?;
        self.stats.lock().unwrap().opened += 1;
        Ok(session)
    }

    /// Returns a session after a clean transaction.
    pub async fn checkin(&self, session: Session) {
        if session.opened_at.elapsed() > self.limits.reuse_time_limit {
            session.quit().await;
            return;
        }
        let key = (session.peer.host.clone(), session.peer.addr);
        let overflow = {
            let mut idle = self.idle.lock().unwrap();
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
        let mut idle = self.idle.lock().unwrap();
        let key = idle
            .iter()
            .find(|(_, v)| !v.is_empty())
            .map(|(k, _)| k.clone())?;
        idle.get_mut(&key).and_then(Vec::pop).map(|i| i.session)
    }

    pub fn stats(&self) -> (u64, u64) {
        let s = self.stats.lock().unwrap();
        (s.opened, s.reused)
    }

    /// QUITs every idle connection.
    pub async fn close(&self) {
        let all: Vec<Idle> = self
            .idle
            .lock()
            .unwrap()
            .drain()
            .flat_map(|(_, v)| v)
            .collect();
        futures::future::join_all(all.into_iter().map(|i| i.session.quit())).await;
    }
}
