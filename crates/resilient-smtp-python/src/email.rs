//! Reading the `email` package's objects for the message preparation (`message.py`, `_serialize.py`), each in one
//! call: the text of a header's parse tree, a part's one-line header objects as the fast serializer writes them, and
//! a part's headers through the core's injection rule. (Python calls per token and per header cost more than the
//! delivery of a short message.)

use std::borrow::Cow;
#[cfg(unix)]
use std::os::raw::c_char;
use std::sync::Mutex;

#[cfg(unix)]
use pyo3::ffi;
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyDict, PyList, PyString, PyTuple, PyType};

use super::convert::value_error;

/// The text of a `str`, borrowed where CPython keeps its UTF-8 form (no copy: the `abi3-py39` build's `to_cow` makes a
/// `bytes` object and a `String` for every string, which the walk of a parse tree does per token). A string that has
/// none (lone surrogates) comes back as `to_cow` gives it, with U+FFFD for each.
fn text<'a>(s: &'a Bound<'_, PyString>) -> PyResult<Cow<'a, str>> {
    #[cfg(unix)]
    {
        // In the stable ABI since 3.10 and exported by every CPython 3 (pyo3 declares it for abi3 builds of 3.10+
        // only); on Unix the symbol is resolved from the running interpreter when the module loads.
        extern "C" {
            fn PyUnicode_AsUTF8AndSize(unicode: *mut ffi::PyObject, size: *mut ffi::Py_ssize_t) -> *const c_char;
        }
        let mut size: ffi::Py_ssize_t = 0;
        // SAFETY: `s` is a str (the type says so) and stays alive for 'a; the buffer is the string's own, valid UTF-8
        // (CPython's encoder), kept as long as the string.
        let data = unsafe { PyUnicode_AsUTF8AndSize(s.as_ptr(), &raw mut size) };
        if !data.is_null() {
            let bytes = unsafe { std::slice::from_raw_parts(data.cast::<u8>(), size as usize) };
            return Ok(Cow::Borrowed(unsafe { std::str::from_utf8_unchecked(bytes) }));
        }
        drop(PyErr::take(s.py())); // (not encodable: the lossy form below)
    }
    s.to_cow()
}

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
        Kind::Text => out.push_str(&text(item.cast::<PyString>()?)?),
        Kind::List if depth < MAX_DEPTH => {
            for sub in item.cast::<PyList>()?.iter() {
                add_text(&sub, depth + 1, out)?;
            }
        }
        Kind::List | Kind::Other => out.push_str(&text(&item.str()?)?),
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

/// What the fast routes need to know of a header object's class, found once per class: whether its value is its
/// parse tree's text (a subclass of one of `text_is_tree`), and whether its `name`, `defects` and `addresses` are the
/// `headerregistry` base classes' properties, so that the attributes they return can be read without calling them
/// (a Python frame each: more than the rest of a header's work). A class of its own overriding any is called.
#[derive(Clone, Copy)]
struct HeaderClass {
    text_is_tree: bool,
    base_accessors: bool,
    /// Its `addresses` is `AddressHeader`'s.
    address_header: bool,
    /// Its `fold`, `parse`, `init` and `__str__` are the registry's (or `str`'s): the generator's fold writes its
    /// tree, and its value is the text its parse gave. (A class of its own folding or parsing its way: the generator.)
    registry_methods: bool,
    /// The attributes the base properties return (`_name`, `_defects`, `_parse_tree`, `_groups`) can be read from
    /// the instance's `__dict__`: the class looks attributes up as `object` does and nothing in it or its bases
    /// defines those names. (Each lookup on the instance itself walks the class's bases: the registry makes a new
    /// class for every header, so the interpreter's type cache never has it; one `__dict__` lookup walks them once.)
    instance_dict: bool,
}

/// Verdicts on a class, by the bases of the classes judged: the registry makes a new class for every header it
/// builds (`type("_" + cls.__name__, (cls, BaseHeader), {})`), so a class is judged by its bases (which decide every
/// lookup on it) when it adds none of [`READ_NAMES`] itself. (Strong references: an address is never reused.)
#[derive(Clone, Copy)]
struct Accessors {
    base_accessors: bool,
    address_header: bool,
    registry_methods: bool,
    /// None of the private names is found on the class (so the instance's dict answers them).
    private_names_free: bool,
    /// A subclass of one of the `text_is_tree` classes it was judged against.
    text_is_tree: bool,
}
/// A class's bases, the `text_is_tree` classes it was judged against, and the verdicts.
type Judged = (Vec<Py<PyAny>>, Py<PyTuple>, Accessors);
static HEADER_BASES: Mutex<Vec<Judged>> = Mutex::new(Vec::new());

