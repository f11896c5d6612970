//! Bulk sending: a Python iterator of messages in, outcomes out in input order.
//!
//! Pre-serialized `(bytes, sender, recipients)` items and plain single-part messages are prepared natively, without
//! a Python call per item ([`prepare`](super::prepare), shared with the outbox's put); any other item goes through
//! the `prepare` callable given (the same preparation as `send()`).
//!
//! The consuming thread pulls items from the iterator (with the GIL) only while fewer than `window` deliveries are
//! unfinished and fewer than [`OUTCOMES_AHEAD`] outcomes wait to be taken, so a generator of any length is never
//! materialized; each item becomes a delivery (a future, not a task: see [`Lanes`]) that first takes one of
//! `concurrency` permits, so at most that many transactions are in flight (on pooled, pipelined connections).
//! Waiting for the oldest outcome releases the GIL, and ends early whenever a younger delivery finishes and makes
//! room: a slow head holds back its own outcome, never the other connections' next messages (issue 15 item 8).
//! Dropping the stream aborts what is still running.

use std::any::Any;
use std::collections::VecDeque;
use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::stream::FuturesUnordered;
use futures::{FutureExt, StreamExt};

use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyIterator, PyString, PyTuple};
use tokio::sync::{mpsc, oneshot, Notify, Semaphore};
use tokio::task::JoinHandle;

use super::client::Client;
use super::convert::{error_to_pyerr, send_result, value_error};
use super::email::MessagePreparer;
use super::prepare;
use super::run::{guard, internal_error, runtime, wait_for};
use resilient_smtp::{Delivery, Error, Failure, SenderMemo};

type Outcome = Result<Delivery, Box<Failure>>;
/// A delivery's outcome, or what it panicked with (that delivery's RuntimeError, not the lane's end).
type Joined = Result<Outcome, Box<dyn Any + Send>>;
enum Slot {
    /// Failed before it started (a bad item).
    Ready(PyErr),
    Running(oneshot::Receiver<Joined>, Option<String>, Py<PyAny>),
    Done(Outcome, Option<String>, Py<PyAny>),
}

impl Slot {
    /// Whether the slot is running and its outcome has not come yet; one that came is kept in the slot.
    fn unfinished(&mut self, py: Python<'_>) -> bool {
        let Slot::Running(rx, sender, tag) = self else {
            return false;
        };
        match rx.try_recv() {
            Err(oneshot::error::TryRecvError::Empty) => true,
            got => {
                let (sender, tag) = (sender.take(), tag.clone_ref(py));
                *self = settled(got.map_err(|_| ()), sender, tag);
                false
            }
        }
    }
}

/// A delivery's slot once its outcome came: a panic is that item's outcome, the internal error it is (in its place,
/// the other items' outcomes still come); a delivery dropped unanswered (its lane aborted) a failed task.
fn settled(got: Result<Joined, ()>, sender: Option<String>, tag: Py<PyAny>) -> Slot {
    match got {
        Ok(Ok(out)) => Slot::Done(out, sender, tag),
        Ok(Err(payload)) => Slot::Ready(internal_error(&*payload)),
        Err(()) => Slot::Ready(PyRuntimeError::new_err("delivery task failed: cancelled")),
    }
}

/// One delivery of the stream, boxed for its lane.
type Job = Pin<Box<dyn Future<Output = ()> + Send>>;

/// The tasks a stream's deliveries run in. A task per message cost more than the pipelined transaction it ran
/// (spawning, scheduling, the join; issue 11): a lane is one task that polls many deliveries at once, each a future
/// in its `FuturesUnordered`, so a delivery handing its parked session to the next one, or taking a permit one
/// released, wakes a future in the same task. One lane per runtime worker (at most `concurrency`), items dealt
/// round-robin: what runs at once is still bounded by the permits alone. Dropped (the stream closed or dropped),
/// the lanes are aborted, and every delivery in them dropped (connections closed, parked content never sent).
struct Lanes {
    jobs: Vec<mpsc::UnboundedSender<Job>>,
    handles: Vec<JoinHandle<()>>,
    next: usize,
}

impl Lanes {
    fn new(concurrency: usize) -> Lanes {
        let rt = runtime();
        let count = rt.metrics().num_workers().clamp(1, concurrency.max(1));
        let (jobs, handles) = (0..count)
            .map(|_| {
                let (to, from) = mpsc::unbounded_channel();
                (to, rt.spawn(lane(from)))
            })
            .unzip();
        Lanes { jobs, handles, next: 0 }
    }

    fn run(&mut self, job: Job) {
        let i = self.next % self.jobs.len();
        self.next = self.next.wrapping_add(1);
        // (A lane ends only when aborted, which drops the stream's state first: the send cannot fail while we run.)
        let _ = self.jobs[i].send(job);
    }
}

