//! `_core.Connection`: a connection the caller drives command by command, for the smtplib facade
//! (`resilient_smtp.SMTP`). The dialogue and the retry policy live in [`resilient_smtp::Held`]; this only converts.

use std::future::Future;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyTuple};

use super::client::Client;
use super::convert::{failure_to_pyerr, reply_tuple, send_result, tls_dict, value_error};
use super::run::{run_blocking, sync_log_level};
use resilient_smtp::{
    Credentials, Envelope, Failure, Held, HostSpec, Mechanism, Payload, Phase, Reply, RetryScope, Route, SendPolicy,
    SessionConfig,
};

/// A held connection to one host, configured by a `Client` (timeouts, TLS checks, retry policy, deadline).
#[pyclass(module = "resilient_smtp._core", frozen)]
pub struct Connection {
    held: Mutex<Option<Held>>,
    /// A call is running (the held connection is out of `held` meanwhile).
    busy: AtomicBool,
    host: HostSpec,
    port: u16,
    cfg: SessionConfig,
    policy: SendPolicy,
}

fn not_connected(py: Python<'_>) -> PyErr {
    static CLASS: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    let build = || -> PyResult<PyErr> {
        let class = CLASS.get_or_try_init(py, || -> PyResult<_> {
            Ok(py
                .import("resilient_smtp.errors")?
                .getattr("ServerDisconnected")?
                .unbind())
        })?;
        Ok(PyErr::from_value(
            class.bind(py).call1(("please run connect() first",))?,
        ))
    };
    build().unwrap_or_else(|e| e)
}

fn reply_out(py: Python<'_>, out: Result<Reply, Box<Failure>>) -> PyResult<Py<PyTuple>> {
    match out {
        Ok(r) => Ok(reply_tuple(py, &r)?.unbind()),
        Err(f) => Err(failure_to_pyerr(py, &f, None)),
    }
}

fn phase_of(name: &str) -> PyResult<Phase> {
    Phase::from_name(name).ok_or_else(|| PyValueError::new_err(format!("unknown phase {name:?}")))
}

fn check_line(what: &str, s: &str) -> PyResult<()> {
    if s.chars().any(|c| matches!(c, '\r' | '\n' | '\0')) {
        return Err(PyValueError::new_err(format!("{what} contains CR, LF or NUL")));
    }
    Ok(())
}

impl Connection {
    /// Runs `f` on the held connection with the GIL released; a cancelled call (Ctrl-C) loses the connection.
    fn run<T, F, Fut>(&self, py: Python<'_>, f: F) -> PyResult<T>
    where
        T: Send + 'static,
        F: FnOnce(Held) -> Fut,
        Fut: Future<Output = (Option<Held>, T)> + Send + 'static,
    {
        sync_log_level(py)?;
        let Some(held) = self.held.lock().unwrap().take() else {
            if self.busy.load(Ordering::Acquire) {
                return Err(PyRuntimeError::new_err(
                    "the connection is in use by another thread (an SMTP object is not thread-safe)",
                ));
            }
            return Err(not_connected(py));
        };
        self.busy.store(true, Ordering::Release);
        let out = run_blocking(py, f(held));
        self.busy.store(false, Ordering::Release);
        let (held, out) = out?;
        *self.held.lock().unwrap() = held;
        Ok(out)
    }
}

#[pymethods]
impl Connection {
    #[new]
    fn new(client: PyRef<'_, Client>) -> PyResult<Connection> {
        let host = match &client.core.route {
            Route::Relays(hosts) if hosts.len() == 1 => hosts[0].clone(),
            _ => return Err(PyValueError::new_err("a Connection goes to exactly one host")),
        };
        Ok(Connection {
            held: Mutex::new(None),
            busy: AtomicBool::new(false),
            host,
            port: client.core.default_port,
            cfg: (*client.core.session).clone(),
            policy: SendPolicy {
                retry: client.core.retry,
                deadline: client.core.deadline,
                retry_uncertain: client.core.retry_uncertain,
                // The facade's sendmail hands recipients' replies to its caller, as smtplib's does.
                scope: RetryScope::NotRecipients,
            },
        })
    }