/// The names whose definition on a header class changes how the fast routes may read its instances.
const READ_NAMES: [&str; 12] = [
    "fold",
    "parse",
    "init",
    "__str__",
    "name",
    "defects",
    "addresses",
    "_name",
    "_defects",
    "_parse_tree",
    "_groups",
    "__getattribute__",
];
const PRIVATE_NAMES: [&str; 4] = ["_name", "_defects", "_parse_tree", "_groups"];

fn header_class(value: &Bound<'_, PyAny>, text_is_tree: &Bound<'_, PyTuple>) -> PyResult<HeaderClass> {
    let py = value.py();
    let ty = value.get_type();
    // The class's own dict: two entries (`__module__`, `__doc__`) for the registry's classes, read key by key.
    let mut adds = false;
    for key in ty.getattr(intern!(py, "__dict__"))?.try_iter()? {
        let key = key?;
        adds |= key
            .cast::<PyString>()
            .map_or(true, |k| text(k).map_or(true, |k| READ_NAMES.contains(&&*k)));
    }
    let bases = ty.getattr(intern!(py, "__bases__"))?;
    let bases = bases.cast::<PyTuple>()?;
    let same = |known: &[Py<PyAny>], tree: &Py<PyTuple>| {
        tree.bind(py).is(text_is_tree)
            && known.len() == bases.len()
            && known.iter().zip(bases.iter()).all(|(k, b)| k.bind(py).is(&b))
    };
    let mut verdict = None;
    if !adds {
        if let Ok(known) = HEADER_BASES.lock() {
            verdict = known.iter().find(|(k, t, _)| same(k, t)).map(|(_, _, v)| *v);
        }
    }
    let accessors = if let Some(v) = verdict {
        v
    } else {
        let v = judge_accessors(&ty, text_is_tree)?;
        if let (false, Ok(mut known)) = (adds, HEADER_BASES.lock()) {
            if known.len() < MAX_KINDS && !known.iter().any(|(k, t, _)| same(k, t)) {
                known.push((
                    bases.iter().map(Bound::unbind).collect(),
                    text_is_tree.clone().unbind(),
                    v,
                ));
            }
        }
        v
    };
    // A class answering lookups its own way is read only through them, as the generator reads it (its value may
    // not be its tree's text then either).
    let generic = generic_getattr(&ty);
    let base_accessors = accessors.base_accessors && generic;
    Ok(HeaderClass {
        text_is_tree: generic && accessors.text_is_tree,
        base_accessors,
        address_header: accessors.address_header,
        registry_methods: accessors.registry_methods,
        instance_dict: base_accessors && accessors.private_names_free,
    })
}

/// `issubclass(ty, classes)` by the classes' bases alone (`type`'s own rule: a class in `classes` with a metaclass
/// of its own is not a match here). `isinstance` asks the instance's `__class__` for every class that does not match,
/// a walk of the bases each (see [`HeaderClass::instance_dict`]).
fn is_subclass_of_any(ty: &Bound<'_, PyType>, classes: &Bound<'_, PyTuple>) -> bool {
    classes.iter().any(|c| {
        c.cast::<PyType>()
            // SAFETY: both are live type objects.
            .is_ok_and(|c| unsafe { ffi::PyType_IsSubtype(ty.as_type_ptr(), c.as_type_ptr()) } != 0)
    })
}

/// The class looks attributes up as `object` does (no `__getattr__` or `__getattribute__` of its own or its bases').
fn generic_getattr(ty: &Bound<'_, PyType>) -> bool {
    // SAFETY: a live type; the registry's classes are heap types, which `PyType_GetSlot` answers on every version.
    let heap = unsafe { ffi::PyType_GetFlags(ty.as_type_ptr()) } & ffi::Py_TPFLAGS_HEAPTYPE != 0;
    heap && {
        // SAFETY: as above.
        let getattro = unsafe { ffi::PyType_GetSlot(ty.as_type_ptr(), ffi::Py_tp_getattro) };
        std::ptr::eq(getattro, ffi::PyObject_GenericGetAttr as *mut std::ffi::c_void)
    }
}

