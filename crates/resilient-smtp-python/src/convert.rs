//! Core values and errors to Python objects. [`failure_to_pyerr`] is the one mapping from core errors to the
//! exception classes of `resilient_smtp.errors`.

use std::net::IpAddr;
use std::time::{Duration, UNIX_EPOCH};

use pyo3::exceptions::PyValueError;
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyDict, PyList, PyString, PyTuple};

use resilient_smtp::{
    describe, Attempt, Delivery, EnhancedCode, Error, Failure, InputError, Reply, SessionError, StoreError, Timings,
    TlsInfo, Transaction, Trouble, Trust,
};

pub fn value_error(e: InputError) -> PyErr {
    PyValueError::new_err(e.0)
}

// ---------------------------------------------------------------------------------------------------------------
// Conversions out.

pub fn secs(d: Duration) -> f64 {
    d.as_secs_f64()
}

pub fn unix(t: std::time::SystemTime) -> f64 {
    t.duration_since(UNIX_EPOCH).map_or(0.0, secs)
}

pub fn timings_dict<'py>(py: Python<'py>, t: &Timings) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    for (phase, dur) in t.iter() {
        d.set_item(phase.name(), secs(dur))?;
    }
    Ok(d)
}

pub fn tls_dict<'py>(py: Python<'py>, tls: Option<&TlsInfo>) -> PyResult<Option<Bound<'py, PyDict>>> {
    let Some(info) = tls else { return Ok(None) };
    let d = PyDict::new(py);
    d.set_item("version", &info.version)?;
    d.set_item("cipher", &info.cipher)?;
    match &info.verified {
        None => {
            d.set_item("verified", py.None())?;
            d.set_item("verify_error", py.None())?;
        }
        Some(Ok(trust)) => {
            d.set_item("verified", true)?;
            d.set_item("verify_error", py.None())?;
            // The certificate is itself in the caller's CA file (self-signed), not signed by a CA there.
            d.set_item("trusted_as_is", *trust == Trust::AsIs)?;
        }
        Some(Err(why)) => {
            d.set_item("verified", false)?;
            d.set_item("verify_error", why)?;
        }
    }
    if let Some(c) = &info.certificate {
        let cd = PyDict::new(py);
        cd.set_item("subject", &c.subject)?;
        cd.set_item("issuer", &c.issuer)?;
        cd.set_item("sans", &c.sans)?;
        cd.set_item("not_before", c.not_before)?;
        cd.set_item("not_after", c.not_after)?;
        d.set_item("certificate", cd)?;
    } else {
        d.set_item("certificate", py.None())?;
    }
    Ok(Some(d))
}

pub fn reply_tuple<'py>(py: Python<'py>, r: &Reply) -> PyResult<Bound<'py, PyTuple>> {
    PyTuple::new(
        py,
        [
            r.code.into_pyobject(py)?.into_any(),
            PyBytes::new(py, r.text().as_bytes()).into_any(),
        ],
    )
}

pub fn refused_dict<'py>(py: Python<'py>, refused: &[(String, Reply)]) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    for (rcpt, reply) in refused {
        d.set_item(rcpt, reply_tuple(py, reply)?)?;
    }
    Ok(d)
}

/// The `Attempt` objects of a delivery's history (for results and exceptions alike).
pub fn attempts_list<'py>(py: Python<'py>, attempts: &[Attempt]) -> PyResult<Bound<'py, PyList>> {
    let t = result_types(py)?;
    PyList::new(
        py,
        attempts
            .iter()
            .map(|a| attempt_object(py, t, a))
            .collect::<PyResult<Vec<_>>>()?,
    )
}

// The result classes of `resilient_smtp.types`, built here field by field (the frozen dataclasses' `__init__` and
// an intermediate dict would cost more than a pipelined delivery on a pooled connection). Attributes are set in field
// order, as `__init__` does, so instances share their key table; a test compares them with `__init__`-built ones.

struct ResultTypes {
    object_new: Py<PyAny>,
    send_result: Py<PyAny>,
    transaction: Py<PyAny>,
    attempt: Py<PyAny>,
    phase_by_name: Py<PyDict>,
}

