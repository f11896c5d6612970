//! Reading the `email` package's objects for the message preparation (`message.py`, `_serialize.py`), each in one
//! call: the text of a header's parse tree, a part's one-line header objects as the fast serializer writes them, and
//! a part's headers through the core's injection rule. (Python calls per token and per header cost more than the
//! delivery of a short message.)

use std::sync::Mutex;

use pyo3::intern;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyList, PyString, PyTuple, PyType};

use super::convert::value_error;

/// How a token of a parse tree gives its text, by the `__str__` its class has.
#[derive(Clone, Copy)]
enum Kind {
    /// A `str` subclass keeping `str.__str__` (the terminals): its own characters.
    Text,
    /// A `list` subclass keeping `TokenList.__str__` (every token list but a few): its items' texts, joined.
    List,
    /// Any other `__str__` (comments, bare quoted strings, encoded-word whitespace): called.
    Other,
}

/// Token lists nest a few levels in any header the parser gives; deeper ones (nested comments) are left to Python.
const MAX_DEPTH: usize = 64;
/// The token classes seen (the parser's few dozen; a strong reference each, so an address is never reused).
const MAX_KINDS: usize = 256;
static KINDS: Mutex<Vec<(Py<PyType>, Kind)>> = Mutex::new(Vec::new());

fn kind(item: &Bound<'_, PyAny>) -> PyResult<Kind> {
    static STR_STR: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    static LIST_STR: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    let py = item.py();
    let ty = item.get_type();
    if let Ok(kinds) = KINDS.lock() {
        if let Some((_, k)) = kinds.iter().find(|(t, _)| t.bind(py).is(&ty)) {
            return Ok(*k);
        }
    }
    // (Looked up with the lock released: an attribute lookup may run Python code.)
    let str_str = STR_STR.get_or_try_init(py, || py.get_type::<PyString>().getattr("__str__").map(Bound::unbind))?;
    let list_str = LIST_STR.get_or_try_init(py, || {
        let tokens = py.import("email._header_value_parser")?.getattr("TokenList")?;
        tokens.getattr("__str__").map(Bound::unbind)
    })?;
    let method = ty.getattr(intern!(py, "__str__"))?;
    let k = if method.is(str_str) && item.is_instance_of::<PyString>() {
        Kind::Text
    } else if method.is(list_str) && item.is_instance_of::<PyList>() {
        Kind::List
    } else {
        Kind::Other
    };
    if let Ok(mut kinds) = KINDS.lock() {
        if kinds.len() < MAX_KINDS && !kinds.iter().any(|(t, _)| t.bind(py).is(&ty)) {
            kinds.push((ty.unbind(), k));
        }
    }
    Ok(k)
}

fn add_text(item: &Bound<'_, PyAny>, depth: usize, out: &mut String) -> PyResult<()> {
    match kind(item)? {
        Kind::Text => out.push_str(&item.cast::<PyString>()?.to_cow()?),
        Kind::List if depth < MAX_DEPTH => {
            for sub in item.cast::<PyList>()?.iter() {
                add_text(&sub, depth + 1, out)?;
            }
        }
        Kind::List | Kind::Other => out.push_str(&item.str()?.to_cow()?),
    }
    Ok(())
}

/// `str(tree)` for a header's parse tree (`email._header_value_parser.TokenList`), without a Python call per token:
/// the same text, as every class's own `__str__` is kept (those that override it are called).
#[pyfunction]
pub fn token_text(tree: &Bound<'_, PyAny>) -> PyResult<String> {
    let mut out = String::new();
    add_text(tree, 0, &mut out)?;
    Ok(out)
}

/// One header object's line as `_serialize._header` writes it on its first route (label, a space, the tree's text,
/// when that is ASCII and fits a line), or None when it needs the policy's folding.
fn one_line(
    value: &Bound<'_, PyAny>,
    max_line_length: usize,
    text_is_tree: &Bound<'_, PyTuple>,
) -> PyResult<Option<String>> {
    let py = value.py();
    let Some(tree) = value.getattr_opt(intern!(py, "_parse_tree"))? else {
        return Ok(None);
    };
    if tree.is_none() || !tree.is_truthy()? {
        return Ok(None);
    }
    let token_type = tree.getattr(intern!(py, "token_type"))?;
    let token_type = token_type.cast::<PyString>()?.to_cow()?;
    if token_type == "ptext" || token_type == "mime-parameters" {
        return Ok(None);
    }
    let mut line = value
        .getattr(intern!(py, "name"))?
        .cast::<PyString>()?
        .to_cow()?
        .into_owned();
    line.push_str(": ");
    if value.is_instance(text_is_tree)? && !value.getattr(intern!(py, "defects"))?.is_truthy()? {
        line.push_str(&value.cast::<PyString>()?.to_cow()?);
    } else {
        add_text(&tree, 0, &mut line)?;
    }
    let fits = line.is_ascii() && line.len() <= max_line_length && !line.contains(['\r', '\n']);
    Ok(fits.then_some(line))
}

/// The header lines of one part (CRLF-terminated, those named in `skip` left out: lowercase names) when every one is
/// a header object written on one line as `_serialize._header` writes it (`text_is_tree`: the classes whose value is
/// their tree's text); None when any is not, and `_serialize` writes them one by one.
#[pyfunction]
pub fn header_lines<'py>(
    headers: &Bound<'py, PyAny>,
    skip: Vec<String>,
    max_line_length: usize,
    text_is_tree: &Bound<'py, PyTuple>,
) -> PyResult<Option<Bound<'py, PyBytes>>> {
    let mut out = String::new();
    for pair in headers.try_iter()? {
        let pair = pair?;
        let pair = pair.cast::<PyTuple>()?;
        let name = pair.get_borrowed_item(0)?.cast::<PyString>()?.to_owned();
        if !skip.is_empty() {
            let name = name.to_cow()?;
            if skip.iter().any(|s| name.eq_ignore_ascii_case(s)) {
                continue;
            }
        }
        let Some(line) = one_line(&pair.get_borrowed_item(1)?.to_owned(), max_line_length, text_is_tree)? else {
            return Ok(None);
        };
        out.push_str(&line);
        out.push_str("\r\n");
    }
    Ok(Some(PyBytes::new(headers.py(), out.as_bytes())))
}

/// [`resilient_smtp::check_header`] for each `(name, value)` of a part's headers (a value that is not a `str`, such as a
/// compat32 `Header`, is checked as its `str()`): the first that fails is a `ValueError`.
#[pyfunction]
pub fn check_headers(headers: &Bound<'_, PyAny>) -> PyResult<()> {
    for pair in headers.try_iter()? {
        let pair = pair?;
        let pair = pair.cast::<PyTuple>()?;
        let name = pair.get_borrowed_item(0)?.cast::<PyString>()?.to_owned();
        let value = pair.get_borrowed_item(1)?;
        let value = match value.cast::<PyString>() {
            Ok(s) => s.to_owned(),
            Err(_) => value.str()?,
        };
        resilient_smtp::check_header(&name.to_cow()?, &value.to_cow()?).map_err(value_error)?;
    }
    Ok(())
}