/// Whether the class's `name`, `defects` (and `addresses`, if it has one) are `headerregistry`'s base properties,
/// whether it has `AddressHeader`'s `addresses`, and whether the private names are free on it.
fn judge_accessors(ty: &Bound<'_, PyType>, text_is_tree: &Bound<'_, PyTuple>) -> PyResult<Accessors> {
    static BASE: PyOnceLock<(Py<PyAny>, Py<PyAny>, Py<PyAny>)> = PyOnceLock::new();
    let py = ty.py();
    let (name, defects, addresses) = BASE.get_or_try_init(py, || -> PyResult<_> {
        let registry = py.import("email.headerregistry")?;
        let base = registry.getattr("BaseHeader")?.getattr("__dict__")?;
        let address = registry.getattr("AddressHeader")?.getattr("__dict__")?;
        Ok((
            base.get_item("name")?.unbind(),
            base.get_item("defects")?.unbind(),
            address.get_item("addresses")?.unbind(),
        ))
    })?;
    let found = ty.getattr_opt(intern!(py, "addresses"))?;
    let base_accessors = ty.getattr_opt(intern!(py, "name"))?.is_some_and(|a| a.is(name))
        && ty.getattr_opt(intern!(py, "defects"))?.is_some_and(|a| a.is(defects))
        && found.as_ref().is_none_or(|a| a.is(addresses));
    let mut private_names_free = true;
    for n in PRIVATE_NAMES {
        private_names_free &= ty.getattr_opt(n)?.is_none();
    }
    Ok(Accessors {
        base_accessors,
        address_header: found.is_some_and(|a| a.is(addresses)),
        registry_methods: registry_methods(ty)?,
        private_names_free,
        text_is_tree: is_subclass_of_any(ty, text_is_tree),
    })
}

/// The methods that decide what the generator writes for a header object (its `fold`, and the `parse`, `init` and
/// `__str__` that make its value and tree).
const REGISTRY_METHODS: [&str; 4] = ["fold", "parse", "init", "__str__"];