fn result_types(py: Python<'_>) -> PyResult<&ResultTypes> {
    static TYPES: PyOnceLock<ResultTypes> = PyOnceLock::new();
    TYPES.get_or_try_init(py, || {
        let types = py.import("resilient_smtp.types")?;
        Ok(ResultTypes {
            object_new: py.import("builtins")?.getattr("object")?.getattr("__new__")?.unbind(),
            send_result: types.getattr("SendResult")?.unbind(),
            transaction: types.getattr("Transaction")?.unbind(),
            attempt: types.getattr("Attempt")?.unbind(),
            phase_by_name: types.getattr("_PHASE_BY_NAME")?.cast_into::<PyDict>()?.unbind(),
        })
    })
}

/// An instance of a frozen result class, its fields set from `fields` in order (bypassing the frozen `__setattr__`).
fn build<'py>(
    py: Python<'py>,
    t: &ResultTypes,
    cls: &Py<PyAny>,
    fields: &[(&Bound<'py, PyString>, Bound<'py, PyAny>)],
) -> PyResult<Bound<'py, PyAny>> {
    let obj = t.object_new.bind(py).call1((cls.bind(py),))?;
    for (name, value) in fields {
        // SAFETY: three valid object pointers; a failure sets the Python error fetched below.
        if unsafe { pyo3::ffi::PyObject_GenericSetAttr(obj.as_ptr(), name.as_ptr(), value.as_ptr()) } < 0 {
            return Err(PyErr::fetch(py));
        }
    }
    Ok(obj)
}

/// One Python string per distinct short value (host names, addresses, enhanced codes), shared by every result that
/// carries it: kept results stay small, and equal values cost one object. Keyed by the value itself (an address, a
/// code), so a value seen before is neither formatted nor its text hashed again. Bounded: cleared when it fills up.
type SharedStrings<K> = PyOnceLock<std::sync::Mutex<std::collections::HashMap<K, Py<PyString>>>>;

fn shared<'py, K, Q>(cache: &SharedStrings<K>, py: Python<'py>, value: &Q) -> Bound<'py, PyString>
where
    K: std::borrow::Borrow<Q> + std::hash::Hash + Eq + Send,
    Q: ToOwned<Owned = K> + std::fmt::Display + std::hash::Hash + Eq + ?Sized,
{
    let mut cache = cache
        .get_or_init(py, Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    if let Some(s) = cache.get(value) {
        return s.bind(py).clone();
    }
    if cache.len() >= 1024 {
        cache.clear();
    }
    let s = PyString::new(py, &value.to_string());
    cache.insert(value.to_owned(), s.clone().unbind());
    s
}

fn shared_str<'py>(py: Python<'py>, value: &str) -> Bound<'py, PyString> {
    static CACHE: SharedStrings<String> = PyOnceLock::new();
    shared(&CACHE, py, value)
}

