//! A delivery client's options as plain values ([`ClientConfig`]), and [`ClientConfig::validate`], the one place
//! their rules live (the Python layer checks only types; the bindings only convert). A probe's options likewise
//! ([`ProbeConfig`]), sharing the rules for what they have in common.
//!
//! Adding an option, one place per layer: a field of [`ClientConfig`] (its default in `Default`) and its rule in
//! `validate()` here; its name in the `client_config!` call in `crates/resilient-smtp-python/src/client.rs`; its key and type in `SendOptions`
//! (`python/resilient_smtp/_options.py`), with its type check in `client_options` (`python/resilient_smtp/_client.py`).
//! `tests/test_boundary.py` fails when the layers' lists drift apart.

use std::future::Future;
use std::net::IpAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use crate::auth::Credentials;
use crate::deliver::{Deliverer, Request, Route};
use crate::envelope::{parse_address, parse_sender, Envelope, Mailbox, Payload};
use crate::error::InputError;
use crate::gate::{Gates, Limits};
use crate::outcome::{Delivery, Failure};
use crate::phase::{Phase, Timeouts};
use crate::pool::{Pool, PoolLimits};
use crate::probe::{ProbeOptions, Target};
use crate::retry::{Jitter, RetryPolicy};
use crate::route::{resolver_address, HostSpec, MxResolver};
use crate::session::{SessionConfig, TlsMode};
use crate::tls::TlsSettings;

/// The longest duration any option takes, in seconds (about 31 years): beyond it `Duration::from_secs_f64` would
/// eventually panic, and no real limit is that long.
pub const MAX_SECONDS: f64 = 1e9;

/// Every option of a delivery client, as given (seconds as `f64`, modes as their names). `validate()` turns it into
/// a [`Client`]; nothing is checked before that.
#[derive(Clone, Debug)]
pub struct ClientConfig {
    /// Relays tried in order (`host`, `host:port`, `[v6]:port`); `None`: each recipient domain's MX hosts.
    pub relays: Option<Vec<String>>,
    /// The port for relays given without one, and for MX hosts (as given: the rule refuses what is not 1-65535).
    pub port: i64,
    /// `"starttls"` (required), `"opportunistic"`, `"implicit"` or `"off"`.
    pub tls: String,
    pub helo_name: String,
    pub username: Option<String>,
    pub password: Option<String>,
    pub oauth2_token: Option<String>,
    /// `(phase name, seconds)` over the defaults.
    pub timeouts: Vec<(String, f64)>,
    pub ca_file: Option<PathBuf>,
    pub tls_verify: bool,
    /// DER certificates to trust (an `ssl.SSLContext`'s CAs), with `ca_file`'s, instead of the system store.
    pub ca_certs: Vec<Vec<u8>>,
    /// False: the chain is verified, the name is not (an `ssl.SSLContext` with `check_hostname = False`).
    pub check_hostname: bool,
    /// A client certificate chain (PEM) and its key (in the chain's file when `None`).
    pub client_cert: Option<PathBuf>,
    pub client_key: Option<PathBuf>,
    pub allow_insecure_auth: bool,
    pub source_address: Option<String>,
    pub max_attempts: u32,
    pub initial_delay: f64,
    pub multiplier: f64,
    pub max_delay: f64,
    /// `"full"`, `"equal"`, `"decorrelated"` or `"none"`.
    pub jitter: String,
    /// Seconds for the whole delivery.
    pub deadline: Option<f64>,
    pub retry_uncertain: bool,
    /// DNS servers (`ip` or `ip:port`) for MX lookups instead of the system's.
    pub resolver: Vec<String>,
    /// Keep connections for reuse (a `Sender`, `send()`'s cache).
    pub pool: bool,
    pub pool_idle_timeout: f64,
    /// Per destination (the relays, or each MX domain): deliveries in flight, and messages per second.
    pub max_connections: Option<i64>,
    pub max_rate: Option<f64>,
}

