//! The envelope (MAIL FROM, RCPT TO and their parameters) and the message as it goes on the wire. Everything here is
//! checked before a connection is opened: bad input never reaches a server.

use std::str::FromStr;

use lettre::Address;

use crate::error::InputError;

fn reject_controls(what: &str, value: &str) -> Result<(), InputError> {
    if let Some(c) = value.chars().find(|c| matches!(c, '\r' | '\n' | '\0')) {
        return Err(InputError(format!(
            "{what} {value:?} contains {c:?}; CR, LF and NUL are not allowed"
        )));
    }
    Ok(())
}

/// An address as it goes between `<` and `>` in MAIL FROM and RCPT TO: `local@domain` (an internationalised domain in
/// its ASCII, punycode, form), or a local name without a domain (`root`), which smtplib and Django send as given and
/// a relay may accept (it qualifies the name itself).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Mailbox {
    text: String,
    /// Where the `@` before the domain is; `None` for a local name.
    at: Option<usize>,
}

impl Mailbox {
    pub fn user(&self) -> &str {
        self.at.map_or(&self.text, |i| &self.text[..i])
    }

    pub fn domain(&self) -> Option<&str> {
        self.at.map(|i| &self.text[i + 1..])
    }
}

impl AsRef<str> for Mailbox {
    fn as_ref(&self) -> &str {
        &self.text
    }
}

impl std::fmt::Display for Mailbox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

/// The address in `raw` as smtplib's `quoteaddr` reduces it: `"Name <a@b>"` and `"<a@b>"` give `a@b`.
fn addr_spec(raw: &str) -> &str {
    let t = raw.trim();
    match (t.rfind('<'), t.strip_suffix('>')) {
        (Some(open), Some(inner)) => inner[open + 1..].trim(),
        _ => t,
    }
}

/// Checks an address and returns it as it will be sent: a display name is dropped (`"Name <a@b>"` is `a@b`), an
/// internationalised domain becomes its ASCII (punycode) form, so only a non-ASCII local part needs SMTPUTF8.
pub fn parse_address(what: &str, raw: &str) -> Result<Mailbox, InputError> {
    reject_controls(what, raw)?;
    let invalid = |why: &str| InputError(format!("{what} {raw:?} is not a valid address: {why}"));
    let spec = addr_spec(raw);
    if !spec.contains('@') {
        // A local name: valid when it would be a valid local part.
        Address::new(spec, "localhost").map_err(|e| invalid(&e.to_string()))?;
        return Ok(Mailbox {
            text: spec.to_string(),
            at: None,
        });
    }
    let addr = Address::from_str(spec).map_err(|e| invalid(&e.to_string()))?;
    let ascii;
    let domain = if addr.domain().is_ascii() {
        addr.domain()
    } else {
        ascii = idna::domain_to_ascii(addr.domain()).map_err(|_| invalid("the domain cannot be encoded as IDNA"))?;
        &ascii
    };
    // Appended at its exact size, not formatted (once per recipient of every message).
    let mut text = String::with_capacity(addr.user().len() + 1 + domain.len());
    for part in [addr.user(), "@", domain] {
        text.push_str(part);
    }
    Ok(Mailbox {
        text,
        at: Some(addr.user().len()),
    })
}

/// Checks one ESMTP parameter (`KEYWORD[=VALUE]`, RFC 5321 §4.1.2).
pub fn check_parameter(what: &str, param: &str) -> Result<(), InputError> {
    reject_controls(what, param)?;
    let (key, value) = match param.split_once('=') {
        Some((k, v)) => (k, Some(v)),
        None => (param, None),
    };
    let key_ok = !key.is_empty()
        && key.as_bytes()[0].is_ascii_alphanumeric()
        && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    let value_ok = value.is_none_or(|v| !v.is_empty() && v.bytes().all(|b| (33..=126).contains(&b) && b != b'='));
    if !(key_ok && value_ok) {
        return Err(InputError(format!(
            "{what} {param:?} is not a valid ESMTP parameter (KEYWORD[=VALUE])"
        )));
    }
    Ok(())
}