impl Drop for Lanes {
    fn drop(&mut self) {
        for handle in &self.handles {
            handle.abort();
        }
    }
}

/// A lane: takes deliveries as they come and drives all of them until the stream goes.
async fn lane(mut jobs: mpsc::UnboundedReceiver<Job>) {
    let mut running: FuturesUnordered<Job> = FuturesUnordered::new();
    let mut open = true;
    loop {
        tokio::select! {
            biased;
            Some(()) = running.next(), if !running.is_empty() => {}
            job = jobs.recv(), if open => match job {
                Some(job) => {
                    running.push(job);
                    // A burst is taken at once: one wake-up of this task for a refill.
                    while let Ok(job) = jobs.try_recv() {
                        running.push(job);
                    }
                }
                None => open = false,
            },
            else => return,
        }
    }
}

/// Outcomes waited for per wake-up of the consuming thread, and for how long at most (see `__next__`).
const WAKE_BATCH: usize = 16;
const WAKE_WAIT: Duration = Duration::from_millis(2);
/// Finished outcomes kept for the consumer behind an unfinished head, at most (~2 kB each): with 2 % of final replies
/// a second late, 2048 keep 8 connections busy through the stalls (2000 messages in ~5 s, not 21 s).
const OUTCOMES_AHEAD: usize = 2048;
/// How long an unfinished head is waited for before younger deliveries' room is used to start more.
const HEAD_PATIENCE: Duration = Duration::from_millis(10);

/// Deliveries started and not finished, and a wake-up for the consumer each time one finishes.
#[derive(Default)]
struct Unfinished {
    count: AtomicUsize,
    finished: Notify,
}

/// Counts one delivery as unfinished for as long as it lives (finished, failed or aborted).
struct Running(Arc<Unfinished>);

impl Running {
    fn new(unfinished: &Arc<Unfinished>) -> Running {
        unfinished.count.fetch_add(1, Ordering::Relaxed);
        Running(unfinished.clone())
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        self.0.count.fetch_sub(1, Ordering::Relaxed);
        self.0.finished.notify_one();
    }
}

struct State {
    source: Option<Py<PyIterator>>,
    queue: VecDeque<Slot>,
    /// None once closed.
    lanes: Option<Lanes>,
    /// What the caller's iterator raised: no item is read after it, and it is raised once the outcome of every
    /// item read before it has been given (the deliveries in flight finish: none is cut off after its ".").
    failed: Option<PyErr>,
    senders: SenderMemo,
}

/// Waits (GIL released) for a running slot's outcome and keeps it in the slot.
fn wait_slot(py: Python<'_>, slot: &mut Slot) -> PyResult<()> {
    wait_slot_for(py, slot, None)
}

/// [`wait_slot`], for at most `limit` if one is given (the slot then stays running), checking for signals every 50 ms.
fn wait_slot_for(py: Python<'_>, slot: &mut Slot, limit: Option<Duration>) -> PyResult<()> {
    if !slot.unfinished(py) {
        return Ok(());
    }
    let Slot::Running(rx, sender, tag) = slot else {
        return Ok(());
    };
    let got = wait_for(py, rx, limit)?.map(|got| got.map_err(|_| ()));
    if let Some(got) = got {
        *slot = settled(got, sender.take(), tag.clone_ref(py));
    }
    Ok(())
}

/// Waits (GIL released) until the running `slot` finishes, keeping its outcome in it (then true), or until younger
/// deliveries finishing bring the unfinished count down to `low` (false: room to start more).
fn wait_slot_or_room(py: Python<'_>, slot: &mut Slot, unfinished: &Unfinished, low: usize) -> PyResult<bool> {
    // A head that is merely not done yet (the usual case) is waited for a moment first: the stream reads only a
    // little ahead then; a stalled one lets the other connections go on.
    wait_slot_for(py, slot, Some(HEAD_PATIENCE))?;
    let Slot::Running(rx, sender, tag) = slot else {
        return Ok(true);
    };
    let got = py.detach(|| {
        runtime().block_on(async {
            loop {
                let finished = unfinished.finished.notified();
                tokio::pin!(finished);
                finished.as_mut().enable();
                if unfinished.count.load(Ordering::Relaxed) <= low {
                    return PyResult::Ok(None);
                }
                tokio::select! {
                    got = &mut *rx => return Ok(Some(got.map_err(|_| ()))),
                    () = &mut finished => {}
                    () = tokio::time::sleep(Duration::from_millis(50)) => Python::attach(|py| py.check_signals())?,
                }
            }
        })
    })?;
    let Some(got) = got else {
        return Ok(false);
    };
    *slot = settled(got, sender.take(), tag.clone_ref(py));
    Ok(true)
}

