//! `_core.Client`: a delivery configuration (route, TLS, credentials, timeouts, retry policy, optional pool),
//! checked once when it is built.

use std::net::IpAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;

use super::aio::{Completion, Completions};
use super::bulk::Stream;

use super::convert::{error_to_pyerr, send_result, value_error};
use super::run::{run_blocking, run_here, runtime, sync_log_level};
use crate::{
    resolver_address, Credentials, Deliverer, Envelope, Error, HostSpec, InputError, Jitter, MxResolver, Payload,
    Phase, Pool, PoolLimits, Request, RetryPolicy, Route, SessionConfig, Timeouts, TlsMode, TlsSettings,
};

// ---------------------------------------------------------------------------------------------------------------
// The client: every option, checked once.

pub fn parse_tls_mode(tls: &str) -> Result<TlsMode, InputError> {
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

pub fn duration(what: &str, secs: f64) -> Result<Duration, InputError> {
    if !secs.is_finite() || secs <= 0.0 || secs > 1e9 {
        return Err(InputError(format!(
            "{what} must be a positive number of seconds, not {secs}"
        )));
    }
    Ok(Duration::from_secs_f64(secs))
}

/// `[(phase name, seconds)]` over the defaults.
pub fn parse_timeouts(pairs: Option<Vec<(String, f64)>>) -> Result<Timeouts, InputError> {
    let mut limits = Timeouts::default();
    for (name, value) in pairs.unwrap_or_default() {
        let phase = Phase::from_name(&name).ok_or_else(|| InputError(format!("unknown phase {name:?}")))?;
        limits.set(phase, duration(&format!("timeout for {name}"), value)?);
    }
    Ok(limits)
}

pub fn check_helo(name: &str) -> Result<(), InputError> {
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

/// A delivery configuration: route, TLS, credentials, timeouts, retry policy and, for a `Sender`, a connection pool.
#[pyclass(module = "resilient_smtp._core", frozen)]
pub struct Client {
    pub(super) route: Route,
    pub(super) default_port: u16,
    pub(super) session: Arc<SessionConfig>,
    pub(super) retry: RetryPolicy,
    pub(super) deadline: Option<Duration>,
    pub(super) retry_uncertain: bool,
    deliverer: Arc<Deliverer>,
}

#[pymethods]
impl Client {
    #[new]
    #[pyo3(signature = (
        relays, port, *, tls, helo_name, username=None, password=None, oauth2_token=None, timeouts=None,
        ca_file=None, tls_verify=true, allow_insecure_auth=false, source_address=None, max_attempts=1,
        initial_delay=1.0, multiplier=2.0, max_delay=60.0, jitter="full", deadline=None, retry_uncertain=false,
        resolver=None, pool=false, pool_idle_timeout=10.0
    ))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        relays: Option<Vec<String>>,
        port: u16,
        tls: &str,
        helo_name: String,
        username: Option<String>,
        password: Option<String>,
        oauth2_token: Option<String>,
        timeouts: Option<Vec<(String, f64)>>,
        ca_file: Option<PathBuf>,
        tls_verify: bool,
        allow_insecure_auth: bool,
        source_address: Option<String>,
        max_attempts: u32,
        initial_delay: f64,
        multiplier: f64,
        max_delay: f64,
        jitter: &str,
        deadline: Option<f64>,
        retry_uncertain: bool,
        resolver: Option<Vec<String>>,
        pool: bool,
        pool_idle_timeout: f64,
    ) -> PyResult<Client> {
        let build = || -> Result<Client, InputError> {
            if port == 0 {
                return Err(InputError("port must be 1-65535".into()));
            }
            let tls_mode = parse_tls_mode(tls)?;
            check_helo(&helo_name)?;
            let credentials = Credentials::from_options(username, password, oauth2_token)?;
            let limits = parse_timeouts(timeouts)?;
            let tls_settings = TlsSettings {
                verify: tls_verify,
                ca_file,
            };
            if tls_mode != TlsMode::Off {
                tls_settings.validate()?;
            }
            let source_address = source_address
                .map(|s| {
                    s.parse::<IpAddr>()
                        .map_err(|_| InputError(format!("source_address {s:?} is not an IP address")))
                })
                .transpose()?;
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
            if !(initial_delay.is_finite() && initial_delay >= 0.0 && max_delay.is_finite() && max_delay >= 0.0) {
                return Err(InputError("initial_delay and max_delay must be >= 0 seconds".into()));
            }
            let retry = RetryPolicy {
                max_attempts,
                initial_delay: Duration::from_secs_f64(initial_delay),
                multiplier,
                max_delay: Duration::from_secs_f64(max_delay),
                jitter,
            };
            let deadline = deadline.map(|d| duration("deadline", d)).transpose()?;
            // Checked even for relays (which use the system's getaddrinfo), so a typo never waits for MX use.
            let servers = resolver
                .unwrap_or_default()
                .iter()
                .map(|s| resolver_address(s))
                .collect::<Result<Vec<_>, InputError>>()?;
            let route = match relays {
                Some(list) => {
                    if list.is_empty() {
                        return Err(InputError("host list is empty".into()));
                    }
                    Route::Relays(list.iter().map(|h| HostSpec::parse(h)).collect::<Result<_, _>>()?)
                }
                None => {
                    let _guard = runtime().enter();
                    Route::Mx {
                        resolver: Arc::new(MxResolver::new(&servers)?),
                        port,
                    }
                }
            };
            let session = Arc::new(SessionConfig {
                timeouts: limits,
                tls_mode,
                tls: tls_settings,
                credentials,
                allow_insecure_auth,
                helo_name,
                source_address,
            });
            let idle_timeout = duration("pool_idle_timeout", pool_idle_timeout)?;
            let pool = pool.then(|| {
                Pool::new(PoolLimits {
                    idle_timeout,
                    ..PoolLimits::default()
                })
            });
            Ok(Client {
                route,
                default_port: port,
                session,
                retry,
                deadline,
                retry_uncertain,
                deliverer: Arc::new(Deliverer { pool }),
            })
        };
        build().map_err(value_error)
    }

    /// Delivers one message and returns its `SendResult` (with `message_id` as given); blocks with the GIL released.
    #[pyo3(signature = (data, sender, recipients, mail_options=Vec::new(), rcpt_options=Vec::new(), message_id=None))]
    #[allow(clippy::too_many_arguments)]
    fn send(
        &self,
        py: Python<'_>,
        data: &[u8],
        sender: &str,
        recipients: Vec<String>,
        mail_options: Vec<String>,
        rcpt_options: Vec<String>,
        message_id: Option<Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        let req = self.request(py, data, sender, &recipients, mail_options, rcpt_options)?;
        let deliverer = self.deliverer.clone();
        let sender = req.envelope.sender.as_ref().map(|a| a.to_string());
        let out = if deliverer.pool.is_some() {
            // Pooled connections belong to the shared runtime, which keeps driving them between calls.
            run_blocking(py, async move { deliverer.deliver(&req).await })?
        } else {
            run_here(py, async move { deliverer.deliver(&req).await })?
        };
        match out {
            Ok(d) => Ok(send_result(py, d, message_id.unwrap_or_else(|| py.None()).bind(py))?.unbind()),
            Err(f) => Err(error_to_pyerr(py, Error::Delivery(f), sender)),
        }
    }

    /// The same as `send`, as an awaitable: an asyncio future of the running loop, completed through
    /// `resilient_smtp._aio` (no Rust thread touches Python; cancelling it aborts the delivery and drops its socket).
    #[pyo3(signature = (data, sender, recipients, mail_options=Vec::new(), rcpt_options=Vec::new(), message_id=None))]
    #[allow(clippy::too_many_arguments)]
    fn send_async<'py>(
        &self,
        py: Python<'py>,
        data: &[u8],
        sender: &str,
        recipients: Vec<String>,
        mail_options: Vec<String>,
        rcpt_options: Vec<String>,
        message_id: Option<Py<PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let req = self.request(py, data, sender, &recipients, mail_options, rcpt_options)?;
        let deliverer = self.deliverer.clone();
        let sender = req.envelope.sender.as_ref().map(|a| a.to_string());
        submit(py, async move {
            let out = deliverer.deliver(&req).await;
            Box::new(move |py: Python<'_>| match out {
                Ok(d) => Ok(send_result(py, d, message_id.unwrap_or_else(|| py.None()).bind(py))?.unbind()),
                Err(f) => Err(error_to_pyerr(py, Error::Delivery(f), sender)),
            }) as Completion
        })
    }

    /// Delivers the messages of `items` (`(bytes, sender, recipients)` tuples are prepared natively; any other item
    /// goes through `prepare(item)`, which returns `(data, sender, recipients, message_id)` or an exception instance,
    /// passed through as a failed outcome), with at most `concurrency` deliveries in flight and at most `window`
    /// outcomes pending; iterating the returned stream gives each `SendResult` or exception in input order.
    #[pyo3(signature = (items, prepare, concurrency, window, mail_options=Vec::new(), rcpt_options=Vec::new()))]
    fn stream(
        slf: &Bound<'_, Self>,
        items: &Bound<'_, PyAny>,
        prepare: &Bound<'_, PyAny>,
        concurrency: usize,
        window: usize,
        mail_options: Vec<String>,
        rcpt_options: Vec<String>,
    ) -> PyResult<Stream> {
        sync_log_level(slf.py())?;
        Stream::new(slf, items, prepare, concurrency, window, mail_options, rcpt_options)
    }

    /// Connections opened and reused by this client's pool: `(opened, reused)`.
    fn pool_stats(&self) -> (u64, u64) {
        self.deliverer.pool.as_ref().map(|p| p.stats()).unwrap_or((0, 0))
    }

    /// QUITs the pooled connections.
    fn close(&self, py: Python<'_>) -> PyResult<()> {
        if let Some(pool) = self.deliverer.pool.clone() {
            run_blocking(py, async move { pool.close().await })?;
        }
        Ok(())
    }

    fn close_async<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let pool = self.deliverer.pool.clone();
        submit(py, async move {
            if let Some(pool) = pool {
                pool.close().await;
            }
            Box::new(|py: Python<'_>| Ok(py.None())) as Completion
        })
    }

    fn __repr__(&self) -> String {
        let route = match &self.route {
            Route::Relays(r) => r.iter().map(|h| h.host.clone()).collect::<Vec<_>>().join(", "),
            Route::Peers(p) => p.iter().map(|p| p.host.clone()).collect::<Vec<_>>().join(", "),
            Route::Mx { .. } => "MX".into(),
        };
        let user = self
            .session
            .credentials
            .as_ref()
            .map(|c| format!(", user={:?}", c.username()))
            .unwrap_or_default();
        format!("<resilient_smtp._core.Client {route} port={}{user}>", self.default_port)
    }
}