/// The reverse-path of MAIL FROM: `None` for the null one (`""` or `"<>"`), else the address [`parse_address`] gives.
pub fn parse_sender(raw: &str) -> Result<Option<Mailbox>, InputError> {
    match raw.trim() {
        "" | "<>" => Ok(None),
        s => parse_address("sender", s).map(Some),
    }
}

/// The last sender parsed, kept by a bulk stream: its items nearly always share one sender, and parsing an address
/// costs more than a few percent of a pipelined delivery (issue 11). Only a sender that parsed is kept; a bad one is
/// parsed (and refused) again each time.
#[derive(Default)]
pub struct SenderMemo {
    last: Option<(String, Option<Mailbox>)>,
}

impl SenderMemo {
    /// What [`parse_sender`] gives for `raw`.
    pub fn parse(&mut self, raw: &str) -> Result<Option<Mailbox>, InputError> {
        match &self.last {
            Some((text, parsed)) if text == raw => Ok(parsed.clone()),
            _ => {
                let parsed = parse_sender(raw)?;
                self.last = Some((raw.to_owned(), parsed.clone()));
                Ok(parsed)
            }
        }
    }
}

#[derive(Clone, Debug)]
pub struct Envelope {
    /// `None` is the null reverse-path `<>` (bounces).
    pub sender: Option<Mailbox>,
    pub recipients: Vec<Mailbox>,
    pub mail_params: Vec<String>,
    pub rcpt_params: Vec<String>,
}

impl Envelope {
    pub fn new(
        sender: &str,
        recipients: &[String],
        mail_params: Vec<String>,
        rcpt_params: Vec<String>,
    ) -> Result<Envelope, InputError> {
        Envelope::from_sender(parse_sender(sender)?, recipients, mail_params, rcpt_params)
    }

    /// [`Envelope::new`] for a sender already parsed ([`parse_sender`]).
    pub fn from_sender(
        sender: Option<Mailbox>,
        recipients: &[String],
        mail_params: Vec<String>,
        rcpt_params: Vec<String>,
    ) -> Result<Envelope, InputError> {
        if recipients.is_empty() {
            return Err(InputError(
                "no recipients: pass recipients= or give the message To/Cc/Bcc".into(),
            ));
        }
        let mut parsed: Vec<Mailbox> = Vec::with_capacity(recipients.len());
        for r in recipients {
            let a = parse_address("recipient", r)?;
            // The same address twice would be delivered twice by some servers.
            if !parsed.contains(&a) {
                parsed.push(a);
            }
        }
        for p in &mail_params {
            check_parameter("mail option", p)?;
        }
        for p in &rcpt_params {
            check_parameter("rcpt option", p)?;
        }
        Ok(Envelope {
            sender,
            recipients: parsed,
            mail_params,
            rcpt_params,
        })
    }

    /// Delivery to MX hosts needs a domain in every recipient: a local name (`root`) is only for a relay to
    /// qualify.
    pub fn check_routable(&self) -> Result<(), InputError> {
        match self.recipients.iter().find(|r| r.domain().is_none()) {
            Some(r) => Err(InputError(format!(
                "recipient {:?} has no domain: it cannot be delivered to MX hosts (send it through a relay)",
                r.as_ref()
            ))),
            None => Ok(()),
        }
    }

    /// True when an address has a non-ASCII local part, which only SMTPUTF8 (RFC 6531) can carry.
    pub fn needs_smtputf8(&self) -> bool {
        self.sender.iter().chain(&self.recipients).any(|a| !a.user().is_ascii())
    }

