//! `_core.probe(...)`: checks the options, runs [`resilient_smtp::probe`] with the GIL released, and converts the report
//! to dicts (the Python `ProbeReport` renders them).

use std::path::PathBuf;

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

use super::convert::{secs, tls_dict, value_error};
use super::run::{run_blocking, runtime, sync_log_level};
use resilient_smtp::{probe as run_probe, HostReport, ProbeConfig, ProbeReport, Problem, Step};

fn step_dict<'py>(py: Python<'py>, s: &Step) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("phase", s.phase.name())?;
    d.set_item("status", s.status.name())?;
    d.set_item("elapsed", secs(s.elapsed))?;
    d.set_item("command", &s.command)?;
    d.set_item("code", s.reply.as_ref().map(|r| r.code))?;
    d.set_item("reply", s.reply.as_ref().map(|r| r.text()))?;
    d.set_item("detail", &s.detail)?;
    Ok(d)
}

fn steps_list<'py>(py: Python<'py>, steps: &[Step]) -> PyResult<Bound<'py, PyList>> {
    PyList::new(
        py,
        steps.iter().map(|s| step_dict(py, s)).collect::<PyResult<Vec<_>>>()?,
    )
}

fn problem_dict<'py>(py: Python<'py>, p: &Problem, host: &HostReport) -> PyResult<Bound<'py, PyDict>> {
    let d = problem_fields(py, p)?;
    d.set_item("host", &host.host)?;
    d.set_item("address", host.addr.map(|a| a.to_string()))?;
    Ok(d)
}

fn problem_fields<'py>(py: Python<'py>, p: &Problem) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("phase", p.phase.name())?;
    d.set_item("kind", p.kind)?;
    d.set_item("severity", if p.error { "error" } else { "warning" })?;
    d.set_item("message", &p.message)?;
    d.set_item("hint", &p.hint)?;
    d.set_item("host", py.None())?;
    d.set_item("address", py.None())?;
    Ok(d)
}

fn host_dict<'py>(py: Python<'py>, h: &HostReport) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("host", &h.host)?;
    d.set_item("preference", h.preference)?;
    d.set_item("ip", h.addr.map(|a| a.ip().to_string()))?;
    d.set_item("port", h.addr.map(|a| a.port()))?;
    d.set_item("ok", h.ok())?;
    d.set_item("failed_phase", h.failed_phase().map(|p| p.name()))?;
    d.set_item("steps", steps_list(py, &h.steps)?)?;
    d.set_item("greeting", h.greeting.as_ref().map(|r| r.to_string()))?;
    d.set_item("capabilities", &h.capabilities)?;
    d.set_item("starttls_offered", h.starttls_offered)?;
    d.set_item("auth_mechanisms", &h.auth_mechanisms)?;
    d.set_item("tls", tls_dict(py, h.tls.as_ref())?)?;
    d.set_item("authenticated", h.authenticated)?;
    let problems = PyList::empty(py);
    for p in &h.problems {
        problems.append(problem_dict(py, p, h)?)?;
    }
    d.set_item("problems", problems)?;
    Ok(d)
}

fn report_to_py(py: Python<'_>, r: &ProbeReport) -> PyResult<Py<PyAny>> {
    let d = PyDict::new(py);
    d.set_item("target", &r.target)?;
    d.set_item("mode", r.mode)?;
    d.set_item("port", r.port)?;
    d.set_item("ok", r.ok())?;
    d.set_item("failed_phase", r.failed_phase().map(|p| p.name()))?;
    d.set_item("steps", steps_list(py, &r.steps)?)?;
    d.set_item("mx", r.mx.iter().map(|(p, h)| (*p, h.clone())).collect::<Vec<_>>())?;
    let hosts = PyList::empty(py);
    for h in &r.hosts {
        hosts.append(host_dict(py, h)?)?;
    }
    d.set_item("hosts", hosts)?;
    let problems = PyList::empty(py);
    for p in &r.problems {
        problems.append(problem_fields(py, p)?)?;
    }
    d.set_item("problems", problems)?;
    d.set_item("started_at", r.started_unix())?;
    d.set_item("elapsed", secs(r.elapsed))?;
    Ok(d.into_any().unbind())
}

/// Probes a domain's MX hosts (`mx=True`) or a host on a port; returns the report as dicts.
#[pyfunction]
#[pyo3(signature = (
    target, port, *, mx, tls, helo_name, username=None, password=None, timeouts=None, ca_file=None, resolver=None,
    mail_from=None, rcpt_to=Vec::new()
))]
#[allow(clippy::too_many_arguments)]
pub fn probe(
    py: Python<'_>,
    target: &str,
    port: i64,
    mx: bool,
    tls: &str,
    helo_name: String,
    username: Option<String>,
    password: Option<String>,
    timeouts: Option<Vec<(String, f64)>>,
    ca_file: Option<PathBuf>,
    resolver: Option<Vec<String>>,
    mail_from: Option<String>,
    rcpt_to: Vec<String>,
) -> PyResult<Py<PyAny>> {
    sync_log_level(py)?;
    let cfg = ProbeConfig {
        target: target.into(),
        port,
        mx,
        tls: tls.into(),
        helo_name,
        username,
        password,
        timeouts: timeouts.unwrap_or_default(),
        ca_file,
        resolver,
        mail_from,
        rcpt_to,
    };
    // A resolver is built on the shared runtime.
    let (target, opts) = {
        let _guard = runtime().enter();
        cfg.validate().map_err(value_error)?
    };
    let report = run_blocking(py, async move { run_probe(&target, &opts).await })?;
    report_to_py(py, &report)
}