/// Each of [`REGISTRY_METHODS`] is defined (first in the class's MRO) by `email.headerregistry` or by `str`.
fn registry_methods(ty: &Bound<'_, PyType>) -> PyResult<bool> {
    let py = ty.py();
    let mro = ty.getattr(intern!(py, "__mro__"))?;
    for name in REGISTRY_METHODS {
        let mut owner = None;
        for cls in mro.try_iter()? {
            let cls = cls?;
            if cls.getattr(intern!(py, "__dict__"))?.contains(name)? {
                owner = Some(cls);
                break;
            }
        }
        let Some(owner) = owner else {
            return Ok(false);
        };
        let module = owner.getattr(intern!(py, "__module__"))?;
        let module = module.cast::<PyString>().map(|m| m.to_cow().map(|m| m.into_owned()));
        if !matches!(module, Ok(Ok(m)) if m == "email.headerregistry" || m == "builtins") {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Whether a header object's class folds and parses as the registry's own classes do ([`registry_methods`], judged
/// once per set of bases): `_serialize._header` writes a header's tree itself only then.
#[pyfunction]
pub fn registry_header(value: &Bound<'_, PyAny>) -> PyResult<bool> {
    Ok(header_class(value, &PyTuple::empty(value.py()))?.registry_methods)
}

/// A header object as the fast routes read it: its class's verdicts and, where they allow, its `__dict__`.
struct Header<'py> {
    value: Bound<'py, PyAny>,
    class: HeaderClass,
    attrs: Option<Bound<'py, PyDict>>,
}

impl<'py> Header<'py> {
    fn new(value: Bound<'py, PyAny>, text_is_tree: &Bound<'py, PyTuple>) -> PyResult<Header<'py>> {
        let class = header_class(&value, text_is_tree)?;
        let attrs = if class.instance_dict {
            value
                .getattr(intern!(value.py(), "__dict__"))?
                .cast_into::<PyDict>()
                .ok()
        } else {
            None
        };
        Ok(Header { value, class, attrs })
    }

    /// The attribute a base property returns (`private`, from the dict where the class allows), else `public`
    /// through the class; None where the instance has neither.
    fn read(
        &self,
        private: &Bound<'py, PyString>,
        public: &Bound<'py, PyString>,
    ) -> PyResult<Option<Bound<'py, PyAny>>> {
        if let Some(found) = self.attrs.as_ref().map(|d| d.get_item(private)).transpose()?.flatten() {
            return Ok(Some(found));
        }
        self.value
            .getattr_opt(if self.class.base_accessors { private } else { public })
    }

    /// `value.defects` is not empty (its `_defects` list, which the base property copies into a tuple).
    fn has_defects(&self) -> PyResult<bool> {
        let py = self.value.py();
        match self.read(intern!(py, "_defects"), intern!(py, "defects"))? {
            Some(d) => d.is_truthy(),
            None => Err(pyo3::exceptions::PyAttributeError::new_err("defects")),
        }
    }
}

/// One header object's line as `_serialize._header` writes it on its first route (label, a space, the tree's text,
/// when that is ASCII and fits a line), or None when it needs the policy's folding.
fn one_line(header: &Header<'_>, max_line_length: usize) -> PyResult<Option<String>> {
    let py = header.value.py();
    if !header.class.registry_methods {
        return Ok(None); // the policy's fold calls the class's own
    }
    let tree = intern!(py, "_parse_tree");
    let Some(tree) = header.read(tree, tree)? else {
        return Ok(None);
    };
    if tree.is_none() || !tree.is_truthy()? {
        return Ok(None);
    }
    let token_type = tree.getattr(intern!(py, "token_type"))?;
    let token_type = text(token_type.cast::<PyString>()?)?;
    if token_type == "ptext" || token_type == "mime-parameters" {
        return Ok(None);
    }
    let Some(name) = header.read(intern!(py, "_name"), intern!(py, "name"))? else {
        return Err(pyo3::exceptions::PyAttributeError::new_err("name"));
    };
    let mut line = String::with_capacity(80);
    line.push_str(&text(name.cast::<PyString>()?)?);
    line.push_str(": ");
    if header.class.text_is_tree && !header.has_defects()? {
        line.push_str(&text(header.value.cast::<PyString>()?)?);
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
            let name = text(&name)?;
            if skip.iter().any(|s| name.eq_ignore_ascii_case(s)) {
                continue;
            }
        }
        let header = Header::new(pair.get_borrowed_item(1)?.to_owned(), text_is_tree)?;
        let Some(line) = one_line(&header, max_line_length)? else {
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
        resilient_smtp::check_header(&text(&name)?, &text(&value)?).map_err(value_error)?;
    }
    Ok(())
}

/// The header fields `prepare_message` reads for the envelope (as `message.from_message` reads them), by name.
#[derive(Default)]
struct EnvelopeFields<'py> {
    from: Vec<AddressValue<'py>>,
    sender: Vec<AddressValue<'py>>,
    to: Vec<AddressValue<'py>>,
    cc: Vec<AddressValue<'py>>,
    bcc: Vec<AddressValue<'py>>,
}

/// An address field's value as the envelope reads it: a header object, or the addresses of a raw value (a parsed
/// message's) simple enough to be read here ([`simple_addresses`]).
enum AddressValue<'py> {
    Header(Header<'py>),
    Simple(Vec<String>),
}

