//! What the outbox stores about an attempt, as JSON text: a delivery's result, an error (with the fields
//! `resilient_smtp.errors` builds its exception from, so `status().error` is the same exception `send()` raises), and
//! the per-recipient log.

use std::io::Write as _;

use serde_json::{json, Map, Value};

use crate::outcome::Failure;
use crate::outcome::{describe, Attempt, Delivery};
use crate::policy::Trouble;
use crate::reply::Reply;

use super::schedule::Schedule;

/// A value's compact text, the same as its `Display` gives, written into a buffer (`Display` goes through a
/// formatter, at several times the instructions).
fn text(value: &Value) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

fn reply_pair(r: &Reply) -> Value {
    json!([r.code, r.text()])
}

fn refused_map(refused: &[(String, Reply)]) -> Value {
    Value::Object(refused.iter().map(|(rcpt, r)| (rcpt.clone(), reply_pair(r))).collect())
}

fn attempts(list: &[Attempt]) -> Value {
    Value::Array(
        list.iter()
            .map(|a| {
                json!({
                    "number": a.number,
                    "host": a.host,
                    "ip": a.ip.map(|ip| ip.to_string()),
                    "port": a.port,
                    "phase": a.phase.name(),
                    "code": a.reply.as_ref().map(|r| r.code),
                    "enhanced_code": a.reply.as_ref().and_then(|r| r.enhanced).map(|e| e.to_string()),
                    "error": a.error.as_ref().map(|e| e.to_string()),
                    "started_at": crate::outbox::secs(
                        a.started_at.duration_since(std::time::UNIX_EPOCH).unwrap_or_default()
                    ),
                    "elapsed": a.elapsed.as_secs_f64(),
                    "delay_before": a.delay_before.as_secs_f64(),
                })
            })
            .collect(),
    )
}

/// A JSON object written straight into text. Its keys are given in sorted order, the order `json!` objects have, so
/// the text is the same as theirs: a result is written for every message sent, and building it as a `Value` tree (a
/// map and an allocation per field, then formatting through `Display`) cost more instructions than the pipelined
/// transaction it reports on.
struct Object {
    out: Vec<u8>,
    empty: bool,
}

impl Object {
    fn new() -> Object {
        let mut out = Vec::with_capacity(512);
        out.push(b'{');
        Object { out, empty: true }
    }

