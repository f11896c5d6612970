//! SMTP replies: parsing lines into a [`Reply`], with the size of a line and of a whole reply capped while reading,
//! so a hostile or broken server cannot make us buffer without bound.

use std::fmt;

/// A line longer than this is malformed. RFC 5321 allows 512 octets; real servers exceed it a little.
pub const MAX_LINE: usize = 4096;
/// A reply longer than this in total (all lines) is malformed.
pub const MAX_REPLY: usize = 64 * 1024;
/// A reply with more lines than this is malformed (an EHLO reply has a few dozen at most).
pub const MAX_LINES: usize = 1000;

/// RFC 3463 `class.subject.detail`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct EnhancedCode {
    pub class: u8,
    pub subject: u16,
    pub detail: u16,
}

impl fmt::Display for EnhancedCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.class, self.subject, self.detail)
    }
}

impl EnhancedCode {
    /// Parses a code at the start of `text` ("4.7.1 Greylisted"). Only accepted when its class matches the reply
    /// code's first digit, as RFC 3463 requires; otherwise the text merely looks like one.
    pub(crate) fn parse_prefix(text: &str, reply_class: u8) -> Option<EnhancedCode> {
        // On bytes (every reply line goes through here: the str splitters cost ~400 instructions a line, issue 11).
        let text = text.as_bytes();
        let start = text.iter().position(|b| !b.is_ascii_whitespace())?;
        let token = text[start..].split(u8::is_ascii_whitespace).next()?;
        let mut parts = token.split(|&b| b == b'.');
        let (c, s, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || c.len() != 1 {
            return None;
        }
        // 1 to 3 digits.
        let number = |p: &[u8]| {
            ((1..=3).contains(&p.len()) && p.iter().all(u8::is_ascii_digit))
                .then(|| p.iter().fold(0u16, |n, b| n * 10 + u16::from(b - b'0')))
        };
        let (class, subject, detail) = (number(c)?, number(s)?, number(d)?);
        (class == u16::from(reply_class)).then_some(EnhancedCode {
            class: reply_class,
            subject,
            detail,
        })
    }
}

/// A complete reply: its code, the enhanced code if the first line has one, and the text of each line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reply {
    pub code: u16,
    pub enhanced: Option<EnhancedCode>,
    pub lines: Vec<String>,
}

impl Reply {
    pub fn new(code: u16, text: &str) -> Reply {
        let lines: Vec<String> = text.lines().map(str::to_owned).collect();
        let enhanced = lines
            .first()
            .and_then(|l| EnhancedCode::parse_prefix(l, (code / 100) as u8));
        Reply { code, enhanced, lines }
    }

    pub fn class(&self) -> u8 {
        (self.code / 100) as u8
    }
    pub fn is_positive(&self) -> bool {
        self.class() == 2
    }
    pub fn is_intermediate(&self) -> bool {
        self.class() == 3
    }
    pub fn is_transient(&self) -> bool {
        self.class() == 4
    }
    pub fn is_permanent(&self) -> bool {
        self.class() == 5
    }

    /// The text of all lines joined with "\n", as smtplib puts it in `smtp_error`.
    pub fn text(&self) -> String {
        self.lines.join("\n")
    }
}

/// Text from the network made safe to show: control characters (C0 but tab, DEL, C1) and the bidirectional
/// controls become `\x1b`/`\u202e` escapes, so a server cannot drive the terminal, log viewer or page that shows
/// them (an OSC title change, a screen clear, reversed text). `resilient_smtp._render.printable` is the same rule.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| {
        (c.is_control() && c != '\t')
            || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    if !text.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(text);
    }
    use std::fmt::Write;
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        let _ = match c as u32 {
            _ if !unsafe_char(c) => {
                out.push(c);
                Ok(())
            }
            n if n < 0x100 => write!(out, "\\x{n:02x}"),
            n => write!(out, "\\u{n:04x}"),
        };
    }
    std::borrow::Cow::Owned(out)
}

impl fmt::Display for Reply {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.code)?;
        if let Some(first) = self.lines.first() {
            write!(f, " {}", printable(first))?;
        }
        if self.lines.len() > 1 {
            write!(f, " (+{} lines)", self.lines.len() - 1)?;
        }
        Ok(())
    }
}

