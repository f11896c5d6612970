//! resilient-smtp: SMTP delivery with a timeout for every phase, retries only where they can help, failover across
//! relays and MX hosts, and honest outcomes (delivered, failed, or maybe delivered).
//!
//! This crate is the SMTP core; it does not depend on pyo3 (the Python bindings are the crate
//! `resilient-smtp-python`, beside it). Its modules are private: what a caller (the bindings, a Rust user) may name
//! is re-exported below. The module graph has no cycle: `scripts/module_graph.py` checks it (run by
//! `scripts/test.sh`); the layers are described in docs/architecture.md.

mod auth;
mod config;
mod conn;
mod deliver;
mod envelope;
mod error;
mod gate;
mod handoff;
mod held;
mod outbox;
mod outcome;
mod phase;
mod policy;
mod pool;
mod probe;
mod process;
mod reply;
mod retry;
mod route;
mod session;
#[cfg(test)]
mod testpeer;
mod tls;

// Configuration: a client's options as given, the rules that check them, and what they become.
pub use config::{phase_timeout, retry_policy, Client, ClientConfig, ProbeConfig};
pub use deliver::{Deliverer, Request, Route};
pub use gate::{admit, Admission, Gates, Limits};
pub use handoff::bulk_delivery;
pub use phase::{LimitKind, Phase, Timeouts};
pub use retry::RetryPolicy;
pub use session::SessionConfig;

// Input: the envelope and the message, checked before any byte is sent.
pub use envelope::{
    check_header, header_message_id, parse_address, parse_sender, Envelope, Mailbox, MessageId, Payload, SenderMemo,
};
pub use error::InputError;

// A connection the caller drives command by command (the smtplib facade).
pub use auth::{Credentials, Mechanism};
pub use held::{Held, SendPolicy};
pub use route::HostSpec;

// What comes back: a delivery, or a failure with what decided it.
pub use error::{DnsFailure, ErrorKind, SessionError};
pub use outcome::{Attempt, Delivery, Error, Failure, Transaction};
pub use policy::{reply_or_stand_in, RetryScope, Trouble};
pub use reply::{EnhancedCode, Reply};
pub use session::Timings;
pub use tls::{TlsInfo, Trust};

// The outbox: a durable queue and its worker.
pub use outbox::{
    now as unix_now, Feed as PutFeed, NewMessage, OutboxConfig, Retried, Schedule, Status as OutboxStatus,
    Stop as WorkerStop, Store, StoreError, Template as OutboxTemplate, Worker, STATES,
};
pub use outcome::{describe, Described};

// The connectivity probe.
pub use probe::{probe, HostReport, ProbeReport, Problem, Step};

/// The current process's generation (changes in a forked child): state that belongs to one process checks it.
pub use process::generation as process_generation;

#[cfg(test)]
mod proptests;