    /// Resolves the host, connects (with the TLS handshake for implicit TLS) and reads the greeting: `(220, text)`.
    /// A connection already open is closed first.
    fn open(&self, py: Python<'_>) -> PyResult<Py<PyTuple>> {
        sync_log_level(py)?;
        let old = self.held.lock().unwrap().take();
        let (host, port, cfg) = (self.host.clone(), self.port, self.cfg.clone());
        let out = run_blocking(py, async move {
            if let Some(old) = old {
                old.close().await;
            }
            Held::open(&host, port, cfg).await
        })?;
        match out {
            Ok((held, greeting)) => {
                *self.held.lock().unwrap() = Some(held);
                Ok(reply_tuple(py, &greeting)?.unbind())
            }
            Err(f) => Err(failure_to_pyerr(py, &f, None)),
        }
    }

    fn is_open(&self) -> bool {
        self.held.lock().unwrap().is_some()
    }

    /// EHLO (`esmtp=True`) or HELO: `(code, text)`, whatever the code.
    fn hello(&self, py: Python<'_>, esmtp: bool, name: String) -> PyResult<Py<PyTuple>> {
        check_line("name", &name)?;
        let out = self.run(py, move |mut h| async move {
            let r = h.hello(esmtp, &name).await;
            (Some(h), r)
        })?;
        reply_out(py, out)
    }

    /// STARTTLS and the handshake: `(220, text)`. `verify=False` turns certificate checks off; `ca_certs` (DER),
    /// `check_hostname` and the client certificate replace the client's settings for this connection and its
    /// replays (what an `ssl.SSLContext` or smtplib's keyfile/certfile say).
    #[pyo3(signature = (verify=None, ca_certs=None, check_hostname=None, client_cert=None, client_key=None))]
    fn starttls(
        &self,
        py: Python<'_>,
        verify: Option<bool>,
        ca_certs: Option<Vec<Vec<u8>>>,
        check_hostname: Option<bool>,
        client_cert: Option<PathBuf>,
        client_key: Option<PathBuf>,
    ) -> PyResult<Py<PyTuple>> {
        let current = {
            let guard = self.held.lock().unwrap();
            guard
                .as_ref()
                .map_or_else(|| self.cfg.tls.clone(), |h| h.tls_settings().clone())
        };
        let mut tls = current;
        if let Some(v) = verify {
            tls.verify = v;
        }
        if let Some(certs) = ca_certs {
            tls.ca_der = certs;
        }
        if let Some(check) = check_hostname {
            tls.skip_hostname = !check;
        }
        if client_cert.is_some() {
            tls.client_cert = client_cert;
            tls.client_key = client_key;
        }
        tls.validate().map_err(value_error)?;
        let out = self.run(py, move |mut h| async move {
            let r = h.starttls(Some(tls)).await;
            (Some(h), r)
        })?;
        reply_out(py, out)
    }

    /// AUTH (by `mechanism`, e.g. "CRAM-MD5", or the best offered): `(235, text)`.
    #[pyo3(signature = (username, password, mechanism=None))]
    fn login(
        &self,
        py: Python<'_>,
        username: String,
        password: String,
        mechanism: Option<&str>,
    ) -> PyResult<Py<PyTuple>> {
        let mechanism = mechanism
            .map(|m| {
                Mechanism::from_name(m).ok_or_else(|| PyValueError::new_err(format!("unknown AUTH mechanism {m:?}")))
            })
            .transpose()?;
        let creds = Credentials::from_options(Some(username), Some(password), None)
            .map_err(value_error)?
            .expect("a username and a password were given");
        let out = self.run(py, move |mut h| async move {
            let r = h.login(creds, mechanism).await;
            (Some(h), r)
        })?;
        reply_out(py, out)
    }