/// The iterator `Client.stream()` returns: per item, in input order, its `SendResult` or the exception it failed with.
#[pyclass(module = "resilient_smtp._core", frozen)]
pub struct Stream {
    client: Py<Client>,
    prepare: Py<PyAny>,
    /// The native preparation of plain messages, and the Message-ID domain it uses.
    messages: Option<(Py<MessagePreparer>, String)>,
    window: usize,
    concurrency: usize,
    permits: Arc<Semaphore>,
    unfinished: Arc<Unfinished>,
    mail_options: Vec<String>,
    rcpt_options: Vec<String>,
    state: Mutex<State>,
}

impl Stream {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        client: &Bound<'_, Client>,
        items: &Bound<'_, PyAny>,
        prepare: &Bound<'_, PyAny>,
        native: Option<(Py<MessagePreparer>, String)>,
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
            prepare: prepare.clone().unbind(),
            messages: native,
            window: window.max(concurrency),
            concurrency,
            permits: Arc::new(Semaphore::new(concurrency)),
            unfinished: Arc::default(),
            mail_options,
            rcpt_options,
            state: Mutex::new(State {
                source: Some(items.try_iter()?.unbind()),
                queue: VecDeque::new(),
                lanes: Some(Lanes::new(concurrency)),
                failed: None,
                senders: SenderMemo::default(),
            }),
        })
    }

    /// A `(message, sender, recipients)` tuple or a message prepared natively, or None (the `prepare` callable
    /// decides).
    fn prepare_natively<'py>(&self, item: &Bound<'py, PyAny>) -> PyResult<Option<Prepared<'py>>> {
        let py = item.py();
        let none = py.None().into_bound(py);
        let prepared = match item.cast_exact::<PyTuple>() {
            Ok(t) if t.len() == 3 => prepare::prepare(
                &*t.get_borrowed_item(0)?,
                &*t.get_borrowed_item(1)?,
                &*t.get_borrowed_item(2)?,
                self.messages.as_ref(),
            )?,
            Ok(_) => None,
            Err(_) => prepare::prepare(item, &none, &none, self.messages.as_ref())?,
        };
        Ok(prepared.map(|(data, sender, recipients, id)| {
            let tag = id.map_or_else(|| py.None(), |id| PyString::new(py, &id).into_any().unbind());
            (data, sender, recipients, tag)
        }))
    }

    /// The item through the `prepare` callable: its preparation, or the exception that is its outcome (Err only
    /// for what stops the stream, such as KeyboardInterrupt).
    fn prepare_in_python<'py>(
        &self,
        py: Python<'py>,
        item: &Bound<'py, PyAny>,
    ) -> PyResult<Result<Prepared<'py>, PyErr>> {
        let prepared = match self.prepare.bind(py).call1((item,)) {
            Ok(prepared) => prepared,
            // An item that cannot be prepared is that item's outcome; KeyboardInterrupt and the like stop.
            Err(e) if e.is_instance_of::<pyo3::exceptions::PyException>(py) => return Ok(Err(e)),
            Err(e) => return Err(e),
        };
        if let Ok(exc) = prepared.cast::<pyo3::exceptions::PyBaseException>() {
            return Ok(Err(PyErr::from_value(exc.clone().into_any())));
        }
        Ok(prepared.extract::<Prepared<'_>>())
    }

    fn start(
        &self,
        py: Python<'_>,
        item: &Bound<'_, PyAny>,
        lanes: &mut Lanes,
        senders: &mut SenderMemo,
    ) -> PyResult<Slot> {
        // An item that cannot be read (a string that is not valid Unicode...) is that item's failed outcome.
        let prepared = match self.prepare_natively(item) {
            Err(e) if e.is_instance_of::<pyo3::exceptions::PyException>(py) => return Ok(Slot::Ready(e)),
            Err(e) => return Err(e),
            Ok(Some(prepared)) => Ok(prepared),
            Ok(None) => self.prepare_in_python(py, item)?,
        };
        let (data, sender, recipients, tag) = match prepared {
            Ok(prepared) => prepared,
            Err(e) => return Ok(Slot::Ready(e)),
        };
        let client = self.client.get();
        let request = senders.parse(&sender).and_then(|sender| {
            client.core.request_from(
                data.as_bytes(),
                sender,
                &recipients,
                self.mail_options.clone(),
                self.rcpt_options.clone(),
            )
        });
        match request {
            Err(e) => Ok(Slot::Ready(value_error(e))),
            Ok(req) => {
                let sender = req.envelope.sender.as_ref().map(|a| AsRef::<str>::as_ref(a).to_owned());
                let (deliverer, gates) = (client.core.deliverer.clone(), client.core.gates.clone());
                let permits = self.permits.clone();
                let running = Running::new(&self.unfinished);
                let (mut done, rx) = oneshot::channel();
                lanes.run(Box::pin(async move {
                    // Dropped last: the outcome is there before the consumer is told a delivery finished.
                    let _running = running;
                    let delivery = AssertUnwindSafe(async {
                        // Admitted before taking a concurrency permit: see the gate module on why.
                        let _admitted = resilient_smtp::admit(gates.as_deref(), &req).await;
                        resilient_smtp::bulk_delivery(permits, deliverer.deliver(&req)).await
                    });
                    // A slot dropped (the stream closed, or its wait interrupted) aborts its delivery, as aborting
                    // its task did.
                    let out = tokio::select! {
                        out = delivery.catch_unwind() => out,
                        () = done.closed() => return,
                    };
                    let _ = done.send(out);
                }));
                Ok(Slot::Running(rx, sender, tag))
            }
        }
    }

    /// Starts items (in a burst, see `__next__`) while fewer than `window` deliveries are unfinished.
    fn refill(&self, py: Python<'_>, state: &mut State) -> PyResult<()> {
        let unfinished = || self.unfinished.count.load(Ordering::Relaxed);
        if unfinished() > self.window / 2 {
            return Ok(());
        }
        while unfinished() < self.window && state.queue.len() < OUTCOMES_AHEAD {
            let Some(source) = state.source.as_ref().map(|s| s.clone_ref(py)) else {
                break;
            };
            match source.bind(py).clone().next() {
                None => state.source = None,
                Some(Err(e)) => {
                    state.source = None;
                    state.failed = Some(e);
                }
                Some(Ok(item)) => {
                    let Some(lanes) = state.lanes.as_mut() else {
                        break;
                    };
                    let slot = self.start(py, &item, lanes, &mut state.senders)?;
                    state.queue.push_back(slot);
                }
            }
        }
        Ok(())
    }
}

