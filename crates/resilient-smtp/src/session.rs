//! The dialogue on one connection: connect, greeting, EHLO, STARTTLS, AUTH, one or more transactions, QUIT. Every
//! step runs under its phase's limit (or what is left of the deadline, if that is less); the limit bounds the whole
//! request and reply, so a server trickling one byte at a time cannot stretch it.

use std::future::Future;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::net::TcpSocket;

use crate::auth::{Credentials, Mechanism};
use crate::conn::{Conn, Stream};
use crate::envelope::{Envelope, Mailbox, Payload};
use crate::error::{ErrorKind, IoFailure, SessionError};
use crate::phase::{Budget, LimitKind, Phase, Timeouts};
use crate::reply::{Malformed, Reply};
use crate::tls::{self, TlsInfo, TlsSettings};

const LOG: &str = "resilient_smtp.session";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TlsMode {
    /// Never (tests, trusted networks).
    Off,
    /// STARTTLS when offered, plain otherwise.
    Opportunistic,
    /// STARTTLS or fail.
    Required,
    /// TLS from the first byte (port 465, RFC 8314).
    Implicit,
}

/// What every connection of a delivery shares.
#[derive(Clone, Debug)]
pub struct SessionConfig {
    pub timeouts: Timeouts,
    pub tls_mode: TlsMode,
    pub tls: TlsSettings,
    pub credentials: Option<Credentials>,
    pub allow_insecure_auth: bool,
    pub helo_name: String,
    pub source_address: Option<IpAddr>,
}

/// Called as a transaction's commands are sent, its future awaited after the 354 and before the message is sent
/// (see [`Session::transaction`]); an `Err` stops the transaction there.
pub type DataGate = Arc<dyn Fn() -> futures::future::BoxFuture<'static, Result<(), String>> + Send + Sync>;

/// The server as we address it: the name we were given (for TLS verification and messages) and one of its addresses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Peer {
    pub host: String,
    pub addr: SocketAddr,
}

/// What the server offered in its EHLO reply (RFC 5321 §4.1.1.1, keywords case-insensitive).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Capabilities {
    /// `Some(0)`: SIZE offered without a limit.
    pub size: Option<u64>,
    pub pipelining: bool,
    pub starttls: bool,
    pub auth: Vec<String>,
    pub eightbitmime: bool,
    pub smtputf8: bool,
    pub enhanced_status_codes: bool,
    pub chunking: bool,
    pub dsn: bool,
    /// Every keyword line as sent, for probes.
    pub lines: Vec<String>,
}

impl Capabilities {
    pub fn parse(ehlo: &Reply) -> Capabilities {
        let mut caps = Capabilities::default();
        for line in ehlo.lines.iter().skip(1) {
            let mut words = line.split([' ', '=']);
            let keyword = words.next().unwrap_or("").to_ascii_uppercase();
            let params: Vec<&str> = words.filter(|w| !w.is_empty()).collect();
            match keyword.as_str() {
                "SIZE" => caps.size = Some(params.first().and_then(|p| p.parse().ok()).unwrap_or(0)),
                "PIPELINING" => caps.pipelining = true,
                "STARTTLS" => caps.starttls = true,
                "AUTH" => {
                    for p in params {
                        let m = p.to_ascii_uppercase();
                        if !caps.auth.contains(&m) {
                            caps.auth.push(m);
                        }
                    }
                }
                "8BITMIME" => caps.eightbitmime = true,
                "SMTPUTF8" => caps.smtputf8 = true,
                "ENHANCEDSTATUSCODES" => caps.enhanced_status_codes = true,
                "CHUNKING" => caps.chunking = true,
                "DSN" => caps.dsn = true,
                _ => {}
            }
            caps.lines.push(line.clone());
        }
        caps
    }
}

/// Time spent per phase on one connection (summed when a phase repeats: EHLO after STARTTLS, one RCPT each).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Timings([Option<Duration>; 13]);

impl Timings {
    pub fn add(&mut self, phase: Phase, d: Duration) {
        let slot = &mut self.0[phase as usize];
        *slot = Some(slot.unwrap_or_default() + d);
    }
    pub fn merge(&mut self, other: &Timings) {
        for (phase, d) in other.iter() {
            self.add(phase, d);
        }
    }
    pub fn iter(&self) -> impl Iterator<Item = (Phase, Duration)> + '_ {
        Phase::ALL.iter().filter_map(|&p| self.0[p as usize].map(|d| (p, d)))
    }
}

/// Recipients accepted and refused in one transaction, and the final reply after ".".
#[derive(Clone, Debug)]
pub struct Accepted {
    pub accepted: Vec<Mailbox>,
    pub refused: Vec<(Mailbox, Reply)>,
    pub reply: Reply,
}

/// A transaction opened up to DATA's 354: the recipients the server took and those it refused.
#[derive(Debug)]
pub struct Opened {
    pub accepted: Vec<Mailbox>,
    pub refused: Vec<(Mailbox, Reply)>,
}

/// Cross-transaction pipelining (RFC 2920 §3.1: message content may be the first "command" of a group): a
/// transaction that got its 354 leaves its content unsent, and the next transaction on the connection writes it
/// ahead of its own commands, in one write, reads its final reply first, and sends it to `to`. The owner of a lost
/// reply learns it as that reply's error (after ".": maybe delivered); the next transaction's commands were then
/// never answered, so it is not sent (see [`Session::open_data`]).
/// A tail dropped unsettled (the pool closed, the carrier cancelled) tells its owner so: not sent, or maybe delivered
/// once its content had started to go out.
pub struct Tail {
    payload: Arc<Payload>,
    /// For the final reply: the owner's phase limit or what is left of its deadline.
    limit: (Duration, LimitKind),
    to: Option<tokio::sync::oneshot::Sender<TailReply>>,
    written: bool,
}

impl Tail {
    pub fn new(
        payload: Arc<Payload>,
        limit: (Duration, LimitKind),
        to: tokio::sync::oneshot::Sender<TailReply>,
    ) -> Tail {
        Tail {
            payload,
            limit,
            to: Some(to),
            written: false,
        }
    }

    /// Whether nobody waits for this tail's reply any more (its delivery was cancelled): it must not be sent.
    pub fn owner_gone(&self) -> bool {
        self.to.as_ref().is_none_or(tokio::sync::oneshot::Sender::is_closed)
    }

    fn settle(&mut self, reply: Result<Reply, SessionError>, timings: Timings) {
        if let Some(to) = self.to.take() {
            let _ = to.send(TailReply { reply, timings });
        }
    }
}

