//! Per-destination limits (issue 12): at most `max_connections` deliveries in flight and `max_rate` messages per
//! second to each destination (the client's relays, or one MX domain), shared by every delivery of one client (a
//! `Sender`'s calls and streams, an outbox's workers). They keep a sender under the server's own limits (Postfix
//! anvil's `smtpd_client_connection_count_limit`, 421 4.7.0, and `smtpd_client_message_rate_limit`, 450 4.7.1)
//! instead of learning them from refusals.
//!
//! A delivery is admitted before it starts (before a bulk stream's concurrency permit: a delivery waiting here holds
//! nothing another one needs, so a parked transaction always finds a taker or a free permit) and holds its admission
//! until it ends. A delivery holds one connection at a time, and a pooled connection is reused before a new one is
//! opened, so deliveries in flight bound the connections. With no limit set there are no gates: nothing is paid.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use crate::deliver::{Request, Route};

/// Destinations tracked before the idle ones (nothing in flight, no rate slot ahead) are forgotten: an MX mailing to
/// many domains keeps flat memory.
const TRACKED: usize = 1024;

/// The limits as checked by [`crate::config::limits`].
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Limits {
    pub max_connections: Option<usize>,
    pub max_rate: Option<f64>,
}

/// One destination's gate: a semaphore for deliveries in flight, and the next free slot of its rate.
struct Gate {
    connections: Option<Arc<Semaphore>>,
    next_slot: Mutex<Instant>,
}

impl Gate {
    /// Takes the destination's next rate slot: the later of now and the slot after the last one taken.
    fn reserve(&self, interval: Duration) -> Instant {
        let mut next = self.next_slot.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let at = (*next).max(Instant::now());
        *next = at + interval;
        at
    }

    fn idle(&self, max_connections: Option<usize>) -> bool {
        let free = match (&self.connections, max_connections) {
            (Some(s), Some(n)) => s.available_permits() == n,
            _ => true,
        };
        free && *self.next_slot.lock().unwrap_or_else(std::sync::PoisonError::into_inner) <= Instant::now()
    }
}

/// The gates of one client's destinations.
pub struct Gates {
    limits: Limits,
    gates: Mutex<HashMap<String, Arc<Gate>>>,
}

/// A delivery's place in its destinations' limits, held for as long as it runs.
#[must_use]
pub struct Admission {
    _permits: Vec<OwnedSemaphorePermit>,
}

impl Gates {
    /// The gates for `limits`, or None when nothing is limited.
    pub fn new(limits: Limits) -> Option<Arc<Gates>> {
        (limits.max_connections.is_some() || limits.max_rate.is_some()).then(|| {
            Arc::new(Gates {
                limits,
                gates: Mutex::new(HashMap::new()),
            })
        })
    }

    pub fn limits(&self) -> Limits {
        self.limits
    }

    fn gate(&self, dest: &str) -> Arc<Gate> {
        let mut gates = self.gates.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if gates.len() >= TRACKED && !gates.contains_key(dest) {
            let n = self.limits.max_connections;
            gates.retain(|_, g| Arc::strong_count(g) > 1 || !g.idle(n));
        }
        gates
            .entry(dest.to_string())
            .or_insert_with(|| {
                Arc::new(Gate {
                    connections: self.limits.max_connections.map(|n| Arc::new(Semaphore::new(n))),
                    next_slot: Mutex::new(Instant::now()),
                })
            })
            .clone()
    }

    /// Waits for `req`'s destinations: a connection slot in each (taken in name order, so two deliveries never wait
    /// for each other's), then the message's turn in each one's rate (after the slot: a delivery that waited for a
    /// connection never uses a rate slot that went by meanwhile, which would let a burst through).
    pub async fn admit(&self, req: &Request) -> Admission {
        let gates: Vec<Arc<Gate>> = destinations(req).iter().map(|d| self.gate(d)).collect();
        let mut permits = Vec::with_capacity(gates.len());
        for gate in &gates {
            if let Some(s) = &gate.connections {
                permits.push(s.clone().acquire_owned().await.expect("never closed"));
            }
        }
        if let Some(rate) = self.limits.max_rate {
            let interval = Duration::from_secs_f64(1.0 / rate);
            if let Some(at) = gates.iter().map(|g| g.reserve(interval)).max() {
                tokio::time::sleep_until(at.into()).await;
            }
        }
        Admission { _permits: permits }
    }
}

/// [`Gates::admit`] when there are gates; at once (nothing to hold) when there are none.
pub async fn admit(gates: Option<&Gates>, req: &Request) -> Option<Admission> {
    match gates {
        Some(g) => Some(g.admit(req).await),
        None => None,
    }
}

/// The destinations a request's limits apply to: the client's relays (one destination), or each recipient domain.
fn destinations(req: &Request) -> BTreeSet<String> {
    match &req.route {
        Route::Mx { .. } => req
            .envelope
            .recipients
            .iter()
            .map(|r| r.domain().unwrap_or_default().to_ascii_lowercase())
            .collect(),
        Route::Relays(_) | Route::Peers(_) => BTreeSet::from([String::new()]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::retry::RetryPolicy;
    use crate::session::tests::{config, envelope, payload};

    fn request(recipients: &[&str]) -> Request {
        Request {
            envelope: envelope(recipients),
            payload: Arc::new(payload()),
            route: Route::Peers(Vec::new()),
            default_port: 25,
            session: config(),
            retry: RetryPolicy::once(),
            deadline: None,
            retry_uncertain: false,
            scope: crate::policy::RetryScope::Transient,
            before_data: None,
        }
    }

    #[test]
    fn no_limit_no_gates() {
        assert!(Gates::new(Limits::default()).is_none());
    }

    #[tokio::test]
    async fn connections_are_bounded_and_given_back() {
        let gates = Gates::new(Limits {
            max_connections: Some(2),
            max_rate: None,
        })
        .unwrap();
        let req = request(&["b@example.net"]);
        let a = gates.admit(&req).await;
        let _b = gates.admit(&req).await;
        let third = tokio::time::timeout(Duration::from_millis(50), gates.admit(&req)).await;
        assert!(third.is_err(), "a third delivery was admitted with two in flight");
        drop(a);
        let third = tokio::time::timeout(Duration::from_secs(5), gates.admit(&req)).await;
        assert!(third.is_ok(), "the slot given back was not taken");
    }

    #[tokio::test]
    async fn the_rate_spaces_admissions() {
        let gates = Gates::new(Limits {
            max_connections: None,
            max_rate: Some(50.0),
        })
        .unwrap();
        let req = request(&["b@example.net"]);
        let start = Instant::now();
        for _ in 0..11 {
            let _ = gates.admit(&req).await;
        }
        // Ten intervals of 20 ms at the least; never sooner.
        assert!(start.elapsed() >= Duration::from_millis(200), "{:?}", start.elapsed());
    }

    #[test]
    fn idle_destinations_are_forgotten_past_the_bound() {
        let gates = Gates::new(Limits {
            max_connections: Some(1),
            max_rate: None,
        })
        .unwrap();
        let held = gates.gate("held.example");
        for i in 0..2 * TRACKED {
            drop(gates.gate(&format!("d{i}.example")));
        }
        let map = gates.gates.lock().unwrap();
        assert!(map.len() <= TRACKED, "{}", map.len());
        assert!(map.contains_key("held.example"));
        drop(held);
    }
}