fn shared_ip(py: Python<'_>, ip: IpAddr) -> Bound<'_, PyString> {
    static CACHE: SharedStrings<IpAddr> = PyOnceLock::new();
    shared(&CACHE, py, &ip)
}

/// An enhanced status code's text (`"2.0.0"`), or None.
fn shared_enhanced(py: Python<'_>, code: Option<EnhancedCode>) -> Bound<'_, PyAny> {
    static CACHE: SharedStrings<EnhancedCode> = PyOnceLock::new();
    match code {
        Some(code) => shared(&CACHE, py, &code).into_any(),
        None => py.None().into_bound(py),
    }
}

fn shared_opt_ip(py: Python<'_>, ip: Option<IpAddr>) -> Bound<'_, PyAny> {
    match ip {
        Some(ip) => shared_ip(py, ip).into_any(),
        None => py.None().into_bound(py),
    }
}

fn attempt_object<'py>(py: Python<'py>, t: &ResultTypes, a: &Attempt) -> PyResult<Bound<'py, PyAny>> {
    let phase = t
        .phase_by_name
        .bind(py)
        .get_item(a.phase.name())?
        .ok_or_else(|| PyValueError::new_err(format!("unknown phase {}", a.phase.name())))?;
    let code = a.reply.as_ref().map(|r| r.code);
    build(
        py,
        t,
        &t.attempt,
        &[
            (intern!(py, "number"), a.number.into_pyobject(py)?.into_any()),
            (intern!(py, "host"), shared_str(py, &a.host).into_any()),
            (intern!(py, "ip"), shared_opt_ip(py, a.ip)),
            (intern!(py, "port"), a.port.into_pyobject(py)?),
            (intern!(py, "phase"), phase),
            (intern!(py, "code"), code.into_pyobject(py)?),
            (
                intern!(py, "enhanced_code"),
                shared_enhanced(py, a.reply.as_ref().and_then(|r| r.enhanced)),
            ),
            (
                intern!(py, "error"),
                a.error.as_ref().map(|e| e.to_string()).into_pyobject(py)?,
            ),
            (
                intern!(py, "started_at"),
                unix(a.started_at).into_pyobject(py)?.into_any(),
            ),
            (intern!(py, "elapsed"), secs(a.elapsed).into_pyobject(py)?.into_any()),
            (
                intern!(py, "delay_before"),
                secs(a.delay_before).into_pyobject(py)?.into_any(),
            ),
        ],
    )
}

/// The `SendResult` of a delivery (`message_id` as the caller prepared it). Its scalar fields are set now; its
/// `timings`, `attempts` and `transactions` come from a [`DeliveryDetail`] the first time one is read (bulk sending
/// keeps many results and looks into few: each costs a handful of Python objects, not forty, and the cyclic garbage
/// collector has one object to walk, not six).
pub fn send_result<'py>(py: Python<'py>, d: Delivery, message_id: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    let t = result_types(py)?;
    let first = d
        .transactions
        .first()
        .ok_or_else(|| PyValueError::new_err("a delivery without a transaction"))?;
    let [host, ip, port, code, enhanced_code, reply] = transaction_head(py, first)?;
    let fields = [
        (intern!(py, "message_id"), message_id.clone()),
        host,
        ip,
        port,
        code,
        enhanced_code,
        reply,
        (intern!(py, "refused"), refused_dict(py, &d.refused)?.into_any()),
        (intern!(py, "elapsed"), secs(d.elapsed).into_pyobject(py)?.into_any()),
        (
            intern!(py, "_detail"),
            // A copy made here, on the thread that keeps it: exact-size buffers from this thread's allocator,
            // rather than the runtime thread's buffers pinned among its short-lived ones (3.6 kB of RSS per kept
            // result that way, against 1.6 kB).
            Bound::new(py, DeliveryDetail { delivery: d.clone() })?.into_any(),
        ),
    ];
    build(py, t, &t.send_result, &fields)
}

type Field<'py> = (&'py Bound<'py, PyString>, Bound<'py, PyAny>);

/// The fields a `SendResult` repeats from its first transaction, in the order both classes declare them.
fn transaction_head<'py>(py: Python<'py>, x: &Transaction) -> PyResult<[Field<'py>; 6]> {
    Ok([
        (intern!(py, "host"), shared_str(py, &x.host).into_any()),
        (intern!(py, "ip"), shared_ip(py, x.addr.ip()).into_any()),
        (intern!(py, "port"), x.addr.port().into_pyobject(py)?.into_any()),
        (intern!(py, "code"), x.reply.code.into_pyobject(py)?.into_any()),
        (intern!(py, "enhanced_code"), shared_enhanced(py, x.reply.enhanced)),
        (intern!(py, "reply"), x.reply.text().into_pyobject(py)?.into_any()),
    ])
}

/// What a `SendResult` builds on first use: the delivery's timings, attempts and transactions.
#[pyclass(module = "resilient_smtp._core", frozen)]
pub struct DeliveryDetail {
    delivery: Delivery,
}