impl Drop for Tail {
    fn drop(&mut self) {
        let (phase, kind) = if self.written {
            (Phase::DataDone, ErrorKind::Disconnected(None))
        } else {
            (Phase::Data, ErrorKind::Disconnected(None))
        };
        self.settle(Err(SessionError::new(phase, kind)), Timings::default());
    }
}

/// A tail's final reply (or why it never came) and the time its content and reply took.
pub struct TailReply {
    pub reply: Result<Reply, SessionError>,
    pub timings: Timings,
}

/// Runs `fut` under `phase`'s limit, records the time it took, and names the phase in any error.
async fn timed<T>(
    phase: Phase,
    (limit, bound): (Duration, LimitKind),
    timings: &mut Timings,
    fut: impl Future<Output = Result<T, ErrorKind>>,
) -> Result<T, SessionError> {
    let started = Instant::now();
    let out = tokio::time::timeout(limit, fut).await;
    timings.add(phase, started.elapsed());
    match out {
        Ok(r) => r.map_err(|kind| SessionError::new(phase, kind)),
        Err(_) => Err(SessionError::new(phase, ErrorKind::Timeout { limit, bound })),
    }
}

/// Fails when the server has sent more than the replies due so far (issue 15 item 3): an extra reply after the last
/// one, or a reply ahead of its command. Read one step late, the next replies would each answer the wrong command (a
/// premature 250 taken for the reply to "."), so the connection ends here.
/// Only what is buffered is checked (no read: a system call per reply would cost more than the rest of a pipelined
/// transaction); bytes arriving later are found by the next read or, on an idle pooled connection, at checkout.
fn in_step(conn: &Conn, phase: Phase) -> Result<(), SessionError> {
    match conn.buffered() {
        0 => Ok(()),
        n => Err(SessionError::new(phase, ErrorKind::Malformed(Malformed::OutOfStep(n)))),
    }
}

/// Credentials go over TLS, to a loopback peer (they never leave the machine: local relays, test servers), or in
/// clear when the caller allowed it.
fn may_send_credentials(tls: bool, allow_insecure_auth: bool, peer: IpAddr) -> bool {
    tls || allow_insecure_auth || peer.is_loopback()
}

/// `MAIL FROM:<path> PARAM...` or `RCPT TO:<path> PARAM...` (RFC 5321 §4.1.1.2-3), CRLF-terminated.
fn command_line(verb: &str, path: &str, params: &[String]) -> Vec<u8> {
    // Appended at its exact size, not formatted: two lines per bulk message, and format! cost ~1k instructions each.
    let size = verb.len() + path.len() + 5 + params.iter().map(|p| p.len() + 1).sum::<usize>();
    let mut line = Vec::with_capacity(size);
    for part in [verb.as_bytes(), b":<", path.as_bytes(), b">"] {
        line.extend_from_slice(part);
    }
    for p in params {
        line.push(b' ');
        line.extend_from_slice(p.as_bytes());
    }
    line.extend_from_slice(b"\r\n");
    line
}

fn rejected(phase: Phase, reply: Reply) -> SessionError {
    SessionError::new(phase, ErrorKind::Rejected(reply))
}

/// The largest write under one `data_block` limit, and how many command bytes one pipelined write may hold
/// (RFC 2920 §3.1: bounded, so neither side can block the other on full buffers).
const DATA_BLOCK: usize = 64 * 1024;
const PIPELINE_WINDOW: usize = 8 * 1024;

pub struct Session {
    conn: Conn,
    peer: Peer,
    caps: Capabilities,
    cfg: Arc<SessionConfig>,
    budget: Budget,
    timings: Timings,
    /// The phase entered last: where a failure happened, or how far a success got.
    phase: Phase,
    greeting: Option<Reply>,
    ehlo: Option<Reply>,
    tls: Option<TlsInfo>,
    authenticated: bool,
    /// Transactions completed on this connection (for pooling).
    transactions: u32,
    opened_at: Instant,
    /// A reused connection: the next transaction starts with RSET (pipelined with MAIL when the server offers
    /// PIPELINING; a failure there is reported in the `rset` phase, before the server could have taken a message).
    pending_reset: bool,
    /// A transaction was started here, by the delivery loop or command by command (the smtplib facade's
    /// `mail`/`rcpt`/`data`), since the last RSET: a reused connection must start with RSET.
    dirty: bool,
}

impl Session {
    /// The server this connection is to.
    pub fn peer(&self) -> &Peer {
        &self.peer
    }

    /// What the server offered in its last EHLO reply (none before EHLO, after STARTTLS, or after HELO).
    pub fn caps(&self) -> &Capabilities {
        &self.caps
    }

    /// The server's 220 greeting, once read.
    pub fn greeting(&self) -> Option<&Reply> {
        self.greeting.as_ref()
    }

    /// The last positive EHLO (or HELO) reply.
    pub fn ehlo(&self) -> Option<&Reply> {
        self.ehlo.as_ref()
    }

    /// The TLS connection's details, once TLS is up.
    pub fn tls(&self) -> Option<&TlsInfo> {
        self.tls.as_ref()
    }

    /// Whether AUTH succeeded on this connection.
    pub fn is_authenticated(&self) -> bool {
        self.authenticated
    }

    /// When the TCP connection was made (pooling retires connections by age).
    pub fn opened_at(&self) -> Instant {
        self.opened_at
    }

    /// The time spent per phase so far, leaving the record empty for the next transaction.
    /// Gives a parked transaction's timings back to the session it resumes on.
    pub fn restore_timings(&mut self, timings: Timings) {
        self.timings = timings;
    }

    pub fn take_timings(&mut self) -> Timings {
        std::mem::take(&mut self.timings)
    }

    /// Marks a reused connection: its next transaction starts with RSET (see [`Session::transaction`]).
    /// A connection that never carried a transaction (the smtplib facade's, fresh after EHLO) needs no RSET, which
    /// smtplib would not send either.
    pub fn expect_reset(&mut self) {
        self.pending_reset = self.transactions > 0 || self.dirty;
    }

    fn limit(&mut self, phase: Phase) -> (Duration, LimitKind) {
        self.phase = phase;
        self.budget.limit(self.cfg.timeouts.get(phase))
    }

