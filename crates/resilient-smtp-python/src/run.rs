//! Running core futures from Python (blocking with signals checked, or as asyncio awaitables) and keeping Rust's
//! log level in step with Python's `logging`.

use std::future::Future;
use std::sync::atomic::{AtomicI64, AtomicPtr, AtomicU64, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use futures::FutureExt;
use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use tokio::task::JoinHandle;

/// The shared runtime (pooled connections, bulk and asyncio deliveries). One worker fewer than the cores (at least
/// one): the thread feeding it (Python's) needs a core too, and on small machines an extra worker only adds hand-offs.
/// `TOKIO_WORKER_THREADS` overrides.
///
/// A forked child inherits the runtime without its threads (work spawned on it would never run), so a process gets
/// a runtime of its own: the parent's copy is leaked in the child, never dropped (dropping would wait for threads
/// that do not exist there).
pub fn runtime() -> &'static tokio::runtime::Runtime {
    static CURRENT: AtomicPtr<tokio::runtime::Runtime> = AtomicPtr::new(std::ptr::null_mut());
    static OWNER: AtomicU64 = AtomicU64::new(u64::MAX);
    static BUILDING: Mutex<()> = Mutex::new(());
    let process = resilient_smtp::process_generation();
    // OWNER is stored after CURRENT and read before it: seeing this process means seeing its runtime.
    if OWNER.load(Ordering::Acquire) == process {
        // SAFETY: CURRENT only ever holds leaked boxes, never freed.
        return unsafe { &*CURRENT.load(Ordering::Acquire) };
    }
    let _building = BUILDING.lock().unwrap_or_else(|e| e.into_inner());
    if OWNER.load(Ordering::Acquire) == process {
        return unsafe { &*CURRENT.load(Ordering::Acquire) };
    }
    let mut builder = tokio::runtime::Builder::new_multi_thread();
    if std::env::var_os("TOKIO_WORKER_THREADS").is_none() {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        builder.worker_threads(cores.saturating_sub(1).max(1));
    }
    let built: &'static tokio::runtime::Runtime = Box::leak(Box::new(
        builder
            .thread_name("resilient-smtp")
            .enable_all()
            .build()
            .expect("cannot start the tokio runtime"),
    ));
    CURRENT.store(std::ptr::from_ref(built).cast_mut(), Ordering::Release);
    OWNER.store(process, Ordering::Release);
    built
}

// ---------------------------------------------------------------------------------------------------------------
// Logging: records go to Python's `logging` under `resilient_smtp.*`. Levels are cached on the Rust side so a log
// macro below the level costs nothing; each call re-reads the level of the `resilient_smtp` logger and resets the
// cache when it changed, so reconfiguring `logging` takes effect at the next send.

pub static LOG_RESET: OnceLock<pyo3_log::ResetHandle> = OnceLock::new();
static LOG_LEVEL: AtomicI64 = AtomicI64::new(-1);

/// Routes the core's `log` records to Python's `logging`, once. Done before the first native operation rather than
/// at import: pyo3-log imports `logging` (a fifth of `import resilient_smtp` otherwise).
fn init_logging(py: Python<'_>) -> PyResult<()> {
    // A flag, not a lock: the import below may let another thread take the GIL (it then skips this, and logs
    // nothing for that one call, rather than wait for us while holding the GIL).
    static STARTED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if STARTED.swap(true, Ordering::AcqRel) {
        return Ok(());
    }
    let logger = pyo3_log::Logger::new(py, pyo3_log::Caching::LoggersAndLevels)?;
    let handle = logger.reset_handle();
    // Wrapped so that no Rust thread enters Python after `_shutdown` (interpreter exit).
    if log::set_boxed_logger(Box::new(super::aio::GuardedLogger(logger))).is_ok() {
        log::set_max_level(log::LevelFilter::Debug);
        let _ = LOG_RESET.set(handle);
    }
    Ok(())
}

