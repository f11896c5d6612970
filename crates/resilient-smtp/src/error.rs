//! What went wrong, as facts: bad input ([`InputError`]) and what failed on a connection, in which phase
//! ([`SessionError`]). A leaf of the module graph (it names only phases and replies): what an error *means* (retry,
//! fail over, give up, maybe delivered) is decided in [`crate::policy`], and a whole delivery's failure, with its
//! history, is [`crate::outcome::Failure`].

use std::fmt;
use std::time::Duration;

use crate::phase::{LimitKind, Phase};
use crate::reply::{printable, Malformed, Reply};

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
    /// A relay's (or the facade's) host name that does not resolve (permanent): no recipient's fault.
    UnknownHost(String),
}

impl fmt::Display for DnsFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DnsFailure::NxDomain(d) => write!(f, "domain {d} does not exist (NXDOMAIN)"),
            DnsFailure::NullMx(d) => write!(f, "domain {d} accepts no mail (null MX, RFC 7505)"),
            DnsFailure::NoAddress(h) => write!(f, "host {h} has no address"),
            DnsFailure::UnknownHost(h) => write!(f, "host {h} not found"),
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
    #[error("connection lost{}", .0.as_ref().map_or_else(|| " (closed by the server)".into(), |e| format!(": {e}")))]
    Disconnected(Option<IoFailure>),
    #[error("refused: {0}")]
    Rejected(Reply),
    #[error("refused {}", refused_summary(.0))]
    RecipientsRefused(Vec<(String, Reply)>),
    #[error("{0}")]
    Malformed(Malformed),
    #[error("TLS handshake failed: {}", printable(.0))]
    Tls(String),
    #[error("certificate not trusted: {}", printable(.0))]
    Certificate(String),
    #[error("response injection: {0} bytes arrived unasked around STARTTLS, before TLS started")]
    ResponseInjection(usize),
    #[error("{0}")]
    NotSupported(String),
    #[error("message of {size} bytes exceeds the server's SIZE limit of {limit} bytes")]
    MessageTooLarge { size: u64, limit: u64 },
    #[error("{0}")]
    Dns(DnsFailure),
}

impl ErrorKind {
    /// Every name [`ErrorKind::name`] gives: what crosses to Python (`_core.ERROR_KINDS`; a test checks that
    /// `resilient_smtp.errors` maps each one to an exception class, and no other).
    pub const NAMES: [&'static str; 14] = [
        "timeout",
        "connect",
        "disconnected",
        "rejected",
        "recipients_refused",
        "malformed",
        "tls",
        "certificate",
        "injection",
        "not_supported",
        "too_large",
        "dns_temporary",
        "dns_permanent",
        "dns_unknown_host",
    ];

    /// The kind as the Python layer knows it (DNS failures split by whether they are worth retrying).
    pub fn name(&self) -> &'static str {
        let i = match self {
            ErrorKind::Timeout { .. } => 0,
            ErrorKind::Connect(_) => 1,
            ErrorKind::Disconnected(_) => 2,
            ErrorKind::Rejected(_) => 3,
            ErrorKind::RecipientsRefused(_) => 4,
            ErrorKind::Malformed(_) => 5,
            ErrorKind::Tls(_) => 6,
            ErrorKind::Certificate(_) => 7,
            ErrorKind::ResponseInjection(_) => 8,
            ErrorKind::NotSupported(_) => 9,
            ErrorKind::MessageTooLarge { .. } => 10,
            ErrorKind::Dns(DnsFailure::Temporary(_)) => 11,
            ErrorKind::Dns(DnsFailure::UnknownHost(_)) => 13,
            ErrorKind::Dns(_) => 12,
        };
        Self::NAMES[i]
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_its_own_name() {
        let io = IoFailure {
            kind: std::io::ErrorKind::Other,
            errno: None,
            text: String::new(),
        };
        let kinds = [
            ErrorKind::Timeout {
                limit: Duration::ZERO,
                bound: LimitKind::Phase,
            },
            ErrorKind::Connect(io),
            ErrorKind::Disconnected(None),
            ErrorKind::Rejected(Reply::new(550, "no")),
            ErrorKind::RecipientsRefused(Vec::new()),
            ErrorKind::Malformed(Malformed::LineTooLong),
            ErrorKind::Tls(String::new()),
            ErrorKind::Certificate(String::new()),
            ErrorKind::ResponseInjection(1),
            ErrorKind::NotSupported(String::new()),
            ErrorKind::MessageTooLarge { size: 2, limit: 1 },
            ErrorKind::Dns(DnsFailure::Temporary(String::new())),
            ErrorKind::Dns(DnsFailure::NxDomain(String::new())),
            ErrorKind::Dns(DnsFailure::UnknownHost(String::new())),
        ];
        let names: Vec<&str> = kinds.iter().map(ErrorKind::name).collect();
        assert_eq!(names, ErrorKind::NAMES);
        assert_eq!(
            ErrorKind::Dns(DnsFailure::NullMx(String::new())).name(),
            "dns_permanent"
        );
    }
}
