//! `_core.Outbox`: the queue's bindings. They convert: entries in (checked before anything is stored), status dicts
//! out, and `work()` runs the core worker on the shared runtime with the GIL released, calling the Python
//! `dispatch` (the hooks) only when a hook is set.

use std::sync::Arc;
use std::time::Duration;

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};
use rand::Rng;

use super::client::Client;
use super::convert::{store_error, value_error};
use super::email::{new_message_id, MessagePreparer};
use super::prepare;
use super::run::{run_blocking, runtime, sync_log_level, wait_task_for};
use resilient_smtp::{
    unix_now as now, Envelope, NewMessage, OutboxConfig, OutboxStatus as Status, OutboxTemplate as Template, PutFeed,
    Retried, Route, Store, Worker, WorkerStop as Stop, STATES,
};

/// How often `work()` hands the hooks what happened meanwhile (and checks for signals).
const DISPATCH_EVERY: Duration = Duration::from_millis(50);

#[pyclass(module = "resilient_smtp._core", frozen)]
pub struct Outbox {
    store: Arc<Store>,
    template: Arc<Template>,
    schedule: resilient_smtp::Schedule,
    stop: Arc<Stop>,
    relays: Option<String>,
}

/// `(data, sender, recipients, message_id, key)`: an item prepared, its Message-ID in its data.
type Entry = (Vec<u8>, String, Vec<String>, String, Option<String>);

/// Messages per chunk of a put's feed: a few milliseconds of preparation each, so the store starts at once.
const FEED_CHUNK: usize = 256;

const BAD_ITEM: &str = "an item is a message or (message, sender, recipients[, key])";
const NO_RECIPIENTS: &str = "no recipients: pass recipients= or give the message To/Cc/Bcc headers";

/// 32 hex digits, time-ordered: the milliseconds since the epoch (12 digits), then 80 random bits (unique across
/// machines without coordination). Ids that grow with time are appended at the end of the indexes that hold them,
/// where random ones each went to a page of their own (a put wrote, and a claim read, one index page per message).
fn new_id() -> String {
    let ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis());
    let random = rand::rng().random::<u128>() & ((1 << 80) - 1);
    format!("{:012x}{random:020x}", ms & ((1 << 48) - 1))
}

fn status_dict<'py>(py: Python<'py>, s: Status) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("id", s.id)?;
    d.set_item("key", s.key)?;
    d.set_item("state", s.state)?;
    d.set_item("dest", s.dest)?;
    d.set_item("sender", s.sender)?;
    d.set_item("recipients", s.recipients)?;
    d.set_item("message_id", s.message_id)?;
    d.set_item("attempts", s.attempts)?;
    d.set_item("created", s.created)?;
    d.set_item("updated", s.updated)?;
    d.set_item("next_attempt", s.next_attempt)?;
    d.set_item("error", s.error)?;
    d.set_item("result", s.result)?;
    d.set_item("recipient_log", s.recipient_log)?;
    d.set_item("lease_owner", s.lease_owner)?;
    Ok(d)
}

#[pymethods]
impl Outbox {
    #[new]
    #[pyo3(signature = (target, client, *, first_retry, max_retry_delay, lifetime))]
    fn new(
        py: Python<'_>,
        target: String,
        client: &Bound<'_, Client>,
        first_retry: f64,
        max_retry_delay: f64,
        lifetime: f64,
    ) -> PyResult<Outbox> {
        let schedule = OutboxConfig {
            first_retry,
            max_retry_delay,
            lifetime,
        }
        .validate()
        .map_err(value_error)?;
        let template = Arc::new(Template::from_client(&client.get().core));
        let relays = match &template.route {
            Route::Relays(list) => Some(
                list.iter()
                    .map(|h| format!("{}:{}", h.host, h.port.unwrap_or(template.default_port)))
                    .collect::<Vec<_>>()
                    .join(","),
            ),
            _ => None,
        };
        let store = run_blocking(py, async move { Store::open(&target).await })?.map_err(store_error)?;
        Ok(Outbox {
            store: Arc::new(store),
            template,
            schedule,
            stop: Arc::new(Stop::default()),
            relays,
        })
    }

    /// Queues the items (each a message or `(message, sender, recipients[, key])`) in one transaction, each prepared
    /// and checked before it is stored (a bad one raises, and none is queued); returns their ids (for a key already
    /// queued, the first id). `prepare(message, sender, recipients)` is the Python route, for what [`prepare`] does not
    /// take natively: `(data, sender, recipients, message_id)`; `native`: the preparer and the Message-ID domain.
    fn put(
        &self,
        py: Python<'_>,
        items: &Bound<'_, PyAny>,
        prepare: &Bound<'_, PyAny>,
        native: (Py<MessagePreparer>, String),
    ) -> PyResult<Vec<String>> {
        // The caller's iteration first, whole: its code (a generator's) may use this outbox, whose writer the put
        // holds from its first chunk on.
        let mut all = Vec::with_capacity(items.len().unwrap_or(0));
        for item in items.try_iter()? {
            all.push(item?);
        }
        let (feed, rx) = tokio::sync::mpsc::unbounded_channel();
        let store = self.store.clone();
        let mut stored = runtime().spawn(async move { store.put_fed(rx).await });
        let fed = self.feed(&all, prepare, &native, &feed);
        if fed.is_ok() {
            let _ = feed.send(PutFeed::End);
        }
        // Closed without its end after a bad item: the store rolls back what it was fed, and is waited for, so that
        // nothing of this put is left in flight when its error is raised.
        drop(feed);
        let stored = wait_task_for(py, &mut stored, None)?.expect("no limit to give up at");
        fed?;
        stored.map_err(store_error)
    }

