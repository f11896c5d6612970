//! A connection the caller drives command by command (the smtplib facade), whose transactions still get the
//! package's per-phase timeouts, retries and reconnection. What the caller did on the connection (STARTTLS, AUTH) is
//! recorded in its [`SessionConfig`], so a new connection replays it: a lost connection is opened again with the
//! same steps, and the delivery loop ([`Deliverer`]) runs with a one-connection pool holding the caller's session.

use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::auth::{Credentials, Mechanism};
use crate::deliver::{Deliverer, Request, Route};
use crate::envelope::{Envelope, Payload};
use crate::error::{ErrorKind, SessionError};
use crate::outcome::Delivery;
use crate::outcome::Failure;
use crate::phase::{Budget, Phase};
use crate::policy::{judge, RetryScope};
use crate::pool::{Pool, PoolLimits};
use crate::reply::Reply;
use crate::retry::RetryPolicy;
use crate::route::{relay_peers, HostSpec};
use crate::session::{Peer, Session, SessionConfig, TlsMode};
use crate::tls::TlsSettings;

/// How a transaction on a held connection is retried.
#[derive(Clone, Copy, Debug)]
pub struct SendPolicy {
    pub retry: RetryPolicy,
    pub deadline: Option<Duration>,
    pub retry_uncertain: bool,
    pub scope: RetryScope,
}

pub struct Held {
    /// The host's addresses, the connected one first: a reconnection starts there and fails over to the others.
    pub peers: Vec<Peer>,
    /// What a new connection replays: TLS mode (STARTTLS once the caller asked for it), credentials once accepted.
    pub cfg: SessionConfig,
    session: Option<Session>,
    pool: Arc<Pool>,
}

/// A failure of one command (no history: one connection, one step).
fn failure(err: SessionError, peer: Option<&Peer>, started: Instant) -> Box<Failure> {
    let refused = match &err.kind {
        ErrorKind::RecipientsRefused(list) => list.clone(),
        _ => Vec::new(),
    };
    Box::new(Failure {
        trouble: judge(&err).trouble,
        host: peer.map(|p| p.host.clone()),
        ip: peer.map(|p| p.addr.ip()),
        port: peer.map(|p| p.addr.port()),
        attempts: Vec::new(),
        elapsed: started.elapsed(),
        retry_after: None,
        refused,
        error: err,
    })
}

/// Whether the connection is unusable after `err` (a reply error leaves the dialogue in step; so does a refusal to
/// start something, such as AUTH over plain text, that sent nothing).
fn breaks_connection(err: &SessionError) -> bool {
    // 421: the server is closing the connection, whatever command it answered (RFC 5321 §3.8).
    err.reply().is_some_and(|r| r.code == 421)
        || !matches!(
            err.kind,
            ErrorKind::Rejected(_)
                | ErrorKind::RecipientsRefused(_)
                | ErrorKind::NotSupported(_)
                | ErrorKind::MessageTooLarge { .. }
        )
}

impl Held {
    /// Resolves `host` as the relay route does, then [`Held::connect`].
    pub async fn open(host: &HostSpec, default_port: u16, cfg: SessionConfig) -> Result<(Held, Reply), Box<Failure>> {
        let started = Instant::now();
        let peers = relay_peers(host, default_port, cfg.timeouts.get(Phase::Resolve))
            .await
            .map_err(|e| {
                let mut f = failure(e, None, started);
                f.host = Some(host.host.clone());
                f
            })?;
        Held::connect(peers, cfg).await
    }

