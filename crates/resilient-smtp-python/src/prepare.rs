//! The native preparation of a message, shared by the bulk stream and the outbox's put, so that which items skip the
//! Python call is decided here once: bytes given with their envelope (read as `message.from_bytes` reads them), and
//! a plain message given without one ([`MessagePreparer`], the native route of `message.from_message`). Everything
//! else goes through the caller's Python route (`message.prepare`), which decides and raises as `send()` does.

use pyo3::exceptions::PyException;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyList, PyString, PyTuple};

use super::email::MessagePreparer;

/// `(data, sender, recipients, message_id)`, as `message.prepare` gives them.
pub type Prepared<'py> = (Bound<'py, PyBytes>, String, Vec<String>, Option<String>);

/// `message.prepare(message, sender, recipients, id_domain)` done natively, or None where the Python route must
/// decide. `native`: the preparer for plain messages and the Message-ID domain it uses (None: bytes only). Err: what
/// reading a string of the item raised (one that is not valid Unicode), as the Python route's conversion raises it.
pub fn prepare<'py>(
    message: &Bound<'py, PyAny>,
    sender: &Bound<'py, PyAny>,
    recipients: &Bound<'py, PyAny>,
    native: Option<&(Py<MessagePreparer>, String)>,
) -> PyResult<Option<Prepared<'py>>> {
    if !sender.is_none() || !recipients.is_none() {
        return with_envelope(message, sender, recipients);
    }
    let Some((preparer, id_domain)) = native else {
        return Ok(None);
    };
    match preparer.get().prepare(message, id_domain) {
        Ok(prepared) => Ok(prepared.map(|(data, sender, recipients, id)| (data, sender, recipients, Some(id)))),
        // The Python route asks the same preparer again, and raises what it raised.
        Err(e) if e.is_instance_of::<PyException>(message.py()) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Bytes with their envelope as `message.from_bytes` reads them (recipients a string or a list or tuple of strings;
/// the Message-ID from the header block), or None for anything else.
fn with_envelope<'py>(
    message: &Bound<'py, PyAny>,
    sender: &Bound<'py, PyAny>,
    recipients: &Bound<'py, PyAny>,
) -> PyResult<Option<Prepared<'py>>> {
    let (Ok(data), Ok(sender)) = (message.cast_exact::<PyBytes>(), sender.cast_exact::<PyString>()) else {
        return Ok(None);
    };
    let recipients: Vec<String> = if let Ok(one) = recipients.cast_exact::<PyString>() {
        vec![one.to_cow()?.into_owned()]
    } else if recipients.is_exact_instance_of::<PyList>() || recipients.is_exact_instance_of::<PyTuple>() {
        let mut out = Vec::with_capacity(recipients.len()?);
        for r in recipients.try_iter()? {
            let r = r?;
            let Ok(r) = r.cast_exact::<PyString>() else {
                return Ok(None);
            };
            out.push(r.to_cow()?.into_owned());
        }
        out
    } else {
        return Ok(None);
    };
    let message_id = match resilient_smtp::header_message_id(data.as_bytes()) {
        resilient_smtp::MessageId::Found(id) => Some(id),
        resilient_smtp::MessageId::Absent => None,
        resilient_smtp::MessageId::Unclear => return Ok(None),
    };
    Ok(Some((
        data.clone(),
        sender.to_cow()?.into_owned(),
        recipients,
        message_id,
    )))
}