/// Called before every native operation that may log (send, bulk, the facade's connection, probe).
pub fn sync_log_level(py: Python<'_>) -> PyResult<()> {
    if LOG_RESET.get().is_none() {
        init_logging(py)?;
    }
    let Some(reset) = LOG_RESET.get() else {
        return Ok(());
    };
    if !super::aio::logging_alive() {
        return Ok(());
    }
    static LOGGER: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    static WIRE: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    let get =
        |name: &str| -> PyResult<Py<PyAny>> { Ok(py.import("logging")?.call_method1("getLogger", (name,))?.unbind()) };
    let logger = LOGGER.get_or_try_init(py, || get("resilient_smtp"))?;
    // The smtplib facade's set_debuglevel() turns the wire logger alone to DEBUG.
    let wire = WIRE.get_or_try_init(py, || get("resilient_smtp.wire"))?;
    let level: i64 = logger.bind(py).call_method0("getEffectiveLevel")?.extract()?;
    let wire_level: i64 = wire.bind(py).call_method0("getEffectiveLevel")?.extract()?;
    let level = level.min(wire_level);
    if LOG_LEVEL.swap(level, Ordering::Relaxed) != level {
        reset.reset();
        log::set_max_level(match level {
            l if l <= 5 => log::LevelFilter::Trace,
            l if l <= 10 => log::LevelFilter::Debug,
            l if l <= 20 => log::LevelFilter::Info,
            l if l <= 30 => log::LevelFilter::Warn,
            l if l <= 40 => log::LevelFilter::Error,
            _ => log::LevelFilter::Off,
        });
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------------------------
// The panic guard: no input should reach a panic, but if a bug does, Python gets a RuntimeError saying so rather
// than pyo3's PanicException (a BaseException that `except Exception` handlers miss) or, from a task, a future that
// never completes.

/// What a panic said, for the error that reports it.
pub fn panic_text(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(no message)".into())
}

pub fn internal_error(payload: &(dyn std::any::Any + Send)) -> PyErr {
    PyRuntimeError::new_err(format!(
        "internal error in resilient_smtp (a bug: please report it): {}",
        panic_text(payload)
    ))
}

/// Runs `f` at the boundary: a panic inside becomes a `RuntimeError`.
pub fn guard<T>(f: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).unwrap_or_else(|payload| Err(internal_error(&*payload)))
}

// ---------------------------------------------------------------------------------------------------------------
// Running core futures.

/// Runs `fut` on the shared runtime with the GIL released, checking for signals every 50 ms so Ctrl-C raises
/// KeyboardInterrupt promptly; the task is then aborted, which drops its connections.
pub fn run_blocking<T: Send + 'static>(py: Python<'_>, fut: impl Future<Output = T> + Send + 'static) -> PyResult<T> {
    let mut handle = runtime().spawn(fut);
    let out = wait_task_for(py, &mut handle, None);
    if out.is_err() {
        handle.abort();
    }
    out.map(|done| done.expect("no limit to give up at"))
}

/// Runs `fut` on the calling thread (a current-thread runtime of its own), with the GIL released and signals checked
/// every 50 ms; on a signal's exception the future is dropped, closing its connections. For work that owns all its
/// connections (no pool): no hand-off between threads, so one delivery costs no more wake-ups than smtplib's.
pub fn run_here<T>(py: Python<'_>, fut: impl Future<Output = T> + Send) -> PyResult<T>
where
    T: Send,
{
    thread_local! {
        static LOCAL: Option<tokio::runtime::Runtime> = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .ok();
    }
    py.detach(move || {
        LOCAL.with(|rt| {
            let Some(rt) = rt else {
                return Err(PyRuntimeError::new_err("cannot start a runtime on this thread"));
            };
            rt.block_on(async {
                tokio::pin!(fut);
                // Not `interval()`: its first tick waits for a turn of the timer wheel (1 ms).
                let every = Duration::from_millis(50);
                let mut tick = tokio::time::interval_at(tokio::time::Instant::now() + every, every);
                loop {
                    tokio::select! {
                        out = &mut fut => return Ok(out),
                        _ = tick.tick() => {
                            Python::attach(|py| py.check_signals())?;
                        }
                    }
                }
            })
        })
    })
}

/// Waits for a task with the GIL released, checking for signals every 50 ms, and giving up (None) after `limit` if
/// one is given; on a signal's exception the task is left running (the caller decides: abort it or not).
pub fn wait_task_for<T: Send + 'static>(
    py: Python<'_>,
    handle: &mut JoinHandle<T>,
    limit: Option<Duration>,
) -> PyResult<Option<T>> {
    let failed = |e: tokio::task::JoinError| match e.try_into_panic() {
        Ok(payload) => internal_error(&*payload),
        Err(e) => PyRuntimeError::new_err(format!("delivery task failed: {e}")),
    };
    match wait_for(py, handle, limit)? {
        Some(joined) => joined.map(Some).map_err(failed),
        None => Ok(None),
    }
}

/// Waits for `fut` on the shared runtime with the GIL released (at once if it is ready), checking for signals every
/// 50 ms, and giving up (None, `fut` left as it is) after `limit` if one is given.
pub fn wait_for<F: Future + Unpin + Send>(
    py: Python<'_>,
    fut: &mut F,
    limit: Option<Duration>,
) -> PyResult<Option<F::Output>>
where
    F::Output: Send,
{
    if let Some(out) = (&mut *fut).now_or_never() {
        return Ok(Some(out));
    }
    let rt = runtime();
    py.detach(move || {
        rt.block_on(async {
            let give_up = async {
                match limit {
                    Some(limit) => tokio::time::sleep(limit).await,
                    None => std::future::pending().await,
                }
            };
            tokio::pin!(give_up);
            loop {
                tokio::select! {
                    out = &mut *fut => return Ok(Some(out)),
                    () = &mut give_up => return Ok(None),
                    () = tokio::time::sleep(Duration::from_millis(50)) => {
                        Python::attach(|py| py.check_signals())?;
                    }
                }
            }
        })
    })
}
