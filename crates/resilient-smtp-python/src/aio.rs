//! asyncio without a Rust thread ever touching Python.
//!
//! pyo3-async-runtimes' `future_into_py` completes the asyncio future from a tokio blocking thread that attaches to
//! the interpreter; when `asyncio.run()` returns first, that thread can still hold or release a thread state while
//! the interpreter finalizes, and the process aborts (`PyGILState_Release ... finalizing`, pyo3-async-runtimes #40;
//! 28 % of runs on our probe). Here completions go the other way: a tokio task only pushes its plain-Rust outcome
//! onto a queue and writes one byte to a socket the event loop watches (`loop.add_reader`); the loop's own thread
//! then calls [`Completions::take`], which turns outcomes into Python objects with the GIL it already holds. Python
//! is touched only by Python threads, so finalization cannot race with us. Cancelling the asyncio future calls
//! [`Completions::cancel`], which aborts the task: the future, its session and its socket are dropped at once.
//!
//! The one other way a Rust thread enters Python is logging (pyo3-log); [`GuardedLogger`] counts calls in flight
//! and [`shutdown`] (registered with `atexit`) turns logging off and waits for those calls to finish.

use std::collections::HashMap;
use std::future::Future;
use std::io::Write;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures::FutureExt;
use pyo3::exceptions::PyOSError;
use pyo3::prelude::*;

use super::run::runtime;

