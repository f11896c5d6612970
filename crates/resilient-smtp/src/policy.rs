//! What a failure means — the one place that decides (as Postfix's smtp_trouble.c does). The dialogue only reports
//! what happened and where; the delivery loop only follows the verdicts given here.

use crate::error::{DnsFailure, ErrorKind, SessionError};
use crate::phase::{LimitKind, Phase};
use crate::reply::Reply;

/// How a failure bears on the message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trouble {
    /// Trying again (later, or elsewhere) can help.
    Transient,
    /// Nothing will change by trying again.
    Permanent,
    /// The message was sent and "." with it, but the reply never came: it may have been delivered. Resending may
    /// make a duplicate.
    Uncertain,
}

/// What the delivery loop should do after a failure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Verdict {
    pub trouble: Trouble,
    /// Try the next address or host of this attempt now.
    pub next_candidate: bool,
}

impl Verdict {
    const TRANSIENT: Verdict = Verdict {
        trouble: Trouble::Transient,
        next_candidate: true,
    };
    const PERMANENT: Verdict = Verdict {
        trouble: Trouble::Permanent,
        next_candidate: false,
    };
    const UNCERTAIN: Verdict = Verdict {
        trouble: Trouble::Uncertain,
        next_candidate: false,
    };
    /// This host cannot take the message, another one may.
    const HOST_PERMANENT: Verdict = Verdict {
        trouble: Trouble::Permanent,
        next_candidate: true,
    };
}

pub fn judge(err: &SessionError) -> Verdict {
    use ErrorKind::{
        Certificate, Connect, Disconnected, Dns, Malformed, MessageTooLarge, NotSupported, RecipientsRefused, Rejected,
        ResponseInjection, Timeout, Tls,
    };
    let after_dot = err.phase == Phase::DataDone;
    match &err.kind {
        // The caller's deadline ran out: nothing more is tried, whatever else holds.
        Timeout {
            bound: LimitKind::Deadline,
            ..
        } if after_dot => Verdict::UNCERTAIN,
        Timeout {
            bound: LimitKind::Deadline,
            ..
        } => Verdict {
            trouble: Trouble::Transient,
            next_candidate: false,
        },
        // RFC 5321 §6.1 / RFC 1047: "." went out, its reply did not come back.
        Timeout { .. } | Disconnected(_) | Malformed(_) if after_dot => Verdict::UNCERTAIN,
        Timeout { .. } | Connect(_) | Disconnected(_) | Malformed(_) | Tls(_) => Verdict::TRANSIENT,
        Rejected(reply) => {
            // 421: the server is going away, whatever command it answers (RFC 5321 §3.8).
            if reply.code == 421 || reply.is_transient() {
                return Verdict::TRANSIENT;
            }
            match err.phase {
                // This server will not talk to us; the next one may (Postfix skips to the next MX).
                Phase::Greeting | Phase::Ehlo | Phase::StartTls => Verdict::HOST_PERMANENT,
                _ => Verdict::PERMANENT,
            }
        }
        // RFC 5321 §4.5.3.1.10: 452/552 "too many recipients" are worth another try; a single 4xx is too.
        RecipientsRefused(refused) if refused.iter().any(|(_, r)| !r.is_permanent()) => Verdict::TRANSIENT,
        RecipientsRefused(_) => Verdict::PERMANENT,
        Certificate(_) | ResponseInjection(_) | NotSupported(_) | MessageTooLarge { .. } => Verdict::PERMANENT,
        Dns(DnsFailure::Temporary(_)) => Verdict::TRANSIENT,
        Dns(_) => Verdict::PERMANENT,
    }
}

/// Which transient failures a call retries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum RetryScope {
    /// The library's own rule: whatever [`judge`] calls transient.
    #[default]
    Transient,
    /// smtplib's `sendmail` contract, kept by the drop-in facade: every recipient's reply goes back to the caller
    /// (the refused dict, or `SMTPRecipientsRefused` when a 421 ends the dialogue at RCPT), so a refusal at RCPT,
    /// transient or not, ends the call; the connection, the greeting, MAIL and the data are still retried.
    NotRecipients,
}

impl RetryScope {
    /// Whether a failure in `phase` may be retried under this scope (given that [`judge`] says it is transient).
    pub fn covers(self, phase: Phase) -> bool {
        !(self == RetryScope::NotRecipients && phase == Phase::Rcpt)
    }
}

/// The reply code and RFC 3463 enhanced code a server would have given for a failure that had no reply, as
/// Postfix's DSNs do for network trouble. The one table: the delivery loop's refusals and the exceptions' codes use it.
pub fn stand_in_code(kind: &ErrorKind) -> (u16, &'static str) {
    match kind {
        ErrorKind::Dns(DnsFailure::NullMx(_)) => (556, "5.1.10"),
        ErrorKind::Dns(DnsFailure::NxDomain(_) | DnsFailure::NoAddress(_) | DnsFailure::UnknownHost(_)) => {
            (550, "5.1.2")
        }
        ErrorKind::Dns(DnsFailure::Temporary(_)) => (451, "4.4.3"),
        ErrorKind::Timeout { .. } | ErrorKind::Connect(_) => (451, "4.4.1"),
        ErrorKind::Disconnected(_) => (451, "4.4.2"),
        ErrorKind::Certificate(_) | ErrorKind::ResponseInjection(_) => (554, "5.7.0"),
        ErrorKind::Tls(_) => (451, "4.7.0"),
        ErrorKind::MessageTooLarge { .. } => (552, "5.3.4"),
        ErrorKind::NotSupported(_) => (554, "5.5.1"),
        ErrorKind::Rejected(_) | ErrorKind::RecipientsRefused(_) | ErrorKind::Malformed(_) => (451, "4.5.0"),
    }
}