    /// The same envelope for a subset of its recipients (a domain's, or those still to deliver).
    #[must_use]
    pub fn with_recipients(&self, recipients: Vec<Mailbox>) -> Envelope {
        // Field by field: `..self.clone()` would copy the recipients only to drop them.
        Envelope {
            sender: self.sender.clone(),
            recipients,
            mail_params: self.mail_params.clone(),
            rcpt_params: self.rcpt_params.clone(),
        }
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Header injection (inside DATA). The one definition of the rule: `resilient_smtp.message` calls
// [`check_header`] for every header of a `Message` (through `_core.check_header`) before serializing it, and every
// message's bytes go through [`check_header_block`] in [`Payload::checked`] before a connection is opened.

/// A header field name (RFC 5322 §3.6.8): printable ASCII without ":".
fn valid_field_name(name: &[u8]) -> bool {
    !name.is_empty() && name.iter().all(|&b| (33..=126).contains(&b) && b != b':')
}

/// One header as the caller gave it: a CR or LF in the value may only fold it (a line break followed by a space or
/// tab); a line break followed by anything else starts a header the caller never set (`Subject: hi\r\nBcc: ...`).
/// NUL is never allowed.
pub fn check_header(name: &str, value: &str) -> Result<(), InputError> {
    if !valid_field_name(name.as_bytes()) {
        return Err(InputError(format!(
            "header name {name:?} is not valid (printable ASCII, no spaces or \":\")"
        )));
    }
    let bytes = value.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            0 => return Err(header_error(name, value, "NUL")),
            b'\r' | b'\n' => {
                let end = if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                    i + 2
                } else {
                    i + 1
                };
                if !matches!(bytes.get(end), Some(b' ' | b'\t')) {
                    return Err(header_error(name, value, "a line break not followed by a space or tab"));
                }
                i = end;
            }
            _ => i += 1,
        }
    }
    Ok(())
}

fn header_error(name: &str, value: &str, what: &str) -> InputError {
    let shown: String = value.chars().take(80).collect();
    InputError(format!(
        "header {name} {shown:?} contains {what}: refused (header injection)"
    ))
}

/// The header block of a raw message (up to its first empty line): no NUL, no CR that does not end a line, and one
/// kind of line break (a lone LF among CRLF lines would become a line break of its own on the wire, splitting a
/// header in two). A block that does not look like headers at all is left alone (smtplib sends any text).
pub fn check_header_block(data: &[u8]) -> Result<(), InputError> {
    let mut crlf: Option<bool> = None;
    let mut start = 0;
    for (n, raw) in data.split(|&b| b == b'\n').enumerate() {
        let ends_line = start + raw.len() < data.len(); // (the last piece has no LF after it)
        start += raw.len() + 1;
        let (line, has_cr) = match raw.strip_suffix(b"\r") {
            Some(l) if ends_line => (l, true),
            _ => (raw, false),
        };
        if line.is_empty() {
            break; // the end of the header block (or of the data)
        }
        let bad = |what: &str| {
            let shown = String::from_utf8_lossy(&line[..line.len().min(80)]).into_owned();
            InputError(format!(
                "line {} of the message's header block ({shown:?}) contains {what}: refused (header injection)",
                n + 1
            ))
        };
        if line.contains(&0) {
            return Err(bad("NUL"));
        }
        if line.contains(&b'\r') {
            return Err(bad("a CR that does not end the line"));
        }
        if ends_line && *crlf.get_or_insert(has_cr) != has_cr {
            return Err(bad("a line break unlike the others (LF among CRLF)"));
        }
    }
    Ok(())
}

/// The message as it goes on the wire after DATA: line endings normalised to CRLF, lines starting with "." doubled
/// (RFC 5321 §4.5.2), and the terminator appended. Built once, resent as is on a retry (same bytes, same Message-ID).
#[derive(Debug)]
pub struct Payload {
    pub wire: Vec<u8>,
    /// The size announced in `SIZE=`: the message with CRLF line endings, before dot-stuffing.
    pub size: usize,
    /// Any byte ≥ 0x80: announce `BODY=8BITMIME` when the server offers it.
    pub eight_bit: bool,
}

impl Payload {
    /// [`Payload::new`] for a message whose header block passes [`check_header_block`].
    pub fn checked(message: &[u8]) -> Result<Payload, InputError> {
        check_header_block(message)?;
        Ok(Payload::new(message))
    }

    pub fn new(message: &[u8]) -> Payload {
        if needs_no_stuffing(message) {
            // The usual message (what a serializer writes): copied whole, one allocation of its wire size.
            let mut wire = Vec::with_capacity(message.len() + 3);
            wire.extend_from_slice(message);
            return Payload::ended(wire);
        }
        Payload::stuffed(message, eight_bit(message))
    }