    /// One command line under `phase`'s limit: `(code, text)`, whatever the code. The log shows `shown` instead
    /// of the line when given (an AUTH exchange).
    #[pyo3(signature = (phase, line, shown=None))]
    fn command(&self, py: Python<'_>, phase: &str, line: String, shown: Option<String>) -> PyResult<Py<PyTuple>> {
        let phase = phase_of(phase)?;
        check_line("command", &line)?;
        let out = self.run(py, move |mut h| async move {
            let r = h.command(phase, &line, shown.as_deref()).await;
            (Some(h), r)
        })?;
        reply_out(py, out)
    }

    /// Writes `data` as given under `phase`'s limit (smtplib's `send`); the log shows `shown`.
    fn write(&self, py: Python<'_>, phase: &str, data: Vec<u8>, shown: String) -> PyResult<()> {
        let phase = phase_of(phase)?;
        let out = self.run(py, move |mut h| async move {
            let r = h.write_raw(phase, &data, &shown).await;
            (Some(h), r)
        })?;
        out.map_err(|f| failure_to_pyerr(py, &f, None))
    }

    /// Reads one reply under `phase`'s limit (smtplib's `getreply`): `(code, text)`, whatever the code.
    fn read_reply(&self, py: Python<'_>, phase: &str) -> PyResult<Py<PyTuple>> {
        let phase = phase_of(phase)?;
        let out = self.run(py, move |mut h| async move {
            let r = h.read_reply(phase).await;
            (Some(h), r)
        })?;
        reply_out(py, out)
    }

    /// One message with retries and reconnection; a `SendResult`, as `Client.send`.
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
        let envelope = Envelope::new(sender, &recipients, mail_options, rcpt_options).map_err(value_error)?;
        let shown_sender = envelope.sender.as_ref().map(|a| a.to_string());
        let payload = Arc::new(Payload::checked(data).map_err(value_error)?);
        let policy = self.policy;
        let out = self.run(py, move |mut h| async move {
            let r = h.send(envelope, payload, policy).await;
            (Some(h), r)
        })?;
        match out {
            Ok(d) => Ok(send_result(py, d, message_id.unwrap_or_else(|| py.None()).bind(py))?.unbind()),
            Err(f) => Err(failure_to_pyerr(py, &f, shown_sender)),
        }
    }

    /// QUIT and close: `(code, text)`, or None when the connection was already lost.
    fn quit(&self, py: Python<'_>) -> PyResult<Option<Py<PyTuple>>> {
        let out = self.run(py, |h| async move { (None, h.quit().await) })?;
        out.map(|r| reply_out(py, r)).transpose()
    }

    /// Closes without QUIT; nothing happens when not connected.
    fn close(&self, py: Python<'_>) -> PyResult<()> {
        if let Some(h) = self.held.lock().unwrap().take() {
            run_blocking(py, h.close())?;
        }
        Ok(())
    }

    /// The live connection: `host`, `ip`, `port`, `tls` (as in results), `authenticated`; None when there is none.
    fn info<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDict>>> {
        let guard = self.held.lock().unwrap();
        let Some(s) = guard.as_ref().and_then(|h| h.session()) else {
            return Ok(None);
        };
        let d = PyDict::new(py);
        d.set_item("host", &s.peer().host)?;
        d.set_item("ip", s.peer().addr.ip().to_string())?;
        d.set_item("port", s.peer().addr.port())?;
        d.set_item("tls", tls_dict(py, s.tls())?)?;
        d.set_item("authenticated", s.is_authenticated())?;
        Ok(Some(d))
    }

    fn __repr__(&self) -> String {
        let state = if self.is_open() { "open" } else { "closed" };
        format!(
            "<resilient_smtp._core.Connection {}:{} {state}>",
            self.host.host,
            self.host.port.unwrap_or(self.port)
        )
    }
}