impl Default for ClientConfig {
    fn default() -> Self {
        let retry = RetryPolicy::once();
        ClientConfig {
            relays: None,
            port: 25,
            tls: "opportunistic".into(),
            helo_name: "localhost".into(),
            username: None,
            password: None,
            oauth2_token: None,
            timeouts: Vec::new(),
            ca_file: None,
            tls_verify: true,
            ca_certs: Vec::new(),
            check_hostname: true,
            client_cert: None,
            client_key: None,
            allow_insecure_auth: false,
            source_address: None,
            max_attempts: retry.max_attempts,
            initial_delay: retry.initial_delay.as_secs_f64(),
            multiplier: retry.multiplier,
            max_delay: retry.max_delay.as_secs_f64(),
            jitter: "full".into(),
            deadline: None,
            retry_uncertain: false,
            resolver: Vec::new(),
            pool: false,
            pool_idle_timeout: PoolLimits::default().idle_timeout.as_secs_f64(),
            max_connections: None,
            max_rate: None,
        }
    }
}

/// A checked delivery configuration: what every message sent through it shares.
pub struct Client {
    pub route: Route,
    /// For relays given without a port.
    pub default_port: u16,
    pub session: Arc<SessionConfig>,
    pub retry: RetryPolicy,
    pub deadline: Option<Duration>,
    pub retry_uncertain: bool,
    pub deliverer: Arc<Deliverer>,
    /// The per-destination limits every delivery is admitted by ([`Gates::admit`]), None when there are none.
    pub gates: Option<Arc<Gates>>,
}

impl ClientConfig {
    /// Checks every option, before any byte is sent. An MX route builds its resolver here, which needs a tokio
    /// runtime entered (`Runtime::enter`).
    pub fn validate(self) -> Result<Client, InputError> {
        let port = port(self.port)?;
        let tls_mode = tls_mode(&self.tls)?;
        check_helo(&self.helo_name)?;
        let credentials = Credentials::from_options(self.username, self.password, self.oauth2_token)?;
        let timeouts = timeouts(&self.timeouts)?;
        let tls = TlsSettings {
            verify: self.tls_verify,
            ca_file: self.ca_file,
            ca_der: self.ca_certs,
            skip_hostname: !self.check_hostname,
            client_cert: self.client_cert,
            client_key: self.client_key,
        };
        if tls_mode != TlsMode::Off {
            tls.validate()?;
        }
        let source_address = self
            .source_address
            .map(|s| {
                s.parse::<IpAddr>()
                    .map_err(|_| InputError(format!("source_address {s:?} is not an IP address")))
            })
            .transpose()?;
        let retry = retry_policy(
            self.max_attempts,
            self.initial_delay,
            self.multiplier,
            self.max_delay,
            &self.jitter,
        )?;
        let deadline = self.deadline.map(|d| positive_duration("deadline", d)).transpose()?;
        // Checked even for relays (which use the system's getaddrinfo), so a typo never waits for MX use.
        let resolver = resolver_addresses(&self.resolver)?;
        let route = match self.relays {
            Some(list) => Route::Relays(relays(&list)?),
            None => Route::Mx {
                resolver: Arc::new(MxResolver::new(&resolver)?),
                port,
            },
        };
        let idle_timeout = positive_duration("pool_idle_timeout", self.pool_idle_timeout)?;
        let gates = Gates::new(limits(self.max_connections, self.max_rate)?);
        let pool = self.pool.then(|| {
            Pool::new(PoolLimits {
                idle_timeout,
                ..PoolLimits::default()
            })
        });
        Ok(Client {
            route,
            default_port: port,
            session: Arc::new(SessionConfig {
                timeouts,
                tls_mode,
                tls,
                credentials,
                allow_insecure_auth: self.allow_insecure_auth,
                helo_name: self.helo_name,
                source_address,
            }),
            retry,
            deadline,
            retry_uncertain: self.retry_uncertain,
            deliverer: Arc::new(Deliverer { pool }),
            gates,
        })
    }
}

impl Client {
    /// One message's delivery request: the envelope (addresses, parameters) and the message's header block (header
    /// injection) checked before anything is sent.
    pub fn request(
        &self,
        data: &[u8],
        sender: &str,
        recipients: &[String],
        mail_params: Vec<String>,
        rcpt_params: Vec<String>,
    ) -> Result<Request, InputError> {
        self.request_from(data, parse_sender(sender)?, recipients, mail_params, rcpt_params)
    }

