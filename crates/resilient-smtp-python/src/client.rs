//! `_core.Client`: a delivery configuration (route, TLS, credentials, timeouts, retry policy, optional pool),
//! checked once when it is built.

use pyo3::exceptions::{PyOverflowError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyDict;

use super::aio::{Completion, Completions};
use super::bulk::Stream;

use super::convert::{error_to_pyerr, send_result, value_error};
use super::email::MessagePreparer;
use super::run::{guard, run_blocking, run_here, runtime, sync_log_level};
use resilient_smtp::{phase_timeout, retry_policy, Client as CoreClient, ClientConfig, Error, Request, Route};

/// The options `_core.Client(**options)` takes, by name: the fields of [`ClientConfig`] (the one list in the
/// bindings; the rules live in [`ClientConfig::validate`]). An option left out keeps the core's default.
macro_rules! client_config {
    ($options:expr, $($field:ident),* $(,)?) => {{
        let options: Option<&Bound<'_, PyDict>> = $options;
        let mut cfg = ClientConfig::default();
        if let Some(options) = options {
            let mut read = 0;
            $(
                if let Some(value) = options.get_item(stringify!($field))? {
                    cfg.$field = option_value(stringify!($field), &value)?;
                    read += 1;
                }
            )*
            if read != options.len() {
                let known = [$(stringify!($field)),*];
                let unknown: Vec<String> = options
                    .keys()
                    .iter()
                    .map(|k| k.to_string())
                    .filter(|k| !known.contains(&k.as_str()))
                    .collect();
                return Err(PyTypeError::new_err(format!("unknown option(s): {}", unknown.join(", "))));
            }
        }
        cfg
    }};
}

/// One option's value: a Python type the field cannot hold is a `TypeError`, a number out of its range (a negative
/// port) a `ValueError`, both naming the option.
fn option_value<'py, T>(name: &str, value: &Bound<'py, PyAny>) -> PyResult<T>
where
    T: for<'a> FromPyObject<'a, 'py, Error = PyErr>,
{
    value.extract().map_err(|e: PyErr| {
        if e.is_instance_of::<PyOverflowError>(value.py()) {
            PyValueError::new_err(format!("{name}: {e}"))
        } else {
            PyTypeError::new_err(format!("{name}: {}", e.value(value.py())))
        }
    })
}

/// A delivery configuration: route, TLS, credentials, timeouts, retry policy and, for a `Sender`, a connection pool.
#[pyclass(module = "resilient_smtp._core", frozen)]
pub struct Client {
    pub(super) core: CoreClient,
}

#[pymethods]
impl Client {
    #[new]
    #[pyo3(signature = (**options))]
    fn new(options: Option<&Bound<'_, PyDict>>) -> PyResult<Client> {
        let cfg = client_config!(
            options,
            relays,
            port,
            tls,
            helo_name,
            username,
            password,
            oauth2_token,
            timeouts,
            ca_file,
            tls_verify,
            ca_certs,
            check_hostname,
            client_cert,
            client_key,
            allow_insecure_auth,
            source_address,
            max_attempts,
            initial_delay,
            multiplier,
            max_delay,
            jitter,
            deadline,
            retry_uncertain,
            resolver,
            pool,
            pool_idle_timeout,
            max_connections,
            max_rate,
        );
        // An MX route's resolver is built on the shared runtime.
        let _runtime = runtime().enter();
        let core = guard(|| cfg.validate().map_err(value_error))?;
        Ok(Client { core })
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
        guard(|| {
            let req = self.request(py, data, sender, &recipients, mail_options, rcpt_options)?;
            let sender = req.envelope.sender.as_ref().map(|a| a.to_string());
            let delivery = self.core.deliver(req);
            let out = if self.core.deliverer.pool.is_some() {
                // Pooled connections belong to the shared runtime, which keeps driving them between calls.
                run_blocking(py, delivery)?
            } else {
                run_here(py, delivery)?
            };
            match out {
                Ok(d) => Ok(send_result(py, d, message_id.unwrap_or_else(|| py.None()).bind(py))?.unbind()),
                Err(f) => Err(error_to_pyerr(py, Error::Delivery(f), sender)),
            }
        })
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
        let req = guard(|| self.request(py, data, sender, &recipients, mail_options, rcpt_options))?;
        let sender = req.envelope.sender.as_ref().map(|a| a.to_string());
        let delivery = self.core.deliver(req);
        submit(py, async move {
            let out = delivery.await;
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
    ///
    /// `native`, `(message.preparer(), id_domain)`, lets plain single-part messages take `from_message`'s native
    /// route without a Python call each.
    #[pyo3(signature = (items, prepare, concurrency, window, mail_options=Vec::new(), rcpt_options=Vec::new(), native=None))]
    #[allow(clippy::too_many_arguments)]
    fn stream(
        slf: &Bound<'_, Self>,
        items: &Bound<'_, PyAny>,
        prepare: &Bound<'_, PyAny>,
        concurrency: usize,
        window: usize,
        mail_options: Vec<String>,
        rcpt_options: Vec<String>,
        native: Option<(Py<MessagePreparer>, String)>,
    ) -> PyResult<Stream> {
        sync_log_level(slf.py())?;
        Stream::new(
            slf,
            items,
            prepare,
            native,
            concurrency,
            window,
            mail_options,
            rcpt_options,
        )
    }

    /// Connections opened and reused by this client's pool: `(opened, reused)`.
    fn pool_stats(&self) -> (u64, u64) {
        self.core.deliverer.pool.as_ref().map_or((0, 0), |p| p.stats())
    }

    /// QUITs the pooled connections.
    fn close(&self, py: Python<'_>) -> PyResult<()> {
        if let Some(pool) = self.core.deliverer.pool.clone() {
            run_blocking(py, async move { pool.close().await })?;
        }
        Ok(())
    }

    fn close_async<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let pool = self.core.deliverer.pool.clone();
        submit(py, async move {
            if let Some(pool) = pool {
                pool.close().await;
            }
            Box::new(|py: Python<'_>| Ok(py.None())) as Completion
        })
    }

    fn __repr__(&self) -> String {
        let route = match &self.core.route {
            Route::Relays(r) => r.iter().map(|h| h.host.clone()).collect::<Vec<_>>().join(", "),
            Route::Peers(p) => p.iter().map(|p| p.host.clone()).collect::<Vec<_>>().join(", "),
            Route::Mx { .. } => "MX".into(),
        };
        let user = self
            .core
            .session
            .credentials
            .as_ref()
            .map(|c| format!(", user={:?}", c.username()))
            .unwrap_or_default();
        format!(
            "<resilient_smtp._core.Client {route} port={}{user}>",
            self.core.default_port
        )
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
        self.core
            .request(data, sender, recipients, mail_options, rcpt_options)
            .map_err(value_error)
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

/// The retry policy's rules ([`retry_policy`]), for `resilient_smtp.RetryPolicy` to check when it is made.
#[pyfunction]
pub fn check_retry(
    max_attempts: i64,
    initial_delay: f64,
    multiplier: f64,
    max_delay: f64,
    jitter: &str,
) -> PyResult<()> {
    let attempts = u32::try_from(max_attempts.max(0)).unwrap_or(u32::MAX);
    retry_policy(attempts, initial_delay, multiplier, max_delay, jitter)
        .map(drop)
        .map_err(value_error)
}

/// A phase's limit ([`phase_timeout`]), for `resilient_smtp.Timeouts` to check when it is made.
#[pyfunction]
pub fn check_timeout(phase: &str, seconds: f64) -> PyResult<()> {
    phase_timeout(phase, seconds).map(drop).map_err(value_error)
}