    /// TCP connect (and the TLS handshake, for implicit TLS). Nothing is read yet.
    pub async fn connect(peer: Peer, cfg: Arc<SessionConfig>, budget: Budget) -> Result<Session, SessionError> {
        let mut timings = Timings::default();
        let limit = budget.limit(cfg.timeouts.get(Phase::Connect));
        log::debug!(target: LOG, "connecting to {} [{}]", peer.host, peer.addr);
        let (addr, source) = (peer.addr, cfg.source_address);
        let tcp = timed(Phase::Connect, limit, &mut timings, async move {
            let fail = |e: std::io::Error| ErrorKind::Connect(IoFailure::from(&e));
            let socket = if addr.is_ipv4() {
                TcpSocket::new_v4()
            } else {
                TcpSocket::new_v6()
            }
            .map_err(fail)?;
            if let Some(ip) = source {
                socket.bind(SocketAddr::new(ip, 0)).map_err(fail)?;
            }
            socket.connect(addr).await.map_err(fail)
        })
        .await?;
        let mut session = Session {
            conn: Conn::new(tcp),
            peer,
            caps: Capabilities::default(),
            cfg,
            budget,
            timings,
            phase: Phase::Connect,
            greeting: None,
            ehlo: None,
            tls: None,
            authenticated: false,
            transactions: 0,
            opened_at: Instant::now(),
            pending_reset: false,
            dirty: false,
        };
        if session.cfg.tls_mode == TlsMode::Implicit {
            // Part of connecting: its errors say "connect: TLS ...", not STARTTLS, which was never sent.
            session.handshake().await.map_err(|e| match e.kind {
                ErrorKind::Tls(_) | ErrorKind::Certificate(_) => SessionError::new(Phase::Connect, e.kind),
                _ => e,
            })?;
        }
        Ok(session)
    }

    /// Connects and goes as far as a transaction can start: greeting, EHLO, STARTTLS as the mode asks, AUTH.
    pub async fn open(peer: Peer, cfg: Arc<SessionConfig>, budget: Budget) -> Result<Session, SessionError> {
        let mut s = Session::connect(peer, cfg, budget).await?;
        s.greet().await?;
        s.hello().await?;
        match s.cfg.tls_mode {
            TlsMode::Required | TlsMode::Opportunistic if s.caps.starttls => {
                s.starttls().await?;
                s.hello().await?;
            }
            TlsMode::Required => {
                s.phase = Phase::StartTls;
                return Err(SessionError::new(
                    Phase::StartTls,
                    ErrorKind::NotSupported("STARTTLS extension not supported by server (tls=\"starttls\")".into()),
                ));
            }
            _ => {}
        }
        s.authenticate().await?;
        Ok(s)
    }

    async fn exchange(&mut self, phase: Phase, line: &[u8], shown: &str) -> Result<Reply, SessionError> {
        let limit = self.limit(phase);
        log::debug!(target: "resilient_smtp.wire", "C: {shown}");
        let conn = &mut self.conn;
        timed(phase, limit, &mut self.timings, async move {
            conn.write_all(line).await?;
            conn.read_reply().await
        })
        .await
    }

    async fn read(&mut self, phase: Phase) -> Result<Reply, SessionError> {
        let limit = self.limit(phase);
        timed(phase, limit, &mut self.timings, self.conn.read_reply()).await
    }

    pub async fn greet(&mut self) -> Result<(), SessionError> {
        let reply = self.read(Phase::Greeting).await?;
        log::debug!(target: LOG, "greeting from {}: {reply}", self.peer.host);
        if reply.code != 220 {
            return Err(rejected(Phase::Greeting, reply));
        }
        self.greeting = Some(reply);
        Ok(())
    }

    /// EHLO, or HELO when the server does not know EHLO (a 5xx other than 421-ish trouble).
    pub async fn hello(&mut self) -> Result<(), SessionError> {
        let name = self.cfg.helo_name.clone();
        let reply = self
            .exchange(
                Phase::Ehlo,
                format!("EHLO {name}\r\n").as_bytes(),
                &format!("EHLO {name}"),
            )
            .await?;
        if reply.is_positive() {
            self.caps = Capabilities::parse(&reply);
            self.ehlo = Some(reply);
            return Ok(());
        }
        if !reply.is_permanent() {
            return Err(rejected(Phase::Ehlo, reply));
        }
        let helo = self
            .exchange(
                Phase::Ehlo,
                format!("HELO {name}\r\n").as_bytes(),
                &format!("HELO {name}"),
            )
            .await?;
        if !helo.is_positive() {
            return Err(rejected(Phase::Ehlo, helo));
        }
        self.caps = Capabilities::default();
        self.ehlo = Some(helo);
        Ok(())
    }

    /// STARTTLS (RFC 3207). Anything the server sent after its 220 and before the handshake is an attack (response
    /// injection, "NO STARTTLS" 2021): abort rather than let it be read as a reply inside TLS. Everything learned
    /// before TLS is forgotten; the caller says EHLO again.
    ///
    /// The same holds the other way round: bytes already there when STARTTLS is about to be sent (a `220` pipelined
    /// after the EHLO reply) answer nothing we asked, and would be taken as the reply to STARTTLS.
    pub async fn starttls(&mut self) -> Result<Reply, SessionError> {
        self.phase = Phase::StartTls;
        self.refuse_unasked_bytes()?;
        let reply = self.exchange(Phase::StartTls, b"STARTTLS\r\n", "STARTTLS").await?;
        if reply.code != 220 {
            return Err(rejected(Phase::StartTls, reply));
        }
        self.refuse_unasked_bytes()?;
        self.handshake().await?;
        self.caps = Capabilities::default();
        self.ehlo = None;
        Ok(reply)
    }

    /// Response injection: anything received (buffered, or waiting in the socket) that no command asked for.
    fn refuse_unasked_bytes(&mut self) -> Result<(), SessionError> {
        let extra = self.conn.unread();
        if extra > 0 {
            self.conn.rbuf.clear();
            return Err(SessionError::new(Phase::StartTls, ErrorKind::ResponseInjection(extra)));
        }
        Ok(())
    }