    /// Connects to the first address that takes the connection (as `socket.create_connection` tries each address)
    /// and reads the greeting. A greeting other than 220 is an error.
    pub async fn connect(peers: Vec<Peer>, cfg: SessionConfig) -> Result<(Held, Reply), Box<Failure>> {
        let started = Instant::now();
        let shared = Arc::new(cfg.clone());
        let count = peers.len();
        for (i, peer) in peers.iter().enumerate() {
            match Session::connect(peer.clone(), shared.clone(), Budget::new(None)).await {
                Ok(mut s) => {
                    if let Err(e) = s.greet().await {
                        s.close().await;
                        return Err(failure(e, Some(peer), started));
                    }
                    let greeting = s.greeting().cloned().expect("greet() keeps the 220 reply");
                    let mut peers = peers.clone();
                    peers.rotate_left(i);
                    let pool = Pool::new(PoolLimits {
                        idle_timeout: Duration::MAX,
                        reuse_time_limit: Duration::MAX,
                        max_idle_per_peer: 1,
                    });
                    let held = Held {
                        peers,
                        cfg,
                        session: Some(s),
                        pool,
                    };
                    return Ok((held, greeting));
                }
                Err(e) if i + 1 < count && matches!(e.kind, ErrorKind::Connect(_) | ErrorKind::Timeout { .. }) => {
                    log::debug!(target: "resilient_smtp.held", "{e} at {} [{}]; trying the next address", peer.host, peer.addr);
                }
                Err(e) => return Err(failure(e, Some(peer), started)),
            }
        }
        unreachable!("the last address returns")
    }

    /// The TLS settings new connections use (the facade adjusts them for `starttls(context=...)`).
    pub fn tls_settings(&self) -> &TlsSettings {
        &self.cfg.tls
    }

    /// The live session, if any (none after a connection was lost and before the next command reopens it).
    pub fn session(&self) -> Option<&Session> {
        self.session.as_ref()
    }

    /// The live session, or a new one replaying the caller's steps (greeting, EHLO, STARTTLS, AUTH).
    async fn live(&mut self, started: Instant) -> Result<&mut Session, Box<Failure>> {
        if self.session.is_none() {
            let shared = Arc::new(self.cfg.clone());
            let mut last = None;
            for (i, peer) in self.peers.clone().iter().enumerate() {
                match Session::open(peer.clone(), shared.clone(), Budget::new(None)).await {
                    Ok(s) => {
                        log::info!(target: "resilient_smtp.held", "reconnected to {} [{}]", peer.host, peer.addr);
                        self.session = Some(s);
                        self.peers.rotate_left(i);
                        break;
                    }
                    Err(e) => last = Some(failure(e, Some(peer), started)),
                }
            }
            if let Some(f) = last.filter(|_| self.session.is_none()) {
                return Err(f);
            }
        }
        Ok(self.session.as_mut().expect("opened above"))
    }

    /// Judges a command's error: the connection is dropped when it cannot go on.
    async fn fail(&mut self, err: SessionError, started: Instant) -> Box<Failure> {
        let peer = self.session.as_ref().map(|s| s.peer().clone());
        if breaks_connection(&err) {
            if let Some(mut s) = self.session.take() {
                s.close().await;
            }
        }
        failure(err, peer.as_ref(), started)
    }

    /// EHLO (`esmtp`) or HELO; any reply comes back as it is.
    pub async fn hello(&mut self, esmtp: bool, name: &str) -> Result<Reply, Box<Failure>> {
        let started = Instant::now();
        let out = self.live(started).await?.hello_as(esmtp, name).await;
        match out {
            Ok(r) => Ok(r),
            Err(e) => Err(self.fail(e, started).await),
        }
    }

    /// STARTTLS and the handshake; from now on every new connection does the same (STARTTLS required), with
    /// `tls` (what the caller's `ssl.SSLContext` or key and certificate files said) for this connection and its
    /// replays.
    pub async fn starttls(&mut self, tls: Option<TlsSettings>) -> Result<Reply, Box<Failure>> {
        let started = Instant::now();
        let mut cfg = self.cfg.clone();
        cfg.tls_mode = TlsMode::Required;
        if let Some(tls) = tls {
            cfg.tls = tls;
        }
        let cfg = Arc::new(cfg);
        let restore = Arc::new(self.cfg.clone());
        let session = self.live(started).await?;
        session.reconfigure(cfg.clone());
        match session.starttls().await {
            Ok(r) => {
                self.cfg = (*cfg).clone();
                Ok(r)
            }
            Err(e) => {
                session.reconfigure(restore);
                Err(self.fail(e, started).await)
            }
        }
    }