/// The reply behind a failure, or its stand-in ([`stand_in_code`]) with `text` after the enhanced code.
pub fn reply_or_stand_in(err: &SessionError, text: &dyn std::fmt::Display) -> Reply {
    if let Some(r) = err.reply() {
        return r.clone();
    }
    let (code, enhanced) = stand_in_code(&err.kind);
    Reply::new(code, &format!("{enhanced} {text}"))
}

/// Greylisting (RFC 6647) usually clears after a few minutes: a hint for a caller who retries later.
pub fn looks_greylisted(err: &SessionError) -> bool {
    err.reply().is_some_and(|r| {
        r.is_transient()
            && (r.enhanced.is_some_and(|e| e.subject == 7 && e.detail == 1)
                || r.text().to_ascii_lowercase().contains("greylist")
                || r.text().to_ascii_lowercase().contains("graylist"))
    })
}

/// A transient failure of the destination itself (it cannot be reached, will not talk, or is going away), not of one
/// message: a queue backs off the whole destination, probing it with one message, rather than trying every message
/// (Postfix marks such a destination dead; Exim keeps its retry state per host).
pub fn destination_trouble(err: &SessionError) -> bool {
    use ErrorKind::{Dns, RecipientsRefused, Rejected};
    if judge(err).trouble != Trouble::Transient {
        return false;
    }
    let before_mail = matches!(
        err.phase,
        Phase::Resolve | Phase::Connect | Phase::Greeting | Phase::Ehlo | Phase::StartTls | Phase::Auth
    );
    match &err.kind {
        // A 4xx to MAIL, RCPT or DATA is about this message (greylisting, a full mailbox); 421 anywhere is the server.
        Rejected(reply) => reply.code == 421 || before_mail,
        RecipientsRefused(_) => false,
        Dns(_) => true,
        _ => before_mail,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::IoFailure;
    use std::time::Duration;

    fn rej(phase: Phase, code: u16, text: &str) -> SessionError {
        SessionError::new(phase, ErrorKind::Rejected(Reply::new(code, text)))
    }

    #[test]
    fn the_facade_scope_leaves_recipients_to_the_caller() {
        assert!(RetryScope::Transient.covers(Phase::Rcpt));
        assert!(!RetryScope::NotRecipients.covers(Phase::Rcpt));
        assert!(RetryScope::NotRecipients.covers(Phase::Mail));
        assert!(RetryScope::NotRecipients.covers(Phase::Data));
    }

    #[test]
    fn replies() {
        assert_eq!(judge(&rej(Phase::Rcpt, 451, "4.7.1 later")), Verdict::TRANSIENT);
        assert_eq!(judge(&rej(Phase::Rcpt, 550, "5.1.1 unknown")), Verdict::PERMANENT);
        assert_eq!(judge(&rej(Phase::Mail, 421, "4.3.2 bye")), Verdict::TRANSIENT);
        assert_eq!(judge(&rej(Phase::Greeting, 554, "go away")), Verdict::HOST_PERMANENT);
        assert_eq!(judge(&rej(Phase::DataDone, 554, "5.6.0 spam")), Verdict::PERMANENT);
        assert_eq!(judge(&rej(Phase::DataDone, 451, "4.3.0 later")), Verdict::TRANSIENT);
    }

    #[test]
    fn after_the_dot_is_uncertain() {
        let t = ErrorKind::Timeout {
            limit: Duration::from_secs(1),
            bound: LimitKind::Phase,
        };
        assert_eq!(
            judge(&SessionError::new(Phase::DataDone, t.clone())).trouble,
            Trouble::Uncertain
        );
        assert_eq!(
            judge(&SessionError::new(Phase::DataBlock, t)).trouble,
            Trouble::Transient
        );
        let drop = ErrorKind::Disconnected(None);
        assert_eq!(
            judge(&SessionError::new(Phase::DataDone, drop.clone())).trouble,
            Trouble::Uncertain
        );
        assert_eq!(judge(&SessionError::new(Phase::Data, drop)).trouble, Trouble::Transient);
        let refused = ErrorKind::Connect(IoFailure {
            kind: std::io::ErrorKind::ConnectionRefused,
            errno: Some(111),
            text: "refused".into(),
        });
        assert_eq!(judge(&SessionError::new(Phase::Connect, refused)), Verdict::TRANSIENT);
    }

    #[test]
    fn destination_trouble_is_the_host_not_the_message() {
        let refused = ErrorKind::Connect(IoFailure {
            kind: std::io::ErrorKind::ConnectionRefused,
            errno: Some(111),
            text: "refused".into(),
        });
        assert!(destination_trouble(&SessionError::new(Phase::Connect, refused)));
        assert!(destination_trouble(&rej(
            Phase::Mail,
            421,
            "4.7.0 too many connections"
        )));
        assert!(destination_trouble(&rej(Phase::Greeting, 450, "busy")));
        assert!(!destination_trouble(&rej(Phase::Rcpt, 451, "4.7.1 greylisted")));
        assert!(!destination_trouble(&rej(Phase::Greeting, 554, "go away")));
        let lost = ErrorKind::Disconnected(None);
        assert!(!destination_trouble(&SessionError::new(Phase::DataDone, lost)));
    }

    #[test]
    fn greylisting_is_recognised() {
        assert!(looks_greylisted(&rej(Phase::Rcpt, 451, "4.7.1 Please try again later")));
        assert!(looks_greylisted(&rej(
            Phase::Rcpt,
            450,
            "Greylisted, see http://example"
        )));
        assert!(!looks_greylisted(&rej(Phase::Rcpt, 452, "4.2.2 mailbox full")));
    }
}