/// Why a reply could not be read as one.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Malformed {
    #[error("reply line longer than {MAX_LINE} bytes")]
    LineTooLong,
    #[error("reply longer than {MAX_REPLY} bytes or {MAX_LINES} lines")]
    ReplyTooLong,
    #[error("malformed reply line {0:?}")]
    BadLine(String),
    #[error("reply lines disagree on the code ({0} then {1})")]
    CodeMismatch(u16, u16),
    /// Bytes from the server where no reply was due (an extra reply, or one ahead of its command): every later
    /// reply would be read one step late, so the dialogue cannot go on.
    #[error("{0} bytes arrived where no reply was due (the dialogue is out of step)")]
    OutOfStep(usize),
}

/// Accumulates the lines of one reply.
#[derive(Default)]
pub struct ReplyParser {
    code: Option<u16>,
    lines: Vec<String>,
    size: usize,
}

impl ReplyParser {
    /// Feeds one line (without its line ending). Returns the reply once its last line has arrived.
    pub fn feed(&mut self, line: &[u8]) -> Result<Option<Reply>, Malformed> {
        self.size += line.len() + 2;
        if self.size > MAX_REPLY || self.lines.len() >= MAX_LINES {
            return Err(Malformed::ReplyTooLong);
        }
        let bad = || Malformed::BadLine(String::from_utf8_lossy(&line[..line.len().min(80)]).into_owned());
        if line.len() < 3 || !line[..3].iter().all(u8::is_ascii_digit) || !(b'2'..=b'5').contains(&line[0]) {
            return Err(bad());
        }
        let code = u16::from(line[0] - b'0') * 100 + u16::from(line[1] - b'0') * 10 + u16::from(line[2] - b'0');
        let (last, text) = match line.get(3) {
            None => (true, &[][..]),
            Some(b' ') => (true, &line[4..]),
            Some(b'-') => (false, &line[4..]),
            Some(_) => return Err(bad()),
        };
        match self.code {
            Some(first) if first != code => return Err(Malformed::CodeMismatch(first, code)),
            _ => self.code = Some(code),
        }
        // Checked first (the ASCII fast path): the lossy conversion's chunk walk costs several times more, and nearly
        // every reply is valid UTF-8.
        self.lines.push(match std::str::from_utf8(text) {
            Ok(text) => text.to_owned(),
            Err(_) => String::from_utf8_lossy(text).into_owned(),
        });
        if !last {
            return Ok(None);
        }
        let lines = std::mem::take(&mut self.lines);
        let enhanced = lines
            .first()
            .and_then(|l| EnhancedCode::parse_prefix(l, (code / 100) as u8));
        *self = ReplyParser::default();
        Ok(Some(Reply { code, enhanced, lines }))
    }
}

/// A read buffer that hands out complete lines and knows how many bytes it holds beyond them (which is how STARTTLS
/// detects response injection).
pub struct LineBuffer {
    /// Bytes `start..end` are received and not yet consumed. Past `end`, `buf` keeps its length (bytes already
    /// initialized): a read's room is zeroed once, when the buffer first grows, not before every read (8 kB of
    /// memset per read was a tenth of a pipelined bulk transaction's CPU; issue 11).
    buf: Vec<u8>,
    start: usize,
    end: usize,
}

impl Default for LineBuffer {
    fn default() -> Self {
        LineBuffer {
            buf: Vec::with_capacity(4096),
            start: 0,
            end: 0,
        }
    }
}

impl LineBuffer {
    /// Bytes received but not yet consumed.
    pub fn pending(&self) -> usize {
        self.end - self.start
    }

    pub fn clear(&mut self) {
        self.start = 0;
        self.end = 0;
    }

    /// The next complete line (without "\r\n" or a lone "\n"), if one is buffered. Fails once a line has grown past
    /// [`MAX_LINE`] without an end, so the buffer never exceeds it.
    pub fn next_line(&mut self) -> Result<Option<Vec<u8>>, Malformed> {
        let data = &self.buf[self.start..self.end];
        match data.iter().position(|&b| b == b'\n') {
            Some(i) => {
                if i > MAX_LINE {
                    return Err(Malformed::LineTooLong);
                }
                let mut line = &data[..i];
                if line.last() == Some(&b'\r') {
                    line = &line[..line.len() - 1];
                }
                let line = line.to_vec();
                self.start += i + 1;
                if self.start == self.end {
                    self.clear();
                }
                Ok(Some(line))
            }
            None if data.len() > MAX_LINE => Err(Malformed::LineTooLong),
            None => Ok(None),
        }
    }

    /// Room to read more into (`want` bytes): compacts consumed bytes away first.
    pub fn spare(&mut self, want: usize) -> &mut [u8] {
        if self.start > 0 {
            self.buf.copy_within(self.start..self.end, 0);
            self.end -= self.start;
            self.start = 0;
        }
        if self.buf.len() < self.end + want {
            self.buf.resize(self.end + want, 0);
        }
        &mut self.buf[self.end..self.end + want]
    }