    /// A key: one of this file's names, which need no escaping, so written as they are.
    fn key(&mut self, key: &'static str) {
        debug_assert!(key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'));
        if !self.empty {
            self.out.push(b',');
        }
        self.empty = false;
        self.out.push(b'"');
        self.out.extend_from_slice(key.as_bytes());
        self.out.extend_from_slice(b"\":");
    }

    /// A key from elsewhere (a recipient), escaped as JSON needs.
    fn escaped_key(&mut self, key: &str) {
        if !self.empty {
            self.out.push(b',');
        }
        self.empty = false;
        let _ = serde_json::to_writer(&mut self.out, key);
        self.out.push(b':');
    }

    fn close(mut self) -> Vec<u8> {
        self.out.push(b'}');
        self.out
    }
}

/// Writes `key: value` (anything serde_json serializes) into an [`Object`].
macro_rules! field {
    ($object:expr, $key:literal, $value:expr) => {{
        $object.key($key);
        let _ = serde_json::to_writer(&mut $object.out, &$value);
    }};
}

/// An address as JSON text (`null` for none), written without the `String` that `to_string` makes; an IPv4
/// address digit by digit (its `Display` goes through a formatter, and every result has two).
fn write_ip(out: &mut Vec<u8>, ip: Option<std::net::IpAddr>) {
    match ip {
        None => out.extend_from_slice(b"null"),
        Some(std::net::IpAddr::V4(v4)) => {
            out.push(b'"');
            for (i, octet) in v4.octets().into_iter().enumerate() {
                if i > 0 {
                    out.push(b'.');
                }
                if octet >= 100 {
                    out.push(b'0' + octet / 100);
                }
                if octet >= 10 {
                    out.push(b'0' + octet / 10 % 10);
                }
                out.push(b'0' + octet % 10);
            }
            out.push(b'"');
        }
        Some(ip @ std::net::IpAddr::V6(_)) => {
            let _ = write!(out, "\"{ip}\"");
        }
    }
}

/// An enhanced status code as JSON text (`null` for none): three numbers, no escaping.
fn write_enhanced(out: &mut Vec<u8>, code: Option<crate::reply::EnhancedCode>) {
    match code {
        None => out.extend_from_slice(b"null"),
        Some(e) => {
            out.push(b'"');
            let _ = serde_json::to_writer(&mut *out, &e.class);
            out.push(b'.');
            let _ = serde_json::to_writer(&mut *out, &e.subject);
            out.push(b'.');
            let _ = serde_json::to_writer(&mut *out, &e.detail);
            out.push(b'"');
        }
    }
}

/// One attempt, as [`attempts`] has it.
fn write_attempt(out: &mut Vec<u8>, a: &Attempt) {
    let mut o = Object::new();
    field!(o, "code", a.reply.as_ref().map(|r| r.code));
    field!(o, "delay_before", a.delay_before.as_secs_f64());
    field!(o, "elapsed", a.elapsed.as_secs_f64());
    o.key("enhanced_code");
    write_enhanced(&mut o.out, a.reply.as_ref().and_then(|r| r.enhanced));
    field!(o, "error", a.error.as_ref().map(ToString::to_string));
    field!(o, "host", a.host);
    o.key("ip");
    write_ip(&mut o.out, a.ip);
    field!(o, "number", a.number);
    field!(o, "phase", a.phase.name());
    field!(o, "port", a.port);
    field!(
        o,
        "started_at",
        crate::outbox::secs(a.started_at.duration_since(std::time::UNIX_EPOCH).unwrap_or_default())
    );
    out.extend_from_slice(&o.close());
}

/// A delivery's result (the scalar fields of a `SendResult`, its accepted recipients and its attempts).
pub fn result(d: &Delivery, message_id: Option<&str>) -> String {
    let first = d.transactions.first();
    let mut o = Object::new();
    o.key("accepted");
    o.out.push(b'[');
    for (i, rcpt) in d.transactions.iter().flat_map(|t| &t.accepted).enumerate() {
        if i > 0 {
            o.out.push(b',');
        }
        let _ = serde_json::to_writer(&mut o.out, rcpt);
    }
    o.out.push(b']');
    o.key("attempts");
    o.out.push(b'[');
    for (i, a) in d.attempts.iter().enumerate() {
        if i > 0 {
            o.out.push(b',');
        }
        write_attempt(&mut o.out, a);
    }
    o.out.push(b']');
    field!(o, "code", first.map(|t| t.reply.code));
    field!(o, "elapsed", d.elapsed.as_secs_f64());
    o.key("enhanced_code");
    write_enhanced(&mut o.out, first.and_then(|t| t.reply.enhanced));
    field!(o, "host", first.map(|t| t.host.as_str()));
    o.key("ip");
    write_ip(&mut o.out, first.map(|t| t.addr.ip()));
    field!(o, "message_id", message_id);
    field!(o, "port", first.map(|t| t.addr.port()));
    // (A map: a recipient refused twice is there once, as `json!` has it.)
    field!(o, "refused", refused_map(&d.refused));
    field!(o, "reply", first.map(|t| t.reply.text()));
    String::from_utf8(o.close()).unwrap_or_default()
}

/// A failure, with the keys `resilient_smtp.errors._from_core` reads; `note` is appended to its message.
pub fn error(f: &Failure, sender: &str, note: Option<&str>) -> String {
    let described = describe(&f.error);
    let reply = described.reply;
    let mut message = f.to_string();
    if let Some(note) = note {
        message = format!("{message} ({note})");
    }
    text(&json!({
        "kind": described.kind,
        "phase": f.error.phase.name(),
        "detail": f.error.kind.to_string(),
        "description": f.error.to_string(),
        "limit": described.limit.map(|d| d.as_secs_f64()),
        "deadline": described.deadline,
        "errno": described.errno,
        "smtp_code": reply.as_ref().map(|r| r.code),
        "smtp_text": reply.as_ref().map(|r| r.text()),
        "enhanced_code": reply.as_ref().and_then(|r| r.enhanced).map(|e| e.to_string()),
        "host": f.host,
        "ip": f.ip.map(|ip| ip.to_string()),
        "port": f.port,
        "transient": f.trouble == Trouble::Transient,
        "maybe_delivered": f.trouble == Trouble::Uncertain,
        "elapsed": f.elapsed.as_secs_f64(),
        "retry_after": f.retry_after.map(|d| d.as_secs_f64()),
        "refused": refused_map(&f.refused),
        "attempts": attempts(&f.attempts),
        "message": message,
        "sender": sender,
    }))
}

/// An error that no delivery produced (the outbox's own verdict), in the same shape as [`error`].
pub fn plain_error(kind: &str, phase: &str, why: &str, transient: bool, maybe_delivered: bool) -> String {
    text(&json!({
        "kind": kind, "phase": phase, "detail": why, "description": why, "limit": null, "deadline": false,
        "errno": null, "smtp_code": null, "smtp_text": null, "enhanced_code": null, "host": null, "ip": null,
        "port": null, "transient": transient, "maybe_delivered": maybe_delivered, "elapsed": null,
        "retry_after": null, "refused": {}, "attempts": [], "message": why, "sender": null,
    }))
}

/// The error of an entry whose worker went away after the data began: a lost connection after DATA, as the
/// exception classes know it (`UncertainDisconnect`).
pub fn orphaned_error(why: &str) -> String {
    plain_error("disconnected", "data_block", why, false, true)
}

/// Whether `retry()` may requeue an entry in `state`.
pub fn retryable(state: &str, uncertain: bool) -> bool {
    matches!(state, "deferred" | "failed") || (state == "uncertain" && uncertain)
}

/// A destination's backoff after `failures` failures in a row: the queue's schedule.
pub fn dest_delay(schedule: &Schedule, failures: i64) -> f64 {
    schedule
        .delay(failures.clamp(1, 64) as u32, &mut rand::rng())
        .as_secs_f64()
}

/// One recipient's outcome for the log: the recipient, its state, and the reply that says why (borrowed from the
/// delivery: nothing is copied to be written).
pub type LogRow<'a> = (&'a str, &'static str, Option<&'a Reply>);