    /// [`Client::request`] for a sender already parsed ([`parse_sender`], or a bulk stream's [`SenderMemo`]).
    pub fn request_from(
        &self,
        data: &[u8],
        sender: Option<Mailbox>,
        recipients: &[String],
        mail_params: Vec<String>,
        rcpt_params: Vec<String>,
    ) -> Result<Request, InputError> {
        let envelope = Envelope::from_sender(sender, recipients, mail_params, rcpt_params)?;
        if matches!(self.route, Route::Mx { .. }) {
            envelope.check_routable()?;
        }
        Ok(Request {
            envelope,
            payload: Arc::new(Payload::checked(data)?),
            route: self.route.clone(),
            default_port: self.default_port,
            session: self.session.clone(),
            retry: self.retry,
            deadline: self.deadline,
            retry_uncertain: self.retry_uncertain,
            scope: crate::policy::RetryScope::Transient,
            before_data: None,
        })
    }

    /// One request's delivery, admitted by the destinations' limits first, as a future that owns what it needs (it
    /// runs on the shared runtime or a task, after the caller's borrow ends). The bulk stream admits before taking
    /// its concurrency permit, so it pairs the two itself (see the gate module).
    pub fn deliver(&self, req: Request) -> impl Future<Output = Result<Delivery, Box<Failure>>> + Send + 'static {
        let (deliverer, gates) = (self.deliverer.clone(), self.gates.clone());
        async move {
            let _admitted = crate::gate::admit(gates.as_deref(), &req).await;
            deliverer.deliver(&req).await
        }
    }
}

/// A probe's options as given; `validate()` checks them with the client's rules.
#[derive(Clone, Debug, Default)]
pub struct ProbeConfig {
    /// A domain (`mx`) or a host (name, address, `[v6]`).
    pub target: String,
    pub port: i64,
    pub mx: bool,
    pub tls: String,
    pub helo_name: String,
    pub username: Option<String>,
    pub password: Option<String>,
    pub timeouts: Vec<(String, f64)>,
    pub ca_file: Option<PathBuf>,
    pub resolver: Option<Vec<String>>,
    /// Test MAIL FROM (and RCPT TO) ended by RSET: no message is sent.
    pub mail_from: Option<String>,
    pub rcpt_to: Vec<String>,
}

impl ProbeConfig {
    /// Checks every option; like [`ClientConfig::validate`], a resolver needs a tokio runtime entered.
    pub fn validate(self) -> Result<(Target, ProbeOptions), InputError> {
        let port = port(self.port)?;
        let tls_mode = tls_mode(&self.tls)?;
        check_helo(&self.helo_name)?;
        let credentials = Credentials::from_options(self.username, self.password, None)?;
        let timeouts = timeouts(&self.timeouts)?;
        // Verification is recorded, not enforced: a bad certificate is described and reported as a problem.
        let tls = TlsSettings {
            verify: false,
            ca_file: self.ca_file,
            ..TlsSettings::default()
        };
        if tls_mode != TlsMode::Off {
            tls.validate()?;
        }
        let spec = HostSpec::parse(&self.target)?;
        let target = if self.mx {
            Target::Mx {
                domain: spec.host,
                port,
            }
        } else {
            Target::Host { spec, port }
        };
        let resolver = match self.resolver {
            None => None,
            Some(list) => Some(Arc::new(MxResolver::new(&resolver_addresses(&list)?)?)),
        };
        let test_mail = self.mail_from.is_some();
        let mail_from = match self.mail_from.as_deref() {
            None | Some("" | "<>") => None,
            Some(a) => Some(parse_address("mail_from", a)?),
        };
        let rcpt_to = self
            .rcpt_to
            .iter()
            .map(|r| parse_address("rcpt_to", r))
            .collect::<Result<Vec<_>, _>>()?;
        let session = Arc::new(SessionConfig {
            timeouts,
            // The probe drives STARTTLS and implicit TLS itself, step by step.
            tls_mode: TlsMode::Off,
            tls,
            credentials,
            allow_insecure_auth: false,
            helo_name: self.helo_name,
            source_address: None,
        });
        let opts = ProbeOptions {
            session,
            tls_mode,
            resolver,
            mail_from,
            rcpt_to,
            test_mail,
        };
        Ok((target, opts))
    }
}

// ---------------------------------------------------------------------------------------------------------------
// The rules, one function each.

fn port(port: i64) -> Result<u16, InputError> {
    u16::try_from(port)
        .ok()
        .filter(|&p| p != 0)
        .ok_or_else(|| InputError(format!("port must be 1-65535, not {port}")))
}