    /// AUTH with `creds` (by `mechanism` if given); once accepted, every new connection authenticates with them
    /// too.
    pub async fn login(&mut self, creds: Credentials, mechanism: Option<Mechanism>) -> Result<Reply, Box<Failure>> {
        let started = Instant::now();
        let mut cfg = self.cfg.clone();
        cfg.credentials = Some(creds);
        let cfg = Arc::new(cfg);
        let session = self.live(started).await?;
        session.reconfigure(cfg.clone());
        let out = session.authenticate_with(mechanism).await;
        match out {
            Ok(reply) => {
                self.cfg = (*cfg).clone();
                Ok(reply.expect("credentials were given"))
            }
            Err(e) => {
                if let Some(s) = self.session.as_mut() {
                    s.reconfigure(Arc::new(self.cfg.clone()));
                }
                Err(self.fail(e, started).await)
            }
        }
    }

    /// One command line (NOOP, RSET, VRFY...) under `phase`'s limit; any reply comes back as it is (a 421 also
    /// ends the connection).
    pub async fn command(&mut self, phase: Phase, line: &str, shown: Option<&str>) -> Result<Reply, Box<Failure>> {
        let started = Instant::now();
        let out = self
            .live(started)
            .await?
            .command_shown(phase, line, shown.unwrap_or(line))
            .await;
        self.judge_reply(out, started).await
    }

    /// Raw bytes on the live connection (smtplib's `send`); no reconnection: the caller speaks the protocol.
    pub async fn write_raw(&mut self, phase: Phase, data: &[u8], shown: &str) -> Result<(), Box<Failure>> {
        let started = Instant::now();
        let Some(session) = self.session.as_mut() else {
            return Err(failure(
                SessionError::new(phase, ErrorKind::Disconnected(None)),
                None,
                started,
            ));
        };
        match session.write_raw(phase, data, shown).await {
            Ok(()) => Ok(()),
            Err(e) => Err(self.fail(e, started).await),
        }
    }

    /// One reply on the live connection (smtplib's `getreply`); a 421 also ends the connection.
    pub async fn read_reply(&mut self, phase: Phase) -> Result<Reply, Box<Failure>> {
        let started = Instant::now();
        let Some(session) = self.session.as_mut() else {
            return Err(failure(
                SessionError::new(phase, ErrorKind::Disconnected(None)),
                None,
                started,
            ));
        };
        let out = session.read_reply(phase).await;
        self.judge_reply(out, started).await
    }

    /// A reply comes back as it is; a 421 closes the connection first, as smtplib's `getreply` does.
    async fn judge_reply(&mut self, out: Result<Reply, SessionError>, started: Instant) -> Result<Reply, Box<Failure>> {
        match out {
            Ok(r) => {
                if r.code == 421 {
                    if let Some(mut s) = self.session.take() {
                        s.close().await;
                    }
                }
                Ok(r)
            }
            Err(e) => Err(self.fail(e, started).await),
        }
    }

    /// One message, with the delivery loop's retries and backoff: the caller's session is tried first (probed with
    /// RSET), a lost one is replaced by a new connection replaying STARTTLS and AUTH.
    pub async fn send(
        &mut self,
        envelope: Envelope,
        payload: Arc<Payload>,
        policy: SendPolicy,
    ) -> Result<Delivery, Box<Failure>> {
        if let Some(s) = self.session.take() {
            self.pool.checkin(s).await;
        }
        let req = Request {
            envelope,
            payload,
            route: Route::Peers(self.peers.clone()),
            default_port: self.peers[0].addr.port(),
            session: Arc::new(self.cfg.clone()),
            retry: policy.retry,
            deadline: policy.deadline,
            retry_uncertain: policy.retry_uncertain,
            scope: policy.scope,
            before_data: None,
        };
        let out = Deliverer {
            pool: Some(self.pool.clone()),
        }
        .deliver(&req)
        .await;
        self.session = self.pool.take_any();
        self.pool.close().await;
        if let Some(s) = &self.session {
            if let Some(i) = self.peers.iter().position(|p| p == s.peer()) {
                self.peers.rotate_left(i);
            }
        }
        out
    }

    /// QUIT and close; the server's reply, or None when there was no live connection to say it on.
    pub async fn quit(mut self) -> Option<Result<Reply, Box<Failure>>> {
        let started = Instant::now();
        let mut s = self.session.take()?;
        let out = s.command(Phase::Quit, "QUIT").await;
        s.close().await;
        Some(out.map_err(|e| failure(e, Some(s.peer()), started)))
    }

    /// Closes without QUIT.
    pub async fn close(mut self) {
        if let Some(mut s) = self.session.take() {
            s.close().await;
        }
    }
}
