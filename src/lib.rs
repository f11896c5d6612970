//! resilient-smtp: SMTP delivery with a timeout for every phase, retries only where they can help, failover across
//! relays and MX hosts, and honest outcomes (delivered, failed, or maybe delivered).
//!
//! The SMTP core (every module but `python`) has no pyo3 in it: `cargo test` builds it without the `python` feature.

pub mod auth;
pub mod conn;
pub mod deliver;
pub mod envelope;
pub mod error;
pub mod held;
pub mod phase;
pub mod policy;
pub mod pool;
pub mod probe;
pub mod process;
pub mod reply;
pub mod retry;
pub mod route;
pub mod session;
pub mod tls;

#[cfg(feature = "python")]
mod python;