    /// Runs a worker until stopped (or idle, with `until_idle`); `dispatch(events)` gets `[(id, state, record)]`
    /// batches of outcomes when given. Returns `(sent, deferred, failed, uncertain)`.
    #[pyo3(signature = (concurrency, until_idle, dispatch=None))]
    fn work(
        &self,
        py: Python<'_>,
        concurrency: usize,
        until_idle: bool,
        dispatch: Option<Py<PyAny>>,
    ) -> PyResult<(u64, u64, u64, u64)> {
        if concurrency == 0 {
            return Err(PyValueError::new_err("concurrency must be at least 1"));
        }
        sync_log_level(py)?;
        let (events, mut received) = match dispatch {
            Some(_) => {
                let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
                (Some(tx), Some(rx))
            }
            None => (None, None),
        };
        self.stop.clear();
        let worker = Arc::new(Worker::new(
            self.store.clone(),
            self.template.clone(),
            self.schedule,
            events,
            self.stop.clone(),
        ));
        let mut handle = runtime().spawn(worker.run(concurrency, until_idle));
        let mut interrupted: Option<PyErr> = None;
        loop {
            let waited = wait_task_for(py, &mut handle, Some(DISPATCH_EVERY));
            if let (Some(rx), Some(dispatch)) = (received.as_mut(), dispatch.as_ref()) {
                let mut batch = Vec::new();
                while let Ok(e) = rx.try_recv() {
                    batch.push((e.id, e.state, e.record));
                }
                if !batch.is_empty() {
                    dispatch.bind(py).call1((PyList::new(py, batch)?,))?;
                }
            }
            match waited {
                Ok(Some(joined)) => {
                    if let Some(e) = interrupted {
                        return Err(e);
                    }
                    let report = joined.map_err(store_error)?;
                    return Ok((report.sent, report.deferred, report.failed, report.uncertain));
                }
                Ok(None) => {}
                Err(e) if interrupted.is_none() => {
                    // Ctrl-C (or a signal handler's exception): stop claiming, finish what is in flight, then raise.
                    self.stop.request();
                    interrupted = Some(e);
                }
                Err(e) => {
                    // A second one: give up on what is in flight (its leases expire, or a restarted worker takes
                    // them over at once).
                    handle.abort();
                    return Err(e);
                }
            }
        }
    }

    /// Asks a running `work()` to return once what is in flight is done (safe from a signal handler).
    fn stop(&self) {
        self.stop.request();
    }

    fn status<'py>(&self, py: Python<'py>, id: String) -> PyResult<Option<Bound<'py, PyDict>>> {
        let store = self.store.clone();
        let found = run_blocking(py, async move { store.status(&id).await })?.map_err(store_error)?;
        found.map(|s| status_dict(py, s)).transpose()
    }

    fn stats<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let store = self.store.clone();
        let counts = run_blocking(py, async move { store.stats().await })?.map_err(store_error)?;
        let d = PyDict::new(py);
        for state in STATES {
            d.set_item(state, 0)?;
        }
        for (state, n) in counts {
            d.set_item(state, n)?;
        }
        Ok(d)
    }

    #[pyo3(signature = (state=None, limit=100))]
    fn list<'py>(&self, py: Python<'py>, state: Option<String>, limit: i64) -> PyResult<Bound<'py, PyList>> {
        if let Some(s) = &state {
            check_state(s)?;
        }
        let store = self.store.clone();
        let rows = run_blocking(py, async move { store.list(state, limit).await })?.map_err(store_error)?;
        PyList::new(
            py,
            rows.into_iter()
                .map(|s| status_dict(py, s))
                .collect::<PyResult<Vec<_>>>()?,
        )
    }

    /// `"queued"`, `"not_found"`, or the state that refused it.
    fn retry(&self, py: Python<'_>, id: String, uncertain: bool) -> PyResult<String> {
        let store = self.store.clone();
        let out = run_blocking(py, async move { store.retry(&id, uncertain, now()).await })?.map_err(store_error)?;
        Ok(match out {
            Retried::Queued => "queued".into(),
            Retried::NotFound => "not_found".into(),
            Retried::Refused(state) => state,
        })
    }

    fn purge(&self, py: Python<'_>, state: String, older_than: f64) -> PyResult<u64> {
        check_state(&state)?;
        if !(older_than.is_finite() && older_than >= 0.0) {
            return Err(PyValueError::new_err("older_than must be a number of seconds >= 0"));
        }
        let store = self.store.clone();
        let before = now() - older_than;
        run_blocking(py, async move { store.purge(&state, before).await })?.map_err(store_error)
    }

    /// The lease a delivery gets: its deadline plus a margin (seconds).
    #[getter]
    fn lease(&self) -> f64 {
        self.template.lease()
    }
}