    /// After reading `n` bytes into the slice [`spare`](Self::spare) returned (of `want` bytes).
    pub fn commit(&mut self, want: usize, n: usize) {
        debug_assert!(n <= want && self.end + want <= self.buf.len());
        self.end += n;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(lines: &[&str]) -> Result<Option<Reply>, Malformed> {
        let mut p = ReplyParser::default();
        let mut out = None;
        for l in lines {
            out = p.feed(l.as_bytes())?;
        }
        Ok(out)
    }

    #[test]
    fn single_and_multi_line() {
        let r = parse(&["250 2.1.0 Ok"]).unwrap().unwrap();
        assert_eq!(r.code, 250);
        assert_eq!(r.enhanced.unwrap().to_string(), "2.1.0");
        let r = parse(&["250-mx.example.com", "250-PIPELINING", "250 SIZE 1000"])
            .unwrap()
            .unwrap();
        assert_eq!(r.lines, vec!["mx.example.com", "PIPELINING", "SIZE 1000"]);
        assert_eq!(r.enhanced, None);
    }

    #[test]
    fn bare_code_is_a_reply() {
        let r = parse(&["250"]).unwrap().unwrap();
        assert_eq!((r.code, r.lines.len()), (250, 1));
    }

    #[test]
    fn enhanced_code_class_must_match() {
        assert_eq!(
            parse(&["451 4.7.1 greylisted"])
                .unwrap()
                .unwrap()
                .enhanced
                .unwrap()
                .to_string(),
            "4.7.1"
        );
        assert_eq!(parse(&["451 5.7.1 no"]).unwrap().unwrap().enhanced, None);
        assert_eq!(parse(&["250 1.2.3.4 is an address"]).unwrap().unwrap().enhanced, None);
    }

    #[test]
    fn malformed_lines() {
        assert!(matches!(parse(&["abc"]), Err(Malformed::BadLine(_))));
        assert!(matches!(parse(&["25"]), Err(Malformed::BadLine(_))));
        assert!(matches!(parse(&["250x"]), Err(Malformed::BadLine(_))));
        assert!(matches!(parse(&["650 what"]), Err(Malformed::BadLine(_))));
        assert_eq!(parse(&["250-a", "251 b"]), Err(Malformed::CodeMismatch(250, 251)));
    }

    #[test]
    fn too_many_lines() {
        let mut p = ReplyParser::default();
        let mut err = None;
        for _ in 0..=MAX_LINES {
            if let Err(e) = p.feed(b"250-x") {
                err = Some(e);
                break;
            }
        }
        assert_eq!(err, Some(Malformed::ReplyTooLong));
    }

    /// Reads shorter than the room asked for, a line split across them, consumed bytes compacted away: the bytes
    /// past what was read (left from earlier reads, no longer zeroed) never show up in a line.
    #[test]
    fn line_buffer_reuses_its_room() {
        let mut b = LineBuffer::default();
        let read = |b: &mut LineBuffer, data: &[u8]| {
            let spare = b.spare(64);
            spare.fill(b'x');
            spare[..data.len()].copy_from_slice(data);
            b.commit(64, data.len());
        };
        read(&mut b, b"250 one\r\n250 t");
        assert_eq!(b.next_line().unwrap().unwrap(), b"250 one");
        assert_eq!(b.next_line().unwrap(), None);
        assert_eq!(b.pending(), 5);
        read(&mut b, b"wo\r\n");
        assert_eq!(b.next_line().unwrap().unwrap(), b"250 two");
        assert_eq!((b.next_line().unwrap(), b.pending()), (None, 0));
        read(&mut b, b"354 go\r\n");
        assert_eq!(b.next_line().unwrap().unwrap(), b"354 go");
    }

    #[test]
    fn line_buffer_caps_and_splits() {
        let mut b = LineBuffer::default();
        let data = b"220 hi\r\n250 ok\nrest";
        let spare = b.spare(64);
        spare[..data.len()].copy_from_slice(data);
        b.commit(64, data.len());
        assert_eq!(b.next_line().unwrap().unwrap(), b"220 hi");
        assert_eq!(b.next_line().unwrap().unwrap(), b"250 ok");
        assert_eq!(b.next_line().unwrap(), None);
        assert_eq!(b.pending(), 4);
        let big = vec![b'a'; MAX_LINE + 10];
        let spare = b.spare(big.len());
        spare.copy_from_slice(&big);
        b.commit(big.len(), big.len());
        assert_eq!(b.next_line(), Err(Malformed::LineTooLong));
    }
}