pub fn tls_mode(tls: &str) -> Result<TlsMode, InputError> {
    Ok(match tls {
        "off" => TlsMode::Off,
        "opportunistic" => TlsMode::Opportunistic,
        "starttls" => TlsMode::Required,
        "implicit" => TlsMode::Implicit,
        other => {
            return Err(InputError(format!(
                "tls={other:?}: expected \"starttls\", \"opportunistic\", \"implicit\" or \"off\""
            )))
        }
    })
}

/// A number of seconds from 0 to [`MAX_SECONDS`] (NaN and infinities refused: they would panic in `Duration`).
fn duration(what: &str, secs: f64) -> Result<Duration, InputError> {
    if !(0.0..=MAX_SECONDS).contains(&secs) {
        return Err(InputError(format!(
            "{what} must be a number of seconds from 0 to {MAX_SECONDS:e}, not {secs}"
        )));
    }
    Ok(Duration::from_secs_f64(secs))
}

/// A limit: more than 0 seconds, at most [`MAX_SECONDS`].
pub(crate) fn positive_duration(what: &str, secs: f64) -> Result<Duration, InputError> {
    if !(secs > 0.0 && secs <= MAX_SECONDS) {
        return Err(InputError(format!(
            "{what} must be a positive number of seconds (at most {MAX_SECONDS:e}), not {secs}"
        )));
    }
    Ok(Duration::from_secs_f64(secs))
}

/// The most deliveries in flight per destination: far beyond what a server allows one client (Postfix: 50).
pub const MAX_CONNECTIONS: i64 = 100_000;
/// The most messages per second per destination (a microsecond apart).
pub const MAX_RATE: f64 = 1e6;

/// Per-destination limits (the Outbox takes them too, through its client): deliveries in flight from 1 to
/// [`MAX_CONNECTIONS`]; messages per second more than 0 (at most one per [`MAX_SECONDS`]) and at most [`MAX_RATE`].
pub fn limits(max_connections: Option<i64>, max_rate: Option<f64>) -> Result<Limits, InputError> {
    let max_connections = max_connections
        .map(|n| {
            usize::try_from(n)
                .ok()
                .filter(|_| (1..=MAX_CONNECTIONS).contains(&n))
                .ok_or_else(|| {
                    InputError(format!(
                        "max_connections must be a number of connections from 1 to {MAX_CONNECTIONS}, not {n}"
                    ))
                })
        })
        .transpose()?;
    if let Some(rate) = max_rate {
        if !(rate > 0.0 && rate <= MAX_RATE && 1.0 / rate <= MAX_SECONDS) {
            return Err(InputError(format!(
                "max_rate must be a positive number of messages per second (from 1e-9 to {MAX_RATE:e}), not {rate}"
            )));
        }
    }
    Ok(Limits {
        max_connections,
        max_rate,
    })
}

/// `[(phase name, seconds)]` over the defaults.
fn timeouts(pairs: &[(String, f64)]) -> Result<Timeouts, InputError> {
    let mut limits = Timeouts::default();
    for (name, value) in pairs {
        let phase = Phase::from_name(name).ok_or_else(|| InputError(format!("unknown phase {name:?}")))?;
        limits.set(phase, positive_duration(&format!("timeout for {name}"), *value)?);
    }
    Ok(limits)
}

fn check_helo(name: &str) -> Result<(), InputError> {
    if name.is_empty()
        || name
            .chars()
            .any(|c| c.is_control() || c.is_whitespace() || !c.is_ascii())
    {
        return Err(InputError(format!(
            "helo_name {name:?} must be a domain name or address literal (ASCII, no spaces or control characters)"
        )));
    }
    Ok(())
}

/// The retry policy's rules (the Python `RetryPolicy` calls them too, through `_core.check_retry`).
pub fn retry_policy(
    max_attempts: u32,
    initial_delay: f64,
    multiplier: f64,
    max_delay: f64,
    jitter: &str,
) -> Result<RetryPolicy, InputError> {
    let jitter = Jitter::from_name(jitter).ok_or_else(|| {
        InputError(format!(
            "jitter={jitter:?}: expected \"full\", \"equal\", \"decorrelated\" or \"none\""
        ))
    })?;
    if max_attempts == 0 {
        return Err(InputError("max_attempts must be at least 1".into()));
    }
    if !(multiplier.is_finite() && multiplier >= 1.0) {
        return Err(InputError(format!("multiplier must be >= 1, not {multiplier}")));
    }
    Ok(RetryPolicy {
        max_attempts,
        initial_delay: duration("initial_delay", initial_delay)?,
        multiplier,
        max_delay: duration("max_delay", max_delay)?,
        jitter,
    })
}