/// One item of `put`, checked as `Outbox.put_many` documents it: the key first, then the message's preparation
/// (natively where [`prepare`] takes it, else through the Python route), at least one recipient, and a Message-ID.
fn entry(
    item: &Bound<'_, PyAny>,
    python: &Bound<'_, PyAny>,
    native: &(Py<MessagePreparer>, String),
) -> PyResult<Entry> {
    let py = item.py();
    let none = py.None().into_bound(py);
    let (message, sender, recipients, key) = match item.cast::<PyTuple>() {
        Ok(t) if (1..=4).contains(&t.len()) => {
            let part = |i: usize| if i < t.len() { t.get_item(i) } else { Ok(none.clone()) };
            (part(0)?, part(1)?, part(2)?, part(3)?)
        }
        Ok(_) => return Err(PyValueError::new_err(BAD_ITEM)),
        Err(_) => (item.clone(), none.clone(), none.clone(), none),
    };
    let key = match key.cast::<PyString>() {
        Ok(key) => Some(key.to_cow()?.into_owned()),
        Err(_) if key.is_none() => None,
        Err(_) => {
            let name = key.get_type().name()?;
            return Err(PyTypeError::new_err(format!("key must be a string, not {name}")));
        }
    };
    let (data, sender, recipients, message_id) = match prepare::prepare(&message, &sender, &recipients, Some(native))? {
        Some(prepared) => prepared,
        None => python
            .call1((message, sender, recipients))?
            .extract::<prepare::Prepared<'_>>()?,
    };
    if recipients.is_empty() {
        return Err(PyValueError::new_err(NO_RECIPIENTS));
    }
    let (data, message_id) = with_message_id(data.as_bytes(), message_id, &native.1);
    Ok((data, sender, recipients, message_id, key))
}

/// The data with a Message-ID header (one added as its first line if missing): every resend carries the same one.
fn with_message_id(data: &[u8], message_id: Option<String>, domain: &str) -> (Vec<u8>, String) {
    match message_id {
        Some(id) if !id.is_empty() => (data.to_vec(), id),
        _ => {
            let id = new_message_id(domain);
            let mut out = Vec::with_capacity("Message-ID: \r\n".len() + id.len() + data.len());
            out.extend_from_slice(b"Message-ID: ");
            out.extend_from_slice(id.as_bytes());
            out.extend_from_slice(b"\r\n");
            out.extend_from_slice(data);
            (out, id)
        }
    }
}

fn check_state(state: &str) -> PyResult<()> {
    if STATES.contains(&state) {
        Ok(())
    } else {
        Err(PyValueError::new_err(format!(
            "state must be one of {}, not {state:?}",
            STATES.join(", ")
        )))
    }
}

impl Outbox {
    /// Prepares and checks the items, sending them to the put's feed [`FEED_CHUNK`] at a time (the store writes one
    /// chunk while the next is prepared); stops at the first bad item, with its error.
    fn feed(
        &self,
        items: &[Bound<'_, PyAny>],
        prepare: &Bound<'_, PyAny>,
        native: &(Py<MessagePreparer>, String),
        feed: &tokio::sync::mpsc::UnboundedSender<PutFeed>,
    ) -> PyResult<()> {
        let created = now();
        for chunk in items.chunks(FEED_CHUNK) {
            let mut messages = Vec::with_capacity(chunk.len());
            for item in chunk {
                let (data, sender, recipients, message_id, key) = entry(item, prepare, native)?;
                let envelope = Envelope::new(&sender, &recipients, Vec::new(), Vec::new()).map_err(value_error)?;
                messages.push(NewMessage {
                    id: new_id(),
                    key,
                    dest: self.destination(&envelope),
                    sender,
                    recipients: envelope.recipients.iter().map(|a| a.to_string()).collect(),
                    data,
                    message_id: Some(message_id),
                    created,
                });
            }
            // A store that stopped (its error comes from the put's task) is fed no further.
            if feed.send(PutFeed::Messages(messages)).is_err() {
                break;
            }
        }
        Ok(())
    }

    /// The destination an entry shares backoff and limits with: the relays, or its recipients' domains (MX).
    fn destination(&self, envelope: &Envelope) -> String {
        if let Some(relays) = &self.relays {
            format!("relay:{relays}")
        } else {
            let mut domains: Vec<String> = envelope
                .recipients
                .iter()
                .map(|r| r.domain().unwrap_or_default().to_ascii_lowercase())
                .collect();
            domains.sort();
            domains.dedup();
            format!("mx:{}", domains.join(","))
        }
    }
}