impl Client {
    fn request(
        &self,
        py: Python<'_>,
        data: &[u8],
        sender: &str,
        recipients: &[String],
        mail_options: Vec<String>,
        rcpt_options: Vec<String>,
    ) -> PyResult<Request> {
        sync_log_level(py)?;
        self.build_request(data, sender, recipients, mail_options, rcpt_options)
            .map_err(value_error)
    }

    pub(crate) fn build_request(
        &self,
        data: &[u8],
        sender: &str,
        recipients: &[String],
        mail_options: Vec<String>,
        rcpt_options: Vec<String>,
    ) -> Result<Request, InputError> {
        let envelope = Envelope::new(sender, recipients, mail_options, rcpt_options)?;
        Ok(Request {
            envelope,
            payload: Arc::new(Payload::new(data)),
            route: self.route.clone(),
            default_port: self.default_port,
            session: self.session.clone(),
            retry: self.retry,
            deadline: self.deadline,
            retry_uncertain: self.retry_uncertain,
        })
    }

    pub(crate) fn deliverer(&self) -> &Arc<Deliverer> {
        &self.deliverer
    }
}

/// Starts `fut` and returns the asyncio future that `resilient_smtp._aio` completes with its outcome.
fn submit<'py>(
    py: Python<'py>,
    fut: impl std::future::Future<Output = Completion> + Send + 'static,
) -> PyResult<Bound<'py, PyAny>> {
    static BRIDGE: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    let bridge = BRIDGE.import(py, "resilient_smtp._aio", "bridge")?.call0()?;
    let native = bridge.getattr(pyo3::intern!(py, "native"))?;
    let completions = native.cast::<Completions>()?;
    let id = completions.get().spawn(fut);
    bridge.call_method1(pyo3::intern!(py, "watch"), (id,))
}
