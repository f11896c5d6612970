//! The Python bindings (`resilient_smtp._core`): they convert, and nothing else. Options become the core's
//! [`resilient_smtp::ClientConfig`] by name (`client.rs`), whose `validate()` checks them once, before any byte is sent;
//! results become the `resilient_smtp.types` objects, built natively (`convert.rs`); every core error becomes a
//! Python exception through [`convert::failure_to_pyerr`], the one mapping (the class chosen by
//! `resilient_smtp.errors._from_core`). They name only what `lib.rs` re-exports (`scripts/module_graph.py` checks).

mod aio;
mod bulk;
mod client;
mod connection;
mod convert;
mod email;
mod outbox;
mod prepare;
mod probe;
mod run;

use pyo3::prelude::*;
use pyo3::types::PyDict;

use resilient_smtp::{ErrorKind, Phase, Timeouts};

/// The core's header-injection rule for one header of a `Message` (`ValueError` when it fails).
#[pyfunction]
fn check_header(name: &str, value: &str) -> PyResult<()> {
    resilient_smtp::check_header(name, value).map_err(convert::value_error)
}

/// A test hook for the panic guard: panics on the calling thread (`"here"`) or in a runtime task (`"task"`).
#[pyfunction]
fn _panic_for_test(py: Python<'_>, place: &str) -> PyResult<()> {
    match place {
        "here" => run::guard(|| panic!("test panic")),
        _ => run::run_blocking(py, async { panic!("test panic") }),
    }
}

#[pymodule]
#[pyo3(name = "_core")]
fn core_module(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add_class::<client::Client>()?;
    m.add_function(wrap_pyfunction!(client::check_retry, m)?)?;
    m.add_function(wrap_pyfunction!(client::check_timeout, m)?)?;
    m.add_class::<aio::Completions>()?;
    m.add_class::<bulk::Stream>()?;
    m.add_class::<convert::DeliveryDetail>()?;
    m.add_function(wrap_pyfunction!(aio::_shutdown, m)?)?;
    m.add_class::<connection::Connection>()?;
    m.add_class::<outbox::Outbox>()?;
    m.add_function(wrap_pyfunction!(probe::probe, m)?)?;
    m.add_function(wrap_pyfunction!(check_header, m)?)?;
    m.add_function(wrap_pyfunction!(email::check_headers, m)?)?;
    m.add_function(wrap_pyfunction!(email::token_text, m)?)?;
    m.add_function(wrap_pyfunction!(email::registry_header, m)?)?;
    m.add_function(wrap_pyfunction!(email::header_lines, m)?)?;
    m.add_class::<email::MessagePreparer>()?;
    m.add_function(wrap_pyfunction!(_panic_for_test, m)?)?;
    m.add("PHASES", Phase::ALL.iter().map(|p| p.name()).collect::<Vec<_>>())?;
    m.add("ERROR_KINDS", ErrorKind::NAMES.to_vec())?;
    let defaults = PyDict::new(py);
    let t = Timeouts::default();
    for p in Phase::ALL {
        defaults.set_item(p.name(), t.get(p).as_secs_f64())?;
    }
    m.add("DEFAULT_TIMEOUTS", defaults)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}

/// See Cargo.toml on why.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