/// A phase's limit (the Python `Timeouts` calls it too, through `_core.check_timeout`).
pub fn phase_timeout(phase: &str, secs: f64) -> Result<Duration, InputError> {
    Phase::from_name(phase).ok_or_else(|| InputError(format!("unknown phase {phase:?}")))?;
    positive_duration(&format!("Timeouts.{phase}"), secs)
}

fn resolver_addresses(list: &[String]) -> Result<Vec<std::net::SocketAddr>, InputError> {
    list.iter().map(|s| resolver_address(s)).collect()
}

fn relays(list: &[String]) -> Result<Vec<HostSpec>, InputError> {
    if list.is_empty() {
        return Err(InputError("host list is empty".into()));
    }
    list.iter().map(|h| HostSpec::parse(h)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn relay() -> ClientConfig {
        ClientConfig {
            relays: Some(vec!["127.0.0.1".into()]),
            tls: "off".into(),
            ..ClientConfig::default()
        }
    }

    fn refused(cfg: ClientConfig) -> String {
        match cfg.validate() {
            Err(e) => e.0,
            Ok(_) => panic!("accepted"),
        }
    }

    #[test]
    fn defaults_validate() {
        let c = relay().validate().expect("the defaults are valid");
        assert_eq!(c.default_port, 25);
        assert_eq!(c.retry, RetryPolicy::once());
        assert!(c.deliverer.pool.is_none());
    }

    #[test]
    fn huge_and_odd_durations_are_refused_not_panics() {
        for secs in [1e20, f64::INFINITY, f64::NAN, -1.0] {
            assert!(refused(ClientConfig {
                deadline: Some(secs),
                ..relay()
            })
            .contains("deadline"));
            assert!(refused(ClientConfig {
                max_delay: secs,
                ..relay()
            })
            .contains("max_delay"));
            assert!(refused(ClientConfig {
                timeouts: vec![("rcpt".into(), secs)],
                ..relay()
            })
            .contains("rcpt"));
            assert!(refused(ClientConfig {
                pool_idle_timeout: secs,
                ..relay()
            })
            .contains("pool_idle_timeout"));
        }
        assert!(refused(ClientConfig {
            deadline: Some(0.0),
            ..relay()
        })
        .contains("deadline"));
    }

    #[test]
    fn rules() {
        assert!(refused(ClientConfig { port: 0, ..relay() }).contains("port"));
        assert!(refused(ClientConfig { port: 70000, ..relay() }).contains("port"));
        assert!(refused(ClientConfig {
            tls: "yes".into(),
            ..relay()
        })
        .contains("tls"));
        assert!(refused(ClientConfig {
            max_attempts: 0,
            ..relay()
        })
        .contains("max_attempts"));
        assert!(refused(ClientConfig {
            multiplier: 0.5,
            ..relay()
        })
        .contains("multiplier"));
        assert!(refused(ClientConfig {
            relays: Some(Vec::new()),
            ..relay()
        })
        .contains("empty"));
        assert!(refused(ClientConfig {
            helo_name: "two words".into(),
            ..relay()
        })
        .contains("helo_name"));
        assert!(phase_timeout("handshake", 1.0).is_err());
        for n in [0, -1, MAX_CONNECTIONS + 1, i64::MIN] {
            assert!(refused(ClientConfig {
                max_connections: Some(n),
                ..relay()
            })
            .contains("max_connections"));
        }
        for rate in [0.0, -1.0, f64::NAN, f64::INFINITY, 1e-12, 2e6] {
            assert!(refused(ClientConfig {
                max_rate: Some(rate),
                ..relay()
            })
            .contains("max_rate"));
        }
        let limited = ClientConfig {
            max_connections: Some(3),
            max_rate: Some(0.5),
            ..relay()
        }
        .validate()
        .expect("valid limits");
        assert_eq!(
            limited.gates.expect("gates").limits(),
            Limits {
                max_connections: Some(3),
                max_rate: Some(0.5)
            }
        );
        assert!(relay().validate().expect("valid").gates.is_none());
        assert!(phase_timeout("rcpt", 1.0).is_ok());
    }
}