    /// The TLS handshake on the plain connection (`connect` runs it for implicit TLS; probes drive it themselves).
    pub async fn handshake(&mut self) -> Result<(), SessionError> {
        let limit = self.limit(Phase::StartTls);
        let tcp = self
            .conn
            .take_plain()
            .ok_or_else(|| SessionError::new(Phase::StartTls, ErrorKind::Tls("not a plain connection".into())))?;
        let host = self.peer.host.clone();
        let ip = self.peer.addr.ip();
        let settings = self.cfg.tls.clone();
        // Opportunistic TLS with nothing secret to send is Postfix's `may` (RFC 7435): a certificate that does not
        // verify still beats plain text, and an attacker able to forge one could strip STARTTLS anyway.
        let enforce = self.cfg.tls_mode != TlsMode::Opportunistic || self.cfg.credentials.is_some();
        let (stream, info) = timed(Phase::StartTls, limit, &mut self.timings, async move {
            let tls = settings.connector(enforce).map_err(|e| ErrorKind::Tls(e.0))?;
            let name = tls::server_name(&host).unwrap_or_else(|| ip.into());
            match tls.connector.connect(name, tcp).await {
                Ok(stream) => {
                    let verified = tls.verified.lock().unwrap().take();
                    let info = TlsInfo::from_connection(stream.get_ref().1, verified);
                    Ok((stream, info))
                }
                Err(e) if tls::is_certificate_error(&e) => {
                    let why = tls
                        .verified
                        .lock()
                        .unwrap()
                        .take()
                        .and_then(std::result::Result::err)
                        .unwrap_or_else(|| e.to_string());
                    Err(ErrorKind::Certificate(why))
                }
                Err(e) => Err(ErrorKind::Tls(e.to_string())),
            }
        })
        .await?;
        log::debug!(target: LOG, "TLS with {}: {} {}", self.peer.host, info.version, info.cipher);
        if let Some(Err(why)) = info.verified.as_ref().filter(|_| self.cfg.tls.verify && !enforce) {
            log::warn!(target: LOG, "opportunistic TLS with {}: the certificate is not verified ({why}); delivering encrypted anyway (no credentials are sent)", self.peer.host);
        }
        self.conn.stream = Stream::Tls(Box::new(stream));
        self.tls = Some(info);
        Ok(())
    }

    /// Whether an idle connection can carry another transaction: the server has sent nothing since the last reply
    /// (which would be out of step).
    pub fn is_idle_clean(&mut self) -> bool {
        self.conn.unread() == 0
    }

    pub fn is_tls(&self) -> bool {
        self.conn.is_tls()
    }

    /// AUTH with the configured credentials, if any (the server's 235 reply). Never over a plain connection to
    /// another machine unless the caller allowed it: credentials for a loopback peer never leave the host.
    pub async fn authenticate(&mut self) -> Result<Option<Reply>, SessionError> {
        self.authenticate_with(None).await
    }

    /// [`Session::authenticate`] with `mechanism` if given (the smtplib facade tries them in smtplib's order),
    /// otherwise the best both sides support.
    pub async fn authenticate_with(&mut self, mechanism: Option<Mechanism>) -> Result<Option<Reply>, SessionError> {
        let Some(creds) = self.cfg.credentials.clone() else {
            return Ok(None);
        };
        self.phase = Phase::Auth;
        let not_supported = |why: String| SessionError::new(Phase::Auth, ErrorKind::NotSupported(why));
        if !may_send_credentials(self.is_tls(), self.cfg.allow_insecure_auth, self.peer.addr.ip()) {
            return Err(not_supported(
                "refusing to send credentials over an unencrypted connection (the server offered no STARTTLS; \
                 pass allow_insecure_auth=True to allow it)"
                    .into(),
            ));
        }
        if self.caps.auth.is_empty() && mechanism.is_none() {
            return Err(not_supported("SMTP AUTH extension not supported by server".into()));
        }
        let mech = match mechanism {
            Some(m) => m,
            None => Mechanism::choose(&creds, &self.caps.auth).ok_or_else(|| {
                not_supported(format!(
                    "no suitable AUTH mechanism: the server offers {}",
                    self.caps.auth.join(" ")
                ))
            })?,
        };
        let steps = creds.steps(mech);
        if steps.is_empty() {
            return Err(not_supported(format!(
                "AUTH {} does not fit these credentials",
                mech.name()
            )));
        }
        let last = steps.len() - 1;
        for (i, step) in steps.iter().enumerate() {
            let mut reply = self.exchange(Phase::Auth, &step.line, &step.redacted).await?;
            if mech == Mechanism::CramMd5 && reply.code == 334 {
                let Some(answer) = creds.cram_md5_response(&reply.text()) else {
                    let _ = self.exchange(Phase::Auth, b"*\r\n", "*").await; // RFC 4954 §4: cancel
                    return Err(rejected(Phase::Auth, reply));
                };
                reply = self.exchange(Phase::Auth, &answer.line, &answer.redacted).await?;
            }
            match reply.code {
                235 => {
                    self.authenticated = true;
                    return Ok(Some(reply));
                }
                334 if i < last => {}
                334 => {
                    // XOAUTH2 reports an error as a 334 challenge; an empty line asks for the final reply.
                    let reply = self.exchange(Phase::Auth, b"\r\n", "").await?;
                    return Err(rejected(Phase::Auth, reply));
                }
                _ => return Err(rejected(Phase::Auth, reply)),
            }
        }
        unreachable!("the last AUTH step returns")
    }

    fn mail_command(&self, env: &Envelope, payload: &Payload) -> Result<Vec<u8>, SessionError> {
        let mut params = Vec::new();
        if self.caps.size.is_some() {
            params.push(format!("SIZE={}", payload.size));
        }
        if payload.eight_bit && self.caps.eightbitmime {
            params.push("BODY=8BITMIME".to_string());
        }
        if env.needs_smtputf8() {
            if !self.caps.smtputf8 {
                return Err(SessionError::new(
                    Phase::Mail,
                    ErrorKind::NotSupported(
                        "an address needs SMTPUTF8 (non-ASCII local part) and the server does not offer it".into(),
                    ),
                ));
            }
            params.push("SMTPUTF8".to_string());
        }
        params.extend(env.mail_params.iter().cloned());
        let sender = env.sender.as_ref().map_or("", |m| m.as_ref());
        Ok(command_line("MAIL FROM", sender, &params))
    }

    /// One transaction: MAIL, RCPT for each recipient, DATA, the message, and the final reply. Pipelined
    /// (RFC 2920) when the server offers it; every reply is checked either way. Recipients refused one by one are
    /// reported in [`Accepted::refused`]; the transaction fails only when all of them are.
    ///
    /// `gate`, when given, is called as MAIL, RCPT and DATA are sent, and its future is awaited after the server's
    /// 354, before the first byte of the message: a caller that must remember "this message may reach the server"
    /// (the outbox) records it there, and may start the recording in the call, so that it runs during the round trip
    /// to the 354 rather than after it (work in the future itself runs after the 354). An error from it ends the
    /// transaction before any of the message is sent.
    pub async fn transaction(
        &mut self,
        env: &Envelope,
        payload: &Payload,
        gate: Option<&DataGate>,
    ) -> Result<Accepted, SessionError> {
        let opened = self.open_data(env, payload, None, gate).await?;
        self.finish_data(payload, opened).await
    }

