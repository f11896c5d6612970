//! What a delivery comes to: the transactions that handed recipients over ([`Delivery`]), or a [`Failure`] with the
//! error that decided it, and the history of attempts either way. Built by the delivery loop ([`crate::deliver`]) and
//! by held connections ([`crate::held`]); read by the bindings.

use std::fmt;
use std::net::{IpAddr, SocketAddr};
use std::time::{Duration, SystemTime};

use crate::error::{InputError, SessionError};
use crate::phase::Phase;
use crate::policy::Trouble;
use crate::reply::Reply;
use crate::session::Timings;
use crate::tls::TlsInfo;

/// One connection to one address (or one failed lookup), as the history shows it.
#[derive(Clone, Debug)]
pub struct Attempt {
    /// The round, from 1.
    pub number: u32,
    pub host: String,
    pub ip: Option<IpAddr>,
    pub port: Option<u16>,
    /// How far it got: where it failed, or `DataDone` for a delivery.
    pub phase: Phase,
    /// The last reply that decided it (the final reply on success).
    pub reply: Option<Reply>,
    pub error: Option<SessionError>,
    pub started_at: SystemTime,
    pub elapsed: Duration,
    /// The backoff slept before it (only the first attempt of a round has one).
    pub delay_before: Duration,
}

/// A completed transaction: these recipients are the server's now.
#[derive(Clone, Debug)]
pub struct Transaction {
    pub host: String,
    pub addr: SocketAddr,
    pub reply: Reply,
    pub accepted: Vec<String>,
    pub timings: Timings,
    pub tls: Option<TlsInfo>,
}

#[derive(Clone, Debug)]
pub struct Delivery {
    pub transactions: Vec<Transaction>,
    /// Recipients not delivered: refused (5xx), or still deferred when the attempts ran out.
    pub refused: Vec<(String, Reply)>,
    pub attempts: Vec<Attempt>,
    pub elapsed: Duration,
}

/// A delivery that did not happen (or may have happened: see `trouble`), with everything a caller needs to decide
/// what to do next.
#[derive(Clone, Debug)]
pub struct Failure {
    pub error: SessionError,
    pub trouble: Trouble,
    pub host: Option<String>,
    pub ip: Option<IpAddr>,
    pub port: Option<u16>,
    pub attempts: Vec<Attempt>,
    pub elapsed: Duration,
    /// When trying again could help: a suggestion for a task queue's countdown.
    pub retry_after: Option<Duration>,
    /// Recipients refused one by one (5xx, or 4xx that never cleared), in order.
    pub refused: Vec<(String, Reply)>,
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.error)?;
        if let Some(host) = &self.host {
            write!(f, " at {host}")?;
            if let Some(ip) = self.ip {
                write!(f, " [{ip}]")?;
            }
            if let Some(port) = self.port {
                write!(f, ":{port}")?;
            }
        }
        Ok(())
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Input(#[from] InputError),
    #[error("{0}")]
    Delivery(Box<Failure>),
}

/// What an error says about itself to a caller, in plain values: the fields of the Python exception built from it
/// and of the outbox's stored record of it.
#[derive(Clone, Debug)]
pub struct Described {
    /// The kind, as `resilient_smtp.errors` names it.
    pub kind: &'static str,
    /// The limit that expired, for timeouts, and whether it was the overall deadline.
    pub limit: Option<Duration>,
    pub deadline: bool,
    pub errno: Option<i32>,
    /// The reply that decided it; for DNS failures and a too large message, the stand-in a server would have given.
    pub reply: Option<Reply>,
}

pub fn describe(e: &SessionError) -> Described {
    use crate::error::{DnsFailure, ErrorKind};
    let kind = e.kind.name();
    let (limit, deadline) = match &e.kind {
        ErrorKind::Timeout { limit, bound } => (Some(*limit), *bound == crate::phase::LimitKind::Deadline),
        _ => (None, false),
    };
    let errno = match &e.kind {
        ErrorKind::Connect(io) | ErrorKind::Disconnected(Some(io)) => io.errno,
        _ => None,
    };
    let reply = match &e.kind {
        ErrorKind::Dns(DnsFailure::NullMx(_) | DnsFailure::NxDomain(_) | DnsFailure::NoAddress(_))
        | ErrorKind::MessageTooLarge { .. } => Some(crate::policy::reply_or_stand_in(e, &e.kind)),
        _ => e.reply().cloned(),
    };
    Described {
        kind,
        limit,
        deadline,
        errno,
        reply,
    }
}