    /// [`Payload::new`] of a message in a buffer of its own (an outbox entry's bytes, read with room for the end of
    /// data): the usual message becomes the wire form in place, without a copy.
    pub fn from_vec(message: Vec<u8>) -> Payload {
        if needs_no_stuffing(&message) {
            Payload::ended(message)
        } else {
            Payload::stuffed(&message, eight_bit(&message))
        }
    }

    /// A message that goes on the wire as it is ([`needs_no_stuffing`]), with the end of data appended.
    fn ended(mut wire: Vec<u8>) -> Payload {
        let (eight_bit, size) = (eight_bit(&wire), wire.len());
        wire.extend_from_slice(b".\r\n");
        Payload { wire, size, eight_bit }
    }

    /// [`Payload::new`] line by line, for any message.
    fn stuffed(message: &[u8], eight_bit: bool) -> Payload {
        let mut wire = Vec::with_capacity(message.len() + message.len() / 64 + 8);
        let mut size = 0usize;
        let mut at_line_start = true;
        let mut rest = message;
        // Line by line, copying each line whole: CRLF, a lone LF and a lone CR all end a line (as smtplib's
        // _fix_eols does); a line starting with "." gets another.
        while let Some(&first) = rest.first() {
            if first == b'.' {
                wire.push(b'.');
            }
            if let Some(end) = rest.iter().position(|&b| b == b'\r' || b == b'\n') {
                wire.extend_from_slice(&rest[..end]);
                wire.extend_from_slice(b"\r\n");
                size += end + 2;
                let crlf = rest[end] == b'\r' && rest.get(end + 1) == Some(&b'\n');
                rest = &rest[end + if crlf { 2 } else { 1 }..];
                at_line_start = true;
            } else {
                wire.extend_from_slice(rest);
                size += rest.len();
                rest = &[];
                at_line_start = false;
            }
        }
        if !at_line_start {
            wire.extend_from_slice(b"\r\n");
            size += 2;
        }
        wire.extend_from_slice(b".\r\n");
        Payload { wire, size, eight_bit }
    }
}

/// Any byte >= 0x80 (one pass, no branch per byte).
fn eight_bit(message: &[u8]) -> bool {
    message.iter().fold(0u8, |acc, &b| acc | b) >= 0x80
}

/// Whether `message` goes on the wire as it is: every line ends with CRLF (no lone CR or LF), none starts with ".",
/// and the last one is ended. One branch-free pass (the compiler vectorizes it), cheaper than the line-by-line copy.
fn needs_no_stuffing(message: &[u8]) -> bool {
    if !message.ends_with(b"\r\n") || matches!(message.first(), Some(b'.' | b'\n')) {
        return false;
    }
    // In u8, not bool: bitwise on purpose (no branch per byte), which clippy would turn into `||`.
    let bad = message.iter().zip(&message[1..]).fold(0u8, |bad, (&a, &b)| {
        let (cr, lf) = (u8::from(a == b'\r'), u8::from(b == b'\n'));
        bad | (cr ^ lf) | (u8::from(a == b'\n') & u8::from(b == b'.'))
    });
    bad == 0
}

/// What a raw message's header block says of its Message-ID, read the way `resilient_smtp.message.from_bytes` reads
/// it when the envelope is given (the bulk path prepares such messages natively).
#[derive(Debug, PartialEq, Eq)]
pub enum MessageId {
    /// On one line of the header block: its value, trimmed.
    Found(String),
    /// "message-id:" appears nowhere in the first 64 KiB.
    Absent,
    /// Mentioned but not on one header line (folded, or in the body): a full header parse decides.
    Unclear,
}