    /// A transaction up to DATA's 354 (see [`Session::transaction`]). With a `tail` (the previous transaction's
    /// content on this connection, see [`Tail`]) that content goes first, in the same write as these commands, and
    /// its final reply is read first and handed to its owner. A tail whose reply never comes fails this transaction
    /// in the `rset` phase: nothing of it can have been taken (the same as a stale pooled connection). The `gate`
    /// (see [`Session::transaction`]) is called as the commands are sent and awaited after the 354.
    pub async fn open_data(
        &mut self,
        env: &Envelope,
        payload: &Payload,
        tail: Option<Tail>,
        gate: Option<&DataGate>,
    ) -> Result<Opened, SessionError> {
        let mut commands = match self.checked_commands(env, payload) {
            Ok(commands) => commands,
            Err(e) => {
                if let Some(tail) = tail {
                    self.settle_tail(tail, &[]).await?;
                }
                return Err(e);
            }
        };
        // (A parked session, the only kind with a tail, has just ended a transaction: no RSET is pending.)
        let reset = std::mem::take(&mut self.pending_reset);
        self.dirty = true;
        if reset && !self.caps.pipelining {
            self.reset().await?;
        }
        let pipelined_reset = reset && self.caps.pipelining;
        if pipelined_reset {
            commands.insert(0, (Phase::Rset, b"RSET\r\n".to_vec()));
        }
        // Started as the commands go (a gate that asks a database may have its answer by the 354), finished before
        // the first byte of the message.
        let gated = gate.map(|gate| gate());
        let mut replies = self.send_commands(env, &commands, tail).await?;
        if pipelined_reset {
            let rset = replies.remove(0);
            if !rset.is_positive() {
                return Err(rejected(Phase::Rset, rset));
            }
        }
        let (accepted, refused) = self.envelope_replies(env, &replies).await?;
        if let Some(gated) = gated {
            gated
                .await
                .map_err(|why| SessionError::new(Phase::Data, ErrorKind::NotSupported(why)))?;
        }
        Ok(Opened { accepted, refused })
    }

    /// The rest of a transaction [`Session::open_data`] opened: the message, ".", and the final reply.
    pub async fn finish_data(&mut self, payload: &Payload, opened: Opened) -> Result<Accepted, SessionError> {
        let reply = self.send_body(payload).await?;
        self.transactions += 1;
        Ok(Accepted {
            accepted: opened.accepted,
            refused: opened.refused,
            reply,
        })
    }

    /// The envelope's commands, or why they cannot be sent (before any byte is).
    fn checked_commands(&mut self, env: &Envelope, payload: &Payload) -> Result<Vec<(Phase, Vec<u8>)>, SessionError> {
        self.phase = Phase::Mail;
        if let Some(limit) = self.caps.size.filter(|&l| l > 0 && payload.size as u64 > l) {
            return Err(SessionError::new(
                Phase::Mail,
                ErrorKind::MessageTooLarge {
                    size: payload.size as u64,
                    limit,
                },
            ));
        }
        self.envelope_commands(env, payload)
    }

    /// MAIL, one RCPT per recipient, DATA: each with the phase its reply belongs to.
    fn envelope_commands(&self, env: &Envelope, payload: &Payload) -> Result<Vec<(Phase, Vec<u8>)>, SessionError> {
        let mut commands: Vec<(Phase, Vec<u8>)> = Vec::with_capacity(env.recipients.len() + 3);
        commands.push((Phase::Mail, self.mail_command(env, payload)?));
        for r in &env.recipients {
            commands.push((Phase::Rcpt, command_line("RCPT TO", r.as_ref(), &env.rcpt_params)));
        }
        commands.push((Phase::Data, b"DATA\r\n".to_vec()));
        Ok(commands)
    }

    /// Writes the commands and reads one reply per command sent: in batches of up to [`PIPELINE_WINDOW`] bytes when
    /// the server offers PIPELINING, else one by one, stopping at the first trouble (no RCPT after a refused MAIL,
    /// no DATA without an accepted recipient), so fewer replies than commands may come back.
    /// A 421 ends it: that reply is the error ([`Session::closing`]), nothing more is sent.
    async fn send_commands(
        &mut self,
        env: &Envelope,
        commands: &[(Phase, Vec<u8>)],
        mut tail: Option<Tail>,
    ) -> Result<Vec<Reply>, SessionError> {
        let window = if self.caps.pipelining { PIPELINE_WINDOW } else { 0 };
        let mut replies: Vec<Reply> = Vec::with_capacity(commands.len());
        let mut next = 0;
        while next < commands.len() {
            // One by one, MAIL comes first (RSET goes ahead of it only when pipelined).
            if window == 0 && next > 0 {
                let mail_ok = replies[0].is_positive();
                let any_rcpt = replies[1..].iter().any(Reply::is_positive);
                if !mail_ok || (commands[next].0 == Phase::Data && !any_rcpt) {
                    break;
                }
            }
            let start = next;
            let mut batch = Vec::new();
            while next < commands.len() {
                batch.extend_from_slice(&commands[next].1);
                next += 1;
                if batch.len() >= window {
                    break;
                }
            }
            let limit = self.limit(commands[start].0);
            for (_, c) in &commands[start..next] {
                log::debug!(target: "resilient_smtp.wire", "C: {}", String::from_utf8_lossy(c).trim_end());
            }
            if let Some(tail) = tail.take() {
                self.settle_tail(tail, &batch).await?;
            } else {
                let conn = &mut self.conn;
                timed(commands[start].0, limit, &mut self.timings, conn.write_all(&batch)).await?;
            }
            for (phase, _) in &commands[start..next] {
                let reply = self.read(*phase).await?;
                if reply.code == 421 {
                    // The server is closing the connection (RFC 5321 §3.8): its reply is the error, whatever
                    // pipelined replies would have followed; nothing more is said on this connection.
                    return Err(self.closing(*phase, reply, env, commands, &replies));
                }
                replies.push(reply);
            }
            in_step(&self.conn, commands[next - 1].0)?;
        }
        Ok(replies)
    }