#[pymethods]
impl DeliveryDetail {
    /// `{"timings": ..., "attempts": ..., "transactions": ...}`: the first transaction's timings (the same dict), the
    /// `Attempt` list and the `Transaction` list.
    fn fields<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let t = result_types(py)?;
        let d = &self.delivery;
        let mut txs = Vec::with_capacity(d.transactions.len());
        for x in &d.transactions {
            let mut fields = Vec::from(transaction_head(py, x)?);
            fields.extend([
                (intern!(py, "accepted"), PyList::new(py, &x.accepted)?.into_any()),
                (intern!(py, "timings"), timings_dict(py, &x.timings)?.into_any()),
                (intern!(py, "tls"), tls_dict(py, x.tls.as_ref())?.into_pyobject(py)?),
            ]);
            txs.push(build(py, t, &t.transaction, &fields)?);
        }
        let timings = match txs.first() {
            Some(first) => first.getattr(intern!(py, "timings"))?,
            None => PyDict::new(py).into_any(),
        };
        let out = PyDict::new(py);
        out.set_item(intern!(py, "timings"), timings)?;
        out.set_item(intern!(py, "attempts"), attempts_list(py, &d.attempts)?)?;
        out.set_item(intern!(py, "transactions"), PyList::new(py, txs)?)?;
        Ok(out)
    }
}

/// Describes a session error for Python: kind, phase, reply, and the pieces of its message.
pub fn session_error_fields<'py>(e: &SessionError, d: &Bound<'py, PyDict>) -> PyResult<()> {
    let described = describe(e);
    d.set_item("kind", described.kind)?;
    d.set_item("phase", e.phase.name())?;
    d.set_item("detail", e.kind.to_string())?;
    d.set_item("description", e.to_string())?;
    d.set_item("limit", described.limit.map(secs))?;
    d.set_item("deadline", described.deadline)?;
    d.set_item("errno", described.errno)?;
    if let resilient_smtp::ErrorKind::RecipientsRefused(list) = &e.kind {
        // What this server refused in this transaction (a 421 ended it: smtplib's SMTPRecipientsRefused dict).
        d.set_item("refused_here", refused_dict(d.py(), list)?)?;
    }
    let reply = described.reply;
    d.set_item("smtp_code", reply.as_ref().map(|r| r.code))?;
    d.set_item("smtp_text", reply.as_ref().map(|r| r.text()))?;
    d.set_item(
        "enhanced_code",
        reply.as_ref().and_then(|r| r.enhanced).map(|e| e.to_string()),
    )?;
    Ok(())
}

/// The one mapping from core errors to Python exceptions: the class is chosen by `resilient_smtp.errors._from_core`
/// from the kind, phase and reply, so every exception the package raises is built in one place.
pub fn failure_to_pyerr(py: Python<'_>, f: &Failure, sender: Option<String>) -> PyErr {
    let build = || -> PyResult<PyErr> {
        static FROM_CORE: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
        let from_core = FROM_CORE.get_or_try_init(py, || -> PyResult<_> {
            Ok(py.import("resilient_smtp.errors")?.getattr("_from_core")?.unbind())
        })?;
        let d = PyDict::new(py);
        session_error_fields(&f.error, &d)?;
        d.set_item("host", &f.host)?;
        d.set_item("ip", f.ip.map(|ip| ip.to_string()))?;
        d.set_item("port", f.port)?;
        d.set_item("transient", f.trouble == Trouble::Transient)?;
        d.set_item("maybe_delivered", f.trouble == Trouble::Uncertain)?;
        d.set_item("elapsed", secs(f.elapsed))?;
        d.set_item("attempts", attempts_list(py, &f.attempts)?)?;
        d.set_item("retry_after", f.retry_after.map(secs))?;
        d.set_item("refused", refused_dict(py, &f.refused)?)?;
        d.set_item("message", f.to_string())?;
        d.set_item("sender", sender)?;
        let exc = from_core.bind(py).call1((d,))?;
        Ok(PyErr::from_value(exc))
    };
    build().unwrap_or_else(|e| e)
}

/// A storage failure of the outbox, as `resilient_smtp.errors.OutboxError`.
pub fn store_error(e: StoreError) -> PyErr {
    Python::attach(|py| {
        static CLASS: PyOnceLock<Py<pyo3::types::PyType>> = PyOnceLock::new();
        match CLASS.import(py, "resilient_smtp.errors", "OutboxError") {
            Ok(cls) => PyErr::from_type(cls.clone(), e.0),
            Err(err) => err,
        }
    })
}

pub fn error_to_pyerr(py: Python<'_>, e: Error, sender: Option<String>) -> PyErr {
    match e {
        Error::Input(i) => value_error(i),
        Error::Delivery(f) => failure_to_pyerr(py, &f, sender),
    }
}
