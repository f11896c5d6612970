//! The phases of an SMTP delivery and the time each may take.
//!
//! RFC 5321 §4.5.3.2 asks a client to time every command on its own rather than the whole transaction; the defaults
//! follow it and Postfix (`smtp_*_timeout`). A caller's overall deadline is a bound on top of them, never a
//! replacement: [`Budget`] gives each phase the smaller of its own limit and what is left of the deadline.

use std::fmt;
use std::time::{Duration, Instant};

/// Where a delivery is. The names are part of the public API (`e.phase == "rcpt"` in Python).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Phase {
    /// DNS: the relay's addresses or the domain's MX hosts.
    Resolve,
    /// TCP connect.
    Connect,
    /// Waiting for the 220 greeting.
    Greeting,
    /// EHLO (or the HELO fallback).
    Ehlo,
    /// STARTTLS and the TLS handshake (also the handshake of implicit TLS).
    StartTls,
    Auth,
    Mail,
    Rcpt,
    /// DATA until the 354 reply.
    Data,
    /// Writing the message; the limit applies to each write.
    DataBlock,
    /// Waiting for the reply after ".": a timeout here means the message may have been delivered.
    DataDone,
    Rset,
    Quit,
}

impl Phase {
    pub const ALL: [Phase; 13] = [
        Phase::Resolve,
        Phase::Connect,
        Phase::Greeting,
        Phase::Ehlo,
        Phase::StartTls,
        Phase::Auth,
        Phase::Mail,
        Phase::Rcpt,
        Phase::Data,
        Phase::DataBlock,
        Phase::DataDone,
        Phase::Rset,
        Phase::Quit,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Phase::Resolve => "resolve",
            Phase::Connect => "connect",
            Phase::Greeting => "greeting",
            Phase::Ehlo => "ehlo",
            Phase::StartTls => "starttls",
            Phase::Auth => "auth",
            Phase::Mail => "mail",
            Phase::Rcpt => "rcpt",
            Phase::Data => "data",
            Phase::DataBlock => "data_block",
            Phase::DataDone => "data_done",
            Phase::Rset => "rset",
            Phase::Quit => "quit",
        }
    }

    pub fn from_name(name: &str) -> Option<Phase> {
        Phase::ALL.iter().copied().find(|p| p.name() == name)
    }

    /// The command as a reader expects it in a message ("RCPT timed out ...").
    pub fn label(self) -> &'static str {
        match self {
            Phase::Resolve => "DNS lookup",
            Phase::Connect => "connect",
            Phase::Greeting => "greeting",
            Phase::Ehlo => "EHLO",
            Phase::StartTls => "STARTTLS",
            Phase::Auth => "AUTH",
            Phase::Mail => "MAIL",
            Phase::Rcpt => "RCPT",
            Phase::Data => "DATA",
            Phase::DataBlock => "message transfer",
            Phase::DataDone => "final reply after \".\"",
            Phase::Rset => "RSET",
            Phase::Quit => "QUIT",
        }
    }
}

impl fmt::Display for Phase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One limit per phase.
#[derive(Clone, Debug, PartialEq)]
pub struct Timeouts {
    limits: [Duration; 13],
}

impl Default for Timeouts {
    fn default() -> Self {
        let secs = |s| Duration::from_secs(s);
        let mut t = Timeouts {
            limits: [Duration::ZERO; 13],
        };
        for phase in Phase::ALL {
            t.set(
                phase,
                match phase {
                    Phase::Resolve | Phase::Connect => secs(30),
                    Phase::Greeting | Phase::Ehlo | Phase::StartTls | Phase::Auth | Phase::Mail | Phase::Rcpt => {
                        secs(300)
                    }
                    Phase::Data => secs(120),
                    Phase::DataBlock => secs(180),
                    Phase::DataDone => secs(600),
                    Phase::Rset => secs(20),
                    Phase::Quit => secs(5),
                },
            );
        }
        t
    }
}

impl Timeouts {
    pub fn get(&self, phase: Phase) -> Duration {
        self.limits[phase as usize]
    }

    pub fn set(&mut self, phase: Phase, limit: Duration) {
        self.limits[phase as usize] = limit;
    }

    /// smtplib's `timeout=`: no phase may take longer than `cap`.
    #[must_use]
    pub fn capped(mut self, cap: Duration) -> Self {
        for l in &mut self.limits {
            *l = (*l).min(cap);
        }
        self
    }
}

/// Which bound stopped a phase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LimitKind {
    Phase,
    Deadline,
}

/// What is left of the caller's overall deadline.
#[derive(Clone, Copy, Debug, Default)]
pub struct Budget {
    pub deadline: Option<Instant>,
}

impl Budget {
    pub fn new(deadline: Option<Duration>) -> Self {
        Budget {
            // (a deadline past what an Instant can hold is no deadline: never a panic)
            deadline: deadline.and_then(|d| Instant::now().checked_add(d)),
        }
    }

    pub fn remaining(&self) -> Option<Duration> {
        self.deadline.map(|d| d.saturating_duration_since(Instant::now()))
    }

    /// The time a phase may take now, and which bound that is.
    pub fn limit(&self, phase_limit: Duration) -> (Duration, LimitKind) {
        match self.remaining() {
            Some(left) if left < phase_limit => (left, LimitKind::Deadline),
            _ => (phase_limit, LimitKind::Phase),
        }
    }

    /// True when `wait` would end past the deadline.
    pub fn would_overrun(&self, wait: Duration) -> bool {
        self.remaining().is_some_and(|left| wait >= left)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for p in Phase::ALL {
            assert_eq!(Phase::from_name(p.name()), Some(p));
            assert_eq!(Phase::ALL[p as usize], p);
        }
    }

    #[test]
    fn defaults_follow_rfc_and_postfix() {
        let t = Timeouts::default();
        assert_eq!(t.get(Phase::Connect), Duration::from_secs(30));
        assert_eq!(t.get(Phase::Greeting), Duration::from_secs(300));
        assert_eq!(t.get(Phase::Data), Duration::from_secs(120));
        assert_eq!(t.get(Phase::DataBlock), Duration::from_secs(180));
        assert_eq!(t.get(Phase::DataDone), Duration::from_secs(600));
        assert_eq!(t.get(Phase::Rset), Duration::from_secs(20));
        assert_eq!(t.get(Phase::Quit), Duration::from_secs(5));
        let capped = t.capped(Duration::from_secs(10));
        assert_eq!(capped.get(Phase::DataDone), Duration::from_secs(10));
        assert_eq!(capped.get(Phase::Quit), Duration::from_secs(5));
    }

    #[test]
    fn deadline_shortens_a_phase() {
        let b = Budget::new(Some(Duration::from_secs(1)));
        let (l, bound) = b.limit(Duration::from_secs(300));
        assert!(l <= Duration::from_secs(1));
        assert_eq!(bound, LimitKind::Deadline);
        let (l, bound) = Budget::default().limit(Duration::from_secs(3));
        assert_eq!((l, bound), (Duration::from_secs(3), LimitKind::Phase));
    }
}