/// The per-recipient log with these outcomes merged in.
pub fn merge_log<'a>(log: &str, entries: impl IntoIterator<Item = LogRow<'a>>) -> String {
    if log == "{}" {
        first_log(entries)
    } else {
        merge_parsed(log, entries)
    }
}

/// [`merge_log`] through a `Map`: the log parsed, the outcomes merged in, the whole written back.
fn merge_parsed<'a>(log: &str, entries: impl IntoIterator<Item = LogRow<'a>>) -> String {
    let mut map: Map<String, Value> = serde_json::from_str(log).unwrap_or_default();
    for (rcpt, state, reply) in entries {
        let mut e = Map::new();
        e.insert("state".into(), state.into());
        if let Some(r) = reply {
            e.insert("code".into(), r.code.into());
            e.insert("reply".into(), r.text().into());
        }
        map.insert(rcpt.to_string(), Value::Object(e));
    }
    text(&Value::Object(map))
}

/// [`merge_log`] into an empty log (an entry's first outcomes, the usual case), written straight into text as
/// [`result`] is: the same text, its recipients in the order a `Map` keeps (sorted; a recipient's last outcome
/// kept), each one's keys sorted.
fn first_log<'a>(entries: impl IntoIterator<Item = LogRow<'a>>) -> String {
    let latest: std::collections::BTreeMap<&str, (&'static str, Option<&Reply>)> = entries
        .into_iter()
        .map(|(rcpt, state, reply)| (rcpt, (state, reply)))
        .collect();
    let mut o = Object::new();
    for (rcpt, (state, reply)) in &latest {
        o.escaped_key(rcpt);
        let mut e = Object::new();
        if let Some(r) = reply {
            field!(e, "code", r.code);
            field!(e, "reply", r.text());
        }
        field!(e, "state", state);
        o.out.extend_from_slice(&e.close());
    }
    String::from_utf8(o.close()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outcome::Transaction;
    use crate::phase::Phase;
    use std::time::{Duration, SystemTime};

    /// The result as it was built before [`result`] wrote it directly: the same text is expected.
    fn result_as_value(d: &Delivery, message_id: Option<&str>) -> String {
        let first = d.transactions.first();
        json!({
            "message_id": message_id,
            "host": first.map(|t| t.host.clone()),
            "ip": first.map(|t| t.addr.ip().to_string()),
            "port": first.map(|t| t.addr.port()),
            "code": first.map(|t| t.reply.code),
            "enhanced_code": first.and_then(|t| t.reply.enhanced).map(|e| e.to_string()),
            "reply": first.map(|t| t.reply.text()),
            "accepted": d.transactions.iter().flat_map(|t| t.accepted.clone()).collect::<Vec<_>>(),
            "refused": refused_map(&d.refused),
            "elapsed": d.elapsed.as_secs_f64(),
            "attempts": attempts(&d.attempts),
        })
        .to_string()
    }

    fn attempt(number: u32, reply: Option<Reply>) -> Attempt {
        Attempt {
            number,
            host: "mx.example.com".into(),
            ip: Some("192.0.2.7".parse().unwrap()),
            port: Some(25),
            phase: Phase::DataDone,
            reply,
            error: None,
            started_at: SystemTime::UNIX_EPOCH + Duration::from_micros(1_764_680_000_123_456),
            elapsed: Duration::from_micros(1234),
            delay_before: Duration::ZERO,
        }
    }

    #[test]
    fn a_result_is_the_text_json_values_made() {
        let ok = Reply::new(250, "2.0.0 Ok: queued as \"X1\"\u{e9}");
        let tx = Transaction {
            host: "mx.example.com".into(),
            addr: "192.0.2.7:25".parse().unwrap(),
            reply: ok.clone(),
            accepted: vec!["a@example.net".into(), "b\"q@example.net".into()],
            timings: crate::session::Timings::default(),
            tls: None,
        };
        let cases = [
            Delivery {
                transactions: vec![tx.clone()],
                refused: vec![],
                attempts: vec![attempt(1, Some(ok.clone()))],
                elapsed: Duration::from_micros(987),
            },
            Delivery {
                transactions: vec![tx.clone(), tx],
                refused: vec![
                    ("z@example.net".into(), Reply::new(550, "5.1.1 no such user")),
                    ("c@example.net".into(), Reply::new(452, "4.2.2 full")),
                ],
                attempts: vec![attempt(1, None), attempt(2, Some(ok))],
                elapsed: Duration::from_secs(3),
            },
            Delivery {
                transactions: vec![],
                refused: vec![],
                attempts: vec![],
                elapsed: Duration::ZERO,
            },
        ];
        for d in &cases {
            for id in [None, Some("<1@example.com>")] {
                assert_eq!(result(d, id), result_as_value(d, id));
            }
        }
    }

    /// Addresses as JSON text, as `to_string` and serde_json would write them.
    #[test]
    fn addresses_are_written_as_their_text() {
        for text in [
            "0.0.0.0",
            "127.0.0.1",
            "10.9.99.100",
            "192.0.2.7",
            "255.255.255.255",
            "::1",
            "2001:db8::25",
        ] {
            let ip: std::net::IpAddr = text.parse().unwrap();
            let mut out = Vec::new();
            write_ip(&mut out, Some(ip));
            assert_eq!(
                String::from_utf8(out).unwrap(),
                serde_json::to_string(&ip.to_string()).unwrap()
            );
        }
        let mut out = Vec::new();
        write_ip(&mut out, None);
        assert_eq!(out, b"null");
    }

    /// An empty log's first outcomes, written straight, are the text the merge through a `Map` makes: recipients
    /// sorted, a recipient's last outcome kept, replies escaped, an outcome without a reply.
    #[test]
    fn a_first_log_is_the_text_the_merge_makes() {
        let ok = Reply::new(250, "2.0.0 Ok: queued as \"X1\"\u{e9}");
        let later = Reply::new(452, "4.2.2 mailbox full");
        let no = Reply::new(550, "5.1.1 no");
        let rows: Vec<LogRow<'_>> = vec![
            ("z@example.net", "sent", Some(&ok)),
            ("b\"q@example.net", "deferred", Some(&later)),
            ("a@example.net", "deferred", Some(&later)),
            ("a@example.net", "failed", Some(&no)),
            ("m@example.net", "failed", None),
        ];
        let cases = [vec![], rows[..1].to_vec(), rows];
        for entries in cases {
            assert_eq!(merge_log("{}", entries.clone()), merge_parsed("{}", entries.clone()));
            // A log with outcomes already takes the merge.
            let merged = merge_log(r#"{"y@example.net":{"state":"deferred"}}"#, entries);
            assert!(merged.starts_with('{') && merged.contains(r#""y@example.net":{"state":"deferred"}"#));
        }
    }
}