/// Turns a finished task's plain-Rust outcome into a Python value or exception, on the event loop's thread.
pub type Completion = Box<dyn FnOnce(Python<'_>) -> PyResult<Py<PyAny>> + Send>;

struct Inner {
    done: Mutex<Vec<(u64, Completion)>>,
    tasks: Mutex<HashMap<u64, tokio::task::AbortHandle>>,
    wake: Wake,
    wake_pending: AtomicBool,
    next_id: AtomicU64,
}

impl Inner {
    fn complete(&self, id: u64, completion: Completion) {
        self.tasks.lock().unwrap().remove(&id);
        self.done.lock().unwrap().push((id, completion));
        if !self.wake_pending.swap(true, Ordering::SeqCst) {
            // A full socket buffer means a wake-up is already pending: nothing is lost.
            let _ = (&self.wake).write(&[1]);
        }
    }
}

/// The writing end of the loop's socket pair (a Unix socket; on Windows, Python's socketpair() is TCP).
#[cfg(unix)]
type Wake = std::os::unix::net::UnixStream;
#[cfg(windows)]
type Wake = std::net::TcpStream;

/// A duplicate of the caller's socket `fd` (the caller keeps and closes its own), non-blocking.
fn wake_stream(fd: i64) -> std::io::Result<Wake> {
    #[cfg(unix)]
    let owned = {
        let fd = std::os::fd::RawFd::try_from(fd).map_err(std::io::Error::other)?;
        // SAFETY: borrowed only for the duplication; the caller passes an open socket's descriptor.
        unsafe { std::os::fd::BorrowedFd::borrow_raw(fd) }.try_clone_to_owned()?
    };
    #[cfg(windows)]
    let owned = {
        let s = std::os::windows::io::RawSocket::try_from(fd).map_err(std::io::Error::other)?;
        // SAFETY: as above, for a socket handle.
        unsafe { std::os::windows::io::BorrowedSocket::borrow_raw(s) }.try_clone_to_owned()?
    };
    let wake = Wake::from(owned);
    wake.set_nonblocking(true)?;
    Ok(wake)
}

/// The completion queue of one event loop (see the module docs). Built by `resilient_smtp._aio` with the writing
/// end of a socket pair whose reading end the loop watches.
#[pyclass(module = "resilient_smtp._core", frozen)]
pub struct Completions {
    inner: Arc<Inner>,
}

#[pymethods]
impl Completions {
    #[new]
    fn new(wake_fd: i64) -> PyResult<Self> {
        let wake =
            wake_stream(wake_fd).map_err(|e| PyOSError::new_err(format!("cannot use the wake-up socket: {e}")))?;
        Ok(Completions {
            inner: Arc::new(Inner {
                done: Mutex::new(Vec::new()),
                tasks: Mutex::new(HashMap::new()),
                wake,
                wake_pending: AtomicBool::new(false),
                next_id: AtomicU64::new(1),
            }),
        })
    }

    /// The finished operations as `(id, ok, value)`: a result, or an exception instance when `ok` is false.
    fn take(&self, py: Python<'_>) -> Vec<(u64, bool, Py<PyAny>)> {
        self.inner.wake_pending.store(false, Ordering::SeqCst);
        let done = std::mem::take(&mut *self.inner.done.lock().unwrap());
        done.into_iter()
            .map(|(id, completion)| match completion(py) {
                Ok(v) => (id, true, v),
                Err(e) => (id, false, e.into_value(py).into_any()),
            })
            .collect()
    }

    /// Aborts an operation: its future is dropped, closing its connection without a word (never reused).
    fn cancel(&self, id: u64) -> bool {
        match self.inner.tasks.lock().unwrap().remove(&id) {
            Some(handle) => {
                handle.abort();
                true
            }
            None => false,
        }
    }

    /// Operations still running.
    fn running(&self) -> usize {
        self.inner.tasks.lock().unwrap().len()
    }
}

impl Completions {
    /// Runs `fut` on the shared runtime; its outcome is queued under the returned id.
    pub fn spawn<F>(&self, fut: F) -> u64
    where
        F: Future<Output = Completion> + Send + 'static,
    {
        let id = self.inner.next_id.fetch_add(1, Ordering::Relaxed);
        let inner = self.inner.clone();
        // Holding the map while spawning: a task that finishes at once removes its entry only after it was added.
        let mut tasks = self.inner.tasks.lock().unwrap();
        let handle = runtime().spawn(async move {
            // A panic (a bug) still completes the future, with a RuntimeError, rather than leaving it pending forever.
            let completion = match std::panic::AssertUnwindSafe(fut).catch_unwind().await {
                Ok(completion) => completion,
                Err(payload) => {
                    let text = super::run::panic_text(&*payload);
                    Box::new(move |_: Python<'_>| Err(super::run::internal_error(&text))) as Completion
                }
            };
            inner.complete(id, completion);
        });
        tasks.insert(id, handle.abort_handle());
        id
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Logging that stops before the interpreter does.

static ALIVE: AtomicBool = AtomicBool::new(true);
static IN_PYTHON: AtomicUsize = AtomicUsize::new(0);

pub struct GuardedLogger(pub pyo3_log::Logger);

impl GuardedLogger {
    fn guarded<T>(&self, default: T, f: impl FnOnce() -> T) -> T {
        if !ALIVE.load(Ordering::SeqCst) {
            return default;
        }
        IN_PYTHON.fetch_add(1, Ordering::SeqCst);
        // Checked again after counting: `shutdown` either sees this call counted or this call sees it stopped.
        let out = if ALIVE.load(Ordering::SeqCst) { f() } else { default };
        IN_PYTHON.fetch_sub(1, Ordering::SeqCst);
        out
    }
}

impl log::Log for GuardedLogger {
    fn enabled(&self, metadata: &log::Metadata) -> bool {
        self.guarded(false, || self.0.enabled(metadata))
    }

    fn log(&self, record: &log::Record) {
        self.guarded((), || self.0.log(record));
    }

    fn flush(&self) {}
}

/// Called at interpreter exit (`atexit`): no Rust thread enters Python after it returns. Logging is switched off
/// and calls already inside Python are waited for (a bounded wait, with the GIL released so they can finish).
#[pyfunction]
pub fn _shutdown(py: Python<'_>) {
    ALIVE.store(false, Ordering::SeqCst);
    log::set_max_level(log::LevelFilter::Off);
    py.detach(|| {
        let end = Instant::now() + Duration::from_secs(5);
        while IN_PYTHON.load(Ordering::SeqCst) > 0 && Instant::now() < end {
            std::thread::sleep(Duration::from_millis(1));
        }
    });
}

pub fn logging_alive() -> bool {
    ALIVE.load(Ordering::SeqCst)
}