type Prepared<'py> = (Bound<'py, PyBytes>, String, Vec<String>, Py<PyAny>);

#[pymethods]
impl Stream {
    fn __iter__(slf: Py<Self>) -> Py<Self> {
        slf
    }

    fn __next__(&self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        guard(|| self.next_outcome(py))
    }

    /// Reads no more items; the deliveries already started go on, and their outcomes still come.
    fn stop(&self) {
        if let Ok(mut state) = self.state.lock() {
            state.source = None;
        }
    }

    /// Aborts every delivery still running (their connections are closed, never reused) and stops reading items.
    fn close(&self, py: Python<'_>) {
        if let Ok(mut state) = self.state.lock() {
            state.source = None;
            state.queue.clear();
            state.lanes = None;
        }
        let _ = py;
    }
}

impl Stream {
    fn next_outcome(&self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        let mut state = self
            .state
            .try_lock()
            .map_err(|_| PyRuntimeError::new_err("this stream is being read by another thread"))?;
        // Hand-offs between this thread and the runtime's cost more than a pipelined transaction, so both sides batch:
        // items are started in bursts (refilled to `window` once half of it is consumed: one worker wake-up per
        // burst), and an unfinished head is waited for through a younger outcome, for at most WAKE_WAIT (one wake-up
        // for a batch of outcomes that finish in about input order; a stalled younger one delays the head's outcome
        // by that much at most). Neither changes what is in flight: the permits bound that.
        // Refill as soon as there is room, also while the head is unfinished (a slow head must not keep the other
        // connections idle): then wait for the head or for the next room, whichever comes first.
        loop {
            self.refill(py, &mut state)?;
            if let Some(head) = state.queue.front_mut() {
                if head.unfinished(py) {
                    let batch = WAKE_BATCH.min(self.concurrency).min(state.queue.len());
                    for i in (1..batch).rev() {
                        if state.queue[i].unfinished(py) {
                            wait_slot_for(py, &mut state.queue[i], Some(WAKE_WAIT))?;
                            break;
                        }
                    }
                }
            }
            let room = state.source.is_some() && state.queue.len() < OUTCOMES_AHEAD;
            match state.queue.front_mut() {
                Some(head @ Slot::Running(..)) if room => {
                    if wait_slot_or_room(py, head, &self.unfinished, self.window / 2)? {
                        break;
                    }
                }
                _ => break,
            }
        }
        let Some(mut slot) = state.queue.pop_front() else {
            return state.failed.take().map_or(Ok(None), Err);
        };
        // On an error (KeyboardInterrupt) the slot is dropped, and with it that delivery (see `start`).
        wait_slot(py, &mut slot)?;
        match slot {
            Slot::Ready(err) => Ok(Some(err.into_value(py).into_any())),
            Slot::Running(..) => unreachable!("waited for above"),
            Slot::Done(out, sender, tag) => Ok(Some(match out {
                Ok(d) => send_result(py, d, tag.bind(py))?.unbind(),
                Err(f) => error_to_pyerr(py, Error::Delivery(f), sender).into_value(py).into_any(),
            })),
        }
    }
}