pub fn header_message_id(data: &[u8]) -> MessageId {
    const NAME: &[u8] = b"message-id:";
    let block = [&b"\r\n\r\n"[..], b"\n\n"]
        .iter()
        .find_map(|sep| data.windows(sep.len()).position(|w| w == *sep))
        .map_or(data, |end| &data[..=end]);
    for line in block.split(|&b| b == b'\n') {
        if line.len() < NAME.len() || !line[..NAME.len()].eq_ignore_ascii_case(NAME) {
            continue;
        }
        let mut value = line[NAME.len()..].strip_suffix(b"\r").unwrap_or(&line[NAME.len()..]);
        while let [b' ' | b'\t', rest @ ..] = value {
            value = rest;
        }
        while let [rest @ .., b' ' | b'\t'] = value {
            value = rest;
        }
        // The value must start on this line (`\S`): a folded one is left to the full parser.
        if value.first().is_some_and(|b| !b" \t\r\n\x0b\x0c".contains(b)) {
            return MessageId::Found(String::from_utf8_lossy(value).into_owned());
        }
    }
    let head = &data[..data.len().min(65536)];
    if head.windows(NAME.len()).any(|w| w.eq_ignore_ascii_case(NAME)) {
        MessageId::Unclear
    } else {
        MessageId::Absent
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The whole-copy fast path gives exactly what the line-by-line copy gives, on every short message over the
    /// characters that matter (every placement of ".", CR, LF).
    #[test]
    fn the_fast_payload_is_the_stuffed_one() {
        let alphabet = [b'a', b'.', b'\r', b'\n', 0xC3];
        let mut fast = 0;
        for len in 0..=7u32 {
            for n in 0..alphabet.len().pow(len) {
                let (mut n, mut m) = (n, Vec::new());
                for _ in 0..len {
                    m.push(alphabet[n % alphabet.len()]);
                    n /= alphabet.len();
                }
                let p = Payload::new(&m);
                let slow = Payload::stuffed(&m, m.iter().any(|&b| b >= 0x80));
                assert_eq!(
                    (&p.wire, p.size, p.eight_bit),
                    (&slow.wire, slow.size, slow.eight_bit),
                    "{m:?}"
                );
                fast += usize::from(needs_no_stuffing(&m));
            }
        }
        assert!(fast > 300, "the fast path was taken {fast} times");
    }

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(std::string::ToString::to_string).collect()
    }

    /// The byte-at-a-time rule, as a reference for the line-at-a-time implementation.
    fn reference(message: &[u8]) -> (Vec<u8>, usize, bool) {
        let (mut wire, mut size, mut eight_bit, mut at_line_start, mut i) = (Vec::new(), 0, false, true, 0);
        while i < message.len() {
            let b = message[i];
            i += 1;
            if b == b'\r' || b == b'\n' {
                if b == b'\r' && message.get(i) == Some(&b'\n') {
                    i += 1;
                }
                wire.extend_from_slice(b"\r\n");
                size += 2;
                at_line_start = true;
            } else {
                if at_line_start && b == b'.' {
                    wire.push(b'.');
                }
                eight_bit |= b >= 0x80;
                wire.push(b);
                size += 1;
                at_line_start = false;
            }
        }
        if !at_line_start {
            wire.extend_from_slice(b"\r\n");
            size += 2;
        }
        wire.extend_from_slice(b".\r\n");
        (wire, size, eight_bit)
    }

    #[test]
    fn payload_matches_the_byte_rule_on_random_inputs() {
        let alphabet = [b'a', b'.', b'\r', b'\n', 0xc3, b' '];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..20_000 {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let len = (seed >> 58) as usize;
            let mut msg = Vec::with_capacity(len);
            let mut x = seed;
            for _ in 0..len {
                x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                msg.push(alphabet[(x >> 61) as usize % alphabet.len()]);
            }
            let p = Payload::new(&msg);
            assert_eq!((p.wire, p.size, p.eight_bit), reference(&msg), "input {msg:?}");
            let p = Payload::from_vec(msg.clone());
            assert_eq!(
                (p.wire, p.size, p.eight_bit),
                reference(&msg),
                "input {msg:?} in its own buffer"
            );
        }
    }

    #[test]
    fn message_id_from_the_header_block() {
        use MessageId::*;
        let found = |s: &str| Found(s.to_string());
        assert_eq!(
            header_message_id(b"Subject: x\r\nMessage-ID:  <a@b> \r\n\r\nbody"),
            found("<a@b>")
        );
        assert_eq!(header_message_id(b"message-id:<a@b>\n\nbody"), found("<a@b>"));
        assert_eq!(header_message_id(b"Subject: x\r\n\r\nno id here"), Absent);
        // In the body only, or folded onto the next line: not for this reader.
        assert_eq!(header_message_id(b"Subject: x\r\n\r\nMessage-ID: <b@c>\r\n"), Unclear);
        assert_eq!(header_message_id(b"Message-ID:\r\n <a@b>\r\n\r\n"), Unclear);
    }

    #[test]
    fn dot_stuffing_and_line_endings() {
        let p = Payload::new(b"Subject: x\n\n.hidden\r\n..two\rlast");
        assert_eq!(p.wire, b"Subject: x\r\n\r\n..hidden\r\n...two\r\nlast\r\n.\r\n");
        assert_eq!(p.size, p.wire.len() - 3 - 2);
        assert!(!p.eight_bit);
        assert!(Payload::new("é".as_bytes()).eight_bit);
        assert_eq!(Payload::new(b"a\r\n").wire, b"a\r\n.\r\n");
        assert_eq!(Payload::new(b".").wire, b"..\r\n.\r\n");
    }

    #[test]
    fn rejects_controls_and_bad_params() {
        let e = Envelope::new("a@b.c", &strings(&["x@y.z\r\nRCPT TO:<evil@e.com>"]), vec![], vec![]);
        assert!(e.unwrap_err().0.contains("CR, LF"));
        assert!(Envelope::new("a\0@b.c", &strings(&["x@y.z"]), vec![], vec![]).is_err());
        assert!(Envelope::new("a@b.c", &[], vec![], vec![]).is_err());
        assert!(Envelope::new("a@b.c", &strings(&["x@y.z"]), strings(&["SIZE=1 2"]), vec![]).is_err());
        assert!(Envelope::new(
            "a@b.c",
            &strings(&["x@y.z"]),
            strings(&["ENVID=abc"]),
            strings(&["NOTIFY=NEVER"])
        )
        .is_ok());
        assert!(Envelope::new("not an address", &strings(&["x@y.z"]), vec![], vec![]).is_err());
    }

    #[test]
    fn addresses_as_smtplib_takes_them() {
        let e = Envelope::new(
            "Site <noreply@example.com>",
            &strings(&["<a@b.c>", "Bob <bob@b.c>", "root"]),
            vec![],
            vec![],
        )
        .unwrap();
        assert_eq!(e.sender.as_ref().map(|m| m.as_ref()), Some("noreply@example.com"));
        let rcpts: Vec<&str> = e.recipients.iter().map(|m| m.as_ref()).collect();
        assert_eq!(rcpts, ["a@b.c", "bob@b.c", "root"]);
        assert_eq!(e.recipients[2].domain(), None);
        assert!(e.check_routable().unwrap_err().0.contains("\"root\""));
        for null in ["", "<>", " <> "] {
            assert!(Envelope::new(null, &strings(&["x@y.z"]), vec![], vec![])
                .unwrap()
                .sender
                .is_none());
        }
    }

    #[test]
    fn the_sender_memo_gives_what_parsing_gives() {
        let mut memo = SenderMemo::default();
        for raw in [
            "Site <a@b.c>",
            "Site <a@b.c>",
            "<>",
            "x@bücher.example",
            "",
            "x@bücher.example",
        ] {
            assert_eq!(memo.parse(raw).unwrap(), parse_sender(raw).unwrap());
        }
        // A bad sender is refused every time, and does not replace the one kept.
        assert!(memo.parse("a\r\n@b.c").is_err());
        assert!(memo.parse("a\r\n@b.c").is_err());
        assert_eq!(
            memo.parse("x@bücher.example").unwrap(),
            parse_sender("x@bücher.example").unwrap()
        );
    }

    #[test]
    fn idn_domains_become_ascii_and_utf8_local_parts_need_smtputf8() {
        let e = Envelope::new("", &strings(&["user@bücher.example", "x@y.z", "x@y.z"]), vec![], vec![]).unwrap();
        assert_eq!(e.recipients[0].to_string(), "user@xn--bcher-kva.example");
        assert_eq!(e.recipients.len(), 2);
        assert!(e.sender.is_none());
        assert!(!e.needs_smtputf8());
        let e = Envelope::new("a@b.c", &strings(&["jösé@y.z"]), vec![], vec![]).unwrap();
        assert!(e.needs_smtputf8());
    }
}
