//! What went wrong, as facts: bad input ([`InputError`]) and what failed on a connection, in which phase
//! ([`SessionError`]). A leaf of the module graph (it names only phases and replies): what an error *means* (retry,
//! fail over, give up, maybe delivered) is decided in [`crate::policy`], and a whole delivery's failure, with its
//! history, is [`crate::outcome::Failure`].

use std::fmt;
use std::time::Duration;

use crate::phase::{LimitKind, Phase};
use crate::reply::{Malformed, Reply};

/// Input that cannot be sent as given. Raised as `ValueError` in Python, before any byte is sent.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct InputError(pub String);

/// An I/O error, kept as its kind and text (io::Error is not Clone, and an error may be reported twice: in the
/// attempt history and as the final error).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IoFailure {
    pub kind: std::io::ErrorKind,
    pub errno: Option<i32>,
    pub text: String,
}

impl From<&std::io::Error> for IoFailure {
    fn from(e: &std::io::Error) -> Self {
        IoFailure {
            kind: e.kind(),
            errno: e.raw_os_error(),
            text: e.to_string(),
        }
    }
}

impl fmt::Display for IoFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DnsFailure {
    /// The domain does not exist (permanent).
    NxDomain(String),
    /// RFC 7505: the domain says it accepts no mail (permanent).
    NullMx(String),
    /// The name exists but has no address to connect to (permanent).
    NoAddress(String),
    /// SERVFAIL, a timeout, an unreachable resolver (transient).
    Temporary(String),
}

impl fmt::Display for DnsFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DnsFailure::NxDomain(d) => write!(f, "domain {d} does not exist (NXDOMAIN)"),
            DnsFailure::NullMx(d) => write!(f, "domain {d} accepts no mail (null MX, RFC 7505)"),
            DnsFailure::NoAddress(h) => write!(f, "host {h} has no address"),
            DnsFailure::Temporary(why) => write!(f, "DNS lookup failed: {why}"),
        }
    }
}

fn secs(d: &Duration) -> String {
    format!("{:.1} s", d.as_secs_f64())
}

#[derive(Clone, Debug, thiserror::Error)]
pub enum ErrorKind {
    #[error("timed out after {}{}", secs(limit), if *bound == LimitKind::Deadline { " (the overall deadline)" } else { "" })]
    Timeout { limit: Duration, bound: LimitKind },
    #[error("failed: {0}")]
    Connect(IoFailure),
    #[error("connection lost{}", .0.as_ref().map(|e| format!(": {e}")).unwrap_or_else(|| " (closed by the server)".into()))]
    Disconnected(Option<IoFailure>),
    #[error("refused: {0}")]
    Rejected(Reply),
    #[error("refused {}", refused_summary(.0))]
    RecipientsRefused(Vec<(String, Reply)>),
    #[error("{0}")]
    Malformed(Malformed),
    #[error("TLS handshake failed: {0}")]
    Tls(String),
    #[error("certificate not trusted: {0}")]
    Certificate(String),
    #[error("response injection: {0} bytes arrived with the 220 reply to STARTTLS, before TLS started")]
    ResponseInjection(usize),
    #[error("{0}")]
    NotSupported(String),
    #[error("message of {size} bytes exceeds the server's SIZE limit of {limit} bytes")]
    MessageTooLarge { size: u64, limit: u64 },
    #[error("{0}")]
    Dns(DnsFailure),
}

fn refused_summary(list: &[(String, Reply)]) -> String {
    match list {
        [(rcpt, reply)] => format!("<{rcpt}>: {reply}"),
        [(rcpt, reply), rest @ ..] => format!(
            "all {} recipients (<{rcpt}>: {reply}; +{} more)",
            rest.len() + 1,
            rest.len()
        ),
        [] => "every recipient".into(),
    }
}

/// What went wrong on one connection (or one lookup), and in which phase.
#[derive(Clone, Debug, thiserror::Error)]
pub struct SessionError {
    pub phase: Phase,
    pub kind: ErrorKind,
}

impl fmt::Display for SessionError {
    /// "RCPT timed out after 5.0 s", "MAIL refused: 451 ...", "DATA: connection lost (closed by the server)".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sep = match self.kind {
            ErrorKind::Timeout { .. }
            | ErrorKind::Connect(_)
            | ErrorKind::Rejected(_)
            | ErrorKind::RecipientsRefused(_) => " ",
            _ => ": ",
        };
        write!(f, "{}{sep}{}", self.phase.label(), self.kind)
    }
}

impl SessionError {
    pub fn new(phase: Phase, kind: ErrorKind) -> Self {
        SessionError { phase, kind }
    }

    /// The reply behind the error, if a server said something.
    pub fn reply(&self) -> Option<&Reply> {
        match &self.kind {
            ErrorKind::Rejected(r) => Some(r),
            ErrorKind::RecipientsRefused(v) => v.last().map(|(_, r)| r),
            _ => None,
        }
    }
}
