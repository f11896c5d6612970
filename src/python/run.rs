//! Running core futures from Python (blocking with signals checked, or as asyncio awaitables) and keeping Rust's
//! log level in step with Python's `logging`.

use std::future::Future;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::OnceLock;
use std::time::Duration;

use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;

pub fn runtime() -> &'static tokio::runtime::Runtime {
    pyo3_async_runtimes::tokio::get_runtime()
}

// ---------------------------------------------------------------------------------------------------------------
// Logging: records go to Python's `logging` under `resilient_smtp.*`. Levels are cached on the Rust side so a log
// macro below the level costs nothing; each call re-reads the level of the `resilient_smtp` logger and resets the
// cache when it changed, so reconfiguring `logging` takes effect at the next send.

pub static LOG_RESET: OnceLock<pyo3_log::ResetHandle> = OnceLock::new();
static LOG_LEVEL: AtomicI64 = AtomicI64::new(-1);

pub fn sync_log_level(py: Python<'_>) -> PyResult<()> {
    let Some(reset) = LOG_RESET.get() else {
        return Ok(());
    };
    static LOGGER: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    let logger = LOGGER.get_or_try_init(py, || -> PyResult<_> {
        Ok(py
            .import("logging")?
            .call_method1("getLogger", ("resilient_smtp",))?
            .unbind())
    })?;
    let level: i64 = logger
        .bind(py)
        .call_method0("getEffectiveLevel")?
        .extract()?;
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
// Running core futures.

/// Runs `fut` on the shared runtime with the GIL released, checking for signals every 50 ms so Ctrl-C raises
/// KeyboardInterrupt promptly; the task is then aborted, which drops its connections.
pub fn run_blocking<T: Send + 'static>(
    py: Python<'_>,
    fut: impl Future<Output = T> + Send + 'static,
) -> PyResult<T> {
    let rt = runtime();
    let mut handle = rt.spawn(fut);
    py.detach(move || {
        rt.block_on(async {
            loop {
                tokio::select! {
                    joined = &mut handle => {
                        return joined.map_err(|e| PyRuntimeError::new_err(format!("delivery task failed: {e}")));
                    }
                    _ = tokio::time::sleep(Duration::from_millis(50)) => {
                        if let Err(e) = Python::attach(|py| py.check_signals()) {
                            handle.abort();
                            let _ = (&mut handle).await;
                            return Err(e);
                        }
                    }
                }
            }
        })
    })
}
