//! Bulk sending: a Python iterator of prepared messages in, outcomes out in input order.
//!
//! The consuming thread pulls items from the iterator (with the GIL) only while fewer than `window` outcomes are
//! pending, so a generator of any length is never materialized; each item becomes a task on the shared runtime that
//! first takes one of `concurrency` permits, so at most that many transactions are in flight (on pooled, pipelined
//! connections). Waiting for the oldest outcome releases the GIL. Dropping the stream aborts what is still running.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyIterator};
use tokio::sync::Semaphore;
use tokio::task::JoinHandle;

use super::client::Client;
use super::convert::{delivery_to_py, error_to_pyerr, value_error};
use super::run::{runtime, wait_task};
use crate::deliver::Delivery;
use crate::error::{Error, Failure};

type Outcome = Result<Delivery, Box<Failure>>;
/// `(ok, result dict or exception, tag)`.
type Item = (bool, Py<PyAny>, Py<PyAny>);

enum Slot {
    Ready(PyErr, Py<PyAny>),
    Running(JoinHandle<Outcome>, Option<String>, Py<PyAny>),
}

struct State {
    source: Option<Py<PyIterator>>,
    queue: VecDeque<Slot>,
}

impl Drop for State {
    fn drop(&mut self) {
        for slot in &self.queue {
            if let Slot::Running(handle, _, _) = slot {
                handle.abort();
            }
        }
    }
}

/// The iterator `Client.stream()` returns: `(ok, SendResult dict or exception, tag)` per item, in input order.
#[pyclass(module = "resilient_smtp._core", frozen)]
pub struct Stream {
    client: Py<Client>,
    window: usize,
    permits: Arc<Semaphore>,
    mail_options: Vec<String>,
    rcpt_options: Vec<String>,
    state: Mutex<State>,
}

impl Stream {
    pub fn new(
        client: &Bound<'_, Client>,
        items: &Bound<'_, PyAny>,
        concurrency: usize,
        window: usize,
        mail_options: Vec<String>,
        rcpt_options: Vec<String>,
    ) -> PyResult<Stream> {
        if concurrency == 0 {
            return Err(PyValueError::new_err("concurrency must be at least 1"));
        }
        Ok(Stream {
            client: client.clone().unbind(),
            window: window.max(concurrency),
            permits: Arc::new(Semaphore::new(concurrency)),
            mail_options,
            rcpt_options,
            state: Mutex::new(State {
                source: Some(items.try_iter()?.unbind()),
                queue: VecDeque::new(),
            }),
        })
    }

    fn start(&self, py: Python<'_>, item: &Bound<'_, PyAny>) -> PyResult<Slot> {
        if let Ok(exc) = item.cast::<pyo3::exceptions::PyBaseException>() {
            return Ok(Slot::Ready(
                PyErr::from_value(exc.clone().into_any()),
                py.None(),
            ));
        }
        let (data, sender, recipients, tag): (Bound<'_, PyBytes>, String, Vec<String>, Py<PyAny>) =
            item.extract()?;
        let client = self.client.get();
        match client.build_request(
            data.as_bytes(),
            &sender,
            &recipients,
            self.mail_options.clone(),
            self.rcpt_options.clone(),
        ) {
            Err(e) => Ok(Slot::Ready(value_error(e), tag)),
            Ok(req) => {
                let sender = req.envelope.sender.as_ref().map(|a| a.to_string());
                let deliverer = client.deliverer().clone();
                let permits = self.permits.clone();
                let handle = runtime().spawn(async move {
                    let _permit = permits.acquire_owned().await.expect("never closed");
                    deliverer.deliver(&req).await
                });
                Ok(Slot::Running(handle, sender, tag))
            }
        }
    }
}

#[pymethods]
impl Stream {
    fn __iter__(slf: Py<Self>) -> Py<Self> {
        slf
    }

    fn __next__(&self, py: Python<'_>) -> PyResult<Option<Item>> {
        let mut state = self
            .state
            .try_lock()
            .map_err(|_| PyRuntimeError::new_err("this stream is being read by another thread"))?;
        while state.queue.len() < self.window {
            let Some(source) = state.source.as_ref().map(|s| s.clone_ref(py)) else {
                break;
            };
            match source.bind(py).clone().next() {
                None => state.source = None,
                Some(Err(e)) => {
                    state.source = None;
                    return Err(e);
                }
                Some(Ok(item)) => {
                    let slot = self.start(py, &item)?;
                    state.queue.push_back(slot);
                }
            }
        }
        let Some(slot) = state.queue.pop_front() else {
            return Ok(None);
        };
        match slot {
            Slot::Ready(err, tag) => Ok(Some((false, err.into_value(py).into_any(), tag))),
            Slot::Running(mut handle, sender, tag) => {
                let out = match wait_task(py, &mut handle) {
                    Ok(out) => out,
                    Err(e) => {
                        handle.abort();
                        return Err(e);
                    }
                };
                Ok(Some(match out {
                    Ok(d) => (true, delivery_to_py(py, &d)?, tag),
                    Err(f) => (
                        false,
                        error_to_pyerr(py, Error::Delivery(f), sender)
                            .into_value(py)
                            .into_any(),
                        tag,
                    ),
                }))
            }
        }
    }

    /// Aborts every delivery still running (their connections are closed, never reused) and stops reading items.
    fn close(&self, py: Python<'_>) {
        if let Ok(mut state) = self.state.lock() {
            state.source = None;
            for slot in state.queue.drain(..) {
                if let Slot::Running(handle, _, _) = slot {
                    handle.abort();
                }
            }
        }
        let _ = py;
    }
}