    /// Judges the replies to MAIL, RCPT and DATA: the recipients accepted and refused, or the error that ends the
    /// transaction before the message is sent.
    async fn envelope_replies(
        &mut self,
        env: &Envelope,
        replies: &[Reply],
    ) -> Result<(Vec<Mailbox>, Vec<(Mailbox, Reply)>), SessionError> {
        let data = replies.get(1 + env.recipients.len()).cloned();
        // A broken server may open DATA although MAIL or every RCPT failed: end it empty (RFC 2920 §3.1), or the
        // session would sit in DATA and the QUIT would wait out its timeout.
        let data_opened = data.as_ref().is_some_and(|r| r.code == 354);
        let mail = &replies[0];
        if !mail.is_positive() {
            let mail = mail.clone();
            if data_opened {
                let _ = self.exchange(Phase::DataDone, b".\r\n", ".").await;
            }
            return Err(rejected(Phase::Mail, mail));
        }
        let mut accepted = Vec::new();
        let mut refused = Vec::new();
        for (rcpt, reply) in env.recipients.iter().zip(&replies[1..]) {
            if reply.is_positive() {
                accepted.push(rcpt.clone());
            } else {
                refused.push((rcpt.clone(), reply.clone()));
            }
        }
        if accepted.is_empty() {
            self.phase = Phase::Rcpt;
            if data_opened {
                let _ = self.exchange(Phase::DataDone, b".\r\n", ".").await;
            }
            let refused = refused.into_iter().map(|(a, r)| (a.to_string(), r)).collect();
            return Err(SessionError::new(Phase::Rcpt, ErrorKind::RecipientsRefused(refused)));
        }
        let data = data.expect("DATA was sent: a recipient was accepted");
        if data.code != 354 {
            return Err(rejected(Phase::Data, data));
        }
        Ok((accepted, refused))
    }

    /// The message in blocks of [`DATA_BLOCK`] bytes (each under the `data_block` limit), and the final reply.
    async fn send_body(&mut self, payload: &Payload) -> Result<Reply, SessionError> {
        for block in payload.wire.chunks(DATA_BLOCK) {
            let limit = self.limit(Phase::DataBlock);
            timed(Phase::DataBlock, limit, &mut self.timings, self.conn.write_all(block)).await?;
        }
        log::debug!(target: "resilient_smtp.wire", "C: <{} bytes of message> .", payload.wire.len());
        // (A 421 after "." is a refusal of the message like any 4xx there: nothing follows it either way.)
        // From here on the server may own the message: a timeout or a drop is "maybe delivered".
        let reply = self.read(Phase::DataDone).await?;
        in_step(&self.conn, Phase::DataDone)?;
        if !reply.is_positive() {
            return Err(rejected(Phase::DataDone, reply));
        }
        Ok(reply)
    }

    /// The limit for the final reply after ".", from now (for a [`Tail`] whose reply another transaction reads).
    pub fn data_done_limit(&mut self) -> (Duration, LimitKind) {
        let limit = self.limit(Phase::DataDone);
        self.phase = Phase::Data;
        limit
    }

    /// Writes a tail's content (its last block in one write with `then`, the next transaction's commands), reads its
    /// final reply and hands it to the tail's owner.
    async fn settle_tail(&mut self, mut tail: Tail, then: &[u8]) -> Result<(), SessionError> {
        let mut timings = Timings::default();
        tail.written = true;
        let wire = &tail.payload.wire;
        let last = wire.len().saturating_sub(DATA_BLOCK);
        let mut written = Ok(());
        for block in wire[..last].chunks(DATA_BLOCK) {
            let limit = self.limit(Phase::DataBlock);
            written = timed(Phase::DataBlock, limit, &mut timings, self.conn.write_all(block)).await;
            if written.is_err() {
                break;
            }
        }
        if written.is_ok() {
            let limit = self.limit(Phase::DataBlock);
            let group = self.conn.write_all_pair(&wire[last..], then);
            written = timed(Phase::DataBlock, limit, &mut timings, group).await;
        }
        log::debug!(target: "resilient_smtp.wire", "C: <{} bytes of the previous message> .", wire.len());
        let reply = match written {
            Ok(()) => timed(Phase::DataDone, tail.limit, &mut timings, self.conn.read_reply()).await,
            Err(e) => Err(e),
        };
        let lost = reply
            .as_ref()
            .err()
            .map(|e| SessionError::new(Phase::Rset, e.kind.clone()));
        if matches!(&reply, Ok(r) if r.is_positive()) {
            self.transactions += 1;
        }
        tail.settle(reply, timings);
        lost.map_or(Ok(()), Err)
    }

    /// The error for a 421 in a transaction. At RCPT it is the recipients refused so far and the one the 421
    /// answered (smtplib's `SMTPRecipientsRefused` dict, the 421 last); elsewhere the reply itself, at its phase.
    fn closing(
        &mut self,
        phase: Phase,
        reply: Reply,
        env: &Envelope,
        commands: &[(Phase, Vec<u8>)],
        replies: &[Reply],
    ) -> SessionError {
        self.phase = phase;
        if phase != Phase::Rcpt {
            return rejected(phase, reply);
        }
        let rcpt_replies = commands
            .iter()
            .zip(replies)
            .filter(|((p, _), _)| *p == Phase::Rcpt)
            .map(|(_, r)| r);
        let mut refused: Vec<(String, Reply)> = env
            .recipients
            .iter()
            .zip(rcpt_replies)
            .filter(|(_, r)| !r.is_positive())
            .map(|(a, r)| (a.to_string(), r.clone()))
            .collect();
        let answered = commands[..replies.len()]
            .iter()
            .filter(|(p, _)| *p == Phase::Rcpt)
            .count();
        refused.push((env.recipients[answered].to_string(), reply));
        SessionError::new(Phase::Rcpt, ErrorKind::RecipientsRefused(refused))
    }

    /// RSET, to start a clean transaction on a reused connection.
    pub async fn reset(&mut self) -> Result<(), SessionError> {
        let reply = self.exchange(Phase::Rset, b"RSET\r\n", "RSET").await?;
        in_step(&self.conn, Phase::Rset)?;
        if !reply.is_positive() {
            return Err(rejected(Phase::Rset, reply));
        }
        Ok(())
    }

    /// NOOP, to see whether an idle connection is still alive.
    pub async fn noop(&mut self) -> Result<Reply, SessionError> {
        self.exchange(Phase::Rset, b"NOOP\r\n", "NOOP").await
    }