/// atext (RFC 5322 §3.2.3).
fn is_atext(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-/=?^_`{|}~".contains(&b)
}

/// A dot-atom's text: atext runs joined by single dots.
fn is_dot_atom(s: &str) -> bool {
    !s.is_empty() && s.split('.').all(|part| !part.is_empty() && part.bytes().all(is_atext))
}

/// The addresses of a raw address field in the one shape read here, a comma-separated list of `local@domain` or
/// `Display Name <local@domain>` (dot-atoms; a display name of atoms and single spaces), spaces around the parts, no
/// `=?` anywhere; None for anything else (quotes, comments, groups, folding, route syntax, an empty item): the
/// registry parses those (`policy.header_fetch_parse`, as the Python route does). For this shape its parse gives
/// these addresses, without defects (held to it by tests/test_serialize.py). (The registry decodes an encoded word
/// that starts a local part or domain: `=?utf-8?q?a?=@example.com` is `a@example.com` to it.)
fn simple_addresses(value: &str) -> Option<Vec<String>> {
    if value.contains("=?") {
        return None;
    }
    let mut out = Vec::new();
    for item in value.split(',') {
        let item = item.trim_matches(' ');
        let addr = match item.strip_suffix('>') {
            Some(rest) => {
                let (phrase, addr) = rest.split_once('<')?;
                let phrase = phrase.trim_end_matches(' ');
                let atoms_ok = phrase
                    .split(' ')
                    .all(|atom| !atom.is_empty() && atom.bytes().all(is_atext));
                if phrase.is_empty() || !atoms_ok {
                    return None;
                }
                addr
            }
            None => item,
        };
        let (local, domain) = addr.split_once('@')?;
        if !is_dot_atom(local) || !is_dot_atom(domain) {
            return None;
        }
        out.push(addr.to_owned());
    }
    Some(out)
}

/// A raw header value's line as the policy's fold writes it (`EmailPolicy._fold` of a string: its lines joined,
/// refolded only when one is too long): here the one-line ASCII value that fits, None for the rest.
fn raw_line(name: &str, value: &str, max_line_length: usize) -> Option<String> {
    // (`str.splitlines` also splits at \x0b, \x0c and \x1c-\x1e.)
    let one_line = value.is_ascii()
        && !value
            .bytes()
            .any(|b| matches!(b, b'\r' | b'\n' | 0x0b | 0x0c | 0x1c..=0x1e));
    (one_line && name.len() + 2 + value.len() <= max_line_length).then(|| format!("{name}: {value}"))
}

/// A `msg-id` written as `make_msgid` writes one, which the registry's parser gives back unchanged: dot-atoms on both
/// sides (a msg-id it cannot parse, such as `<a@b..c>`, it reads as unstructured text, decoding any encoded word).
fn is_simple_msgid(value: &str) -> bool {
    value
        .strip_prefix('<')
        .and_then(|v| v.strip_suffix('>'))
        .and_then(|v| v.split_once('@'))
        .is_some_and(|(local, domain)| {
            is_dot_atom(local)
                && is_dot_atom(domain)
                && domain
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
        })
}

/// `message._parsed_addresses` for the values of one field, appended to `out`: false where it would answer None
/// (a value that is not a parsed address header, has defects, or an address `getaddresses` would give otherwise).
/// The registry's own classes are read through the attributes their properties return (`AddressHeader.addresses`
/// is its groups' `_addresses`, each `Address`'s `username` its `_username`...), without a Python call each.
fn parsed_addresses(values: &[AddressValue<'_>], out: &mut Vec<String>) -> PyResult<bool> {
    static CLASSES: PyOnceLock<(Py<PyType>, Py<PyType>)> = PyOnceLock::new();
    const QUOTE_NEEDED: &[char] = &['(', ')', '<', '>', '@', ',', ':', ';', '\\', '"', '[', ']', ' ', '\t'];
    for value in values {
        let header = match value {
            AddressValue::Simple(addresses) => {
                out.extend(addresses.iter().cloned());
                continue;
            }
            AddressValue::Header(header) => header,
        };
        let (v, class) = (&header.value, header.class);
        let py = v.py();
        let (group_class, address_class) = CLASSES.get_or_try_init(py, || -> PyResult<_> {
            let registry = py.import("email.headerregistry")?;
            Ok((
                registry.getattr("Group")?.cast_into::<PyType>()?.unbind(),
                registry.getattr("Address")?.cast_into::<PyType>()?.unbind(),
            ))
        })?;
        let addresses: Vec<Bound<'_, PyAny>> = if class.base_accessors && class.address_header {
            if header.has_defects()? {
                return Ok(false);
            }
            let groups = intern!(py, "_groups");
            let Some(groups) = header.read(groups, groups)? else {
                return Err(pyo3::exceptions::PyAttributeError::new_err("_groups"));
            };
            let mut all = Vec::new();
            for group in groups.try_iter()? {
                let group = group?;
                if !group.get_type().is(group_class.bind(py)) {
                    return Ok(false);
                }
                for a in group.getattr(intern!(py, "_addresses"))?.try_iter()? {
                    all.push(a?);
                }
            }
            all
        } else {
            let Some(addresses) = v.getattr_opt(intern!(py, "addresses"))? else {
                return Ok(false);
            };
            if addresses.is_none() || header.has_defects()? {
                return Ok(false);
            }
            addresses.try_iter()?.collect::<PyResult<_>>()?
        };
        for a in addresses {
            let plain = a.get_type().is(address_class.bind(py));
            let (local, domain) = if plain {
                (a.getattr(intern!(py, "_username"))?, a.getattr(intern!(py, "_domain"))?)
            } else {
                (a.getattr(intern!(py, "username"))?, a.getattr(intern!(py, "domain"))?)
            };
            let (Ok(local), Ok(domain)) = (local.cast::<PyString>(), domain.cast::<PyString>()) else {
                return Ok(false);
            };
            let (local, domain) = (text(local)?, text(domain)?);
            if local.is_empty()
                || domain.is_empty()
                || !local.is_ascii()
                || !domain.is_ascii()
                || local.contains(QUOTE_NEEDED)
            {
                return Ok(false);
            }
            out.push(format!("{local}@{domain}"));
        }
    }
    Ok(true)
}

/// A new Message-ID in `email.utils.make_msgid(domain=...)`'s shape, `<centiseconds.pid.random64@domain>`: the
/// time, the process and 64 random bits (the thread's CSPRNG) make it unique as make_msgid's are.
pub(crate) fn new_message_id(domain: &str) -> String {
    use rand::Rng;
    let centis = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() / 10);
    let random: u64 = rand::rng().random();
    format!("<{centis}.{}.{random}@{domain}>", std::process::id())
}

/// `Message.get_content_maintype()` from the first Content-Type value (None: the part has none), when its text is
/// ASCII; `default` is the part's `_default_type`.
fn content_maintype(value: Option<&Bound<'_, PyAny>>, default: &str) -> PyResult<Option<String>> {
    let ctype = match value {
        None => default.to_ascii_lowercase(),
        Some(v) => {
            let ctype = text(v.cast::<PyString>()?)?;
            if !ctype.is_ascii() {
                return Ok(None);
            }
            // (`_splitparam`: the text before the first ";", stripped as `str.strip` strips ASCII: \x1c-\x1f too.)
            let strip = |c: char| c.is_ascii_whitespace() || matches!(c, '\x0b' | '\x1c'..='\x1f');
            let ctype = ctype
                .split(';')
                .next()
                .unwrap_or("")
                .trim_matches(strip)
                .to_ascii_lowercase();
            if ctype.matches('/').count() == 1 {
                ctype
            } else {
                "text/plain".to_owned()
            }
        }
    };
    Ok(Some(ctype.split('/').next().unwrap_or("").to_owned()))
}

/// `_serialize._body` for an ASCII text: every line end (CRLF, CR, LF) as CRLF.
fn push_body(text: &str, out: &mut Vec<u8>) {
    if !text.contains('\r') {
        // The usual text: a CRLF for each LF, the lines copied whole.
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                out.extend_from_slice(b"\r\n");
            }
            out.extend_from_slice(line.as_bytes());
        }
        return;
    }
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\r' => {
                out.extend_from_slice(b"\r\n");
                i += if bytes.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            }
            b'\n' => {
                out.extend_from_slice(b"\r\n");
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
}

/// `(data, sender, recipients, message_id)`.
type PreparedMessage<'py> = (Bound<'py, PyBytes>, String, Vec<String>, String);

/// What `message.from_message(msg, None, None, id_domain)` returns for a single-part message (a plain `Message`
/// class, checked by the caller, whose wire policy `_serialize` reproduces, with `max_line_length`) in one call:
/// `(data, sender, recipients, message_id)`, the Message-ID made here and the `date` line added when the message
/// has none. Headers are header objects (a message built in code) or raw strings (a parsed message), each written on
/// one line. None wherever the Python route would do anything else (a header needing the policy's folding, an
/// address it would re-parse, a Resent block, a multipart or message/* part, a non-ASCII body, a header the
/// injection check refuses, an id domain that would fold): the caller then takes that route, which decides and
/// raises as before.
fn prepare_message<'py>(
    msg: &Bound<'py, PyAny>,
    policy: &Bound<'py, PyAny>,
    max_line_length: usize,
    text_is_tree: &Bound<'py, PyTuple>,
    id_domain: &str,
    date: &str,
) -> PyResult<Option<PreparedMessage<'py>>> {
    let py = msg.py();
    let headers = msg.getattr(intern!(py, "_headers"))?;
    let Ok(headers) = headers.cast::<PyList>() else {
        return Ok(None);
    };
    let mut fields = EnvelopeFields::default();
    let mut message_id: Option<String> = None;
    let mut has_date = false;
    let mut content_type: Option<Bound<'py, PyAny>> = None;
    let mut out = String::with_capacity(512);
    for pair in headers.iter() {
        let Ok(pair) = pair.cast::<PyTuple>() else {
            return Ok(None);
        };
        if pair.len() != 2 {
            return Ok(None);
        }
        let (name, value) = (pair.get_borrowed_item(0)?, pair.get_borrowed_item(1)?.to_owned());
        let (Ok(name), Ok(value_str)) = (name.cast::<PyString>(), value.cast::<PyString>()) else {
            return Ok(None);
        };
        let (name, value_text) = (text(&name)?, text(value_str)?);
        if resilient_smtp::check_header(&name, &value_text).is_err() {
            return Ok(None); // the Python route raises it, with its message
        }
        let lower = name.to_ascii_lowercase();
        // A parsed message's headers are raw strings: written as the policy folds a string, and read for the
        // envelope as the Python route reads them (`policy.header_fetch_parse`), unless simple enough to read here.
        let raw = value.is_exact_instance_of::<PyString>();
        let header = if raw {
            None
        } else {
            Some(Header::new(value.clone(), text_is_tree)?)
        };
        let field = |header: Option<Header<'py>>| -> PyResult<AddressValue<'py>> {
            if let Some(h) = header {
                return Ok(AddressValue::Header(h));
            }
            if let Some(found) = simple_addresses(&value_text) {
                return Ok(AddressValue::Simple(found));
            }
            let parsed = policy.call_method1(intern!(py, "header_fetch_parse"), (&*name, &value))?;
            Ok(AddressValue::Header(Header::new(parsed, text_is_tree)?))
        };
        if lower == "bcc" {
            fields.bcc.push(field(header)?);
            continue; // the receivers must not see it
        }
        let line = match &header {
            None => raw_line(&name, &value_text, max_line_length),
            Some(h) => one_line(h, max_line_length)?,
        };
        let Some(line) = line else {
            return Ok(None);
        };
        match lower.as_str() {
            "from" => fields.from.push(field(header)?),
            "sender" => fields.sender.push(field(header)?),
            "to" => fields.to.push(field(header)?),
            "cc" => fields.cc.push(field(header)?),
            "message-id" if message_id.is_none() => {
                message_id = Some(if !raw || is_simple_msgid(&value_text) {
                    value_text.clone().into_owned()
                } else {
                    let parsed = policy.call_method1(intern!(py, "header_fetch_parse"), (&*name, &value))?;
                    parsed.str()?.to_string()
                });
            }
            "date" => has_date = true,
            "content-type" if content_type.is_none() => {
                content_type = Some(if raw {
                    policy.call_method1(intern!(py, "header_fetch_parse"), (&*name, &value))?
                } else {
                    value.clone()
                });
            }
            l if l.starts_with("resent-") => return Ok(None), // smtplib's Resent rules: the Python route
            _ => {}
        }
        out.push_str(&line);
        out.push_str("\r\n");
    }
    let from = if fields.sender.is_empty() {
        &fields.from
    } else {
        &fields.sender
    };
    let mut found = Vec::new();
    if !parsed_addresses(from, &mut found)? || found.is_empty() {
        return Ok(None);
    }
    let sender = found.swap_remove(0);
    let mut recipients = Vec::new();
    for values in [&fields.to, &fields.bcc, &fields.cc] {
        if !parsed_addresses(values, &mut recipients)? {
            return Ok(None);
        }
    }
    let default_type = msg.getattr(intern!(py, "_default_type"))?;
    let Some(maintype) = content_maintype(content_type.as_ref(), &text(default_type.cast::<PyString>()?)?)? else {
        return Ok(None);
    };
    // The generator's handler is `_handle_<main>_<sub>` or `_handle_<main>` ("-" read as "_"): `multipart-signed/x`
    // and `message-delivery/status` are not text to it either.
    let handler = maintype.replace('-', "_");
    if handler.starts_with("multipart") || handler.starts_with("message") {
        return Ok(None);
    }
    let payload = msg.getattr(intern!(py, "_payload"))?;
    let body = if payload.is_none() {
        None
    } else if let Ok(payload) = payload.cast::<PyString>() {
        // (A surrogate escape comes back as U+FFFD: not ASCII either, so the Python route takes the body.)
        let body = text(payload)?.into_owned();
        if !body.is_ascii() {
            return Ok(None);
        }
        Some(body)
    } else {
        return Ok(None);
    };
    let message_id = if let Some(id) = message_id {
        id
    } else {
        // `_serialize.message_id_line`'s rule: a dot-atom domain and a line that does not fold.
        let simple = !id_domain.is_empty()
            && id_domain
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-');
        let id = new_message_id(id_domain);
        if !simple || "Message-ID: ".len() + id.len() > max_line_length {
            return Ok(None);
        }
        out.push_str("Message-ID: ");
        out.push_str(&id);
        out.push_str("\r\n");
        id
    };
    if !has_date {
        if "Date: ".len() + date.len() > max_line_length {
            return Ok(None); // the policy folds it
        }
        out.push_str("Date: ");
        out.push_str(date);
        out.push_str("\r\n");
    }
    out.push_str("\r\n");
    let mut data = out.into_bytes();
    if let Some(body) = body {
        data.reserve(body.len() + body.len() / 32);
        push_body(&body, &mut data);
    }
    Ok(Some((PyBytes::new(py, &data), sender, recipients, message_id)))
}

/// `message.from_message(msg, None, None, id_domain)` natively, for `message._native` (every `send()` of an
/// `EmailMessage`) and the bulk stream's items alike, so that which messages take the native route is decided here
/// once: a plain class (`message._PLAIN_MESSAGES`), a policy `_serialize` reproduces (`message._native_policy`,
/// asked again only when a message's policy is another object), and whatever [`prepare_message`] takes; the Date
/// from `message._date_now`, asked again only when the second changes. None for the rest, and for anything
/// `prepare_message` raises on (an odd header or payload): the Python route then decides and raises as before.
#[pyclass(frozen, module = "resilient_smtp._core")]
pub struct MessagePreparer {
    native_policy: Py<PyAny>,
    date_now: Py<PyAny>,
    plain_classes: Py<PyTuple>,
    cache: Mutex<PreparerCache>,
}

#[derive(Default)]
struct PreparerCache {
    /// The last policy seen, its `max_line_length` (0: not reproduced) and the header classes whose text is their tree.
    policy: Option<(Py<PyAny>, usize, Py<PyTuple>)>,
    date: Option<(u64, String)>,
}

#[pymethods]
impl MessagePreparer {
    #[new]
    fn py_new(native_policy: Py<PyAny>, date_now: Py<PyAny>, plain_classes: Py<PyTuple>) -> MessagePreparer {
        MessagePreparer {
            native_policy,
            date_now,
            plain_classes,
            cache: Mutex::default(),
        }
    }

    /// `(data, sender, recipients, message_id)`, or None.
    #[pyo3(name = "prepare")]
    fn py_prepare<'py>(&self, msg: &Bound<'py, PyAny>, id_domain: &str) -> PyResult<Option<PreparedMessage<'py>>> {
        self.prepare(msg, id_domain)
    }
}

impl MessagePreparer {
    pub fn prepare<'py>(&self, item: &Bound<'py, PyAny>, id_domain: &str) -> PyResult<Option<PreparedMessage<'py>>> {
        let py = item.py();
        if !self.plain_classes.bind(py).contains(item.get_type())? {
            return Ok(None);
        }
        let policy = item.getattr(intern!(py, "policy"))?;
        let (limit, text_is_tree) = self.policy(&policy)?;
        if limit == 0 {
            return Ok(None);
        }
        let date = self.date(py)?;
        match prepare_message(item, &policy, limit, text_is_tree.bind(py), id_domain, &date) {
            Ok(prepared) => Ok(prepared),
            Err(e) if e.is_instance_of::<pyo3::exceptions::PyException>(py) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// The policy's `max_line_length` (0: not reproduced) and header classes whose text is their tree. (The cache's
    /// lock is never held across a Python call: the call may let another thread run, which may come here.)
    fn policy(&self, policy: &Bound<'_, PyAny>) -> PyResult<(usize, Py<PyTuple>)> {
        let py = policy.py();
        if let Some((p, limit, tree)) = &self.lock().policy {
            if p.bind(py).is(policy) {
                return Ok((*limit, tree.clone_ref(py)));
            }
        }
        let (_, limit, text_is_tree): (Py<PyAny>, usize, Py<PyTuple>) =
            self.native_policy.bind(py).call1((policy,))?.extract()?;
        let previous = self
            .lock()
            .policy
            .replace((policy.clone().unbind(), limit, text_is_tree.clone_ref(py)));
        // Released after the lock: the last reference to a policy (one minted per message) frees it, which may run
        // Python code that comes back here.
        drop(previous);
        Ok((limit, text_is_tree))
    }

    /// `message._date_now()`, asked once per second of `time.time()` (which it caches by too).
    fn date(&self, py: Python<'_>) -> PyResult<String> {
        let second = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        if let Some((s, date)) = &self.lock().date {
            if *s == second {
                return Ok(date.clone());
            }
        }
        let date: String = self.date_now.bind(py).call0()?.extract()?;
        self.lock().date = Some((second, date.clone()));
        Ok(date)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, PreparerCache> {
        self.cache.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}