    /// QUIT and close. Its outcome never changes what happened before: errors are only logged.
    /// Says QUIT and closes without waiting for the 221, as Postfix does (smtp_skip_quit_response): the reply tells
    /// nothing a finished delivery needs, and waiting for it costs a round trip per connection.
    pub async fn quit(mut self) {
        log::debug!(target: "resilient_smtp.wire", "C: QUIT");
        let limit = self.limit(Phase::Quit);
        let conn = &mut self.conn;
        let sent = timed(Phase::Quit, limit, &mut self.timings, async move {
            conn.write_all(b"QUIT\r\n").await
        })
        .await;
        if let Err(e) = sent {
            log::debug!(target: LOG, "QUIT to {}: {e} (ignored)", self.peer.host);
        }
        self.close().await;
    }

    /// Closes without QUIT (after an error, a timeout or a cancellation).
    pub async fn close(&mut self) {
        self.conn.shutdown().await;
    }

    /// Sends one raw line and reads the reply under `phase` (for the smtplib facade's `docmd`/`noop`); the log
    /// shows `shown` (an AUTH line redacted) or the line.
    pub async fn command(&mut self, phase: Phase, line: &str) -> Result<Reply, SessionError> {
        self.command_shown(phase, line, line).await
    }

    pub async fn command_shown(&mut self, phase: Phase, line: &str, shown: &str) -> Result<Reply, SessionError> {
        let data = format!("{line}\r\n");
        let verb = line.split(' ').next().unwrap_or("").to_ascii_uppercase();
        let reply = self.exchange(phase, data.as_bytes(), shown).await?;
        match verb.as_str() {
            "MAIL" | "RCPT" | "DATA" | "BDAT" => self.dirty = true,
            "RSET" if reply.is_positive() => self.dirty = false,
            _ => {}
        }
        Ok(reply)
    }

    /// Writes `data` as given under `phase`'s limit (the facade's `putcmd`/`send`: smtplib's low-level API).
    pub async fn write_raw(&mut self, phase: Phase, data: &[u8], shown: &str) -> Result<(), SessionError> {
        let limit = self.limit(phase);
        let verb = data.get(..4).map(|v| v.to_ascii_uppercase());
        let harmless = [b"NOOP", b"RSET", b"EHLO", b"HELO", b"LHLO", b"VRFY", b"EXPN", b"HELP"];
        if !verb.is_some_and(|v| harmless.iter().any(|h| v == h[..])) {
            self.dirty = true;
        }
        log::debug!(target: "resilient_smtp.wire", "C: {shown}");
        let conn = &mut self.conn;
        timed(phase, limit, &mut self.timings, conn.write_all(data)).await
    }

    /// Reads one reply under `phase`'s limit (the facade's `getreply`).
    pub async fn read_reply(&mut self, phase: Phase) -> Result<Reply, SessionError> {
        self.read(phase).await
    }

    /// EHLO (`esmtp`) or HELO with `name`, for a caller driving the dialogue itself (the smtplib facade): any reply
    /// is returned, not judged; a positive EHLO reply sets the capabilities, a positive HELO clears them.
    pub async fn hello_as(&mut self, esmtp: bool, name: &str) -> Result<Reply, SessionError> {
        let line = format!("{} {name}", if esmtp { "EHLO" } else { "HELO" });
        let reply = self.command(Phase::Ehlo, &line).await?;
        if reply.is_positive() {
            self.caps = if esmtp {
                Capabilities::parse(&reply)
            } else {
                Capabilities::default()
            };
            self.ehlo = Some(reply.clone());
        }
        Ok(reply)
    }

    /// The configuration the next STARTTLS or AUTH on this connection uses (the facade learns it step by step).
    pub fn reconfigure(&mut self, cfg: Arc<SessionConfig>) {
        self.cfg = cfg;
    }

    pub fn set_budget(&mut self, budget: Budget) {
        self.budget = budget;
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::testpeer::{usual, verbs_in, Answer, ScriptedPeer};
    use std::sync::Mutex;

    /// A plain-text configuration with short limits (the peer is on loopback).
    pub(crate) fn config() -> Arc<SessionConfig> {
        let mut timeouts = Timeouts::default();
        for phase in Phase::ALL {
            timeouts.set(phase, Duration::from_millis(500));
        }
        Arc::new(SessionConfig {
            timeouts,
            tls_mode: TlsMode::Off,
            tls: TlsSettings {
                verify: true,
                ..TlsSettings::default()
            },
            credentials: None,
            allow_insecure_auth: false,
            helo_name: "client.test".into(),
            source_address: None,
        })
    }

    pub(crate) fn peer(server: &ScriptedPeer) -> Peer {
        Peer {
            host: "peer.test".into(),
            addr: server.addr,
        }
    }

    pub(crate) fn envelope(recipients: &[&str]) -> Envelope {
        let rcpts: Vec<String> = recipients.iter().map(|r| (*r).to_string()).collect();
        Envelope::new("a@example.com", &rcpts, Vec::new(), Vec::new()).expect("valid envelope")
    }

    pub(crate) fn payload() -> Payload {
        Payload::new(b"Subject: t\r\n\r\nbody\r\n")
    }

    #[tokio::test]
    async fn pipelined_transaction_reports_each_recipient() {
        let server = ScriptedPeer::start(|_, c| {
            if c.contains("nobody@") {
                Answer::Reply("550 5.1.1 no such user".into())
            } else {
                usual(c)
            }
        })
        .await;
        let mut s = Session::open(peer(&server), config(), Budget::new(None)).await.unwrap();
        assert!(s.caps().pipelining);
        let out = s
            .transaction(&envelope(&["b@example.net", "nobody@example.net"]), &payload(), None)
            .await
            .unwrap();
        assert_eq!(out.accepted.len(), 1);
        assert_eq!(out.refused.len(), 1);
        assert_eq!(out.refused[0].1.code, 550);
        assert_eq!(out.reply.code, 250);
        s.quit().await;
        assert_eq!(server.verbs()[..6], ["EHLO", "MAIL", "RCPT", "RCPT", "DATA", "."]);
    }

    #[tokio::test]
    async fn the_data_gate_runs_after_354_and_its_refusal_sends_nothing() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let server = ScriptedPeer::start(|_, c| usual(c)).await;
        let calls = Arc::new(AtomicUsize::new(0));
        let seen = calls.clone();
        let refuse: DataGate = Arc::new(move || {
            seen.fetch_add(1, Ordering::SeqCst);
            Box::pin(async { Err("lease lost".to_string()) })
        });
        let mut s = Session::open(peer(&server), config(), Budget::new(None)).await.unwrap();
        let err = s
            .transaction(&envelope(&["b@example.net"]), &payload(), Some(&refuse))
            .await
            .unwrap_err();
        assert_eq!(calls.load(Ordering::SeqCst), 1);
        assert_eq!(err.phase, Phase::Data);
        s.close().await;
        assert!(
            !server.verbs().iter().any(|v| v == "."),
            "no byte of the message: {:?}",
            server.verbs()
        );
        let server = ScriptedPeer::start(|_, c| usual(c)).await;
        let allow: DataGate = Arc::new(|| Box::pin(async { Ok(()) }));
        let mut s = Session::open(peer(&server), config(), Budget::new(None)).await.unwrap();
        let out = s
            .transaction(&envelope(&["b@example.net"]), &payload(), Some(&allow))
            .await
            .unwrap();
        assert_eq!(out.reply.code, 250);
    }

    /// The outbox asks for its mark in the call and needs it after the 354: the call comes before MAIL is sent, the
    /// await only once DATA has been answered.
    #[tokio::test]
    async fn the_data_gate_is_called_as_the_commands_go_and_awaited_after_354() {
        let server = ScriptedPeer::start(|_, c| usual(c)).await;
        let seen: Arc<Mutex<Vec<Vec<String>>>> = Arc::default();
        let (log, record) = (server.log.clone(), seen.clone());
        let gate: DataGate = Arc::new(move || {
            record.lock().unwrap().push(verbs_in(&log));
            let (log, record) = (log.clone(), record.clone());
            Box::pin(async move {
                record.lock().unwrap().push(verbs_in(&log));
                Ok(())
            })
        });
        let mut s = Session::open(peer(&server), config(), Budget::new(None)).await.unwrap();
        let out = s
            .transaction(&envelope(&["b@example.net"]), &payload(), Some(&gate))
            .await
            .unwrap();
        assert_eq!(out.reply.code, 250);
        let seen = seen.lock().unwrap().clone();
        assert_eq!(seen, [vec!["EHLO"], vec!["EHLO", "MAIL", "RCPT", "DATA"]]);
    }

    #[tokio::test]
    async fn without_pipelining_nothing_follows_a_refused_mail() {
        let server = ScriptedPeer::start(|_, c| match c.split(' ').next().unwrap_or("") {
            "EHLO" => Answer::Reply("250 peer.test".into()),
            "MAIL" => Answer::Reply("451 4.3.0 try later".into()),
            _ => usual(c),
        })
        .await;
        let mut s = Session::open(peer(&server), config(), Budget::new(None)).await.unwrap();
        let err = s
            .transaction(&envelope(&["b@example.net"]), &payload(), None)
            .await
            .unwrap_err();
        assert_eq!(err.phase, Phase::Mail);
        assert_eq!(err.reply().map(|r| r.code), Some(451));
        assert_eq!(server.verbs(), ["EHLO", "MAIL"]);
    }

    #[tokio::test]
    async fn a_silent_server_times_out_in_its_phase() {
        let server = ScriptedPeer::start(|_, c| {
            if c.starts_with("EHLO") {
                Answer::Silent
            } else {
                usual(c)
            }
        })
        .await;
        let started = Instant::now();
        let err = Session::open(peer(&server), config(), Budget::new(None))
            .await
            .err()
            .unwrap();
        assert_eq!(err.phase, Phase::Ehlo);
        assert!(matches!(
            err.kind,
            ErrorKind::Timeout {
                bound: LimitKind::Phase,
                ..
            }
        ));
        assert!(started.elapsed() < Duration::from_secs(5));
    }

    #[tokio::test]
    async fn a_lost_final_reply_fails_after_the_dot() {
        let server = ScriptedPeer::start(|_, c| if c == "." { Answer::Close } else { usual(c) }).await;
        let mut s = Session::open(peer(&server), config(), Budget::new(None)).await.unwrap();
        let err = s
            .transaction(&envelope(&["b@example.net"]), &payload(), None)
            .await
            .unwrap_err();
        assert_eq!(err.phase, Phase::DataDone);
        assert!(matches!(err.kind, ErrorKind::Disconnected(_)));
    }

    fn tail() -> (Tail, tokio::sync::oneshot::Receiver<TailReply>) {
        let (to, from) = tokio::sync::oneshot::channel();
        let limit = (Duration::from_secs(1), LimitKind::Phase);
        (Tail::new(Arc::new(payload()), limit, to), from)
    }

    #[test]
    fn a_tail_dropped_unsent_tells_its_owner_not_sent() {
        let (t, mut from) = tail();
        assert!(!t.owner_gone());
        drop(t);
        let e = from.try_recv().expect("answered").reply.expect_err("an error");
        assert_eq!(e.phase, Phase::Data);
        assert_eq!(crate::policy::judge(&e).trouble, crate::policy::Trouble::Transient);
    }

    #[test]
    fn a_tail_dropped_while_written_is_maybe_delivered() {
        let (mut t, mut from) = tail();
        t.written = true;
        drop(t);
        let e = from.try_recv().expect("answered").reply.expect_err("an error");
        assert_eq!(crate::policy::judge(&e).trouble, crate::policy::Trouble::Uncertain);
    }

    #[test]
    fn a_tail_whose_owner_is_gone_says_so() {
        let (t, from) = tail();
        drop(from);
        assert!(t.owner_gone());
    }
}

#[cfg(test)]
mod rules {
    use super::*;

    #[test]
    fn credentials_in_clear_only_to_loopback_or_when_allowed() {
        let lan: IpAddr = "192.0.2.7".parse().unwrap();
        assert!(!may_send_credentials(false, false, lan));
        assert!(may_send_credentials(true, false, lan));
        assert!(may_send_credentials(false, true, lan));
        for local in ["127.0.0.1", "127.3.2.1", "::1"] {
            assert!(may_send_credentials(false, false, local.parse().unwrap()));
        }
    }

    #[test]
    fn command_lines() {
        assert_eq!(command_line("RCPT TO", "root", &[]), b"RCPT TO:<root>\r\n");
        assert_eq!(
            command_line("MAIL FROM", "", &["SIZE=10".into(), "BODY=8BITMIME".into()]),
            b"MAIL FROM:<> SIZE=10 BODY=8BITMIME\r\n"
        );
    }
}
